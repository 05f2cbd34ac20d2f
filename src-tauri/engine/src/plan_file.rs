//! Reading a plan from JSON (a file, or a value from the UI) with errors that name the field,
//! and the JSON Schema of the plan file.

use crate::{
    error::{EngineError, Result},
    plan::Plan,
};

/// The largest plan file accepted (5 MiB); a real plan is a few kilobytes.
pub const MAX_PLAN_BYTES: usize = 5 * 1024 * 1024;

/// Parses a plan from JSON text. Does not validate the values; see [`Plan::validate`].
///
/// # Errors
/// [`EngineError::TooLarge`] for text over [`MAX_PLAN_BYTES`]; [`EngineError::InvalidPlanFile`]
/// with the path of the offending field for malformed JSON or wrong types.
pub fn plan_from_json(text: &str) -> Result<Plan> {
    if text.len() > MAX_PLAN_BYTES {
        return Err(EngineError::TooLarge {
            field: "file".into(),
            max: MAX_PLAN_BYTES.to_string(),
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let plan: Plan = serde_path_to_error::deserialize(&mut de).map_err(path_error)?;
    de.end().map_err(|e| EngineError::InvalidPlanFile {
        field: String::new(),
        message: e.to_string(),
    })?;
    Ok(plan)
}

/// Parses a plan from a JSON value (what arrives over IPC).
///
/// # Errors
/// [`EngineError::InvalidPlanFile`] with the path of the offending field.
pub fn plan_from_value(value: serde_json::Value) -> Result<Plan> {
    serde_path_to_error::deserialize(value).map_err(path_error)
}

fn path_error<E: std::fmt::Display>(err: serde_path_to_error::Error<E>) -> EngineError {
    let path = err.path().to_string();
    EngineError::InvalidPlanFile {
        field: if path == "." { String::new() } else { path },
        message: err.into_inner().to_string(),
    }
}

/// The JSON Schema of a plan file, generated from the Rust types.
pub fn plan_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Plan)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_field_that_is_wrong() {
        let plan = crate::example::example_plan(2027, 10);
        let mut value = serde_json::to_value(&plan).unwrap();
        value["positions"][1]["ftePercent"] = serde_json::json!(50);
        let err = plan_from_value(value).unwrap_err();
        assert_eq!(err.code(), "plan.invalid_file");
        assert_eq!(err.field(), Some("positions[1].ftePercent"));

        let err =
            plan_from_json(r#"{"name": "x", "createdOn": "2026-11-22", "firstYear": "2027"}"#)
                .unwrap_err();
        assert_eq!(err.field(), Some("firstYear"));
        let err = plan_from_json("{").unwrap_err();
        assert_eq!(err.code(), "plan.invalid_file");
        let err = plan_from_json(
            r#"{"name":"x","createdOn":"2026-11-22","firstYear":2027,"horizonYears":1} x"#,
        )
        .unwrap_err();
        assert_eq!(err.code(), "plan.invalid_file");
    }

    #[test]
    fn oversized_files_are_refused_before_parsing() {
        let text = " ".repeat(MAX_PLAN_BYTES + 1);
        assert_eq!(plan_from_json(&text).unwrap_err().code(), "field.too_large");
    }

    #[test]
    fn the_example_round_trips_through_json() {
        let plan = crate::example::example_plan(2027, 10);
        let text = serde_json::to_string_pretty(&plan).unwrap();
        assert_eq!(plan_from_json(&text).unwrap(), plan);
    }

    #[test]
    fn the_schema_describes_money_as_strings() {
        let schema = plan_schema();
        let text = schema.to_string();
        assert!(text.contains("\"annualSalary\""));
        assert_eq!(schema["properties"]["wageGrowthPercent"]["type"], "string");
    }
}
