//! Comparing 2–4 plans: a base (the first) and alternatives, side by side. Every figure comes
//! from the plans' own projections, and every difference is the alternative's figure minus the
//! base's, so a difference is exactly what the two projections say, to the øre.
//!
//! Plans may cover different years: the comparison runs over the union of their years, and a
//! plan contributes nothing to a year outside its own (its cell is empty, and counts as zero in
//! a difference). Totals are each plan's own, over its own years.

mod changes;
mod figures;
pub mod stress;
#[cfg(test)]
mod tests;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use crate::model::{
    figure::{FigureKey, FigureUnit},
    scenario::Scenario,
};
pub use crate::units::Difference;
pub use changes::changes;

use crate::{
    decimal,
    error::{EngineError, Result},
    model::plan::Plan,
    projection::{project_valid, Projection},
    text::{comparison as words, kr, Locale},
    units::{Nok, Percent, Quantity},
};

pub use crate::validate::limits::{MAX_COMPARED, MIN_COMPARED};

/// A plan to compare, under the name the comparison shows it by: its own name, or a name that
/// says which saved version it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NamedPlan {
    pub name: String,
    pub plan: Plan,
}

/// The comparison of a base plan (the first) with its alternatives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Comparison {
    /// The plans, base first, in the order of every list below.
    pub plans: Vec<ComparedPlan>,
    /// The union of the plans' years.
    pub first_year: i32,
    pub last_year: i32,
    /// Whether every plan covers exactly these years (if not, the view says so).
    pub same_years: bool,
    /// The key figures, one row each.
    pub figures: Vec<Figure>,
    /// The employer's net cost year by year.
    pub years: Vec<ComparisonYear>,
    /// The largest net cost of any plan in any year: the top of the overlaid chart.
    pub chart_max: Nok,
    /// For each plan, what differs in its inputs from the base's, in words (the base's own list
    /// is empty).
    pub changes: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ComparedPlan {
    pub name: String,
    pub first_year: i32,
    pub last_year: i32,
}

/// One key figure for every plan, and each alternative's difference from the base.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Figure {
    pub key: FigureKey,
    pub unit: FigureUnit,
    /// The figure's name in the language asked for.
    pub label: String,
    /// One per plan; `None` where the plan has no such figure (no funding cliff, never paying
    /// everything within its years).
    pub values: Vec<Option<Quantity>>,
    /// One per plan: `None` for the base, and where either figure is missing.
    pub differences: Vec<Option<Difference>>,
    /// `values` as a table shows them, in the language asked for ("1 348 667,20 kr", "ingen").
    pub value_texts: Vec<String>,
    /// `differences` with their signs ("+46 800,00 kr (+3,5 %)"); empty where there is none.
    pub difference_texts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ComparisonYear {
    pub year: i32,
    /// Each plan's net cost for the employer; `None` for a year outside the plan's years.
    pub net_cost: Vec<Option<Nok>>,
    /// Each alternative's net cost minus the base's (a missing year counts as zero); `None` for
    /// the base, and where neither plan covers the year.
    pub differences: Vec<Option<Nok>>,
    /// Each plan's net cost as a share of `chart_max` (0–100, two decimals), for the chart.
    pub chart_percent: Vec<Option<Percent>>,
    /// `net_cost` as a table shows it ("–" outside a plan's years).
    pub net_cost_texts: Vec<String>,
    /// `differences` with their signs; empty for the base.
    pub difference_texts: Vec<String>,
}

/// Refuses fewer than [`MIN_COMPARED`] or more than [`MAX_COMPARED`] plans.
///
/// # Errors
/// [`EngineError::CompareCount`].
pub fn check_count(count: usize) -> Result<()> {
    if (MIN_COMPARED..=MAX_COMPARED).contains(&count) {
        Ok(())
    } else {
        Err(EngineError::CompareCount {
            count,
            min: MIN_COMPARED,
            max: MAX_COMPARED,
        })
    }
}

/// Compares `plans`, the first being the base, with figures labelled and changes worded in
/// `locale`.
///
/// # Errors
/// Fewer than [`MIN_COMPARED`] or more than [`MAX_COMPARED`] plans; or a plan that is not valid
/// (the error says which plan, by its place and name, and the field).
pub fn compare(plans: &[NamedPlan], locale: Locale) -> Result<Comparison> {
    compare_projected(plans, locale).map(|(comparison, _)| comparison)
}

/// [`compare`], with each plan's projection (in the plans' order), for a document that shows
/// the plans themselves too: they are projected once.
///
/// # Errors
/// As [`compare`].
pub fn compare_projected(
    plans: &[NamedPlan],
    locale: Locale,
) -> Result<(Comparison, Vec<Projection>)> {
    check_count(plans.len())?;
    // Each plan is checked and projected on its own thread: four of the largest plans take
    // less time on more cores (17.2 → 10.6 ms for four of the largest plans on two cores).
    let projections = std::thread::scope(|scope| {
        let handles: Vec<_> = plans
            .iter()
            .enumerate()
            .map(|(i, named)| scope.spawn(move || checked_projection(i, named)))
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect::<Result<Vec<Projection>>>()
    })?;
    let compared: Vec<(&NamedPlan, &Projection)> = plans.iter().zip(&projections).collect();
    let first_year = projections.iter().map(|p| p.first_year).min().unwrap_or(0);
    let last_year = projections.iter().map(|p| p.last_year).max().unwrap_or(0);
    let same_years = projections
        .iter()
        .all(|p| p.first_year == first_year && p.last_year == last_year);

    let figures = figures::figures(&compared, locale)?;
    let years = (first_year..=last_year)
        .map(|year| {
            let net_cost: Vec<Option<Nok>> = projections
                .iter()
                .map(|p| p.years.iter().find(|y| y.year == year).map(|y| y.net_cost))
                .collect();
            let base = net_cost.first().copied().flatten();
            let differences = net_cost
                .iter()
                .enumerate()
                .map(|(i, &net)| match (i, base, net) {
                    (0, _, _) | (_, None, None) => Ok(None),
                    (_, base, net) => decimal::sub(
                        net.unwrap_or_default().get(),
                        base.unwrap_or_default().get(),
                    )
                    .map(|d| Some(Nok::from(d))),
                })
                .collect::<Result<Vec<_>>>()?;
            let w = words::comparison_words(locale);
            Ok(ComparisonYear {
                year,
                net_cost_texts: net_cost
                    .iter()
                    .map(|n| n.map_or_else(|| w.outside_years.to_owned(), |n| kr(locale, n.get())))
                    .collect(),
                difference_texts: differences
                    .iter()
                    .map(|d| d.map_or_else(String::new, |d| words::signed_kr(locale, d.get())))
                    .collect(),
                net_cost,
                differences,
                chart_percent: Vec::new(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let chart_max = years
        .iter()
        .flat_map(|y| y.net_cost.iter().flatten())
        .map(|n| n.get())
        .fold(Decimal::ZERO, Decimal::max);
    let years = years
        .into_iter()
        .map(|mut y| {
            y.chart_percent = y
                .net_cost
                .iter()
                .map(|net| net.map(|n| share_of(n.get(), chart_max)).transpose())
                .collect::<Result<Vec<_>>>()?;
            Ok(y)
        })
        .collect::<Result<Vec<_>>>()?;

    let base = &plans[0].plan;
    let changes = plans
        .iter()
        .enumerate()
        .map(|(i, named)| {
            if i == 0 {
                Vec::new()
            } else {
                changes(locale, base, &named.plan)
            }
        })
        .collect();

    let comparison = Comparison {
        plans: compared
            .iter()
            .map(|(named, projection)| ComparedPlan {
                name: named.name.clone(),
                first_year: projection.first_year,
                last_year: projection.last_year,
            })
            .collect(),
        first_year,
        last_year,
        same_years,
        figures,
        years,
        chart_max: Nok::from(chart_max),
        changes,
    };
    Ok((comparison, projections))
}

/// The projection of the `i`th plan (from 0), or its first error, naming the plan by its place
/// (from 1) and name.
fn checked_projection(i: usize, named: &NamedPlan) -> Result<Projection> {
    let invalid = |error: EngineError| EngineError::ComparedPlanInvalid {
        index: i + 1,
        name: named.name.clone(),
        error: Box::new(error),
    };
    if let Some(error) = named.plan.validate().into_iter().next() {
        return Err(invalid(error));
    }
    project_valid(&named.plan).map_err(invalid)
}

/// `value` as a percentage of `max`, as the plan's own chart rounds it; a negative value (grants
/// above the cost) is drawn at 0.
fn share_of(value: Decimal, max: Decimal) -> Result<Percent> {
    decimal::share_percent(value.max(Decimal::ZERO), max).map(Percent::from)
}
