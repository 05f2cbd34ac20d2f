//! Checks a plan field by field before anything is computed. Every problem becomes an
//! [`EngineError`] carrying the field's path (`positions[0].ftePercent`), in the order the fields
//! appear in the wizard. The bounds also keep every later computation far from `Decimal`'s
//! limits, so a validated plan cannot overflow.

pub mod characters;
mod checker;
pub mod checklist;
pub mod completeness;
mod cost_items;
mod grants;
pub mod limits;
mod positions;

use checker::Checker;
use limits::*;

use crate::{error::EngineError, model::calendar::parse_date, model::plan::Plan};

impl Plan {
    /// Every problem with the plan, in the order the fields appear in the wizard. Empty when the
    /// plan is valid.
    pub fn validate(&self) -> Vec<EngineError> {
        validate(self)
    }
}

pub fn validate(plan: &Plan) -> Vec<EngineError> {
    let mut c = Checker::default();
    c.text("name", &plan.name, MAX_NAME_CHARS, true);
    c.int_range(
        "firstYear",
        plan.first_year.into(),
        MIN_FIRST_YEAR.into(),
        MAX_FIRST_YEAR.into(),
    );
    c.int_range(
        "horizonYears",
        plan.horizon_years.into(),
        MIN_HORIZON_YEARS.into(),
        MAX_HORIZON_YEARS.into(),
    );
    if let Err(err) = parse_date("createdOn", &plan.created_on) {
        c.errors.push(err);
    }
    let horizon_ok = c.errors.is_empty()
        || !c
            .errors
            .iter()
            .any(|e| matches!(e.field(), Some("firstYear" | "horizonYears")));
    let (first, last) = (plan.first_year, plan.last_year());

    let org = &plan.organisation;
    c.text("organisation.name", &org.name, MAX_TEXT_CHARS, false);
    if let Some(m) = &org.municipality {
        c.text("organisation.municipality", m, MAX_TEXT_CHARS, false);
    }
    if let Some(rate) = org.aga_rate_override {
        c.percent("organisation.agaRateOverride", rate.get());
    }
    c.growth("wageGrowthPercent", plan.wage_growth_percent.get());
    c.int_range("regulationMonth", plan.regulation_month.into(), 1, 12);
    c.growth("priceGrowthPercent", plan.price_growth_percent.get());

    c.lines(
        "financingAfterGrants",
        &plan.financing_after_grants,
        MAX_NOTE_CHARS,
    );

    if let Some(codes) = &plan.budget_codes {
        if let Some(function) = &codes.function {
            c.code("budgetCodes.function", function);
        }
        for (line, art) in &codes.arts {
            let key = serde_json::to_value(line).unwrap_or_default();
            let key = key.as_str().unwrap_or_default();
            c.code(&format!("budgetCodes.arts.{key}"), art);
        }
    }

    let horizon = Horizon {
        ok: horizon_ok,
        first,
        last,
    };
    let position_ids = positions::check(&mut c, plan, horizon);
    cost_items::check(&mut c, plan, horizon, &position_ids);
    grants::check(&mut c, plan, horizon, &position_ids);
    checklist::validate(&plan.checklist, &mut c.errors);
    c.errors
}

/// The plan's years, and whether they are valid enough to check other years against.
#[derive(Debug, Clone, Copy)]
struct Horizon {
    ok: bool,
    first: i32,
    last: i32,
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::units::{Nok, Percent};
    use crate::{
        example::example_plan,
        model::calendar::YearMonth,
        model::cost_item::CostBasis,
        model::grant::{Grant, GrantShape},
        model::position::Position,
    };

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// Each bad input, and the (code, field) it must produce.
    #[test]
    fn every_kind_of_bad_input_is_named() {
        type Change = fn(&mut Plan);
        let cases: &[(&str, &str, Change)] = &[
            ("field.required", "name", |p| p.name = " ".into()),
            ("field.direction_character", "name", |p| {
                p.name = "Plan \u{202e}live".into()
            }),
            ("field.control_character", "positions[1].title", |p| {
                p.positions[1].title = "Ring\u{7}".into()
            }),
            ("field.tab", "costItems[0].name", |p| {
                p.cost_items[0].name = "Kurs\tog reise".into()
            }),
            ("field.line_break", "grants[0].name", |p| {
                p.grants[0].name = "Tilskudd\nfra Helsedirektoratet".into()
            }),
            ("field.invisible_character", "organisation.name", |p| {
                p.organisation.name = "Bydel\u{200b}Nord".into()
            }),
            ("field.line_break", "organisation.municipality", |p| {
                p.organisation.municipality = Some("Oslo\u{2028}".into())
            }),
            ("field.control_character", "financingAfterGrants", |p| {
                p.financing_after_grants = "Linje én\nlinje to\u{0}".into()
            }),
            ("field.invisible_character", "checklist[0].note", |p| {
                p.checklist[0].note = "Avtalt\nmed tillitsvalgt\u{feff}".into()
            }),
            ("field.line_break", "checklist[0].owner", |p| {
                p.checklist[0].owner = "Kari\nNordmann".into()
            }),
            ("field.direction_character", "grants[0].source", |p| {
                p.grants[0].source = "\u{2066}Statsforvalteren\u{2069}".into()
            }),
            ("field.out_of_range", "horizonYears", |p| {
                p.horizon_years = 0
            }),
            ("field.out_of_range", "horizonYears", |p| {
                p.horizon_years = 41
            }),
            ("field.out_of_range", "firstYear", |p| p.first_year = 2019),
            ("field.invalid_code", "budgetCodes.function", |p| {
                p.budget_codes = Some(crate::model::budget::BudgetCodes {
                    function: Some("24 3".into()),
                    arts: Default::default(),
                })
            }),
            ("field.invalid_code", "budgetCodes.arts.temporaryPay", |p| {
                p.budget_codes = Some(crate::model::budget::BudgetCodes {
                    function: None,
                    arts: [(
                        crate::rules::kostra::BudgetLine::TemporaryPay,
                        "=1+1".into(),
                    )]
                    .into(),
                })
            }),
            ("field.too_long", "budgetCodes.arts.grants", |p| {
                p.budget_codes = Some(crate::model::budget::BudgetCodes {
                    function: None,
                    arts: [(crate::rules::kostra::BudgetLine::Grants, "1".repeat(13))].into(),
                })
            }),
            ("field.out_of_range", "wageGrowthPercent", |p| {
                p.wage_growth_percent = Percent::from(d("31"))
            }),
            ("field.negative", "priceGrowthPercent", |p| {
                p.price_growth_percent = Percent::from(d("-1"))
            }),
            ("field.negative", "positions[0].holidayWeeks", |p| {
                p.positions[0].holiday_weeks = d("-0.5")
            }),
            ("field.out_of_range", "regulationMonth", |p| {
                p.regulation_month = 13
            }),
            ("field.out_of_range", "organisation.agaRateOverride", |p| {
                p.organisation.aga_rate_override = Some(Percent::from(d("100.5")))
            }),
            ("field.out_of_range", "positions[0].ftePercent", |p| {
                p.positions[0].fte_percent = Percent::from(d("0.5"))
            }),
            ("field.out_of_range", "positions[0].ftePercent", |p| {
                p.positions[0].fte_percent = Percent::from(d("101"))
            }),
            ("field.too_precise", "positions[0].ftePercent", |p| {
                p.positions[0].fte_percent = Percent::from(d("50.125"))
            }),
            ("field.negative", "positions[0].annualSalary", |p| {
                p.positions[0].annual_salary = Nok::from(d("-1"))
            }),
            ("field.zero", "positions[0].annualSalary", |p| {
                p.positions[0].annual_salary = Nok::from(d("0"))
            }),
            ("field.too_large", "positions[0].annualSalary", |p| {
                p.positions[0].annual_salary = Nok::from(d("10000000.01"))
            }),
            ("field.too_precise", "positions[0].annualSalary", |p| {
                p.positions[0].annual_salary = Nok::from(d("450000.005"))
            }),
            ("field.end_before_start", "positions[0].end", |p| {
                p.positions[0].end = YearMonth::new(2026, 12)
            }),
            ("field.out_of_range", "positions[0].start", |p| {
                p.positions[0].start = YearMonth::new(1986, 12).unwrap()
            }),
            (
                "field.out_of_range",
                "positions[0].holidayPayPercent",
                |p| p.positions[0].holiday_pay_percent = Percent::from(d("120")),
            ),
            ("field.below_minimum", "positions[0].pensionPercent", |p| {
                p.positions[0].pension_scheme = crate::model::position::PensionScheme::Otp;
                p.positions[0].pension_percent = Percent::from(d("1.9"));
            }),
            ("field.duplicate_id", "positions[1].id", |p| {
                p.positions[1].id = "p1".into()
            }),
            ("field.too_many", "positions", |p| {
                let first = p.positions[0].clone();
                p.positions = (0..51)
                    .map(|i| Position {
                        id: format!("x{i}"),
                        ..first.clone()
                    })
                    .collect();
            }),
            ("field.outside_horizon", "grants[0].firstYear", |p| {
                p.grants[0].first_year = 2040
            }),
            ("field.unknown_position", "grants[0].positionIds[0]", |p| {
                p.grants[0].position_ids[0] = "nobody".into()
            }),
            ("field.required", "grants[0].shape.amounts", |p| {
                p.grants[0].shape = GrantShape::Stepped { amounts: vec![] }
            }),
            (
                "field.out_of_range",
                "grants[0].shape.sharesPercent[1]",
                |p| {
                    p.grants[0].shape = GrantShape::ShareOfCost {
                        shares_percent: vec![Percent::from(d("100")), Percent::from(d("150"))],
                        yearly_cap: None,
                    }
                },
            ),
            ("field.too_large", "grants[0].shape.amount", |p| {
                p.grants[0].shape = GrantShape::OneOff {
                    amount: Nok::from(d("100000000.01")),
                }
            }),
            ("field.outside_horizon", "costItems[0].lastYear", |p| {
                p.cost_items[0].last_year = Some(2026)
            }),
            ("field.negative", "costItems[0].basis.price", |p| {
                p.cost_items[0].basis = CostBasis::PerSession {
                    price: Nok::from(d("-5")),
                    sessions_per_year: d("12"),
                    hours_per_session: d("1"),
                }
            }),
            ("field.unknown_position", "costItems[0].positionId", |p| {
                p.cost_items[0].position_id = Some("nobody".into())
            }),
            ("field.too_many", "grants", |p| {
                let g: Grant = p.grants[0].clone();
                p.grants = (0..21)
                    .map(|i| Grant {
                        id: format!("g{i}"),
                        ..g.clone()
                    })
                    .collect();
            }),
            // The checklist is checked with the rest of the plan.
            ("field.invalid_date", "checklist[0].due", |p| {
                p.checklist[0].due = "31.12.2027".into()
            }),
            ("field.duplicate_id", "checklist[1].id", |p| {
                p.checklist[1].id = p.checklist[0].id.clone()
            }),
            ("field.too_long", "checklist[0].note", |p| {
                p.checklist[0].note = "x".repeat(5_000)
            }),
            ("field.too_long", "checklist[0].owner", |p| {
                p.checklist[0].owner = "x".repeat(121)
            }),
            ("field.too_many", "checklist", |p| {
                let entry = p.checklist[0].clone();
                p.checklist = (0..201)
                    .map(|i| crate::model::checklist::ChecklistEntry {
                        id: format!("egen-{i}"),
                        ..entry.clone()
                    })
                    .collect();
            }),
        ];
        for (code, field, change) in cases {
            let mut plan = example_plan(2027, 10);
            change(&mut plan);
            let errors = plan.validate();
            assert!(
                errors
                    .iter()
                    .any(|e| e.code() == *code && e.field() == Some(field)),
                "expected {code} at {field}, got {:?}",
                errors
            );
        }
        assert!(example_plan(2027, 10).validate().is_empty());
    }
}
