/**
 * Alternatives and their comparison in the real window: «Lag alternativ» on a plan, two posts at
 * 50 % in the alternative, «Sammenlign med alternativene», and every figure on the screen the
 * same as the command-line tool's comparison of the same two plans.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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
import { exportDir, sandbox, screenshotDir } from "../wdio.conf";

interface Stored {
  id: string;
  alternativeOf: string | null;
  versions?: { label: string }[];
  plan: { name: string; positions: { ftePercent: string }[] };
}

function storedPlans(): Stored[] {
  return (JSON.parse(readFileSync(storeFile, "utf8")) as { store: { plans: Stored[] } }).store
    .plans;
}

async function waitSaved(): Promise<void> {
  // Saved, also with an error left to fix in the plan.
  await expect($("#save-state")).toHaveAttribute("data-state", "saved");
}

/** The texts of a table's body rows, cell by cell (the row heading first). */
async function rows(selector: string): Promise<string[][]> {
  return $$(`${selector} tbody tr`).map((row) =>
    row.$$("th, td").map(async (cell) => (await cell.getText()).trim()),
  );
}

describe("alternatives and comparison", () => {
  it("makes an alternative with two posts at 50 % and compares it as the command line does", async () => {
    // The example plan (posts at 100 % and 50 %), as a user who has made it would have it.
    const example = JSON.parse(cli(["example", "--first-year", "2027", "--years", "10"])) as {
      name: string;
    };
    seedOnePlan("base-plan", example, "summary");
    await restartApp();
    await expect($("h1")).toHaveText("Mine planer");

    await $("#alternative-base-plan").click();
    // The alternative opens at once, on the step the base was on, under its own name.
    await expect($("#step-heading")).toHaveText("Oppsummering");
    await expect($("#field-name")).not.toBeExisting();
    await $('[data-step="role"]').click();
    await expect($("#step-heading")).toHaveText("Rollen");
    await typeSlowly("#field-positions-0-ftePercent", "50");
    await waitSaved();
    const alternative = storedPlans().find((p) => p.alternativeOf === "base-plan");
    expect(alternative?.plan.name).toBe(`${example.name} – alternativ B`);
    expect(alternative?.plan.positions.map((p) => p.ftePercent)).toEqual(["50", "50"]);

    await $("#back-to-list").click();
    await expect($("h1")).toHaveText("Mine planer");
    const group = $(`ul[aria-label="Alternativer til «${example.name}»"]`);
    await expect(group).toHaveText(expect.stringContaining(`${example.name} – alternativ B`));
    await screenshot("60-plan-list-with-alternative");

    await $("#compare-alternatives-base-plan").click();
    await expect($("#compare-heading")).toHaveText("Sammenligning av alternativer");
    await $("#compare-figures").waitForDisplayed();
    await screenshot("61-comparison");
    await $("#compare-chart").scrollIntoView();
    await screenshot("61b-comparison-chart");
    await $("#compare-changes").scrollIntoView();
    await screenshot("61c-comparison-changes");

    // The same two plans through the command-line tool, from the plans file as saved.
    const dir = mkdtempSync(path.join(sandbox, "compare-"));
    const files = storedPlans().map((p, i) => {
      const file = path.join(dir, `${String(i)}.json`);
      writeFileSync(file, JSON.stringify(p.plan));
      return file;
    });
    const fromCli = JSON.parse(cli(["compare", ...files, "--format", "json"])) as {
      figures: { label: string; valueTexts: string[]; differenceTexts: string[] }[];
      years: { year: number; netCostTexts: string[]; differenceTexts: string[] }[];
      changes: string[][];
    };
    expect(await rows("#compare-figures")).toEqual(
      fromCli.figures.map((f) => [f.label, f.valueTexts[0], f.valueTexts[1], f.differenceTexts[1]]),
    );
    expect(await rows("#compare-years")).toEqual(
      fromCli.years.map((y) => [
        String(y.year),
        y.netCostTexts[0],
        y.netCostTexts[1],
        y.differenceTexts[1],
      ]),
    );
    const changes = await $("#compare-changes").getText();
    for (const change of fromCli.changes[1] ?? []) expect(changes).toContain(change);
    expect(changes).toContain("stillingsprosent 50 % (grunnlaget: 100 %)");
    // Half a post less costs less: the difference in net cost is negative.
    const net = (await rows("#compare-figures")).find((r) => r[0] === "Netto for arbeidsgiver");
    expect(net?.[3]).toMatch(/^−[\d\u00a0 ]+,\d\d kr \(−\d+,\d %\)$/);

    // «Eksporter sammenligningen som PDF»: Rust writes the document (the dialog is replaced by
    // the test-only export folder); read back, it is the command-line tool's PDF of the same
    // two plans, and it carries every key figure the screen shows.
    await $("#compare-export-pdf").scrollIntoView();
    await $("#compare-export-pdf").click();
    await $("#compare-pdf-saved").waitForDisplayed({ timeout: 20_000 });
    const exported = path.join(
      exportDir,
      "sammenligning-erfaringskonsulenter-i-bydel-nord-2027.pdf",
    );
    await expect($("#compare-pdf-saved")).toHaveText(expect.stringContaining(exported));
    await expect($("#compare-open-pdf")).toBeDisplayed();
    await screenshot("68-comparison-pdf-exported");
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    const today = `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    const fromCliPdf = path.join(dir, "comparison.pdf");
    cli(["compare", ...files, "--pdf", fromCliPdf, "--date", today]);
    const pdfText = (file: string) =>
      execFileSync("pdftotext", ["-enc", "UTF-8", "-layout", file, "-"], { encoding: "utf8" });
    const text = pdfText(exported);
    expect(text).toBe(pdfText(fromCliPdf));
    const flat = text.replace(/\u00a0/g, " ").replace(/\s+/g, " ");
    expect(flat).toContain("Sammenligning av alternativer");
    expect(flat).toContain(`${example.name} – alternativ B`);
    for (const f of fromCli.figures) {
      for (const value of f.valueTexts) expect(flat).toContain(value);
    }
    for (const y of fromCli.years) expect(flat).toContain(y.differenceTexts[1] ?? "");
    for (const change of fromCli.changes[1] ?? []) expect(flat).toContain(change);
    // Its pages, as a reader sees them.
    execFileSync("pdftoppm", [
      "-r",
      "70",
      "-png",
      exported,
      path.join(screenshotDir, "69-comparison-pdf"),
    ]);

    // «Last ned sammenligningen som regneark», beside the PDF: the workbook the command-line
    // tool writes for the same plans and day, and, recalculated by LibreOffice, every net cost
    // and difference year by year is the comparison's.
    await $("#compare-export-xlsx").scrollIntoView({ block: "center" });
    await $("#compare-export-xlsx").click();
    await $("#compare-xlsx-saved").waitForDisplayed({ timeout: 20_000 });
    const workbook = path.join(
      exportDir,
      "sammenligning-erfaringskonsulenter-i-bydel-nord-2027.xlsx",
    );
    await expect($("#compare-xlsx-saved")).toHaveText(expect.stringContaining(workbook));
    await expect($("#compare-pdf-saved")).toBeDisplayed();
    await screenshot("69b-comparison-xlsx-exported");
    const fromCliXlsx = path.join(dir, "comparison.xlsx");
    cli(["compare", ...files, "--xlsx", fromCliXlsx, "--date", today]);
    expect(readFileSync(workbook).equals(readFileSync(fromCliXlsx))).toBe(true);
    const fromCliNumbers = JSON.parse(cli(["compare", ...files, "--format", "json"])) as {
      years: { year: number; netCost: (string | null)[]; differences: (string | null)[] }[];
    };
    const book = recalculated(workbook, dir);
    const sheet = book.Sammenligning ?? [];
    const start = sheet.findIndex((row) => row[0] === "År");
    const ore = (v: string | null | undefined) => Math.round(Number(v ?? "0") * 100);
    fromCliNumbers.years.forEach((y, i) => {
      const row = sheet[start + 1 + i] ?? [];
      expect(Number(row[0])).toBe(y.year);
      expect([ore(row[1]), ore(row[2]), ore(row[3])]).toEqual([
        ore(y.netCost[0]),
        ore(y.netCost[1]),
        ore(y.differences[1]),
      ]);
    });

    // The alternative as the base: the columns change places.
    await $("#compare-base").selectByIndex(1);
    await expect($("#compare-figures thead")).toHaveText(
      expect.stringContaining(`${example.name} – alternativ B (grunnlag)`),
    );
    const swapped = (await rows("#compare-figures")).find((r) => r[0] === "Netto for arbeidsgiver");
    expect(swapped?.[3]?.startsWith("+")).toBe(true);
    await screenshot("62-comparison-other-base");

    await $("#compare-back").click();
    await expect($("h1")).toHaveText("Mine planer");
  });

  it("compares plans ticked on the list, and names a plan with an error", async () => {
    await $("#new-plan").click();
    await $("#start-wizard").click();
    await $('[data-step="role"]').click();
    await $("#add-position").click();
    await $("#field-positions-0-ftePercent").waitForDisplayed();
    await $('[data-step="salary"]').click();
    await typeSlowly("#field-positions-0-annualSalary", "0");
    await waitSaved();
    await $("#back-to-list").click();
    const plans = storedPlans();
    const fresh = plans.at(-1);
    await $("#choose-base-plan").click();
    await $(`#choose-${fresh?.id ?? ""}`).click();
    await expect($("#compare-chosen")).toHaveText("Sammenlign valgte (2)");
    await $("#compare-chosen").click();
    await expect($("#compare-error")).toHaveText(
      expect.stringContaining(`«${fresh?.plan.name ?? ""}» kan ikke sammenlignes ennå`),
    );
    await screenshot("63-comparison-error");
    await $("#compare-fix").click();
    await expect($("#step-heading")).toBeDisplayed();
  });

  it("shows «Hva om …» as the command line does, and keeps a row as an alternative", async () => {
    await $("#back-to-list").click();
    await $("#open-base-plan").click();
    await $('[data-step="summary"]').click();
    await $("#what-if").waitForDisplayed();
    await $("#what-if").scrollIntoView();
    await screenshot("64-what-if");
    const base = storedPlans().find((p) => p.id === "base-plan");
    const dir = mkdtempSync(path.join(sandbox, "what-if-"));
    const file = path.join(dir, "base.json");
    writeFileSync(file, JSON.stringify(base?.plan));
    const fromCli = JSON.parse(cli(["what-if", file, "--format", "json"])) as {
      scenario: string;
      label: string;
      extraNetCost: string;
      extraNetCostText: string;
      worstYearText: string;
    }[];
    const shown = await $$("#what-if tbody tr").map((row) =>
      row.$$("th, td").map(async (cell) => (await cell.getText()).trim()),
    );
    expect(shown).toEqual(
      fromCli.map((r) => [
        r.label.charAt(0).toUpperCase() + r.label.slice(1),
        r.extraNetCostText,
        r.worstYearText,
        "Lag alternativ",
      ]),
    );

    const before = storedPlans().length;
    await $("#what-if-alternative-grantsEndYearEarlier").click();
    await expect($("#step-heading")).toHaveText("Oppsummering");
    await waitSaved();
    const plans = storedPlans();
    expect(plans).toHaveLength(before + 1);
    const kept = plans.find((p) => p.plan.name === `${base?.plan.name ?? ""} – alternativ C`);
    expect(kept?.alternativeOf).toBe("base-plan");
    // Its projection is the base's plus what the row said, to the øre.
    const keptFile = path.join(dir, "kept.json");
    writeFileSync(keptFile, JSON.stringify(kept?.plan));
    const net = (f: string) =>
      (JSON.parse(cli(["project", f, "--format", "json"])) as { totals: { netCost: string } })
        .totals.netCost;
    const extra = fromCli.find((r) => r.scenario === "grantsEndYearEarlier")?.extraNetCost ?? "";
    // Amounts are written with two decimals: compared exactly, as whole øre.
    const ore = (amount: string) => BigInt(amount.replace(".", ""));
    expect(ore(net(keptFile)) - ore(net(file))).toBe(ore(extra));
  });

  it("saves a version, compares the changed plan with it, and restores it with undo", async () => {
    const label = "Sendt til budsjettmøtet 12. mars";
    await $("#back-to-list").click();
    await $("#versions-base-plan").click();
    await expect($("#versions-heading")).toHaveText(expect.stringContaining("Versjoner av"));
    await typeSlowly("#version-label", label, 40);
    await $("#save-version").click();
    await expect($("#versions-notice")).toHaveText(`Versjonen «${label}» er lagret.`);
    await waitSaved().catch(() => undefined);
    await browser.waitUntil(
      () => storedPlans().find((p) => p.id === "base-plan")?.versions?.length === 1,
      { timeoutMsg: "the version was not saved" },
    );
    await screenshot("65-versions");

    // The plan changes after the meeting: the second post goes up to 100 %.
    await $("button*=Åpne «").click();
    await $('[data-step="role"]').click();
    await typeSlowly("#field-positions-1-ftePercent", "100");
    await waitSaved();
    await $("#versions").click();
    await $(`[id^="compare-version-"]`).click();
    await expect($("#compare-figures thead")).toHaveText(
      expect.stringContaining(`versjon «${label}» (grunnlag)`),
    );
    await expect($("#compare-changes")).toHaveText(
      expect.stringContaining("stillingsprosent 100 % (grunnlaget: 50 %)"),
    );
    await screenshot("66-compare-with-version");

    // Back to the version: the plan is as it was, and undo brings the change back.
    await $("#compare-back").click();
    await $("#versions-base-plan").click();
    await $(`[id^="restore-version-"]`).click();
    await expect($("#versions-notice")).toHaveText(
      expect.stringContaining(`satt tilbake til versjonen «${label}»`),
    );
    const fte = () =>
      storedPlans().find((p) => p.id === "base-plan")?.plan.positions[1]?.ftePercent;
    // The plans file is written a moment after each change (autosave); on a loaded machine
    // that moment can pass the default 5 s.
    await browser.waitUntil(() => fte() === "50", { timeout: 15_000, timeoutMsg: "not restored" });
    await $("#undo-restore").click();
    await expect($("#versions-notice")).toHaveText(
      `Planen er som før du satte den tilbake til versjonen «${label}».`,
    );
    await expect($("#undo-restore")).not.toBeExisting();
    await browser.waitUntil(() => fte() === "100", {
      timeout: 15_000,
      timeoutMsg: "the restore was not undone",
    });
    await $(`[id^="view-version-"]`).click();
    await expect($("#version-view")).toHaveText(expect.stringContaining("Netto for arbeidsgiver"));
    await $("#version-view").scrollIntoView();
    await screenshot("67-version-read-only");
  });
});
