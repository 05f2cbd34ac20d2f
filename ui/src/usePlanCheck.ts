/**
 * Validation and projection of the plan being edited, recomputed by Rust after every change. An
 * invalid plan keeps the last valid projection, marked out of date.
 */
import { useEffect, useState } from "react";

import type { ErrorReport } from "./bindings/ErrorReport";
import type { Missing } from "./bindings/Missing";
import type { Plan } from "./bindings/Plan";
import type { Projection } from "./bindings/Projection";
import { checkPlan, projectPlan, toIpcError } from "./ipc";

export interface PlanCheck {
  reports: readonly ErrorReport[];
  /** What each step still lacks (Rust's rule), with the field that fills it in. */
  missing: readonly Missing[];
  projection: Projection | null;
  /** The projection belongs to an earlier, valid version of the plan. */
  stale: boolean;
  /** Rust has answered at least once for this plan's editing session. */
  checked: boolean;
}

export function usePlanCheck(plan: Plan): PlanCheck {
  const [state, setState] = useState<PlanCheck>({
    reports: [],
    missing: [],
    projection: null,
    stale: false,
    checked: false,
  });
  useEffect(() => {
    let cancelled = false;
    const live = () => !cancelled;
    void (async () => {
      let reports: ErrorReport[];
      let missing: Missing[] = [];
      try {
        ({ errors: reports, missing } = await checkPlan(plan));
      } catch (reason) {
        reports = [toIpcError(reason).report()];
      }
      if (!live()) return;
      if (reports.length > 0) {
        setState((prev) => ({
          reports,
          missing,
          projection: prev.projection,
          stale: prev.projection !== null,
          checked: true,
        }));
        return;
      }
      try {
        const projection = await projectPlan(plan);
        if (live()) setState({ reports: [], missing, projection, stale: false, checked: true });
      } catch (reason) {
        if (live()) {
          setState((prev) => ({
            ...prev,
            reports: [toIpcError(reason).report()],
            stale: true,
            checked: true,
          }));
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [plan]);
  return state;
}
