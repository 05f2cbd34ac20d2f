//! What the command-line tool prints: a projection as JSON, as CSV for a spreadsheet, or as a
//! table for the terminal. The binary in `src/bin/` only parses arguments and calls these.

use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::{
    export::pdf::{warning_text, Locale},
    format::nok,
    model::plan::Plan,
    projection::Projection,
};

/// The projection as pretty JSON, exactly what the app's `project_plan` command returns.
pub fn render_json(projection: &Projection) -> String {
    serde_json::to_string_pretty(projection).unwrap_or_default() + "\n"
}

/// Every line of the projection in long form, one row per year and line, for a spreadsheet:
/// `year;section;id;name;line;amount`. Semicolons and decimal commas, as Norwegian spreadsheets
/// expect; amounts without thousands separators.
pub fn render_csv(projection: &Projection) -> String {
    let mut out = String::from("år;del;id;navn;linje;beløp\n");
    let mut row = |year: i32, section: &str, id: &str, name: &str, line: &str, amount: Decimal| {
        let amount = format!("{amount:.2}").replace('.', ",");
        let _ = writeln!(
            out,
            "{year};{section};{};{};{line};{amount}",
            csv(id),
            csv(name)
        );
    };
    for (yi, y) in projection.years.iter().enumerate() {
        for p in &projection.positions {
            let l = &p.years[yi];
            for (line, v) in [
                ("kontraktslønn", l.contract_salary),
                ("arbeidet lønn", l.worked_salary),
                ("feriepenger", l.holiday_pay),
                ("pensjon", l.pension),
                ("arbeidsgiveravgift", l.aga),
                ("lønnskostnad", l.payroll_cost),
            ] {
                row(y.year, "stilling", &p.position_id, &p.title, line, v);
            }
        }
        for c in &projection.cost_items {
            row(
                y.year,
                "kostnad",
                &c.item_id,
                &c.name,
                "kostnad",
                c.years[yi].cost,
            );
        }
        for g in &projection.grants {
            row(
                y.year,
                "tilskudd",
                &g.grant_id,
                &g.name,
                "tilskudd",
                g.years[yi].amount,
            );
        }
        for (line, v) in [
            ("lønnskostnad", y.payroll_cost),
            ("andre kostnader", y.other_costs),
            ("total kostnad", y.total_cost),
            ("tilskudd", y.grants),
            ("netto for arbeidsgiver", y.net_cost),
            ("akkumulert netto", y.running_net_cost),
        ] {
            row(y.year, "sum", "", "", line, v);
        }
    }
    out
}

fn csv(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// A year-by-year table with totals, the funding cliff and the warnings.
pub fn render_table(plan: &Plan, projection: &Projection) -> String {
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
                nok(y.payroll_cost),
                nok(y.other_costs),
                nok(y.total_cost),
                nok(y.grants),
                nok(y.net_cost),
                nok(y.running_net_cost),
            ]
        })
        .collect();
    let t = &projection.totals;
    rows.push([
        "Sum".into(),
        nok(t.payroll_cost),
        nok(t.other_costs),
        nok(t.total_cost),
        nok(t.grants),
        nok(t.net_cost),
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
                nok(c.jump),
                nok(c.grant_drop)
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
