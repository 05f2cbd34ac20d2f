import { Button, Heading, List, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useRef } from "react";

import { useI18n } from "../i18n";
import { STEPS } from "../steps";

/** What the wizard covers, what to have at hand, and how long it takes: shown once for a new
 * plan, before step 1. */
export function IntroPage({
  planName,
  onStart,
  onBack,
}: {
  planName: string;
  onStart: () => void;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="stack intro" aria-labelledby="intro-heading">
      <Heading level={1} data-size="lg" id="intro-heading" tabIndex={-1} ref={heading}>
        {t("intro.heading")}
      </Heading>
      <Paragraph data-size="sm">{planName}</Paragraph>
      <Paragraph>{t("intro.lead")}</Paragraph>
      <Heading level={2} data-size="sm">
        {t("intro.covers")}
      </Heading>
      <List.Ordered id="intro-steps">
        {STEPS.map((step) => (
          <List.Item key={step.id}>
            <strong>{t(step.title)}:</strong> {t(step.covers)}
          </List.Item>
        ))}
      </List.Ordered>
      <Heading level={2} data-size="sm">
        {t("intro.atHand")}
      </Heading>
      <List.Unordered>
        <List.Item>{t("intro.atHand.1")}</List.Item>
        <List.Item>{t("intro.atHand.2")}</List.Item>
        <List.Item>{t("intro.atHand.3")}</List.Item>
        <List.Item>{t("intro.atHand.4")}</List.Item>
      </List.Unordered>
      <Paragraph>{t("intro.time")}</Paragraph>
      <div className="button-row">
        <Button id="start-wizard" onClick={onStart}>
          {t("intro.start")}
        </Button>
        <Button variant="tertiary" onClick={onBack}>
          {t("wizard.backToList")}
        </Button>
      </div>
    </section>
  );
}
