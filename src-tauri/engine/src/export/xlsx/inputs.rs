//! «Forutsetninger»: every input the formulas use, in yellow cells a reader may change.

use rust_xlsxwriter::Worksheet;

use super::{fraction, long_text, num, page_setup, Cx, AGA_FIRST_ROW};
use crate::{
    error::Result,
    text::{self, words as text_words},
};

pub(super) fn inputs(cx: &Cx, ws: &mut Worksheet) -> Result<()> {
    let (w, tw, st, pr, plan) = (cx.w, cx.tw, &cx.st, cx.pr, cx.plan);
    ws.set_name(w.sheet_inputs)?;
    page_setup(cx, ws, None, 0)?;
    for (col, width) in [
        (0u16, 40u16),
        (1, 18),
        (2, 16),
        (3, 12),
        (4, 13),
        (5, 12),
        (6, 12),
        (7, 12),
    ] {
        ws.set_column_width(col, width)?;
    }
    ws.write_string_with_format(0, 0, w.sheet_inputs, &st.title)?;
    ws.set_row_height(0, 24)?;
    long_text(ws, 1, 7, w.inputs_intro, &st.note, 120)?;
    long_text(ws, 2, 7, w.inputs_fixed, &st.note, 120)?;

    ws.write_string_with_format(4, 0, w.growth, &st.heading)?;
    for (col, label) in (0u16..).zip([w.col_assumption, w.col_value, w.col_source]) {
        ws.write_string_with_format(5, col, label, &st.header)?;
    }
    ws.write_string_with_format(6, 0, w.wage_growth, &st.text)?;
    ws.write_number_with_format(
        6,
        1,
        num(fraction(plan.wage_growth_percent.get())),
        &st.input_percent,
    )?;
    ws.write_string_with_format(6, 2, tw.assumption_editable, &st.text)?;
    ws.write_string_with_format(7, 0, w.price_growth, &st.text)?;
    ws.write_number_with_format(
        7,
        1,
        num(fraction(plan.price_growth_percent.get())),
        &st.input_percent,
    )?;
    ws.write_string_with_format(7, 2, tw.assumption_editable, &st.text)?;
    ws.write_string_with_format(8, 0, w.regulation_month, &st.text)?;
    ws.write_string_with_format(
        8,
        1,
        text_words::month_name(cx.locale, plan.regulation_month),
        &st.text,
    )?;
    ws.write_string_with_format(8, 2, w.from_the_app, &st.text)?;

    ws.write_string_with_format(AGA_FIRST_ROW - 2, 0, w.aga_heading, &st.heading)?;
    for (col, label) in (0u16..).zip([tw.col_year, w.col_rate, w.col_zone, w.col_source]) {
        ws.write_string_with_format(AGA_FIRST_ROW - 1, col, label, &st.header)?;
    }
    for (row, aga) in (AGA_FIRST_ROW..).zip(&pr.aga) {
        ws.write_number_with_format(row, 0, f64::from(aga.year), &st.integer)?;
        ws.write_number_with_format(
            row,
            1,
            num(fraction(aga.rate_percent.get())),
            &st.input_percent,
        )?;
        ws.write_string_with_format(row, 2, aga.zone.as_str(), &st.text)?;
        let named = text::in_language(cx.locale, &aga.source, &aga.source_en);
        let source = if aga.overridden {
            tw.aga_overridden.to_owned()
        } else if aga.assumed {
            format!("{named} {}", tw.aga_carried)
        } else {
            named.to_owned()
        };
        ws.write_string_with_format(row, 3, &source, &st.text)?;
    }

    let first = cx.post_input_row(0);
    ws.write_string_with_format(first - 2, 0, w.posts_heading, &st.heading)?;
    for (col, label) in (0u16..).zip([
        w.col_post,
        w.col_salary,
        w.col_fte,
        w.col_holiday_weeks,
        w.col_holiday_pay,
        w.col_pension,
        w.col_start,
        w.col_end,
    ]) {
        ws.write_string_with_format(first - 1, col, label, &st.header)?;
    }
    ws.set_row_height(first - 1, 32)?;
    for (pi, p) in plan.positions.iter().enumerate() {
        let row = cx.post_input_row(pi);
        ws.write_string_with_format(
            row,
            0,
            text::position_label(cx.locale, pi + 1, &p.title),
            &st.wrap,
        )?;
        ws.write_number_with_format(row, 1, num(p.annual_salary.get()), &st.input_kr)?;
        ws.write_number_with_format(
            row,
            2,
            num(fraction(p.fte_percent.get())),
            &st.input_percent,
        )?;
        ws.write_number_with_format(row, 3, num(p.holiday_weeks), &st.input_number)?;
        ws.write_number_with_format(
            row,
            4,
            num(fraction(p.holiday_pay_percent.get())),
            &st.input_percent,
        )?;
        ws.write_number_with_format(
            row,
            5,
            num(fraction(p.pension_percent.get())),
            &st.input_percent,
        )?;
        ws.write_string_with_format(row, 6, text_words::year_month(cx.locale, p.start), &st.text)?;
        let end = p
            .end
            .map(|e| text_words::year_month(cx.locale, e))
            .unwrap_or_else(|| w.permanent.to_owned());
        ws.write_string_with_format(row, 7, &end, &st.text)?;
    }
    Ok(())
}
