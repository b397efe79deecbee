//! Whether an indicator measures a *result* for patients (a screening rate, patients without a
//! médecin traitant) or an *action* of the CPTS (a deliverable, a number of meetings): the
//! distinction the patients' associations ask public reports to show apart (France Assos
//! Santé, Ségur de la santé). It changes no amount; reports group indicators by it.

use serde::{Deserialize, Serialize};

/// What an indicator measures, as contract files write it (`nature = "result"`). Optional:
/// **`action` by default**, so that a report never presents an indicator as a result for
/// patients unless the scenario says so.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Nature {
    /// A result for patients or the population.
    Result,
    /// An action or a deliverable of the CPTS. Default.
    #[default]
    Action,
}

impl Nature {
    /// As contract files and open data write it.
    pub fn key(self) -> &'static str {
        match self {
            Nature::Result => "result",
            Nature::Action => "action",
        }
    }

    /// Whether it is the default (files that do not write it stay as they were).
    pub fn is_default(&self) -> bool {
        *self == Nature::default()
    }
}
