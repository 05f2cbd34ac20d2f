//! A comparison of alternatives as a table for the terminal, as CSV for a spreadsheet, and as
//! JSON (exactly what the app's command returns). The PDF is in `pdf::comparison`.

use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::{
    compare::{stress::StressResult, Comparison, FigureUnit},
    text::{
        comparison::{comparison_words, difference_from},
        Locale,
    },
};

use super::TextFormat;

/// The comparison exactly as the app's `compare_plans` command returns it, as pretty JSON.
pub fn json(comparison: &Comparison) -> String {
    serde_json::to_string_pretty(comparison).unwrap_or_default() + "\n"
}

/// «Hva om …» as a table (the hiring plan's PDF has it too), CSV or JSON.
pub fn what_if(results: &[StressResult], format: TextFormat, locale: Locale) -> String {
    let w = comparison_words(locale);
    let header = vec![
        w.col_scenario.to_owned(),
        w.col_extra_total.to_owned(),
        w.col_worst_year.to_owned(),
    ];
    match format {
        TextFormat::Json => serde_json::to_string_pretty(results).unwrap_or_default() + "\n",
        TextFormat::Table => {
            let mut rows = vec![header];
            rows.extend(results.iter().map(|r| {
                vec![
                    r.label.clone(),
                    r.extra_net_cost_text.clone(),
                    r.worst_year_text.clone(),
                ]
            }));
            let mut out = format!("{}\n\n", w.what_if);
            write_table(&mut out, &rows);
            out
        }
        TextFormat::Csv => {
            let money = super::csv::amount;
            let mut out = String::new();
            let mut header = header;
            header.push(w.year.to_owned());
            let header: Vec<String> = header.iter().map(|h| super::csv::text(h)).collect();
            let _ = writeln!(out, "{}", header.join(";"));
            for r in results {
                let _ = writeln!(
                    out,
                    "{};{};{};{}",
                    super::csv::text(&r.label),
                    money(r.extra_net_cost.get()),
                    money(r.worst_year_extra.get()),
                    r.worst_year.map_or_else(String::new, |y| y.to_string())
                );
            }
            out
        }
    }
}

/// The column headings: the base with its role, then each alternative and its difference.
fn plan_columns(c: &Comparison, locale: Locale) -> Vec<String> {
    let w = comparison_words(locale);
    let base = c.plans.first().map(|p| p.name.as_str()).unwrap_or_default();
    let mut cols = Vec::new();
    for (i, plan) in c.plans.iter().enumerate() {
        if i == 0 {
            cols.push(format!("{} ({})", plan.name, w.base));
        } else {
            cols.push(plan.name.clone());
            cols.push(difference_from(locale, base));
        }
    }
    cols
}

/// The comparison for a terminal: the key figures, then the years, in columns.
pub fn table(c: &Comparison, locale: Locale) -> String {
    let w = comparison_words(locale);
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", w.title);
    if !c.same_years {
        let _ = writeln!(out, "{}\n", w.different_years);
    }
    let mut header = vec![w.figure.to_owned()];
    header.extend(plan_columns(c, locale));
    let mut rows = vec![header];
    for f in &c.figures {
        let mut row = vec![f.label.clone()];
        for (i, (value, difference)) in f.value_texts.iter().zip(&f.difference_texts).enumerate() {
            row.push(value.clone());
            if i > 0 {
                row.push(difference.clone());
            }
        }
        rows.push(row);
    }
    write_table(&mut out, &rows);

    let _ = writeln!(out, "\n{}\n", w.net_cost_by_year);
    let mut header = vec![w.year.to_owned()];
    header.extend(plan_columns(c, locale));
    let mut rows = vec![header];
    for y in &c.years {
        let mut row = vec![y.year.to_string()];
        for (i, (net, difference)) in y.net_cost_texts.iter().zip(&y.difference_texts).enumerate() {
            row.push(net.clone());
            if i > 0 {
                row.push(difference.clone());
            }
        }
        rows.push(row);
    }
    write_table(&mut out, &rows);

    let _ = writeln!(out, "\n{}", w.what_differs);
    for (plan, changes) in c.plans.iter().zip(&c.changes).skip(1) {
        let _ = writeln!(out, "\n{}:", plan.name);
        if changes.is_empty() {
            let _ = writeln!(out, "  {}", w.no_changes);
        }
        for change in changes {
            let _ = writeln!(out, "  – {change}");
        }
    }
    out
}

/// Rows with the first column left-aligned and the others right-aligned, two spaces apart.
pub(crate) fn write_table(out: &mut String, rows: &[Vec<String>]) {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for (n, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, width))| {
                let pad = " ".repeat(width - cell.chars().count());
                if i == 0 {
                    format!("{cell}{pad}")
                } else {
                    format!("{pad}{cell}")
                }
            })
            .collect();
        let _ = writeln!(out, "{}", cells.join("  ").trim_end());
        if n == 0 {
            let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
            let _ = writeln!(out, "{}", rule.join("  "));
        }
    }
}

/// Semicolons and decimal commas, as Norwegian spreadsheets expect, numbers without thousands
/// separators or units: the key figures (a value column per plan, then the difference and its
/// percentage per alternative), a blank line, and the net cost year by year.
pub fn csv(c: &Comparison, locale: Locale) -> String {
    let w = comparison_words(locale);
    let number = |v: Decimal| v.normalize().to_string().replace('.', ",");
    let money = super::csv::amount;
    let base = c.plans.first().map(|p| p.name.as_str()).unwrap_or_default();
    let text = super::csv::text;
    let mut header = vec![text(w.figure)];
    for (i, plan) in c.plans.iter().enumerate() {
        header.push(text(&plan.name));
        if i > 0 {
            header.push(text(&difference_from(locale, base)));
            header.push(text(&format!("{} %", difference_from(locale, base))));
        }
    }
    let mut out = String::new();
    // Every cell comes here written: a text by `text`, a number as a spreadsheet reads it.
    let line = |cells: &[String], out: &mut String| {
        let _ = writeln!(out, "{}", cells.join(";"));
    };
    line(&header, &mut out);
    for f in &c.figures {
        let write = |v: Decimal| match f.unit {
            FigureUnit::Kroner => money(v),
            FigureUnit::Year
            | FigureUnit::Count
            | FigureUnit::FullTimeEquivalents
            | FigureUnit::Hours => number(v),
        };
        let mut row = vec![text(&f.label)];
        for (i, value) in f.values.iter().enumerate() {
            row.push(value.map_or_else(String::new, |v| write(v.get())));
            if i > 0 {
                let d = f.differences[i].as_ref();
                row.push(d.map_or_else(String::new, |d| write(d.amount.get())));
                row.push(
                    d.and_then(|d| d.percent)
                        .map_or_else(String::new, |p| number(p.get())),
                );
            }
        }
        line(&row, &mut out);
    }
    out.push('\n');
    let mut header = vec![text(w.year)];
    for (i, plan) in c.plans.iter().enumerate() {
        header.push(text(&plan.name));
        if i > 0 {
            header.push(text(&difference_from(locale, base)));
        }
    }
    line(&header, &mut out);
    for y in &c.years {
        let mut row = vec![y.year.to_string()];
        for (i, net) in y.net_cost.iter().enumerate() {
            row.push(net.map_or_else(String::new, |n| money(n.get())));
            if i > 0 {
                row.push(y.differences[i].map_or_else(String::new, |d| money(d.get())));
            }
        }
        line(&row, &mut out);
    }
    out
}
