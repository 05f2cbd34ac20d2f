/**
 * The plans file in the real app: a damaged file is moved aside at start and the plans are
 * recovered from the previous generation; a file from a newer version, or plans another
 * Erfaringsplan has open, are shown but never overwritten.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { expect } from "@wdio/globals";

import { appPid, closeWindowAndWait, restartApp, retype, screenshot } from "../helpers";

const dataDir = path.join(process.env.XDG_DATA_HOME ?? "", "no.erfaringsplan.desktop");
const storeFile = path.join(dataDir, "plans.json");
const lockFile = path.join(dataDir, ".plans.json.lock");
const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../src-tauri/engine/tests/fixtures/store",
);

async function waitSaved(): Promise<void> {
  await expect($("#save-state")).toHaveText("Alle endringer er lagret");
}

describe("the plans file", () => {
  it("recovers the plans when the file is damaged, and keeps the damaged file", async () => {
    await $("#new-plan").click();
    await $("#start-wizard").click();
    await retype("#field-name", "Plan som skal berges");
    await waitSaved();
    await retype("#field-organisation-name", "Bydel Vest");
    await waitSaved();

    // Damage the file behind the app's back, as a failing disk or a sync tool might.
    const before = readFileSync(storeFile);
    writeFileSync(storeFile, before.subarray(0, Math.floor(before.length / 3)));
    await restartApp();

    await expect($("h1")).toHaveText("Mine planer");
    await expect($("#store-notice")).toHaveText(expect.stringContaining("var skadet"));
    await expect($("#plan-list")).toHaveText(expect.stringContaining("Plan som skal berges"));
    await screenshot("40-store-recovered");
    const damaged = readdirSync(dataDir).filter((f) => f.startsWith("plans.damaged-"));
    expect(damaged).toHaveLength(1);
    await expect($("#store-notice")).toHaveText(
      expect.stringContaining(path.join(dataDir, damaged[0] ?? "")),
    );
    // The new file is whole again.
    const store = JSON.parse(readFileSync(storeFile, "utf8")) as {
      store: { plans: { plan: { name: string } }[] };
    };
    expect(store.store.plans.map((p) => p.plan.name)).toContain("Plan som skal berges");
  });

  it("shows plans from a newer version but never writes over them", async () => {
    const newer = readFileSync(path.join(fixtures, "v4-from-a-newer-version.json"), "utf8");
    writeFileSync(storeFile, newer);
    await restartApp();

    await expect($("#store-notice")).toHaveText(expect.stringContaining("nyere versjon"));
    await expect($("#plan-list")).toHaveText(expect.stringContaining("Plan fra en nyere versjon"));
    await screenshot("41-store-newer-version");
    await $("button*=Plan fra en nyere versjon").click();
    await expect($("#store-notice")).toBeDisplayed();
    await expect($("#step-heading")).toHaveText("Lønn");
    await $('[data-step="organisation"]').click();
    await retype("#field-name", "Endret i en eldre versjon");
    await expect($("#save-error")).toHaveText(
      expect.stringContaining("Planene er fra en nyere versjon av Erfaringsplan"),
    );
    expect(readFileSync(storeFile, "utf8")).toBe(newer);
    expect(existsSync(`${storeFile}.bak`)).toBe(true); // from the first test, untouched since
    // Closing the window as a user does writes nothing either. (The store plugin once kept a
    // copy of the plans and wrote it over the file on the way out, as this version read them.)
    await closeWindowAndWait();
    expect(readFileSync(storeFile, "utf8")).toBe(newer);
    await restartApp();
  });

  it("shows the plans read-only while another Erfaringsplan has them open", async () => {
    const v1 = readFileSync(path.join(fixtures, "v1-written-by-0.1.0.json"), "utf8");
    // This app goes as a crash would (the kernel drops its lock), and another program takes the
    // lock the way a second Erfaringsplan does (as soon as the killed app is gone).
    process.kill(appPid(), "SIGKILL");
    writeFileSync(storeFile, v1);
    const holder = spawn(
      "flock",
      ["--timeout", "10", lockFile, "-c", "echo held; exec sleep 600"],
      {
        detached: true,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const gone = new Promise((resolve) => holder.once("exit", resolve));
    await new Promise<void>((resolve, reject) => {
      holder.stdout.once("data", () => {
        resolve();
      });
      void gone.then((code) => {
        reject(new Error(`flock could not take the lock (exit ${String(code)})`));
      });
    });
    try {
      await restartApp();
      await expect($("#store-notice")).toHaveText(
        expect.stringContaining("allerede åpen med de samme planene i et annet vindu"),
      );
      await expect($("#plan-list")).toHaveText(
        expect.stringContaining("Erfaringskonsulenter Bydel Nord"),
      );
      await screenshot("42-store-open-elsewhere");
      await $("button*=Erfaringskonsulenter Bydel Nord").click();
      await $('[data-step="organisation"]').click();
      await expect($("#store-notice")).toBeDisplayed();
      await retype("#field-name", "Endret i vindu nummer to");
      await expect($("#save-error")).toHaveText(
        expect.stringContaining("Planene er åpne i et annet vindu av Erfaringsplan"),
      );
      await screenshot("43-store-open-elsewhere-save");
      expect(readFileSync(storeFile, "utf8")).toBe(v1);
      // Nor when this window is closed: the plans are the other window's to save.
      await closeWindowAndWait();
      expect(readFileSync(storeFile, "utf8")).toBe(v1);
    } finally {
      process.kill(-(holder.pid ?? 0), "SIGKILL");
      await gone;
    }
    await restartApp();
  });

  // Its own test, so a failure here is told apart from one in the read-only case above.
  it("saves as usual once the other Erfaringsplan is closed, and closing leaves the file as saved", async () => {
    await expect($("#plan-list")).toHaveText(
      expect.stringContaining("Erfaringskonsulenter Bydel Nord"),
    );
    expect(await $("#store-notice").isExisting()).toBe(false);
    await $("button*=Erfaringskonsulenter Bydel Nord").click();
    await $('[data-step="organisation"]').click();
    await retype("#field-name", "Endret etter at det andre vinduet ble lukket");
    await waitSaved();
    expect(readFileSync(storeFile, "utf8")).toContain(
      "Endret etter at det andre vinduet ble lukket",
    );
    // Closing the window leaves the file exactly as the last save wrote it.
    const lastSaved = readFileSync(storeFile);
    await closeWindowAndWait();
    expect(readFileSync(storeFile).equals(lastSaved)).toBe(true);
    await restartApp();
  });
});
