//! Exporting the hiring plan as a PDF. Rust opens the native save dialog itself and writes the
//! file atomically, so the webview never names a path and has no file or dialog permission; the
//! path of the last export is kept here so "open it" needs no path from the webview either.
//!
//! For the end-to-end tests only, `ERFARINGSPLAN_E2E_EXPORT_DIR` replaces the dialog with a
//! folder (a native dialog cannot be driven over WebDriver).

use std::{path::PathBuf, sync::Mutex};

use erfaringsplan_engine::{
    export::{self, DocumentInfo, Format},
    store::atomic_file,
    store::plan_file::plan_from_value,
    text::Locale,
};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use ts_rs::TS;

use crate::{error::CommandError, settings};

pub const TEST_EXPORT_DIR: &str = "ERFARINGSPLAN_E2E_EXPORT_DIR";

/// What the UI asks for besides the plan: the language and today's date (from its clock).
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PdfRequest {
    pub locale: Locale,
    /// YYYY-MM-DD.
    pub today: String,
    /// When the plan was last changed (ISO 8601), printed in the header.
    #[serde(default)]
    pub last_changed: Option<String>,
}

/// Where the PDF was written.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PdfExport {
    pub path: String,
}

/// The file written last in this session, for "open it".
#[derive(Debug, Default)]
pub struct LastExport(Mutex<Option<PathBuf>>);

/// A file name from the plan's name: letters and digits kept (æøå too), runs of anything else
/// become one dash; at most 80 characters. `prefix` says what the file is; `extension` without
/// the dot.
pub fn suggested_file_name(plan_name: &str, prefix: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in plan_name.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.chars().take(80).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("{prefix}.{extension}")
    } else {
        format!("{prefix}-{slug}.{extension}")
    }
}

/// The chosen path, with `.extension` added when the user left it out.
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    let has_it = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension));
    if has_it {
        path
    } else {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".");
        name.push(extension);
        path.with_file_name(name)
    }
}

/// Where to save a new file: the folder given for the end-to-end tests, or the user's choice in
/// the native save dialog (`None` when cancelled). The extension is added if left out.
pub fn choose_save_path(
    app: &AppHandle,
    file_name: &str,
    filter: &str,
    extension: &str,
) -> Result<Option<PathBuf>, CommandError> {
    let chosen = match std::env::var_os(TEST_EXPORT_DIR) {
        Some(dir) => PathBuf::from(dir).join(file_name),
        None => {
            let mut dialog = app
                .dialog()
                .file()
                .add_filter(filter, &[extension])
                .set_file_name(file_name);
            if let Some(folder) = settings::last_folder(app) {
                dialog = dialog.set_directory(folder);
            }
            let Some(chosen) = dialog.blocking_save_file() else {
                return Ok(None);
            };
            let chosen = chosen.into_path().map_err(|_| CommandError::NotAFile)?;
            settings::remember_folder_of(app, &chosen);
            chosen
        }
    };
    Ok(Some(with_extension(chosen, extension)))
}

/// Writes `bytes` to `path` atomically, off the main thread.
pub async fn write_atomically(path: PathBuf, bytes: Vec<u8>) -> Result<(), CommandError> {
    tauri::async_runtime::spawn_blocking(move || atomic_file::write(&path, &bytes))
        .await
        .map_err(|_| CommandError::Task)?
        .map_err(CommandError::Write)
}

fn pdf_prefix(locale: Locale) -> &'static str {
    match locale {
        Locale::Nb => "ansettelsesplan",
        Locale::En => "hiring-plan",
    }
}

/// Renders `plan` and writes it where the user chooses. `None` when the user cancels the dialog.
#[tauri::command]
pub async fn export_pdf(
    app: AppHandle,
    last: State<'_, LastExport>,
    plan: serde_json::Value,
    request: PdfRequest,
) -> Result<Option<PdfExport>, CommandError> {
    let plan = plan_from_value(plan)?;
    let name = suggested_file_name(&plan.name, pdf_prefix(request.locale), "pdf");
    let info = DocumentInfo {
        locale: request.locale,
        today: request.today,
        last_changed: request.last_changed,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
    };
    // Render first: an invalid plan is reported before any dialog opens or any file is touched.
    let bytes = tauri::async_runtime::spawn_blocking(move || {
        export::render_plan(Format::Pdf, &plan, &info)
    })
    .await
    .map_err(|_| CommandError::Task)??;

    let Some(target) = choose_save_path(&app, &name, "PDF", "pdf")? else {
        return Ok(None);
    };
    write_atomically(target.clone(), bytes).await?;

    let result = PdfExport {
        path: target.display().to_string(),
    };
    if let Ok(mut slot) = last.0.lock() {
        *slot = Some(target);
    }
    Ok(Some(result))
}

/// Opens the PDF exported last in this session with the system's PDF viewer.
#[tauri::command]
pub fn open_exported_pdf(app: AppHandle, last: State<'_, LastExport>) -> Result<(), CommandError> {
    let path = last
        .0
        .lock()
        .ok()
        .and_then(|slot| slot.clone())
        .ok_or(CommandError::NothingToOpen)?;
    if !path.is_file() {
        return Err(CommandError::Write(std::io::Error::from(
            std::io::ErrorKind::NotFound,
        )));
    }
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|e| CommandError::Open(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_come_from_the_plan_name() {
        let pdf = |name: &str, locale| suggested_file_name(name, pdf_prefix(locale), "pdf");
        assert_eq!(
            pdf("Bydel Østensjø: «Ærlig» plan 2027!", Locale::Nb),
            "ansettelsesplan-bydel-østensjø-ærlig-plan-2027.pdf"
        );
        assert_eq!(
            pdf("../../etc/passwd", Locale::En),
            "hiring-plan-etc-passwd.pdf"
        );
        assert_eq!(pdf("«»", Locale::Nb), "ansettelsesplan.pdf");
        assert_eq!(
            suggested_file_name("Plan – 2027", "erfaringsplan", "json"),
            "erfaringsplan-plan-2027.json"
        );
        let long = pdf(&"a".repeat(500), Locale::Nb);
        assert_eq!(
            long.chars().count(),
            "ansettelsesplan-".len() + 80 + ".pdf".len()
        );
    }

    #[test]
    fn a_missing_extension_is_added() {
        assert_eq!(
            with_extension(PathBuf::from("/tmp/plan"), "pdf"),
            PathBuf::from("/tmp/plan.pdf")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/plan.json"), "pdf"),
            PathBuf::from("/tmp/plan.json.pdf")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/plan.PDF"), "pdf"),
            PathBuf::from("/tmp/plan.PDF")
        );
    }
}
