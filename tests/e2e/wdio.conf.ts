/**
 * End-to-end runs of the real app: the built binary in a WebKitGTK window (under Xvfb in CI),
 * driven over WebDriver by tauri-driver + WebKitWebDriver. Every run gets a throw-away data
 * directory, so a user's own plans are never touched (removed at the end; set
 * ERFARINGSPLAN_E2E_KEEP=1 to keep it and look inside), and writes screenshots to
 * tests/artifacts/screenshots (git-ignored).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const application =
  process.env.TAURI_APP ?? path.join(root, "target", "debug", "erfaringsplan");
const tauriDriverBin =
  process.env.TAURI_DRIVER ?? path.join(os.homedir(), ".cargo", "bin", "tauri-driver");
export const screenshotDir = path.join(root, "tests", "artifacts", "screenshots");
mkdirSync(screenshotDir, { recursive: true });

/**
 * Saves what the window shows on the X display, as the user sees it. (WebKitWebDriver's own
 * screenshot never returns when WebKit draws without GPU compositing, as the app has it on
 * Linux; see src-tauri/src/startup.rs.) ImageMagick's `import` grabs the window's rectangle.
 */
export async function saveWindowImage(file: string): Promise<void> {
  const { x, y, width, height } = await browser.getWindowRect();
  execFileSync("import", [
    "-window",
    "root",
    "-crop",
    `${width}x${height}+${x}+${y}`,
    "+repage",
    file,
  ]);
}

// The app, WebKit and Mesa write under these; point them at a fresh temp folder.
export const sandbox = mkdtempSync(path.join(os.tmpdir(), "erfaringsplan-e2e-"));
for (const [name, sub] of [
  ["XDG_DATA_HOME", "data"],
  ["XDG_CONFIG_HOME", "config"],
  ["XDG_CACHE_HOME", "cache"],
] as const) {
  process.env[name] = path.join(sandbox, sub);
  mkdirSync(path.join(sandbox, sub), { recursive: true });
}

// The PDF export writes here instead of asking through the native save dialog, which WebDriver
// cannot drive (a test-only setting the app reads at export time).
export const exportDir = path.join(sandbox, "exports");
mkdirSync(exportDir, { recursive: true });
process.env.ERFARINGSPLAN_E2E_EXPORT_DIR = exportDir;
// Likewise «Hent plan fra fil» reads this file instead of asking in the open dialog; a spec
// writes what it wants imported here first.
export const importFile = path.join(sandbox, "import", "plan.json");
mkdirSync(path.dirname(importFile), { recursive: true });
process.env.ERFARINGSPLAN_E2E_IMPORT_FILE = importFile;

// «Åpne PDF» and the other open buttons run the system's opener (xdg-open on Linux): here a
// stand-in that writes down what it was asked to open, one line per call, and opens nothing.
export const openedLog = path.join(sandbox, "opened.log");
const stubBin = path.join(sandbox, "bin");
mkdirSync(stubBin, { recursive: true });
writeFileSync(
  path.join(stubBin, "xdg-open"),
  `#!/bin/sh\nprintf '%s\\n' "$*" >> '${openedLog}'\n`,
  { mode: 0o755 },
);
process.env.PATH = `${stubBin}${path.delimiter}${process.env.PATH ?? ""}`;

let tauriDriver: ChildProcess | undefined;
let exiting = false;

function stopDriver() {
  exiting = true;
  tauriDriver?.kill();
}

export const config: WebdriverIO.Config = {
  runner: "local",
  hostname: "127.0.0.1",
  port: 4444,
  specs: ["./specs/**/*.e2e.ts"],
  maxInstances: 1,
  capabilities: [
    {
      // tauri-driver turns this into WebKitWebDriver's browser binary.
      "tauri:options": { application },
    } as WebdriverIO.Capabilities,
  ],
  logLevel: "warn",
  reporters: ["spec"],
  framework: "mocha",
  mochaOpts: { ui: "bdd", timeout: 60_000 },
  waitforTimeout: 10_000,
  connectionRetryCount: 3,

  beforeSession: () => {
    tauriDriver = spawn(tauriDriverBin, [], { stdio: [null, process.stdout, process.stderr] });
    tauriDriver.on("error", (e) => {
      console.error("tauri-driver could not start:", e);
      process.exit(1);
    });
    tauriDriver.on("exit", (code) => {
      if (!exiting) {
        console.error("tauri-driver exited early:", code);
        process.exit(1);
      }
    });
  },

  // WebKitWebDriver answers a find with "stale element" when React removes or replaces the
  // node while the driver is building its handle. The page is fine; finding again is the
  // right answer (WebdriverIO already does this for commands on an element, not for finds).
  before: () => {
    // Protocol commands can be overwritten like any other, but the types only list
    // WebdriverIO's own commands.
    type Find = (...args: string[]) => Promise<unknown>;
    const overwrite = browser.overwriteCommand.bind(browser) as unknown as (
      name: string,
      fn: (original: Find, ...args: string[]) => Promise<unknown>,
    ) => void;
    for (const name of ["findElement", "findElements"]) {
      overwrite(name, async (original, ...args) => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await original(...args);
          } catch (e) {
            if (attempt >= 5 || !String(e).toLowerCase().includes("stale element")) throw e;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
      });
    }
  },

  afterTest: async (test, _context, { passed }) => {
    if (passed) return;
    const name = `${test.parent} ${test.title}`.replace(/[^\w-]+/g, "_").slice(0, 120);
    await saveWindowImage(path.join(screenshotDir, `FAILED-${name}.png`));
  },

  afterSession: () => {
    stopDriver();
  },
};

for (const signal of ["exit", "SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    stopDriver();
    if (!process.env.ERFARINGSPLAN_E2E_KEEP) {
      try {
        rmSync(sandbox, { recursive: true, force: true, maxRetries: 3 });
      } catch {
        // Something still writing in it: a leftover folder in /tmp is no reason to fail a run.
      }
    }
    if (signal !== "exit") process.exit(130);
  });
}
