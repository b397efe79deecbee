//! The explicit choices where the reference texts are silent. Every computation records the
//! options it used in its explanation.

use serde::{Deserialize, Serialize};

use crate::taille::Boundary;

/// How a fixed part is prorated when a mission starts or ends during a contract year.
/// The texts say "proratisé en fonction de la durée" without a unit.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProrationUnit {
    /// Active days ÷ days in the contract year (365 or 366). Default: the finest reading.
    #[default]
    Days,
    /// Active months ÷ 12, months counted from the anniversary day; a month counts when the
    /// mission is active on its last day.
    Months,
}

/// How the avenant-2 +75 % operating uplift is read (one-off or annual is unsettled).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UpliftReading {
    /// The uplift raises the pre-mission operating amount paid at signature (contract year 1);
    /// eligible contracts signed before the avenant receive the difference once, in their first
    /// contract year governed by it. Default: the draft's wording ("dès la signature", "la
    /// différence") and the Senate's 2025 figures (50 000–90 000 €) favour it.
    #[default]
    OneOff,
    /// Every contract year governed by the avenant pays the raised amount to eligible contracts.
    Annual,
}

/// Which date of a contract year picks the agreement version that governs it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VersionDate {
    /// The first day of the contract year (its anniversary). Default.
    #[default]
    YearStart,
    /// The last day of the contract year.
    YearEnd,
}

/// What an indicator without an observation pays.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MissingObservation {
    /// Nothing, and the indicator is listed in `missing_inputs`. Default: an unreported result is
    /// not an achieved one.
    #[default]
    Zero,
    /// An error naming the indicator.
    Error,
}

/// Where the national mission amounts come from when the contract does not state them.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Envelopes {
    /// Only the rule data in use: the shipped file (or `--rules`), with a national table the
    /// user loaded (`--envelopes FILE`) if any. An amount nobody supplied is an error. Default.
    #[default]
    RuleData,
    /// Amounts the rule data lacks are indicative estimates (docs/estimate.md), each with
    /// status "estimate" and its derivation; every year using one carries a warning.
    Estimate,
}

/// Every choice of a computation.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub boundary: Boundary,
    pub proration: ProrationUnit,
    pub uplift: UpliftReading,
    pub version_date: VersionDate,
    /// Also prorate the variable part when a mission is active for part of the year.
    /// Default `false`: contracts set each year's indicator amounts themselves.
    pub prorate_variable: bool,
    pub missing_observation: MissingObservation,
    /// Whether national mission amounts nobody has sourced are estimated (opt-in).
    pub envelopes: Envelopes,
}

impl Options {
    /// `(name, "value (meaning)")` of every option, for explanations.
    pub(crate) fn facts(&self) -> impl Iterator<Item = (&'static str, String)> {
        self.describe()
            .into_iter()
            .map(|(name, value, meaning)| (name, format!("{value} ({meaning})")))
    }

    /// `(name, value, meaning)` of every option, for explanations.
    pub fn describe(&self) -> Vec<(&'static str, String, &'static str)> {
        vec![
            (
                "boundary",
                self.boundary.name().to_string(),
                self.boundary.describe(),
            ),
            (
                "proration",
                match self.proration {
                    ProrationUnit::Days => "days",
                    ProrationUnit::Months => "months",
                }
                .to_string(),
                match self.proration {
                    ProrationUnit::Days => "active days / days in the contract year",
                    ProrationUnit::Months => {
                        "active months / 12 (a month counts when active on its last day)"
                    }
                },
            ),
            (
                "uplift",
                match self.uplift {
                    UpliftReading::OneOff => "one_off",
                    UpliftReading::Annual => "annual",
                }
                .to_string(),
                match self.uplift {
                    UpliftReading::OneOff => {
                        "+75 % raises only the pre-mission operating amount (once)"
                    }
                    UpliftReading::Annual => "+75 % raises every operating amount under avenant 2",
                },
            ),
            (
                "version_date",
                match self.version_date {
                    VersionDate::YearStart => "year_start",
                    VersionDate::YearEnd => "year_end",
                }
                .to_string(),
                match self.version_date {
                    VersionDate::YearStart => {
                        "the version in force on the first day of the contract year governs it"
                    }
                    VersionDate::YearEnd => {
                        "the version in force on the last day of the contract year governs it"
                    }
                },
            ),
            (
                "prorate_variable",
                self.prorate_variable.to_string(),
                if self.prorate_variable {
                    "variable parts are prorated like fixed parts"
                } else {
                    "variable parts are not prorated"
                },
            ),
            (
                "missing_observation",
                match self.missing_observation {
                    MissingObservation::Zero => "zero",
                    MissingObservation::Error => "error",
                }
                .to_string(),
                match self.missing_observation {
                    MissingObservation::Zero => {
                        "an indicator without an observation pays 0 € and is listed as missing"
                    }
                    MissingObservation::Error => "an indicator without an observation is an error",
                },
            ),
            (
                "envelopes",
                match self.envelopes {
                    Envelopes::RuleData => "rule_data",
                    Envelopes::Estimate => "estimate",
                }
                .to_string(),
                match self.envelopes {
                    Envelopes::RuleData => {
                        "national mission amounts only from the rule data in use (shipped, --rules, or a national table loaded with --envelopes); none estimated"
                    }
                    Envelopes::Estimate => {
                        "national mission amounts the rule data lacks are indicative estimates (docs/estimate.md), never national amounts"
                    }
                },
            ),
        ]
    }
}
