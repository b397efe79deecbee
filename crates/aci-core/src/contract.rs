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
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::error::{Error, Result};
use crate::indicator::{Indicator, IndicatorSpec};
use crate::mission::{MissionId, MissionMap};
use crate::money::{self, check_amount_with};
use crate::serde_util;
use crate::taille::check_population;

/// Longest contract accepted, in years (the ACI contract lasts 5; renewals are new contracts).
pub const MAX_YEARS: u32 = 10;

/// One population figure and the date from which it counts.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PopulationFigure {
    /// From when the figure counts. The first figure is the population at signature: it may omit
    /// `from`, or give a date on or before signature; a later date is refused.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub from: Option<Date>,
    #[serde(deserialize_with = "population_count")]
    pub population: u64,
}

/// The population covered: one figure, or figures over time (a CPTS can change taille).
///
/// Read by hand rather than as an untagged enum, so that a mistake gets a message saying what
/// the field accepts (serde's untagged enums only say that nothing matched).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum PopulationSpec {
    Single(u64),
    Series(Vec<PopulationFigure>),
}

impl<'de> Deserialize<'de> for PopulationSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_any(PopulationVisitor { series: true })
    }
}

/// A single population figure (one of a series).
fn population_count<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<u64, D::Error> {
    match d.deserialize_any(PopulationVisitor { series: false })? {
        PopulationSpec::Single(p) => Ok(p),
        PopulationSpec::Series(_) => Err(de::Error::custom(crate::wording::text(
            crate::wording::id::POPULATION_LIST_INSIDE,
            &[],
        ))),
    }
}

/// Reads a population: a whole number, or (when `series`) a list of dated figures.
struct PopulationVisitor {
    series: bool,
}

/// How a series of figures is written, for messages.
const SERIES_EXAMPLE: &str =
    "[{ population = 55000 }, { from = \"2025-01-01\", population = 60000 }]";

impl<'de> Visitor<'de> for PopulationVisitor {
    type Value = PopulationSpec;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&crate::wording::text(
            crate::wording::id::EXPECTING_POPULATION,
            &[],
        ))?;
        if self.series {
            f.write_str(&crate::wording::text(
                crate::wording::id::EXPECTING_POPULATION_SERIES,
                &[("example", &SERIES_EXAMPLE)],
            ))?;
        }
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<PopulationSpec, E> {
        Ok(PopulationSpec::Single(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<PopulationSpec, E> {
        u64::try_from(v).map(PopulationSpec::Single).map_err(|_| {
            E::custom(crate::wording::text(
                crate::wording::id::POPULATION_NEGATIVE,
                &[("value", &v)],
            ))
        })
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<PopulationSpec, E> {
        let whole = v.trunc();
        Err(E::custom(if whole == v && v >= 1.0 {
            let (value, whole) = (format!("{v:.1}"), format!("{whole:.0}"));
            crate::wording::text(
                crate::wording::id::POPULATION_DECIMAL_PART,
                &[("value", &value), ("whole", &whole)],
            )
        } else {
            crate::wording::text(crate::wording::id::POPULATION_NOT_WHOLE, &[("value", &v)])
        }))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<PopulationSpec, E> {
        // "90 000", as French writes thousands: the digits without the spaces.
        let digits: String = v.chars().filter(|c| !c.is_whitespace()).collect();
        Err(E::custom(match digits.parse::<u64>() {
            Ok(n) => crate::wording::text(
                crate::wording::id::POPULATION_TEXT_NUMBER,
                &[("value", &v), ("number", &n)],
            ),
            Err(_) => crate::wording::text(crate::wording::id::POPULATION_TEXT, &[("value", &v)]),
        }))
    }

    fn visit_seq<A: SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<PopulationSpec, A::Error> {
        if !self.series {
            return Err(de::Error::invalid_type(de::Unexpected::Seq, &self));
        }
        let mut figures = Vec::with_capacity(seq.size_hint().unwrap_or(1));
        while let Some(f) = seq.next_element::<PopulationFigure>()? {
            figures.push(f);
        }
        Ok(PopulationSpec::Series(figures))
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        _map: A,
    ) -> std::result::Result<PopulationSpec, A::Error> {
        Err(de::Error::custom(crate::wording::text(
            crate::wording::id::POPULATION_TABLE,
            &[("example", &SERIES_EXAMPLE)],
        )))
    }
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
/// [`Contract::assign_plain`] checks into an existing contract without allocating (batches check
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
    /// The same contract as a spec: [`Contract::new`] of it and [`Contract::from_plain`] give the
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

/// The contract length, when stated, is 1 to [`MAX_YEARS`].
fn check_years(years: Option<u32>) -> Result<()> {
    if let Some(y) = years
        && (y == 0 || y > MAX_YEARS)
    {
        return Err(Error::out_of_range(
            "years",
            y,
            crate::wording::text(
                crate::wording::id::ALLOWED_RANGE,
                &[("min", &1), ("max", &MAX_YEARS)],
            ),
        ));
    }
    Ok(())
}

fn check_operating_amount(amount: Option<Decimal>) -> Result<Option<Decimal>> {
    if let Some(a) = amount {
        check_amount_with(|| "operating_amount".into(), a)?;
    }
    Ok(amount)
}

/// The checks of a mission's dates and amounts, in order: start on or after signature, end after
/// start, deployment on or after start, then the fixed, first-year fixed and variable amounts.
fn check_mission(signed: Date, m: &PlainMission, deployed: Option<Date>) -> Result<()> {
    let id = m.id;
    if m.start < signed {
        return Err(Error::MissionBeforeContract {
            mission: id,
            start: m.start,
            signed,
        });
    }
    if let Some(end) = m.end
        && end <= m.start
    {
        return Err(dates_out_of_order(
            id,
            "end",
            crate::wording::id::WHAT_MISSION_END,
            m.start,
            end,
        ));
    }
    if let Some(deployed) = deployed
        && deployed < m.start
    {
        let what = crate::wording::id::WHAT_MISSION_DEPLOYED;
        return Err(dates_out_of_order(id, "deployed", what, m.start, deployed));
    }
    let amount = |name: &str, v: Option<Decimal>| match v {
        Some(a) => check_amount_with(|| format!("missions.{id}.{name}"), a).map(drop),
        None => Ok(()),
    };
    amount("fixed", m.fixed)?;
    amount("fixed_first_year", m.fixed_first_year)?;
    amount("variable", m.variable)?;
    Ok(())
}

/// A mission's `field` date before its start (out of line: the formatting would otherwise sit
/// in the hot path of every contract check).
#[cold]
#[inline(never)]
fn dates_out_of_order(id: MissionId, field: &str, what: &str, start: Date, date: Date) -> Error {
    Error::DatesOutOfOrder {
        field: format!("missions.{id}.{field}"),
        earlier: start,
        later: date,
        what: crate::wording::text(what, &[]),
    }
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
        check_years(spec.years)?;
        let population = match spec.population {
            PopulationSpec::Single(p) => vec![(spec.signed, check_population("population", p)?)],
            PopulationSpec::Series(figures) => {
                if figures.is_empty() {
                    return Err(Error::out_of_range(
                        "population",
                        "[]",
                        crate::wording::text(crate::wording::id::ALLOWED_AT_LEAST_ONE_FIGURE, &[]),
                    ));
                }
                let mut out: Vec<(Date, u64)> = Vec::with_capacity(figures.len());
                for (i, f) in figures.into_iter().enumerate() {
                    let field = format!("population[{i}]");
                    let p = check_population(&format!("{field}.population"), f.population)?;
                    let from = match (i, f.from) {
                        (0, None) => spec.signed,
                        // The first figure is the population at signature, which every
                        // contract year needs: one that counts only from a later date would
                        // leave the first years without a population. A figure from an earlier
                        // date still holds at signature.
                        (0, Some(d)) if d > spec.signed => {
                            return Err(Error::out_of_range(
                                format!("{field}.from"),
                                d,
                                crate::wording::text(
                                    crate::wording::id::ALLOWED_FIRST_POPULATION_FROM,
                                    &[
                                        ("signed", &spec.signed),
                                        (
                                            "example",
                                            &format!(
                                                "population = [{{ population = 55000 }}, {{ from = \"{d}\", population = 60000 }}]"
                                            ),
                                        ),
                                    ],
                                ),
                            ));
                        }
                        (0, Some(_)) => spec.signed,
                        (_, None) => {
                            return Err(Error::out_of_range(
                                format!("{field}.from"),
                                crate::wording::text(crate::wording::id::VALUE_MISSING, &[]),
                                crate::wording::text(
                                    crate::wording::id::ALLOWED_LATER_POPULATION_FROM,
                                    &[],
                                ),
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
                            what: crate::wording::text(
                                crate::wording::id::WHAT_POPULATION_ORDER,
                                &[],
                            ),
                        });
                    }
                    out.push((from, p));
                }
                out
            }
        };
        let operating_amount = check_operating_amount(spec.operating_amount)?;

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
            check_mission(
                spec.signed,
                &PlainMission {
                    id,
                    start: m.start,
                    end: m.end,
                    fixed: m.fixed,
                    fixed_first_year: m.fixed_first_year,
                    variable: m.variable,
                },
                m.deployed,
            )?;
            let (fixed, fixed_first_year, variable) = (m.fixed, m.fixed_first_year, m.variable);
            if id == MissionId::CrisesSanitaires && !m.indicators.is_empty() {
                return Err(Error::out_of_range(
                    "missions.crises_sanitaires.indicators",
                    crate::wording::text(
                        crate::wording::id::VALUE_INDICATORS,
                        &[("count", &m.indicators.len())],
                    ),
                    crate::wording::text(crate::wording::id::ALLOWED_NO_CRISIS_INDICATORS, &[]),
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
                indicators_max = money::add(
                    indicators_max,
                    ind.max_amount(),
                    crate::wording::id::OVERFLOW_INDICATORS_TOTAL,
                )?;
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

    /// Checks a [`PlainContract`]: the same contract, or the same first error, as
    /// [`Contract::new`] of [`PlainContract::to_spec`].
    pub fn from_plain(plain: &PlainContract) -> Result<Contract> {
        let mut contract = Contract {
            name: String::new(),
            signed: plain.signed,
            years: None,
            population: Vec::with_capacity(1),
            operating_amount: None,
            operating_clause: None,
            missions: Vec::with_capacity(plain.missions.len()),
            indicator_index: BTreeMap::new(),
        };
        contract.assign_plain(plain)?;
        Ok(contract)
    }

    /// Checks a [`PlainContract`] into `self`, reusing its allocations (its name, population
    /// and missions vectors): nothing is allocated once `self` has held as long a name and as
    /// many missions. Afterwards `self` equals [`Contract::from_plain`] of it; on an error (the
    /// same as [`Contract::new`] of [`PlainContract::to_spec`]) `self` is left unchanged.
    ///
    /// ```
    /// use aci_core::contract::{Contract, PlainContract, PlainMission};
    /// use aci_core::mission::MissionId;
    /// let signed = "2023-01-01".parse().unwrap();
    /// let missions = [PlainMission {
    ///     id: MissionId::Prevention, start: signed, end: None,
    ///     fixed: None, fixed_first_year: None, variable: None,
    /// }];
    /// let plain = PlainContract {
    ///     name: "CPTS A", signed, years: None, population: 100_000,
    ///     operating_amount: None, missions: &missions,
    /// };
    /// let mut contract = Contract::from_plain(&plain).unwrap();
    /// assert_eq!(contract, Contract::new(plain.to_spec()).unwrap());
    /// let other = PlainContract { name: "CPTS B", population: 0, ..plain };
    /// assert!(contract.assign_plain(&other).is_err());   // population 0: refused, unchanged
    /// assert_eq!(contract.name, "CPTS A");
    /// contract.assign_plain(&PlainContract { population: 30_000, ..other }).unwrap();
    /// assert_eq!((contract.name.as_str(), contract.population[0].1), ("CPTS B", 30_000));
    /// ```
    pub fn assign_plain(&mut self, plain: &PlainContract) -> Result<()> {
        // Every check first, in `Contract::new`'s order, so an error leaves `self` as it was.
        check_years(plain.years)?;
        let population = check_population("population", plain.population)?;
        let operating_amount = check_operating_amount(plain.operating_amount)?;
        let mut seen = 0u32;
        for m in plain.missions {
            let bit = 1u32 << m.id.index();
            if seen & bit != 0 {
                return Err(Error::Duplicate {
                    field: "missions.id".into(),
                    name: m.id.key().to_string(),
                });
            }
            seen |= bit;
            check_mission(plain.signed, m, None)?;
            // No indicators: they pay up to 0 €, never above a (checked) envelope.
        }
        self.name.clear();
        self.name.push_str(plain.name);
        self.signed = plain.signed;
        self.years = plain.years;
        self.population.clear();
        self.population.push((plain.signed, population));
        self.operating_amount = operating_amount;
        self.operating_clause = None;
        self.missions.clear();
        self.missions.extend(plain.missions.iter().map(|m| Mission {
            id: m.id,
            start: m.start,
            end: m.end,
            deployed: None,
            fixed: m.fixed,
            fixed_first_year: m.fixed_first_year,
            variable: m.variable,
            clause: None,
            indicators: Vec::new(),
            indicators_max: Decimal::ZERO,
            first_indicator: 0,
        }));
        if !self.missions.is_sorted_by_key(|m| m.id) {
            self.missions.sort_by_key(|m| m.id);
        }
        self.indicator_index.clear();
        Ok(())
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

    /// [`Contract::mission`] of every mission, found in one pass (the first of an id wins, as
    /// there): what a year's computation looks up for each mission and each reported share.
    pub(crate) fn missions_by_id(&self) -> MissionMap<&Mission> {
        let mut by_id = MissionMap::new();
        for m in &self.missions {
            if !by_id.contains_key(&m.id) {
                by_id.insert(m.id, m);
            }
        }
        by_id
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
                crate::wording::text(crate::wording::id::VALUE_NONE, &[])
            } else {
                known.join(", ")
            },
        })
    }

    /// Every indicator id, in sorted order.
    pub fn indicator_ids(&self) -> impl Iterator<Item = &str> {
        self.indicator_index.keys().map(String::as_str)
    }

    /// Every indicator id in sorted order, with its position among all the contract's
    /// indicators (see [`Mission`]'s `first_indicator`).
    pub(crate) fn indicator_positions(&self) -> impl Iterator<Item = (&str, usize)> {
        self.indicator_index.iter().map(|(id, &(mi, ii))| {
            // A mission removed after the check has no position (the caller searches).
            let position = self
                .missions
                .get(mi)
                .map_or(usize::MAX, |m| m.first_indicator.saturating_add(ii));
            (id.as_str(), position)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(n: i64) -> Date {
        Date::new(2019, 1, 1)
            .unwrap()
            .checked_add(jiff::Span::new().days(n))
            .unwrap()
    }

    /// Mostly valid amounts of several scales, and the edges: zero and negative zero, the
    /// maximum at two scales, just above it, a cent below zero, a mantissa of 94 bits.
    fn amount() -> impl Strategy<Value = Option<Decimal>> {
        prop_oneof![
            3 => Just(None),
            1 => Just(Some(Decimal::ZERO)),
            1 => Just(Some(money::MAX_AMOUNT)),
            1 => Just(Some(money::MAX_AMOUNT + Decimal::new(1, 2))),
            1 => Just(Some(Decimal::new(-1, 2))),
            1 => Just(Some(-Decimal::new(0, 2))),
            1 => Just(Some(Decimal::new(1_000_000_000_000, 4))),
            1 => Just(Some(Decimal::new(1_000_000_000_001, 4))),
            1 => Just(Some(Decimal::from_i128_with_scale(i128::from(u64::MAX) << 30, 10))),
            40 => (0u32..4).prop_flat_map(|scale| {
                (0i64..=100_000_000 * 10i64.pow(scale)).prop_map(move |m| Some(Decimal::new(m, scale)))
            }),
        ]
    }

    /// Fields of a mission `id`; its start is mostly on or after the signature (day 0 to 9).
    fn mission(id: MissionId) -> impl Strategy<Value = PlainMission> {
        (
            prop_oneof![1 => -30i64..10, 9 => 10i64..400],
            prop::option::of(prop_oneof![1 => -30i64..400, 9 => 400i64..800]),
            amount(),
            amount(),
            amount(),
        )
            .prop_map(move |(start, end, fixed, fixed_first_year, variable)| {
                PlainMission {
                    id,
                    start: day(start),
                    end: end.map(day),
                    fixed,
                    fixed_first_year,
                    variable,
                }
            })
    }

    /// Distinct missions in any order, sometimes with one of them twice.
    fn missions() -> impl Strategy<Value = Vec<PlainMission>> {
        (
            prop::sample::subsequence(MissionId::ALL.to_vec(), 0..=6).prop_shuffle(),
            prop::bool::weighted(0.1),
        )
            .prop_flat_map(|(ids, twice)| {
                let mut ids = ids;
                if twice && let Some(&first) = ids.first() {
                    ids.push(first);
                }
                ids.into_iter().map(mission).collect::<Vec<_>>()
            })
    }

    #[derive(Debug, Clone)]
    struct Owned {
        name: String,
        signed: i64,
        years: Option<u32>,
        population: u64,
        operating_amount: Option<Decimal>,
        missions: Vec<PlainMission>,
    }

    impl Owned {
        fn plain(&self) -> PlainContract<'_> {
            PlainContract {
                name: &self.name,
                signed: day(self.signed),
                years: self.years,
                population: self.population,
                operating_amount: self.operating_amount,
                missions: &self.missions,
            }
        }
    }

    fn contract() -> impl Strategy<Value = Owned> {
        (
            "[a-zA-Z é-]{0,20}",
            0i64..10,
            prop_oneof![8 => Just(None), 8 => (1u32..=10).prop_map(Some), 1 => Just(Some(0)), 1 => Just(Some(11))],
            prop_oneof![1 => Just(0u64), 20 => 1u64..400_000, 1 => Just(5_000_000), 1 => Just(5_000_001)],
            amount(),
            missions(),
        )
            .prop_map(
                |(name, signed, years, population, operating_amount, missions)| Owned {
                    name,
                    signed,
                    years,
                    population,
                    operating_amount,
                    missions,
                },
            )
    }

    /// A contract `Contract::new` builds with indicators, an operating clause and a population
    /// series: everything `assign_plain` must clear.
    fn rich() -> Contract {
        let spec: ContractSpec = toml::from_str(
            r#"
            name = "CPTS riche, au nom long"
            signed = "2022-06-01"
            operating_amount = "60000"
            operating_clause = "art. 2"
            population = [{ population = 30000 }, { from = "2024-01-01", population = 90000 }]
            [[missions]]
            id = "prevention"
            start = "2022-06-01"
            variable = "10000"
            clause = "art. 5"
            indicators = [{ id = "charte", kind = "binary", amount = "1000" }]
            "#,
        )
        .unwrap();
        Contract::new(spec).unwrap()
    }

    fn read(population: &str) -> std::result::Result<ContractSpec, String> {
        toml::from_str(&format!(
            "name = \"C\"\nsigned = \"2023-01-15\"\npopulation = {population}\n"
        ))
        .map_err(|e| e.message().to_string())
    }

    /// The everyday mistakes get what the field accepts and an example, never serde's "data
    /// did not match any variant of untagged enum".
    #[test]
    fn population_mistakes_say_what_to_write() {
        let cases = [
            (
                "\"55000\"",
                "\"55000\" is text; write the number of inhabitants without quotes: 55000",
            ),
            (
                "-5",
                "-5 is not a number of inhabitants; write a whole number of at least 1, e.g. 55000",
            ),
            (
                "55000.0",
                "55000.0 has a decimal part; write the number of inhabitants as a whole number: 55000",
            ),
            (
                "55000.5",
                "55000.5 is not a whole number; write the number of inhabitants without decimals, e.g. 55000",
            ),
            (
                "{ population = 55000 }",
                "a table is not a population; write one figure as a number (55000)",
            ),
            (
                "[{ population = \"55000\" }]",
                "\"55000\" is text; write the number of inhabitants without quotes: 55000",
            ),
            (
                "true",
                "a whole number of inhabitants without quotes, e.g. 55000, or figures over time",
            ),
        ];
        for (written, said) in cases {
            let message = read(written).unwrap_err();
            assert!(message.contains(said), "{written}: {message}");
            assert!(!message.contains("untagged"), "{written}: {message}");
        }
        assert_eq!(
            read("55000").unwrap().population,
            PopulationSpec::Single(55000)
        );
        assert_eq!(
            read("[{ population = 55000 }]").unwrap().population,
            PopulationSpec::Series(vec![PopulationFigure {
                from: None,
                population: 55000
            }])
        );
    }

    /// The first figure's `from` was ignored (a figure known from 2024 counted from the 2023
    /// signature): a date after signature is now refused.
    #[test]
    fn a_first_population_figure_from_after_signature_is_refused() {
        let spec = read("[{ from = \"2024-01-01\", population = 55000 }]").unwrap();
        let err = Contract::new(spec).unwrap_err();
        assert!(
            matches!(&err, Error::OutOfRange { field, .. } if field == "population[0].from"),
            "{err:?}"
        );
        assert!(
            err.to_string()
                .contains("the signature date (2023-01-15) or earlier")
        );
        // On or before signature: the figure holds at signature.
        for from in ["2023-01-15", "2021-01-01"] {
            let spec = read(&format!("[{{ from = \"{from}\", population = 55000 }}]")).unwrap();
            let c = Contract::new(spec).unwrap();
            assert_eq!(c.population, vec![(Date::new(2023, 1, 15).unwrap(), 55000)]);
        }
    }

    /// A fraction of a cent is refused in every money field, naming the field; whole cents at a
    /// larger scale (`90000.000`) are accepted; rates and thresholds keep their precision.
    #[test]
    fn sub_cent_amounts_are_refused_in_every_money_field() {
        let base = "name = \"C\"\nsigned = \"2023-01-15\"\npopulation = 55000\n";
        let mission =
            "[[missions]]\nid = \"prevention\"\nstart = \"2023-01-15\"\nvariable = \"90000\"\n";
        let cases = [
            (
                format!("operating_amount = \"90000.005\"\n{base}"),
                "operating_amount",
            ),
            (
                format!("{base}{mission}fixed = \"90000.005\""),
                "missions.prevention.fixed",
            ),
            (
                format!("{base}{mission}fixed_first_year = \"90000.005\""),
                "missions.prevention.fixed_first_year",
            ),
            (
                format!("{base}{}", mission.replace("90000", "90000.005")),
                "missions.prevention.variable",
            ),
            (
                format!(
                    "{base}{mission}indicators = [{{ id = \"a\", kind = \"binary\", amount = \"1000.001\" }}]"
                ),
                "indicators.a.amount",
            ),
            (
                format!(
                    "{base}{mission}indicators = [{{ id = \"p\", kind = \"proportional\", direction = \"rising\", baseline = \"0\", target = \"1\", amount = \"1000.001\" }}]"
                ),
                "indicators.p.amount",
            ),
            (
                format!(
                    "{base}{mission}indicators = [{{ id = \"t\", kind = \"tiered\", direction = \"rising\", unit = \"rate\", tiers = [{{ threshold = \"0.555\", amount = \"1000.001\" }}] }}]"
                ),
                "indicators.t.tiers[0].amount",
            ),
        ];
        for (text, field) in cases {
            let spec: ContractSpec = toml::from_str(&text).unwrap();
            match Contract::new(spec) {
                Err(Error::SubCentAmount { field: f, .. }) => assert_eq!(f, field),
                other => panic!("{field}: {other:?}"),
            }
        }
        let err = Error::SubCentAmount {
            field: "operating_amount".into(),
            value: Decimal::new(90_000_005, 3),
        };
        assert_eq!(
            err.to_string(),
            "operating_amount = 90000.005 has a fraction of a cent: amounts are in euros with at most 2 decimals; write 90000.00 or 90000.01"
        );
        // Whole cents written with more decimals, and a rate threshold of 3 decimals: accepted.
        let text = format!(
            "{base}operating_amount = \"90000.000\"\n{mission}indicators = [{{ id = \"t\", kind = \"tiered\", direction = \"rising\", unit = \"rate\", tiers = [{{ threshold = \"0.555\", amount = \"1000.10\" }}] }}]"
        );
        let spec: ContractSpec = toml::from_str(&text).unwrap();
        Contract::new(spec).unwrap();
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// `from_plain` is `Contract::new` of the equivalent spec: same contract or same error;
        /// `assign_plain` over any earlier contract gives the same, or leaves it unchanged.
        #[test]
        fn plain_contracts_check_as_specs_do(a in contract(), b in contract()) {
            let want = Contract::new(a.plain().to_spec());
            prop_assert_eq!(Contract::from_plain(&a.plain()), want.clone());
            let earlier = [Contract::from_plain(&b.plain()).ok(), Some(rich())];
            for mut c in earlier.into_iter().flatten() {
                let before = c.clone();
                match (c.assign_plain(&a.plain()), &want) {
                    (Ok(()), Ok(w)) => prop_assert_eq!(&c, w),
                    (Err(e), Err(w)) => {
                        prop_assert_eq!(&e, w);
                        prop_assert_eq!(&c, &before);
                    }
                    (got, w) => prop_assert!(false, "assign_plain {got:?}, Contract::new {w:?}"),
                }
            }
        }
    }
}
