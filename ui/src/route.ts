import type { CompareItem } from "./views/ComparisonView";

/** Where the user is: the plan list, a plan (its intro page, the wizard, its versions) or a
 * comparison. */
export type Route =
  | { view: "list" }
  | { view: "intro"; planId: string }
  | { view: "wizard"; planId: string }
  | { view: "compare"; items: CompareItem[] }
  /** «Alle planene samlet»: the ids of the plans counted. */
  | { view: "portfolio"; chosen: string[] }
  | { view: "versions"; planId: string };
