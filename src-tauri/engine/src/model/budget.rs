//! The codes a plan's costs are booked on in the budget: the function (the service) and, line by
//! line, the art. What the user has not set comes from the chart of accounts where a source
//! settles it (a municipality, `rules::kostra`), or stays unset: then the code is the user's.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::rules::kostra::BudgetLine;

/// The codes the user has set; what is not here takes the chart's code or none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BudgetCodes {
    /// The function the posts are booked on (KOSTRA: the service), when the user sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub function: Option<String>,
    /// The art (account) of a line, when the user sets it.
    #[serde(default)]
    pub arts: BTreeMap<BudgetLine, String>,
}

impl BudgetCodes {
    /// Nothing set: the plan file leaves the codes out.
    pub fn is_empty(&self) -> bool {
        self.function.is_none() && self.arts.is_empty()
    }
}
