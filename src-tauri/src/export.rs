//! Exporting the hiring plan as a PDF or a live workbook, and a comparison of alternatives as a
//! PDF (through the engine's export seam).
//! Rust opens the native save dialog itself and writes the file atomically (see
//! [`crate::save_file`]), so the webview never names a path and has no file or dialog
//! permission; the path of the last export of each kind is kept here so "open it" needs no path
//! from the webview either.

use std::{collections::HashMap, path::PathBuf, sync::Mutex};

use erfaringsplan_engine::{
    compare::NamedPlan,
    evaluate::{self, PlanToCompare},
    export::{self, Document, DocumentInfo, Format},
    store::plan_file::plan_from_value,
    text::{
        files::{self, FileSubject},
        Locale,
    },
};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
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
pub struct ExportRequest {
    pub locale: Locale,
    /// YYYY-MM-DD.
    pub today: String,
    /// When the plan was last changed (ISO 8601), printed in the header.
    #[serde(default)]
    pub last_changed: Option<String>,
}

/// Where the file was written.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExportedFile {
    pub path: String,
}

/// The kinds of file the app exports, each remembered on its own for "open it".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ExportKind {
    /// The hiring plan as a PDF.
    Pdf,
    /// A comparison of alternatives as a PDF.
    ComparisonPdf,
    /// The hiring plan as a workbook.
    Xlsx,
    /// A comparison of alternatives as a workbook.
    ComparisonXlsx,
    /// All the plans together as a workbook.
    PortfolioXlsx,
    /// All the plans together as a PDF.
    PortfolioPdf,
}

impl ExportKind {
    /// The format the file is written in.
    fn format(self) -> Format {
        match self {
            Self::Pdf | Self::ComparisonPdf | Self::PortfolioPdf => Format::Pdf,
            Self::Xlsx | Self::ComparisonXlsx | Self::PortfolioXlsx => Format::Xlsx,
        }
    }
}

/// The file of each kind written last in this session, for "open it".
#[derive(Debug, Default)]
pub struct LastExport(Mutex<HashMap<ExportKind, PathBuf>>);

/// The start of a suggested file name, saying what the file is.
fn prefix(kind: ExportKind, locale: Locale) -> &'static str {
    let subject = match kind {
        ExportKind::Pdf | ExportKind::Xlsx => FileSubject::HiringPlan,
        ExportKind::ComparisonPdf | ExportKind::ComparisonXlsx => FileSubject::Comparison,
        ExportKind::PortfolioXlsx | ExportKind::PortfolioPdf => FileSubject::Portfolio,
    };
    files::name_prefix(locale, subject)
}

/// The save dialog's filter name for the file's format.
fn filter_name(format: Format, locale: Locale) -> &'static str {
    match format {
        Format::Xlsx => files::workbook_filter(locale),
        Format::Pdf => "PDF",
        Format::Csv => "CSV",
        Format::Json => "JSON",
        Format::Table => files::text_filter(locale),
    }
}

impl ExportRequest {
    fn info(self) -> DocumentInfo {
        DocumentInfo {
            locale: self.locale,
            today: self.today,
            last_changed: self.last_changed,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
        }
    }
}

/// Renders `plan` as a PDF and writes it where the user chooses. `None` when the user cancels
/// the dialog.
#[tauri::command]
pub async fn export_pdf(
    app: AppHandle,
    last: State<'_, LastExport>,
    plan: PlanJson,
    request: ExportRequest,
) -> Result<Option<ExportedFile>, CommandError> {
    export_plan(app, last, plan, request, ExportKind::Pdf).await
}

/// «Last ned regneark»: `plan` as a live workbook (`.xlsx`), written where the user chooses.
/// `None` when the user cancels the dialog.
#[tauri::command]
pub async fn export_xlsx(
    app: AppHandle,
    last: State<'_, LastExport>,
    plan: PlanJson,
    request: ExportRequest,
) -> Result<Option<ExportedFile>, CommandError> {
    export_plan(app, last, plan, request, ExportKind::Xlsx).await
}

async fn export_plan(
    app: AppHandle,
    last: State<'_, LastExport>,
    plan: PlanJson,
    request: ExportRequest,
    kind: ExportKind,
) -> Result<Option<ExportedFile>, CommandError> {
    let plan = plan_from_value(plan)?;
    let (name, locale, info) = (plan.name.clone(), request.locale, request.info());
    // Render first: an invalid plan is reported before any dialog opens or any file is touched.
    let bytes = tauri::async_runtime::spawn_blocking(move || {
        export::render_plan(kind.format(), &plan, &info)
    })
    .await
    .map_err(|_| CommandError::Task)??;
    save_export(&app, &last, kind, locale, &name, bytes).await
}

/// «Sammenligning av alternativer» as a PDF: `plans` (the first is the base) compared and written
/// where the user chooses. `None` when the user cancels the dialog.
#[tauri::command]
pub async fn export_comparison_pdf(
    app: AppHandle,
    last: State<'_, LastExport>,
    plans: Vec<PlanToCompare>,
    request: ExportRequest,
) -> Result<Option<ExportedFile>, CommandError> {
    export_compared(app, last, plans, request, ExportKind::ComparisonPdf).await
}

/// The comparison as a workbook: a sheet per plan and the comparison sheet, its differences as
/// formulas. `None` when the user cancels the dialog.
#[tauri::command]
pub async fn export_comparison_xlsx(
    app: AppHandle,
    last: State<'_, LastExport>,
    plans: Vec<PlanToCompare>,
    request: ExportRequest,
) -> Result<Option<ExportedFile>, CommandError> {
    export_compared(app, last, plans, request, ExportKind::ComparisonXlsx).await
}

async fn export_compared(
    app: AppHandle,
    last: State<'_, LastExport>,
    plans: Vec<PlanToCompare>,
    request: ExportRequest,
    kind: ExportKind,
) -> Result<Option<ExportedFile>, CommandError> {
    let plans = evaluate::read_compared(plans)?;
    // Named after the base plan.
    let name = plans.first().map(|p| p.name.clone()).unwrap_or_default();
    export_document(app, last, plans, request, kind, &name, comparison).await
}

/// «Alle planene samlet» as a workbook: a sheet per plan counted and one adding them up with
/// formulas, written where the user chooses. `None` when the user cancels the dialog.
#[tauri::command]
pub async fn export_portfolio_xlsx(
    app: AppHandle,
    last: State<'_, LastExport>,
    plans: Vec<PlanToCompare>,
    request: ExportRequest,
) -> Result<Option<ExportedFile>, CommandError> {
    export_portfolio(app, last, plans, request, ExportKind::PortfolioXlsx).await
}

/// «Alle planene samlet» as a PDF (landscape A4), written where the user chooses. `None` when
/// the user cancels the dialog.
#[tauri::command]
pub async fn export_portfolio_pdf(
    app: AppHandle,
    last: State<'_, LastExport>,
    plans: Vec<PlanToCompare>,
    request: ExportRequest,
) -> Result<Option<ExportedFile>, CommandError> {
    export_portfolio(app, last, plans, request, ExportKind::PortfolioPdf).await
}

async fn export_portfolio(
    app: AppHandle,
    last: State<'_, LastExport>,
    plans: Vec<PlanToCompare>,
    request: ExportRequest,
    kind: ExportKind,
) -> Result<Option<ExportedFile>, CommandError> {
    let plans = evaluate::read_portfolio(plans)?;
    export_document(app, last, plans, request, kind, "", portfolio).await
}

fn comparison<'a>(plans: &'a [NamedPlan], info: &'a DocumentInfo) -> Document<'a> {
    Document::Comparison { plans, info }
}

fn portfolio<'a>(plans: &'a [NamedPlan], info: &'a DocumentInfo) -> Document<'a> {
    Document::Portfolio { plans, info }
}

/// Renders the `document` of `plans` in `kind`'s format off the main thread (an error is
/// reported before any dialog opens), then asks where to save it (a name from `name`).
async fn export_document(
    app: AppHandle,
    last: State<'_, LastExport>,
    plans: Vec<NamedPlan>,
    request: ExportRequest,
    kind: ExportKind,
    name: &str,
    document: for<'a> fn(&'a [NamedPlan], &'a DocumentInfo) -> Document<'a>,
) -> Result<Option<ExportedFile>, CommandError> {
    let (locale, info) = (request.locale, request.info());
    let bytes = tauri::async_runtime::spawn_blocking(move || {
        export::render(kind.format(), &document(&plans, &info))
    })
    .await
    .map_err(|_| CommandError::Task)??;
    save_export(&app, &last, kind, locale, name, bytes).await
}

/// Asks where to save the rendered file (suggesting a name from `plan_name`), writes it
/// atomically and remembers it for "open it".
async fn save_export(
    app: &AppHandle,
    last: &State<'_, LastExport>,
    kind: ExportKind,
    locale: Locale,
    plan_name: &str,
    bytes: Vec<u8>,
) -> Result<Option<ExportedFile>, CommandError> {
    let extension = kind.format().extension();
    let name = suggested_file_name(plan_name, prefix(kind, locale), extension);
    let filter = filter_name(kind.format(), locale);
    let Some(target) = choose_save_path(app, &name, filter, extension)? else {
        return Ok(None);
    };
    write_atomically(target.clone(), bytes).await?;
    let result = ExportedFile {
        path: target.display().to_string(),
    };
    if let Ok(mut slots) = last.0.lock() {
        slots.insert(kind, target);
    }
    Ok(Some(result))
}

/// Opens the file of `kind` exported last in this session with the system's viewer for it (a
/// PDF reader, Excel or LibreOffice Calc).
#[tauri::command]
pub fn open_exported_file(
    last: State<'_, LastExport>,
    kind: ExportKind,
) -> Result<(), CommandError> {
    let path = last
        .0
        .lock()
        .ok()
        .and_then(|slots| slots.get(&kind).cloned())
        .ok_or(CommandError::NothingToOpen)?;
    if !path.is_file() {
        return Err(CommandError::Write(std::io::Error::from(
            std::io::ErrorKind::NotFound,
        )));
    }
    crate::open_with_system(&path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_come_from_the_plan_name() {
        let pdf =
            |name: &str, locale| suggested_file_name(name, prefix(ExportKind::Pdf, locale), "pdf");
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
                prefix(ExportKind::ComparisonPdf, Locale::Nb),
                "pdf"
            ),
            "sammenligning-bydel-nord-alternativ-b.pdf"
        );
        assert_eq!(
            suggested_file_name(
                "Bydel Nord",
                prefix(ExportKind::ComparisonPdf, Locale::En),
                "pdf"
            ),
            "comparison-bydel-nord.pdf"
        );
        // All the plans together have no one plan's name.
        assert_eq!(
            suggested_file_name("", prefix(ExportKind::PortfolioXlsx, Locale::Nb), "xlsx"),
            "alle-planene.xlsx"
        );
        // The workbook is named like the PDF, with its own extension.
        assert_eq!(
            suggested_file_name(
                "Bydel Nord",
                prefix(ExportKind::Xlsx, Locale::Nb),
                Format::Xlsx.extension()
            ),
            "ansettelsesplan-bydel-nord.xlsx"
        );
    }
}
