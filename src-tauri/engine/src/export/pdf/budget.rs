//! The budget lines as PDF tables: the lines with their function and art, a few years to a
//! table (as many as the page's width holds), the line totals in the last, and where the codes
//! come from. The hiring plan prints them in its appendix, the portfolio after its years.

use super::layout::{Align, Column, Layout, Row, GREY, H2, MARGIN_X, SMALL, TABLE};
use crate::{
    projection::budget::{BudgetCode, BudgetLines, BudgetRow, CodeOrigin},
    text::{amount, budget, Locale},
    units::Nok,
};

const FUNCTION_W: i64 = 46_000;
const ART_W: i64 = 42_000;
const LINE_W: i64 = 113_000;
const AMOUNT_W: i64 = 73_000;
/// The totals run to hundreds of millions for the largest plans, in bold.
const TOTAL_W: i64 = 90_000;

/// A code as its cell: the code, marked «*» when the user set it; «–» when none is set.
fn cell(code: &BudgetCode) -> String {
    match (&code.code, code.origin) {
        (Some(c), CodeOrigin::User) => format!("{c} *"),
        (Some(c), CodeOrigin::Chart | CodeOrigin::Unset) => c.clone(),
        (None, _) => "–".to_owned(),
    }
}

pub fn budget_lines(l: &mut Layout, locale: Locale, lines: &BudgetLines) {
    if lines.rows.is_empty() {
        return;
    }
    let b = budget::words(locale);
    let width = l.content_width();
    l.heading(H2, b.title, 60_000);
    let years: Vec<i32> = (lines.first_year..=lines.last_year).collect();
    let room = width - FUNCTION_W - ART_W - LINE_W;
    let per_table = usize::try_from(room / AMOUNT_W).unwrap_or(1).max(1);
    let total_fits = |years: usize| {
        i64::try_from(years)
            .unwrap_or(i64::MAX)
            .saturating_mul(AMOUNT_W)
            + TOTAL_W
            <= room
    };
    // Each table's amount columns: a few years, and the totals after the last years where they
    // fit beside them, or in a table of their own.
    let mut tables: Vec<Vec<Amounts>> = (0..years.len())
        .collect::<Vec<_>>()
        .chunks(per_table)
        .map(|c| c.iter().map(|&k| Amounts::Year(k)).collect())
        .collect();
    match tables.last_mut() {
        Some(last) if total_fits(last.len()) => last.push(Amounts::Total),
        _ => tables.push(vec![Amounts::Total]),
    }
    // The cost lines, their sum, then the income (the rows come in that order).
    let (costs, income): (Vec<&BudgetRow>, Vec<&BudgetRow>) =
        lines.rows.iter().partition(|r| !r.line.is_income());
    let n = |v: Nok| amount(locale, v.get());
    for table in &tables {
        let mut columns = vec![
            Column::new(b.col_function, FUNCTION_W, Align::Left),
            Column::new(b.col_art, ART_W, Align::Left),
            Column::new(b.col_line, LINE_W, Align::Left),
        ];
        columns.extend(table.iter().map(|a| match a {
            Amounts::Year(k) => Column::new(years[*k].to_string(), AMOUNT_W, Align::Right),
            Amounts::Total => Column::new(b.col_total, TOTAL_W, Align::Right),
        }));
        let line_row = |i: usize, r: &BudgetRow| {
            let mut cells = vec![
                cell(&r.function),
                cell(&r.art),
                budget::line(locale, r.line).to_owned(),
            ];
            cells.extend(table.iter().map(|a| n(a.of(r))));
            Row::new(cells).shaded(i % 2 == 1)
        };
        let mut rows: Vec<Row> = costs
            .iter()
            .enumerate()
            .map(|(i, r)| line_row(i, r))
            .collect();
        if !costs.is_empty() {
            let mut cells = vec![String::new(), String::new(), b.sum_costs.to_owned()];
            cells.extend(table.iter().map(|a| {
                Nok::sum_ore(costs.iter().map(|r| a.of(r))).map_or_else(|_| String::new(), n)
            }));
            rows.push(Row::new(cells).bold());
        }
        rows.extend(
            income
                .iter()
                .enumerate()
                .map(|(i, r)| line_row(costs.len() + i, r)),
        );
        l.table(&columns, &rows, TABLE);
        l.gap(6_000);
    }
    let mut notes = vec![
        format!(
            "* {}. – {}.",
            budget::origin(locale, CodeOrigin::User),
            budget::origin(locale, CodeOrigin::Unset)
        ),
        b.unset_note.to_owned(),
    ];
    if lines.chart_used {
        notes.insert(0, b.chart_note.clone());
    }
    for note in notes {
        l.paragraph_at(MARGIN_X, width, SMALL, GREY, &note);
    }
}

/// An amount column of a table: a year's (by its index), or the line's total.
#[derive(Clone, Copy)]
enum Amounts {
    Year(usize),
    Total,
}

impl Amounts {
    fn of(self, row: &BudgetRow) -> Nok {
        match self {
            Amounts::Year(k) => row.amounts[k],
            Amounts::Total => row.total,
        }
    }
}
