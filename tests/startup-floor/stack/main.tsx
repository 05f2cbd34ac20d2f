/**
 * The floor of the stack Erfaringsplan is bound to (React, React DOM, Designsystemet's CSS and
 * theme, a few of its components): one heading, a line and a button, reported two animation
 * frames after React has committed them, as the bare page reports itself. Measuring this beside
 * the bare page and the app splits the app's start-up into what Tauri and WebKit cost, what the
 * stack costs, and what is the app's own.
 */
import "@digdir/designsystemet-css";
import "@digdir/designsystemet-css/theme";

import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";

interface TauriInternals {
  invoke: (command: string, args: Record<string, unknown>) => Promise<unknown>;
}

function Floor() {
  useEffect(() => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const tauri = (window as unknown as { __TAURI_INTERNALS__: TauriInternals })
          .__TAURI_INTERNALS__;
        void tauri.invoke("first_screen_shown", {
          nowUs: Math.round(performance.now() * 1000),
        });
      }),
    );
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
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );
}
