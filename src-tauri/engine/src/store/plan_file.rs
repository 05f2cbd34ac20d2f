//! Reading a plan from JSON (a file, or a value from the UI) with errors that name the field,
//! writing a plan as a file of its own, and the JSON Schema of the plan file.
//!
//! A plan file is only ever read as data: nothing in it is run, and no path or address in it is
//! followed.

use crate::{
    error::{EngineError, ErrorReport, Result},
    model::plan::{Plan, SCHEMA_VERSION},
};
use serde::Serialize;
use ts_rs::TS;

/// The largest plan file accepted (5 MiB); a real plan is a few kilobytes.
pub const MAX_PLAN_BYTES: usize = 5 * 1024 * 1024;

/// A plan read from a file, and the fields in the file this version does not know (they are
/// left out of the plan; the user is told which).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadPlan {
    pub plan: Plan,
    /// Paths as the UI names fields: `positions[0].nickname`.
    pub unknown_fields: Vec<String>,
}

/// A plan file brought into the app: the plan, what was left out, and what the user has to fix
/// before the figures can be computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportedPlan {
    pub plan: Plan,
    pub unknown_fields: Vec<String>,
    /// The plan's own validation errors (the wizard shows them beside their fields).
    pub problems: Vec<ErrorReport>,
}

/// Reads a plan file: at most [`MAX_PLAN_BYTES`], UTF-8 (a byte-order mark is allowed), JSON,
/// shaped like a plan of this or an earlier version. Values are not validated here.
///
/// # Errors
/// [`EngineError::FileTooLarge`], [`EngineError::NotJson`] (with the line and column),
/// [`EngineError::NewerPlanFile`], or [`EngineError::InvalidPlanFile`] naming the field.
pub fn read_plan_bytes(bytes: &[u8]) -> Result<ReadPlan> {
    if bytes.len() > MAX_PLAN_BYTES {
        return Err(EngineError::FileTooLarge {
            max_bytes: MAX_PLAN_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = position_of(&bytes[..e.valid_up_to()]);
        EngineError::NotJson { line, column }
    })?;
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| EngineError::NotJson {
            line: e.line(),
            column: e.column(),
        })?;
    if let Some(version) = value
        .get("schemaVersion")
        .and_then(serde_json::Value::as_u64)
    {
        if version > u64::from(SCHEMA_VERSION) {
            return Err(EngineError::NewerPlanFile {
                version: u32::try_from(version).unwrap_or(u32::MAX),
            });
        }
    }
    let mut value = value;
    upgrade_plan_value(&mut value);
    let mut unknown_fields = Vec::new();
    let plan: Plan = {
        let mut note_unknown = |path: serde_ignored::Path| unknown_fields.push(ui_path(&path));
        let de = serde_ignored::Deserializer::new(value, &mut note_unknown);
        serde_path_to_error::deserialize::<_, Plan>(de).map_err(path_error)?
    };
    let mut plan = plan;
    crate::model::checklist::add_missing_items(
        &mut plan.checklist,
        crate::validate::limits::MAX_CHECKLIST_ENTRIES,
    );
    Ok(ReadPlan {
        plan,
        unknown_fields,
    })
}

/// Reads a plan file and checks its values, for bringing it into the app.
///
/// # Errors
/// As [`read_plan_bytes`]; invalid values are not an error but listed in `problems`.
pub fn import_plan(bytes: &[u8]) -> Result<ImportedPlan> {
    let ReadPlan {
        plan,
        unknown_fields,
    } = read_plan_bytes(bytes)?;
    let problems = plan.validate().iter().map(ErrorReport::from).collect();
    Ok(ImportedPlan {
        plan,
        unknown_fields,
        problems,
    })
}

/// The bytes of a file holding one plan: pretty-printed JSON, readable by [`read_plan_bytes`],
/// the command-line tool and any JSON Schema validator.
pub fn plan_to_bytes(plan: &Plan) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(plan).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// Line and column (both from 1) just after `bytes`.
fn position_of(bytes: &[u8]) -> (usize, usize) {
    let line = 1 + bytes.iter().filter(|b| **b == b'\n').count();
    let column = 1 + bytes.iter().rev().take_while(|b| **b != b'\n').count();
    (line, column)
}

/// serde_ignored's path as the UI names fields: `positions[0].nickname`.
fn ui_path(path: &serde_ignored::Path) -> String {
    match path {
        serde_ignored::Path::Root => String::new(),
        serde_ignored::Path::Seq { parent, index } => format!("{}[{index}]", ui_path(parent)),
        serde_ignored::Path::Map { parent, key } => {
            let parent = ui_path(parent);
            if parent.is_empty() {
                key.clone()
            } else {
                format!("{parent}.{key}")
            }
        }
        serde_ignored::Path::Some { parent }
        | serde_ignored::Path::NewtypeStruct { parent }
        | serde_ignored::Path::NewtypeVariant { parent } => ui_path(parent),
    }
}

/// Parses a plan from JSON text. Does not validate the values; see [`Plan::validate`].
///
/// # Errors
/// As [`read_plan_bytes`].
pub fn plan_from_json(text: &str) -> Result<Plan> {
    read_plan_bytes(text.as_bytes()).map(|read| read.plan)
}

/// Parses a plan from a JSON value (what arrives over IPC).
///
/// # Errors
/// [`EngineError::InvalidPlanFile`] with the path of the offending field.
pub fn plan_from_value(mut value: serde_json::Value) -> Result<Plan> {
    upgrade_plan_value(&mut value);
    let mut plan: Plan = serde_path_to_error::deserialize(value).map_err(path_error)?;
    crate::model::checklist::add_missing_items(
        &mut plan.checklist,
        crate::validate::limits::MAX_CHECKLIST_ENTRIES,
    );
    Ok(plan)
}

/// Brings a plan's JSON from an earlier format to this one, in place; a plan of this version, or
/// anything that is not a plan object, is left as it is. Plans carry their own `schemaVersion`
/// (none means 1), so one step serves a plan in the plans file and a plan file alike.
///
/// - 1 → 2: the role's tasks were kept on each position (the wizard wrote the same list to every
///   one, and a task ticked before the first post existed was lost); they are now the plan's.
///   The plan gets every task any position had, in the order first met.
pub fn upgrade_plan_value(value: &mut serde_json::Value) {
    use serde_json::Value;
    let Value::Object(plan) = value else {
        return;
    };
    let version = match plan.get("schemaVersion") {
        None => 1,
        Some(v) => match v.as_u64() {
            Some(v) => v,
            // Not a version number: leave it for the reader to report.
            None => return,
        },
    };
    if version >= u64::from(SCHEMA_VERSION) {
        return;
    }
    if version < 2 {
        let mut tasks: Vec<Value> = Vec::new();
        if let Some(Value::Array(positions)) = plan.get_mut("positions") {
            for position in positions.iter_mut() {
                let Value::Object(position) = position else {
                    continue;
                };
                if let Some(Value::Array(list)) = position.remove("tasks") {
                    for task in list {
                        if !tasks.contains(&task) {
                            tasks.push(task);
                        }
                    }
                }
            }
        }
        plan.entry("tasks").or_insert(Value::Array(tasks));
    }
    plan.insert("schemaVersion".into(), Value::from(SCHEMA_VERSION));
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
    fn a_plan_read_from_a_file_or_the_store_gets_a_built_in_item_it_never_had() {
        let plan = crate::example::example_plan(2027, 10);
        let mut value = serde_json::to_value(&plan).unwrap();
        let list = value["checklist"].as_array_mut().unwrap();
        list.retain(|e| e["id"] != "police-certificate");
        let older = list.len();
        let has_it = |p: &Plan| p.checklist.iter().any(|e| e.id == "police-certificate");
        let from_file = read_plan_bytes(value.to_string().as_bytes()).unwrap().plan;
        let from_store = plan_from_value(value).unwrap();
        for read in [from_file, from_store] {
            assert!(has_it(&read));
            assert_eq!(read.checklist.len(), older + 1);
        }
    }

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
        assert_eq!(
            plan_from_json("{").unwrap_err(),
            EngineError::NotJson { line: 1, column: 1 }
        );
        let err = plan_from_json(
            "{\"name\":\"x\",\"createdOn\":\"2026-11-22\",\n\"firstYear\":2027,\"horizonYears\":1} x",
        )
        .unwrap_err();
        assert_eq!(
            err,
            EngineError::NotJson {
                line: 2,
                column: 36
            }
        );
    }

    #[test]
    fn oversized_files_are_refused_before_parsing() {
        let text = " ".repeat(MAX_PLAN_BYTES + 1);
        let err = plan_from_json(&text).unwrap_err();
        assert_eq!(err.code(), "plan.file_too_large");
        assert_eq!(ErrorReport::from(&err).params["maxMb"], "5");
        // Exactly at the cap is read (and then found not to be a plan).
        let text = " ".repeat(MAX_PLAN_BYTES);
        assert_eq!(plan_from_json(&text).unwrap_err().code(), "plan.not_json");
    }

    #[test]
    fn the_example_round_trips_through_json() {
        let plan = crate::example::example_plan(2027, 10);
        let text = serde_json::to_string_pretty(&plan).unwrap();
        assert_eq!(plan_from_json(&text).unwrap(), plan);
    }

    #[test]
    fn a_written_plan_file_reads_back_the_same_with_nothing_unknown() {
        let plan = crate::example::example_plan(2027, 10);
        let read = read_plan_bytes(&plan_to_bytes(&plan)).unwrap();
        assert_eq!(read.plan, plan);
        assert!(read.unknown_fields.is_empty());
        let imported = import_plan(&plan_to_bytes(&plan)).unwrap();
        assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    }

    #[test]
    fn unknown_fields_are_named_at_every_depth_and_left_out() {
        let plan = crate::example::example_plan(2027, 3);
        let mut value = serde_json::to_value(&plan).unwrap();
        value["colour"] = serde_json::json!("blue");
        value["organisation"]["ceo"] = serde_json::json!({"name": "Kari"});
        value["positions"][1]["nickname"] = serde_json::json!("Ola");
        value["checklist"][0]["links"] = serde_json::json!(["file:///etc/passwd"]);
        let read = read_plan_bytes(value.to_string().as_bytes()).unwrap();
        let mut unknown = read.unknown_fields.clone();
        unknown.sort();
        assert_eq!(
            unknown,
            [
                "checklist[0].links",
                "colour",
                "organisation.ceo",
                "positions[1].nickname"
            ]
        );
        assert_eq!(read.plan, plan);
    }

    #[test]
    fn a_byte_order_mark_is_allowed_and_other_encodings_are_not_json() {
        let plan = crate::example::example_plan(2027, 3);
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(plan_to_bytes(&plan));
        assert_eq!(read_plan_bytes(&bytes).unwrap().plan, plan);
        // "Ærlig" in Latin-1 on line 2.
        let latin1 = b"{\n  \"name\": \"\xC6rlig\"}";
        assert_eq!(
            read_plan_bytes(latin1).unwrap_err(),
            EngineError::NotJson {
                line: 2,
                column: 12
            }
        );
    }

    #[test]
    fn a_plan_from_a_newer_version_is_refused_by_name() {
        let plan = crate::example::example_plan(2027, 3);
        let mut value = serde_json::to_value(&plan).unwrap();
        value["schemaVersion"] = serde_json::json!(SCHEMA_VERSION + 1);
        value["somethingNew"] = serde_json::json!(1);
        let err = read_plan_bytes(value.to_string().as_bytes()).unwrap_err();
        assert_eq!(
            err,
            EngineError::NewerPlanFile {
                version: SCHEMA_VERSION + 1
            }
        );
    }

    #[test]
    fn hostile_shapes_are_errors_not_crashes() {
        let deep = "[".repeat(100_000);
        assert_eq!(
            read_plan_bytes(deep.as_bytes()).unwrap_err().code(),
            "plan.not_json"
        );
        let deep_object = format!("{{\"name\": {}", "{\"a\":".repeat(100_000));
        assert_eq!(
            read_plan_bytes(deep_object.as_bytes()).unwrap_err().code(),
            "plan.not_json"
        );
        for text in ["null", "[]", "\"plan\"", "12", "{}"] {
            let err = read_plan_bytes(text.as_bytes()).unwrap_err();
            assert_eq!(err.code(), "plan.invalid_file", "{text}");
        }
        // The whole store file is not a plan.
        let store = crate::store::store_file::to_bytes(&crate::model::plan::PlanStore::default());
        assert_eq!(
            read_plan_bytes(&store).unwrap_err().code(),
            "plan.invalid_file"
        );
    }

    #[test]
    fn values_out_of_range_are_imported_and_listed_as_problems() {
        let plan = crate::example::example_plan(2027, 3);
        let mut value = serde_json::to_value(&plan).unwrap();
        value["positions"][0]["ftePercent"] = serde_json::json!("0");
        value["horizonYears"] = serde_json::json!(99);
        let imported = import_plan(value.to_string().as_bytes()).unwrap();
        let fields: Vec<_> = imported
            .problems
            .iter()
            .map(|p| (p.code.as_str(), p.field.as_deref()))
            .collect();
        assert!(
            fields.contains(&("field.out_of_range", Some("horizonYears"))),
            "{fields:?}"
        );
        assert!(
            fields
                .iter()
                .any(|(_, f)| *f == Some("positions[0].ftePercent")),
            "{fields:?}"
        );
    }

    #[test]
    fn the_schema_describes_money_as_strings() {
        let schema = plan_schema();
        let text = schema.to_string();
        assert!(text.contains("\"annualSalary\""));
        // Amounts and percentages are named units, each a decimal written as a string.
        assert_eq!(
            schema["properties"]["wageGrowthPercent"]["$ref"],
            "#/$defs/Percent"
        );
        for unit in ["Nok", "Percent"] {
            assert_eq!(schema["$defs"][unit]["type"], "string", "{unit}");
        }
    }

    /// A plan as version 1 wrote it: the tasks on each position, none on the plan.
    fn version_1_plan() -> serde_json::Value {
        let mut value = serde_json::to_value(crate::example::example_plan(2027, 10)).unwrap();
        let plan = value.as_object_mut().unwrap();
        plan.remove("tasks");
        plan.insert("schemaVersion".into(), serde_json::json!(1));
        value["positions"][0]["tasks"] = serde_json::json!(["systemLevel", "individualUsers"]);
        value["positions"][1]["tasks"] = serde_json::json!(["individualUsers", "nextOfKin"]);
        value
    }

    #[test]
    fn a_version_1_plan_gets_every_task_its_positions_had() {
        use crate::model::position::RoleTask::{IndividualUsers, NextOfKin, SystemLevel};
        let value = version_1_plan();
        let read = read_plan_bytes(&serde_json::to_vec(&value).unwrap()).unwrap();
        assert_eq!(read.plan.tasks, [SystemLevel, IndividualUsers, NextOfKin]);
        assert_eq!(read.plan.schema_version, SCHEMA_VERSION);
        assert!(read.unknown_fields.is_empty(), "{:?}", read.unknown_fields);
        // The plans file reads a stored plan the same way.
        assert_eq!(plan_from_value(value.clone()).unwrap(), read.plan);

        // Without a version field a plan is version 1 too.
        let mut unversioned = value;
        unversioned.as_object_mut().unwrap().remove("schemaVersion");
        assert_eq!(plan_from_value(unversioned).unwrap(), read.plan);
    }

    #[test]
    fn a_current_plan_is_not_upgraded_again() {
        let mut value = version_1_plan();
        value["schemaVersion"] = serde_json::json!(SCHEMA_VERSION);
        value["tasks"] = serde_json::json!(["projects"]);
        let read = read_plan_bytes(&serde_json::to_vec(&value).unwrap()).unwrap();
        assert_eq!(
            read.plan.tasks,
            [crate::model::position::RoleTask::Projects]
        );
        // Tasks on a position are no longer a field of this version: listed, left out.
        assert_eq!(
            read.unknown_fields,
            ["positions[0].tasks", "positions[1].tasks"]
        );
    }
}
