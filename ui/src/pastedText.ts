/**
 * Hidden characters in names and notes: the twin of the engine's `validate/characters.rs`, which
 * decides what a plan may hold. The UI uses it for what happens before Rust sees the text:
 * cleaning what the user pastes, and offering «Fjern skjulte tegn» under a field that holds some
 * (from an imported file, say). Both are tested against the same list,
 * `src-tauri/engine/tests/fixtures/hidden-characters.json`.
 */
import type { ErrorCode } from "./bindings/ErrorCode";
import type { ErrorReport } from "./bindings/ErrorReport";
import type { HiddenKind } from "./bindings/HiddenKind";

/** Why the character `code` may not be in a field, or null when it may. */
export function hiddenKind(code: number, lines: boolean): HiddenKind | null {
  if (code === 0x0a || code === 0x0d) return lines ? null : "lineBreak";
  if (code === 0x2028 || code === 0x2029) return "lineBreak";
  if (code === 0x09) return "tab";
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return "control";
  if (
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c
  ) {
    return "direction";
  }
  if (
    code === 0x200b ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x206a && code <= 0x206f) ||
    code === 0xfeff ||
    code === 0x180e ||
    (code >= 0xfff9 && code <= 0xfffb) ||
    (code >= 0xe0000 && code <= 0xe007f)
  ) {
    return "invisible";
  }
  return null;
}

/** `U+202E` for the character with code point `code`. */
export function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first character of `text` a field may not hold, with why; null when there is none. */
export function firstHidden(
  text: string,
  lines: boolean,
): { character: string; kind: HiddenKind } | null {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const kind = hiddenKind(code, lines);
    if (kind !== null) return { character: codePoint(code), kind };
  }
  return null;
}

const isLineBreak = (ch: string): boolean =>
  ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029";

/**
 * Pasted text made fit for a field: tabs become a space, and line breaks too in a field of one
 * line (a run of them one space); in a field of lines, `\r\n`, `\r`, U+2028 and U+2029 become
 * `\n`. Every other hidden character is left out. `changed` counts the characters changed or left
 * out: 0 when the text was fine as it was.
 */
export function cleanPasted(text: string, lines: boolean): { text: string; changed: number } {
  let out = "";
  let changed = 0;
  // Code points, as Rust's chars(): a hidden character is one code point, and an emoji's parts
  // (kept) are put back in order.
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    if (isLineBreak(ch) && lines) {
      if (ch === "\r" && chars[i + 1] === "\n") {
        i++;
        changed++;
      } else if (ch !== "\n") {
        changed++;
      }
      out += "\n";
    } else if (isLineBreak(ch) || ch === "\t") {
      changed++;
      if (!out.endsWith(" ")) out += " ";
    } else if (hiddenKind(ch.codePointAt(0) ?? 0, lines) !== null) {
      changed++;
    } else {
      out += ch;
    }
  }
  return { text: out, changed };
}

const CODES: Readonly<Record<HiddenKind, ErrorCode>> = {
  control: "field.control_character",
  tab: "field.tab",
  lineBreak: "field.line_break",
  direction: "field.direction_character",
  invisible: "field.invisible_character",
};

/** The error Rust would give `field` for the first hidden character of `text`, for a text the UI
 * keeps itself (a version's name); null when there is none. */
export function hiddenCharacterError(
  field: string,
  text: string,
  lines: boolean,
): ErrorReport | null {
  const first = firstHidden(text, lines);
  if (first === null) return null;
  return {
    code: CODES[first.kind],
    field,
    message: `${field} holds ${first.character}`,
    params: { char: first.character },
  };
}
