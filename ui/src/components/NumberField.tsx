import { Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";

import type { ErrorReport } from "../bindings/ErrorReport";
import { useDraftError } from "../draftErrors";
import { fieldId } from "../fieldPaths";
import { decimalForInput, parseNorwegianNumber } from "../numberInput";

/**
 * A number typed the Norwegian way ("450 000,50", "12,5 %"). The text stays as typed, even when
 * it is not a number; a number goes to `onChange` as a decimal string for Rust. `showErrors`
 * decides when a typing error is shown (with Rust's errors, after the user tries to move on).
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
  description?: string;
  suffix?: string;
  optional?: boolean;
  /** Set for whole numbers (years, counts): an example shown in the error for anything else. */
  integerExample?: string;
}) {
  const shown = value === null ? "" : decimalForInput(value, integerExample === undefined);
  const [text, setText] = useState(shown);
  const [seen, setSeen] = useState(value);
  // Follow changes made elsewhere (undo, a reset) unless the text already means the new value.
  if (seen !== value) {
    setSeen(value);
    const current = accept(text, integerExample !== undefined);
    const same = current.ok ? current.value === value : text.trim() === "" && value === null;
    if (!same) setText(shown);
  }

  const parsed = accept(text, integerExample !== undefined);
  const draftError: ErrorReport | null =
    text.trim() === ""
      ? optional
        ? null
        : { code: "input.required", field: path, message: "empty", params: {} }
      : parsed.ok
        ? null
        : integerExample !== undefined
          ? {
              code: "input.not_whole",
              field: path,
              message: "not a whole number",
              params: { example: integerExample },
            }
          : { code: "input.not_a_number", field: path, message: "not a number", params: {} };
  useDraftError(path, draftError);
  const shownError = showErrors ? error : undefined;

  return (
    <Textfield
      id={fieldId(path)}
      label={label}
      {...(description ? { description } : {})}
      {...(suffix ? { suffix } : {})}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      error={shownError}
      onBlur={() => {
        // Tidy a valid number on leaving the field: "470000" → "470 000".
        const p = accept(text, integerExample !== undefined);
        if (p.ok) setText(decimalForInput(p.value, integerExample === undefined));
      }}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        const p = accept(next, integerExample !== undefined);
        if (p.ok) onChange(p.value);
        else if (next.trim() === "" && optional) onChange(null);
      }}
    />
  );
}

function accept(text: string, integer: boolean) {
  const parsed = parseNorwegianNumber(text);
  return parsed.ok && integer && !/^\d+$/.test(parsed.value) ? { ok: false as const } : parsed;
}
