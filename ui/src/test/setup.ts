import { clearMocks } from "@tauri-apps/api/mocks";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// jsdom has no CSS namespace; Designsystemet's popover polyfill calls CSS.escape when it loads.
if (typeof globalThis.CSS === "undefined") {
  Object.defineProperty(globalThis, "CSS", {
    value: {
      escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`),
      supports: () => false,
    },
  });
}
// Nor the Web Animations API, which Designsystemet's Spinner reads.
if (typeof document.getAnimations !== "function") {
  document.getAnimations = () => [];
}

// jsdom lays nothing out, so it cannot scroll; the wizard scrolls a new step to its top.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  cleanup();
  clearMocks();
});
