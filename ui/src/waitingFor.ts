/** Figures that wait for errors to be fixed say which fields they wait for, by name. */
import { fieldLabel } from "./fieldPaths";
import type { Translate } from "./i18n";

/** «Årslønn … (stilling 1)» er rettet / «A» og «B» er rettet / «A» og 3 andre felt er rettet. */
export function fieldsToFix(paths: readonly string[], t: Translate): string {
  const labels = [...new Set(paths)].map((p) => `«${fieldLabel(p, t)}»`);
  const [first = "", second = ""] = labels;
  if (labels.length <= 1) return t("waiting.one", { field: first });
  if (labels.length === 2) return t("waiting.two", { first, second });
  return t("waiting.many", { field: first, count: labels.length - 1 });
}
