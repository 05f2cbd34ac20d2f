/**
 * Every key a person types lands in the field, also after a step has refused to be left: typed
 * at 150 ms a key, in the real window, with the field checked after each key. Designsystemet's
 * error summary used to take the focus whenever it appeared, so a text that turned invalid on
 * the way («460.», an empty field, «460 000 k») lost the keys that followed.
 */
import { readFileSync } from "node:fs";

import { browser, expect } from "@wdio/globals";

import { screenshot, storeFile, textOf } from "../helpers";

const salary = "#field-positions-0-annualSalary";

/** The id of the element with the focus. */
const focused = () => browser.execute(() => document.activeElement?.id ?? "");

/** Clicks `selector` as a person does: once, where it is on the screen. */
async function clickOnce(selector: string): Promise<void> {
  await $(selector).scrollIntoView({ block: "center" });
  await $(selector).click();
}

/** Selects the field's text and types `text` over it at 150 ms a key, checking after every key
 * that the focus is still in the field and the field holds what was typed so far. */
async function typeLikeAPerson(selector: string, text: string): Promise<void> {
  await clickOnce(selector);
  const id = selector.slice(1);
  expect(await focused()).toBe(id);
  await browser.keys(["Control", "a"]);
  await browser.keys(["Backspace"]);
  let typed = "";
  for (const key of text) {
    await browser.keys([key]);
    typed += key;
    await browser.pause(150);
    expect({ focus: await focused(), value: await $(selector).getValue() }).toEqual({
      focus: id,
      value: typed,
    });
  }
}

/** The first post's salary as the app saved it, once it says everything is saved. */
async function savedSalary(): Promise<string> {
  await expect($("#save-state")).toHaveText(expect.stringContaining("lagret"));
  const file = JSON.parse(readFileSync(storeFile, "utf8")) as {
    store: { plans: { plan: { positions: { annualSalary: string }[] } }[] };
  };
  return file.store.plans[0]?.plan.positions[0]?.annualSalary ?? "";
}

/** The texts the field's `aria-describedby` points at. */
async function description(selector: string): Promise<string> {
  const ids = ((await $(selector).getAttribute("aria-describedby")) ?? "").split(/\s+/);
  const texts = await Promise.all(ids.filter(Boolean).map((id) => textOf(`[id="${id}"]`)));
  return texts.join(" | ");
}

describe("every key typed lands in the field", () => {
  it("after «Neste» has refused to leave «Lønn», at 150 ms a key", async () => {
    await $("#new-plan").click();
    await $("#start-wizard").click();
    await $('[data-step="role"]').click();
    await $("#add-position").click();
    await $("#field-positions-0-title").waitForDisplayed();
    await $('[data-step="salary"]').click();
    await expect($("#step-heading")).toHaveText("Lønn");

    // A mistake, then one click on «Neste»: the click is not lost when the field's error
    // appears under the pointer, the step stays, and the summary has the focus.
    await typeLikeAPerson(salary, "47O");
    await clickOnce("#next-step");
    await expect($("#step-heading")).toHaveText("Lønn");
    await expect($("#error-summary")).toBeDisplayed();
    expect(await focused()).toBe("error-summary");
    await screenshot("66-keystrokes-blocked");

    for (const [text, value] of [
      ["460.000", "460000"],
      ["1 300,50", "1300.50"],
      ["460 000 kr", "460000"],
    ] as const) {
      await typeLikeAPerson(salary, text);
      expect(await savedSalary()).toBe(value);
    }
    await expect($("#error-summary")).not.toBeExisting();
  });

  it("after the step list has refused to leave, and marks Rust's verdicts as it marks its own", async () => {
    await typeLikeAPerson(salary, "46O 000");
    await clickOnce('[data-step="grants"]');
    await expect($("#step-heading")).toHaveText("Lønn");
    expect(await focused()).toBe("error-summary");
    await expect($(salary)).toHaveAttribute("aria-invalid", "true");
    expect(await description(salary)).toContain("Mente du 460 000?");

    // A negative salary is a number, so Rust judges it: the field says so the same way.
    await typeLikeAPerson(salary, "-460 000");
    await expect($(salary)).toHaveAttribute("aria-invalid", "true");
    await browser.waitUntil(async () => (await description(salary)).includes("kan ikke være"), {
      timeoutMsg: "the negative salary's message is not tied to the field",
    });
    expect(await textOf("#error-summary")).toContain("kan ikke være negativ");
    await $(salary).scrollIntoView({ block: "center" });
    await screenshot("67-keystrokes-rust-error");

    await typeLikeAPerson(salary, "460 000");
    await expect($(salary)).not.toHaveAttribute("aria-invalid");
    expect(await savedSalary()).toBe("460000");
    await clickOnce('[data-step="grants"]');
    await expect($("#step-heading")).toHaveText("Tilskudd");
  });

  it("shows the salary band and the post's cost as soon as what each depends on is valid", async () => {
    await $('[data-step="salary"]').click();
    await expect($("#step-heading")).toHaveText("Lønn");
    await typeLikeAPerson(salary, "460 000");
    await typeLikeAPerson("#field-wageGrowthPercent", "60");
    await typeLikeAPerson("#field-positions-0-seniorityYears", "-2");
    await browser.keys(["Tab"]);
    // The seniority says what is wrong with it, and the wage growth is Rust's to judge.
    await expect($("#field-positions-0-seniorityYears")).toHaveAttribute("aria-invalid", "true");
    expect(await description("#field-positions-0-seniorityYears")).toContain(
      "«Ansiennitet godskrevet for erfaring (år) (stilling 1)» kan ikke være negativ.",
    );
    // The band depends on the salary alone: it is there, with its verdict.
    await expect($(".salary-band")).toHaveText(
      expect.stringContaining("Innenfor det vanlige spennet"),
    );
    await expect($(".salary-band")).not.toHaveAttribute("data-waiting");
    // The cost waits, and says for which fields.
    await expect($("#cost-stilling-1")).toHaveText(
      "Kostnaden for stillingen vises når «Årlig lønnsvekst» og «Ansiennitet godskrevet for erfaring (år) (stilling 1)» er rettet.",
    );
    await $("#cost-stilling-1").scrollIntoView({ block: "center" });
    await screenshot("68-keystrokes-band-with-other-errors");
    // The save state says what was saved and that errors remain.
    await expect($("#save-state")).toHaveText(
      "Alt du har skrevet er lagret – 2 felt har feil som må rettes",
    );

    await typeLikeAPerson("#field-wageGrowthPercent", "4");
    await typeLikeAPerson("#field-positions-0-seniorityYears", "2");
    await expect($("#cost-stilling-1 caption")).toHaveText(
      expect.stringContaining("Hva stillingen koster i"),
    );
    await expect($("#save-state")).toHaveText("Alle endringer er lagret");
  });
});
