// The app's version is said once, in package.json: tauri.conf.json reads it from there
// ("version": "../package.json"), and the Rust crates' version (Cargo.toml's
// [workspace.package], which the PDF prints) must equal it, in Cargo.lock too. This checks that,
// and, given a tag, that the tag is "v" + that version, so a release built from the tag ships
// installers of the tag's version. It must be three numbers a Windows Installer version holds
// (major and minor up to 255, patch up to 65535): an MSI with another version breaks the
// detection rules of Intune and SCCM.
//
//   node tests/scripts/version.mjs                 check that every place agrees
//   node tests/scripts/version.mjs --tag v0.2.0    and that the tag is the version's
//   node tests/scripts/version.mjs --set 0.2.0     write the version everywhere (then commit)
//
// Exits 1 with the problems listed.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const file = (p) => path.join(root, p);
const read = (p) => readFileSync(file(p), "utf8");

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};

/** Three numbers an MSI takes as its ProductVersion. */
export function installerVersion(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) return false;
  const [major, minor, patch] = m.slice(1).map(Number);
  return major <= 255 && minor <= 255 && patch <= 65535;
}

const workspaceVersion = /(\[workspace\.package\][^[]*?\nversion = ")([^"]+)(")/;
const lockVersion = (crate) => new RegExp(`(name = "${crate}"\\nversion = ")([^"]+)(")`);

const wanted = option("--set");
if (wanted !== undefined) {
  if (!installerVersion(wanted)) {
    console.error(`${wanted} is not a version an installer takes (three numbers, e.g. 0.2.0)`);
    process.exit(1);
  }
  const pkg = JSON.parse(read("package.json"));
  pkg.version = wanted;
  writeFileSync(file("package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  for (const lock of ["package-lock.json"]) {
    const data = JSON.parse(read(lock));
    data.version = wanted;
    if (data.packages?.[""]) data.packages[""].version = wanted;
    writeFileSync(file(lock), `${JSON.stringify(data, null, 2)}\n`);
  }
  writeFileSync(file("Cargo.toml"), read("Cargo.toml").replace(workspaceVersion, `$1${wanted}$3`));
  let cargoLock = read("Cargo.lock");
  for (const crate of ["erfaringsplan", "erfaringsplan-engine"]) {
    cargoLock = cargoLock.replace(lockVersion(crate), `$1${wanted}$3`);
  }
  writeFileSync(file("Cargo.lock"), cargoLock);
}

const problems = [];
const version = JSON.parse(read("package.json")).version;
if (!installerVersion(version)) {
  problems.push(`package.json: ${version} is not three numbers an installer takes`);
}
const npmLock = JSON.parse(read("package-lock.json"));
for (const [where, v] of [
  ["package-lock.json", npmLock.version],
  ['package-lock.json (packages[""])', npmLock.packages?.[""]?.version],
]) {
  if (v !== version) problems.push(`${where} says ${String(v)}, package.json ${version}`);
}
const conf = JSON.parse(read("src-tauri/tauri.conf.json"));
if (conf.version !== "../package.json") {
  problems.push(
    `src-tauri/tauri.conf.json: "version" must be "../package.json" (it is ${JSON.stringify(conf.version)})`,
  );
}
const cargo = workspaceVersion.exec(read("Cargo.toml"))?.[2];
if (cargo !== version)
  problems.push(`Cargo.toml [workspace.package] says ${String(cargo)}, package.json ${version}`);
for (const crate of ["erfaringsplan", "erfaringsplan-engine"]) {
  const locked = lockVersion(crate).exec(read("Cargo.lock"))?.[2];
  if (locked !== version)
    problems.push(`Cargo.lock has ${crate} ${String(locked)}, package.json ${version}`);
}
const tag = option("--tag");
if (tag !== undefined && tag !== `v${version}`) {
  problems.push(
    `the tag ${tag} is not v${version}, the version the installers would have: run "node tests/scripts/version.mjs --set ${tag.replace(/^v/, "")}", commit, and tag that commit`,
  );
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`version ${version}${tag === undefined ? "" : `, tag ${tag}`}: every place agrees`);
