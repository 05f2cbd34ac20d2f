//! The places a hostile or broken file reaches, as fuzz targets: each takes bytes, must return —
//! a value or a typed error — and never panic, and checks that what it returns holds together.
//! Shared by the coverage-guided fuzzer (`fuzz/fuzz_targets/*.rs`, run by `cargo fuzz`) and the
//! test suite (`tests/fuzz.rs`), which replays the fuzzer's corpus and every input that once
//! crashed a target. Each returns whether the bytes read as a plan (the suite counts them).

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // a failed check is a crash

use erfaringsplan_engine::{
    compare::{compare, NamedPlan},
    export::{self, csv, DocumentInfo, TextFormat},
    projection::{project, YearSummary},
    store::plan_file::{import_plan, plan_to_bytes, read_plan_bytes},
    store::store_file,
    text::Locale,
    validate::characters::{clean_pasted, first_hidden},
};
use rust_decimal::Decimal;

/// A target: bytes in, whether they read as a plan out; a panic is a crash.
pub type Target = fn(&[u8]) -> bool;

/// Every target, by the name of its fuzz binary and corpus folder.
pub const TARGETS: [(&str, Target); 6] = [
    ("parse", parse),
    ("project", project_plan),
    ("pdf", print_pdf),
    ("xlsx", workbook),
    ("compare", compare_plans),
    ("text", text),
];

fn info(bytes: &[u8]) -> DocumentInfo {
    DocumentInfo {
        locale: if bytes.len().is_multiple_of(2) {
            Locale::Nb
        } else {
            Locale::En
        },
        today: "2026-11-24".into(),
        last_changed: Some("2026-11-24T10:00:00Z".into()),
        app_version: "fuzz".into(),
    }
}

/// Reading: never a panic; a plan that is read writes back to itself with nothing unknown, and
/// importing it finds the problems validation finds.
pub fn parse(bytes: &[u8]) -> bool {
    let read = read_plan_bytes(bytes);
    let is_plan = read.is_ok();
    if let Ok(read) = read {
        let again = read_plan_bytes(&plan_to_bytes(&read.plan)).expect("a written plan reads");
        assert_eq!(
            again.plan, read.plan,
            "a plan changed on its way through a file"
        );
        assert!(again.unknown_fields.is_empty());
        let imported = import_plan(bytes).expect("import reads what read_plan_bytes reads");
        assert_eq!(imported.problems.len(), read.plan.validate().len());
    }
    let _ = store_file::open(bytes);
    is_plan
}

/// Projecting: refused with a validation error, or every year adds up to the totals, and the
/// CSV, table and JSON are written.
pub fn project_plan(bytes: &[u8]) -> bool {
    let Ok(read) = read_plan_bytes(bytes) else {
        return false;
    };
    let plan = read.plan;
    match project(&plan) {
        Ok(projection) => {
            let sum =
                |f: fn(&YearSummary) -> Decimal| projection.years.iter().map(f).sum::<Decimal>();
            assert_eq!(
                sum(|y| y.total_cost.get()),
                projection.totals.total_cost.get()
            );
            assert_eq!(sum(|y| y.grants.get()), projection.totals.grants.get());
            assert!(projection.totals.grants <= projection.totals.total_cost);
            let csv = csv::render(&plan, &projection);
            assert_eq!(csv.lines().count() > 1, !projection.years.is_empty());
            let _ = export::table::render(&plan, &projection, info(bytes).locale);
            let _ = export::json(&projection);
        }
        Err(err) => {
            let errors = plan.validate();
            assert!(
                errors.is_empty() || errors.contains(&err),
                "projection refused with {err:?}, validation says {errors:?}"
            );
        }
    }
    true
}

/// Printing: a PDF, or exactly the projection's error.
pub fn print_pdf(bytes: &[u8]) -> bool {
    document(bytes, export::Format::Pdf, b"%PDF-")
}

/// The workbook: a zip file, or exactly the projection's error.
pub fn workbook(bytes: &[u8]) -> bool {
    document(bytes, export::Format::Xlsx, b"PK")
}

/// The plan in `bytes` written in `format`: a file that starts with `magic`, or exactly the
/// projection's error.
fn document(bytes: &[u8], format: export::Format, magic: &[u8]) -> bool {
    let Ok(read) = read_plan_bytes(bytes) else {
        return false;
    };
    let plan = read.plan;
    match (
        export::render_plan(format, &plan, &info(bytes)),
        project(&plan),
    ) {
        (Ok(document), Ok(_)) => assert!(document.starts_with(magic)),
        (Err(document_err), Err(projection_err)) => assert_eq!(document_err, projection_err),
        (document, projection) => panic!(
            "{format:?} {:?} but projection {:?}",
            document.map(|d| d.len()),
            projection.map(|_| ())
        ),
    }
    true
}

/// Comparing: the plans are the bytes' parts between NUL bytes; those that read are compared
/// (two to four may be). Every difference is the alternative's value less the base's, and the table,
/// CSV and JSON are written.
pub fn compare_plans(bytes: &[u8]) -> bool {
    let plans: Vec<NamedPlan> = bytes
        .split(|b| *b == 0)
        .filter_map(|part| read_plan_bytes(part).ok())
        .take(5)
        .enumerate()
        .map(|(i, read)| NamedPlan {
            name: if read.plan.name.trim().is_empty() {
                format!("Plan {}", i + 1)
            } else {
                read.plan.name.clone()
            },
            plan: read.plan,
        })
        .collect();
    if plans.is_empty() {
        return false;
    }
    let locale = info(bytes).locale;
    if let Ok(comparison) = compare(&plans, locale) {
        assert!((2..=4).contains(&plans.len()));
        for figure in &comparison.figures {
            assert_eq!(figure.values.len(), plans.len());
            let base = figure.values[0];
            for (value, difference) in figure.values.iter().zip(&figure.differences).skip(1) {
                if let (Some(base), Some(value), Some(difference)) = (base, value, difference) {
                    assert_eq!(difference.amount.get(), value.get() - base.get());
                }
            }
        }
        let info = info(bytes);
        let document = export::Document::Comparison {
            plans: &plans,
            info: &info,
        };
        for format in [TextFormat::Table, TextFormat::Csv, TextFormat::Json] {
            assert!(export::render(format.into(), &document).is_ok());
        }
    }
    true
}

/// Text: what pasting leaves is text a field may hold, and pasting it again changes nothing; a
/// CSV cell of any text reads back as that text, and never as something a spreadsheet runs.
pub fn text(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    for lines in [false, true] {
        let (cleaned, changed) = clean_pasted(&text, lines);
        assert_eq!(first_hidden(&cleaned, lines), None);
        assert_eq!(changed == 0, cleaned == text, "{text:?}");
        assert_eq!(clean_pasted(&cleaned, lines), (cleaned.clone(), 0));
    }
    let cell = csv::text(&text);
    let inner = match cell.strip_prefix('"').and_then(|c| c.strip_suffix('"')) {
        Some(inner) if cell.len() >= 2 => inner.replace("\"\"", "\""),
        _ => {
            assert!(
                !cell.contains(['"', ';', '\n', '\r']),
                "{cell:?} is not quoted"
            );
            cell.clone()
        }
    };
    match inner.strip_prefix('\'') {
        Some(rest)
            if rest == text && text.trim_start_matches(' ').starts_with(csv::FORMULA_START) => {}
        _ => {
            assert_eq!(inner, text);
            assert!(!text.trim_start_matches(' ').starts_with(csv::FORMULA_START));
        }
    }
    false
}
