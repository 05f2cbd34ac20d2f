import { Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";

import type { StoredPlan } from "../bindings/StoredPlan";
import { formatDate } from "../format";
import { useI18n } from "../i18n";
import { STEPS, stepIndex } from "../steps";

export function PlanList({
  plans,
  onNew,
  onOpen,
  busy,
}: {
  plans: readonly StoredPlan[];
  onNew: () => void;
  onOpen: (id: string) => void;
  busy: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="plan-list-heading" className="stack">
      <Heading level={1} data-size="lg" id="plan-list-heading" tabIndex={-1}>
        {t("planList.heading")}
      </Heading>
      <Paragraph>{t("planList.intro")}</Paragraph>
      <div>
        <Button id="new-plan" onClick={onNew} disabled={busy} aria-busy={busy}>
          {t("planList.new")}
        </Button>
      </div>
      {plans.length === 0 ? (
        <Paragraph id="plan-list-empty">{t("planList.empty")}</Paragraph>
      ) : (
        <ul className="plan-list" id="plan-list">
          {plans.map((stored) => {
            const step = STEPS[stepIndex(stored.step)];
            const name = stored.plan.name.trim() || t("planList.untitled");
            return (
              <li key={stored.id}>
                <Card data-color="neutral" className="plan-card">
                  <Heading level={2} data-size="sm">
                    {name}
                  </Heading>
                  <Paragraph data-size="sm">
                    {t("planList.years", {
                      first: stored.plan.firstYear,
                      years: stored.plan.horizonYears,
                    })}
                    {" · "}
                    {t("planList.created", { date: formatDate(stored.plan.createdOn, locale) })}
                    {step ? ` · ${t("planList.step", { step: t(step.title) })}` : null}
                  </Paragraph>
                  <div>
                    <Button
                      variant="secondary"
                      data-color="accent"
                      data-size="sm"
                      onClick={() => {
                        onOpen(stored.id);
                      }}
                    >
                      {t("planList.open", { name })}
                    </Button>
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
