//! The assumptions behind a plan's figures, each with its value and where it comes from: one
//! list for the hiring plan's PDF and the workbook's summary sheet.

use crate::{
    model::plan::Plan,
    model::position::PensionScheme,
    projection::Projection,
    text::{self, kr, percent, words, Locale},
};

/// Rows of (assumption, value, source), in the order the documents print them. A value the
/// posts share is one row «(alle stillinger)»; otherwise one row per post, numbered.
pub fn rows(plan: &Plan, projection: &Projection, locale: Locale) -> Vec<[String; 3]> {
    let w = words::words(locale);
    let mut rows: Vec<[String; 3]> = Vec::new();
    // One row per position, or one for all when they share the value.
    // One row per position, or one for all when they share the value.
    let mut per_position = |label: &str, values: Vec<(String, String)>| {
        let all_same = values.windows(2).all(|w| w[0] == w[1]);
        if all_same && values.len() > 1 {
            if let Some((value, source)) = values.into_iter().next() {
                rows.push([format!("{label} ({})", w.all_posts), value, source]);
            }
        } else {
            let many = values.len() > 1;
            for (i, (value, source)) in values.into_iter().enumerate() {
                let label = if many {
                    format!("{label} ({})", i + 1)
                } else {
                    label.to_owned()
                };
                rows.push([label, value, source]);
            }
        }
    };
    let salaries = plan
        .positions
        .iter()
        .map(|p| {
            let mut salary = kr(locale, p.annual_salary.get());
            if p.seniority_years > 0 {
                let seniority = w
                    .seniority
                    .replace("{years}", &p.seniority_years.to_string());
                salary = format!("{salary} ({seniority})");
            }
            (
                salary,
                w.salary_source
                    .replace("{range}", &crate::text::usual_salary_range(locale))
                    .replace("{source}", &crate::text::usual_salary_source()),
            )
        })
        .collect();
    per_position(w.salary_at_100, salaries);
    let holidays = plan
        .positions
        .iter()
        .map(|p| {
            (
                words::holiday_terms(locale, p.holiday_pay_percent.get(), p.holiday_weeks),
                w.holiday_source.to_owned(),
            )
        })
        .collect();
    per_position(w.holiday_pay, holidays);
    let pensions = plan
        .positions
        .iter()
        .map(|p| {
            let source = match (p.pension_scheme, p.pension_rate_confirmed) {
                (PensionScheme::Otp, _) => w.pension_otp,
                (PensionScheme::Public, true) => w.pension_confirmed,
                (PensionScheme::Public, false) => w.pension_assumed,
            };
            (
                format!(
                    "{} ({})",
                    percent(locale, p.pension_percent.get()),
                    words::scheme(locale, p.pension_scheme)
                ),
                source.to_owned(),
            )
        })
        .collect();
    per_position(w.pension, pensions);
    rows.push([
        w.wage_growth.to_owned(),
        format!(
            "{}, {} {}",
            percent(locale, plan.wage_growth_percent.get()),
            w.regulation_month,
            w.month_names[usize::from(plan.regulation_month.clamp(1, 12)) - 1]
        ),
        w.assumption_editable.to_owned(),
    ]);
    if let Some(first) = projection.aga.first() {
        let zone = first.zone.as_str();
        let value = words::zone_rate(locale, zone, first.rate_percent.get());
        let mut source = if first.overridden {
            w.aga_overridden.to_owned()
        } else {
            text::in_language(locale, &first.source, &first.source_en).to_owned()
        };
        if let Some(carried) = projection.aga.iter().find(|a| a.assumed) {
            source = format!("{source} {} ({}–).", w.aga_carried, carried.year);
        }
        rows.push([w.aga.to_owned(), value, source]);
    }
    rows.push([
        w.price_growth.to_owned(),
        percent(locale, plan.price_growth_percent.get()),
        w.assumption_editable.to_owned(),
    ]);
    rows
}
