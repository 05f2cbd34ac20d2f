//! The projection split into the lines of a budget, each with the function and art it is booked
//! on (`rules::kostra` has the codes and their sources). Every amount is a sum of the
//! projection's rounded lines, so the cost lines of a year add up to its total cost to the øre.

use serde::{Deserialize, Serialize};
use strum::IntoEnumIterator;
use ts_rs::TS;

use super::Projection;
use crate::{
    error::Result,
    model::{cost_item::CostCategory, organisation::OrganisationKind, plan::Plan},
    rules::kostra::{self, BudgetLine},
    units::Nok,
};

/// Where a code comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum CodeOrigin {
    /// The municipal chart of accounts, from a named source (`rules::kostra`).
    Chart,
    /// Set by the user.
    User,
    /// No source settles it and the user has not set it: the code is the user's to set.
    Unset,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BudgetCode {
    pub code: Option<String>,
    pub origin: CodeOrigin,
}

impl BudgetCode {
    fn of(user: Option<&String>, chart: Option<&str>) -> Self {
        match (user, chart) {
            (Some(code), _) => Self {
                code: Some(code.clone()),
                origin: CodeOrigin::User,
            },
            (None, Some(code)) => Self {
                code: Some(code.to_owned()),
                origin: CodeOrigin::Chart,
            },
            (None, None) => Self {
                code: None,
                origin: CodeOrigin::Unset,
            },
        }
    }
}

/// One budget line: what it is, the codes it is booked on, and its amount each year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BudgetRow {
    pub function: BudgetCode,
    pub line: BudgetLine,
    pub art: BudgetCode,
    /// One per year of the document, first year first.
    pub amounts: Vec<Nok>,
    pub total: Nok,
}

/// The budget lines of a plan (or of many plans added up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BudgetLines {
    pub first_year: i32,
    pub last_year: i32,
    /// Some code comes from the municipal chart: the documents name its source.
    pub chart_used: bool,
    /// The cost lines in the lines' order, then the income; a line only when it has an amount
    /// in some year.
    pub rows: Vec<BudgetRow>,
}

fn line_of(category: CostCategory) -> BudgetLine {
    match category {
        CostCategory::Supervision => BudgetLine::Supervision,
        CostCategory::Training => BudgetLine::Training,
        CostCategory::Equipment => BudgetLine::Equipment,
        CostCategory::Travel => BudgetLine::Travel,
        CostCategory::Network => BudgetLine::Network,
        CostCategory::Other => BudgetLine::OtherCosts,
    }
}

/// `plan`'s projection split into budget lines.
///
/// # Errors
/// [`crate::EngineError::Overflow`] if a sum grows too large (not for a valid plan).
pub fn budget_lines(plan: &Plan, projection: &Projection) -> Result<BudgetLines> {
    let municipal = plan.organisation.kind == OrganisationKind::Municipality;
    let codes = plan.budget_codes.clone().unwrap_or_default();
    let function = BudgetCode::of(
        codes.function.as_ref(),
        municipal.then_some(kostra::SUGGESTED_FUNCTION),
    );
    let years = projection.years.len();
    // Whether each projected post is temporary, looked up once.
    let temporary: Vec<bool> = projection
        .positions
        .iter()
        .map(|p| {
            plan.positions
                .iter()
                .find(|x| x.id == p.position_id)
                .is_some_and(crate::model::position::Position::is_temporary)
        })
        .collect();
    let mut rows = Vec::new();
    for line in BudgetLine::iter() {
        let mut amounts = Vec::with_capacity(years);
        for (yi, y) in projection.years.iter().enumerate() {
            let amount = match line {
                BudgetLine::FixedPay | BudgetLine::TemporaryPay => {
                    let wanted = line == BudgetLine::TemporaryPay;
                    let mut parts = Vec::new();
                    for (p, is_temporary) in projection.positions.iter().zip(&temporary) {
                        if *is_temporary == wanted {
                            let l = &p.years[yi];
                            parts.extend([l.worked_salary, l.holiday_pay]);
                        }
                    }
                    Nok::sum_ore(parts)?
                }
                BudgetLine::Pension => {
                    Nok::sum_ore(projection.positions.iter().map(|p| p.years[yi].pension))?
                }
                BudgetLine::EmployerContribution => {
                    Nok::sum_ore(projection.positions.iter().map(|p| p.years[yi].aga))?
                }
                BudgetLine::Grants => y.grants,
                BudgetLine::Supervision
                | BudgetLine::Training
                | BudgetLine::Equipment
                | BudgetLine::Travel
                | BudgetLine::Network
                | BudgetLine::OtherCosts => Nok::sum_ore(
                    projection
                        .cost_items
                        .iter()
                        .filter(|c| line_of(c.category) == line)
                        .map(|c| c.years[yi].cost),
                )?,
            };
            amounts.push(amount);
        }
        if amounts.iter().all(|a| a.is_zero()) {
            continue;
        }
        rows.push(BudgetRow {
            function: function.clone(),
            line,
            art: BudgetCode::of(
                codes.arts.get(&line),
                if municipal {
                    kostra::chart_art(line)
                } else {
                    None
                },
            ),
            total: Nok::sum_ore(amounts.iter().copied())?,
            amounts,
        });
    }
    let chart_used = rows
        .iter()
        .any(|r| r.function.origin == CodeOrigin::Chart || r.art.origin == CodeOrigin::Chart);
    Ok(BudgetLines {
        first_year: projection.first_year,
        last_year: projection.last_year,
        chart_used,
        rows,
    })
}

/// Many plans' budget lines added up over `first_year..=last_year`: one row per function, line
/// and art, in that order. A plan counts only in its own years. Where the plans give one
/// function, line and art different origins, the row says the user's.
///
/// # Errors
/// [`crate::EngineError::Overflow`] if a sum grows too large.
pub fn add_up(plans: &[BudgetLines], first_year: i32, last_year: i32) -> Result<BudgetLines> {
    let span = usize::try_from(last_year - first_year + 1).unwrap_or(0);
    let mut rows: Vec<BudgetRow> = Vec::new();
    for plan in plans {
        for row in &plan.rows {
            let at = rows.iter().position(|r| {
                r.function.code == row.function.code
                    && r.line == row.line
                    && r.art.code == row.art.code
            });
            let i = match at {
                Some(i) => i,
                None => {
                    let zero = Nok::sum_ore([])?;
                    rows.push(BudgetRow {
                        function: row.function.clone(),
                        line: row.line,
                        art: row.art.clone(),
                        amounts: vec![zero; span],
                        total: zero,
                    });
                    rows.len() - 1
                }
            };
            let target = &mut rows[i];
            for (origin, theirs) in [
                (&mut target.function.origin, row.function.origin),
                (&mut target.art.origin, row.art.origin),
            ] {
                if *origin != theirs {
                    *origin = CodeOrigin::User;
                }
            }
            for (k, amount) in row.amounts.iter().enumerate() {
                let year = plan.first_year + i32::try_from(k).unwrap_or(i32::MAX);
                let Some(at) = usize::try_from(year - first_year)
                    .ok()
                    .filter(|i| *i < span)
                else {
                    continue;
                };
                target.amounts[at] = Nok::sum_ore([target.amounts[at], *amount])?;
            }
        }
    }
    for row in &mut rows {
        row.total = Nok::sum_ore(row.amounts.iter().copied())?;
    }
    rows.sort_by(|a, b| {
        (a.line.is_income(), &a.function.code, a.line, &a.art.code).cmp(&(
            b.line.is_income(),
            &b.function.code,
            b.line,
            &b.art.code,
        ))
    });
    Ok(BudgetLines {
        first_year,
        last_year,
        chart_used: plans.iter().any(|p| p.chart_used),
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        model::{
            budget::BudgetCodes,
            calendar::YearMonth,
            cost_item::{CostBasis, CostItem},
        },
        projection::project,
        test_plans,
    };

    fn n(s: &str) -> Nok {
        Nok::from(s.parse::<rust_decimal::Decimal>().unwrap())
    }

    /// The shared one-post plan (520 000 kr at 100 %, 12 % holiday pay over 5 weeks, zone 1,
    /// 2027–2029, supervision 15 600 kr a year, a grant of 300 000 and 200 000 kr per full-time
    /// post), with 10 % pension, a temporary half-time post in 2027 (so 1,5 full-time posts and
    /// 450 000 kr of grant that year), and a course of 5 000 kr in 2027. By hand:
    /// - the permanent post: W = 520 000 × 47/52 = 470 000, F = 12 % = 56 400, P = 10 % of
    ///   520 000 = 52 000, A = 14,1 % of 578 400 = 81 554,40;
    /// - the temporary post (2027): S = 260 000, W = 235 000, F = 28 200, P = 0,
    ///   A = 14,1 % of 263 200 = 37 111,20.
    fn plan() -> Plan {
        let mut plan = test_plans::base();
        plan.positions[0].pension_percent = Percent::from(rust_decimal::Decimal::from(10));
        let mut temporary = test_plans::post("p2", "50");
        temporary.end = Some(YearMonth::new(2027, 12).unwrap());
        plan.positions.push(temporary);
        plan.cost_items.push(CostItem {
            id: "kurs".into(),
            name: "Kurs".into(),
            category: CostCategory::Training,
            basis: CostBasis::Once { amount: n("5000") },
            first_year: None,
            last_year: None,
            internal: false,
            include_internal_cost: false,
            position_id: None,
            per_position: false,
        });
        plan
    }
    use crate::units::Percent;

    fn lines_of(plan: &Plan) -> BudgetLines {
        budget_lines(plan, &project(plan).unwrap()).unwrap()
    }

    fn row(b: &BudgetLines, line: BudgetLine) -> &BudgetRow {
        b.rows.iter().find(|r| r.line == line).unwrap()
    }

    #[test]
    fn a_municipal_plan_in_budget_lines_worked_by_hand() {
        let b = lines_of(&plan());
        type Expected<'a> = (
            BudgetLine,
            Option<&'a str>,
            CodeOrigin,
            [&'a str; 3],
            &'a str,
        );
        let expected: [Expected; 7] = [
            (
                BudgetLine::FixedPay,
                Some("010"),
                CodeOrigin::Chart,
                ["526400.00", "526400.00", "526400.00"],
                "1579200.00",
            ),
            (
                BudgetLine::TemporaryPay,
                None,
                CodeOrigin::Unset,
                ["263200.00", "0.00", "0.00"],
                "263200.00",
            ),
            (
                BudgetLine::Pension,
                Some("090"),
                CodeOrigin::Chart,
                ["52000.00", "52000.00", "52000.00"],
                "156000.00",
            ),
            (
                BudgetLine::EmployerContribution,
                Some("099"),
                CodeOrigin::Chart,
                ["118665.60", "81554.40", "81554.40"],
                "281774.40",
            ),
            (
                BudgetLine::Supervision,
                None,
                CodeOrigin::Unset,
                ["15600.00", "15600.00", "15600.00"],
                "46800.00",
            ),
            (
                BudgetLine::Training,
                Some("150"),
                CodeOrigin::Chart,
                ["5000.00", "0.00", "0.00"],
                "5000.00",
            ),
            (
                BudgetLine::Grants,
                None,
                CodeOrigin::Unset,
                ["450000.00", "200000.00", "0.00"],
                "650000.00",
            ),
        ];
        assert_eq!(b.rows.len(), expected.len(), "{:#?}", b.rows);
        for (r, (line, code, origin, amounts, total)) in b.rows.iter().zip(expected) {
            assert_eq!(r.line, line);
            assert_eq!(
                (r.art.code.as_deref(), r.art.origin),
                (code, origin),
                "{line:?}"
            );
            assert_eq!(r.amounts, amounts.map(n), "{line:?}");
            assert_eq!(r.total, n(total), "{line:?}");
            assert_eq!(
                (r.function.code.as_deref(), r.function.origin),
                (Some("243"), CodeOrigin::Chart)
            );
        }
        assert!(b.chart_used);
        assert_eq!((b.first_year, b.last_year), (2027, 2029));
        // The cost lines add up to each year's total cost: 980 865,60 and 675 554,40.
        let p = project(&plan()).unwrap();
        for (k, y) in p.years.iter().enumerate() {
            let costs = Nok::sum_ore(
                b.rows
                    .iter()
                    .filter(|r| !r.line.is_income())
                    .map(|r| r.amounts[k]),
            )
            .unwrap();
            assert_eq!(costs, y.total_cost);
        }
        assert_eq!(p.years[0].total_cost, n("980865.60"));
        assert_eq!(p.years[1].total_cost, n("675554.40"));
    }

    #[test]
    fn the_users_codes_win_and_other_employers_keep_the_names_but_not_the_codes() {
        let mut plan = plan();
        plan.budget_codes = Some(BudgetCodes {
            function: Some("2430".into()),
            arts: [
                (BudgetLine::Grants, "18100".into()),
                (BudgetLine::FixedPay, "10100".into()),
            ]
            .into(),
        });
        let b = lines_of(&plan);
        let code = |line| {
            let r = row(&b, line);
            (r.art.code.clone(), r.art.origin)
        };
        assert_eq!(
            code(BudgetLine::Grants),
            (Some("18100".into()), CodeOrigin::User)
        );
        assert_eq!(
            code(BudgetLine::FixedPay),
            (Some("10100".into()), CodeOrigin::User)
        );
        assert_eq!(
            code(BudgetLine::Pension),
            (Some("090".into()), CodeOrigin::Chart)
        );
        assert_eq!(
            row(&b, BudgetLine::Pension).function.code.as_deref(),
            Some("2430")
        );

        for kind in [OrganisationKind::HealthTrust, OrganisationKind::Private] {
            let mut other = plan.clone();
            other.budget_codes = None;
            other.organisation.kind = kind;
            let b = lines_of(&other);
            assert!(!b.chart_used);
            assert_eq!(b.rows.len(), 7, "the same lines, by name");
            for r in &b.rows {
                assert_eq!(
                    (r.art.code.as_deref(), r.art.origin),
                    (None, CodeOrigin::Unset)
                );
                assert_eq!(r.function.origin, CodeOrigin::Unset);
            }
        }
    }

    #[test]
    fn plans_add_up_by_function_line_and_art_each_in_its_own_years() {
        let a = lines_of(&plan());
        let mut later = test_plans::base();
        later.first_year = 2028;
        for p in &mut later.positions {
            p.start = YearMonth::new(2028, 1).unwrap();
        }
        later.grants[0].first_year = 2028;
        let b = lines_of(&later);
        let mut elsewhere = test_plans::base();
        elsewhere.budget_codes = Some(BudgetCodes {
            function: Some("241".into()),
            arts: Default::default(),
        });
        let c = lines_of(&elsewhere);
        let all = add_up(&[a, b, c], 2027, 2030).unwrap();
        let fixed: Vec<_> = all
            .rows
            .iter()
            .filter(|r| r.line == BudgetLine::FixedPay)
            .map(|r| (r.function.code.as_deref(), r.amounts.clone()))
            .collect();
        // Function 241 sorts first; 243 has the first plan's 2027–2029 and the later plan's
        // 2028–2030 (526 400 kr a year each).
        assert_eq!(
            fixed,
            [
                (
                    Some("241"),
                    ["526400.00", "526400.00", "526400.00", "0.00"]
                        .map(n)
                        .to_vec()
                ),
                (
                    Some("243"),
                    ["526400.00", "1052800.00", "1052800.00", "526400.00"]
                        .map(n)
                        .to_vec()
                ),
            ]
        );
        // Income last.
        assert!(all.rows.last().unwrap().line.is_income());
        let grants: Vec<_> = all.rows.iter().filter(|r| r.line.is_income()).collect();
        assert_eq!(grants.len(), 2, "one per function");
        assert_eq!(
            grants[1].amounts,
            ["450000.00", "500000.00", "200000.00", "0.00"].map(n)
        );
        assert_eq!(grants[1].total, n("1150000.00"));
    }
}
