// The UI is built for Safari 16.4, the WebKit of macOS 13.3, the oldest macOS the app installs on
// (tauri.conf.json; check-release-setup.mjs holds the two together). Vite lowers the JavaScript to
// that target and the CSS syntax it can; what it cannot lower is a feature the browser has or
// lacks. This reads the built stylesheets for the newer CSS features, with the first Safari that
// has each (MDN's compatibility data), and fails on one newer than 16.4 — unless it is listed as
// progressive: a rule whose absence leaves the page as it would be without it (the declaration
// before it still holds). Run after `npm run build`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TARGET = 16.4;

/** A CSS feature: how it shows in the built CSS, and the first Safari that has it. */
const FEATURES = [
  { name: ":has()", pattern: /:has\(/, safari: 15.4 },
  { name: "@layer", pattern: /@layer\b/, safari: 15.4 },
  { name: "subgrid", pattern: /\bsubgrid\b/, safari: 16.0 },
  { name: "@container", pattern: /@container\b/, safari: 16.0 },
  { name: "color-mix()", pattern: /color-mix\(/, safari: 16.2 },
  { name: "the lh unit", pattern: /[\d.]lh\b/, safari: 16.4 },
  { name: "@scope", pattern: /@scope\b/, safari: 17.4 },
  { name: "text-wrap: balance/pretty", pattern: /text-wrap:\s*(balance|pretty)/, safari: 17.5 },
  { name: "light-dark()", pattern: /light-dark\(/, safari: 17.5 },
  { name: "@starting-style", pattern: /@starting-style\b/, safari: 17.5 },
  {
    name: "field-sizing",
    pattern: /field-sizing:/,
    safari: 26.2,
    // Designsystemet sets a textarea's height first and lets field-sizing grow it where known.
    progressive: true,
  },
  { name: "anchor positioning", pattern: /anchor-name:|position-anchor:/, safari: 26.0 },
];

const dist = path.join(root, "ui", "dist", "assets");
const sheets = readdirSync(dist).filter((f) => f.endsWith(".css"));
if (sheets.length === 0) {
  console.error("no built stylesheets in ui/dist/assets: run npm run build first");
  process.exit(1);
}
const css = sheets.map((f) => readFileSync(path.join(dist, f), "utf8")).join("\n");
const problems = [];
const used = [];
for (const feature of FEATURES) {
  if (!feature.pattern.test(css)) continue;
  used.push(`${feature.name} (Safari ${String(feature.safari)})`);
  if (feature.safari > TARGET && !feature.progressive) {
    problems.push(
      `${feature.name} needs Safari ${String(feature.safari)}; the app promises macOS 13.3 (Safari ${String(TARGET)})`,
    );
  }
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`The built CSS needs no more than Safari ${String(TARGET)}: ${used.join(", ")}.`);
