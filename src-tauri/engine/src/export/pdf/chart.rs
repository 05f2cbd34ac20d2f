//! The chart of grant vs the employer's cost per year, drawn as vector shapes. Bar heights come
//! from the projection (percent of the tallest year), so the drawing does no cost arithmetic;
//! the funding cliff is marked with a red line and its year.

use rust_decimal::{prelude::ToPrimitive, Decimal};

use super::{
    layout::{
        Layout, CLIFF, CONTENT_W, EMPLOYER, GRANT, GREY, H2, MARGIN_X, RULE, SMALL, SMALL_BOLD,
    },
    words::kr,
    Context,
};

const PLOT_H: i64 = 140_000;

/// `percent` (0–100) of a plot `plot_h` high, in millipoints.
pub(super) fn height(percent: Decimal, plot_h: i64) -> i64 {
    percent
        .checked_mul(Decimal::from(plot_h))
        .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
        .and_then(|v| v.round().to_i64())
        .unwrap_or(0)
        .clamp(0, plot_h)
}

pub fn chart(cx: &Context, l: &mut Layout) {
    let (w, pr) = (cx.words, cx.projection);
    let n = i64::try_from(pr.chart.len()).unwrap_or(0);
    // A plan that costs nothing has no bars to draw; the summary says so.
    if n == 0 || pr.nothing_to_pay() {
        return;
    }
    l.heading(H2, w.chart, PLOT_H + 70_000);
    let tallest = pr
        .years
        .iter()
        .map(|y| y.total_cost)
        .max()
        .unwrap_or_default();
    l.paragraph_at(
        MARGIN_X,
        CONTENT_W,
        SMALL,
        GREY,
        &format!("{}: {}", w.chart_top, kr(cx.locale, tallest.get())),
    );
    let top = l.y() - 16_000;
    let base = top - PLOT_H;
    l.hline(MARGIN_X, MARGIN_X + CONTENT_W, top, 400, RULE);
    l.hline(MARGIN_X, MARGIN_X + CONTENT_W, base, 800, GREY);

    let slot = CONTENT_W / n;
    let bar = slot * 7 / 10;
    let label_every = if n <= 12 { 1 } else { 5 };
    for (i, b) in (0_i64..).zip(&pr.chart) {
        let x = MARGIN_X + i * slot + (slot - bar) / 2;
        let grant = height(b.grants_percent.get(), PLOT_H);
        let net = height(b.net_percent.get(), PLOT_H).min(PLOT_H - grant);
        if grant > 0 {
            l.rect(x, base, bar, grant, GRANT);
        }
        if net > 0 {
            l.rect(x, base + grant, bar, net, EMPLOYER);
        }
        if i % label_every == 0 || i == n - 1 {
            let year = b.year.to_string();
            let tw = l.fonts.width(SMALL, &year);
            l.text_at(x + bar / 2 - tw / 2, base - 10_000, SMALL, GREY, &year);
        }
    }

    if let Some(cliff) = &pr.funding_cliff {
        let index = i64::from(cliff.year - pr.first_year);
        if (0..n).contains(&index) {
            let x = MARGIN_X + index * slot;
            l.line((x, base - 3_000), (x, top + 6_000), 1_400, CLIFF);
            let label = format!("{} {}", w.chart_cliff, cliff.year);
            let tw = l.fonts.width(SMALL_BOLD, &label);
            let tx = if x + 3_000 + tw > MARGIN_X + CONTENT_W {
                x - 3_000 - tw
            } else {
                x + 3_000
            };
            l.text_at(tx, top + 6_000, SMALL_BOLD, CLIFF, &label);
        }
    }

    let legend = base - 26_000;
    let mut x = MARGIN_X;
    for (colour, label) in [(GRANT, w.chart_grant), (EMPLOYER, w.chart_employer)] {
        l.rect(x, legend, 8_000, 8_000, colour);
        l.text_at(x + 12_000, legend + 1_000, SMALL, GREY, label);
        x += 24_000 + l.fonts.width(SMALL, label);
    }
    l.advance_to(legend - 10_000);
}
