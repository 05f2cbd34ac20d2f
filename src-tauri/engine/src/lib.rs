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

/// Writes a TypeScript file the engine generates (the vocabulary, the fields' steps) beside
/// ts-rs's bindings in `ui/src/bindings/`, from a test named `export_bindings_…` as ts-rs's own.
#[cfg(test)]
pub(crate) fn write_binding(file: &str, text: &str) {
    let dir = std::env::var("TS_RS_EXPORT_DIR").unwrap_or_else(|_| "bindings".into());
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(file), text).unwrap();
}
