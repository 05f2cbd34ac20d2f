//! A position: one erfaringskonsulent post, with its salary, share of full time and the terms
//! that decide holiday pay and pension.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::EnumIter;
use ts_rs::TS;

use crate::{
    model::calendar::YearMonth,
    units::{Nok, Percent},
};

/// The pension scheme decides what the rate means and its floor.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema, EnumIter,
)]
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
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, JsonSchema, strum::EnumIter,
)]
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
    pub fte_percent: Percent,
    /// Yearly salary for 100 % at the start date, in NOK.
    pub annual_salary: Nok,
    /// First month of work.
    pub start: YearMonth,
    /// Last month of work for a temporary post; `None` for a permanent post.
    #[serde(default)]
    pub end: Option<YearMonth>,
    /// Holiday pay in percent of worked salary (10.2 by law, 12 with the fifth week).
    pub holiday_pay_percent: Percent,
    /// Holiday weeks paid through holiday pay (4.2 = four weeks and one day).
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    #[schemars(with = "String")]
    pub holiday_weeks: Decimal,
    #[serde(default)]
    pub pension_scheme: PensionScheme,
    /// Employer's pension premium in percent of contract salary.
    pub pension_percent: Percent,
    /// The user has checked the pension rate with the pension provider. Until then a public
    /// scheme's rate is an assumption, and the projection says so.
    #[serde(default)]
    pub pension_rate_confirmed: bool,
    /// Years of seniority credited for lived experience (for the record; the salary entered
    /// already includes it).
    #[serde(default)]
    pub seniority_years: u32,
}

/// Holiday terms people choose between: rate (percent of worked salary) and weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HolidayTerms {
    pub id: HolidayTermsId,
    pub holiday_pay_percent: Percent,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub holiday_weeks: Decimal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, EnumIter)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum HolidayTermsId {
    /// The Holiday Act: 10.2 %, four weeks and one day.
    Statutory,
    /// With the tariff fifth week (municipal, state, health trusts): 12 %, five weeks.
    Tariff,
    /// The Holiday Act from the year the worker turns 60: +2.3 points and one more week.
    StatutoryOver60,
    /// Tariff terms from 60: 14.3 %, six weeks.
    TariffOver60,
}

impl HolidayTerms {
    /// The four common terms. (Holiday pay from 60 applies to pay up to 6 G; the plan uses the
    /// full rate, which is exact for salaries in the typical range.)
    pub fn presets() -> [HolidayTerms; 4] {
        let t = |id, pay: i64, weeks: i64| HolidayTerms {
            id,
            holiday_pay_percent: Percent::from(Decimal::new(pay, 1)),
            holiday_weeks: Decimal::new(weeks, 1),
        };
        [
            t(HolidayTermsId::Statutory, 102, 42),
            t(HolidayTermsId::Tariff, 120, 50),
            t(HolidayTermsId::StatutoryOver60, 125, 52),
            t(HolidayTermsId::TariffOver60, 143, 60),
        ]
    }
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
