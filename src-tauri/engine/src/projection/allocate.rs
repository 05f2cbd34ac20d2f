//! Splitting an amount in proportion to weights, to the øre, so the parts add up exactly to the
//! whole (largest remainder first; ties go to the earlier part).

use rust_decimal::Decimal;

use crate::decimal::{div, mul, sub, sum};
use crate::error::Result;
use crate::units::Nok;

/// Splits `total` (whole øre) over `weights` (not all zero, none negative): amounts, so a
/// grant's sum is split in proportion to the posts' costs.
pub fn by_weight(total: Nok, weights: &[Nok]) -> Result<Vec<Nok>> {
    let weights: Vec<Decimal> = weights.iter().map(|w| w.get()).collect();
    let total = total.get();
    let weight_sum = sum(weights.iter().copied())?;
    if weight_sum.is_zero() {
        return Ok(vec![Nok::ZERO; weights.len()]);
    }
    let hundred = Decimal::ONE_HUNDRED;
    let total_ore = mul(total, hundred)?.trunc();
    let mut parts = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    for w in &weights {
        let exact = div(mul(total_ore, *w)?, weight_sum)?;
        let floor = exact.floor();
        parts.push(floor);
        remainders.push(sub(exact, floor)?);
    }
    let mut left = sub(total_ore, sum(parts.iter().copied())?)?;
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| remainders[b].cmp(&remainders[a]).then(a.cmp(&b)));
    for i in order {
        if left <= Decimal::ZERO {
            break;
        }
        parts[i] += Decimal::ONE;
        left -= Decimal::ONE;
    }
    parts
        .into_iter()
        .map(|p| Ok(Nok::from(div(p, hundred)?).round_ore()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Nok {
        s.parse().unwrap()
    }

    #[test]
    fn parts_add_up_to_the_whole() {
        let parts = by_weight(d("100.00"), &[d("1"), d("1"), d("1")]).unwrap();
        assert_eq!(parts, vec![d("33.34"), d("33.33"), d("33.33")]);
        let parts = by_weight(d("10.00"), &[d("3"), d("1")]).unwrap();
        assert_eq!(parts, vec![d("7.50"), d("2.50")]);
        let parts = by_weight(d("0.05"), &[d("1"), d("0"), d("2")]).unwrap();
        assert_eq!(Nok::sum(parts.iter().copied()).unwrap(), d("0.05"));
        assert!(parts[1].is_zero());
    }
}
