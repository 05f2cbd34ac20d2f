//! Number formatting for text the engine writes itself (the CLI table, the PDF): `450 000,00` in
//! bokmål, `450,000.00` in English. It only arranges digits; the value is never converted to a
//! float.

use rust_decimal::Decimal;

/// How a language writes a number: what groups thousands and what marks decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    pub group: char,
    pub mark: char,
}

/// Bokmål: `450 000,50`.
pub const NB: NumberStyle = NumberStyle {
    group: ' ',
    mark: ',',
};
/// English: `450,000.50`.
pub const EN: NumberStyle = NumberStyle {
    group: ',',
    mark: '.',
};

/// `value` rounded to `decimals` (half away from zero), with `group` between thousands and a
/// decimal comma: `format_decimal(450000.5, 2, ' ')` → `"450 000,50"`.
pub fn format_decimal(value: Decimal, decimals: u32, group: char) -> String {
    format_in(value, decimals, NumberStyle { group, mark: ',' })
}

/// `value` rounded to `decimals` (half away from zero) in a language's style:
/// `format_in(450000.5, 2, EN)` → `"450,000.50"`.
pub fn format_in(value: Decimal, decimals: u32, style: NumberStyle) -> String {
    let group = style.group;
    let rounded = value.round_dp_with_strategy(
        decimals,
        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
    );
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::with_capacity(int.len() + int.len() / 3 + frac.len() + 2);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(ch);
    }
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "−"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{}{frac}", style.mark)
    }
}

/// An amount in kroner and øre: `450 000,00`.
pub fn nok(value: Decimal) -> String {
    format_decimal(value, 2, ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn writes_numbers_the_norwegian_way() {
        assert_eq!(nok(d("450000")), "450 000,00");
        assert_eq!(nok(d("1234567.891")), "1 234 567,89");
        assert_eq!(nok(d("999.995")), "1 000,00");
        assert_eq!(nok(d("-1500.5")), "−1 500,50");
        assert_eq!(nok(d("-0.001")), "0,00");
        assert_eq!(format_decimal(d("14.1"), 1, ' '), "14,1");
        assert_eq!(format_decimal(d("586344.10"), 0, '\u{a0}'), "586\u{a0}344");
    }

    #[test]
    fn writes_numbers_the_english_way_too() {
        assert_eq!(format_in(d("4793930.06"), 2, EN), "4,793,930.06");
        assert_eq!(format_in(d("-1500.5"), 2, EN), "−1,500.50");
        assert_eq!(format_in(d("14.1"), 1, EN), "14.1");
        assert_eq!(format_in(d("4793930.06"), 2, NB), "4 793 930,06");
    }
}
