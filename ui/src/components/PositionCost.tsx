import { Paragraph, Table } from "@digdir/designsystemet-react";

import { memo } from "react";

import type { PositionFigures } from "../bindings/PositionFigures";
import { formatNok } from "../format";
import { useI18n, useVocabulary } from "../i18n";
import { fieldsToFix } from "../waitingFor";

/**
 * What one post costs in a year, line by line as Rust computed it: salary for the time worked,
 * holiday pay, pension and the employer's contribution, and their sum. Shown on «Rollen» and
 * «Lønn» so the cost follows what is typed. The year is the post's first full year (or its
 * first year, for a post shorter than that), as Rust chose it. While a field it depends on has
 * an error, it says which.
 */
export const PositionCost = memo(function PositionCost({
  figures,
  positionId,
}: {
  /** The post's figures from Rust, none before Rust has answered. */
  figures: PositionFigures | undefined;
  positionId: string;
}) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const id = `cost-${positionId}`;
  if (!figures) return null;
  if (figures.waitingFor.length > 0) {
    return (
      <Paragraph data-size="sm" className="position-cost" id={id} data-waiting="true">
        {t("positionCost.waiting", { fields: fieldsToFix(figures.waitingFor, t) })}
      </Paragraph>
    );
  }
  // Rust picks the year: the post's first full year at work, or its first year at work.
  const year = figures.cost;
  if (!year) {
    return (
      <Paragraph data-size="sm" className="position-cost" id={id}>
        {t("positionCost.notAtWork")}
      </Paragraph>
    );
  }
  const nok = (v: string) => formatNok(v, locale);
  const caption =
    year.monthsActive === 12
      ? t("positionCost.caption", { year: year.year })
      : t("positionCost.captionPart", { year: year.year, months: year.monthsActive });
  const rows: [string, string, string][] = [
    ["worked", t("positionCost.worked"), year.workedSalary],
    ["holiday", t("positionCost.holidayPay"), year.holidayPay],
    ["pension", vocabulary.budgetLine.pension, year.pension],
    ["aga", vocabulary.budgetLine.employerContribution, year.aga],
  ];
  return (
    <Table data-size="sm" className="position-cost" id={id}>
      <caption>{caption}</caption>
      <Table.Body>
        {rows.map(([key, label, value]) => (
          <Table.Row key={key} data-line={key}>
            <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
            <Table.Cell className="num">{nok(value)}</Table.Cell>
          </Table.Row>
        ))}
        <Table.Row data-line="total" className="total-row">
          <Table.HeaderCell scope="row">{vocabulary.budget.total}</Table.HeaderCell>
          <Table.Cell className="num">{nok(year.payrollCost)}</Table.Cell>
        </Table.Row>
      </Table.Body>
    </Table>
  );
});
