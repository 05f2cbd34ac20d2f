//! «Andre kostnader»: each other cost year by year, grown with prices, as formulas over the inputs.

use rust_xlsxwriter::Worksheet;

use super::{formula, header, num, page_setup, sheet_intro, Cx, FIRST_DATA_ROW, HEADER_ROW};
use crate::{
    error::Result,
    text::{self, words as text_words},
};

pub(super) fn costs(cx: &Cx, ws: &mut Worksheet) -> Result<()> {
    let (w, st, pr) = (cx.w, &cx.st, cx.pr);
    let columns = [
        (w.col_cost, 34),
        (w.col_applies_to, 26),
        (cx.tw.col_year, 7),
        (w.col_base, 18),
        (w.col_price_years, 10),
        (w.col_post_months, 17),
        (w.col_hours, 9),
        (w.col_cost_amount, 15),
    ];
    sheet_intro(
        cx,
        ws,
        w.sheet_costs,
        w.costs_title,
        w.costs_intro,
        &columns,
    )?;
    page_setup(cx, ws, Some(HEADER_ROW), 1)?;
    header(cx, ws, HEADER_ROW, &columns)?;
    ws.set_row_height(HEADER_ROW, 32)?;
    let price = w.name_price_growth;
    let mut row = FIRST_DATA_ROW;
    for (item, projected) in cx.plan.cost_items.iter().zip(&pr.cost_items) {
        let applies_to = match &item.position_id {
            Some(id) => text::position_label_of(cx.locale, cx.plan, id),
            None if item.per_position => w.each_post.to_owned(),
            None => w.whole_plan.to_owned(),
        };
        let name = match item.name.trim() {
            "" => text_words::category(cx.locale, item.category).to_owned(),
            name => name.to_owned(),
        };
        for y in &projected.years {
            let r = row + 1;
            ws.write_string_with_format(row, 0, &name, &st.text)?;
            ws.write_string_with_format(row, 1, &applies_to, &st.text)?;
            ws.write_number_with_format(row, 2, f64::from(y.year), &st.integer)?;
            ws.write_number_with_format(row, 3, num(y.base_amount.get()), &st.kr)?;
            ws.write_number_with_format(row, 4, f64::from(y.price_steps), &st.integer)?;
            let f = match y.post_months {
                Some(months) => {
                    ws.write_number_with_format(row, 5, f64::from(months), &st.integer)?;
                    format!("=ROUND(D{r}*(1+{price})^E{r}*F{r}/12,2)")
                }
                None => format!("=ROUND(D{r}*(1+{price})^E{r},2)"),
            };
            ws.write_number_with_format(row, 6, num(y.hours), &st.number)?;
            ws.write_formula_with_format(row, 7, formula(&f, y.cost.get()), &st.kr)?;
            row += 1;
        }
    }
    if pr.cost_items.is_empty() {
        ws.write_string_with_format(FIRST_DATA_ROW, 0, w.no_costs, &st.text)?;
    }
    Ok(())
}
