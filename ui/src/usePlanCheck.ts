/**
 * Validation and projection of the plan being edited, recomputed by Rust after every change in
 * one call. An invalid plan keeps the last valid projection and its warnings, marked out of
 * date.
 */
import { useEffect, useState } from "react";

import type { ErrorReport } from "./bindings/ErrorReport";
import type { MissingNote } from "./bindings/MissingNote";
import type { Plan } from "./bindings/Plan";
import type { SummaryFigure } from "./bindings/SummaryFigure";
import type { WizardFigures } from "./bindings/WizardFigures";
import type { WarningNote } from "./bindings/WarningNote";
import { useI18n } from "./i18n";
import { evaluatePlan, toIpcError } from "./ipc";

export interface PlanCheck {
  reports: readonly ErrorReport[];
  /** What each step still lacks (Rust's rule), with the field that fills it in, worded. */
  missing: readonly MissingNote[];
  projection: WizardFigures | null;
  /** The projection's warnings as Rust words them, with the step that fixes each. */
  warnings: readonly WarningNote[];
  /** The key figures as Rust words them for the summary (and the PDF's first page). */
  summaryFigures: readonly SummaryFigure[];
  /** The projection belongs to an earlier, valid version of the plan. */
  stale: boolean;
  /** Rust has answered at least once for this plan's editing session. */
  checked: boolean;
}

/** `next`, with each item that equals the one at its place in `prev` (field by field; the items
 * are flat) replaced by that one. A post's figures keep their identity while they stay the same,
 * so its card is not drawn again at each answer. */
export function keepUnchanged<T extends object>(prev: readonly T[], next: T[]): T[] {
  return next.map((item, i) => {
    const before = prev[i];
    if (before === undefined) return item;
    const keys = Object.keys(item) as (keyof T)[];
    const same =
      keys.length === Object.keys(before).length && keys.every((k) => item[k] === before[k]);
    return same ? before : item;
  });
}

/** One empty list for every valid answer: what depends on the reports stays as it was. */
const NO_REPORTS: readonly ErrorReport[] = [];

export function usePlanCheck(plan: Plan): PlanCheck {
  const { locale } = useI18n();
  const [state, setState] = useState<PlanCheck>({
    reports: NO_REPORTS,
    missing: [],
    projection: null,
    warnings: [],
    summaryFigures: [],
    stale: false,
    checked: false,
  });
  useEffect(() => {
    let cancelled = false;
    evaluatePlan(plan, locale).then(
      ({ errors, missing, projection, warnings, summaryFigures }) => {
        if (cancelled) return;
        if (projection === null) {
          setState((prev) => ({
            ...prev,
            reports: errors,
            missing,
            stale: prev.projection !== null,
            checked: true,
          }));
        } else {
          setState((prev) => ({
            reports: NO_REPORTS,
            missing,
            projection: {
              ...projection,
              positionCosts: keepUnchanged(
                prev.projection?.positionCosts ?? [],
                projection.positionCosts,
              ),
              salaryBands: keepUnchanged(
                prev.projection?.salaryBands ?? [],
                projection.salaryBands,
              ),
            },
            warnings,
            summaryFigures,
            stale: false,
            checked: true,
          }));
        }
      },
      (reason: unknown) => {
        if (cancelled) return;
        setState((prev) => ({
          ...prev,
          reports: [toIpcError(reason).report()],
          stale: prev.projection !== null,
          checked: true,
        }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [plan, locale]);
  return state;
}
