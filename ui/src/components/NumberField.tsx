import { Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";

import type { Report, UiCode } from "../errors";
import { afterPress } from "../afterPress";
import { useDraftError, useSavedDraft } from "../draftErrors";
import { errorText } from "../errors";
import { fieldId } from "../fieldPaths";
import { formatNok } from "../format";
import { useI18n } from "../i18n";
import type { Locale } from "../i18n/messages";
import { decimalForInput, parseNumber, type NumberKind, type ParsedNumber } from "../numberInput";

/**
 * A number as people type it ("460 000", "460.000", "12,5 %"); `numberInput.ts` holds the rules.
 * The text stays as typed, even when it is not a number. Only a text that is a number as a whole
 * reaches `onChange`, as a decimal string for Rust; anything else is a typing error, shown once
 * the user leaves the field (or tries to leave the step), and it keeps the wizard on the step.
 * An amount in which a dot or a comma was read says in words how it was read.
 */
export function NumberField({
  path,
  label,
  value,
  onChange,
  error,
  showErrors,
  description,
  suffix,
  optional = false,
  integerExample,
}: {
  path: string;
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error: string | undefined;
  showErrors: boolean;
  description?: string | undefined;
  /** "kr" makes the field an amount in kroner, read by the rules for amounts (shown as «kr»
   * in bokmål and «NOK» in English). */
  suffix?: string;
  optional?: boolean;
  /** Set for whole numbers (years, counts): an example shown in the error for anything else. */
  integerExample?: string;
}) {
  const { t, locale } = useI18n();
  const kind: NumberKind =
    integerExample !== undefined ? "integer" : suffix === "kr" ? "amount" : "decimal";
  const show = (v: string | null) =>
    v === null ? "" : decimalForInput(v, locale, kind === "amount");
  // A text kept from when the plan was last open (the field had a typing error then) comes back
  // as it was typed, with its error showing.
  const saved = useSavedDraft(path);
  const [text, setText] = useState(() => saved ?? show(value));
  const [seen, setSeen] = useState({ value, locale });
  // The user has left the field once: typing errors show from then on.
  const [touched, setTouched] = useState(saved !== undefined);
  // Follow changes made elsewhere (undo, a reset, the language) unless the text already means
  // the new value in the language it was typed in.
  if (seen.value !== value || seen.locale !== locale) {
    setSeen({ value, locale });
    const current = parseNumber(text, kind);
    const same = current.ok ? current.value === value : text.trim() === "" && value === null;
    if (!same || (seen.locale !== locale && current.ok)) setText(show(value));
  }

  const parsed = parseNumber(text, kind);
  const draftError = typingError(parsed, { path, kind, optional, integerExample, locale });
  useDraftError(path, draftError, text);
  const shownError = showErrors
    ? error
    : touched && draftError
      ? errorText(draftError, t)
      : undefined;
  // Said in words only when the reading is not obvious: not for the app's own way of writing
  // the amount («480,000» in English).
  const readAs =
    parsed.ok && parsed.confirm && text.trim() !== show(parsed.value)
      ? formatNok(parsed.value, locale)
      : null;

  return (
    <div className="number-field">
      <Textfield
        id={fieldId(path)}
        label={label}
        {...(description ? { description } : {})}
        {...(suffix ? { suffix: suffix === "kr" ? t("unit.kr") : suffix } : {})}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        error={shownError}
        onBlur={() => {
          afterPress(() => {
            setTouched(true);
          });
          // Tidy a valid number on leaving the field: "470000" → "470 000".
          const p = parseNumber(text, kind);
          if (p.ok) setText(show(p.value));
        }}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const p = parseNumber(next, kind);
          if (p.ok) onChange(p.value);
          else if (p.error === "empty" && optional) onChange(null);
        }}
      />
      {readAs !== null ? (
        <Paragraph data-size="sm" className="read-as" id={`${fieldId(path)}-read-as`}>
          {t("field.readAs", { value: readAs })}
        </Paragraph>
      ) : null}
    </div>
  );
}

/** The report for a text that is not a number of the field's kind, or null when it is one. */
export function typingError(
  parsed: ParsedNumber,
  field: {
    path: string;
    kind: NumberKind;
    optional: boolean;
    integerExample: string | undefined;
    locale: Locale;
  },
): Report | null {
  if (parsed.ok) return null;
  const report = (code: UiCode, params: Record<string, string> = {}): Report => ({
    code,
    field: field.path,
    message: code,
    params,
  });
  if (parsed.error === "empty") return field.optional ? null : report("input.required");
  if (parsed.suggestion !== undefined) {
    const suggestion = decimalForInput(parsed.suggestion, field.locale, field.kind === "amount");
    return report("input.lookalike", { suggestion });
  }
  switch (field.kind) {
    case "integer":
      // Each says what is actually wrong: below zero, decimals, or not a number at all.
      switch (parsed.error) {
        case "negative":
          return report("input.negative");
        case "notWhole":
          return report("input.not_whole");
        case "notANumber":
        case "tooManyDecimals":
          return report("input.not_an_integer", { example: field.integerExample ?? "1" });
      }
      break;
    case "amount":
      return report(
        parsed.error === "tooManyDecimals" ? "input.too_many_decimals" : "input.not_an_amount",
      );
    case "decimal":
      return report("input.not_a_number");
  }
}
