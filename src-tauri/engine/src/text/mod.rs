//! The words every output of the engine prints about a plan, in bokmål and English: numbers
//! written the language's way, posts and grants named as the plan names them, the warnings, and
//! the usual salary range. The PDF, the command-line tool and the app's screens (through the
//! commands) all take them from here, so a sentence is said once.

pub mod budget;
pub mod comparison;
mod figures;
pub mod files;
mod missing;
pub mod names;
pub mod portfolio;
pub mod terminal;
pub mod vocabulary;
pub mod words;
pub mod workbook;

pub use figures::{nothing_to_pay, summary_figures, SummaryFigure, SummaryFigureKey};
pub use missing::{missing_heading, missing_text};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::units::Nok;
use crate::{
    format::{self, format_in, NumberStyle},
    model::grant::GrantShape,
    model::plan::Plan,
    projection::{GrantYear, Warning},
    rules::salary_range,
};

/// The language the user has chosen in the app; every text is written in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Locale {
    #[default]
    Nb,
    En,
}

/// How the language writes numbers.
pub fn style(locale: Locale) -> NumberStyle {
    match locale {
        Locale::Nb => format::NB,
        Locale::En => format::EN,
    }
}

/// An amount in kroner and øre, without the unit (table cells): `450 000,00` / `450,000.00`.
pub fn amount(locale: Locale, value: Decimal) -> String {
    format_in(value, 2, style(locale))
}

/// Amounts with the unit, as the app shows them: `450 000,00 kr` / `NOK 450,000.00`.
pub fn kr(locale: Locale, value: Decimal) -> String {
    match locale {
        Locale::Nb => format!("{} kr", amount(locale, value)),
        Locale::En => format!("NOK {}", amount(locale, value)),
    }
}

/// The unit of an amount in a label: `kr` / `NOK`.
pub fn currency(locale: Locale) -> &'static str {
    match locale {
        Locale::Nb => "kr",
        Locale::En => "NOK",
    }
}

/// Of a text the data gives in both languages (a rate table's source, a checklist item's
/// title), the one in `locale`.
pub fn in_language<'a>(locale: Locale, nb: &'a str, en: &'a str) -> &'a str {
    match locale {
        Locale::Nb => nb,
        Locale::En => en,
    }
}

/// A date (YYYY-MM-DD, or the start of an ISO 8601 time) as people write it: 24.11.2026, or
/// 24 November 2026; as given if it cannot be read.
pub fn date(locale: Locale, iso: &str) -> String {
    let day = iso.get(..10).unwrap_or(iso);
    match crate::model::calendar::parse_date("date", day) {
        Ok(d) => match locale {
            Locale::Nb => format!("{:02}.{:02}.{}", d.day(), u8::from(d.month()), d.year()),
            Locale::En => format!(
                "{} {} {}",
                d.day(),
                words::words(locale).month_names[usize::from(u8::from(d.month())) - 1],
                d.year()
            ),
        },
        Err(_) => iso.to_owned(),
    }
}

/// A percentage as the user entered it: `14,1 %`, `4 %` / `14.1 %`.
pub fn percent(locale: Locale, value: Decimal) -> String {
    format!("{} %", number(locale, value))
}

/// A plain number as entered: `4,2` / `4.2`.
pub fn number(locale: Locale, value: Decimal) -> String {
    let v = value.normalize();
    format_in(v, v.scale(), style(locale))
}

/// "Stilling 2 (Erfaringskonsulent)": the number tells posts with the same title apart, and
/// the brackets keep it readable inside a sentence that has a colon of its own.
pub fn position_label(locale: Locale, n: usize, title: &str) -> String {
    let word = match locale {
        Locale::Nb => "Stilling",
        Locale::En => "Post",
    };
    match title.trim() {
        "" => format!("{word} {n}"),
        title => format!("{word} {n} ({title})"),
    }
}

/// "Stilling 2 (Erfaringskonsulent)" for a position id (the id itself if unknown).
pub fn position_label_of(locale: Locale, plan: &Plan, id: &str) -> String {
    plan.positions
        .iter()
        .enumerate()
        .find(|(_, p)| p.id == id)
        .map(|(i, p)| position_label(locale, i + 1, &p.title))
        .unwrap_or_else(|| id.to_owned())
}

/// A grant's name for its id (the id itself if unknown).
pub fn grant_name(plan: &Plan, id: &str) -> String {
    plan.grants
        .iter()
        .find(|g| g.id == id)
        .map(|g| g.name.clone())
        .unwrap_or_else(|| id.to_owned())
}

/// Years as a reader lists them: a run of three or more as «2034–2036», the others one by
/// one, the last joined by «og» / «and»: «2027, 2029 og 2033–2036».
pub fn year_list(locale: Locale, years: &[i32]) -> String {
    let mut runs: Vec<(i32, i32)> = Vec::new();
    for &y in years {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == y => *last = y,
            _ => runs.push((y, y)),
        }
    }
    let mut parts: Vec<String> = Vec::new();
    for (a, b) in runs {
        match b - a {
            0 => parts.push(a.to_string()),
            1 => parts.extend([a.to_string(), b.to_string()]),
            _ => parts.push(format!("{a}–{b}")),
        }
    }
    let and = match locale {
        Locale::Nb => "og",
        Locale::En => "and",
    };
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// A warning in the user's words, naming positions and grants as the plan does. The PDF and the
/// command-line tool both print it.
pub fn warning_text(locale: Locale, plan: &Plan, w: &Warning) -> String {
    let nb = locale == Locale::Nb;
    match w {
        Warning::GrantExceedsTiedCost {
            grant_id,
            year,
            excess,
        } => {
            let g = grant_name(plan, grant_id);
            if nb {
                format!("Tilskuddet «{g}» er {} større enn kostnaden det gjelder i {year}. Det overskytende er ikke regnet med.", kr(locale, (*excess).get()))
            } else {
                format!("The grant “{g}” is {} more than the cost it covers in {year}. The excess is not counted.", kr(locale, (*excess).get()))
            }
        }
        Warning::SalaryOutsideTypicalRange {
            position_id,
            annual_salary,
        } => {
            let p = position_label_of(locale, plan, position_id);
            let range = usual_salary_range(locale);
            if nb {
                format!("{p}: årslønnen {} er utenfor det vanlige spennet {range}.", kr(locale, (*annual_salary).get()))
            } else {
                format!("{p}: the salary {} is outside the usual range of {range}.", kr(locale, (*annual_salary).get()))
            }
        }
        Warning::LowFte {
            position_id,
            fte_percent,
        } => {
            let p = position_label_of(locale, plan, position_id);
            if nb {
                format!("{p} er bare {}. Små stillinger er vanskelige å fylle og å bli i.", percent(locale, (*fte_percent).get()))
            } else {
                format!("{p} is only {}. Small posts are hard to fill and to stay in.", percent(locale, (*fte_percent).get()))
            }
        }
        Warning::WorkingAlone => if nb {
            "Én erfaringskonsulent alene, uten nettverk eller konferanse. Vurder en stilling til eller et nettverk."
        } else {
            "One peer support worker alone, with no network or conference. Consider another post or a network."
        }
        .to_owned(),
        Warning::NoSupervision { years } => {
            let all: Vec<i32> = (plan.first_year..=plan.last_year()).collect();
            let span = format!("{}–{}", plan.first_year, plan.last_year());
            match (nb, *years == all) {
                (true, true) => format!("Ingen veiledning i hele planperioden ({span})."),
                (false, true) => format!("No supervision in any year of the plan ({span})."),
                (true, false) => format!("Ingen veiledning i {}.", year_list(locale, years)),
                (false, false) => format!("No supervision in {}.", year_list(locale, years)),
            }
        }
        Warning::SupervisionLessThanMonthly {
            sessions_per_year, ..
        } => {
            if nb {
                format!("Veiledning {} ganger i året er sjeldnere enn én gang i måneden.", number(locale, *sessions_per_year))
            } else {
                format!("Supervision {} times a year is less often than once a month.", number(locale, *sessions_per_year))
            }
        }
        Warning::PensionRateAssumed {
            position_id,
            pension_percent,
        } => {
            let p = position_label_of(locale, plan, position_id);
            if nb {
                format!("{p}: pensjonssatsen {} er en antakelse. Sjekk satsen med pensjonsleverandøren.", percent(locale, (*pension_percent).get()))
            } else {
                format!("{p}: the pension rate {} is an assumption. Check it with the pension provider.", percent(locale, (*pension_percent).get()))
            }
        }
        Warning::TemporaryEndsWithGrant {
            position_id, year, ..
        } => {
            let p = position_label_of(locale, plan, position_id);
            if nb {
                format!("{p} er midlertidig og slutter i {year}, samme år som tilskuddet.")
            } else {
                format!("{p} is temporary and ends in {year}, the same year as the grant.")
            }
        }
    }
}

/// The usual salary range at 100 % as the UI shows it: the figures, the scale its band is drawn
/// on, the range in words and its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SalaryRange {
    pub min: Nok,
    pub max: Nok,
    /// The ends of the scale the band is drawn on.
    pub scale_min: Nok,
    pub scale_max: Nok,
    /// The range in words, "350 000–550 000 kr" / "NOK 350,000–550,000".
    pub text: String,
    pub source: String,
    pub source_year: i32,
}

/// The range, worded for `locale`.
pub fn salary_range(locale: Locale) -> SalaryRange {
    use salary_range::{MAX_NOK, MIN_NOK, SCALE_MAX_NOK, SCALE_MIN_NOK, SOURCE, SOURCE_YEAR};
    SalaryRange {
        min: MIN_NOK.into(),
        max: MAX_NOK.into(),
        scale_min: SCALE_MIN_NOK.into(),
        scale_max: SCALE_MAX_NOK.into(),
        text: usual_salary_range(locale),
        source: SOURCE.to_owned(),
        source_year: SOURCE_YEAR,
    }
}

/// The usual salary range at 100 % in words: `350 000–550 000 kr` / `NOK 350,000–550,000`.
pub fn usual_salary_range(locale: Locale) -> String {
    let (lo, hi) = (
        format_in(salary_range::MIN_NOK.into(), 0, style(locale)),
        format_in(salary_range::MAX_NOK.into(), 0, style(locale)),
    );
    match locale {
        Locale::Nb => format!("{lo}–{hi} kr"),
        Locale::En => format!("NOK {lo}–{hi}"),
    }
}

/// Where the usual range comes from: `Erfaringssentrum, 2020`.
pub fn usual_salary_source() -> String {
    format!("{}, {}", salary_range::SOURCE, salary_range::SOURCE_YEAR)
}

/// One year of a grant as the PDF's appendix writes it out: the schedule's entry for the year in
/// the shape's own terms, what that entitles to, what is paid, and any excess. `2028: 75 % av
/// kostnaden; gir rett på 412 345,67; utbetalt 412 345,67`.
pub fn grant_year(locale: Locale, shape: &GrantShape, y: &GrantYear) -> String {
    let nb = locale == Locale::Nb;
    let rate = y.scheduled.map(|s| match shape {
        GrantShape::ShareOfCost { .. } if nb => format!("{} av kostnaden", percent(locale, s)),
        GrantShape::ShareOfCost { .. } => format!("{} of the cost", percent(locale, s)),
        GrantShape::PerFullTime { .. } | GrantShape::Stepped { .. } if nb => {
            format!("{} per 100 % stilling", kr(locale, s))
        }
        GrantShape::PerFullTime { .. } | GrantShape::Stepped { .. } => {
            format!("{} per 100 % post", kr(locale, s))
        }
        GrantShape::FixedPerYear { .. } if nb => {
            format!(
                "{} for året, for månedene stillingene er i arbeid",
                kr(locale, s)
            )
        }
        GrantShape::FixedPerYear { .. } => {
            format!(
                "{} for the year, for the months the posts are at work",
                kr(locale, s)
            )
        }
        GrantShape::OneOff { .. } => kr(locale, s),
    });
    let rate = rate.unwrap_or_default();
    let (entitled, paid) = (
        amount(locale, y.entitled.get()),
        amount(locale, y.amount.get()),
    );
    let mut text = if nb {
        format!(
            "{}: {rate}; gir rett på {entitled}; utbetalt {paid}",
            y.year
        )
    } else {
        format!("{}: {rate}; entitles to {entitled}; pays {paid}", y.year)
    };
    if !y.excess.is_zero() {
        let excess = amount(locale, y.excess.get());
        text.push_str(&if nb {
            format!(" ({excess} over kostnaden, ikke regnet med)")
        } else {
            format!(" ({excess} above the cost, not counted)")
        });
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_are_listed_as_runs_and_the_whole_period_is_said_as_such() {
        assert_eq!(year_list(Locale::Nb, &[2027]), "2027");
        assert_eq!(year_list(Locale::Nb, &[2027, 2028]), "2027 og 2028");
        assert_eq!(
            year_list(Locale::Nb, &[2027, 2029, 2033, 2034, 2035, 2036]),
            "2027, 2029 og 2033–2036"
        );
        assert_eq!(year_list(Locale::En, &[2030, 2031, 2032]), "2030–2032");
        let mut plan = crate::example::example_plan(2027, 10);
        let all: Vec<i32> = (2027..=2036).collect();
        let w = Warning::NoSupervision { years: all };
        assert_eq!(
            warning_text(Locale::Nb, &plan, &w),
            "Ingen veiledning i hele planperioden (2027–2036)."
        );
        plan.horizon_years = 12;
        assert_eq!(
            warning_text(Locale::Nb, &plan, &w),
            "Ingen veiledning i 2027–2036."
        );
        let some = Warning::NoSupervision {
            years: vec![2027, 2031, 2032, 2033],
        };
        assert_eq!(
            warning_text(Locale::En, &plan, &some),
            "No supervision in 2027 and 2031–2033."
        );
    }

    #[test]
    fn the_usual_salary_range_is_worded_in_the_users_language() {
        let r = salary_range(Locale::Nb);
        assert_eq!((r.min, r.max), (350_000.into(), 550_000.into()));
        assert_eq!(r.text, "350 000–550 000 kr");
        assert_eq!(salary_range(Locale::En).text, "NOK 350,000–550,000");
        assert_eq!(
            (r.source.as_str(), r.source_year),
            ("Erfaringssentrum", 2020)
        );
    }

    #[test]
    fn a_grant_year_is_said_in_the_terms_of_its_shape() {
        let y = GrantYear {
            year: 2027,
            scheduled: Some(300_000.into()),
            entitled: 150_000.into(),
            amount: 105_280.into(),
            excess: 44_720.into(),
            per_position: Vec::new(),
        };
        let fixed = GrantShape::FixedPerYear {
            amounts: vec![300_000.into()],
        };
        assert_eq!(
            grant_year(Locale::Nb, &fixed, &y),
            "2027: 300 000,00 kr for året, for månedene stillingene er i arbeid; \
             gir rett på 150 000,00; utbetalt 105 280,00 (44 720,00 over kostnaden, ikke regnet med)"
        );
        let stepped = GrantShape::Stepped {
            amounts: vec![300_000.into()],
        };
        assert_eq!(
            grant_year(Locale::En, &stepped, &y),
            "2027: NOK 300,000.00 per 100 % post; entitles to 150,000.00; pays 105,280.00 \
             (44,720.00 above the cost, not counted)"
        );
    }
}
