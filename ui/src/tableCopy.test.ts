import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { asText, selectedRows } from "./tableCopy";

describe("text a spreadsheet would run as a formula", () => {
  it("gets an apostrophe, as the engine's CSV gives it", () => {
    expect(asText('=HYPERLINK("http://example.com";"Klikk")')).toBe(
      `'=HYPERLINK("http://example.com";"Klikk")`,
    );
    expect(asText("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(asText("@SUM(1+1)")).toBe("'@SUM(1+1)");
    expect(asText("-2+3")).toBe("'-2+3");
    expect(asText("\t=1")).toBe("'\t=1");
    expect(asText("  =1")).toBe("'  =1");
    expect(asText("\uff1d1+1")).toBe("'\uff1d1+1");
    expect(asText("Bydel Nord")).toBe("Bydel Nord");
    expect(asText("a=b")).toBe("a=b");
  });

  it("is the same list as the engine's", () => {
    // The engine's FORMULA_START, read from its source: the two lists must not drift apart.
    const source = readFileSync(
      path.join(__dirname, "../../src-tauri/engine/src/export/csv.rs"),
      "utf8",
    );
    const list = /const FORMULA_START: \[char; \d+\] = \[([^\]]*)\]/.exec(source)?.[1] ?? "";
    const chars = [...list.matchAll(/'(\\u\{[0-9a-f]+\}|\\t|\\r|.)'/g)].map((m) => {
      const c = m[1] ?? "";
      if (c === "\\t") return "\t";
      if (c === "\\r") return "\r";
      const code = /^\\u\{([0-9a-f]+)\}$/.exec(c)?.[1];
      return code ? String.fromCodePoint(parseInt(code, 16)) : c;
    });
    expect(chars.length).toBe(10);
    for (const c of chars) expect(asText(`${c}1`)).toBe(`'${c}1`);
  });
});

describe("copied table rows", () => {
  it("carry hostile names as text and negative amounts as numbers", () => {
    document.body.innerHTML = `<table>
      <thead><tr><th>Nøkkeltall</th><th>=HYPERLINK("http://x";"Klikk") (grunnlag)</th><th>@SUM(A1)</th></tr></thead>
      <tbody><tr><th>Netto</th><td data-copy="-1250,50">−1 250,50 kr</td><td data-copy="331450,79">331 450,79 kr</td></tr></tbody>
    </table>`;
    const table = document.querySelector("table") as HTMLTableElement;
    const range = document.createRange();
    range.selectNodeContents(table);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    expect(selectedRows(table, selection)).toBe(
      [
        `Nøkkeltall\t'=HYPERLINK("http://x";"Klikk") (grunnlag)\t'@SUM(A1)`,
        "Netto\t-1250,50\t331450,79",
      ].join("\r\n"),
    );
  });
});
