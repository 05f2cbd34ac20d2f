/**
 * A new user's journey through all seven steps for a realistic plan: one post at 100 % and one
 * at 50 %, a four-year stepped grant, monthly external supervision and a conference each year.
 * The summary's figures must equal what the command-line tool computes for the same plan, read
 * from the file the app saved.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import { cli, retype, screenshot, setDate, textOf } from "../helpers";
import { sandbox } from "../wdio.conf";

const storeFile = path.join(
  process.env.XDG_DATA_HOME ?? "",
  "no.erfaringsplan.desktop",
  "plans.json",
);

/** "1234567.80" → "1 234 567,80", as the app writes amounts (with plain spaces). */
function amount(value: string): string {
  const [int = "", frac = ""] = value.split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${frac}`;
}
const nok = (value: string) => `${amount(value)} kr`;

async function next(expectedHeading: string): Promise<void> {
  await $("#next-step").click();
  await expect($("#step-heading")).toHaveText(expectedHeading);
}

describe("a new user's journey through the wizard", () => {
  const thisYear = new Date().getFullYear();
  const firstYear = thisYear + 1;

  it("fills in the organisation", async () => {
    await $("#new-plan").click();
    await $("#start-wizard").click();
    await expect($("#step-heading")).toHaveText("Virksomheten");
    await retype("#field-name", "Erfaringskonsulenter Bydel Nord");
    await retype("#field-organisation-name", "Bydel Nord, psykisk helse og rus");
    await $("#field-organisation-agaZone").selectByAttribute("value", "1");
    await screenshot("10-journey-step1");
    await next("Rollen");
  });

  it("adds a full-time and a half-time post", async () => {
    // A task ticked before any post exists (it used to be lost).
    await $("#task-individualUsers").click();
    await expect($("#task-individualUsers")).toBeSelected();
    await $("#add-position").click();
    await $("#field-positions-0-title").waitForDisplayed();
    await $("#add-position").click();
    await $("#field-positions-1-ftePercent").waitForDisplayed();
    await retype("#field-positions-1-ftePercent", "50");
    await retype("#field-positions-1-title", "Erfaringskonsulent, pårørende");
    // Two posts: no longer working alone.
    await expect($("#alone-warning")).not.toBeExisting();
    await screenshot("11-journey-step2");
    await next("Sjekkliste");
  });

  it("works through the checklist and adds an item of its own", async () => {
    const first = $("#field-checklist-0-status");
    await first.waitForDisplayed();
    const before = await textOf("#progress-beforeAdvertising");
    expect(before).toMatch(/^0 av \d+ ferdig$/);
    await first.selectByAttribute("value", "done");
    // Owner and due date, in the item's details.
    await $$(".checklist-item summary")[0]?.click();
    await retype("#field-checklist-0-owner", "HR-rådgiver");
    await setDate("#field-checklist-0-due", "2027-03-01");
    await expect($("#field-checklist-0-due")).toHaveValue("2027-03-01");
    await screenshot("12a-journey-checklist-details");
    await expect($("#progress-beforeAdvertising")).toHaveText(
      expect.stringMatching(/^1 av \d+ ferdig$/),
    );
    // Only the first phase with work left is open; the user opens «Ansettelse».
    await expect($("#new-item-hiring")).not.toBeExisting();
    await $("#toggle-hiring").click();
    await expect($("#toggle-hiring")).toHaveAttribute("aria-expanded", "true");
    // The police certificate: when the law asks for it, and how it is kept, with the paragraphs.
    const police = $("#items-hiring .checklist-item");
    await expect(police.$("h3")).toHaveText("Be om politiattest når loven krever det");
    const why = (await police.$$("p").map((p) => p.getText())).join("\n");
    for (const paragraph of ["§ 5-4", "§ 20 a", "§ 37-2"]) expect(why).toContain(paragraph);
    await police.scrollIntoView({ block: "start" });
    await screenshot("12b-journey-police-certificate");
    await retype("#new-item-hiring", "Avtal arbeidssted og utstyr");
    await $("#add-item-hiring").click();
    await expect($("#phase-hiring")).toBeDisplayed();
    const own = await $$(".checklist-item input[id$='-title']").map((el) => el.getValue());
    expect(own).toContain("Avtal arbeidssted og utstyr");
    await screenshot("12-journey-step3");
    await next("Lønn");
  });

  it("sets salaries and confirms the pension rates", async () => {
    await expect($("#step-heading")).toHaveText("Lønn");
    await retype("#field-positions-0-annualSalary", "480 000");
    await retype("#field-positions-1-annualSalary", "470000");
    await $("#field-positions-0-pensionRateConfirmed").click();
    await $("#field-positions-1-pensionRateConfirmed").click();
    await screenshot("13-journey-step4");
    await next("Tilskudd");
  });

  it("adds a stepped four-year grant and says how the posts are financed after", async () => {
    await $("#add-grant-stepped").click();
    await $("#field-grants-0-name").waitForDisplayed();
    await retype("#field-grants-0-name", "Tilskudd til kommunalt rusarbeid");
    await retype("#field-financingAfterGrants", "Stillingene legges inn i økonomiplanen.");
    await $("#year-table").waitForDisplayed();
    await expect($("#cliff")).toBeDisplayed();
    // The chart: one bar per year, the cliff year marked.
    await expect($$("#cost-chart .chart-column")).toBeElementsArrayOfSize(10);
    await expect($(`#cost-chart [data-year="${firstYear + 1}"]`)).toHaveAttribute(
      "data-cliff",
      "true",
    );
    await $("#cost-chart").scrollIntoView({ block: "center" });
    await screenshot("14b-journey-chart");
    await screenshot("14-journey-step5");
    await next("Veiledning");
  });

  it("plans monthly supervision and a yearly conference", async () => {
    await expect($("#no-supervision")).toBeDisplayed();
    await $("#add-item-supervision").click();
    await $("#field-costItems-0-name").waitForDisplayed();
    await expect($("#no-supervision")).not.toBeExisting();
    // Supervision is for each consultant: two posts all year, 12 sessions at 1 300 kr each,
    // 1 hour a session: 2 × 15 600 kr and 2 × 12 hours in the first year.
    await expect($("#field-costItems-0-perPosition")).toBeSelected();
    await expect($('[data-item="0"] .item-summary')).toHaveText(
      `I ${firstYear}: 24 timer, 31 200,00 kr.`,
    );
    // Not for each post: the cost no longer follows the posts.
    await $("#field-costItems-0-perPosition").click();
    await expect($('[data-item="0"] .item-summary')).toHaveText(
      `I ${firstYear}: 12 timer, 15 600,00 kr.`,
    );
    await $("#field-costItems-0-perPosition").click();
    await expect($("#field-costItems-0-perPosition")).toBeSelected();
    // Counted by the hour instead: 12 hours at 1 300 kr, the same cost; and back again.
    await $("#field-costItems-0-basis").selectByAttribute("value", "perHour");
    await expect($("#field-costItems-0-basis-rate")).toHaveValue(
      expect.stringMatching(/^1\s?300$/),
    );
    await expect($("#field-costItems-0-basis-hoursPerYear")).toHaveValue("12");
    await expect($('[data-item="0"] .item-summary')).toHaveText(
      `I ${firstYear}: 24 timer, 31 200,00 kr.`,
    );
    await $("#field-costItems-0-basis").selectByAttribute("value", "perSession");
    await expect($("#field-costItems-0-basis-sessionsPerYear")).toHaveValue("12");
    await expect($('[data-item="0"] .item-summary')).toHaveText(
      `I ${firstYear}: 24 timer, 31 200,00 kr.`,
    );
    await $("#add-item-network").click();
    await $("#field-costItems-1-name").waitForDisplayed();
    await retype("#field-costItems-1-name", "Årlig konferanse");
    await retype("#field-costItems-1-basis-amount", "14 000");
    await screenshot("15-journey-step6");
    await next("Oppsummering");
  });

  it("shows the same figures as the command-line tool for the saved plan", async () => {
    await $("#key-figures").waitForDisplayed();
    await screenshot("16-journey-step7");
    // At the window's default width, every column of the year table is in view: no sideways
    // scrolling to find the employer's net cost.
    const [tableWidth, regionWidth] = await browser.execute(() => {
      const region = document.querySelector(".table-scroll");
      return [region?.scrollWidth ?? 0, region?.clientWidth ?? 0];
    });
    expect(tableWidth).toBeLessThanOrEqual(regionWidth);
    await $("#year-table").scrollIntoView();
    await screenshot("16b-journey-year-table");
    // The plan as the app saved it, once it says everything is saved.
    await expect($("#save-state")).toHaveText("Alle endringer er lagret");
    await browser.waitUntil(() => existsSync(storeFile), { timeout: 5000 });
    const store = JSON.parse(readFileSync(storeFile, "utf8")) as {
      store: { plans: { plan: { name: string; tasks: string[] } }[] };
    };
    const saved = store.store.plans.find((p) => p.plan.name === "Erfaringskonsulenter Bydel Nord");
    expect(saved).toBeDefined();
    // The task ticked on «Rollen» before the first post was added is kept.
    expect(saved?.plan.tasks).toEqual(["individualUsers"]);
    const dir = mkdtempSync(path.join(sandbox, "plan-"));
    const file = path.join(dir, "plan.json");
    writeFileSync(file, JSON.stringify(saved?.plan));
    const projection = JSON.parse(cli(["project", file, "--format", "json"])) as {
      totals: { totalCost: string; grants: string; netCost: string };
      keyYears: {
        first: { year: number; netCost: string };
        carried: { year: number; netCost: string };
        carriedFrom: string;
      };
      fundingCliff: { year: number } | null;
      years: { year: number; netCost: string }[];
      warnings: unknown[];
    };
    // What a budget meeting asks first: the first year, and the first year without grants.
    const { first, carried } = projection.keyYears;
    expect(await textOf("#kf-first-year .key-label")).toBe(
      `Netto for arbeidsgiver i ${String(firstYear)}, første år`,
    );
    expect(await textOf("#kf-first-year .key-value")).toBe(nok(first.netCost));
    expect(projection.keyYears.carriedFrom).toBe("noGrantLeft");
    expect(carried.year).toBe(firstYear + 4);
    expect(await textOf("#kf-carried .key-label")).toBe(
      `Netto for arbeidsgiver i ${String(carried.year)}, første år uten tilskudd`,
    );
    expect(await textOf("#kf-carried .key-value")).toBe(nok(carried.netCost));
    // Every total names its period.
    const period = `${String(firstYear)}–${String(firstYear + 9)}`;
    expect(await textOf("#kf-grants .key-label")).toBe(`Tilskudd ${period}`);
    expect(await textOf("#kf-net .key-label")).toBe(`Netto for arbeidsgiver ${period}`);
    expect(await textOf("#kf-total .key-value")).toBe(nok(projection.totals.totalCost));
    expect(await textOf("#kf-grants .key-value")).toBe(nok(projection.totals.grants));
    expect(await textOf("#kf-net .key-value")).toBe(nok(projection.totals.netCost));
    expect(projection.fundingCliff?.year).toBe(firstYear + 1);
    expect(await textOf("#kf-cliff .key-value")).toBe(String(firstYear + 1));
    for (const y of projection.years) {
      expect(await textOf(`#year-table [data-year="${y.year}"] [data-cell="net"]`)).toBe(
        amount(y.netCost),
      );
    }
    // Four grant years of 400 000, 300 000, 200 000, 100 000 per 100 % post, at 150 % in all.
    expect(projection.totals.grants).toBe("1500000.00");
    expect(projection.warnings).toEqual([]);
    await expect($("#no-warnings")).toBeDisplayed();
  });

  it("links each section of the summary back to its step", async () => {
    const change = $("a=Endre Lønn");
    await change.scrollIntoView({ block: "center" });
    await change.click();
    await expect($("#step-heading")).toHaveText("Lønn");
    await $('[data-step="summary"]').click();
    await expect($("#step-heading")).toHaveText("Oppsummering");
  });
});
