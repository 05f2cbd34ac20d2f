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
    aga_percent: Percent,
    wage_growth: &mut Powers,
) -> Result<PositionYear> {
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
                annual_salary: p.annual_salary.scale(wage_growth.get(steps)?)?,
                amount_exact: Nok::ZERO,
            }),
        }
    }
    for seg in &mut segments {
        // annual × FTE% × months / 12 / 100, multiplied out before the one division.
        seg.amount_exact = seg
            .annual_salary
            .scale(p.fte_percent.get())?
            .fraction(seg.months.into(), Decimal::from(1200))?;
    }
    let months_active = segments.iter().map(|s| s.months).sum();
    let contract_salary_exact = Nok::sum(segments.iter().map(|s| s.amount_exact))?;
    let contract_salary = contract_salary_exact.round_ore();

    // Pay for the weeks worked: the holiday weeks are paid by the holiday pay instead.
    let weeks = Decimal::from(WEEKS_PER_YEAR);
    let worked_salary_exact = contract_salary.fraction(sub(weeks, p.holiday_weeks)?, weeks)?;
    let worked_salary = worked_salary_exact.round_ore();
    let holiday_pay_exact = worked_salary.percent(p.holiday_pay_percent)?;
    let holiday_pay = holiday_pay_exact.round_ore();
    let pension_exact = contract_salary.percent(p.pension_percent)?;
    let pension = pension_exact.round_ore();
    let aga_base = Nok::sum_ore([worked_salary, holiday_pay, pension])?;
    let aga_exact = aga_base.percent(aga_percent)?;
    let aga = aga_exact.round_ore();
    let payroll_cost = aga_base.plus(aga)?;
    let exact = |n: Nok| Nok::from(n.get().normalize());

    Ok(PositionYear {
        year,
        months_active,
        contract_salary,
        worked_salary,
        holiday_pay,
        pension,
        aga,
        payroll_cost,
        derivation: PositionDerivation {
            salary_segments: segments,
            fte_percent: p.fte_percent,
            contract_salary_exact: exact(contract_salary_exact),
            holiday_weeks: p.holiday_weeks,
            worked_salary_exact: exact(worked_salary_exact),
            holiday_pay_percent: p.holiday_pay_percent,
            holiday_pay_exact: exact(holiday_pay_exact),
            pension_percent: p.pension_percent,
            pension_exact: exact(pension_exact),
            aga_percent,
            aga_base,
            aga_exact: exact(aga_exact),
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
