/**
 * Text is only text, in the real window. A plan that arrives with a direction override in a
 * post's title and a zero-width space in the employer's name is stopped at «Neste» with an error
 * on each field that names the character; «Fjern skjulte tegn» under the field removes it, keeps
 * the focus there, and the plan is saved as the user now sees it. Text pasted with a tab and an
 * invisible character lands cleaned where the caret was, a line under the field says so, and the
 * keys typed after it land too.
 */
import { readFileSync } from "node:fs";

import { browser, expect } from "@wdio/globals";

import { cli, restartApp, screenshot, seedOnePlan, storeFile, textOf } from "../helpers";

const title = "#field-positions-0-title";
const organisation = "#field-organisation-name";

const focused = () => browser.execute(() => document.activeElement?.id ?? "");

interface Stored {
  store: {
    plans: {
      plan: { name: string; positions: { title: string }[]; organisation: { name: string } };
    }[];
  };
}
const saved = () => (JSON.parse(readFileSync(storeFile, "utf8")) as Stored).store.plans[0]?.plan;

/** Pastes `text` into the focused field as the system's clipboard would give it: a paste event
 * whose clipboard holds the text (WebDriver cannot reach Xvfb's clipboard). */
async function paste(text: string): Promise<void> {
  await browser.execute((t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

describe("hidden characters in names", () => {
  it("are named on their field, removed with one press, and cleaned from what is pasted", async () => {
    const plan = JSON.parse(cli(["example", "--first-year", "2027", "--years", "3"])) as {
      positions: { title: string }[];
      organisation: { name: string };
    };
    plan.organisation.name = "Bydel\u200bNord";
    plan.positions[0] = { ...plan.positions[0], title: "Erfaringskonsulent \u202elive" };
    seedOnePlan("plan", plan, "organisation");
    await restartApp();
    await $("#open-plan").click();
    await expect($("#step-heading")).toHaveText("Virksomheten");

    // «Neste» is refused: the summary names the employer's name and the hidden character.
    await $("#next-step").scrollIntoView({ block: "center" });
    await $("#next-step").click();
    await expect($("#error-summary")).toBeDisplayed();
    expect(await textOf("#error-summary")).toContain("inneholder et usynlig tegn (U+200B)");
    await expect($(organisation)).toHaveAttribute("aria-invalid", "true");
    await screenshot("90-hidden-character-error");

    // «Fjern skjulte tegn» takes it out; the focus goes back to the field.
    await $(`${organisation}-remove-hidden`).scrollIntoView({ block: "center" });
    await $(`${organisation}-remove-hidden`).click();
    await expect($(organisation)).toHaveValue("BydelNord");
    expect(await focused()).toBe(organisation.slice(1));
    await expect($(`${organisation}-remove-hidden`)).not.toBeExisting();
    await expect($(organisation)).not.toHaveAttribute("aria-invalid");

    // The post's title, on the next step: the override is named, and removed.
    await $("#next-step").click();
    await expect($("#step-heading")).toHaveText("Rollen");
    await $("#next-step").click();
    await expect($("#error-summary")).toBeDisplayed();
    expect(await textOf("#error-summary")).toContain("skjult tegn for skriveretning (U+202E)");
    await $(`${title}-remove-hidden`).scrollIntoView({ block: "center" });
    await $(`${title}-remove-hidden`).click();
    await expect($(title)).toHaveValue("Erfaringskonsulent live");

    // Pasted at the end with a tab and a zero-width space: cleaned where it lands, said so, and
    // the keys typed next land after it.
    await browser.execute((s) => {
      const field = document.querySelector<HTMLInputElement>(s);
      field?.setSelectionRange(field.value.length, field.value.length);
    }, title);
    await paste("\tteam\u200b");
    await expect($(title)).toHaveValue("Erfaringskonsulent live team");
    await expect($(`${title}-paste-note`)).toHaveText(
      "Teksten du limte inn hadde 2 skjulte tegn (som tabulatorer, linjeskift eller usynlige tegn). De er fjernet.",
    );
    for (const key of " 2") {
      await browser.keys([key]);
      await browser.pause(150);
    }
    await expect($(title)).toHaveValue("Erfaringskonsulent live team 2");
    expect(await focused()).toBe(title.slice(1));
    await screenshot("91-pasted-text-cleaned");

    // Saved as the user sees it.
    await expect($("#save-state")).toHaveText("Alle endringer er lagret");
    expect(saved()?.organisation.name).toBe("BydelNord");
    expect(saved()?.positions[0]?.title).toBe("Erfaringskonsulent live team 2");
  });
});
