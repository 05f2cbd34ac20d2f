import { Alert, Heading, Link, List } from "@digdir/designsystemet-react";

import type { MissingKind } from "../bindings/MissingKind";
import type { MissingNote } from "../bindings/MissingNote";
import { fieldId } from "../fieldPaths";
import { useVocabulary } from "../i18n";

/** Where the link for each kind goes: the field that fills it in, or the button that adds
 * what is missing. A kind without a target here is a type error. */
const TARGETS: Readonly<Record<MissingKind, (field: string) => string>> = {
  organisationName: (field) => fieldId(field),
  noPositions: () => "add-position",
  pensionRateNotConfirmed: (field) => fieldId(field),
  financingAfterGrants: (field) => fieldId(field),
  noSupervision: () => "add-item-supervision",
};

/** At the top of a step: what it still lacks (worded by Rust), each a link to where it is
 * filled in. */
export function MissingNotice({ missing }: { missing: readonly MissingNote[] }) {
  const vocabulary = useVocabulary();
  if (missing.length === 0) return null;
  return (
    <Alert data-color="warning" id="step-missing">
      <Heading level={2} data-size="2xs">
        {vocabulary.document.missing}
      </Heading>
      <List.Unordered>
        {missing.map(({ missing: m, text }) => (
          <List.Item key={`${m.kind}-${m.field}`}>
            <Link href={`#${TARGETS[m.kind](m.field)}`}>{text}</Link>
          </List.Item>
        ))}
      </List.Unordered>
    </Alert>
  );
}
