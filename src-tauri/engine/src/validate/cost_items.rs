//! The other costs: id and name, how each is made up, its years, and the post it belongs to.

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::{checker::Checker, limits::*, Horizon};
use crate::{error::EngineError, model::cost_item::CostBasis, model::plan::Plan};

pub(super) fn check(c: &mut Checker, plan: &Plan, years: Horizon, posts: &HashSet<String>) {
    c.count("costItems", plan.cost_items.len(), MAX_COST_ITEMS);
    let mut item_ids = HashSet::new();
    for (i, item) in plan.cost_items.iter().enumerate() {
        let f = |name: &str| format!("costItems[{i}].{name}");
        c.id(&f("id"), &item.id, &mut item_ids);
        c.text(&f("name"), &item.name, MAX_NAME_CHARS, true);
        match &item.basis {
            CostBasis::PerSession {
                price,
                sessions_per_year,
                hours_per_session,
            } => {
                c.money(&f("basis.price"), price.get(), MAX_AMOUNT);
                c.decimal(
                    &f("basis.sessionsPerYear"),
                    *sessions_per_year,
                    Decimal::ZERO,
                    MAX_SESSIONS.into(),
                    2,
                );
                c.decimal(
                    &f("basis.hoursPerSession"),
                    *hours_per_session,
                    Decimal::ZERO,
                    24.into(),
                    2,
                );
            }
            CostBasis::PerHour {
                rate,
                hours_per_year,
            } => {
                c.money(&f("basis.rate"), rate.get(), MAX_AMOUNT);
                c.decimal(
                    &f("basis.hoursPerYear"),
                    *hours_per_year,
                    Decimal::ZERO,
                    MAX_HOURS.into(),
                    2,
                );
            }
            CostBasis::PerYear { amount } | CostBasis::Once { amount } => {
                c.money(&f("basis.amount"), amount.get(), MAX_AMOUNT);
            }
        }
        if years.ok {
            for (name, year) in [("firstYear", item.first_year), ("lastYear", item.last_year)] {
                if let Some(y) = year {
                    if !(years.first..=years.last).contains(&y) {
                        c.errors
                            .push(EngineError::OutsideHorizon { field: f(name) });
                    }
                }
            }
        }
        if let (Some(a), Some(b)) = (item.first_year, item.last_year) {
            if b < a {
                c.errors.push(EngineError::EndBeforeStart {
                    field: f("lastYear"),
                });
            }
        }
        if let Some(id) = &item.position_id {
            c.known_position(&f("positionId"), id, posts);
        }
    }
}
