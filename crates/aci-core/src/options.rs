//! The explicit choices where the reference texts are silent. Every computation records the
//! options it used in its explanation.

use serde::{Deserialize, Serialize};

use crate::taille::Boundary;

/// How a fixed part is prorated when a mission starts or ends during a contract year.
/// The texts say "proratisé en fonction de la durée" without a unit.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
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
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
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
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
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
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
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
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
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
    pub fn describe(&self) -> Vec<(&'static str, String, &'static str)> {
        use crate::wording::{id, words};
        let proration_means = match self.proration {
            ProrationUnit::Days => id::OPTION_PRORATION_DAYS,
            ProrationUnit::Months => id::OPTION_PRORATION_MONTHS,
        };
        let uplift_means = match self.uplift {
            UpliftReading::OneOff => id::OPTION_UPLIFT_ONE_OFF,
            UpliftReading::Annual => id::OPTION_UPLIFT_ANNUAL,
        };
        let version_date_means = match self.version_date {
            VersionDate::YearStart => id::OPTION_VERSION_DATE_YEAR_START,
            VersionDate::YearEnd => id::OPTION_VERSION_DATE_YEAR_END,
        };
        let prorate_variable_means = if self.prorate_variable {
            id::OPTION_PRORATE_VARIABLE_TRUE
        } else {
            id::OPTION_PRORATE_VARIABLE_FALSE
        };
        let missing_means = match self.missing_observation {
            MissingObservation::Zero => id::OPTION_MISSING_OBSERVATION_ZERO,
            MissingObservation::Error => id::OPTION_MISSING_OBSERVATION_ERROR,
        };
        let envelopes_means = match self.envelopes {
            Envelopes::RuleData => id::OPTION_ENVELOPES_RULE_DATA,
            Envelopes::Estimate => id::OPTION_ENVELOPES_ESTIMATE,
        };
        // The values as files write them (the serde names).
        let name = |v: &'static str| v.to_string();
        vec![
            (
                "boundary",
                self.boundary.name().to_string(),
                self.boundary.describe(),
            ),
            (
                "proration",
                name(self.proration.into()),
                words(proration_means),
            ),
            ("uplift", name(self.uplift.into()), words(uplift_means)),
            (
                "version_date",
                name(self.version_date.into()),
                words(version_date_means),
            ),
            (
                "prorate_variable",
                self.prorate_variable.to_string(),
                words(prorate_variable_means),
            ),
            (
                "missing_observation",
                name(self.missing_observation.into()),
                words(missing_means),
            ),
            (
                "envelopes",
                name(self.envelopes.into()),
                words(envelopes_means),
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicator::{BetweenTiers, Direction};
    use crate::payments::Part;
    use crate::taille::Boundary;

    /// The names derived for people and tables (strum) are the names files write (serde).
    fn same_names<T: Serialize + Copy + Into<&'static str>>(values: &[T]) {
        for &v in values {
            let serde = serde_json::to_value(v).unwrap();
            assert_eq!(serde.as_str(), Some(v.into()));
        }
    }

    #[test]
    fn enum_names_are_the_serde_names() {
        same_names(&[ProrationUnit::Days, ProrationUnit::Months]);
        same_names(&[UpliftReading::OneOff, UpliftReading::Annual]);
        same_names(&[VersionDate::YearStart, VersionDate::YearEnd]);
        same_names(&[MissingObservation::Zero, MissingObservation::Error]);
        same_names(&[Envelopes::RuleData, Envelopes::Estimate]);
        same_names(&[
            Boundary::AsWorded,
            Boundary::LowerInclusive,
            Boundary::UpperInclusive,
        ]);
        same_names(&[Direction::Rising, Direction::Falling]);
        same_names(&[BetweenTiers::Step, BetweenTiers::Linear]);
        same_names(&[Part::InFull, Part::Advance, Part::Balance, Part::Repayment]);
    }
}
