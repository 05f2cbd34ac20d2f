/**
 * A step with a long list (50 posts, each with a dozen fields) opens in two parts: the first
 * frame holds the heading and as many items as fill the window, the rest follows right after,
 * as a React transition (rendered between frames, with typing first). With the largest plan,
 * «Lønn» otherwise took about 270 ms from the click to anything changing on the screen.
 */
import { startTransition, useEffect, useState } from "react";

/** Items of a long list in the first frame: more than the window shows of posts or grants. */
export const FIRST_ITEMS = 6;

/** True from the step's first render until just after its first frame is painted. */
export function useOpening(): boolean {
  const [opening, setOpening] = useState(true);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame (a timer from inside requestAnimationFrame runs after its paint).
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        startTransition(() => {
          setOpening(false);
        });
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return opening;
}

/** `items`, or only the first `count` of them while the step is opening. */
export function firstWhileOpening<T>(
  items: readonly T[],
  opening: boolean,
  count = FIRST_ITEMS,
): readonly T[] {
  return opening && items.length > count ? items.slice(0, count) : items;
}
