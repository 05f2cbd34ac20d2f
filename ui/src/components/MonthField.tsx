import { Field, Fieldset, Label, Select, ValidationMessage } from "@digdir/designsystemet-react";

import type { YearMonth } from "../bindings/YearMonth";
import { fieldId } from "../fieldPaths";
import { useI18n } from "../i18n";

const MONTHS_NB = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A calendar month ("2027-08") as a month and a year, chosen from the plan's years. */
export function MonthField({
  path,
  label,
  value,
  years,
  onChange,
  error,
}: {
  path: string;
  label: string;
  value: YearMonth;
  years: readonly number[];
  onChange: (value: YearMonth) => void;
  error: string | undefined;
}) {
  const { locale } = useI18n();
  const [year = "", month = "01"] = value.split("-");
  const names = locale === "nb" ? MONTHS_NB : MONTHS_EN;
  const yearOptions = years.includes(Number(year)) ? years : [Number(year), ...years];
  const id = fieldId(path);
  const [monthWord, yearWord] = locale === "nb" ? ["Måned", "År"] : ["Month", "Year"];
  // Two selects are a group: a fieldset with the label as its legend, each select its own field.
  return (
    <Fieldset className="month-fieldset">
      <Fieldset.Legend>{label}</Fieldset.Legend>
      <div className="month-field">
        <Field>
          <Label htmlFor={id} data-size="sm">
            {monthWord}
          </Label>
          <Select
            id={id}
            value={month}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              onChange(`${year}-${e.target.value}`);
            }}
          >
            {names.map((n, i) => {
              const m = String(i + 1).padStart(2, "0");
              return (
                <Select.Option key={m} value={m}>
                  {n}
                </Select.Option>
              );
            })}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${id}-year`} data-size="sm">
            {yearWord}
          </Label>
          <Select
            id={`${id}-year`}
            value={year}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              onChange(`${e.target.value}-${month}`);
            }}
          >
            {yearOptions.map((y) => (
              <Select.Option key={y} value={String(y)}>
                {y}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
