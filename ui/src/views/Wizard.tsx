import { Button, ErrorSummary, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useCallback, useEffect, useRef, useState } from "react";

import type { ErrorReport } from "../bindings/ErrorReport";
import type { Plan } from "../bindings/Plan";
import type { StoredPlan } from "../bindings/StoredPlan";
import type { WizardStep } from "../bindings/WizardStep";
import { DraftErrorContext } from "../draftErrors";
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

/** Whether a step still lacks something the plan needs (not an error: the user may come back). */
function incomplete(plan: Plan, step: WizardStep): boolean {
  switch (step) {
    case "organisation":
      return plan.organisation.name.trim() === "";
    case "role":
      return plan.positions.length === 0;
    case "checklist":
      return false;
    case "salary":
      return plan.positions.some((p) => p.pensionScheme === "public" && !p.pensionRateConfirmed);
    case "grants":
      return plan.grants.length > 0 && plan.financingAfterGrants.trim() === "";
    case "supervision":
      return plan.positions.length > 0 && !plan.costItems.some((c) => c.category === "supervision");
    case "summary":
      return false;
  }
}

const SAVE_KEYS = {
  saved: "save.saved",
  pending: "save.pending",
  saving: "save.saving",
  failed: "save.failed",
} as const;

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
  onClose,
}: {
  stored: StoredPlan;
  saveState: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onChangePlan: (change: PlanChange) => void;
  onGoTo: (step: WizardStep) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const index = stepIndex(stored.step);
  const step = STEPS[index] ?? STEPS[0];
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const check = usePlanCheck(stored.plan);
  // Steps the user has tried to leave with errors: they show their errors from then on.
  const [attempted, setAttempted] = useState<ReadonlySet<WizardStep>>(new Set());
  const [drafts, setDrafts] = useState<Readonly<Record<string, ErrorReport>>>({});
  const reportDraft = useCallback((path: string, report: ErrorReport | null) => {
    setDrafts((prev) => {
      if (report === null) {
        if (!(path in prev)) return prev;
        return Object.fromEntries(Object.entries(prev).filter(([key]) => key !== path));
      }
      return { ...prev, [path]: report };
    });
  }, []);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [stored.step]);

  if (!step) return null;
  // What the user typed comes first: a field with a typing error shows that, not Rust's verdict
  // on the value it held before.
  const reports = [
    ...Object.values(drafts),
    ...check.reports.filter((r) => r.field === null || !(r.field in drafts)),
  ];
  const reportsFor = (s: WizardStep) => reports.filter((r) => stepOfField(r.field ?? "") === s);
  const stepReports = reportsFor(step.id);
  const showErrors = attempted.has(step.id);
  const errorFor = (path: string) => {
    if (!showErrors) return undefined;
    const report = reports.find((r) => r.field === path);
    return report ? errorText(report, t) : undefined;
  };
  const props: StepProps = {
    plan: stored.plan,
    onChange: onChangePlan,
    errorFor,
    showErrors,
    projection: check.projection,
  };

  return (
    <DraftErrorContext.Provider value={reportDraft}>
      <div className="wizard">
        <div className="wizard-top">
          <Button variant="tertiary" data-size="sm" id="back-to-list" onClick={onClose}>
            ← {t("wizard.backToList")}
          </Button>
          <Paragraph data-size="sm" className="plan-name" id="wizard-plan-name">
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
            {t(SAVE_KEYS[saveState])}
          </Paragraph>
        </div>
        <div className="wizard-body">
          <nav aria-label={t("wizard.stepsLabel")} className="step-nav">
            <ol>
              {STEPS.map((s, i) => {
                const flagged = attempted.has(s.id) && reportsFor(s.id).length > 0;
                return (
                  <li key={s.id}>
                    <button
                      type="button"
                      className="step-link"
                      data-step={s.id}
                      aria-current={s.id === step.id ? "step" : undefined}
                      onClick={() => {
                        onGoTo(s.id);
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
                      ) : incomplete(stored.plan, s.id) ? (
                        <Tag data-color="warning" data-size="sm" className="step-flag">
                          {t("wizard.stepIncomplete")}
                        </Tag>
                      ) : null}
                    </button>
                  </li>
                );
              })}
            </ol>
          </nav>
          <section className="step-content stack" aria-labelledby="step-heading" id="step-content">
            <Paragraph data-size="sm" id="step-counter">
              {t("wizard.stepOf", { n: index + 1, total: STEPS.length })}
            </Paragraph>
            <Heading level={1} data-size="lg" id="step-heading" tabIndex={-1} ref={headingRef}>
              {t(step.title)}
            </Heading>
            <Paragraph>{t(step.intro)}</Paragraph>
            {showErrors && stepReports.length > 0 ? (
              <ErrorSummary id="error-summary">
                <ErrorSummary.Heading>{t("errors.heading")}</ErrorSummary.Heading>
                <ErrorSummary.List>
                  {stepReports.map((r, i) => (
                    <ErrorSummary.Item key={`${r.field ?? ""}-${r.code}-${i}`}>
                      <ErrorSummary.Link href={`#${fieldId(r.field ?? "")}`}>
                        {errorText(r, t)}
                      </ErrorSummary.Link>
                    </ErrorSummary.Item>
                  ))}
                </ErrorSummary.List>
              </ErrorSummary>
            ) : null}
            {step.id === "organisation" ? <OrganisationStep {...props} /> : null}
            {step.id === "role" ? <RoleStep {...props} /> : null}
            {step.id === "checklist" ? <ChecklistStep {...props} /> : null}
            {step.id === "salary" ? <SalaryStep {...props} /> : null}
            {step.id === "grants" ? <GrantsStep {...props} /> : null}
            {step.id === "supervision" ? <SupervisionStep {...props} /> : null}
            {step.id === "summary" ? (
              <SummaryStep
                {...props}
                stale={check.stale}
                onGoTo={onGoTo}
                lastChanged={stored.updatedAt}
              />
            ) : null}
            <div className="step-buttons">
              {previous ? (
                <Button
                  variant="secondary"
                  id="previous-step"
                  onClick={() => {
                    onGoTo(previous.id);
                  }}
                >
                  {t("wizard.previous")}
                </Button>
              ) : null}
              {next ? (
                <Button
                  id="next-step"
                  onClick={() => {
                    if (stepReports.length > 0) setAttempted((prev) => new Set(prev).add(step.id));
                    else onGoTo(next.id);
                  }}
                >
                  {t("wizard.next")}
                </Button>
              ) : null}
            </div>
          </section>
        </div>
      </div>
    </DraftErrorContext.Provider>
  );
}
