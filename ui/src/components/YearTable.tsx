import { Paragraph, Table } from "@digdir/designsystemet-react";
import { memo, useRef } from "react";

import type { WizardFigures } from "../bindings/WizardFigures";
import { formatDecimal } from "../format";
import { useI18n, useVocabulary } from "../i18n";
import { copyValue } from "../tableCopy";
import { TableRegion } from "./TableRegion";

/** The plan's totals year by year, as Rust computed them; the cliff year is marked. */
export const YearTable = memo(function YearTable({
  projection,
  cliffYear,
}: {
  projection: WizardFigures;
  cliffYear: number | null;
}) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const table = useRef<HTMLTableElement>(null);
  // Amounts without "kr" in every cell; the caption says they are kroner. Copied, each cell is
  // the plain number a spreadsheet reads (tableCopy.ts).
  const amount = (v: string) => ({
    className: "num",
    "data-copy": copyValue(v, locale),
    children: formatDecimal(v, locale),
  });
  return (
    <TableRegion label={t("table.caption")} table={table}>
      <Table data-size="sm" zebra className="year-table" id="year-table" ref={table}>
        <caption>{t("table.caption")}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{vocabulary.tableColumn.year}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {vocabulary.tableColumn.payroll}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {vocabulary.tableColumn.other}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {vocabulary.tableColumn.total}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {vocabulary.tableColumn.grants}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {vocabulary.tableColumn.net}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {vocabulary.tableColumn.runningNet}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {projection.years.map((y) => (
            <Table.Row
              key={y.year}
              data-year={y.year}
              data-cliff={y.year === cliffYear ? "true" : undefined}
            >
              {/* The cliff's year is marked beside the number, not by a word in its cell: the
                cell stays a year when copied, and the column stays narrow. */}
              <Table.HeaderCell scope="row" data-copy={String(y.year)}>
                {y.year}
                {y.year === cliffYear ? (
                  <span className="visually-hidden"> – {t("table.cliff")}</span>
                ) : null}
              </Table.HeaderCell>
              <Table.Cell {...amount(y.payrollCost)} />
              <Table.Cell {...amount(y.otherCosts)} />
              <Table.Cell {...amount(y.totalCost)} />
              <Table.Cell {...amount(y.grants)} />
              <Table.Cell {...amount(y.netCost)} data-cell="net" />
              <Table.Cell {...amount(y.runningNetCost)} />
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row data-year="total">
            <Table.HeaderCell scope="row">{t("table.sum")}</Table.HeaderCell>
            <Table.Cell {...amount(projection.totals.payrollCost)} />
            <Table.Cell {...amount(projection.totals.otherCosts)} />
            <Table.Cell {...amount(projection.totals.totalCost)} />
            <Table.Cell {...amount(projection.totals.grants)} />
            <Table.Cell {...amount(projection.totals.netCost)} />
            <Table.Cell />
          </Table.Row>
        </Table.Foot>
      </Table>
      {cliffYear !== null ? (
        <Paragraph data-size="sm" className="cliff-legend" id="year-table-cliff">
          <span className="cliff-mark" aria-hidden="true" />
          {t("table.cliffLegend", { year: cliffYear })}
        </Paragraph>
      ) : null}
    </TableRegion>
  );
});
