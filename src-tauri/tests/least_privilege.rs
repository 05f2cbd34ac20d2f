//! The app's door to the machine, checked: the window may use exactly the permissions reviewed
//! below, the content security policy allows no remote source and no inline script, and no
//! plugin that runs programs or reaches arbitrary files is compiled in. Adding a permission
//! means adding it here, with the reason, in the same change.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::{collections::BTreeSet, fs, path::Path};

/// Every permission the main window holds, and why. None: the app's own commands need no
/// permission, plans are read and saved through them (atomically, see `plan_store.rs`), and the
/// save dialog and the PDF viewer are opened from Rust. A permission added to
/// `capabilities/default.json` must be listed here as `("plugin:allow-x", "why")`.
const REVIEWED: &[(&str, &str)] = &[];

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_window_holds_exactly_the_reviewed_permissions() {
    let dir = crate_dir().join("capabilities");
    let files: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        files,
        ["default.json"],
        "a new capability file needs a review here"
    );

    let capability = json(&dir.join("default.json"));
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    assert!(
        capability.get("remote").is_none(),
        "no remote origin may use the app's IPC"
    );
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            p.as_str()
                .expect("permissions are plain identifiers")
                .to_owned()
        })
        .collect();
    let reviewed: BTreeSet<String> = REVIEWED.iter().map(|(p, _)| (*p).to_owned()).collect();
    assert_eq!(
        granted, reviewed,
        "capabilities/default.json differs from the reviewed list in tests/least_privilege.rs"
    );
}

#[test]
fn the_content_security_policy_allows_nothing_remote_and_no_inline_script() {
    let config = json(&crate_dir().join("tauri.conf.json"));
    let security = &config["app"]["security"];
    assert_eq!(security["freezePrototype"], true);
    let csp = security["csp"].as_object().expect("the CSP is set");
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["object-src"], "'none'");
    for (directive, value) in csp {
        let value = value.as_str().unwrap();
        for token in value.split_whitespace() {
            let allowed = token.starts_with('\'')
                || token == "data:"
                || token == "ipc:"
                || token == "http://ipc.localhost";
            assert!(allowed, "{directive} allows {token}");
        }
        assert!(!value.contains("unsafe-inline") && !value.contains("unsafe-eval"));
    }
    assert_eq!(config["app"]["withGlobalTauri"], false);
}

#[test]
fn no_plugin_that_runs_programs_or_reaches_any_file_is_compiled_in() {
    let manifest = fs::read_to_string(crate_dir().join("Cargo.toml")).unwrap();
    for banned in [
        "tauri-plugin-shell",
        "tauri-plugin-fs",
        "tauri-plugin-http",
        "tauri-plugin-process",
    ] {
        assert!(
            !manifest.contains(banned),
            "{banned} must not be a dependency"
        );
    }
    let package = fs::read_to_string(crate_dir().join("..").join("package.json")).unwrap();
    for banned in [
        "@tauri-apps/plugin-shell",
        "@tauri-apps/plugin-fs",
        "@tauri-apps/plugin-dialog",
        "@tauri-apps/plugin-opener",
    ] {
        assert!(
            !package.contains(banned),
            "{banned}: the webview gets no such API"
        );
    }
}
