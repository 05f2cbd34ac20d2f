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
});
