//! «Oppsummering»: the plan at a glance, its figures pointing at the sheets that work them out.

use rust_decimal::Decimal;
use rust_xlsxwriter::Worksheet;

use super::{absolute, formula, fraction, long_text, page_setup, set_lines, Cx};
use crate::{
    error::Result,
    text::{self, words as text_words},
};

pub(super) fn summary(cx: &Cx, ws: &mut Worksheet) -> Result<()> {
    let (w, tw, st, pr, plan) = (cx.w, cx.tw, &cx.st, cx.pr, cx.plan);
    ws.set_name(w.sheet_summary)?;
    ws.set_column_width(0, 46)?;
    ws.set_column_width(1, 26)?;
    ws.set_column_width(2, 80)?;
    page_setup(cx, ws, None, 0)?;
    ws.write_string_with_format(0, 0, tw.doc_title, &st.small_title)?;
    ws.write_string_with_format(1, 0, plan.name.trim(), &st.title)?;
    ws.set_row_height(1, 24)?;
    let info = cx.report.info;
    let changed = info
        .last_changed
        .as_deref()
        .map(|d| crate::text::date(cx.locale, d));
    let facts = [
        (tw.organisation, plan.organisation.name.trim().to_owned()),
        (w.period, format!("{}–{}", pr.first_year, pr.last_year)),
        (tw.date, crate::text::date(cx.locale, &info.today)),
        (
            tw.version,
            text_words::version(
                cx.locale,
                &info.app_version,
                plan.schema_version,
                changed.as_deref(),
            ),
        ),
    ];
    let mut row = 3;
    for (label, value) in facts {
        ws.write_string_with_format(row, 0, label, &st.text)?;
        ws.write_string_with_format(row, 1, &value, &st.text)?;
        row += 1;
    }

    row += 1;
    ws.write_string_with_format(row, 0, w.key_figures, &st.heading)?;
    row += 1;
    let years = Cx::sheet(w.sheet_years);
    let sum_row = cx.sum_row();
    let totals = [
        (
            text_words::total_cost_label(cx.locale, pr.first_year, pr.last_year),
            3,
            pr.totals.total_cost.get(),
        ),
        (tw.grants.to_owned(), 4, pr.totals.grants.get()),
        (tw.net_cost.to_owned(), 5, pr.totals.net_cost.get()),
    ];
    for (label, col, value) in totals {
        ws.write_string_with_format(
            row,
            0,
            format!("{label} ({})", text::currency(cx.locale)),
            &st.text,
        )?;
        let f = format!("={years}{}", absolute(sum_row, col));
        ws.write_formula_with_format(row, 1, formula(&f, value), &st.kr)?;
        row += 1;
    }
    let cliff = text_words::cliff_text(cx.locale, pr);
    let pays = text_words::pays_in_full_text(cx.locale, pr);
    for (label, value) in [(tw.cliff, cliff), (tw.pays_in_full, pays)] {
        ws.write_string_with_format(row, 0, label, &st.text)?;
        ws.write_string_with_format(row, 1, &value, &st.text)?;
        row += 1;
    }
    let posts = plan.positions.len();
    ws.write_string_with_format(row, 0, w.posts, &st.text)?;
    ws.write_number_with_format(
        row,
        1,
        f64::from(u32::try_from(posts).unwrap_or(0)),
        &st.integer,
    )?;
    row += 1;
    ws.write_string_with_format(row, 0, w.full_time_equivalents, &st.text)?;
    let fte: Decimal = plan
        .positions
        .iter()
        .map(|p| fraction(p.fte_percent.get()))
        .sum();
    if posts == 0 {
        ws.write_number_with_format(row, 1, 0.0, &st.number)?;
    } else {
        let inputs = Cx::sheet(w.sheet_inputs);
        let f = format!(
            "=SUM({inputs}{}:{})",
            absolute(cx.post_input_row(0), 2),
            absolute(cx.post_input_row(posts - 1), 2),
        );
        ws.write_formula_with_format(row, 1, formula(&f, fte), &st.number)?;
    }
    row += 1;
    long_text(ws, row, 2, w.live_note, &st.note, 140)?;

    row += 2;
    ws.write_string_with_format(row, 0, tw.warnings, &st.heading)?;
    row += 1;
    if pr.warnings.is_empty() {
        ws.write_string_with_format(row, 0, tw.no_warnings, &st.text)?;
        row += 1;
    }
    for warning in &pr.warnings {
        let text = format!("• {}", text::warning_text(cx.locale, plan, warning));
        long_text(ws, row, 2, &text, &st.wrap, 140)?;
        row += 1;
    }

    row += 1;
    ws.write_string_with_format(row, 0, tw.assumptions, &st.heading)?;
    row += 1;
    for (col, label) in (0u16..).zip([w.col_assumption, w.col_value, w.col_source]) {
        ws.write_string_with_format(row, col, label, &st.header)?;
    }
    row += 1;
    for cells in crate::export::assumptions::rows(plan, pr, cx.locale) {
        let lines = [(&cells[0], 44), (&cells[1], 24), (&cells[2], 76)]
            .iter()
            .map(|(text, per_line)| text.chars().count().div_ceil(*per_line))
            .max()
            .unwrap_or(1)
            .max(1);
        for (col, value) in (0u16..).zip(&cells) {
            ws.write_string_with_format(row, col, value, &st.wrap)?;
        }
        set_lines(ws, row, lines)?;
        row += 1;
    }

    row += 1;
    ws.write_string_with_format(row, 0, w.how_built, &st.heading)?;
    row += 1;
    for line in [
        w.how_inputs,
        w.how_posts,
        w.how_grants,
        w.how_costs,
        w.how_years,
    ] {
        long_text(ws, row, 2, &format!("• {line}"), &st.wrap, 140)?;
        row += 1;
    }
    ws.set_active(true);
    Ok(())
}
