//! Which characters a name or a note may hold. Text is only text: what a field holds must be what
//! a reader sees, on the screen, in the PDF and in a spreadsheet. So a plan refuses, with an
//! error on the field:
//!
//! - **control characters** (U+0000–U+001F, U+007F–U+009F): a NUL, a bell, an escape. A tab too,
//!   everywhere, and a line break (also U+2028/U+2029) except in a field meant to hold lines (a
//!   note, how the posts are financed after the grants), where `\n` and `\r` are kept;
//! - **direction controls**: the embeddings and overrides U+202A–U+202E, the isolates
//!   U+2066–U+2069 and the marks U+200E, U+200F, U+061C, which make a name show as something
//!   other than what it holds (an override before «evil» shows «live»);
//! - **invisible characters** that carry nothing a reader of these documents needs: the zero-width
//!   space U+200B, the word joiner and invisible operators U+2060–U+2064, the deprecated format
//!   characters U+206A–U+206F, the byte order mark U+FEFF, U+180E, the interlinear annotation
//!   marks U+FFF9–U+FFFB and the tag characters U+E0000–U+E007F (used to hide text).
//!
//! Kept on purpose: the zero-width joiner and non-joiner (U+200D, U+200C), which emoji sequences
//! and some scripts need, variation selectors, the soft hyphen, and emoji themselves — a name is
//! the user's, the screen and a spreadsheet show emoji, and the PDF, whose font has no emoji,
//! prints a «□» for each one (see `export::pdf`).
//!
//! [`clean_pasted`] is what the UI does to pasted text (its twin is `ui/src/pastedText.ts`; both
//! are tested against `tests/fixtures/hidden-characters.json`).

pub use crate::error::HiddenKind;

/// Why `c` may not be in a field, or `None` when it may; `lines` for a field that holds lines.
pub fn hidden_kind(c: char, lines: bool) -> Option<HiddenKind> {
    match c {
        '\n' | '\r' if lines => None,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => Some(HiddenKind::LineBreak),
        '\t' => Some(HiddenKind::Tab),
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Some(HiddenKind::Control),
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => {
            Some(HiddenKind::Direction)
        }
        '\u{200b}'
        | '\u{2060}'..='\u{2064}'
        | '\u{206a}'..='\u{206f}'
        | '\u{feff}'
        | '\u{180e}'
        | '\u{fff9}'..='\u{fffb}'
        | '\u{e0000}'..='\u{e007f}' => Some(HiddenKind::Invisible),
        _ => None,
    }
}

/// The first character of `text` a field may not hold, with why.
pub fn first_hidden(text: &str, lines: bool) -> Option<(char, HiddenKind)> {
    text.chars()
        .find_map(|c| hidden_kind(c, lines).map(|kind| (c, kind)))
}

/// A character as the error names it: `U+202E`.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// Pasted text made fit for a field: tabs become a space, and line breaks too in a field of one
/// line (a run of them one space, so «Erfarings-\nkonsulent» does not lose its break silently);
/// in a field of lines, `\r\n`, `\r`, U+2028 and U+2029 become `\n`. Every other character
/// [`hidden_kind`] refuses is left out. Returns the text and how many characters were changed or
/// left out (0 when the text was fine as it was).
pub fn clean_pasted(text: &str, lines: bool) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut changed = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let line_break = matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}');
        if line_break && lines {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                changed += 1;
            } else if c != '\n' {
                changed += 1;
            }
            out.push('\n');
        } else if line_break || c == '\t' {
            changed += 1;
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else if hidden_kind(c, lines).is_some() {
            changed += 1;
        } else {
            out.push(c);
        }
    }
    (out, changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_each_kind_of_character_is() {
        assert_eq!(hidden_kind('a', false), None);
        assert_eq!(hidden_kind('ø', false), None);
        assert_eq!(hidden_kind('\u{200d}', false), None, "ZWJ joins emoji");
        assert_eq!(hidden_kind('\u{fe0f}', false), None);
        assert_eq!(hidden_kind('\n', true), None);
        assert_eq!(hidden_kind('\n', false), Some(HiddenKind::LineBreak));
        assert_eq!(hidden_kind('\u{2028}', true), Some(HiddenKind::LineBreak));
        assert_eq!(hidden_kind('\t', true), Some(HiddenKind::Tab));
        assert_eq!(hidden_kind('\u{0}', true), Some(HiddenKind::Control));
        assert_eq!(hidden_kind('\u{7}', false), Some(HiddenKind::Control));
        assert_eq!(hidden_kind('\u{85}', false), Some(HiddenKind::Control));
        assert_eq!(hidden_kind('\u{202e}', false), Some(HiddenKind::Direction));
        assert_eq!(hidden_kind('\u{2067}', false), Some(HiddenKind::Direction));
        assert_eq!(hidden_kind('\u{200b}', false), Some(HiddenKind::Invisible));
        assert_eq!(hidden_kind('\u{e0041}', false), Some(HiddenKind::Invisible));
        assert_eq!(code_point('\u{202e}'), "U+202E");
        assert_eq!(code_point('\u{0}'), "U+0000");
    }

    /// The list the UI's twin is tested against too.
    #[test]
    fn the_shared_list_of_hidden_characters_holds() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/hidden-characters.json"
        );
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let list: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        let cases = list["cases"].as_array().cloned().unwrap_or_default();
        assert!(cases.len() > 20, "{path} was not read");
        for case in cases {
            let text = case["text"].as_str().unwrap_or_default();
            let lines = case["lines"].as_bool().unwrap_or_default();
            let (cleaned, changed) = clean_pasted(text, lines);
            assert_eq!(
                cleaned,
                case["cleaned"].as_str().unwrap_or_default(),
                "{text:?}"
            );
            assert_eq!(Some(changed as u64), case["changed"].as_u64(), "{text:?}");
            let first = first_hidden(text, lines)
                .map(|(c, kind)| serde_json::json!({ "character": code_point(c), "kind": kind }));
            assert_eq!(first.unwrap_or_default(), case["first"], "{text:?}");
            // What pasting gives is always text a field may hold.
            assert_eq!(first_hidden(&cleaned, lines), None, "{text:?}");
        }
    }
}
