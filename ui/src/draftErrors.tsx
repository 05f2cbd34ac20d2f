/**
 * Errors in what the user has typed but Rust has not seen yet ("ti" in a number field). Fields
 * report them here; the wizard shows them beside the field and in the error summary with Rust's
 * own errors, and will not move on while any remain.
 */
import { createContext, useContext, useEffect } from "react";

import type { ErrorReport } from "./bindings/ErrorReport";

export type ReportDraftError = (path: string, report: ErrorReport | null) => void;

export const DraftErrorContext = createContext<ReportDraftError>(() => undefined);

/** Registers `report` for `path` while the field is shown. */
export function useDraftError(path: string, report: ErrorReport | null): void {
  const register = useContext(DraftErrorContext);
  const key = report ? `${report.code}:${JSON.stringify(report.params)}` : "";
  useEffect(() => {
    register(path, report);
    return () => {
      register(path, null);
    };
    // The key stands for the report's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [register, path, key]);
}
