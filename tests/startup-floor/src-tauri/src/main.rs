//! A bare Tauri window that reports its first painted screen like Erfaringsplan does
//! (`erfaringsplan-first-screen-us=` on stdout when ERFARINGSPLAN_STARTUP_PROBE is set), with
//! the same stage line: when the page's navigation started and when it painted, in
//! milliseconds since the process started.
//!
//! `FLOOR_PAGE` picks the page: `index.html` (bare HTML, the default) or `stack/index.html`
//! (React and Designsystemet, built by `tests/startup-floor/vite.config.ts`). The window is the
//! one in tauri.conf.json, made here so that its page can be chosen; with `FLOOR_HIDDEN` set it
//! is made hidden and shown when the stack page has committed its first screen, as
//! Erfaringsplan shows its window (no empty window is ever seen).

use std::{io::Write, time::Instant};

struct Started(Instant);

/// `now_us`: the page's `performance.now()` when it called, in microseconds; `marks`: moments on
/// the way (stage, `performance.now()` in microseconds), when the page reports any.
#[tauri::command]
fn first_screen_shown(
    started: tauri::State<'_, Started>,
    now_us: u64,
    marks: Option<Vec<(String, u64)>>,
) {
    if std::env::var_os("ERFARINGSPLAN_STARTUP_PROBE").is_some() {
        let received = started.0.elapsed().as_micros();
        let navigation = received.saturating_sub(u128::from(now_us));
        let ms = |us: u128| format!("{}.{}", us / 1000, us / 100 % 10);
        let mut out = std::io::stdout().lock();
        let between: String = marks
            .unwrap_or_default()
            .iter()
            .map(|(stage, at_us)| format!(" {stage}={}", ms(navigation + u128::from(*at_us))))
            .collect();
        let _ = writeln!(
            out,
            "erfaringsplan-stages-ms navigation={}{between} painted={} reported={}",
            ms(navigation),
            ms(received),
            ms(received)
        );
        let _ = writeln!(out, "erfaringsplan-first-screen-us={received}");
        let _ = out.flush();
    }
}

/// The floor of a command's round trip (#29): the plan comes in as JSON and goes back unchanged,
/// so what is left is Tauri's IPC both ways (the page's serialising, the transport, serde_json
/// reading and writing the value), with no work of the app's own.
#[tauri::command]
fn echo(plan: serde_json::Value) -> serde_json::Value {
    plan
}

/// Shows the window (made hidden when `FLOOR_HIDDEN` is set), as Erfaringsplan's
/// `first_screen_ready` does once its first screen is in the page; nothing if it is shown.
#[tauri::command]
fn show_window(window: tauri::WebviewWindow) {
    if !window.is_visible().unwrap_or(false) {
        let _ = window.show();
        let _ = window.set_focus();
    }
}

fn main() {
    let started = Started(Instant::now());
    tauri::Builder::default()
        .manage(started)
        .setup(|app| {
            let page = std::env::var("FLOOR_PAGE").unwrap_or_else(|_| "index.html".into());
            let mut config = app.config().app.windows[0].clone();
            config.url = tauri::WebviewUrl::App(page.into());
            // As Erfaringsplan's window: hidden until the page has its first screen.
            config.visible = std::env::var_os("FLOOR_HIDDEN").is_none();
            tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?.build()?;
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            first_screen_shown,
            show_window,
            echo
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| eprintln!("startup-floor could not start: {err}"));
}
