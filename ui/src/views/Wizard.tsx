import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";

import type { Plan } from "../bindings/Plan";
import type { StoredPlan } from "../bindings/StoredPlan";
import type { WizardStep } from "../bindings/WizardStep";
import { useI18n } from "../i18n";
import { STEPS, stepIndex } from "../steps";
import { OrganisationStep } from "./OrganisationStep";

/** The wizard frame: step navigation, the current step, previous/next. */
export function Wizard({
  stored,
  onChangePlan,
  onGoTo,
  onClose,
}: {
  stored: StoredPlan;
  onChangePlan: (plan: Plan) => void;
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
  // Set when the user pressed "Next" on this step while it had errors: then the step shows all
  // its errors and the error summary.
  const [attemptedNext, setAttemptedNext] = useState(false);
  const [errorCount, setErrorCount] = useState(0);

  // Move focus to the new step's heading so keyboard and screen-reader users start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [stored.step]);

  const goTo = (target: WizardStep) => {
    setAttemptedNext(false);
    setErrorCount(0);
    onGoTo(target);
  };

  if (!step) return null;

  return (
    <div className="wizard">
      <div className="wizard-top">
        <Button variant="tertiary" data-size="sm" id="back-to-list" onClick={onClose}>
          ← {t("wizard.backToList")}
        </Button>
        <Paragraph data-size="sm" className="plan-name" id="wizard-plan-name">
          {stored.plan.name}
        </Paragraph>
      </div>
      <div className="wizard-body">
        <nav aria-label={t("wizard.stepsLabel")} className="step-nav">
          <ol>
            {STEPS.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="step-link"
                  data-step={s.id}
                  aria-current={s.id === step.id ? "step" : undefined}
                  onClick={() => {
                    goTo(s.id);
                  }}
                >
                  <span className="step-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  {t(s.title)}
                </button>
              </li>
            ))}
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
          {step.id === "organisation" ? (
            <OrganisationStep
              plan={stored.plan}
              onChange={onChangePlan}
              showSummary={attemptedNext}
              onErrorCount={setErrorCount}
            />
          ) : (
            <Paragraph data-size="sm" className="coming-soon">
              {t("wizard.comingSoon")}
            </Paragraph>
          )}
          <div className="step-buttons">
            {previous ? (
              <Button
                variant="secondary"
                id="previous-step"
                onClick={() => {
                  goTo(previous.id);
                }}
              >
                {t("wizard.previous")}
              </Button>
            ) : null}
            {next ? (
              <Button
                id="next-step"
                onClick={() => {
                  if (errorCount > 0) setAttemptedNext(true);
                  else goTo(next.id);
                }}
              >
                {t("wizard.next")}
              </Button>
            ) : null}
          </div>
        </section>
      </div>
    </div>
  );
}
