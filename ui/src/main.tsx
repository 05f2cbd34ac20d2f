import "./designsystemet.css";
import "@digdir/designsystemet-css/theme";
import "./fonts.css";
import "./styles.css";

import { StrictMode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";

import { App } from "./App";
import { I18nProvider, loadLocale } from "./i18n";
import { settings } from "./ipc";
import { trackKeyboardFocus } from "./keyboardFocus";
import { markStartup } from "./startupMarks";
import { startLoadingPlans } from "./usePlanStore";

/** How long the first render waits for the plans (and the font) before it shows «loading» instead. */
const PLANS_PATIENCE_MS = 500;

markStartup("script");
// The plans are asked for now, beside the settings, not only once React has drawn its first frame.
const plansLoaded = startLoadingPlans();
// Inter (fonts.css) too: the first render waits for it, so no text is drawn in another font first.
const fontLoaded = ("fonts" in document ? document.fonts.load("1em Inter", "Æ") : Promise.resolve())
  .then(() => {
    markStartup("font");
  })
  .catch(() => undefined);

trackKeyboardFocus();

const root = document.getElementById("root");
if (root) {
  // The language the user chose last time; bokmål when none was chosen or the settings cannot
  // be read. Asked before the first paint, so the app never flashes in the other language.
  // The plans are waited for too: React's first render is then the plan list itself.
  // English, when chosen, is a chunk of its own: fetched before the first render too.
  const [saved] = await Promise.all([
    settings().then(
      async (s) => {
        if (s.language) await loadLocale(s.language).catch(() => undefined);
        return s;
      },
      () => null,
    ),
    // …but not for long: on a slow disk (a network home folder) the first render is the
    // «loading» line instead, and the list follows when the plans come.
    Promise.race([
      Promise.all([plansLoaded, fontLoaded]),
      new Promise<void>((resolve) => setTimeout(resolve, PLANS_PATIENCE_MS)),
    ]),
  ]);
  markStartup("settings");
  // Rendered and committed at once (not in a task of React's scheduler), then styled and laid
  // out: the start-up marks then time React and WebKit's layout apart.
  const reactRoot = createRoot(root);
  flushSync(() => {
    reactRoot.render(
      <StrictMode>
        <I18nProvider initialLocale={saved?.language ?? "nb"}>
          <App initialLastPlanId={saved?.lastPlanId ?? null} />
        </I18nProvider>
      </StrictMode>,
    );
  });
  markStartup("committed");
  document.body.getBoundingClientRect();
  markStartup("laid-out");
}
