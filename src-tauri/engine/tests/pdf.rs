//! The PDF hiring plan, read back the way a person or a screen reader would: `pdftotext` (from
//! poppler-utils) must find every key figure exactly as the projection reports it, æøå must
//! survive, page counts must stay sane, and with 50 positions and 60 long checklist items no word
//! may stick out of the page or overlap another.
//!
//! Set `ERFARINGSPLAN_PDF_OUT=<folder>` to keep the PDFs for a look (`pdftoppm -png`).

#![allow(clippy::unwrap_used, clippy::expect_used)]
// test code: a failed unwrap is a failed test
// Word boxes from pdftotext are floats (geometry, never money).
#![allow(clippy::float_arithmetic)]

use std::{
    path::{Path, PathBuf},
    process::Command,
};

use erfaringsplan_engine::units::Percent;
use erfaringsplan_engine::{
    compare::{compare, NamedPlan},
    example::{example_plan, extreme_plan},
    export::{
        pdf::{render, render_comparison, render_portfolio},
        DocumentInfo,
    },
    format::{format_in, nok, EN, NB},
    model::checklist::{ChecklistEntry, ChecklistPhase, ChecklistStatus},
    model::plan::Plan,
    model::position::Position,
    projection::project,
    text::Locale,
};
use rust_decimal::Decimal;

fn info(locale: Locale) -> DocumentInfo {
    DocumentInfo {
        locale,
        today: "2026-11-24".into(),
        last_changed: Some("2026-11-20T09:30:00Z".into()),
        app_version: "0.1.0".into(),
    }
}

fn out_dir() -> PathBuf {
    let dir = std::env::var_os("ERFARINGSPLAN_PDF_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("pdf"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(name: &str, plan: &Plan, locale: Locale) -> PathBuf {
    let bytes = render(plan, &info(locale)).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let path = out_dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) is needed for this test: {e}"));
    assert!(out.status.success(), "{tool} failed on {}", pdf.display());
    String::from_utf8(out.stdout).unwrap()
}

fn text(pdf: &Path) -> String {
    // -layout keeps each table row on one line, as a reader sees it.
    poppler("pdftotext", &["-enc", "UTF-8", "-layout"], pdf)
}

fn pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let info = String::from_utf8(out.stdout).unwrap();
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo reports the page count")
}

#[test]
fn every_key_figure_is_printed_exactly_as_projected() {
    let plan = example_plan(2027, 10);
    let pr = project(&plan).unwrap();
    let pdf = write("example-nb.pdf", &plan, Locale::Nb);
    let text = text(&pdf);

    // Every card names its period or year: the figures over ten years never read as yearly.
    let t = &pr.totals;
    let net = |year: i32| pr.years.iter().find(|y| y.year == year).unwrap().net_cost;
    for (label, value) in [
        ("Netto for arbeidsgiver i 2027, første år", net(2027)),
        ("Total kostnad 2027–2036", t.total_cost),
        ("Tilskudd 2027–2036", t.grants),
        ("Netto for arbeidsgiver 2027–2036", t.net_cost),
    ] {
        let found = text
            .lines()
            .any(|l| l.contains(label) && l.contains(&format!("{} kr", nok(value.get()))));
        assert!(
            found,
            "{label} {} kr is not in the summary",
            nok(value.get())
        );
    }
    // The year the employer carries the posts alone: its label wraps onto a second line.
    let carried = pr.key_years.carried;
    assert_eq!(carried.year, 2031);
    assert!(text.lines().any(
        |l| l.contains("Netto for arbeidsgiver i 2031, første år uten")
            && l.contains(&format!("{} kr", nok(carried.net_cost.get())))
    ));
    let cliff = pr.funding_cliff.as_ref().unwrap();
    assert!(text
        .lines()
        .any(|l| l.contains("Finansieringsstup") && l.contains(&cliff.year.to_string())));
    assert!(text.contains(&format!(
        "Kostnaden for arbeidsgiver øker med {} kr",
        nok(cliff.jump.get())
    )));
    assert!(text
        .lines()
        .any(|l| l.contains("Arbeidsgiver betaler alt fra")
            && l.contains(&pr.employer_pays_in_full_from.unwrap().to_string())));

    // The budget table: every year's row carries its figures, in order.
    for y in &pr.years {
        let row = text
            .lines()
            .find(|l| {
                l.trim_start().starts_with(&format!("{} ", y.year))
                    && l.contains(&nok(y.net_cost.get()))
            })
            .unwrap_or_else(|| panic!("no budget row for {}", y.year));
        let cells: Vec<String> = [
            y.payroll_cost,
            y.other_costs,
            y.total_cost,
            y.grants,
            y.net_cost,
            y.running_net_cost,
        ]
        .iter()
        .map(|v| nok((*v).get()))
        .collect();
        let mut at = 0;
        for cell in &cells {
            let found = row[at..].find(cell.as_str());
            assert!(found.is_some(), "{} missing {cell} in {row:?}", y.year);
            at += found.unwrap_or(0) + cell.len();
        }
    }
    let sum = text
        .lines()
        .find(|l| l.trim_start().starts_with("Sum "))
        .unwrap();
    for v in [
        t.payroll_cost,
        t.other_costs,
        t.total_cost,
        t.grants,
        t.net_cost,
    ] {
        assert!(
            sum.contains(&nok(v.get())),
            "the Sum row lacks {}",
            nok(v.get())
        );
    }

    // The appendix: each position-year's payroll cost, as the engine rounded it.
    for p in &pr.positions {
        for y in p.years.iter().filter(|y| y.months_active > 0) {
            assert!(
                text.contains(&format!("W + F + P + A = {}", nok(y.payroll_cost.get()))),
                "appendix lacks {} {}",
                p.position_id,
                y.year
            );
        }
    }
    // The header, the footer and the signature lines.
    assert!(text.contains("Ansettelsesplan for erfaringskonsulent"));
    assert!(text.contains("24.11.2026"));
    assert!(text.contains("sist endret 20.11.2026"));
    let n = pages(&pdf);
    assert!(text.contains(&format!("Side 1 av {n}")) && text.contains(&format!("Side {n} av {n}")));
    assert!(text.contains("Underskrift – Enhetsleder") && text.contains("Underskrift – HR"));
    assert!(text.contains("Finansieringsstup"));

    // «Hva om …»: each stress test with what it costs the employer more, as what_if says.
    assert!(text.contains("Hva om …"));
    let stress = erfaringsplan_engine::compare::stress::what_if(&plan, Locale::Nb).unwrap();
    assert_eq!(stress.len(), 4);
    for r in &stress {
        let row = text
            .lines()
            .find(|l| l.contains(&r.extra_net_cost_text))
            .unwrap_or_else(|| panic!("no «Hva om» row for {:?}", r.scenario));
        assert!(row.contains(&r.worst_year_text), "{row}");
    }
}

#[test]
fn the_grantor_is_named_and_the_file_is_dated_the_day_it_was_made() {
    let mut plan = example_plan(2027, 5);
    plan.grants[0].source = "Helsedirektoratet".into();
    let pdf = write("grantor.pdf", &plan, Locale::Nb);
    let text = text(&pdf);
    assert!(
        text.contains("Tilskudd til kommunalt rusarbeid: tilskuddsgiver Helsedirektoratet"),
        "{text}"
    );
    let out = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    let meta = String::from_utf8(out.stdout).unwrap();
    let created = meta
        .lines()
        .find_map(|l| l.strip_prefix("CreationDate:"))
        .expect("pdfinfo reports the creation date");
    // pdfinfo prints it in its own words ("Tue Nov 24 00:00:00 2026 UTC"): the day printed on
    // the plan, not 1 January 1970.
    assert!(
        created.contains("Nov 24") && created.contains("2026"),
        "{created}"
    );
    assert!(meta.contains("Creator:         Erfaringsplan"), "{meta}");

    // A supervision item per post says so, and its derivation shows the post months.
    plan.cost_items[0].per_position = true;
    let text = self::text(&write("per-post.pdf", &plan, Locale::Nb));
    assert!(text.contains("hver stilling"), "{text}");
    // Two posts: 12 months and 5 months (from August) in 2027: 17 post months.
    assert!(text.contains("× 17/12 stillingsmåneder"), "{text}");
    plan.cost_items[0].per_position = false;

    plan.grants[0].source = "  ".into();
    let text = self::text(&write("grantor-unknown.pdf", &plan, Locale::En));
    assert!(text.contains("the grantor is not given"), "{text}");
}

#[test]
fn norwegian_letters_survive_and_english_is_english() {
    let mut plan = example_plan(2027, 3);
    plan.name = "Bydel Østensjø: «Ærlig» plan for åpenhet – ÆØÅ æøå".into();
    plan.financing_after_grants =
        "Kostnaden dekkes over rammen til Helse- og sosialetaten fra 2031.".into();
    let text = text(&write("aeoeaa.pdf", &plan, Locale::Nb));
    assert!(text.contains("Bydel Østensjø: «Ærlig» plan for åpenhet – ÆØÅ æøå"));
    assert!(text.contains("Kostnaden dekkes over rammen til Helse- og sosialetaten fra 2031."));
    assert!(text.contains("Før tilskuddet tar slutt"));

    let en = self::text(&write("example-en.pdf", &plan, Locale::En));
    assert!(en.contains("Hiring plan for peer support workers"));
    assert!(en.contains("Budget year by year"));
    assert!(en.contains("Page 1 of"));
    assert!(en.contains("24 November 2026"));
    assert!(!en.contains("Sammendrag"));
    // The contribution rates' source is named in English too (it was left in bokmål).
    let flat = en.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Norwegian Tax Administration;") && flat.contains("(rates for 2026)"),
        "{flat}"
    );
    assert!(
        !flat.contains("satser 2026") && !flat.contains("forskrift"),
        "{flat}"
    );
    // English numbers, as the app shows them in English: NOK 1,234,567.89 and 14.1 %.
    let pr = project(&plan).unwrap();
    let total = format!("NOK {}", format_in(pr.totals.total_cost.get(), 2, EN));
    assert!(en.contains(&total), "{total} not in {en}");
    assert!(en.contains("14.1 %"), "{en}");
    assert!(!en.contains(&format_in(pr.totals.total_cost.get(), 2, NB)));
}

#[test]
fn page_counts_grow_sensibly_with_the_horizon() {
    let counts: Vec<usize> = [1, 10, 40]
        .iter()
        .map(|&years| {
            pages(&write(
                &format!("years-{years}.pdf"),
                &example_plan(2027, years),
                Locale::Nb,
            ))
        })
        .collect();
    // A 1-year plan still has its sections and the appendix; 40 years of two positions and
    // four cost items fill more appendix pages, but not absurdly many.
    assert!((3..=6).contains(&counts[0]), "1 year: {} pages", counts[0]);
    assert!(
        (5..=12).contains(&counts[1]),
        "10 years: {} pages",
        counts[1]
    );
    assert!(
        (12..=40).contains(&counts[2]),
        "40 years: {} pages",
        counts[2]
    );
    assert!(counts[0] < counts[1] && counts[1] < counts[2]);
}

/// A word's box on a page, from `pdftotext -bbox`.
#[derive(Debug)]
struct Word {
    page: usize,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
    text: String,
}

fn attr(tag: &str, name: &str) -> f64 {
    let key = format!("{name}=\"");
    let start = tag.find(&key).unwrap() + key.len();
    let end = tag[start..].find('"').unwrap() + start;
    tag[start..end].parse().unwrap()
}

fn words(pdf: &Path) -> Vec<Word> {
    let html = poppler("pdftotext", &["-enc", "UTF-8", "-bbox"], pdf);
    let mut page = 0;
    let mut out = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        } else if line.starts_with("<word ") {
            let text = line
                .split_once('>')
                .and_then(|(_, rest)| rest.strip_suffix("</word>"))
                .unwrap_or("")
                .to_owned();
            out.push(Word {
                page,
                x0: attr(line, "xMin"),
                y0: attr(line, "yMin"),
                x1: attr(line, "xMax"),
                y1: attr(line, "yMax"),
                text,
            });
        }
    }
    out
}

/// Every word of `pdf` lies inside the margins of its `w` × `h` page, and no two words on a
/// page overlap (allowing for a hair of glyph overhang).
fn assert_inside_without_overlap(pdf: &Path, w: f64, h: f64) {
    let words = words(pdf);
    for word in &words {
        assert!(
            word.x0 >= 40.0 && word.x1 <= w - 40.0 && word.y0 >= 40.0 && word.y1 <= h - 20.0,
            "outside the page margins: {word:?}"
        );
    }
    for page in 1..=pages(pdf) {
        let mut on_page: Vec<&Word> = words.iter().filter(|w| w.page == page).collect();
        on_page.sort_by(|a, b| a.y0.total_cmp(&b.y0));
        for (i, a) in on_page.iter().enumerate() {
            for b in on_page[i + 1..].iter().take_while(|b| b.y0 < a.y1) {
                let overlap_x = a.x1.min(b.x1) - a.x0.max(b.x0);
                let overlap_y = a.y1.min(b.y1) - a.y0.max(b.y0);
                assert!(
                    overlap_x <= 0.5 || overlap_y <= 0.5,
                    "page {page}: «{}» {a:?} overlaps «{}» {b:?}",
                    a.text,
                    b.text
                );
            }
        }
    }
}

fn huge_plan() -> Plan {
    let mut plan = extreme_plan();
    let template: Position = plan.positions[0].clone();
    plan.name = format!(
        "{} {}",
        "Svært langt plannavn for en stor helseforetaksplan med mange stillinger".to_owned(),
        "x".repeat(40)
    );
    plan.positions = (0..50)
        .map(|i| Position {
            id: format!("p{i}"),
            title: format!(
                "Erfaringskonsulent nr. {i} med en lang stillingstittel i avdeling for psykisk helse, rus og pårørendearbeid"
            ),
            fte_percent: Percent::from(Decimal::from(20 + (i % 5) * 20)),
            ..template.clone()
        })
        .collect();
    let long = "Dette er en lang merknad som beskriver hva som må gjøres, av hvem og når, og som går over flere linjer i tabellen. ".repeat(4);
    plan.checklist = (0..60)
        .map(|i| ChecklistEntry {
            id: format!("own-{i}"),
            template_id: None,
            phase: ChecklistPhase::ALL[i % 6],
            title: format!(
                "Eget punkt {i}: {}",
                "avklar rutiner og ansvar for oppfølging i hele tjenesten ".repeat(3)
            ),
            status: ChecklistStatus::InProgress,
            owner: "Avdelingsleder for psykisk helse og rus, seksjon for brukermedvirkning".into(),
            due: "2027-03-01".into(),
            note: format!(
                "{long}Ordløsteksterskalbrytesogsåsomdettelangeordetutenmellomromiheletatt{i}"
            ),
        })
        .collect();
    plan.financing_after_grants = long.repeat(3);
    assert!(plan.validate().is_empty(), "{:?}", plan.validate());
    plan
}

#[test]
fn fifty_positions_and_sixty_long_items_stay_inside_the_page_without_overlap() {
    let plan = huge_plan();
    let pdf = write("huge.pdf", &plan, Locale::Nb);
    let n = pages(&pdf);
    assert!(n < 400, "{n} pages");
    assert_inside_without_overlap(&pdf, 595.28, 841.89);
    let text = text(&pdf);
    // Every position and every checklist note made it into the document, and the long word
    // was broken rather than cut: its pieces, joined, are all there.
    for i in [0, 25, 49] {
        assert!(
            text.contains(&format!("Erfaringskonsulent nr. {i} ")),
            "position {i}"
        );
    }
    // A word broken between two letters ends its line with a hyphen.
    let joined: String = text
        .split_whitespace()
        .map(|w| w.strip_suffix('-').unwrap_or(w))
        .collect();
    for i in [0, 30, 59] {
        assert!(
            joined.contains(&format!(
                "Ordløsteksterskalbrytesogsåsomdettelangeordetutenmellomromiheletatt{i}"
            )),
            "the note of item {i}"
        );
    }
}

#[test]
fn an_invalid_plan_gives_a_field_error_and_no_document() {
    let mut plan = example_plan(2027, 10);
    plan.positions[0].fte_percent = Percent::from(Decimal::from(120));
    let err = render(&plan, &info(Locale::Nb)).unwrap_err();
    assert_eq!(err.code(), "field.out_of_range");
    assert_eq!(err.field(), Some("positions[0].ftePercent"));

    let bad_day = DocumentInfo {
        today: "24.11.2026".into(),
        ..info(Locale::Nb)
    };
    let err = render(&example_plan(2027, 10), &bad_day).unwrap_err();
    assert_eq!(
        (err.code().as_str(), err.field()),
        ("field.invalid_date", Some("today"))
    );
}

// ---- «Sammenligning av alternativer» ----

fn named(name: &str, plan: Plan) -> NamedPlan {
    NamedPlan {
        name: name.into(),
        plan,
    }
}

/// The example plan, an alternative with its first post split into two at 50 % (the issue's
/// question: one at 100 % or two at 50 %?), and a plan that ends four years earlier.
fn alternatives() -> Vec<NamedPlan> {
    let base = example_plan(2027, 10);
    let mut halves = base.clone();
    halves.positions[0].fte_percent = Percent::from(Decimal::from(50));
    let mut second = halves.positions[0].clone();
    second.id = "halv-2".into();
    halves.positions.push(second);
    let mut shorter = base.clone();
    shorter.horizon_years = 6;
    vec![
        named("Bydel Nord", base),
        named("Bydel Nord – to halve stillinger", halves),
        named("Bydel Nord – seks år", shorter),
    ]
}

fn write_comparison(name: &str, plans: &[NamedPlan], locale: Locale) -> PathBuf {
    let bytes = render_comparison(plans, &info(locale)).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let path = out_dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// pdftotext's text with the no-break spaces that keep amounts together read as spaces.
fn plain(pdf: &Path) -> String {
    text(pdf).replace('\u{a0}', " ")
}

/// The line of `text` whose first cell is `first`, and whether `cells` are on it in order.
fn row_holds(text: &str, first: &str, cells: &[&str]) -> bool {
    text.lines()
        .filter(|line| line.trim_start().starts_with(first))
        .any(|line| {
            let mut rest = &line[line.find(first).unwrap_or(0) + first.len()..];
            cells.iter().all(|cell| match rest.find(cell) {
                Some(at) => {
                    rest = &rest[at + cell.len()..];
                    true
                }
                None => false,
            })
        })
}

#[test]
fn the_comparison_prints_every_figure_difference_and_year_as_compared() {
    let plans = alternatives();
    let comparison = compare(&plans, Locale::Nb).unwrap();
    let pdf = write_comparison("comparison.pdf", &plans, Locale::Nb);
    let info_out = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    let pdf_info = String::from_utf8(info_out.stdout).unwrap();
    assert!(
        pdf_info.contains("841.89 x 595.276 pts (A4)"),
        "landscape A4: {pdf_info}"
    );
    assert!(pdf_info.contains("Sammenligning av alternativer – Bydel Nord\n"));
    let text = plain(&pdf);
    assert!(text.contains("Sammenligning av alternativer"));
    assert!(text.contains("Bydel Nord (2027–2036)"));
    assert!(text.contains("Bydel Nord – seks år (2027–2032)"));
    // The plans cover different years, and the document says what that means.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Planene dekker ulike år."), "{flat}");

    // Every key figure: its label, then each plan's value and each difference (without a
    // percentage, which may sit on the line below), in the table's order.
    for f in &comparison.figures {
        let mut cells = Vec::new();
        for (i, (value, difference)) in f.value_texts.iter().zip(&f.difference_texts).enumerate() {
            cells.push(value.as_str());
            if i > 0 {
                cells.push(difference.split(" (").next().unwrap());
            }
        }
        // A long label wraps in its column; its first two words start the row's line.
        let first: Vec<&str> = f.label.split(' ').take(2).collect();
        assert!(
            row_holds(&text, &first.join(" "), &cells),
            "{}: {cells:?} in\n{text}",
            f.label
        );
    }
    // Year by year, and the totals row.
    for y in &comparison.years {
        let mut cells = Vec::new();
        for (i, (net, difference)) in y.net_cost_texts.iter().zip(&y.difference_texts).enumerate() {
            cells.push(net.as_str());
            if i > 0 {
                cells.push(difference.as_str());
            }
        }
        assert!(row_holds(&text, &y.year.to_string(), &cells), "{}", y.year);
    }
    // The year rows' hand check: in 2033 the short plan has no year, so its difference is
    // minus the base's whole net cost.
    let y2033 = comparison.years.iter().find(|y| y.year == 2033).unwrap();
    assert_eq!(y2033.net_cost_texts[2], "–");
    assert_eq!(
        y2033.difference_texts[2],
        format!("−{}", y2033.net_cost_texts[0])
    );
    // What differs, in the same sentences as the app.
    for change in comparison.changes.iter().flatten() {
        assert!(flat.contains(change.as_str()), "{change}");
    }
    assert!(pages(&pdf) <= 4, "{} pages", pages(&pdf));
}

#[test]
fn the_comparison_speaks_english_when_asked() {
    let plans = alternatives();
    let pdf = write_comparison("comparison-en.pdf", &plans, Locale::En);
    let text = plain(&pdf);
    for words in [
        "Comparison of alternatives",
        "Key figure",
        "Difference from the base",
        "Employer's cost year by year",
        "What differs",
        "Bydel Nord (base)",
    ] {
        assert!(text.contains(words), "{words}");
    }
    assert!(!text.contains("Nøkkeltall"));
}

#[test]
fn four_of_the_largest_plans_compare_inside_the_page_without_overlap() {
    let plans: Vec<NamedPlan> = (0..4)
        .map(|n| {
            let mut plan = huge_plan();
            plan.wage_growth_percent = Percent::from(Decimal::from(3 + n));
            plan.positions.truncate(50 - usize::try_from(n).unwrap());
            let name = format!("{} – alternativ {}", plan.name, n + 1);
            named(&name, plan)
        })
        .collect();
    assert_eq!(plans[0].plan.horizon_years, 40);
    let pdf = write_comparison("comparison-largest.pdf", &plans, Locale::Nb);
    let n = pages(&pdf);
    assert!(n <= 8, "{n} pages");
    assert_inside_without_overlap(&pdf, 841.89, 595.28);
    let comparison = compare(&plans, Locale::Nb).unwrap();
    let text = plain(&pdf);
    let last = comparison.years.last().unwrap();
    assert!(row_holds(
        &text,
        &last.year.to_string(),
        &[last.net_cost_texts[0].as_str()]
    ));
}

#[test]
fn a_comparison_that_cannot_be_made_gives_its_error_and_no_document() {
    let plans = alternatives();
    let err = render_comparison(&plans[..1], &info(Locale::Nb)).unwrap_err();
    assert_eq!(err.code(), "compare.count");
    let mut bad = alternatives();
    bad[1].plan.positions[0].fte_percent = Percent::from(Decimal::from(120));
    let err = render_comparison(&bad, &info(Locale::Nb)).unwrap_err();
    assert_eq!(err.code(), "compare.plan_invalid");
    assert_eq!(err.field(), Some("positions[0].ftePercent"));
}

// ---- What the first page says of an unfinished plan, and how the pages read ----

fn first_page(pdf: &Path) -> String {
    poppler(
        "pdftotext",
        &["-enc", "UTF-8", "-layout", "-f", "1", "-l", "1"],
        pdf,
    )
}

#[test]
fn an_incomplete_plan_is_a_draft_whose_first_page_lists_what_is_missing() {
    let mut plan = example_plan(2027, 10);
    plan.financing_after_grants.clear();
    plan.positions[1].pension_rate_confirmed = false;
    let page = first_page(&write("draft.pdf", &plan, Locale::Nb));
    assert!(
        page.contains("Ansettelsesplan for erfaringskonsulent – utkast"),
        "{page}"
    );
    assert!(page.contains("Utkast: dette mangler før planen er komplett"));
    let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
    for m in erfaringsplan_engine::validate::completeness::missing(&plan) {
        let said = erfaringsplan_engine::text::missing_text(Locale::Nb, &m);
        assert!(flat.contains(&said), "{said} in {flat}");
    }
    assert!(flat.contains("Hvordan stillingene skal betales når tilskuddene tar slutt."));
    // Every page's footer says it too.
    let all = text(&write("draft.pdf", &plan, Locale::Nb));
    let drafts = all.matches("2027 – utkast").count();
    assert!(drafts >= pages(&out_dir().join("draft.pdf")), "{drafts}");

    let en = first_page(&write("draft-en.pdf", &plan, Locale::En));
    assert!(
        en.contains("Hiring plan for peer support workers – draft"),
        "{en}"
    );
    assert!(
        en.contains("Draft: missing before the plan is complete"),
        "{en}"
    );

    // Complete, it is not a draft.
    let done = text(&write("complete.pdf", &example_plan(2027, 10), Locale::Nb));
    assert!(
        !done.contains("utkast") && !done.contains("mangler før"),
        "{done}"
    );
}

#[test]
fn a_plan_that_costs_nothing_says_so_instead_of_figures_and_stress_tests() {
    let mut plan = example_plan(2027, 10);
    plan.positions.clear();
    plan.grants.clear();
    plan.cost_items.clear();
    plan.financing_after_grants.clear();
    let text = text(&write("nothing-to-pay.pdf", &plan, Locale::Nb));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Planen har ingen stillinger ennå, så det er ingenting å betale"),
        "{flat}"
    );
    for absent in [
        "Arbeidsgiver betaler alt fra",
        "Hva om",
        "Ingen advarsler",
        "Finansieringsstup",
    ] {
        assert!(!flat.contains(absent), "«{absent}» in {flat}");
    }
    assert!(
        erfaringsplan_engine::compare::stress::what_if(&plan, Locale::Nb)
            .unwrap()
            .is_empty()
    );
}

/// The height of a line set in 10.5 pt, the smallest heading, as pdftotext boxes it (DejaVu's
/// ascent and descent: 1.164 em): body text (9.5 pt) stays well below it.
const HEADING_BOX: f64 = 11.6;

/// For each page but the last, the words of its lowest line above the footer.
fn last_lines(pdf: &Path) -> Vec<(usize, Vec<Word>)> {
    let mut all = words(pdf);
    let n = pages(pdf);
    (1..n)
        .map(|page| {
            let mut on_page: Vec<Word> = Vec::new();
            let mut rest = Vec::new();
            for w in all.drain(..) {
                if w.page == page && w.y1 < 790.0 {
                    on_page.push(w);
                } else {
                    rest.push(w);
                }
            }
            all = rest;
            let lowest = on_page.iter().map(|w| w.y1).fold(0.0, f64::max);
            on_page.retain(|w| w.y1 > lowest - 4.0);
            (page, on_page)
        })
        .collect()
}

#[test]
fn no_heading_is_left_at_the_foot_of_a_page() {
    let mut empty = example_plan(2027, 10);
    empty.positions.clear();
    empty.grants.clear();
    empty.cost_items.clear();
    let plans = [
        ("keep-example-nb.pdf", example_plan(2027, 10), Locale::Nb),
        ("keep-example-en.pdf", example_plan(2027, 10), Locale::En),
        ("keep-40-years.pdf", example_plan(2027, 40), Locale::Nb),
        ("keep-3-years-en.pdf", example_plan(2027, 3), Locale::En),
        ("keep-empty.pdf", empty, Locale::Nb),
        ("keep-huge.pdf", huge_plan(), Locale::Nb),
    ];
    for (name, plan, locale) in plans {
        let pdf = write(name, &plan, locale);
        for (page, line) in last_lines(&pdf) {
            let heading: Vec<&str> = line
                .iter()
                .filter(|w| w.y1 - w.y0 > HEADING_BOX)
                .map(|w| w.text.as_str())
                .collect();
            assert!(
                heading.is_empty(),
                "{name}, page {page} ends with the heading «{}»",
                heading.join(" ")
            );
        }
    }
}

#[test]
fn no_amount_is_broken_across_lines_and_the_appendix_reads_to_the_øre() {
    use erfaringsplan_engine::model::cost_item::CostBasis;
    let mut plan = example_plan(2027, 10);
    // A price per session that wraps in its column: «1 300,00 kr per gang (1,5 t)».
    plan.cost_items[0].basis = CostBasis::PerSession {
        price: 1_300.into(),
        sessions_per_year: 12.into(),
        hours_per_session: Decimal::new(15, 1),
    };
    // The second post ends after two years: its idle years are said once.
    plan.positions[1].end = Some("2028-12".parse().unwrap());
    let pdf = write("unbroken.pdf", &plan, Locale::Nb);
    let text = text(&pdf);
    assert!(text.contains("1 300,00 kr per gang"), "{text}");
    let pr = project(&plan).unwrap();
    for p in &pr.positions {
        for y in p.years.iter().filter(|y| y.months_active > 0) {
            for v in [
                y.worked_salary,
                y.holiday_pay,
                y.pension,
                y.aga,
                y.payroll_cost,
            ] {
                let amount = nok(v.get());
                assert!(
                    text.contains(&amount),
                    "{} {}: {amount} is broken",
                    p.position_id,
                    y.year
                );
            }
        }
    }
    // No figure with more decimals than the øre, and no cut-off «…» ones.
    let long = regex_lite(&text);
    assert!(long.is_empty(), "{long:?}");
    // 2029–2036 without work, in one line.
    assert_eq!(text.matches("ikke i arbeid.").count(), 1, "{text}");
    assert!(text.contains("2029–2036: ikke i arbeid."), "{text}");
}

/// Numbers in `text` written with three or more decimals (`123,456`, `0,1234…`), other than
/// thousands groups (which have a space or no digit before the comma's group).
fn regex_lite(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for word in text.split_whitespace() {
        let Some((int, frac)) = word.split_once(',') else {
            continue;
        };
        let digits: String = frac.chars().take_while(char::is_ascii_digit).collect();
        if !int.is_empty()
            && int.chars().all(|c| c.is_ascii_digit() || c == '−')
            && digits.len() >= 3
        {
            found.push(word.to_owned());
        }
    }
    found
}

#[test]
fn the_portfolio_pdf_prints_every_year_and_the_step_and_names_the_plan_left_out() {
    let mut later = example_plan(2029, 4);
    later.name = "Bydel Øst".into();
    let mut bad = example_plan(2027, 10);
    bad.name = "Bydel Vest".into();
    bad.horizon_years = 0;
    let plans = vec![
        named("Bydel Nord", example_plan(2027, 10)),
        named("Bydel Øst", later),
        named("Bydel Vest", bad),
    ];
    let p = erfaringsplan_engine::portfolio::portfolio(&plans, Locale::Nb).unwrap();
    let bytes = render_portfolio(&plans, &info(Locale::Nb)).unwrap();
    let path = out_dir().join("portfolio.pdf");
    std::fs::write(&path, bytes).unwrap();
    let text = plain(&path);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Alle planene samlet"));
    assert!(flat.contains(&p.notes[0].split_whitespace().collect::<Vec<_>>().join(" ")));
    assert!(flat.contains("Bydel Vest: Ikke regnet med"), "{flat}");
    for y in &p.years {
        let cells: Vec<String> = [y.total_cost, y.grants, y.net_cost]
            .iter()
            .map(|v| nok(v.get()))
            .collect();
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        assert!(
            row_holds(&text, &y.year.to_string(), &cells),
            "{}\n{text}",
            y.year
        );
    }
    assert!(row_holds(&text, "Sum", &[&nok(p.totals.net_cost.get())]));
    // The plans' budget lines added up: each line's first year, and the costs' sum.
    assert!(flat.contains("Budsjettlinjer"));
    for r in &p.budget.rows {
        let line = erfaringsplan_engine::text::budget::line(Locale::Nb, r.line);
        let first = nok(r.amounts[0].get());
        assert!(row_holds(&text, "243", &[line, &first]), "{line}");
    }
    assert!(row_holds(
        &text,
        "Kostnader i alt",
        &[&nok(p.years[0].total_cost.get())]
    ));
    assert_inside_without_overlap(&path, 841.89, 595.28);
}

#[test]
fn the_appendix_prints_the_budget_lines_with_their_codes_years_and_sources() {
    use erfaringsplan_engine::projection::budget::budget_lines;
    use erfaringsplan_engine::text::budget;
    let plan = example_plan(2027, 10);
    let lines = budget_lines(
        &plan,
        &erfaringsplan_engine::projection::project(&plan).unwrap(),
    )
    .unwrap();
    let pdf = write("budget-lines.pdf", &plan, Locale::Nb);
    let text = plain(&pdf);
    assert!(text.contains("Budsjettlinjer"));
    let n = |d: Decimal| erfaringsplan_engine::text::amount(Locale::Nb, d);
    for r in &lines.rows {
        let art = r.art.code.clone().unwrap_or_else(|| "–".into());
        let mut cells = vec![art, budget::line(Locale::Nb, r.line).to_owned()];
        // The first table's four years, in order, on the line's row.
        cells.extend(r.amounts[..4].iter().map(|a| n(a.get())));
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        assert!(row_holds(&text, "243", &cells), "{:?}: {cells:?}", r.line);
        // And its total in the last table, after the last two years.
        let last: Vec<String> = r.amounts[8..]
            .iter()
            .chain([&r.total])
            .map(|a| n(a.get()))
            .collect();
        let mut cells = vec![budget::line(Locale::Nb, r.line).to_owned()];
        cells.extend(last);
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        assert!(
            row_holds(&text, "243", &cells),
            "{:?} total: {cells:?}",
            r.line
        );
    }
    // The costs add up to the year table's total; the codes' source and what a dash means.
    let pr = erfaringsplan_engine::projection::project(&plan).unwrap();
    assert!(row_holds(
        &text,
        "Kostnader i alt",
        &[
            &n(pr.years[0].total_cost.get()),
            &n(pr.years[3].total_cost.get())
        ]
    ));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Regnskapsrapporteringen i KOSTRA"),
        "the source"
    );
    assert!(flat.contains("settes av dere"));

    // A health trust: the same lines by name, no KOSTRA code and no KOSTRA source.
    let mut trust = plan.clone();
    trust.organisation.kind =
        erfaringsplan_engine::model::organisation::OrganisationKind::HealthTrust;
    let text = plain(&write("budget-lines-trust.pdf", &trust, Locale::En));
    assert!(text.contains("Budget lines"));
    assert!(row_holds(&text, "–", &["–", "Pay, permanent posts,"]));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!flat.contains("Regnskapsrapporteringen i KOSTRA"));
}
