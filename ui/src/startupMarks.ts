/**
 * Moments on the way to the first screen, reported to Rust with it (the start-up measurement
 * prints them as a breakdown; `npm run measure:startup`). Times are `performance.now()`, in whole
 * microseconds since the page's navigation started.
 */
import type { StartupMark } from "./bindings/StartupMark";
import type { StartupReport } from "./bindings/StartupReport";

const marks: StartupMark[] = [];
const micros = (ms: number) => Math.max(0, Math.round(ms * 1000));

/** Notes that the start-up reached `stage` now. */
export function markStartup(stage: string): void {
  marks.push({ stage, atUs: micros(performance.now()) });
}

/** The marks so far, with the page's own milestones (the HTML read, the DOM ready). */
export function startupReport(): StartupReport {
  const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
  const page: StartupMark[] = navigation
    ? [
        { stage: "html-received", atUs: micros(navigation.responseEnd) },
        { stage: "dom-interactive", atUs: micros(navigation.domInteractive) },
        { stage: "dom-content-loaded", atUs: micros(navigation.domContentLoadedEventEnd) },
      ].filter((m) => m.atUs > 0)
    : [];
  return { marks: [...page, ...marks], nowUs: micros(performance.now()) };
}
