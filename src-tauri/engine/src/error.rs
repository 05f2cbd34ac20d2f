//! The engine's one error type. Every variant has a stable machine code and, where it concerns
//! an input, the path of the field (camelCase, as the UI names it). The UI picks its own words
//! from the code; the `Display` text is for logs and developers only.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EngineError {
    #[error("{field} is required")]
    Required { field: String },
    #[error("{field} is longer than {max} characters")]
    TooLong { field: String, max: usize },
    #[error("{field} must be between {min} and {max}")]
    OutOfRange { field: String, min: i64, max: i64 },
    #[error("{field} is not a date of the form YYYY-MM-DD: {value:?}")]
    InvalidDate { field: String, value: String },
    #[error("no employer contribution rates are known for {year} (earliest {earliest})")]
    AgaYearUnsupported { year: i32, earliest: i32 },
    #[error("the built-in rate table is damaged: {0}")]
    RateTable(String),
}

impl EngineError {
    /// A stable code the UI maps to text. Never change a published code; add new ones.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Required { .. } => "field.required",
            Self::TooLong { .. } => "field.too_long",
            Self::OutOfRange { .. } => "field.out_of_range",
            Self::InvalidDate { .. } => "field.invalid_date",
            Self::AgaYearUnsupported { .. } => "aga.year_unsupported",
            Self::RateTable(_) => "internal.rate_table",
        }
    }

    /// The path of the input field the error is about, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Required { field }
            | Self::TooLong { field, .. }
            | Self::OutOfRange { field, .. }
            | Self::InvalidDate { field, .. } => Some(field),
            Self::AgaYearUnsupported { .. } => Some("firstYear"),
            Self::RateTable(_) => None,
        }
    }
}

pub type Result<T, E = EngineError> = std::result::Result<T, E>;

/// An error as it crosses a boundary (IPC, the CLI's JSON output): a stable `code`, the `field`
/// it is about, and an English `message` for logs. The UI never shows `message`; it looks the
/// code up in its own catalogue.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ErrorReport {
    pub code: String,
    pub field: Option<String>,
    pub message: String,
    /// Values the UI may put into its own words, e.g. `min` and `max` of a range.
    #[serde(default)]
    pub params: std::collections::BTreeMap<String, String>,
}

impl From<&EngineError> for ErrorReport {
    fn from(err: &EngineError) -> Self {
        let params = match err {
            EngineError::TooLong { max, .. } => vec![("max", max.to_string())],
            EngineError::OutOfRange { min, max, .. } => {
                vec![("min", min.to_string()), ("max", max.to_string())]
            }
            EngineError::AgaYearUnsupported { year, earliest } => {
                vec![
                    ("year", year.to_string()),
                    ("earliest", earliest.to_string()),
                ]
            }
            EngineError::Required { .. }
            | EngineError::InvalidDate { .. }
            | EngineError::RateTable(_) => Vec::new(),
        };
        Self {
            code: err.code().to_owned(),
            field: err.field().map(str::to_owned),
            message: err.to_string(),
            params: params.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        }
    }
}
