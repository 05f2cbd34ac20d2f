import { Alert, Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";

import type { Scenario } from "../../bindings/Scenario";
import type { WarningNote } from "../../bindings/WarningNote";
import type { WizardStep } from "../../bindings/WizardStep";
import { CostChart } from "../../components/CostChart";
import { ExportPlan } from "../../components/Export";
import { WhatIf } from "../../components/WhatIf";
import { YearTable } from "../../components/YearTable";
import { formatNok, formatPercent } from "../../format";
import { useI18n } from "../../i18n";
import { STEPS } from "../../steps";
import { CHECKLIST_PHASES } from "./ChecklistStep";
import type { StepProps } from "./types";

/** Step 7: key figures, the year-by-year table, warnings with links to fix them, and a
 * check-your-answers overview. */
export function SummaryStep({
  plan,
  projection,
  stale,
  warnings,
  onGoTo,
  lastChanged,
  onMakeAlternative,
}: StepProps & {
  stale: boolean;
  /** The projection's warnings, worded by Rust as the PDF words them. */
  warnings: readonly WarningNote[];
  onGoTo: (step: WizardStep) => void;
  /** When the plan was last changed (printed in the PDF's header). */
  lastChanged: string | null;
  /** «Lag alternativ» on a row of «Hva om …». */
  onMakeAlternative: (scenario: Scenario) => void;
}) {
  const { t, locale } = useI18n();
  const nok = (v: string) => formatNok(v, locale);
  const stepTitle = (step: WizardStep) =>
    t(STEPS.find((s) => s.id === step)?.title ?? "step.summary");
  const change = (step: WizardStep) => (
    <Link
      href={`#step-${step}`}
      onClick={(e) => {
        e.preventDefault();
        onGoTo(step);
      }}
    >
      {t("summary.change", { step: stepTitle(step) })}
    </Link>
  );

  if (!projection) return <Alert data-color="info">{t("summary.noProjection")}</Alert>;
  const cliff = projection.fundingCliff;

  return (
    <div className="stack">
      {stale ? (
        <Alert data-color="warning" id="stale-projection">
          {t("summary.stale")}
        </Alert>
      ) : null}
      <div className="key-figures" id="key-figures">
        <KeyFigure
          id="kf-total"
          label={t("summary.totalCost", { first: projection.firstYear, last: projection.lastYear })}
          value={nok(projection.totals.totalCost)}
        />
        <KeyFigure
          id="kf-grants"
          label={t("summary.grants")}
          value={nok(projection.totals.grants)}
        />
        <KeyFigure
          id="kf-net"
          label={t("summary.netCost")}
          value={nok(projection.totals.netCost)}
        />
        <KeyFigure
          id="kf-cliff"
          label={t("summary.cliff")}
          value={cliff ? String(cliff.year) : t("summary.noCliff")}
          detail={cliff ? t("summary.cliffJump", { jump: nok(cliff.jump) }) : undefined}
        />
        <KeyFigure
          id="kf-full"
          label={t("summary.paysInFull")}
          value={
            projection.employerPaysInFullFrom === null
              ? t("summary.notWithinPlan")
              : String(projection.employerPaysInFullFrom)
          }
        />
      </div>

      <Heading level={2} data-size="sm">
        {t("summary.warnings")}
      </Heading>
      {warnings.length === 0 ? (
        <Paragraph id="no-warnings">{t("summary.noWarnings")}</Paragraph>
      ) : (
        <ul className="warning-list" id="warnings">
          {warnings.map((w, i) => (
            <li key={`${w.warning.kind}-${i}`} data-warning={w.warning.kind}>
              <span className="warning-text">{w.text}</span>{" "}
              <Link
                href={`#step-${w.step}`}
                onClick={(e) => {
                  e.preventDefault();
                  onGoTo(w.step);
                }}
              >
                {t("summary.fixIn", { step: stepTitle(w.step) })}
              </Link>
            </li>
          ))}
        </ul>
      )}

      <Heading level={2} data-size="sm">
        {t("summary.yearByYear")}
      </Heading>
      <CostChart projection={projection} />
      <YearTable projection={projection} cliffYear={cliff?.year ?? null} />

      {stale ? null : <WhatIf plan={plan} onMakeAlternative={onMakeAlternative} />}

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
                    `${p.title} ${formatPercent(p.ftePercent, locale)} (${p.end === null ? t("role.permanent") : t("role.temporary")})`,
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
        {CHECKLIST_PHASES.map((phase) => {
          const relevant = plan.checklist.filter(
            (e) => e.phase === phase.id && e.status !== "notRelevant",
          );
          const done = relevant.filter((e) => e.status === "done").length;
          return (
            <li key={phase.id} data-phase={phase.id}>
              {t("summary.checklistPhase", { phase: t(phase.key), done, total: relevant.length })}
            </li>
          );
        })}
      </ul>
      <Paragraph>{change("checklist")}</Paragraph>

      <ExportPlan plan={plan} stale={stale} lastChanged={lastChanged} />
    </div>
  );
}

function KeyFigure({
  id,
  label,
  value,
  detail,
}: {
  id: string;
  label: string;
  value: string;
  detail?: string | undefined;
}) {
  return (
    <Card data-color="neutral" className="key-figure" id={id}>
      <Paragraph data-size="sm" className="key-label">
        {label}
      </Paragraph>
      <Paragraph data-size="lg" className="key-value">
        {value}
      </Paragraph>
      {detail ? <Paragraph data-size="sm">{detail}</Paragraph> : null}
    </Card>
  );
}
