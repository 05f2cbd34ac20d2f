/**
 * The user's plans, loaded once from the store and saved after changes. Saves are debounced (a
 * burst of typing is one write) and serialised, so a later change is never overwritten by an
 * earlier, slower save; a pending save is flushed when the window is hidden or closed.
 */
import { useCallback, useEffect, useRef, useState } from "react";

import type { PlanStore } from "./bindings/PlanStore";
import { loadPlans, openPlan, savePlans, type IpcError, toIpcError } from "./ipc";

/** How long to wait after a change before writing it. */
export const SAVE_DELAY_MS = 300;

export type StoreState =
  | { status: "loading" }
  | { status: "failed"; error: IpcError }
  | { status: "ready"; store: PlanStore };

export type SaveState = "saved" | "pending" | "saving" | "failed";

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

export function usePlanStore() {
  const [state, setState] = useState<StoreState>({ status: "loading" });
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [saveError, setSaveError] = useState<IpcError | null>(null);
  const latest = useRef<PlanStore | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback(() => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const store = latest.current;
    if (!dirty.current || store === null) return queue.current;
    dirty.current = false;
    setSaveState("saving");
    queue.current = queue.current
      .then(() => savePlans(store))
      .then(
        () => {
          setSaveError(null);
          setSaveState(dirty.current ? "pending" : "saved");
        },
        (reason: unknown) => {
          setSaveError(toIpcError(reason));
          setSaveState("failed");
        },
      );
    return queue.current;
  }, []);

  useEffect(() => {
    let live = true;
    loadPlans()
      .then(upgrade)
      .then(
        (store) => {
          latest.current = store;
          if (live) setState({ status: "ready", store });
        },
        (reason: unknown) => {
          if (live) setState({ status: "failed", error: toIpcError(reason) });
        },
      );
    const onHide = () => {
      void flush();
    };
    window.addEventListener("pagehide", onHide);
    window.addEventListener("beforeunload", onHide);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      live = false;
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("beforeunload", onHide);
      document.removeEventListener("visibilitychange", onHide);
      void flush();
    };
  }, [flush]);

  const update = useCallback(
    (change: (store: PlanStore) => PlanStore) => {
      const current = latest.current;
      if (current === null) return;
      const next = change(current);
      latest.current = next;
      dirty.current = true;
      setState({ status: "ready", store: next });
      setSaveState("pending");
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        void flush();
      }, SAVE_DELAY_MS);
    },
    [flush],
  );

  return { state, update, saveState, saveError };
}
