//! Exporting the hiring plan, and a comparison of alternatives, as PDF documents (through the
//! engine's export seam).
//! Rust opens the native save dialog itself and writes the file atomically (see
//! [`crate::save_file`]), so the webview never names a path and has no file or dialog
//! permission; the path of the last export is kept here so "open it" needs no path from the
//! webview either.

use std::{path::PathBuf, sync::Mutex};

use erfaringsplan_engine::{
    evaluate::{self, PlanToCompare},
    export::{self, pdf::render_comparison, DocumentInfo, Format},
    store::plan_file::plan_from_value,
    text::Locale,
};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;
use ts_rs::TS;

use crate::{
    commands::PlanJson,
    error::CommandError,
    save_file::{choose_save_path, suggested_file_name, write_atomically},
};

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

fn pdf_prefix(locale: Locale) -> &'static str {
    match locale {
        Locale::Nb => "ansettelsesplan",
        Locale::En => "hiring-plan",
    }
}

fn comparison_prefix(locale: Locale) -> &'static str {
    match locale {
        Locale::Nb => "sammenligning",
        Locale::En => "comparison",
    }
}

impl PdfRequest {
    fn info(self) -> DocumentInfo {
        DocumentInfo {
            locale: self.locale,
            today: self.today,
            last_changed: self.last_changed,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
        }
    }
}

/// Renders `plan` and writes it where the user chooses. `None` when the user cancels the dialog.
#[tauri::command]
pub async fn export_pdf(
    app: AppHandle,
    last: State<'_, LastExport>,
    plan: PlanJson,
    request: PdfRequest,
) -> Result<Option<PdfExport>, CommandError> {
    let plan = plan_from_value(plan)?;
    let name = suggested_file_name(&plan.name, pdf_prefix(request.locale), "pdf");
    let info = request.info();
    // Render first: an invalid plan is reported before any dialog opens or any file is touched.
    let bytes = tauri::async_runtime::spawn_blocking(move || {
        export::render_plan(Format::Pdf, &plan, &info)
    })
    .await
    .map_err(|_| CommandError::Task)??;
    save_pdf(&app, &last, &name, bytes).await
}

/// «Sammenligning av alternativer» as a PDF: `plans` (the first is the base) compared and written
/// where the user chooses. `None` when the user cancels the dialog.
#[tauri::command]
pub async fn export_comparison_pdf(
    app: AppHandle,
    last: State<'_, LastExport>,
    plans: Vec<PlanToCompare>,
    request: PdfRequest,
) -> Result<Option<PdfExport>, CommandError> {
    let plans = evaluate::read_compared(plans)?;
    let base = plans.first().map(|p| p.name.as_str()).unwrap_or_default();
    let name = suggested_file_name(base, comparison_prefix(request.locale), "pdf");
    let info = request.info();
    // A plan with an error is reported, naming it, before any dialog opens.
    let bytes = tauri::async_runtime::spawn_blocking(move || render_comparison(&plans, &info))
        .await
        .map_err(|_| CommandError::Task)??;
    save_pdf(&app, &last, &name, bytes).await
}

/// Asks where to save the rendered PDF (suggesting `name`), writes it atomically and remembers
/// it for "open it".
async fn save_pdf(
    app: &AppHandle,
    last: &State<'_, LastExport>,
    name: &str,
    bytes: Vec<u8>,
) -> Result<Option<PdfExport>, CommandError> {
    let Some(target) = choose_save_path(app, name, "PDF", "pdf")? else {
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
        // A comparison is named after its base plan.
        assert_eq!(
            suggested_file_name(
                "Bydel Nord – alternativ B",
                comparison_prefix(Locale::Nb),
                "pdf"
            ),
            "sammenligning-bydel-nord-alternativ-b.pdf"
        );
        assert_eq!(
            suggested_file_name("Bydel Nord", comparison_prefix(Locale::En), "pdf"),
            "comparison-bydel-nord.pdf"
        );
    }
}
