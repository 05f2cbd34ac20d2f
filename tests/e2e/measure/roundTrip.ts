/**
 * A command's round trip timed from the page, as the app's own calls go (through
 * `__TAURI_INTERNALS__.invoke`), one call after the other with the wage growth changed each time
 * so no two calls in a row carry the same plan. WebKit gives `performance.now()` to the
 * millisecond only, so each sample is the mean of `batch` calls, a frame between samples.
 */
import { browser } from "@wdio/globals";

/** `samples` means of `batch` round trips of `command` (`echo` in the floor, `evaluate_plan` in
 * the app) with `plan`, after `warmUp` samples not kept. */
export async function roundTrips(
  command: "echo" | "evaluate_plan",
  plan: unknown,
  samples = 20,
  warmUp = 3,
  batch = 10,
): Promise<number[]> {
  return browser.execute(
    async (command: string, plan: unknown, samples: number, warmUp: number, batch: number) => {
      const { invoke } = (
        window as unknown as {
          __TAURI_INTERNALS__: {
            invoke: (cmd: string, args: Record<string, unknown>) => Promise<unknown>;
          };
        }
      ).__TAURI_INTERNALS__;
      const times: number[] = [];
      let k = 0;
      for (let s = 0; s < warmUp + samples; s++) {
        const t0 = performance.now();
        for (let j = 0; j < batch; j++, k++) {
          const changed = {
            ...(plan as Record<string, unknown>),
            wageGrowthPercent: k % 2 === 0 ? "4.5" : "4",
          };
          await invoke(
            command,
            command === "echo" ? { plan: changed } : { plan: changed, locale: "nb", typing: [] },
          );
        }
        const t1 = performance.now();
        if (s >= warmUp) times.push((t1 - t0) / batch);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return times;
    },
    command,
    plan,
    samples,
    warmUp,
    batch,
  );
}
