//! The projection in long form for a spreadsheet: one row per year and line,
//! `år;del;id;navn;linje;beløp`, with semicolons and decimal commas as Norwegian spreadsheets
//! expect.

use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::projection::Projection;

/// Every line of the projection in long form, one row per year and line, for a spreadsheet:
/// `year;section;id;name;line;amount`. Semicolons and decimal commas, as Norwegian spreadsheets
/// expect; amounts without thousands separators.
pub fn render(projection: &Projection) -> String {
    let mut out = String::from("år;del;id;navn;linje;beløp\n");
    let mut row = |year: i32, section: &str, id: &str, name: &str, line: &str, amount: Decimal| {
        let amount = self::amount(amount);
        let _ = writeln!(
            out,
            "{year};{section};{};{};{line};{amount}",
            cell(id),
            cell(name)
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
                row(y.year, "stilling", &p.position_id, &p.title, line, v.get());
            }
        }
        for c in &projection.cost_items {
            row(
                y.year,
                "kostnad",
                &c.item_id,
                &c.name,
                "kostnad",
                (c.years[yi].cost).get(),
            );
        }
        for g in &projection.grants {
            row(
                y.year,
                "tilskudd",
                &g.grant_id,
                &g.name,
                "tilskudd",
                (g.years[yi].amount).get(),
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
            row(y.year, "sum", "", "", line, v.get());
        }
    }
    out
}

/// An amount as Norwegian spreadsheets read it: two decimals after a comma, no separators.
pub(super) fn amount(value: Decimal) -> String {
    format!("{value:.2}").replace('.', ",")
}

/// A CSV cell, quoted when it holds a separator, a quote or a line break.
pub(super) fn cell(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
