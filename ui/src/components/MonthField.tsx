import { Field, Label, Select, ValidationMessage } from "@digdir/designsystemet-react";

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
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <div className="month-field">
        <Select
          id={id}
          aria-label={`${label}: ${locale === "nb" ? "måned" : "month"}`}
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
        <Select
          aria-label={`${label}: ${locale === "nb" ? "år" : "year"}`}
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
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
