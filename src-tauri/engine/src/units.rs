//! Amounts and percentages as distinct types. A salary is [`Nok`], a rate is [`Percent`]: both
//! are exact decimals that cross every boundary as decimal strings, but one cannot be passed
//! where the other is meant. Their serde, ts-rs and JSON Schema shapes are said once, here,
//! instead of on every field. They do not dereference to `Decimal`: the cost model works on
//! amounts with the few operations it needs ([`Nok::percent`] of a [`Percent`], [`Nok::scale`],
//! [`Nok::fraction`], [`Nok::sum`], [`Nok::round_ore`] …), and the documents read the decimal with
//! `.get()` where they write it out.

use rust_decimal::Decimal;
use schemars::JsonSchema;

use crate::{decimal, error::Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! decimal_unit {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            PartialOrd,
            Ord,
            Hash,
            Default,
            Serialize,
            Deserialize,
            TS,
            JsonSchema,
        )]
        #[serde(transparent)]
        #[schemars(transparent)]
        #[ts(export)]
        pub struct $name(
            #[serde(with = "crate::decimal::string")]
            #[ts(type = "string")]
            #[schemars(with = "String")]
            Decimal,
        );

        impl $name {
            pub const ZERO: Self = Self(Decimal::ZERO);

            pub const fn new(value: Decimal) -> Self {
                Self(value)
            }

            /// The exact decimal.
            pub const fn get(self) -> Decimal {
                self.0
            }

            pub fn is_zero(self) -> bool {
                self.0.is_zero()
            }
        }

        impl From<Decimal> for $name {
            fn from(value: Decimal) -> Self {
                Self(value)
            }
        }

        impl From<i64> for $name {
            fn from(value: i64) -> Self {
                Self(Decimal::from(value))
            }
        }

        impl From<$name> for Decimal {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = rust_decimal::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map(Self)
            }
        }
    };
}

decimal_unit!(
    /// Norwegian kroner (and øre): a salary, a price, a grant. Written `"450000.00"`.
    Nok
);

/// The operations the cost model does on amounts, each checked (an overflow is
/// [`crate::EngineError::Overflow`], never a panic). A rate meets an amount only in
/// [`Nok::percent`], so the two cannot be mixed up by accident:
///
/// ```compile_fail
/// use erfaringsplan_engine::units::{Nok, Percent};
/// let salary = Nok::from(450_000);
/// let _ = salary.percent(Nok::from(14)); // an amount is no rate
/// ```
///
/// ```compile_fail
/// use erfaringsplan_engine::units::Nok;
/// let _ = Nok::from(450_000).round_dp(2); // no Decimal behind the amount's back
/// ```
impl Nok {
    /// Rounded to whole øre, half away from zero, written with two decimals: the one rounding
    /// rule ([`decimal::round_ore`]).
    pub fn round_ore(self) -> Nok {
        Nok(decimal::round_ore(self.0))
    }

    /// `rate` of this amount, exact: `450 000 × 14.1 / 100`, multiplied before the division.
    pub fn percent(self, rate: Percent) -> Result<Nok> {
        decimal::percent_of(self.0, rate.0).map(Nok)
    }

    /// This amount × `factor`, exact: a salary grown by its wage regulations.
    pub fn scale(self, factor: Decimal) -> Result<Nok> {
        decimal::mul(self.0, factor).map(Nok)
    }

    /// This amount × `numerator` / `denominator`, multiplied out before the one division so a
    /// terminating result stays exact: a share of the year, of the weeks, of a cost.
    pub fn fraction(self, numerator: Decimal, denominator: Decimal) -> Result<Nok> {
        decimal::div(decimal::mul(self.0, numerator)?, denominator).map(Nok)
    }

    pub fn plus(self, other: Nok) -> Result<Nok> {
        decimal::add(self.0, other.0).map(Nok)
    }

    pub fn minus(self, other: Nok) -> Result<Nok> {
        decimal::sub(self.0, other.0).map(Nok)
    }

    /// This amount as a percentage of `whole`, rounded like an amount (two decimals, half away
    /// from zero); 0 when `whole` is zero: a grant's share of the cost, a bar's height.
    pub fn share_of(self, whole: Nok) -> Result<Percent> {
        decimal::share_percent(self.0, whole.0).map(Percent)
    }

    /// The sum of `amounts`, exact.
    pub fn sum(amounts: impl IntoIterator<Item = Nok>) -> Result<Nok> {
        decimal::sum(amounts.into_iter().map(|a| a.0)).map(Nok)
    }

    /// The sum of amounts already rounded to øre, written with two decimals (also when empty).
    pub fn sum_ore(amounts: impl IntoIterator<Item = Nok>) -> Result<Nok> {
        decimal::sum_ore(amounts.into_iter().map(|a| a.0)).map(Nok)
    }
}

impl Percent {
    /// `1 + percent / 100`: a yearly growth factor.
    pub fn growth_factor(self) -> Result<Decimal> {
        decimal::growth_factor(self.0)
    }
}
decimal_unit!(
    /// A percentage: `12.5` is 12.5 % (a share of full time, a rate of pay, a share of cost).
    Percent
);
decimal_unit!(
    /// A number that is neither kroner nor a percent, in a table where the row says what it
    /// counts: hours, full-time equivalents, posts, a year. Written `"1.5"`.
    Quantity
);

/// An alternative's figure minus the base's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Difference {
    pub amount: Quantity,
    /// The difference as a share of the base's figure, rounded to a tenth (half away from
    /// zero); only for kroner and hours, and not when the base's figure is zero.
    pub percent: Option<Percent>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nok(s: &str) -> Nok {
        s.parse().unwrap()
    }

    #[test]
    fn the_model_s_operations_keep_their_units_and_round_once() {
        let rate = Percent::from(Decimal::new(141, 1));
        // 14.1 % of 450 000,00 kr, exact, then to the øre.
        assert_eq!(nok("450000.00").percent(rate).unwrap(), nok("63450"));
        assert_eq!(nok("1234.565").round_ore(), nok("1234.57"));
        assert_eq!(nok("-1234.565").round_ore(), nok("-1234.57"));
        assert_eq!(nok("0").round_ore().get().to_string(), "0.00");
        // 480 000 × 47,8 / 52 weeks, multiplied before the one division.
        let worked = nok("480000").fraction(Decimal::new(478, 1), Decimal::from(52));
        assert_eq!(worked.unwrap().round_ore(), nok("441230.77"));
        assert_eq!(
            Nok::sum_ore([nok("0.10"), nok("0.20")])
                .unwrap()
                .get()
                .to_string(),
            "0.30"
        );
        assert_eq!(Nok::sum_ore([]).unwrap().get().to_string(), "0.00");
        assert_eq!(nok("1").minus(nok("3")).unwrap(), nok("-2"));
        assert_eq!(
            nok("250").share_of(nok("1000")).unwrap(),
            Percent::from(Decimal::from(25))
        );
        assert!(nok("1").share_of(Nok::ZERO).unwrap().is_zero());
        assert_eq!(
            Percent::from(Decimal::from(4)).growth_factor().unwrap(),
            Decimal::new(104, 2)
        );
        // Overflow is an error, never a panic.
        let huge = Nok::from(Decimal::MAX);
        assert!(huge.plus(huge).is_err());
        assert!(huge.scale(Decimal::from(2)).is_err());
    }
}
