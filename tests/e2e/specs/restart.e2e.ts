/**
 * Plans survive a restart: quit the app, start it again on the same data folder, and find the
 * plan in the list, opening on the step it was left on.
 */
import { browser, expect } from "@wdio/globals";

import { retype, screenshot } from "../helpers";

describe("restarting the app", () => {
  it("restores the plan on the step it was left", async () => {
    await $("#new-plan").click();
    await $("#start-wizard").click();
    await expect($("#step-heading")).toHaveText("Virksomheten");
    await retype("#field-name", "Plan som skal overleve en omstart");
    await $('[data-step="salary"]').click();
    await expect($("#step-heading")).toHaveText("Lønn");
    await expect($("#save-state")).toHaveText("Alle endringer er lagret");

    // Quit and start again: a new app process on the same (throw-away) data folder.
    await browser.reloadSession();
    await expect($("h1")).toHaveText("Mine planer");
    await expect($("#plan-list")).toHaveText(
      expect.stringContaining("Plan som skal overleve en omstart"),
    );
    await expect($("#plan-list")).toHaveText(expect.stringContaining("Sist på steget «Lønn»"));
    await screenshot("20-after-restart");
    await $("button*=Plan som skal overleve").click();
    await expect($("#step-heading")).toHaveText("Lønn");
  });
});
