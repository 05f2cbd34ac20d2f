//! A comparison of alternatives as a workbook: one sheet per plan (its year table, the engine's
//! figures with totals and net cost as formulas) and a comparison sheet whose figures point at
//! them — the key figures side by side with each alternative's difference from the base, the
//! employer's net cost year by year with the differences, and what differs in words. Every
//! difference is a formula over the plans' cells, cached with the engine's figure.

use rust_decimal::Decimal;
use rust_xlsxwriter::{utility::column_number_to_name, DocProperties, Workbook, Worksheet};

use super::{
    absolute, created, formula, fraction, long_text, num, page_setup, year_table, Cx,
    FIRST_DATA_ROW,
};
use crate::{
    compare::{compare_projected, Comparison, FigureKey, FigureUnit, NamedPlan},
    error::Result,
    export::{DocumentInfo, Report},
    text::comparison::comparison_words,
};

/// `plans` (the first is the base) compared, as the bytes of an `.xlsx` file.
///
/// # Errors
/// What [`compare`] reports (the count, or a plan's first error, naming the plan), an invalid
/// `info.today`, or [`crate::EngineError::Xlsx`].
pub fn render_comparison(plans: &[NamedPlan], info: &DocumentInfo) -> Result<Vec<u8>> {
    let (comparison, projections) = compare_projected(plans, info.locale)?;
    let (locale, cw) = (info.locale, comparison_words(info.locale));
    let w = super::words(locale);
    let mut book = Workbook::new();
    let base = plans.first().map(|p| p.name.trim()).unwrap_or_default();
    book.set_properties(
        &DocProperties::new()
            .set_title(format!("{} – {base}", cw.title))
            .set_author("Erfaringsplan")
            .set_company(
                plans
                    .first()
                    .map(|p| p.plan.organisation.name.trim())
                    .unwrap_or_default(),
            )
            .set_creation_datetime(&created(&info.today)?),
    );
    let names: Vec<String> = plans
        .iter()
        .enumerate()
        .map(|(i, p)| sheet_name(i, &p.name))
        .collect();
    let reports: Vec<Report> = plans
        .iter()
        .zip(&projections)
        .map(|(named, projection)| Report {
            plan: &named.plan,
            projection,
            info,
        })
        .collect();
    let cxs: Vec<Cx> = reports.iter().map(Cx::new).collect();
    {
        let Some(first) = cxs.first() else {
            return Ok(book.save_to_buffer()?);
        };
        comparison_sheet(first, &comparison, &names, book.add_worksheet())?;
    }
    for (i, ((cx, name), named)) in cxs.iter().zip(&names).zip(plans).enumerate() {
        let intro = if i == 0 {
            w.plan_sheet_base.to_owned()
        } else {
            w.plan_sheet_alternative
                .replace("{n}", &(i + 1).to_string())
        };
        year_table(
            cx,
            book.add_worksheet(),
            name,
            named.name.trim(),
            &intro,
            false,
        )?;
    }
    Ok(book.save_to_buffer()?)
}

/// A sheet name for plan `i` (from 0): «1 Bydel Nord», at most 31 characters, without the
/// characters Excel refuses in a sheet name.
pub(super) fn sheet_name(i: usize, plan_name: &str) -> String {
    let cleaned: String = plan_name
        .trim()
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let name = format!("{} {}", i + 1, cleaned.trim_matches('\''));
    let name: String = name.chars().take(31).collect();
    name.trim_end().trim_end_matches('\'').to_owned()
}

/// Whether a figure's difference gets a percentage (the engine's rule: kroner and hours).
fn has_percent(unit: FigureUnit) -> bool {
    matches!(unit, FigureUnit::Kroner | FigureUnit::Hours)
}

/// The row of the plan's sheet for `year`, if the plan covers it.
fn plan_row(first_year: i32, last_year: i32, year: i32) -> Option<u32> {
    (first_year..=last_year)
        .contains(&year)
        .then(|| FIRST_DATA_ROW + u32::try_from(year - first_year).unwrap_or(0))
}

fn comparison_sheet(cx: &Cx, c: &Comparison, names: &[String], ws: &mut Worksheet) -> Result<()> {
    let (w, st, locale) = (cx.w, &cx.st, cx.locale);
    let cw = comparison_words(locale);
    let plans = c.plans.len();
    ws.set_name(w.sheet_comparison)?;
    page_setup(cx, ws, None, 0)?;
    ws.set_active(true);
    // Columns: the label, one per plan, then for each alternative its difference (and %).
    let plan_col = |i: usize| 1 + u16::try_from(i).unwrap_or(0);
    let diff_col = |i: usize| plan_col(plans) + 2 * u16::try_from(i - 1).unwrap_or(0);
    let last_col = diff_col(plans.max(2) - 1) + 1;
    ws.set_column_width(0, 40)?;
    for i in 0..plans {
        ws.set_column_width(plan_col(i), 20)?;
    }
    for i in 1..plans {
        ws.set_column_width(diff_col(i), 18)?;
        ws.set_column_width(diff_col(i) + 1, 9)?;
    }

    ws.write_string_with_format(0, 0, cw.title, &st.title)?;
    ws.set_row_height(0, 24)?;
    long_text(ws, 1, last_col, cw.intro, &st.note, 120)?;
    let mut row = 2;
    if !c.same_years {
        long_text(ws, row, last_col, cw.different_years, &st.note, 120)?;
        row += 1;
    }
    row += 1;

    // Headers: the plans by name (the base marked), each alternative's difference.
    let plan_header = |i: usize| {
        let name = c.plans[i].name.trim();
        if i == 0 {
            format!("{name} ({})", cw.base)
        } else {
            name.to_owned()
        }
    };
    let diff_header = |i: usize| format!("{}: {}", cw.difference, c.plans[i].name.trim());
    let write_headers = |ws: &mut Worksheet, row: u32, first: &str, percent: bool| -> Result<()> {
        ws.write_string_with_format(row, 0, first, &st.header)?;
        for i in 0..plans {
            ws.write_string_with_format(row, plan_col(i), plan_header(i), &st.header)?;
        }
        for i in 1..plans {
            ws.write_string_with_format(row, diff_col(i), diff_header(i), &st.header)?;
            let label = if percent { "%" } else { "" };
            ws.write_string_with_format(row, diff_col(i) + 1, label, &st.header)?;
        }
        ws.set_row_height(row, 45)?;
        Ok(())
    };

    // The key figures.
    write_headers(ws, row, cw.figure, true)?;
    row += 1;
    for figure in &c.figures {
        let r = row + 1;
        ws.write_string_with_format(row, 0, &figure.label, &st.text)?;
        let format = match figure.unit {
            FigureUnit::Kroner => &st.kr,
            FigureUnit::Year | FigureUnit::Count => &st.integer,
            FigureUnit::FullTimeEquivalents | FigureUnit::Hours => &st.number,
        };
        // The plans' totals point at their sheets' sum row; other figures are the engine's.
        let sum_col = match figure.key {
            FigureKey::TotalCost => Some(3),
            FigureKey::Grants => Some(4),
            FigureKey::NetCost => Some(5),
            FigureKey::FundingCliffYear
            | FigureKey::FundingCliffJump
            | FigureKey::PaysInFullFrom
            | FigureKey::Posts
            | FigureKey::FullTimeEquivalents
            | FigureKey::SupervisionHoursPerYear
            | FigureKey::SupervisionCostPerYear
            | FigureKey::WorkingAlone
            | FigureKey::PartTime
            | FigureKey::TemporaryEndsWithGrant
            | FigureKey::NoSupervision => None,
        };
        for (i, value) in figure.values.iter().enumerate() {
            let col = plan_col(i);
            match (value, sum_col) {
                (Some(v), Some(sum_col)) => {
                    let p = &c.plans[i];
                    let sum_row =
                        FIRST_DATA_ROW + u32::try_from(p.last_year - p.first_year + 1).unwrap_or(0);
                    let f = format!("={}{}", Cx::sheet(&names[i]), absolute(sum_row, sum_col));
                    ws.write_formula_with_format(row, col, formula(&f, v.get()), format)?;
                }
                (Some(v), None) => {
                    ws.write_number_with_format(row, col, num(v.get()), format)?;
                }
                (None, _) => {
                    ws.write_string_with_format(row, col, &figure.value_texts[i], &st.text)?;
                }
            }
        }
        let base = column_number_to_name(plan_col(0));
        for (i, difference) in figure.differences.iter().enumerate().skip(1) {
            let Some(d) = difference else { continue };
            let this = column_number_to_name(plan_col(i));
            let f = match figure.unit {
                FigureUnit::Kroner => format!("=ROUND({this}{r}-{base}{r},2)"),
                FigureUnit::Year
                | FigureUnit::Count
                | FigureUnit::FullTimeEquivalents
                | FigureUnit::Hours => format!("={this}{r}-{base}{r}"),
            };
            ws.write_formula_with_format(row, diff_col(i), formula(&f, d.amount.get()), format)?;
            if let Some(percent) = d.percent.filter(|_| has_percent(figure.unit)) {
                let f = format!("=ROUND(({this}{r}-{base}{r})/ABS({base}{r}),3)");
                ws.write_formula_with_format(
                    row,
                    diff_col(i) + 1,
                    formula(&f, fraction(percent.get())),
                    &st.percent,
                )?;
            }
        }
        row += 1;
    }

    // The employer's net cost year by year.
    row += 1;
    ws.write_string_with_format(row, 0, cw.net_cost_by_year, &st.heading)?;
    row += 1;
    write_headers(ws, row, cw.year, false)?;
    let first_year_row = row + 1;
    row += 1;
    for y in &c.years {
        let r = row + 1;
        ws.write_number_with_format(row, 0, f64::from(y.year), &st.integer)?;
        for (i, net) in y.net_cost.iter().enumerate() {
            let p = &c.plans[i];
            match (net, plan_row(p.first_year, p.last_year, y.year)) {
                (Some(net), Some(plan_row)) => {
                    let f = format!("={}{}", Cx::sheet(&names[i]), absolute(plan_row, 5));
                    ws.write_formula_with_format(row, plan_col(i), formula(&f, net.get()), &st.kr)?;
                }
                _ => {
                    ws.write_string_with_format(row, plan_col(i), cw.outside_years, &st.text)?;
                }
            }
        }
        let base = column_number_to_name(plan_col(0));
        for (i, difference) in y.differences.iter().enumerate().skip(1) {
            let Some(d) = difference else { continue };
            let this = column_number_to_name(plan_col(i));
            // A year outside a plan's years (the text «–») counts as zero: N() of a text is 0.
            let f = format!("=ROUND(N({this}{r})-N({base}{r}),2)");
            ws.write_formula_with_format(row, diff_col(i), formula(&f, d.get()), &st.kr)?;
        }
        row += 1;
    }
    // Totals: each plan's net cost over its own years, and the differences added up.
    let r_last = row;
    ws.write_string_with_format(row, 0, cw.total, &st.bold)?;
    let mut total_cols: Vec<(u16, Decimal)> = (0..plans)
        .map(|i| {
            let total = c
                .years
                .iter()
                .filter_map(|y| y.net_cost[i])
                .map(|n| n.get())
                .sum();
            (plan_col(i), total)
        })
        .collect();
    for i in 1..plans {
        let total = c
            .years
            .iter()
            .filter_map(|y| y.differences[i])
            .map(|n| n.get())
            .sum();
        total_cols.push((diff_col(i), total));
    }
    for (col, total) in total_cols {
        let name = column_number_to_name(col);
        let f = format!("=ROUND(SUM({name}{}:{name}{r_last}),2)", first_year_row + 1);
        ws.write_formula_with_format(row, col, formula(&f, total), &st.kr_bold)?;
    }
    row += 2;

    // What differs, in words, for each alternative.
    ws.write_string_with_format(row, 0, cw.what_differs, &st.heading)?;
    row += 1;
    for (i, changes) in c.changes.iter().enumerate().skip(1) {
        ws.write_string_with_format(row, 0, c.plans[i].name.trim(), &st.bold_plain)?;
        row += 1;
        if changes.is_empty() {
            ws.write_string_with_format(row, 0, cw.no_changes, &st.text)?;
            row += 1;
        }
        for change in changes {
            long_text(ws, row, last_col, &format!("• {change}"), &st.wrap, 120)?;
            row += 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_numbered_short_and_allowed() {
        assert_eq!(sheet_name(0, "Bydel Nord"), "1 Bydel Nord");
        assert_eq!(sheet_name(1, "Plan [A]: 1/2?"), "2 Plan -A-- 1-2-");
        let long = sheet_name(3, &"Å".repeat(60));
        assert_eq!(long.chars().count(), 31);
        assert!(long.starts_with("4 ÅÅ"));
        assert_eq!(sheet_name(0, "'sitert'"), "1 sitert");
    }
}
