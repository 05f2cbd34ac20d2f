import { Paragraph } from "@digdir/designsystemet-react";
import { memo } from "react";

import type { WizardFigures } from "../bindings/WizardFigures";
import { formatNok } from "../format";
import { useI18n, useVocabulary } from "../i18n";

/**
 * Grant and employer's cost per year as stacked bars, with the funding cliff marked. The bar
 * heights come from Rust (percent of the tallest year); this only draws them. The same figures
 * are in the year-by-year table, which screen readers use; the chart gives a one-line summary.
 */
export const CostChart = memo(function CostChart({ projection }: { projection: WizardFigures }) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const cliff = projection.fundingCliff?.year ?? null;
  const summary = t("chart.summary", {
    first: projection.firstYear,
    last: projection.lastYear,
    grants: formatNok(projection.totals.grants, locale),
    net: formatNok(projection.totals.netCost, locale),
  });
  return (
    <figure className="cost-chart" id="cost-chart">
      <div className="chart-bars" role="img" aria-label={summary}>
        {projection.chart.map((bar) => (
          <div
            key={bar.year}
            className="chart-column"
            data-year={bar.year}
            data-cliff={bar.year === cliff ? "true" : undefined}
          >
            <div className="chart-stack">
              <div className="chart-net" style={{ height: `${bar.netPercent}%` }} />
              <div className="chart-grant" style={{ height: `${bar.grantsPercent}%` }} />
            </div>
            <span className="chart-year" aria-hidden="true">
              {bar.year}
            </span>
            {bar.year === cliff ? (
              <span className="chart-cliff" aria-hidden="true">
                {t("table.cliff")}
              </span>
            ) : null}
          </div>
        ))}
      </div>
      <figcaption>
        <span className="legend legend-grant" aria-hidden="true" />{" "}
        {vocabulary.document.chartGrants} <span className="legend legend-net" aria-hidden="true" />{" "}
        {vocabulary.document.chartEmployer}
        <Paragraph data-size="xs">{summary}</Paragraph>
      </figcaption>
    </figure>
  );
});
