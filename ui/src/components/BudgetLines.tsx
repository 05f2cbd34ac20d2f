import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useRef } from "react";

import type { BudgetCode } from "../bindings/BudgetCode";
import type { BudgetCodes } from "../bindings/BudgetCodes";
import type { BudgetLine } from "../bindings/BudgetLine";
import type { BudgetLines } from "../bindings/BudgetLines";
import type { Plan } from "../bindings/Plan";
import { fieldId } from "../fieldPaths";
import { formatDecimal } from "../format";
import { useI18n, useVocabulary } from "../i18n";
import type { PlanChange } from "../views/steps/types";
import { copyValue } from "../tableCopy";
import { TableRegion } from "./TableRegion";
import { TextField } from "./TextField";

/** A code as it reads beside a line: «010 (etter KOSTRA)», «– (settes av dere)». */
function useCodeText() {
  const vocabulary = useVocabulary();
  return (code: BudgetCode) => `${code.code ?? "–"} (${vocabulary.codeOrigin[code.origin]})`;
}

/** `plan` keeping `codes`; with none left it keeps no codes at all (the file leaves them out). */
function withCodes(plan: Plan, codes: BudgetCodes): Plan {
  const rest = Object.fromEntries(
    Object.entries(plan).filter(([key]) => key !== "budgetCodes"),
  ) as Plan;
  const empty = codes.function === undefined && Object.keys(codes.arts).length === 0;
  return empty ? rest : { ...rest, budgetCodes: codes };
}

/** «Budsjettlinjer» on the summary: the costs split into the lines of a budget, as Rust split
 * them, with the function and each line's art. The user sets a code where the chart of accounts
 * does not (or keeps another chart); an empty field means the chart's code, or none. */
export function BudgetLinesEditor({
  plan,
  lines,
  onChange,
  errorFor,
}: {
  plan: Plan;
  lines: BudgetLines;
  onChange: (change: PlanChange) => void;
  /** The message beside a code field, shown as soon as the code is wrong: the summary has no
   * «Neste» to wait for. */
  errorFor: (path: string) => string | undefined;
}) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const codeText = useCodeText();
  const table = useRef<HTMLTableElement>(null);
  const setCodes = (change: (codes: BudgetCodes) => BudgetCodes) => {
    onChange((current) => withCodes(current, change(current.budgetCodes ?? { arts: {} })));
  };
  const setFunction = (value: string) => {
    setCodes((codes) =>
      value === "" ? { arts: codes.arts } : { arts: codes.arts, function: value },
    );
  };
  const setArt = (line: BudgetLine, value: string) => {
    setCodes((codes) => {
      const others = Object.entries(codes.arts).filter(([key]) => key !== line);
      const arts = Object.fromEntries(
        value === "" ? others : [...others, [line, value]],
      ) as BudgetCodes["arts"];
      return { ...codes, arts };
    });
  };
  const functionNow = lines.rows[0]?.function;
  const functionPath = "budgetCodes.function";
  return (
    <section className="stack" id="budget-lines" aria-labelledby="budget-heading">
      <Heading level={2} data-size="sm" id="budget-heading">
        {vocabulary.budget.title}
      </Heading>
      <Paragraph data-size="sm">{t("budget.intro")}</Paragraph>
      <TextField
        id={fieldId(functionPath)}
        label={vocabulary.budget.function}
        description={
          functionNow ? t("budget.functionNow", { code: codeText(functionNow) }) : undefined
        }
        value={plan.budgetCodes?.function ?? ""}
        error={errorFor(functionPath)}
        autoComplete="off"
        spellCheck={false}
        className="code-field"
        onChange={(e) => {
          setFunction(e.target.value);
        }}
      />
      <TableRegion label={vocabulary.budget.title} table={table}>
        <Table data-size="sm" zebra className="budget-table" id="budget-table" ref={table}>
          <caption>{t("budget.caption")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{vocabulary.budget.line}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("budget.now")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("budget.yours")}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {lines.firstYear}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {vocabulary.budget.total}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {lines.rows.map((row) => {
              const path = `budgetCodes.arts.${row.line}`;
              const name = vocabulary.budgetLine[row.line];
              const error = errorFor(path);
              return (
                <Table.Row key={row.line} data-line={row.line}>
                  <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
                  <Table.Cell data-cell="now">{codeText(row.art)}</Table.Cell>
                  <Table.Cell data-copy={plan.budgetCodes?.arts[row.line] ?? ""}>
                    <TextField
                      id={fieldId(path)}
                      aria-label={t("budget.artFor", { line: name })}
                      value={plan.budgetCodes?.arts[row.line] ?? ""}
                      error={error}
                      autoComplete="off"
                      spellCheck={false}
                      className="code-field"
                      data-size="sm"
                      onChange={(e) => {
                        setArt(row.line, e.target.value);
                      }}
                    />
                  </Table.Cell>
                  <Table.Cell className="num" data-copy={copyValue(row.amounts[0] ?? "0", locale)}>
                    {formatDecimal(row.amounts[0] ?? "0", locale)}
                  </Table.Cell>
                  <Table.Cell className="num" data-copy={copyValue(row.total, locale)}>
                    {formatDecimal(row.total, locale)}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableRegion>
      <BudgetNotes lines={lines} />
    </section>
  );
}

/** Where the codes come from, and what a code that is the user's means. */
function BudgetNotes({ lines }: { lines: BudgetLines }) {
  const vocabulary = useVocabulary();
  return (
    <>
      {lines.chartUsed ? (
        <Paragraph data-size="sm" className="budget-note" id="budget-source">
          {vocabulary.budget.chartNote}
        </Paragraph>
      ) : null}
      <Paragraph data-size="sm" className="budget-note">
        {vocabulary.budget.unsetNote}
      </Paragraph>
    </>
  );
}

/** Many plans' budget lines added up (the portfolio): function, art, line and the total. */
export function BudgetLinesTable({ lines }: { lines: BudgetLines }) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const codeText = useCodeText();
  const table = useRef<HTMLTableElement>(null);
  if (lines.rows.length === 0) return null;
  return (
    <section className="stack" id="portfolio-budget" aria-labelledby="portfolio-budget-heading">
      <Heading level={2} data-size="sm" id="portfolio-budget-heading">
        {vocabulary.budget.title}
      </Heading>
      <Paragraph data-size="sm">{t("budget.portfolioIntro")}</Paragraph>
      <TableRegion label={vocabulary.budget.title} table={table}>
        <Table
          data-size="sm"
          zebra
          className="budget-table"
          id="portfolio-budget-table"
          ref={table}
        >
          <caption>{t("budget.caption")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{vocabulary.budget.function}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{vocabulary.budget.art}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{vocabulary.budget.line}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {vocabulary.budget.total}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {lines.rows.map((row) => (
              <Table.Row
                key={`${row.function.code ?? ""}-${row.line}-${row.art.code ?? ""}`}
                data-line={row.line}
              >
                <Table.Cell>{codeText(row.function)}</Table.Cell>
                <Table.Cell>{codeText(row.art)}</Table.Cell>
                <Table.HeaderCell scope="row">{vocabulary.budgetLine[row.line]}</Table.HeaderCell>
                <Table.Cell className="num" data-copy={copyValue(row.total, locale)}>
                  {formatDecimal(row.total, locale)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableRegion>
      <BudgetNotes lines={lines} />
    </section>
  );
}
