//! The multi-year cost projection (domain brief §4). Per position and calendar year: contract
//! salary `S`, worked salary `W`, holiday pay `F`, pension `P` and AGA `A`; then the other costs,
//! the grants, and the employer's net cost.
//!
//! Rounding: every yearly line per position (and per cost item and grant) is rounded once to øre,
//! half away from zero; a line derived from other lines is computed from their *rounded* values;
//! every total is a sum of rounded lines. Each line carries its derivation so a reader can redo
//! it by hand.

use rust_decimal::Decimal;

use crate::units::Nok;
use crate::{
    decimal::{div, mul, round_ore, sub, Powers},
    error::{EngineError, Result},
    model::calendar::YearMonth,
    model::cost_item::{CostBasis, CostCategory, CostItem},
    model::grant::Grant,
    model::plan::Plan,
    model::position::Position,
    rules::aga::{self, AgaZone},
    rules::salary_range,
};

mod allocate;
pub mod budget;
mod cost_items;
mod grants;
mod output;
mod payroll;
mod summary;
mod warnings;

use cost_items::*;
use grants::*;
use payroll::*;
use summary::*;

pub use output::*;
pub use payroll::salary_band;
pub use warnings::Warning;

/// Weeks in a year, for the worked-salary factor `(52 − holiday weeks) / 52`.
const WEEKS_PER_YEAR: i64 = 52;

/// Projects `plan` over its horizon.
///
/// # Errors
/// The plan's validation errors (the first of them), a missing rate table, or
/// [`EngineError::Overflow`].
pub fn project(plan: &Plan) -> Result<Projection> {
    if let Some(err) = plan.validate().into_iter().next() {
        return Err(err);
    }
    project_valid(plan)
}

/// [`project`] for a plan already validated (the caller has checked `plan.validate()` is empty).
pub fn project_valid(plan: &Plan) -> Result<Projection> {
    let first = plan.first_year;
    let last = plan.last_year();
    let years: Vec<i32> = (first..=last).collect();

    let aga = years
        .iter()
        .map(|&y| aga_for_year(plan, y))
        .collect::<Result<Vec<_>>>()?;

    // The wage growth's powers, computed once for every post and month.
    let mut wage_growth = Powers::new(plan.wage_growth_percent.growth_factor()?);
    let positions = plan
        .positions
        .iter()
        .map(|p| {
            let years = years
                .iter()
                .zip(&aga)
                .map(|(&y, a)| position_year(plan, p, y, a.rate_percent, &mut wage_growth))
                .collect::<Result<Vec<_>>>()?;
            Ok(PositionProjection {
                position_id: p.id.clone(),
                title: p.title.clone(),
                years,
            })
        })
        .collect::<Result<Vec<_>>>()?;

    let mut price_growth = Powers::new(plan.price_growth_percent.growth_factor()?);
    let cost_items = plan
        .cost_items
        .iter()
        .map(|item| cost_item_projection(plan, item, &years, &mut price_growth))
        .collect::<Result<Vec<_>>>()?;

    let mut grant_years: Vec<Vec<GrantYear>> =
        vec![Vec::with_capacity(years.len()); plan.grants.len()];
    let mut summaries = Vec::with_capacity(years.len());
    let (mut running_total, mut running_net) = (Nok::ZERO.round_ore(), Nok::ZERO.round_ore());
    for (yi, &year) in years.iter().enumerate() {
        let payroll: Vec<Nok> = positions.iter().map(|p| p.years[yi].payroll_cost).collect();
        let payroll_cost = Nok::sum_ore(payroll.iter().copied())?;
        let other_costs = Nok::sum_ore(cost_items.iter().map(|c| c.years[yi].cost))?;
        let total_cost = payroll_cost.plus(other_costs)?;

        let applied = grants_for_year(plan, year, &positions, yi, &payroll, total_cost)?;
        let grants = Nok::sum_ore(applied.iter().map(|g| g.amount))?;
        for (gi, g) in applied.into_iter().enumerate() {
            grant_years[gi].push(g);
        }
        let net_cost = total_cost.minus(grants)?;
        running_total = running_total.plus(total_cost)?;
        running_net = running_net.plus(net_cost)?;
        summaries.push(YearSummary {
            year,
            payroll_cost,
            other_costs,
            total_cost,
            grants,
            net_cost,
            grant_share_percent: grants.share_of(total_cost)?,
            running_total_cost: running_total,
            running_net_cost: running_net,
        });
    }

    let grants = plan
        .grants
        .iter()
        .zip(grant_years)
        .map(|(g, years)| GrantProjection {
            grant_id: g.id.clone(),
            name: g.name.clone(),
            years,
        })
        .collect::<Vec<_>>();

    let totals = Totals {
        payroll_cost: Nok::sum_ore(summaries.iter().map(|s| s.payroll_cost))?,
        other_costs: Nok::sum_ore(summaries.iter().map(|s| s.other_costs))?,
        total_cost: Nok::sum_ore(summaries.iter().map(|s| s.total_cost))?,
        grants: Nok::sum_ore(summaries.iter().map(|s| s.grants))?,
        net_cost: Nok::sum_ore(summaries.iter().map(|s| s.net_cost))?,
    };
    let funding_cliff = funding_cliff(&summaries)?;
    let chart = chart_bars(&summaries)?;
    let salary_bands = plan
        .positions
        .iter()
        .map(salary_band)
        .collect::<Result<Vec<_>>>()?;
    let employer_pays_in_full_from = employer_pays_in_full_from(&summaries, plan);
    let key_years = key_years(&summaries, employer_pays_in_full_from);
    let mut projection = Projection {
        first_year: first,
        last_year: last,
        aga,
        positions,
        cost_items,
        grants,
        years: summaries,
        totals,
        funding_cliff,
        employer_pays_in_full_from,
        key_years,
        warnings: Vec::new(),
        chart,
        salary_bands,
    };
    projection.warnings = warnings::collect(plan, &projection);
    Ok(projection)
}

#[cfg(test)]
mod tests;
