//! «Sammenligning av alternativer» as a PDF: the comparison the app shows, on landscape A4 pages
//! (a value column per plan and a difference column per alternative need the width), in the
//! hiring plan's typography and page furniture. Every figure and text is the [`Comparison`]'s
//! own, formatted once in Rust; this module only places them.

use super::{
    chart::height,
    document,
    layout::{
        Align, Colour, Column, Face, Layout, Page, Row, Style, BLACK, BODY, CELL_PAD_BOTH, CLIFF,
        EMPLOYER, GRANT, GREY, H2, H3, MARGIN_X, RULE, SMALL, SMALL_BOLD, TABLE, TITLE,
    },
    save,
    sections::bullet,
};
use crate::{
    compare::{compare, Comparison, FigureKey, NamedPlan},
    error::Result,
    export::DocumentInfo,
    text::comparison::comparison_words,
    text::{kr, words, Locale},
};

/// Each plan's line in the chart: the app's colours (accent, danger, success, neutral), and a
/// dash pattern of its own so the lines differ in print without colour too.
const SERIES: [(Colour, &[i64]); 4] = [
    (EMPLOYER, &[]),
    (CLIFF, &[8_000, 5_000]),
    (GRANT, &[2_000, 3_000]),
    (BLACK, &[10_000, 4_000, 2_000, 4_000]),
];
const PLOT_H: i64 = 150_000;
const LABEL_W: i64 = 150_000;

/// `plans` compared (the first is the base), as a PDF document.
///
/// # Errors
/// What [`compare`] reports (too few or too many plans, a plan that is not valid, naming it),
/// an invalid `info.today`, or [`crate::EngineError::Pdf`] if the embedded font cannot be read.
pub fn render_comparison(plans: &[NamedPlan], info: &DocumentInfo) -> Result<Vec<u8>> {
    let comparison = compare(plans, info.locale)?;
    let organisation = plans
        .first()
        .map(|p| p.plan.organisation.name.trim())
        .unwrap_or_default();
    render_compared(&comparison, organisation, info)
}

/// As [`render_comparison`], for a comparison already made; `organisation` is the base plan's.
///
/// # Errors
/// An invalid `info.today`, or [`crate::EngineError::Pdf`] if the embedded font cannot be read.
pub fn render_compared(c: &Comparison, organisation: &str, info: &DocumentInfo) -> Result<Vec<u8>> {
    let (locale, w) = (info.locale, comparison_words(info.locale));
    let base = c.plans.first().map(|p| p.name.as_str()).unwrap_or_default();
    let title = format!("{} – {base}", w.title);
    let (doc, fonts) = document(&title, organisation, &info.today)?;
    let mut l = Layout::with_page(&fonts, Page::Landscape);
    header(c, organisation, info, &mut l);
    key_figures(c, locale, &mut l);
    chart(c, locale, &mut l);
    years(c, locale, &mut l);
    changes(c, locale, &mut l);
    Ok(save(doc, l, &title, locale))
}

fn header(c: &Comparison, organisation: &str, info: &DocumentInfo, l: &mut Layout) {
    let (locale, w, hw) = (
        info.locale,
        comparison_words(info.locale),
        words::words(info.locale),
    );
    let years = |first: i32, last: i32| {
        if first == last {
            first.to_string()
        } else {
            format!("{first}–{last}")
        }
    };
    let named = |i: usize| {
        c.plans
            .get(i)
            .map(|p| format!("{} ({})", p.name, years(p.first_year, p.last_year)))
            .unwrap_or_default()
    };
    l.paragraph_at(MARGIN_X, l.content_width(), SMALL_BOLD, GREY, w.title);
    l.paragraph(
        TITLE,
        c.plans.first().map(|p| p.name.as_str()).unwrap_or_default(),
    );
    l.gap(6_000);
    let mut rows = Vec::new();
    if !organisation.is_empty() {
        rows.push((hw.organisation.to_owned(), organisation.to_owned()));
    }
    rows.push((capitalised(w.base), named(0)));
    rows.push((
        w.compared_with.to_owned(),
        (1..c.plans.len()).map(named).collect::<Vec<_>>().join("\n"),
    ));
    rows.push((hw.date.to_owned(), crate::text::date(locale, &info.today)));
    rows.push((
        hw.version.to_owned(),
        format!("Erfaringsplan {}", info.app_version),
    ));
    l.key_values(&rows, LABEL_W);
    l.gap(4_000);
    l.paragraph_at(MARGIN_X, l.content_width(), SMALL, GREY, w.intro);
    if !c.same_years {
        l.gap(3_000);
        l.paragraph(BODY, w.different_years);
    }
}

/// The key figures, with a column per plan and a difference column after each alternative.
fn key_figures(c: &Comparison, locale: Locale, l: &mut Layout) {
    let w = comparison_words(locale);
    l.heading(H2, w.figure, 60_000);
    let value_w = value_width(c.plans.len());
    let mut rows = Vec::new();
    for f in &c.figures {
        let mut cells = vec![f.label.clone()];
        for (i, (value, difference)) in f.value_texts.iter().zip(&f.difference_texts).enumerate() {
            cells.push(cell(l, value, value_w));
            if i > 0 {
                cells.push(cell(l, difference, value_w));
            }
        }
        let total = f.key == FigureKey::NetCost;
        let row = Row::new(cells).shaded(rows.len() % 2 == 1);
        rows.push(if total { row.bold() } else { row });
    }
    l.table(&columns(c, locale, w.figure, l), &rows, TABLE);
}

/// The net cost year by year as an overlaid line chart: one line per plan, broken where a year
/// is outside the plan's years, with a point at each year. Heights are the comparison's own
/// shares of its largest figure, so the drawing does no cost arithmetic.
fn chart(c: &Comparison, locale: Locale, l: &mut Layout) {
    let w = comparison_words(locale);
    let n = i64::try_from(c.years.len()).unwrap_or(0);
    if n == 0 {
        return;
    }
    let legend_h = i64::try_from(c.plans.len()).unwrap_or(0) * 13_000;
    l.heading(H2, w.net_cost_by_year, PLOT_H + legend_h + 70_000);
    let cw = l.content_width();
    l.paragraph_at(MARGIN_X, cw, SMALL, GREY, w.chart_intro);
    l.paragraph_at(
        MARGIN_X,
        cw,
        SMALL,
        GREY,
        &format!("{}: {}", w.chart_top, kr(locale, c.chart_max.get())),
    );
    let top = l.y() - 10_000;
    let base = top - PLOT_H;
    l.hline(MARGIN_X, MARGIN_X + cw, top, 400, RULE);
    l.hline(MARGIN_X, MARGIN_X + cw, base, 800, GREY);

    let slot = cw / n;
    let x = |i: i64| MARGIN_X + i * slot + slot / 2;
    let label_every = if n <= 20 { 1 } else { 5 };
    for (i, year) in (0_i64..).zip(&c.years) {
        if i % label_every == 0 || i == n - 1 {
            let text = year.year.to_string();
            let tw = l.fonts.width(SMALL, &text);
            l.text_at(x(i) - tw / 2, base - 10_000, SMALL, GREY, &text);
        }
    }
    for (p, (colour, dash)) in (0..c.plans.len()).zip(SERIES) {
        let mut run: Vec<(i64, i64)> = Vec::new();
        let thickness = if p == 0 { 2_000 } else { 1_600 };
        for (i, year) in (0_i64..).zip(&c.years) {
            match year.chart_percent.get(p).copied().flatten() {
                Some(percent) => {
                    let point = (x(i), base + height(percent.get(), PLOT_H));
                    l.rect(point.0 - 1_800, point.1 - 1_800, 3_600, 3_600, colour);
                    run.push(point);
                }
                None => {
                    l.polyline(&run, thickness, colour, dash);
                    run.clear();
                }
            }
        }
        l.polyline(&run, thickness, colour, dash);
    }

    // The legend: each line's look beside the plan's name, one plan a line.
    let mut y = base - 28_000;
    for (p, (colour, dash)) in (0..c.plans.len()).zip(SERIES) {
        let name = if p == 0 {
            format!("{} ({})", c.plans[p].name, w.base)
        } else {
            c.plans[p].name.clone()
        };
        l.polyline(
            &[(MARGIN_X, y + 3_000), (MARGIN_X + 30_000, y + 3_000)],
            if p == 0 { 2_000 } else { 1_600 },
            colour,
            dash,
        );
        let name = l.fonts.fit(SMALL, &name, cw - 40_000);
        l.text_at(MARGIN_X + 38_000, y, SMALL, BLACK, &name);
        y -= 13_000;
    }
    l.advance_to(y + 2_000);
}

/// The chart's figures as a table: each plan's net cost, each alternative's difference, and the
/// totals over the period.
fn years(c: &Comparison, locale: Locale, l: &mut Layout) {
    let w = comparison_words(locale);
    l.gap(8_000);
    let value_w = value_width(c.plans.len());
    let mut rows: Vec<Row> = c
        .years
        .iter()
        .enumerate()
        .map(|(n, y)| {
            let mut cells = vec![y.year.to_string()];
            for (i, (net, difference)) in
                y.net_cost_texts.iter().zip(&y.difference_texts).enumerate()
            {
                cells.push(cell(l, net, value_w));
                if i > 0 {
                    cells.push(cell(l, difference, value_w));
                }
            }
            Row::new(cells).shaded(n % 2 == 1)
        })
        .collect();
    if let Some(net) = c.figures.iter().find(|f| f.key == FigureKey::NetCost) {
        let mut cells = vec![w.total.to_owned()];
        for (i, (value, difference)) in net
            .value_texts
            .iter()
            .zip(&net.difference_texts)
            .enumerate()
        {
            cells.push(cell(l, value, value_w));
            if i > 0 {
                cells.push(cell(l, difference, value_w));
            }
        }
        rows.push(Row::new(cells).bold());
    }
    l.table(&columns(c, locale, w.year, l), &rows, TABLE);
}

/// «Hva er forskjellig»: for each alternative, its inputs that differ from the base's.
fn changes(c: &Comparison, locale: Locale, l: &mut Layout) {
    let w = comparison_words(locale);
    // Kept with the first plan's heading and first line, which keep 20 pt of their own.
    l.heading(H2, w.what_differs, 50_000);
    for (plan, changes) in c.plans.iter().zip(&c.changes).skip(1) {
        l.heading(H3, &plan.name, 20_000);
        if changes.is_empty() {
            l.paragraph(BODY, w.no_changes);
        }
        for change in changes {
            bullet(l, change);
        }
    }
}

/// The table's columns: `first` (the row's name), then each plan's figure, and after each
/// alternative its difference from the base (the base's name is in the header above).
fn columns(c: &Comparison, locale: Locale, first: &str, l: &Layout) -> Vec<Column> {
    let w = comparison_words(locale);
    let plans = c.plans.len();
    let value_w = value_width(plans);
    let others = i64::try_from(2 * plans.max(1) - 1).unwrap_or(1);
    let mut columns = vec![Column::new(
        first,
        l.content_width() - value_w * others,
        Align::Left,
    )];
    for (i, plan) in c.plans.iter().enumerate() {
        if i == 0 {
            columns.push(Column::new(
                format!("{} ({})", plan.name, w.base),
                value_w,
                Align::Right,
            ));
        } else {
            columns.push(Column::new(plan.name.clone(), value_w, Align::Right));
            columns.push(Column::new(w.difference_from_base, value_w, Align::Right));
        }
    }
    columns
}

/// The width of a figure's column: four plans make seven of them.
fn value_width(plans: usize) -> i64 {
    match plans {
        0..=2 => 160_000,
        3 => 120_000,
        _ => 90_000,
    }
}

/// A figure in a cell `width` wide: an amount and its unit kept on one line (a space next to a
/// digit does not break), a difference's percentage on a line of its own if both do not fit,
/// and the unit on a line of its own if the amount and unit still do not (billions).
fn cell(l: &Layout, text: &str, width: i64) -> String {
    let chars: Vec<char> = text.chars().collect();
    let kept: String = chars
        .iter()
        .enumerate()
        .map(|(i, &ch)| {
            let near_digit = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_some_and(|c| c.is_ascii_digit())
            };
            if ch == ' ' && (near_digit(i.checked_sub(1)) || near_digit(i.checked_add(1))) {
                '\u{a0}'
            } else {
                ch
            }
        })
        .collect();
    // Measured in bold, as the totals are: a cell that fits in bold fits in either face.
    let bold = Style::new(Face::Bold, TABLE.size);
    let fits = |line: &str| l.fonts.width(bold, line) + CELL_PAD_BOTH <= width;
    if fits(&kept) {
        return kept;
    }
    kept.replacen(" (", "\n(", 1)
        .replacen("\u{a0}(", "\n(", 1)
        .split('\n')
        .map(|line| {
            if fits(line) {
                line.to_owned()
            } else {
                line.replace("\u{a0}kr", " kr").replace("NOK\u{a0}", "NOK ")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
