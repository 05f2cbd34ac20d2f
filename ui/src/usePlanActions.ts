/**
 * What the user does to the plans from the list, the wizard and the versions: make, copy,
 * rename, delete (with its undo), import, make an alternative, save and restore versions. Each
 * is one change to the store through `update`, so undo and autosave follow on their own; those
 * that open a plan call `open`.
 */
import { useState } from "react";

import type { Plan } from "./bindings/Plan";
import type { Scenario } from "./bindings/Scenario";
import type { StoredPlan } from "./bindings/StoredPlan";
import type { PlanVersion } from "./bindings/PlanVersion";
import type { WizardStep } from "./bindings/WizardStep";
import { formatDate, todayIso } from "./format";
import { useI18n } from "./i18n";
import {
  alternativeName,
  examplePlan,
  newPlan,
  stressedPlan,
  toIpcError,
  type IpcError,
} from "./ipc";
import type { Route } from "./route";
import type { StoreState, usePlanStore } from "./usePlanStore";
import type { PlanChange } from "./views/steps/types";

/** A fresh plan id; ids only need to be unique within the user's store. */
function newId(): string {
  return crypto.randomUUID();
}

const now = () => new Date().toISOString();

export function usePlanActions(
  state: StoreState,
  update: ReturnType<typeof usePlanStore>["update"],
  open: (route: Route) => void,
) {
  const { t, locale } = useI18n();
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<IpcError | null>(null);
  const [deleted, setDeleted] = useState<{ plan: StoredPlan; index: number } | null>(null);

  /** Adds a plan Rust makes (a new one, or the example) last in the list and opens it:
   * «Ny plan» on the page before step 1, the example at its summary. */
  const addPlan = async (
    make: () => Promise<Plan>,
    opened: { step: WizardStep; view: "intro" | "wizard"; example: boolean },
  ) => {
    setCreating(true);
    setActionError(null);
    try {
      const plan = await make();
      const id = newId();
      const stored: StoredPlan = {
        id,
        plan,
        step: opened.step,
        updatedAt: now(),
        drafts: {},
        alternativeOf: null,
        versions: [],
        ...(opened.example ? { example: true } : {}),
      };
      update((store) => ({ ...store, plans: [...store.plans, stored] }), { undo: "no" });
      open({ view: opened.view, planId: id });
    } catch (reason) {
      setActionError(toIpcError(reason));
    } finally {
      setCreating(false);
    }
  };

  const createPlan = () => {
    const today = todayIso();
    return addPlan(
      () =>
        newPlan({ name: t("planList.defaultName", { date: formatDate(today, locale) }), today }),
      { step: "organisation", view: "intro", example: false },
    );
  };

  /** «Prøv med et eksempel»: Rust's example plan, marked as an example and opened at its
   * summary, so a new user sees what the app makes before typing anything. */
  const tryExample = () =>
    addPlan(() => examplePlan(todayIso()), { step: "summary", view: "wizard", example: true });

  const changeStored = (id: string, change: { plan?: PlanChange; step?: WizardStep }) => {
    const planOf = (current: Plan): Plan => {
      if (change.plan === undefined) return current;
      return typeof change.plan === "function" ? change.plan(current) : change.plan;
    };
    update(
      (store) => ({
        ...store,
        plans: store.plans.map((p) =>
          p.id === id
            ? {
                ...p,
                plan: planOf(p.plan),
                step: change.step ?? p.step,
                updatedAt: now(),
                // Changed or renamed, the example is the user's own plan.
                example: change.plan === undefined ? (p.example ?? false) : false,
              }
            : p,
        ),
      }),
      change.plan === undefined ? { undo: "no" } : { mergeKey: `plan:${id}` },
    );
  };

  /** Keeps what the user typed in a field that is not a number yet with the plan (or drops it
   * once the field holds a number). Not an edit: undo passes it by, and the plan is not marked
   * as changed. */
  const keepDraftText = (id: string, path: string, text: string | null) => {
    update(
      (store) => {
        const stored = store.plans.find((p) => p.id === id);
        if (!stored || (stored.drafts[path] ?? null) === text) return store;
        const drafts = Object.fromEntries(
          Object.entries(stored.drafts).filter(([key]) => key !== path),
        );
        if (text !== null) drafts[path] = text;
        return {
          ...store,
          plans: store.plans.map((p) => (p === stored ? { ...p, drafts } : p)),
        };
      },
      { undo: "aside" },
    );
  };

  /** Puts a copy of plan `id` right after it; returns the copy's id. A copy of an alternative
   * is an alternative to the same plan; the saved versions stay with the original. */
  const duplicate = (id: string): string => {
    const copyId = newId();
    update((store) => {
      const index = store.plans.findIndex((p) => p.id === id);
      const original = store.plans[index];
      if (!original) return store;
      const copy: StoredPlan = {
        ...original,
        id: copyId,
        plan: { ...original.plan, name: t("planList.copyName", { name: original.plan.name }) },
        updatedAt: now(),
        versions: [],
        example: false,
      };
      return {
        ...store,
        plans: [...store.plans.slice(0, index + 1), copy, ...store.plans.slice(index + 1)],
      };
    });
    return copyId;
  };

  /** «Lag alternativ»: a copy of plan `id` that remembers its base (the plan itself, or the
   * base of the alternative it is made from), named by Rust so it is told apart, placed after
   * the base's other alternatives, and opened at once. */
  const makeAlternative = async (id: string, scenario: Scenario | null = null) => {
    if (state.status !== "ready") return;
    const plans = state.store.plans;
    const source = plans.find((p) => p.id === id);
    if (!source) return;
    const base = plans.find((p) => p.id === source.alternativeOf) ?? source;
    setActionError(null);
    try {
      const name = await alternativeName(
        locale,
        base.plan.name,
        plans.map((p) => p.plan.name),
      );
      // From «Hva om …»: the plan as the stress test changes it.
      const plan = scenario === null ? source.plan : await stressedPlan(source.plan, scenario);
      const alternative: StoredPlan = {
        ...source,
        id: newId(),
        plan: { ...plan, name },
        updatedAt: now(),
        alternativeOf: base.id,
        versions: [],
        example: false,
      };
      update((store) => {
        // After the base and the alternatives it has already.
        let at = store.plans.findIndex((p) => p.id === base.id);
        if (at < 0) return store;
        store.plans.forEach((p, i) => {
          if (p.alternativeOf === base.id) at = Math.max(at, i);
        });
        return {
          ...store,
          plans: [...store.plans.slice(0, at + 1), alternative, ...store.plans.slice(at + 1)],
        };
      });
      open({ view: "wizard", planId: alternative.id });
    } catch (reason) {
      setActionError(toIpcError(reason));
    }
  };

  /** «Lagre versjon»: a frozen copy of the plan as it is now, with a label and the time. */
  const saveVersion = (id: string, label: string) => {
    update((store) => ({
      ...store,
      plans: store.plans.map((p) =>
        p.id === id
          ? {
              ...p,
              versions: [...p.versions, { id: newId(), label, savedAt: now(), plan: p.plan }],
            }
          : p,
      ),
    }));
  };

  const rename = (id: string, name: string) => {
    const stored =
      state.status === "ready" ? state.store.plans.find((p) => p.id === id) : undefined;
    if (stored) changeStored(id, { plan: { ...stored.plan, name } });
  };

  const remove = (id: string) => {
    if (state.status !== "ready") return;
    const index = state.store.plans.findIndex((p) => p.id === id);
    const plan = state.store.plans[index];
    if (!plan) return;
    setDeleted({ plan, index });
    update((store) => ({ ...store, plans: store.plans.filter((p) => p.id !== id) }));
  };

  /** A plan read from a file goes last in the list, as a plan of its own (a fresh id). */
  const importPlan = (plan: Plan) => {
    const stored: StoredPlan = {
      id: newId(),
      plan,
      step: "organisation",
      updatedAt: now(),
      drafts: {},
      alternativeOf: null,
      versions: [],
    };
    update((store) => ({ ...store, plans: [...store.plans, stored] }));
  };

  const restoreDeleted = () => {
    if (!deleted) return;
    update((store) => {
      if (store.plans.some((p) => p.id === deleted.plan.id)) return store;
      const plans = [...store.plans];
      plans.splice(Math.min(deleted.index, plans.length), 0, deleted.plan);
      return { ...store, plans };
    });
    setDeleted(null);
  };

  /** A saved version's plan back in place of the plan's own (its name kept): a step of its own
   * in the undo history, never merged with typing just before it. */
  const restoreVersion = (id: string, version: PlanVersion) => {
    update((store) => ({
      ...store,
      plans: store.plans.map((p) =>
        p.id === id ? { ...p, plan: { ...version.plan, name: p.plan.name }, updatedAt: now() } : p,
      ),
    }));
  };

  const deleteVersion = (id: string, version: PlanVersion) => {
    update((store) => ({
      ...store,
      plans: store.plans.map((p) =>
        p.id === id ? { ...p, versions: p.versions.filter((v) => v.id !== version.id) } : p,
      ),
    }));
  };

  return {
    creating,
    actionError,
    deleted: deleted?.plan ?? null,
    forgetDeleted: () => {
      setDeleted(null);
    },
    createPlan,
    tryExample,
    changeStored,
    keepDraftText,
    duplicate,
    makeAlternative,
    saveVersion,
    restoreVersion,
    deleteVersion,
    rename,
    remove,
    importPlan,
    restoreDeleted,
  };
}
