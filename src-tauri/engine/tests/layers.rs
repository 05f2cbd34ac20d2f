//! The engine's layers depend one way only: a module may use the layers below it, never one
//! above. Read from the sources, so a `use` that would close a circle fails here with the file
//! and the line, before it can creep in.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::{fs, path::Path};

/// Bottom to top. A module of a layer may use its own layer and those before it.
const LAYERS: &[(&str, &[&str])] = &[
    ("base", &["error", "decimal", "format", "units"]),
    ("rules", &["rules"]),
    ("model", &["model"]),
    ("validate", &["validate"]),
    ("projection", &["projection"]),
    ("text", &["text"]),
    ("compare", &["compare", "portfolio"]),
    ("outputs", &["export", "store"]),
    ("app", &["defaults", "evaluate", "example"]),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
}

/// `source` without its test module and its comments (line numbers kept).
fn code_of(source: &str) -> String {
    source
        .split("#[cfg(test)]")
        .next()
        .unwrap_or_default()
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules `source` names through `crate::`, with their line numbers: in paths
/// and in `use crate::{…}` lists. Test modules and comments are left out.
fn uses(source: &str) -> Vec<(usize, String)> {
    let code = code_of(source);
    let line_at = |i: usize| code[..i].matches('\n').count() + 1;
    let ident = |from: usize| -> String {
        code[from..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '_')
            .collect()
    };
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let start = at + "crate::".len();
        if !code[start..].starts_with('{') {
            found.push((line_at(start), ident(start)));
            continue;
        }
        // The items of the list at its top level: after `{` and after each `,` at depth 1.
        let mut depth = 0;
        let mut item_start = true;
        for (k, c) in code[start..].char_indices() {
            match c {
                '{' => {
                    depth += 1;
                    if depth == 1 {
                        item_start = true;
                        continue;
                    }
                }
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                ',' if depth == 1 => {
                    item_start = true;
                    continue;
                }
                c if c.is_whitespace() => continue,
                _ => {}
            }
            if item_start && depth == 1 {
                found.push((line_at(start + k), ident(start + k)));
            }
            item_start = false;
        }
    }
    found
}

fn check(dir: &Path, src: &Path, problems: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "bin") {
                check(&path, src, problems);
            }
            continue;
        }
        // A module's tests in a file of their own (`mod tests;` under `#[cfg(test)]`), like a test
        // module within a file, may use any layer.
        if path.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let rel = path.strip_prefix(src).unwrap();
        let top = rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or_default()
            .trim_end_matches(".rs")
            .to_owned();
        let Some(own) = layer_of(&top) else {
            continue; // lib.rs
        };
        for (line, used) in uses(&fs::read_to_string(&path).unwrap()) {
            if used.is_empty() {
                continue; // a re-export at the crate's root (`crate::ErrorReport`): base
            }
            match layer_of(&used) {
                Some(layer) if layer > own => problems.push(format!(
                    "{}:{line}: {top} ({}) uses {used} ({}), a layer above it",
                    rel.display(),
                    LAYERS[own].0,
                    LAYERS[layer].0
                )),
                Some(_) => {}
                None => problems.push(format!(
                    "{}:{line}: uses crate::{used}, which no layer lists",
                    rel.display()
                )),
            }
        }
    }
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    check(&src, &src, &mut problems);
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_check_sees_a_use_of_a_higher_layer() {
    let source = "use crate::{\n    decimal::{add, sub},\n    projection::Projection,\n};\n\
                  // crate::export in a comment\n\
                  fn f() { crate::text::kr(); }\n\
                  #[cfg(test)]\nmod tests { use crate::store; }\n";
    assert_eq!(
        uses(source),
        [
            (2, "decimal".to_owned()),
            (3, "projection".to_owned()),
            (6, "text".to_owned())
        ]
    );
}

/// The sibling files of each folder module (and the app crate's files) `source` names: through
/// `super::x` (and `super::{x, …}`), or `crate::<module>::x` for the folder `module`.
fn sibling_uses(source: &str, module: Option<&str>, siblings: &[String]) -> Vec<String> {
    let code = code_of(source);
    let mut prefixes = vec!["super::".to_owned()];
    match module {
        Some(m) => prefixes.push(format!("crate::{m}::")),
        None => prefixes.push("crate::".to_owned()),
    }
    let mut found = Vec::new();
    for prefix in &prefixes {
        for (at, _) in code.match_indices(prefix.as_str()) {
            let rest = &code[at + prefix.len()..];
            let names: Vec<&str> = match rest.strip_prefix('{') {
                // The first name of each item of the list.
                Some(list) => list[..list.find('}').unwrap_or(list.len())]
                    .split(',')
                    .map(|item| item.trim().split("::").next().unwrap_or_default())
                    .collect(),
                None => vec![rest
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or_default()],
            };
            found.extend(
                names
                    .into_iter()
                    .filter(|n| siblings.iter().any(|s| s == n))
                    .map(str::to_owned),
            );
        }
    }
    found.sort();
    found.dedup();
    found
}

/// A circle among `files` (name → the names it uses), if any, as `a → b → a`.
fn circle(uses: &std::collections::BTreeMap<String, Vec<String>>) -> Option<String> {
    fn visit(
        at: &str,
        uses: &std::collections::BTreeMap<String, Vec<String>>,
        path: &mut Vec<String>,
    ) -> Option<String> {
        if let Some(i) = path.iter().position(|p| p == at) {
            let mut c = path[i..].to_vec();
            c.push(at.to_owned());
            return Some(c.join(" → "));
        }
        path.push(at.to_owned());
        for next in uses.get(at).into_iter().flatten() {
            if let Some(found) = visit(next, uses, path) {
                return Some(found);
            }
        }
        path.pop();
        None
    }
    uses.keys()
        .find_map(|start| visit(start, uses, &mut Vec::new()))
}

/// The files of `dir` (a folder module, or a crate's `src`) as module names → their sources.
fn files_of(dir: &Path) -> std::collections::BTreeMap<String, String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&p).unwrap())
        })
        .filter(|(name, _)| !matches!(name.as_str(), "mod" | "lib" | "main" | "tests"))
        .collect()
}

/// Within a module, its files use each other one way only: no `a` uses `b` that uses `a`, in any
/// folder of the engine or among the app's files.
#[test]
fn no_module_uses_one_that_uses_it() {
    let engine = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut folders: Vec<(Option<String>, std::path::PathBuf)> = fs::read_dir(&engine)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| {
            (
                Some(p.file_name().unwrap().to_string_lossy().into_owned()),
                p,
            )
        })
        .collect();
    // The app crate: its files use each other through `crate::`.
    folders.push((None, engine.join("../../src")));
    let mut circles = Vec::new();
    for (module, dir) in &folders {
        let files = files_of(dir);
        let names: Vec<String> = files.keys().cloned().collect();
        let uses = files
            .iter()
            .map(|(name, source)| {
                let mut used = sibling_uses(source, module.as_deref(), &names);
                used.retain(|u| u != name);
                (name.clone(), used)
            })
            .collect();
        if let Some(c) = circle(&uses) {
            circles.push(format!("{}: {c}", dir.display()));
        }
    }
    assert!(circles.is_empty(), "\n{}", circles.join("\n"));
}

#[test]
fn the_circle_check_sees_a_circle() {
    let names = ["stress".to_owned(), "words".to_owned()];
    assert_eq!(
        sibling_uses(
            "use super::{stress::Scenario, Difference};",
            Some("compare"),
            &names
        ),
        ["stress"]
    );
    assert_eq!(
        sibling_uses("use crate::compare::words;", Some("compare"), &names),
        ["words"]
    );
    let uses = [
        ("stress".to_owned(), vec!["words".to_owned()]),
        ("words".to_owned(), vec!["stress".to_owned()]),
    ]
    .into_iter()
    .collect();
    assert_eq!(circle(&uses).as_deref(), Some("stress → words → stress"));
}

/// The lines of `source` (tests and comments left out) that choose by language: a match arm on
/// a `Locale`, or a comparison with one. Words belong in `text/`, which chooses them.
fn locale_choices(source: &str) -> Vec<usize> {
    code_of(source)
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            let arm = ["Locale::Nb", "Locale::En"]
                .iter()
                .any(|l| line.find(l).is_some_and(|at| line[at..].contains("=>")));
            // `== Locale::Nb`, also through a path (`== text::Locale::Nb`), `matches!(l,
            // Locale::Nb)`, `if let Locale::Nb`.
            let compared = line.match_indices("Locale::").any(|(at, _)| {
                let before = line[..at]
                    .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_' || c == ':');
                let before = before.trim_end();
                before.ends_with("==")
                    || before.ends_with("!=")
                    || before.ends_with("if let")
                    || line.contains("matches!(")
            });
            arm || compared
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// Every `.rs` file under `dir` (but `text/` and test files), with its path from `dir`.
fn sources_outside_text(dir: &Path, from: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let rel = path.strip_prefix(from).unwrap().display().to_string();
        if path.is_dir() {
            if rel != "text" {
                sources_outside_text(&path, from, out);
            }
        } else if rel.ends_with(".rs") && !rel.ends_with("tests.rs") {
            out.push((rel, fs::read_to_string(&path).unwrap()));
        }
    }
}

#[test]
fn only_text_chooses_words_by_language() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for root in [manifest.join("src"), manifest.join("../src")] {
        let mut files = Vec::new();
        sources_outside_text(&root, &root, &mut files);
        for (rel, source) in files {
            for line in locale_choices(&source) {
                problems.push(format!("{}/{rel}:{line}", root.display()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "these lines choose words by language; put the words in engine/src/text/:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_language_check_sees_a_choice_by_language() {
    let source = "fn f(l: Locale) -> &str {\n    match l {\n        Locale::Nb => \"ja\",\n\
                  Locale::En => \"yes\",\n    }\n}\n\
                  fn g(l: Locale) -> bool { l == Locale::Nb || l != text::Locale::En }\n\
                  fn h() { render(Locale::Nb); } // a language passed on is no choice\n\
                  #[cfg(test)]\nmod tests { fn t(l: Locale) { match l { Locale::Nb => {} } } }\n";
    assert_eq!(locale_choices(source), [3, 4, 7]);
}
