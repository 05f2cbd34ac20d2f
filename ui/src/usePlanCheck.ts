/**
 * Validation and projection of the plan being edited, recomputed by Rust after every change in
 * one call. An invalid plan keeps the last valid projection and its warnings, marked out of
 * date.
 */
import { useEffect, useState } from "react";

import type { ErrorReport } from "./bindings/ErrorReport";
import type { Missing } from "./bindings/Missing";
import type { Plan } from "./bindings/Plan";
import type { WizardFigures } from "./bindings/WizardFigures";
import type { WarningNote } from "./bindings/WarningNote";
import { useI18n } from "./i18n";
import { evaluatePlan, toIpcError } from "./ipc";

export interface PlanCheck {
  reports: readonly ErrorReport[];
  /** What each step still lacks (Rust's rule), with the field that fills it in. */
  missing: readonly Missing[];
  projection: WizardFigures | null;
  /** The projection's warnings as Rust words them, with the step that fixes each. */
  warnings: readonly WarningNote[];
  /** The projection belongs to an earlier, valid version of the plan. */
  stale: boolean;
  /** Rust has answered at least once for this plan's editing session. */
  checked: boolean;
}

export function usePlanCheck(plan: Plan): PlanCheck {
  const { locale } = useI18n();
  const [state, setState] = useState<PlanCheck>({
    reports: [],
    missing: [],
    projection: null,
    warnings: [],
    stale: false,
    checked: false,
  });
  useEffect(() => {
    let cancelled = false;
    evaluatePlan(plan, locale).then(
      ({ errors, missing, projection, warnings }) => {
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
          setState({ reports: [], missing, projection, warnings, stale: false, checked: true });
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
