//! Who is hiring: the employer, and the AGA zone that sets part of the payroll cost.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::EnumIter;
use ts_rs::TS;

use crate::{rules::aga::AgaZone, units::Percent};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema, EnumIter,
)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum OrganisationKind {
    /// A municipality or a city district (bydel).
    #[default]
    Municipality,
    /// A health trust in the specialist health service.
    HealthTrust,
    /// An NGO or a private provider.
    Private,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Organisation {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub kind: OrganisationKind,
    #[serde(default)]
    pub municipality: Option<String>,
    pub aga_zone: AgaZone,
    /// Zone 1a only: the enterprise has used up its yearly fribeløp, so the zone 1 rate applies.
    #[serde(default)]
    pub fribelop_used_up: bool,
    /// A rate the user sets instead of the table's, in percent; applies to every year.
    #[serde(default)]
    pub aga_rate_override: Option<Percent>,
}

impl Default for Organisation {
    fn default() -> Self {
        Self {
            name: String::new(),
            kind: OrganisationKind::default(),
            municipality: None,
            aga_zone: AgaZone::Zone1,
            fribelop_used_up: false,
            aga_rate_override: None,
        }
    }
}
