//! «Alle planene samlet» as a PDF, on landscape A4 pages in the hiring plan's typography: the
//! plans counted and left out, the largest step, the years added up, their budget lines, and
//! every grant with the years it pays in. Every figure and sentence is the [`Portfolio`]'s own; this module places
//! them.

use super::{
    document,
    layout::{Align, Column, Layout, Page, Row, BODY, H2, TABLE, TITLE},
    save,
    sections::bullet,
};
use crate::{
    compare::NamedPlan,
    error::Result,
    export::DocumentInfo,
    portfolio::{portfolio, Portfolio},
    text::{self, amount, portfolio::words as portfolio_words, words},
};

const LABEL_W: i64 = 150_000;

/// `plans` added up, as a PDF document. A plan with an error is named as not counted.
///
/// # Errors
/// What [`portfolio`] reports, an invalid `info.today`, or [`crate::EngineError::Pdf`] if the
/// embedded font cannot be read.
pub fn render_portfolio(plans: &[NamedPlan], info: &DocumentInfo) -> Result<Vec<u8>> {
    let p = portfolio(plans, info.locale)?;
    let title = portfolio_words(info.locale).title;
    let (doc, fonts) = document(title, "", &info.today)?;
    let mut l = Layout::with_page(&fonts, Page::Landscape);
    header(&p, info, &mut l);
    years(&p, info, &mut l);
    super::budget::budget_lines(&mut l, info.locale, &p.budget);
    grants(&p, info, &mut l);
    Ok(save(doc, l, title, info.locale))
}

fn span(first: i32, last: i32) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

fn header(p: &Portfolio, info: &DocumentInfo, l: &mut Layout) {
    let (pw, hw) = (portfolio_words(info.locale), words::words(info.locale));
    l.paragraph(TITLE, pw.title);
    l.gap(6_000);
    let mut rows = vec![(
        pw.plans_counted.to_owned(),
        p.plans
            .iter()
            .map(|plan| format!("{} ({})", plan.name, span(plan.first_year, plan.last_year)))
            .collect::<Vec<_>>()
            .join("\n"),
    )];
    if !p.left_out.is_empty() {
        rows.push((
            pw.left_out.to_owned(),
            p.left_out
                .iter()
                .map(|left| {
                    let field = left.error.field.as_deref().unwrap_or_default();
                    format!(
                        "{}: {}",
                        left.name,
                        pw.left_out_reason.replace("{field}", field)
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
        ));
    }
    rows.push((hw.date.to_owned(), text::date(info.locale, &info.today)));
    rows.push((
        hw.version.to_owned(),
        format!("Erfaringsplan {}", info.app_version),
    ));
    l.key_values(&rows, LABEL_W);
    l.gap(6_000);
    for note in &p.notes {
        l.paragraph(BODY, note);
        l.gap(3_000);
    }
}

/// The years added up, with the sums, on one table.
fn years(p: &Portfolio, info: &DocumentInfo, l: &mut Layout) {
    let locale = info.locale;
    let (pw, hw) = (portfolio_words(locale), words::words(locale));
    if p.years.is_empty() {
        return;
    }
    l.heading(H2, text::workbook::words(locale).years_title, 60_000);
    let unit = text::currency(locale);
    let with_unit = |label: &str| format!("{label} ({unit})");
    let value_w = 120_000;
    let small_w = 80_000;
    let columns = vec![
        Column::new(
            hw.col_year,
            l.content_width() - 2 * small_w - 4 * value_w,
            Align::Left,
        ),
        Column::new(pw.col_posts, small_w, Align::Right),
        Column::new(pw.col_fte, small_w, Align::Right),
        Column::new(with_unit(hw.col_total), value_w, Align::Right),
        Column::new(with_unit(hw.col_grants), value_w, Align::Right),
        Column::new(with_unit(hw.col_net), value_w, Align::Right),
        Column::new(with_unit(pw.col_change), value_w, Align::Right),
    ];
    let money = |v: crate::units::Nok| amount(locale, v.get());
    let mut rows: Vec<Row> = p
        .years
        .iter()
        .enumerate()
        .map(|(i, y)| {
            Row::new(vec![
                y.year.to_string(),
                y.posts.to_string(),
                amount(locale, y.full_time_equivalents.get()),
                money(y.total_cost),
                money(y.grants),
                money(y.net_cost),
                y.change.map(money).unwrap_or_default(),
            ])
            .shaded(i % 2 == 1)
        })
        .collect();
    rows.push(
        Row::new(vec![
            hw.sum.to_owned(),
            String::new(),
            String::new(),
            money(p.totals.total_cost),
            money(p.totals.grants),
            money(p.totals.net_cost),
            String::new(),
        ])
        .bold(),
    );
    l.table(&columns, &rows, TABLE);
}

/// Every grant with the years it pays in, by its last year.
fn grants(p: &Portfolio, info: &DocumentInfo, l: &mut Layout) {
    let locale = info.locale;
    let pw = portfolio_words(locale);
    if p.grants.is_empty() {
        return;
    }
    l.gap(8_000);
    l.heading(H2, pw.grants_heading, 40_000);
    for g in &p.grants {
        let years = match (g.first_paid, g.last_paid) {
            (Some(first), Some(last)) => span(first, last),
            (Some(_) | None, _) => pw.pays_nothing.to_owned(),
        };
        bullet(
            l,
            &format!(
                "{years}: {} ({}), {}",
                g.grant,
                g.plan,
                text::kr(locale, g.total.get())
            ),
        );
    }
}
