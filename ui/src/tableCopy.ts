/**
 * What a table puts on the clipboard: the rows the selection touches as tab-separated lines, so
 * a spreadsheet gets one value per cell. A cell's `data-copy` holds what a spreadsheet in the
 * user's language reads as a number — «331450,79» in bokmål, «331450.79» in English, a plain
 * minus, no thousands spaces — and a year as the year alone; other cells give their text.
 * (Copied as the page shows it, «1 008 462,20» with no-break spaces and «2028 stup» came into
 * Excel as text.) A text cell that a spreadsheet would run as a formula — a plan named
 * `=HYPERLINK(…)` — gets an apostrophe in front, so it arrives as the text it is (`asText`; the
 * engine's CSV does the same).
 */
import type { Locale } from "./i18n/messages";

/** A decimal string from Rust as a spreadsheet in `locale` reads it: "-1234.50" → "-1234,50". */
export function copyValue(value: string, locale: Locale): string {
  return locale === "nb" ? value.replace(".", ",") : value;
}

/** What a spreadsheet runs when a cell starts with it (OWASP's list for CSV injection, and the
 * full-width forms some spreadsheets also take). */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** `text` as a spreadsheet shows it as text: with an apostrophe in front where it would
 * otherwise be run as a formula. Twin of `text` in the engine's `export/csv.rs`. */
export function asText(text: string): string {
  // Also after leading spaces, which a spreadsheet may trim on reading.
  return FORMULA_START.test(text.replace(/^ +/, "")) ? `'${text}` : text;
}

/** The cell's text for the clipboard: its `data-copy` (a number), or its visible words on one
 * line, as text. */
function cellText(cell: Element): string {
  const copy = cell.getAttribute("data-copy");
  if (copy !== null) return copy;
  return asText(cell.textContent.replace(/[\s\u00a0\u202f]+/g, " ").trim());
}

/** Whether some of the text selected by `range` lies in `row` (a range that only touches the
 * row's edge does not count). */
function touches(range: Range, row: HTMLTableRowElement): boolean {
  if (!range.intersectsNode(row)) return false;
  const inRow = document.createRange();
  inRow.selectNodeContents(row);
  if (range.compareBoundaryPoints(Range.START_TO_START, inRow) > 0) {
    inRow.setStart(range.startContainer, range.startOffset);
  }
  if (range.compareBoundaryPoints(Range.END_TO_END, inRow) < 0) {
    inRow.setEnd(range.endContainer, range.endOffset);
  }
  return inRow.toString().trim() !== "";
}

/** The rows of `table` the current selection touches, as tab-separated lines; null when the
 * selection does not reach into the table (the browser copies as usual then). */
export function selectedRows(table: HTMLTableElement, selection: Selection | null): string | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const rows = [...table.rows].filter((row) => touches(range, row));
  if (rows.length === 0) return null;
  return rows.map((row) => [...row.cells].map(cellText).join("\t")).join("\r\n");
}

/** A `copy` handler for the element around a table: writes the selected rows as above. */
export function copyTableRows(event: ClipboardEvent, table: HTMLTableElement | null): void {
  if (!table || !event.clipboardData) return;
  const text = selectedRows(table, window.getSelection());
  if (text === null) return;
  event.clipboardData.setData("text/plain", text);
  event.preventDefault();
}
