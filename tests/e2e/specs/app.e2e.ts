/**
 * The foundation journey in the real window: the plan list, a new plan through Rust, the wizard
 * frame, Rust's rates and error codes on screen, and the language switch.
 */
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import { retype, screenshot, textOf } from "../helpers";

describe("Erfaringsplan in the real window", () => {
  it("opens on the plan list", async () => {
    await expect($("h1")).toHaveText("Mine planer");
    await expect($("#new-plan")).toBeDisplayed();
    await expect($("#plan-list-empty")).toBeDisplayed();
    expect(await browser.getTitle()).toBe("Erfaringsplan");
    await screenshot("01-start");
  });

  it("draws its text in Inter, which it ships (Designsystemet's typeface, installed or not)", async () => {
    const font = await browser.execute(() => ({
      faces: Array.from(document.fonts)
        .filter((f) => f.family.replace(/"/g, "") === "Inter")
        .map((f) => f.status),
      ready: document.fonts.check("600 24px Inter", "Mine planer æøå"),
      heading: getComputedStyle(document.querySelector("h1") as Element).fontFamily,
    }));
    // Loaded from the app's own file: "error" if it were missing, "unloaded" if never used.
    expect(font.faces).toEqual(["loaded"]);
    expect(font.ready).toBe(true);
    expect(font.heading.replace(/"/g, "")).toMatch(/^Inter,/);
  });

  it("shows the version that Rust reports, and «Om Erfaringsplan» says where the plans are", async () => {
    await expect($("#app-version")).toHaveText("Versjon 0.1.0");
    // Opened from the keyboard: focus its summary and press Enter.
    await browser.execute(() => {
      document.querySelector<HTMLElement>("#about summary")?.focus();
    });
    await browser.keys("Enter");
    const folder = path.join(process.env.XDG_DATA_HOME ?? "", "no.erfaringsplan.desktop");
    await expect($("#about-data-folder")).toHaveText(folder);
    await expect($("#about")).toHaveText(
      expect.stringContaining("Erfaringsplan 0.1.0, planformat"),
    );
    await expect($("#about-licences")).toHaveText(expect.stringContaining("Erfaringsplan (MIT)"));
    await expect($("#about-licences")).toHaveText(
      expect.stringContaining("Inter (font) (SIL Open Font License 1.1)"),
    );
    await expect($("#open-data-folder")).toBeDisplayed();
    await $("#about").scrollIntoView();
    await screenshot("01a-about");
    await browser.keys("Enter");
    await expect($("#about-data-folder")).not.toBeDisplayed();
  });

  it("opens wizard step 1 on «Ny plan»", async () => {
    await $("#new-plan").click();
    // A new plan starts with what the wizard covers and what to have at hand.
    await expect($("#intro-heading")).toHaveText("Slik lager du en ansettelsesplan");
    await screenshot("01b-intro");
    await $("#start-wizard").click();
    await expect($("#step-heading")).toHaveText("Virksomheten");
    await expect($("#step-counter")).toHaveText("Steg 1 av 7");
    const steps = await $$("nav .step-link").map((el) => el.getText());
    // Step names, without the number and the "Mangler" (incomplete) marks.
    expect(steps.map((s) => s.replace(/^\d+\s*/, "").replace(/\s*Mangler$/, ""))).toEqual([
      "Virksomheten",
      "Rollen",
      "Sjekkliste",
      "Lønn",
      "Tilskudd",
      "Veiledning",
      "Oppsummering",
    ]);
    await expect($('[data-step="organisation"]')).toHaveAttribute("aria-current", "step");
    // Rust set the first year: the budget year after today.
    const nextYear = String(new Date().getFullYear() + 1);
    await expect($("#field-firstYear")).toHaveValue(nextYear);
  });

  it("shows the employer contribution rates computed by Rust", async () => {
    const zone = $("#field-organisation-agaZone");
    await expect(zone).toHaveValue("1");
    const options = await $$("#field-organisation-agaZone option").map((o) => o.getText());
    expect(options.map((o) => o.replace(/\u00a0/g, " "))).toEqual([
      "Sone 1 – 14,1 %",
      "Sone 1a – 10,6 %",
      "Sone 2 – 10,6 %",
      "Sone 3 – 6,4 %",
      "Sone 4 – 5,1 %",
      "Sone 4a – 7,9 %",
      "Sone 5 – 0 %",
    ]);
    await $("summary=Slik finner dere sonen").click();
    await $("#aga-rates").waitForDisplayed();
    expect(await textOf('[data-zone="4a"] .num')).toBe("7,9 %");
    expect(await textOf("#aga-source")).toContain("FOR-2025-12-18-2748");
    await screenshot("02-step1-virksomheten");
  });

  it("stops «Neste steg» on errors and shows Rust's errors and the summary", async () => {
    await retype("#field-firstYear", "2019");
    await retype("#field-name", "");
    await $("#next-step").click();
    await $("#error-summary").waitForDisplayed();
    await expect($("#error-summary")).toHaveText(
      expect.stringContaining("Fyll inn «Navn på planen»."),
    );
    // The range comes from Rust's error report.
    await expect($("#error-summary")).toHaveText(
      expect.stringContaining("«Første budsjettår» må være fra 2020 til 2100."),
    );
    await expect($("#field-name")).toHaveAttribute("aria-invalid", "true");
    await expect($("#field-firstYear")).toHaveAttribute("aria-invalid", "true");
    await expect($("#step-heading")).toHaveText("Virksomheten");
    await screenshot("03-step1-error-summary");

    // A link in the summary takes the user to the field; fixing both clears the summary.
    await $("#error-summary a").click();
    await expect($("#field-name")).toBeFocused();
    await retype("#field-name", "Bydel Nord 2027");
    await retype("#field-firstYear", "2027");
    await expect($("#field-name")).toHaveValue("Bydel Nord 2027");
    // Wait for the summary to go (a matcher polling an element that React removes can hit a
    // stale reference in WebKitWebDriver).
    await $("#error-summary").waitForExist({ reverse: true });
    await expect($("#aga-heading")).toHaveText("Arbeidsgiveravgift 2027");
  });

  it("moves through the steps with Neste and the step list", async () => {
    await $("#next-step").click();
    await expect($("#step-heading")).toHaveText("Rollen");
    await expect($("#step-heading")).toBeFocused();
    await $('[data-step="summary"]').click();
    await expect($("#step-heading")).toHaveText("Oppsummering");
    await expect($("#next-step")).not.toBeExisting();
    await screenshot("04-step7-oppsummering");
  });

  it("lists the plan after going back, and reopens it where it was left", async () => {
    await $("#back-to-list").click();
    await expect($("h1")).toHaveText("Mine planer");
    await expect($("#plan-list")).toHaveText(expect.stringContaining("Bydel Nord 2027"));
    await expect($("#plan-list")).toHaveText(
      expect.stringContaining("Sist på steget «Oppsummering»"),
    );
    await $("#plan-list button").click();
    await expect($("#step-heading")).toHaveText("Oppsummering");
    await $("#back-to-list").click();
  });

  it("switches the language", async () => {
    await $("#lang-en").click();
    await expect($("h1")).toHaveText("My plans");
    await expect($("#new-plan")).toHaveText("New plan");
    expect(await browser.execute(() => document.documentElement.lang)).toBe("en");
    await screenshot("05-english");
    await $("#lang-nb").click();
    await expect($("h1")).toHaveText("Mine planer");
  });
});
