#!/usr/bin/env node
/**
 * Measures start-up of the release binary side by side with the floor, a bare Tauri app of the
 * same Tauri version and window size (tests/startup-floor): wall time from spawning the process
 * to the first painted screen (reported by the app itself when ERFARINGSPLAN_STARTUP_PROBE is
 * set), and the memory of all the app's processes (the app plus WebKit's web and network
 * processes) after it has settled. The floor runs twice, as Tauri starts it and with WebKitGTK's
 * GPU compositing off (as Erfaringsplan starts on Linux), and a third time with its React +
 * Designsystemet page (stack-nc), which splits the app's gap into the stack's part and its own;
 * a fourth (stack-hid) makes that page's window hidden and shows it once the page is committed,
 * as the app shows its own window so that no empty window is ever seen.
 * Runs alternate; prints each one's medians, where the time goes (the stages each reports), the
 * ratios, and the binaries' sizes.
 *
 * Usage: node tests/scripts/measure-startup.mjs [runs] (needs a display: run under xvfb-run)
 * Builds both release binaries first unless TAURI_APP and FLOOR_APP point at them; BEFORE_APP
 * adds another build of the app (the previous commit's) to the same runs, with its ratios.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { floorBinary } from "./floor.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const runs = Number(process.argv[2] ?? 7);
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
let app = process.env.TAURI_APP;
if (!app) {
  execFileSync("npx", ["tauri", "build", "--no-bundle"], { cwd: root, stdio: "inherit" });
  app = path.join(targetDir, "release", "erfaringsplan");
}
const floor = floorBinary(root, targetDir);

const SETTLE_MS = 3000;

function children(pid) {
  const out = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      /* process went away */
    }
  }
  return out;
}

function tree(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]));
  return all;
}

function memoryKiB(pid, field) {
  try {
    const file = field === "Pss" ? `/proc/${pid}/smaps_rollup` : `/proc/${pid}/status`;
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(file, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function once(binary, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const sandbox = mkdtempSync(path.join(os.tmpdir(), "erfaringsplan-startup-"));
    const env = {
      ...process.env,
      ERFARINGSPLAN_STARTUP_PROBE: "1",
      ...extraEnv,
      XDG_DATA_HOME: path.join(sandbox, "data"),
      XDG_CONFIG_HOME: path.join(sandbox, "config"),
      XDG_CACHE_HOME: path.join(sandbox, "cache"),
    };
    const t0 = process.hrtime.bigint();
    const child = spawn(binary, [], { env, stdio: ["ignore", "pipe", "inherit"] });
    let firstScreenMs = null;
    let appReportedMs = null;
    const timeout = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("no first screen within 60 s"));
    }, 60_000);
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += String(chunk);
      const m = /erfaringsplan-first-screen-us=(\d+)/.exec(out);
      if (!m || firstScreenMs !== null) return;
      const stageLine = /erfaringsplan-stages-ms (.*)/.exec(out);
      const stages = Object.fromEntries(
        (stageLine?.[1] ?? "")
          .split(" ")
          .filter(Boolean)
          .map((pair) => {
            const [stage, ms] = pair.split("=");
            return [stage, Number(ms)];
          }),
      );
      firstScreenMs = Number(process.hrtime.bigint() - t0) / 1e6;
      appReportedMs = Number(m[1]) / 1000;
      setTimeout(() => {
        const pids = tree(child.pid);
        const rss = pids.reduce((sum, p) => sum + memoryKiB(p, "VmRSS"), 0);
        const perProcess = pids.map((p) => {
          let name = "?";
          try {
            name = readFileSync(`/proc/${p}/comm`, "utf8").trim();
          } catch {
            /* gone */
          }
          return `${name} ${(memoryKiB(p, "VmRSS") / 1024).toFixed(0)}/${(memoryKiB(p, "Pss") / 1024).toFixed(0)}`;
        });
        const pss = pids.reduce((sum, p) => sum + memoryKiB(p, "Pss"), 0);
        clearTimeout(timeout);
        for (const p of pids.reverse()) {
          try {
            process.kill(p, "SIGTERM");
          } catch {
            /* already gone */
          }
        }
        setTimeout(() => {
          rmSync(sandbox, { recursive: true, force: true });
          resolve({
            firstScreenMs,
            appReportedMs,
            stages,
            processes: pids.length,
            rss,
            pss,
            perProcess,
          });
        }, 300);
      }, SETTLE_MS);
    });
    child.on("error", reject);
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

// The floor twice: as Tauri starts it, and with WebKitGTK's GPU compositing off, which is how
// Erfaringsplan starts on Linux (src-tauri/src/startup.rs): the app against the same renderer.
// Then the floor's React + Designsystemet page (the stack the app is bound to) on that renderer.
const noCompositing = { WEBKIT_DISABLE_COMPOSITING_MODE: "1" };
const subjects = [
  ["floor", floor, {}],
  ["floor-nc", floor, noCompositing],
  ["stack-nc", floor, { ...noCompositing, FLOOR_PAGE: "stack/index.html" }],
  // …and with its window made hidden and shown once the page is committed, as the app's is.
  ["stack-hid", floor, { ...noCompositing, FLOOR_PAGE: "stack/index.html", FLOOR_HIDDEN: "1" }],
  ["app", app, {}],
];
// Another build of the app to set beside this one (the previous commit's), when given.
if (process.env.BEFORE_APP) subjects.push(["before", process.env.BEFORE_APP, {}]);
const measured = Object.fromEntries(subjects.map(([name]) => [name, []]));
const describe = (r) =>
  `first screen ${r.firstScreenMs.toFixed(0)} ms (app clock ${r.appReportedMs.toFixed(0)} ms), ` +
  `${r.processes} processes, RSS ${(r.rss / 1024).toFixed(1)} MiB, PSS ${(r.pss / 1024).toFixed(1)} MiB ` +
  `(RSS/PSS MiB: ${r.perProcess.join(", ")})`;
for (let i = 0; i < runs; i++) {
  for (const [name, binary, extraEnv] of subjects) {
    const r = await once(binary, extraEnv);
    measured[name].push(r);
    console.log(`run ${i + 1} ${name.padEnd(8)}: ${describe(r)}`);
  }
}
const medians = Object.fromEntries(
  Object.entries(measured).map(([name, rs]) => [
    name,
    {
      firstScreenMs: median(rs.map((r) => r.firstScreenMs)),
      rss: median(rs.map((r) => r.rss)),
      pss: median(rs.map((r) => r.pss)),
    },
  ]),
);
for (const [name, binary] of subjects) {
  const m = medians[name];
  console.log(
    `${name.padEnd(8)} median of ${runs}: first screen ${m.firstScreenMs.toFixed(0)} ms, ` +
      `RSS ${(m.rss / 1024).toFixed(1)} MiB, PSS ${(m.pss / 1024).toFixed(1)} MiB ` +
      `(all processes, ${SETTLE_MS / 1000} s after the first screen); binary ${(statSync(binary).size / 1024 / 1024).toFixed(2)} MiB`,
  );
}
// Where the time goes: the median moment of each stage, in milliseconds since the process
// started (on the app's own clock), in the order they happen.
for (const [name, rs] of Object.entries(measured)) {
  const names = [...new Set(rs.flatMap((r) => Object.keys(r.stages)))];
  const at = names
    .map((stage) => [stage, median(rs.map((r) => r.stages[stage]).filter((v) => v !== undefined))])
    .sort((a, b) => a[1] - b[1]);
  let previous = 0;
  console.log(`${name.padEnd(8)} stages (median ms since start, +since the stage before):`);
  for (const [stage, ms] of at) {
    console.log(
      `  ${stage.padEnd(20)} ${ms.toFixed(1).padStart(7)}  +${(ms - previous).toFixed(1)}`,
    );
    previous = ms;
  }
}
const ratios = (reference, subject = "app") => {
  const ratio = (key) => (medians[subject][key] / medians[reference][key]).toFixed(2);
  return `first screen ${ratio("firstScreenMs")}, RSS ${ratio("rss")}, PSS ${ratio("pss")}`;
};
console.log(`app / floor:    ${ratios("floor")}`);
console.log(`app / floor-nc: ${ratios("floor-nc")}`);
console.log(`stack-nc / floor-nc: ${ratios("floor-nc", "stack-nc")}`);
console.log(`stack-hid / stack-nc: ${ratios("stack-nc", "stack-hid")}`);
console.log(`app / stack-nc: ${ratios("stack-nc")}`);
console.log(`app / stack-hid: ${ratios("stack-hid")}`);
// The app's gap over the same-renderer floor, split into what the stack (React, Designsystemet)
// costs on its own and what is the app's.
const gap = (from, to) =>
  `${(medians[to].firstScreenMs - medians[from].firstScreenMs).toFixed(0)} ms, ` +
  `RSS ${((medians[to].rss - medians[from].rss) / 1024).toFixed(1)} MiB, ` +
  `PSS ${((medians[to].pss - medians[from].pss) / 1024).toFixed(1)} MiB`;
console.log(`gap app − floor-nc: ${gap("floor-nc", "app")}`);
console.log(`  of which the stack (stack-nc − floor-nc): ${gap("floor-nc", "stack-nc")}`);
console.log(
  `  of which showing a hidden window (stack-hid − stack-nc): ${gap("stack-nc", "stack-hid")}`,
);
console.log(`  of which the app's own (app − stack-hid):  ${gap("stack-hid", "app")}`);
if (medians.before) {
  const ratio = (key) => (medians.app[key] / medians.before[key]).toFixed(2);
  console.log(
    `app / before:   first screen ${ratio("firstScreenMs")}, RSS ${ratio("rss")}, PSS ${ratio("pss")}`,
  );
}
