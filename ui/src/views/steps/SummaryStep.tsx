import { Alert, Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";

import type { Warning } from "../../bindings/Warning";
import type { WizardStep } from "../../bindings/WizardStep";
import { CostChart } from "../../components/CostChart";
import { ExportPdf } from "../../components/ExportPdf";
import { YearTable } from "../../components/YearTable";
import { formatNok, formatPercent } from "../../format";
import { useI18n, type Translate } from "../../i18n";
import type { Locale } from "../../i18n/messages";
import { STEPS } from "../../steps";
import { CHECKLIST_PHASES } from "./ChecklistStep";
import type { StepProps } from "./types";

/** The step that fixes each kind of warning. */
const WARNING_STEP: Readonly<Record<Warning["kind"], WizardStep>> = {
  grantExceedsTiedCost: "grants",
  salaryOutsideTypicalRange: "salary",
  lowFte: "role",
  workingAlone: "role",
  noSupervision: "supervision",
  supervisionLessThanMonthly: "supervision",
  pensionRateAssumed: "salary",
  temporaryEndsWithGrant: "role",
};

function warningText(
  w: Warning,
  t: Translate,
  locale: Locale,
  title: (id: string) => string,
): string {
  switch (w.kind) {
    case "grantExceedsTiedCost":
      return t("warning.grantExceedsTiedCost", {
        grant: w.grantId,
        year: w.year,
        excess: formatNok(w.excess, locale),
      });
    case "salaryOutsideTypicalRange":
      return t("warning.salaryOutsideTypicalRange", {
        position: title(w.positionId),
        salary: formatNok(w.annualSalary, locale),
      });
    case "lowFte":
      return t("warning.lowFte", {
        position: title(w.positionId),
        fte: formatPercent(w.ftePercent, locale),
      });
    case "workingAlone":
      return t("warning.workingAlone");
    case "noSupervision":
      return t("warning.noSupervision", { years: w.years.join(", ") });
    case "supervisionLessThanMonthly":
      return t("warning.supervisionLessThanMonthly", { sessions: w.sessionsPerYear });
    case "pensionRateAssumed":
      return t("warning.pensionRateAssumed", {
        position: title(w.positionId),
        rate: formatPercent(w.pensionPercent, locale),
      });
    case "temporaryEndsWithGrant":
      return t("warning.temporaryEndsWithGrant", { position: title(w.positionId), year: w.year });
  }
}

/** Step 7: key figures, the year-by-year table, warnings with links to fix them, and a
 * check-your-answers overview. */
export function SummaryStep({
  plan,
  projection,
  stale,
  onGoTo,
  lastChanged,
}: StepProps & {
  stale: boolean;
  onGoTo: (step: WizardStep) => void;
  /** When the plan was last changed (printed in the PDF's header). */
  lastChanged: string | null;
}) {
  const { t, locale } = useI18n();
  const nok = (v: string) => formatNok(v, locale);
  // "Stilling 2 (Erfaringskonsulent)": the number tells posts with one title apart.
  const title = (id: string) => {
    const i = plan.positions.findIndex((p) => p.id === id);
    const name = plan.positions[i]?.title.trim() ?? "";
    if (i < 0) return id;
    return name === ""
      ? t("warning.positionNumber", { n: i + 1 })
      : t("warning.position", { n: i + 1, title: name });
  };
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
      {projection.warnings.length === 0 ? (
        <Paragraph id="no-warnings">{t("summary.noWarnings")}</Paragraph>
      ) : (
        <ul className="warning-list" id="warnings">
          {projection.warnings.map((w, i) => (
            <li key={`${w.kind}-${i}`} data-warning={w.kind}>
              {warningText(w, t, locale, title)}{" "}
              <Link
                href={`#step-${WARNING_STEP[w.kind]}`}
                onClick={(e) => {
                  e.preventDefault();
                  onGoTo(WARNING_STEP[w.kind]);
                }}
              >
                {t("summary.fixIn", { step: stepTitle(WARNING_STEP[w.kind]) })}
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

      <ExportPdf plan={plan} stale={stale} lastChanged={lastChanged} />
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
