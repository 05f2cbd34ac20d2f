import { beforeAll, describe, expect, it } from "vitest";

import { errorText } from "./errors";
import { loadLocale, translator } from "./i18n";

describe("errorText", () => {
  beforeAll(() => loadLocale("en"));

  it("writes the largest amount a field takes as kroner, not as raw digits", () => {
    const report = {
      code: "field.too_large",
      field: "positions[0].annualSalary",
      message: "too large",
      params: { max: "10000000" },
    };
    expect(errorText(report, translator("nb"))).toBe(
      "«Årslønn i 100 % stilling ved oppstart (stilling 1)» kan være høyst 10\u00a0000\u00a0000\u00a0kr.",
    );
    expect(errorText(report, translator("en"))).toBe(
      "“Yearly salary at 100 % at the start (post 1)” can be at most NOK\u00a010,000,000.",
    );
  });

  it("names what is wrong: a negative number, zero, decimals, or not a number", () => {
    const t = translator("nb");
    const said = (code: string, field: string, params: Record<string, string> = {}) =>
      errorText({ code, field, message: code, params }, t);
    expect(said("field.zero", "positions[0].annualSalary")).toBe(
      "«Årslønn i 100 % stilling ved oppstart (stilling 1)» må være mer enn 0.",
    );
    expect(said("input.negative", "positions[1].seniorityYears")).toBe(
      "«Ansiennitet godskrevet for erfaring (år) (stilling 2)» kan ikke være negativ.",
    );
    expect(said("input.negative", "horizonYears")).toBe(
      "«Antall år planen skal dekke» kan ikke være negativ.",
    );
    expect(said("input.not_whole", "horizonYears")).toBe(
      "«Antall år planen skal dekke» må være et helt tall, uten desimaler.",
    );
    expect(said("input.not_an_integer", "horizonYears", { example: "10" })).toBe(
      "«Antall år planen skal dekke» må være et helt tall, for eksempel 10.",
    );
    expect(said("field.negative", "wageGrowthPercent")).toBe(
      "«Årlig lønnsvekst» kan ikke være negativ.",
    );
    expect(
      errorText(
        { code: "field.zero", field: "positions[0].annualSalary", message: "", params: {} },
        translator("en"),
      ),
    ).toBe("“Yearly salary at 100 % at the start (post 1)” must be more than 0.");
  });

  it("names each kind of hidden character, the field and the character", () => {
    for (const locale of ["nb", "en"] as const) {
      const t = translator(locale);
      const said = (code: string) =>
        errorText(
          { code, field: "positions[1].title", message: code, params: { char: "U+202E" } },
          t,
        );
      const texts = [
        "field.control_character",
        "field.tab",
        "field.line_break",
        "field.direction_character",
        "field.invisible_character",
      ].map(said);
      expect(new Set(texts).size).toBe(5);
      for (const text of texts) {
        expect(text).toMatch(locale === "nb" ? /^«Stillingstittel \(stilling 2\)»/ : /\(post 2\)”/);
        expect(text).toMatch(
          locale === "nb" ? /«Fjern skjulte tegn»/ : /“Remove hidden characters”/,
        );
      }
      expect(said("field.direction_character")).toContain("U+202E");
    }
  });

  it("words Windows' three «access denied» apart, each with what to do", () => {
    const t = translator("nb");
    const said = (code: string) => errorText({ code, field: null, message: code, params: {} }, t);
    expect(said("export.read_only")).toMatch(/skrivebeskyttet.*Egenskaper/);
    expect(said("export.blocked_folder")).toMatch(/Kontrollert mappetilgang/);
    expect(said("export.in_use")).toMatch(/i bruk, for eksempel åpen i Excel/);
    expect(said("export.read_only")).not.toBe(said("export.in_use"));
  });
});
