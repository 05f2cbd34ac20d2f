import { Alert, Heading, Link, List, Paragraph } from "@digdir/designsystemet-react";

import type { MissingNote } from "../../bindings/MissingNote";
import type { Scenario } from "../../bindings/Scenario";
import type { SummaryFigure } from "../../bindings/SummaryFigure";
import type { WarningNote } from "../../bindings/WarningNote";
import type { WizardStep } from "../../bindings/WizardStep";
import { BudgetLinesEditor } from "../../components/BudgetLines";
import { CostChart } from "../../components/CostChart";
import { ExportPlan } from "../../components/Export";
import { KeyFigures } from "../../components/KeyFigures";
import { WhatIf } from "../../components/WhatIf";
import { YearTable } from "../../components/YearTable";
import { formatNok, formatPercent } from "../../format";
import { useI18n, useVocabulary } from "../../i18n";
import { STEPS } from "../../steps";
import type { StepProps } from "./types";
import { fieldsToFix } from "../../waitingFor";

/** Step 7: key figures, the year-by-year table, warnings with links to fix them, and a
 * check-your-answers overview. */
export function SummaryStep({
  plan,
  projection,
  onChange,
  errorNow,
  stale,
  blockers,
  checklistProgress,
  warnings,
  missing,
  figures,
  onGoTo,
  lastChanged,
  onMakeAlternative,
}: StepProps & {
  stale: boolean;
  /** The projection's warnings, worded by Rust as the PDF words them. */
  warnings: readonly WarningNote[];
  /** What the plan still lacks, in every step, worded by Rust. */
  missing: readonly MissingNote[];
  /** The key figures, worded by Rust as the PDF's first page words them. */
  figures: readonly SummaryFigure[];
  onGoTo: (step: WizardStep) => void;
  /** When the plan was last changed (printed in the PDF's header). */
  lastChanged: string | null;
  /** «Lag alternativ» on a row of «Hva om …». */
  onMakeAlternative: (scenario: Scenario) => void;
}) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const nok = (v: string) => formatNok(v, locale);
  const stepTitle = (step: WizardStep) =>
    t(STEPS.find((s) => s.id === step)?.title ?? "step.summary");

  const stepLink = (step: WizardStep, key: "summary.fixIn" | "summary.change") => (
    <Link
      href={`#step-${step}`}
      onClick={(e) => {
        e.preventDefault();
        onGoTo(step);
      }}
    >
      {t(key, { step: stepTitle(step) })}
    </Link>
  );
  const change = (step: WizardStep) => stepLink(step, "summary.change");
  // What the plan still lacks comes first: a summary that only shows figures would read as a
  // finished plan, and the PDF is marked as a draft for as long as anything is missing.
  const lacking =
    missing.length > 0 ? (
      <Alert data-color="warning" id="summary-missing">
        <Heading level={2} data-size="xs">
          {t("summary.missing.heading")}
        </Heading>
        <Paragraph data-size="sm">{t("summary.missing.intro")}</Paragraph>
        <List.Unordered>
          {missing.map(({ missing: m, text }) => (
            <List.Item key={`${m.kind}-${m.field}`} data-missing={m.kind}>
              {text} {stepLink(m.step, "summary.fixIn")}
            </List.Item>
          ))}
        </List.Unordered>
      </Alert>
    ) : null;

  if (!projection) {
    return (
      <div className="stack">
        {lacking}
        <Alert data-color="info">{t("summary.noProjection")}</Alert>
      </div>
    );
  }
  const cliff = projection.fundingCliff;
  const nothingToPay = projection.nothingToPay;

  return (
    <div className="stack">
      {lacking}
      {stale ? (
        <Alert data-color="warning" id="stale-projection">
          {blockers.length > 0
            ? t("summary.staleFor", { fields: fieldsToFix(blockers, t) })
            : t("summary.stale")}
        </Alert>
      ) : null}
      {nothingToPay ? (
        // Nothing to pay: no figures of 0,00, no warnings to clear and nothing to stress.
        <Alert data-color="info" id="nothing-to-pay">
          {plan.positions.length === 0 ? t("summary.nothingToPay") : vocabulary.document.noneAtWork}{" "}
          {stepLink(plan.positions.length === 0 ? "role" : "salary", "summary.fixIn")}
        </Alert>
      ) : (
        <>
          <KeyFigures figures={figures} />

          <Heading level={2} data-size="sm">
            {vocabulary.document.warnings}
          </Heading>
          {warnings.length === 0 ? (
            <Paragraph id="no-warnings">{vocabulary.document.noWarnings}</Paragraph>
          ) : (
            <ul className="warning-list" id="warnings">
              {warnings.map((w, i) => (
                <li key={`${w.warning.kind}-${i}`} data-warning={w.warning.kind}>
                  <span className="warning-text">{w.text}</span> {stepLink(w.step, "summary.fixIn")}
                </li>
              ))}
            </ul>
          )}

          <Heading level={2} data-size="sm">
            {vocabulary.document.yearByYear}
          </Heading>
          <CostChart projection={projection} />
          <YearTable projection={projection} cliffYear={cliff?.year ?? null} />

          {stale ? null : <WhatIf plan={plan} onMakeAlternative={onMakeAlternative} />}

          <BudgetLinesEditor
            plan={plan}
            lines={projection.budget}
            onChange={onChange}
            errorFor={errorNow}
          />
        </>
      )}

      <Heading level={2} data-size="sm">
        {t("summary.answers")}
      </Heading>
      <dl className="answers">
        <dt>{t("step.organisation")}</dt>
        <dd>
          {plan.organisation.name || "—"} · {t("aga.zoneName", { zone: plan.organisation.agaZone })}{" "}
          · {t("planList.years", { first: plan.firstYear, years: plan.horizonYears })}{" "}
          {change("organisation")}
        </dd>
        <dt>{t("step.role")}</dt>
        <dd>
          {plan.positions.length === 0
            ? t("role.noPositions")
            : plan.positions
                .map(
                  (p) =>
                    `${p.title} ${formatPercent(p.ftePercent, locale)} (${p.end === null ? vocabulary.employment.permanent : vocabulary.employment.temporary})`,
                )
                .join("; ")}{" "}
          {change("role")}
        </dd>
        <dt>{t("step.salary")}</dt>
        <dd>
          {plan.positions.map((p) => nok(p.annualSalary)).join("; ") || "—"} ·{" "}
          {t("field.wageGrowthPercent")} {formatPercent(plan.wageGrowthPercent, locale)}{" "}
          {change("salary")}
        </dd>
        <dt>{t("step.grants")}</dt>
        <dd>
          {plan.grants.map((g) => g.name).join("; ") || t("grants.none")} {change("grants")}
        </dd>
        <dt>{t("step.supervision")}</dt>
        <dd>
          {plan.costItems
            .filter((c) => c.category === "supervision")
            .map((c) => c.name)
            .join("; ") || t("supervision.none")}{" "}
          {change("supervision")}
        </dd>
      </dl>

      <Heading level={2} data-size="sm">
        {t("summary.checklist")}
      </Heading>
      <ul className="checklist-progress" id="checklist-progress">
        {checklistProgress.map(({ phase, done, relevant }) => (
          <li key={phase} data-phase={phase}>
            {t("summary.checklistPhase", {
              phase: vocabulary.checklistPhase[phase],
              done,
              total: relevant,
            })}
          </li>
        ))}
      </ul>
      <Paragraph>{change("checklist")}</Paragraph>

      <ExportPlan plan={plan} stale={stale} lastChanged={lastChanged} />
    </div>
  );
}
