// Generated from FIELD_STEPS (src-tauri/engine/src/model/plan.rs) by
// `cargo test -p erfaringsplan-engine --lib export_bindings`. Do not edit by hand.

import type { WizardStep } from "./WizardStep";

/** Which step owns a field, by its path without indexes: the first entry that is the
 * path or a part above it; none: «organisation». */
export const FIELD_STEPS: readonly (readonly [string, WizardStep])[] = [
  ["positions.annualSalary", "salary"],
  ["positions.seniorityYears", "salary"],
  ["positions.holidayPayPercent", "salary"],
  ["positions.holidayWeeks", "salary"],
  ["positions.pensionScheme", "salary"],
  ["positions.pensionPercent", "salary"],
  ["positions.pensionRateConfirmed", "salary"],
  ["positions", "role"],
  ["checklist", "checklist"],
  ["wageGrowthPercent", "salary"],
  ["regulationMonth", "salary"],
  ["grants", "grants"],
  ["financingAfterGrants", "grants"],
  ["costItems", "supervision"],
  ["priceGrowthPercent", "supervision"],
  ["budgetCodes", "summary"],
];
