/** The e2e setup, running the measurements in tests/e2e/measure instead of the specs. */
import { config as base } from "./wdio.conf";

export const config: WebdriverIO.Config = {
  ...base,
  specs: ["./measure/**/*.measure.ts"],
  mochaOpts: { ui: "bdd", timeout: 120_000 },
};
