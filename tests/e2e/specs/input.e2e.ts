/**
 * What the user types is what the plan holds, in the real window at human typing speed: an
 * amount with a dot or a comma is read as thousands and said in words, a half-typed number is
 * never kept as its beginning, every way out of a step checks it, and tasks ticked before the
 * first post are kept. Each check reads the plans file the app saved.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import {
  appPid,
  cli,
  closeWindowAndWait,
  screenshot,
  textOf,
  typeSlowly,
  restartApp,
} from "../helpers";
import { sandbox } from "../wdio.conf";

const storeFile = path.join(
  process.env.XDG_DATA_HOME ?? "",
  "no.erfaringsplan.desktop",
  "plans.json",
);

interface SavedPlan {
  tasks: string[];
  positions: { annualSalary: string }[];
}

/** The plan as the app saved it, once it says everything is saved. */
async function saved(): Promise<SavedPlan> {
  await expect($("#save-state")).toHaveAttribute("data-state", "saved");
  const file = JSON.parse(readFileSync(storeFile, "utf8")) as {
    store: { plans: { plan: SavedPlan }[] };
  };
  const plan = file.store.plans[0]?.plan;
  if (!plan) throw new Error("no plan in the file");
  return plan;
}

interface PositionYear {
  year: number;
  monthsActive: number;
  workedSalary: string;
  holidayPay: string;
  pension: string;
  aga: string;
  payrollCost: string;
}

/** The first post's first full year, as the command-line tool computes it for the saved plan. */
async function firstFullYear(): Promise<PositionYear> {
  const file = path.join(mkdtempSync(path.join(sandbox, "plan-")), "plan.json");
  writeFileSync(file, JSON.stringify(await saved()));
  const projection = JSON.parse(cli(["project", file, "--format", "json"])) as {
    positions: { years: PositionYear[] }[];
  };
  const year = projection.positions[0]?.years.find((y) => y.monthsActive === 12);
  if (!year) throw new Error("no full year");
  return year;
}

/** "460000.00" → "460 000,00 kr", as the app shows amounts (plain spaces). */
const nok = (value: string) => {
  const [int = "", frac = ""] = value.split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${frac} kr`;
};

/** The post's cost table shows the tool's figures for `year`, line by line. */
async function expectCost(year: PositionYear): Promise<void> {
  const cost = "#cost-stilling-1";
  expect(await textOf(`${cost} caption`)).toBe(`Hva stillingen koster i ${year.year}`);
  for (const [line, value] of [
    ["worked", year.workedSalary],
    ["holiday", year.holidayPay],
    ["pension", year.pension],
    ["aga", year.aga],
    ["total", year.payrollCost],
  ] as const) {
    expect(await textOf(`${cost} [data-line="${line}"] td`)).toBe(nok(value));
  }
}

const salary = "#field-positions-0-annualSalary";

/** The texts a field's `aria-describedby` points to (its description and error). */
async function describedBy(selector: string): Promise<string> {
  const ids = (await $(selector).getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter((id) => id !== "")
      .map((id) => textOf(`[id="${id}"]`)),
  );
  return texts.join(" ");
}

describe("what the user typed is what the plan holds", () => {
  it("keeps the tasks ticked before any post exists", async () => {
    await $("#new-plan").click();
    await $("#start-wizard").click();
    await $('[data-step="role"]').click();
    await expect($("#step-heading")).toHaveText("Rollen");
    await expect($("#field-positions-0-title")).not.toBeExisting();
    await $("#task-nextOfKin").click();
    await $("#task-individualUsers").click();
    expect((await saved()).tasks).toEqual(["individualUsers", "nextOfKin"]);
    // The first post added later does not change them, and they stay ticked.
    await $("#add-position").click();
    await $("#field-positions-0-title").waitForDisplayed();
    await expect($("#task-nextOfKin")).toBeSelected();
    const plan = await saved();
    expect(plan.tasks).toEqual(["individualUsers", "nextOfKin"]);
    expect(plan.positions).toHaveLength(1);
  });

  it("ends a post made temporary a year after it starts when no grant pays for it", async () => {
    await $("#field-positions-0-temporary").click();
    await expect($("#end-suggested-stilling-1")).toHaveText(
      expect.stringContaining("ett år etter oppstart"),
    );
    const firstYear = new Date().getFullYear() + 1;
    await expect($("#field-positions-0-end")).toHaveValue("12");
    await expect($("#field-positions-0-end-year")).toHaveValue(String(firstYear));
    const plan = (await saved()) as SavedPlan & { positions: { end: string | null }[] };
    expect(plan.positions[0]?.end).toBe(`${firstYear}-12`);
    // Back to permanent with the arrow key, as a keyboard user would: the radio that takes
    // the focus shows the focus ring (WebKit dropped it after a click).
    await browser.keys(["ArrowUp"]);
    await expect($("#field-positions-0-permanent")).toBeFocused();
    await expect($("#field-positions-0-end")).not.toBeExisting();
    const ring = await browser.execute(() => {
      const style = getComputedStyle(document.activeElement ?? document.body);
      return { outline: style.outlineStyle, shadow: style.boxShadow };
    });
    expect(ring.outline !== "none" || ring.shadow !== "none").toBe(true);
    await screenshot("64-input-radio-focus-ring");
  });

  it("reads «460.000» as 460 000 kr and says so beside the field", async () => {
    await $('[data-step="salary"]').click();
    await expect($("#step-heading")).toHaveText("Lønn");
    await typeSlowly(salary, "460.000");
    await expect($(`${salary}-read-as`)).toHaveText("Lest som 460 000 kr");
    await $(salary).scrollIntoView({ block: "center" });
    await screenshot("60-input-read-as");
    expect((await saved()).positions[0]?.annualSalary).toBe("460000");
    // The post's yearly cost follows, computed by Rust: the same figures as the tool's.
    const year = await firstFullYear();
    await expectCost(year);
    await $("#cost-stilling-1").scrollIntoView({ block: "center" });
    await screenshot("63-input-position-cost");
    // On «Rollen» too, and a change of percentage changes it there.
    await $('[data-step="role"]').click();
    await expectCost(year);
    await typeSlowly("#field-positions-0-ftePercent", "50");
    await expect($("#cost-stilling-1 [data-line='total'] td")).not.toHaveText(
      nok(year.payrollCost),
    );
    await expectCost(await firstFullYear());
    await $('[data-step="salary"]').click();
    await expect($("#step-heading")).toHaveText("Lønn");
  });

  it("never keeps the beginning of «47O 000», whichever way the user leaves the step", async () => {
    await typeSlowly(salary, "47O 000");
    // Leave through the step list: the step stays, and says what is wrong and what was meant.
    await $('[data-step="role"]').click();
    await expect($("#step-heading")).toHaveText("Lønn");
    await expect($("#error-summary")).toBeDisplayed();
    const message =
      "«Årslønn i 100 % stilling ved oppstart (stilling 1)» har en bokstav der det skal stå et siffer. Mente du 470 000?";
    expect(await textOf("#error-summary a")).toBe(message);
    await expect($(salary)).toHaveValue("47O 000");
    await expect($(salary)).toHaveAttribute("aria-invalid", "true");
    // The salary band waits for a real salary instead of judging 47 kr.
    await expect($(".salary-band")).toHaveText(
      "Når «Årslønn i 100 % stilling ved oppstart (stilling 1)» er rettet, ser du her hvor lønnen ligger i det vanlige spennet.",
    );
    await expect($("#cost-stilling-1")).toHaveText(
      "Kostnaden for stillingen vises når «Årslønn i 100 % stilling ved oppstart (stilling 1)» er rettet.",
    );
    await screenshot("61-input-half-typed");
    await $(salary).scrollIntoView({ block: "center" });
    await screenshot("62-input-half-typed-field");
    // «Forrige steg» and «Neste steg» are checked the same way.
    await $("#previous-step").click();
    await expect($("#step-heading")).toHaveText("Lønn");
    await $("#next-step").click();
    await expect($("#step-heading")).toHaveText("Lønn");

    // The text is kept with the plan (which keeps its last valid value, 47 kr, for the figures):
    // after a crash and after the window is closed, the field shows it again, with its error.
    await expect($("#save-state")).toHaveAttribute("data-state", "saved");
    const file = () =>
      JSON.parse(readFileSync(storeFile, "utf8")) as {
        store: { plans: { drafts: Record<string, string>; plan: SavedPlan }[] };
      };
    expect(file().store.plans[0]?.drafts).toEqual({ "positions[0].annualSalary": "47O 000" });
    expect(file().store.plans[0]?.plan.positions[0]?.annualSalary).toBe("47");
    const reopen = async () => {
      await $("#plan-list button[id^='open-']").click();
      await expect($("#step-heading")).toHaveText("Lønn");
      await expect($(salary)).toHaveValue("47O 000");
      await expect($(salary)).toHaveAttribute("aria-invalid", "true");
      // The error shows beside the field at once, not only after the user leaves it again.
      expect(await describedBy(salary)).toContain("Mente du 470 000?");
      await $('[data-step="role"]').click();
      await expect($("#step-heading")).toHaveText("Lønn");
      expect(await textOf("#error-summary a")).toBe(message);
    };
    process.kill(appPid(), "SIGKILL");
    await restartApp();
    await reopen();
    await screenshot("65-input-half-typed-after-crash");
    await closeWindowAndWait();
    await restartApp();
    await reopen();

    await typeSlowly(salary, "470 000");
    await expect($("#error-summary")).not.toBeExisting();
    expect((await saved()).positions[0]?.annualSalary).toBe("470000");
    expect(file().store.plans[0]?.drafts).toEqual({});
    await $('[data-step="role"]').click();
    await expect($("#step-heading")).toHaveText("Rollen");
  });
});
