import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Spinner,
  Table,
} from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";

import type { Portfolio } from "../bindings/Portfolio";
import type { StoredPlan } from "../bindings/StoredPlan";
import { BudgetLinesTable } from "../components/BudgetLines";
import { ExportPortfolio } from "../components/Export";
import { TableRegion } from "../components/TableRegion";
import { errorText } from "../errors";
import { formatDecimal, formatNok } from "../format";
import { useI18n, useVocabulary } from "../i18n";
import { portfolio, toIpcError, type IpcError } from "../ipc";
import { copyValue } from "../tableCopy";

type State =
  | { status: "loading" }
  | { status: "ready"; portfolio: Portfolio }
  | { status: "failed"; error: IpcError };

/**
 * «Alle planene samlet»: the plans chosen added up year by year, for the budget officer. Rust
 * projects each plan and adds them up; this view lets the user choose the plans and lays the
 * figures out: what the organisation must find itself year by year, the largest step, the
 * plans left out with why, and every grant with the years it pays in.
 */
export function PortfolioView({
  plans,
  chosen,
  onChoose,
  onBack,
}: {
  plans: readonly StoredPlan[];
  /** The ids of the plans counted, in the plan list's order. */
  chosen: readonly string[];
  onChoose: (ids: string[]) => void;
  onBack: () => void;
}) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const words = vocabulary.portfolio;
  const [answer, setAnswer] = useState<{ request: string; state: State } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const name = (p: StoredPlan) => p.plan.name.trim() || t("planList.untitled");
  const sent = plans
    .filter((p) => chosen.includes(p.id))
    .map((p) => ({ name: name(p), plan: p.plan }));
  const request = JSON.stringify([sent, locale]);
  const state: State = answer?.request === request ? answer.state : { status: "loading" };

  useEffect(() => {
    let live = true;
    portfolio(sent, locale).then(
      (result) => {
        if (live) setAnswer({ request, state: { status: "ready", portfolio: result } });
      },
      (reason: unknown) => {
        if (live) setAnswer({ request, state: { status: "failed", error: toIpcError(reason) } });
      },
    );
    return () => {
      live = false;
    };
    // The request's JSON stands for the plans and the language it is made from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  return (
    <section aria-labelledby="portfolio-heading" className="stack portfolio">
      <div>
        <Button variant="tertiary" data-size="sm" id="portfolio-back" onClick={onBack}>
          ← {t("wizard.backToList")}
        </Button>
      </div>
      <Heading level={1} data-size="lg" id="portfolio-heading" tabIndex={-1} ref={heading}>
        {words.title}
      </Heading>
      <Paragraph>{t("portfolio.intro")}</Paragraph>
      <Fieldset id="portfolio-plans">
        <Fieldset.Legend>{t("portfolio.choose")}</Fieldset.Legend>
        <Fieldset.Description>{t("portfolio.chooseHelp")}</Fieldset.Description>
        {plans.map((p) => (
          <Checkbox
            key={p.id}
            id={`portfolio-plan-${p.id}`}
            label={name(p)}
            value={p.id}
            checked={chosen.includes(p.id)}
            onChange={(e) => {
              const on = e.target.checked;
              onChoose(
                plans.filter((x) => (x.id === p.id ? on : chosen.includes(x.id))).map((x) => x.id),
              );
            }}
          />
        ))}
      </Fieldset>
      {sent.length === 0 ? (
        <Paragraph id="portfolio-none">{t("portfolio.none")}</Paragraph>
      ) : state.status === "loading" ? (
        <Paragraph>
          <Spinner aria-hidden="true" data-size="sm" /> {t("portfolio.loading")}
        </Paragraph>
      ) : state.status === "failed" ? (
        <Alert data-color="danger" id="portfolio-error">
          {errorText(state.error.report(), t)}
        </Alert>
      ) : (
        <>
          <PortfolioFigures portfolio={state.portfolio} />
          <ExportPortfolio plans={sent} />
        </>
      )}
    </section>
  );
}

function PortfolioFigures({ portfolio: p }: { portfolio: Portfolio }) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const words = vocabulary.portfolio;
  const columns = vocabulary.tableColumn;
  const table = useRef<HTMLTableElement>(null);
  const [step, ...otherNotes] = p.notes;
  // Amounts without "kr" in every cell (the caption says kroner); copied, the plain number.
  const cell = (v: string) => ({
    className: "num",
    "data-copy": copyValue(v, locale),
    children: formatDecimal(v, locale),
  });
  return (
    <>
      {p.leftOut.length > 0 ? (
        <Alert data-color="warning" id="portfolio-left-out">
          <Heading level={2} data-size="2xs">
            {words.leftOut}
          </Heading>
          <ul>
            {p.leftOut.map((left) => (
              <li key={left.name}>
                {t("portfolio.leftOutPlan", {
                  name: left.name,
                  reason: errorText(left.error, t),
                })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {step ? (
        <Paragraph id="portfolio-step" className="lead">
          {step}
        </Paragraph>
      ) : null}
      {otherNotes.map((note) => (
        <Paragraph key={note} data-size="sm" id="portfolio-years-note">
          {note}
        </Paragraph>
      ))}
      <TableRegion label={vocabulary.document.yearByYear} table={table}>
        <Table data-size="sm" zebra id="portfolio-years" ref={table}>
          <caption>{t("table.caption")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{columns.year}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {words.posts}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {words.fullTimeEquivalents}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {columns.total}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {columns.grants}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {columns.net}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {words.change}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {p.years.map((y) => (
              <Table.Row key={y.year} data-year={y.year}>
                <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
                <Table.Cell {...cell(String(y.posts))} />
                <Table.Cell {...cell(y.fullTimeEquivalents)} />
                <Table.Cell {...cell(y.totalCost)} />
                <Table.Cell {...cell(y.grants)} />
                <Table.Cell {...cell(y.netCost)} />
                {y.change === null ? <Table.Cell /> : <Table.Cell {...cell(y.change)} />}
              </Table.Row>
            ))}
          </Table.Body>
          <tfoot>
            <Table.Row>
              <Table.HeaderCell scope="row">{t("table.sum")}</Table.HeaderCell>
              <Table.Cell />
              <Table.Cell />
              <Table.Cell {...cell(p.totals.totalCost)} />
              <Table.Cell {...cell(p.totals.grants)} />
              <Table.Cell {...cell(p.totals.netCost)} />
              <Table.Cell />
            </Table.Row>
          </tfoot>
        </Table>
      </TableRegion>
      <Heading level={2} data-size="sm" id="portfolio-grants-heading">
        {words.grantsHeading}
      </Heading>
      {p.grants.length === 0 ? (
        <Paragraph id="portfolio-no-grants">{t("portfolio.noGrants")}</Paragraph>
      ) : (
        <ul
          className="portfolio-grants"
          id="portfolio-grants"
          aria-labelledby="portfolio-grants-heading"
        >
          {p.grants.map((g) => (
            <li key={`${g.plan}-${g.grant}`}>
              <strong>
                {g.firstPaid === null || g.lastPaid === null
                  ? words.paysNothing
                  : g.firstPaid === g.lastPaid
                    ? String(g.lastPaid)
                    : `${String(g.firstPaid)}–${String(g.lastPaid)}`}
              </strong>{" "}
              {t("portfolio.grantOf", {
                grant: g.grant,
                plan: g.plan,
                total: formatNok(g.total, locale),
              })}
            </li>
          ))}
        </ul>
      )}
      <BudgetLinesTable lines={p.budget} />
    </>
  );
}
