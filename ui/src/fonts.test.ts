import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { VOCABULARY } from "./bindings/vocabulary";
import { nb } from "./i18n/messages";
import { en } from "./i18n/messages.en";

const css = readFileSync(path.join(__dirname, "fonts.css"), "utf8");

/** The code points of the app's Inter (the @font-face's unicode-range in fonts.css). */
function interRange(): [number, number][] {
  const range = /unicode-range:([^;]+);/.exec(css)?.[1] ?? "";
  return range
    .split(",")
    .map((part) => part.trim().replace(/^U\+/i, ""))
    .filter(Boolean)
    .map((part) => {
      const [from = "", to = from] = part.split("-");
      return [parseInt(from, 16), parseInt(to, 16)];
    });
}

describe("the app's Inter", () => {
  // (The arrows beside a few buttons, ← ↶ ↷, are not in it: they are drawn in the system's
  // sans-serif, and are not words.)
  it("covers every character of the bokmål and English texts", () => {
    const ranges = interRange();
    expect(ranges.length).toBeGreaterThan(10);
    const covered = (c: string) => {
      const code = c.codePointAt(0) ?? 0;
      return ranges.some(([from, to]) => code >= from && code <= to);
    };
    const outside = new Set<string>();
    // The catalogue, and the names the engine gives that the screen shows.
    const names = Object.values(VOCABULARY).flatMap((v) =>
      Object.values(v).flatMap((group: Record<string, string>) => Object.values(group)),
    );
    for (const text of [...Object.values(nb), ...Object.values(en), ...names]) {
      for (const c of text) if (!covered(c)) outside.add(c);
    }
    expect([...outside]).toEqual([]);
    // Norwegian letters and the signs of Norwegian text are Inter's.
    expect(Array.from("æøåÆØÅ«»–…€ ").every(covered)).toBe(true);
  });

  it("is the file subset.sh makes, for the weights the app draws", () => {
    expect(css).toContain('url("./fonts/Inter-latin-400-600.woff2")');
    expect(css).toMatch(/font-weight: 400 600;/);
    // Designsystemet's theme names Inter alone; the app's fallback is a sans-serif, never the
    // browser's default serif.
    expect(css).toMatch(/--ds-font-family: Inter, system-ui, sans-serif;/);
    const file = readFileSync(path.join(__dirname, "fonts", "Inter-latin-400-600.woff2"));
    expect(file.subarray(0, 4).toString("latin1")).toBe("wOF2");
  });
});
