/**
 * What Designsystemet's React components import as `@digdir/designsystemet-web` (vite.config.ts
 * points the bare name here): only the behaviour of the components this app uses — fields and
 * fieldsets (labels, descriptions and errors tied to their inputs), details, error summaries,
 * toggle groups and their arrow-key focus, read-only inputs, invoker buttons and click delegation.
 * The package's index also registers popovers, tooltips (with floating-ui), suggestions
 * (u-combobox, u-datalist), tabs, pagination and breadcrumbs, which no screen here shows: about
 * 55 kB of script on the first screen, and document-wide observers, for nothing. Its error
 * summary element is left out too: it takes the focus each time it appears, also in the middle
 * of typing; the wizard draws the summary on a plain element and moves the focus itself.
 *
 * A component that needs one of those must be added here, or it renders without its behaviour:
 * `src/designsystemet.test.ts` fails when the app imports a component that is not listed.
 */
import "@digdir/designsystemet-web/clickdelegatefor";
import "@digdir/designsystemet-web/details";
import "@digdir/designsystemet-web/dialog";
import "@digdir/designsystemet-web/fieldset";
import "@digdir/designsystemet-web/focusgroup";
import "@digdir/designsystemet-web/invokers";
import "@digdir/designsystemet-web/readonly";
import "@digdir/designsystemet-web/toggle-group";

export { DSFieldElement } from "@digdir/designsystemet-web/ds-field";
// Named by the React package's pagination hook, which this app does not use (it is left out of
// the bundle, but its import must resolve); the module itself is under 2 kB.
export { pagination } from "@digdir/designsystemet-web/ds-pagination";
