//! The key figures a comparison sets side by side, and what each counts. Named here, below the
//! comparison that computes them and the words that name them.

use serde::Serialize;
use ts_rs::TS;

/// Which figure a row holds, in the order the rows are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, strum::EnumIter)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum FigureKey {
    /// Pay and other costs over the plan's years.
    TotalCost,
    /// What the grants pay over the plan's years.
    Grants,
    /// What the employer pays over the plan's years: total cost less grants.
    NetCost,
    /// The funding cliff: the first year a grant shrinks and the employer's cost rises.
    FundingCliffYear,
    /// How much the employer's cost rises that year.
    FundingCliffJump,
    /// The first year the employer pays everything (no grant left).
    PaysInFullFrom,
    Posts,
    /// Full-time equivalents: the posts' shares of full time added up.
    FullTimeEquivalents,
    /// Supervision hours a year, on average over the plan's years.
    SupervisionHoursPerYear,
    /// Supervision cost a year, on average over the plan's years.
    SupervisionCostPerYear,
    /// Warnings: one consultant alone, with no network.
    WorkingAlone,
    /// Warnings: posts under 50 %.
    PartTime,
    /// Warnings: temporary posts that end with the grant.
    TemporaryEndsWithGrant,
    /// Warnings: years without supervision (1 if there are any).
    NoSupervision,
}

/// What a figure counts, so it is written and compared the right way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum FigureUnit {
    Kroner,
    /// A calendar year; its difference is a number of years.
    Year,
    Count,
    FullTimeEquivalents,
    Hours,
}

impl FigureKey {
    pub fn unit(self) -> FigureUnit {
        match self {
            Self::TotalCost
            | Self::Grants
            | Self::NetCost
            | Self::FundingCliffJump
            | Self::SupervisionCostPerYear => FigureUnit::Kroner,
            Self::FundingCliffYear | Self::PaysInFullFrom => FigureUnit::Year,
            Self::Posts
            | Self::WorkingAlone
            | Self::PartTime
            | Self::TemporaryEndsWithGrant
            | Self::NoSupervision => FigureUnit::Count,
            Self::FullTimeEquivalents => FigureUnit::FullTimeEquivalents,
            Self::SupervisionHoursPerYear => FigureUnit::Hours,
        }
    }
}
