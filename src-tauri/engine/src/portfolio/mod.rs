//! The budget officer's view: many plans (every unit's hires) added up year by year. Each plan
//! is projected on its own, exactly as its hiring plan says; the portfolio only adds the
//! figures up, names every grant with its last year, and finds the year the organisation must
//! find the most new money. A plan with an error is left out with its reason, never silently;
//! a plan over other years than the rest counts only in its own years.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{
    compare::NamedPlan,
    error::{EngineError, Result},
    projection::{
        budget::{add_up, budget_lines, BudgetLines},
        project, Projection,
    },
    text::{portfolio as words, Locale},
    units::{Nok, Quantity},
    validate::limits::MAX_PORTFOLIO_PLANS,
    ErrorReport,
};

#[cfg(test)]
mod tests;

/// The plans added up, year by year over the union of their years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Portfolio {
    /// The plans counted, in the order given.
    pub plans: Vec<PortfolioPlan>,
    /// The plans left out, each with the first error that stops it.
    pub left_out: Vec<LeftOutPlan>,
    /// The union of the counted plans' years (0 when none is counted).
    pub first_year: i32,
    pub last_year: i32,
    /// Whether every counted plan covers exactly these years.
    pub same_years: bool,
    pub years: Vec<PortfolioYear>,
    pub totals: PortfolioTotals,
    /// Every grant of every counted plan, with the years it pays in, by its last year.
    pub grants: Vec<GrantSpan>,
    /// The year the organisation must find the most money more than the year before.
    pub largest_step: Option<PortfolioStep>,
    /// The sentences the documents and the screen print about the portfolio, in the language
    /// asked for: the step (or that there is none) and, when the years differ, what that means.
    pub notes: Vec<String>,
    /// The plans' budget lines added up by function, line and art, each plan in its own years.
    pub budget: BudgetLines,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PortfolioPlan {
    pub name: String,
    pub first_year: i32,
    pub last_year: i32,
    pub total_cost: Nok,
    pub grants: Nok,
    pub net_cost: Nok,
}

/// A plan the portfolio cannot count, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LeftOutPlan {
    pub name: String,
    pub error: ErrorReport,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PortfolioYear {
    pub year: i32,
    /// Posts at work at some time in the year.
    pub posts: u32,
    /// Full-time equivalents (årsverk): each post's share of full time × its months / 12.
    pub full_time_equivalents: Quantity,
    pub total_cost: Nok,
    pub grants: Nok,
    /// What the organisation pays itself: total cost less grants.
    pub net_cost: Nok,
    /// Each counted plan's net cost, in the order of `plans`; `None` outside its years.
    pub net_cost_by_plan: Vec<Option<Nok>>,
    /// The net cost less the year before's; `None` in the first year.
    pub change: Option<Nok>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PortfolioTotals {
    pub total_cost: Nok,
    pub grants: Nok,
    pub net_cost: Nok,
}

/// One grant of one plan: the years it pays in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GrantSpan {
    pub plan: String,
    pub grant: String,
    /// The first and last year it pays anything; `None` when it pays nothing within the plan.
    pub first_paid: Option<i32>,
    pub last_paid: Option<i32>,
    /// What it pays over the plan's years.
    pub total: Nok,
}

/// The largest rise in what the organisation pays itself from one year to the next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PortfolioStep {
    pub year: i32,
    pub increase: Nok,
    /// The plans whose grants paid the year before and pay nothing this year.
    pub grants_ended_in: Vec<String>,
    /// The plans that begin this year.
    pub plans_started: Vec<String>,
}

/// `plans` added up. Plans with an error are left out, each with its first error.
///
/// # Errors
/// More plans than [`MAX_PORTFOLIO_PLANS`], or an amount too large to add.
pub fn portfolio(plans: &[NamedPlan], locale: Locale) -> Result<Portfolio> {
    portfolio_projected(plans, locale).map(|(p, _)| p)
}

/// As [`portfolio`], with the projections of the plans counted (in the order of
/// `Portfolio::plans`), for the documents that show each plan's own figures.
///
/// # Errors
/// As [`portfolio`].
pub fn portfolio_projected(
    plans: &[NamedPlan],
    locale: Locale,
) -> Result<(Portfolio, Vec<(&NamedPlan, Projection)>)> {
    if plans.len() > MAX_PORTFOLIO_PLANS {
        return Err(EngineError::TooMany {
            field: "plans".into(),
            max: MAX_PORTFOLIO_PLANS,
        });
    }
    let mut counted: Vec<(&NamedPlan, Projection)> = Vec::new();
    let mut left_out = Vec::new();
    for named in plans {
        match project(&named.plan) {
            Ok(projection) => counted.push((named, projection)),
            Err(err) => left_out.push(LeftOutPlan {
                name: named.name.clone(),
                error: ErrorReport::from(&err),
            }),
        }
    }
    let first_year = counted.iter().map(|(_, p)| p.first_year).min().unwrap_or(0);
    let last_year = counted.iter().map(|(_, p)| p.last_year).max().unwrap_or(0);
    let same_years = counted
        .iter()
        .all(|(_, p)| (p.first_year, p.last_year) == (first_year, last_year));
    let years = if counted.is_empty() {
        Vec::new()
    } else {
        (first_year..=last_year)
            .map(|year| year_of(&counted, year))
            .collect::<Result<Vec<_>>>()?
    };
    let years = with_changes(years)?;
    let totals = PortfolioTotals {
        total_cost: Nok::sum_ore(years.iter().map(|y| y.total_cost))?,
        grants: Nok::sum_ore(years.iter().map(|y| y.grants))?,
        net_cost: Nok::sum_ore(years.iter().map(|y| y.net_cost))?,
    };
    let grants = grant_spans(&counted)?;
    let largest_step = largest_step(&years, &grants, &counted);
    let mut notes = vec![match &largest_step {
        Some(s) => words::step_sentence(
            locale,
            s.year,
            s.increase,
            &s.grants_ended_in,
            &s.plans_started,
        ),
        None => words::no_step(locale).to_owned(),
    }];
    if !same_years {
        notes.push(words::different_years(locale).to_owned());
    }
    let budget = add_up(
        &counted
            .iter()
            .map(|(named, p)| budget_lines(&named.plan, p))
            .collect::<Result<Vec<_>>>()?,
        first_year,
        last_year,
    )?;
    let portfolio = Portfolio {
        plans: counted
            .iter()
            .map(|(named, p)| PortfolioPlan {
                name: named.name.clone(),
                first_year: p.first_year,
                last_year: p.last_year,
                total_cost: p.totals.total_cost,
                grants: p.totals.grants,
                net_cost: p.totals.net_cost,
            })
            .collect(),
        left_out,
        first_year,
        last_year,
        same_years,
        years,
        totals,
        grants,
        largest_step,
        notes,
        budget,
    };
    Ok((portfolio, counted))
}

/// One year of the union: the sums over the plans that cover it.
fn year_of(counted: &[(&NamedPlan, Projection)], year: i32) -> Result<PortfolioYear> {
    let in_year = |p: &Projection| p.years.iter().position(|y| y.year == year);
    let mut posts = 0u32;
    // Σ share of full time × months; divided by 1 200 once, at the end (exact either way).
    let mut fte_months = Decimal::ZERO;
    let mut net_cost_by_plan = Vec::with_capacity(counted.len());
    let (mut total, mut grants, mut net) = (Vec::new(), Vec::new(), Vec::new());
    for (_, p) in counted {
        let Some(yi) = in_year(p) else {
            net_cost_by_plan.push(None);
            continue;
        };
        let summary = &p.years[yi];
        total.push(summary.total_cost);
        grants.push(summary.grants);
        net.push(summary.net_cost);
        net_cost_by_plan.push(Some(summary.net_cost));
        for position in &p.positions {
            let py = &position.years[yi];
            if py.months_active > 0 {
                posts += 1;
                let share = crate::decimal::mul(
                    py.derivation.fte_percent.get(),
                    Decimal::from(py.months_active),
                )?;
                fte_months = crate::decimal::add(fte_months, share)?;
            }
        }
    }
    // share of full time × months / 12, as a share of 1: fte% × months / 1 200.
    // Written with two decimals, as the tables show them: 1.50.
    let fte = crate::decimal::round_ore(crate::decimal::div(fte_months, Decimal::from(1200))?);
    Ok(PortfolioYear {
        year,
        posts,
        full_time_equivalents: Quantity::from(fte),
        total_cost: Nok::sum_ore(total)?,
        grants: Nok::sum_ore(grants)?,
        net_cost: Nok::sum_ore(net)?,
        net_cost_by_plan,
        change: None,
    })
}

/// Each year's change in net cost from the year before.
fn with_changes(mut years: Vec<PortfolioYear>) -> Result<Vec<PortfolioYear>> {
    for i in 1..years.len() {
        let before = years[i - 1].net_cost;
        years[i].change = Some(years[i].net_cost.minus(before)?);
    }
    Ok(years)
}

fn grant_spans(counted: &[(&NamedPlan, Projection)]) -> Result<Vec<GrantSpan>> {
    let mut spans = Vec::new();
    for (named, p) in counted {
        for g in &p.grants {
            let paid: Vec<i32> = g
                .years
                .iter()
                .filter(|y| !y.amount.is_zero())
                .map(|y| y.year)
                .collect();
            spans.push(GrantSpan {
                plan: named.name.clone(),
                grant: g.name.clone(),
                first_paid: paid.first().copied(),
                last_paid: paid.last().copied(),
                total: Nok::sum_ore(g.years.iter().map(|y| y.amount))?,
            });
        }
    }
    // By last year (grants that never pay last), then as given.
    spans.sort_by_key(|s| (s.last_paid.is_none(), s.last_paid));
    Ok(spans)
}

/// The year whose net cost rises most above the year before's (the earliest of equal rises),
/// with the plans whose grants ended the year before and those that begin; none when no year
/// rises.
fn largest_step(
    years: &[PortfolioYear],
    grants: &[GrantSpan],
    counted: &[(&NamedPlan, Projection)],
) -> Option<PortfolioStep> {
    let (year, increase) = years
        .iter()
        .filter_map(|y| y.change.map(|c| (y.year, c)))
        .filter(|(_, c)| *c > Nok::ZERO)
        .fold(None, |best: Option<(i32, Nok)>, (year, c)| match best {
            Some((_, b)) if b >= c => best,
            _ => Some((year, c)),
        })?;
    let mut grants_ended_in: Vec<String> = Vec::new();
    for span in grants {
        if span.last_paid == Some(year - 1) && !grants_ended_in.contains(&span.plan) {
            grants_ended_in.push(span.plan.clone());
        }
    }
    let plans_started = counted
        .iter()
        .filter(|(_, p)| p.first_year == year)
        .map(|(named, _)| named.name.clone())
        .collect();
    Some(PortfolioStep {
        year,
        increase,
        grants_ended_in,
        plans_started,
    })
}
