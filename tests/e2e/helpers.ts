/** Small helpers shared by the specs. */
import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import { application, root, saveWindowImage, screenshotDir } from "./wdio.conf";

/** WebKit may paint a frame late under Xvfb; wait two animation frames before a screenshot. */
export async function settle(): Promise<void> {
  await browser.execute(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );
}

export async function screenshot(name: string): Promise<void> {
  await settle();
  await saveWindowImage(path.join(screenshotDir, `${name}.png`));
}

/** The visible text of an element, with no-break spaces made plain for comparison. */
export async function textOf(selector: string): Promise<string> {
  const text = await $(selector).getText();
  return text.replace(/\u00a0/g, " ");
}

/** Clicks a field as a user does and makes sure it has the focus before keys follow. Under
 * Xvfb, WebKitWebDriver sometimes scrolls a field into view after working out where to click,
 * and the click lands beside it: the keys would then go to whatever had the focus. */
async function clickToFocus(selector: string): Promise<void> {
  const field = $(selector);
  await field.scrollIntoView({ block: "center" });
  await field.click();
  if (!(await field.isFocused())) {
    await browser.execute((sel: string) => {
      document.querySelector<HTMLElement>(sel)?.focus();
    }, selector);
  }
  await expect(field).toBeFocused();
}

/** Replaces an input's text the way a user does (select all, type), so React sees every key.
 * WebDriver's clearValue() changes the DOM value behind React's back. */
export async function retype(selector: string, text: string): Promise<void> {
  const input = $(selector);
  await clickToFocus(selector);
  await browser.keys(["Control", "a"]);
  await browser.keys(["Backspace"]);
  if (text !== "") await input.addValue(text);
}

/** Replaces an input's text as a person types it: select all, delete, then one key at a time
 * with a pause between keys (120 ms, about a fast typist), so the app sees every half-typed
 * state a person's typing goes through. */
export async function typeSlowly(selector: string, text: string, msPerKey = 120): Promise<void> {
  await clickToFocus(selector);
  await browser.keys(["Control", "a"]);
  await browser.keys(["Backspace"]);
  for (const key of text) {
    await browser.keys([key]);
    await browser.pause(msPerKey);
  }
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now, and returns the
 * serious and critical violations. */
export async function seriousAxeViolations(): Promise<AxeViolation[]> {
  await settle();
  // Load axe as WebDriver script (the page's CSP rightly forbids eval, but WebDriver's own
  // script evaluation is not subject to it).
  await browser.execute(`if (!window.axe) { ${axeSource} }`);
  return browser.execute(async () => {
    interface AxeResult {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[];
    }
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<AxeResult> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
  });
}

/** Sets a date field's value as the date picker would. WebKitWebDriver types into a date input's
 * segments in the display order (not YYYY-MM-DD), so typing an ISO date gives nonsense; this uses
 * the native value setter and the events React listens to. A render still pending from earlier
 * typing can put the old value back, so it sets the value until it holds. */
export async function setDate(selector: string, isoDate: string): Promise<void> {
  await browser.waitUntil(
    async () => {
      await browser.execute(
        (sel: string, value: string) => {
          const input = document.querySelector<HTMLInputElement>(sel);
          if (!input) throw new Error(`no element ${sel}`);
          // The prototype's setter, not the element's: React tracks the element's own value and
          // would not see a change made through it.
          // eslint-disable-next-line @typescript-eslint/unbound-method
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
          setter?.call(input, value);
          input.dispatchEvent(new Event("input", { bubbles: true }));
          input.dispatchEvent(new Event("change", { bubbles: true }));
        },
        selector,
        isoDate,
      );
      await settle();
      await browser.pause(100);
      return (await $(selector).getValue()) === isoDate;
    },
    { timeout: 5000, interval: 200, timeoutMsg: `${selector} did not keep ${isoDate}` },
  );
}

function exeOf(pid: string): string | null {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}

/** The app process WebKitWebDriver started for this session (to kill it as a crash would). */
export function appPid(): number {
  const app = realpathSync(application);
  const pids = readdirSync("/proc").filter((pid) => {
    if (!/^\d+$/.test(pid) || exeOf(pid) !== app) return false;
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const parent = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? "";
    return path.basename(exeOf(parent) ?? "").startsWith("WebKitWebDriver");
  });
  if (pids.length !== 1) throw new Error(`expected one app process, found ${pids.length}`);
  return Number(pids[0]);
}

/** Closes the app's window as the user does (the app then exits normally, saving what it saves
 * on the way out) and waits until the process has ended. The session is gone afterwards:
 * `restartApp()` starts it again. */
export async function closeWindowAndWait(): Promise<void> {
  const pid = appPid();
  await browser.closeWindow().catch(() => undefined);
  // Gone, or a zombie its parent has not reaped yet.
  const ended = () => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
    } catch {
      return true;
    }
  };
  await browser.waitUntil(() => Promise.resolve(ended()), {
    timeout: 10_000,
    timeoutMsg: `the app (pid ${pid}) did not exit after its window was closed`,
  });
}

const cliPath = path.join(
  process.env.CARGO_TARGET_DIR ?? path.join(root, "target"),
  "debug",
  "erfaringsplan-cli",
);

/** Runs the command-line tool (built by e2e.sh) and returns what it printed; throws with its
 * error output when it fails. */
export function cli(args: string[]): string {
  return execFileSync(cliPath, args, { encoding: "utf8", stdio: "pipe" });
}

/** Starts the app again in a new session (after a kill or a closed window). A start that yields
 * no working session is tried again (said in the log), up to three times; a start that fails
 * three times fails the test. (The failures seen in CI, an app dying in `gtk_init`, came from
 * Xvfb resetting when its last client left; e2e.sh now runs it with `-noreset`.) */
export async function restartApp(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await browser.reloadSession();
      if (!browser.sessionId) throw new Error("no session");
      await browser.getTitle();
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      console.warn(`The app did not start (attempt ${String(attempt)}): ${String(e)}. Again.`);
    }
  }
}

/** A workbook as LibreOffice Calc reads it with every formula recalculated on load (a
 * throw-away profile sets `OOXMLRecalcMode` to "always"): each sheet, by name, as rows of cells
 * (numbers in plain US notation, as the file holds them). */
export function recalculated(file: string, workDir: string): Record<string, string[][]> {
  const profile = path.join(workDir, "lo-profile");
  const out = path.join(workDir, "lo-csv");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  // Comma, double quote, UTF-8, from line 1, English (US) numbers, the values (not as shown),
  // every sheet to its own file.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1",
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe" },
  );
  const stem = path.basename(file, ".xlsx");
  const sheets: Record<string, string[][]> = {};
  for (const name of readdirSync(out)) {
    if (!name.startsWith(`${stem}-`) || !name.endsWith(".csv")) continue;
    const sheet = name.slice(stem.length + 1, -".csv".length);
    sheets[sheet] = readFileSync(path.join(out, name), "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map(csvRow);
  }
  return sheets;
}

/** One line of LibreOffice's CSV: commas, quotes around fields that need them, `""` a quote. */
function csvRow(line: string): string[] {
  const cells: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === '"' && quoted && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === "," && !quoted) {
      cells.push(field);
      field = "";
    } else {
      field += c;
    }
  }
  cells.push(field);
  return cells;
}

/** The plans file of the app the tests run (in the sandbox's data folder). */
export const storeFile = path.join(
  process.env.XDG_DATA_HOME ?? "",
  "no.erfaringsplan.desktop",
  "plans.json",
);

/** Writes a plans file holding `plan` alone (id `id`, left on `step`), as a user who had made it
 * would have it; restart the app to load it. */
export function seedOnePlan(id: string, plan: unknown, step: string): void {
  writeFileSync(
    storeFile,
    JSON.stringify({
      store: {
        schemaVersion: 3,
        plans: [{ id, plan, step, updatedAt: "2026-12-01T10:00:00Z", drafts: {} }],
      },
    }),
  );
}
