/**
 * Field paths as Rust reports them ("positions[0].ftePercent"): the element id of the input,
 * the wizard step that owns the field, and a label for error messages.
 */
import type { BudgetLine } from "./bindings/BudgetLine";
import { FIELD_STEPS } from "./bindings/fieldSteps";
import { VOCABULARY } from "./bindings/vocabulary";
import type { WizardStep } from "./bindings/WizardStep";
import type { Translate } from "./i18n";
import type { MessageKey } from "./i18n/messages";

/** The id of the input for a field path: "positions[0].ftePercent" → "field-positions-0-ftePercent". */
export function fieldId(path: string): string {
  return `field-${path.replace(/[[\].]+/g, "-").replace(/-$/, "")}`;
}

/** The step where the user fixes a field: Rust's list (`FIELD_STEPS`), so the wizard and
 * Rust's summary of what is missing agree. */
export function stepOfField(path: string): WizardStep {
  const generic = path.replace(/\[\d+\]/g, "");
  const found = FIELD_STEPS.find(([field]) => generic === field || generic.startsWith(`${field}.`));
  return found ? found[1] : "organisation";
}

const LEAF_LABELS: Readonly<Record<string, MessageKey>> = {
  name: "field.name",
  firstYear: "field.firstYear",
  horizonYears: "field.horizonYears",
  "organisation.name": "field.orgName",
  "organisation.municipality": "field.municipality",
  "organisation.agaRateOverride": "field.agaRateOverride",
  wageGrowthPercent: "field.wageGrowthPercent",
  regulationMonth: "field.regulationMonth",
  priceGrowthPercent: "field.priceGrowthPercent",
  financingAfterGrants: "field.financingAfterGrants",
  "positions.title": "field.position.title",
  "positions.ftePercent": "field.position.ftePercent",
  "positions.start": "field.position.start",
  "positions.end": "field.position.end",
  "positions.annualSalary": "field.position.annualSalary",
  "positions.holidayPayPercent": "field.position.holidayPayPercent",
  "positions.holidayWeeks": "field.position.holidayWeeks",
  "positions.pensionPercent": "field.position.pensionPercent",
  "positions.seniorityYears": "field.position.seniorityYears",
  positions: "step.role",
  "grants.name": "field.grant.name",
  "grants.source": "field.grant.source",
  "grants.firstYear": "field.grant.firstYear",
  "grants.shape.amount": "field.grant.amount",
  "grants.shape.years": "field.grant.years",
  "grants.shape.amounts": "field.grant.amounts",
  "grants.shape.sharesPercent": "field.grant.sharesPercent",
  "grants.shape.yearlyCap": "field.grant.yearlyCap",
  "grants.positionIds": "field.grant.positions",
  grants: "step.grants",
  "costItems.name": "field.item.name",
  "costItems.basis.price": "field.item.price",
  "costItems.basis.sessionsPerYear": "field.item.sessionsPerYear",
  "costItems.basis.hoursPerSession": "field.item.hoursPerSession",
  "costItems.basis.rate": "field.item.rate",
  "costItems.basis.hoursPerYear": "field.item.hoursPerYear",
  "costItems.basis.amount": "field.item.amount",
  "costItems.firstYear": "field.item.firstYear",
  "costItems.lastYear": "field.item.lastYear",
  "costItems.positionId": "field.item.position",
  costItems: "step.supervision",
  "checklist.title": "field.checklist.title",
  "checklist.owner": "field.checklist.owner",
  "checklist.due": "field.checklist.due",
  "checklist.note": "field.checklist.note",
  checklist: "step.checklist",
  // A saved version's name: kept by the UI, checked by the same rules as the plan's texts.
  versionLabel: "versions.label",
};

/** "positions[1].ftePercent" → "Stillingsprosent (stilling 2)". */
export function fieldLabel(path: string, t: Translate): string {
  const indexes = [...path.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) + 1);
  const generic = path.replace(/\[\d+\]/g, "");
  // The budget codes are named as their fields are: «Funksjon», «Deres art for Pensjon».
  const words = VOCABULARY[t.locale];
  if (generic === "budgetCodes.function") return words.budget.function;
  const art = /^budgetCodes\.arts\.(\w+)$/.exec(generic)?.[1];
  if (art !== undefined && art in words.budgetLine) {
    return t("budget.artFor", { line: words.budgetLine[art as BudgetLine] });
  }
  const key = LEAF_LABELS[generic];
  const label = key ? t(key) : path;
  const [first] = indexes;
  if (first === undefined) return label;
  if (path.startsWith("positions")) return t("field.inPosition", { label, n: first });
  if (path.startsWith("grants")) return t("field.inGrant", { label, n: first });
  if (path.startsWith("costItems")) return t("field.inItem", { label, n: first });
  if (path.startsWith("checklist")) return t("field.inChecklist", { label, n: first });
  return label;
}
