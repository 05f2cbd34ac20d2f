import type { PhaseProgress } from "../../bindings/PhaseProgress";
import type { Plan } from "../../bindings/Plan";
import type { PositionFigures } from "../../bindings/PositionFigures";
import type { WizardFigures } from "../../bindings/WizardFigures";

/** A new plan, or how to change the plan as it is when the change lands. Use the function form
 * after an `await`: the plan rendered before it may be out of date by then. */
export type PlanChange = Plan | ((current: Plan) => Plan);

/** What every step gets from the wizard. */
export interface StepProps {
  plan: Plan;
  onChange: (change: PlanChange) => void;
  /** The message for a field path, once errors are shown; otherwise undefined. */
  errorFor: (path: string) => string | undefined;
  /** The message for a field path whenever it has an error: for a field on a step with no
   * «Neste» to wait for (the summary's budget codes). */
  errorNow: (path: string) => string | undefined;
  /** True once the user has tried to leave this step with errors. */
  showErrors: boolean;
  projection: WizardFigures | null;
  /** The projection does not match what the user has typed yet (a field with a typing error,
   * or a plan Rust has refused): figures beside the fields say they are waiting. */
  waiting: boolean;
  /** Whether a field has an error now, shown or not yet. */
  invalid: (path: string) => boolean;
  /** Each post's band and cost from Rust, each as soon as what it depends on is valid. */
  positionFigures: readonly PositionFigures[];
  /** The fields with errors now (typing errors and Rust's), in the order of the wizard's
   * steps: what figures that wait for the whole plan wait for. */
  blockers: readonly string[];
  /** How far each phase of the checklist has come, counted by Rust. */
  checklistProgress: readonly PhaseProgress[];
}
