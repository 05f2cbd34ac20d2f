//! Arbeidsgiveravgift (AGA): the employer's national insurance contribution, a percentage of pay
//! that depends on the zone where the employer is registered. The rates are data, kept in
//! `data/aga-rates.json` with one table per year, its valid-from date and its source; this module
//! only reads and looks them up.

use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{EngineError, Result};
use crate::units::Percent;

/// The zones of the AGA scheme. Zone 1a has the reduced rate only until the enterprise's saving
/// reaches the yearly *fribeløp*; after that it pays the zone 1 rate.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    TS,
    schemars::JsonSchema,
)]
#[ts(export)]
pub enum AgaZone {
    #[serde(rename = "1")]
    Zone1,
    #[serde(rename = "1a")]
    Zone1a,
    #[serde(rename = "2")]
    Zone2,
    #[serde(rename = "3")]
    Zone3,
    #[serde(rename = "4")]
    Zone4,
    #[serde(rename = "4a")]
    Zone4a,
    #[serde(rename = "5")]
    Zone5,
}

impl AgaZone {
    pub const ALL: [AgaZone; 7] = [
        Self::Zone1,
        Self::Zone1a,
        Self::Zone2,
        Self::Zone3,
        Self::Zone4,
        Self::Zone4a,
        Self::Zone5,
    ];

    /// The zone's name as Skatteetaten writes it ("1", "1a", …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Zone1 => "1",
            Self::Zone1a => "1a",
            Self::Zone2 => "2",
            Self::Zone3 => "3",
            Self::Zone4 => "4",
            Self::Zone4a => "4a",
            Self::Zone5 => "5",
        }
    }
}

/// The zone 1a *fribeløp*: the yearly saving (in NOK) up to which the reduced rate applies.
pub const ZONE_1A_FRIBELOP_NOK: i64 = 850_000;

/// One zone's rate in one year's table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AgaZoneRate {
    pub zone: AgaZone,
    /// Percent, e.g. "14.1".
    pub rate_percent: Percent,
}

/// The AGA rates that apply in one calendar year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AgaRates {
    /// The year asked for.
    pub year: i32,
    /// The year of the published table these rates come from.
    pub table_year: i32,
    /// First day the table applies (YYYY-MM-DD).
    pub valid_from: String,
    /// Where the rates come from, in bokmål (as the source itself is named) …
    pub source: String,
    /// … and in English.
    pub source_en: String,
    /// True when no table is published for `year` yet and the latest one is carried forward: the
    /// UI must label such rates as an assumption.
    pub assumed: bool,
    pub zones: Vec<AgaZoneRate>,
}

impl AgaRates {
    pub fn rate(&self, zone: AgaZone) -> Option<Percent> {
        self.zones
            .iter()
            .find(|z| z.zone == zone)
            .map(|z| z.rate_percent)
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RateFile {
    tables: Vec<RateTable>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RateTable {
    year: i32,
    valid_from: String,
    source: String,
    source_en: String,
    rates: std::collections::BTreeMap<AgaZone, String>,
}

static RATE_FILE_JSON: &str = include_str!("../../data/aga-rates.json");

/// The rate tables, parsed and checked once. Sorted by year; every table has every zone.
fn tables() -> Result<&'static [AgaRates]> {
    static TABLES: OnceLock<std::result::Result<Vec<AgaRates>, EngineError>> = OnceLock::new();
    TABLES
        .get_or_init(|| parse_tables(RATE_FILE_JSON))
        .as_deref()
        .map_err(Clone::clone)
}

fn parse_tables(json: &str) -> Result<Vec<AgaRates>> {
    let file: RateFile =
        serde_json::from_str(json).map_err(|e| EngineError::RateTable(e.to_string()))?;
    let mut out = Vec::with_capacity(file.tables.len());
    for table in file.tables {
        let mut zones = Vec::with_capacity(AgaZone::ALL.len());
        for zone in AgaZone::ALL {
            let text = table.rates.get(&zone).ok_or_else(|| {
                EngineError::RateTable(format!("{}: zone {} missing", table.year, zone.as_str()))
            })?;
            let rate: Decimal = text
                .parse()
                .map_err(|e| EngineError::RateTable(format!("{}: {e}", table.year)))?;
            if rate < Decimal::ZERO || rate > Decimal::ONE_HUNDRED {
                return Err(EngineError::RateTable(format!(
                    "{}: rate {rate}",
                    table.year
                )));
            }
            zones.push(AgaZoneRate {
                zone,
                rate_percent: Percent::from(rate),
            });
        }
        out.push(AgaRates {
            year: table.year,
            table_year: table.year,
            valid_from: table.valid_from,
            source: table.source,
            source_en: table.source_en,
            assumed: false,
            zones,
        });
    }
    out.sort_by_key(|t| t.year);
    if out.is_empty() {
        return Err(EngineError::RateTable("no tables".into()));
    }
    Ok(out)
}

/// The rates for `year`. A year after the last published table gets that table's rates, marked
/// `assumed`; a year before the first table is an error.
///
/// # Errors
/// [`EngineError::AgaYearUnsupported`] for a year before the first table;
/// [`EngineError::RateTable`] if the built-in data is damaged.
pub fn rates_for_year(year: i32) -> Result<AgaRates> {
    let tables = tables()?;
    let earliest = tables.first().map_or(year, |t| t.year);
    let table = tables
        .iter()
        .rev()
        .find(|t| t.year <= year)
        .ok_or(EngineError::AgaYearUnsupported { year, earliest })?;
    Ok(AgaRates {
        year,
        assumed: table.year != year,
        ..table.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().expect("test literal")
    }

    #[test]
    fn rates_2026_match_the_published_table() {
        let r = rates_for_year(2026).unwrap();
        assert!(!r.assumed);
        assert_eq!(r.valid_from, "2026-01-01");
        assert!(r.source.contains("FOR-2025-12-18-2748"));
        let expected = [
            (AgaZone::Zone1, "14.1"),
            (AgaZone::Zone1a, "10.6"),
            (AgaZone::Zone2, "10.6"),
            (AgaZone::Zone3, "6.4"),
            (AgaZone::Zone4, "5.1"),
            (AgaZone::Zone4a, "7.9"),
            (AgaZone::Zone5, "0"),
        ];
        for (zone, rate) in expected {
            assert_eq!(
                r.rate(zone),
                Some(Percent::from(dec(rate))),
                "zone {}",
                zone.as_str()
            );
        }
    }

    #[test]
    fn later_years_carry_the_last_table_forward_as_an_assumption() {
        let r = rates_for_year(2031).unwrap();
        assert!(r.assumed);
        assert_eq!(r.year, 2031);
        assert_eq!(r.table_year, 2026);
        assert_eq!(r.rate(AgaZone::Zone1), Some(Percent::from(dec("14.1"))));
    }

    #[test]
    fn years_before_the_first_table_are_refused() {
        let err = rates_for_year(2019).unwrap_err();
        assert_eq!(err.code(), "aga.year_unsupported");
        assert_eq!(
            err,
            EngineError::AgaYearUnsupported {
                year: 2019,
                earliest: 2020
            }
        );
    }

    #[test]
    fn zone_names_cross_ipc_as_skatteetaten_writes_them() {
        let json = serde_json::to_string(&AgaZone::ALL).unwrap();
        assert_eq!(json, r#"["1","1a","2","3","4","4a","5"]"#);
        let rate = AgaZoneRate {
            zone: AgaZone::Zone4a,
            rate_percent: Percent::from(dec("7.9")),
        };
        assert_eq!(
            serde_json::to_string(&rate).unwrap(),
            r#"{"zone":"4a","ratePercent":"7.9"}"#
        );
    }

    #[test]
    fn damaged_tables_are_errors_not_panics() {
        assert!(parse_tables("{").is_err());
        assert!(parse_tables(r#"{"tables":[]}"#).is_err());
        let missing_zone = r#"{"tables":[{"year":2026,"validFrom":"2026-01-01","source":"x","sourceEn":"x",
            "rates":{"1":"14.1"}}]}"#;
        assert_eq!(
            parse_tables(missing_zone).unwrap_err().code(),
            "internal.rate_table"
        );
        let bad_rate = r#"{"tables":[{"year":2026,"validFrom":"2026-01-01","source":"x","sourceEn":"x",
            "rates":{"1":"141","1a":"1","2":"1","3":"1","4":"1","4a":"1","5":"0"}}]}"#;
        assert!(parse_tables(bad_rate).is_err());
    }
}
