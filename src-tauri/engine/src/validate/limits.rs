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
/// A post's percentage (stillingsprosent): from 1 to 100, whole hundredths.
pub const MIN_FTE_PERCENT: i64 = 1;
pub const MAX_FTE_PERCENT: i64 = 100;
/// The fewest and the most plans one comparison shows (four columns and their differences are
/// what fits a landscape page and a laptop screen).
pub const MIN_COMPARED: usize = 2;
pub const MAX_COMPARED: usize = 4;
/// Plans one portfolio adds up: every unit's hires in a large municipality.
pub const MAX_PORTFOLIO_PLANS: usize = 200;
/// Saved versions a plan keeps («Lagre versjon»): enough for every budget round of a long plan.
pub const MAX_VERSIONS: usize = 50;
pub const MAX_COST_ITEMS: usize = 100;
pub const MAX_GRANTS: usize = 20;
/// The highest yearly salary at 100 % the app accepts (NOK).
pub const MAX_SALARY: i64 = 10_000_000;
/// The highest single amount (price, grant, cap) the app accepts (NOK).
pub const MAX_AMOUNT: i64 = 100_000_000;
pub(crate) const MAX_ID_CHARS: usize = 64;
pub(crate) const MAX_TEXT_CHARS: usize = 200;
/// The longest note (a checklist entry's, how the posts are financed after the grants).
pub(crate) const MAX_NOTE_CHARS: usize = 4_000;
/// The most entries a checklist may have, and how long an entry's texts may be.
pub const MAX_CHECKLIST_ENTRIES: usize = 200;
/// A budget code: an art or a function, KOSTRA's three digits or a chart's longer account.
pub const MAX_BUDGET_CODE_CHARS: usize = 12;
pub(crate) const MAX_CHECKLIST_TITLE_CHARS: usize = 200;
pub(crate) const MAX_CHECKLIST_OWNER_CHARS: usize = 120;
pub(crate) const MAX_CHECKLIST_NOTE_CHARS: usize = MAX_NOTE_CHARS;
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
    pub max_versions: u32,
    /// The most plans one comparison shows.
    pub max_compared: u32,
    /// How many years a plan may cover («Fra 1 til 40 år»).
    pub min_horizon_years: u32,
    pub max_horizon_years: u32,
    /// A post's percentage, from and to («Fra 1 til 100 %»).
    pub min_fte_percent: u32,
    pub max_fte_percent: u32,
    /// The least pension a private employer pays, percent of salary (OTP: «Minst 2 %»).
    pub min_otp_percent: u32,
    /// The longest label of a saved version (as long as a plan's name).
    pub max_version_label_chars: u32,
}

/// The first saved plan with more versions than a plan may keep, as a field error
/// (`plans[2].versions`): a save that would exceed the cap is refused.
pub fn check_versions(store: &crate::model::plan::PlanStore) -> Option<crate::EngineError> {
    store.plans.iter().enumerate().find_map(|(i, p)| {
        (p.versions.len() > MAX_VERSIONS).then(|| crate::EngineError::TooMany {
            field: format!("plans[{i}].versions"),
            max: MAX_VERSIONS,
        })
    })
}

/// The limits as the UI gets them.
pub fn limits() -> PlanLimits {
    let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
    PlanLimits {
        max_positions: n(MAX_POSITIONS),
        max_grants: n(MAX_GRANTS),
        max_cost_items: n(MAX_COST_ITEMS),
        max_checklist_entries: n(MAX_CHECKLIST_ENTRIES),
        years_before_plan: MAX_YEARS_BEFORE_PLAN,
        max_versions: n(MAX_VERSIONS),
        max_compared: n(MAX_COMPARED),
        min_horizon_years: MIN_HORIZON_YEARS,
        max_horizon_years: MAX_HORIZON_YEARS,
        min_fte_percent: u32::try_from(MIN_FTE_PERCENT).unwrap_or(1),
        max_fte_percent: u32::try_from(MAX_FTE_PERCENT).unwrap_or(100),
        min_otp_percent: u32::try_from(OTP_MIN_PERCENT).unwrap_or(2),
        max_version_label_chars: n(MAX_NAME_CHARS),
    }
}
/// Highest yearly wage or price growth, percent. With at most 80 regulation steps this keeps
/// every amount far below `Decimal`'s limit (1.3^80 × 10 M ≈ 1.3 × 10^16).
pub const MAX_GROWTH_PERCENT: i64 = 30;
/// OTP: private employers pay at least 2 % of salary.
pub(crate) const OTP_MIN_PERCENT: i64 = 2;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::{PlanStore, PlanVersion, StoredPlan};

    #[test]
    fn a_plan_may_keep_fifty_versions_and_no_more() {
        let plan = crate::example::example_plan(2027, 1);
        let version = |n: usize| PlanVersion {
            id: format!("v{n}"),
            label: format!("Versjon {n}"),
            saved_at: "2027-03-12T08:30:00Z".into(),
            plan: plan.clone(),
        };
        let stored = |versions: usize| StoredPlan {
            id: "p".into(),
            plan: plan.clone(),
            step: Default::default(),
            updated_at: "2027-03-12T08:30:00Z".into(),
            drafts: Default::default(),
            alternative_of: None,
            versions: (0..versions).map(version).collect(),
            example: false,
        };
        let mut store = PlanStore {
            plans: vec![stored(0), stored(MAX_VERSIONS)],
            ..PlanStore::default()
        };
        assert_eq!(check_versions(&store), None);
        store.plans.push(stored(MAX_VERSIONS + 1));
        assert_eq!(
            check_versions(&store),
            Some(crate::EngineError::TooMany {
                field: "plans[2].versions".into(),
                max: 50
            })
        );
    }
}
