//! Calendar months: a position starts and ends on whole months, and salary regulation happens on
//! the first day of a month.

use std::{fmt, str::FromStr};

use serde::{Deserialize, Serialize};
use time::{macros::format_description, Date};
use ts_rs::TS;

use crate::error::{EngineError, Result};

/// Parses a YYYY-MM-DD date; `field` names the input for the error.
///
/// # Errors
/// [`EngineError::InvalidDate`] when `value` is not a real calendar date in that form.
pub fn parse_date(field: &str, value: &str) -> Result<Date> {
    Date::parse(value.trim(), format_description!("[year]-[month]-[day]")).map_err(|_| {
        EngineError::InvalidDate {
            field: field.to_owned(),
            value: value.to_owned(),
        }
    })
}

/// A calendar month, written `YYYY-MM` in files and over IPC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "string")]
pub struct YearMonth {
    year: i32,
    month: u8,
}

impl YearMonth {
    /// `None` unless `month` is 1–12 and the year is in 1–9999.
    pub fn new(year: i32, month: u8) -> Option<Self> {
        Self::new_const(year, month)
    }

    /// As [`YearMonth::new`], usable in constants.
    pub const fn new_const(year: i32, month: u8) -> Option<Self> {
        if month >= 1 && month <= 12 && year >= 1 && year <= 9999 {
            Some(Self { year, month })
        } else {
            None
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    /// Months since year 0, so months can be compared and counted.
    pub fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Why a `YYYY-MM` text was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadYearMonth(pub String);

impl fmt::Display for BadYearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a month of the form YYYY-MM: {:?}", self.0)
    }
}

impl FromStr for YearMonth {
    type Err = BadYearMonth;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadYearMonth(s.to_owned());
        let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        let year = y.parse().map_err(|_| bad())?;
        let month = m.parse().map_err(|_| bad())?;
        Self::new(year, month).ok_or_else(bad)
    }
}

impl TryFrom<String> for YearMonth {
    type Error = BadYearMonth;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<YearMonth> for String {
    fn from(ym: YearMonth) -> Self {
        ym.to_string()
    }
}

impl schemars::JsonSchema for YearMonth {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "YearMonth".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$",
            "description": "A calendar month, YYYY-MM"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_yyyy_mm() {
        let ym: YearMonth = "2027-08".parse().unwrap();
        assert_eq!((ym.year(), ym.month()), (2027, 8));
        assert_eq!(ym.to_string(), "2027-08");
        assert_eq!(serde_json::to_string(&ym).unwrap(), r#""2027-08""#);
        for bad in [
            "2027-13", "2027-00", "27-08", "2027-8", "2027/08", "", "abcd-ef",
        ] {
            assert!(bad.parse::<YearMonth>().is_err(), "{bad}");
        }
        assert!(serde_json::from_str::<YearMonth>(r#""2027-13""#).is_err());
    }

    #[test]
    fn months_are_ordered_and_counted() {
        let a: YearMonth = "2027-12".parse().unwrap();
        let b: YearMonth = "2028-01".parse().unwrap();
        assert!(a < b);
        assert_eq!(b.index() - a.index(), 1);
    }
}
