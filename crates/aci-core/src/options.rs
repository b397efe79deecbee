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

    /// `(name, value, meaning)` of every option, for explanations; the meaning in the current
    /// language ([`crate::wording`]).
    pub fn describe(&self) -> Vec<(&'static str, String, String)> {
        use crate::wording::{id, text};
        let option = |name: &'static str, value: &str, meaning: &str| {
            (name, value.to_string(), text(meaning, &[]))
        };
        vec![
            (
                "boundary",
                self.boundary.name().to_string(),
                self.boundary.describe(),
            ),
            match self.proration {
                ProrationUnit::Days => option("proration", "days", id::OPTION_PRORATION_DAYS),
                ProrationUnit::Months => option("proration", "months", id::OPTION_PRORATION_MONTHS),
            },
            match self.uplift {
                UpliftReading::OneOff => option("uplift", "one_off", id::OPTION_UPLIFT_ONE_OFF),
                UpliftReading::Annual => option("uplift", "annual", id::OPTION_UPLIFT_ANNUAL),
            },
            match self.version_date {
                VersionDate::YearStart => option(
                    "version_date",
                    "year_start",
                    id::OPTION_VERSION_DATE_YEAR_START,
                ),
                VersionDate::YearEnd => {
                    option("version_date", "year_end", id::OPTION_VERSION_DATE_YEAR_END)
                }
            },
            if self.prorate_variable {
                option("prorate_variable", "true", id::OPTION_PRORATE_VARIABLE_TRUE)
            } else {
                option(
                    "prorate_variable",
                    "false",
                    id::OPTION_PRORATE_VARIABLE_FALSE,
                )
            },
            match self.missing_observation {
                MissingObservation::Zero => option(
                    "missing_observation",
                    "zero",
                    id::OPTION_MISSING_OBSERVATION_ZERO,
                ),
                MissingObservation::Error => option(
                    "missing_observation",
                    "error",
                    id::OPTION_MISSING_OBSERVATION_ERROR,
                ),
            },
            match self.envelopes {
                Envelopes::RuleData => {
                    option("envelopes", "rule_data", id::OPTION_ENVELOPES_RULE_DATA)
                }
                Envelopes::Estimate => {
                    option("envelopes", "estimate", id::OPTION_ENVELOPES_ESTIMATE)
                }
            },
        ]
    }
}
