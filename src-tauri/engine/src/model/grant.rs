//! Grants: state or other funding that pays part of the cost, often shrinking year by year.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::units::{Nok, Percent};

/// The shapes real schemes have used. Each has its kind, [`GrantKind`] (the shape without its
/// figures, what the wizard offers), derived from this list so the two cannot drift apart.
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema, strum::EnumDiscriminants,
)]
#[serde(
    rename_all = "camelCase",
    tag = "shape",
    rename_all_fields = "camelCase"
)]
#[ts(export)]
#[strum_discriminants(
    name(GrantKind),
    derive(Serialize, Deserialize, TS, strum::EnumIter),
    serde(rename_all = "camelCase"),
    ts(export)
)]
pub enum GrantShape {
    /// A fixed amount per 100 % position per year, for up to `years` years, then nothing.
    PerFullTime { amount: Nok, years: u32 },
    /// Yearly amounts per 100 % position, one per year from the grant's first year.
    Stepped { amounts: Vec<Nok> },
    /// A share (percent) of the tied cost per year, from the grant's first year; optionally
    /// capped at an amount per year.
    ShareOfCost {
        shares_percent: Vec<Percent>,
        #[serde(default)]
        yearly_cap: Option<Nok>,
    },
    /// A fixed sum per year for the posts it is tied to together, one per year from the grant's
    /// first year, not scaled by the posts' percentage (how many municipal grants are given): a
    /// year's sum is prorated by the months at least one of the posts is at work, and split
    /// between them in proportion to their cost that year. Tied to no post, it is for the plan
    /// as a whole and follows the months any post of the plan is at work.
    FixedPerYear { amounts: Vec<Nok> },
    /// One amount in the grant's first year.
    OneOff { amount: Nok },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Grant {
    pub id: String,
    pub name: String,
    /// Who gives it (e.g. Helsedirektoratet, Statsforvalteren).
    #[serde(default)]
    pub source: String,
    pub first_year: i32,
    pub shape: GrantShape,
    /// The positions the grant pays for; empty for the plan as a whole.
    #[serde(default)]
    pub position_ids: Vec<String>,
}

/// A grant's entry for one year of its schedule, with what it is: kroner per 100 % post, a sum
/// for the year, a sum once, or a share of the cost (with its cap). An amount and a share are
/// never mixed up: each arrives as its own type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheduled {
    /// Per 100 % post for the months it is at work (`PerFullTime`, `Stepped`).
    PerFullTime(Nok),
    /// A sum for the year, for the months any tied post is at work.
    FixedPerYear(Nok),
    OneOff(Nok),
    ShareOfCost {
        share: Percent,
        yearly_cap: Option<Nok>,
    },
}

impl Scheduled {
    /// The figure as the schedule holds it, kroner or percent.
    pub fn value(self) -> Decimal {
        match self {
            Scheduled::PerFullTime(amount)
            | Scheduled::FixedPerYear(amount)
            | Scheduled::OneOff(amount) => amount.get(),
            Scheduled::ShareOfCost { share, .. } => share.get(),
        }
    }
}

impl Grant {
    /// The grant's entry for `year` in its schedule: the amount or share for that year, or
    /// `None` outside it.
    pub fn scheduled(&self, year: i32) -> Option<Scheduled> {
        let offset = usize::try_from(year.checked_sub(self.first_year)?).ok()?;
        match &self.shape {
            GrantShape::PerFullTime { amount, years } => {
                (offset < usize::try_from(*years).ok()?).then_some(Scheduled::PerFullTime(*amount))
            }
            GrantShape::Stepped { amounts } => {
                amounts.get(offset).copied().map(Scheduled::PerFullTime)
            }
            GrantShape::FixedPerYear { amounts } => {
                amounts.get(offset).copied().map(Scheduled::FixedPerYear)
            }
            GrantShape::ShareOfCost {
                shares_percent,
                yearly_cap,
            } => shares_percent
                .get(offset)
                .map(|share| Scheduled::ShareOfCost {
                    share: *share,
                    yearly_cap: *yearly_cap,
                }),
            GrantShape::OneOff { amount } => (offset == 0).then_some(Scheduled::OneOff(*amount)),
        }
    }

    /// The last year the grant pays anything.
    pub fn last_year(&self) -> i32 {
        let len = match &self.shape {
            GrantShape::PerFullTime { years, .. } => usize::try_from(*years).unwrap_or(0),
            GrantShape::Stepped { amounts } | GrantShape::FixedPerYear { amounts } => amounts.len(),
            GrantShape::ShareOfCost { shares_percent, .. } => shares_percent.len(),
            GrantShape::OneOff { .. } => 1,
        };
        let span = i32::try_from(len.max(1) - 1).unwrap_or(i32::MAX);
        self.first_year.saturating_add(span)
    }
}
