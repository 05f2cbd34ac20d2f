//! Start-up: the window is created hidden and shown when the UI's first screen is ready, so the
//! user never sees it empty. The UI also reports when that screen is painted, with the moments it
//! passed on the way; with `ERFARINGSPLAN_STARTUP_PROBE=1` the app prints how long each stage took
//! since the process started (for `tests/scripts/measure-startup.mjs`).

use std::{
    io::Write,
    sync::{
        atomic::{AtomicBool, Ordering},
        Mutex,
    },
    time::{Duration, Instant},
};

use serde::Deserialize;
use tauri::{Manager, Runtime};
use ts_rs::TS;

use crate::settings::MAIN_WINDOW;

/// How long the hidden window waits for the UI's first screen before it is shown anyway (a UI
/// that fails to start must still be seen, with whatever it managed to show).
pub const SHOW_ANYWAY_AFTER: Duration = Duration::from_secs(4);

pub struct StartupClock {
    started: Instant,
    reported: AtomicBool,
    /// Moments on the Rust side: (stage, time since the process started).
    stages: Mutex<Vec<(&'static str, Duration)>>,
}

impl StartupClock {
    pub fn new(started: Instant) -> Self {
        Self {
            started,
            reported: AtomicBool::new(false),
            stages: Mutex::new(Vec::new()),
        }
    }

    /// Notes that the start-up reached `stage` now.
    pub fn mark(&self, stage: &'static str) {
        let at = self.started.elapsed();
        if let Ok(mut stages) = self.stages.lock() {
            stages.push((stage, at));
        }
    }
}

/// What the UI passed on the way to its first screen, in microseconds since the page's
/// navigation started (`performance.now()`).
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StartupReport {
    pub marks: Vec<StartupMark>,
    /// `performance.now()` when the report was sent: ties the page's clock to the process's.
    pub now_us: u32,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StartupMark {
    pub stage: String,
    pub at_us: u32,
}

/// On Linux, WebKitGTK draws the page without GPU compositing unless the user asked otherwise
/// (`WEBKIT_DISABLE_COMPOSITING_MODE=0`). A form app gains nothing from compositing, and it costs:
/// measured on a machine without a GPU (`npm run measure:startup`), the first frame came 0.4 s
/// later and all processes held 90 MiB more. It is also the usual cure for a blank window with
/// some graphics drivers. Called first thing, before any thread or the web process starts (they
/// inherit the variable). Windows and macOS draw with their own webviews and are left alone.
pub fn choose_renderer() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}

/// Shows the main window (created hidden) if it is not shown yet.
pub fn show_main_window<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        if !window.is_visible().unwrap_or(false) {
            let _ = window.show();
            let _ = window.set_focus();
        }
    }
}

/// The stages as one line: `stage=milliseconds` since the process started, in order.
fn stage_line(
    rust: &[(&'static str, Duration)],
    report: &StartupReport,
    received: Duration,
) -> String {
    // The page's clock started `received - now` after the process did (the call itself takes a
    // fraction of a millisecond, which this leaves in).
    let page_start = received.saturating_sub(Duration::from_micros(report.now_us.into()));
    let mut stages: Vec<(String, Duration)> =
        rust.iter().map(|(s, d)| ((*s).to_owned(), *d)).collect();
    stages.push(("navigation".to_owned(), page_start));
    stages.extend(report.marks.iter().map(|m| {
        (
            m.stage.clone(),
            page_start.saturating_add(Duration::from_micros(m.at_us.into())),
        )
    }));
    stages.push(("reported".to_owned(), received));
    stages.sort_by_key(|(_, at)| *at);
    stages
        .iter()
        .map(|(stage, at)| {
            let tenths = at.as_micros() / 100;
            format!("{stage}={}.{}", tenths / 10, tenths % 10)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Called by the UI once its first screen is laid out: shows the window, which was created
/// hidden so that the user never sees it empty. (The UI cannot wait for the first paint: a
/// hidden WebKitGTK window paints nothing and runs no animation frames.)
#[tauri::command]
pub fn first_screen_ready<R: Runtime>(
    app: tauri::AppHandle<R>,
    clock: tauri::State<'_, StartupClock>,
) {
    clock.mark("ready");
    show_main_window(&app);
    clock.mark("window-shown");
}

/// Called once by the UI after its first screen is painted. Does nothing unless the start-up
/// probe is on, or this is a smoke run ([`crate::smoke`]).
#[tauri::command]
pub fn first_screen_shown<R: Runtime>(
    app: tauri::AppHandle<R>,
    clock: tauri::State<'_, StartupClock>,
    report: StartupReport,
) {
    crate::smoke::first_screen_shown(&app);
    let received = clock.started.elapsed();
    let first = !clock.reported.swap(true, Ordering::SeqCst);
    if !first {
        return;
    }
    if std::env::var_os("ERFARINGSPLAN_STARTUP_PROBE").is_some() {
        let rust = clock.stages.lock().map(|s| s.clone()).unwrap_or_default();
        let line = stage_line(&rust, &report, received);
        let mut out = std::io::stdout().lock();
        // The probe reads these lines; a closed stdout is not worth failing over.
        let _ = writeln!(out, "erfaringsplan-stages-ms {line}");
        let _ = writeln!(
            out,
            "erfaringsplan-first-screen-us={}",
            received.as_micros()
        );
        let _ = out.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stages_are_put_on_the_processs_clock_in_order() {
        let report = StartupReport {
            marks: vec![
                StartupMark {
                    stage: "script".into(),
                    at_us: 30_000,
                },
                StartupMark {
                    stage: "painted".into(),
                    at_us: 90_000,
                },
            ],
            now_us: 100_000,
        };
        let rust = [
            ("setup", Duration::from_millis(20)),
            ("window", Duration::from_millis(60)),
        ];
        // Received 300 ms after start, 100 ms after the page started: the page started at 200.
        let line = stage_line(&rust, &report, Duration::from_millis(300));
        assert_eq!(
            line,
            "setup=20.0 window=60.0 navigation=200.0 script=230.0 painted=290.0 reported=300.0"
        );
    }
}
