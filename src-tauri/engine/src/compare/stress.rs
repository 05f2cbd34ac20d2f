//! «Hva om …»: four stress tests of one plan, each a changed copy projected again. What each
//! costs the employer more, over the period and in the worst year, is the difference between the
//! two projections; the changed copy can be kept as an alternative.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;
use strum::IntoEnumIterator;
use ts_rs::TS;

use crate::text::comparison as words;
use crate::{
    decimal::{self, round_ore},
    error::Result,
    model::grant::{Grant, GrantShape},
    model::plan::Plan,
    projection::{project_valid, Projection},
    text::Locale,
    units::{Nok, Percent},
    validate::limits::MAX_GROWTH_PERCENT,
};

/// The stress tests (kept beside the comparison's other kinds, where their words find them).
pub use super::Scenario;

/// What one stress test costs the employer more than the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StressResult {
    pub scenario: Scenario,
    /// The test in words, in the language asked for.
    pub label: String,
    /// The employer's net cost over the plan's years, changed copy minus plan.
    pub extra_net_cost: Nok,
    /// The year the changed copy costs the employer most more, and how much; `None` when no year
    /// costs more.
    pub worst_year: Option<i32>,
    pub worst_year_extra: Nok,
    /// `extra_net_cost` and `worst_year_extra` as a table shows them ("+123 456,00 kr").
    pub extra_net_cost_text: String,
    pub worst_year_text: String,
}

/// The plan as `scenario` changes it. Amounts halved are rounded to the øre (half away from
/// zero), shares of cost to four decimals, as the plan's own figures may have.
pub fn stressed_plan(plan: &Plan, scenario: Scenario) -> Plan {
    let mut out = plan.clone();
    let growth = |p: Percent, more: i64| {
        Percent::from((p.get() + Decimal::from(more)).min(Decimal::from(MAX_GROWTH_PERCENT)))
    };
    match scenario {
        Scenario::GrantsEndYearEarlier => {
            out.grants = plan.grants.iter().filter_map(end_a_year_earlier).collect();
        }
        Scenario::GrantsHalvedFromSecondYear => {
            let last_year = plan.last_year();
            let mut grants: Vec<Grant> = Vec::new();
            for g in &plan.grants {
                let (first, rest) = halved_from_second_year(g);
                grants.push(first);
                if let Some(mut rest) = rest {
                    if rest.first_year <= last_year {
                        rest.id = free_id(&format!("{}-fra-år-2", g.id), plan, &grants);
                        grants.push(rest);
                    }
                }
            }
            out.grants = grants;
        }
        Scenario::WageGrowthPlusOne => {
            out.wage_growth_percent = growth(plan.wage_growth_percent, 1);
        }
        Scenario::PriceGrowthPlusTwo => {
            out.price_growth_percent = growth(plan.price_growth_percent, 2);
        }
    }
    out
}

fn end_a_year_earlier(g: &Grant) -> Option<Grant> {
    let shape = match &g.shape {
        GrantShape::PerFullTime { amount, years } => GrantShape::PerFullTime {
            amount: *amount,
            years: years.checked_sub(1).filter(|y| *y > 0)?,
        },
        GrantShape::Stepped { amounts } => GrantShape::Stepped {
            amounts: shorter(amounts)?,
        },
        GrantShape::FixedPerYear { amounts } => GrantShape::FixedPerYear {
            amounts: shorter(amounts)?,
        },
        GrantShape::ShareOfCost {
            shares_percent,
            yearly_cap,
        } => GrantShape::ShareOfCost {
            shares_percent: shorter(shares_percent)?,
            yearly_cap: *yearly_cap,
        },
        GrantShape::OneOff { .. } => return None,
    };
    Some(Grant { shape, ..g.clone() })
}

/// All but the last, or `None` if nothing would be left.
fn shorter<T: Clone>(items: &[T]) -> Option<Vec<T>> {
    let (_, rest) = items.split_last()?;
    (!rest.is_empty()).then(|| rest.to_vec())
}

fn half_nok(n: Nok) -> Nok {
    Nok::from(round_ore(n.get() / Decimal::TWO))
}

fn half_percent(p: Percent) -> Percent {
    Percent::from(
        (p.get() / Decimal::TWO)
            .round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
            .normalize(),
    )
}

/// The grant with half from its second year: in place where its shape has a figure per year,
/// and otherwise as two grants, the first year as it was and the rest at half.
fn halved_from_second_year(g: &Grant) -> (Grant, Option<Grant>) {
    let with = |shape: GrantShape| Grant { shape, ..g.clone() };
    let halve_rest = |amounts: &[Nok]| -> Vec<Nok> {
        amounts
            .iter()
            .enumerate()
            .map(|(i, a)| if i == 0 { *a } else { half_nok(*a) })
            .collect()
    };
    match &g.shape {
        GrantShape::Stepped { amounts } => (
            with(GrantShape::Stepped {
                amounts: halve_rest(amounts),
            }),
            None,
        ),
        GrantShape::FixedPerYear { amounts } => (
            with(GrantShape::FixedPerYear {
                amounts: halve_rest(amounts),
            }),
            None,
        ),
        GrantShape::ShareOfCost {
            shares_percent,
            yearly_cap: None,
        } => (
            with(GrantShape::ShareOfCost {
                shares_percent: shares_percent
                    .iter()
                    .enumerate()
                    .map(|(i, s)| if i == 0 { *s } else { half_percent(*s) })
                    .collect(),
                yearly_cap: None,
            }),
            None,
        ),
        // A cap limits every year alike, so the later years become a grant of their own with
        // half the shares and half the cap.
        GrantShape::ShareOfCost {
            shares_percent,
            yearly_cap: Some(cap),
        } => match shares_percent.split_first() {
            Some((first, rest)) if !rest.is_empty() => (
                with(GrantShape::ShareOfCost {
                    shares_percent: vec![*first],
                    yearly_cap: Some(*cap),
                }),
                Some(Grant {
                    first_year: g.first_year + 1,
                    shape: GrantShape::ShareOfCost {
                        shares_percent: rest.iter().map(|s| half_percent(*s)).collect(),
                        yearly_cap: Some(half_nok(*cap)),
                    },
                    ..g.clone()
                }),
            ),
            Some(_) | None => (g.clone(), None),
        },
        GrantShape::PerFullTime { amount, years } if *years > 1 => (
            with(GrantShape::PerFullTime {
                amount: *amount,
                years: 1,
            }),
            Some(Grant {
                first_year: g.first_year + 1,
                shape: GrantShape::PerFullTime {
                    amount: half_nok(*amount),
                    years: years - 1,
                },
                ..g.clone()
            }),
        ),
        GrantShape::PerFullTime { .. } | GrantShape::OneOff { .. } => (g.clone(), None),
    }
}

/// `wanted`, or `wanted-2`, `wanted-3`, … if a grant of the plan or of `taken` has it.
fn free_id(wanted: &str, plan: &Plan, taken: &[Grant]) -> String {
    let used = |id: &str| plan.grants.iter().chain(taken).any(|g| g.id == id);
    if !used(wanted) {
        return wanted.to_owned();
    }
    (2..)
        .map(|n| format!("{wanted}-{n}"))
        .find(|id| !used(id))
        .unwrap_or_else(|| wanted.to_owned())
}

/// Every stress test of `plan`, labelled in `locale`. A test whose changed copy cannot be
/// projected (it would hold more grants than a plan may) is left out.
///
/// # Errors
/// The plan itself is not valid.
pub fn what_if(plan: &Plan, locale: Locale) -> Result<Vec<StressResult>> {
    if let Some(err) = plan.validate().into_iter().next() {
        return Err(err);
    }
    what_if_from(plan, &project_valid(plan)?, locale)
}

/// As [`what_if`], for a valid plan whose projection `base` the caller has already.
///
/// # Errors
/// A number grew too large to compute (validation keeps plans far from it).
pub fn what_if_from(plan: &Plan, base: &Projection, locale: Locale) -> Result<Vec<StressResult>> {
    let mut out = Vec::new();
    // Nothing to pay, nothing to stress: every row would be 0,00.
    if base.nothing_to_pay() {
        return Ok(out);
    }
    for scenario in Scenario::iter() {
        let changed = stressed_plan(plan, scenario);
        if !changed.validate().is_empty() {
            continue;
        }
        let projection = project_valid(&changed)?;
        out.push(result(scenario, base, &projection, locale)?);
    }
    Ok(out)
}

fn result(
    scenario: Scenario,
    base: &Projection,
    changed: &Projection,
    locale: Locale,
) -> Result<StressResult> {
    let extra = decimal::sub(changed.totals.net_cost.get(), base.totals.net_cost.get())?;
    let mut worst: Option<(i32, Decimal)> = None;
    for (b, c) in base.years.iter().zip(&changed.years) {
        let more = decimal::sub(c.net_cost.get(), b.net_cost.get())?;
        if more > Decimal::ZERO && worst.is_none_or(|(_, w)| more > w) {
            worst = Some((b.year, more));
        }
    }
    let worst_year_extra = worst.map_or(Decimal::ZERO, |(_, w)| w);
    Ok(StressResult {
        scenario,
        label: words::scenario_label(locale, scenario).to_owned(),
        extra_net_cost: Nok::from(extra),
        worst_year: worst.map(|(y, _)| y),
        worst_year_extra: Nok::from(worst_year_extra),
        extra_net_cost_text: words::signed_kr(locale, extra),
        worst_year_text: match worst {
            Some((year, w)) => words::in_year(locale, year, &words::signed_kr(locale, w)),
            None => words::comparison_words(locale)
                .no_year_costs_more
                .to_owned(),
        },
    })
}
