/**
 * One plan as a file of its own, in the real app: «Hent plan fra fil» reads a plan file through
 * Rust (unknown fields reported, hostile text shown as text, bad files refused with a Norwegian
 * message), and «Lagre som fil» writes a file the command-line tool accepts.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import { cli, screenshot } from "../helpers";
import { exportDir, importFile } from "../wdio.conf";

// Markup in a name must stay text: if it were ever parsed, the image's handler would run.
const hostileName = `Plan fra fil <img src=x onerror="document.title='hacked'">`;

function examplePlan(): Record<string, unknown> {
  return JSON.parse(cli(["example"])) as Record<string, unknown>;
}

async function planNames(): Promise<string[]> {
  return browser.execute(() =>
    [...document.querySelectorAll("#plan-list h2")].map((h) => h.textContent),
  );
}

describe("a plan as a file of its own", () => {
  it("imports a plan file, names the fields it left out, and shows markup as text", async () => {
    const plan = examplePlan();
    plan.name = hostileName;
    plan.colour = "blue";
    (plan.organisation as Record<string, unknown>).ceo = "Kari";
    writeFileSync(importFile, JSON.stringify(plan, null, 2));

    await expect($("h1")).toHaveText("Mine planer");
    await $("#import-plan").click();
    await expect($("#import-result")).toHaveText(
      expect.stringContaining(`Planen «${hostileName}» er hentet inn`),
    );
    const unknown = await browser.execute(() =>
      [...document.querySelectorAll("#import-unknown li")].map((li) => li.textContent),
    );
    expect(unknown).toEqual(["colour", "organisation.ceo"]);
    await expect($("#import-result")).toBeFocused();
    expect(await planNames()).toEqual([hostileName]);
    expect(await browser.execute(() => document.querySelectorAll("img").length)).toBe(0);
    expect(await browser.getTitle()).toBe("Erfaringsplan");
    await screenshot("50-plan-imported");
  });

  it("saves the plan as a file the command-line tool reads back unchanged", async () => {
    await $("#plan-list [data-action=save-file]").click();
    await expect($("#plan-list [data-status=saved]")).toHaveText(
      expect.stringContaining(exportDir),
    );
    const files = readdirSync(exportDir).filter((f) => f.endsWith(".json"));
    expect(files).toEqual([
      "erfaringsplan-plan-fra-fil-img-src-x-onerror-document-title-hacked.json",
    ]);
    const file = path.join(exportDir, files[0] ?? "");
    const saved = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    const original = examplePlan();
    original.name = hostileName;
    expect(saved).toEqual(original);
    // The tool accepts it without a word (no unknown fields, no errors).
    cli(["validate", file]);
  });

  it("refuses a file that is not JSON, in Norwegian, and adds nothing", async () => {
    writeFileSync(importFile, '{\n  "name": "Halv plan",\n  "firstYear": 20');
    await $("#import-plan").click();
    await expect($("#import-error")).toHaveText(
      "Fila er ikke en plan-fil fra Erfaringsplan. Den kan ikke leses som JSON (linje 3, tegn 17).",
    );
    await expect($("#import-error")).toBeFocused();
    expect(await planNames()).toEqual([hostileName]);
    await screenshot("51-import-refused");
  });

  it("refuses a file over 5 MB before reading it", async () => {
    writeFileSync(importFile, " ".repeat(5 * 1024 * 1024 + 1));
    await $("#import-plan").click();
    await expect($("#import-error")).toHaveText(
      "Fila er for stor. En plan-fil kan være høyst 5 MB.",
    );
    expect(await planNames()).toEqual([hostileName]);
  });

  it("names the field that is wrong", async () => {
    const plan = examplePlan();
    (plan.positions as Record<string, unknown>[])[1] = {
      ...(plan.positions as Record<string, unknown>[])[1],
      ftePercent: 50,
    };
    writeFileSync(importFile, JSON.stringify(plan));
    await $("#import-plan").click();
    await expect($("#import-error")).toHaveText(
      "Planen har en feil i «Stillingsprosent (stilling 2)» og kan ikke leses.",
    );
  });
});
