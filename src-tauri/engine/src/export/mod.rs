//! What the engine writes for people to read: each [`Document`] (the hiring plan, a comparison of
//! alternatives) as a PDF, a live workbook for a spreadsheet, CSV, JSON, or a table for the
//! terminal. The command-line tool and the app reach every document in every format through one
//! function, [`render`]: a new format is a variant of [`Format`], a new document one of
//! [`Document`], and the compiler then asks for each of its arms there.

pub mod assumptions;
pub mod comparison;
pub mod csv;
pub mod pdf;
pub mod portfolio;
pub mod table;
pub mod xlsx;

use crate::{
    compare::{compare, NamedPlan},
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

/// What a document is made from.
#[derive(Debug, Clone, Copy)]
pub enum Document<'a> {
    /// The hiring plan: one valid plan and its projection.
    Plan(Report<'a>),
    /// Two to four alternatives, the first the base, compared as they are written.
    Comparison {
        plans: &'a [NamedPlan],
        info: &'a DocumentInfo,
    },
    /// Any number of plans added up (the budget officer's view); a plan with an error is named
    /// and not counted.
    Portfolio {
        plans: &'a [NamedPlan],
        info: &'a DocumentInfo,
    },
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

/// The formats that are text, which the command-line tool prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextFormat {
    Table,
    Csv,
    Json,
}

impl From<TextFormat> for Format {
    fn from(format: TextFormat) -> Self {
        match format {
            TextFormat::Table => Format::Table,
            TextFormat::Csv => Format::Csv,
            TextFormat::Json => Format::Json,
        }
    }
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

/// `document` written in `format`.
///
/// # Errors
/// For a comparison, the count of plans or the first error of a plan (naming it); for the PDF,
/// an invalid `info.today`, or [`crate::EngineError::Pdf`] when its font cannot be read.
pub fn render(format: Format, document: &Document) -> Result<Vec<u8>> {
    match *document {
        Document::Plan(ref report) => match format {
            Format::Pdf => pdf::render_projection(report.plan, report.projection, report.info),
            Format::Csv => Ok(csv::render(report.plan, report.projection).into_bytes()),
            Format::Json => Ok(json(report.projection).into_bytes()),
            Format::Table => {
                let text = table::render(report.plan, report.projection, report.info.locale);
                Ok(text.into_bytes())
            }
            Format::Xlsx => xlsx::render(report),
        },
        Document::Comparison { plans, info } => {
            let locale = info.locale;
            match format {
                Format::Pdf => pdf::render_comparison(plans, info),
                Format::Xlsx => xlsx::render_comparison(plans, info),
                Format::Csv => Ok(comparison::csv(&compare(plans, locale)?, locale).into_bytes()),
                Format::Json => Ok(comparison::json(&compare(plans, locale)?).into_bytes()),
                Format::Table => {
                    Ok(comparison::table(&compare(plans, locale)?, locale).into_bytes())
                }
            }
        }
        Document::Portfolio { plans, info } => {
            let locale = info.locale;
            let text = |format: TextFormat| -> Result<Vec<u8>> {
                let p = crate::portfolio::portfolio(plans, locale)?;
                Ok(portfolio::render(&p, format, locale).into_bytes())
            };
            match format {
                Format::Pdf => pdf::render_portfolio(plans, info),
                Format::Xlsx => xlsx::render_portfolio(plans, info),
                Format::Csv => text(TextFormat::Csv),
                Format::Json => text(TextFormat::Json),
                Format::Table => text(TextFormat::Table),
            }
        }
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
        &Document::Plan(Report {
            plan,
            projection: &projection,
            info,
        }),
    )
}

/// The projection as pretty JSON, exactly what the app's `project_plan` command returns.
pub fn json(projection: &Projection) -> String {
    serde_json::to_string_pretty(projection).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;
    use crate::example::example_plan;

    fn info(locale: Locale) -> DocumentInfo {
        DocumentInfo {
            locale,
            today: "2026-12-06".into(),
            last_changed: None,
            app_version: "test".into(),
        }
    }

    #[test]
    fn every_document_is_written_in_every_format_through_render() {
        let base = example_plan(2027, 6);
        let mut other = example_plan(2027, 6);
        other.positions[0].fte_percent =
            crate::units::Percent::from(rust_decimal::Decimal::from(50));
        let plans = [("A", base.clone()), ("B", other)].map(|(name, plan)| NamedPlan {
            name: name.into(),
            plan,
        });
        for locale in [Locale::Nb, Locale::En] {
            let info = info(locale);
            let comparison = Document::Comparison {
                plans: &plans,
                info: &info,
            };
            let compared = compare(&plans, locale).unwrap();
            for format in Format::iter() {
                let plan = render_plan(format, &base, &info).unwrap();
                let both = render(format, &comparison).unwrap();
                assert!(!plan.is_empty() && !both.is_empty(), "{format:?}");
                assert_ne!(plan, both, "{format:?}");
                let text = String::from_utf8(both.clone());
                match format {
                    Format::Csv => assert_eq!(text.unwrap(), comparison::csv(&compared, locale)),
                    Format::Json => assert_eq!(text.unwrap(), comparison::json(&compared)),
                    Format::Table => {
                        assert_eq!(text.unwrap(), comparison::table(&compared, locale));
                    }
                    Format::Pdf => assert!(both.starts_with(b"%PDF")),
                    Format::Xlsx => assert!(both.starts_with(b"PK")),
                }
            }
        }
        // The portfolio of the same plans, in every format.
        let portfolio = Document::Portfolio {
            plans: &plans,
            info: &info(Locale::Nb),
        };
        let p = crate::portfolio::portfolio(&plans, Locale::Nb).unwrap();
        for format in Format::iter() {
            let bytes = render(format, &portfolio).unwrap();
            match format {
                Format::Json => assert_eq!(
                    serde_json::from_slice::<serde_json::Value>(&bytes).unwrap(),
                    serde_json::to_value(&p).unwrap()
                ),
                Format::Pdf => assert!(bytes.starts_with(b"%PDF")),
                Format::Xlsx => assert!(bytes.starts_with(b"PK")),
                Format::Csv | Format::Table => {
                    let text = String::from_utf8(bytes).unwrap();
                    assert!(text.contains(&p.plans[0].name), "{format:?}");
                }
            }
        }
        // A comparison of one plan is refused in every format, before anything is written.
        let info = info(Locale::Nb);
        let one = Document::Comparison {
            plans: &plans[..1],
            info: &info,
        };
        for format in Format::iter() {
            assert_eq!(render(format, &one).unwrap_err().code(), "compare.count");
        }
    }
}
