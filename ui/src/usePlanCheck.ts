/**
 * Validation and projection of the plan being edited, recomputed by Rust after every change in
 * one call. An invalid plan keeps the last valid projection and its warnings, marked out of
 * date.
 */
import { useEffect, useState } from "react";

import type { MissingNote } from "./bindings/MissingNote";
import type { PhaseProgress } from "./bindings/PhaseProgress";
import type { Plan } from "./bindings/Plan";
import type { PositionFigures } from "./bindings/PositionFigures";
import type { SummaryFigure } from "./bindings/SummaryFigure";
import type { WizardFigures } from "./bindings/WizardFigures";
import type { WarningNote } from "./bindings/WarningNote";
import type { Report } from "./errors";
import { useI18n } from "./i18n";
import { evaluatePlan, toIpcError } from "./ipc";

export interface PlanCheck {
  reports: readonly Report[];
  /** What each step still lacks (Rust's rule), with the field that fills it in, worded. */
  missing: readonly MissingNote[];
  projection: WizardFigures | null;
  /** The projection's warnings as Rust words them, with the step that fixes each. */
  warnings: readonly WarningNote[];
  /** The key figures as Rust words them for the summary (and the PDF's first page). */
  summaryFigures: readonly SummaryFigure[];
  /** Each post's band and cost, each as soon as what it depends on is valid. */
  positions: readonly PositionFigures[];
  /** How far each phase of the checklist has come, counted by Rust. */
  checklist: readonly PhaseProgress[];
  /** The projection belongs to an earlier, valid version of the plan. */
  stale: boolean;
  /** Rust has answered at least once for this plan's editing session. */
  checked: boolean;
}

/** Whether two values read from JSON are the same, all the way down. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) =>
      sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** `next`, with each item that equals the one at its place in `prev` replaced by that one. A
 * post's figures keep their identity while they stay the same, so its card is not drawn again
 * at each answer. */
export function keepUnchanged<T extends object>(prev: readonly T[], next: T[]): T[] {
  return next.map((item, i) => {
    const before = prev[i];
    return before !== undefined && sameJson(item, before) ? before : item;
  });
}

/** One empty list for every valid answer: what depends on the reports stays as it was. */
const NO_REPORTS: readonly Report[] = [];

/** Rust's check of `plan`; `typing` names the fields whose text is not a value yet. */
export function usePlanCheck(plan: Plan, typing: readonly string[]): PlanCheck {
  const { locale } = useI18n();
  const [state, setState] = useState<PlanCheck>({
    reports: NO_REPORTS,
    missing: [],
    projection: null,
    warnings: [],
    summaryFigures: [],
    positions: [],
    checklist: [],
    stale: false,
    checked: false,
  });
  // The fields' names stand for the list: a new array with the same names asks nothing new.
  const typingKey = typing.join("\n");
  useEffect(() => {
    let cancelled = false;
    const typed = typingKey === "" ? [] : typingKey.split("\n");
    evaluatePlan(plan, locale, typed).then(
      ({ errors, missing, projection, warnings, summaryFigures, positions, checklist }) => {
        if (cancelled) return;
        if (projection === null) {
          setState((prev) => ({
            ...prev,
            reports: errors.length === 0 ? NO_REPORTS : errors,
            missing,
            positions: keepUnchanged(prev.positions, positions),
            checklist: keepUnchanged(prev.checklist, checklist),
            stale: prev.projection !== null,
            checked: true,
          }));
        } else {
          setState((prev) => ({
            reports: NO_REPORTS,
            missing,
            projection,
            warnings,
            summaryFigures,
            positions: keepUnchanged(prev.positions, positions),
            checklist: keepUnchanged(prev.checklist, checklist),
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
  }, [plan, locale, typingKey]);
  return state;
}
