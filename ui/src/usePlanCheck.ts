/**
 * Validation and projection of the plan being edited, recomputed by Rust after every change. An
 * invalid plan keeps the last valid projection, marked out of date.
 */
import { useEffect, useState } from "react";

import type { ErrorReport } from "./bindings/ErrorReport";
import type { Plan } from "./bindings/Plan";
import type { Projection } from "./bindings/Projection";
import { checkPlan, projectPlan, toIpcError } from "./ipc";

export interface PlanCheck {
  reports: readonly ErrorReport[];
  projection: Projection | null;
  /** The projection belongs to an earlier, valid version of the plan. */
  stale: boolean;
}

export function usePlanCheck(plan: Plan): PlanCheck {
  const [state, setState] = useState<PlanCheck>({ reports: [], projection: null, stale: false });
  useEffect(() => {
    let cancelled = false;
    const live = () => !cancelled;
    void (async () => {
      let reports: ErrorReport[];
      try {
        reports = await checkPlan(plan);
      } catch (reason) {
        reports = [toIpcError(reason).report()];
      }
      if (!live()) return;
      if (reports.length > 0) {
        setState((prev) => ({
          reports,
          projection: prev.projection,
          stale: prev.projection !== null,
        }));
        return;
      }
      try {
        const projection = await projectPlan(plan);
        if (live()) setState({ reports: [], projection, stale: false });
      } catch (reason) {
        if (live()) {
          setState((prev) => ({ ...prev, reports: [toIpcError(reason).report()], stale: true }));
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [plan]);
  return state;
}
