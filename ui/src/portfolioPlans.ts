import type { StoredPlan } from "./bindings/StoredPlan";

/** The plans a portfolio starts with: the user's own plans, not their alternatives (an
 * alternative is another way to make the same hire, not one more) nor the example. */
export function startingPlans(plans: readonly StoredPlan[]): string[] {
  return plans.filter((p) => p.alternativeOf === null && p.example !== true).map((p) => p.id);
}
