import { describe, expect, it } from "vitest";

import { decimalForInput, parseNorwegianNumber } from "./numberInput";

describe("parseNorwegianNumber", () => {
  it.each([
    ["450 000", "450000"],
    ["450000", "450000"],
    ["450000,50", "450000.50"],
    ["450 000,50", "450000.50"],
    ["450\u00a0000,5", "450000.5"],
    ["450.000,50", "450000.50"],
    ["1.250.000", "1250000"],
    ["12,5 %", "12.5"],
    ["12,5%", "12.5"],
    ["12,5", "12.5"],
    ["12.5", "12.5"],
    ["kr 1 300", "1300"],
    ["1 300 kr", "1300"],
    ["0,102", "0.102"],
    ["007", "7"],
    ["-1", "-1"],
  ])("reads %j as %s", (input, expected) => {
    expect(parseNorwegianNumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each(["", "   ", "abc", "12,5,0", "1,2.3", "4.5e5", "12.34.56", "1 2x", "--1", ",5", "5,"])(
    "refuses %j",
    (input) => {
      expect(parseNorwegianNumber(input)).toEqual({ ok: false });
    },
  );

  it("shows Rust's decimals for editing the Norwegian way", () => {
    expect(decimalForInput("450000.50")).toBe("450\u00a0000,50");
    expect(decimalForInput("12.5")).toBe("12,5");
    expect(decimalForInput("100")).toBe("100");
    expect(decimalForInput("2027", false)).toBe("2027");
  });
});
