import type { WizardStep } from "./bindings/WizardStep";
import type { MessageKey } from "./i18n/messages";

interface Step {
  id: WizardStep;
  title: MessageKey;
  /** Shown under the step's heading. */
  intro: MessageKey;
  /** What the step covers, in the list on the page before step 1. */
  covers: MessageKey;
}

/** The wizard's steps in order, with their texts. */
export const STEPS: readonly Step[] = [
  {
    id: "organisation",
    title: "step.organisation",
    intro: "step.organisation.intro",
    covers: "intro.covers.organisation",
  },
  { id: "role", title: "step.role", intro: "step.role.intro", covers: "intro.covers.role" },
  {
    id: "checklist",
    title: "step.checklist",
    intro: "step.checklist.intro",
    covers: "intro.covers.checklist",
  },
  { id: "salary", title: "step.salary", intro: "step.salary.intro", covers: "intro.covers.salary" },
  { id: "grants", title: "step.grants", intro: "step.grants.intro", covers: "intro.covers.grants" },
  {
    id: "supervision",
    title: "step.supervision",
    intro: "step.supervision.intro",
    covers: "intro.covers.supervision",
  },
  {
    id: "summary",
    title: "step.summary",
    intro: "step.summary.intro",
    covers: "intro.covers.summary",
  },
];

export function stepIndex(step: WizardStep): number {
  return Math.max(
    0,
    STEPS.findIndex((s) => s.id === step),
  );
}
