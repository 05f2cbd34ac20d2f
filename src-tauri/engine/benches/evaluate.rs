//! What the wizard asks Rust after every keystroke (`evaluate`): for the typical plan and the
//! largest the app accepts (50 posts × 40 years), valid, with a salary still being typed
//! (its post's figures wait, the others' are projected without it), and with a wage growth
//! Rust rejects (every post's cost waits; each band is still drawn).

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use criterion::{criterion_group, criterion_main, Criterion};
use erfaringsplan_engine::{
    evaluate::evaluate,
    example::{largest_plan, typical_plan},
    text::Locale,
};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    for (name, plan) in [("typical", typical_plan()), ("largest", largest_plan())] {
        let valid = serde_json::to_value(&plan).unwrap();
        let mut wrong_growth = valid.clone();
        wrong_growth["wageGrowthPercent"] = "60".into();
        let typing = vec!["positions[0].annualSalary".to_owned()];
        let mut group = c.benchmark_group(format!("evaluate {name}"));
        group.bench_function("valid", |b| {
            b.iter(|| evaluate(black_box(valid.clone()), Locale::Nb, &[]))
        });
        group.bench_function("a salary being typed", |b| {
            b.iter(|| evaluate(black_box(valid.clone()), Locale::Nb, &typing))
        });
        group.bench_function("wage growth rejected", |b| {
            b.iter(|| evaluate(black_box(wrong_growth.clone()), Locale::Nb, &[]))
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
