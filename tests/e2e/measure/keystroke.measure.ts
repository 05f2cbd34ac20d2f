/**
 * Fluidity in the real window, for a typical plan (two posts, ten years, a stepped grant,
 * supervision and a network) and for the largest plan the app accepts (50 posts, 40 years, five
 * grants, ten other costs):
 * - keystroke to updated figures: from a keydown in a grant amount to the moment the
 *   year-by-year table shows the numbers Rust recomputed;
 * - switching wizard steps: from the click on a step in the step list to the new step's heading in
 *   the page, and to the next frame after it.
 * Prints medians and p90; this is a measurement, not a test with a threshold.
 * Run: npm run build:app && npm run measure:keystroke
 */
import { browser } from "@wdio/globals";

import { readFileSync } from "node:fs";

import { cli, restartApp, retype, seedOnePlan, storeFile } from "../helpers";
import { roundTrips } from "./roundTrip";

const KEYSTROKES = 30;
const STEP_ROUNDS = 4;
const STEP_ORDER = [
  "organisation",
  "role",
  "checklist",
  "salary",
  "grants",
  "supervision",
  "summary",
];

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
  return (
    `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, ` +
    `min ${(sorted[0] ?? 0).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms (n=${String(sorted.length)})`
  );
}

/** Types into `field` (focused, caret at the end), a digit then a backspace in turn, and times each
 * key to the first change of `cell`. */
async function keystrokes(field: string, cell: string): Promise<Keystrokes> {
  const input = $(field);
  await input.scrollIntoView({ block: "center" });
  await input.click();
  await browser.keys(["End"]);
  // Where the time goes: the first call of `evaluate_plan` after the key (the edit rendered and
  // the check sent) and its answer arriving (Rust and the IPC), stamped by wrapping `fetch`, which
  // carries Tauri's IPC calls (its `invoke` cannot be replaced).
  await browser.execute(() => {
    const w = window as unknown as {
      __ks?: { t0: number; t1: number; sent: number; answered: number };
      __fetchWrapped?: boolean;
    };
    if (w.__fetchWrapped) return;
    w.__fetchWrapped = true;
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const ks = w.__ks;
      const url = input instanceof Request ? input.url : String(input);
      const timed =
        url.endsWith("/evaluate_plan") && ks !== undefined && ks.t0 > 0 && ks.sent === 0;
      if (timed) ks.sent = performance.now();
      const answer = original(input, init);
      if (timed) {
        void answer.finally(() => {
          ks.answered = performance.now();
        });
      }
      return answer;
    };
  });
  const samples: Keystrokes = { total: [], render: [], rust: [], figures: [] };
  for (let i = 0; i < KEYSTROKES; i++) {
    // Arm: the next keydown starts the clock; the next change of the cell stops it.
    const armed = await browser.execute((cellSelector: string) => {
      const w = window as unknown as {
        __ks?: { t0: number; t1: number; sent: number; answered: number };
      };
      w.__ks = { t0: 0, t1: 0, sent: 0, answered: 0 };
      const target = document.querySelector(cellSelector);
      if (!target) return false;
      const observer = new MutationObserver(() => {
        if (w.__ks && w.__ks.t0 > 0 && w.__ks.t1 === 0) {
          w.__ks.t1 = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(target, { childList: true, characterData: true, subtree: true });
      document.addEventListener(
        "keydown",
        () => {
          if (w.__ks) w.__ks.t0 = performance.now();
        },
        { once: true, capture: true },
      );
      return true;
    }, cell);
    if (!armed) throw new Error(`no ${cell} in the page`);
    // Add a digit, then take it away again: every keystroke changes the grant.
    await browser.keys([i % 2 === 0 ? "5" : "Backspace"]);
    const [total, sent, answered] = await browser.waitUntil(
      async () =>
        browser.execute(() => {
          const ks = (
            window as unknown as {
              __ks?: { t0: number; t1: number; sent: number; answered: number };
            }
          ).__ks;
          return ks && ks.t1 > 0 ? [ks.t1 - ks.t0, ks.sent - ks.t0, ks.answered - ks.t0] : false;
        }),
      { timeout: 5000, interval: 5 },
    );
    samples.total.push(total);
    samples.render.push(sent);
    samples.rust.push(answered - sent);
    samples.figures.push(total - answered);
  }
  return samples;
}

/** Keystroke to updated figures, and its three parts: the edit rendered until the check is sent,
 * Rust's answer (evaluation and IPC both ways), and the answer rendered into the figures. */
interface Keystrokes {
  total: number[];
  render: number[];
  rust: number[];
  figures: number[];
}

/** Goes round the step list `STEP_ROUNDS` times, timing each switch: click → new heading in the
 * page → the next frame. */
async function stepSwitches(): Promise<{
  heading: number[];
  frame: number[];
  byStep: Map<string, number[]>;
}> {
  const heading: number[] = [];
  const frame: number[] = [];
  const byStep = new Map<string, number[]>();
  let current = await browser.execute(
    () =>
      document.querySelector("[data-step][aria-current='step']")?.getAttribute("data-step") ?? "",
  );
  for (let round = 0; round < STEP_ROUNDS; round++) {
    for (const step of STEP_ORDER) {
      if (step === current) continue;
      await browser.execute(() => {
        const w = window as unknown as { __sw?: { t0: number; t1: number; t2: number } };
        w.__sw = { t0: 0, t1: 0, t2: 0 };
        const before = document.getElementById("step-heading")?.textContent ?? "";
        const observer = new MutationObserver(() => {
          const sw = w.__sw;
          if (!sw || sw.t0 === 0 || sw.t1 > 0) return;
          if ((document.getElementById("step-heading")?.textContent ?? "") === before) return;
          sw.t1 = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => {
            sw.t2 = performance.now();
          });
        });
        observer.observe(document.body, { childList: true, characterData: true, subtree: true });
        document.addEventListener(
          "click",
          () => {
            if (w.__sw) w.__sw.t0 = performance.now();
          },
          { once: true, capture: true },
        );
      });
      const link = $(`[data-step="${step}"]`);
      await link.scrollIntoView({ block: "nearest" });
      await link.click();
      const times = await browser.waitUntil(
        async () =>
          browser.execute(() => {
            const sw = (window as unknown as { __sw?: { t0: number; t1: number; t2: number } })
              .__sw;
            return sw && sw.t2 > 0 ? [sw.t1 - sw.t0, sw.t2 - sw.t0] : false;
          }),
        { timeout: 10_000, interval: 5 },
      );
      heading.push(times[0] ?? Number.NaN);
      frame.push(times[1] ?? Number.NaN);
      byStep.set(step, [...(byStep.get(step) ?? []), times[1] ?? Number.NaN]);
      byStep.set(`${step}(h)`, [...(byStep.get(`${step}(h)`) ?? []), times[0] ?? Number.NaN]);
      current = step;
    }
  }
  return { heading, frame, byStep };
}

function report(
  label: string,
  ks: Keystrokes,
  sw: { heading: number[]; frame: number[]; byStep: Map<string, number[]> },
): void {
  reportKeystrokes(label, ks);
  console.log(`${label}: step switch → heading in the page: ${summary(sw.heading)}`);
  console.log(`${label}: step switch → next frame: ${summary(sw.frame)}`);
  const perStep = [...sw.byStep].map(([step, times]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `${step} ${(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN).toFixed(0)}`;
  });
  console.log(`${label}: step switch → next frame, median ms by step: ${perStep.join(", ")}`);
}

function reportKeystrokes(label: string, ks: Keystrokes): void {
  console.log(`${label}: keystroke → updated figures: ${summary(ks.total)}`);
  console.log(
    `${label}: keystroke, of which key → check sent (the edit rendered): ${summary(ks.render)}`,
  );
  console.log(
    `${label}: keystroke, of which check sent → answer received (Rust and IPC): ${summary(ks.rust)}`,
  );
  console.log(`${label}: keystroke, of which answer → figures in the page: ${summary(ks.figures)}`);
}

/** The plan `id` as the app saved it (once it says so), or with null the one that is not the
 * largest: the plan a keystroke sends. */
async function savedPlan(id: string | null): Promise<unknown> {
  await browser.waitUntil(
    async () => (await $("#save-state").getAttribute("data-state")) === "saved",
    { timeout: 10_000 },
  );
  const store = JSON.parse(readFileSync(storeFile, "utf8")) as {
    store: { plans: { id: string; plan: unknown }[] };
  };
  const plans = store.store.plans;
  return plans.find((p) => (id === null ? p.id !== "largest" : p.id === id))?.plan;
}

/** `evaluate_plan` alone for `plan`, from the page, with nothing else going on: beside the
 * keystroke's «Rust and IPC», whose time also holds what the page does meanwhile (painting the
 * edit) before it takes the answer. `npm run measure:ipc` sets it beside the floor's echo. */
async function reportAlone(label: string, plan: unknown): Promise<void> {
  console.log(
    `${label}: evaluate_plan alone, from the page (no keystroke, mean of 10 calls): ${summary(
      await roundTrips("evaluate_plan", plan),
    )}`,
  );
}

describe("fluidity in the real window", () => {
  // The largest plan first: it is seeded into the plans file while the app has nothing to save.
  it("largest plan", async () => {
    const largest = JSON.parse(cli(["example", "--largest"])) as {
      firstYear: number;
      positions: { id: string }[];
    };
    seedOnePlan("largest", largest, "grants");
    await restartApp();
    await $("#open-largest").click();
    await $("#year-table").waitForDisplayed({ timeout: 20_000 });
    // The second grant (stepped, from the plan's second year): shortened to 4 000 kr first, so
    // that neither 40 005 nor 4 000 reaches the cost of the posts it pays for.
    const field = "#field-grants-1-shape-amounts-0";
    await $(field).scrollIntoView({ block: "center" });
    await $(field).click();
    await browser.keys(["End", "Backspace", "Backspace"]);
    await browser.pause(1000);
    const ks = await keystrokes(
      field,
      `#year-table [data-year="${String(largest.firstYear + 1)}"] td:nth-of-type(4)`,
    );
    // A salary on «Lønn», among fifty post cards: to the first post's cost beside the field.
    await $('[data-step="salary"]').click();
    const salary = "#field-positions-0-annualSalary";
    await $(salary).waitForDisplayed();
    await retype(salary, "460000");
    await browser.pause(1000);
    const salaryKs = await keystrokes(
      salary,
      `#cost-${largest.positions[0]?.id ?? ""} [data-line="total"] td`,
    );
    report("largest plan (50 posts, 40 years)", ks, await stepSwitches());
    reportKeystrokes("largest plan, a salary on «Lønn»", salaryKs);
    await reportAlone("largest plan (50 posts, 40 years)", await savedPlan("largest"));
  });
  it("typical plan", async () => {
    await $("#back-to-list").click();
    await $("#new-plan").click();
    await $("#start-wizard").click();
    await $('[data-step="role"]').click();
    await $("#add-position").click();
    await $("#field-positions-0-title").waitForDisplayed();
    await $("#add-position").click();
    await $("#field-positions-1-ftePercent").waitForDisplayed();
    await retype("#field-positions-1-ftePercent", "50");
    await $('[data-step="supervision"]').click();
    await $("#add-item-supervision").click();
    await $("#add-item-network").click();
    await $('[data-step="grants"]').click();
    await $("#add-grant-stepped").click();
    await $("#year-table").waitForDisplayed();
    const ks = await keystrokes(
      "#field-grants-0-shape-amounts-0",
      "#year-table [data-year] td:nth-of-type(4)",
    );
    report("typical plan (2 posts, 10 years)", ks, await stepSwitches());
    await reportAlone("typical plan (2 posts, 10 years)", await savedPlan(null));
  });
});
