//! The Erfaringsplan desktop shell: registers the plugins and the commands. All domain work is in
//! `erfaringsplan-engine`.

mod commands;
mod error;
mod export;
mod plan_io;
mod plan_store;
mod save_file;
mod settings;
mod smoke;
mod startup;

use std::{process::ExitCode, time::Instant};

use tauri::{webview::PageLoadEvent, Manager};

/// Opens `path` (an exported file, or a folder) in the program the system opens it with: the PDF
/// reader, Excel or LibreOffice Calc, the file manager. Returns at once; the program runs on its
/// own.
pub(crate) fn open_with_system(path: &std::path::Path) -> Result<(), error::CommandError> {
    open::that_detached(path).map_err(|e| error::CommandError::Open(e.to_string()))
}

/// Starts the app; returns a failure exit code instead of panicking if the window system or the
/// webview cannot start. `started` is when the process began, for the start-up probe.
pub fn run(started: Instant) -> ExitCode {
    startup::choose_renderer();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_store::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(startup::StartupClock::new(started))
        .manage(export::LastExport::default())
        .manage(plan_store::StoreAccess::default())
        .setup(|app| {
            let clock = app.state::<startup::StartupClock>();
            clock.mark("setup");
            settings::open_main_window(app.handle())?;
            clock.mark("window");
            // The window is created hidden and shown when the UI's first screen is ready; should
            // the UI never get there, it is shown anyway with whatever it shows.
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                std::thread::sleep(startup::SHOW_ANYWAY_AFTER);
                startup::show_main_window(&handle);
            });
            smoke::watch(app.handle());
            Ok(())
        })
        .on_page_load(|webview, payload| {
            let clock = webview.state::<startup::StartupClock>();
            clock.mark(match payload.event() {
                PageLoadEvent::Started => "page-load-started",
                PageLoadEvent::Finished => "page-load-finished",
            });
        })
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::Resized(_) = event {
                settings::remember_window_size(window);
            }
        })
        .invoke_handler(tauri::generate_handler![
            startup::first_screen_ready,
            startup::first_screen_shown,
            commands::app_info,
            commands::open_data_folder,
            commands::aga_rates,
            commands::new_plan,
            commands::evaluate_plan,
            commands::example_plan,
            commands::salary_range,
            commands::temporary_end,
            commands::project_plan,
            commands::new_position,
            commands::new_grant,
            commands::new_cost_item,
            commands::switch_cost_basis,
            commands::new_checklist_entry,
            commands::alternative_name,
            commands::compare_plans,
            commands::portfolio,
            commands::what_if,
            commands::stressed_plan,
            commands::plan_limits,
            commands::holiday_terms,
            commands::checklist_templates,
            export::export_pdf,
            export::export_xlsx,
            export::export_comparison_pdf,
            export::export_comparison_xlsx,
            export::export_portfolio_xlsx,
            export::export_portfolio_pdf,
            export::open_exported_file,
            plan_io::import_plan_file,
            plan_io::export_plan_file,
            plan_store::load_plans,
            plan_store::save_plans,
            settings::settings,
            settings::remember_language,
            settings::remember_last_plan,
        ])
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("Erfaringsplan could not start: {err}");
            ExitCode::FAILURE
        }
    }
}
