//! The hiring plan as the user edits it, and the file that keeps all of a user's plans.
//!
//! Every field added after the first version gets `#[serde(default)]`, so files written by an
//! earlier version still open.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{
    error::Result,
    model::calendar::parse_date,
    model::cost_item::CostItem,
    model::grant::Grant,
    model::organisation::Organisation,
    model::position::{Position, RoleTask},
    units::Percent,
};

/// Version of the plan format written by this build (in plan files and in each stored plan).
/// Version 2 moved the role's tasks from each position to the plan (upgraded on reading by
/// `store::plan_file`).
pub const SCHEMA_VERSION: u32 = 2;
/// Version of the plans store (`plans.json`) written by this build. Version 2 was the plans'
/// version 2; version 3 added alternatives (`alternativeOf`) and saved versions of a plan, which
/// a version-2 build would drop on saving, so it opens version-3 files read-only.
pub const STORE_SCHEMA_VERSION: u32 = 3;
const DEFAULT_HORIZON_YEARS: u32 = 10;

/// The seven steps of the wizard, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum WizardStep {
    #[default]
    Organisation,
    Role,
    Checklist,
    Salary,
    Grants,
    Supervision,
    Summary,
}

/// Which step owns a field, by its path without the indexes (`positions.annualSalary` for
/// `positions[1].annualSalary`): the first entry that is the path or a part above it. A path no
/// entry matches is on «Virksomheten». The UI gets this list generated
/// (`ui/src/bindings/fieldSteps.ts`), so an error or a missing value is shown on the same step
/// in Rust's summary and on the screen.
pub const FIELD_STEPS: &[(&str, WizardStep)] = &[
    ("positions.annualSalary", WizardStep::Salary),
    ("positions.seniorityYears", WizardStep::Salary),
    ("positions.holidayPayPercent", WizardStep::Salary),
    ("positions.holidayWeeks", WizardStep::Salary),
    ("positions.pensionScheme", WizardStep::Salary),
    ("positions.pensionPercent", WizardStep::Salary),
    ("positions.pensionRateConfirmed", WizardStep::Salary),
    ("positions", WizardStep::Role),
    ("checklist", WizardStep::Checklist),
    ("wageGrowthPercent", WizardStep::Salary),
    ("regulationMonth", WizardStep::Salary),
    ("grants", WizardStep::Grants),
    ("financingAfterGrants", WizardStep::Grants),
    ("costItems", WizardStep::Supervision),
    ("priceGrowthPercent", WizardStep::Supervision),
    ("budgetCodes", WizardStep::Summary),
];

impl WizardStep {
    pub const ALL: [WizardStep; 7] = [
        Self::Organisation,
        Self::Role,
        Self::Checklist,
        Self::Salary,
        Self::Grants,
        Self::Supervision,
        Self::Summary,
    ];

    /// The step where the user fills in the field at `path` (`positions[1].annualSalary`).
    pub fn of_field(path: &str) -> WizardStep {
        let mut generic = String::with_capacity(path.len());
        let mut in_index = false;
        for c in path.chars() {
            match c {
                '[' => in_index = true,
                ']' => in_index = false,
                c if !in_index => generic.push(c),
                _ => {}
            }
        }
        FIELD_STEPS
            .iter()
            .find(|(field, _)| {
                generic == *field
                    || generic
                        .strip_prefix(field)
                        .is_some_and(|rest| rest.starts_with('.'))
            })
            .map_or(WizardStep::Organisation, |(_, step)| *step)
    }
}

/// Default yearly wage growth, percent: an assumption the user can change (the frontfag frame
/// was 5.2 % in 2023 and 2024 and 4.4 % in 2025; about 4 % is expected for 2026).
pub fn default_wage_growth() -> Percent {
    Percent::new(Decimal::new(40, 1))
}

/// Default yearly price growth for costs other than pay, percent: an assumption.
pub fn default_price_growth() -> Percent {
    Percent::new(Decimal::new(30, 1))
}

/// No budget code set: the plan file leaves the field out, as before it existed.
pub(crate) fn no_budget_codes(codes: &Option<crate::model::budget::BudgetCodes>) -> bool {
    codes
        .as_ref()
        .is_none_or(crate::model::budget::BudgetCodes::is_empty)
}

fn default_schema_version() -> u32 {
    SCHEMA_VERSION
}

/// Wage settlements take effect on 1 May.
pub fn default_regulation_month() -> u8 {
    5
}

/// One hiring plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Plan {
    /// The format version of this plan; files without it are version 1.
    #[serde(default = "default_schema_version")]
    pub schema_version: u32,
    pub name: String,
    /// The day the plan was created (YYYY-MM-DD).
    pub created_on: String,
    /// The first budget year the plan covers.
    pub first_year: i32,
    /// How many years the plan covers, 1–40.
    pub horizon_years: u32,
    #[serde(default)]
    pub organisation: Organisation,
    /// What the consultants will work with: one choice for the plan, so it is kept before any
    /// post exists (version 1 kept it on each position).
    #[serde(default)]
    pub tasks: Vec<RoleTask>,
    /// Yearly wage growth, percent.
    #[serde(default = "default_wage_growth")]
    pub wage_growth_percent: Percent,
    /// The month (1–12) in which wages are regulated each year.
    #[serde(default = "default_regulation_month")]
    pub regulation_month: u8,
    /// Yearly price growth for other costs, percent.
    #[serde(default = "default_price_growth")]
    pub price_growth_percent: Percent,
    #[serde(default)]
    pub positions: Vec<Position>,
    #[serde(default)]
    pub cost_items: Vec<CostItem>,
    #[serde(default)]
    pub grants: Vec<Grant>,
    /// How the posts will be financed when the grants end, in the user's words (for the PDF).
    #[serde(default)]
    pub financing_after_grants: String,
    /// The codes the budget lines are booked on, where the user has set any; left out of the
    /// file when none is set.
    #[serde(default, skip_serializing_if = "crate::model::plan::no_budget_codes")]
    #[ts(optional)]
    pub budget_codes: Option<crate::model::budget::BudgetCodes>,
    /// The hiring checklist; a plan saved before it existed gets the built-in list, and one saved
    /// before a built-in item existed gets that item when it is read (`add_missing_items`).
    #[serde(default = "crate::model::checklist::default_checklist")]
    pub checklist: Vec<crate::model::checklist::ChecklistEntry>,
}

/// What the UI sends to start a plan. "Today" comes from the caller, never from the clock here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewPlanRequest {
    pub name: String,
    /// YYYY-MM-DD.
    pub today: String,
}

/// A plan as kept in the user's store, with where the user left it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StoredPlan {
    pub id: String,
    pub plan: Plan,
    #[serde(default)]
    pub step: WizardStep,
    /// When the plan was last changed (ISO 8601, from the caller's clock).
    pub updated_at: String,
    /// What the user has typed in a number field that is not a number yet ("47O 000"), by the
    /// field's path: the plan keeps the last valid value, and the field shows this text, with its
    /// error, when the plan is opened again, also after the app was closed or crashed.
    #[serde(default)]
    pub drafts: BTreeMap<String, String>,
    /// The id of the plan this one is an alternative to («Lag alternativ»); the plan list shows
    /// it under that plan. `None` for a plan of its own, also when its base has been deleted.
    #[serde(default)]
    pub alternative_of: Option<String>,
    /// Frozen copies of the plan the user saved with a label («Lagre versjon»), oldest first.
    #[serde(default)]
    pub versions: Vec<PlanVersion>,
    /// The example plan a new user tried («Prøv med et eksempel»), shown as an example until it
    /// is renamed or changed. Left out of the file when false, so a build without it reads the
    /// plan as before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[ts(as = "Option<bool>", optional)]
    pub example: bool,
}

/// A frozen copy of a plan, saved with a label ("Sendt til budsjettmøtet 12. mars").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PlanVersion {
    /// Unique within the plan's versions.
    pub id: String,
    pub label: String,
    /// When it was saved (ISO 8601, from the caller's clock).
    pub saved_at: String,
    pub plan: Plan,
}

/// Everything the app keeps: one typed, versioned value under one key of the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PlanStore {
    pub schema_version: u32,
    #[serde(default)]
    pub plans: Vec<StoredPlan>,
}

impl Default for PlanStore {
    fn default() -> Self {
        Self {
            schema_version: STORE_SCHEMA_VERSION,
            plans: Vec::new(),
        }
    }
}

impl Plan {
    /// A new plan with defaults: it starts with the budget year after `today` and covers ten
    /// years.
    ///
    /// # Errors
    /// The first field error of the request (name, today).
    pub fn new(request: &NewPlanRequest) -> Result<Self> {
        let today = parse_date("today", &request.today)?;
        let plan = Self {
            schema_version: SCHEMA_VERSION,
            name: request.name.trim().to_owned(),
            created_on: today.to_string(),
            first_year: today.year() + 1,
            horizon_years: DEFAULT_HORIZON_YEARS,
            organisation: Organisation::default(),
            tasks: Vec::new(),
            wage_growth_percent: default_wage_growth(),
            regulation_month: default_regulation_month(),
            price_growth_percent: default_price_growth(),
            positions: Vec::new(),
            cost_items: Vec::new(),
            grants: Vec::new(),
            financing_after_grants: String::new(),
            budget_codes: None,
            checklist: crate::model::checklist::default_checklist(),
        };
        match plan.validate().into_iter().next() {
            Some(err) => Err(err),
            None => Ok(plan),
        }
    }

    /// The last budget year the plan covers.
    pub fn last_year(&self) -> i32 {
        let span = i32::try_from(self.horizon_years.saturating_sub(1)).unwrap_or(i32::MAX);
        self.first_year.saturating_add(span)
    }
}

#[cfg(test)]
mod tests {
    /// Named like ts-rs's own tests, so the command that makes the bindings makes this one too.
    #[test]
    fn export_bindings_field_steps() {
        let mut out = String::from(
            "// Generated from FIELD_STEPS (src-tauri/engine/src/model/plan.rs) by\n\
             // `cargo test -p erfaringsplan-engine --lib export_bindings`. Do not edit by hand.\n\n\
             import type { WizardStep } from \"./WizardStep\";\n\n\
             /** Which step owns a field, by its path without indexes: the first entry that is the\n \
             * path or a part above it; none: «organisation». */\n\
             export const FIELD_STEPS: readonly (readonly [string, WizardStep])[] = [\n",
        );
        for (field, step) in FIELD_STEPS {
            let step = serde_json::to_string(step).unwrap();
            out.push_str(&format!("  [\"{field}\", {step}],\n"));
        }
        out.push_str("];\n");
        crate::write_binding("fieldSteps.ts", &out);
    }

    #[test]
    fn each_field_is_on_the_step_that_asks_for_it() {
        for (path, step) in [
            ("name", WizardStep::Organisation),
            ("organisation.agaRateOverride", WizardStep::Organisation),
            ("firstYear", WizardStep::Organisation),
            ("positions", WizardStep::Role),
            ("positions[2].ftePercent", WizardStep::Role),
            ("positions[0].end", WizardStep::Role),
            ("positions[0].annualSalary", WizardStep::Salary),
            ("positions[1].pensionRateConfirmed", WizardStep::Salary),
            ("wageGrowthPercent", WizardStep::Salary),
            ("checklist[4].due", WizardStep::Checklist),
            ("grants[0].shape.amounts[2]", WizardStep::Grants),
            ("financingAfterGrants", WizardStep::Grants),
            ("costItems", WizardStep::Supervision),
            ("costItems[1].basis.price", WizardStep::Supervision),
            ("priceGrowthPercent", WizardStep::Supervision),
            // A part is matched whole: «positionsX» is no field of «positions».
            ("positionsX", WizardStep::Organisation),
        ] {
            assert_eq!(WizardStep::of_field(path), step, "{path}");
        }
    }

    use super::*;
    use crate::validate::limits::MAX_NAME_CHARS;

    fn request(name: &str, today: &str) -> NewPlanRequest {
        NewPlanRequest {
            name: name.into(),
            today: today.into(),
        }
    }

    #[test]
    fn a_new_plan_starts_the_year_after_today_and_covers_ten_years() {
        let plan = Plan::new(&request("  Bydel Nord 2027  ", "2026-11-22")).unwrap();
        assert_eq!(plan.name, "Bydel Nord 2027");
        assert_eq!(plan.created_on, "2026-11-22");
        assert_eq!(plan.first_year, 2027);
        assert_eq!(plan.horizon_years, 10);
        assert_eq!(plan.last_year(), 2036);
        assert!(plan.validate().is_empty());
    }

    #[test]
    fn bad_requests_name_the_field() {
        let err = Plan::new(&request("   ", "2026-11-22")).unwrap_err();
        assert_eq!(
            (err.code().as_str(), err.field()),
            ("field.required", Some("name"))
        );

        let err = Plan::new(&request("x", "22.11.2026")).unwrap_err();
        assert_eq!(
            (err.code().as_str(), err.field()),
            ("field.invalid_date", Some("today"))
        );

        let err = Plan::new(&request("x", "2026-02-30")).unwrap_err();
        assert_eq!(err.code(), "field.invalid_date");

        let long = "å".repeat(MAX_NAME_CHARS + 1);
        let err = Plan::new(&request(&long, "2026-11-22")).unwrap_err();
        assert_eq!(
            (err.code().as_str(), err.field()),
            ("field.too_long", Some("name"))
        );
        // Exactly at the limit is fine, counted in characters, not bytes.
        assert!(Plan::new(&request(&long[2..], "2026-11-22")).is_ok());
    }

    #[test]
    fn validate_reports_every_bad_field_in_wizard_order() {
        let plan = Plan {
            name: String::new(),
            created_on: "yesterday".into(),
            first_year: 1999,
            horizon_years: 41,
            ..Plan::new(&request("x", "2026-01-01")).unwrap()
        };
        let errors = plan.validate();
        let fields: Vec<_> = errors.iter().map(|e| e.field()).collect();
        assert_eq!(
            fields,
            [
                Some("name"),
                Some("firstYear"),
                Some("horizonYears"),
                Some("createdOn")
            ]
        );
        let edges = Plan {
            horizon_years: 40,
            first_year: 2100,
            ..Plan::new(&request("x", "2026-01-01")).unwrap()
        };
        assert!(edges.validate().is_empty());
        assert_eq!(edges.last_year(), 2139);
    }

    #[test]
    fn store_files_without_later_fields_still_open() {
        let json = r#"{"schemaVersion":1}"#;
        let store: PlanStore = serde_json::from_str(json).unwrap();
        assert_eq!(store.schema_version, 1);
        assert!(store.plans.is_empty());

        let json = r#"{"schemaVersion":1,"plans":[{"id":"a","updatedAt":"2026-11-22T10:00:00Z",
            "plan":{"name":"P","createdOn":"2026-11-22","firstYear":2027,"horizonYears":10}}]}"#;
        let store: PlanStore = serde_json::from_str(json).unwrap();
        assert_eq!(store.plans[0].step, WizardStep::Organisation);
    }
}
