//! How much a plan may hold and how large its figures may be: the bounds the checks apply, and
//! what the UI is told of them so it offers only what the plan may hold. The bounds also keep
//! every later computation far from `Decimal`'s limits, so a validated plan cannot overflow.

/// Longest plan name the UI and the PDF header are laid out for.
pub const MAX_NAME_CHARS: usize = 120;
pub const MIN_HORIZON_YEARS: u32 = 1;
pub const MAX_HORIZON_YEARS: u32 = 40;
/// The planning years the app supports: from the first rate table to a generous future.
pub const MIN_FIRST_YEAR: i32 = 2020;
pub const MAX_FIRST_YEAR: i32 = 2100;

pub const MAX_POSITIONS: usize = 50;
pub const MAX_COST_ITEMS: usize = 100;
pub const MAX_GRANTS: usize = 20;
/// The highest yearly salary at 100 % the app accepts (NOK).
pub const MAX_SALARY: i64 = 10_000_000;
/// The highest single amount (price, grant, cap) the app accepts (NOK).
pub const MAX_AMOUNT: i64 = 100_000_000;
pub(crate) const MAX_ID_CHARS: usize = 64;
pub(crate) const MAX_TEXT_CHARS: usize = 200;
pub(crate) const MAX_SESSIONS: i64 = 1_000;
pub(crate) const MAX_HOURS: i64 = 10_000;
pub(crate) const MAX_HOLIDAY_WEEKS: i64 = 10;
pub(crate) const MAX_SENIORITY_YEARS: u32 = 60;
/// An existing post may have started before the plan, but at most this many years before.
pub(crate) const MAX_YEARS_BEFORE_PLAN: i32 = 40;

/// The limits the UI needs to offer only what the plan may hold (the add buttons, the years a
/// post may start in), from the constants the checks above use.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PlanLimits {
    pub max_positions: u32,
    pub max_grants: u32,
    pub max_cost_items: u32,
    pub max_checklist_entries: u32,
    /// A post may start this many years before the plan's first year, up to its last year.
    pub years_before_plan: i32,
}

/// The limits as the UI gets them.
pub fn limits() -> PlanLimits {
    let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
    PlanLimits {
        max_positions: n(MAX_POSITIONS),
        max_grants: n(MAX_GRANTS),
        max_cost_items: n(MAX_COST_ITEMS),
        max_checklist_entries: n(super::checklist::MAX_ENTRIES),
        years_before_plan: MAX_YEARS_BEFORE_PLAN,
    }
}
/// Highest yearly wage or price growth, percent. With at most 80 regulation steps this keeps
/// every amount far below `Decimal`'s limit (1.3^80 × 10 M ≈ 1.3 × 10^16).
pub const MAX_GROWTH_PERCENT: i64 = 30;
/// OTP: private employers pay at least 2 % of salary.
pub(crate) const OTP_MIN_PERCENT: i64 = 2;
