/**
 * The user's plans, loaded once from the store and saved after changes. Saves are debounced (a
 * burst of typing is one write) and serialised, so a later change is never overwritten by an
 * earlier, slower save; a pending save is flushed when the window is hidden or closed.
 */
import { useCallback, useEffect, useRef, useState } from "react";

import type { LoadedPlans } from "./bindings/LoadedPlans";
import type { PlanStore } from "./bindings/PlanStore";
import type { StoreNotice } from "./bindings/StoreNotice";
import { loadPlans, savePlans, type IpcError, toIpcError } from "./ipc";
import { markStartup } from "./startupMarks";

/** How long to wait after a change before writing it. */
export const SAVE_DELAY_MS = 300;
/** While changes keep coming (someone typing without a pause), write at least this often, so
 * a crash never costs more than about the last second of work. */
export const SAVE_MAX_WAIT_MS = 500;
/** Changes closer together than this are one undo step (a word typed is undone at once). */
const UNDO_MERGE_MS = 600;
/** How many undo steps the session keeps. */
const UNDO_LIMIT = 200;

export type StoreState =
  | { status: "loading" }
  | { status: "failed"; error: IpcError }
  | { status: "ready"; store: PlanStore; notice: StoreNotice | null };

export type SaveState = "saved" | "pending" | "saving" | "failed";

/** The plans asked for before React's first render (`startLoadingPlans`), not yet taken. */
let early: Promise<LoadedPlans> | null = null;
/** That early answer, once it has come: the store starts from it, already loaded. */
let earlyAnswer: LoadedPlans | null = null;

/** Asks Rust for the plans now, while the page is still starting, and settles (never fails)
 * when the answer is in. The app waits for it beside the settings, so that React's first render
 * is the plan list itself, not a «loading» line followed by a second render of the list (that
 * second render cost the first screen ~30 ms). A failed load is taken, and shown, by the store. */
export function startLoadingPlans(): Promise<void> {
  early ??= loadPlans();
  const asked = early;
  return asked.then(
    (answer) => {
      markStartup("plans-loaded");
      // Only while not yet taken: a store that mounted first took the promise itself.
      if (early === asked) earlyAnswer = answer;
    },
    () => undefined,
  );
}

export function usePlanStore() {
  // The early answer this store starts from, if it had come before the first render.
  const [startedFrom] = useState(() => earlyAnswer);
  const [state, setState] = useState<StoreState>(() =>
    startedFrom
      ? { status: "ready", store: startedFrom.store, notice: startedFrom.notice }
      : { status: "loading" },
  );
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [saveError, setSaveError] = useState<IpcError | null>(null);
  const latest = useRef<PlanStore | null>(null);
  // What Rust said about the file when it was loaded (damaged and recovered, or newer).
  const noticeRef = useRef<StoreNotice | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The plans as last written to disk.
  const written = useRef<PlanStore | null>(null);
  // When the oldest change not yet handed to a save was made.
  const dirtySince = useRef<number | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // Undo history for this session: earlier and undone versions of the whole store.
  const past = useRef<PlanStore[]>([]);
  const future = useRef<PlanStore[]>([]);
  const lastRecorded = useRef<{ at: number; key: string | null }>({ at: 0, key: null });
  const [historySize, setHistorySize] = useState({ undo: 0, redo: 0 });

  const flush = useCallback(() => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (!dirty.current || latest.current === null) return queue.current;
    dirty.current = false;
    dirtySince.current = null;
    setSaveState("saving");
    queue.current = queue.current
      .then(() => {
        // Take the newest plans when this save's turn comes: on a slow disk, saves asked for
        // while another was writing collapse into one.
        const store = latest.current;
        if (store === null || store === written.current) return;
        return savePlans(store).then(() => {
          written.current = store;
        });
      })
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
    if (startedFrom) {
      // Already in the state: the first render showed these plans.
      latest.current = startedFrom.store;
      noticeRef.current = startedFrom.notice;
    } else {
      // Rust reads every plan with today's defaults for fields added since it was saved.
      const loading = early ?? loadPlans();
      loading.then(
        ({ store, notice }) => {
          markStartup("plans-loaded");
          latest.current = store;
          noticeRef.current = notice;
          if (live) setState({ status: "ready", store, notice });
        },
        (reason: unknown) => {
          if (live) setState({ status: "failed", error: toIpcError(reason) });
        },
      );
    }
    // Taken: a store mounted later (a test, a remount) asks Rust again.
    early = null;
    earlyAnswer = null;
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
  }, [flush, startedFrom]);

  const commit = useCallback(
    (next: PlanStore) => {
      latest.current = next;
      dirty.current = true;
      setState({ status: "ready", store: next, notice: noticeRef.current });
      setSaveState("pending");
      setHistorySize({ undo: past.current.length, redo: future.current.length });
      const now = Date.now();
      dirtySince.current ??= now;
      const untilMaxWait = dirtySince.current + SAVE_MAX_WAIT_MS - now;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(
        () => {
          void flush();
        },
        Math.max(0, Math.min(SAVE_DELAY_MS, untilMaxWait)),
      );
    },
    [flush],
  );

  /**
   * Applies a change. `undo: "no"` is for what is not an edit (moving between steps, creating a
   * plan); `undo: "aside"` is for what goes on beside the edits without breaking up a run of
   * them (the text of a field with a typing error). Edits with the same `mergeKey` in quick
   * succession (typing in one plan) are one undo step; an edit without a key is always a step
   * of its own.
   */
  const update = useCallback(
    (
      change: (store: PlanStore) => PlanStore,
      options: { undo?: "yes" | "no" | "aside"; mergeKey?: string } = {},
    ) => {
      const current = latest.current;
      if (current === null) return;
      const next = change(current);
      if (next === current) return;
      const now = Date.now();
      const key = options.mergeKey ?? null;
      if (options.undo === "no") {
        lastRecorded.current = { at: 0, key: null };
      } else if (options.undo !== "aside") {
        const last = lastRecorded.current;
        const merge = key !== null && key === last.key && now - last.at <= UNDO_MERGE_MS;
        if (!merge) past.current = [...past.current.slice(-(UNDO_LIMIT - 1)), current];
        lastRecorded.current = { at: now, key };
        future.current = [];
      }
      commit(next);
    },
    [commit],
  );

  /** `target` with every plan on the step it is on now, with the texts its fields hold now:
   * undo changes content, not position (the fields report their texts again as they follow). */
  const keepSteps = (target: PlanStore, current: PlanStore): PlanStore => ({
    ...target,
    plans: target.plans.map((p) => {
      const now = current.plans.find((c) => c.id === p.id);
      return now ? { ...p, step: now.step, drafts: now.drafts } : p;
    }),
  });

  const undo = useCallback(() => {
    const current = latest.current;
    const previous = past.current.at(-1);
    if (current === null || previous === undefined) return;
    past.current = past.current.slice(0, -1);
    future.current = [...future.current, current];
    lastRecorded.current = { at: 0, key: null };
    commit(keepSteps(previous, current));
  }, [commit]);

  const redo = useCallback(() => {
    const current = latest.current;
    const next = future.current.at(-1);
    if (current === null || next === undefined) return;
    future.current = future.current.slice(0, -1);
    past.current = [...past.current, current];
    lastRecorded.current = { at: 0, key: null };
    commit(keepSteps(next, current));
  }, [commit]);

  return {
    state,
    update,
    undo,
    redo,
    canUndo: historySize.undo > 0,
    canRedo: historySize.redo > 0,
    saveState,
    saveError,
  };
}
