import { describe, expect, it } from "vitest";

import { fieldLabel, stepOfField } from "./fieldPaths";
import { translator } from "./i18n";

describe("stepOfField", () => {
  it("puts each field on the step Rust puts it on", () => {
    // The same cases as model/plan.rs::each_field_is_on_the_step_that_asks_for_it.
    const cases: [string, string][] = [
      ["name", "organisation"],
      ["organisation.agaRateOverride", "organisation"],
      ["positions", "role"],
      ["positions[2].ftePercent", "role"],
      ["positions[0].annualSalary", "salary"],
      // The two lists once disagreed here: the wizard sent it to «Rollen», Rust to «Lønn».
      ["positions[1].pensionRateConfirmed", "salary"],
      ["wageGrowthPercent", "salary"],
      ["checklist[4].due", "checklist"],
      ["grants[0].shape.amounts[2]", "grants"],
      ["financingAfterGrants", "grants"],
      ["costItems[1].basis.price", "supervision"],
      ["priceGrowthPercent", "supervision"],
      ["positionsX", "organisation"],
    ];
    for (const [path, step] of cases) expect(stepOfField(path), path).toBe(step);
  });
});

describe("fieldLabel", () => {
  it("names a budget code as its field is labelled, never by its path", () => {
    const t = translator("nb");
    expect(fieldLabel("budgetCodes.function", t)).toBe("Funksjon");
    expect(fieldLabel("budgetCodes.arts.grants", t)).toBe("Deres art for Tilskudd (inntekt)");
    expect(fieldLabel("budgetCodes.arts.employerContribution", t)).toBe(
      "Deres art for Arbeidsgiveravgift",
    );
  });
});
