//! The words of the projection's table for a terminal (`erfaringsplan-cli project`): its
//! columns are the documents' own.

use rust_decimal::Decimal;

use super::{amount, words::words, Locale};

/// The columns, year first.
pub fn headers(locale: Locale) -> [&'static str; 7] {
    let w = words(locale);
    [
        w.col_year,
        w.col_payroll,
        w.col_other,
        w.col_total,
        w.col_grants,
        w.col_net,
        w.col_running,
    ]
}

/// The line under the plan's name.
pub fn years_line(locale: Locale, first: i32, last: i32) -> String {
    match locale {
        Locale::Nb => format!("Budsjettår {first}–{last}, beløp i kroner"),
        Locale::En => format!("Budget years {first}–{last}, amounts in NOK"),
    }
}

/// The funding cliff below the table, or that there is none.
pub fn cliff_line(locale: Locale, cliff: Option<(i32, Decimal, Decimal)>) -> String {
    match (cliff, locale) {
        (Some((year, jump, drop)), Locale::Nb) => format!(
            "Finansieringsstup: {year} – netto kostnad øker med {} kr, og tilskuddet er {} kr \
             lavere enn året før.",
            amount(locale, jump),
            amount(locale, drop)
        ),
        (Some((year, jump, drop)), Locale::En) => format!(
            "Funding cliff: {year} – the net cost rises by NOK {}, and the grant is NOK {} less \
             than the year before.",
            amount(locale, jump),
            amount(locale, drop)
        ),
        (None, Locale::Nb) => "Finansieringsstup: ingen i planperioden.".to_owned(),
        (None, Locale::En) => "Funding cliff: none within the plan's years.".to_owned(),
    }
}

/// From when the employer pays everything itself.
pub fn pays_in_full_line(locale: Locale, year: i32) -> String {
    match locale {
        Locale::Nb => format!("Arbeidsgiver betaler alt selv fra {year}."),
        Locale::En => format!("The employer pays everything itself from {year}."),
    }
}

/// A warning, as a line of its own.
pub fn warning_line(locale: Locale, warning: &str) -> String {
    match locale {
        Locale::Nb => format!("Advarsel: {warning}"),
        Locale::En => format!("Warning: {warning}"),
    }
}
