import { Alert, Paragraph, SkipLink, Spinner } from "@digdir/designsystemet-react";
import { useEffect, useState } from "react";

import type { AppInfo } from "./bindings/AppInfo";
import type { Plan } from "./bindings/Plan";
import type { WizardStep } from "./bindings/WizardStep";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { errorText } from "./errors";
import { formatDate, todayIso } from "./format";
import { useI18n } from "./i18n";
import { appInfo, firstScreenShown, newPlan, toIpcError, type IpcError } from "./ipc";
import { usePlanStore } from "./usePlanStore";
import { PlanList } from "./views/PlanList";
import { Wizard } from "./views/Wizard";

type Route = { view: "list" } | { view: "wizard"; planId: string };

/** A fresh plan id; ids only need to be unique within the user's store. */
function newId(): string {
  return crypto.randomUUID();
}

export function App() {
  const { t, locale } = useI18n();
  const { state, update, saveState, saveError } = usePlanStore();
  const [route, setRoute] = useState<Route>({ view: "list" });
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<IpcError | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    appInfo().then(setInfo, () => {
      setInfo(null);
    });
  }, []);

  // Once the plan list is on screen (two frames after React commits it), tell Rust.
  const listReady = state.status !== "loading";
  useEffect(() => {
    if (!listReady) return;
    requestAnimationFrame(() => {
      requestAnimationFrame(() => {
        firstScreenShown().catch(() => undefined);
      });
    });
  }, [listReady]);

  const createPlan = async () => {
    setCreating(true);
    setActionError(null);
    try {
      const today = todayIso();
      const plan = await newPlan({
        name: t("planList.defaultName", { date: formatDate(today, locale) }),
        today,
      });
      const id = newId();
      const now = new Date().toISOString();
      update((store) => ({
        ...store,
        plans: [...store.plans, { id, plan, step: "organisation", updatedAt: now }],
      }));
      setRoute({ view: "wizard", planId: id });
    } catch (reason) {
      setActionError(toIpcError(reason));
    } finally {
      setCreating(false);
    }
  };

  const changeStored = (id: string, change: { plan?: Plan; step?: WizardStep }) => {
    const now = new Date().toISOString();
    update((store) => ({
      ...store,
      plans: store.plans.map((p) =>
        p.id === id
          ? {
              ...p,
              plan: change.plan ?? p.plan,
              step: change.step ?? p.step,
              updatedAt: now,
            }
          : p,
      ),
    }));
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
  } else if (route.view === "wizard") {
    const stored = state.store.plans.find((p) => p.id === route.planId);
    content = stored ? (
      <Wizard
        stored={stored}
        saveState={saveState}
        onChangePlan={(plan) => {
          changeStored(stored.id, { plan });
        }}
        onGoTo={(step) => {
          changeStored(stored.id, { step });
        }}
        onClose={() => {
          setRoute({ view: "list" });
        }}
      />
    ) : (
      <Alert data-color="warning">{t("wizard.notFound")}</Alert>
    );
  } else {
    content = (
      <PlanList
        plans={state.store.plans}
        busy={creating}
        onNew={() => void createPlan()}
        onOpen={(planId) => {
          setRoute({ view: "wizard", planId });
        }}
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
        {saveError ? (
          <Alert data-color="danger" id="save-error">
            {t("app.saveFailed")} ({saveError.message})
          </Alert>
        ) : null}
        {content}
      </main>
      <footer className="app-footer">
        {info ? <span id="app-version">{t("app.version", { version: info.version })}</span> : null}
      </footer>
    </>
  );
}
