/**
 * A command's round trip from the page (#29), for the typical plan and the largest the app
 * accepts: `IPC_SUBJECT=floor` times the bare Tauri app's `echo` (tests/startup-floor: the plan
 * in, the same JSON back, no work of its own), `IPC_SUBJECT=app` times Erfaringsplan's
 * `evaluate_plan` (what the wizard asks after every keystroke). Both from the page, through
 * `__TAURI_INTERNALS__.invoke` as the app's own calls go, one call at a time, each with the wage
 * growth changed so no two calls in a row carry the same plan; WebKit's clock is coarse, so a
 * sample is the mean of ten calls made one after the other. Prints one line per plan,
 * `ipc-samples <subject> <plan> <ms,ms,…>`, for tests/scripts/measure-ipc.mjs to set side by
 * side; this is a measurement, not a test with a threshold.
 */
import { cli } from "../helpers";
import { roundTrips } from "./roundTrip";

const CALLS = Number(process.env.IPC_CALLS ?? 20);
const subject = process.env.IPC_SUBJECT === "floor" ? "floor" : "app";

describe(`a command's round trip (${subject})`, () => {
  it("times the typical plan's and the largest plan's", async () => {
    // The page is up: the app's plan list, or the floor's heading.
    await $("h1").waitForDisplayed({ timeout: 20_000 });
    const plans = {
      typical: JSON.parse(cli(["example", "--first-year", "2027", "--years", "10"])) as unknown,
      largest: JSON.parse(cli(["example", "--largest"])) as unknown,
    };
    for (const [name, plan] of Object.entries(plans)) {
      const samples = await roundTrips(subject === "floor" ? "echo" : "evaluate_plan", plan, CALLS);
      console.log(`ipc-samples ${subject} ${name} ${samples.map((s) => s.toFixed(3)).join(",")}`);
    }
  });
});
