//! A CPTS contract: signature, population over time, missions engaged with their envelopes and
//! indicators. [`ContractSpec`] is what files hold; [`Contract`] is the checked form.
//!
//! ```
//! use aci_core::contract::{Contract, ContractSpec};
//! let spec: ContractSpec = toml::from_str(r#"
//!     name = "CPTS du Val"
//!     signed = "2022-06-15"
//!     population = 95000
//!     [[missions]]
//!     id = "acces_aux_soins"
//!     start = "2022-12-15"
//! "#).unwrap();
//! let contract = Contract::new(spec).unwrap();
//! assert_eq!(contract.population_on("2023-01-01".parse().unwrap()), 95000);
//! ```

use std::collections::BTreeMap;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::indicator::{Indicator, IndicatorSpec};
use crate::mission::MissionId;
use crate::money::{self, check_amount, check_amount_with};
use crate::serde_util;
use crate::taille::check_population;

/// Longest contract accepted, in years (the ACI contract lasts 5; renewals are new contracts).
pub const MAX_YEARS: u32 = 10;

/// One population figure and the date from which it counts.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PopulationFigure {
    /// From when the figure counts; the first figure counts from signature and may omit it.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub from: Option<Date>,
    pub population: u64,
}

/// The population covered: one figure, or figures over time (a CPTS can change taille).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PopulationSpec {
    Single(u64),
    Series(Vec<PopulationFigure>),
}

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

/// A checked mission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mission {
    pub id: MissionId,
    pub start: Date,
    pub end: Option<Date>,
    pub deployed: Option<Date>,
    pub fixed: Option<Decimal>,
    pub fixed_first_year: Option<Decimal>,
    pub variable: Option<Decimal>,
    pub clause: Option<String>,
    pub indicators: Vec<Indicator>,
    /// Sum of the indicators' largest payments.
    pub indicators_max: Decimal,
    /// Position of the first indicator among all the contract's indicators (missions in
    /// breakdown order): the year's observations are looked up once, by position.
    #[serde(skip)]
    pub(crate) first_indicator: usize,
}

/// A checked contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contract {
    pub name: String,
    pub signed: Date,
    pub years: Option<u32>,
    /// `(from, population)`, the first from signature, strictly increasing dates.
    pub population: Vec<(Date, u64)>,
    pub operating_amount: Option<Decimal>,
    pub operating_clause: Option<String>,
    /// Engaged missions, in breakdown order.
    pub missions: Vec<Mission>,
    /// Indicator id → (index in `missions`, index in its indicators).
    #[serde(skip)]
    indicator_index: BTreeMap<String, (usize, usize)>,
}

impl Contract {
    /// Checks a contract spec; every problem is a typed error naming the field.
    pub fn new(spec: ContractSpec) -> Result<Contract> {
        if let Some(y) = spec.years
            && (y == 0 || y > MAX_YEARS)
        {
            return Err(Error::out_of_range("years", y, format!("1 to {MAX_YEARS}")));
        }
        let population = match spec.population {
            PopulationSpec::Single(p) => vec![(spec.signed, check_population("population", p)?)],
            PopulationSpec::Series(figures) => {
                if figures.is_empty() {
                    return Err(Error::out_of_range(
                        "population",
                        "[]",
                        "at least one figure",
                    ));
                }
                let mut out: Vec<(Date, u64)> = Vec::with_capacity(figures.len());
                for (i, f) in figures.into_iter().enumerate() {
                    let field = format!("population[{i}]");
                    let p = check_population(&format!("{field}.population"), f.population)?;
                    let from = match (i, f.from) {
                        (0, None) => spec.signed,
                        (0, Some(d)) => d.min(spec.signed),
                        (_, None) => {
                            return Err(Error::out_of_range(
                                format!("{field}.from"),
                                "(missing)",
                                "a date after the previous figure",
                            ));
                        }
                        (_, Some(d)) => d,
                    };
                    if let Some(&(prev, _)) = out.last()
                        && from <= prev
                    {
                        return Err(Error::DatesOutOfOrder {
                            field: format!("{field}.from"),
                            earlier: prev,
                            later: from,
                            what: "population figures in increasing date order".into(),
                        });
                    }
                    out.push((from, p));
                }
                out
            }
        };
        let operating_amount = spec
            .operating_amount
            .map(|a| check_amount("operating_amount", a))
            .transpose()?;

        let mut missions: Vec<Mission> = Vec::with_capacity(spec.missions.len());
        let mut indicator_index = BTreeMap::new();
        for (i, m) in spec.missions.into_iter().enumerate() {
            let id = match MissionId::ALL.into_iter().find(|x| x.key() == m.id) {
                Some(id) => id,
                None => MissionId::parse(&format!("missions[{i}].id"), &m.id)?,
            };
            if missions.iter().any(|x| x.id == id) {
                return Err(Error::Duplicate {
                    field: "missions.id".into(),
                    name: m.id,
                });
            }
            if m.start < spec.signed {
                return Err(Error::MissionBeforeContract {
                    mission: id,
                    start: m.start,
                    signed: spec.signed,
                });
            }
            if let Some(end) = m.end
                && end <= m.start
            {
                return Err(Error::DatesOutOfOrder {
                    field: format!("missions.{id}.end"),
                    earlier: m.start,
                    later: end,
                    what: "a mission ends after it starts".into(),
                });
            }
            if let Some(deployed) = m.deployed
                && deployed < m.start
            {
                return Err(Error::DatesOutOfOrder {
                    field: format!("missions.{id}.deployed"),
                    earlier: m.start,
                    later: deployed,
                    what: "a mission is deployed on or after its start".into(),
                });
            }
            let amount = |name: &str, v: Option<Decimal>| {
                v.map(|a| check_amount_with(|| format!("missions.{id}.{name}"), a))
                    .transpose()
            };
            let fixed = amount("fixed", m.fixed)?;
            let fixed_first_year = amount("fixed_first_year", m.fixed_first_year)?;
            let variable = amount("variable", m.variable)?;
            if id == MissionId::CrisesSanitaires && !m.indicators.is_empty() {
                return Err(Error::out_of_range(
                    "missions.crises_sanitaires.indicators",
                    format!("{} indicators", m.indicators.len()),
                    "none: its variable part is paid when the ARS recognises a crisis (results.crisis_recognised)",
                ));
            }
            let mut indicators = Vec::with_capacity(m.indicators.len());
            let mut indicators_max = Decimal::ZERO;
            for spec in m.indicators {
                let ind = Indicator::from_spec(spec)?;
                if indicator_index
                    .insert(ind.id.clone(), (missions.len(), indicators.len()))
                    .is_some()
                {
                    return Err(Error::Duplicate {
                        field: "indicators.id".into(),
                        name: ind.id,
                    });
                }
                indicators_max =
                    money::add(indicators_max, ind.max_amount(), "the indicators' total")?;
                indicators.push(ind);
            }
            if let Some(envelope) = variable
                && indicators_max > envelope
            {
                return Err(Error::IndicatorsExceedEnvelope {
                    mission: id,
                    indicators_max,
                    envelope,
                });
            }
            missions.push(Mission {
                id,
                start: m.start,
                end: m.end,
                deployed: m.deployed,
                fixed,
                fixed_first_year,
                variable,
                clause: m.clause,
                indicators,
                indicators_max,
                first_indicator: 0,
            });
        }
        missions.sort_by_key(|m| m.id);
        // Re-index after sorting.
        let mut first_indicator = 0;
        for (mi, m) in missions.iter_mut().enumerate() {
            m.first_indicator = first_indicator;
            first_indicator += m.indicators.len();
            for (ii, ind) in m.indicators.iter().enumerate() {
                if let Some(slot) = indicator_index.get_mut(&ind.id) {
                    *slot = (mi, ii);
                }
            }
        }
        Ok(Contract {
            name: spec.name,
            signed: spec.signed,
            years: spec.years,
            population,
            operating_amount,
            operating_clause: spec.operating_clause,
            missions,
            indicator_index,
        })
    }

    /// The population in force on `date` (the first figure before it counts from signature).
    pub fn population_on(&self, date: Date) -> u64 {
        self.population
            .iter()
            .rev()
            .find(|(from, _)| *from <= date)
            .unwrap_or(&self.population[0])
            .1
    }

    /// The engaged mission, if any.
    pub fn mission(&self, id: MissionId) -> Option<&Mission> {
        self.missions.iter().find(|m| m.id == id)
    }

    /// The mission and indicator an indicator id names.
    pub fn indicator(&self, id: &str) -> Option<(&Mission, &Indicator)> {
        let &(mi, ii) = self.indicator_index.get(id)?;
        let m = &self.missions[mi];
        Some((m, &m.indicators[ii]))
    }

    /// An error naming `id` and the contract's indicators when the contract does not define it.
    pub fn check_indicator(&self, id: &str) -> Result<()> {
        if self.indicator_index.contains_key(id) {
            return Ok(());
        }
        let known: Vec<&str> = self.indicator_ids().collect();
        Err(Error::UnknownIndicator {
            indicator: id.to_string(),
            known: if known.is_empty() {
                "(none)".into()
            } else {
                known.join(", ")
            },
        })
    }

    /// Every indicator id, in sorted order.
    pub fn indicator_ids(&self) -> impl Iterator<Item = &str> {
        self.indicator_index.keys().map(String::as_str)
    }

    /// How many indicators the contract has, all missions together.
    pub fn indicator_count(&self) -> usize {
        self.indicator_index.len()
    }

    /// Every indicator id in sorted order, with its position among all the contract's
    /// indicators (see [`Mission`]'s `first_indicator`).
    pub(crate) fn indicator_positions(&self) -> impl Iterator<Item = (&str, usize)> {
        self.indicator_index
            .iter()
            .map(|(id, &(mi, ii))| (id.as_str(), self.missions[mi].first_indicator + ii))
    }
}
