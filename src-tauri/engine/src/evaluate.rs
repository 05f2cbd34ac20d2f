//! What the wizard needs after every change, from one reading of the plan: the errors to show
//! beside the fields, what each step still lacks, the projection when the plan is valid, and
//! its warnings worded in the user's language with the step that fixes each. One call per
//! change, so the plan is parsed and validated once.

use serde::Serialize;
use ts_rs::TS;

use crate::{
    compare::{check_count, compare, Comparison, NamedPlan},
    error::{EngineError, Result},
    model::plan::WizardStep,
    projection::{self, Projection, Warning},
    store::plan_file::plan_from_value,
    text::{warning_text, Locale},
    validate::completeness::{missing, Missing},
    ErrorReport,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Evaluation {
    /// One report per bad field; empty when the plan is valid.
    pub errors: Vec<ErrorReport>,
    pub missing: Vec<Missing>,
    /// The projection; `None` while the plan has errors.
    pub projection: Option<Projection>,
    /// The projection's warnings, in its order, as the PDF words them.
    pub warnings: Vec<WarningNote>,
}

/// A warning as the user reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WarningNote {
    pub warning: Warning,
    /// The sentence, with posts and grants named as the plan names them.
    pub text: String,
    /// Where the user changes what it is about.
    pub step: WizardStep,
}

/// Reads `plan` (JSON as the UI sends it), checks it and, when it is valid, projects it.
pub fn evaluate(plan: serde_json::Value, locale: Locale) -> Evaluation {
    let plan = match plan_from_value(plan) {
        Ok(plan) => plan,
        Err(err) => {
            return Evaluation {
                errors: vec![ErrorReport::from(&err)],
                missing: Vec::new(),
                projection: None,
                warnings: Vec::new(),
            }
        }
    };
    let missing = missing(&plan);
    let errors: Vec<ErrorReport> = plan.validate().iter().map(ErrorReport::from).collect();
    if !errors.is_empty() {
        return Evaluation {
            errors,
            missing,
            projection: None,
            warnings: Vec::new(),
        };
    }
    match projection::project_valid(&plan) {
        Ok(projection) => Evaluation {
            errors,
            missing,
            warnings: projection
                .warnings
                .iter()
                .map(|w| WarningNote {
                    warning: w.clone(),
                    text: warning_text(locale, &plan, w),
                    step: w.step(),
                })
                .collect(),
            projection: Some(projection),
        },
        Err(err) => Evaluation {
            errors: vec![ErrorReport::from(&err)],
            missing,
            projection: None,
            warnings: Vec::new(),
        },
    }
}

/// A plan to compare as the UI sends it: the name the comparison shows, and the plan as JSON.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PlanToCompare {
    pub name: String,
    #[ts(as = "crate::model::plan::Plan")]
    pub plan: serde_json::Value,
}

/// Reads the plans (JSON as the UI sends them) and compares them, the first as the base.
///
/// # Errors
/// Too few or too many plans; or the first plan that cannot be read or is not valid, by its
/// place and name, with the field.
pub fn compare_plans(plans: Vec<PlanToCompare>, locale: Locale) -> Result<Comparison> {
    compare(&read_compared(plans)?, locale)
}

/// Reads the plans to compare (JSON as the UI sends them), for the comparison or its PDF.
///
/// # Errors
/// Too few or too many plans; or the first plan that cannot be read, by its place and name,
/// with the field.
pub fn read_compared(plans: Vec<PlanToCompare>) -> Result<Vec<NamedPlan>> {
    // Before reading them: five plans are too many, whatever is in them.
    check_count(plans.len())?;
    plans
        .into_iter()
        .enumerate()
        .map(|(i, p)| match plan_from_value(p.plan) {
            Ok(plan) => Ok(NamedPlan { name: p.name, plan }),
            Err(error) => Err(EngineError::ComparedPlanInvalid {
                index: i + 1,
                name: p.name,
                error: Box::new(error),
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::example_plan;

    #[test]
    fn a_valid_plan_gets_its_projection_and_its_warnings_in_words() {
        let mut plan = example_plan(2027, 10);
        plan.positions[0].annual_salary = 600_000.into();
        plan.positions[0].title = "Erfaringskonsulent".into();
        let value = serde_json::to_value(&plan).unwrap_or_default();
        let nb = evaluate(value.clone(), Locale::Nb);
        assert!(nb.errors.is_empty());
        let projection = nb
            .projection
            .clone()
            .unwrap_or_else(|| panic!("no projection"));
        assert_eq!(
            projection,
            projection::project(&plan).unwrap_or_else(|e| panic!("{e}"))
        );
        assert_eq!(nb.warnings.len(), projection.warnings.len());
        let salary = nb
            .warnings
            .iter()
            .find(|n| matches!(n.warning, Warning::SalaryOutsideTypicalRange { .. }))
            .unwrap_or_else(|| panic!("no salary warning"));
        assert_eq!(
            salary.text,
            "Stilling 1 (Erfaringskonsulent): årslønnen 600 000,00 kr er utenfor det vanlige spennet 350 000–550 000 kr."
        );
        assert_eq!(salary.step, WizardStep::Salary);
        let en = evaluate(value, Locale::En);
        assert!(en.warnings.iter().any(|n| n.text
            == "Post 1 (Erfaringskonsulent): the salary NOK 600,000.00 is outside the usual range of NOK 350,000–550,000."));
    }

    #[test]
    fn an_invalid_plan_gets_its_errors_and_no_projection() {
        let mut value = serde_json::to_value(example_plan(2027, 10)).unwrap_or_default();
        value["positions"][0]["annualSalary"] = "-1".into();
        let e = evaluate(value, Locale::Nb);
        assert_eq!(e.errors[0].code, "field.negative");
        assert_eq!(
            e.errors[0].field.as_deref(),
            Some("positions[0].annualSalary")
        );
        assert!(e.projection.is_none() && e.warnings.is_empty());

        let e = evaluate(serde_json::json!({"name": 7}), Locale::Nb);
        assert_eq!(e.errors.len(), 1);
        assert!(e.projection.is_none());
    }

    #[test]
    fn one_reading_gives_errors_and_what_is_missing() {
        let mut value = serde_json::to_value(example_plan(2027, 10)).unwrap_or_default();
        value["horizonYears"] = serde_json::json!(41);
        value["organisation"]["name"] = serde_json::json!("");
        let checked = evaluate(value.clone(), Locale::Nb);
        assert_eq!(checked.errors.len(), 1);
        assert_eq!(checked.errors[0].field.as_deref(), Some("horizonYears"));
        assert_eq!(checked.missing.len(), 1);
        // A plan that cannot be read: the one error, nothing missing.
        value["horizonYears"] = serde_json::json!("ti");
        let checked = evaluate(value, Locale::Nb);
        assert_eq!(checked.errors[0].code, "plan.invalid_file");
        assert!(checked.missing.is_empty());
    }
}
