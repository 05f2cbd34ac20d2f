//! The words of the files the app writes: the start of a suggested file name, and the name of
//! a file type in the save dialog.

use super::Locale;

/// What a file is, for the start of its suggested name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileSubject {
    /// The hiring plan (its PDF or workbook).
    HiringPlan,
    /// A comparison of alternatives.
    Comparison,
    /// All the plans together.
    Portfolio,
}

/// The start of a suggested file name: `ansettelsesplan` / `hiring-plan`.
pub fn name_prefix(locale: Locale, subject: FileSubject) -> &'static str {
    match (subject, locale) {
        (FileSubject::HiringPlan, Locale::Nb) => "ansettelsesplan",
        (FileSubject::HiringPlan, Locale::En) => "hiring-plan",
        (FileSubject::Comparison, Locale::Nb) => "sammenligning",
        (FileSubject::Comparison, Locale::En) => "comparison",
        (FileSubject::Portfolio, Locale::Nb) => "alle-planene",
        (FileSubject::Portfolio, Locale::En) => "all-plans",
    }
}

/// The save dialog's name for a workbook.
pub fn workbook_filter(locale: Locale) -> &'static str {
    match locale {
        Locale::Nb => "Excel-arbeidsbok",
        Locale::En => "Excel workbook",
    }
}

/// The save dialog's name for plain text.
pub fn text_filter(locale: Locale) -> &'static str {
    match locale {
        Locale::Nb => "Tekst",
        Locale::En => "Text",
    }
}
