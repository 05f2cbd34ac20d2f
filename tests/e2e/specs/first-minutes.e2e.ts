/**
 * A new user's first minutes: the empty list offers the example plan, which opens at its summary
 * with the figures the command-line tool gives for it, marked as an example until the user
 * changes it; and the plan list says what copies, alternatives and comparisons are for.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import { cli, retype, screenshot, textOf } from "../helpers";
import { sandbox } from "../wdio.conf";

describe("the first minutes", () => {
  it("offers an example that opens at its summary with the engine's figures", async () => {
    await expect($("#try-example")).toBeDisplayed();
    await expect($("#try-example-help")).toHaveText(
      expect.stringContaining("Vil du se hva Erfaringsplan lager"),
    );
    await screenshot("75-first-empty-list");
    await $("#try-example").click();
    await expect($("#step-heading")).toHaveText("Oppsummering");
    await expect($("#example-notice")).toHaveText(expect.stringContaining("Dette er et eksempel"));
    // The same plan the command-line tool's example is, from next year: the same figures.
    const firstYear = new Date().getFullYear() + 1;
    const file = path.join(mkdtempSync(path.join(sandbox, "example-")), "plan.json");
    writeFileSync(file, cli(["example", "--first-year", String(firstYear), "--years", "10"]));
    const projection = JSON.parse(cli(["project", file, "--format", "json"])) as {
      totals: { netCost: string };
    };
    const [int = "", frac = ""] = projection.totals.netCost.split(".");
    const net = `${int.replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${frac} kr`;
    expect(await textOf("#kf-net .key-value")).toBe(net);
    await expect($("#summary-missing")).not.toBeExisting();
    await screenshot("76-first-example-summary");

    // On the list it is marked as an example; changed, it is the user's own plan.
    await $("#back-to-list").click();
    await expect($("#plan-list .example-tag")).toHaveText("Eksempel");
    await $("#plan-list button[id^='open-']").click();
    await $('[data-step="organisation"]').click();
    await retype("#field-organisation-name", "Bydel Sør");
    await expect($("#example-notice")).not.toBeExisting();
    await $("#back-to-list").click();
    await expect($("#plan-list .example-tag")).not.toBeExisting();
  });

  it("says what a copy and an alternative are, and how to compare", async () => {
    await expect($("#compare-hint")).toHaveText(
      expect.stringContaining("Med to eller flere planer"),
    );
    await expect($("#copy-help")).toHaveText(expect.stringContaining("«Lag alternativ» lager"));
    await expect($("#plan-list input[type=checkbox]")).not.toBeExisting();
    await $("#plan-list button[id^='alternative-']").click();
    await expect($("#step-heading")).toBeDisplayed();
    await $("#back-to-list").click();
    await expect($("#compare-help")).toHaveText(expect.stringContaining("Kryss av for 2–4 planer"));
    await expect($$("#plan-list input[type=checkbox]")).toBeElementsArrayOfSize(2);
    await screenshot("77-first-alternative-listed");
    await browser.keys([]);
  });
});
