//! Costs besides payroll: supervision, training, equipment, travel, networks and conferences.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{decimal::mul, error::Result, units::Nok};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema, strum::EnumIter,
)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum CostCategory {
    Supervision,
    Training,
    Equipment,
    Travel,
    /// Peer networks and conferences.
    Network,
    Other,
}

/// How an item's yearly amount is made up. Amounts are in NOK at the plan's first year's prices.
/// Its kind, [`CostBasisKind`] (the way without its figures, what «Beregnes som» chooses), is
/// derived from this list.
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema, strum::EnumDiscriminants,
)]
#[serde(
    rename_all = "camelCase",
    tag = "basis",
    rename_all_fields = "camelCase"
)]
#[ts(export)]
#[strum_discriminants(
    name(CostBasisKind),
    derive(Serialize, Deserialize, TS),
    serde(rename_all = "camelCase"),
    ts(export)
)]
pub enum CostBasis {
    /// A price per session, a number of sessions a year, and the hours each takes.
    PerSession {
        price: Nok,
        #[serde(with = "crate::decimal::string")]
        #[ts(type = "string")]
        #[schemars(with = "String")]
        sessions_per_year: Decimal,
        #[serde(with = "crate::decimal::string")]
        #[ts(type = "string")]
        #[schemars(with = "String")]
        hours_per_session: Decimal,
    },
    /// An hourly rate and hours a year.
    PerHour {
        rate: Nok,
        #[serde(with = "crate::decimal::string")]
        #[ts(type = "string")]
        #[schemars(with = "String")]
        hours_per_year: Decimal,
    },
    /// A fixed amount every year.
    PerYear { amount: Nok },
    /// One amount, in the item's first year only.
    Once { amount: Nok },
}

impl CostBasis {
    pub fn kind(&self) -> CostBasisKind {
        self.into()
    }

    /// The amount in a year the item applies (for `Once`, its one year), before price growth.
    pub fn yearly_amount(&self) -> Result<Nok> {
        match self {
            CostBasis::PerSession {
                price,
                sessions_per_year,
                ..
            } => price.scale(*sessions_per_year),
            CostBasis::PerHour {
                rate,
                hours_per_year,
            } => rate.scale(*hours_per_year),
            CostBasis::PerYear { amount } | CostBasis::Once { amount } => Ok(*amount),
        }
    }

    /// Hours a year, where the basis counts them (zero for a sum of money).
    pub fn yearly_hours(&self) -> Result<Decimal> {
        match self {
            CostBasis::PerSession {
                sessions_per_year,
                hours_per_session,
                ..
            } => mul(*sessions_per_year, *hours_per_session),
            CostBasis::PerHour { hours_per_year, .. } => Ok(*hours_per_year),
            CostBasis::PerYear { .. } | CostBasis::Once { .. } => Ok(Decimal::ZERO),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CostItem {
    pub id: String,
    pub name: String,
    pub category: CostCategory,
    pub basis: CostBasis,
    /// First year the item applies (defaults to the plan's first year).
    #[serde(default)]
    pub first_year: Option<i32>,
    /// Last year the item applies (defaults to the plan's last year).
    #[serde(default)]
    pub last_year: Option<i32>,
    /// Given by the employer's own staff: counted in hours; its cost is included only when
    /// `include_internal_cost` is set.
    #[serde(default)]
    pub internal: bool,
    #[serde(default)]
    pub include_internal_cost: bool,
    /// The position the item belongs to; `None` for the plan as a whole. An item tied to a
    /// position costs nothing in a year the position is not at work at all.
    #[serde(default)]
    pub position_id: Option<String>,
    /// The amount is for each post (supervision for every consultant, say): it follows the
    /// number of posts at work, month by month, so a post at work half a year counts half. Only
    /// for an item of the plan as a whole (not tied to one position).
    #[serde(default)]
    pub per_position: bool,
}
