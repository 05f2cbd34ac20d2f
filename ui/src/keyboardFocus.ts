/**
 * WebKit does not treat focus moved by the arrow keys inside a radio group as keyboard focus
 * (`:focus-visible`) when the group was first clicked with the mouse, so the focus ring vanished
 * while the user moved through the choices by keyboard. This marks the page as "in keyboard
 * use" from a navigation key until the next pointer press; styles.css shows the ring on a focused
 * radio or checkbox while it is set.
 */
const NAVIGATION_KEYS = new Set([
  "Tab",
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
  "Home",
  "End",
  " ",
]);

export function trackKeyboardFocus(doc: Document = document): () => void {
  const root = doc.documentElement;
  const onKey = (e: KeyboardEvent) => {
    if (NAVIGATION_KEYS.has(e.key)) root.dataset.keyboard = "true";
  };
  const onPointer = () => {
    delete root.dataset.keyboard;
  };
  doc.addEventListener("keydown", onKey, true);
  doc.addEventListener("pointerdown", onPointer, true);
  return () => {
    doc.removeEventListener("keydown", onKey, true);
    doc.removeEventListener("pointerdown", onPointer, true);
  };
}
