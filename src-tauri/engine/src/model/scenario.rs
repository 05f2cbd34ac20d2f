//! The stress tests «Hva om …» runs on a plan: each the plan with one thing going worse.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The stress tests, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, strum::EnumIter)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Scenario {
    /// Every grant ends a year earlier than planned (a grant of one year is not paid at all).
    GrantsEndYearEarlier,
    /// Every grant pays half from its second year on.
    GrantsHalvedFromSecondYear,
    /// Wage growth one percentage point higher.
    WageGrowthPlusOne,
    /// Price growth two percentage points higher.
    PriceGrowthPlusTwo,
}
