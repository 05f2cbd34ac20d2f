//! Comparing alternatives and «Hva om …»: four of the largest plans the app accepts (50 posts
//! over 40 years) compared, and the four stress tests of a typical plan. Aim: well inside one
//! frame (16 ms). And the portfolio of thirty of the largest plans: aim well under a second.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use criterion::{criterion_group, criterion_main, Criterion};
use erfaringsplan_engine::{
    compare::{compare, stress::what_if, NamedPlan},
    evaluate::{portfolio_of, PlanToCompare},
    example::{extreme_plan, typical_plan},
    export::{pdf::render_comparison, xlsx::render_portfolio, DocumentInfo},
    model::position::Position,
    portfolio::portfolio,
    text::Locale,
};
use std::hint::black_box;

/// The extreme plan with as many posts as a plan may have, each alternative a little different.
fn largest(n: usize) -> NamedPlan {
    let mut plan = extreme_plan();
    let template = plan.positions[0].clone();
    plan.positions = (0..50)
        .map(|i| Position {
            id: format!("p{i}"),
            fte_percent: (50 + 10 * i64::try_from((i + n) % 6).unwrap()).into(),
            ..template.clone()
        })
        .collect();
    plan.name = format!("Alternativ {n}");
    plan.wage_growth_percent = (3 + i64::try_from(n % 4).unwrap()).into();
    assert!(plan.validate().is_empty(), "{:?}", plan.validate());
    NamedPlan {
        name: plan.name.clone(),
        plan,
    }
}

fn bench(c: &mut Criterion) {
    let four: Vec<NamedPlan> = (0..4).map(largest).collect();
    c.bench_function("compare four largest plans (50 pos, 40 y each)", |b| {
        b.iter(|| compare(black_box(&four), Locale::Nb).unwrap())
    });
    let info = DocumentInfo {
        locale: Locale::Nb,
        today: "2026-12-02".into(),
        last_changed: None,
        app_version: "0.1.0".into(),
    };
    c.bench_function("comparison PDF of four largest plans", |b| {
        b.iter(|| render_comparison(black_box(&four), &info).unwrap())
    });
    // The budget officer's view: thirty of the largest plans, each projected and added up.
    let thirty: Vec<NamedPlan> = (0..30).map(largest).collect();
    c.bench_function(
        "portfolio of thirty largest plans (50 pos, 40 y each)",
        |b| b.iter(|| portfolio(black_box(&thirty), Locale::Nb).unwrap()),
    );
    // What the app's command does: the plans arrive as JSON, are read, projected and added up.
    let as_sent: Vec<PlanToCompare> = thirty
        .iter()
        .map(|p| PlanToCompare {
            name: p.name.clone(),
            plan: serde_json::to_value(&p.plan).unwrap(),
        })
        .collect();
    c.bench_function("portfolio command: thirty largest plans from JSON", |b| {
        b.iter(|| portfolio_of(black_box(as_sent.clone()), Locale::Nb).unwrap())
    });
    c.bench_function("portfolio workbook of thirty largest plans", |b| {
        b.iter(|| render_portfolio(black_box(&thirty), &info).unwrap())
    });
    let typical = typical_plan();
    c.bench_function("what if: four stress tests of the typical plan", |b| {
        b.iter(|| what_if(black_box(&typical), Locale::Nb).unwrap())
    });
    let extreme = largest(0).plan;
    c.bench_function("what if: four stress tests of the largest plan", |b| {
        b.iter(|| what_if(black_box(&extreme), Locale::Nb).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
