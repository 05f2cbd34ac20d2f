import { useEffect } from "react";

import { firstScreenReady, firstScreenShown } from "./ipc";
import { markStartup, startupReport } from "./startupMarks";

/**
 * The start-up's marks: React's first render, and once the plan list is in the page
 * (`listReady`), Rust is told to show the window (hidden until there is something to see); two
 * frames later the list is painted, which the start-up probe times.
 */
export function useFirstScreen(listReady: boolean): void {
  useEffect(() => {
    markStartup("first-render");
  }, []);
  useEffect(() => {
    if (!listReady) return;
    markStartup("list-rendered");
    firstScreenReady().catch(() => undefined);
    requestAnimationFrame(() => {
      markStartup("frame");
      requestAnimationFrame(() => {
        markStartup("painted");
        firstScreenShown(startupReport()).catch(() => undefined);
      });
    });
  }, [listReady]);
}
