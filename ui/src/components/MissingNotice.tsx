import { Alert, Heading, Link, List } from "@digdir/designsystemet-react";

import type { Missing } from "../bindings/Missing";
import type { MissingKind } from "../bindings/MissingKind";
import { fieldId } from "../fieldPaths";
import type { Translate } from "../i18n";
import { useI18n } from "../i18n";
import type { MessageKey } from "../i18n/messages";

/** The words for each thing a step can lack (Rust decides what is missing). A kind without
 * words here is a type error. */
const WORDS: Readonly<Record<MissingKind, MessageKey>> = {
  organisationName: "missing.organisationName",
  noPositions: "missing.noPositions",
  pensionRateNotConfirmed: "missing.pensionRateNotConfirmed",
  financingAfterGrants: "missing.financingAfterGrants",
  noSupervision: "missing.noSupervision",
};

/** Where the link for each kind goes: the field that fills it in, or the button that adds
 * what is missing. */
const TARGETS: Readonly<Record<MissingKind, (m: Missing) => string>> = {
  organisationName: (m) => fieldId(m.field),
  noPositions: () => "add-position",
  pensionRateNotConfirmed: (m) => fieldId(m.field),
  financingAfterGrants: (m) => fieldId(m.field),
  noSupervision: () => "add-item-supervision",
};

/** One sentence for what is missing, naming the post (number and title) where it is about one. */
export function missingText(m: Missing, t: Translate): string {
  return t(WORDS[m.kind], {
    n: m.positionNumber ?? "",
    title: m.positionTitle?.trim() || t("missing.untitledPosition"),
  });
}

/** At the top of a step: what it still lacks, each a link to where it is filled in. */
export function MissingNotice({ missing }: { missing: readonly Missing[] }) {
  const { t } = useI18n();
  if (missing.length === 0) return null;
  return (
    <Alert data-color="warning" id="step-missing">
      <Heading level={2} data-size="2xs">
        {t("missing.heading")}
      </Heading>
      <List.Unordered>
        {missing.map((m) => (
          <List.Item key={`${m.kind}-${m.field}`}>
            <Link href={`#${TARGETS[m.kind](m)}`}>{missingText(m, t)}</Link>
          </List.Item>
        ))}
      </List.Unordered>
    </Alert>
  );
}
