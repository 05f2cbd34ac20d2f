import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Spinner,
  Table,
} from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";

import type { Comparison } from "../bindings/Comparison";
import type { StoredPlan } from "../bindings/StoredPlan";
import { ExportComparison } from "../components/Export";
import { TableRegion } from "../components/TableRegion";
import { errorText } from "../errors";
import { useI18n, useVocabulary } from "../i18n";
import { comparePlans, toIpcError, type IpcError } from "../ipc";
import { copyValue } from "../tableCopy";

/** A plan chosen for a comparison (a saved version of it, when `versionId` is set). */
export type CompareItem = { planId: string; versionId: string | null };

/** Line styles for the chart's series, so they differ in more than colour. */
const SERIES = ["solid", "dashed", "dotted", "dashdot"] as const;
const DASHES: Record<(typeof SERIES)[number], string | undefined> = {
  solid: undefined,
  dashed: "8 5",
  dotted: "2 4",
  dashdot: "10 4 2 4",
};

type State =
  | { status: "loading" }
  | { status: "ready"; comparison: Comparison }
  | { status: "failed"; error: IpcError; planId: string | null };

/**
 * «Sammenlign»: 2–4 plans side by side, the first as the base. Rust computes every figure,
 * difference and text; this view lays them out: the key figures, the employer's net cost year by
 * year with an overlaid chart, and what differs in words.
 */
export function ComparisonView({
  plans,
  items,
  onChangeItems,
  onOpenPlan,
  onBack,
}: {
  plans: readonly StoredPlan[];
  items: readonly CompareItem[];
  /** The same plans in another order (the first is the base). */
  onChangeItems: (items: CompareItem[]) => void;
  onOpenPlan: (planId: string) => void;
  onBack: () => void;
}) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  // The answer to the last request made, and which request it answers: while a newer one is
  // under way (another base, an edit, the language), the view says it is computing.
  const [answer, setAnswer] = useState<{ request: string; state: State } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const chosen = items.flatMap((item) => {
    const stored = plans.find((p) => p.id === item.planId);
    if (!stored) return [];
    const version =
      item.versionId === null ? null : stored.versions.find((v) => v.id === item.versionId);
    if (version === undefined) return [];
    const planName = stored.plan.name.trim() || t("planList.untitled");
    const name = version
      ? t("compare.versionName", { name: planName, label: version.label })
      : planName;
    return [{ item, name, plan: version ? version.plan : stored.plan }];
  });
  // Two plans of the same name are told apart by their place.
  const names = chosen.map(({ name }, i) =>
    chosen.filter((c) => c.name === name).length > 1 ? `${name} (${String(i + 1)})` : name,
  );
  const sent = chosen.map((c, i) => ({ name: names[i] ?? c.name, plan: c.plan }));
  const request = JSON.stringify([chosen.map((c) => c.plan), names, locale]);
  const state: State = answer?.request === request ? answer.state : { status: "loading" };

  useEffect(() => {
    let live = true;
    comparePlans(sent, locale).then(
      (comparison) => {
        if (live) setAnswer({ request, state: { status: "ready", comparison } });
      },
      (reason: unknown) => {
        if (!live) return;
        const error = toIpcError(reason);
        const index = Number(error.params.plan ?? "0") - 1;
        const planId = chosen[index]?.item.planId ?? null;
        setAnswer({ request, state: { status: "failed", error, planId } });
      },
    );
    return () => {
      live = false;
    };
    // The request's JSON stands for the plans, names and language it is made from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  const chooseBase = (index: number) => {
    const base = items[index];
    if (!base) return;
    onChangeItems([base, ...items.filter((_, i) => i !== index)]);
  };

  return (
    <section aria-labelledby="compare-heading" className="stack comparison">
      <div>
        <Button variant="tertiary" data-size="sm" id="compare-back" onClick={onBack}>
          ← {t("wizard.backToList")}
        </Button>
      </div>
      <Heading level={1} data-size="lg" id="compare-heading" tabIndex={-1} ref={heading}>
        {vocabulary.document.comparison}
      </Heading>
      <Paragraph>{t("compare.intro")}</Paragraph>
      {chosen.length > 1 ? (
        <Field className="compare-base">
          <Label htmlFor="compare-base">{t("compare.base")}</Label>
          <Select
            id="compare-base"
            value="0"
            onChange={(e) => {
              chooseBase(Number(e.target.value));
            }}
          >
            {names.map((name, i) => (
              <Select.Option key={`${String(i)}-${name}`} value={String(i)}>
                {name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      ) : null}
      {state.status === "loading" ? (
        <Paragraph>
          <Spinner aria-hidden="true" data-size="sm" /> {t("compare.loading")}
        </Paragraph>
      ) : state.status === "failed" ? (
        <Alert data-color="danger" id="compare-error">
          <Paragraph>{failureText(state.error, t)}</Paragraph>
          {state.planId !== null ? (
            <Button
              data-size="sm"
              variant="secondary"
              id="compare-fix"
              onClick={() => {
                if (state.planId !== null) onOpenPlan(state.planId);
              }}
            >
              {t("compare.openToFix", { name: state.error.params.name ?? "" })}
            </Button>
          ) : null}
        </Alert>
      ) : (
        <>
          <ComparisonTables comparison={state.comparison} />
          <ExportComparison plans={sent} />
        </>
      )}
    </section>
  );
}

function failureText(error: IpcError, t: ReturnType<typeof useI18n>["t"]): string {
  return errorText(error.report(), t);
}

function ComparisonTables({ comparison }: { comparison: Comparison }) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const figuresTable = useRef<HTMLTableElement>(null);
  const yearsTable = useRef<HTMLTableElement>(null);
  const base = comparison.plans[0]?.name ?? "";
  const columns = comparison.plans.flatMap((plan, i) =>
    i === 0
      ? [{ key: "plan-0", text: t("compare.baseColumn", { name: plan.name }), plan: 0 }]
      : [
          { key: `plan-${String(i)}`, text: plan.name, plan: i },
          { key: `diff-${String(i)}`, text: t("compare.differenceFrom", { name: base }), plan: i },
        ],
  );
  // Copied, a cell with a figure gives the plain number a spreadsheet reads (tableCopy.ts); an
  // empty one (a year a plan does not cover) gives nothing.
  const copy = (v: string | null | undefined) => (v == null ? "" : copyValue(v, locale));
  const cells = (
    values: readonly string[],
    differences: readonly string[],
    numbers: readonly (string | null)[],
    differenceNumbers: readonly (string | null | undefined)[],
  ) =>
    values.flatMap((value, i) => {
      const own = (
        <Table.Cell key={`plan-${String(i)}`} className="num" data-copy={copy(numbers[i])}>
          {value}
        </Table.Cell>
      );
      if (i === 0) return [own];
      return [
        own,
        <Table.Cell
          key={`diff-${String(i)}`}
          className="num difference"
          data-plan={i}
          data-copy={copy(differenceNumbers[i])}
        >
          {differences[i] ?? ""}
        </Table.Cell>,
      ];
    });
  const head = (first: string) => (
    <Table.Head>
      <Table.Row>
        <Table.HeaderCell scope="col">{first}</Table.HeaderCell>
        {columns.map((c) => (
          <Table.HeaderCell key={c.key} scope="col" className="num">
            {c.text}
          </Table.HeaderCell>
        ))}
      </Table.Row>
    </Table.Head>
  );

  return (
    <>
      {comparison.sameYears ? null : (
        <Alert data-color="info" id="compare-years-note">
          {t("compare.differentYears", {
            years: comparison.plans
              .map((p) => `${p.name}: ${String(p.firstYear)}–${String(p.lastYear)}`)
              .join("; "),
          })}
        </Alert>
      )}
      <TableRegion label={t("compare.figures")} table={figuresTable}>
        <Table
          data-size="sm"
          zebra
          className="year-table compare-table"
          id="compare-figures"
          ref={figuresTable}
        >
          <caption>{t("compare.figures")}</caption>
          {head(vocabulary.document.keyFigure)}
          <Table.Body>
            {comparison.figures.map((f) => (
              <Table.Row key={f.key} data-figure={f.key}>
                <Table.HeaderCell scope="row">{f.label}</Table.HeaderCell>
                {cells(
                  f.valueTexts,
                  f.differenceTexts,
                  f.values,
                  f.differences.map((d) => d?.amount),
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableRegion>

      <Heading level={2} data-size="sm" id="compare-years-heading">
        {vocabulary.document.comparisonYears}
      </Heading>
      <OverlaidChart comparison={comparison} />
      <TableRegion label={vocabulary.document.comparisonYears} table={yearsTable}>
        <Table
          data-size="sm"
          zebra
          className="year-table compare-table"
          id="compare-years"
          ref={yearsTable}
        >
          <caption>{t("compare.yearsCaption")}</caption>
          {head(vocabulary.tableColumn.year)}
          <Table.Body>
            {comparison.years.map((y) => (
              <Table.Row key={y.year} data-year={y.year}>
                <Table.HeaderCell scope="row" data-copy={String(y.year)}>
                  {y.year}
                </Table.HeaderCell>
                {cells(y.netCostTexts, y.differenceTexts, y.netCost, y.differences)}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableRegion>

      <Heading level={2} data-size="sm">
        {vocabulary.document.whatDiffers}
      </Heading>
      <div id="compare-changes" className="stack">
        {comparison.plans.slice(1).map((plan, i) => {
          const changes = comparison.changes[i + 1] ?? [];
          return (
            <section key={`${String(i)}-${plan.name}`} data-plan={i + 1}>
              <Heading level={3} data-size="xs">
                {t("compare.changesOf", { name: plan.name, base })}
              </Heading>
              {changes.length === 0 ? (
                <Paragraph data-size="sm">{vocabulary.document.noChanges}</Paragraph>
              ) : (
                <ul>
                  {changes.map((change) => (
                    <li key={change}>{change}</li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}

/**
 * The employer's net cost year by year, one line per plan, drawn from Rust's heights (percent of
 * the largest figure). The table below holds the same figures for screen readers; the chart is
 * hidden from them and says so in its caption.
 */
function OverlaidChart({ comparison }: { comparison: Comparison }) {
  const { t } = useI18n();
  const width = 640;
  const height = 220;
  const pad = { left: 8, right: 8, top: 10, bottom: 24 };
  const n = comparison.years.length;
  const x = (i: number) => pad.left + (n <= 1 ? 0.5 : i / (n - 1)) * (width - pad.left - pad.right);
  const y = (percent: string) =>
    pad.top + (1 - Number(percent) / 100) * (height - pad.top - pad.bottom);
  const labelEvery = Math.max(1, Math.ceil(n / 10));
  return (
    <figure className="compare-chart" id="compare-chart">
      <svg viewBox={`0 0 ${String(width)} ${String(height)}`} aria-hidden="true">
        <line
          x1={pad.left}
          x2={width - pad.right}
          y1={height - pad.bottom}
          y2={height - pad.bottom}
          className="axis"
        />
        {comparison.plans.map((plan, p) => {
          // A line runs through the years the plan covers; a gap where it has none.
          const runs: string[][] = [[]];
          comparison.years.forEach((year, i) => {
            const percent = year.chartPercent[p];
            if (percent === null || percent === undefined) {
              if ((runs.at(-1) ?? []).length > 0) runs.push([]);
              return;
            }
            runs.at(-1)?.push(`${x(i).toFixed(1)},${y(percent).toFixed(1)}`);
          });
          const style = SERIES[p % SERIES.length] ?? "solid";
          return (
            <g key={`${String(p)}-${plan.name}`} className={`series series-${String(p)}`}>
              {runs
                .filter((r) => r.length > 0)
                .map((points) => (
                  <polyline
                    key={points[0]}
                    points={points.join(" ")}
                    fill="none"
                    strokeWidth={p === 0 ? 3 : 2.5}
                    strokeDasharray={DASHES[style]}
                  />
                ))}
              {runs
                .flat()
                .filter((_, i) => n <= 12 || i % labelEvery === 0)
                .map((point) => {
                  const [cx, cy] = point.split(",");
                  return <circle key={point} cx={cx} cy={cy} r={p === 0 ? 3.5 : 3} />;
                })}
            </g>
          );
        })}
        {comparison.years.map((year, i) =>
          i % labelEvery === 0 ? (
            <text key={year.year} x={x(i)} y={height - 6} textAnchor="middle" className="tick">
              {year.year}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption>
        <ul className="compare-legend">
          {comparison.plans.map((plan, p) => (
            <li key={`${String(p)}-${plan.name}`} className={`series-${String(p)}`}>
              <svg width="32" height="10" aria-hidden="true">
                <line
                  x1="0"
                  x2="32"
                  y1="5"
                  y2="5"
                  strokeWidth="3"
                  strokeDasharray={DASHES[SERIES[p % SERIES.length] ?? "solid"]}
                />
              </svg>{" "}
              {plan.name}
            </li>
          ))}
        </ul>
        <Paragraph data-size="xs">{t("compare.chartNote")}</Paragraph>
      </figcaption>
    </figure>
  );
}
