//! The portfolio as a workbook for the budget officer: one sheet per plan counted (its year
//! table, as in a comparison) and a first sheet that adds them up year by year with formulas
//! over those sheets, each cached with the engine's figure, so LibreOffice and Excel show the
//! engine's numbers to the øre and a changed figure on a plan's sheet flows into the totals.
//! Last, the plans' budget lines added up by function, line and art.

use rust_xlsxwriter::{utility::column_number_to_name, DocProperties, Workbook, Worksheet};

use super::{
    absolute, comparison::sheet_name, created, formula, long_text, num, year_table, Cx, Styles,
    FIRST_DATA_ROW,
};
use crate::{
    compare::NamedPlan,
    error::Result,
    export::{DocumentInfo, Report},
    portfolio::{portfolio_projected, Portfolio},
    projection::Projection,
    text::{self, portfolio::words as portfolio_words, words as text_words, workbook},
};

/// The row of the portfolio sheet's header; the years start below it.
const HEADER: u32 = 3;

/// `plans` added up, as the bytes of an `.xlsx` file. A plan with an error is left out and
/// listed on the first sheet.
///
/// # Errors
/// What [`crate::portfolio::portfolio`] reports, an invalid `info.today`, or
/// [`crate::EngineError::Xlsx`].
pub fn render_portfolio(plans: &[NamedPlan], info: &DocumentInfo) -> Result<Vec<u8>> {
    let locale = info.locale;
    let (p, counted) = portfolio_projected(plans, locale)?;
    let pw = portfolio_words(locale);
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(pw.title)
            .set_author("Erfaringsplan")
            .set_creation_datetime(&created(&info.today)?),
    );
    let names: Vec<String> = p
        .plans
        .iter()
        .enumerate()
        .map(|(i, plan)| sheet_name(i, &plan.name))
        .collect();
    portfolio_sheet(&p, &counted, &names, info, book.add_worksheet())?;
    let reports: Vec<Report> = counted
        .iter()
        .map(|(named, projection)| Report {
            plan: &named.plan,
            projection,
            info,
        })
        .collect();
    let w = workbook::words(locale);
    for ((report, name), plan) in reports.iter().zip(&names).zip(&p.plans) {
        let cx = Cx::new(report);
        year_table(
            &cx,
            book.add_worksheet(),
            name,
            plan.name.trim(),
            w.plan_sheet_portfolio,
            false,
        )?;
    }
    if !p.budget.rows.is_empty() {
        super::budget::write(
            book.add_worksheet(),
            &Styles::new(),
            locale,
            &p.budget,
            &|_, _| None,
        )?;
    }
    Ok(book.save_to_buffer()?)
}

/// The first sheet: the years added up, the grants by their last year, the plans left out.
fn portfolio_sheet(
    p: &Portfolio,
    counted: &[(&NamedPlan, Projection)],
    names: &[String],
    info: &DocumentInfo,
    ws: &mut Worksheet,
) -> Result<()> {
    let locale = info.locale;
    let (pw, w, tw) = (
        portfolio_words(locale),
        workbook::words(locale),
        text_words::words(locale),
    );
    let st = Styles::new();
    ws.set_name(pw.title)?;
    ws.set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0)
        .set_footer(w.footer);
    ws.set_active(true);
    let unit = text::currency(locale);
    let with_unit = |label: &str| format!("{label} ({unit})");
    let mut columns: Vec<(String, u16)> = vec![
        (tw.col_year.to_owned(), 8),
        (pw.col_posts.to_owned(), 11),
        (pw.col_fte.to_owned(), 11),
        (with_unit(tw.col_total), 17),
        (with_unit(tw.col_grants), 17),
        (with_unit(tw.col_net), 19),
        (with_unit(pw.col_change), 19),
    ];
    columns.extend(
        p.plans
            .iter()
            .map(|plan| (format!("{} ({unit})", plan.name.trim()), 19)),
    );
    let last_col = u16::try_from(columns.len() - 1).unwrap_or(0);
    ws.write_string_with_format(0, 0, pw.title, &st.title)?;
    ws.set_row_height(0, 24)?;
    let across: usize = columns.iter().map(|(_, w)| usize::from(*w)).sum();
    let mut notes = p.notes.iter();
    for row in 1..=2 {
        if let Some(note) = notes.next() {
            long_text(ws, row, last_col, note, &st.note, across.max(20))?;
        }
    }
    for (col, (label, width)) in (0u16..).zip(&columns) {
        ws.write_string_with_format(HEADER, col, label, &st.header)?;
        ws.set_column_width(col, *width)?;
    }
    ws.set_row_height(HEADER, 32)?;
    ws.set_repeat_rows(HEADER, HEADER)?;
    ws.set_freeze_panes(HEADER + 1, 1)?;

    // The row of each plan's sheet for `year`, if the plan covers it.
    let plan_row = |i: usize, year: i32| {
        let (_, pr) = &counted[i];
        (pr.first_year..=pr.last_year)
            .contains(&year)
            .then(|| FIRST_DATA_ROW + u32::try_from(year - pr.first_year).unwrap_or(0))
    };
    let first = HEADER + 1;
    for (row, y) in (first..).zip(&p.years) {
        let r = row + 1;
        ws.write_number_with_format(row, 0, f64::from(y.year), &st.integer)?;
        ws.write_number_with_format(row, 1, f64::from(y.posts), &st.integer)?;
        ws.write_number_with_format(row, 2, num(y.full_time_equivalents.get()), &st.number)?;
        // Total, grants and net: the sum of the plans' cells for the year (D, E, F there).
        for (col, plan_col, cached) in [
            (3u16, 3u16, y.total_cost.get()),
            (4, 4, y.grants.get()),
            (5, 5, y.net_cost.get()),
        ] {
            let cells: Vec<String> = (0..counted.len())
                .filter_map(|i| {
                    plan_row(i, y.year)
                        .map(|pr| format!("{}{}", Cx::sheet(&names[i]), absolute(pr, plan_col)))
                })
                .collect();
            if cells.is_empty() {
                ws.write_number_with_format(row, col, num(cached), &st.kr)?;
            } else {
                let f = format!("=ROUND({},2)", cells.join("+"));
                ws.write_formula_with_format(row, col, formula(&f, cached), &st.kr)?;
            }
        }
        if let Some(change) = y.change {
            let f = format!("=ROUND(F{r}-F{},2)", r - 1);
            ws.write_formula_with_format(row, 6, formula(&f, change.get()), &st.kr)?;
        }
        for (i, net) in y.net_cost_by_plan.iter().enumerate() {
            let col = 7 + u16::try_from(i).unwrap_or(0);
            if let (Some(net), Some(pr)) = (net, plan_row(i, y.year)) {
                let f = format!("={}{}", Cx::sheet(&names[i]), absolute(pr, 5));
                ws.write_formula_with_format(row, col, formula(&f, net.get()), &st.kr)?;
            }
        }
    }
    let sum_row = first + u32::try_from(p.years.len()).unwrap_or(0);
    ws.write_string_with_format(sum_row, 0, tw.sum, &st.bold)?;
    for (col, total) in [
        (3u16, p.totals.total_cost.get()),
        (4, p.totals.grants.get()),
        (5, p.totals.net_cost.get()),
    ] {
        let c = column_number_to_name(col);
        let f = format!(
            "=ROUND(SUM({c}{}:{c}{}),2)",
            first + 1,
            sum_row.max(first + 1)
        );
        ws.write_formula_with_format(sum_row, col, formula(&f, total), &st.kr_bold)?;
    }

    // Every grant, by its last year.
    let mut row = sum_row + 2;
    ws.write_string_with_format(row, 0, pw.grants_heading, &st.heading)?;
    row += 1;
    let total_label = with_unit(pw.col_total_paid);
    for (col, label) in (0u16..).zip([
        pw.col_plan,
        pw.col_grant,
        pw.col_first_paid,
        pw.col_last_paid,
        total_label.as_str(),
    ]) {
        ws.write_string_with_format(row, col, label, &st.header)?;
    }
    for g in &p.grants {
        row += 1;
        ws.write_string_with_format(row, 0, &g.plan, &st.text)?;
        ws.write_string_with_format(row, 1, &g.grant, &st.text)?;
        match (g.first_paid, g.last_paid) {
            (Some(first), Some(last)) => {
                ws.write_number_with_format(row, 2, f64::from(first), &st.integer)?;
                ws.write_number_with_format(row, 3, f64::from(last), &st.integer)?;
            }
            (Some(_) | None, _) => {
                ws.write_string_with_format(row, 2, pw.pays_nothing, &st.text)?;
            }
        }
        ws.write_number_with_format(row, 4, num(g.total.get()), &st.kr)?;
    }

    // The plans left out, with what stops each.
    if !p.left_out.is_empty() {
        row += 2;
        ws.write_string_with_format(row, 0, pw.left_out, &st.heading)?;
        for left in &p.left_out {
            row += 1;
            ws.write_string_with_format(row, 0, &left.name, &st.text)?;
            let field = left.error.field.as_deref().unwrap_or_default();
            let why = pw.left_out_reason.replace("{field}", field);
            ws.write_string_with_format(row, 1, &why, &st.text)?;
        }
    }
    Ok(())
}
