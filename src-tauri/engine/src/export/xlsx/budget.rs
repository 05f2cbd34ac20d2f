//! «Budsjettlinjer»: the costs split into the lines of a budget, each with its function and
//! art and where the code comes from; in a plan's workbook each amount is a formula over the
//! working sheets (the cells of the posts, costs and grants it adds up), in the portfolio's the
//! engine's figures; the line totals and the sum of the cost lines are formulas either way.

use rust_xlsxwriter::{utility::column_number_to_name, Worksheet};

use super::{formula, long_text, num, Cx, Styles, FIRST_DATA_ROW, HEADER_ROW};
use crate::{
    error::Result,
    model::cost_item::CostCategory,
    projection::budget::{BudgetLines, BudgetRow},
    rules::kostra::BudgetLine,
    text::{budget, Locale},
    units::Nok,
};

/// A plan's budget lines, as formulas over its working sheets.
pub(super) fn budget(cx: &Cx, ws: &mut Worksheet, lines: &BudgetLines) -> Result<()> {
    let (w, pr, plan) = (cx.w, cx.pr, cx.plan);
    let years = pr.years.len();
    let cell = |sheet: &str, item: usize, yi: usize, col: u16| {
        let row = FIRST_DATA_ROW + u32::try_from(item * years + yi).unwrap_or(0) + 1;
        format!("{}{}{row}", Cx::sheet(sheet), column_number_to_name(col))
    };
    let temporary = |pi: usize| plan.positions.get(pi).is_some_and(|p| p.is_temporary());
    let of_line = |row: &BudgetRow, yi: usize| -> Vec<String> {
        let posts = |pick: &dyn Fn(usize) -> bool, cols: &[u16]| {
            (0..pr.positions.len())
                .filter(|pi| pick(*pi))
                .flat_map(|pi| {
                    cols.iter()
                        .map(move |col| cell(w.sheet_posts, pi, yi, *col))
                })
                .collect::<Vec<_>>()
        };
        let costs = |category: CostCategory| {
            (0..pr.cost_items.len())
                .filter(|ci| pr.cost_items[*ci].category == category)
                .map(|ci| cell(w.sheet_costs, ci, yi, 7))
                .collect::<Vec<_>>()
        };
        match row.line {
            BudgetLine::FixedPay => posts(&|pi| !temporary(pi), &[8, 9]),
            BudgetLine::TemporaryPay => posts(&temporary, &[8, 9]),
            BudgetLine::Pension => posts(&|_| true, &[10]),
            BudgetLine::EmployerContribution => posts(&|_| true, &[12]),
            BudgetLine::Supervision => costs(CostCategory::Supervision),
            BudgetLine::Training => costs(CostCategory::Training),
            BudgetLine::Equipment => costs(CostCategory::Equipment),
            BudgetLine::Travel => costs(CostCategory::Travel),
            BudgetLine::Network => costs(CostCategory::Network),
            BudgetLine::OtherCosts => costs(CostCategory::Other),
            BudgetLine::Grants => (0..pr.grants.len())
                .map(|gi| cell(w.sheet_grants, gi, yi, 6))
                .collect(),
        }
    };
    write(ws, &cx.st, cx.locale, lines, &|row, yi| {
        let cells = of_line(row, yi);
        (!cells.is_empty()).then(|| format!("=ROUND({},2)", cells.join("+")))
    })
}

/// The sheet: title, what it is, the header (the years as numbers), a row per line, the cost
/// lines' sum, and the notes on where the codes come from. `amount` gives a line's formula for
/// a year, or `None` to write the engine's figure.
pub(super) fn write(
    ws: &mut Worksheet,
    st: &Styles,
    locale: Locale,
    lines: &BudgetLines,
    amount: &dyn Fn(&BudgetRow, usize) -> Option<String>,
) -> Result<()> {
    let b = budget::words(locale);
    ws.set_name(b.title)?;
    ws.set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0)
        .set_footer(super::words(locale).footer);
    let years: Vec<i32> = (lines.first_year..=lines.last_year).collect();
    let first_year_col: u16 = 4;
    let total_col = first_year_col + u16::try_from(years.len()).unwrap_or(0);
    let widths: Vec<u16> = [10, 10, 40, 16]
        .into_iter()
        .chain(years.iter().map(|_| 15))
        .chain([17])
        .collect();
    let across: usize = widths.iter().map(|w| usize::from(*w)).sum();
    ws.write_string_with_format(0, 0, b.title, &st.title)?;
    ws.set_row_height(0, 24)?;
    long_text(ws, 1, total_col, b.sheet_intro, &st.note, across.max(20))?;
    for (col, label) in (0u16..).zip([b.col_function, b.col_art, b.col_line, b.col_origin]) {
        ws.write_string_with_format(HEADER_ROW, col, label, &st.header)?;
    }
    for (col, year) in (first_year_col..).zip(&years) {
        ws.write_number_with_format(HEADER_ROW, col, f64::from(*year), &st.header)?;
    }
    ws.write_string_with_format(HEADER_ROW, total_col, b.col_total, &st.header)?;
    for (col, width) in (0u16..).zip(&widths) {
        ws.set_column_width(col, *width)?;
    }
    ws.set_freeze_panes(HEADER_ROW + 1, first_year_col)?;
    ws.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    let column = |col: u16| column_number_to_name(col);
    // The cost lines, their sum, then the income (the rows come in that order).
    let (costs, income): (Vec<&BudgetRow>, Vec<&BudgetRow>) =
        lines.rows.iter().partition(|r| !r.line.is_income());
    let mut row = FIRST_DATA_ROW;
    let line_row = |ws: &mut Worksheet, row: u32, r: &BudgetRow| -> Result<()> {
        let texts = [
            budget::code(&r.function),
            budget::code(&r.art),
            budget::line(locale, r.line).to_owned(),
            budget::origin(locale, r.art.origin).to_owned(),
        ];
        for (col, text) in (0u16..).zip(&texts) {
            ws.write_string_with_format(row, col, text, &st.text)?;
        }
        for (yi, (col, value)) in (first_year_col..).zip(&r.amounts).enumerate() {
            match amount(r, yi) {
                Some(f) => {
                    ws.write_formula_with_format(row, col, formula(&f, value.get()), &st.kr)?
                }
                None => ws.write_number_with_format(row, col, num(value.get()), &st.kr)?,
            };
        }
        let f = format!(
            "=ROUND(SUM({}{n}:{}{n}),2)",
            column(first_year_col),
            column(total_col - 1),
            n = row + 1
        );
        ws.write_formula_with_format(row, total_col, formula(&f, r.total.get()), &st.kr_bold)?;
        Ok(())
    };
    for r in &costs {
        line_row(ws, row, r)?;
        row += 1;
    }
    if !costs.is_empty() {
        sum_costs(ws, st, &costs, row, first_year_col, total_col, b.sum_costs)?;
        row += 1;
    }
    for r in &income {
        line_row(ws, row, r)?;
        row += 1;
    }
    let mut notes = Vec::new();
    if lines.chart_used {
        notes.push(b.chart_note.as_str());
    }
    notes.push(b.unset_note);
    for (i, note) in (row + 1..).zip(notes) {
        long_text(ws, i, total_col, note, &st.note, across.max(20))?;
    }
    Ok(())
}

/// The row that adds up the cost lines above it (from the first data row), each year and in all.
fn sum_costs(
    ws: &mut Worksheet,
    st: &Styles,
    costs: &[&BudgetRow],
    sum_row: u32,
    first_year_col: u16,
    total_col: u16,
    label: &str,
) -> Result<()> {
    ws.write_string_with_format(sum_row, 2, label, &st.bold)?;
    for (k, col) in (first_year_col..=total_col).enumerate() {
        let cached = if col == total_col {
            Nok::sum_ore(costs.iter().map(|r| r.total))?
        } else {
            Nok::sum_ore(costs.iter().map(|r| r.amounts[k]))?
        };
        let name = column_number_to_name(col);
        let f = format!(
            "=ROUND(SUM({name}{}:{name}{}),2)",
            FIRST_DATA_ROW + 1,
            sum_row
        );
        ws.write_formula_with_format(sum_row, col, formula(&f, cached.get()), &st.kr_bold)?;
    }
    Ok(())
}
