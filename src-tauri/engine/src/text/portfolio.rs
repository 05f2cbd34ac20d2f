//! The portfolio's words: its headings and columns, and the sentences about its largest step.

use super::{kr, Locale};
use crate::units::Nok;

/// The largest step as a sentence: «I 2029 må dere finne 612 000,00 kr mer enn året før:
/// tilskuddene til Bydel Nord og Bydel Øst slutter, og Bydel Sør begynner.» It takes plain
/// values, so the portfolio's own types stay above the words.
pub fn step_sentence(
    locale: Locale,
    year: i32,
    increase: Nok,
    grants_ended_in: &[String],
    plans_started: &[String],
) -> String {
    let amount = kr(locale, increase.get());
    let (ended, started) = (list(locale, grants_ended_in), list(locale, plans_started));
    let why = match (locale, ended.is_empty(), started.is_empty()) {
        (_, true, true) => String::new(),
        (Locale::Nb, false, true) => format!(": tilskuddene til {ended} slutter"),
        (Locale::Nb, true, false) => format!(": {started} begynner"),
        (Locale::Nb, false, false) => {
            format!(": tilskuddene til {ended} slutter, og {started} begynner")
        }
        (Locale::En, false, true) => format!(": the grants to {ended} end"),
        (Locale::En, true, false) => format!(": {started} {}", begin(plans_started)),
        (Locale::En, false, false) => format!(
            ": the grants to {ended} end, and {started} {}",
            begin(plans_started)
        ),
    };
    match locale {
        Locale::Nb => format!("I {year} må dere finne {amount} mer enn året før{why}."),
        Locale::En => format!("In {year} you must find {amount} more than the year before{why}."),
    }
}

/// «begins» for one plan, «begin» for more.
fn begin(plans: &[String]) -> &'static str {
    if plans.len() == 1 {
        "begins"
    } else {
        "begin"
    }
}

/// That no year costs the organisation more than the year before.
pub fn no_step(locale: Locale) -> &'static str {
    match locale {
        Locale::Nb => "Ingen år koster dere mer enn året før.",
        Locale::En => "No year costs you more than the year before.",
    }
}

/// What it means that the plans cover different years.
pub fn different_years(locale: Locale) -> &'static str {
    match locale {
        Locale::Nb => {
            "Planene dekker ulike år. Hver plan er regnet med bare i sine egne år, så summene \
             for et år gjelder de planene som dekker det."
        }
        Locale::En => {
            "The plans cover different years. Each plan counts only in its own years, so a year's \
             totals are those of the plans that cover it."
        }
    }
}

/// «A», «A og B», «A, B og C».
fn list(locale: Locale, names: &[String]) -> String {
    let and = match locale {
        Locale::Nb => "og",
        Locale::En => "and",
    };
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// The fixed words of the portfolio's table and documents.
pub struct Words {
    pub title: &'static str,
    pub plans_counted: &'static str,
    pub left_out: &'static str,
    pub col_posts: &'static str,
    pub col_fte: &'static str,
    pub col_change: &'static str,
    pub grants_heading: &'static str,
    pub col_plan: &'static str,
    pub col_grant: &'static str,
    pub col_paid_years: &'static str,
    pub pays_nothing: &'static str,
    pub col_first_paid: &'static str,
    pub col_last_paid: &'static str,
    pub col_total_paid: &'static str,
    /// A plan not counted, in a document: `{field}` is the field with the error.
    pub left_out_reason: &'static str,
}

const NB: Words = Words {
    title: "Alle planene samlet",
    plans_counted: "Planer som er regnet med",
    left_out: "Ikke regnet med",
    col_posts: "Stillinger",
    col_fte: "Årsverk",
    col_change: "Endring fra året før",
    grants_heading: "Tilskuddene og når de slutter",
    col_plan: "Plan",
    col_grant: "Tilskudd",
    col_paid_years: "Betaler i",
    pays_nothing: "betaler ingenting i planens år",
    col_first_paid: "Første år",
    col_last_paid: "Siste år",
    col_total_paid: "I alt",
    left_out_reason: "Ikke regnet med: planen har en feil som må rettes i Erfaringsplan ({field}).",
};

const EN: Words = Words {
    title: "All the plans together",
    plans_counted: "Plans counted",
    left_out: "Not counted",
    col_posts: "Posts",
    col_fte: "Full-time equivalents",
    col_change: "Change from the year before",
    grants_heading: "The grants and when they end",
    col_plan: "Plan",
    col_grant: "Grant",
    col_paid_years: "Pays in",
    pays_nothing: "pays nothing in the plan's years",
    col_first_paid: "First year",
    col_last_paid: "Last year",
    col_total_paid: "In all",
    left_out_reason: "Not counted: the plan has an error to fix in Erfaringsplan ({field}).",
};

pub fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::Nb => &NB,
        Locale::En => &EN,
    }
}
