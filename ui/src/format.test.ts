import { describe, expect, it } from "vitest";

import { formatDate, formatDecimal, formatNok, formatPercent, todayIso } from "./format";

const NBSP = "\u00a0";

describe("Norwegian number format", () => {
  it("groups thousands with a no-break space and uses a decimal comma", () => {
    expect(formatNok("450000.00", "nb")).toBe(`450${NBSP}000,00${NBSP}kr`);
    expect(formatNok("1234567.5", "nb")).toBe(`1${NBSP}234${NBSP}567,5${NBSP}kr`);
    expect(formatNok("999", "nb")).toBe(`999${NBSP}kr`);
  });

  it("writes English amounts the English way", () => {
    expect(formatNok("450000.00", "en")).toBe(`NOK${NBSP}450,000.00`);
  });

  it("never changes the digits Rust sent", () => {
    // Values a float would mangle stay exact.
    expect(formatDecimal("12345678901234567890.01", "nb")).toBe(
      `12${NBSP}345${NBSP}678${NBSP}901${NBSP}234${NBSP}567${NBSP}890,01`,
    );
    expect(formatDecimal("-0.10", "nb")).toBe("\u22120,10");
    expect(formatDecimal("not a number", "nb")).toBe("not a number");
  });

  it("formats percentages", () => {
    expect(formatPercent("14.1", "nb")).toBe(`14,1${NBSP}%`);
    expect(formatPercent("0", "nb")).toBe(`0${NBSP}%`);
    expect(formatPercent("10.6", "en")).toBe(`10.6${NBSP}%`);
  });

  it("formats dates", () => {
    expect(formatDate("2026-11-22", "nb")).toBe("22.11.2026");
    expect(formatDate("2026-01-05", "en")).toBe("5 Jan 2026");
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});
