/**
 * Reading numbers the way Norwegians type them: "450 000", "450000,50", "450.000,50",
 * "12,5 %", "12,5", "kr 1 300". The result is a plain decimal string for Rust ("450000.50"); this
 * only rearranges characters, it never computes, and Rust validates the value.
 */

export type ParsedNumber = { ok: true; value: string } | { ok: false };

const SPACES = /[\s\u00a0\u202f]/g;

export function parseNorwegianNumber(input: string): ParsedNumber {
  let s = input
    .trim()
    .replace(/^kr\.?/i, "")
    .replace(/(kr\.?|nok|%)$/i, "")
    .replace(SPACES, "");
  if (s === "") return { ok: false };
  const negative = s.startsWith("-") || s.startsWith("\u2212");
  if (negative) s = s.slice(1);
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas > 1) return { ok: false };
  if (commas === 1) {
    // Decimal comma; dots may only group thousands ("450.000,50").
    const [int = "", frac = ""] = s.split(",");
    if (dots > 0 && !/^\d{1,3}(\.\d{3})+$/.test(int)) return { ok: false };
    s = `${int.replace(/\./g, "")}.${frac}`;
  } else if (dots > 1) {
    // "1.250.000": dots group thousands.
    if (!/^\d{1,3}(\.\d{3})+$/.test(s)) return { ok: false };
    s = s.replace(/\./g, "");
  }
  if (!/^\d+(\.\d+)?$/.test(s)) return { ok: false };
  s = s.replace(/^0+(?=\d)/, "");
  return { ok: true, value: negative ? `-${s}` : s };
}

/** A decimal string from Rust shown for editing: "450000.50" → "450 000,50". Years and counts
 * are shown without grouping (`group = false`): "2027", not "2 027". */
export function decimalForInput(value: string, group = true): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return value;
  const [, sign = "", int = "", frac] = m;
  const grouped = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0") : int;
  return `${sign}${grouped}${frac === undefined ? "" : `,${frac}`}`;
}
