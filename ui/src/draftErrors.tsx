/**
 * Errors in what the user has typed but Rust has not seen yet ("47O 000" in a number field).
 * Fields report them here with their text; the wizard shows them beside the field and in the
 * error summary with Rust's own errors, will not move on while any remain, and keeps the text
 * with the plan, so the field shows it again, as typed, when the plan is opened after the
 * window was closed.
 */
import { createContext, useContext, useEffect } from "react";

import type { Report } from "./errors";

/** A field's text that is not a value yet, and what is wrong with it. */
export interface Draft {
  report: Report;
  text: string;
}

export type ReportDraft = (path: string, draft: Draft | null) => void;

export const DraftErrorContext = createContext<ReportDraft>(() => undefined);

/** The texts kept with the plan for fields that had typing errors, by field path. */
export const SavedDraftsContext = createContext<Readonly<Partial<Record<string, string>>>>({});

/** The text kept for `path` from an earlier session, if the field had a typing error then. */
export function useSavedDraft(path: string): string | undefined {
  return useContext(SavedDraftsContext)[path];
}

/** Registers `report` (with the text it is about) for `path` while the field is shown. */
export function useDraftError(path: string, report: Report | null, text: string): void {
  const register = useContext(DraftErrorContext);
  const key = report ? `${report.code}:${JSON.stringify(report.params)}:${text}` : "";
  useEffect(() => {
    register(path, report ? { report, text } : null);
    // The key stands for the report's content and the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [register, path, key]);
  // Gone from the screen (a post removed): nothing of it is left to fix.
  useEffect(
    () => () => {
      register(path, null);
    },
    [register, path],
  );
}
