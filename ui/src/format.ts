/**
 * Display formatting of the decimal strings that come from Rust. This only rearranges digits
 * (grouping, decimal mark); it never does arithmetic, so what is shown is exactly what Rust
 * computed.
 */
import type { Locale } from "./i18n/messages";

const NBSP = "\u00a0";
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** "450000.5" → "450 000,5" (nb) or "450,000.5" (en); `group = false` leaves out the thousands
 * separator ("2027"). Returns the input unchanged if it is not a plain decimal string. */
export function formatDecimal(value: string, locale: Locale, group = true): string {
  const m = DECIMAL.exec(value.trim());
  if (!m) return value;
  const [, sign = "", int = "", frac] = m;
  const minus = sign ? "\u2212" : "";
  const [separator, mark] = locale === "nb" ? [NBSP, ","] : [",", "."];
  const grouped = group ? groupThousands(int, separator) : int;
  return frac === undefined ? `${minus}${grouped}` : `${minus}${grouped}${mark}${frac}`;
}

/** "14.1" → "14,1 %", "12.0" → "12 %": a percentage without trailing zeros, as its field
 * shows it. */
export function formatPercent(value: string, locale: Locale): string {
  return `${formatDecimal(withoutTrailingZeros(value), locale)}${NBSP}%`;
}

/** "12.0" → "12", "10.20" → "10.2", "450000" → "450000": the same number, written shortest. */
export function withoutTrailingZeros(value: string): string {
  return /^-?\d+\.\d+$/.test(value) ? value.replace(/\.?0+$/, "") : value;
}

/** "450000.00" → "450 000,00 kr" (nb) or "NOK 450,000.00" (en). */
export function formatNok(value: string, locale: Locale): string {
  const n = formatDecimal(value, locale);
  return locale === "nb" ? `${n}${NBSP}kr` : `NOK${NBSP}${n}`;
}

/** "2026-11-22" → "22.11.2026" (nb) or "22 Nov 2026" (en). */
export function formatDate(isoDate: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  const [, y = "", mo = "", d = ""] = m;
  if (locale === "nb") return `${d}.${mo}.${y}`;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** Today's date in the user's time zone as YYYY-MM-DD: the UI's clock, passed to Rust. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An ISO 8601 moment in the user's time zone: "12.03.2027 kl. 08.30" (nb) or
 * "12 Mar 2027, 08:30" (en). */
export function formatDateTime(iso: string, locale: Locale): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  const local = `${String(moment.getFullYear())}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
  const date = formatDate(local, locale);
  return locale === "nb"
    ? `${date} kl. ${pad(moment.getHours())}.${pad(moment.getMinutes())}`
    : `${date}, ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}
