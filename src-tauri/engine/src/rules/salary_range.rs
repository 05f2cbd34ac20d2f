//! The usual salary for an erfaringskonsulent at 100 %. There is no pay scale, so this is what
//! the sources report, said once here with its source and year: the wizard's hint and salary
//! band, the warning and the PDF all read it from here.

use rust_decimal::Decimal;

/// Lowest and highest usual salary at 100 %, NOK a year.
pub const MIN_NOK: i64 = 350_000;
pub const MAX_NOK: i64 = 550_000;
/// Who reported the range, and when.
pub const SOURCE: &str = "Erfaringssentrum";
pub const SOURCE_YEAR: i32 = 2020;
/// The scale the salary band is drawn on, NOK at 100 %.
pub const SCALE_MIN_NOK: i64 = 200_000;
pub const SCALE_MAX_NOK: i64 = 800_000;

// The band's scale holds the range with room on both sides.
const _: () = assert!(SCALE_MIN_NOK < MIN_NOK && MAX_NOK < SCALE_MAX_NOK);

/// Whether `salary` (at 100 %) is within the usual range, ends included.
pub fn is_usual(salary: Decimal) -> bool {
    (Decimal::from(MIN_NOK)..=Decimal::from(MAX_NOK)).contains(&salary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_range_is_the_one_the_sources_give_and_sits_inside_the_scale() {
        assert_eq!((MIN_NOK, MAX_NOK), (350_000, 550_000));
        assert!(is_usual(350_000.into()) && is_usual(550_000.into()));
        assert!(!is_usual(349_999.into()) && !is_usual(Decimal::new(55_000_001, 2)));
    }
}
