//! A contract as files write it ([`ContractSpec`], [`MissionSpec`]), and the plain form one row
//! of a batch table holds ([`PlainContract`], [`PlainMission`]).

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::population::PopulationSpec;
use crate::indicator::IndicatorSpec;
use crate::mission::MissionId;
use crate::serde_util;

/// A mission engaged by the contract, as written in a file.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MissionSpec {
    /// Mission identifier: acces_aux_soins, parcours, prevention, crises_sanitaires,
    /// qualite_pertinence, accompagnement_professionnels.
    pub id: String,
    /// Start date of the mission (on or after signature).
    #[serde(deserialize_with = "serde_util::date")]
    pub start: Date,
    /// End date (exclusive), when the mission stops before the contract ends.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub end: Option<Date>,
    /// Planned or actual date the mission is fully deployed (checked against the ACI calendar).
    #[serde(
        default,
        deserialize_with = "serde_util::opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub deployed: Option<Date>,
    /// The contract's own yearly fixed part; overrides the national scale.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub fixed: Option<Decimal>,
    /// The contract's own fixed part for the mission's first year (crisis plan).
    #[serde(
        default,
        deserialize_with = "serde_util::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub fixed_first_year: Option<Decimal>,
    /// The contract's own yearly variable part at full achievement.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub variable: Option<Decimal>,
    /// The contract clause these figures come from (shown in explanations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<IndicatorSpec>,
}

/// A contract as written in a file.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContractSpec {
    pub name: String,
    /// Signature date: contract years run from it to each anniversary.
    #[serde(deserialize_with = "serde_util::date")]
    pub signed: Date,
    /// Contract length in years; default: the rule data's `contrat.duree_annees` (5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u32>,
    pub population: PopulationSpec,
    /// The contract's own yearly operating amount; overrides the national scale.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub operating_amount: Option<Decimal>,
    /// The clause the operating amount comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operating_clause: Option<String>,
    #[serde(default)]
    pub missions: Vec<MissionSpec>,
}

/// A mission given by its fields alone (no clause, deployment date or indicators): what one row
/// of a batch table holds. See [`PlainContract`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlainMission {
    pub id: MissionId,
    pub start: Date,
    pub end: Option<Date>,
    pub fixed: Option<Decimal>,
    pub fixed_first_year: Option<Decimal>,
    pub variable: Option<Decimal>,
}

/// A contract with one population figure, no clauses and [`PlainMission`]s, borrowed: the form
/// [`Contract::assign_plain`](super::Contract::assign_plain) checks into an existing contract without allocating (batches check
/// one contract per row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlainContract<'a> {
    pub name: &'a str,
    pub signed: Date,
    pub years: Option<u32>,
    pub population: u64,
    pub operating_amount: Option<Decimal>,
    pub missions: &'a [PlainMission],
}

impl PlainContract<'_> {
    /// The same contract as a spec: [`Contract::new`](super::Contract::new) of it and [`Contract::from_plain`](super::Contract::from_plain) give the
    /// same contract or the same error.
    pub fn to_spec(&self) -> ContractSpec {
        ContractSpec {
            name: self.name.to_string(),
            signed: self.signed,
            years: self.years,
            population: PopulationSpec::Single(self.population),
            operating_amount: self.operating_amount,
            operating_clause: None,
            missions: self
                .missions
                .iter()
                .map(|m| MissionSpec {
                    id: m.id.key().to_string(),
                    start: m.start,
                    end: m.end,
                    deployed: None,
                    fixed: m.fixed,
                    fixed_first_year: m.fixed_first_year,
                    variable: m.variable,
                    clause: None,
                    indicators: Vec::new(),
                })
                .collect(),
        }
    }
}
