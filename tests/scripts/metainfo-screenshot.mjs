// Adds the app's screenshot to the AppStream metainfo, at `url` (the release workflow passes the
// image's address in the repository it builds from; AppStream wants an address, not a file).
// Usage: node tests/scripts/metainfo-screenshot.mjs <metainfo.xml> <url>
import { readFileSync, writeFileSync } from "node:fs";

const [file, url] = process.argv.slice(2);
if (!file || !url || !/^https:\/\//.test(url)) {
  console.error("usage: metainfo-screenshot.mjs <metainfo.xml> <https://…/screenshot.png>");
  process.exit(2);
}
const xml = readFileSync(file, "utf8");
if (xml.includes("<screenshots>")) {
  console.error(`${file} already has screenshots`);
  process.exit(1);
}
const escaped = url.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const block = `  <screenshots>
    <screenshot type="default">
      <caption>The summary of a hiring plan: key figures and the cost year by year</caption>
      <caption xml:lang="nb">Oppsummeringen av en ansettelsesplan: nøkkeltall og kostnaden år for år</caption>
      <image>${escaped}</image>
    </screenshot>
  </screenshots>
`;
writeFileSync(file, xml.replace("  <categories>", `${block}  <categories>`));
console.log(`${file}: screenshot ${url}`);
