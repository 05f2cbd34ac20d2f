//! «År for år»: the year table summed from the working sheets.

use rust_xlsxwriter::Worksheet;

use super::{
    absolute, formula, fraction, header, num, page_setup, sheet_intro, Cx, FIRST_DATA_ROW,
    HEADER_ROW,
};
use crate::{error::Result, text};

pub(super) fn years(cx: &Cx, ws: &mut Worksheet) -> Result<()> {
    let w = cx.w;
    year_table(cx, ws, w.sheet_years, w.years_title, w.years_intro, true)
}

/// The year table on a sheet `name`: with `from_workings`, payroll, other costs and grants are
/// `SUMIF`s over the working sheets; without (a plan's sheet in a comparison), they are the
/// engine's figures. Totals, net cost, share and running totals are formulas either way.
pub(super) fn year_table(
    cx: &Cx,
    ws: &mut Worksheet,
    name: &str,
    title: &str,
    intro: &str,
    from_workings: bool,
) -> Result<()> {
    let (w, tw, st, pr) = (cx.w, cx.tw, &cx.st, cx.pr);
    let u = text::currency(cx.locale);
    let with_unit = |label: &str| format!("{label} ({u})");
    let labels = [
        tw.col_year.to_owned(),
        with_unit(tw.col_payroll),
        with_unit(tw.col_other),
        with_unit(tw.col_total),
        with_unit(tw.col_grants),
        with_unit(tw.col_net),
        tw.col_share.to_owned(),
        w.col_running_total.to_owned(),
        w.col_running_net.to_owned(),
    ];
    let columns: Vec<(&str, u16)> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), if i == 0 { 8 } else { 17 }))
        .collect();
    sheet_intro(cx, ws, name, title, intro, &columns)?;
    page_setup(cx, ws, Some(HEADER_ROW), 1)?;
    header(cx, ws, HEADER_ROW, &columns)?;
    ws.set_row_height(HEADER_ROW, 32)?;

    // SUMIF over a working sheet's year column and value column.
    let sum_if = |sheet: &str, count: usize, year_col: u16, value_col: u16, r: u32| {
        let (first, last) = (FIRST_DATA_ROW, cx.last_row(count));
        let range = |col| {
            format!(
                "{}{}:{}",
                Cx::sheet(sheet),
                absolute(first, col),
                absolute(last, col)
            )
        };
        format!(
            "=ROUND(SUMIF({},A{r},{}),2)",
            range(year_col),
            range(value_col)
        )
    };
    let plan = cx.plan;
    for (row, y) in (FIRST_DATA_ROW..).zip(&pr.years) {
        let r = row + 1;
        ws.write_number_with_format(row, 0, f64::from(y.year), &st.integer)?;
        let running = |col: &str, this: &str| {
            if row == FIRST_DATA_ROW {
                format!("={this}{r}")
            } else {
                format!("=ROUND({col}{}+{this}{r},2)", r - 1)
            }
        };
        let cells = [
            (
                1,
                sum_if(w.sheet_posts, plan.positions.len(), 1, 13, r),
                y.payroll_cost.get(),
                &st.kr,
            ),
            (
                2,
                sum_if(w.sheet_costs, plan.cost_items.len(), 2, 7, r),
                y.other_costs.get(),
                &st.kr,
            ),
            (
                3,
                format!("=ROUND(B{r}+C{r},2)"),
                y.total_cost.get(),
                &st.kr,
            ),
            (
                4,
                sum_if(w.sheet_grants, plan.grants.len(), 2, 6, r),
                y.grants.get(),
                &st.kr,
            ),
            (5, format!("=ROUND(D{r}-E{r},2)"), y.net_cost.get(), &st.kr),
            (
                6,
                format!("=IF(D{r}=0,0,ROUND(E{r}/D{r},4))"),
                fraction(y.grant_share_percent.get()),
                &st.percent,
            ),
            (7, running("H", "D"), y.running_total_cost.get(), &st.kr),
            (8, running("I", "F"), y.running_net_cost.get(), &st.kr),
        ];
        for (col, f, cached, format) in cells {
            if !from_workings && matches!(col, 1 | 2 | 4) {
                ws.write_number_with_format(row, col, num(cached), format)?;
            } else {
                ws.write_formula_with_format(row, col, formula(&f, cached), format)?;
            }
        }
    }
    let sum_row = cx.sum_row();
    ws.write_string_with_format(sum_row, 0, tw.sum, &st.bold)?;
    let totals = [
        pr.totals.payroll_cost.get(),
        pr.totals.other_costs.get(),
        pr.totals.total_cost.get(),
        pr.totals.grants.get(),
        pr.totals.net_cost.get(),
    ];
    for (col, total) in (1u16..).zip(totals) {
        let column = rust_xlsxwriter::utility::column_number_to_name(col);
        let f = format!(
            "=ROUND(SUM({column}{}:{column}{}),2)",
            FIRST_DATA_ROW + 1,
            sum_row
        );
        ws.write_formula_with_format(sum_row, col, formula(&f, total), &st.kr_bold)?;
    }
    for col in 6..=8 {
        ws.write_blank(sum_row, col, &st.bold)?;
    }
    Ok(())
}
