//! Start-up probe for `tests/scripts/measure-startup.mjs`. The UI reports when its first screen
//! is painted; with `ERFARINGSPLAN_STARTUP_PROBE=1` the app prints how long that took since the
//! process started. Without the variable the command does nothing.

use std::{
    io::Write,
    sync::atomic::{AtomicBool, Ordering},
    time::Instant,
};

pub struct StartupClock {
    started: Instant,
    reported: AtomicBool,
}

impl StartupClock {
    pub fn new(started: Instant) -> Self {
        Self {
            started,
            reported: AtomicBool::new(false),
        }
    }
}

/// Called once by the UI after the first screen is painted.
#[tauri::command]
pub fn first_screen_shown(clock: tauri::State<'_, StartupClock>) {
    let first = !clock.reported.swap(true, Ordering::SeqCst);
    if first && std::env::var_os("ERFARINGSPLAN_STARTUP_PROBE").is_some() {
        let micros = clock.started.elapsed().as_micros();
        let mut out = std::io::stdout().lock();
        // The probe reads this line; a closed stdout is not worth failing over.
        let _ = writeln!(out, "erfaringsplan-first-screen-us={micros}");
        let _ = out.flush();
    }
}
