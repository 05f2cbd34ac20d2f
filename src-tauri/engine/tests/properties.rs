//! Properties that must hold for any plan: no panic, every table adds up, grants never exceed
//! the cost they are tied to, no negative cost, more salary never costs less, and months outside
//! a position's period cost nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use erfaringsplan_engine::{
    aga::AgaZone,
    calendar::YearMonth,
    cost_item::{CostBasis, CostCategory, CostItem},
    grant::{Grant, GrantShape},
    plan::Plan,
    position::{PensionScheme, Position},
    projection::{project, Projection},
};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A decimal with `scale` decimals between `lo` and `hi` (in units of 10^-scale).
fn dec(lo: i64, hi: i64, scale: u32) -> impl Strategy<Value = Decimal> {
    (lo..=hi).prop_map(move |n| Decimal::new(n, scale))
}

fn zone() -> impl Strategy<Value = AgaZone> {
    prop::sample::select(AgaZone::ALL.to_vec())
}

fn month_in(first: i32, years: i32) -> impl Strategy<Value = YearMonth> {
    ((first - 2)..(first + years), 1u8..=12).prop_map(|(y, m)| YearMonth::new(y, m).unwrap())
}

fn position(i: usize, first: i32, years: i32) -> impl Strategy<Value = Position> {
    (
        dec(100, 10_000, 2),      // FTE 1.00–100.00
        dec(100, 200_000_000, 2), // salary 1.00–2 000 000.00
        month_in(first, years),
        prop::option::of(0i64..60), // months until the end
        dec(0, 1_500, 2),           // holiday pay 0–15 %
        dec(0, 600, 2),             // holiday weeks 0–6
        dec(0, 2_500, 2),           // pension 0–25 %
    )
        .prop_map(
            move |(fte, salary, start, end_after, hp, weeks, pension)| Position {
                id: format!("p{i}"),
                title: format!("Stilling {i}"),
                fte_percent: fte,
                annual_salary: salary,
                start,
                end: end_after.and_then(|n| {
                    let idx = start.index() + n;
                    YearMonth::new(
                        i32::try_from(idx / 12).ok()?,
                        u8::try_from(idx % 12 + 1).ok()?,
                    )
                }),
                holiday_pay_percent: hp,
                holiday_weeks: weeks,
                pension_scheme: PensionScheme::Public,
                pension_percent: pension,
                pension_rate_confirmed: true,
                seniority_years: 0,
                tasks: vec![],
            },
        )
}

fn cost_item(
    i: usize,
    first: i32,
    last: i32,
    n_positions: usize,
) -> impl Strategy<Value = CostItem> {
    let basis = prop_oneof![
        (dec(0, 500_000, 2), dec(0, 5_200, 2), dec(0, 400, 2)).prop_map(
            |(price, sessions, hours)| {
                CostBasis::PerSession {
                    price,
                    sessions_per_year: sessions,
                    hours_per_session: hours,
                }
            }
        ),
        (dec(0, 200_000, 2), dec(0, 200_000, 2)).prop_map(|(rate, hours)| CostBasis::PerHour {
            rate,
            hours_per_year: hours
        }),
        dec(0, 10_000_000, 2).prop_map(|amount| CostBasis::PerYear { amount }),
        dec(0, 10_000_000, 2).prop_map(|amount| CostBasis::Once { amount }),
    ];
    let category = prop::sample::select(vec![
        CostCategory::Supervision,
        CostCategory::Training,
        CostCategory::Network,
        CostCategory::Other,
    ]);
    (
        basis,
        category,
        first..=last,
        any::<bool>(),
        any::<bool>(),
        prop::option::of(0..n_positions.max(1)),
    )
        .prop_map(
            move |(basis, category, from, internal, include, pos)| CostItem {
                id: format!("c{i}"),
                name: format!("Kostnad {i}"),
                category,
                basis,
                first_year: Some(from),
                last_year: None,
                internal,
                include_internal_cost: include,
                position_id: if n_positions == 0 {
                    None
                } else {
                    pos.map(|p| format!("p{p}"))
                },
            },
        )
}

fn grant(i: usize, first: i32, last: i32, n_positions: usize) -> impl Strategy<Value = Grant> {
    let shape = prop_oneof![
        (dec(0, 100_000_000, 2), 1u32..=10)
            .prop_map(|(amount, years)| GrantShape::PerFullTime { amount, years }),
        prop::collection::vec(dec(0, 100_000_000, 2), 1..6)
            .prop_map(|amounts| GrantShape::Stepped { amounts }),
        (
            prop::collection::vec(dec(0, 10_000, 2), 1..6),
            prop::option::of(dec(0, 100_000_000, 2))
        )
            .prop_map(|(shares, cap)| GrantShape::ShareOfCost {
                shares_percent: shares,
                yearly_cap: cap
            }),
        dec(0, 200_000_000, 2).prop_map(|amount| GrantShape::OneOff { amount }),
    ];
    (
        shape,
        first..=last,
        prop::collection::btree_set(0..n_positions.max(1), 0..=n_positions),
    )
        .prop_map(move |(shape, from, tied)| Grant {
            id: format!("g{i}"),
            name: format!("Tilskudd {i}"),
            source: String::new(),
            first_year: from,
            shape,
            position_ids: if n_positions == 0 {
                vec![]
            } else {
                tied.into_iter().map(|p| format!("p{p}")).collect()
            },
        })
}

prop_compose! {
    fn plan()(first in 2020i32..2060, horizon in 1u32..=12, zone in zone(),
               wage in dec(0, 300, 1), price in dec(0, 300, 1), reg in 1u8..=12,
               n_pos in 0usize..4, n_items in 0usize..4, n_grants in 0usize..4)
        (positions in (0..n_pos).map(|i| position(i, first, horizon as i32)).collect::<Vec<_>>(),
         items in (0..n_items).map(|i| cost_item(i, first, first + horizon as i32 - 1, n_pos)).collect::<Vec<_>>(),
         grants in (0..n_grants).map(|i| grant(i, first, first + horizon as i32 - 1, n_pos)).collect::<Vec<_>>(),
         first in Just(first), horizon in Just(horizon), zone in Just(zone),
         wage in Just(wage), price in Just(price), reg in Just(reg))
        -> Plan
    {
        let mut plan = erfaringsplan_engine::example::example_plan(first, horizon);
        plan.organisation.aga_zone = zone;
        plan.wage_growth_percent = wage;
        plan.price_growth_percent = price;
        plan.regulation_month = reg;
        plan.positions = positions;
        plan.cost_items = items;
        plan.grants = grants;
        plan
    }
}

fn sum(values: impl IntoIterator<Item = Decimal>) -> Decimal {
    values.into_iter().sum()
}

fn check_adds_up(pr: &Projection) {
    let zero = Decimal::ZERO;
    for (yi, y) in pr.years.iter().enumerate() {
        for p in &pr.positions {
            let l = &p.years[yi];
            assert_eq!(
                l.payroll_cost,
                l.worked_salary + l.holiday_pay + l.pension + l.aga
            );
            for v in [
                l.contract_salary,
                l.worked_salary,
                l.holiday_pay,
                l.pension,
                l.aga,
            ] {
                assert!(v >= zero, "negative line {v}");
                assert_eq!(v, v.round_dp(2), "not rounded to øre: {v}");
            }
            if l.months_active == 0 {
                assert_eq!(l.payroll_cost, zero, "inactive year costs something");
            }
        }
        assert_eq!(
            y.payroll_cost,
            sum(pr.positions.iter().map(|p| p.years[yi].payroll_cost))
        );
        assert_eq!(
            y.other_costs,
            sum(pr.cost_items.iter().map(|c| c.years[yi].cost))
        );
        for c in &pr.cost_items {
            assert!(c.years[yi].cost >= zero);
        }
        assert_eq!(y.total_cost, y.payroll_cost + y.other_costs);
        assert_eq!(y.grants, sum(pr.grants.iter().map(|g| g.years[yi].amount)));
        assert_eq!(y.net_cost, y.total_cost - y.grants);
        assert!(y.grants <= y.total_cost, "grants above total cost");
        assert!(y.net_cost >= zero);
        // Tied grants never exceed the payroll of the positions they are tied to.
        for p in &pr.positions {
            let covered = sum(pr.grants.iter().flat_map(|g| {
                g.years[yi]
                    .per_position
                    .iter()
                    .filter(|s| s.position_id == p.position_id)
                    .map(|s| s.amount)
            }));
            assert!(
                covered <= p.years[yi].payroll_cost,
                "grants above a position's cost"
            );
        }
        for g in &pr.grants {
            let gy = &g.years[yi];
            assert!(gy.amount >= zero && gy.amount <= gy.entitled);
            assert_eq!(gy.excess, gy.entitled - gy.amount);
            if !gy.per_position.is_empty() {
                assert_eq!(gy.amount, sum(gy.per_position.iter().map(|s| s.amount)));
            }
        }
    }
    assert_eq!(
        pr.totals.total_cost,
        sum(pr.years.iter().map(|y| y.total_cost))
    );
    assert_eq!(pr.totals.grants, sum(pr.years.iter().map(|y| y.grants)));
    assert_eq!(pr.totals.net_cost, pr.totals.total_cost - pr.totals.grants);
    assert_eq!(
        pr.years
            .last()
            .map_or(Decimal::ZERO, |y| y.running_net_cost),
        pr.totals.net_cost
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn valid_plans_project_and_every_table_adds_up(plan in plan()) {
        let errors = plan.validate();
        match project(&plan) {
            Ok(pr) => {
                prop_assert!(errors.is_empty());
                check_adds_up(&pr);
            }
            Err(err) => prop_assert_eq!(Some(&err), errors.first()),
        }
    }

    #[test]
    fn raising_a_salary_never_lowers_a_cost_line(plan in plan(), which in any::<prop::sample::Index>(),
                                                raise in 1i64..50_000_000) {
        prop_assume!(!plan.positions.is_empty());
        let Ok(before) = project(&plan) else { return Ok(()) };
        let i = which.index(plan.positions.len());
        let mut richer = plan.clone();
        richer.positions[i].annual_salary += Decimal::new(raise, 2);
        let Ok(after) = project(&richer) else { return Ok(()) };
        for (b, a) in before.positions[i].years.iter().zip(&after.positions[i].years) {
            prop_assert!(a.contract_salary >= b.contract_salary);
            prop_assert!(a.worked_salary >= b.worked_salary);
            prop_assert!(a.holiday_pay >= b.holiday_pay);
            prop_assert!(a.pension >= b.pension);
            prop_assert!(a.aga >= b.aga);
        }
        for (b, a) in before.years.iter().zip(&after.years) {
            prop_assert!(a.total_cost >= b.total_cost);
        }
    }

    #[test]
    fn arbitrary_json_never_panics(text in ".{0,200}") {
        let _ = serde_json::from_str::<Plan>(&text).map(|p| project(&p));
    }

    #[test]
    fn arbitrary_numbers_never_panic(plan in plan(), salary in any::<i64>(), scale in 0u32..28,
                                     fte in any::<i64>(), growth in any::<i64>()) {
        let mut plan = plan;
        if let Some(p) = plan.positions.first_mut() {
            p.annual_salary = Decimal::new(salary, scale);
            p.fte_percent = Decimal::new(fte, scale);
        }
        plan.wage_growth_percent = Decimal::new(growth, scale);
        let _ = project(&plan);
    }
}

#[test]
fn extreme_but_valid_plan_projects() {
    // 50 positions at the top salary, started 40 years before a 40-year plan, with the highest
    // growth: 80 regulations at 30 %, and still far from Decimal's limits.
    let mut plan = erfaringsplan_engine::example::example_plan(2060, 40);
    plan.wage_growth_percent = Decimal::from(30);
    plan.price_growth_percent = Decimal::from(30);
    let template = plan.positions[0].clone();
    plan.positions = (0..50)
        .map(|i| Position {
            id: format!("p{i}"),
            annual_salary: Decimal::from(10_000_000),
            start: YearMonth::new(2020, 1).unwrap(),
            ..template.clone()
        })
        .collect();
    plan.grants.clear();
    let pr = project(&plan).unwrap();
    check_adds_up(&pr);
    let steps = pr.positions[0].years[39].derivation.salary_segments[1].regulation_steps;
    assert_eq!(steps, 80);
}

#[test]
fn the_generator_mostly_makes_valid_plans() {
    // Guards the properties above against passing only because every plan is refused.
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = plan();
    let (mut valid, mut with_grants_paid) = (0, 0);
    for _ in 0..300 {
        let plan = strategy.new_tree(&mut runner).unwrap().current();
        if let Ok(pr) = project(&plan) {
            valid += 1;
            if pr.totals.grants > Decimal::ZERO {
                with_grants_paid += 1;
            }
        }
    }
    assert!(
        valid >= 200,
        "only {valid} of 300 generated plans were valid"
    );
    assert!(
        with_grants_paid >= 60,
        "only {with_grants_paid} plans had grants paid"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100, ..ProptestConfig::default() })]

    /// Every amount the projection reports is written with exactly two decimals.
    #[test]
    fn every_amount_is_written_to_the_ore(plan in plan()) {
        let Ok(pr) = project(&plan) else { return Ok(()) };
        let json = serde_json::to_value(&pr).unwrap();
        let mut amounts = Vec::new();
        for y in json["years"].as_array().unwrap() {
            for key in ["payrollCost", "otherCosts", "totalCost", "grants", "netCost", "runningTotalCost", "runningNetCost"] {
                amounts.push(y[key].as_str().unwrap().to_owned());
            }
        }
        for p in json["positions"].as_array().unwrap() {
            for y in p["years"].as_array().unwrap() {
                for key in ["contractSalary", "workedSalary", "holidayPay", "pension", "aga", "payrollCost"] {
                    amounts.push(y[key].as_str().unwrap().to_owned());
                }
            }
        }
        for g in json["grants"].as_array().unwrap() {
            for y in g["years"].as_array().unwrap() {
                for key in ["entitled", "amount", "excess"] {
                    amounts.push(y[key].as_str().unwrap().to_owned());
                }
            }
        }
        for key in ["payrollCost", "otherCosts", "totalCost", "grants", "netCost"] {
            amounts.push(json["totals"][key].as_str().unwrap().to_owned());
        }
        for a in amounts {
            prop_assert!(a.split_once('.').is_some_and(|(_, f)| f.len() == 2), "{a}");
        }
    }
}

proptest! {
    // Each case lays out and serialises a whole document (tens of milliseconds in a debug build).
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Any plan either renders a PDF or is refused with the same field error the projection
    /// gives: never a panic, never a half document.
    #[test]
    fn any_plan_renders_a_pdf_or_the_projection_error(plan in plan(), english in any::<bool>()) {
        use erfaringsplan_engine::pdf::{render, DocumentInfo, Locale};
        let info = DocumentInfo {
            locale: if english { Locale::En } else { Locale::Nb },
            today: "2026-11-24".into(),
            last_changed: None,
            app_version: "test".into(),
        };
        match (render(&plan, &info), project(&plan)) {
            (Ok(bytes), Ok(_)) => {
                prop_assert!(bytes.starts_with(b"%PDF-"));
                prop_assert!(bytes.ends_with(b"%%EOF") || bytes.ends_with(b"%%EOF\n"));
            }
            (Err(pdf_err), Err(err)) => prop_assert_eq!(pdf_err, err),
            (pdf, projection) => prop_assert!(false, "pdf {:?} but projection {:?}", pdf.is_ok(), projection.is_ok()),
        }
    }
}
