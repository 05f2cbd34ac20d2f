//! Text is only text. A careful reviewer's names — formulas, quotes, separators, emoji — go
//! through every command and export and come out as the text they are; hidden characters (NUL,
//! bell, tab, line break, direction overrides, zero-width) are refused with an error on the field
//! and nothing written. Each output is read back the way a user meets it: the CSV opened in
//! LibreOffice with «Evaluate formulas» on, the workbook's cells by type, the comparison workbook
//! recalculated, the PDF as text. (The clipboard's copy is tested in `ui/src/tableCopy.test.ts`.)
//!
//! LibreOffice comes from the project's setup; where it is missing (and not required by
//! `ERFARINGSPLAN_REQUIRE_LIBREOFFICE`) those two checks are skipped with a note.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    process::{Command, Output},
};

mod common;

use calamine::{Data, Reader, Xlsx};
use erfaringsplan_engine::{example::example_plan, model::plan::Plan, ErrorReport};

const PLAN_NAME: &str = "+cmd|' /C calc'!A0";
const TITLE: &str = r#"=HYPERLINK("http://example.com";"Klikk")"#;
const SECOND_TITLE: &str = "-2+3 «Erfaringskonsulent»";
const COST: &str = "@SUM(1+1)";
const GRANT: &str = " =1+1 tilskudd; \"sitert\"";
const ORGANISATION: &str = "Team 🌱 \u{ff1d}A1";
const ALTERNATIVE: &str = r#"=HYPERLINK("http://x.example/?a=1";"B")"#;

/// Every name a spreadsheet would run, in one plan (emoji in the organisation).
fn hostile_plan() -> Plan {
    let mut plan = example_plan(2027, 3);
    plan.name = PLAN_NAME.into();
    plan.positions[0].title = TITLE.into();
    plan.positions[1].title = SECOND_TITLE.into();
    plan.cost_items[0].name = COST.into();
    plan.grants[0].name = GRANT.into();
    plan.organisation.name = ORGANISATION.into();
    plan.financing_after_grants = "=1+1\nLinje to: kommunens driftsbudsjett".into();
    assert!(plan.validate().is_empty(), "{:?}", plan.validate());
    plan
}

/// The alternative: a hostile name too, and a smaller first post, so it costs less than the base
/// and its differences are negative.
fn alternative_plan() -> Plan {
    let mut plan = hostile_plan();
    plan.name = ALTERNATIVE.into();
    plan.positions[0].fte_percent = rust_decimal::Decimal::new(80, 0).into();
    plan
}

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_erfaringsplan-cli"))
        .args(args)
        .output()
        .expect("run erfaringsplan-cli")
}

fn write_plan(dir: &Path, name: &str, plan: &Plan) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(plan).unwrap()).unwrap();
    path
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Norwegian CSV (semicolons, quotes doubled), as a spreadsheet splits it.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![Vec::new()];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ';' if !quoted => rows.last_mut().unwrap().push(std::mem::take(&mut field)),
            '\n' if !quoted => {
                rows.last_mut().unwrap().push(std::mem::take(&mut field));
                rows.push(Vec::new());
            }
            c => field.push(c),
        }
    }
    rows.retain(|r| !(r.is_empty() || r.len() == 1 && r[0].is_empty()));
    rows
}

/// A number as a Norwegian spreadsheet reads it: `-1234,50`, `2027`.
fn is_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == ',')
        && digits.matches(',').count() <= 1
}

/// Would a spreadsheet run this cell? (It starts with what makes a formula, after spaces.)
fn runs(cell: &str) -> bool {
    cell.trim_start_matches(' ')
        .starts_with(['=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}'])
}

/// Every cell is a number, or text a spreadsheet shows as text; `names` each arrive with the
/// apostrophe in front.
fn assert_csv_is_only_text(csv: &str, names: &[&str]) {
    let rows = parse_csv(csv);
    for row in &rows {
        for cell in row {
            assert!(
                is_number(cell) || !runs(cell),
                "a spreadsheet runs {cell:?}"
            );
        }
    }
    for name in names {
        let expected = format!("'{name}");
        assert!(
            rows.iter().flatten().any(|c| *c == expected),
            "{expected:?} is not a cell of\n{csv}"
        );
    }
}

#[test]
fn hidden_characters_are_refused_on_their_field_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &str, &str); 8] = [
        ("A\u{0}B", "field.control_character", "U+0000"),
        ("Ring\u{7}", "field.control_character", "U+0007"),
        ("Kari\tNordmann", "field.tab", "U+0009"),
        ("Erfarings-\nkonsulent", "field.line_break", "U+000A"),
        ("\u{202e}live", "field.direction_character", "U+202E"),
        (
            "\u{2066}Bydel\u{2069}",
            "field.direction_character",
            "U+2066",
        ),
        ("Bydel\u{200b}Nord", "field.invisible_character", "U+200B"),
        ("\u{feff}Stilling", "field.invisible_character", "U+FEFF"),
    ];
    for (title, code, character) in cases {
        let mut plan = example_plan(2027, 3);
        plan.positions[1].title = title.into();
        let path = write_plan(dir.path(), "hidden.json", &plan);
        let out = cli(&["validate", s(&path)]);
        assert_eq!(out.status.code(), Some(2), "{title:?}");
        let report: ErrorReport =
            serde_json::from_str(String::from_utf8_lossy(&out.stderr).lines().next().unwrap())
                .unwrap();
        assert_eq!(report.code, code, "{title:?}");
        assert_eq!(report.field.as_deref(), Some("positions[1].title"));
        assert_eq!(report.params["char"], character);
        for (command, output) in [("pdf", "hidden.pdf"), ("xlsx", "hidden.xlsx")] {
            let target = dir.path().join(output);
            let out = cli(&[command, s(&path), "-o", s(&target)]);
            assert_eq!(out.status.code(), Some(2), "{command} {title:?}");
            assert!(!target.exists(), "{command} wrote {title:?}");
        }
        let out = cli(&["project", s(&path), "--format", "csv"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
    }
    // A note holds lines; a name does not.
    let mut plan = example_plan(2027, 3);
    plan.financing_after_grants = "Linje én\r\nlinje to".into();
    plan.checklist[0].note = "Avtalt med\ntillitsvalgt".into();
    assert!(plan.validate().is_empty());
}

#[test]
fn hostile_names_come_out_as_text_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let plan = hostile_plan();
    let path = write_plan(dir.path(), "plan.json", &plan);

    // CSV: each name as text, every amount a number (negative ones too).
    let out = cli(&["project", s(&path), "--format", "csv"]);
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_csv_is_only_text(&csv, &[TITLE, SECOND_TITLE, COST, GRANT]);

    // JSON: exactly what the plan holds.
    let out = cli(&["project", s(&path), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["positions"][0]["title"], TITLE);
    assert_eq!(json["costItems"][0]["name"], COST);
    assert_eq!(json["grants"][0]["name"], GRANT);

    // The terminal's table: the name as it is, on its own line.
    let out = cli(&["project", s(&path), "--format", "table"]);
    let table = String::from_utf8(out.stdout).unwrap();
    assert_eq!(table.lines().next(), Some(PLAN_NAME));

    // The workbook: every name a string cell, exactly as written, and in no formula.
    let book_path = dir.path().join("plan.xlsx");
    assert!(cli(&["xlsx", s(&path), "-o", s(&book_path)])
        .status
        .success());
    let bytes = std::fs::read(&book_path).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let mut strings = Vec::new();
    for sheet in book.sheet_names() {
        for cell in book.worksheet_range(&sheet).unwrap().used_cells() {
            if let Data::String(text) = cell.2 {
                strings.push(text.clone());
            }
        }
        for formula in book.worksheet_formula(&sheet).unwrap().used_cells() {
            for name in ["HYPERLINK", "cmd|", "SUM(1+1)"] {
                assert!(!formula.2.contains(name), "{sheet}: {}", formula.2);
            }
        }
    }
    for name in [
        PLAN_NAME,
        TITLE,
        SECOND_TITLE,
        COST,
        GRANT.trim(),
        ORGANISATION,
    ] {
        assert!(
            strings.iter().any(|s| s == name || s.contains(name)),
            "{name:?} is not a string cell"
        );
    }

    // The PDF: the names as text; the emoji, which its font lacks, as one box.
    let pdf = dir.path().join("plan.pdf");
    assert!(cli(&["pdf", s(&path), "-o", s(&pdf)]).status.success());
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed");
    let text = String::from_utf8(out.stdout).unwrap().replace('\n', " ");
    for name in [PLAN_NAME, TITLE, COST] {
        assert!(text.contains(name), "{name:?} is not in the PDF's text");
    }
    assert!(text.contains("Team □"), "the emoji is not a box");
    assert!(!text.contains('🌱'));
}

#[test]
fn a_comparison_of_hostile_names_is_text_and_its_sheets_are_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let base = write_plan(dir.path(), "base.json", &hostile_plan());
    let alternative = write_plan(dir.path(), "alternative.json", &alternative_plan());

    let out = cli(&["compare", s(&base), s(&alternative), "--format", "csv"]);
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_csv_is_only_text(&csv, &[PLAN_NAME, ALTERNATIVE]);
    // The alternative costs less: its differences are negative numbers, not text.
    assert!(
        parse_csv(&csv)
            .iter()
            .flatten()
            .any(|c| c.starts_with('-') && is_number(c)),
        "no negative amount in\n{csv}"
    );

    let book_path = dir.path().join("comparison.xlsx");
    let out = cli(&[
        "compare",
        s(&base),
        s(&alternative),
        "--xlsx",
        s(&book_path),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&book_path).unwrap();
    let book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let names = book.sheet_names();
    for name in &names {
        assert!(name.chars().count() <= 31, "{name:?}");
        assert!(
            !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
            "{name:?}"
        );
        assert!(!name.starts_with('\'') && !name.ends_with('\''), "{name:?}");
    }
    assert!(
        names.iter().any(|n| n.starts_with("1 +cmd|' -C calc'!A0")),
        "{names:?}"
    );
    assert!(
        names.iter().any(|n| n.starts_with("2 =HYPERLINK(")),
        "{names:?}"
    );

    // Recalculated by LibreOffice, every formula that refers to those sheets gives what the
    // engine cached: no #REF!, no #NAME?.
    let Some(soffice) = common::libreoffice::soffice() else {
        return;
    };
    let recalculated = through_libreoffice(&soffice, dir.path(), &book_path, "xlsx", None);
    let (before, after) = (
        values(&bytes),
        values(&std::fs::read(recalculated).unwrap()),
    );
    assert_eq!(before.len(), after.len());
    for (sheet, cells) in &before {
        assert_eq!(
            Some(cells),
            after.get(sheet),
            "sheet {sheet:?} recalculated differently"
        );
    }
}

/// The CSVs a user opens in LibreOffice — semicolons, UTF-8, Norwegian numbers, and «Evaluate
/// formulas» on — hold no formula: each name is a text cell, each amount a number (a negative
/// difference too).
#[test]
fn libreoffice_opens_the_csvs_with_every_name_as_text() {
    let Some(soffice) = common::libreoffice::soffice() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let base = write_plan(dir.path(), "base.json", &hostile_plan());
    let alternative = write_plan(dir.path(), "alternative.json", &alternative_plan());
    let projection = cli(&["project", s(&base), "--format", "csv"]).stdout;
    let comparison = cli(&["compare", s(&base), s(&alternative), "--format", "csv"]).stdout;
    let projection_path = dir.path().join("projection.csv");
    let comparison_path = dir.path().join("comparison.csv");
    std::fs::write(&projection_path, projection).unwrap();
    std::fs::write(&comparison_path, comparison).unwrap();
    // Separator ;, quote ", UTF-8, from line 1, standard formats, Norwegian (Bokmål) numbers,
    // quoted fields not forced to text, special numbers detected, …, evaluate formulas: on.
    let filter = "CSV:59,34,76,1,,1044,false,true,false,false,false,-1,true";
    for (csv, names) in [
        (&projection_path, vec![TITLE, SECOND_TITLE, COST, GRANT]),
        (&comparison_path, vec![PLAN_NAME, ALTERNATIVE]),
    ] {
        let book = through_libreoffice(&soffice, dir.path(), csv, "xlsx", Some(filter));
        let mut book: Xlsx<_> =
            Xlsx::new(std::io::Cursor::new(std::fs::read(book).unwrap())).unwrap();
        let sheet = book.sheet_names()[0].clone();
        let formulas = book.worksheet_formula(&sheet).unwrap();
        assert_eq!(
            formulas.used_cells().count(),
            0,
            "LibreOffice made formulas of {csv:?}"
        );
        let range = book.worksheet_range(&sheet).unwrap();
        let cells: Vec<&Data> = range.used_cells().map(|(_, _, d)| d).collect();
        for name in names {
            let cell = Data::String(format!("'{name}"));
            assert!(
                cells.contains(&&cell),
                "{name:?} is not a text cell of {csv:?}"
            );
        }
        assert!(cells
            .iter()
            .any(|d| matches!(d, Data::Float(f) if *f > 1000.0)));
        if csv == &comparison_path {
            assert!(cells
                .iter()
                .any(|d| matches!(d, Data::Float(f) if *f < 0.0)));
        }
    }
}

// ---- LibreOffice ----------------------------------------------------------------------------

/// `file` opened in LibreOffice (with `filter`, recalculating every formula) and saved as `to`;
/// the saved file's path.
fn through_libreoffice(
    soffice: &Path,
    dir: &Path,
    file: &Path,
    to: &str,
    filter: Option<&str>,
) -> PathBuf {
    let profile = common::libreoffice::recalculating_profile(dir);
    let out_dir = dir.join("libreoffice");
    let mut command = Command::new(soffice);
    command.arg(profile).args(["--headless", "--norestore"]);
    if let Some(filter) = filter {
        command.arg(format!("--infilter={filter}"));
    }
    let out = command
        .args(["--convert-to", to, "--outdir"])
        .arg(&out_dir)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "soffice failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let name = file.with_extension(to);
    out_dir.join(name.file_name().unwrap())
}

/// Every sheet's values (numbers to 2 decimals, errors as text) by sheet and cell.
fn values(bytes: &[u8]) -> BTreeMap<String, BTreeMap<(u32, u32), String>> {
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|sheet| {
            let range = book.worksheet_range(&sheet).unwrap();
            let cells = range
                .used_cells()
                .map(|(r, c, d)| {
                    let text = match d {
                        Data::Float(f) => format!("{f:.2}"),
                        Data::Int(i) => format!("{i}.00"),
                        Data::Error(e) => format!("error {e:?}"),
                        other => other.to_string(),
                    };
                    ((r as u32, c as u32), text)
                })
                .collect();
            (sheet, cells)
        })
        .collect()
}
