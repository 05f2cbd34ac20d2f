//! What the year table leads to: the chart's bars, the funding cliff, and the first year the
//! employer pays everything.

use super::*;
pub(super) fn chart_bars(years: &[YearSummary]) -> Result<Vec<ChartBar>> {
    let tallest = years.iter().map(|y| y.total_cost).max().unwrap_or_default();
    years
        .iter()
        .map(|y| {
            Ok(ChartBar {
                year: y.year,
                grants_percent: y.grants.share_of(tallest)?,
                net_percent: y.net_cost.share_of(tallest)?,
            })
        })
        .collect()
}

pub(super) fn funding_cliff(years: &[YearSummary]) -> Result<Option<FundingCliff>> {
    for pair in years.windows(2) {
        let [before, now] = pair else { continue };
        if now.grants < before.grants && now.net_cost > before.net_cost {
            return Ok(Some(FundingCliff {
                year: now.year,
                jump: now.net_cost.minus(before.net_cost)?,
                grant_drop: before.grants.minus(now.grants)?,
            }));
        }
    }
    Ok(None)
}

pub(super) fn employer_pays_in_full_from(years: &[YearSummary], plan: &Plan) -> Option<i32> {
    match years.iter().rposition(|y| !y.grants.is_zero()) {
        None => Some(plan.first_year),
        Some(i) => years.get(i + 1).map(|y| y.year),
    }
}

/// The net cost in the plan's first year and in the year the employer carries on its own.
pub(super) fn key_years(years: &[YearSummary], pays_in_full_from: Option<i32>) -> KeyYears {
    let at = |y: &YearSummary| YearNetCost {
        year: y.year,
        net_cost: y.net_cost,
    };
    let (first, last) = match (years.first(), years.last()) {
        (Some(first), Some(last)) => (at(first), at(last)),
        // A plan covers one year at least; nothing to say of none.
        _ => {
            let none = YearNetCost {
                year: 0,
                net_cost: Nok::ZERO,
            };
            (none, none)
        }
    };
    let without_grants = pays_in_full_from
        .filter(|&y| y > first.year)
        .and_then(|y| years.iter().find(|s| s.year == y));
    match without_grants {
        Some(y) => KeyYears {
            first,
            carried: at(y),
            carried_from: CarriedFrom::NoGrantLeft,
        },
        None => KeyYears {
            first,
            carried: last,
            carried_from: CarriedFrom::LastYear,
        },
    }
}
