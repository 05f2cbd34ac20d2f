//! "How the figures are computed": for each position and year the engine's derivation, written
//! out so a budget officer can redo every line with the printed figures; then the other costs'
//! price growth and each grant's entitlement against what it pays; last, the budget lines.

use rust_decimal::Decimal;

use crate::projection::PositionYear;

use super::{
    layout::{Layout, BLACK, CONTENT_W, GREY, H2, H3, MARGIN_X, SMALL, SMALL_BOLD},
    words::{self, percent},
    Context, Locale,
};

const INDENT: i64 = 10_000;

/// "= rounded", or "≈ rounded" when the exact value had more decimals than the øre it was
/// rounded to.
fn result(locale: Locale, exact_value: Decimal, rounded: Decimal) -> String {
    if exact_value.normalize() == rounded.normalize() {
        format!("= {}", words::amount(locale, rounded))
    } else {
        format!("≈ {}", words::amount(locale, rounded))
    }
}

pub fn appendix(cx: &Context, l: &mut Layout) {
    let w = cx.words;
    l.new_page();
    l.heading(H2, w.appendix, 40_000);
    l.paragraph_at(MARGIN_X, CONTENT_W, SMALL, GREY, w.appendix_intro);
    for (i, position) in cx.projection.positions.iter().enumerate() {
        l.heading(
            H3,
            &words::position_label(cx.locale, i + 1, &position.title),
            60_000,
        );
        for year in position.years.iter().filter(|y| y.months_active > 0) {
            position_year(cx, l, year);
        }
        // The years without work, in one line rather than one each.
        let idle: Vec<i32> = position
            .years
            .iter()
            .filter(|y| y.months_active == 0)
            .map(|y| y.year)
            .collect();
        if !idle.is_empty() {
            l.paragraph_at(
                MARGIN_X,
                CONTENT_W,
                SMALL_BOLD,
                BLACK,
                &format!(
                    "{}: {}",
                    crate::text::year_list(cx.locale, &idle),
                    w.not_active
                ),
            );
            l.gap(4_000);
        }
    }
    cost_items(cx, l);
    grants(cx, l);
    // A valid plan's sums cannot overflow; were they to, the lines are left out.
    if let Ok(lines) = crate::projection::budget::budget_lines(cx.plan, cx.projection) {
        l.new_page();
        super::budget::budget_lines(l, cx.locale, &lines);
    }
}

fn position_year(cx: &Context, l: &mut Layout, y: &PositionYear) {
    let (w, d) = (cx.words, &y.derivation);
    let months = |m: crate::model::calendar::YearMonth| words::month_name(cx.locale, m.month());
    let regulations = |n: u32| words::regulations(cx.locale, n);
    let segments: Vec<String> = d
        .salary_segments
        .iter()
        .map(|s| {
            let span = if s.first_month == s.last_month {
                months(s.first_month).to_owned()
            } else {
                format!("{}–{}", months(s.first_month), months(s.last_month))
            };
            format!(
                "{} × {} × {}/12 ({span}, {})",
                // Shown to the øre (the intro says so); the workbook has every decimal.
                words::amount(cx.locale, s.annual_salary.get()),
                percent(cx.locale, d.fte_percent.get()),
                s.months,
                regulations(s.regulation_steps)
            )
        })
        .collect();
    let lines = [
        format!(
            "S = {} {}",
            segments.join(" + "),
            result(
                cx.locale,
                d.contract_salary_exact.get(),
                y.contract_salary.get()
            )
        ),
        format!(
            "W = {} × (52 − {}) / 52 {}",
            words::amount(cx.locale, y.contract_salary.get()),
            words::number(cx.locale, d.holiday_weeks),
            result(
                cx.locale,
                d.worked_salary_exact.get(),
                y.worked_salary.get()
            )
        ),
        format!(
            "F = {} × {} {}",
            words::amount(cx.locale, y.worked_salary.get()),
            percent(cx.locale, d.holiday_pay_percent.get()),
            result(cx.locale, d.holiday_pay_exact.get(), y.holiday_pay.get())
        ),
        format!(
            "P = {} × {} {}",
            words::amount(cx.locale, y.contract_salary.get()),
            percent(cx.locale, d.pension_percent.get()),
            result(cx.locale, d.pension_exact.get(), y.pension.get())
        ),
        format!(
            "A = ({} + {} + {}) × {} = {} × {} {}",
            words::amount(cx.locale, y.worked_salary.get()),
            words::amount(cx.locale, y.holiday_pay.get()),
            words::amount(cx.locale, y.pension.get()),
            percent(cx.locale, d.aga_percent.get()),
            words::amount(cx.locale, d.aga_base.get()),
            percent(cx.locale, d.aga_percent.get()),
            result(cx.locale, d.aga_exact.get(), y.aga.get())
        ),
        format!(
            "W + F + P + A = {}",
            words::amount(cx.locale, y.payroll_cost.get())
        ),
    ];
    let wrapped: usize = lines
        .iter()
        .map(|t| l.fonts.wrap(SMALL, t, CONTENT_W - INDENT).len())
        .sum();
    let block = (i64::try_from(wrapped).unwrap_or(6) + 1) * SMALL.line_height() + 4_000;
    l.need(block.min(l.page_room()));
    l.paragraph_at(
        MARGIN_X,
        CONTENT_W,
        SMALL_BOLD,
        BLACK,
        &format!("{} · {} {}", y.year, y.months_active, w.months_active),
    );
    for line in &lines {
        l.paragraph_at(MARGIN_X + INDENT, CONTENT_W - INDENT, SMALL, BLACK, line);
    }
    l.gap(4_000);
}

fn cost_items(cx: &Context, l: &mut Layout) {
    let (w, pr) = (cx.words, cx.projection);
    if pr.cost_items.is_empty() {
        return;
    }
    l.heading(H3, w.cost_items_derivation, 40_000);
    let growth = crate::decimal::growth_factor(cx.plan.price_growth_percent.get())
        .map(|n| words::number(cx.locale, n))
        .unwrap_or_default();
    for item in &pr.cost_items {
        l.need(SMALL.line_height() * 3);
        l.paragraph_at(MARGIN_X, CONTENT_W, SMALL_BOLD, BLACK, &item.name);
        for y in item
            .years
            .iter()
            .filter(|y| !y.cost.is_zero() || !y.hours.is_zero())
        {
            let hours = words::hours(cx.locale, y.hours);
            let text = if y.cost.is_zero() {
                words::own_staff_year(cx.locale, y.year, &hours)
            } else {
                let hours = if y.hours.is_zero() {
                    String::new()
                } else {
                    format!(" ({hours})")
                };
                // An item per post: × the months posts were at work / 12.
                let posts = y
                    .post_months
                    .map(|m| words::post_months(cx.locale, m))
                    .unwrap_or_default();
                format!(
                    "{}: {} × {growth}^{}{posts} {}{hours}",
                    y.year,
                    words::amount(cx.locale, y.base_amount.get()),
                    y.price_steps,
                    result(cx.locale, y.cost_exact.get(), y.cost.get())
                )
            };
            l.paragraph_at(MARGIN_X + INDENT, CONTENT_W - INDENT, SMALL, BLACK, &text);
        }
        l.gap(3_000);
    }
}

fn grants(cx: &Context, l: &mut Layout) {
    let (w, pr) = (cx.words, cx.projection);
    if pr.grants.is_empty() {
        return;
    }
    l.heading(H3, w.grants_derivation, 40_000);
    for (grant, projected) in cx.plan.grants.iter().zip(&pr.grants) {
        l.need(SMALL.line_height() * 3);
        l.paragraph_at(MARGIN_X, CONTENT_W, SMALL_BOLD, BLACK, &grant.name);
        for y in projected
            .years
            .iter()
            .filter(|y| y.scheduled.is_some() || !y.amount.is_zero())
        {
            let text = crate::text::grant_year(cx.locale, &grant.shape, y);
            l.paragraph_at(MARGIN_X + INDENT, CONTENT_W - INDENT, SMALL, BLACK, &text);
        }
        l.gap(3_000);
    }
}
