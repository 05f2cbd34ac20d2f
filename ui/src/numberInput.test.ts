import { describe, expect, it } from "vitest";

import { formatPercent } from "./format";
import { decimalForInput, parseNumber, type NumberKind } from "./numberInput";

/** Every form the README's «Numbers you type» names, with what it must read as. The same rule
 * holds in bokmål and in English. */
const READS: readonly [NumberKind, string, string][] = [
  // Amounts: spaces, and a dot or comma before exactly three digits, group thousands.
  ["amount", "460 000", "460000"],
  ["amount", "460000", "460000"],
  ["amount", "460\u00a0000", "460000"],
  ["amount", "460\u202f000", "460000"],
  ["amount", "460.000", "460000"],
  ["amount", "460,000", "460000"],
  ["amount", "1.250.000", "1250000"],
  ["amount", "1,250,000", "1250000"],
  ["amount", "1 250 000", "1250000"],
  // One or two digits after the mark are øre.
  ["amount", "450000,5", "450000.5"],
  ["amount", "450000,50", "450000.50"],
  ["amount", "450000.50", "450000.50"],
  ["amount", "450 000,50", "450000.50"],
  // With both marks the last one marks øre.
  ["amount", "450.000,50", "450000.50"],
  ["amount", "450,000.50", "450000.50"],
  ["amount", "1.250.000,75", "1250000.75"],
  // Units and the Norwegian whole-kroner dash around the number.
  ["amount", "kr 460 000", "460000"],
  ["amount", "460 000 kr", "460000"],
  ["amount", "kr 460 000,-", "460000"],
  ["amount", "460.000,-", "460000"],
  ["amount", "NOK 460,000", "460000"],
  ["amount", "kr. 1 300", "1300"],
  ["amount", "0", "0"],
  ["amount", "007", "7"],
  ["amount", "-1 000", "-1000"],
  ["amount", "\u22121 000", "-1000"],
  // Percentages, weeks and hours: a dot or a comma is the decimal mark.
  ["decimal", "12,5", "12.5"],
  ["decimal", "12.5", "12.5"],
  ["decimal", "12,5 %", "12.5"],
  ["decimal", "12,5%", "12.5"],
  ["decimal", "0,102", "0.102"],
  ["decimal", "4,2", "4.2"],
  ["decimal", "100", "100"],
  ["decimal", "-1", "-1"],
  // Years and counts: digits only.
  ["integer", "2027", "2027"],
  ["integer", " 10 ", "10"],
];

/** Texts that are not a number of the kind as a whole, and the error each gives. */
const REFUSES: readonly [NumberKind, string, string][] = [
  ["amount", "", "empty"],
  ["amount", "   ", "empty"],
  ["amount", "abc", "notANumber"],
  ["amount", "47x 000", "notANumber"],
  ["amount", "460 000 kroner ekstra", "notANumber"],
  ["amount", "4.5e5", "notANumber"],
  ["amount", "12.34.56", "notANumber"],
  ["amount", "1.2.3", "notANumber"],
  ["amount", "1.000,000.5", "notANumber"],
  ["amount", "1,2.3", "notANumber"],
  ["amount", "--1", "notANumber"],
  ["amount", ",5", "notANumber"],
  ["amount", "5,", "notANumber"],
  ["amount", "460 000 %", "notANumber"],
  ["amount", "0,1234", "tooManyDecimals"],
  ["amount", "4600.000", "tooManyDecimals"],
  ["amount", "450.000,505", "tooManyDecimals"],
  ["decimal", "12,5,0", "notANumber"],
  ["decimal", "1.000,5", "notANumber"],
  ["decimal", "12 kr", "notANumber"],
  ["decimal", "ti", "notANumber"],
  ["decimal", "", "empty"],
  ["integer", "2027,5", "notWhole"],
  ["integer", "2,5", "notWhole"],
  ["integer", "ti", "notANumber"],
  ["integer", "-3", "negative"],
  ["integer", "-2,5", "negative"],
  ["integer", "-ti", "notANumber"],
];

describe("parseNumber", () => {
  it.each(READS)("reads the %s %j as %s", (kind, input, expected) => {
    const parsed = parseNumber(input, kind);
    expect(parsed.ok && parsed.value).toBe(expected);
  });

  it.each(REFUSES)("refuses the %s %j (%s), never a beginning of it", (kind, input, error) => {
    expect(parseNumber(input, kind)).toEqual({ ok: false, error });
  });

  it("suggests digits for letters that look like them, and does not read the text", () => {
    expect(parseNumber("47O 000", "amount")).toEqual({
      ok: false,
      error: "notANumber",
      suggestion: "470000",
    });
    expect(parseNumber("l2,5", "decimal")).toEqual({
      ok: false,
      error: "notANumber",
      suggestion: "12.5",
    });
    expect(parseNumber("2O27", "integer")).toEqual({
      ok: false,
      error: "notANumber",
      suggestion: "2027",
    });
  });

  it("asks for words beside an amount when a dot or a comma was read", () => {
    const confirm = (text: string, kind: NumberKind = "amount") => {
      const parsed = parseNumber(text, kind);
      return parsed.ok && parsed.confirm;
    };
    expect(confirm("460.000")).toBe(true);
    expect(confirm("460,000")).toBe(true);
    expect(confirm("450 000,50")).toBe(true);
    expect(confirm("460 000")).toBe(false);
    expect(confirm("kr 460 000,-")).toBe(false);
    expect(confirm("12,5", "decimal")).toBe(false);
  });
});

describe("decimalForInput", () => {
  it("shows Rust's decimals in the user's language", () => {
    expect(decimalForInput("450000.50", "nb")).toBe("450\u00a0000,50");
    expect(decimalForInput("450000.50", "en")).toBe("450,000.50");
    expect(decimalForInput("12.5", "nb", false)).toBe("12,5");
    expect(decimalForInput("12.5", "en", false)).toBe("12.5");
    expect(decimalForInput("100", "nb")).toBe("100");
    expect(decimalForInput("2027", "nb", false)).toBe("2027");
    expect(decimalForInput("-1000", "en")).toBe("-1,000");
  });

  it.each(["0", "7", "999", "1000", "460000", "450000.5", "450000.50", "1250000.75", "-1000"])(
    "writes the amount %s so that it reads back as the same value in both languages",
    (value) => {
      for (const locale of ["nb", "en"] as const) {
        const parsed = parseNumber(decimalForInput(value, locale), "amount");
        expect(parsed.ok && parsed.value).toBe(value);
      }
    },
  );

  it.each(["0", "12.5", "0.102", "100", "4.2", "1000.25"])(
    "writes the decimal %s so that it reads back as the same value in both languages",
    (value) => {
      for (const locale of ["nb", "en"] as const) {
        const parsed = parseNumber(decimalForInput(value, locale, false), "decimal");
        expect(parsed.ok && parsed.value).toBe(value);
      }
    },
  );
});

describe("one rule for decimals in percent and count fields", () => {
  it("shows a percentage or a count without trailing zeros, whatever scale Rust's value has", () => {
    expect(decimalForInput("12.0", "nb", false)).toBe("12");
    expect(decimalForInput("12", "nb", false)).toBe("12");
    expect(decimalForInput("5.0", "nb", false)).toBe("5");
    expect(decimalForInput("10.20", "nb", false)).toBe("10,2");
    expect(decimalForInput("4.25", "en", false)).toBe("4.25");
    // Amounts keep their øre as given.
    expect(decimalForInput("450000.50", "nb")).toBe("450\u00a0000,50");
    expect(formatPercent("12.0", "nb")).toBe("12\u00a0%");
    expect(formatPercent("14.10", "en")).toBe("14.1\u00a0%");
  });
});
