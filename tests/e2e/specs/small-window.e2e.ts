/**
 * Every step at the window's smallest size (720 × 560) and at its default (1 200 × 820), with a
 * realistic plan: nothing sticks out sideways, the top bar stays one row, and the step heading
 * is on the first screen. Screenshots of each are written for a person to look at.
 */
import { writeFileSync } from "node:fs";

import { browser, expect } from "@wdio/globals";

import { cli, screenshot } from "../helpers";
import { importFile } from "../wdio.conf";

const steps = [
  "organisation",
  "role",
  "checklist",
  "salary",
  "grants",
  "supervision",
  "summary",
] as const;

/** How the page lies out now, measured in the window. */
async function layout() {
  return browser.execute(() => {
    const doc = document.documentElement;
    const top = document.querySelector(".wizard-top");
    const heading = document.getElementById("step-heading");
    // One row: every button and text in the bar starts above where the first one ends, and
    // no text in it wraps onto a second line.
    const items = [...(top?.querySelectorAll("button, p") ?? [])];
    const rects = items.map((el) => el.getBoundingClientRect());
    const firstBottom = Math.min(...rects.map((r) => r.bottom));
    const wrapped = items.some((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return lines.size > 1;
    });
    // Nothing in the header is cut off at the window's edge.
    const header = document.querySelector(".app-header");
    const clipped = [...(header?.querySelectorAll("label, p") ?? [])].some(
      (el) => el.getBoundingClientRect().right > doc.clientWidth,
    );
    return {
      sideways: doc.scrollWidth - doc.clientWidth,
      topBarOneRow: !wrapped && rects.every((r) => r.top < firstBottom) && !clipped,
      headingOnFirstScreen: (heading?.getBoundingClientRect().bottom ?? 9999) < window.innerHeight,
    };
  });
}

describe("small and default windows", () => {
  before(async () => {
    writeFileSync(importFile, cli(["example"]));
    await $("#import-plan").click();
    await $("#plan-list").$("button*=Åpne").waitForDisplayed();
  });

  for (const [width, height] of [
    [720, 560],
    [1200, 820],
  ] as const) {
    it(`shows every step at ${width} × ${height} without sideways scrolling`, async () => {
      await browser.setWindowSize(width, height);
      if (await $("#plan-list").isExisting()) await $("#plan-list").$("button*=Åpne").click();
      const problems: string[] = [];
      for (const [i, step] of steps.entries()) {
        await $(`[data-step="${step}"]`).click();
        await $("#step-heading").waitForDisplayed();
        const l = await layout();
        if (l.sideways > 0) problems.push(`${step}: ${l.sideways} px sideways`);
        if (!l.topBarOneRow) problems.push(`${step}: the top bar wraps or is cut off`);
        if (!l.headingOnFirstScreen)
          problems.push(`${step}: the heading is below the first screen`);
        await screenshot(`70-window-${width}-${i + 1}-${step}`);
      }
      // The year table: every column in view, or a sideways scroll inside the table's own
      // region with the year column staying at the left.
      await $('[data-step="summary"]').click();
      const table = $("#year-table");
      await table.scrollIntoView({ block: "start" });
      await browser.execute(() => {
        const region = document.querySelector(".table-scroll");
        if (region) region.scrollLeft = region.scrollWidth;
      });
      const yearColumn = await browser.execute(() => {
        const region = document.querySelector(".table-scroll");
        const cell = document.querySelector("#year-table tbody th, #year-table tbody td");
        if (!region || !cell) return null;
        return cell.getBoundingClientRect().left - region.getBoundingClientRect().left;
      });
      expect(yearColumn).not.toBeNull();
      expect(Math.abs(yearColumn ?? 99)).toBeLessThan(2);
      await screenshot(`70-window-${width}-8-year-table-scrolled`);
      expect(problems).toEqual([]);
    });
  }
});
