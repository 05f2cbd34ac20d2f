//! Unit tests of the layout's text handling; the whole document is tested in `tests/pdf.rs`.

use printpdf::{ParsedFont, PdfDocument};

use super::{
    inflate,
    layout::{Fonts, BODY},
    BOLD_TTF, REGULAR_TTF,
};

/// A built-in face, as the PDF reads it.
fn face(deflated: &[u8]) -> ParsedFont {
    ParsedFont::from_bytes(&inflate(deflated).unwrap(), 0, &mut Vec::new()).unwrap()
}

fn fonts() -> Fonts {
    let mut doc = PdfDocument::new("test");
    let (regular, bold) = (face(REGULAR_TTF), face(BOLD_TTF));
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

/// The code point ranges the embedded fonts keep (`assets/fonts/unicode-ranges.txt`).
fn kept_ranges() -> Vec<std::ops::RangeInclusive<u32>> {
    include_str!("../../../assets/fonts/unicode-ranges.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let span = l.split_whitespace().next().unwrap();
            let (from, to) = span.split_once('-').unwrap();
            u32::from_str_radix(from, 16).unwrap()..=u32::from_str_radix(to, 16).unwrap()
        })
        .collect()
}

/// The full DejaVu Sans face the embedded one was cut from (read from disk: it is not built in).
fn full_face(file: &str) -> ParsedFont {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/fonts/full")
        .join(file);
    ParsedFont::from_bytes(&std::fs::read(path).unwrap(), 0, &mut Vec::new()).unwrap()
}

#[test]
fn the_built_in_fonts_unpack_to_the_files_subset_sh_made_and_take_less_room() {
    for (deflated, file) in [
        (REGULAR_TTF, "DejaVuSans.ttf"),
        (BOLD_TTF, "DejaVuSans-Bold.ttf"),
    ] {
        let on_disk = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets/fonts")
                .join(file),
        )
        .unwrap();
        assert_eq!(inflate(deflated).unwrap(), on_disk, "{file}");
        // DejaVu deflates to about 0.6 of its size.
        assert!(deflated.len() * 10 < on_disk.len() * 7, "{file}");
    }
    assert!(inflate(b"not deflate data").is_err());
}

#[test]
fn the_embedded_fonts_keep_every_character_of_their_ranges_that_dejavu_has() {
    for (embedded, file) in [
        (REGULAR_TTF, "DejaVuSans.ttf"),
        (BOLD_TTF, "DejaVuSans-Bold.ttf"),
    ] {
        let cut = face(embedded);
        let full = full_face(file);
        let mut kept = 0;
        for c in kept_ranges().into_iter().flatten() {
            let Some(full_gid) = full.lookup_glyph_index(c) else {
                continue;
            };
            let gid = cut.lookup_glyph_index(c);
            assert!(
                gid.is_some(),
                "U+{c:04X} is missing from the embedded {file}"
            );
            // The same shape: the same advance width.
            assert_eq!(
                cut.get_horizontal_advance(gid.unwrap_or(0)),
                full.get_horizontal_advance(full_gid),
                "U+{c:04X}"
            );
            kept += 1;
        }
        // Latin, Greek and Cyrillic with their punctuation: about 1 500 characters; far fewer
        // would mean the ranges file was not read.
        assert!(kept > 1_400, "{kept}");
        // And the cut is a cut: characters outside the ranges are gone (a CJK-free font has no
        // Georgian either).
        assert!(full.lookup_glyph_index(0x10D0).is_some());
        assert!(cut.lookup_glyph_index(0x10D0).is_none());
    }
}

#[test]
fn the_embedded_fonts_hold_every_character_the_engines_own_texts_use() {
    fn walk(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    // Every word, checklist item and source the documents print is in the engine's source.
    let mut source = String::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut source,
    );
    let ranges = kept_ranges();
    let faces = [REGULAR_TTF, BOLD_TTF].map(face);
    let used: std::collections::BTreeSet<char> =
        source.chars().filter(|c| !c.is_control()).collect();
    assert!(used.contains(&'ø') && used.contains(&'«') && used.contains(&'–'));
    for c in used {
        let code = u32::from(c);
        assert!(
            ranges.iter().any(|r| r.contains(&code)),
            "{c:?} (U+{code:04X}) is used but not in unicode-ranges.txt"
        );
        for face in &faces {
            assert!(
                face.lookup_glyph_index(code).is_some(),
                "{c:?} (U+{code:04X}) has no glyph"
            );
        }
    }
}

#[test]
fn a_line_never_breaks_inside_a_number_or_between_a_number_and_its_unit() {
    let f = fonts();
    let width = f.width(BODY, "12 ganger per år, 1");
    for text in [
        "12 ganger per år, 1 300,00 kr per gang (1,5 t)",
        "A = (236 133,33 + 28 336,00) × 14,1 % ≈ 37 291,73",
        "NOK 1,300.00 a session, 12 %",
    ] {
        let lines = f.wrap(BODY, text, width);
        assert!(lines.len() > 1, "{lines:?}");
        for pair in lines.windows(2) {
            let (end, start) = (&pair[0], &pair[1]);
            let split_group = end.ends_with(|c: char| c.is_ascii_digit())
                && start.chars().take(3).all(|c| c.is_ascii_digit());
            let split_unit = end.ends_with(|c: char| c.is_ascii_digit())
                && (start.starts_with("kr") || start.starts_with('%'));
            assert!(
                !split_group && !split_unit && !end.ends_with("NOK"),
                "{lines:?}"
            );
        }
        assert_eq!(lines.join(" "), text);
    }
}

#[test]
fn a_character_the_font_lacks_prints_as_one_box() {
    let f = fonts();
    assert_eq!(f.printable("Bydel Nord – Sámi ŋ"), "Bydel Nord – Sámi ŋ");
    assert_eq!(f.printable("Team \u{1f331}"), "Team □");
    // A family joined by U+200D, a heart with its variation selector, a thumb with a skin tone:
    // each one box.
    assert_eq!(
        f.printable("Par \u{1f9d1}\u{200d}\u{1f91d}\u{200d}\u{1f9d1}!"),
        "Par □!"
    );
    assert_eq!(
        f.printable("\u{2764}\u{fe0f} og \u{1f44d}\u{1f3fd}"),
        "□ og □"
    );
    assert_eq!(f.printable("\u{1f331}\u{1f331}"), "□□");
    // A joiner between letters the font has shows as nothing; Chinese is outside the cut.
    assert_eq!(f.printable("a\u{200d}b \u{4e2d}\u{6587}"), "ab □□");
    // Measured as printed: the box's width, not the missing glyph's.
    assert_eq!(
        f.width(BODY, "\u{1f9d1}\u{200d}\u{1f91d}\u{200d}\u{1f9d1}"),
        f.width(BODY, "□")
    );
}
