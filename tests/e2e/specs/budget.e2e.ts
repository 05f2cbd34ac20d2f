/**
 * «Budsjettlinjer» on the summary, in the real window: the example plan's costs split into the
 * lines of a municipal budget exactly as the command-line tool splits them, each with the code
 * in use and where it comes from; the user sets a function and a grant code at a person's pace,
 * makes a mistake and mends it, reaches the fields by the keyboard, leaves the step and comes
 * back, restarts the app, and finds the codes in the workbook LibreOffice recalculates.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import {
  cli,
  recalculated,
  restartApp,
  screenshot,
  seedOnePlan,
  seriousAxeViolations,
  storeFile,
  typeSlowly,
} from "../helpers";
import { exportDir, sandbox } from "../wdio.conf";

interface Stored {
  plan: { budgetCodes?: { function?: string; arts: Record<string, string> } };
}

function storedPlan(): Stored["plan"] {
  const file = JSON.parse(readFileSync(storeFile, "utf8")) as { store: { plans: Stored[] } };
  const plan = file.store.plans[0]?.plan;
  if (!plan) throw new Error("no plan saved");
  return plan;
}

/** A number as the screen writes it, as the CSV does: "597 987,03" → "597987,03". */
const plain = (text: string) => text.replace(/[\s\u00a0]/g, "").replace("−", "-");

/** The command line's budget lines for the plan as saved: line name → [art, first year, total]. */
function budgetFromCli(plan: unknown): Map<string, [string, string, string]> {
  const dir = mkdtempSync(path.join(sandbox, "budget-"));
  const file = path.join(dir, "plan.json");
  writeFileSync(file, JSON.stringify(plan));
  const rows = cli(["project", file, "--format", "csv"])
    .split("\n")
    .map((line) => line.split(";"))
    .filter((cells) => cells[1] === "budsjett");
  const lines = new Map<string, [string, string, string]>();
  for (const [, , art = "", name = "", , amount = "0"] of rows) {
    const cents = Math.round(Number(amount.replace(",", ".")) * 100);
    const seen = lines.get(name);
    if (seen) {
      const total = Math.round(Number(seen[2].replace(",", ".")) * 100) + cents;
      lines.set(name, [art, seen[1], (total / 100).toFixed(2).replace(".", ",")]);
    } else {
      lines.set(name, [art, amount, amount]);
    }
  }
  return lines;
}

describe("budget lines", () => {
  it("splits the plan as the command line does and keeps the codes the user sets", async () => {
    const example = JSON.parse(cli(["example", "--first-year", "2027", "--years", "10"])) as {
      name: string;
    };
    example.name = "Bydel Sør budsjett";
    seedOnePlan("plan", example, "summary");
    await restartApp();
    await $("#open-plan").click();
    await expect($("#step-heading")).toHaveText("Oppsummering");
    const section = $("#budget-lines");
    await section.scrollIntoView({ block: "start" });

    // Every line on the screen is the command line's: its name, the code in use, its first
    // year and its total.
    const expected = budgetFromCli(storedPlan());
    const onScreen = await $$("#budget-table tbody tr").map(async (row) => {
      const cells = await row.$$("th, td").map((c) => c.getText());
      const row4: [string, string, string, string] = [
        cells[0] ?? "",
        cells[1] ?? "",
        plain(cells[3] ?? ""),
        plain(cells[4] ?? ""),
      ];
      return row4;
    });
    expect(onScreen.length).toBe(expected.size);
    for (const [name, now, first, total] of onScreen) {
      const [art, cliFirst, cliTotal] = expected.get(name) ?? ["?", "?", "?"];
      expect([now, first, total]).toEqual([
        art === "" ? "– (settes av dere)" : `${art} (etter KOSTRA)`,
        cliFirst,
        cliTotal,
      ]);
    }
    await expect($("#budget-source")).toHaveText(
      expect.stringContaining("Regnskapsrapporteringen i KOSTRA"),
    );
    await expect($("#budget-lines")).toHaveText(
      expect.stringContaining("Brukes nå: 243 (etter KOSTRA)."),
    );
    await screenshot("96-budget-lines");

    // The keyboard alone: from the function, Tab passes the table's scroll region and lands on
    // the first line's own code.
    await $("#field-budgetCodes-function").click();
    await browser.keys(["Tab"]);
    await browser.keys(["Tab"]);
    await expect($("#field-budgetCodes-arts-fixedPay")).toBeFocused();

    // A code for the grants, typed with a space by mistake: the error is said beside it at
    // once (the summary has no «Neste» to wait for) and the figures wait.
    const grants = "#field-budgetCodes-arts-grants";
    await typeSlowly(grants, "18 100");
    await expect($(grants)).toHaveAttribute("aria-invalid", "true");
    await expect($("#budget-lines")).toHaveText(
      expect.stringContaining("Bruk bare tall og bokstaver, som 010 eller 10100."),
    );
    // The banner over the figures names the field in words, as its label reads.
    await expect($("#stale-projection")).toHaveText(
      expect.stringContaining("«Deres art for Tilskudd (inntekt)»"),
    );
    await screenshot("96b-budget-code-error");
    // Mended: the space goes, the error goes, and the line says the code is the user's.
    await typeSlowly(grants, "18100");
    await expect($(grants)).not.toHaveAttribute("aria-invalid", "true");
    await expect($('[data-line="grants"] [data-cell="now"]')).toHaveText("18100 (satt av dere)");
    await expect($(grants)).toHaveValue("18100");
    await expect($(grants)).toBeFocused();

    await typeSlowly("#field-budgetCodes-function", "2430");
    await expect($('[data-line="fixedPay"] [data-cell="now"]')).toHaveText("010 (etter KOSTRA)");
    await expect($("#save-state")).toHaveText("Alle endringer er lagret");
    expect(storedPlan().budgetCodes).toEqual({ function: "2430", arts: { grants: "18100" } });
    expect(await seriousAxeViolations()).toEqual([]);

    // Leave by the step list and come back; then close and start the app again.
    await $('[data-step="grants"]').click();
    await expect($("#step-heading")).toHaveText("Tilskudd");
    await $('[data-step="summary"]').click();
    await expect($(grants)).toHaveValue("18100");
    await restartApp();
    await $("#open-plan").click();
    await expect($("#step-heading")).toHaveText("Oppsummering");
    await expect($("#field-budgetCodes-function")).toHaveValue("2430");
    await expect($(grants)).toHaveValue("18100");

    // The workbook: LibreOffice recalculates «Budsjettlinjer» with the user's codes on it and
    // the costs adding up to the plan's total.
    const before = Date.now();
    await $("#export-xlsx").scrollIntoView({ block: "center" });
    await $("#export-xlsx").click();
    await $("#xlsx-saved").waitForDisplayed({ timeout: 20_000 });
    const newest = readdirSync(exportDir)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(exportDir, f))
      .filter((f) => statSync(f).mtimeMs >= before - 1000)
      .at(0);
    if (!newest) throw new Error("no workbook was written");
    const book = recalculated(newest, mkdtempSync(path.join(sandbox, "budget-xlsx-")));
    const sheet = book.Budsjettlinjer ?? [];
    const grantRow = sheet.find((row) => row[2] === "Tilskudd (inntekt)") ?? [];
    expect(grantRow.slice(0, 4)).toEqual(["2430", "18100", "Tilskudd (inntekt)", "satt av dere"]);
    const fixed = sheet.find((row) => row[2] === "Fast lønn med feriepenger") ?? [];
    expect(fixed.slice(0, 4)).toEqual(["2430", "010", "Fast lønn med feriepenger", "etter KOSTRA"]);
    const projection = JSON.parse(
      cli(["project", writePlan(storedPlan()), "--format", "json"]),
    ) as { years: unknown[]; totals: { totalCost: string } };
    const costs = sheet.find((row) => row[2] === "Kostnader i alt") ?? [];
    expect(Math.round(Number(costs[4 + projection.years.length]) * 100)).toBe(
      Math.round(Number(projection.totals.totalCost) * 100),
    );
  });
});

function writePlan(plan: unknown): string {
  const dir = mkdtempSync(path.join(sandbox, "budget-plan-"));
  const file = path.join(dir, "plan.json");
  writeFileSync(file, JSON.stringify(plan));
  return file;
}
