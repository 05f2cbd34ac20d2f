//! The checks every part uses: a text's length, an id, a count, a whole number or a decimal in
//! its range, a growth rate, a percentage, an amount of money. Each failed check becomes an
//! [`EngineError`] with the field's path.

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::{characters, limits::*};
use crate::error::EngineError;

#[derive(Default)]
pub(super) struct Checker {
    pub(super) errors: Vec<EngineError>,
}

impl Checker {
    /// A text of one line: required or not, at most `max` characters, none of them hidden
    /// ([`super::characters`]).
    pub(super) fn text(&mut self, field: &str, value: &str, max: usize, required: bool) {
        self.text_of(field, value, max, required, false);
    }

    /// A budget code (an art or a function): 1 to [`MAX_BUDGET_CODE_CHARS`] digits, letters,
    /// `.` or `-` (`010`, `10100`, `243.1`).
    pub(super) fn code(&mut self, field: &str, value: &str) {
        let len = value.chars().count();
        if len > super::limits::MAX_BUDGET_CODE_CHARS {
            self.errors.push(EngineError::TooLong {
                field: field.into(),
                max: super::limits::MAX_BUDGET_CODE_CHARS,
            });
        } else if len == 0
            || !value
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '.' || ch == '-')
        {
            self.errors.push(EngineError::InvalidCode {
                field: field.into(),
            });
        }
    }

    /// A text that may hold lines (a note).
    pub(super) fn lines(&mut self, field: &str, value: &str, max: usize) {
        self.text_of(field, value, max, false, true);
    }

    fn text_of(&mut self, field: &str, value: &str, max: usize, required: bool, lines: bool) {
        let chars = value.trim().chars().count();
        if required && chars == 0 {
            self.errors.push(EngineError::Required {
                field: field.into(),
            });
        } else if value.chars().count() > max {
            self.errors.push(EngineError::TooLong {
                field: field.into(),
                max,
            });
        }
        if let Some(err) = hidden_character(field, value, lines) {
            self.errors.push(err);
        }
    }

    pub(super) fn id(&mut self, field: &str, id: &str, seen: &mut HashSet<String>) {
        self.text(field, id, MAX_ID_CHARS, true);
        if !id.is_empty() && !seen.insert(id.to_owned()) {
            self.errors.push(EngineError::DuplicateId {
                field: field.into(),
                id: id.into(),
            });
        }
    }

    pub(super) fn known_position(&mut self, field: &str, id: &str, known: &HashSet<String>) {
        if !known.contains(id) {
            self.errors.push(EngineError::UnknownPosition {
                field: field.into(),
                id: id.into(),
            });
        }
    }

    pub(super) fn count(&mut self, field: &str, len: usize, max: usize) {
        if len > max {
            self.errors.push(EngineError::TooMany {
                field: field.into(),
                max,
            });
        }
    }

    pub(super) fn int_range(&mut self, field: &str, value: i64, min: i64, max: i64) {
        if !(min..=max).contains(&value) {
            self.errors.push(EngineError::OutOfRange {
                field: field.into(),
                min: min.to_string(),
                max: max.to_string(),
            });
        }
    }

    /// A decimal within `[min, max]` with at most `decimals` decimals.
    pub(super) fn decimal(
        &mut self,
        field: &str,
        value: Decimal,
        min: Decimal,
        max: Decimal,
        decimals: u32,
    ) {
        if value.is_sign_negative() && !value.is_zero() && min >= Decimal::ZERO {
            // Say what is wrong: «kan ikke være negativ», not «må være fra 0 til 30».
            self.errors.push(EngineError::Negative {
                field: field.into(),
            });
        } else if value < min || value > max {
            self.errors.push(EngineError::OutOfRange {
                field: field.into(),
                min: min.normalize().to_string(),
                max: max.normalize().to_string(),
            });
        } else if value.normalize().scale() > decimals {
            self.errors.push(EngineError::TooPrecise {
                field: field.into(),
                decimals,
            });
        }
    }

    /// A yearly growth rate, 0–30 %, at most four decimals.
    pub(super) fn growth(&mut self, field: &str, value: Decimal) {
        self.decimal(field, value, Decimal::ZERO, MAX_GROWTH_PERCENT.into(), 4);
    }

    /// A percentage, 0–100, at most four decimals.
    pub(super) fn percent(&mut self, field: &str, value: Decimal) {
        self.decimal(field, value, Decimal::ZERO, Decimal::ONE_HUNDRED, 4);
    }

    /// An amount in NOK: not negative, at most `max`, whole øre.
    pub(super) fn money(&mut self, field: &str, value: Decimal, max: i64) {
        if value.is_sign_negative() && !value.is_zero() {
            self.errors.push(EngineError::Negative {
                field: field.into(),
            });
        } else if value > Decimal::from(max) {
            self.errors.push(EngineError::TooLarge {
                field: field.into(),
                max: max.to_string(),
            });
        } else if value.normalize().scale() > 2 {
            self.errors.push(EngineError::TooPrecise {
                field: field.into(),
                decimals: 2,
            });
        }
    }
}

/// The error for the first character of `value` a field may not hold, if any.
pub(super) fn hidden_character(field: &str, value: &str, lines: bool) -> Option<EngineError> {
    characters::first_hidden(value, lines).map(|(c, kind)| EngineError::HiddenCharacter {
        field: field.into(),
        kind,
        character: characters::code_point(c),
    })
}
