//! The engine's one error type. Every variant has a stable machine code and, where it concerns
//! an input, the path of the field (camelCase, as the UI names it). The UI picks its own words
//! from the code; the `Display` text is for logs and developers only.

use thiserror::Error;

mod code;
pub use code::ErrorCode;

/// Why a character may not be in a field (`validate::characters`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum HiddenKind {
    /// A control character other than a tab or a line break.
    Control,
    Tab,
    /// A line break in a field of one line.
    LineBreak,
    /// A character that changes the direction text is shown in.
    Direction,
    /// A character that shows as nothing.
    Invisible,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EngineError {
    #[error("{field} is required")]
    Required { field: String },
    #[error("{field} is longer than {max} characters")]
    TooLong { field: String, max: usize },
    /// A character a reader would not see, or that changes how the text shows
    /// ([`crate::validate::characters`]); `character` is its code point, `U+202E`.
    #[error("{field} holds a character that may not be in it ({character}, {kind:?})")]
    HiddenCharacter {
        field: String,
        kind: HiddenKind,
        character: String,
    },
    #[error("{field} must be between {min} and {max}")]
    OutOfRange {
        field: String,
        min: String,
        max: String,
    },
    #[error("{field} must not be negative")]
    Negative { field: String },
    #[error("{field} must be more than zero")]
    Zero { field: String },
    #[error("{field} must be at most {max}")]
    TooLarge { field: String, max: String },
    #[error("{field} must be at least {min}")]
    BelowMinimum { field: String, min: String },
    #[error("{field} has more than {decimals} decimals")]
    TooPrecise { field: String, decimals: u32 },
    #[error("{field}: the end comes before the start")]
    EndBeforeStart { field: String },
    #[error("{field} has more than {max} entries")]
    TooMany { field: String, max: usize },
    #[error("{field} lies outside the plan's years")]
    OutsideHorizon { field: String },
    #[error("{field} refers to a position that does not exist: {id:?}")]
    UnknownPosition { field: String, id: String },
    #[error("{field}: the id {id:?} is used twice")]
    DuplicateId { field: String, id: String },
    /// An account or function code with something else than digits, letters, `.` or `-`.
    #[error("{field} is not a code of digits and letters")]
    InvalidCode { field: String },
    #[error("the file is larger than {max_bytes} bytes")]
    FileTooLarge { max_bytes: usize },
    #[error("the file is not JSON text (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("the plan was written by a newer version (format {version})")]
    NewerPlanFile { version: u32 },
    #[error("the plan file is not valid at {field}: {message}")]
    InvalidPlanFile { field: String, message: String },
    /// A command was asked to write over one of the files it reads.
    #[error("the output {path:?} is one of the inputs; nothing was written")]
    OutputIsInput { path: String },
    #[error("a number grew too large to compute")]
    Overflow,
    #[error("{field} is not a date of the form YYYY-MM-DD: {value:?}")]
    InvalidDate { field: String, value: String },
    #[error("no employer contribution rates are known for {year} (earliest {earliest})")]
    AgaYearUnsupported { year: i32, earliest: i32 },
    #[error("the built-in rate table is damaged: {0}")]
    RateTable(String),
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
    #[error("the workbook could not be made: {0}")]
    Xlsx(String),
    #[error("{count} plans cannot be compared: choose from {min} to {max}")]
    CompareCount {
        count: usize,
        min: usize,
        max: usize,
    },
    #[error("plan {index} ({name:?}) cannot be compared: {error}")]
    ComparedPlanInvalid {
        /// 1 for the first plan chosen.
        index: usize,
        name: String,
        error: Box<EngineError>,
    },
}

impl EngineError {
    /// A stable code the UI maps to text ([`ErrorCode`]).
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Required { .. } => ErrorCode::FieldRequired,
            Self::TooLong { .. } => ErrorCode::FieldTooLong,
            Self::HiddenCharacter { kind, .. } => match kind {
                HiddenKind::Control => ErrorCode::FieldControlCharacter,
                HiddenKind::Tab => ErrorCode::FieldTab,
                HiddenKind::LineBreak => ErrorCode::FieldLineBreak,
                HiddenKind::Direction => ErrorCode::FieldDirectionCharacter,
                HiddenKind::Invisible => ErrorCode::FieldInvisibleCharacter,
            },
            Self::OutOfRange { .. } => ErrorCode::FieldOutOfRange,
            Self::InvalidDate { .. } => ErrorCode::FieldInvalidDate,
            Self::AgaYearUnsupported { .. } => ErrorCode::AgaYearUnsupported,
            Self::RateTable(_) => ErrorCode::InternalRateTable,
            Self::Negative { .. } => ErrorCode::FieldNegative,
            Self::Zero { .. } => ErrorCode::FieldZero,
            Self::TooLarge { .. } => ErrorCode::FieldTooLarge,
            Self::BelowMinimum { .. } => ErrorCode::FieldBelowMinimum,
            Self::TooPrecise { .. } => ErrorCode::FieldTooPrecise,
            Self::EndBeforeStart { .. } => ErrorCode::FieldEndBeforeStart,
            Self::TooMany { .. } => ErrorCode::FieldTooMany,
            Self::OutsideHorizon { .. } => ErrorCode::FieldOutsideHorizon,
            Self::UnknownPosition { .. } => ErrorCode::FieldUnknownPosition,
            Self::DuplicateId { .. } => ErrorCode::FieldDuplicateId,
            Self::InvalidCode { .. } => ErrorCode::FieldInvalidCode,
            Self::InvalidPlanFile { .. } => ErrorCode::PlanInvalidFile,
            Self::FileTooLarge { .. } => ErrorCode::PlanFileTooLarge,
            Self::NotJson { .. } => ErrorCode::PlanNotJson,
            Self::NewerPlanFile { .. } => ErrorCode::PlanNewerVersion,
            Self::Overflow => ErrorCode::InternalOverflow,
            Self::OutputIsInput { .. } => ErrorCode::OutputIsInput,
            Self::Pdf(_) => ErrorCode::PdfRender,
            Self::Xlsx(_) => ErrorCode::XlsxRender,
            Self::CompareCount { .. } => ErrorCode::CompareCount,
            Self::ComparedPlanInvalid { .. } => ErrorCode::ComparePlanInvalid,
        }
    }

    /// The path of the input field the error is about, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Required { field }
            | Self::TooLong { field, .. }
            | Self::HiddenCharacter { field, .. }
            | Self::OutOfRange { field, .. }
            | Self::InvalidDate { field, .. }
            | Self::Negative { field }
            | Self::Zero { field }
            | Self::TooLarge { field, .. }
            | Self::BelowMinimum { field, .. }
            | Self::TooPrecise { field, .. }
            | Self::EndBeforeStart { field }
            | Self::TooMany { field, .. }
            | Self::OutsideHorizon { field }
            | Self::UnknownPosition { field, .. }
            | Self::DuplicateId { field, .. }
            | Self::InvalidCode { field }
            | Self::InvalidPlanFile { field, .. } => Some(field),
            Self::AgaYearUnsupported { .. } => Some("firstYear"),
            Self::ComparedPlanInvalid { error, .. } => error.field(),
            Self::RateTable(_)
            | Self::Overflow
            | Self::OutputIsInput { .. }
            | Self::Pdf(_)
            | Self::Xlsx(_)
            | Self::FileTooLarge { .. }
            | Self::NotJson { .. }
            | Self::NewerPlanFile { .. }
            | Self::CompareCount { .. } => None,
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
    pub code: ErrorCode,
    pub field: Option<String>,
    pub message: String,
    /// Values the UI may put into its own words, e.g. `min` and `max` of a range.
    #[serde(default)]
    pub params: std::collections::BTreeMap<String, String>,
}

impl From<&EngineError> for ErrorReport {
    fn from(err: &EngineError) -> Self {
        let params = match err {
            EngineError::TooLong { max, .. } | EngineError::TooMany { max, .. } => {
                vec![("max", max.to_string())]
            }
            EngineError::OutOfRange { min, max, .. } => {
                vec![("min", min.clone()), ("max", max.clone())]
            }
            EngineError::TooLarge { max, .. } => vec![("max", max.clone())],
            EngineError::HiddenCharacter { character, .. } => vec![("char", character.clone())],
            EngineError::BelowMinimum { min, .. } => vec![("min", min.clone())],
            EngineError::TooPrecise { decimals, .. } => vec![("decimals", decimals.to_string())],
            EngineError::UnknownPosition { id, .. } | EngineError::DuplicateId { id, .. } => {
                vec![("id", id.clone())]
            }
            EngineError::AgaYearUnsupported { year, earliest } => {
                vec![
                    ("year", year.to_string()),
                    ("earliest", earliest.to_string()),
                ]
            }
            EngineError::InvalidPlanFile { message, .. } => vec![("detail", message.clone())],
            EngineError::FileTooLarge { max_bytes } => {
                vec![("maxMb", (max_bytes / (1024 * 1024)).to_string())]
            }
            EngineError::NotJson { line, column } => {
                vec![("line", line.to_string()), ("column", column.to_string())]
            }
            EngineError::NewerPlanFile { version } => vec![("version", version.to_string())],
            EngineError::OutputIsInput { path } => vec![("path", path.clone())],
            EngineError::CompareCount { count, min, max } => vec![
                ("count", count.to_string()),
                ("min", min.to_string()),
                ("max", max.to_string()),
            ],
            // The plan's own error, with which plan it is: the UI words the cause (its code and
            // params, added below) as it words it beside a field, after the plan's name.
            EngineError::ComparedPlanInvalid { index, name, error } => vec![
                ("plan", index.to_string()),
                ("name", name.clone()),
                ("cause", error.code().as_str().to_owned()),
            ],
            EngineError::Required { .. }
            | EngineError::InvalidDate { .. }
            | EngineError::Negative { .. }
            | EngineError::Zero { .. }
            | EngineError::EndBeforeStart { .. }
            | EngineError::OutsideHorizon { .. }
            | EngineError::InvalidCode { .. }
            | EngineError::RateTable(_)
            | EngineError::Pdf(_)
            | EngineError::Xlsx(_)
            | EngineError::Overflow => Vec::new(),
        };
        let cause_params = if let EngineError::ComparedPlanInvalid { error, .. } = err {
            Self::from(error.as_ref()).params
        } else {
            std::collections::BTreeMap::new()
        };
        Self {
            code: err.code(),
            field: err.field().map(str::to_owned),
            message: err.to_string(),
            params: cause_params
                .into_iter()
                .chain(params.into_iter().map(|(k, v)| (k.to_owned(), v)))
                .collect(),
        }
    }
}
