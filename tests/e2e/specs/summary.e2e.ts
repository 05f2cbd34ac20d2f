/**
 * The summary and the PDF never make an unfinished plan look finished: what is missing comes
 * first, with a link to its step, and the PDF is a draft that lists it; a plan with nothing to
 * pay says so instead of showing figures of 0,00 and stress tests of nothing.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import { screenshot, textOf } from "../helpers";
import { exportDir, sandbox } from "../wdio.conf";

/** The first page of the newest PDF in the export folder, as text. */
function firstPageOfNewestPdf(): string {
  const pdfs = readdirSync(exportDir)
    .filter((f) => f.endsWith(".pdf"))
    .map((f) => path.join(exportDir, f));
  const newest = pdfs.sort().at(-1);
  if (!newest) throw new Error("no PDF was written");
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-f", "1", "-l", "1", newest, "-"], {
    encoding: "utf8",
  }).replace(/\s+/g, " ");
}

describe("a summary that tells the truth", () => {
  it("says a new, empty plan has nothing to pay and lists what is missing", async () => {
    await $("#new-plan").click();
    await $("#start-wizard").click();
    await $('[data-step="summary"]').click();
    await expect($("#step-heading")).toHaveText("Oppsummering");
    await expect($("#summary-missing")).toBeDisplayed();
    const items = await $$("#summary-missing li").map((li) => li.getText());
    expect(items).toEqual([
      "Navnet på virksomheten eller enheten, som skal stå på ansettelsesplanen. Gå til Virksomheten",
      "Minst én stilling. Planen har ingen ennå. Gå til Rollen",
    ]);
    await expect($("#nothing-to-pay")).toHaveText(
      expect.stringContaining("ingenting å betale og ingenting å regne på"),
    );
    for (const absent of ["#key-figures", "#no-warnings", "#what-if", "#year-table"]) {
      await expect($(absent)).not.toBeExisting();
    }
    await screenshot("70-summary-empty-plan");

    // The PDF says the same: a draft, with what is missing on its first page.
    await $("#export-pdf").scrollIntoView({ block: "center" });
    await $("#export-pdf").click();
    await expect($("#pdf-saved")).toBeDisplayed();
    const page = firstPageOfNewestPdf();
    expect(page).toContain("Ansettelsesplan for erfaringskonsulent – utkast");
    expect(page).toContain("Utkast: dette mangler før planen er komplett");
    expect(page).toContain("Minst én stilling. Planen har ingen ennå.");
    expect(page).toContain("Planen har ingen stillinger ennå");

    // The link takes the user to the step that fills it in.
    await $("#summary-missing").$("a=Gå til Rollen").click();
    await expect($("#step-heading")).toHaveText("Rollen");
  });

  it("names the years of every key figure, and lists a missing answer until it is given", async () => {
    await $("#add-position").click();
    await $("#field-positions-0-title").waitForDisplayed();
    await $('[data-step="grants"]').click();
    await expect($("#step-heading")).toHaveText("Tilskudd");
    await $("#add-grant-perFullTime").click();
    await $('[data-step="summary"]').click();
    await expect($("#step-heading")).toHaveText("Oppsummering");
    const firstYear = new Date().getFullYear() + 1;
    const period = `${String(firstYear)}–${String(firstYear + 9)}`;
    await expect($("#kf-total .key-label")).toHaveText(`Total kostnad ${period}`);
    await expect($("#kf-grants .key-label")).toHaveText(`Tilskudd ${period}`);
    await expect($("#kf-net .key-label")).toHaveText(`Netto for arbeidsgiver ${period}`);
    await expect($("#kf-first-year .key-label")).toHaveText(
      `Netto for arbeidsgiver i ${String(firstYear)}, første år`,
    );
    await expect($("#kf-carried .key-label")).toHaveText(
      expect.stringMatching(/^Netto for arbeidsgiver i \d{4}, første år uten tilskudd$/),
    );
    // Who pays after the grant is not answered: the summary says so at the top.
    expect(await textOf("#summary-missing")).toContain(
      "Hvordan stillingene skal betales når tilskuddene tar slutt.",
    );
    await screenshot("71-summary-missing-and-figures");
    await browser.keys([]);
  });

  it("copies the year table as plain years and numbers a Norwegian spreadsheet reads", async () => {
    await $("#year-table").scrollIntoView({ block: "center" });
    // The rows of the first two years selected as a user drags over them, and copied: the
    // app's copy handler answers in the real window (read through a DataTransfer).
    const copied = await browser.execute(() => {
      const rows = document.querySelectorAll("#year-table tbody tr");
      const range = document.createRange();
      range.setStart(rows[0] as Node, 0);
      range.setEnd(rows[1] as Node, (rows[1] as Element).childNodes.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      const data = new DataTransfer();
      document
        .querySelector(".table-scroll")
        ?.dispatchEvent(new ClipboardEvent("copy", { clipboardData: data, bubbles: true }));
      return data.getData("text/plain");
    });
    const lines = copied.split("\r\n");
    expect(lines).toHaveLength(2);
    const firstYear = new Date().getFullYear() + 1;
    expect(lines[0]?.split("\t")[0]).toBe(String(firstYear));
    for (const cell of lines.flatMap((l) => l.split("\t").slice(1))) {
      expect(cell).toMatch(/^-?\d+,\d{2}$/);
    }
    // Pasted into LibreOffice Calc with Norwegian settings, every cell is a number.
    const dir = mkdtempSync(path.join(sandbox, "paste-"));
    const tsv = path.join(dir, "copied.tsv");
    writeFileSync(tsv, `${copied}\r\n`);
    const profile = path.join(dir, "lo-profile");
    mkdirSync(profile);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--infilter=Text - txt - csv (StarCalc):9,34,76,1,,1044",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,false,false,false",
        "--outdir",
        dir,
        tsv,
      ],
      { stdio: "pipe" },
    );
    const cells = readFileSync(path.join(dir, "copied.csv"), "utf8")
      .trim()
      .split("\n")
      .flatMap((line) => line.split(";"));
    expect(cells).toHaveLength(14);
    // Numbers come out as numbers (US notation here), never as the quoted text they were.
    for (const cell of cells) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
  });
});
