//! Fuzzing the three places a hostile or broken file reaches: reading a plan (and the plans
//! file), projecting it, and printing it as a PDF. Inputs are random bytes and valid plans
//! mutated at the JSON level (nasty numbers and strings, removed and unknown fields, long lists,
//! deep nesting, cut-off text). Every target must return — a value or a typed error — and never
//! panic; what it returns must hold together.
//!
//! `FUZZ_SECONDS` bounds the time per target (default 3, for the test suite);
//! `tests/scripts/fuzz.sh` runs longer in release mode. `FUZZ_SEED` repeats a run. An input
//! that panics is written to `tests/fuzz-regressions/<target>-<hash>.json`; commit it, and
//! `fuzz_regressions_stay_fixed` runs it every time from then on.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

mod common;

use common::random::{env_number, Random};

use std::{
    panic::{catch_unwind, AssertUnwindSafe},
    path::PathBuf,
    time::{Duration, Instant},
};

use erfaringsplan_engine::example::{example_plan, typical_plan};
use proptest::{
    strategy::{Strategy, ValueTree},
    test_runner::{Config, RngAlgorithm, TestRng, TestRunner},
};
use rust_decimal::Decimal;
use serde_json::Value;

fn regressions_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions")
}

/// Values that have broken parsers and calculators before.
fn nasty_value(random: &mut Random) -> Value {
    let strings = [
        "",
        " ",
        "-0",
        "0",
        "-1",
        "1e400",
        "NaN",
        "Infinity",
        "0x10",
        "1_000",
        "450 000,00",
        "79228162514264337593543950335",
        "79228162514264337593543950336",
        "-79228162514264337593543950335",
        "0.0000000000000000000000000001",
        "0.00000000000000000000000000001",
        "99999999999999999999.99",
        "12.345",
        "2027-02-30",
        "0000-00-00",
        "9999-12-31",
        "2027-13",
        "1",
        "100",
        "101",
        "municipality",
        "perFte",
        "\u{202e}reversed",
        "Ærlig øre å",
        "<script>alert(1)</script>",
        "../../etc/passwd",
        "file:///etc/passwd",
        "\u{0}",
        "🧑‍🤝‍🧑",
    ];
    match random.below(10) {
        0 => Value::Null,
        1 => Value::Bool(random.chance(50)),
        2 => serde_json::json!(*random.pick(&[
            0i64,
            -1,
            1,
            12,
            13,
            40,
            41,
            2019,
            2101,
            i64::MAX,
            i64::MIN,
            9_007_199_254_740_993
        ])),
        3 => serde_json::json!(*random.pick(&[0.5f64, -0.0, 1e308, -1e308, 1e-300])),
        4 => Value::String("x".repeat(random.below(20_000))),
        5 => Value::Array(Vec::new()),
        6 => Value::Object(serde_json::Map::new()),
        _ => Value::String((*random.pick(&strings)).to_owned()),
    }
}

/// A value of the same JSON kind as `old`, so the plan still reads and the nasty part reaches
/// the projection: decimal strings become extreme decimals, numbers extreme numbers.
fn same_kind(old: &Value, random: &mut Random) -> Value {
    match old {
        Value::String(s) if s.parse::<Decimal>().is_ok() => Value::String(
            (*random.pick(&[
                "0",
                "-0",
                "0.01",
                "0.001",
                "-1",
                "1",
                "49.99",
                "100",
                "100.01",
                "300000",
                "600000.005",
                "99999999",
                "1000000000000",
                "79228162514264337593543950335",
                "-79228162514264337593543950335",
                "0.0000000000000000000000000001",
            ]))
            .to_owned(),
        ),
        Value::String(s) if s.len() == 10 && s.as_bytes().get(4) == Some(&b'-') => Value::String(
            (*random.pick(&[
                "2019-12-31",
                "2027-02-29",
                "2028-02-29",
                "2100-12-31",
                "2027-1-1",
            ]))
            .to_owned(),
        ),
        Value::String(_) => nasty_value(random),
        Value::Number(_) => serde_json::json!(*random.pick(&[
            0i64,
            1,
            2,
            12,
            13,
            40,
            41,
            59,
            2019,
            2020,
            2100,
            2101,
            65535,
            4_294_967_296
        ])),
        Value::Bool(b) => Value::Bool(!b),
        _ => nasty_value(random),
    }
}

/// Every JSON pointer in `value`.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let path = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                pointers(child, path.clone(), out);
                out.push(path);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let path = format!("{at}/{i}");
                pointers(child, path.clone(), out);
                out.push(path);
            }
        }
        _ => {}
    }
}

/// One change to `value`. A `gentle` change keeps the plan readable (values of the same kind,
/// repeated entries), so the extremes reach the projection and the PDF.
fn mutate(value: &mut Value, random: &mut Random, gentle: bool) {
    let mut all = Vec::new();
    pointers(value, String::new(), &mut all);
    if all.is_empty() {
        *value = nasty_value(random);
        return;
    }
    // Pick a part of the plan first (the checklist alone has more fields than the rest), then
    // a place in it.
    let mut parts: Vec<&str> = all
        .iter()
        .map(|p| p.split('/').nth(1).unwrap_or(""))
        .collect();
    parts.dedup();
    parts.sort_unstable();
    parts.dedup();
    let part = format!("/{}", random.pick(&parts));
    let within: Vec<&String> = all
        .iter()
        .filter(|p| *p == &part || p.starts_with(&format!("{part}/")))
        .collect();
    let target = (*random.pick(&within)).clone();
    let (parent, key) = target.rsplit_once('/').unwrap_or(("", ""));
    let kind = if gentle {
        *random.pick(&[2, 7, 8, 9])
    } else {
        random.below(10)
    };
    match kind {
        // Replace a value by anything.
        0 | 1 => {
            if let Some(node) = value.pointer_mut(&target) {
                *node = nasty_value(random);
            }
        }
        // Replace a value by an extreme one of the same kind.
        7..=9 => {
            if let Some(node) = value.pointer_mut(&target) {
                *node = same_kind(node, random);
            }
        }
        // Remove a field or an entry.
        3 => match value.pointer_mut(parent) {
            Some(Value::Object(map)) => {
                map.remove(&key.replace("~1", "/").replace("~0", "~"));
            }
            Some(Value::Array(items)) => {
                if let Ok(i) = key.parse::<usize>() {
                    if i < items.len() {
                        items.remove(i);
                    }
                }
            }
            _ => {}
        },
        // Repeat an entry of a list many times (60 positions, 200 grants …).
        2 | 4 => {
            if let Some(Value::Array(items)) = value.pointer_mut(parent) {
                if let Some(first) = items.first().cloned() {
                    let times = *random.pick(&[2usize, 51, 60, 200]);
                    items.extend(std::iter::repeat_n(first, times));
                }
            }
        }
        // A field nobody knows.
        5 => {
            if let Some(Value::Object(map)) = value.pointer_mut(parent) {
                map.insert(format!("unknown{}", random.below(100)), nasty_value(random));
            }
        }
        // Deep nesting.
        _ => {
            if let Some(node) = value.pointer_mut(&target) {
                let mut nested = node.take();
                for _ in 0..random.below(160) {
                    nested = Value::Array(vec![nested]);
                }
                *node = nested;
            }
        }
    }
}

/// One input: random bytes, or a plan mutated a few times (now and then cut off).
fn input(random: &mut Random, generated: &mut dyn FnMut() -> Value) -> Vec<u8> {
    if random.chance(10) {
        let len = random.below(2048);
        return (0..len).map(|_| (random.next() >> 24) as u8).collect();
    }
    let mut value = match random.below(4) {
        0 => serde_json::to_value(typical_plan()).unwrap(),
        1 => serde_json::to_value(example_plan(
            2020 + i32::try_from(random.below(60)).unwrap(),
            1 + u32::try_from(random.below(12)).unwrap(),
        ))
        .unwrap(),
        _ => generated(),
    };
    let gentle = random.chance(60);
    for _ in 0..=random.below(5) {
        mutate(&mut value, random, gentle);
    }
    let mut bytes = if random.chance(50) {
        serde_json::to_vec_pretty(&value).unwrap()
    } else {
        serde_json::to_vec(&value).unwrap()
    };
    if random.chance(5) {
        bytes.truncate(random.below(bytes.len()));
    }
    bytes
}

/// The targets, shared with the coverage-guided fuzzer (`fuzz/`, run by `cargo fuzz`).
#[path = "../fuzz/targets.rs"]
mod targets;

use targets::Target;

/// The targets this loop feeds: its inputs are single plans.
const TARGETS: [(&str, Target); 3] = [
    ("parse", targets::parse),
    ("project", targets::project_plan),
    ("pdf", targets::print_pdf),
];

/// Runs `target` on `bytes`: whether they read as a plan, or the panic message.
fn run_caught(target: Target, bytes: &[u8]) -> Result<bool, String> {
    catch_unwind(AssertUnwindSafe(|| target(bytes))).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_else(|| "panic".into())
    })
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[test]
fn fuzz_parse_project_pdf() {
    let seconds: u64 = env_number("FUZZ_SECONDS", 3);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64);
    let seed: u64 = env_number("FUZZ_SEED", now | 1);
    // Generated plans come from the property tests' generator.
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed.to_le_bytes().repeat(4)),
    );
    let strategy = common::plans::plan();
    let mut generated = || {
        let plan = strategy.new_tree(&mut runner).unwrap().current();
        serde_json::to_value(plan).unwrap()
    };
    // Keep the panics quiet: they are counted and saved, not printed one by one.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut random = Random(seed);
    let dump = std::env::var_os("FUZZ_DUMP").map(PathBuf::from);
    let mut crashes = Vec::new();
    let mut report = Vec::new();
    for (name, target) in TARGETS {
        let until = Instant::now() + Duration::from_secs(seconds);
        let (mut tried, mut read_ok) = (0u64, 0u64);
        let mut slowest = (Duration::ZERO, 0usize);
        while Instant::now() < until {
            let bytes = input(&mut random, &mut generated);
            if let Some(dir) = &dump {
                // For measuring: the inputs this loop tries, to run through the coverage-guided
                // fuzzer's instrumented build (tests/scripts/fuzz.sh --compare).
                let dir = dir.join(name);
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(dir.join(format!("{:016x}", fnv(&bytes))), &bytes).unwrap();
            }
            let started = Instant::now();
            let outcome = run_caught(target, &bytes);
            let took = started.elapsed();
            if took > slowest.0 {
                slowest = (took, bytes.len());
            }
            tried += 1;
            if outcome == Ok(true) {
                read_ok += 1;
            }
            if let Err(message) = outcome {
                let file = regressions_dir().join(format!("{name}-{:016x}.json", fnv(&bytes)));
                std::fs::create_dir_all(regressions_dir()).unwrap();
                std::fs::write(&file, &bytes).unwrap();
                crashes.push(format!(
                    "{name}: {message} (input kept in {})",
                    file.display()
                ));
            }
        }
        report.push(format!(
            "{name}: {tried} inputs in {seconds} s ({read_ok} read as plans), slowest {:.1?} \
             ({} bytes)",
            slowest.0, slowest.1
        ));
    }
    std::panic::set_hook(hook);
    println!("fuzz seed {seed}");
    for line in &report {
        println!("{line}");
    }
    println!("crashes: {}", crashes.len());
    assert!(crashes.is_empty(), "crashes:\n{}", crashes.join("\n"));
}

fn fuzz_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

/// Every input that once crashed a target (and a few hand-picked hostile ones) runs through
/// every target on every test run.
#[test]
fn fuzz_regressions_stay_fixed() {
    let mut inputs = 0;
    let mut dirs = vec![regressions_dir()];
    dirs.extend(
        std::fs::read_dir(fuzz_dir().join("artifacts"))
            .into_iter()
            .flatten()
            .map(|e| e.unwrap().path()),
    );
    for dir in dirs {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if !path.is_file() {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            for (name, target) in targets::TARGETS {
                if let Err(message) = run_caught(target, &bytes) {
                    panic!("{name} panics on {}: {message}", path.display());
                }
            }
            inputs += 1;
        }
    }
    assert!(inputs > 0, "the regression folder is empty");
}

/// The coverage-guided fuzzer's corpus (`fuzz/corpus/<target>/`, kept small by `cargo fuzz
/// cmin`): each input through its target, on every test run. Which parts of the engine each
/// reaches is what the fuzzer kept it for.
#[test]
fn the_fuzzers_corpus_replays() {
    let mut replayed = Vec::new();
    for (name, target) in targets::TARGETS {
        let dir = fuzz_dir().join("corpus").join(name);
        let (mut inputs, mut plans) = (0, 0);
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            match run_caught(target, &bytes) {
                Ok(plan) => plans += usize::from(plan),
                Err(message) => panic!("{name} panics on {}: {message}", path.display()),
            }
            inputs += 1;
        }
        assert!(inputs > 0, "{} is empty", dir.display());
        replayed.push(format!("{name}: {inputs} inputs ({plans} plans)"));
    }
    println!("{}", replayed.join("\n"));
}
