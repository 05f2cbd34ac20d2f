/**
 * axe-core on the plan list and on every step of the wizard, filled with the example plan so
 * every kind of field and table is on screen: no serious or critical WCAG 2.1 A/AA violations.
 */
import { browser, expect } from "@wdio/globals";

import { seriousAxeViolations } from "../helpers";

const STEPS = ["organisation", "role", "checklist", "salary", "grants", "supervision", "summary"];

async function expectNoSeriousViolations(where: string): Promise<void> {
  const violations = await seriousAxeViolations();
  expect({ where, violations }).toEqual({ where, violations: [] });
}

describe("accessibility (axe-core)", () => {
  it("does find a planted violation (the check is live)", async () => {
    await $("#new-plan").waitForDisplayed();
    await browser.execute(() => {
      const input = document.createElement("input");
      input.id = "planted-unlabelled";
      document.querySelector("main")?.append(input);
    });
    const violations = await seriousAxeViolations();
    expect(violations.map((v) => v.id)).toContain("label");
    await browser.execute(() => {
      document.getElementById("planted-unlabelled")?.remove();
    });
  });

  it("names the language choice and shows the app's focus ring on it, by keyboard alone", async () => {
    await $("#new-plan").waitForDisplayed();
    await expect($(".ds-toggle-group")).toHaveAttribute("aria-label", "Språk");
    expect(await $(".ds-toggle-group").getComputedLabel()).toBe("Språk");
    expect(await $("#lang-nb input").getComputedLabel()).toBe("Norsk");
    // From the top of the page, Tab reaches the choice; its button shows Designsystemet's ring
    // (an outline and an inner shadow), and the hidden radio draws none of its own.
    await browser.execute(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    let onChoice = false;
    for (let i = 0; i < 5 && !onChoice; i++) {
      await browser.keys(["Tab"]);
      // At a person's pace: Designsystemet's focus group treats a key within 100 ms of a Tab
      // as part of it.
      await browser.pause(150);
      onChoice = await browser.execute(
        () => document.activeElement?.closest(".ds-toggle-group") !== null,
      );
    }
    expect(onChoice).toBe(true);
    const ring = await browser.execute(() => {
      const input = document.activeElement as HTMLElement;
      const label = input.closest("label") as HTMLElement;
      const own = getComputedStyle(input);
      const around = getComputedStyle(label);
      return {
        inputVisible: own.opacity !== "0" && own.outlineStyle !== "none",
        outline: around.outlineStyle,
        shadow: around.boxShadow,
      };
    });
    expect(ring.inputVisible).toBe(false);
    expect(ring.outline).toBe("solid");
    expect(ring.shadow).not.toBe("none");
    // Arrow keys move between the two languages, and Space chooses.
    for (const [key, lang, name] of [
      ["ArrowRight", "en", "Language"],
      ["ArrowLeft", "nb", "Språk"],
    ] as const) {
      await browser.keys([key]);
      await browser.pause(150);
      await browser.keys([" "]);
      await expect($("html")).toHaveAttribute("lang", lang);
      await expect($(".ds-toggle-group")).toHaveAttribute("aria-label", name);
    }
  });

  it("has no serious violations on the plan list", async () => {
    await $("#new-plan").waitForDisplayed();
    await expectNoSeriousViolations("plan list");
  });

  it("has no serious violations on any wizard step", async () => {
    await $("#new-plan").click();
    await $("#start-wizard").click();
    await $("#step-heading").waitForDisplayed();
    // Fill the plan with positions, a grant and cost items so every control type shows.
    await $('[data-step="role"]').click();
    await $("#add-position").click();
    await $("#field-positions-0-title").waitForDisplayed();
    await $('[data-step="grants"]').click();
    await $("#add-grant-stepped").click();
    await $("#add-grant-shareOfCost").click();
    await $('[data-step="supervision"]').click();
    await $("#add-item-supervision").click();
    for (const step of STEPS) {
      await $(`[data-step="${step}"]`).click();
      await expect($(`[data-step="${step}"]`)).toHaveAttribute("aria-current", "step");
      await expectNoSeriousViolations(`step ${step}`);
    }
  });

  it("has no serious violations with the error summary showing", async () => {
    await $('[data-step="organisation"]').click();
    await $("#field-name").click();
    await browser.keys(["Control", "a"]);
    await browser.keys(["Backspace"]);
    await $("#next-step").click();
    await $("#error-summary").waitForDisplayed();
    await expectNoSeriousViolations("error summary");
  });
});
