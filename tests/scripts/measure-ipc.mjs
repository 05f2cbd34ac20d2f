/**
 * The floor of a command's round trip beside the app's (#29): the bare Tauri app's `echo` (the
 * plan in, the same JSON back; tests/startup-floor) and Erfaringsplan's `evaluate_plan`, both
 * timed from the page (tests/e2e/measure/ipc.measure.ts), for the typical plan and the largest.
 * The two binaries take turns, ROUNDS rounds, the order swapped each round, so the machine's
 * load falls on both alike. Both are release builds; the floor runs on the renderer the app uses
 * (no GPU compositing, as src-tauri/src/startup.rs sets it).
 *
 * Run: npm run measure:ipc (builds the floor; TAURI_APP picks the app's binary, default the
 * release build in the target directory: build it with
 * `(cd src-tauri && cargo build --release --features tauri/custom-protocol)`).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { floorBinary } from "./floor.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const targetDir = path.resolve(process.env.CARGO_TARGET_DIR ?? path.join(root, "target"));
const ROUNDS = Number(process.env.IPC_ROUNDS ?? 3);

const app = process.env.TAURI_APP ?? path.join(targetDir, "release", "erfaringsplan");
const floor = floorBinary(root, targetDir);

/** subject → plan → samples (ms). */
const samples = { floor: {}, app: {} };

function run(subject) {
  const result = spawnSync(
    "npx",
    ["wdio", "run", "tests/e2e/wdio.measure.conf.ts", "--spec", "tests/e2e/measure/ipc.measure.ts"],
    {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        TAURI_APP: subject === "floor" ? floor : app,
        IPC_SUBJECT: subject,
        WEBKIT_DISABLE_COMPOSITING_MODE: "1",
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const lines = `${result.stdout}\n${result.stderr}`
    .split("\n")
    .map((l) => l.match(/ipc-samples (\w+) (\w+) ([\d.,]+)/))
    .filter(Boolean);
  if (lines.length === 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${subject}: no samples`);
  }
  for (const [, who, plan, list] of lines) {
    const values = list.split(",").map(Number);
    samples[who][plan] = [...(samples[who][plan] ?? []), ...values];
  }
}

for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? ["floor", "app"] : ["app", "floor"];
  for (const subject of order) {
    process.stdout.write(`round ${String(round + 1)}: ${subject}\n`);
    run(subject);
  }
}

const at = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
};
for (const plan of Object.keys(samples.app)) {
  const f = samples.floor[plan] ?? [];
  const a = samples.app[plan] ?? [];
  const [fm, f9, am, a9] = [at(f, 0.5), at(f, 0.9), at(a, 0.5), at(a, 0.9)];
  console.log(
    `ipc ${plan}: floor (echo) median ${fm.toFixed(2)} ms, p90 ${f9.toFixed(2)} ms (n=${String(f.length)}); ` +
      `app (evaluate_plan) median ${am.toFixed(2)} ms, p90 ${a9.toFixed(2)} ms (n=${String(a.length)}); ` +
      `app / floor: median ${(am / fm).toFixed(2)}×, p90 ${(a9 / f9).toFixed(2)}×`,
  );
}
