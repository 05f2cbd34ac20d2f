/**
 * The floor of the stack Erfaringsplan is bound to (React, React DOM, Designsystemet's CSS,
 * theme and typeface, a few of its components): one heading, a line and a button, reported two
 * animation frames after React has committed them, as the bare page reports itself. Measuring this beside
 * the bare page and the app splits the app's start-up into what Tauri and WebKit cost, what the
 * stack costs, and what is the app's own. It reports the same moments on the way as the app
 * (ui/src/main.tsx, App.tsx), so the two can be set side by side stage by stage, and shows a
 * window made hidden as the app does, once the screen is committed.
 */
// Designsystemet's CSS and theme and its typeface, as the app loads them (ui/src/main.tsx).
import "../../../ui/src/designsystemet.css";
import "@digdir/designsystemet-css/theme";
import "../../../ui/src/fonts.css";

import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { StrictMode, useEffect } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";

interface TauriInternals {
  invoke: (command: string, args: Record<string, unknown>) => Promise<unknown>;
}

const marks: [string, number][] = [];
const mark = (stage: string) => {
  marks.push([stage, Math.round(performance.now() * 1000)]);
};
mark("script");

const tauri = (window as unknown as { __TAURI_INTERNALS__: TauriInternals }).__TAURI_INTERNALS__;

function Floor() {
  useEffect(() => {
    // The window, when made hidden (FLOOR_HIDDEN), is shown now, as the app shows its own.
    void tauri.invoke("show_window", {});
    requestAnimationFrame(() => {
      mark("frame");
      requestAnimationFrame(() => {
        const [navigation] = performance.getEntriesByType(
          "navigation",
        ) as PerformanceNavigationTiming[];
        if (navigation) {
          marks.unshift(
            ["html-received", Math.round(navigation.responseEnd * 1000)],
            ["dom-content-loaded", Math.round(navigation.domContentLoadedEventEnd * 1000)],
          );
        }
        void tauri.invoke("first_screen_shown", {
          nowUs: Math.round(performance.now() * 1000),
          marks,
        });
      });
    });
  }, []);
  return (
    <main>
      <Heading level={1}>Mine planer</Heading>
      <Paragraph>Ingen planer ennå.</Paragraph>
      <Button>Ny plan</Button>
    </main>
  );
}

const root = document.getElementById("root");
if (root) {
  // Inter first, as the app waits for it.
  await document.fonts.load("1em Inter", "Æ");
  mark("font");
  const reactRoot = createRoot(root);
  flushSync(() => {
    reactRoot.render(
      <StrictMode>
        <Floor />
      </StrictMode>,
    );
  });
  mark("committed");
  // Styles and layout now, so that they are timed apart from the frames that follow.
  document.body.getBoundingClientRect();
  mark("laid-out");
}
