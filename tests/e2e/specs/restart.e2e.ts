/**
 * Plans survive a restart: quit the app, start it again on the same data folder, and find the
 * plan in the list, offered first as the one opened last, opening on the step it was left on.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import { appPid, closeWindowAndWait, restartApp, retype, screenshot } from "../helpers";

const settingsFile = () => {
  try {
    return readFileSync(
      path.join(process.env.XDG_DATA_HOME ?? "", "no.erfaringsplan.desktop", "settings.json"),
      "utf8",
    );
  } catch {
    return "";
  }
};

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
    await restartApp();
    await expect($("h1")).toHaveText("Mine planer");
    await expect($("#plan-list")).toHaveText(
      expect.stringContaining("Plan som skal overleve en omstart"),
    );
    await expect($("#plan-list")).toHaveText(expect.stringContaining("Sist på steget «Lønn»"));
    // The plan opened last is offered first (the settings keep which one it was).
    await expect($("#continue-plan")).toHaveText(
      "Fortsett med «Plan som skal overleve en omstart»",
    );
    await screenshot("20-after-restart");
    await $("#continue-plan").click();
    await expect($("#step-heading")).toHaveText("Lønn");
  });

  it("keeps the language and the window's size the user chose", async () => {
    await $("#lang-en").click();
    await expect($("html")).toHaveAttribute("lang", "en");
    await browser.setWindowSize(1000, 700);
    const size = () => browser.execute(() => [window.innerWidth, window.innerHeight]);
    await browser.waitUntil(async () => (await size())[0] !== 1200);
    const chosen = await size();
    await browser.waitUntil(() => Promise.resolve(settingsFile().includes('"window"')), {
      timeoutMsg: "the window's size was not written to settings.json",
    });
    await closeWindowAndWait();

    await restartApp();
    await expect($("h1")).toHaveText("My plans");
    await expect($("html")).toHaveAttribute("lang", "en");
    expect(await size()).toEqual(chosen);
    // Back to bokmål: that is kept too.
    await $("#lang-nb").click();
    await expect($("h1")).toHaveText("Mine planer");
    // Written a moment after the change, so a crash after that keeps it too.
    await browser.waitUntil(() => Promise.resolve(settingsFile().includes('"nb"')), {
      timeoutMsg: "the language was not written to settings.json",
    });
    process.kill(appPid(), "SIGKILL");
    await restartApp();
    await expect($("h1")).toHaveText("Mine planer");
  });
});
