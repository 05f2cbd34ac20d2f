/**
 * Every step at the window's smallest size (720 × 560), at 800 × 600 and at its default
 * (1 200 × 820), in bokmål and English, with a realistic plan that still lacks two answers:
 * nothing sticks out sideways (the year table neither), the top bar stays one row, the step
 * heading is on the first screen, each «Mangler» tag stays inside its step's box, fields side
 * by side have their inputs on one line, and no control takes the neutral colour of the card
 * it sits in. Screenshots of each are written for a person to look at.
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
    // Each tag in the step list lies inside its step's box, clear of the step counter.
    const counter = document.getElementById("step-counter")?.getBoundingClientRect();
    const tagsOut = [...document.querySelectorAll(".step-flag")].filter((tag) => {
      const box = tag.closest(".step-link")?.getBoundingClientRect();
      const r = tag.getBoundingClientRect();
      const outside =
        !box || r.left < box.left || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5;
      const overCounter = counter !== undefined && r.bottom > counter.top && r.top < counter.bottom;
      return outside || overCounter;
    }).length;
    // Fields side by side: their inputs start at the same height.
    const rowsOff = [...document.querySelectorAll(".field-row")].filter((row) => {
      const tops = [...row.querySelectorAll(":scope > * input, :scope > * select")]
        .filter((el) => el.closest(".field-row") === row)
        .map((el) => Math.round(el.getBoundingClientRect().top));
      const firstRow = tops.filter((t) => Math.abs(t - (tops[0] ?? 0)) < 40);
      return new Set(firstRow).size > 1;
    }).length;
    // Radios, checkboxes and main buttons take the page's colours, never a card's neutral one.
    const neutral = [
      ...document.querySelectorAll(
        "input[type=radio], input[type=checkbox], .ds-button[data-variant=primary]",
      ),
    ].filter((el) => el.closest("[data-color]")?.getAttribute("data-color") === "neutral").length;
    return {
      tagsOut,
      rowsOff,
      neutral,
      sideways: doc.scrollWidth - doc.clientWidth,
      topBarOneRow: !wrapped && rects.every((r) => r.top < firstBottom) && !clipped,
      headingOnFirstScreen: (heading?.getBoundingClientRect().bottom ?? 9999) < window.innerHeight,
    };
  });
}

describe("small and default windows", () => {
  before(async () => {
    // The example, still without the organisation's name and the answer on who pays after the
    // grant: «Virksomheten» and «Tilskudd» carry a «Mangler» tag.
    const example = JSON.parse(cli(["example"])) as {
      organisation: { name: string };
      financingAfterGrants: string;
    };
    example.organisation.name = "";
    example.financingAfterGrants = "";
    writeFileSync(importFile, JSON.stringify(example));
    await $("#import-plan").click();
    await $("#plan-list").$("button*=Åpne").waitForDisplayed();
  });

  for (const [lang, width, height] of [
    ["nb", 720, 560],
    ["nb", 800, 600],
    ["nb", 1200, 820],
    ["en", 720, 560],
    ["en", 1200, 820],
  ] as const) {
    it(`shows every step at ${width} × ${height} in ${lang} without sideways scrolling`, async () => {
      await browser.setWindowSize(width, height);
      await $(`#lang-${lang}`).click();
      await expect($("html")).toHaveAttribute("lang", lang);
      if (await $("#plan-list").isExisting())
        await $("#plan-list").$("button[id^='open-']").click();
      const problems: string[] = [];
      for (const [i, step] of steps.entries()) {
        await $(`[data-step="${step}"]`).click();
        await $("#step-heading").waitForDisplayed();
        const l = await layout();
        if (l.sideways > 0) problems.push(`${step}: ${l.sideways} px sideways`);
        if (!l.topBarOneRow) problems.push(`${step}: the top bar wraps or is cut off`);
        if (!l.headingOnFirstScreen)
          problems.push(`${step}: the heading is below the first screen`);
        if (l.tagsOut > 0) problems.push(`${step}: ${l.tagsOut} tag(s) outside their step`);
        if (l.rowsOff > 0) problems.push(`${step}: ${l.rowsOff} row(s) of fields out of line`);
        if (l.neutral > 0) problems.push(`${step}: ${l.neutral} control(s) in a neutral colour`);
        await screenshot(`72-window-${lang}-${width}-${i + 1}-${step}`);
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
      await screenshot(`72-window-${lang}-${width}-8-year-table-scrolled`);
      // From 800 px the year table fits its space: no scrollbar, no figure at the edge.
      if (width >= 800) {
        const overflow = await browser.execute(() => {
          const region = document.querySelector(".table-scroll");
          return region ? region.scrollWidth - region.clientWidth : -1;
        });
        if (overflow !== 0) problems.push(`the year table is ${overflow} px wider than its space`);
      }
      await $("#step-heading").scrollIntoView({ block: "center" });
      await $('[data-step="organisation"]').click();
      await $("#back-to-list").click();
      await $("#plan-list").waitForDisplayed();
      await screenshot(`72-window-${lang}-${width}-0-plan-list`);
      expect(problems).toEqual([]);
    });
  }
});
