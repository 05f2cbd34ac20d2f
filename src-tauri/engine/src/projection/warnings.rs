//! Warnings about a plan: things the sources say go wrong for erfaringskonsulenter (working
//! alone, no supervision, posts ending with the grant) and figures worth a second look.

use std::collections::BTreeSet;

use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use super::Projection;
use crate::units::{Nok, Percent};
use crate::{
    model::cost_item::{CostBasis, CostCategory},
    model::plan::{Plan, WizardStep},
    model::position::PensionScheme,
};

/// Sessions a year for supervision once a month.
const MONTHLY: i64 = 12;
/// Below this share of full time, a post is hard to fill and to keep.
pub const LOW_FTE_PERCENT: i64 = 50;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(
    rename_all = "camelCase",
    tag = "kind",
    rename_all_fields = "camelCase"
)]
#[ts(export)]
pub enum Warning {
    /// A grant would pay more than the cost it is tied to; the excess is not used.
    GrantExceedsTiedCost {
        grant_id: String,
        year: i32,
        excess: Nok,
    },
    /// The salary at 100 % is outside the usual range ([`crate::rules::salary_range`]).
    SalaryOutsideTypicalRange {
        position_id: String,
        annual_salary: Nok,
    },
    /// A post under 50 % of full time.
    LowFte {
        position_id: String,
        fte_percent: Percent,
    },
    /// One consultant, and no peer network or conference in the plan.
    WorkingAlone,
    /// Years with a position at work but no supervision planned.
    NoSupervision { years: Vec<i32> },
    /// Supervision by the session, less often than once a month.
    SupervisionLessThanMonthly {
        item_id: String,
        #[serde(with = "crate::decimal::string")]
        #[ts(type = "string")]
        sessions_per_year: Decimal,
    },
    /// A public scheme's pension rate the user has not yet checked with the provider: the
    /// figures rest on an assumption.
    PensionRateAssumed {
        position_id: String,
        pension_percent: Percent,
    },
    /// A temporary post ends in the last year of a grant that pays for it.
    TemporaryEndsWithGrant {
        position_id: String,
        grant_id: String,
        year: i32,
    },
}

impl Warning {
    /// The wizard step where the user changes what the warning is about.
    pub fn step(&self) -> WizardStep {
        match self {
            Self::GrantExceedsTiedCost { .. } => WizardStep::Grants,
            Self::SalaryOutsideTypicalRange { .. } | Self::PensionRateAssumed { .. } => {
                WizardStep::Salary
            }
            Self::LowFte { .. } | Self::WorkingAlone | Self::TemporaryEndsWithGrant { .. } => {
                WizardStep::Role
            }
            Self::NoSupervision { .. } | Self::SupervisionLessThanMonthly { .. } => {
                WizardStep::Supervision
            }
        }
    }
}

pub fn collect(plan: &Plan, projection: &Projection) -> Vec<Warning> {
    let mut out = Vec::new();
    for g in &projection.grants {
        for y in &g.years {
            if y.excess > Nok::from(Decimal::ZERO) {
                out.push(Warning::GrantExceedsTiedCost {
                    grant_id: g.grant_id.clone(),
                    year: y.year,
                    excess: y.excess,
                });
            }
        }
    }
    for p in &plan.positions {
        if !crate::rules::salary_range::is_usual(p.annual_salary.get()) {
            out.push(Warning::SalaryOutsideTypicalRange {
                position_id: p.id.clone(),
                annual_salary: Nok::from(p.annual_salary.get()),
            });
        }
        if p.pension_scheme == PensionScheme::Public && !p.pension_rate_confirmed {
            out.push(Warning::PensionRateAssumed {
                position_id: p.id.clone(),
                pension_percent: Percent::from(p.pension_percent.get()),
            });
        }
        if p.fte_percent < LOW_FTE_PERCENT.into() {
            out.push(Warning::LowFte {
                position_id: p.id.clone(),
                fte_percent: Percent::from(p.fte_percent.get()),
            });
        }
    }
    let has_network = plan
        .cost_items
        .iter()
        .any(|c| c.category == CostCategory::Network);
    if plan.positions.len() == 1 && !has_network {
        out.push(Warning::WorkingAlone);
    }

    let supervised: BTreeSet<i32> = projection
        .cost_items
        .iter()
        .filter(|c| c.category == CostCategory::Supervision)
        .flat_map(|c| c.years.iter())
        .filter(|y| y.hours > Decimal::ZERO || y.cost > Nok::from(Decimal::ZERO))
        .map(|y| y.year)
        .collect();
    let unsupervised: Vec<i32> = projection
        .years
        .iter()
        .map(|s| s.year)
        .filter(|&year| {
            let at_work = projection.positions.iter().any(|p| {
                p.years
                    .iter()
                    .any(|y| y.year == year && y.months_active > 0)
            });
            at_work && !supervised.contains(&year)
        })
        .collect();
    if !unsupervised.is_empty() {
        out.push(Warning::NoSupervision {
            years: unsupervised,
        });
    }
    for item in &plan.cost_items {
        if let (
            CostCategory::Supervision,
            CostBasis::PerSession {
                sessions_per_year, ..
            },
        ) = (item.category, &item.basis)
        {
            if *sessions_per_year > Decimal::ZERO && *sessions_per_year < MONTHLY.into() {
                out.push(Warning::SupervisionLessThanMonthly {
                    item_id: item.id.clone(),
                    sessions_per_year: *sessions_per_year,
                });
            }
        }
    }

    for p in plan.positions.iter() {
        let Some(end) = p.end else { continue };
        for g in &plan.grants {
            let covers = g.position_ids.is_empty() || g.position_ids.contains(&p.id);
            if covers && g.last_year() == end.year() {
                out.push(Warning::TemporaryEndsWithGrant {
                    position_id: p.id.clone(),
                    grant_id: g.id.clone(),
                    year: end.year(),
                });
            }
        }
    }
    out
}
