//! Other costs year by year: the basis, price growth, and the posts at work.

use super::*;
use crate::units::Nok;

pub(super) fn cost_item_projection(
    plan: &Plan,
    item: &CostItem,
    years: &[i32],
    price_growth: &mut Powers,
) -> Result<CostItemProjection> {
    let first = item.first_year.unwrap_or(plan.first_year);
    let last = item.last_year.unwrap_or_else(|| plan.last_year());
    let position = item
        .position_id
        .as_ref()
        .and_then(|id| plan.positions.iter().find(|p| &p.id == id));
    let (yearly_amount, yearly_hours) = (item.basis.yearly_amount()?, item.basis.yearly_hours()?);
    let once = matches!(item.basis, CostBasis::Once { .. });
    let counts_cost = !item.internal || item.include_internal_cost;
    let per_position = item.per_position && item.position_id.is_none();
    // Supervision is for the consultants: with none at work in a year (a temporary post has
    // ended, or none has started), a plan-wide supervision item costs nothing that year.
    let needs_posts = item.category == CostCategory::Supervision
        && item.position_id.is_none()
        && !plan.positions.is_empty();
    let years = years
        .iter()
        .map(|&year| {
            let in_period = if once {
                year == first
            } else {
                (first..=last).contains(&year)
            };
            let position_at_work = position.is_none_or(|p| position_active_in_year(p, year));
            let months_at_work: u32 = plan
                .positions
                .iter()
                .map(|p| months_active_in_year(p, year))
                .sum();
            let steps = u32::try_from(year - plan.first_year).unwrap_or(0);
            let active = in_period && position_at_work && !(needs_posts && months_at_work == 0);
            let base_amount = if active && counts_cost {
                yearly_amount
            } else {
                Nok::ZERO
            };
            // × post months / 12, for an item per post; the one division comes last.
            let months = Decimal::from(months_at_work);
            let grown = base_amount.scale(price_growth.get(steps)?)?;
            let cost_exact = if per_position {
                grown.fraction(months, Decimal::from(12))?
            } else {
                grown
            };
            let hours = match (active, per_position) {
                (false, _) => Decimal::ZERO,
                (true, true) => div(mul(yearly_hours, months)?, Decimal::from(12))?.normalize(),
                (true, false) => yearly_hours.normalize(),
            };
            Ok(CostItemYear {
                year,
                cost: cost_exact.round_ore(),
                hours,
                base_amount,
                price_steps: steps,
                post_months: per_position.then_some(months_at_work),
                cost_exact: Nok::from(cost_exact.get().normalize()),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(CostItemProjection {
        item_id: item.id.clone(),
        name: item.name.clone(),
        category: item.category,
        internal: item.internal,
        years,
    })
}
