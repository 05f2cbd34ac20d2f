/**
 * Showing a field's error when the user leaves it moves everything below it down a line. When
 * the field was left by pressing a button below it («Neste», the step list on a narrow window),
 * the focus moves on the press, and the button moved out from under the pointer before the
 * release: the click was lost, and the user had to press again. So while a mouse button or a
 * finger is down, what the field shows on leaving waits until it is released and the click it
 * makes has been delivered.
 */

let pressed = false;
if (typeof window !== "undefined") {
  window.addEventListener("pointerdown", () => (pressed = true), true);
  for (const end of ["pointerup", "pointercancel"] as const) {
    window.addEventListener(end, () => (pressed = false), true);
  }
}

/** Runs `show` now, or after the press under way has ended and its click was delivered. */
export function afterPress(show: () => void): void {
  if (!pressed) {
    show();
    return;
  }
  const release = () => {
    window.removeEventListener("pointerup", release, true);
    window.removeEventListener("pointercancel", release, true);
    // The click follows the release in the same task; this runs after it.
    setTimeout(show, 0);
  };
  window.addEventListener("pointerup", release, true);
  window.addEventListener("pointercancel", release, true);
}
