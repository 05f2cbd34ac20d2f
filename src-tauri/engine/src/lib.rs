//! Erfaringsplan's domain engine: the plan model and its checks, the employer-contribution rates,
//! the multi-year cost projection, comparisons, and the documents made from them (PDF, workbook,
//! CSV). It has no Tauri dependency, so the desktop app, the command-line tool and the tests all
//! call the same code.
//!
//! Money, rates and percentages are `rust_decimal::Decimal` and cross any boundary as decimal
//! strings. "Today" is always an argument.

#![deny(clippy::wildcard_enum_match_arm)]

pub mod compare;
pub mod decimal;
pub mod defaults;
pub mod error;
pub mod evaluate;
pub mod example;
pub mod export;
pub mod format;
pub mod model;
pub mod portfolio;
pub mod projection;
pub mod rules;
pub mod store;
#[cfg(test)]
mod test_plans;
pub mod text;
pub mod units;
pub mod validate;

pub use error::{EngineError, ErrorCode, ErrorReport, Result};
