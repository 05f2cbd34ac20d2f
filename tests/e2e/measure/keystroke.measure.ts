/**
 * Keystroke to updated figures, in the real window: the time from a keydown in a grant amount to
 * the moment the year-by-year table shows the numbers Rust recomputed, for a typical plan (two
 * posts, ten years, a stepped grant, supervision and a network). Prints the median; this is a
 * measurement, not a test with a threshold. Run: bash tests/scripts/measure-keystroke.sh
 */
import { browser } from "@wdio/globals";

import { retype } from "../helpers";

const RUNS = 30;

describe("keystroke to updated figures", () => {
  it("measures", async () => {
    await $("#new-plan").click();
    await $("#start-wizard").click();
    await $('[data-step="role"]').click();
    await $("#add-position").click();
    await $("#field-positions-0-title").waitForDisplayed();
    await $("#add-position").click();
    await $("#field-positions-1-ftePercent").waitForDisplayed();
    await retype("#field-positions-1-ftePercent", "50");
    await $('[data-step="supervision"]').click();
    await $("#add-item-supervision").click();
    await $("#add-item-network").click();
    await $('[data-step="grants"]').click();
    await $("#add-grant-stepped").click();
    await $("#year-table").waitForDisplayed();

    const input = $("#field-grants-0-shape-amounts-0");
    await input.click();
    await browser.keys(["End"]);
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Arm: the next keydown starts the clock; the next change of the table's grant cell for
      // the first year stops it.
      await browser.execute(() => {
        const w = window as unknown as { __ks?: { t0: number; t1: number } };
        w.__ks = { t0: 0, t1: 0 };
        const cell = document.querySelector("#year-table [data-year] td:nth-of-type(4)");
        if (!cell) return;
        const observer = new MutationObserver(() => {
          if (w.__ks && w.__ks.t0 > 0 && w.__ks.t1 === 0) {
            w.__ks.t1 = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(cell, { childList: true, characterData: true, subtree: true });
        document.addEventListener(
          "keydown",
          () => {
            if (w.__ks) w.__ks.t0 = performance.now();
          },
          { once: true, capture: true },
        );
      });
      // Add a digit, then take it away again: every keystroke changes the grant.
      await browser.keys([i % 2 === 0 ? "5" : "Backspace"]);
      const elapsed = await browser.waitUntil(
        async () =>
          browser.execute(() => {
            const ks = (window as unknown as { __ks?: { t0: number; t1: number } }).__ks;
            return ks && ks.t1 > 0 ? ks.t1 - ks.t0 : false;
          }),
        { timeout: 5000, interval: 5 },
      );
      samples.push(elapsed);
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)] ?? Number.NaN;
    const p90 = samples[Math.floor(samples.length * 0.9)] ?? Number.NaN;
    console.log(
      `keystroke → updated figures over ${RUNS} keystrokes: median ${median.toFixed(1)} ms, ` +
        `p90 ${p90.toFixed(1)} ms, min ${(samples[0] ?? 0).toFixed(1)} ms, max ${(samples.at(-1) ?? 0).toFixed(1)} ms`,
    );
  });
});
