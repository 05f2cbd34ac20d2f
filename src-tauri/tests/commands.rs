//! The webview's side of every command is generated from the Rust functions themselves: this
//! test reads each `#[tauri::command]` in `src/`, checks that exactly those are registered in
//! `lib.rs`, and writes `ui/src/bindings/commands.ts` — the command names with the arguments the
//! webview sends (camelCase, as Tauri reads them) and what each returns. The UI's `call` and the
//! component tests' fake Rust are both typed by it, so a command renamed, added or given another
//! argument in Rust is a type error in TypeScript. The test suite fails when the committed file
//! differs from what this writes (as for the ts-rs bindings).

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::{collections::BTreeSet, fmt::Write as _, fs, path::Path};

use syn::{FnArg, GenericArgument, Item, Pat, PathArguments, ReturnType, Type};

/// Parameters Tauri fills in itself; the webview never sends them.
const INJECTED: &[&str] = &["AppHandle", "State", "Window", "WebviewWindow", "Webview"];

/// Rust names whose TypeScript name differs (`PlanJson` is a plan read as plain JSON).
const RENAMED: &[(&str, &str)] = &[("PlanJson", "Plan"), ("StoreJson", "PlanStore")];

struct Command {
    name: String,
    args: Vec<(String, String)>,
    returns: String,
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The TypeScript for a Rust type, collecting the binding types it names in `used`.
fn ts(ty: &Type, used: &mut BTreeSet<String>) -> String {
    match ty {
        Type::Tuple(t) if t.elems.is_empty() => "null".into(),
        Type::Reference(r) => ts(&r.elem, used),
        Type::Path(p) => {
            let last = p.path.segments.last().expect("a type name");
            let name = last.ident.to_string();
            let mut inner = |k: usize| -> Vec<String> {
                match &last.arguments {
                    PathArguments::AngleBracketed(a) => a
                        .args
                        .iter()
                        .filter_map(|g| match g {
                            GenericArgument::Type(t) => Some(ts(t, used)),
                            _ => None,
                        })
                        .take(k)
                        .collect(),
                    _ => Vec::new(),
                }
            };
            match name.as_str() {
                "Result" => inner(1).remove(0),
                "Option" => format!("{} | null", inner(1).remove(0)),
                "Vec" => {
                    let t = inner(1).remove(0);
                    if t.contains(' ') {
                        format!("({t})[]")
                    } else {
                        format!("{t}[]")
                    }
                }
                "String" | "str" => "string".into(),
                "bool" => "boolean".into(),
                "i8" | "i16" | "i32" | "u8" | "u16" | "u32" | "f32" | "f64" => "number".into(),
                other => {
                    let ts_name = RENAMED
                        .iter()
                        .find(|(rust, _)| *rust == other)
                        .map_or(other, |(_, ts)| *ts)
                        .to_owned();
                    used.insert(ts_name.clone());
                    ts_name
                }
            }
        }
        _ => panic!("a command type the generator does not know (a tuple, slice or fn type)"),
    }
}

fn is_injected(ty: &Type) -> bool {
    match ty {
        Type::Path(p) => p
            .path
            .segments
            .last()
            .is_some_and(|s| INJECTED.contains(&s.ident.to_string().as_str())),
        Type::Reference(r) => is_injected(&r.elem),
        _ => false,
    }
}

fn commands_in(file: &syn::File, used: &mut BTreeSet<String>) -> Vec<Command> {
    file.items
        .iter()
        .filter_map(|item| match item {
            Item::Fn(f)
                if f.attrs.iter().any(|a| {
                    let p = a.path();
                    p.segments.len() == 2
                        && p.segments[0].ident == "tauri"
                        && p.segments[1].ident == "command"
                }) =>
            {
                Some(f)
            }
            _ => None,
        })
        .map(|f| Command {
            name: f.sig.ident.to_string(),
            args: f
                .sig
                .inputs
                .iter()
                .filter_map(|arg| match arg {
                    FnArg::Typed(t) if !is_injected(&t.ty) => {
                        let Pat::Ident(name) = &*t.pat else {
                            panic!("{}: an argument without a plain name", f.sig.ident)
                        };
                        Some((camel(&name.ident.to_string()), ts(&t.ty, used)))
                    }
                    _ => None,
                })
                .collect(),
            returns: match &f.sig.output {
                ReturnType::Default => "null".into(),
                ReturnType::Type(_, t) => ts(t, used),
            },
        })
        .collect()
}

/// The commands `lib.rs` registers in `generate_handler![…]`, by their last path segment.
fn registered(lib: &str) -> BTreeSet<String> {
    let start = lib
        .find("generate_handler![")
        .expect("generate_handler! in lib.rs");
    let list = &lib[start + "generate_handler![".len()..];
    let list = &list[..list.find(']').expect("the end of the list")];
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|path| path.rsplit("::").next().unwrap_or(path).to_owned())
        .collect()
}

#[test]
fn the_webviews_command_types_are_generated_from_the_rust_commands() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = BTreeSet::new();
    let mut commands = Vec::new();
    let mut files: Vec<_> = fs::read_dir(crate_dir.join("src"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    for path in files {
        let file = syn::parse_file(&fs::read_to_string(&path).unwrap()).unwrap();
        commands.extend(commands_in(&file, &mut used));
    }
    commands.sort_by(|a, b| a.name.cmp(&b.name));

    let defined: BTreeSet<String> = commands.iter().map(|c| c.name.clone()).collect();
    let lib = fs::read_to_string(crate_dir.join("src/lib.rs")).unwrap();
    assert_eq!(
        registered(&lib),
        defined,
        "lib.rs registers other commands than src/ defines"
    );

    let bindings = crate_dir.join("../ui/src/bindings");
    let mut out = String::from(
        "// Generated from the #[tauri::command] functions by src-tauri/tests/commands.rs. Do not edit\n\
         // this file by hand: run `cargo test -p erfaringsplan --test commands`.\n\n",
    );
    // A name without a binding (a type that does not derive ts_rs::TS with #[ts(export)]) is
    // an import the TypeScript type check rejects. It is not checked here: the bindings are
    // written by the other crates' tests, which may run after this one.
    for name in &used {
        let _ = writeln!(out, "import type {{ {name} }} from \"./{name}\";");
    }
    out.push_str(
        "\n/** Every command the app registers: the arguments the webview sends, and what it returns. */\n\
         export interface Commands {\n",
    );
    for c in &commands {
        let args = if c.args.is_empty() {
            "Record<string, never>".to_owned()
        } else {
            let fields: Vec<String> = c.args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
            format!("{{ {} }}", fields.join("; "))
        };
        let _ = writeln!(
            out,
            "  {}: {{ args: {args}; returns: {} }};",
            c.name, c.returns
        );
    }
    out.push_str("}\n");
    fs::write(bindings.join("commands.ts"), out).unwrap();
}

#[test]
fn names_and_types_are_written_the_way_the_webview_sends_them() {
    let mut used = BTreeSet::new();
    let file: syn::File = syn::parse_str(
        "#[tauri::command]\n\
         pub async fn export_thing(app: AppHandle, last: State<'_, X>, plan: PlanJson, \
         position_id: String, years: Vec<Option<u32>>) -> Result<Option<Thing>, CommandError> {}\n\
         pub fn not_a_command(x: u32) {}",
    )
    .unwrap();
    let found = commands_in(&file, &mut used);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, "export_thing");
    assert_eq!(
        found[0].args,
        [
            ("plan".to_owned(), "Plan".to_owned()),
            ("positionId".to_owned(), "string".to_owned()),
            ("years".to_owned(), "(number | null)[]".to_owned())
        ]
    );
    assert_eq!(found[0].returns, "Thing | null");
    assert_eq!(
        used.into_iter().collect::<Vec<_>>(),
        ["Plan".to_owned(), "Thing".to_owned()]
    );
}
