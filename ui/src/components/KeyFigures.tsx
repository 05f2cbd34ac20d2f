import { Card, Paragraph } from "@digdir/designsystemet-react";

import type { SummaryFigure } from "../bindings/SummaryFigure";
import type { SummaryFigureKey } from "../bindings/SummaryFigureKey";

/** The element id of each card (the end-to-end tests find them by it). */
const IDS: Readonly<Record<SummaryFigureKey, string>> = {
  firstYearNet: "kf-first-year",
  carriedNet: "kf-carried",
  totalCost: "kf-total",
  grants: "kf-grants",
  netCost: "kf-net",
  fundingCliff: "kf-cliff",
  paysInFull: "kf-full",
};

/** The key figures as cards, worded by Rust as the PDF's first page words them: each label
 * names its year or period. */
export function KeyFigures({ figures }: { figures: readonly SummaryFigure[] }) {
  return (
    <div className="key-figures" id="key-figures">
      {figures.map((f) => (
        <Card className="neutral key-figure" id={IDS[f.key]} key={f.key}>
          <Paragraph data-size="sm" className="key-label">
            {f.label}
          </Paragraph>
          <Paragraph data-size="lg" className="key-value">
            {f.value}
          </Paragraph>
          {f.detail === null ? null : (
            <Paragraph data-size="sm" className="key-detail">
              {f.detail}
            </Paragraph>
          )}
        </Card>
      ))}
    </div>
  );
}
