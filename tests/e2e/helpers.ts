/** Small helpers shared by the specs. */
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
