/**
 * «Eksporter PDF» in the real window: Rust renders the plan and writes the file (the save dialog
 * is replaced by the test-only export folder); the PDF, read back with pdftotext, carries the
 * same key figures the summary shows, and the plan's name with its æøå.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import { retype, screenshot, textOf, typeSlowly } from "../helpers";
import { exportDir, openedLog } from "../wdio.conf";

describe("exporting the hiring plan as a PDF", () => {
  it("writes a PDF with the summary's figures and offers to open it", async () => {
    await $("#new-plan").click();
    await $("#start-wizard").click();
    await retype("#field-name", "PDF-plan for Bydel Østensjø og Ærøy");
    await $('[data-step="role"]').click();
    await $("#add-position").click();
    await $("#field-positions-0-title").waitForDisplayed();
    await $('[data-step="salary"]').click();
    await typeSlowly("#field-positions-0-annualSalary", "600 000", 40);
    await expect($(".salary-band")).toHaveText(
      expect.stringContaining("Utenfor det vanlige spennet 350 000–550 000 kr."),
    );
    await $('[data-step="grants"]').click();
    await $("#add-grant-stepped").click();
    await $("#field-grants-0-name").waitForDisplayed();
    await $('[data-step="summary"]').click();
    await $("#key-figures").waitForDisplayed();

    const button = $("#export-pdf");
    await button.scrollIntoView({ block: "center" });
    await expect(button).toBeEnabled();
    await button.click();
    await $("#pdf-saved").waitForDisplayed({ timeout: 20_000 });
    const file = path.join(exportDir, "ansettelsesplan-pdf-plan-for-bydel-østensjø-og-ærøy.pdf");
    await expect($("#pdf-saved")).toHaveText(expect.stringContaining(file));
    await expect($("#open-pdf")).toBeDisplayed();
    await screenshot("30-pdf-exported");
    // «Åpne PDF» hands the file to the system's opener (a stand-in here that notes what it got).
    await $("#open-pdf").click();
    await browser.waitUntil(() => existsSync(openedLog), { timeout: 5000 });
    expect(readFileSync(openedLog, "utf8").trim().split("\n")).toEqual([file]);

    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-layout", file, "-"], {
      encoding: "utf8",
    });
    expect(text).toContain("PDF-plan for Bydel Østensjø og Ærøy");
    // The header says when the plan was last changed: today, from the saved plan.
    expect(text).toMatch(/sist endret \d{2}\.\d{2}\.\d{4}/);
    // The first page has the summary's cards: each label with its year or period, each value.
    for (const id of ["#kf-first-year", "#kf-carried", "#kf-total", "#kf-grants", "#kf-net"]) {
      const label = await textOf(`${id} .key-label`);
      const shown = await textOf(`${id} .key-value`);
      const line = text.split("\n").find((l) => l.includes(label.split(",")[0] ?? label));
      expect(`${label}: ${line ?? "(not in the PDF)"}`).toContain(shown);
    }
    const cliff = await textOf("#kf-cliff .key-detail");
    expect(text).toContain(cliff);
    // The warnings are the same sentences on the screen and in the PDF (Rust words both).
    const flat = (t: string) => t.replace(/[\s\u00a0]+/g, " ").trim();
    const sentences = (await $$("#warnings .warning-text").map((e) => e.getText())).map(flat);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences).toContain(
      "Stilling 1 (Erfaringskonsulent): årslønnen 600 000,00 kr er utenfor det vanlige spennet 350 000–550 000 kr.",
    );
    const plain = flat(
      execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }),
    );
    for (const sentence of sentences) expect(plain).toContain(flat(sentence));
    // No temporary file is left next to it.
    expect(readdirSync(exportDir)).toEqual([path.basename(file)]);
  });

  it("writes the English PDF when the app speaks English", async () => {
    await $("#lang-en").click();
    await $("#export-pdf").click();
    await $("#pdf-saved").waitForDisplayed({ timeout: 20_000 });
    const file = path.join(exportDir, "hiring-plan-pdf-plan-for-bydel-østensjø-og-ærøy.pdf");
    await browser.waitUntil(() => existsSync(file), { timeout: 5000 });
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    expect(text).toContain("Hiring plan for peer support workers");
    await $("#lang-nb").click();
  });

  it("says so beside the button when the folder has vanished, and writes nothing", async () => {
    rmSync(exportDir, { recursive: true, force: true });
    await $("#export-pdf").click();
    await $("#pdf-error").waitForDisplayed({ timeout: 20_000 });
    await expect($("#pdf-error")).toHaveText(
      "Mappen du valgte finnes ikke lenger. Velg et annet sted og prøv igjen.",
    );
    await $("#export-card").scrollIntoView({ block: "center" });
    await screenshot("31-pdf-folder-missing");
    expect(existsSync(exportDir)).toBe(false);
    mkdirSync(exportDir, { recursive: true });
    // Once the folder is back, the same button works again.
    await $("#export-pdf").click();
    await $("#pdf-saved").waitForDisplayed({ timeout: 20_000 });
    await expect($("#pdf-error")).not.toBeDisplayed();
  });

  it("takes a fixed yearly sum for the posts, whatever their percentage, to the PDF", async () => {
    await $('[data-step="grants"]').click();
    await $("#field-grants-0-shape").selectByAttribute("value", "fixedPerYear");
    // Rust's starting sums: 300 000 kr a year for three years.
    await expect($("#field-grants-0-shape-amounts-2")).toBeDisplayed();
    await retype("#field-grants-0-shape-amounts-0", "240 000");
    await $("#field-grants-0-shape-amounts-0").scrollIntoView({ block: "center" });
    await screenshot("32-grant-fixed-per-year");
    await $('[data-step="summary"]').click();
    await $("#key-figures").waitForDisplayed();
    await expect($("#save-state")).toHaveText("Alle endringer er lagret");
    const button = $("#export-pdf");
    await button.scrollIntoView({ block: "center" });
    await button.click();
    await $("#pdf-saved").waitForDisplayed({ timeout: 20_000 });
    const file = path.join(exportDir, "ansettelsesplan-pdf-plan-for-bydel-østensjø-og-ærøy.pdf");
    const plain = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" })
      .replace(/[\s\u00a0]+/g, " ")
      .trim();
    // The post works all year at 100 %: the whole sum, in the shape's own words.
    const firstYear = Number(await $("#year-table tbody tr").getAttribute("data-year"));
    expect(plain).toContain(
      `${firstYear}: 240 000,00 kr for året, for månedene stillingene er i arbeid; gir rett på 240 000,00; utbetalt 240 000,00`,
    );
    expect(plain).toContain(
      `${firstYear + 1}: 300 000,00 kr for året, for månedene stillingene er i arbeid`,
    );
  });
});
