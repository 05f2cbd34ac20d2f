import type { ReactNode, RefObject } from "react";

import { copyTableRows } from "../tableCopy";

/** A table's scrolling region: reachable by the keyboard (so a table wider than the window can
 * be scrolled), named for a screen reader, and copying the selected rows as a spreadsheet reads
 * them (tableCopy.ts). */
export function TableRegion({
  label,
  table,
  children,
}: {
  label: string;
  table: RefObject<HTMLTableElement | null>;
  children: ReactNode;
}) {
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={label}
      onCopy={(e) => {
        copyTableRows(e.nativeEvent, table.current);
      }}
    >
      {children}
    </div>
  );
}
