import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useEffect, useState } from "react";

import type { Plan } from "../bindings/Plan";
import type { Scenario } from "../bindings/Scenario";
import type { StressResult } from "../bindings/StressResult";
import { useI18n, useVocabulary } from "../i18n";
import { whatIf } from "../ipc";

/**
 * «Hva om …»: what the employer pays on top if the grants end early or shrink, or wages or prices
 * grow faster. Rust projects a changed copy for each and gives the differences and their texts;
 * each row can become an alternative to compare.
 */
export function WhatIf({
  plan,
  onMakeAlternative,
}: {
  plan: Plan;
  /** Keeps the plan as the stress test changes it, as an alternative to this one. */
  onMakeAlternative: (scenario: Scenario) => void;
}) {
  const { t, locale } = useI18n();
  const vocabulary = useVocabulary();
  const request = JSON.stringify([plan, locale]);
  const [answer, setAnswer] = useState<{ request: string; results: StressResult[] } | null>(null);
  useEffect(() => {
    let live = true;
    whatIf(plan, locale).then(
      (results) => {
        if (live) setAnswer({ request, results });
      },
      () => {
        // A plan Rust refuses has no projection either; the summary says so already.
        if (live) setAnswer({ request, results: [] });
      },
    );
    return () => {
      live = false;
    };
    // The request's JSON stands for the plan and language it is made from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);
  // Earlier figures stay on screen while newer ones are computed (a fraction of a frame).
  const results = answer?.results ?? [];
  if (results.length === 0) return null;
  return (
    <section aria-labelledby="what-if-heading" className="stack" id="what-if">
      <Heading level={2} data-size="sm" id="what-if-heading">
        {vocabulary.document.whatIf}
      </Heading>
      <Paragraph data-size="sm">{t("whatIf.intro")}</Paragraph>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={vocabulary.document.whatIf}
      >
        <Table data-size="sm" zebra className="year-table what-if-table">
          <caption className="visually-hidden">{vocabulary.document.whatIf}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{vocabulary.document.whatIfIf}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {vocabulary.document.whatIfExtraTotal}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {vocabulary.document.whatIfWorstYear}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="visually-hidden">{t("whatIf.keep")}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {results.map((r) => (
              <Table.Row key={r.scenario} data-scenario={r.scenario}>
                <Table.HeaderCell scope="row">{capitalised(r.label)}</Table.HeaderCell>
                <Table.Cell className="num">{r.extraNetCostText}</Table.Cell>
                <Table.Cell className="num">{r.worstYearText}</Table.Cell>
                <Table.Cell>
                  <Button
                    data-size="sm"
                    variant="tertiary"
                    id={`what-if-alternative-${r.scenario}`}
                    aria-label={t("whatIf.makeAlternativeLabel", { scenario: r.label })}
                    onClick={() => {
                      onMakeAlternative(r.scenario);
                    }}
                  >
                    {t("whatIf.makeAlternative")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
