/**
 * Reading the numbers people type, and showing Rust's numbers for editing. This is the one place
 * that decides what a typed number means; it only rearranges characters, never computes, and Rust
 * validates the value it gets. The rules (the README's «Numbers you type» says the same):
 *
 * - The whole text must be a number, or it is an error: never a beginning of it ("47O 000" is
 *   not 47). Spaces are ignored; `kr`, `NOK` and a closing `,-` may stand around an amount, `%`
 *   after a percentage.
 * - Amounts in kroner ("amount"), in both languages: a dot or a comma followed by exactly three
 *   digits groups thousands ("460.000" and "460,000" are 460 000 kr, "1.250.000" too), with one
 *   or two digits it marks øre ("450,5", "450.50"). With both marks, the last one marks øre
 *   ("450.000,50", "450,000.50"). More than two decimals is an error. The field then says in
 *   words how it read a dot or a comma («Lest som 460 000 kr»).
 * - Percentages, weeks and hours ("decimal"): a dot or a comma is the decimal mark ("12,5" and
 *   "12.5" are both 12.5); there is no thousands grouping.
 * - Years and counts ("integer"): digits only.
 */
import { formatDecimal, withoutTrailingZeros } from "./format";
import type { Locale } from "./i18n/messages";

export type NumberKind = "amount" | "decimal" | "integer";

/** Why a text is not a number of its kind. For years and counts: `negative` ("-2"), `notWhole`
 * (a number with decimals, "2,5") or `notANumber` (anything else, "ti"). */
export type NumberError = "empty" | "notANumber" | "tooManyDecimals" | "notWhole" | "negative";

export type ParsedNumber =
  | {
      ok: true;
      /** A plain decimal string for Rust: "460000", "450000.50", "-12.5". */
      value: string;
      /** A dot or a comma was read in an amount: say in words how the text was understood. */
      confirm: boolean;
    }
  | {
      ok: false;
      error: NumberError;
      /** What the text most likely meant (a letter O typed for a zero), as a value for Rust. */
      suggestion?: string;
    };

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const MINUS = /^[-\u2212\u2013]/;

type Read = { value: string } | { error: NumberError };

/** Reads `input` as a number of the given kind. */
export function parseNumber(input: string, kind: NumberKind): ParsedNumber {
  const text = withoutUnits(input, kind);
  if (text === "") return { ok: false, error: "empty" };
  const read = readSigned(text, kind);
  if ("value" in read) {
    return { ok: true, value: read.value, confirm: kind === "amount" && /[.,]/.test(text) };
  }
  // Letters that look like digits: "47O 000" was meant as 470 000.
  const lookalike = text.replace(/[oO]/g, "0").replace(/[lI]/g, "1");
  if (lookalike !== text) {
    const guess = readSigned(lookalike, kind);
    if ("value" in guess) return { ok: false, error: read.error, suggestion: guess.value };
  }
  return { ok: false, error: read.error };
}

function withoutUnits(input: string, kind: NumberKind): string {
  let s = input.trim();
  if (kind === "amount") {
    s = s
      .replace(/^(kr\.?|nok)/i, "")
      .replace(/(kr\.?|nok)$/i, "")
      .trim()
      .replace(/[.,][-\u2013]$/, "");
  } else if (kind === "decimal") {
    s = s.replace(/%$/, "");
  }
  return s.replace(SPACES, "");
}

function readSigned(text: string, kind: NumberKind): Read {
  const negative = MINUS.test(text);
  const digits = negative ? text.slice(1) : text;
  if (negative && kind === "integer") {
    // A count or a number of years is never below zero; say so when that is what is wrong.
    return /^\d+([.,]\d+)?$/.test(digits) ? { error: "negative" } : { error: "notANumber" };
  }
  const read =
    kind === "amount"
      ? readAmount(digits)
      : kind === "decimal"
        ? readDecimal(digits)
        : readWhole(digits);
  if (!("value" in read)) return read;
  const value = read.value.replace(/^0+(?=\d)/, "");
  return { value: negative ? `-${value}` : value };
}

function readWhole(s: string): Read {
  if (/^\d+$/.test(s)) return { value: s };
  return /^\d+[.,]\d+$/.test(s) ? { error: "notWhole" } : { error: "notANumber" };
}

function readDecimal(s: string): Read {
  return /^\d+([.,]\d+)?$/.test(s) ? { value: s.replace(",", ".") } : { error: "notANumber" };
}

/** `text` is digits grouped in threes by `mark`, the first group one to three digits. */
function groupedBy(text: string, mark: string): boolean {
  return new RegExp(`^\\d{1,3}(\\${mark}\\d{3})*$`).test(text);
}

function readAmount(s: string): Read {
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return { error: "notANumber" };
  const marks = s.replace(/\d/g, "");
  const last = marks.at(-1);
  if (last === undefined) return { value: s };
  const at = s.lastIndexOf(last);
  const head = s.slice(0, at);
  const tail = s.slice(at + 1);
  const other = last === "." ? "," : ".";
  if (marks.includes(other)) {
    // Both marks: the last one marks øre, the other groups thousands.
    if (marks.slice(0, -1).includes(last) || !groupedBy(head, other))
      return { error: "notANumber" };
    if (tail.length > 2) return { error: "tooManyDecimals" };
    return { value: `${head.split(other).join("")}.${tail}` };
  }
  if (marks.length > 1) {
    // One mark several times groups thousands: "1.250.000".
    return groupedBy(s, last) ? { value: s.split(last).join("") } : { error: "notANumber" };
  }
  if (tail.length === 3 && head.length <= 3) return { value: `${head}${tail}` };
  if (tail.length <= 2) return { value: `${head}.${tail}` };
  return { error: "tooManyDecimals" };
}

/** A decimal string from Rust shown for editing in the user's language: "450000.50" →
 * "450 000,50" (nb) or "450,000.50" (en). Years and counts are shown without grouping
 * (`group = false`): "2027", not "2 027". What this writes, `parseNumber` reads back as the same
 * value. */
export function decimalForInput(value: string, locale: Locale, group = true): string {
  // As the app shows numbers, but with the minus sign people type. Percentages, weeks and
  // hours are shown without trailing zeros ("12", "5", "10,2"), whatever scale Rust's value
  // has ("12.0" from a preset, "12" typed): one rule for every such field.
  const shown = group ? value : withoutTrailingZeros(value);
  return formatDecimal(shown, locale, group).replace("\u2212", "-");
}
