//! Unit tests of the layout's text handling; the whole document is tested in `tests/pdf.rs`.

use printpdf::{ParsedFont, PdfDocument};

use super::{
    layout::{Fonts, BODY},
    BOLD_TTF, REGULAR_TTF,
};

fn fonts() -> Fonts {
    let mut doc = PdfDocument::new("test");
    let regular = ParsedFont::from_bytes(REGULAR_TTF, 0, &mut Vec::new()).unwrap();
    let bold = ParsedFont::from_bytes(BOLD_TTF, 0, &mut Vec::new()).unwrap();
    let (r, b) = (doc.add_font(&regular), doc.add_font(&bold));
    Fonts::new(regular, bold, r, b)
}

#[test]
fn widths_come_from_the_font() {
    let f = fonts();
    // DejaVu Sans digits are 1303 of 2048 units wide: at 9.5 pt, "0000" is 4 × 6.044 pt.
    assert_eq!(f.width(BODY, "0000"), 4 * 1303 * 9_500 / 2048);
    assert!(f.width(BODY, "æøå") > 0);
    assert_eq!(f.width(BODY, ""), 0);
}

#[test]
fn wrapping_keeps_every_character_and_every_line_fits() {
    let f = fonts();
    let text = "Erfaringskonsulenten skal ha veiledning fra første dag.\nNy linje med et ordsomerfryktelig\u{ad}langtogmåbrytesinnenforselveordet uten problemer.";
    let max = 120_000;
    let lines = f.wrap(BODY, text, max);
    assert!(lines.len() > 3);
    for line in &lines {
        assert!(f.width(BODY, line) <= max, "{line:?} is too wide");
    }
    // A word broken between two letters has a hyphen at the end of its line, and only there.
    let broken: Vec<&String> = lines.iter().filter(|l| l.ends_with('-')).collect();
    assert!(!broken.is_empty(), "{lines:?}");
    let joined: String = lines
        .iter()
        .map(|l| l.strip_suffix('-').unwrap_or(l))
        .collect::<String>()
        .split_whitespace()
        .collect();
    let original: String = text.split_whitespace().collect();
    assert_eq!(joined, original.replace('\u{ad}', ""));
}

#[test]
fn a_number_is_broken_without_a_hyphen_that_could_read_as_a_minus() {
    let f = fonts();
    let lines = f.wrap(BODY, "12345678901234567890123456789", 40_000);
    assert!(lines.len() > 1);
    assert!(lines.iter().all(|l| !l.contains('-')), "{lines:?}");
    assert_eq!(lines.concat(), "12345678901234567890123456789");
}

#[test]
fn control_characters_are_dropped_and_empty_text_is_one_empty_line() {
    let f = fonts();
    assert_eq!(f.wrap(BODY, "a\tb\u{7}c", 500_000), ["a bc"]);
    assert_eq!(f.wrap(BODY, "", 500_000), [""]);
    let fitted = f.fit(BODY, &"lang ".repeat(100), 100_000);
    assert!(fitted.ends_with('…') && f.width(BODY, &fitted) <= 100_000);
}
