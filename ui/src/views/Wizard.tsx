import { Alert, Button, ErrorSummary, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import type { Report } from "../errors";
import type { Scenario } from "../bindings/Scenario";
import type { StoredPlan } from "../bindings/StoredPlan";
import type { WizardStep } from "../bindings/WizardStep";
import { MissingNotice } from "../components/MissingNotice";
import { DraftErrorContext, SavedDraftsContext, type Draft } from "../draftErrors";
import { errorText } from "../errors";
import { fieldId, stepOfField } from "../fieldPaths";
import { useI18n } from "../i18n";
import { STEPS, stepIndex } from "../steps";
import { usePlanCheck } from "../usePlanCheck";
import type { SaveState } from "../usePlanStore";
import { ChecklistStep } from "./steps/ChecklistStep";
import { GrantsStep } from "./steps/GrantsStep";
import { OrganisationStep } from "./steps/OrganisationStep";
import { RoleStep } from "./steps/RoleStep";
import { SalaryStep } from "./steps/SalaryStep";
import { SummaryStep } from "./steps/SummaryStep";
import { SupervisionStep } from "./steps/SupervisionStep";
import type { PlanChange, StepProps } from "./steps/types";

const SAVE_KEYS = {
  saved: "save.saved",
  pending: "save.pending",
  saving: "save.saving",
  failed: "save.failed",
} as const;

/** `reports` in the order their fields stand on the page, top to bottom (as the page was last
 * drawn); a report whose field is not on the page keeps its place after those that are. */
function inPageOrder(reports: readonly Report[]): Report[] {
  const placed = reports.map((report, i) => ({
    report,
    i,
    at: report.field === null ? null : document.getElementById(fieldId(report.field)),
  }));
  placed.sort((a, b) => {
    if (a.at && b.at && a.at !== b.at) {
      return a.at.compareDocumentPosition(b.at) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
    if (a.at && !b.at) return -1;
    if (!a.at && b.at) return 1;
    return a.i - b.i;
  });
  return placed.map((p) => p.report);
}

/** The wizard frame: step navigation, the current step, previous/next, and the error summary.
 * Rust validates and projects the plan after every change; errors stay hidden on a step until
 * the user first tries to leave it with "Next", then follow every change. */
export function Wizard({
  stored,
  saveState,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  onChangePlan,
  onGoTo,
  onDraftText,
  onClose,
  onMakeAlternative,
  onVersions,
}: {
  stored: StoredPlan;
  saveState: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onChangePlan: (change: PlanChange) => void;
  onGoTo: (step: WizardStep) => void;
  /** Keeps (or, with null, drops) the text of a field with a typing error with the plan. */
  onDraftText: (path: string, text: string | null) => void;
  onClose: () => void;
  /** Keeps the plan as a stress test of «Hva om …» changes it, as an alternative, and opens it. */
  onMakeAlternative: (scenario: Scenario) => void;
  /** «Versjoner»: save the plan as it is now, or look at, compare or restore a saved one. */
  onVersions: () => void;
}) {
  const { t } = useI18n();
  const index = stepIndex(stored.step);
  const step = STEPS[index] ?? STEPS[0];
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Steps the user has tried to leave with errors: they show their errors from then on.
  const [attempted, setAttempted] = useState<ReadonlySet<WizardStep>>(new Set());
  const [drafts, setDrafts] = useState<Readonly<Record<string, Draft>>>({});
  const typing = useMemo(() => Object.keys(drafts), [drafts]);
  const check = usePlanCheck(stored.plan, typing);
  const keepDraftText = useRef(onDraftText);
  useEffect(() => {
    keepDraftText.current = onDraftText;
  });
  const reportDraft = useCallback((path: string, draft: Draft | null) => {
    setDrafts((prev) => {
      if (draft === null) {
        if (!(path in prev)) return prev;
        return Object.fromEntries(Object.entries(prev).filter(([key]) => key !== path));
      }
      return { ...prev, [path]: draft };
    });
    keepDraftText.current(path, draft?.text ?? null);
  }, []);

  // A step, the first one opened too, starts at its top with focus on its heading (after
  // «Start» focus was left on the page body). Left scrolled where «Neste» was on a longer step,
  // the page would jump under the pointer at the next click.
  useEffect(() => {
    window.scrollTo(0, 0);
    headingRef.current?.focus({ preventScroll: true });
  }, [stored.step]);

  // Each blocked attempt to leave moves focus to the error summary, even when it already shows.
  const [blocked, setBlocked] = useState(0);
  useEffect(() => {
    if (blocked > 0) document.getElementById("error-summary")?.focus();
  }, [blocked]);

  // What the user typed comes first: a field with a typing error shows that, not Rust's verdict
  // on the value it held before.
  const reports = useMemo(
    () => [
      ...Object.values(drafts).map((d) => d.report),
      ...check.reports.filter((r) => r.field === null || !(r.field in drafts)),
    ],
    [drafts, check.reports],
  );
  const showErrors = step !== undefined && attempted.has(step.id);
  // The same function for as long as what it answers stays the same, so that a step's long
  // lists (fifty posts, five grants) redraw only the item that changed.
  const errorNow = useCallback(
    (path: string) => {
      const report = reports.find((r) => r.field === path);
      return report ? errorText(report, t) : undefined;
    },
    [reports, t],
  );
  const errorFor = useCallback(
    (path: string) => (showErrors ? errorNow(path) : undefined),
    [showErrors, errorNow],
  );

  if (!step) return null;
  const reportsFor = (s: WizardStep) => reports.filter((r) => stepOfField(r.field ?? "") === s);
  const blockers = STEPS.flatMap((s) => reportsFor(s.id)).flatMap((r) =>
    r.field ? [r.field] : [],
  );
  const stepReports = inPageOrder(reportsFor(step.id));
  // Figures next to a field the user is still typing in are from before it: say so.
  const waiting = Object.keys(drafts).length > 0;
  const props: StepProps = {
    plan: stored.plan,
    onChange: onChangePlan,
    errorFor,
    errorNow,
    showErrors,
    projection: check.projection,
    waiting: waiting || check.stale,
    invalid: (path) => reports.some((r) => r.field === path),
    positionFigures: check.positions,
    blockers,
    checklistProgress: check.checklist,
  };
  /** Every way out of a step (Neste, Forrige, the step list, back to the plan list) checks it
   * first, as «Neste» does: with errors on it, the step stays and shows them. A text that is not
   * a number would otherwise be lost while the plan kept an older value. */
  const leave = (go: () => void) => {
    if (stepReports.length > 0) {
      setAttempted((prev) => new Set(prev).add(step.id));
      setBlocked((n) => n + 1);
    } else {
      go();
    }
  };

  return (
    <DraftErrorContext.Provider value={reportDraft}>
      <SavedDraftsContext.Provider value={stored.drafts}>
        <div className="wizard">
          <div className="wizard-top">
            <Button
              variant="tertiary"
              data-size="sm"
              id="back-to-list"
              onClick={() => {
                // Only typing errors keep the user here: what Rust flags is saved and shown again.
                if (Object.keys(drafts).some((path) => stepOfField(path) === step.id)) {
                  leave(onClose);
                } else {
                  onClose();
                }
              }}
            >
              ← {t("wizard.backToList")}
            </Button>
            <Paragraph
              data-size="sm"
              className="plan-name"
              id="wizard-plan-name"
              title={stored.plan.name}
            >
              {stored.plan.name}
            </Paragraph>
            <div className="button-row undo-redo">
              <Button
                variant="tertiary"
                data-size="sm"
                id="undo"
                disabled={!canUndo}
                aria-keyshortcuts="Control+Z"
                onClick={onUndo}
              >
                ↶ {t("wizard.undo")}
              </Button>
              <Button
                variant="tertiary"
                data-size="sm"
                id="redo"
                disabled={!canRedo}
                aria-keyshortcuts="Control+Shift+Z"
                onClick={onRedo}
              >
                ↷ {t("wizard.redo")}
              </Button>
            </div>
            <Paragraph
              data-size="sm"
              className="save-state"
              id="save-state"
              data-state={saveState}
              aria-live="polite"
            >
              {saveState === "saved" && reports.length > 0
                ? // Saved, but not finished: the texts with errors are kept too, and say so.
                  t(reports.length === 1 ? "save.savedWithError" : "save.savedWithErrors", {
                    count: reports.length,
                  })
                : t(SAVE_KEYS[saveState])}
            </Paragraph>
          </div>
          <div className="wizard-body">
            <nav aria-label={t("wizard.stepsLabel")} className="step-nav">
              <ol>
                {STEPS.map((s, i) => {
                  const flagged = attempted.has(s.id) && reportsFor(s.id).length > 0;
                  const lacking = check.missing.filter((m) => m.missing.step === s.id);
                  return (
                    <li key={s.id}>
                      <button
                        type="button"
                        className="step-link"
                        data-step={s.id}
                        aria-current={s.id === step.id ? "step" : undefined}
                        onClick={() => {
                          if (s.id !== step.id) {
                            leave(() => {
                              onGoTo(s.id);
                            });
                          }
                        }}
                      >
                        <span className="step-number" aria-hidden="true">
                          {i + 1}
                        </span>
                        {t(s.title)}
                        {flagged ? (
                          <Tag data-color="danger" data-size="sm" className="step-flag">
                            {t("wizard.stepHasErrors")}
                          </Tag>
                        ) : lacking.length > 0 ? (
                          <Tag
                            data-color="warning"
                            data-size="sm"
                            className="step-flag"
                            title={lacking.map((m) => m.text).join("\n")}
                          >
                            {t("wizard.stepIncomplete")}
                            <span className="visually-hidden">
                              {`: ${lacking.map((m) => m.text).join(" ")}`}
                            </span>
                          </Tag>
                        ) : null}
                      </button>
                    </li>
                  );
                })}
              </ol>
              <div className="step-nav-extra">
                <Button
                  variant="tertiary"
                  data-size="sm"
                  id="versions"
                  onClick={() => {
                    leave(onVersions);
                  }}
                >
                  {t("wizard.versions", { count: stored.versions.length })}
                </Button>
              </div>
            </nav>
            <section
              className="step-content stack"
              aria-labelledby="step-heading"
              id="step-content"
            >
              <Paragraph data-size="sm" id="step-counter">
                {t("wizard.stepOf", { n: index + 1, total: STEPS.length })}
              </Paragraph>
              <Heading level={1} data-size="lg" id="step-heading" tabIndex={-1} ref={headingRef}>
                {t(step.title)}
              </Heading>
              <Paragraph>{t(step.intro)}</Paragraph>
              {stored.example ? (
                <Alert data-color="info" id="example-notice">
                  {t("wizard.example")}
                </Alert>
              ) : null}
              {showErrors && stepReports.length > 0 ? (
                // Designsystemet's look on a plain element, not its <ds-error-summary>: that
                // element takes the focus whenever it is put in the page or shown again, so a
                // summary that appeared because the text being typed turned invalid («460.»)
                // took the focus from the field, and the next keys were lost. Here only an
                // attempt to leave the step moves the focus to it (the effect above).
                <div
                  className="ds-error-summary"
                  id="error-summary"
                  role="group"
                  tabIndex={-1}
                  aria-labelledby="error-summary-heading"
                >
                  <ErrorSummary.Heading id="error-summary-heading">
                    {t("errors.heading")}
                  </ErrorSummary.Heading>
                  <ErrorSummary.List>
                    {stepReports.map((r, i) => (
                      <ErrorSummary.Item key={`${r.field ?? ""}-${r.code}-${i}`}>
                        <ErrorSummary.Link href={`#${fieldId(r.field ?? "")}`}>
                          {errorText(r, t)}
                        </ErrorSummary.Link>
                      </ErrorSummary.Item>
                    ))}
                  </ErrorSummary.List>
                </div>
              ) : null}
              {/* Until Rust has answered once for this plan, what the step lacks is not known.
                Showing the fields first and the notice above them a moment later would move
                them under the user's pointer, so the step waits for that first answer. */}
              {check.checked ? (
                <>
                  <MissingNotice
                    missing={check.missing.filter((m) => m.missing.step === step.id)}
                  />
                  {step.id === "organisation" ? <OrganisationStep {...props} /> : null}
                  {step.id === "role" ? <RoleStep {...props} /> : null}
                  {step.id === "checklist" ? <ChecklistStep {...props} /> : null}
                  {step.id === "salary" ? <SalaryStep {...props} /> : null}
                  {step.id === "grants" ? <GrantsStep {...props} /> : null}
                  {step.id === "supervision" ? <SupervisionStep {...props} /> : null}
                  {step.id === "summary" ? (
                    <SummaryStep
                      {...props}
                      stale={check.stale || waiting}
                      warnings={check.warnings}
                      missing={check.missing}
                      figures={check.summaryFigures}
                      onGoTo={onGoTo}
                      lastChanged={stored.updatedAt}
                      onMakeAlternative={onMakeAlternative}
                    />
                  ) : null}
                </>
              ) : null}
              <div className="step-buttons">
                {previous ? (
                  <Button
                    variant="secondary"
                    id="previous-step"
                    onClick={() => {
                      leave(() => {
                        onGoTo(previous.id);
                      });
                    }}
                  >
                    {t("wizard.previous")}
                  </Button>
                ) : null}
                {next ? (
                  <Button
                    id="next-step"
                    onClick={() => {
                      leave(() => {
                        onGoTo(next.id);
                      });
                    }}
                  >
                    {t("wizard.next")}
                  </Button>
                ) : null}
              </div>
            </section>
          </div>
        </div>
      </SavedDraftsContext.Provider>
    </DraftErrorContext.Provider>
  );
}
