//! Projection speed: a typical plan (2 positions, 10 years, 2 grants, 4 cost items) and an
//! extreme one (20 positions, 40 years, 5 grants, 10 cost items). Goals: ≤ 0.2 ms and ≤ 5 ms.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use criterion::{criterion_group, criterion_main, Criterion};
use erfaringsplan_engine::{
    example::{extreme_plan, largest_plan, typical_plan},
    export::{pdf, render_plan, DocumentInfo, Format},
    projection::project,
    text::Locale,
};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let typical = typical_plan();
    let extreme = extreme_plan();
    assert!(typical.validate().is_empty() && extreme.validate().is_empty());
    c.bench_function("project typical (2 pos, 10 y, 2 grants, 4 items)", |b| {
        b.iter(|| project(black_box(&typical)))
    });
    c.bench_function("project extreme (20 pos, 40 y, 5 grants, 10 items)", |b| {
        b.iter(|| project(black_box(&extreme)))
    });
}

/// Export: projection plus PDF layout and serialisation (font subsetting included).
fn bench_pdf(c: &mut Criterion) {
    let info = DocumentInfo {
        locale: Locale::Nb,
        today: "2026-11-24".into(),
        last_changed: None,
        app_version: "bench".into(),
    };
    let mut group = c.benchmark_group("pdf");
    group.sample_size(10);
    for (name, plan) in [("typical", typical_plan()), ("extreme", extreme_plan())] {
        let bytes = pdf::render(&plan, &info).unwrap();
        println!("pdf {name}: {} bytes", bytes.len());
        group.bench_function(format!("render {name}"), |b| {
            b.iter(|| pdf::render(black_box(&plan), &info))
        });
    }
    group.finish();
}

/// Export: projection plus the workbook (formulas with cached results, zipped).
fn bench_xlsx(c: &mut Criterion) {
    let info = DocumentInfo {
        locale: Locale::Nb,
        today: "2026-12-03".into(),
        last_changed: None,
        app_version: "bench".into(),
    };
    let mut group = c.benchmark_group("xlsx");
    group.sample_size(10);
    for (name, plan) in [
        ("typical", typical_plan()),
        ("extreme", extreme_plan()),
        ("largest (50 pos, 40 y)", largest_plan()),
    ] {
        let bytes = render_plan(Format::Xlsx, &plan, &info).unwrap();
        println!("xlsx {name}: {} bytes", bytes.len());
        group.bench_function(format!("render {name}"), |b| {
            b.iter(|| render_plan(Format::Xlsx, black_box(&plan), &info))
        });
    }
    group.finish();
}

criterion_group!(benches, bench, bench_pdf, bench_xlsx);
criterion_main!(benches);
