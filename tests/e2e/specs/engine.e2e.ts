/**
 * The cost engine through the real app: the `project_plan` command, called inside the window,
 * returns exactly what the command-line tool prints for the same plan file.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import path from "node:path";

import { browser, expect } from "@wdio/globals";

import { cli } from "../helpers";
import { sandbox } from "../wdio.conf";

/** Calls a Tauri command from inside the window, as the UI does. (The rejection comes back as
 * `failed`: WebdriverIO takes any returned object with an `error` key for a protocol error.) */
async function invokeInWindow(cmd: string, args: Record<string, unknown>): Promise<unknown> {
  return browser.execute(
    async (c: string, a: Record<string, unknown>) => {
      const internals = (
        window as unknown as {
          __TAURI_INTERNALS__: { invoke: (c: string, a: unknown) => Promise<unknown> };
        }
      ).__TAURI_INTERNALS__;
      try {
        return { ok: await internals.invoke(c, a) };
      } catch (error) {
        return { failed: error };
      }
    },
    cmd,
    args,
  );
}

describe("the cost engine in the real app", () => {
  it("projects the example plan exactly as the command-line tool does", async () => {
    const planText = cli(["example", "--first-year", "2027", "--years", "10"]);
    const dir = mkdtempSync(path.join(sandbox, "plan-"));
    const file = path.join(dir, "plan.json");
    writeFileSync(file, planText);
    const fromCli: unknown = JSON.parse(cli(["project", file, "--format", "json"]));

    const result = (await invokeInWindow("project_plan", { plan: JSON.parse(planText) })) as {
      ok?: unknown;
    };
    expect(result.ok).toEqual(fromCli);
    const totals = (result.ok as { totals: { netCost: unknown } }).totals;
    expect(typeof totals.netCost).toBe("string");
  });

  it("answers a bad plan with a coded field error", async () => {
    const plan = JSON.parse(cli(["example"])) as { positions: { ftePercent: string }[] };
    const first = plan.positions[0];
    if (first) first.ftePercent = "140";
    const result = (await invokeInWindow("project_plan", { plan })) as {
      failed?: { code: string; field: string; params: Record<string, string> };
    };
    expect(result.failed?.code).toBe("field.out_of_range");
    expect(result.failed?.field).toBe("positions[0].ftePercent");
    expect(result.failed?.params).toEqual({ min: "1", max: "100" });
  });
});
