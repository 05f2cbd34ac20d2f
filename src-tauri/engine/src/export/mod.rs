//! What the engine writes for people to read, each from the same [`Report`]: the hiring plan as
//! a PDF, a live workbook for a spreadsheet, and the projection as CSV, JSON, or a table for the
//! terminal. A new format is a variant of [`Format`], its renderer's module, and one arm in [`render`]; the
//! command-line tool and the app reach every format through [`render`].

pub mod assumptions;
pub mod comparison;
pub mod csv;
pub mod pdf;
pub mod table;
pub mod xlsx;

use crate::{
    error::Result,
    model::plan::Plan,
    projection::{self, Projection},
    text::Locale,
};

/// What a document says about itself, besides the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentInfo {
    /// The language it is written in: the one the user has chosen in the app.
    pub locale: Locale,
    /// The date printed on it (YYYY-MM-DD): today, from the caller's clock.
    pub today: String,
    /// When the plan was last changed (YYYY-MM-DD or an ISO 8601 time), if known.
    pub last_changed: Option<String>,
    /// The version of the program that wrote it.
    pub app_version: String,
}

/// A valid plan with its projection and the document's own details: what every format renders.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub plan: &'a Plan,
    pub projection: &'a Projection,
    pub info: &'a DocumentInfo,
}

/// The formats the engine writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum Format {
    /// The hiring plan to take to the budget meeting.
    Pdf,
    /// Every line of the projection, one row per year and line.
    Csv,
    /// The projection exactly as the app's commands return it.
    Json,
    /// Year by year with totals, the funding cliff and the warnings, for a terminal.
    Table,
    /// A live workbook: the inputs, the workings as formulas, the year table.
    Xlsx,
}

impl Format {
    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Table => "txt",
            Format::Xlsx => "xlsx",
        }
    }
}

/// `report` written in `format`.
///
/// # Errors
/// For the PDF, an invalid `info.today`, or [`crate::EngineError::Pdf`] when its font cannot be
/// read; the other formats cannot fail.
pub fn render(format: Format, report: &Report) -> Result<Vec<u8>> {
    match format {
        Format::Pdf => pdf::render_projection(report.plan, report.projection, report.info),
        Format::Csv => Ok(csv::render(report.projection).into_bytes()),
        Format::Json => Ok(json(report.projection).into_bytes()),
        Format::Table => Ok(table::render(report.plan, report.projection).into_bytes()),
        Format::Xlsx => xlsx::render(report),
    }
}

/// `plan` projected and written in `format`.
///
/// # Errors
/// The plan's first validation error, or what [`render`] reports.
pub fn render_plan(format: Format, plan: &Plan, info: &DocumentInfo) -> Result<Vec<u8>> {
    let projection = projection::project(plan)?;
    render(
        format,
        &Report {
            plan,
            projection: &projection,
            info,
        },
    )
}

/// The projection as pretty JSON, exactly what the app's `project_plan` command returns.
pub fn json(projection: &Projection) -> String {
    serde_json::to_string_pretty(projection).unwrap_or_default() + "\n"
}
