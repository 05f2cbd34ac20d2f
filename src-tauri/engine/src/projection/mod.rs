//! The multi-year cost projection (domain brief §4). Per position and calendar year: contract
//! salary `S`, worked salary `W`, holiday pay `F`, pension `P` and AGA `A`; then the other costs,
//! the grants, and the employer's net cost.
//!
//! Rounding: every yearly line per position (and per cost item and grant) is rounded once to øre,
//! half away from zero; a line derived from other lines is computed from their *rounded* values;
//! every total is a sum of rounded lines. Each line carries its derivation so a reader can redo
//! it by hand.

use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use crate::{
    decimal::{
        add, div, growth_factor, mul, percent_of, pow, round_ore, sub, sum, sum_ore, zero_ore,
    },
    error::{EngineError, Result},
    model::calendar::YearMonth,
    model::cost_item::{CostBasis, CostCategory, CostItem},
    model::grant::{Grant, GrantShape},
    model::plan::Plan,
    model::position::Position,
    rules::aga::{self, AgaZone},
    rules::salary_range,
};

mod allocate;
mod warnings;

pub use warnings::Warning;

/// Weeks in a year, for the worked-salary factor `(52 − holiday weeks) / 52`.
const WEEKS_PER_YEAR: i64 = 52;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Projection {
    pub first_year: i32,
    pub last_year: i32,
    /// The AGA rate used each year, and where it came from.
    pub aga: Vec<AgaYear>,
    pub positions: Vec<PositionProjection>,
    pub cost_items: Vec<CostItemProjection>,
    pub grants: Vec<GrantProjection>,
    /// The plan's totals, year by year.
    pub years: Vec<YearSummary>,
    /// Sums over the whole horizon.
    pub totals: Totals,
    /// The first year the employer's net cost jumps because a grant shrinks or ends.
    pub funding_cliff: Option<FundingCliff>,
    /// The first year with no grant income left, when grants end within the horizon (or the
    /// first year, when there are no grants).
    pub employer_pays_in_full_from: Option<i32>,
    pub warnings: Vec<Warning>,
    /// Bar heights for a chart of grant and employer's cost per year, so drawing needs no
    /// arithmetic: percentages of the highest yearly total cost.
    pub chart: Vec<ChartBar>,
    /// Each position's salary placed against the typical range, for drawing.
    pub salary_bands: Vec<SalaryBand>,
}

/// A salary at 100 % on the band's scale with the usual range marked
/// ([`crate::rules::salary_range`]); all in percent of the scale, two decimals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SalaryBand {
    pub position_id: String,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub range_start_percent: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub range_end_percent: Decimal,
    /// Where the salary falls; 0 or 100 when it is off the scale.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub marker_percent: Decimal,
    pub inside: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ChartBar {
    pub year: i32,
    /// The grant's part of the bar, percent of the tallest year (two decimals).
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub grants_percent: Decimal,
    /// The employer's part of the bar, percent of the tallest year (two decimals).
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub net_percent: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AgaYear {
    pub year: i32,
    pub zone: AgaZone,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub rate_percent: Decimal,
    /// The user's own rate replaced the table's.
    pub overridden: bool,
    /// No table is published for this year; the latest one is carried forward.
    pub assumed: bool,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PositionProjection {
    pub position_id: String,
    pub title: String,
    pub years: Vec<PositionYear>,
}

/// One position's payroll lines in one year, each rounded to øre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PositionYear {
    pub year: i32,
    pub months_active: u32,
    /// `S`: salary for the active months at the share of full time.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub contract_salary: Decimal,
    /// `W = S × (52 − holiday weeks) / 52`.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub worked_salary: Decimal,
    /// `F = W × holiday-pay rate`, booked in the year it is earned.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub holiday_pay: Decimal,
    /// `P = S × pension rate`.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub pension: Decimal,
    /// `A = (W + F + P) × AGA rate`.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub aga: Decimal,
    /// `W + F + P + A`.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub payroll_cost: Decimal,
    pub derivation: PositionDerivation,
}

/// How a position-year's lines were computed: the inputs, and each line's exact value before it
/// was rounded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PositionDerivation {
    /// Runs of months with the same salary level.
    pub salary_segments: Vec<SalarySegment>,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub fte_percent: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub contract_salary_exact: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub holiday_weeks: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub worked_salary_exact: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub holiday_pay_percent: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub holiday_pay_exact: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub pension_percent: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub pension_exact: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub aga_percent: Decimal,
    /// `W + F + P`, the base AGA is charged on.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub aga_base: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub aga_exact: Decimal,
}

/// Months `first_month..=last_month` at one salary level: `amount = annual salary × FTE × months
/// / 1200`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SalarySegment {
    pub first_month: YearMonth,
    pub last_month: YearMonth,
    pub months: u32,
    /// Wage regulations since the start: the salary entered × (1 + growth)^steps.
    pub regulation_steps: u32,
    /// Yearly salary at 100 % in force in these months (exact).
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub annual_salary: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub amount_exact: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CostItemProjection {
    pub item_id: String,
    pub name: String,
    pub category: CostCategory,
    pub internal: bool,
    pub years: Vec<CostItemYear>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CostItemYear {
    pub year: i32,
    /// Cost in NOK, rounded to øre (zero for internal work whose cost is not included).
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub cost: Decimal,
    /// Hours of work or supervision that year.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub hours: Decimal,
    /// The yearly amount at the plan's first-year prices.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub base_amount: Decimal,
    /// Years of price growth applied: base × (1 + price growth)^steps.
    pub price_steps: u32,
    /// For an item per post: the months posts are at work this year, added up over the posts
    /// (12 = one post all year); the cost is base × post months / 12 × growth. `None` for an
    /// item that is not per post.
    pub post_months: Option<u32>,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub cost_exact: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GrantProjection {
    pub grant_id: String,
    pub name: String,
    pub years: Vec<GrantYear>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GrantYear {
    pub year: i32,
    /// The schedule's entry for this year: NOK per 100 % position, percent of cost for a
    /// share-of-cost grant, the year's sum for a fixed-per-year grant, or the one-off amount;
    /// `None` outside the schedule.
    #[serde(with = "crate::decimal::string_option")]
    #[ts(type = "string | null")]
    pub scheduled: Option<Decimal>,
    /// What the grant would pay this year before it is limited to the cost it is tied to.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub entitled: Decimal,
    /// What it pays: never more than the tied cost not already covered.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub amount: Decimal,
    /// `entitled − amount`: grant money the plan has no cost for.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub excess: Decimal,
    /// For a grant tied to positions: what it pays towards each.
    pub per_position: Vec<GrantShare>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GrantShare {
    pub position_id: String,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub amount: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct YearSummary {
    pub year: i32,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub payroll_cost: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub other_costs: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub total_cost: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub grants: Decimal,
    /// `total cost − grants`.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub net_cost: Decimal,
    /// Grants as a percentage of total cost, rounded to two decimals (0 when there is no cost).
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub grant_share_percent: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub running_total_cost: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub running_net_cost: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Totals {
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub payroll_cost: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub other_costs: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub total_cost: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub grants: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub net_cost: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FundingCliff {
    pub year: i32,
    /// How much the employer's net cost rises from the year before.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub jump: Decimal,
    /// How much less grant there is than the year before.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub grant_drop: Decimal,
}

/// Projects `plan` over its horizon.
///
/// # Errors
/// The plan's validation errors (the first of them), a missing rate table, or
/// [`EngineError::Overflow`].
pub fn project(plan: &Plan) -> Result<Projection> {
    if let Some(err) = plan.validate().into_iter().next() {
        return Err(err);
    }
    project_valid(plan)
}

/// [`project`] for a plan already validated (the caller has checked `plan.validate()` is empty).
pub fn project_valid(plan: &Plan) -> Result<Projection> {
    let first = plan.first_year;
    let last = plan.last_year();
    let years: Vec<i32> = (first..=last).collect();

    let aga = years
        .iter()
        .map(|&y| aga_for_year(plan, y))
        .collect::<Result<Vec<_>>>()?;

    let positions = plan
        .positions
        .iter()
        .map(|p| {
            let years = years
                .iter()
                .zip(&aga)
                .map(|(&y, a)| position_year(plan, p, y, a.rate_percent))
                .collect::<Result<Vec<_>>>()?;
            Ok(PositionProjection {
                position_id: p.id.clone(),
                title: p.title.clone(),
                years,
            })
        })
        .collect::<Result<Vec<_>>>()?;

    let cost_items = plan
        .cost_items
        .iter()
        .map(|item| cost_item_projection(plan, item, &years))
        .collect::<Result<Vec<_>>>()?;

    let mut grant_years: Vec<Vec<GrantYear>> =
        vec![Vec::with_capacity(years.len()); plan.grants.len()];
    let mut summaries = Vec::with_capacity(years.len());
    let (mut running_total, mut running_net) = (zero_ore(), zero_ore());
    for (yi, &year) in years.iter().enumerate() {
        let payroll: Vec<Decimal> = positions.iter().map(|p| p.years[yi].payroll_cost).collect();
        let payroll_cost = sum_ore(payroll.iter().copied())?;
        let other_costs = sum_ore(cost_items.iter().map(|c| c.years[yi].cost))?;
        let total_cost = add(payroll_cost, other_costs)?;

        let applied = grants_for_year(plan, year, &positions, yi, &payroll, total_cost)?;
        let grants = sum_ore(applied.iter().map(|g| g.amount))?;
        for (gi, g) in applied.into_iter().enumerate() {
            grant_years[gi].push(g);
        }
        let net_cost = sub(total_cost, grants)?;
        running_total = add(running_total, total_cost)?;
        running_net = add(running_net, net_cost)?;
        let grant_share_percent = if total_cost.is_zero() {
            zero_ore()
        } else {
            round_ore(div(mul(grants, Decimal::ONE_HUNDRED)?, total_cost)?)
        };
        summaries.push(YearSummary {
            year,
            payroll_cost,
            other_costs,
            total_cost,
            grants,
            net_cost,
            grant_share_percent,
            running_total_cost: running_total,
            running_net_cost: running_net,
        });
    }

    let grants = plan
        .grants
        .iter()
        .zip(grant_years)
        .map(|(g, years)| GrantProjection {
            grant_id: g.id.clone(),
            name: g.name.clone(),
            years,
        })
        .collect::<Vec<_>>();

    let totals = Totals {
        payroll_cost: sum_ore(summaries.iter().map(|s| s.payroll_cost))?,
        other_costs: sum_ore(summaries.iter().map(|s| s.other_costs))?,
        total_cost: sum_ore(summaries.iter().map(|s| s.total_cost))?,
        grants: sum_ore(summaries.iter().map(|s| s.grants))?,
        net_cost: sum_ore(summaries.iter().map(|s| s.net_cost))?,
    };
    let funding_cliff = funding_cliff(&summaries)?;
    let chart = chart_bars(&summaries)?;
    let salary_bands = plan
        .positions
        .iter()
        .map(salary_band)
        .collect::<Result<Vec<_>>>()?;
    let employer_pays_in_full_from = employer_pays_in_full_from(&summaries, plan);
    let mut projection = Projection {
        first_year: first,
        last_year: last,
        aga,
        positions,
        cost_items,
        grants,
        years: summaries,
        totals,
        funding_cliff,
        employer_pays_in_full_from,
        warnings: Vec::new(),
        chart,
        salary_bands,
    };
    projection.warnings = warnings::collect(plan, &projection);
    Ok(projection)
}

fn aga_for_year(plan: &Plan, year: i32) -> Result<AgaYear> {
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
    })
}

/// Wage regulations between the position's start and the first day of `month`: regulation
/// dates strictly after the start month's first day, up to and including `month`.
fn regulation_steps(start: YearMonth, month: YearMonth, regulation_month: u8) -> u32 {
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

fn position_year(
    plan: &Plan,
    p: &Position,
    year: i32,
    aga_percent: Decimal,
) -> Result<PositionYear> {
    let growth = growth_factor(plan.wage_growth_percent)?;
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
                annual_salary: mul(p.annual_salary, pow(growth, steps)?)?,
                amount_exact: Decimal::ZERO,
            }),
        }
    }
    for seg in &mut segments {
        // annual × FTE% × months / 12 / 100, multiplied out before the one division.
        let numerator = mul(mul(seg.annual_salary, p.fte_percent)?, seg.months.into())?;
        seg.amount_exact = div(numerator, Decimal::from(1200))?;
    }
    let months_active = segments.iter().map(|s| s.months).sum();
    let contract_salary_exact = sum(segments.iter().map(|s| s.amount_exact))?;
    let contract_salary = round_ore(contract_salary_exact);

    let weeks = Decimal::from(WEEKS_PER_YEAR);
    let worked_salary_exact = div(mul(contract_salary, sub(weeks, p.holiday_weeks)?)?, weeks)?;
    let worked_salary = round_ore(worked_salary_exact);
    let holiday_pay_exact = percent_of(worked_salary, p.holiday_pay_percent)?;
    let holiday_pay = round_ore(holiday_pay_exact);
    let pension_exact = percent_of(contract_salary, p.pension_percent)?;
    let pension = round_ore(pension_exact);
    let aga_base = sum_ore([worked_salary, holiday_pay, pension])?;
    let aga_exact = percent_of(aga_base, aga_percent)?;
    let aga = round_ore(aga_exact);
    let payroll_cost = add(aga_base, aga)?;

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
            contract_salary_exact: contract_salary_exact.normalize(),
            holiday_weeks: p.holiday_weeks,
            worked_salary_exact: worked_salary_exact.normalize(),
            holiday_pay_percent: p.holiday_pay_percent,
            holiday_pay_exact: holiday_pay_exact.normalize(),
            pension_percent: p.pension_percent,
            pension_exact: pension_exact.normalize(),
            aga_percent,
            aga_base,
            aga_exact: aga_exact.normalize(),
        },
    })
}

fn position_active_in_year(p: &Position, year: i32) -> bool {
    months_active_in_year(p, year) > 0
}

/// The months of `year` at least one of `posts` is at work.
fn months_any_active_in_year<'a>(
    posts: impl Iterator<Item = &'a Position> + Clone,
    year: i32,
) -> u32 {
    let months = (1..=12u8).filter(|&m| {
        YearMonth::new(year, m).is_some_and(|ym| posts.clone().any(|p| p.active_in(ym)))
    });
    u32::try_from(months.count()).unwrap_or(0)
}

/// A fixed yearly sum for the months of the year some post is at work: `sum × months / 12`.
fn fixed_for_months(sum: Decimal, months: u32) -> Result<Decimal> {
    Ok(round_ore(div(mul(sum, months.into())?, Decimal::from(12))?))
}

fn months_active_in_year(p: &Position, year: i32) -> u32 {
    let months = (1..=12u8).filter(|&m| YearMonth::new(year, m).is_some_and(|ym| p.active_in(ym)));
    u32::try_from(months.count()).unwrap_or(0)
}

fn cost_item_projection(plan: &Plan, item: &CostItem, years: &[i32]) -> Result<CostItemProjection> {
    let price_growth = growth_factor(plan.price_growth_percent)?;
    let first = item.first_year.unwrap_or(plan.first_year);
    let last = item.last_year.unwrap_or_else(|| plan.last_year());
    let position = item
        .position_id
        .as_ref()
        .and_then(|id| plan.positions.iter().find(|p| &p.id == id));
    let (yearly_amount, yearly_hours) = (item.basis.yearly_amount()?, item.basis.yearly_hours()?);
    let once = matches!(item.basis, CostBasis::Once { .. });
    let counts_cost = !item.internal || item.include_internal_cost;
    let per_position = item.per_position && item.position_id.is_none();
    // Supervision is for the consultants: with none at work in a year (a temporary post has
    // ended, or none has started), a plan-wide supervision item costs nothing that year.
    let needs_posts = item.category == CostCategory::Supervision
        && item.position_id.is_none()
        && !plan.positions.is_empty();
    let years = years
        .iter()
        .map(|&year| {
            let in_period = if once {
                year == first
            } else {
                (first..=last).contains(&year)
            };
            let position_at_work = position.is_none_or(|p| position_active_in_year(p, year));
            let months_at_work: u32 = plan
                .positions
                .iter()
                .map(|p| months_active_in_year(p, year))
                .sum();
            let steps = u32::try_from(year - plan.first_year).unwrap_or(0);
            let active = in_period && position_at_work && !(needs_posts && months_at_work == 0);
            let base_amount = if active && counts_cost {
                yearly_amount
            } else {
                Decimal::ZERO
            };
            // base × post months / 12, for an item per post; the one division comes last.
            let share = |v: Decimal| -> Result<Decimal> {
                if per_position {
                    div(mul(v, Decimal::from(months_at_work))?, Decimal::from(12))
                } else {
                    Ok(v)
                }
            };
            let cost_exact = share(mul(base_amount, pow(price_growth, steps)?)?)?;
            Ok(CostItemYear {
                year,
                cost: round_ore(cost_exact),
                hours: if active {
                    share(yearly_hours)?.normalize()
                } else {
                    Decimal::ZERO
                },
                base_amount,
                price_steps: steps,
                post_months: per_position.then_some(months_at_work),
                cost_exact: cost_exact.normalize(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(CostItemProjection {
        item_id: item.id.clone(),
        name: item.name.clone(),
        category: item.category,
        internal: item.internal,
        years,
    })
}

/// Applies the grants for one year, in the plan's order. Each grant pays at most the tied cost
/// that earlier grants have not already covered: per position for a tied grant, and the plan's
/// total for every grant.
fn grants_for_year(
    plan: &Plan,
    year: i32,
    positions: &[PositionProjection],
    yi: usize,
    payroll: &[Decimal],
    total_cost: Decimal,
) -> Result<Vec<GrantYear>> {
    let mut uncovered_payroll = payroll.to_vec();
    let mut uncovered_total = total_cost;
    let mut out = Vec::with_capacity(plan.grants.len());
    for grant in &plan.grants {
        let tied: Vec<usize> = grant
            .position_ids
            .iter()
            .filter_map(|id| plan.positions.iter().position(|p| &p.id == id))
            .collect();
        let gy = if tied.is_empty() {
            let entitled = plan_wide_entitlement(plan, grant, year, positions, yi, total_cost)?;
            let amount = entitled.min(uncovered_total);
            uncovered_total = sub(uncovered_total, amount)?;
            GrantYear {
                year,
                scheduled: grant.scheduled(year),
                entitled,
                amount,
                excess: sub(entitled, amount)?,
                per_position: Vec::new(),
            }
        } else {
            let entitled_each =
                tied_entitlements(plan, grant, year, positions, yi, &tied, payroll)?;
            let entitled = sum_ore(entitled_each.iter().copied())?;
            let mut per_position = Vec::with_capacity(tied.len());
            let mut amount = zero_ore();
            for (&pi, &e) in tied.iter().zip(&entitled_each) {
                let pays = e.min(uncovered_payroll[pi]).min(uncovered_total);
                uncovered_payroll[pi] = sub(uncovered_payroll[pi], pays)?;
                uncovered_total = sub(uncovered_total, pays)?;
                amount = add(amount, pays)?;
                per_position.push(GrantShare {
                    position_id: plan.positions[pi].id.clone(),
                    amount: pays,
                });
            }
            GrantYear {
                year,
                scheduled: grant.scheduled(year),
                entitled,
                amount,
                excess: sub(entitled, amount)?,
                per_position,
            }
        };
        out.push(gy);
    }
    Ok(out)
}

/// A per-100 %-position amount for one position-year: `amount × FTE × active months / 1200`.
fn per_full_time(amount: Decimal, p: &PositionYear) -> Result<Decimal> {
    let n = mul(
        mul(amount, p.derivation.fte_percent)?,
        p.months_active.into(),
    )?;
    Ok(round_ore(div(n, Decimal::from(1200))?))
}

fn plan_wide_entitlement(
    plan: &Plan,
    grant: &Grant,
    year: i32,
    positions: &[PositionProjection],
    yi: usize,
    total_cost: Decimal,
) -> Result<Decimal> {
    let Some(scheduled) = grant.scheduled(year) else {
        return Ok(zero_ore());
    };
    match &grant.shape {
        GrantShape::PerFullTime { .. } | GrantShape::Stepped { .. } => sum_ore(
            positions
                .iter()
                .map(|p| per_full_time(scheduled, &p.years[yi]))
                .collect::<Result<Vec<_>>>()?,
        ),
        GrantShape::ShareOfCost { yearly_cap, .. } => {
            let share = round_ore(percent_of(total_cost, scheduled)?);
            Ok(yearly_cap.map_or(share, |cap| share.min(round_ore(cap))))
        }
        // For the months any post is at work; a plan of other costs only gets the whole sum.
        GrantShape::FixedPerYear { .. } if plan.positions.is_empty() => Ok(round_ore(scheduled)),
        GrantShape::FixedPerYear { .. } => fixed_for_months(
            scheduled,
            months_any_active_in_year(plan.positions.iter(), year),
        ),
        GrantShape::OneOff { .. } => Ok(round_ore(scheduled)),
    }
}

fn tied_entitlements(
    plan: &Plan,
    grant: &Grant,
    year: i32,
    positions: &[PositionProjection],
    yi: usize,
    tied: &[usize],
    payroll: &[Decimal],
) -> Result<Vec<Decimal>> {
    let Some(scheduled) = grant.scheduled(year) else {
        return Ok(vec![zero_ore(); tied.len()]);
    };
    match &grant.shape {
        GrantShape::PerFullTime { .. } | GrantShape::Stepped { .. } => tied
            .iter()
            .map(|&pi| per_full_time(scheduled, &positions[pi].years[yi]))
            .collect(),
        GrantShape::ShareOfCost { yearly_cap, .. } => {
            let shares = tied
                .iter()
                .map(|&pi| Ok(round_ore(percent_of(payroll[pi], scheduled)?)))
                .collect::<Result<Vec<_>>>()?;
            match yearly_cap {
                Some(cap) if sum(shares.iter().copied())? > *cap => {
                    allocate::by_weight(*cap, &shares)
                }
                _ => Ok(shares),
            }
        }
        GrantShape::FixedPerYear { .. } => {
            let months =
                months_any_active_in_year(tied.iter().map(|&pi| &plan.positions[pi]), year);
            split_by_cost(fixed_for_months(scheduled, months)?, tied, payroll)
        }
        GrantShape::OneOff { .. } => split_by_cost(round_ore(scheduled), tied, payroll),
    }
}

/// `total` split between the `tied` posts in proportion to their payroll cost; with no cost to
/// tie it to, all of it shows up (as excess) on the first post.
fn split_by_cost(total: Decimal, tied: &[usize], payroll: &[Decimal]) -> Result<Vec<Decimal>> {
    let weights: Vec<Decimal> = tied.iter().map(|&pi| payroll[pi]).collect();
    if weights.iter().all(Decimal::is_zero) {
        let mut v = vec![zero_ore(); tied.len()];
        if let Some(first) = v.first_mut() {
            *first = total;
        }
        Ok(v)
    } else {
        allocate::by_weight(total, &weights)
    }
}

fn salary_band(p: &Position) -> Result<SalaryBand> {
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
        range_start_percent: at(salary_range::MIN_NOK.into())?,
        range_end_percent: at(salary_range::MAX_NOK.into())?,
        marker_percent: at(p.annual_salary)?,
        inside: salary_range::is_usual(p.annual_salary),
    })
}

fn chart_bars(years: &[YearSummary]) -> Result<Vec<ChartBar>> {
    let tallest = years.iter().map(|y| y.total_cost).max().unwrap_or_default();
    let share = |part: Decimal| -> Result<Decimal> {
        if tallest.is_zero() {
            Ok(zero_ore())
        } else {
            Ok(round_ore(div(mul(part, Decimal::ONE_HUNDRED)?, tallest)?))
        }
    };
    years
        .iter()
        .map(|y| {
            Ok(ChartBar {
                year: y.year,
                grants_percent: share(y.grants)?,
                net_percent: share(y.net_cost)?,
            })
        })
        .collect()
}

fn funding_cliff(years: &[YearSummary]) -> Result<Option<FundingCliff>> {
    for pair in years.windows(2) {
        let [before, now] = pair else { continue };
        if now.grants < before.grants && now.net_cost > before.net_cost {
            return Ok(Some(FundingCliff {
                year: now.year,
                jump: sub(now.net_cost, before.net_cost)?,
                grant_drop: sub(before.grants, now.grants)?,
            }));
        }
    }
    Ok(None)
}

fn employer_pays_in_full_from(years: &[YearSummary], plan: &Plan) -> Option<i32> {
    match years.iter().rposition(|y| !y.grants.is_zero()) {
        None => Some(plan.first_year),
        Some(i) => years.get(i + 1).map(|y| y.year),
    }
}

#[cfg(test)]
mod tests;
