//! The projection as a table for the terminal: year by year with totals, the funding cliff and
//! the warnings.

use std::fmt::Write as _;

use crate::{
    format::nok,
    model::plan::Plan,
    projection::Projection,
    text::{warning_text, Locale},
};

/// A year-by-year table with totals, the funding cliff and the warnings.
pub fn render(plan: &Plan, projection: &Projection) -> String {
    let headers = [
        "År",
        "Lønnskostnad",
        "Andre kostnader",
        "Total kostnad",
        "Tilskudd",
        "Netto arbeidsgiver",
        "Akkumulert netto",
    ];
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
        "Sum".into(),
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
    let _ = writeln!(
        out,
        "Budsjettår {}–{}, beløp i kroner\n",
        projection.first_year, projection.last_year
    );
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
    match &projection.funding_cliff {
        Some(c) => {
            let _ = writeln!(
                out,
                "Finansieringsstup: {} – netto kostnad øker med {} kr, og tilskuddet er {} kr lavere enn året før.",
                c.year,
                nok(c.jump.get()),
                nok(c.grant_drop.get())
            );
        }
        None => out.push_str("Finansieringsstup: ingen i planperioden.\n"),
    }
    if let Some(year) = projection.employer_pays_in_full_from {
        let _ = writeln!(out, "Arbeidsgiver betaler alt selv fra {year}.");
    }
    for w in &projection.warnings {
        let _ = writeln!(out, "Advarsel: {}", warning_text(Locale::Nb, plan, w));
    }
    out
}
