//! A position: one erfaringskonsulent post, with its salary, share of full time and the terms
//! that decide holiday pay and pension.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::calendar::YearMonth;

/// The pension scheme decides what the rate means and its floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum PensionScheme {
    /// A public occupational scheme (KLP, SPK, own fund): the employer takes the rate from its
    /// provider.
    #[default]
    Public,
    /// Mandatory occupational pension for private employers: at least 2 % of salary.
    Otp,
}

/// What the consultant will work with (several may apply).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum RoleTask {
    IndividualUsers,
    SystemLevel,
    Projects,
    UserOrganisations,
    NextOfKin,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Position {
    /// Stable id, unique within the plan; grants and cost items refer to it.
    pub id: String,
    pub title: String,
    /// Share of full time, 1–100 (percent).
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    #[schemars(with = "String")]
    pub fte_percent: Decimal,
    /// Yearly salary for 100 % at the start date, in NOK.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    #[schemars(with = "String")]
    pub annual_salary: Decimal,
    /// First month of work.
    pub start: YearMonth,
    /// Last month of work for a temporary post; `None` for a permanent post.
    #[serde(default)]
    pub end: Option<YearMonth>,
    /// Holiday pay in percent of worked salary (10.2 by law, 12 with the fifth week).
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    #[schemars(with = "String")]
    pub holiday_pay_percent: Decimal,
    /// Holiday weeks paid through holiday pay (4.2 = four weeks and one day).
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    #[schemars(with = "String")]
    pub holiday_weeks: Decimal,
    #[serde(default)]
    pub pension_scheme: PensionScheme,
    /// Employer's pension premium in percent of contract salary.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    #[schemars(with = "String")]
    pub pension_percent: Decimal,
    /// Years of seniority credited for lived experience (for the record; the salary entered
    /// already includes it).
    #[serde(default)]
    pub seniority_years: u32,
    #[serde(default)]
    pub tasks: Vec<RoleTask>,
}

impl Position {
    pub fn is_temporary(&self) -> bool {
        self.end.is_some()
    }

    /// Whether the position is at work in `month`.
    pub fn active_in(&self, month: YearMonth) -> bool {
        month >= self.start && self.end.is_none_or(|end| month <= end)
    }
}
