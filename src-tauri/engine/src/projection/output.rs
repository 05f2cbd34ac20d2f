//! What a projection holds: per position, cost item and grant, year by year, with the
//! derivations, and the summaries (totals, the funding cliff, the chart).

use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use super::Warning;
use crate::model::{calendar::YearMonth, cost_item::CostCategory};
use crate::rules::aga::AgaZone;
use crate::units::{Nok, Percent};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Projection {
    pub first_year: i32,
    pub last_year: i32,
    /// The AGA rate used each year, and where it came from.
    pub aga: Vec<AgaYear>,
    pub positions: Vec<PositionProjection>,
    pub cost_items: Vec<CostItemProjection>,
    pub grants: Vec<GrantProjection>,
    /// The plan's totals, year by year.
    pub years: Vec<YearSummary>,
    /// Sums over the whole horizon.
    pub totals: Totals,
    /// The first year the employer's net cost jumps because a grant shrinks or ends.
    pub funding_cliff: Option<FundingCliff>,
    /// The first year with no grant income left, when grants end within the horizon (or the
    /// first year, when there are no grants).
    pub employer_pays_in_full_from: Option<i32>,
    /// The employer's net cost in the two years a budget meeting asks for first.
    pub key_years: KeyYears,
    pub warnings: Vec<Warning>,
    /// Bar heights for a chart of grant and employer's cost per year, so drawing needs no
    /// arithmetic: percentages of the highest yearly total cost.
    pub chart: Vec<ChartBar>,
    /// Each position's salary placed against the typical range, for drawing.
    pub salary_bands: Vec<SalaryBand>,
}

impl Projection {
    /// The plan costs nothing in any of its years (no post, or none at work in them, and no
    /// other cost): there is nothing to pay, to cover with grants or to stress.
    pub fn nothing_to_pay(&self) -> bool {
        self.totals.total_cost.is_zero()
    }
}

/// A salary at 100 % on the band's scale with the usual range marked
/// ([`crate::rules::salary_range`]); all in percent of the scale, two decimals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SalaryBand {
    pub position_id: String,
    pub range_start_percent: Percent,
    pub range_end_percent: Percent,
    /// Where the salary falls; 0 or 100 when it is off the scale.
    pub marker_percent: Percent,
    pub inside: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ChartBar {
    pub year: i32,
    /// The grant's part of the bar, percent of the tallest year (two decimals).
    pub grants_percent: Percent,
    /// The employer's part of the bar, percent of the tallest year (two decimals).
    pub net_percent: Percent,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AgaYear {
    pub year: i32,
    pub zone: AgaZone,
    pub rate_percent: Percent,
    /// The user's own rate replaced the table's.
    pub overridden: bool,
    /// No table is published for this year; the latest one is carried forward.
    pub assumed: bool,
    pub source: String,
    pub source_en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PositionProjection {
    pub position_id: String,
    pub title: String,
    pub years: Vec<PositionYear>,
}

/// One position's payroll lines in one year, each rounded to øre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PositionYear {
    pub year: i32,
    pub months_active: u32,
    /// `S`: salary for the active months at the share of full time.
    pub contract_salary: Nok,
    /// `W = S × (52 − holiday weeks) / 52`.
    pub worked_salary: Nok,
    /// `F = W × holiday-pay rate`, booked in the year it is earned.
    pub holiday_pay: Nok,
    /// `P = S × pension rate`.
    pub pension: Nok,
    /// `A = (W + F + P) × AGA rate`.
    pub aga: Nok,
    /// `W + F + P + A`.
    pub payroll_cost: Nok,
    pub derivation: PositionDerivation,
}

/// How a position-year's lines were computed: the inputs, and each line's exact value before it
/// was rounded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PositionDerivation {
    /// Runs of months with the same salary level.
    pub salary_segments: Vec<SalarySegment>,
    pub fte_percent: Percent,
    pub contract_salary_exact: Nok,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub holiday_weeks: Decimal,
    pub worked_salary_exact: Nok,
    pub holiday_pay_percent: Percent,
    pub holiday_pay_exact: Nok,
    pub pension_percent: Percent,
    pub pension_exact: Nok,
    pub aga_percent: Percent,
    /// `W + F + P`, the base AGA is charged on.
    pub aga_base: Nok,
    pub aga_exact: Nok,
}

/// Months `first_month..=last_month` at one salary level: `amount = annual salary × FTE × months
/// / 1200`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SalarySegment {
    pub first_month: YearMonth,
    pub last_month: YearMonth,
    pub months: u32,
    /// Wage regulations since the start: the salary entered × (1 + growth)^steps.
    pub regulation_steps: u32,
    /// Yearly salary at 100 % in force in these months (exact).
    pub annual_salary: Nok,
    pub amount_exact: Nok,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CostItemProjection {
    pub item_id: String,
    pub name: String,
    pub category: CostCategory,
    pub internal: bool,
    pub years: Vec<CostItemYear>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CostItemYear {
    pub year: i32,
    /// Cost in NOK, rounded to øre (zero for internal work whose cost is not included).
    pub cost: Nok,
    /// Hours of work or supervision that year.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub hours: Decimal,
    /// The yearly amount at the plan's first-year prices.
    pub base_amount: Nok,
    /// Years of price growth applied: base × (1 + price growth)^steps.
    pub price_steps: u32,
    /// For an item per post: the months posts are at work this year, added up over the posts
    /// (12 = one post all year); the cost is base × post months / 12 × growth. `None` for an
    /// item that is not per post.
    pub post_months: Option<u32>,
    pub cost_exact: Nok,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GrantProjection {
    pub grant_id: String,
    pub name: String,
    pub years: Vec<GrantYear>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GrantYear {
    pub year: i32,
    /// The schedule's entry for this year: NOK per 100 % position, percent of cost for a
    /// share-of-cost grant, the year's sum for a fixed-per-year grant, or the one-off amount;
    /// `None` outside the schedule.
    #[serde(with = "crate::decimal::string_option")]
    #[ts(type = "string | null")]
    pub scheduled: Option<Decimal>,
    /// What the grant would pay this year before it is limited to the cost it is tied to.
    pub entitled: Nok,
    /// What it pays: never more than the tied cost not already covered.
    pub amount: Nok,
    /// `entitled − amount`: grant money the plan has no cost for.
    pub excess: Nok,
    /// For a grant tied to positions: what it pays towards each.
    pub per_position: Vec<GrantShare>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GrantShare {
    pub position_id: String,
    pub amount: Nok,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct YearSummary {
    pub year: i32,
    pub payroll_cost: Nok,
    pub other_costs: Nok,
    pub total_cost: Nok,
    pub grants: Nok,
    /// `total cost − grants`.
    pub net_cost: Nok,
    /// Grants as a percentage of total cost, rounded to two decimals (0 when there is no cost).
    pub grant_share_percent: Percent,
    pub running_total_cost: Nok,
    pub running_net_cost: Nok,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Totals {
    pub payroll_cost: Nok,
    pub other_costs: Nok,
    pub total_cost: Nok,
    pub grants: Nok,
    pub net_cost: Nok,
}

/// The employer's net cost in the plan's first year, and in the year it carries the posts on
/// its own: what a budget meeting asks for before the totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct KeyYears {
    pub first: YearNetCost,
    /// The first year with no grant left, when the grants end after the plan's first year;
    /// otherwise (no grants, or grants until the end) the plan's last year.
    pub carried: YearNetCost,
    pub carried_from: CarriedFrom,
}

/// Which year [`KeyYears::carried`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum CarriedFrom {
    /// The first year with no grant left: from then on the employer pays everything.
    NoGrantLeft,
    /// The plan's last year: there are no grants, or they last to the end of the plan.
    LastYear,
}

/// The employer's net cost (total cost less grants) in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct YearNetCost {
    pub year: i32,
    pub net_cost: Nok,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FundingCliff {
    pub year: i32,
    /// How much the employer's net cost rises from the year before.
    pub jump: Nok,
    /// How much less grant there is than the year before.
    pub grant_drop: Nok,
}
