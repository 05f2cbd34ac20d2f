//! Each post's year: the months at work, the contract salary month by month with its
//! regulations, worked salary, holiday pay, pension and employer's contribution; and the
//! salary's place on the usual range.

use super::*;
use crate::units::Nok;
use crate::units::Percent;

pub(super) fn aga_for_year(plan: &Plan, year: i32) -> Result<AgaYear> {
    let org = &plan.organisation;
    let table = aga::rates_for_year(year)?;
    let zone = if org.aga_zone == AgaZone::Zone1a && org.fribelop_used_up {
        AgaZone::Zone1
    } else {
        org.aga_zone
    };
    let table_rate = table.rate(zone).ok_or_else(|| {
        EngineError::RateTable(format!("{year}: no rate for zone {}", zone.as_str()))
    })?;
    Ok(AgaYear {
        year,
        zone: org.aga_zone,
        rate_percent: org.aga_rate_override.unwrap_or(table_rate),
        overridden: org.aga_rate_override.is_some(),
        assumed: table.assumed && org.aga_rate_override.is_none(),
        source: table.source,
        source_en: table.source_en,
    })
}

/// Wage regulations between the position's start and the first day of `month`: regulation
/// dates strictly after the start month's first day, up to and including `month`.
pub(super) fn regulation_steps(start: YearMonth, month: YearMonth, regulation_month: u8) -> u32 {
    let first_year = if regulation_month > start.month() {
        start.year()
    } else {
        start.year() + 1
    };
    let last_year = if month.month() >= regulation_month {
        month.year()
    } else {
        month.year() - 1
    };
    u32::try_from(last_year - first_year + 1).unwrap_or(0)
}

pub(super) fn position_year(
    plan: &Plan,
    p: &Position,
    year: i32,
    aga_percent: Decimal,
) -> Result<PositionYear> {
    let growth = growth_factor(plan.wage_growth_percent.get())?;
    let mut segments: Vec<SalarySegment> = Vec::new();
    for m in 1..=12u8 {
        let Some(month) = YearMonth::new(year, m) else {
            continue;
        };
        if !p.active_in(month) {
            continue;
        }
        let steps = regulation_steps(p.start, month, plan.regulation_month);
        match segments.last_mut() {
            Some(seg)
                if seg.regulation_steps == steps && seg.last_month.index() + 1 == month.index() =>
            {
                seg.last_month = month;
                seg.months += 1;
            }
            _ => segments.push(SalarySegment {
                first_month: month,
                last_month: month,
                months: 1,
                regulation_steps: steps,
                annual_salary: Nok::from(mul(p.annual_salary.get(), pow(growth, steps)?)?),
                amount_exact: Nok::from(Decimal::ZERO),
            }),
        }
    }
    for seg in &mut segments {
        // annual × FTE% × months / 12 / 100, multiplied out before the one division.
        let numerator = mul(
            mul(seg.annual_salary.get(), p.fte_percent.get())?,
            seg.months.into(),
        )?;
        seg.amount_exact = Nok::from(div(numerator, Decimal::from(1200))?);
    }
    let months_active = segments.iter().map(|s| s.months).sum();
    let contract_salary_exact = sum(segments.iter().map(|s| s.amount_exact.get()))?;
    let contract_salary = round_ore(contract_salary_exact);

    let weeks = Decimal::from(WEEKS_PER_YEAR);
    let worked_salary_exact = div(mul(contract_salary, sub(weeks, p.holiday_weeks)?)?, weeks)?;
    let worked_salary = round_ore(worked_salary_exact);
    let holiday_pay_exact = percent_of(worked_salary, p.holiday_pay_percent.get())?;
    let holiday_pay = round_ore(holiday_pay_exact);
    let pension_exact = percent_of(contract_salary, p.pension_percent.get())?;
    let pension = round_ore(pension_exact);
    let aga_base = sum_ore([worked_salary, holiday_pay, pension])?;
    let aga_exact = percent_of(aga_base, aga_percent)?;
    let aga = round_ore(aga_exact);
    let payroll_cost = add(aga_base, aga)?;

    Ok(PositionYear {
        year,
        months_active,
        contract_salary: Nok::from(contract_salary),
        worked_salary: Nok::from(worked_salary),
        holiday_pay: Nok::from(holiday_pay),
        pension: Nok::from(pension),
        aga: Nok::from(aga),
        payroll_cost: Nok::from(payroll_cost),
        derivation: PositionDerivation {
            salary_segments: segments,
            fte_percent: Percent::from(p.fte_percent.get()),
            contract_salary_exact: Nok::from(contract_salary_exact.normalize()),
            holiday_weeks: p.holiday_weeks,
            worked_salary_exact: Nok::from(worked_salary_exact.normalize()),
            holiday_pay_percent: Percent::from(p.holiday_pay_percent.get()),
            holiday_pay_exact: Nok::from(holiday_pay_exact.normalize()),
            pension_percent: Percent::from(p.pension_percent.get()),
            pension_exact: Nok::from(pension_exact.normalize()),
            aga_percent: Percent::from(aga_percent),
            aga_base: Nok::from(aga_base),
            aga_exact: Nok::from(aga_exact.normalize()),
        },
    })
}

pub(super) fn position_active_in_year(p: &Position, year: i32) -> bool {
    months_active_in_year(p, year) > 0
}

pub(super) fn months_active_in_year(p: &Position, year: i32) -> u32 {
    let months = (1..=12u8).filter(|&m| YearMonth::new(year, m).is_some_and(|ym| p.active_in(ym)));
    u32::try_from(months.count()).unwrap_or(0)
}

/// Where `p`'s salary falls on the band's scale, and whether it is in the usual range: from the
/// salary alone, so the wizard can show it while other fields of the plan have errors.
///
/// # Errors
/// [`crate::EngineError::Overflow`] for a salary far outside what validation accepts.
pub fn salary_band(p: &Position) -> Result<SalaryBand> {
    let (lo, hi) = (
        Decimal::from(salary_range::SCALE_MIN_NOK),
        Decimal::from(salary_range::SCALE_MAX_NOK),
    );
    let at = |value: Decimal| -> Result<Decimal> {
        let clamped = value.clamp(lo, hi);
        Ok(round_ore(div(
            mul(sub(clamped, lo)?, Decimal::ONE_HUNDRED)?,
            sub(hi, lo)?,
        )?))
    };
    Ok(SalaryBand {
        position_id: p.id.clone(),
        range_start_percent: Percent::from(at(salary_range::MIN_NOK.into())?),
        range_end_percent: Percent::from(at(salary_range::MAX_NOK.into())?),
        marker_percent: Percent::from(at(p.annual_salary.get())?),
        inside: salary_range::is_usual(p.annual_salary.get()),
    })
}

/// The months of `year` at least one of `posts` is at work.
pub(super) fn months_any_active_in_year<'a>(
    posts: impl Iterator<Item = &'a Position> + Clone,
    year: i32,
) -> u32 {
    let months = (1..=12u8).filter(|&m| {
        YearMonth::new(year, m).is_some_and(|ym| posts.clone().any(|p| p.active_in(ym)))
    });
    u32::try_from(months.count()).unwrap_or(0)
}
