//! The Tauri commands. Each is one expression: take the typed input, call the engine, map the
//! error. No logic lives here.

use erfaringsplan_engine::{
    compare::{
        stress::{self, Scenario, StressResult},
        Comparison,
    },
    defaults::{self, TemporaryEnd},
    evaluate::{self, Evaluation, PlanToCompare},
    model::checklist::{ChecklistEntry, ChecklistPhase, ChecklistTemplate, TEMPLATES},
    model::cost_item::{CostBasis, CostBasisKind, CostCategory, CostItem},
    model::grant::{Grant, GrantKind},
    model::plan::{NewPlanRequest, Plan},
    model::position::{HolidayTerms, Position},
    portfolio::Portfolio,
    projection::{self, Projection},
    rules::aga::{self, AgaRates},
    store::plan_file::plan_from_value,
    text::{self, Locale, SalaryRange},
    validate::limits::{self, PlanLimits},
};
use serde::Serialize;
use ts_rs::TS;

use crate::error::CommandError;

/// A plan as the webview sends it (a `Plan` in TypeScript), read here as plain JSON so that a
/// wrong type is reported with its field, not as a bare IPC error.
pub type PlanJson = serde_json::Value;

/// What the app says about itself («Om Erfaringsplan» in the footer; used by the tests).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AppInfo {
    pub version: String,
    pub schema_version: u32,
    /// The folder the plans and settings are kept in (this system's app data folder); empty if
    /// it cannot be found.
    pub data_folder: String,
    /// The parts the app is made of that ship with it, and their licences.
    pub licences: Vec<Licence>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Licence {
    pub name: String,
    pub licence: String,
}

/// The app and what ships inside it (the Rust crates and npm packages are under MIT, Apache-2.0
/// or similar permissive terms; their full texts are in their sources).
const LICENCES: [(&str, &str); 7] = [
    ("Erfaringsplan", "MIT"),
    ("Tauri", "MIT / Apache-2.0"),
    ("React", "MIT"),
    ("Designsystemet (Digdir)", "MIT"),
    ("Inter (font)", "SIL Open Font License 1.1"),
    (
        "DejaVu Sans (PDF font)",
        "Bitstream Vera / DejaVu licence (free)",
    ),
    (
        "printpdf, rust_xlsxwriter, rust_decimal",
        "MIT / Apache-2.0",
    ),
];

#[tauri::command]
pub fn app_info(app: tauri::AppHandle) -> AppInfo {
    let data_folder = crate::plan_store::data_folder(&app)
        .map(|dir| dir.display().to_string())
        .unwrap_or_default();
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        schema_version: erfaringsplan_engine::model::plan::SCHEMA_VERSION,
        data_folder,
        licences: LICENCES
            .iter()
            .map(|(name, licence)| Licence {
                name: (*name).to_owned(),
                licence: (*licence).to_owned(),
            })
            .collect(),
    }
}

/// Opens the folder the plans are kept in, in the system's file manager (to back them up or
/// move them to another PC).
#[tauri::command]
pub fn open_data_folder(app: tauri::AppHandle) -> Result<(), CommandError> {
    let folder = crate::plan_store::data_folder(&app)
        .ok_or_else(|| CommandError::NoDataFolder("no data folder on this system".into()))?;
    crate::open_with_system(&folder)
}

/// The employer-contribution rates for every zone in `year`.
#[tauri::command]
pub fn aga_rates(year: i32) -> Result<AgaRates, CommandError> {
    Ok(aga::rates_for_year(year)?)
}

/// The example plan («Prøv med et eksempel»): the command-line tool's example, from the year
/// after `today`, for a new user to see what the app makes before typing anything.
#[tauri::command]
pub fn example_plan(today: String) -> Result<Plan, CommandError> {
    Ok(erfaringsplan_engine::example::example_from(&today)?)
}

/// A new plan with the engine's defaults.
#[tauri::command]
pub fn new_plan(request: NewPlanRequest) -> Result<Plan, CommandError> {
    Ok(Plan::new(&request)?)
}

/// Everything the wizard shows after a change, from one reading of `plan`: every problem (one
/// report per field), what each step still lacks, each post's figures as soon as what they
/// depend on is valid, and, for a valid plan, the projection with its warnings worded in
/// `locale`. `typing` names the fields whose text is not a value yet (the plan holds their last
/// valid value). The plan comes in as plain JSON so that a wrong type is reported with its
/// field, not as a bare IPC error.
#[tauri::command]
pub fn evaluate_plan(plan: PlanJson, locale: Locale, typing: Vec<String>) -> Evaluation {
    evaluate::evaluate(plan, locale, &typing)
}

/// The usual salary range at 100 %, with its source.
#[tauri::command]
pub fn salary_range(locale: Locale) -> SalaryRange {
    text::salary_range(locale)
}

/// The multi-year cost projection of `plan`: the same value `erfaringsplan-cli project
/// --format json` prints.
#[tauri::command]
pub fn project_plan(plan: PlanJson) -> Result<Projection, CommandError> {
    Ok(projection::project(&plan_from_value(plan)?)?)
}

/// Where a post ends when the user makes it temporary: with its last grant, or after a year.
#[tauri::command]
pub fn temporary_end(plan: PlanJson, position_id: String) -> Result<TemporaryEnd, CommandError> {
    Ok(defaults::temporary_end(
        &plan_from_value(plan)?,
        &position_id,
    ))
}

/// A new position for `plan`, with defaults for the employer's kind.
#[tauri::command]
pub fn new_position(plan: PlanJson) -> Result<Position, CommandError> {
    Ok(defaults::new_position(&plan_from_value(plan)?))
}

#[tauri::command]
pub fn new_grant(plan: PlanJson, kind: GrantKind) -> Result<Grant, CommandError> {
    Ok(defaults::new_grant(&plan_from_value(plan)?, kind))
}

#[tauri::command]
pub fn new_cost_item(plan: PlanJson, category: CostCategory) -> Result<CostItem, CommandError> {
    Ok(defaults::new_cost_item(&plan_from_value(plan)?, category))
}

/// `basis` made up another way (the wizard's «Beregnes som»), keeping its yearly amount where
/// that can be said exactly.
#[tauri::command]
pub fn switch_cost_basis(basis: CostBasis, to: CostBasisKind) -> CostBasis {
    defaults::switch_cost_basis(&basis, to)
}

/// The user's own checklist item, with an id no entry of the plan has.
#[tauri::command]
pub fn new_checklist_entry(
    plan: PlanJson,
    phase: ChecklistPhase,
    title: String,
) -> Result<ChecklistEntry, CommandError> {
    Ok(defaults::new_checklist_entry(
        &plan_from_value(plan)?,
        phase,
        &title,
    ))
}

/// 2–4 plans compared, the first as the base: key figures with differences, the net cost year
/// by year, and what differs in words (`locale`). The same value `erfaringsplan-cli compare
/// --format json` prints.
#[tauri::command]
pub fn compare_plans(
    plans: Vec<PlanToCompare>,
    locale: Locale,
) -> Result<Comparison, CommandError> {
    Ok(evaluate::compare_plans(plans, locale)?)
}

/// «Alle planene samlet»: `plans` added up, year by year (see the engine's `portfolio`). A
/// plan with an error is not counted; it comes back in `leftOut` with its error.
#[tauri::command]
pub fn portfolio(plans: Vec<PlanToCompare>, locale: Locale) -> Result<Portfolio, CommandError> {
    Ok(evaluate::portfolio_of(plans, locale)?)
}

/// «Hva om …»: the four stress tests of `plan`, with what each costs the employer more over the
/// period and in the worst year, labelled in `locale`.
#[tauri::command]
pub fn what_if(plan: PlanJson, locale: Locale) -> Result<Vec<StressResult>, CommandError> {
    Ok(stress::what_if(&plan_from_value(plan)?, locale)?)
}

/// `plan` as a stress test changes it: what «Lag alternativ» keeps from a row of «Hva om …».
#[tauri::command]
pub fn stressed_plan(plan: PlanJson, scenario: Scenario) -> Result<Plan, CommandError> {
    Ok(stress::stressed_plan(&plan_from_value(plan)?, scenario))
}

/// The name of a new alternative to the plan named `base` («Lag alternativ»): "Bydel Nord –
/// alternativ B", with the first letter none of the `taken` names (the store's plans) has.
#[tauri::command]
pub fn alternative_name(locale: Locale, base: String, taken: Vec<String>) -> String {
    text::names::alternative_name(locale, &base, &taken)
}

/// What a plan may hold (the same limits the checks use), for the UI to offer no more.
#[tauri::command]
pub fn plan_limits() -> PlanLimits {
    limits::limits()
}

/// The built-in hiring checklist, with its texts in both languages.
#[tauri::command]
pub fn checklist_templates() -> Vec<ChecklistTemplate> {
    TEMPLATES.to_vec()
}

/// The common holiday terms (by law, with the fifth week, and the variants from 60).
#[tauri::command]
pub fn holiday_terms() -> Vec<HolidayTerms> {
    HolidayTerms::presets().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;
    use erfaringsplan_engine::{example::example_plan, export, ErrorReport};

    #[test]
    fn the_command_returns_what_the_cli_prints() {
        let plan = example_plan(2027, 10);
        let from_command =
            serde_json::to_value(project_plan(serde_json::to_value(&plan).unwrap()).unwrap())
                .unwrap();
        let from_cli: serde_json::Value =
            serde_json::from_str(&export::json(&projection::project(&plan).unwrap())).unwrap();
        assert_eq!(from_command, from_cli);
    }

    #[test]
    fn the_comparison_is_what_the_cli_prints_and_names_a_bad_plan() {
        let base = example_plan(2027, 10);
        let mut alternative = base.clone();
        alternative.positions[0].fte_percent = 50.into();
        let to_compare = |name: &str, plan: serde_json::Value| PlanToCompare {
            name: name.into(),
            plan,
        };
        let from_command = compare_plans(
            vec![
                to_compare("A", serde_json::to_value(&base).unwrap()),
                to_compare("B", serde_json::to_value(&alternative).unwrap()),
            ],
            Locale::En,
        )
        .unwrap();
        let named = [("A", base.clone()), ("B", alternative)].map(|(name, plan)| {
            erfaringsplan_engine::compare::NamedPlan {
                name: name.into(),
                plan,
            }
        });
        let comparison = erfaringsplan_engine::compare::compare(&named, Locale::En).unwrap();
        assert_eq!(from_command, comparison);
        let printed = export::comparison::json(&comparison);
        assert_eq!(
            serde_json::to_value(&from_command).unwrap(),
            serde_json::from_str::<serde_json::Value>(&printed).unwrap()
        );

        let mut broken = serde_json::to_value(&base).unwrap();
        broken["firstYear"] = "next year".into();
        let err = compare_plans(
            vec![
                to_compare("A", serde_json::to_value(&base).unwrap()),
                to_compare("Bydel Vest", broken),
            ],
            Locale::Nb,
        )
        .unwrap_err();
        let report = ErrorReport::from(&err);
        assert_eq!(report.code, "compare.plan_invalid");
        assert_eq!(report.field.as_deref(), Some("firstYear"));
        assert_eq!(report.params["name"], "Bydel Vest");
        assert_eq!(report.params["cause"], "plan.invalid_file");
    }

    #[test]
    fn bad_plans_come_back_as_field_errors() {
        let mut value = serde_json::to_value(example_plan(2027, 10)).unwrap();
        value["positions"][0]["annualSalary"] = serde_json::json!(450000.5);
        let report = ErrorReport::from(&project_plan(value.clone()).unwrap_err());
        assert_eq!(report.code, "plan.invalid_file");
        assert_eq!(report.field.as_deref(), Some("positions[0].annualSalary"));
        assert_eq!(
            evaluate_plan(value, Locale::Nb, Vec::new()).errors[0]
                .field
                .as_deref(),
            Some("positions[0].annualSalary")
        );

        let mut value = serde_json::to_value(example_plan(2027, 10)).unwrap();
        value["positions"][0]["annualSalary"] = "-1".into();
        let reports = evaluate_plan(value.clone(), Locale::Nb, Vec::new()).errors;
        assert_eq!(reports[0].code, "field.negative");
        assert_eq!(
            ErrorReport::from(&project_plan(value).unwrap_err()),
            reports[0]
        );
    }
}
