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
    ("compare", &["compare"]),
    ("outputs", &["export", "store"]),
    ("app", &["defaults", "evaluate", "example"]),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
}

/// The top-level modules `source` names through `crate::`, with their line numbers: in paths
/// and in `use crate::{…}` lists. Test modules and comments are left out.
fn uses(source: &str) -> Vec<(usize, String)> {
    let code: String = source
        .split("#[cfg(test)]")
        .next()
        .unwrap_or_default()
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
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
