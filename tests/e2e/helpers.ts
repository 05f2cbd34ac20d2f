/** Small helpers shared by the specs. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { browser } from "@wdio/globals";

import { screenshotDir } from "./wdio.conf";

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
  await browser.saveScreenshot(path.join(screenshotDir, `${name}.png`));
}

/** The visible text of an element, with no-break spaces made plain for comparison. */
export async function textOf(selector: string): Promise<string> {
  const text = await $(selector).getText();
  return text.replace(/\u00a0/g, " ");
}

/** Replaces an input's text the way a user does (select all, type), so React sees every key.
 * WebDriver's clearValue() changes the DOM value behind React's back. */
export async function retype(selector: string, text: string): Promise<void> {
  const input = $(selector);
  await input.click();
  await browser.keys(["Control", "a"]);
  await browser.keys(["Backspace"]);
  if (text !== "") await input.addValue(text);
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
