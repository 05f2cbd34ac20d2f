//! The budget lines as PDF tables: the lines with their function and art, a few years to a
//! table (as many as the page's width holds), the line totals in the last, and where the codes
//! come from. The hiring plan prints them in its appendix, the portfolio after its years.

use super::layout::{Align, Column, Layout, Row, GREY, H2, MARGIN_X, SMALL, TABLE};
use crate::{
    projection::budget::{BudgetCode, BudgetLines, CodeOrigin},
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
    let costs: Vec<_> = lines.rows.iter().filter(|r| !r.line.is_income()).collect();
    let chunks: Vec<&[i32]> = years.chunks(per_table).collect();
    let last = chunks.len().saturating_sub(1);
    for (ci, chunk) in chunks.iter().enumerate() {
        let offset = ci * per_table;
        let mut columns = vec![
            Column::new(b.col_function, FUNCTION_W, Align::Left),
            Column::new(b.col_art, ART_W, Align::Left),
            Column::new(b.col_line, LINE_W, Align::Left),
        ];
        columns.extend(
            chunk
                .iter()
                .map(|y| Column::new(y.to_string(), AMOUNT_W, Align::Right)),
        );
        // The line totals after the last years, when they fit beside them.
        let with_total = ci == last && total_fits(chunk.len());
        if with_total {
            columns.push(Column::new(b.col_total, TOTAL_W, Align::Right));
        }
        let n = |v: Nok| amount(locale, v.get());
        let mut rows = Vec::new();
        for (i, r) in lines.rows.iter().enumerate() {
            if r.line.is_income() && i == costs.len() {
                rows.push(sum_row(&costs, chunk, offset, with_total, b.sum_costs, &n));
            }
            let mut cells = vec![
                cell(&r.function),
                cell(&r.art),
                budget::line(locale, r.line).to_owned(),
            ];
            cells.extend(
                r.amounts[offset..offset + chunk.len()]
                    .iter()
                    .map(|a| n(*a)),
            );
            if with_total {
                cells.push(n(r.total));
            }
            rows.push(Row::new(cells).shaded(i % 2 == 1));
        }
        if costs.len() == lines.rows.len() {
            rows.push(sum_row(&costs, chunk, offset, with_total, b.sum_costs, &n));
        }
        l.table(&columns, &rows, TABLE);
        l.gap(6_000);
    }
    if chunks.last().is_some_and(|c| !total_fits(c.len())) {
        // No room for the totals beside the last years: a table of their own.
        let columns = [
            Column::new(b.col_function, FUNCTION_W, Align::Left),
            Column::new(b.col_art, ART_W, Align::Left),
            Column::new(b.col_line, LINE_W, Align::Left),
            Column::new(b.col_total, TOTAL_W, Align::Right),
        ];
        let rows: Vec<Row> = lines
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                Row::new(vec![
                    cell(&r.function),
                    cell(&r.art),
                    budget::line(locale, r.line).to_owned(),
                    amount(locale, r.total.get()),
                ])
                .shaded(i % 2 == 1)
            })
            .collect();
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

/// The sum of the cost lines, for the years of one table (and in all, with the totals).
fn sum_row(
    costs: &[&crate::projection::budget::BudgetRow],
    chunk: &[i32],
    offset: usize,
    with_total: bool,
    label: &str,
    n: &dyn Fn(Nok) -> String,
) -> Row {
    let sum = |f: &dyn Fn(&crate::projection::budget::BudgetRow) -> Nok| {
        Nok::sum_ore(costs.iter().map(|r| f(r))).map_or_else(|_| String::new(), n)
    };
    let mut cells = vec![String::new(), String::new(), label.to_owned()];
    cells.extend((0..chunk.len()).map(|k| sum(&|r| r.amounts[offset + k])));
    if with_total {
        cells.push(sum(&|r| r.total));
    }
    Row::new(cells).bold()
}
