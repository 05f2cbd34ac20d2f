//! The workbook, checked two ways:
//! - read back with `calamine`: every cached result (what a viewer that does not recalculate
//!   shows) equals the projection's figure to the øre;
//! - recalculated by a real spreadsheet engine: LibreOffice Calc opens the file headless with
//!   recalculation forced on load (a throw-away profile sets `OOXMLRecalcMode` to "always"),
//!   writes every sheet as CSV, and every recalculated figure equals the engine's — for the
//!   example plan, the largest plan and a few dozen generated plans. That proves the formulas,
//!   not only the cached values.
//!
//! LibreOffice comes from the project's setup (`libreoffice-calc-nogui`). Where it is missing
//! (a developer's machine without it, the Windows and macOS jobs) the recalculation tests say so
//! and pass, unless `ERFARINGSPLAN_REQUIRE_LIBREOFFICE` is set, as the full test suite does.
//!
//! Set `ERFARINGSPLAN_XLSX_OUT=<folder>` to keep the workbooks for a look.

#![allow(clippy::unwrap_used, clippy::expect_used)]
// test code: a failed unwrap is a failed test

mod common;

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    process::Command,
};

use calamine::{Data, Reader, Xlsx};
use erfaringsplan_engine::{
    compare::{compare, NamedPlan},
    example::{example_plan, largest_plan},
    export::{
        render_plan,
        xlsx::{render_comparison, render_portfolio},
        DocumentInfo, Format,
    },
    model::plan::Plan,
    projection::{project, Projection},
    text::Locale,
};
use proptest::{
    strategy::{Strategy, ValueTree},
    test_runner::{Config, RngAlgorithm, TestRng, TestRunner},
};
use rust_decimal::Decimal;

fn info(locale: Locale) -> DocumentInfo {
    DocumentInfo {
        locale,
        today: "2026-12-03".into(),
        last_changed: None,
        app_version: "0.1.0".into(),
    }
}

/// The sheet names, in the order of the workbook.
struct Sheets {
    posts: &'static str,
    grants: &'static str,
    costs: &'static str,
    years: &'static str,
    summary: &'static str,
    budget: &'static str,
}

fn sheets(locale: Locale) -> Sheets {
    match locale {
        Locale::Nb => Sheets {
            summary: "Oppsummering",
            posts: "Stillinger",
            grants: "Tilskudd",
            costs: "Andre kostnader",
            years: "År for år",
            budget: "Budsjettlinjer",
        },
        Locale::En => Sheets {
            summary: "Summary",
            posts: "Posts",
            grants: "Grants",
            costs: "Other costs",
            years: "Year by year",
            budget: "Budget lines",
        },
    }
}

/// A sheet as a grid of cells, whatever read it: `None` for an empty cell, a number as its
/// decimal, anything else as text.
type Grid = Vec<Vec<Cell>>;

#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Empty,
    Number(Decimal),
    Text(String),
}

fn at(grid: &Grid, row: usize, col: usize) -> Cell {
    grid.get(row)
        .and_then(|r| r.get(col))
        .cloned()
        .unwrap_or(Cell::Empty)
}

/// Every figure of `projection` and where the workbook puts it: (sheet, row, column) → value.
/// Rows and columns are 0-based; data starts on row 4.
fn expected(
    plan: &Plan,
    pr: &Projection,
    locale: Locale,
) -> BTreeMap<(String, usize, usize), Decimal> {
    let s = sheets(locale);
    let years = pr.years.len();
    let mut out = BTreeMap::new();
    // Read numbers are rounded to 10 places (see `decimal_of`); so is what they must equal.
    let mut put = |sheet: &str, row: usize, col: usize, value: Decimal| {
        out.insert((sheet.to_owned(), row, col), value.round_dp(10).normalize());
    };
    let hundred = Decimal::ONE_HUNDRED;
    for (pi, post) in pr.positions.iter().enumerate() {
        for (yi, (y, aga)) in post.years.iter().zip(&pr.aga).enumerate() {
            let row = 4 + pi * years + yi;
            put(s.posts, row, 1, y.year.into());
            put(s.posts, row, 2, y.months_active.into());
            put(s.posts, row, 7, y.contract_salary.get());
            put(s.posts, row, 8, y.worked_salary.get());
            put(s.posts, row, 9, y.holiday_pay.get());
            put(s.posts, row, 10, y.pension.get());
            put(s.posts, row, 11, aga.rate_percent.get() / hundred);
            put(s.posts, row, 12, y.aga.get());
            put(s.posts, row, 13, y.payroll_cost.get());
        }
    }
    for (ci, item) in pr.cost_items.iter().enumerate() {
        for (yi, y) in item.years.iter().enumerate() {
            let row = 4 + ci * years + yi;
            put(s.costs, row, 2, y.year.into());
            put(s.costs, row, 6, y.hours);
            put(s.costs, row, 7, y.cost.get());
        }
    }
    for (gi, grant) in pr.grants.iter().enumerate() {
        for (yi, y) in grant.years.iter().enumerate() {
            let row = 4 + gi * years + yi;
            put(s.grants, row, 2, y.year.into());
            put(s.grants, row, 5, y.entitled.get());
            put(s.grants, row, 6, y.amount.get());
            put(s.grants, row, 7, y.excess.get());
        }
    }
    for (yi, y) in pr.years.iter().enumerate() {
        let row = 4 + yi;
        put(s.years, row, 0, y.year.into());
        put(s.years, row, 1, y.payroll_cost.get());
        put(s.years, row, 2, y.other_costs.get());
        put(s.years, row, 3, y.total_cost.get());
        put(s.years, row, 4, y.grants.get());
        put(s.years, row, 5, y.net_cost.get());
        put(s.years, row, 6, y.grant_share_percent.get() / hundred);
        put(s.years, row, 7, y.running_total_cost.get());
        put(s.years, row, 8, y.running_net_cost.get());
    }
    let sum = 4 + years;
    put(s.years, sum, 1, pr.totals.payroll_cost.get());
    put(s.years, sum, 2, pr.totals.other_costs.get());
    put(s.years, sum, 3, pr.totals.total_cost.get());
    put(s.years, sum, 4, pr.totals.grants.get());
    put(s.years, sum, 5, pr.totals.net_cost.get());
    // The budget lines: a row per line (its years from column 5, its total after them), the
    // costs' sum after the cost lines, then the income.
    let lines = erfaringsplan_engine::projection::budget::budget_lines(plan, pr).unwrap();
    let mut row = 4;
    let costs = lines.rows.iter().filter(|r| !r.line.is_income()).count();
    for (k, r) in lines.rows.iter().enumerate() {
        if k == costs {
            for yi in 0..years {
                put(s.budget, row, 4 + yi, pr.years[yi].total_cost.get());
            }
            put(s.budget, row, 4 + years, pr.totals.total_cost.get());
            row += 1;
        }
        for (yi, a) in r.amounts.iter().enumerate() {
            put(s.budget, row, 4 + yi, a.get());
        }
        put(s.budget, row, 4 + years, r.total.get());
        row += 1;
    }
    // The key figures on the summary sheet: rows 9–11, and the FTEs on row 15.
    put(s.summary, 9, 1, pr.totals.total_cost.get());
    put(s.summary, 10, 1, pr.totals.grants.get());
    put(s.summary, 11, 1, pr.totals.net_cost.get());
    let fte: Decimal = plan
        .positions
        .iter()
        .map(|p| p.fte_percent.get() / hundred)
        .sum();
    put(s.summary, 15, 1, fte);
    out
}

/// Checks every expected figure in `grids` (sheet name → grid); returns the mismatches.
fn mismatches(
    what: &str,
    grids: &BTreeMap<String, Grid>,
    expected: &BTreeMap<(String, usize, usize), Decimal>,
) -> Vec<String> {
    let mut wrong = Vec::new();
    for ((sheet, row, col), value) in expected {
        let grid = grids
            .get(sheet)
            .unwrap_or_else(|| panic!("{what}: no sheet {sheet}"));
        match at(grid, *row, *col) {
            Cell::Number(n) if n == *value => {}
            other => wrong.push(format!(
                "{what}: {sheet} row {} column {}: {other:?}, expected {value}",
                row + 1,
                col + 1
            )),
        }
    }
    wrong
}

/// The workbook's cached results, read by calamine (numbers to the nearest 15 significant
/// digits, as a spreadsheet shows them).
fn read_cached(bytes: &[u8]) -> BTreeMap<String, Grid> {
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let names = book.sheet_names();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let (r0, c0) = range.start().unwrap_or((0, 0));
            let mut grid: Grid = vec![Vec::new(); (r0 as usize) + range.height()];
            for (r, row) in range.rows().enumerate() {
                let mut cells = vec![Cell::Empty; c0 as usize];
                cells.extend(row.iter().map(|d| match d {
                    Data::Empty => Cell::Empty,
                    Data::Float(f) => Cell::Number(decimal_of(&format!("{f}"))),
                    Data::Int(i) => Cell::Number((*i).into()),
                    other => Cell::Text(other.to_string()),
                }));
                grid[r0 as usize + r] = cells;
            }
            (name, grid)
        })
        .collect()
}

/// A number as text (`1234.5`, `14.1%`, `1E-05`) as a decimal, rounded to 10 places (far below
/// the øre; a double's noise beyond 15 digits goes).
fn decimal_of(text: &str) -> Decimal {
    let (digits, percent) = match text.strip_suffix('%') {
        Some(d) => (d, true),
        None => (text, false),
    };
    let value = Decimal::from_scientific(digits)
        .or_else(|_| digits.parse::<Decimal>())
        .unwrap_or_else(|_| panic!("not a number: {text}"));
    let value = if percent {
        value / Decimal::ONE_HUNDRED
    } else {
        value
    };
    value.round_dp(10).normalize()
}

#[test]
fn every_cached_result_is_the_projections_figure() {
    for (plan, locale) in [
        (example_plan(2027, 10), Locale::Nb),
        (example_plan(2027, 10), Locale::En),
        (largest_plan(), Locale::Nb),
    ] {
        let pr = project(&plan).unwrap();
        let bytes = render_plan(Format::Xlsx, &plan, &info(locale)).unwrap();
        keep(&format!("{}-{locale:?}.xlsx", plan.name), &bytes);
        let grids = read_cached(&bytes);
        let s = sheets(locale);
        assert_eq!(
            grids
                .keys()
                .cloned()
                .collect::<std::collections::BTreeSet<_>>(),
            [
                s.summary,
                s.posts,
                s.grants,
                s.costs,
                s.years,
                s.budget,
                match locale {
                    Locale::Nb => "Forutsetninger",
                    Locale::En => "Assumptions",
                }
            ]
            .map(str::to_owned)
            .into_iter()
            .collect()
        );
        let wrong = mismatches(&plan.name, &grids, &expected(&plan, &pr, locale));
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}

#[test]
fn the_workbook_says_what_it_is_in_the_users_language() {
    let plan = example_plan(2027, 10);
    let nb = read_cached(&render_plan(Format::Xlsx, &plan, &info(Locale::Nb)).unwrap());
    let en = read_cached(&render_plan(Format::Xlsx, &plan, &info(Locale::En)).unwrap());
    let text = |grids: &BTreeMap<String, Grid>, sheet: &str, row: usize, col: usize| match at(
        &grids[sheet],
        row,
        col,
    ) {
        Cell::Text(t) => t,
        other => panic!("{sheet} {row} {col}: {other:?}"),
    };
    assert_eq!(text(&nb, "Oppsummering", 1, 0), plan.name);
    assert_eq!(text(&nb, "Oppsummering", 5, 1), "03.12.2026");
    assert_eq!(text(&en, "Summary", 5, 1), "3 December 2026");
    assert_eq!(text(&nb, "Stillinger", 3, 7), "Kontraktslønn (kr)");
    assert_eq!(text(&en, "Posts", 3, 7), "Contract salary (NOK)");
    assert_eq!(text(&nb, "År for år", 14, 0), "Sum");
    // The funding cliff in words, as the PDF says it.
    assert!(text(&nb, "Oppsummering", 12, 1).starts_with("2028"));
    // The assumptions with their sources, as the PDF words them.
    let summary_texts: Vec<String> = nb["Oppsummering"]
        .iter()
        .flatten()
        .filter_map(|c| match c {
            Cell::Text(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    assert!(summary_texts
        .iter()
        .any(|t| t == "480 000,00 kr (5 års ansiennitet for erfaring)"));
    assert!(summary_texts.iter().any(|t| t.starts_with("Skatteetaten")));
    // The posts named by number and title on every row of the workings.
    assert_eq!(
        text(&nb, "Stillinger", 4, 0),
        format!("Stilling 1 ({})", plan.positions[0].title)
    );
}

#[test]
fn an_invalid_plan_or_date_gives_an_error_and_no_workbook() {
    let mut plan = example_plan(2027, 10);
    plan.positions[0].fte_percent = Decimal::from(150).into();
    let err = render_plan(Format::Xlsx, &plan, &info(Locale::Nb)).unwrap_err();
    assert_eq!(err.field(), Some("positions[0].ftePercent"));
    let mut bad_date = info(Locale::Nb);
    bad_date.today = "3.12.2026".into();
    let err = render_plan(Format::Xlsx, &example_plan(2027, 10), &bad_date).unwrap_err();
    assert_eq!(err.code(), "field.invalid_date");
}

// ---- LibreOffice ----------------------------------------------------------------------------

/// Opens every workbook in `dir` in LibreOffice with recalculation forced, and returns each
/// file's sheets as grids (file stem → sheet name → grid).
fn recalculate(
    soffice: &Path,
    dir: &Path,
    files: &[PathBuf],
) -> BTreeMap<String, BTreeMap<String, Grid>> {
    let profile = common::libreoffice::recalculating_profile(dir);
    let out = dir.join("csv");
    // CSV filter options: comma, double quote, UTF-8, from line 1, standard cell format,
    // English (US) numbers, no quoting of all text, detect special numbers, the values (not as
    // shown), no formulas, keep spaces, every sheet to its own file (-1).
    let status = Command::new(soffice)
        .arg(profile)
        .args(["--headless", "--norestore", "--convert-to"])
        .arg("csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1")
        .arg("--outdir")
        .arg(&out)
        .args(files)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "soffice failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let mut books: BTreeMap<String, BTreeMap<String, Grid>> = BTreeMap::new();
    for entry in std::fs::read_dir(&out).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        // «<file>-<sheet>.csv»; file names here have no dash.
        let (file, sheet) = stem.split_once('-').unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        books
            .entry(file.to_owned())
            .or_default()
            .insert(sheet.to_owned(), parse_csv(&text));
    }
    books
}

/// LibreOffice's CSV (comma, fields with commas or quotes quoted, `""` for a quote; no line
/// breaks inside fields in these sheets).
fn parse_csv(text: &str) -> Grid {
    text.lines()
        .map(|line| {
            let mut cells = Vec::new();
            let mut field = String::new();
            let (mut quoted, mut was_quoted) = (false, false);
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '"' if quoted && chars.peek() == Some(&'"') => {
                        field.push('"');
                        chars.next();
                    }
                    '"' => {
                        quoted = !quoted;
                        was_quoted = true;
                    }
                    ',' if !quoted => {
                        cells.push(cell_of(&field, was_quoted));
                        field.clear();
                        was_quoted = false;
                    }
                    c => field.push(c),
                }
            }
            cells.push(cell_of(&field, was_quoted));
            cells
        })
        .collect()
}

fn cell_of(field: &str, quoted: bool) -> Cell {
    if field.is_empty() {
        return Cell::Empty;
    }
    let digits = field.trim_end_matches('%');
    let numeric =
        !quoted && (Decimal::from_scientific(digits).is_ok() || digits.parse::<Decimal>().is_ok());
    if numeric {
        Cell::Number(decimal_of(field))
    } else {
        Cell::Text(field.to_owned())
    }
}

fn keep(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("ERFARINGSPLAN_XLSX_OUT") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(Path::new(&dir).join(name), bytes).unwrap();
    }
}

#[test]
fn libreoffice_recalculates_every_figure_to_the_øre() {
    let Some(soffice) = common::libreoffice::soffice() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // The example in both languages, the largest plan, and generated plans (valid ones of up to
    // 12 years, 3 posts, 3 cost items, 3 grants, with growth up to 30 %).
    let mut plans: Vec<(String, Plan, Locale)> = vec![
        ("example".into(), example_plan(2027, 10), Locale::Nb),
        ("exampleen".into(), example_plan(2027, 10), Locale::En),
        ("largest".into(), largest_plan(), Locale::Nb),
    ];
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    );
    let strategy = common::plans::plan();
    let mut generated = 0;
    while generated < 40 {
        let plan = strategy.new_tree(&mut runner).unwrap().current();
        if project(&plan).is_ok() {
            plans.push((format!("generated{generated}"), plan, Locale::Nb));
            generated += 1;
        }
    }
    let mut files = Vec::new();
    for (name, plan, locale) in &plans {
        let path = dir.path().join(format!("{name}.xlsx"));
        std::fs::write(
            &path,
            render_plan(Format::Xlsx, plan, &info(*locale)).unwrap(),
        )
        .unwrap();
        files.push(path);
    }
    let books = recalculate(&soffice, dir.path(), &files);
    let mut wrong = Vec::new();
    for (name, plan, locale) in &plans {
        let pr = project(plan).unwrap();
        let grids = books
            .get(name)
            .unwrap_or_else(|| panic!("{name} was not converted"));
        wrong.extend(mismatches(name, grids, &expected(plan, &pr, *locale)));
    }
    assert!(
        wrong.is_empty(),
        "{} figures differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn libreoffice_really_recalculates_rather_than_showing_cached_results() {
    // A workbook whose cached results are wrong on purpose: with recalculation forced, the
    // right figures come back. Without it, the check above would only see the engine's own
    // cached figures.
    let Some(soffice) = common::libreoffice::soffice() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Ark").unwrap();
    sheet.write_number(0, 0, 2).unwrap();
    sheet
        .write_formula(
            0,
            1,
            rust_xlsxwriter::Formula::new("=ROUND(A1*1.005,2)").set_result("99"),
        )
        .unwrap();
    let path = dir.path().join("wrong.xlsx");
    book.save(&path).unwrap();
    let books = recalculate(&soffice, dir.path(), std::slice::from_ref(&path));
    assert_eq!(
        at(&books["wrong"]["Ark"], 0, 1),
        Cell::Number("2.01".parse().unwrap())
    );
}

// ---- Comparisons ----------------------------------------------------------------------------

/// Every figure of a comparison workbook and where it is: the comparison sheet's key figures,
/// differences and years, and each plan's sheet (its year table).
fn expected_comparison(
    plans: &[NamedPlan],
    locale: Locale,
) -> BTreeMap<(String, usize, usize), Decimal> {
    let c = compare(plans, locale).unwrap();
    let sheet = match locale {
        Locale::Nb => "Sammenligning",
        Locale::En => "Comparison",
    };
    let mut out = BTreeMap::new();
    let mut put = |sheet: &str, row: usize, col: usize, value: Decimal| {
        out.insert((sheet.to_owned(), row, col), value.round_dp(10).normalize());
    };
    let n = c.plans.len();
    let diff_col = |i: usize| 1 + n + 2 * (i - 1);
    let header = if c.same_years { 3 } else { 4 };
    let hundred = Decimal::ONE_HUNDRED;
    for (fi, figure) in c.figures.iter().enumerate() {
        let row = header + 1 + fi;
        for (i, value) in figure.values.iter().enumerate() {
            if let Some(v) = value {
                put(sheet, row, 1 + i, v.get());
            }
        }
        for (i, d) in figure.differences.iter().enumerate() {
            if let Some(d) = d {
                put(sheet, row, diff_col(i), d.amount.get());
                if let Some(p) = d.percent {
                    put(sheet, row, diff_col(i) + 1, p.get() / hundred);
                }
            }
        }
    }
    let years_header = header + 1 + c.figures.len() + 2;
    for (yi, y) in c.years.iter().enumerate() {
        let row = years_header + 1 + yi;
        put(sheet, row, 0, y.year.into());
        for (i, net) in y.net_cost.iter().enumerate() {
            if let Some(net) = net {
                put(sheet, row, 1 + i, net.get());
            }
        }
        for (i, d) in y.differences.iter().enumerate() {
            if let Some(d) = d {
                put(sheet, row, diff_col(i), d.get());
            }
        }
    }
    let sum = years_header + 1 + c.years.len();
    for i in 0..n {
        let total: Decimal = c
            .years
            .iter()
            .filter_map(|y| y.net_cost[i])
            .map(|v| v.get())
            .sum();
        put(sheet, sum, 1 + i, total);
    }
    // Each plan's own sheet: its year table.
    for (i, named) in plans.iter().enumerate() {
        let pr = project(&named.plan).unwrap();
        let name: String = format!("{} {}", i + 1, named.name.trim())
            .chars()
            .take(31)
            .collect();
        let name = name.trim_end().to_owned();
        for (yi, y) in pr.years.iter().enumerate() {
            let row = 4 + yi;
            for (col, value) in [
                y.payroll_cost.get(),
                y.other_costs.get(),
                y.total_cost.get(),
                y.grants.get(),
                y.net_cost.get(),
            ]
            .into_iter()
            .enumerate()
            {
                put(&name, row, col + 1, value);
            }
            put(&name, row, 8, y.running_net_cost.get());
        }
        put(&name, 4 + pr.years.len(), 5, pr.totals.net_cost.get());
    }
    out
}

fn alternative_of(plan: &Plan, name: &str) -> Plan {
    let mut alt = plan.clone();
    alt.name = name.into();
    alt.positions[0].fte_percent = Decimal::from(50).into();
    alt.horizon_years += 2;
    alt.wage_growth_percent = Decimal::new(55, 1).into();
    alt
}

fn named(plan: Plan) -> NamedPlan {
    NamedPlan {
        name: plan.name.clone(),
        plan,
    }
}

#[test]
fn a_comparison_workbook_caches_the_comparisons_figures() {
    let base = example_plan(2027, 10);
    let plans = vec![
        named(base.clone()),
        named(alternative_of(&base, "Bydel Nord – alternativ B")),
        named(largest_plan()),
    ];
    for locale in [Locale::Nb, Locale::En] {
        let bytes = render_comparison(&plans, &info(locale)).unwrap();
        keep(&format!("comparison-{locale:?}.xlsx"), &bytes);
        let grids = read_cached(&bytes);
        assert_eq!(grids.len(), 4, "{:?}", grids.keys());
        let wrong = mismatches("comparison", &grids, &expected_comparison(&plans, locale));
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
    // More than four plans, or a plan with an error, names the problem and writes nothing.
    let five: Vec<NamedPlan> = (0..5).map(|_| named(base.clone())).collect();
    assert_eq!(
        render_comparison(&five, &info(Locale::Nb))
            .unwrap_err()
            .code(),
        "compare.count"
    );
    let mut bad = base.clone();
    bad.horizon_years = 0;
    let err = render_comparison(&[named(base), named(bad)], &info(Locale::Nb)).unwrap_err();
    assert_eq!(err.code(), "compare.plan_invalid");
}

#[test]
fn libreoffice_recalculates_every_comparison_figure_to_the_øre() {
    let Some(soffice) = common::libreoffice::soffice() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let base = example_plan(2027, 10);
    let mut comparisons: Vec<(String, Vec<NamedPlan>)> = vec![(
        "examplealternative".into(),
        vec![
            named(base.clone()),
            named(alternative_of(&base, "Bydel Nord – alternativ B")),
        ],
    )];
    // Generated plans two, three and four at a time, their years often different.
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    );
    let strategy = common::plans::plan();
    let mut valid = Vec::new();
    while valid.len() < 27 {
        let mut plan = strategy.new_tree(&mut runner).unwrap().current();
        plan.name = format!("Plan {}", valid.len());
        if project(&plan).is_ok() {
            valid.push(plan);
        }
    }
    let mut start = 0;
    for (k, size) in [2, 3, 4, 2, 3, 4, 2, 3, 4].into_iter().enumerate() {
        let group = valid[start..start + size]
            .iter()
            .cloned()
            .map(named)
            .collect();
        comparisons.push((format!("generated{k}"), group));
        start += size;
    }
    let mut files = Vec::new();
    for (name, plans) in &comparisons {
        let path = dir.path().join(format!("{name}.xlsx"));
        std::fs::write(&path, render_comparison(plans, &info(Locale::Nb)).unwrap()).unwrap();
        files.push(path);
    }
    let books = recalculate(&soffice, dir.path(), &files);
    let mut wrong = Vec::new();
    for (name, plans) in &comparisons {
        let grids = books
            .get(name)
            .unwrap_or_else(|| panic!("{name} was not converted"));
        wrong.extend(mismatches(
            name,
            grids,
            &expected_comparison(plans, Locale::Nb),
        ));
    }
    assert!(
        wrong.is_empty(),
        "{} figures differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Where the portfolio sheet puts each figure: the years from row 4 (posts, full-time
/// equivalents, total, grants, net, change, then each plan's net cost), the sums below them,
/// and each grant's total further down.
fn expected_portfolio(
    plans: &[NamedPlan],
    locale: Locale,
) -> BTreeMap<(String, usize, usize), Decimal> {
    let p = erfaringsplan_engine::portfolio::portfolio(plans, locale).unwrap();
    let sheet = match locale {
        Locale::Nb => "Alle planene samlet",
        Locale::En => "All the plans together",
    };
    let mut out = BTreeMap::new();
    let mut put = |row: usize, col: usize, value: Decimal| {
        out.insert((sheet.to_owned(), row, col), value.round_dp(10).normalize());
    };
    for (i, y) in p.years.iter().enumerate() {
        let row = 4 + i;
        put(row, 0, Decimal::from(y.year));
        put(row, 1, Decimal::from(y.posts));
        put(row, 2, y.full_time_equivalents.get());
        put(row, 3, y.total_cost.get());
        put(row, 4, y.grants.get());
        put(row, 5, y.net_cost.get());
        if let Some(change) = y.change {
            put(row, 6, change.get());
        }
        for (pi, net) in y.net_cost_by_plan.iter().enumerate() {
            if let Some(net) = net {
                put(row, 7 + pi, net.get());
            }
        }
    }
    let sum_row = 4 + p.years.len();
    put(sum_row, 3, p.totals.total_cost.get());
    put(sum_row, 4, p.totals.grants.get());
    put(sum_row, 5, p.totals.net_cost.get());
    for (i, g) in p.grants.iter().enumerate() {
        put(sum_row + 4 + i, 4, g.total.get());
    }
    // The budget lines, added up by function, line and art: the engine's figures, each line's
    // total and the costs' sum as formulas.
    let budget = match locale {
        Locale::Nb => "Budsjettlinjer",
        Locale::En => "Budget lines",
    };
    let span = p.years.len();
    let costs = p.budget.rows.iter().filter(|r| !r.line.is_income()).count();
    let mut row = 4;
    for (k, r) in p.budget.rows.iter().enumerate() {
        if k == costs {
            for (yi, y) in p.years.iter().enumerate() {
                out.insert(
                    (budget.to_owned(), row, 4 + yi),
                    y.total_cost.get().normalize(),
                );
            }
            out.insert(
                (budget.to_owned(), row, 4 + span),
                p.totals.total_cost.get().normalize(),
            );
            row += 1;
        }
        for (yi, a) in r.amounts.iter().enumerate() {
            out.insert((budget.to_owned(), row, 4 + yi), a.get().normalize());
        }
        out.insert(
            (budget.to_owned(), row, 4 + span),
            r.total.get().normalize(),
        );
        row += 1;
    }
    out
}

#[test]
fn libreoffice_recalculates_every_portfolio_figure_to_the_øre() {
    let Some(soffice) = common::libreoffice::soffice() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut later = example_plan(2029, 4);
    later.name = "Bydel Øst".into();
    let mut bad = example_plan(2027, 10);
    bad.name = "Bydel Vest".into();
    bad.horizon_years = 0;
    let mut portfolios: Vec<(String, Vec<NamedPlan>)> = vec![(
        "example".into(),
        vec![named(example_plan(2027, 10)), named(later), named(bad)],
    )];
    // Generated plans, five and eight at a time, their years mostly different.
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    );
    let strategy = common::plans::plan();
    let generated: Vec<NamedPlan> = (0..13)
        .map(|i| {
            let mut plan = strategy.new_tree(&mut runner).unwrap().current();
            plan.name = format!("Plan {i}");
            named(plan)
        })
        .collect();
    portfolios.push(("generatedfive".into(), generated[..5].to_vec()));
    portfolios.push(("generatedeight".into(), generated[5..].to_vec()));
    let mut files = Vec::new();
    for (name, plans) in &portfolios {
        let path = dir.path().join(format!("{name}.xlsx"));
        let bytes = render_portfolio(plans, &info(Locale::Nb)).unwrap();
        keep(&format!("portfolio-{name}.xlsx"), &bytes);
        std::fs::write(&path, bytes).unwrap();
        files.push(path);
    }
    let books = recalculate(&soffice, dir.path(), &files);
    let mut wrong = Vec::new();
    for (name, plans) in &portfolios {
        let grids = books
            .get(name)
            .unwrap_or_else(|| panic!("{name} was not converted"));
        let expected = expected_portfolio(plans, Locale::Nb);
        assert!(expected.len() > 20, "{name}: too little to check");
        wrong.extend(mismatches(name, grids, &expected));
        // One sheet per plan counted, and the plan left out is named.
        let counted = erfaringsplan_engine::portfolio::portfolio(plans, Locale::Nb)
            .unwrap()
            .plans
            .len();
        assert_eq!(grids.len(), 2 + counted, "{name}: {:?}", grids.keys());
    }
    let example = &books["example"]["Alle planene samlet"];
    let flat: Vec<String> = example
        .iter()
        .flatten()
        .filter_map(|c| match c {
            Cell::Text(t) => Some(t.clone()),
            Cell::Empty | Cell::Number(_) => None,
        })
        .collect();
    assert!(flat.iter().any(|t| t == "Bydel Vest"), "{flat:?}");
    assert!(flat
        .iter()
        .any(|t| t.starts_with("I 20") && t.contains("mer enn året før")));
    assert!(
        wrong.is_empty(),
        "{} figures differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
