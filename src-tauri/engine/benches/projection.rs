//! Projection speed: a typical plan (2 positions, 10 years, 2 grants, 4 cost items) and an
//! extreme one (20 positions, 40 years, 5 grants, 10 cost items). Goals: ≤ 0.2 ms and ≤ 5 ms.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use criterion::{criterion_group, criterion_main, Criterion};
use erfaringsplan_engine::{
    example::example_plan,
    grant::{Grant, GrantShape},
    plan::Plan,
    position::Position,
    projection::project,
};
use rust_decimal::Decimal;
use std::hint::black_box;

fn typical() -> Plan {
    let mut plan = example_plan(2027, 10);
    plan.cost_items.truncate(4);
    let mut second = plan.grants[0].clone();
    second.id = "kompetanse".into();
    second.shape = GrantShape::OneOff {
        amount: Decimal::from(50_000),
    };
    plan.grants.push(second);
    plan
}

fn extreme() -> Plan {
    let mut plan = example_plan(2027, 40);
    let template = plan.positions[0].clone();
    plan.positions = (0..20)
        .map(|i| Position {
            id: format!("p{i}"),
            ..template.clone()
        })
        .collect();
    let items = plan.cost_items.clone();
    plan.cost_items = (0..10)
        .map(|i| {
            let mut item = items[i % items.len()].clone();
            item.id = format!("c{i}");
            item
        })
        .collect();
    let ids: Vec<String> = plan.positions.iter().map(|p| p.id.clone()).collect();
    plan.grants = (0..5)
        .map(|i| Grant {
            id: format!("g{i}"),
            name: format!("Tilskudd {i}"),
            source: String::new(),
            first_year: 2027 + i,
            shape: match i % 4 {
                0 => GrantShape::PerFullTime {
                    amount: Decimal::from(400_000),
                    years: 6,
                },
                1 => GrantShape::Stepped {
                    amounts: [400_000, 300_000, 200_000, 100_000]
                        .map(Decimal::from)
                        .to_vec(),
                },
                2 => GrantShape::ShareOfCost {
                    shares_percent: [100, 75, 50, 25].map(Decimal::from).to_vec(),
                    yearly_cap: Some(Decimal::from(2_000_000)),
                },
                _ => GrantShape::OneOff {
                    amount: Decimal::from(250_000),
                },
            },
            position_ids: if i == 4 { vec![] } else { ids[..5].to_vec() },
        })
        .collect();
    plan
}

fn bench(c: &mut Criterion) {
    let typical = typical();
    let extreme = extreme();
    assert!(typical.validate().is_empty() && extreme.validate().is_empty());
    c.bench_function("project typical (2 pos, 10 y, 2 grants, 4 items)", |b| {
        b.iter(|| project(black_box(&typical)))
    });
    c.bench_function("project extreme (20 pos, 40 y, 5 grants, 10 items)", |b| {
        b.iter(|| project(black_box(&extreme)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
