//! The projection as a table for the terminal: year by year with totals, the funding cliff and
//! the warnings.

use std::fmt::Write as _;

use crate::{
    model::plan::Plan,
    projection::Projection,
    text::{amount, terminal, warning_text, words::words, Locale},
};

/// A year-by-year table with totals, the funding cliff and the warnings, in `locale`'s words.
pub fn render(plan: &Plan, projection: &Projection, locale: Locale) -> String {
    let headers = terminal::headers(locale);
    let nok = |value: rust_decimal::Decimal| amount(locale, value);
    let mut rows: Vec<[String; 7]> = projection
        .years
        .iter()
        .map(|y| {
            [
                y.year.to_string(),
                nok(y.payroll_cost.get()),
                nok(y.other_costs.get()),
                nok(y.total_cost.get()),
                nok(y.grants.get()),
                nok(y.net_cost.get()),
                nok(y.running_net_cost.get()),
            ]
        })
        .collect();
    let t = &projection.totals;
    rows.push([
        words(locale).sum.into(),
        nok(t.payroll_cost.get()),
        nok(t.other_costs.get()),
        nok(t.total_cost.get()),
        nok(t.grants.get()),
        nok(t.net_cost.get()),
        String::new(),
    ]);
    let mut widths = headers.map(|h| h.chars().count());
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let _ = writeln!(out, "{}", plan.name);
    let years = terminal::years_line(locale, projection.first_year, projection.last_year);
    let _ = writeln!(out, "{years}\n");
    let line = |cells: &[String], out: &mut String| {
        let text: Vec<String> = cells
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (c, w))| {
                let pad = w - c.chars().count();
                if i == 0 {
                    format!("{c}{}", " ".repeat(pad))
                } else {
                    format!("{}{c}", " ".repeat(pad))
                }
            })
            .collect();
        let _ = writeln!(out, "{}", text.join("  ").trim_end());
    };
    line(&headers.map(String::from), &mut out);
    let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    let last = rows.len() - 1;
    for (i, r) in rows.iter().enumerate() {
        if i == last {
            line(&rule, &mut out);
        }
        line(r, &mut out);
    }
    out.push('\n');
    let cliff = projection
        .funding_cliff
        .as_ref()
        .map(|c| (c.year, c.jump.get(), c.grant_drop.get()));
    let _ = writeln!(out, "{}", terminal::cliff_line(locale, cliff));
    if let Some(year) = projection.employer_pays_in_full_from {
        let _ = writeln!(out, "{}", terminal::pays_in_full_line(locale, year));
    }
    for w in &projection.warnings {
        let warning = warning_text(locale, plan, w);
        let _ = writeln!(out, "{}", terminal::warning_line(locale, &warning));
    }
    out
}
