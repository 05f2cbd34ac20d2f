//! The usual salary for an erfaringskonsulent at 100 %. There is no pay scale, so this is what
//! the sources report, said once here with its source and year: the wizard's hint and salary
//! band, the warning and the PDF all read it from here.

use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use crate::text::Locale;

/// Lowest and highest usual salary at 100 %, NOK a year.
pub const MIN_NOK: i64 = 350_000;
pub const MAX_NOK: i64 = 550_000;
/// Who reported the range, and when.
pub const SOURCE: &str = "Erfaringssentrum";
pub const SOURCE_YEAR: i32 = 2020;
/// The scale the salary band is drawn on, NOK at 100 %.
pub const SCALE_MIN_NOK: i64 = 200_000;
pub const SCALE_MAX_NOK: i64 = 800_000;

/// The usual range as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SalaryRange {
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub min: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub max: Decimal,
    /// The ends of the scale the band is drawn on.
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub scale_min: Decimal,
    #[serde(with = "crate::decimal::string")]
    #[ts(type = "string")]
    pub scale_max: Decimal,
    /// The range in words, "350 000–550 000 kr" / "NOK 350,000–550,000".
    pub text: String,
    pub source: String,
    pub source_year: i32,
}

/// The range, worded for `locale`.
pub fn salary_range(locale: Locale) -> SalaryRange {
    SalaryRange {
        min: MIN_NOK.into(),
        max: MAX_NOK.into(),
        scale_min: SCALE_MIN_NOK.into(),
        scale_max: SCALE_MAX_NOK.into(),
        text: crate::text::usual_salary_range(locale),
        source: SOURCE.to_owned(),
        source_year: SOURCE_YEAR,
    }
}

/// Whether `salary` (at 100 %) is within the usual range, ends included.
pub fn is_usual(salary: Decimal) -> bool {
    (Decimal::from(MIN_NOK)..=Decimal::from(MAX_NOK)).contains(&salary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_range_is_the_one_the_sources_give_and_sits_inside_the_scale() {
        let r = salary_range(Locale::Nb);
        assert_eq!((r.min, r.max), (350_000.into(), 550_000.into()));
        assert_eq!(r.text, "350 000–550 000 kr");
        assert_eq!(salary_range(Locale::En).text, "NOK 350,000–550,000");
        assert!(r.scale_min < r.min && r.max < r.scale_max);
        assert!(is_usual(350_000.into()) && is_usual(550_000.into()));
        assert!(!is_usual(349_999.into()) && !is_usual(Decimal::new(55_000_001, 2)));
    }
}
