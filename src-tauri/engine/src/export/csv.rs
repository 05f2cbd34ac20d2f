//! The projection in long form for a spreadsheet: one row per year and line,
//! `år;del;id;navn;linje;beløp`, with semicolons and decimal commas as Norwegian spreadsheets
//! expect. The budget lines come last in each year: `del` is `budsjett`, `id` the art, `navn`
//! the line, `linje` the function (a code not set is empty).

use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::{
    model::plan::Plan,
    projection::{budget::budget_lines, Projection},
    text::{budget, Locale},
};

/// Every line of the projection in long form, one row per year and line, for a spreadsheet:
/// `year;section;id;name;line;amount`. Semicolons and decimal commas, as Norwegian spreadsheets
/// expect; amounts without thousands separators.
pub fn render(plan: &Plan, projection: &Projection) -> String {
    // A valid plan's sums cannot overflow; were they to, the file has no budget lines.
    let budget = budget_lines(plan, projection).ok();
    let mut out = String::from("år;del;id;navn;linje;beløp\n");
    let mut row = |year: i32, section: &str, id: &str, name: &str, line: &str, amount: Decimal| {
        let amount = self::amount(amount);
        let _ = writeln!(
            out,
            "{year};{section};{};{};{line};{amount}",
            text(id),
            text(name)
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
        for r in budget.iter().flat_map(|b| &b.rows) {
            row(
                y.year,
                "budsjett",
                r.art.code.as_deref().unwrap_or_default(),
                budget::line(Locale::Nb, r.line),
                &text(r.function.code.as_deref().unwrap_or_default()),
                r.amounts[yi].get(),
            );
        }
    }
    out
}

/// An amount as Norwegian spreadsheets read it: two decimals after a comma, no separators.
pub fn amount(value: Decimal) -> String {
    format!("{value:.2}").replace('.', ",")
}

/// The characters that make a spreadsheet run a cell as a formula when it starts with one:
/// OWASP's list for CSV injection, and the full-width forms some spreadsheets also take.
pub const FORMULA_START: [char; 10] = [
    '=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
];

/// A cell of text, as a spreadsheet shows it: text it would run as a formula (a post titled
/// `=HYPERLINK(…)`, a plan named `+cmd|…`, `@SUM(…)`) gets an apostrophe in front and quotes
/// (OWASP); text with a separator, a quote or a line break is quoted. Numbers are written by
/// [`amount`] and never come here, so a negative amount stays a number. The UI's tables put text
/// on the clipboard the same way (`ui/src/tableCopy.ts`).
pub fn text(text: &str) -> String {
    // Also after leading spaces, which a spreadsheet may trim on reading.
    let formula = text.trim_start_matches(' ').starts_with(FORMULA_START);
    if formula {
        format!("\"'{}\"", text.replace('"', "\"\""))
    } else if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_a_spreadsheet_would_run_is_written_as_text() {
        // OWASP: a cell starting with = + - @ a tab or a carriage return.
        assert_eq!(
            text(r#"=HYPERLINK("http://example.com";"Klikk")"#),
            r#""'=HYPERLINK(""http://example.com"";""Klikk"")""#
        );
        assert_eq!(text("+cmd|' /C calc'!A0"), r#""'+cmd|' /C calc'!A0""#);
        assert_eq!(text("@SUM(1+1)"), r#""'@SUM(1+1)""#);
        assert_eq!(text("-2+3"), r#""'-2+3""#);
        assert_eq!(text("\t=1"), "\"'\t=1\"");
        assert_eq!(text("\r=1"), "\"'\r=1\"");
        assert_eq!(text("\t1"), "\"'\t1\"");
        assert_eq!(text("\r1"), "\"'\r1\"");
        assert_eq!(text("  =1+1"), r#""'  =1+1""#);
        assert_eq!(text("\u{ff1d}1+1"), "\"'\u{ff1d}1+1\"");
        // Other text as it is, quoted only where it must be.
        assert_eq!(text("Erfaringskonsulent 1"), "Erfaringskonsulent 1");
        assert_eq!(text("a=b"), "a=b");
        assert_eq!(text("Kurs; reise"), r#""Kurs; reise""#);
        assert_eq!(text(r#"Sa «hei» og "ha""#), r#""Sa «hei» og ""ha""""#);
        assert_eq!(text(""), "");
        // A negative amount stays a number.
        assert_eq!(amount(Decimal::new(-123450, 2)), "-1234,50");
    }
}
