import type { WizardStep } from "./bindings/WizardStep";
import type { MessageKey } from "./i18n/messages";

/** The wizard's steps in order, with their title and intro texts. */
export const STEPS: readonly { id: WizardStep; title: MessageKey; intro: MessageKey }[] = [
  { id: "organisation", title: "step.organisation", intro: "step.organisation.intro" },
  { id: "role", title: "step.role", intro: "step.role.intro" },
  { id: "checklist", title: "step.checklist", intro: "step.checklist.intro" },
  { id: "salary", title: "step.salary", intro: "step.salary.intro" },
  { id: "grants", title: "step.grants", intro: "step.grants.intro" },
  { id: "supervision", title: "step.supervision", intro: "step.supervision.intro" },
  { id: "summary", title: "step.summary", intro: "step.summary.intro" },
];

export function stepIndex(step: WizardStep): number {
  return Math.max(
    0,
    STEPS.findIndex((s) => s.id === step),
  );
}
