//! «Tilskudd»: each grant year by year, the engine's figures (a grant never pays more than the
//! cost it is tied to; what is left over is shown as excess).

use rust_xlsxwriter::Worksheet;

use super::{
    formula, fraction, header, num, page_setup, sheet_intro, Cx, FIRST_DATA_ROW, HEADER_ROW,
};
use crate::{error::Result, model::grant::GrantShape};

pub(super) fn grants(cx: &Cx, ws: &mut Worksheet) -> Result<()> {
    let (w, st, pr) = (cx.w, &cx.st, cx.pr);
    let columns = [
        (w.col_grant, 30),
        (w.col_grantor, 22),
        (cx.tw.col_year, 7),
        (w.col_scheduled, 14),
        (w.col_unit, 20),
        (w.col_entitled, 15),
        (w.col_paid, 15),
        (w.col_excess, 15),
    ];
    sheet_intro(
        cx,
        ws,
        w.sheet_grants,
        w.grants_title,
        w.grants_intro,
        &columns,
    )?;
    page_setup(cx, ws, Some(HEADER_ROW), 1)?;
    header(cx, ws, HEADER_ROW, &columns)?;
    ws.set_row_height(HEADER_ROW, 32)?;
    let mut row = FIRST_DATA_ROW;
    for (grant, projected) in cx.plan.grants.iter().zip(&pr.grants) {
        let (unit, share) = match grant.shape {
            GrantShape::PerFullTime { .. } | GrantShape::Stepped { .. } => {
                (w.unit_per_full_time, false)
            }
            GrantShape::ShareOfCost { .. } => (w.unit_share, true),
            GrantShape::FixedPerYear { .. } => (w.unit_year_sum, false),
            GrantShape::OneOff { .. } => (w.unit_once, false),
        };
        for y in &projected.years {
            let r = row + 1;
            ws.write_string_with_format(row, 0, grant.name.trim(), &st.text)?;
            ws.write_string_with_format(row, 1, grant.source.trim(), &st.text)?;
            ws.write_number_with_format(row, 2, f64::from(y.year), &st.integer)?;
            if let Some(scheduled) = y.scheduled {
                if share {
                    ws.write_number_with_format(row, 3, num(fraction(scheduled)), &st.percent)?;
                } else {
                    ws.write_number_with_format(row, 3, num(scheduled), &st.kr)?;
                }
                ws.write_string_with_format(row, 4, unit, &st.text)?;
            }
            ws.write_number_with_format(row, 5, num(y.entitled.get()), &st.kr)?;
            ws.write_number_with_format(row, 6, num(y.amount.get()), &st.kr)?;
            ws.write_formula_with_format(
                row,
                7,
                formula(&format!("=ROUND(F{r}-G{r},2)"), y.excess.get()),
                &st.kr,
            )?;
            row += 1;
        }
    }
    if pr.grants.is_empty() {
        ws.write_string_with_format(FIRST_DATA_ROW, 0, w.no_grants, &st.text)?;
    }
    Ok(())
}
