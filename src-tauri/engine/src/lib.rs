//! Erfaringsplan's domain engine: the plan model, the employer-contribution rates and (next) the
//! multi-year cost projection. It has no Tauri dependency, so the desktop app, the command-line
//! tool and the tests all call the same code.
//!
//! Money, rates and percentages are `rust_decimal::Decimal` and cross any boundary as decimal
//! strings. "Today" is always an argument.

#![deny(clippy::wildcard_enum_match_arm)]

pub mod aga;
pub mod atomic_file;
pub mod calendar;
pub mod checklist;
pub mod cli;
pub mod completeness;
pub mod cost_item;
pub mod decimal;
pub mod defaults;
pub mod error;
pub mod evaluate;
pub mod example;
pub mod format;
pub mod grant;
pub mod organisation;
pub mod pdf;
pub mod plan;
pub mod plan_file;
pub mod position;
pub mod projection;
pub mod salary_range;
pub mod store_file;
pub mod text;
pub mod validate;

pub use error::{EngineError, ErrorReport, Result};
