/**
 * What a plan may hold, from Rust (the same limits its checks use): the add buttons stop at the
 * limit, and a post's years run as far as Rust accepts. Asked when a step opens (a cheap call).
 */
import { useEffect, useState } from "react";

import type { PlanLimits } from "./bindings/PlanLimits";
import { planLimits } from "./ipc";

export function usePlanLimits(): PlanLimits | null {
  const [limits, setLimits] = useState<PlanLimits | null>(null);
  useEffect(() => {
    let live = true;
    // Without the limits nothing is stopped here; Rust still refuses what is too much.
    planLimits().then(
      (l) => {
        if (live) setLimits(l);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return limits;
}

/** Whether a list of `count` may take one more, when the limit is known. */
export function roomFor(count: number, max: number | undefined): boolean {
  return max === undefined || count < max;
}
