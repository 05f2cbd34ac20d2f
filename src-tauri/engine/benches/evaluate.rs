//! What the wizard asks Rust after every keystroke (`evaluate`): for the typical plan and the
//! largest the app accepts (50 posts × 40 years), valid, with a salary still being typed
//! (its post's figures wait, the others' are projected without it), and with a wage growth
//! Rust rejects (every post's cost waits; each band is still drawn). And where one valid call's
//! time goes (#29): the request's JSON text read into a value (Tauri does this before the
//! command runs), the value read into a plan, the checks, the projection, the whole evaluation,
//! and its answer written as JSON (Tauri does this after); the answer's size is printed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use criterion::{criterion_group, criterion_main, Criterion};
use erfaringsplan_engine::{
    evaluate::evaluate,
    example::{largest_plan, typical_plan},
    projection::project_valid,
    store::plan_file::plan_from_value,
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

        let text = serde_json::to_string(&valid).unwrap();
        let answer = serde_json::to_vec(&evaluate(valid.clone(), Locale::Nb, &[])).unwrap();
        eprintln!(
            "{name}: request {} bytes, answer {} bytes",
            text.len(),
            answer.len()
        );
        let mut stages = c.benchmark_group(format!("evaluate stages {name}"));
        stages.bench_function("1 request text → JSON value", |b| {
            b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&text)).unwrap())
        });
        stages.bench_function("2 JSON value → plan", |b| {
            b.iter(|| plan_from_value(black_box(valid.clone())).unwrap())
        });
        stages.bench_function("3 checks", |b| b.iter(|| black_box(&plan).validate()));
        stages.bench_function("4 projection", |b| {
            b.iter(|| project_valid(black_box(&plan)).unwrap())
        });
        let evaluation = evaluate(valid.clone(), Locale::Nb, &[]);
        stages.bench_function("5 answer → JSON text", |b| {
            b.iter(|| serde_json::to_vec(black_box(&evaluation)).unwrap())
        });
        stages.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
