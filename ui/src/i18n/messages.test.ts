import { describe, expect, it } from "vitest";

import { VOCABULARY } from "../bindings/vocabulary";
import { interpolate, isLoaded, loadLocale, translator } from ".";
import { nb } from "./messages";
import { en } from "./messages.en";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogue", () => {
  it("has the same keys in bokmål and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nb[key]));
    }
  });

  it("has no empty texts", () => {
    for (const [key, text] of [...Object.entries(nb), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  it("keeps no copy of a name the engine gives (those come generated, in its words)", () => {
    // Screen words that happen to read like one of the engine's: a step's name, a heading.
    const screenOnly = new Set([
      "step.grants",
      "step.supervision",
      "compare.figures",
      "field.grant.schedule",
    ]);
    for (const [locale, catalogue] of [
      ["nb", nb],
      ["en", en],
    ] as const) {
      const names = new Set(
        Object.values(VOCABULARY[locale]).flatMap((group: Record<string, string>) =>
          Object.values(group),
        ),
      );
      const copies = Object.entries(catalogue).filter(
        ([key, text]) => names.has(text) && !screenOnly.has(key),
      );
      expect(copies, locale).toEqual([]);
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(interpolate("Steg {n} av {total}", { n: 1, total: 7 })).toBe("Steg 1 av 7");
    expect(interpolate("Hei {name}")).toBe("Hei {name}");
  });
});

describe("catalogues at hand", () => {
  it("has bokmål from the start and English only once it is loaded", async () => {
    expect(isLoaded("nb")).toBe(true);
    expect(translator("nb")("lang.en")).toBe(nb["lang.en"]);
    // (Each test file has its own modules: nothing has loaded English here yet.)
    expect(isLoaded("en")).toBe(false);
    expect(() => translator("en")).toThrow(/not loaded/);
    await loadLocale("en");
    expect(translator("en")("planList.loading")).toBe(en["planList.loading"]);
  });
});
