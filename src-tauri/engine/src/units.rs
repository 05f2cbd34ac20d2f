//! Amounts and percentages as distinct types. A salary is [`Nok`], a rate is [`Percent`]: both
//! are exact decimals that cross every boundary as decimal strings, but one cannot be passed
//! where the other is meant. Their serde, ts-rs and JSON Schema shapes are said once, here,
//! instead of on every field. Arithmetic reads the decimal with `.get()` (or `*`), and goes back
//! with `Nok::from(…)`/`.into()`.

use std::ops::Deref;

use rust_decimal::Decimal;
use schemars::JsonSchema;
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

        impl Deref for $name {
            type Target = Decimal;
            fn deref(&self) -> &Decimal {
                &self.0
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
