import { Alert, Paragraph, SkipLink, Spinner } from "@digdir/designsystemet-react";
import { lazy, Suspense, useEffect, useState } from "react";

import type { AppInfo } from "./bindings/AppInfo";
import { AboutApp } from "./components/AboutApp";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { StoreNoticeBanner } from "./components/StoreNoticeBanner";
import { errorText } from "./errors";
import { useI18n } from "./i18n";
import { appInfo, rememberLastPlan } from "./ipc";
import type { Route } from "./route";
import { useFirstScreen } from "./useFirstScreen";
import { usePlanActions } from "./usePlanActions";
import { usePlanStore } from "./usePlanStore";
import { useUndoKeys } from "./useUndoKeys";
import { IntroPage } from "./views/IntroPage";
import { PlanList } from "./views/PlanList";

// The first screen is the plan list: the wizard, the comparison and the versions (with their
// charts, tables and export cards) load when first opened.
const Wizard = lazy(() => import("./views/Wizard").then((m) => ({ default: m.Wizard })));
const ComparisonView = lazy(() =>
  import("./views/ComparisonView").then((m) => ({ default: m.ComparisonView })),
);
const PortfolioView = lazy(() =>
  import("./views/PortfolioView").then((m) => ({ default: m.PortfolioView })),
);
const VersionsView = lazy(() =>
  import("./views/VersionsView").then((m) => ({ default: m.VersionsView })),
);

/** The app: the header, the screen the route names, the notices above it, and the footer. */
export function App({ initialLastPlanId = null }: { initialLastPlanId?: string | null }) {
  const { t } = useI18n();
  const { state, update, undo, redo, canUndo, canRedo, saveState, saveError } = usePlanStore();
  const [route, setRoute] = useState<Route>({ view: "list" });
  const actions = usePlanActions(state, update, setRoute);
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

  useUndoKeys(undo, redo);
  useFirstScreen(state.status !== "loading");

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
        {t("app.loadFailed")} {errorText(state.error.report(), t)}
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
  } else if (route.view === "portfolio") {
    content = (
      <PortfolioView
        plans={state.store.plans}
        chosen={route.chosen}
        onChoose={(chosen) => {
          setRoute({ view: "portfolio", chosen });
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
          actions.saveVersion(stored.id, label);
        }}
        onRestore={(version) => {
          actions.restoreVersion(stored.id, version);
        }}
        onDelete={(version) => {
          actions.deleteVersion(stored.id, version);
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
            actions.changeStored(stored.id, { plan });
          }}
          onGoTo={(step) => {
            actions.changeStored(stored.id, { step });
          }}
          onDraftText={(path, text) => {
            actions.keepDraftText(stored.id, path, text);
          }}
          onClose={() => {
            setRoute({ view: "list" });
          }}
          onMakeAlternative={(scenario) => void actions.makeAlternative(stored.id, scenario)}
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
        busy={actions.creating}
        deleted={actions.deleted}
        onNew={() => void actions.createPlan()}
        onTryExample={() => void actions.tryExample()}
        onOpen={(planId) => {
          actions.forgetDeleted();
          setRoute({ view: "wizard", planId });
        }}
        onDuplicate={actions.duplicate}
        onMakeAlternative={(planId) => void actions.makeAlternative(planId)}
        onVersions={(planId) => {
          actions.forgetDeleted();
          setRoute({ view: "versions", planId });
        }}
        onCompare={(items) => {
          actions.forgetDeleted();
          setRoute({ view: "compare", items });
        }}
        onPortfolio={(chosen) => {
          actions.forgetDeleted();
          setRoute({ view: "portfolio", chosen });
        }}
        onRename={actions.rename}
        onDelete={actions.remove}
        onUndoDelete={actions.restoreDeleted}
        onImported={actions.importPlan}
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
        {actions.actionError ? (
          <Alert data-color="danger" id="action-error">
            {errorText(actions.actionError.report(), t)}
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
