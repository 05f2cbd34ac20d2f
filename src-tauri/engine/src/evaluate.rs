//! What the wizard needs after every change, from one reading of the plan: the errors to show
//! beside the fields, what each step still lacks, the projection when the plan is valid, and
//! its warnings worded in the user's language with the step that fixes each. One call per
//! change, so the plan is parsed and validated once.

use serde::Serialize;
use ts_rs::TS;

use crate::{
    compare::{check_count, compare, Comparison, NamedPlan},
    error::{EngineError, Result},
    model::checklist::{progress, PhaseProgress},
    model::plan::Plan,
    model::plan::WizardStep,
    portfolio::{portfolio, LeftOutPlan, Portfolio},
    projection::{
        self, budget::BudgetLines, ChartBar, FundingCliff, KeyYears, PositionProjection,
        Projection, SalaryBand, Totals, Warning, YearSummary,
    },
    store::plan_file::plan_from_value,
    text::{missing_text, summary_figures, warning_text, Locale, SummaryFigure},
    units::Nok,
    validate::completeness::{missing, Missing},
    ErrorReport,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Evaluation {
    /// One report per bad field; empty when the plan is valid.
    pub errors: Vec<ErrorReport>,
    /// What the plan still lacks, in the order of the wizard's steps, worded.
    pub missing: Vec<MissingNote>,
    /// What the wizard shows of the projection; `None` while the plan has errors.
    pub projection: Option<WizardFigures>,
    /// The projection's warnings, in its order, as the PDF words them.
    pub warnings: Vec<WarningNote>,
    /// The summary's key figures as the PDF's first page words them; none while the plan has
    /// errors, or when it costs nothing.
    pub summary_figures: Vec<SummaryFigure>,
    /// What each post shows beside its fields, in the plan's order: each figure as soon as what
    /// it depends on is valid, whatever else in the plan is not.
    pub positions: Vec<PositionFigures>,
    /// How far each phase of the checklist has come, in the phases' order (also while the plan
    /// has errors; empty only when the plan cannot be read at all).
    pub checklist: Vec<PhaseProgress>,
}

/// One post's figures beside its fields on «Rollen» and «Lønn».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PositionFigures {
    pub position_id: String,
    /// Where the salary falls in the usual range: from the salary alone, so it waits only for
    /// a valid salary.
    pub band: Option<SalaryBand>,
    /// What the post costs in a year; none while a field it depends on has an error, or when
    /// the post is not at work in any year of the plan.
    pub cost: Option<PositionYearCost>,
    /// The fields whose errors hold `cost` back (and `band`, when the salary is one of them):
    /// the post's own, and the plan's years, growth, regulation month and contribution zone.
    pub waiting_for: Vec<String>,
}

/// Something the plan lacks, and the sentence that says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MissingNote {
    pub missing: Missing,
    pub text: String,
}

/// What the wizard shows of a projection, after every change: the plan's figures year by year,
/// and for each post and other cost the one year shown beside its fields. The whole projection
/// (every post's every year with how it was computed) is for the PDF, the workbook and the
/// command-line tool: for the largest plan it is 3 MB of JSON, and sending it at every keystroke
/// took most of the time from a key to the updated table. This is about 40 kB.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WizardFigures {
    pub first_year: i32,
    pub last_year: i32,
    pub years: Vec<YearSummary>,
    pub totals: Totals,
    pub funding_cliff: Option<FundingCliff>,
    pub employer_pays_in_full_from: Option<i32>,
    pub key_years: KeyYears,
    /// The plan costs nothing in any of its years: there is nothing to show but that.
    pub nothing_to_pay: bool,
    pub warnings: Vec<Warning>,
    pub chart: Vec<ChartBar>,
    /// Each other cost in the plan's first year, shown beside its fields.
    pub cost_items_first_year: Vec<CostItemFirstYear>,
    /// The costs split into budget lines with their codes («Budsjettlinjer»).
    pub budget: BudgetLines,
}

/// What a post costs in one year, line by line: its first full year at work, or its first year
/// at work when it has no full one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PositionYearCost {
    pub position_id: String,
    pub year: i32,
    pub months_active: u32,
    pub worked_salary: Nok,
    pub holiday_pay: Nok,
    pub pension: Nok,
    pub aga: Nok,
    pub payroll_cost: Nok,
}

impl PositionYearCost {
    /// `p`'s first full year at work, or its first year at work when it has no full one; none
    /// when it is not at work in any year of the plan.
    fn of(p: &PositionProjection) -> Option<Self> {
        let mut active = p.years.iter().filter(|y| y.months_active > 0);
        let first = active.clone().next()?;
        let shown = active.find(|y| y.months_active == 12).unwrap_or(first);
        Some(PositionYearCost {
            position_id: p.position_id.clone(),
            year: shown.year,
            months_active: shown.months_active,
            worked_salary: shown.worked_salary,
            holiday_pay: shown.holiday_pay,
            pension: shown.pension,
            aga: shown.aga,
            payroll_cost: shown.payroll_cost,
        })
    }
}

/// An other cost's hours and cost in the plan's first year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CostItemFirstYear {
    pub item_id: String,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub hours: rust_decimal::Decimal,
    pub cost: Nok,
}

impl WizardFigures {
    /// The wizard's share of `plan`'s `projection`.
    ///
    /// # Errors
    /// [`crate::EngineError::Overflow`] if a budget line's sum grows too large (not for a valid
    /// plan).
    pub fn of(plan: &Plan, projection: Projection) -> Result<Self> {
        let budget = projection::budget::budget_lines(plan, &projection)?;
        let first_year = projection.first_year;
        let cost_items_first_year = projection
            .cost_items
            .iter()
            .filter_map(|c| {
                let y = c.years.iter().find(|y| y.year == first_year)?;
                Some(CostItemFirstYear {
                    item_id: c.item_id.clone(),
                    hours: y.hours,
                    cost: y.cost,
                })
            })
            .collect();
        Ok(WizardFigures {
            nothing_to_pay: projection.nothing_to_pay(),
            key_years: projection.key_years,
            first_year,
            last_year: projection.last_year,
            years: projection.years,
            totals: projection.totals,
            funding_cliff: projection.funding_cliff,
            employer_pays_in_full_from: projection.employer_pays_in_full_from,
            warnings: projection.warnings,
            chart: projection.chart,
            cost_items_first_year,
            budget,
        })
    }
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
/// `typing` holds the fields with text the user is still typing that is not a value yet (the
/// plan holds their last valid value): they count as errors for the figures that depend on them.
pub fn evaluate(plan: serde_json::Value, locale: Locale, typing: &[String]) -> Evaluation {
    let nothing = |errors: Vec<ErrorReport>, missing: Vec<MissingNote>| Evaluation {
        errors,
        missing,
        projection: None,
        warnings: Vec::new(),
        summary_figures: Vec::new(),
        positions: Vec::new(),
        checklist: Vec::new(),
    };
    let plan = match plan_from_value(plan) {
        Ok(plan) => plan,
        Err(err) => return nothing(vec![ErrorReport::from(&err)], Vec::new()),
    };
    let checklist = progress(&plan.checklist);
    let missing: Vec<MissingNote> = missing(&plan)
        .into_iter()
        .map(|m| MissingNote {
            text: missing_text(locale, &m),
            missing: m,
        })
        .collect();
    let errors: Vec<ErrorReport> = plan.validate().iter().map(ErrorReport::from).collect();
    if errors.is_empty() && typing.is_empty() {
        match projection::project_valid(&plan) {
            Ok(projection) => {
                let warnings = projection
                    .warnings
                    .iter()
                    .map(|w| WarningNote {
                        warning: w.clone(),
                        text: warning_text(locale, &plan, w),
                        step: w.step(),
                    })
                    .collect();
                let summary_figures = summary_figures(locale, &projection);
                let positions = position_figures(&plan, &projection);
                match WizardFigures::of(&plan, projection) {
                    Ok(figures) => {
                        return Evaluation {
                            errors,
                            missing,
                            warnings,
                            summary_figures,
                            positions,
                            projection: Some(figures),
                            checklist,
                        }
                    }
                    Err(err) => {
                        return Evaluation {
                            checklist,
                            ..nothing(vec![ErrorReport::from(&err)], missing)
                        }
                    }
                }
            }
            Err(err) => {
                return Evaluation {
                    checklist,
                    ..nothing(vec![ErrorReport::from(&err)], missing)
                }
            }
        }
    }
    let mut blocked: Vec<String> = typing.to_vec();
    blocked.extend(errors.iter().filter_map(|e| e.field.clone()));
    Evaluation {
        positions: partial_position_figures(&plan, &blocked),
        checklist,
        ..nothing(errors, missing)
    }
}

/// The plan's fields a post's cost depends on, besides its own.
const COST_INPUTS: [&str; 7] = [
    "firstYear",
    "horizonYears",
    "wageGrowthPercent",
    "regulationMonth",
    "organisation.agaZone",
    "organisation.agaRateOverride",
    "organisation.fribelopUsedUp",
];

/// The fields among `blocked` that hold back the figures of post `i`, as the wizard's pages
/// order them: the plan's (its years, its growth and zone) before the post's own.
fn blocking(blocked: &[String], i: usize) -> Vec<String> {
    let own = format!("positions[{i}]");
    let is_own = |field: &str| {
        field
            .strip_prefix(&own)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    };
    // «positions»: too many posts, which no post can be projected with.
    let plan_wide = COST_INPUTS
        .iter()
        .copied()
        .chain(["positions"])
        .filter(|f| blocked.iter().any(|b| b == f))
        .map(str::to_owned);
    let mut found: Vec<String> = plan_wide.collect();
    for field in blocked.iter().filter(|f| is_own(f)) {
        if !found.contains(field) {
            found.push(field.clone());
        }
    }
    found
}

/// Every post's figures from the projection of a valid plan: nothing to wait for.
fn position_figures(plan: &Plan, projection: &Projection) -> Vec<PositionFigures> {
    plan.positions
        .iter()
        .map(|p| PositionFigures {
            position_id: p.id.clone(),
            band: projection::salary_band(p).ok(),
            cost: cost_in(projection, &p.id),
            waiting_for: Vec::new(),
        })
        .collect()
}

/// The year of post `id` shown beside its fields, from `projection`.
fn cost_in(projection: &Projection, id: &str) -> Option<PositionYearCost> {
    projection
        .positions
        .iter()
        .find(|x| x.position_id == id)
        .and_then(PositionYearCost::of)
}

/// The posts' figures in a plan with errors (or text still being typed) in `blocked`: each
/// post whose cost depends on none of them is projected on its own terms — the plan without
/// its grants, other costs and checklist, which a post's pay does not depend on — so a wrong
/// wage growth holds back every post's cost, but a wrong salary only its own post's.
fn partial_position_figures(plan: &Plan, blocked: &[String]) -> Vec<PositionFigures> {
    let waiting: Vec<Vec<String>> = (0..plan.positions.len())
        .map(|i| blocking(blocked, i))
        .collect();
    let mut reduced = plan.clone();
    reduced.name = "–".into();
    reduced.organisation.name.clear();
    reduced.organisation.municipality = None;
    reduced.grants.clear();
    reduced.cost_items.clear();
    reduced.checklist.clear();
    reduced.financing_after_grants.clear();
    reduced.positions = plan
        .positions
        .iter()
        .zip(&waiting)
        .filter(|(_, w)| w.is_empty())
        .map(|(p, _)| p.clone())
        .collect();
    let projection = if reduced.validate().is_empty() {
        projection::project_valid(&reduced).ok()
    } else {
        None
    };
    let salary = |i: usize| format!("positions[{i}].annualSalary");
    plan.positions
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let waiting_for = waiting.get(i).cloned().unwrap_or_default();
            PositionFigures {
                position_id: p.id.clone(),
                band: if blocked.contains(&salary(i)) {
                    None
                } else {
                    projection::salary_band(p).ok()
                },
                cost: match (&projection, waiting_for.is_empty()) {
                    (Some(pr), true) => cost_in(pr, &p.id),
                    _ => None,
                },
                waiting_for,
            }
        })
        .collect()
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

/// The budget officer's view of `plans` (JSON as the UI sends them): each projected on its own
/// and added up. A plan that cannot be read or has an error is left out, with its error.
///
/// # Errors
/// More plans than a portfolio takes, or an amount too large to add.
pub fn portfolio_of(plans: Vec<PlanToCompare>, locale: Locale) -> Result<Portfolio> {
    let mut named = Vec::with_capacity(plans.len());
    let mut unreadable = Vec::new();
    for p in plans {
        match plan_from_value(p.plan) {
            Ok(plan) => named.push(NamedPlan { name: p.name, plan }),
            Err(err) => unreadable.push(LeftOutPlan {
                name: p.name,
                error: ErrorReport::from(&err),
            }),
        }
    }
    let mut portfolio = portfolio(&named, locale)?;
    portfolio.left_out.extend(unreadable);
    Ok(portfolio)
}

/// Reads the plans of a portfolio (JSON as the UI sends them) for its documents.
///
/// # Errors
/// The first plan that cannot be read at all, with the field (the app's plans always can).
pub fn read_portfolio(plans: Vec<PlanToCompare>) -> Result<Vec<NamedPlan>> {
    plans
        .into_iter()
        .map(|p| plan_from_value(p.plan).map(|plan| NamedPlan { name: p.name, plan }))
        .collect()
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
        let nb = evaluate(value.clone(), Locale::Nb, &[]);
        assert!(nb.errors.is_empty());
        let figures = nb
            .projection
            .clone()
            .unwrap_or_else(|| panic!("no projection"));
        let projection = projection::project(&plan).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            figures,
            WizardFigures::of(&plan, projection.clone()).unwrap()
        );
        assert_eq!(figures.years, projection.years);
        assert_eq!(figures.totals, projection.totals);
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
        let en = evaluate(value, Locale::En, &[]);
        assert!(en.warnings.iter().any(|n| n.text
            == "Post 1 (Erfaringskonsulent): the salary NOK 600,000.00 is outside the usual range of NOK 350,000–550,000."));
    }

    #[test]
    fn the_wizard_gets_each_post_in_its_first_full_year_and_each_cost_in_the_first_year() {
        // Post 1 starts in April 2027: its first full year is 2028. Post 2 is at work only from
        // March to August 2027: it has no full year, so its first year is shown.
        let mut plan = example_plan(2027, 3);
        let mut second = plan.positions[0].clone();
        plan.positions[0].start = "2027-04".parse().unwrap_or_else(|e| panic!("{e:?}"));
        second.id = "p-short".into();
        second.start = "2027-03".parse().unwrap_or_else(|e| panic!("{e:?}"));
        second.end = Some("2027-08".parse().unwrap_or_else(|e| panic!("{e:?}")));
        plan.positions.push(second);
        let projection = projection::project(&plan).unwrap_or_else(|e| panic!("{e}"));
        let evaluation = evaluate(
            serde_json::to_value(&plan).unwrap_or_default(),
            Locale::Nb,
            &[],
        );
        let figures = evaluation
            .projection
            .unwrap_or_else(|| panic!("no projection"));
        let costs: Vec<PositionYearCost> = evaluation
            .positions
            .iter()
            .map(|p| p.cost.clone().unwrap_or_else(|| panic!("no cost")))
            .collect();
        assert!(evaluation
            .positions
            .iter()
            .all(|p| p.waiting_for.is_empty() && p.band.is_some()));

        let shown: Vec<(&str, i32, u32)> = costs
            .iter()
            .map(|c| (c.position_id.as_str(), c.year, c.months_active))
            .collect();
        let first_id = plan.positions[0].id.as_str();
        // The example's second post starts in August 2027: 2028 as well.
        assert_eq!(
            shown,
            [(first_id, 2028, 12), ("p2", 2028, 12), ("p-short", 2027, 6)]
        );
        let line = |id: &str, year: i32| {
            projection
                .positions
                .iter()
                .find(|p| p.position_id == id)
                .and_then(|p| p.years.iter().find(|y| y.year == year))
                .unwrap_or_else(|| panic!("no {id} {year}"))
                .clone()
        };
        let full = line(first_id, 2028);
        let cost = &costs[0];
        assert_eq!(
            (
                cost.worked_salary,
                cost.holiday_pay,
                cost.pension,
                cost.aga,
                cost.payroll_cost
            ),
            (
                full.worked_salary,
                full.holiday_pay,
                full.pension,
                full.aga,
                full.payroll_cost
            )
        );
        assert_eq!(costs[2].payroll_cost, line("p-short", 2027).payroll_cost);

        assert_eq!(figures.cost_items_first_year.len(), plan.cost_items.len());
        for (item, first) in projection
            .cost_items
            .iter()
            .zip(&figures.cost_items_first_year)
        {
            assert_eq!(first.item_id, item.item_id);
            assert_eq!(
                (first.hours, first.cost),
                (item.years[0].hours, item.years[0].cost)
            );
            assert_eq!(item.years[0].year, 2027);
        }
    }

    #[test]
    fn the_wizard_figures_of_the_largest_plan_are_small_enough_to_send_at_every_keystroke() {
        let plan = crate::example::largest_plan();
        let value = serde_json::to_value(&plan).unwrap_or_default();
        let evaluation = evaluate(value, Locale::Nb, &[]);
        let projection = projection::project(&plan).unwrap_or_else(|e| panic!("{e}"));
        let sent = serde_json::to_string(&evaluation).unwrap_or_default().len();
        let whole = serde_json::to_string(&projection).unwrap_or_default().len();
        assert_eq!(evaluation.positions.len(), 50);
        assert!(sent * 20 < whole, "{sent} bytes of {whole}");
    }

    #[test]
    fn an_invalid_plan_gets_its_errors_and_no_projection() {
        let mut value = serde_json::to_value(example_plan(2027, 10)).unwrap_or_default();
        value["positions"][0]["annualSalary"] = "-1".into();
        let e = evaluate(value, Locale::Nb, &[]);
        assert_eq!(e.errors[0].code, "field.negative");
        assert_eq!(
            e.errors[0].field.as_deref(),
            Some("positions[0].annualSalary")
        );
        assert!(e.projection.is_none() && e.warnings.is_empty());

        let e = evaluate(serde_json::json!({"name": 7}), Locale::Nb, &[]);
        assert_eq!(e.errors.len(), 1);
        assert!(e.projection.is_none());
    }

    #[test]
    fn one_reading_gives_errors_and_what_is_missing() {
        let mut value = serde_json::to_value(example_plan(2027, 10)).unwrap_or_default();
        value["horizonYears"] = serde_json::json!(41);
        value["organisation"]["name"] = serde_json::json!("");
        let checked = evaluate(value.clone(), Locale::Nb, &[]);
        assert_eq!(checked.errors.len(), 1);
        assert_eq!(checked.errors[0].field.as_deref(), Some("horizonYears"));
        assert_eq!(checked.missing.len(), 1);
        // A plan that cannot be read: the one error, nothing missing.
        value["horizonYears"] = serde_json::json!("ti");
        let checked = evaluate(value, Locale::Nb, &[]);
        assert_eq!(checked.errors[0].code, "plan.invalid_file");
        assert!(checked.missing.is_empty());
    }

    /// The figures beside post `i`: (band shown, cost shown, what the cost waits for).
    fn post(e: &Evaluation, i: usize) -> (bool, bool, Vec<String>) {
        let p = &e.positions[i];
        (p.band.is_some(), p.cost.is_some(), p.waiting_for.clone())
    }

    #[test]
    fn a_post_shows_its_band_and_cost_as_soon_as_what_they_depend_on_is_valid() {
        let plan = example_plan(2027, 10);
        let valid = evaluate(
            serde_json::to_value(&plan).unwrap_or_default(),
            Locale::Nb,
            &[],
        );
        let mut value = serde_json::to_value(&plan).unwrap_or_default();
        // The second post's salary is negative, and the plan's name is empty: the first post's
        // band and cost do not depend on either, and are the same as in the valid plan.
        value["positions"][1]["annualSalary"] = "-5".into();
        value["name"] = "".into();
        let e = evaluate(value.clone(), Locale::Nb, &[]);
        assert!(e.projection.is_none());
        assert_eq!(e.positions[0], valid.positions[0]);
        assert_eq!(
            post(&e, 1),
            (false, false, vec!["positions[1].annualSalary".to_owned()])
        );

        // A wage growth of 60 % holds back every post's cost, but no post's band.
        value["wageGrowthPercent"] = "60".into();
        let e = evaluate(value.clone(), Locale::Nb, &[]);
        assert_eq!(
            post(&e, 0),
            (true, false, vec!["wageGrowthPercent".to_owned()])
        );
        assert_eq!(
            post(&e, 1),
            (
                false,
                false,
                vec![
                    "wageGrowthPercent".to_owned(),
                    "positions[1].annualSalary".to_owned()
                ]
            )
        );

        // Text still being typed counts as an error of its field: «47O 000» in the first
        // post's salary holds back its band and cost, not the second post's.
        let e = evaluate(
            serde_json::to_value(&plan).unwrap_or_default(),
            Locale::Nb,
            &["positions[0].annualSalary".to_owned()],
        );
        assert!(e.projection.is_none() && e.errors.is_empty());
        assert_eq!(
            post(&e, 0),
            (false, false, vec!["positions[0].annualSalary".to_owned()])
        );
        assert_eq!(e.positions[1], valid.positions[1]);
        // Another post's field does not block this one, though its number starts the same way.
        let mut many = plan.clone();
        for n in 0..10 {
            let mut p = plan.positions[0].clone();
            p.id = format!("extra-{n}");
            many.positions.push(p);
        }
        let e = evaluate(
            serde_json::to_value(&many).unwrap_or_default(),
            Locale::Nb,
            &["positions[10].ftePercent".to_owned()],
        );
        assert_eq!(post(&e, 1), (true, true, Vec::new()));
        assert_eq!(
            post(&e, 10),
            (true, false, vec!["positions[10].ftePercent".to_owned()])
        );
    }
}
