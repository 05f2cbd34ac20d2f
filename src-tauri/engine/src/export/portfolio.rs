//! The portfolio as a table for the terminal, as CSV for a spreadsheet, and as JSON (exactly
//! what the app's command will return).

use std::fmt::Write as _;

use super::{comparison::write_table, csv, TextFormat};
use crate::{
    portfolio::Portfolio,
    text::{amount, budget, portfolio::words as portfolio_words, words, Locale},
};

/// `p` written in `format`, in `locale`'s words.
pub fn render(p: &Portfolio, format: TextFormat, locale: Locale) -> String {
    match format {
        TextFormat::Table => table(p, locale),
        TextFormat::Csv => csv(p, locale),
        TextFormat::Json => serde_json::to_string_pretty(p).unwrap_or_default() + "\n",
    }
}

/// The year table's columns: the year table's own words, and the portfolio's.
fn columns(locale: Locale) -> [&'static str; 7] {
    let (w, yw) = (portfolio_words(locale), words::words(locale));
    [
        yw.col_year,
        w.col_posts,
        w.col_fte,
        yw.col_total,
        yw.col_grants,
        yw.col_net,
        w.col_change,
    ]
}

/// The years with their totals, the plans counted and left out, the grants by their last year,
/// and the notes.
fn table(p: &Portfolio, locale: Locale) -> String {
    let w = portfolio_words(locale);
    let mut out = format!("{}\n\n", w.title);
    let _ = writeln!(out, "{}:", w.plans_counted);
    for plan in &p.plans {
        let _ = writeln!(
            out,
            "  {} ({}–{})",
            plan.name, plan.first_year, plan.last_year
        );
    }
    if !p.left_out.is_empty() {
        let _ = writeln!(out, "{}:", w.left_out);
        for left in &p.left_out {
            let field = left.error.field.as_deref().unwrap_or_default();
            let _ = writeln!(out, "  {} ({} {field})", left.name, left.error.code);
        }
    }
    out.push('\n');
    let mut rows = vec![columns(locale).map(str::to_owned).to_vec()];
    for y in &p.years {
        rows.push(vec![
            y.year.to_string(),
            y.posts.to_string(),
            amount(locale, y.full_time_equivalents.get()),
            amount(locale, y.total_cost.get()),
            amount(locale, y.grants.get()),
            amount(locale, y.net_cost.get()),
            y.change
                .map_or_else(String::new, |c| amount(locale, c.get())),
        ]);
    }
    rows.push(vec![
        words::words(locale).sum.to_owned(),
        String::new(),
        String::new(),
        amount(locale, p.totals.total_cost.get()),
        amount(locale, p.totals.grants.get()),
        amount(locale, p.totals.net_cost.get()),
        String::new(),
    ]);
    write_table(&mut out, &rows);
    let _ = writeln!(out, "\n{}:", w.grants_heading);
    for g in &p.grants {
        let years = match (g.first_paid, g.last_paid) {
            (Some(first), Some(last)) if first == last => first.to_string(),
            (Some(first), Some(last)) => format!("{first}–{last}"),
            (Some(_) | None, _) => w.pays_nothing.to_owned(),
        };
        let _ = writeln!(out, "  {years}: {} ({})", g.grant, g.plan);
    }
    if !p.budget.rows.is_empty() {
        let b = budget::words(locale);
        let _ = writeln!(out, "\n{}:", b.title);
        let mut rows = vec![vec![
            b.col_function.to_owned(),
            b.col_art.to_owned(),
            b.col_line.to_owned(),
            b.col_origin.to_owned(),
            b.col_total.to_owned(),
        ]];
        for r in &p.budget.rows {
            rows.push(vec![
                budget::code(&r.function),
                budget::code(&r.art),
                budget::line(locale, r.line).to_owned(),
                budget::origin(locale, r.art.origin).to_owned(),
                amount(locale, r.total.get()),
            ]);
        }
        write_table(&mut out, &rows);
    }
    out.push('\n');
    for note in &p.notes {
        let _ = writeln!(out, "{note}");
    }
    out
}

/// Semicolons and decimal commas: the years (with each plan's net cost), a blank line, and
/// the grants with the years they pay in. Names are written as text, never as formulas.
fn csv(p: &Portfolio, locale: Locale) -> String {
    let w = portfolio_words(locale);
    let text = csv::text;
    let mut out = String::new();
    let mut header: Vec<String> = columns(locale).iter().map(|h| text(h)).collect();
    header.extend(p.plans.iter().map(|plan| text(&plan.name)));
    let _ = writeln!(out, "{}", header.join(";"));
    for y in &p.years {
        let mut row = vec![
            y.year.to_string(),
            y.posts.to_string(),
            csv::amount(y.full_time_equivalents.get()),
            csv::amount(y.total_cost.get()),
            csv::amount(y.grants.get()),
            csv::amount(y.net_cost.get()),
            y.change.map_or_else(String::new, |c| csv::amount(c.get())),
        ];
        row.extend(
            y.net_cost_by_plan
                .iter()
                .map(|n| n.map_or_else(String::new, |n| csv::amount(n.get()))),
        );
        let _ = writeln!(out, "{}", row.join(";"));
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{};{};{};{}",
        text(w.col_plan),
        text(w.col_grant),
        text(w.col_paid_years),
        text(w.col_total_paid)
    );
    for g in &p.grants {
        let years = match (g.first_paid, g.last_paid) {
            (Some(first), Some(last)) => format!("{first}–{last}"),
            (Some(_) | None, _) => String::new(),
        };
        let _ = writeln!(
            out,
            "{};{};{};{}",
            text(&g.plan),
            text(&g.grant),
            text(&years),
            csv::amount(g.total.get())
        );
    }
    out.push('\n');
    let b = budget::words(locale);
    let mut header: Vec<String> = [b.col_function, b.col_art, b.col_line, b.col_origin]
        .iter()
        .map(|h| text(h))
        .collect();
    header.extend((p.budget.first_year..=p.budget.last_year).map(|y| y.to_string()));
    header.push(text(b.col_total));
    if !p.budget.rows.is_empty() {
        let _ = writeln!(out, "{}", header.join(";"));
    }
    for r in &p.budget.rows {
        let mut row = vec![
            text(r.function.code.as_deref().unwrap_or_default()),
            text(r.art.code.as_deref().unwrap_or_default()),
            text(budget::line(locale, r.line)),
            text(budget::origin(locale, r.art.origin)),
        ];
        row.extend(r.amounts.iter().map(|a| csv::amount(a.get())));
        row.push(csv::amount(r.total.get()));
        let _ = writeln!(out, "{}", row.join(";"));
    }
    out
}
