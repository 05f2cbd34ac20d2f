//! The one rounding rule, and small checked-arithmetic helpers. Every yearly line is rounded
//! with [`round_ore`]; every total is a sum of rounded lines. Arithmetic that could overflow
//! returns [`EngineError::Overflow`] instead of panicking (validation keeps inputs far below that,
//! so this is a second line of defence).

use rust_decimal::{Decimal, RoundingStrategy};

use crate::error::{EngineError, Result};

/// Rounds to whole øre, half away from zero, and writes the result with exactly two decimals
/// ("1500000.00"), so every amount reads the same way.
pub fn round_ore(value: Decimal) -> Decimal {
    let mut rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(2);
    rounded
}

/// `value`, or [`EngineError::Overflow`]. Matched rather than `ok_or`: the error is made only
/// when there is one (these run a hundred thousand times in the largest plan's projection, and
/// an error made and dropped each time showed in its profile).
#[inline]
fn checked(value: Option<Decimal>) -> Result<Decimal> {
    match value {
        Some(v) => Ok(v),
        None => Err(EngineError::Overflow),
    }
}

pub fn add(a: Decimal, b: Decimal) -> Result<Decimal> {
    checked(a.checked_add(b))
}

pub fn sub(a: Decimal, b: Decimal) -> Result<Decimal> {
    checked(a.checked_sub(b))
}

pub fn mul(a: Decimal, b: Decimal) -> Result<Decimal> {
    checked(a.checked_mul(b))
}

pub fn div(a: Decimal, b: Decimal) -> Result<Decimal> {
    checked(a.checked_div(b))
}

/// `value × percent / 100`, multiplying before dividing so terminating results stay exact. Only
/// [`crate::units::Nok::percent`] uses it: a rate meets an amount there, typed.
pub(crate) fn percent_of(value: Decimal, percent: Decimal) -> Result<Decimal> {
    div(mul(value, percent)?, Decimal::ONE_HUNDRED)
}

/// `1 + percent / 100`: the yearly growth factor.
pub fn growth_factor(percent: Decimal) -> Result<Decimal> {
    add(Decimal::ONE, div(percent, Decimal::ONE_HUNDRED)?)
}

/// `factor^0, factor^1, …` by repeated multiplication (the power before × `factor`; steps ≤ 40
/// here), so each is as exact as `Decimal` allows, and each computed once. A plan's wage growth
/// is raised to the same few powers for every post and month, and a 40-step power at full
/// precision is forty costly multiplications: the largest plan's projection spent most of its
/// time there when each was computed afresh.
#[derive(Debug, Clone)]
pub struct Powers {
    factor: Decimal,
    values: Vec<Decimal>,
}

impl Powers {
    pub fn new(factor: Decimal) -> Self {
        Self {
            factor,
            values: vec![Decimal::ONE],
        }
    }

    /// `factor^steps`.
    ///
    /// # Errors
    /// [`EngineError::Overflow`] if a power grows too large.
    pub fn get(&mut self, steps: u32) -> Result<Decimal> {
        let steps = usize::try_from(steps).map_err(|_| EngineError::Overflow)?;
        while self.values.len() <= steps {
            let last = self.values.last().copied().unwrap_or(Decimal::ONE);
            self.values.push(mul(last, self.factor)?);
        }
        self.values.get(steps).copied().ok_or(EngineError::Overflow)
    }
}

pub fn sum<I: IntoIterator<Item = Decimal>>(values: I) -> Result<Decimal> {
    values.into_iter().try_fold(Decimal::ZERO, add)
}

/// Sum of amounts already rounded to øre, written with two decimals (also when empty).
pub fn sum_ore<I: IntoIterator<Item = Decimal>>(values: I) -> Result<Decimal> {
    Ok(round_ore(sum(values)?))
}

/// `part` as a percentage of `whole`, rounded like an amount (two decimals, half away from
/// zero); 0 when `whole` is zero. The charts' heights.
pub fn share_percent(part: Decimal, whole: Decimal) -> Result<Decimal> {
    if whole.is_zero() {
        return Ok(zero_ore());
    }
    Ok(round_ore(div(mul(part, Decimal::ONE_HUNDRED)?, whole)?))
}

/// Zero kroner, written "0.00".
pub fn zero_ore() -> Decimal {
    round_ore(Decimal::ZERO)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `factor^steps` computed afresh: what each of [`Powers`] must equal.
    fn pow(factor: Decimal, steps: u32) -> Result<Decimal> {
        (0..steps).try_fold(Decimal::ONE, |acc, _| mul(acc, factor))
    }

    #[test]
    fn powers_are_those_computed_afresh_to_the_last_digit_in_any_order() {
        for factor in ["1.04", "1.052", "0.97", "1.3", "1"] {
            let factor: Decimal = factor.parse().unwrap();
            let mut powers = Powers::new(factor);
            for steps in [7, 0, 40, 3, 40, 12, 1] {
                let (cached, direct) = (powers.get(steps).unwrap(), pow(factor, steps).unwrap());
                assert_eq!(cached, direct, "{factor}^{steps}");
                assert_eq!(cached.to_string(), direct.to_string(), "the same digits");
            }
        }
    }
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn rounds_half_away_from_zero_to_ore() {
        assert_eq!(round_ore(d("0.005")), d("0.01"));
        assert_eq!(round_ore(d("0.0049999")), d("0.00"));
        assert_eq!(round_ore(d("-0.005")), d("-0.01"));
        assert_eq!(round_ore(d("12.345")), d("12.35"));
        assert_eq!(round_ore(d("12.3449")), d("12.34"));
        assert_eq!(round_ore(d("1500000")).to_string(), "1500000.00");
        assert_eq!(round_ore(d("0.1")).to_string(), "0.10");
    }

    #[test]
    fn growth_compounds_exactly() {
        assert_eq!(
            pow(growth_factor(d("4")).unwrap(), 3).unwrap(),
            d("1.124864")
        );
        assert_eq!(pow(d("1.04"), 0).unwrap(), Decimal::ONE);
        assert_eq!(percent_of(d("450000"), d("14.1")).unwrap(), d("63450"));
    }

    #[test]
    fn overflow_is_an_error() {
        assert_eq!(mul(Decimal::MAX, d("2")), Err(EngineError::Overflow));
        assert_eq!(add(Decimal::MAX, Decimal::ONE), Err(EngineError::Overflow));
        assert_eq!(div(Decimal::ONE, Decimal::ZERO), Err(EngineError::Overflow));
    }
}

/// Serde for a `Decimal` written as a JSON string, e.g. `"450000.00"`. A JSON number is refused:
/// it may have passed through a binary float on its way here.
pub mod string {
    use rust_decimal::Decimal;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(value)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let text = String::deserialize(d)?;
        parse(&text).map_err(D::Error::custom)
    }

    /// Parses a plain decimal (`-12.50`); no exponent, no grouping.
    pub fn parse(text: &str) -> Result<Decimal, String> {
        let t = text.trim();
        let plain = !t.is_empty()
            && t.strip_prefix('-').unwrap_or(t).split_once('.').map_or(
                t.trim_start_matches('-')
                    .bytes()
                    .all(|b| b.is_ascii_digit()),
                |(i, f)| {
                    !i.is_empty()
                        && !f.is_empty()
                        && i.bytes().all(|b| b.is_ascii_digit())
                        && f.bytes().all(|b| b.is_ascii_digit())
                },
            );
        if !plain {
            return Err(format!("not a decimal number: {text:?}"));
        }
        t.parse::<Decimal>()
            .map_err(|_| format!("number too large or too precise: {text:?}"))
    }
}

/// Like [`string`], for `Option<Decimal>` (`null` or absent is `None`).
pub mod string_option {
    use rust_decimal::Decimal;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => s.collect_str(v),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|t| super::string::parse(&t).map_err(D::Error::custom))
            .transpose()
    }
}

/// Like [`string`], for a list of decimals.
pub mod string_vec {
    use rust_decimal::Decimal;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(values: &[Decimal], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(values.iter().map(ToString::to_string))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Decimal>, D::Error> {
        Vec::<String>::deserialize(d)?
            .iter()
            .map(|t| super::string::parse(t).map_err(D::Error::custom))
            .collect()
    }
}

#[cfg(test)]
mod serde_tests {
    use super::*;

    #[derive(serde::Deserialize, serde::Serialize, Debug)]
    struct Amount(#[serde(with = "string")] Decimal);

    #[test]
    fn decimals_cross_as_strings_only() {
        let a: Amount = serde_json::from_str(r#""450000.50""#).unwrap();
        assert_eq!(a.0.to_string(), "450000.50");
        assert_eq!(serde_json::to_string(&a).unwrap(), r#""450000.50""#);
        for bad in [
            "450000.5",
            r#""4.5e5""#,
            r#""450 000""#,
            r#""1,5""#,
            r#""""#,
            r#"".5""#,
            r#""5.""#,
            r#""--1""#,
        ] {
            assert!(serde_json::from_str::<Amount>(bad).is_err(), "{bad}");
        }
        assert!(serde_json::from_str::<Amount>(r#""-12.5""#).is_ok());
        let huge = format!("\"{}\"", "9".repeat(40));
        assert!(serde_json::from_str::<Amount>(&huge).is_err());
    }
}
