//! Grants year by year: what each is entitled to in its own shape, capped by the cost it is
//! tied to and by what earlier grants have covered.

use super::*;
use crate::{model::grant::Scheduled, units::Nok};

/// A fixed yearly sum for the months of the year some post is at work: `sum × months / 12`.
pub(super) fn fixed_for_months(sum: Nok, months: u32) -> Result<Nok> {
    Ok(sum.fraction(months.into(), Decimal::from(12))?.round_ore())
}

/// Applies the grants for one year, in the plan's order. Each grant pays at most the tied cost
/// that earlier grants have not already covered: per position for a tied grant, and the plan's
/// total for every grant.
pub(super) fn grants_for_year(
    plan: &Plan,
    year: i32,
    positions: &[PositionProjection],
    yi: usize,
    payroll: &[Nok],
    total_cost: Nok,
) -> Result<Vec<GrantYear>> {
    let mut uncovered_payroll = payroll.to_vec();
    let mut uncovered_total = total_cost;
    let mut out = Vec::with_capacity(plan.grants.len());
    for grant in &plan.grants {
        let tied: Vec<usize> = grant
            .position_ids
            .iter()
            .filter_map(|id| plan.positions.iter().position(|p| &p.id == id))
            .collect();
        let (entitled, amount, per_position) = if tied.is_empty() {
            let entitled = plan_wide_entitlement(plan, grant, year, positions, yi, total_cost)?;
            let amount = entitled.min(uncovered_total);
            uncovered_total = uncovered_total.minus(amount)?;
            (entitled, amount, Vec::new())
        } else {
            let entitled_each =
                tied_entitlements(plan, grant, year, positions, yi, &tied, payroll)?;
            let entitled = Nok::sum_ore(entitled_each.iter().copied())?;
            let mut per_position = Vec::with_capacity(tied.len());
            let mut amount = Nok::ZERO.round_ore();
            for (&pi, &e) in tied.iter().zip(&entitled_each) {
                let pays = e.min(uncovered_payroll[pi]).min(uncovered_total);
                uncovered_payroll[pi] = uncovered_payroll[pi].minus(pays)?;
                uncovered_total = uncovered_total.minus(pays)?;
                amount = amount.plus(pays)?;
                per_position.push(GrantShare {
                    position_id: plan.positions[pi].id.clone(),
                    amount: pays,
                });
            }
            (entitled, amount, per_position)
        };
        out.push(GrantYear {
            year,
            scheduled: grant.scheduled(year).map(Scheduled::value),
            entitled,
            amount,
            excess: entitled.minus(amount)?,
            per_position,
        });
    }
    Ok(out)
}

/// A per-100 %-position amount for one position-year: `amount × FTE × active months / 1200`.
pub(super) fn per_full_time(amount: Nok, p: &PositionYear) -> Result<Nok> {
    let share = amount
        .scale(p.derivation.fte_percent.get())?
        .fraction(p.months_active.into(), Decimal::from(1200))?;
    Ok(share.round_ore())
}

pub(super) fn plan_wide_entitlement(
    plan: &Plan,
    grant: &Grant,
    year: i32,
    positions: &[PositionProjection],
    yi: usize,
    total_cost: Nok,
) -> Result<Nok> {
    let Some(scheduled) = grant.scheduled(year) else {
        return Ok(Nok::ZERO.round_ore());
    };
    match scheduled {
        Scheduled::PerFullTime(amount) => Nok::sum_ore(
            positions
                .iter()
                .map(|p| per_full_time(amount, &p.years[yi]))
                .collect::<Result<Vec<_>>>()?,
        ),
        Scheduled::ShareOfCost { share, yearly_cap } => {
            let paid = total_cost.percent(share)?.round_ore();
            Ok(yearly_cap.map_or(paid, |cap| paid.min(cap.round_ore())))
        }
        // For the months any post is at work; a plan of other costs only gets the whole sum.
        Scheduled::FixedPerYear(sum) if plan.positions.is_empty() => Ok(sum.round_ore()),
        Scheduled::FixedPerYear(sum) => {
            fixed_for_months(sum, months_any_active_in_year(plan.positions.iter(), year))
        }
        Scheduled::OneOff(amount) => Ok(amount.round_ore()),
    }
}

pub(super) fn tied_entitlements(
    plan: &Plan,
    grant: &Grant,
    year: i32,
    positions: &[PositionProjection],
    yi: usize,
    tied: &[usize],
    payroll: &[Nok],
) -> Result<Vec<Nok>> {
    let Some(scheduled) = grant.scheduled(year) else {
        return Ok(vec![Nok::ZERO.round_ore(); tied.len()]);
    };
    match scheduled {
        Scheduled::PerFullTime(amount) => tied
            .iter()
            .map(|&pi| per_full_time(amount, &positions[pi].years[yi]))
            .collect(),
        Scheduled::ShareOfCost { share, yearly_cap } => {
            let shares = tied
                .iter()
                .map(|&pi| Ok(payroll[pi].percent(share)?.round_ore()))
                .collect::<Result<Vec<_>>>()?;
            match yearly_cap {
                Some(cap) if Nok::sum(shares.iter().copied())? > cap => {
                    allocate::by_weight(cap, &shares)
                }
                Some(_) | None => Ok(shares),
            }
        }
        Scheduled::FixedPerYear(sum) => {
            let months =
                months_any_active_in_year(tied.iter().map(|&pi| &plan.positions[pi]), year);
            split_by_cost(fixed_for_months(sum, months)?, tied, payroll)
        }
        Scheduled::OneOff(amount) => split_by_cost(amount.round_ore(), tied, payroll),
    }
}

/// `total` split between the `tied` posts in proportion to their payroll cost; with no cost to
/// tie it to, all of it shows up (as excess) on the first post.
pub(super) fn split_by_cost(total: Nok, tied: &[usize], payroll: &[Nok]) -> Result<Vec<Nok>> {
    let weights: Vec<Nok> = tied.iter().map(|&pi| payroll[pi]).collect();
    if weights.iter().all(|w| w.is_zero()) {
        let mut v = vec![Nok::ZERO.round_ore(); tied.len()];
        if let Some(first) = v.first_mut() {
            *first = total;
        }
        Ok(v)
    } else {
        allocate::by_weight(total, &weights)
    }
}
