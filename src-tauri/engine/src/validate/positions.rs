//! Each post: its id and title, percentage, salary, start and end, holiday terms and pension.

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::{checker::Checker, limits::*, Horizon};
use crate::{error::EngineError, model::plan::Plan, model::position::PensionScheme};

/// Checks the posts; returns their ids, for what refers to them.
pub(super) fn check(c: &mut Checker, plan: &Plan, years: Horizon) -> HashSet<String> {
    c.count("positions", plan.positions.len(), MAX_POSITIONS);
    let mut position_ids = HashSet::new();
    for (i, p) in plan.positions.iter().enumerate() {
        let f = |name: &str| format!("positions[{i}].{name}");
        c.id(&f("id"), &p.id, &mut position_ids);
        c.text(&f("title"), &p.title, MAX_NAME_CHARS, true);
        c.decimal(
            &f("ftePercent"),
            p.fte_percent.get(),
            MIN_FTE_PERCENT.into(),
            MAX_FTE_PERCENT.into(),
            2,
        );
        c.money(&f("annualSalary"), p.annual_salary.get(), MAX_SALARY);
        if p.annual_salary.is_zero() {
            c.errors.push(EngineError::Zero {
                field: f("annualSalary"),
            });
        }
        let earliest = years.first.saturating_sub(MAX_YEARS_BEFORE_PLAN);
        if years.ok && !(earliest..=years.last).contains(&p.start.year()) {
            c.errors.push(EngineError::OutOfRange {
                field: f("start"),
                min: earliest.to_string(),
                max: years.last.to_string(),
            });
        }
        if let Some(end) = p.end {
            if end < p.start {
                c.errors
                    .push(EngineError::EndBeforeStart { field: f("end") });
            }
        }
        c.percent(&f("holidayPayPercent"), p.holiday_pay_percent.get());
        c.decimal(
            &f("holidayWeeks"),
            p.holiday_weeks,
            Decimal::ZERO,
            MAX_HOLIDAY_WEEKS.into(),
            2,
        );
        c.percent(&f("pensionPercent"), p.pension_percent.get());
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
    position_ids
}
