// .github/scripts/export-env.sh passes secrets to later steps of a GitHub job. A certificate in
// base64 wrapped at 64 columns is several lines; the one-line form `NAME=value` splits it.
// This runs the script on such a value and reads the file back as the runner reads $GITHUB_ENV
// (lines `NAME=value`, or `NAME<<DELIMITER`, the lines of the value, `DELIMITER`), and shows
// that the one-line form would have broken it.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** $GITHUB_ENV's content as the runner reads it; throws where the runner refuses the file. */
function readEnvFile(text) {
  const vars = {};
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = line.indexOf("<<");
    const equals = line.indexOf("=");
    if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      const value = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`no end to the value of ${name}`);
      vars[name] = value.join("\n");
    } else if (equals > 0) {
      vars[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new Error(`Invalid format '${line.slice(0, 20)}…'`);
    }
  }
  return vars;
}

const dir = mkdtempSync(path.join(os.tmpdir(), "export-env-"));
const envFile = path.join(dir, "github_env");
writeFileSync(envFile, "");
// A PKCS#12 certificate's size, in base64 wrapped as `base64` (and many guides) wrap it.
const certificate = randomBytes(2400)
  .toString("base64")
  .replace(/(.{64})/g, "$1\n")
  .trim();
if (certificate.split("\n").length < 10) throw new Error("the test value is not wrapped");
const script = path.resolve(".github/scripts/export-env.sh");
const out = execFileSync(
  "bash",
  [script, "APPLE_CERTIFICATE", "APPLE_SIGNING_IDENTITY", "UNSET_ONE"],
  {
    env: {
      ...process.env,
      GITHUB_ENV: envFile,
      APPLE_CERTIFICATE: certificate,
      APPLE_SIGNING_IDENTITY: "Developer ID Application: Erfaringsplan (ABCDE12345)",
      UNSET_ONE: "",
    },
    encoding: "utf8",
  },
);
const read = readEnvFile(readFileSync(envFile, "utf8"));
const problems = [];
if (read.APPLE_CERTIFICATE !== certificate)
  problems.push("the certificate did not come through whole");
if (read.APPLE_SIGNING_IDENTITY !== "Developer ID Application: Erfaringsplan (ABCDE12345)") {
  problems.push("the one-line value did not come through");
}
if ("UNSET_ONE" in read) problems.push("an empty variable was passed on");
if (out.trim().split("\n").join(",") !== "APPLE_CERTIFICATE,APPLE_SIGNING_IDENTITY") {
  problems.push(`it says it passed on ${out.trim()}`);
}
// The one-line form with the same value: refused, or read as other variables.
let oneLine;
try {
  oneLine = readEnvFile(`APPLE_CERTIFICATE=${certificate}\n`).APPLE_CERTIFICATE;
} catch {
  oneLine = undefined;
}
if (oneLine === certificate)
  problems.push("the one-line form would have worked: the test shows nothing");
rmSync(dir, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(
  `export-env.sh passes a certificate of ${String(certificate.split("\n").length)} lines whole (the one-line form ${oneLine === undefined ? "is refused" : "cuts it"}).`,
);
