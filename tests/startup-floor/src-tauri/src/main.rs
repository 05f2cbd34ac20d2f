//! A bare Tauri window that reports its first painted screen like Erfaringsplan does
//! (`erfaringsplan-first-screen-us=` on stdout when ERFARINGSPLAN_STARTUP_PROBE is set).

use std::{io::Write, time::Instant};

struct Started(Instant);

#[tauri::command]
fn first_screen_shown(started: tauri::State<'_, Started>) {
    if std::env::var_os("ERFARINGSPLAN_STARTUP_PROBE").is_some() {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(
            out,
            "erfaringsplan-first-screen-us={}",
            started.0.elapsed().as_micros()
        );
        let _ = out.flush();
    }
}

fn main() {
    let started = Started(Instant::now());
    tauri::Builder::default()
        .manage(started)
        .invoke_handler(tauri::generate_handler![first_screen_shown])
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| eprintln!("startup-floor could not start: {err}"));
}
