/**
 * «Last ned regneark» in the real window: Rust writes the plan as a live workbook (the save
 * dialog is replaced by the test-only export folder). LibreOffice Calc opens it with every
 * formula recalculated, and each recalculated figure equals what the command-line tool projects
 * for the plan as the app saved it; a file that cannot be replaced is said so beside the button
 * and nothing is written.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { writeFileSync } from "node:fs";
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import {
  cli,
  recalculated,
  restartApp,
  screenshot,
  seedOnePlan,
  storeFile,
  typeSlowly,
} from "../helpers";
import { exportDir, sandbox } from "../wdio.conf";

interface YearSummary {
  year: number;
  payrollCost: string;
  otherCosts: string;
  totalCost: string;
  grants: string;
  netCost: string;
}
interface Projection {
  years: YearSummary[];
  totals: { totalCost: string; grants: string; netCost: string };
  positions: { years: { year: number; payrollCost: string }[] }[];
}

/** The plan as the app saved it, once it says everything is saved. */
async function savedPlan(): Promise<unknown> {
  await expect($("#save-state")).toHaveText("Alle endringer er lagret");
  const file = JSON.parse(readFileSync(storeFile, "utf8")) as {
    store: { plans: { plan: unknown }[] };
  };
  return file.store.plans[0]?.plan;
}

/** An amount as the workbook holds it (`1234.5`) and as the engine writes it (`1234.50`), the
 * same number to the øre. */
const ore = (value: string) => Math.round(Number(value) * 100);

const name = "Erfaringskonsulenter i Bydel Nord 2027";
const file = path.join(exportDir, "ansettelsesplan-erfaringskonsulenter-i-bydel-nord-2027.xlsx");

describe("downloading the hiring plan as a spreadsheet", () => {
  it("writes a workbook whose recalculated figures are the plan's, to the øre", async () => {
    const example = cli(["example", "--first-year", "2027", "--years", "10"]);
    seedOnePlan("plan", JSON.parse(example) as unknown, "salary");
    await restartApp();
    await $("#open-plan").click();
    await expect($("#step-heading")).toHaveText("Lønn");
    // A new salary for the first post, typed as a person types it.
    await typeSlowly("#field-positions-0-annualSalary", "512 345,67");
    await $('[data-step="summary"]').click();
    await expect($("#step-heading")).toHaveText("Oppsummering");

    const button = $("#export-xlsx");
    await button.scrollIntoView({ block: "center" });
    await expect($("#export-pdf")).toBeDisplayed();
    await button.click();
    await $("#xlsx-saved").waitForDisplayed({ timeout: 20_000 });
    await expect($("#xlsx-saved")).toHaveText(expect.stringContaining(file));
    await expect($("#open-xlsx")).toBeDisplayed();
    // Only the spreadsheet's card changed.
    await expect($("#pdf-saved")).not.toBeExisting();
    await screenshot("75-xlsx-exported");
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    // No temporary file is left next to it.
    expect(readdirSync(exportDir).filter((f) => f.includes(".tmp") || f.startsWith("."))).toEqual(
      [],
    );

    // The plan as saved, projected by the command-line tool.
    const dir = mkdtempSync(path.join(sandbox, "xlsx-"));
    const planFile = path.join(dir, "plan.json");
    writeFileSync(planFile, JSON.stringify(await savedPlan()));
    const projection = JSON.parse(cli(["project", planFile, "--format", "json"])) as Projection;

    const book = recalculated(file, dir);
    expect(Object.keys(book).sort()).toEqual(
      [
        "Andre kostnader",
        "Budsjettlinjer",
        "Forutsetninger",
        "Oppsummering",
        "Stillinger",
        "Tilskudd",
        "År for år",
      ].sort(),
    );
    // The salary the user typed is the first post's input.
    const inputs = book.Forutsetninger ?? [];
    const salaryRow = inputs.find((row) => row[0]?.startsWith("Stilling 1"));
    expect(salaryRow?.[1]).toBe("512345.67");
    // Year by year, every recalculated figure equals the projection's.
    const years = (book["År for år"] ?? []).slice(4);
    projection.years.forEach((y, i) => {
      const row = years[i] ?? [];
      expect(Number(row[0])).toBe(y.year);
      expect([row[1], row[2], row[3], row[4], row[5]].map((v) => ore(v ?? ""))).toEqual(
        [y.payrollCost, y.otherCosts, y.totalCost, y.grants, y.netCost].map(ore),
      );
    });
    const sum = years[projection.years.length] ?? [];
    expect(sum[0]).toBe("Sum");
    expect(ore(sum[3] ?? "")).toBe(ore(projection.totals.totalCost));
    expect(ore(sum[5] ?? "")).toBe(ore(projection.totals.netCost));
    // And so does each post's payroll cost, row by row.
    const posts = (book.Stillinger ?? []).slice(4);
    const expected = projection.positions.flatMap((p) => p.years.map((y) => ore(y.payrollCost)));
    expect(posts.map((row) => ore(row[13] ?? ""))).toEqual(expected);
    // The budget lines' costs add up, recalculated, to the year table's total.
    const budget = book.Budsjettlinjer ?? [];
    const costs = budget.find((row) => row[2] === "Kostnader i alt") ?? [];
    expect(ore(costs[4 + projection.years.length] ?? "")).toBe(ore(projection.totals.totalCost));
    // The summary sheet's total is the one the summary step shows.
    const summary = book.Oppsummering ?? [];
    const total = summary.find((row) => row[0]?.startsWith("Total kostnad"));
    expect(ore(total?.[1] ?? "")).toBe(ore(projection.totals.totalCost));
    expect(summary[1]?.[0]).toBe(name);
  });

  it("says so when the file cannot be replaced, and writes nothing", async () => {
    // A folder where the workbook should go cannot be replaced by it, as a workbook open in
    // Excel cannot on Windows.
    rmSync(file);
    mkdirSync(file);
    const before = readdirSync(exportDir).sort();
    // With the keyboard alone: focus the button and press Enter.
    await $("#export-xlsx").scrollIntoView({ block: "center" });
    await browser.execute(() => {
      document.getElementById("export-xlsx")?.focus();
    });
    await browser.keys("Enter");
    await $("#xlsx-error").waitForDisplayed({ timeout: 20_000 });
    await expect($("#xlsx-error")).toHaveText(
      "Filen kan ikke erstattes fordi den er i bruk, for eksempel åpen i Excel. Lukk den eller velg et annet navn, og prøv igjen. Ingenting ble lagret.",
    );
    await expect($("#xlsx-saved")).not.toBeExisting();
    await screenshot("76-xlsx-in-use");
    expect(readdirSync(exportDir).sort()).toEqual(before);
    expect(readdirSync(file)).toEqual([]);
    // Focus stayed on the button (it was never disabled while busy), so once the file is free
    // the same key press works again.
    expect(await browser.execute(() => document.activeElement?.id)).toBe("export-xlsx");
    rmSync(file, { recursive: true });
    await browser.keys("Enter");
    await $("#xlsx-saved").waitForDisplayed({ timeout: 20_000 });
    await expect($("#xlsx-error")).not.toBeExisting();
    expect(existsSync(file)).toBe(true);
  });

  it("writes the English workbook when the app speaks English", async () => {
    await $("#lang-en").click();
    // The English catalogue is loaded on demand: click once the page has switched, as a person
    // (the words under the pointer change when it does).
    await expect($("html")).toHaveAttribute("lang", "en");
    await expect($("#export-xlsx")).toHaveText("Download spreadsheet");
    await $("#export-xlsx").scrollIntoView({ block: "center" });
    await $("#export-xlsx").click();
    const english = path.join(exportDir, "hiring-plan-erfaringskonsulenter-i-bydel-nord-2027.xlsx");
    await browser.waitUntil(() => existsSync(english), { timeout: 20_000 });
    await expect($("#xlsx-saved")).toHaveText(expect.stringContaining(english));
    const book = recalculated(english, mkdtempSync(path.join(sandbox, "xlsx-en-")));
    expect(Object.keys(book).sort()).toEqual(
      [
        "Assumptions",
        "Budget lines",
        "Grants",
        "Other costs",
        "Posts",
        "Summary",
        "Year by year",
      ].sort(),
    );
    expect(book.Posts?.[3]?.[7]).toBe("Contract salary (NOK)");
    expect(book["Budget lines"]?.[3]?.slice(0, 4)).toEqual(["Function", "Art", "Line", "Code"]);
    await $("#lang-nb").click();
  });
});
