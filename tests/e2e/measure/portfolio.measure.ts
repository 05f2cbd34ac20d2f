/**
 * «Alle planene samlet» in the real window for thirty of the largest plans the app accepts (50
 * posts × 40 years each): from the click on «Se alle planene samlet» to the year table in the
 * page, and from unticking one plan to the table of the other twenty-nine. Prints medians and
 * p90; a measurement, not a test with a threshold.
 * Run: npm run build:app && npm run measure:portfolio
 */
import { writeFileSync } from "node:fs";

import { browser } from "@wdio/globals";

import { cli, restartApp, storeFile } from "../helpers";

const ROUNDS = 7;
const PLANS = 30;

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
  return `median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms (n=${String(sorted.length)})`;
}

/** Starts a clock in the page now, and stops it when the year table's first row changes (or
 * first appears); returns the milliseconds between. */
async function timeUntilTableChanges(act: () => Promise<void>): Promise<number> {
  await browser.execute(() => {
    const w = window as unknown as { __pf?: { t0: number; t1: number; before: string } };
    const first = document.querySelector("#portfolio-years tbody tr");
    w.__pf = { t0: performance.now(), t1: 0, before: first?.textContent ?? "" };
    const observer = new MutationObserver(() => {
      const row = document.querySelector("#portfolio-years tbody tr");
      const pf = w.__pf;
      if (pf && row && row.textContent !== pf.before && pf.t1 === 0) {
        pf.t1 = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await act();
  await browser.waitUntil(
    async () =>
      browser.execute(() => {
        const w = window as unknown as { __pf?: { t1: number } };
        return (w.__pf?.t1 ?? 0) > 0;
      }),
    { timeout: 30_000, interval: 20 },
  );
  return browser.execute(() => {
    const w = window as unknown as { __pf?: { t0: number; t1: number } };
    return (w.__pf?.t1 ?? 0) - (w.__pf?.t0 ?? 0);
  });
}

describe("measure: all the plans together", () => {
  it("opens and recomputes the portfolio of thirty of the largest plans", async () => {
    const largest = JSON.parse(cli(["example", "--largest"])) as { name: string };
    const plans = Array.from({ length: PLANS }, (_, i) => ({
      id: `p${String(i)}`,
      plan: { ...largest, name: `Enhet ${String(i + 1)}` },
      step: "summary",
      updatedAt: "2026-12-01T10:00:00Z",
      drafts: {},
      alternativeOf: null,
      versions: [],
    }));
    writeFileSync(storeFile, JSON.stringify({ store: { schemaVersion: 3, plans } }));
    await restartApp();
    await $("#open-portfolio").waitForDisplayed({ timeout: 30_000 });

    const open: number[] = [];
    const untick: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      open.push(
        await timeUntilTableChanges(async () => {
          await $("#open-portfolio").click();
        }),
      );
      await $("#portfolio-years").waitForDisplayed();
      const box = $("#portfolio-plan-p0");
      await box.scrollIntoView({ block: "center" });
      untick.push(
        await timeUntilTableChanges(async () => {
          await box.click();
        }),
      );
      await $("#portfolio-back").click();
      await $("#open-portfolio").waitForDisplayed();
    }
    console.log(`portfolio of ${String(PLANS)} largest plans, open to table: ${summary(open)}`);
    console.log(
      `portfolio of ${String(PLANS)} largest plans, untick one to table: ${summary(untick)}`,
    );
  });
});
