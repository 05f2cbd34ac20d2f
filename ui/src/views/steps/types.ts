import type { Plan } from "../../bindings/Plan";
import type { Projection } from "../../bindings/Projection";

/** What every step gets from the wizard. */
export interface StepProps {
  plan: Plan;
  onChange: (plan: Plan) => void;
  /** The message for a field path, once errors are shown; otherwise undefined. */
  errorFor: (path: string) => string | undefined;
  /** True once the user has tried to leave this step with errors. */
  showErrors: boolean;
  projection: Projection | null;
}
