//! The grants: id and name, first year, each shape's figures, and the posts they pay for.

use std::collections::HashSet;

use super::{checker::Checker, limits::*, Horizon};
use crate::{error::EngineError, model::grant::GrantShape, model::plan::Plan};

pub(super) fn check(c: &mut Checker, plan: &Plan, years: Horizon, posts: &HashSet<String>) {
    c.count("grants", plan.grants.len(), MAX_GRANTS);
    let mut grant_ids = HashSet::new();
    for (i, g) in plan.grants.iter().enumerate() {
        let f = |name: &str| format!("grants[{i}].{name}");
        c.id(&f("id"), &g.id, &mut grant_ids);
        c.text(&f("name"), &g.name, MAX_NAME_CHARS, true);
        c.text(&f("source"), &g.source, MAX_TEXT_CHARS, false);
        if years.ok && !(years.first..=years.last).contains(&g.first_year) {
            c.errors.push(EngineError::OutsideHorizon {
                field: f("firstYear"),
            });
        }
        let max_years = usize::try_from(MAX_HORIZON_YEARS).unwrap_or(40);
        match &g.shape {
            GrantShape::PerFullTime { amount, years } => {
                c.money(&f("shape.amount"), amount.get(), MAX_AMOUNT);
                c.int_range(
                    &f("shape.years"),
                    (*years).into(),
                    1,
                    MAX_HORIZON_YEARS.into(),
                );
            }
            GrantShape::Stepped { amounts } | GrantShape::FixedPerYear { amounts } => {
                if amounts.is_empty() {
                    c.errors.push(EngineError::Required {
                        field: f("shape.amounts"),
                    });
                }
                c.count(&f("shape.amounts"), amounts.len(), max_years);
                for (k, a) in amounts.iter().enumerate() {
                    c.money(&f(&format!("shape.amounts[{k}]")), a.get(), MAX_AMOUNT);
                }
            }
            GrantShape::ShareOfCost {
                shares_percent,
                yearly_cap,
            } => {
                if shares_percent.is_empty() {
                    c.errors.push(EngineError::Required {
                        field: f("shape.sharesPercent"),
                    });
                }
                c.count(&f("shape.sharesPercent"), shares_percent.len(), max_years);
                for (k, s) in shares_percent.iter().enumerate() {
                    c.percent(&f(&format!("shape.sharesPercent[{k}]")), s.get());
                }
                if let Some(cap) = yearly_cap {
                    c.money(&f("shape.yearlyCap"), cap.get(), MAX_AMOUNT);
                }
            }
            GrantShape::OneOff { amount } => c.money(&f("shape.amount"), amount.get(), MAX_AMOUNT),
        }
        let mut seen = HashSet::new();
        for (k, id) in g.position_ids.iter().enumerate() {
            let field = f(&format!("positionIds[{k}]"));
            c.known_position(&field, id, posts);
            if !seen.insert(id.as_str()) {
                c.errors.push(EngineError::DuplicateId {
                    field,
                    id: id.clone(),
                });
            }
        }
    }
}
