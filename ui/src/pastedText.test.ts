import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { cleanPasted, firstHidden } from "./pastedText";

interface Case {
  text: string;
  lines: boolean;
  cleaned: string;
  changed: number;
  first: { character: string; kind: string } | null;
}

/** The list the engine's characters.rs is tested against too. */
const list = JSON.parse(
  readFileSync(
    path.join(__dirname, "../../src-tauri/engine/tests/fixtures/hidden-characters.json"),
    "utf8",
  ),
) as { cases: Case[] };

describe("hidden characters, as the engine sees them", () => {
  it("reads the shared list", () => {
    expect(list.cases.length).toBeGreaterThan(20);
  });
  it.each(list.cases)("$text (lines: $lines)", (c) => {
    expect(firstHidden(c.text, c.lines)).toEqual(c.first);
    expect(cleanPasted(c.text, c.lines)).toEqual({ text: c.cleaned, changed: c.changed });
    expect(firstHidden(c.cleaned, c.lines)).toBeNull();
  });
});
