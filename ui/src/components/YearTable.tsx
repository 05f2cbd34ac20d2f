import { Table, Tag } from "@digdir/designsystemet-react";

import type { WizardFigures } from "../bindings/WizardFigures";
import { formatDecimal } from "../format";
import { useI18n } from "../i18n";

/** The plan's totals year by year, as Rust computed them; the cliff year is marked. */
export function YearTable({
  projection,
  cliffYear,
}: {
  projection: WizardFigures;
  cliffYear: number | null;
}) {
  const { t, locale } = useI18n();
  // Amounts without "kr" in every cell; the caption says they are kroner.
  const nok = (v: string) => formatDecimal(v, locale);
  return (
    // A region the keyboard can reach, so a table wider than the window can be scrolled.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t("table.caption")}>
      <Table data-size="sm" zebra className="year-table" id="year-table">
        <caption>{t("table.caption")}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("table.year")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t("table.payroll")}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t("table.other")}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t("table.total")}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t("table.grants")}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t("table.net")}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t("table.runningNet")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {projection.years.map((y) => (
            <Table.Row key={y.year} data-year={y.year}>
              <Table.HeaderCell scope="row">
                {y.year}
                {y.year === cliffYear ? (
                  <>
                    {" "}
                    <Tag data-color="warning" data-size="sm">
                      {t("table.cliff")}
                    </Tag>
                  </>
                ) : null}
              </Table.HeaderCell>
              <Table.Cell className="num">{nok(y.payrollCost)}</Table.Cell>
              <Table.Cell className="num">{nok(y.otherCosts)}</Table.Cell>
              <Table.Cell className="num">{nok(y.totalCost)}</Table.Cell>
              <Table.Cell className="num">{nok(y.grants)}</Table.Cell>
              <Table.Cell className="num" data-cell="net">
                {nok(y.netCost)}
              </Table.Cell>
              <Table.Cell className="num">{nok(y.runningNetCost)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row data-year="total">
            <Table.HeaderCell scope="row">{t("table.sum")}</Table.HeaderCell>
            <Table.Cell className="num">{nok(projection.totals.payrollCost)}</Table.Cell>
            <Table.Cell className="num">{nok(projection.totals.otherCosts)}</Table.Cell>
            <Table.Cell className="num">{nok(projection.totals.totalCost)}</Table.Cell>
            <Table.Cell className="num">{nok(projection.totals.grants)}</Table.Cell>
            <Table.Cell className="num">{nok(projection.totals.netCost)}</Table.Cell>
            <Table.Cell />
          </Table.Row>
        </Table.Foot>
      </Table>
    </div>
  );
}
