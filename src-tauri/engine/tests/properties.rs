//! Properties that must hold for any plan: no panic, every table adds up, grants never exceed
//! the cost they are tied to, no negative cost, more salary never costs less, and months outside
//! a position's period cost nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use erfaringsplan_engine::projection::CarriedFrom;
use erfaringsplan_engine::units::{Nok, Percent};
use erfaringsplan_engine::{
    model::calendar::YearMonth,
    model::grant::GrantShape,
    model::plan::Plan,
    model::position::Position,
    projection::{project, Projection},
};
use proptest::{prelude::*, test_runner::FileFailurePersistence};
use rust_decimal::Decimal;

mod common;
use common::plans::*;

/// `cases` per property; a failing case is kept in `tests/proptest-regressions/` (commit it) and
/// tried first on every later run.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/proptest-regressions/properties.txt",
        ))),
        ..ProptestConfig::default()
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
                Nok::from(
                    l.worked_salary.get() + l.holiday_pay.get() + l.pension.get() + l.aga.get()
                )
            );
            for v in [
                l.contract_salary,
                l.worked_salary,
                l.holiday_pay,
                l.pension,
                l.aga,
            ] {
                assert!(v >= Nok::from(zero), "negative line {}", v.get());
                assert_eq!(
                    v,
                    Nok::from(v.get().round_dp(2)),
                    "not rounded to øre: {}",
                    v.get()
                );
            }
            if l.months_active == 0 {
                assert_eq!(
                    l.payroll_cost,
                    Nok::from(zero),
                    "inactive year costs something"
                );
            }
        }
        assert_eq!(
            y.payroll_cost,
            Nok::from(sum(pr
                .positions
                .iter()
                .map(|p| p.years[yi].payroll_cost.get())))
        );
        assert_eq!(
            y.other_costs,
            Nok::from(sum(pr.cost_items.iter().map(|c| c.years[yi].cost.get())))
        );
        for c in &pr.cost_items {
            assert!(c.years[yi].cost >= Nok::from(zero));
        }
        assert_eq!(
            y.total_cost.get(),
            y.payroll_cost.get() + y.other_costs.get()
        );
        assert_eq!(
            y.grants,
            Nok::from(sum(pr.grants.iter().map(|g| g.years[yi].amount.get())))
        );
        assert_eq!(y.net_cost.get(), y.total_cost.get() - y.grants.get());
        assert!(y.grants <= y.total_cost, "grants above total cost");
        assert!(y.net_cost >= Nok::from(zero));
        // Tied grants never exceed the payroll of the positions they are tied to.
        for p in &pr.positions {
            let covered = sum(pr.grants.iter().flat_map(|g| {
                g.years[yi]
                    .per_position
                    .iter()
                    .filter(|s| s.position_id == p.position_id)
                    .map(|s| s.amount.get())
            }));
            assert!(
                covered <= p.years[yi].payroll_cost.get(),
                "grants above a position's cost"
            );
        }
        for g in &pr.grants {
            let gy = &g.years[yi];
            assert!(gy.amount >= Nok::from(zero) && gy.amount <= gy.entitled);
            assert_eq!(gy.excess.get(), gy.entitled.get() - gy.amount.get());
            if !gy.per_position.is_empty() {
                assert_eq!(
                    gy.amount,
                    Nok::from(sum(gy.per_position.iter().map(|s| s.amount.get())))
                );
            }
        }
    }
    assert_eq!(
        pr.totals.total_cost,
        Nok::from(sum(pr.years.iter().map(|y| y.total_cost.get())))
    );
    assert_eq!(
        pr.totals.grants,
        Nok::from(sum(pr.years.iter().map(|y| y.grants.get())))
    );
    assert_eq!(
        pr.totals.net_cost.get(),
        pr.totals.total_cost.get() - pr.totals.grants.get()
    );
    assert_eq!(
        pr.years
            .last()
            .map_or(Decimal::ZERO, |y| y.running_net_cost.get()),
        pr.totals.net_cost.get()
    );
    // The key years are years of the table, with the table's net cost: the first year, and the
    // first year with no grant left (every year from it has none, the year before had some) or,
    // with grants to the end or none at all, the last year.
    let net_in = |year: i32| pr.years.iter().find(|y| y.year == year).map(|y| y.net_cost);
    let k = &pr.key_years;
    assert_eq!(k.first.year, pr.first_year);
    assert_eq!(Some(k.first.net_cost), net_in(k.first.year));
    assert_eq!(Some(k.carried.net_cost), net_in(k.carried.year));
    match k.carried_from {
        CarriedFrom::NoGrantLeft => {
            assert!(k.carried.year > pr.first_year);
            assert_eq!(pr.employer_pays_in_full_from, Some(k.carried.year));
            assert!(pr
                .years
                .iter()
                .filter(|y| y.year >= k.carried.year)
                .all(|y| y.grants.is_zero()));
            assert!(pr
                .years
                .iter()
                .any(|y| y.year == k.carried.year - 1 && !y.grants.is_zero()));
        }
        CarriedFrom::LastYear => {
            assert_eq!(k.carried.year, pr.last_year);
            // Grants to the end (no year without), or no grant money at all.
            assert!(
                pr.employer_pays_in_full_from.is_none()
                    || pr.employer_pays_in_full_from == Some(pr.first_year)
            );
        }
    }
}

proptest! {
    #![proptest_config(config(400))]

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
        richer.positions[i].annual_salary =
            Nok::from(richer.positions[i].annual_salary.get() + Decimal::new(raise, 2));
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
            p.annual_salary = Nok::from(Decimal::new(salary, scale));
            p.fte_percent = Percent::from(Decimal::new(fte, scale));
        }
        plan.wage_growth_percent = Percent::from(Decimal::new(growth, scale));
        let _ = project(&plan);
    }
}

#[test]
fn extreme_but_valid_plan_projects() {
    // 50 positions at the top salary, started 40 years before a 40-year plan, with the highest
    // growth: 80 regulations at 30 %, and still far from Decimal's limits.
    let mut plan = erfaringsplan_engine::example::example_plan(2060, 40);
    plan.wage_growth_percent = Percent::from(Decimal::from(30));
    plan.price_growth_percent = Percent::from(Decimal::from(30));
    let template = plan.positions[0].clone();
    plan.positions = (0..50)
        .map(|i| Position {
            id: format!("p{i}"),
            annual_salary: Nok::from(Decimal::from(10_000_000)),
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
            if pr.totals.grants > Nok::from(Decimal::ZERO) {
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
    #![proptest_config(config(100))]

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
    #![proptest_config(config(24))]

    /// Any plan either renders a PDF or is refused with the same field error the projection
    /// gives: never a panic, never a half document.
    #[test]
    fn any_plan_renders_a_pdf_or_the_projection_error(plan in plan(), english in any::<bool>()) {
        use erfaringsplan_engine::{
            export::{pdf::render, DocumentInfo},
            text::Locale,
        };
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

proptest! {
    #![proptest_config(config(48))]

    /// Any 2–4 plans, over any years: every figure is the plan's own projection's, every
    /// difference is the alternative's figure minus the base's to the øre, the yearly
    /// differences add up to the difference in net cost, and a plan that cannot be projected is
    /// named in the error.
    #[test]
    fn every_difference_is_the_difference_of_the_projections(
        plans in prop::collection::vec(plan(), 2..=4),
    ) {
        use erfaringsplan_engine::compare::{compare, FigureKey, NamedPlan};
        use erfaringsplan_engine::text::Locale;
        let named: Vec<NamedPlan> = plans
            .iter()
            .enumerate()
            .map(|(i, p)| NamedPlan { name: format!("plan {i}"), plan: p.clone() })
            .collect();
        let projections: Vec<_> = plans.iter().map(project).collect();
        let c = match compare(&named, Locale::Nb) {
            Ok(c) => c,
            Err(err) => {
                let first_bad = projections.iter().position(Result::is_err);
                let report = erfaringsplan_engine::ErrorReport::from(&err);
                prop_assert_eq!(report.code.as_str(), "compare.plan_invalid");
                prop_assert_eq!(
                    report.params.get("plan").cloned(),
                    first_bad.map(|i| (i + 1).to_string())
                );
                return Ok(());
            }
        };
        let projections: Vec<Projection> = projections.into_iter().map(Result::unwrap).collect();
        let figure = |key: FigureKey| c.figures.iter().find(|f| f.key == key).unwrap();
        for (key, of) in [
            (FigureKey::TotalCost, (|p: &Projection| p.totals.total_cost) as fn(&Projection) -> Nok),
            (FigureKey::Grants, |p: &Projection| p.totals.grants),
            (FigureKey::NetCost, |p: &Projection| p.totals.net_cost),
        ] {
            let f = figure(key);
            for (i, p) in projections.iter().enumerate() {
                prop_assert_eq!(f.values[i].map(|v| v.get()), Some(of(p).get()));
                if i > 0 {
                    let d = f.differences[i].as_ref().unwrap();
                    prop_assert_eq!(d.amount.get(), of(p).get() - of(&projections[0]).get());
                }
            }
            prop_assert!(f.differences[0].is_none());
        }
        for f in &c.figures {
            for (i, d) in f.differences.iter().enumerate().skip(1) {
                match (f.values[0], f.values[i], d) {
                    (Some(base), Some(v), Some(d)) => prop_assert_eq!(d.amount.get(), v.get() - base.get()),
                    (None, _, None) | (_, None, None) => {}
                    other => prop_assert!(false, "{:?}: {:?}", f.key, other),
                }
            }
        }
        // Year by year, over the union of the plans' years.
        let first = projections.iter().map(|p| p.first_year).min().unwrap();
        let last = projections.iter().map(|p| p.last_year).max().unwrap();
        prop_assert_eq!(c.years.len(), usize::try_from(last - first + 1).unwrap());
        for i in 1..projections.len() {
            let mut sum = Decimal::ZERO;
            for y in &c.years {
                let net = |p: &Projection| p.years.iter().find(|s| s.year == y.year).map(|s| s.net_cost);
                prop_assert_eq!(y.net_cost[i], net(&projections[i]));
                if let Some(d) = y.differences[i] {
                    let expect = net(&projections[i]).unwrap_or_default().get()
                        - net(&projections[0]).unwrap_or_default().get();
                    prop_assert_eq!(d.get(), expect);
                    sum += d.get();
                }
            }
            prop_assert_eq!(
                sum,
                projections[i].totals.net_cost.get() - projections[0].totals.net_cost.get()
            );
        }
        prop_assert_eq!(c.changes.len(), plans.len());
        prop_assert!(c.changes[0].is_empty());
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// For any valid plan that costs something, each stress test's changed copy is itself a
    /// valid plan over the same years; grants ending earlier or halved, and higher wage or price growth, never lower the
    /// employer's cost in any year; and what_if reports exactly the projections' difference.
    #[test]
    fn stress_tests_never_lower_the_employers_cost(plan in plan()) {
        use erfaringsplan_engine::compare::stress::{stressed_plan, what_if, Scenario};
        use erfaringsplan_engine::text::Locale;
        let Ok(base) = project(&plan) else { return Ok(()) };
        let results = what_if(&plan, Locale::Nb).unwrap();
        // A plan that costs nothing has nothing to stress: no rows of 0,00.
        if base.nothing_to_pay() {
            prop_assert!(results.is_empty());
            return Ok(());
        }
        prop_assert!(!results.is_empty());
        for scenario in [
            Scenario::GrantsEndYearEarlier,
            Scenario::GrantsHalvedFromSecondYear,
            Scenario::WageGrowthPlusOne,
            Scenario::PriceGrowthPlusTwo,
        ] {
            let changed = stressed_plan(&plan, scenario);
            let errors = changed.validate();
            if !errors.is_empty() {
                // Only a plan with so many grants that halving splits one too many.
                prop_assert_eq!(errors[0].code(), "field.too_many", "{:?}", errors);
                prop_assert!(results.iter().all(|r| r.scenario != scenario));
                continue;
            }
            let stressed = project(&changed).unwrap();
            prop_assert_eq!(stressed.years.len(), base.years.len());
            // Higher growth raises every cost. A share-of-cost grant then grows with it, and where
            // another grant already covers the post's payroll in full, the employer's net cost can
            // fall (found by this test: see the note of stop 20); so for growth with a
            // share-of-cost grant beside other grants only the cost itself is held.
            let growth = matches!(scenario, Scenario::WageGrowthPlusOne | Scenario::PriceGrowthPlusTwo);
            let share_beside_others = plan.grants.len() > 1
                && plan.grants.iter().any(|g| matches!(g.shape, GrantShape::ShareOfCost { .. }));
            for (b, s) in base.years.iter().zip(&stressed.years) {
                if growth {
                    prop_assert!(s.total_cost >= b.total_cost, "{:?} {}: cost {} < {}", scenario, b.year, s.total_cost.get(), b.total_cost.get());
                }
                if !(growth && share_beside_others) {
                    prop_assert!(s.net_cost >= b.net_cost, "{:?} {}: {} < {}", scenario, b.year, s.net_cost.get(), b.net_cost.get());
                }
            }
            let r = results.iter().find(|r| r.scenario == scenario).unwrap();
            prop_assert_eq!(
                r.extra_net_cost.get(),
                stressed.totals.net_cost.get() - base.totals.net_cost.get()
            );
        }
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// Any 1–5 plans, over any years: each year's totals are the sums of the counted plans'
    /// own years to the øre, the totals the sums of the years and of the plans, each change is
    /// this year's net cost less last year's, and every plan is either counted or left out with
    /// the error its projection gives.
    #[test]
    fn a_portfolio_is_the_sum_of_its_plans_projections(
        plans in prop::collection::vec(plan(), 1..=5),
    ) {
        use erfaringsplan_engine::compare::NamedPlan;
        use erfaringsplan_engine::portfolio::portfolio;
        use erfaringsplan_engine::text::Locale;
        let named: Vec<NamedPlan> = plans
            .iter()
            .enumerate()
            .map(|(i, p)| NamedPlan { name: format!("plan {i}"), plan: p.clone() })
            .collect();
        let p = portfolio(&named, Locale::Nb).unwrap();
        let projections: Vec<(usize, Projection)> = plans
            .iter()
            .enumerate()
            .filter_map(|(i, plan)| project(plan).ok().map(|pr| (i, pr)))
            .collect();
        prop_assert_eq!(p.plans.len(), projections.len());
        prop_assert_eq!(p.plans.len() + p.left_out.len(), plans.len());
        for left in &p.left_out {
            let i: usize = left.name.trim_start_matches("plan ").parse().unwrap();
            let err = project(&plans[i]).unwrap_err();
            prop_assert_eq!(&left.error, &erfaringsplan_engine::ErrorReport::from(&err));
        }
        for (yi, y) in p.years.iter().enumerate() {
            let in_year: Vec<_> = projections
                .iter()
                .filter_map(|(_, pr)| pr.years.iter().find(|s| s.year == y.year))
                .collect();
            prop_assert_eq!(y.total_cost.get(), sum(in_year.iter().map(|s| s.total_cost.get())));
            prop_assert_eq!(y.grants.get(), sum(in_year.iter().map(|s| s.grants.get())));
            prop_assert_eq!(y.net_cost.get(), sum(in_year.iter().map(|s| s.net_cost.get())));
            prop_assert_eq!(y.net_cost.get(), y.total_cost.get() - y.grants.get());
            match yi {
                0 => prop_assert!(y.change.is_none()),
                _ => prop_assert_eq!(
                    y.change.unwrap().get(),
                    y.net_cost.get() - p.years[yi - 1].net_cost.get()
                ),
            }
        }
        let of_plans = |f: fn(&Projection) -> Nok| sum(projections.iter().map(|(_, pr)| f(pr).get()));
        prop_assert_eq!(p.totals.total_cost.get(), of_plans(|pr| pr.totals.total_cost));
        prop_assert_eq!(p.totals.grants.get(), of_plans(|pr| pr.totals.grants));
        prop_assert_eq!(p.totals.net_cost.get(), of_plans(|pr| pr.totals.net_cost));
        prop_assert_eq!(p.totals.net_cost.get(), sum(p.years.iter().map(|y| y.net_cost.get())));
        if let Some(step) = &p.largest_step {
            let biggest = p.years.iter().filter_map(|y| y.change).max().unwrap();
            prop_assert_eq!(step.increase, biggest);
            prop_assert!(step.increase > Nok::ZERO);
        }
        // The budget lines of all the plans add up to the same years' cost and grants.
        for (yi, y) in p.years.iter().enumerate() {
            let of = |income: bool| {
                sum(p.budget.rows.iter().filter(|r| r.line.is_income() == income).map(|r| r.amounts[yi].get()))
            };
            prop_assert_eq!(of(false), y.total_cost.get());
            prop_assert_eq!(of(true), y.grants.get());
        }
    }

    /// A plan's budget lines are its projection split, to the øre: each year's cost lines add up
    /// to its total cost and the income line to its grants; each line's total is its years'; no
    /// line is empty, and a municipality's fixed pay, pension and contribution are on 010, 090
    /// and 099 unless the user says otherwise.
    #[test]
    fn budget_lines_split_the_projection_to_the_ore(plan in plan()) {
        use erfaringsplan_engine::projection::budget::{budget_lines, CodeOrigin};
        use erfaringsplan_engine::rules::kostra::BudgetLine;
        let Ok(pr) = project(&plan) else { return Ok(()); };
        let b = budget_lines(&plan, &pr).unwrap();
        prop_assert_eq!((b.first_year, b.last_year), (pr.first_year, pr.last_year));
        for (yi, y) in pr.years.iter().enumerate() {
            let of = |income: bool| {
                sum(b.rows.iter().filter(|r| r.line.is_income() == income).map(|r| r.amounts[yi].get()))
            };
            prop_assert_eq!(of(false), y.total_cost.get());
            prop_assert_eq!(of(true), y.grants.get());
        }
        for r in &b.rows {
            prop_assert_eq!(r.amounts.len(), pr.years.len());
            prop_assert_eq!(r.total.get(), sum(r.amounts.iter().map(|a| a.get())));
            prop_assert!(r.amounts.iter().any(|a| !a.is_zero()));
            let chart = match r.line {
                BudgetLine::FixedPay => Some("010"),
                BudgetLine::Pension => Some("090"),
                BudgetLine::EmployerContribution => Some("099"),
                _ => None,
            };
            let municipal = plan.organisation.kind
                == erfaringsplan_engine::model::organisation::OrganisationKind::Municipality;
            if let (Some(chart), true, None) = (chart, municipal, plan.budget_codes.as_ref()) {
                prop_assert_eq!((r.art.code.as_deref(), r.art.origin), (Some(chart), CodeOrigin::Chart));
            }
        }
    }
}
