//! Grants year by year: what each is entitled to in its own shape, capped by the cost it is
//! tied to and by what earlier grants have covered.

use super::*;
use crate::units::Nok;

/// A fixed yearly sum for the months of the year some post is at work: `sum × months / 12`.
pub(super) fn fixed_for_months(sum: Decimal, months: u32) -> Result<Decimal> {
    Ok(round_ore(div(mul(sum, months.into())?, Decimal::from(12))?))
}

/// Applies the grants for one year, in the plan's order. Each grant pays at most the tied cost
/// that earlier grants have not already covered: per position for a tied grant, and the plan's
/// total for every grant.
pub(super) fn grants_for_year(
    plan: &Plan,
    year: i32,
    positions: &[PositionProjection],
    yi: usize,
    payroll: &[Decimal],
    total_cost: Decimal,
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
            uncovered_total = sub(uncovered_total, amount)?;
            (entitled, amount, Vec::new())
        } else {
            let entitled_each =
                tied_entitlements(plan, grant, year, positions, yi, &tied, payroll)?;
            let entitled = sum_ore(entitled_each.iter().copied())?;
            let mut per_position = Vec::with_capacity(tied.len());
            let mut amount = zero_ore();
            for (&pi, &e) in tied.iter().zip(&entitled_each) {
                let pays = e.min(uncovered_payroll[pi]).min(uncovered_total);
                uncovered_payroll[pi] = sub(uncovered_payroll[pi], pays)?;
                uncovered_total = sub(uncovered_total, pays)?;
                amount = add(amount, pays)?;
                per_position.push(GrantShare {
                    position_id: plan.positions[pi].id.clone(),
                    amount: Nok::from(pays),
                });
            }
            (entitled, amount, per_position)
        };
        out.push(GrantYear {
            year,
            scheduled: grant.scheduled(year),
            entitled: Nok::from(entitled),
            amount: Nok::from(amount),
            excess: Nok::from(sub(entitled, amount)?),
            per_position,
        });
    }
    Ok(out)
}

/// A per-100 %-position amount for one position-year: `amount × FTE × active months / 1200`.
pub(super) fn per_full_time(amount: Decimal, p: &PositionYear) -> Result<Decimal> {
    let n = mul(
        mul(amount, p.derivation.fte_percent.get())?,
        p.months_active.into(),
    )?;
    Ok(round_ore(div(n, Decimal::from(1200))?))
}

pub(super) fn plan_wide_entitlement(
    plan: &Plan,
    grant: &Grant,
    year: i32,
    positions: &[PositionProjection],
    yi: usize,
    total_cost: Decimal,
) -> Result<Decimal> {
    let Some(scheduled) = grant.scheduled(year) else {
        return Ok(zero_ore());
    };
    match &grant.shape {
        GrantShape::PerFullTime { .. } | GrantShape::Stepped { .. } => sum_ore(
            positions
                .iter()
                .map(|p| per_full_time(scheduled, &p.years[yi]))
                .collect::<Result<Vec<_>>>()?,
        ),
        GrantShape::ShareOfCost { yearly_cap, .. } => {
            let share = round_ore(percent_of(total_cost, scheduled)?);
            Ok(yearly_cap.map_or(share, |cap| share.min(round_ore(cap.get()))))
        }
        // For the months any post is at work; a plan of other costs only gets the whole sum.
        GrantShape::FixedPerYear { .. } if plan.positions.is_empty() => Ok(round_ore(scheduled)),
        GrantShape::FixedPerYear { .. } => fixed_for_months(
            scheduled,
            months_any_active_in_year(plan.positions.iter(), year),
        ),
        GrantShape::OneOff { .. } => Ok(round_ore(scheduled)),
    }
}

pub(super) fn tied_entitlements(
    plan: &Plan,
    grant: &Grant,
    year: i32,
    positions: &[PositionProjection],
    yi: usize,
    tied: &[usize],
    payroll: &[Decimal],
) -> Result<Vec<Decimal>> {
    let Some(scheduled) = grant.scheduled(year) else {
        return Ok(vec![zero_ore(); tied.len()]);
    };
    match &grant.shape {
        GrantShape::PerFullTime { .. } | GrantShape::Stepped { .. } => tied
            .iter()
            .map(|&pi| per_full_time(scheduled, &positions[pi].years[yi]))
            .collect(),
        GrantShape::ShareOfCost { yearly_cap, .. } => {
            let shares = tied
                .iter()
                .map(|&pi| Ok(round_ore(percent_of(payroll[pi], scheduled)?)))
                .collect::<Result<Vec<_>>>()?;
            match yearly_cap {
                Some(cap) if sum(shares.iter().copied())? > cap.get() => {
                    allocate::by_weight(cap.get(), &shares)
                }
                _ => Ok(shares),
            }
        }
        GrantShape::FixedPerYear { .. } => {
            let months =
                months_any_active_in_year(tied.iter().map(|&pi| &plan.positions[pi]), year);
            split_by_cost(fixed_for_months(scheduled, months)?, tied, payroll)
        }
        GrantShape::OneOff { .. } => split_by_cost(round_ore(scheduled), tied, payroll),
    }
}

/// `total` split between the `tied` posts in proportion to their payroll cost; with no cost to
/// tie it to, all of it shows up (as excess) on the first post.
pub(super) fn split_by_cost(
    total: Decimal,
    tied: &[usize],
    payroll: &[Decimal],
) -> Result<Vec<Decimal>> {
    let weights: Vec<Decimal> = tied.iter().map(|&pi| payroll[pi]).collect();
    if weights.iter().all(Decimal::is_zero) {
        let mut v = vec![zero_ore(); tied.len()];
        if let Some(first) = v.first_mut() {
            *first = total;
        }
        Ok(v)
    } else {
        allocate::by_weight(total, &weights)
    }
}
