//! Checks a plan field by field before anything is computed. Every problem becomes an
//! [`EngineError`] carrying the field's path (`positions[0].ftePercent`), in the order the fields
//! appear in the wizard. The bounds also keep every later computation far from `Decimal`'s
//! limits, so a validated plan cannot overflow.

pub mod checklist;
pub mod completeness;
pub mod limits;

use std::collections::HashSet;

use rust_decimal::Decimal;

use limits::*;

use crate::{
    error::EngineError, model::calendar::parse_date, model::cost_item::CostBasis,
    model::grant::GrantShape, model::plan::Plan, model::position::PensionScheme,
};

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
        c.percent("organisation.agaRateOverride", rate);
    }
    c.growth("wageGrowthPercent", plan.wage_growth_percent);
    c.int_range("regulationMonth", plan.regulation_month.into(), 1, 12);
    c.growth("priceGrowthPercent", plan.price_growth_percent);

    c.text(
        "financingAfterGrants",
        &plan.financing_after_grants,
        4_000,
        false,
    );

    // Positions.
    c.count("positions", plan.positions.len(), MAX_POSITIONS);
    let mut position_ids = HashSet::new();
    for (i, p) in plan.positions.iter().enumerate() {
        let f = |name: &str| format!("positions[{i}].{name}");
        c.id(&f("id"), &p.id, &mut position_ids);
        c.text(&f("title"), &p.title, MAX_NAME_CHARS, true);
        c.decimal(
            &f("ftePercent"),
            p.fte_percent,
            Decimal::ONE,
            Decimal::ONE_HUNDRED,
            2,
        );
        c.money(&f("annualSalary"), p.annual_salary, MAX_SALARY);
        if p.annual_salary.is_zero() {
            c.errors.push(EngineError::BelowMinimum {
                field: f("annualSalary"),
                min: "1".into(),
            });
        }
        let earliest = first.saturating_sub(MAX_YEARS_BEFORE_PLAN);
        if horizon_ok && !(earliest..=last).contains(&p.start.year()) {
            c.errors.push(EngineError::OutOfRange {
                field: f("start"),
                min: earliest.to_string(),
                max: last.to_string(),
            });
        }
        if let Some(end) = p.end {
            if end < p.start {
                c.errors
                    .push(EngineError::EndBeforeStart { field: f("end") });
            }
        }
        c.percent(&f("holidayPayPercent"), p.holiday_pay_percent);
        c.decimal(
            &f("holidayWeeks"),
            p.holiday_weeks,
            Decimal::ZERO,
            MAX_HOLIDAY_WEEKS.into(),
            2,
        );
        c.percent(&f("pensionPercent"), p.pension_percent);
        if p.pension_scheme == PensionScheme::Otp && p.pension_percent < OTP_MIN_PERCENT.into() {
            c.errors.push(EngineError::BelowMinimum {
                field: f("pensionPercent"),
                min: OTP_MIN_PERCENT.to_string(),
            });
        }
        c.int_range(
            &f("seniorityYears"),
            p.seniority_years.into(),
            0,
            MAX_SENIORITY_YEARS.into(),
        );
    }

    // Other costs.
    c.count("costItems", plan.cost_items.len(), MAX_COST_ITEMS);
    let mut item_ids = HashSet::new();
    for (i, item) in plan.cost_items.iter().enumerate() {
        let f = |name: &str| format!("costItems[{i}].{name}");
        c.id(&f("id"), &item.id, &mut item_ids);
        c.text(&f("name"), &item.name, MAX_NAME_CHARS, true);
        match &item.basis {
            CostBasis::PerSession {
                price,
                sessions_per_year,
                hours_per_session,
            } => {
                c.money(&f("basis.price"), *price, MAX_AMOUNT);
                c.decimal(
                    &f("basis.sessionsPerYear"),
                    *sessions_per_year,
                    Decimal::ZERO,
                    MAX_SESSIONS.into(),
                    2,
                );
                c.decimal(
                    &f("basis.hoursPerSession"),
                    *hours_per_session,
                    Decimal::ZERO,
                    24.into(),
                    2,
                );
            }
            CostBasis::PerHour {
                rate,
                hours_per_year,
            } => {
                c.money(&f("basis.rate"), *rate, MAX_AMOUNT);
                c.decimal(
                    &f("basis.hoursPerYear"),
                    *hours_per_year,
                    Decimal::ZERO,
                    MAX_HOURS.into(),
                    2,
                );
            }
            CostBasis::PerYear { amount } | CostBasis::Once { amount } => {
                c.money(&f("basis.amount"), *amount, MAX_AMOUNT);
            }
        }
        if horizon_ok {
            for (name, year) in [("firstYear", item.first_year), ("lastYear", item.last_year)] {
                if let Some(y) = year {
                    if !(first..=last).contains(&y) {
                        c.errors
                            .push(EngineError::OutsideHorizon { field: f(name) });
                    }
                }
            }
        }
        if let (Some(a), Some(b)) = (item.first_year, item.last_year) {
            if b < a {
                c.errors.push(EngineError::EndBeforeStart {
                    field: f("lastYear"),
                });
            }
        }
        if let Some(id) = &item.position_id {
            c.known_position(&f("positionId"), id, &position_ids);
        }
    }

    // Grants.
    c.count("grants", plan.grants.len(), MAX_GRANTS);
    let mut grant_ids = HashSet::new();
    for (i, g) in plan.grants.iter().enumerate() {
        let f = |name: &str| format!("grants[{i}].{name}");
        c.id(&f("id"), &g.id, &mut grant_ids);
        c.text(&f("name"), &g.name, MAX_NAME_CHARS, true);
        c.text(&f("source"), &g.source, MAX_TEXT_CHARS, false);
        if horizon_ok && !(first..=last).contains(&g.first_year) {
            c.errors.push(EngineError::OutsideHorizon {
                field: f("firstYear"),
            });
        }
        let max_years = usize::try_from(MAX_HORIZON_YEARS).unwrap_or(40);
        match &g.shape {
            GrantShape::PerFullTime { amount, years } => {
                c.money(&f("shape.amount"), *amount, MAX_AMOUNT);
                c.int_range(
                    &f("shape.years"),
                    (*years).into(),
                    1,
                    MAX_HORIZON_YEARS.into(),
                );
            }
            GrantShape::Stepped { amounts } | GrantShape::FixedPerYear { amounts } => {
                if amounts.is_empty() {
                    c.errors.push(EngineError::Required {
                        field: f("shape.amounts"),
                    });
                }
                c.count(&f("shape.amounts"), amounts.len(), max_years);
                for (k, a) in amounts.iter().enumerate() {
                    c.money(&f(&format!("shape.amounts[{k}]")), *a, MAX_AMOUNT);
                }
            }
            GrantShape::ShareOfCost {
                shares_percent,
                yearly_cap,
            } => {
                if shares_percent.is_empty() {
                    c.errors.push(EngineError::Required {
                        field: f("shape.sharesPercent"),
                    });
                }
                c.count(&f("shape.sharesPercent"), shares_percent.len(), max_years);
                for (k, s) in shares_percent.iter().enumerate() {
                    c.percent(&f(&format!("shape.sharesPercent[{k}]")), *s);
                }
                if let Some(cap) = yearly_cap {
                    c.money(&f("shape.yearlyCap"), *cap, MAX_AMOUNT);
                }
            }
            GrantShape::OneOff { amount } => c.money(&f("shape.amount"), *amount, MAX_AMOUNT),
        }
        let mut seen = HashSet::new();
        for (k, id) in g.position_ids.iter().enumerate() {
            let field = f(&format!("positionIds[{k}]"));
            c.known_position(&field, id, &position_ids);
            if !seen.insert(id.as_str()) {
                c.errors.push(EngineError::DuplicateId {
                    field,
                    id: id.clone(),
                });
            }
        }
    }

    checklist::validate(&plan.checklist, &mut c.errors);
    c.errors
}

#[derive(Default)]
struct Checker {
    errors: Vec<EngineError>,
}

impl Checker {
    fn text(&mut self, field: &str, value: &str, max: usize, required: bool) {
        let chars = value.trim().chars().count();
        if required && chars == 0 {
            self.errors.push(EngineError::Required {
                field: field.into(),
            });
        } else if value.chars().count() > max {
            self.errors.push(EngineError::TooLong {
                field: field.into(),
                max,
            });
        }
    }

    fn id(&mut self, field: &str, id: &str, seen: &mut HashSet<String>) {
        self.text(field, id, MAX_ID_CHARS, true);
        if !id.is_empty() && !seen.insert(id.to_owned()) {
            self.errors.push(EngineError::DuplicateId {
                field: field.into(),
                id: id.into(),
            });
        }
    }

    fn known_position(&mut self, field: &str, id: &str, known: &HashSet<String>) {
        if !known.contains(id) {
            self.errors.push(EngineError::UnknownPosition {
                field: field.into(),
                id: id.into(),
            });
        }
    }

    fn count(&mut self, field: &str, len: usize, max: usize) {
        if len > max {
            self.errors.push(EngineError::TooMany {
                field: field.into(),
                max,
            });
        }
    }

    fn int_range(&mut self, field: &str, value: i64, min: i64, max: i64) {
        if !(min..=max).contains(&value) {
            self.errors.push(EngineError::OutOfRange {
                field: field.into(),
                min: min.to_string(),
                max: max.to_string(),
            });
        }
    }

    /// A decimal within `[min, max]` with at most `decimals` decimals.
    fn decimal(&mut self, field: &str, value: Decimal, min: Decimal, max: Decimal, decimals: u32) {
        if value < min || value > max {
            self.errors.push(EngineError::OutOfRange {
                field: field.into(),
                min: min.normalize().to_string(),
                max: max.normalize().to_string(),
            });
        } else if value.normalize().scale() > decimals {
            self.errors.push(EngineError::TooPrecise {
                field: field.into(),
                decimals,
            });
        }
    }

    /// A yearly growth rate, 0–30 %, at most four decimals.
    fn growth(&mut self, field: &str, value: Decimal) {
        self.decimal(field, value, Decimal::ZERO, MAX_GROWTH_PERCENT.into(), 4);
    }

    /// A percentage, 0–100, at most four decimals.
    fn percent(&mut self, field: &str, value: Decimal) {
        self.decimal(field, value, Decimal::ZERO, Decimal::ONE_HUNDRED, 4);
    }

    /// An amount in NOK: not negative, at most `max`, whole øre.
    fn money(&mut self, field: &str, value: Decimal, max: i64) {
        if value.is_sign_negative() && !value.is_zero() {
            self.errors.push(EngineError::Negative {
                field: field.into(),
            });
        } else if value > Decimal::from(max) {
            self.errors.push(EngineError::TooLarge {
                field: field.into(),
                max: max.to_string(),
            });
        } else if value.normalize().scale() > 2 {
            self.errors.push(EngineError::TooPrecise {
                field: field.into(),
                decimals: 2,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        example::example_plan,
        model::calendar::YearMonth,
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
            ("field.out_of_range", "horizonYears", |p| {
                p.horizon_years = 0
            }),
            ("field.out_of_range", "horizonYears", |p| {
                p.horizon_years = 41
            }),
            ("field.out_of_range", "firstYear", |p| p.first_year = 2019),
            ("field.out_of_range", "wageGrowthPercent", |p| {
                p.wage_growth_percent = d("31")
            }),
            ("field.out_of_range", "priceGrowthPercent", |p| {
                p.price_growth_percent = d("-1")
            }),
            ("field.out_of_range", "regulationMonth", |p| {
                p.regulation_month = 13
            }),
            ("field.out_of_range", "organisation.agaRateOverride", |p| {
                p.organisation.aga_rate_override = Some(d("100.5"))
            }),
            ("field.out_of_range", "positions[0].ftePercent", |p| {
                p.positions[0].fte_percent = d("0.5")
            }),
            ("field.out_of_range", "positions[0].ftePercent", |p| {
                p.positions[0].fte_percent = d("101")
            }),
            ("field.too_precise", "positions[0].ftePercent", |p| {
                p.positions[0].fte_percent = d("50.125")
            }),
            ("field.negative", "positions[0].annualSalary", |p| {
                p.positions[0].annual_salary = d("-1")
            }),
            ("field.below_minimum", "positions[0].annualSalary", |p| {
                p.positions[0].annual_salary = d("0")
            }),
            ("field.too_large", "positions[0].annualSalary", |p| {
                p.positions[0].annual_salary = d("10000000.01")
            }),
            ("field.too_precise", "positions[0].annualSalary", |p| {
                p.positions[0].annual_salary = d("450000.005")
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
                |p| p.positions[0].holiday_pay_percent = d("120"),
            ),
            ("field.below_minimum", "positions[0].pensionPercent", |p| {
                p.positions[0].pension_scheme = crate::model::position::PensionScheme::Otp;
                p.positions[0].pension_percent = d("1.9");
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
                        shares_percent: vec![d("100"), d("150")],
                        yearly_cap: None,
                    }
                },
            ),
            ("field.too_large", "grants[0].shape.amount", |p| {
                p.grants[0].shape = GrantShape::OneOff {
                    amount: d("100000000.01"),
                }
            }),
            ("field.outside_horizon", "costItems[0].lastYear", |p| {
                p.cost_items[0].last_year = Some(2026)
            }),
            ("field.negative", "costItems[0].basis.price", |p| {
                p.cost_items[0].basis = CostBasis::PerSession {
                    price: d("-5"),
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
