//! «Stillinger»: the payroll per post and year, as formulas over the inputs.

use rust_xlsxwriter::Worksheet;

use super::{formula, fraction, header, page_setup, sheet_intro, Cx, FIRST_DATA_ROW, HEADER_ROW};
use crate::{
    error::{EngineError, Result},
    text::{self},
};

pub(super) fn posts(cx: &Cx, ws: &mut Worksheet) -> Result<()> {
    let (w, st, pr) = (cx.w, &cx.st, cx.pr);
    let columns = [
        (w.col_post, 44),
        (cx.tw.col_year, 7),
        (w.col_months, 9),
        (w.col_months_1, 9),
        (w.col_raises_1, 10),
        (w.col_months_2, 9),
        (w.col_raises_2, 10),
        (w.col_contract, 15),
        (w.col_worked, 15),
        (w.col_holiday_amount, 14),
        (w.col_pension_amount, 14),
        (w.col_aga_rate, 9),
        (w.col_aga, 17),
        (w.col_payroll, 15),
    ];
    sheet_intro(
        cx,
        ws,
        w.sheet_posts,
        w.posts_title,
        w.posts_intro,
        &columns,
    )?;
    page_setup(cx, ws, Some(HEADER_ROW), 2)?;
    header(cx, ws, HEADER_ROW, &columns)?;
    ws.set_row_height(HEADER_ROW, 32)?;
    let (wage, mut row) = (w.name_wage_growth, FIRST_DATA_ROW);
    for (pi, (p, post)) in cx.plan.positions.iter().zip(&pr.positions).enumerate() {
        let label = text::position_label(cx.locale, pi + 1, &p.title);
        let name = |what| cx.name_of(pi, what);
        let (salary, fte, weeks, holiday, pension) = (
            name(w.name_salary),
            name(w.name_fte),
            name(w.name_holiday_weeks),
            name(w.name_holiday_pay),
            name(w.name_pension),
        );
        for (y, aga) in post.years.iter().zip(&pr.aga) {
            let r = row + 1;
            let segments = &y.derivation.salary_segments;
            if segments.len() > 2 {
                return Err(EngineError::Xlsx(format!(
                    "{label} {}: more than two salary levels in a year",
                    y.year
                )));
            }
            let part = |i: usize| {
                segments
                    .get(i)
                    .map_or((0, 0), |s| (s.months, s.regulation_steps))
            };
            let ((m1, s1), (m2, s2)) = (part(0), part(1));
            ws.write_string_with_format(row, 0, &label, &st.text)?;
            ws.write_number_with_format(row, 1, f64::from(y.year), &st.integer)?;
            for (col, value) in [(2, y.months_active), (3, m1), (4, s1), (5, m2), (6, s2)] {
                ws.write_number_with_format(row, col, f64::from(value), &st.integer)?;
            }
            let lines = [
                (
                    7,
                    format!(
                        "=ROUND({salary}*{fte}*(D{r}*(1+{wage})^E{r}+F{r}*(1+{wage})^G{r})/12,2)"
                    ),
                    y.contract_salary.get(),
                ),
                (
                    8,
                    format!("=ROUND(H{r}*(52-{weeks})/52,2)"),
                    y.worked_salary.get(),
                ),
                (9, format!("=ROUND(I{r}*{holiday},2)"), y.holiday_pay.get()),
                (10, format!("=ROUND(H{r}*{pension},2)"), y.pension.get()),
            ];
            for (col, f, cached) in lines {
                ws.write_formula_with_format(row, col, formula(&f, cached), &st.kr)?;
            }
            ws.write_formula_with_format(
                row,
                11,
                formula(
                    &format!("={}", cx.aga_name(aga.year)),
                    fraction(aga.rate_percent.get()),
                ),
                &st.percent,
            )?;
            ws.write_formula_with_format(
                row,
                12,
                formula(&format!("=ROUND((I{r}+J{r}+K{r})*L{r},2)"), y.aga.get()),
                &st.kr,
            )?;
            ws.write_formula_with_format(
                row,
                13,
                formula(
                    &format!("=ROUND(I{r}+J{r}+K{r}+M{r},2)"),
                    y.payroll_cost.get(),
                ),
                &st.kr,
            )?;
            row += 1;
        }
    }
    if pr.positions.is_empty() {
        ws.write_string_with_format(FIRST_DATA_ROW, 0, cx.tw.positions_none, &st.text)?;
    }
    Ok(())
}
