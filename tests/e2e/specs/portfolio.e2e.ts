/**
 * «Alle planene samlet» in the real window: four plans in the plans file (two of them over
 * other years, one with an error, one an alternative), the portfolio opened from the plan list
 * with the user's own plans ticked, the alternative ticked and unticked again with the keyboard,
 * and every figure on the screen the command-line tool's portfolio of the same plans.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import {
  cli,
  recalculated,
  restartApp,
  screenshot,
  seriousAxeViolations,
  storeFile,
} from "../helpers";
import { exportDir, sandbox } from "../wdio.conf";

interface Plan {
  name: string;
  horizonYears: number;
  positions: { annualSalary: string }[];
}

interface CliPortfolio {
  years: {
    year: number;
    posts: number;
    fullTimeEquivalents: string;
    totalCost: string;
    grants: string;
    netCost: string;
    change: string | null;
  }[];
  totals: { totalCost: string; grants: string; netCost: string };
  leftOut: { name: string }[];
  notes: string[];
  budget: {
    rows: {
      function: { code: string | null };
      art: { code: string | null };
      total: string;
    }[];
  };
}

/** A number as the screen writes it, as the JSON does: "1 374 896,48" → "1374896.48". */
function plain(text: string): string {
  return text
    .replace(/[\s\u00a0]/g, "")
    .replace("−", "-")
    .replace(",", ".");
}

async function tableRows(): Promise<string[][]> {
  return $$("#portfolio-years tbody tr").map((row) =>
    row.$$("th, td").map(async (cell) => plain(await cell.getText())),
  );
}

describe("all the plans together", () => {
  it("adds the ticked plans up as the command line does, and names the one it leaves out", async () => {
    const example = (first: number, years: number) =>
      JSON.parse(cli(["example", "--first-year", String(first), "--years", String(years)])) as Plan;
    const nord = { ...example(2027, 10), name: "Bydel Nord" };
    const ost = { ...example(2029, 4), name: "Bydel Øst" };
    const vest = example(2027, 10);
    vest.name = "Bydel Vest";
    vest.positions[0] = { ...vest.positions[0], annualSalary: "-1" };
    const alternative = { ...nord, name: "Bydel Nord – alternativ B" };
    const stored = (id: string, plan: Plan, alternativeOf: string | null = null) => ({
      id,
      plan,
      step: "summary",
      updatedAt: "2026-12-01T10:00:00Z",
      drafts: {},
      alternativeOf,
      versions: [],
    });
    writeFileSync(
      storeFile,
      JSON.stringify({
        store: {
          schemaVersion: 3,
          plans: [
            stored("nord", nord),
            stored("nord-b", alternative, "nord"),
            stored("ost", ost),
            stored("vest", vest),
          ],
        },
      }),
    );
    await restartApp();
    await expect($("h1")).toHaveText("Mine planer");

    await $("#open-portfolio").click();
    await expect($("#portfolio-heading")).toHaveText("Alle planene samlet");
    await expect($("#portfolio-heading")).toBeFocused();
    // The user's own plans are ticked; the alternative, another way to make the same hire, not.
    await expect($("#portfolio-plan-nord")).toBeSelected();
    await expect($("#portfolio-plan-ost")).toBeSelected();
    await expect($("#portfolio-plan-vest")).toBeSelected();
    await expect($("#portfolio-plan-nord-b")).not.toBeSelected();

    // The same three plans through the command-line tool.
    const dir = mkdtempSync(path.join(sandbox, "portfolio-"));
    const files = [nord, ost, vest].map((plan, i) => {
      const file = path.join(dir, `${String(i)}.json`);
      writeFileSync(file, JSON.stringify(plan));
      return file;
    });
    const fromCli = JSON.parse(cli(["portfolio", ...files, "--format", "json"])) as CliPortfolio;
    expect(fromCli.leftOut.map((l) => l.name)).toEqual(["Bydel Vest"]);
    const expected = fromCli.years.map((y) => [
      String(y.year),
      String(y.posts),
      y.fullTimeEquivalents,
      y.totalCost,
      y.grants,
      y.netCost,
      y.change ?? "",
    ]);
    await $("#portfolio-years").waitForDisplayed();
    const onScreen = await tableRows();
    expect(onScreen).toEqual(expected);
    await expect($("#portfolio-step")).toHaveText(fromCli.notes[0] ?? "");
    expect(fromCli.notes[0]).toMatch(
      /^I 2029 må dere finne [\d\u00a0 ]+,\d\d kr mer enn året før: Bydel Øst begynner\.$/,
    );
    const leftOut = await $("#portfolio-left-out").getText();
    expect(leftOut).toContain("«Bydel Vest» er ikke regnet med:");
    expect(leftOut).toContain("kan ikke være negativ");
    expect(await seriousAxeViolations()).toEqual([]);
    await screenshot("95-portfolio");
    await $("#portfolio-years").scrollIntoView();
    await screenshot("95b-portfolio-years");
    await $("#portfolio-grants").scrollIntoView();
    await screenshot("95c-portfolio-grants");
    // The budget lines of the three plans added up, as the command line adds them.
    const budget = await $$("#portfolio-budget-table tbody tr").map((row) =>
      row.$$("th, td").map(async (cell) => (await cell.getText()).trim()),
    );
    expect(
      budget.map(([fn = "", art = "", , total = ""]) => [
        fn.split(" ")[0],
        art.split(" ")[0],
        plain(total),
      ]),
    ).toEqual(fromCli.budget.rows.map((r) => [r.function.code ?? "–", r.art.code ?? "–", r.total]));
    await $("#portfolio-budget").scrollIntoView();
    await screenshot("95e-portfolio-budget");

    // Tick the alternative, and the figures follow; untick it with the keyboard, and they are
    // the three plans' again. The focus stays on the box.
    await $("#portfolio-plan-nord-b").click();
    await expect($("#portfolio-plan-nord-b")).toBeSelected();
    await expect($("#portfolio-years tbody tr th")).toHaveText(String(fromCli.years[0]?.year));
    await browser.waitUntil(
      async () => JSON.stringify(await tableRows()) !== JSON.stringify(onScreen),
      { timeoutMsg: "the figures did not change with a fourth plan" },
    );
    await expect($("#portfolio-plan-nord-b")).toBeFocused();
    await browser.keys(" ");
    await expect($("#portfolio-plan-nord-b")).not.toBeSelected();
    await expect($("#portfolio-plan-nord-b")).toBeFocused();
    await browser.waitUntil(
      async () => JSON.stringify(await tableRows()) === JSON.stringify(onScreen),
      { timeoutMsg: "the figures did not come back to the three plans'" },
    );

    // «Last ned regneark»: Rust writes the workbook (the dialog is replaced by the test-only
    // export folder); LibreOffice, recalculating every formula, gets the command line's figures.
    const button = $("#portfolio-export-xlsx");
    await button.scrollIntoView({ block: "center" });
    await button.click();
    await $("#portfolio-xlsx-saved").waitForDisplayed({ timeout: 20_000 });
    const file = path.join(exportDir, "alle-planene.xlsx");
    await expect($("#portfolio-xlsx-saved")).toHaveText(expect.stringContaining(file));
    await expect($("#portfolio-open-xlsx")).toBeDisplayed();
    await screenshot("95d-portfolio-xlsx-exported");
    const book = recalculated(file, dir);
    expect(Object.keys(book).sort()).toEqual(
      ["Alle planene samlet", "1 Bydel Nord", "2 Bydel Øst", "Budsjettlinjer"].sort(),
    );
    // The budget lines' totals are the command line's, line by line.
    const budgetSheet = (book.Budsjettlinjer ?? []).filter((row) => row[2] !== "Kostnader i alt");
    expect(
      budgetSheet
        .slice(4, 4 + fromCli.budget.rows.length)
        .map((row) => Number(row[4 + fromCli.years.length]).toFixed(2)),
    ).toEqual(fromCli.budget.rows.map((r) => r.total));
    const ore = (v: string) => Number(v).toFixed(2);
    const sheetRows = (book["Alle planene samlet"] ?? []).slice(4);
    fromCli.years.forEach((y, i) => {
      const row = sheetRows[i] ?? [];
      expect(Number(row[0])).toBe(y.year);
      expect([row[3], row[4], row[5]].map((v) => ore(v ?? ""))).toEqual(
        [y.totalCost, y.grants, y.netCost].map(ore),
      );
    });
    const sum = sheetRows[fromCli.years.length] ?? [];
    expect(sum[0]).toBe("Sum");
    expect(ore(sum[5] ?? "")).toBe(ore(fromCli.totals.netCost));
    expect(JSON.stringify(book["Alle planene samlet"])).toContain("Bydel Vest");

    // «Eksporter PDF»: the same document the command line writes for the same plans and day.
    const pdfButton = $("#portfolio-export-pdf");
    await pdfButton.scrollIntoView({ block: "center" });
    await pdfButton.click();
    await $("#portfolio-pdf-saved").waitForDisplayed({ timeout: 20_000 });
    const pdf = path.join(exportDir, "alle-planene.pdf");
    await expect($("#portfolio-pdf-saved")).toHaveText(expect.stringContaining(pdf));
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    const today = `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    const fromCliPdf = path.join(dir, "portfolio.pdf");
    cli(["portfolio", ...files, "--pdf", fromCliPdf, "--date", today]);
    const pdfText = (f: string) =>
      execFileSync("pdftotext", ["-enc", "UTF-8", "-layout", f, "-"], { encoding: "utf8" });
    expect(pdfText(pdf)).toBe(pdfText(fromCliPdf));
    expect(pdfText(pdf)).toContain("Bydel Vest");

    // Back to the plan list by its button.
    await $("#portfolio-back").click();
    await expect($("h1")).toHaveText("Mine planer");
  });
});
