import { Alert, Button, Details, Paragraph, SkipLink, Spinner } from "@digdir/designsystemet-react";
import { lazy, Suspense, useEffect, useState } from "react";

import type { AppInfo } from "./bindings/AppInfo";
import type { Plan } from "./bindings/Plan";
import type { Scenario } from "./bindings/Scenario";
import type { StoredPlan } from "./bindings/StoredPlan";
import type { WizardStep } from "./bindings/WizardStep";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { StoreNoticeBanner } from "./components/StoreNoticeBanner";
import { errorText } from "./errors";
import { markStartup, startupReport } from "./startupMarks";
import { formatDate, todayIso } from "./format";
import { useI18n } from "./i18n";
import {
  alternativeName,
  appInfo,
  firstScreenReady,
  firstScreenShown,
  examplePlan,
  newPlan,
  openDataFolder,
  rememberLastPlan,
  stressedPlan,
  toIpcError,
  type IpcError,
} from "./ipc";
import { usePlanStore } from "./usePlanStore";
import type { CompareItem } from "./views/ComparisonView";
import { IntroPage } from "./views/IntroPage";
import { PlanList } from "./views/PlanList";
import type { PlanChange } from "./views/steps/types";

// The first screen is the plan list: the wizard, the comparison and the versions (with their
// charts, tables and export cards) load when first opened.
const Wizard = lazy(() => import("./views/Wizard").then((m) => ({ default: m.Wizard })));
const ComparisonView = lazy(() =>
  import("./views/ComparisonView").then((m) => ({ default: m.ComparisonView })),
);
const VersionsView = lazy(() =>
  import("./views/VersionsView").then((m) => ({ default: m.VersionsView })),
);

type Route =
  | { view: "list" }
  | { view: "intro"; planId: string }
  | { view: "wizard"; planId: string }
  | { view: "compare"; items: CompareItem[] }
  | { view: "versions"; planId: string };

/** A fresh plan id; ids only need to be unique within the user's store. */
function newId(): string {
  return crypto.randomUUID();
}

/** «Om Erfaringsplan»: the version, where the plans are kept (with a way to open the folder, to
 * back them up or move them) and the licences. */
function AboutApp({ info }: { info: AppInfo }) {
  const { t } = useI18n();
  const [error, setError] = useState<IpcError | null>(null);
  return (
    <Details id="about">
      <Details.Summary>{t("about.heading")}</Details.Summary>
      <Details.Content className="stack">
        <Paragraph data-size="sm">
          {t("about.version", { version: info.version, schema: String(info.schemaVersion) })}
        </Paragraph>
        <Paragraph data-size="sm">
          {t("about.dataFolder")} <code id="about-data-folder">{info.dataFolder}</code>
        </Paragraph>
        <Paragraph data-size="sm">{t("about.backup")}</Paragraph>
        <div>
          <Button
            variant="secondary"
            data-size="sm"
            id="open-data-folder"
            onClick={() => {
              setError(null);
              openDataFolder().catch((reason: unknown) => {
                setError(toIpcError(reason));
              });
            }}
          >
            {t("about.openFolder")}
          </Button>
        </div>
        {error ? (
          <Alert data-color="danger" id="about-error">
            {errorText(error.report(), t)}
          </Alert>
        ) : null}
        <Paragraph data-size="sm" id="about-licences">
          {t("about.licences")} {info.licences.map((l) => `${l.name} (${l.licence})`).join(", ")}.
        </Paragraph>
      </Details.Content>
    </Details>
  );
}

export function App({ initialLastPlanId = null }: { initialLastPlanId?: string | null }) {
  const { t, locale } = useI18n();
  const { state, update, undo, redo, canUndo, canRedo, saveState, saveError } = usePlanStore();
  const [route, setRoute] = useState<Route>({ view: "list" });
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<IpcError | null>(null);
  const [deleted, setDeleted] = useState<{ plan: StoredPlan; index: number } | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  // The plan opened last, also in an earlier session (from the settings): the list offers it.
  const [lastPlanId, setLastPlanId] = useState<string | null>(initialLastPlanId);
  const openPlanId =
    route.view === "intro" || route.view === "wizard" || route.view === "versions"
      ? route.planId
      : null;
  if (openPlanId !== null && openPlanId !== lastPlanId) setLastPlanId(openPlanId);
  useEffect(() => {
    if (openPlanId !== null) rememberLastPlan(openPlanId).catch(() => undefined);
  }, [openPlanId]);

  useEffect(() => {
    appInfo().then(setInfo, () => {
      setInfo(null);
    });
  }, []);

  // Ctrl+Z undoes the last edit, Ctrl+Shift+Z (or Ctrl+Y) redoes it, in every step and field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === "z" && e.shiftKey) || key === "y") {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
    };
  }, [undo, redo]);

  // React's first render is in the page (the list may still be loading).
  useEffect(() => {
    markStartup("first-render");
  }, []);

  // Once React has put the plan list in the page, Rust shows the window (hidden until there is
  // something to see); two frames later the list is painted, which the start-up probe times.
  const listReady = state.status !== "loading";
  useEffect(() => {
    if (!listReady) return;
    markStartup("list-rendered");
    firstScreenReady().catch(() => undefined);
    requestAnimationFrame(() => {
      markStartup("frame");
      requestAnimationFrame(() => {
        markStartup("painted");
        firstScreenShown(startupReport()).catch(() => undefined);
      });
    });
  }, [listReady]);

  const now = () => new Date().toISOString();

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
      setRoute({ view: opened.view, planId: id });
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
      setRoute({ view: "wizard", planId: alternative.id });
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

  let content;
  if (state.status === "loading") {
    content = (
      <Paragraph>
        <Spinner aria-hidden="true" data-size="sm" /> {t("planList.loading")}
      </Paragraph>
    );
  } else if (state.status === "failed") {
    content = (
      <Alert data-color="danger" id="load-error">
        {t("app.loadFailed")} ({state.error.message})
      </Alert>
    );
  } else if (route.view === "compare") {
    content = (
      <ComparisonView
        plans={state.store.plans}
        items={route.items}
        onChangeItems={(items) => {
          setRoute({ view: "compare", items });
        }}
        onOpenPlan={(planId) => {
          setRoute({ view: "wizard", planId });
        }}
        onBack={() => {
          setRoute({ view: "list" });
        }}
      />
    );
  } else if (route.view === "versions") {
    const stored = state.store.plans.find((p) => p.id === route.planId);
    content = stored ? (
      <VersionsView
        stored={stored}
        onSave={(label) => {
          saveVersion(stored.id, label);
        }}
        onRestore={(version) => {
          // A step of its own in the undo history, never merged with typing just before it.
          update((store) => ({
            ...store,
            plans: store.plans.map((p) =>
              p.id === stored.id
                ? { ...p, plan: { ...version.plan, name: p.plan.name }, updatedAt: now() }
                : p,
            ),
          }));
        }}
        onDelete={(version) => {
          update((store) => ({
            ...store,
            plans: store.plans.map((p) =>
              p.id === stored.id
                ? { ...p, versions: p.versions.filter((v) => v.id !== version.id) }
                : p,
            ),
          }));
        }}
        onCompare={(version) => {
          setRoute({
            view: "compare",
            items: [
              { planId: stored.id, versionId: version.id },
              { planId: stored.id, versionId: null },
            ],
          });
        }}
        onOpenPlan={() => {
          setRoute({ view: "wizard", planId: stored.id });
        }}
        onUndo={undo}
        onBack={() => {
          setRoute({ view: "list" });
        }}
      />
    ) : (
      <Alert data-color="warning">{t("wizard.notFound")}</Alert>
    );
  } else if (route.view !== "list") {
    const stored = state.store.plans.find((p) => p.id === route.planId);
    if (!stored) {
      content = <Alert data-color="warning">{t("wizard.notFound")}</Alert>;
    } else if (route.view === "intro") {
      content = (
        <IntroPage
          planName={stored.plan.name}
          onStart={() => {
            setRoute({ view: "wizard", planId: stored.id });
          }}
          onBack={() => {
            setRoute({ view: "list" });
          }}
        />
      );
    } else {
      content = (
        <Wizard
          stored={stored}
          saveState={saveState}
          canUndo={canUndo}
          canRedo={canRedo}
          onUndo={undo}
          onRedo={redo}
          onChangePlan={(plan) => {
            changeStored(stored.id, { plan });
          }}
          onGoTo={(step) => {
            changeStored(stored.id, { step });
          }}
          onDraftText={(path, text) => {
            keepDraftText(stored.id, path, text);
          }}
          onClose={() => {
            setRoute({ view: "list" });
          }}
          onMakeAlternative={(scenario) => void makeAlternative(stored.id, scenario)}
          onVersions={() => {
            setRoute({ view: "versions", planId: stored.id });
          }}
        />
      );
    }
  } else {
    content = (
      <PlanList
        plans={state.store.plans}
        lastPlanId={lastPlanId}
        busy={creating}
        deleted={deleted?.plan ?? null}
        onNew={() => void createPlan()}
        onTryExample={() => void tryExample()}
        onOpen={(planId) => {
          setDeleted(null);
          setRoute({ view: "wizard", planId });
        }}
        onDuplicate={duplicate}
        onMakeAlternative={(planId) => void makeAlternative(planId)}
        onVersions={(planId) => {
          setDeleted(null);
          setRoute({ view: "versions", planId });
        }}
        onCompare={(items) => {
          setDeleted(null);
          setRoute({ view: "compare", items });
        }}
        onRename={rename}
        onDelete={remove}
        onUndoDelete={restoreDeleted}
        onImported={importPlan}
      />
    );
  }

  return (
    <>
      <SkipLink href="#main">{t("app.skipToContent")}</SkipLink>
      <header className="app-header">
        <div>
          <p className="app-title" id="app-title">
            {t("app.title")}
          </p>
          <p className="app-tagline">{t("app.tagline")}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {actionError ? (
          <Alert data-color="danger" id="action-error">
            {errorText(actionError.report(), t)}
          </Alert>
        ) : null}
        {state.status === "ready" &&
        state.notice &&
        (state.notice.kind !== "recovered" || route.view === "list") ? (
          <StoreNoticeBanner notice={state.notice} />
        ) : null}
        {saveError ? (
          <Alert data-color="danger" id="save-error">
            {t("app.saveFailed")} {errorText(saveError.report(), t)}
          </Alert>
        ) : null}
        <Suspense
          fallback={<Spinner aria-label={t("app.loadingView")} data-size="md" id="view-loading" />}
        >
          {content}
        </Suspense>
      </main>
      <footer className="app-footer">
        {info ? <span id="app-version">{t("app.version", { version: info.version })}</span> : null}
        {info ? <AboutApp info={info} /> : null}
      </footer>
    </>
  );
}
