import { afterEach, describe, expect, it } from "vitest";

import { trackKeyboardFocus } from "./keyboardFocus";

describe("trackKeyboardFocus", () => {
  let stop: () => void = () => undefined;
  afterEach(() => {
    stop();
    delete document.documentElement.dataset.keyboard;
  });

  it("marks the page in keyboard use from an arrow key until the next pointer press", () => {
    stop = trackKeyboardFocus();
    const root = document.documentElement;
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
    expect(root.dataset.keyboard).toBeUndefined();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown" }));
    expect(root.dataset.keyboard).toBe("true");
    document.dispatchEvent(new Event("pointerdown"));
    expect(root.dataset.keyboard).toBeUndefined();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab" }));
    expect(root.dataset.keyboard).toBe("true");
  });
});
