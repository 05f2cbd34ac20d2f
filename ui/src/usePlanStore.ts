/**
 * The user's plans, loaded once from the store and saved after every change. Saving is serialised
 * so a later change is never overwritten by an earlier, slower save.
 */
import { useCallback, useEffect, useRef, useState } from "react";

import type { PlanStore } from "./bindings/PlanStore";
import { loadPlans, openPlan, savePlans, type IpcError, toIpcError } from "./ipc";

/** Reads every stored plan through Rust, which fills fields added since it was saved. A plan
 * Rust cannot read is kept as it is, so nothing is lost. */
async function upgrade(store: PlanStore): Promise<PlanStore> {
  const plans = await Promise.all(
    store.plans.map(async (stored) => {
      try {
        return { ...stored, plan: await openPlan(stored.plan) };
      } catch {
        return stored;
      }
    }),
  );
  return { ...store, plans };
}

export type StoreState =
  | { status: "loading" }
  | { status: "failed"; error: IpcError }
  | { status: "ready"; store: PlanStore };

export function usePlanStore() {
  const [state, setState] = useState<StoreState>({ status: "loading" });
  const [saveError, setSaveError] = useState<IpcError | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    loadPlans()
      .then(upgrade)
      .then(
        (store) => {
          if (live) setState({ status: "ready", store });
        },
        (reason: unknown) => {
          if (live) setState({ status: "failed", error: toIpcError(reason) });
        },
      );
    return () => {
      live = false;
    };
  }, []);

  const update = useCallback((change: (store: PlanStore) => PlanStore) => {
    setState((prev) => {
      if (prev.status !== "ready") return prev;
      const next = change(prev.store);
      queue.current = queue.current
        .then(() => savePlans(next))
        .then(
          () => {
            setSaveError(null);
          },
          (reason: unknown) => {
            setSaveError(toIpcError(reason));
          },
        );
      return { status: "ready", store: next };
    });
  }, []);

  return { state, update, saveError };
}
