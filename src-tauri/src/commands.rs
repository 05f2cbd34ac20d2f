//! The Tauri commands. Each is one expression: take the typed input, call the engine, map the
//! error. No logic lives here.

use erfaringsplan_engine::{
    aga::{self, AgaRates},
    plan::{NewPlanRequest, Plan},
    ErrorReport,
};
use serde::Serialize;
use ts_rs::TS;

use crate::error::CommandError;

/// What the app says about itself (shown in the footer, used by the tests).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AppInfo {
    pub version: String,
    pub schema_version: u32,
}

#[tauri::command]
pub fn app_info() -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        schema_version: erfaringsplan_engine::plan::SCHEMA_VERSION,
    }
}

/// The employer-contribution rates for every zone in `year`.
#[tauri::command]
pub fn aga_rates(year: i32) -> Result<AgaRates, CommandError> {
    Ok(aga::rates_for_year(year)?)
}

/// A new plan with the engine's defaults.
#[tauri::command]
pub fn new_plan(request: NewPlanRequest) -> Result<Plan, CommandError> {
    Ok(Plan::new(&request)?)
}

/// Every problem with `plan`, one report per field; empty when the plan is valid.
#[tauri::command]
pub fn check_plan(plan: Plan) -> Vec<ErrorReport> {
    plan.validate().iter().map(ErrorReport::from).collect()
}
