/**
 * The floor for measurements (tests/startup-floor): a bare Tauri app of the app's Tauri version,
 * built in release with its React + Designsystemet page. `FLOOR_APP` names a binary to use
 * instead of building one.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

/** The floor's release binary: `FLOOR_APP`, or built into `targetDir` from `root`. */
export function floorBinary(root, targetDir) {
  if (process.env.FLOOR_APP) return process.env.FLOOR_APP;
  // The floor's second page (React + Designsystemet) first: the floor embeds its dist/.
  execFileSync("npx", ["vite", "build", "--config", "tests/startup-floor/vite.config.ts"], {
    cwd: root,
    stdio: "inherit",
  });
  execFileSync("cargo", ["build", "--release", "--features", "tauri/custom-protocol"], {
    cwd: path.join(root, "tests", "startup-floor", "src-tauri"),
    stdio: "inherit",
    env: { ...process.env, CARGO_TARGET_DIR: targetDir },
  });
  return path.join(targetDir, "release", "startup-floor");
}
