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
//!
//! One file per concept: the spec as files write it (`spec.rs`), the population (`population.rs`),
//! the checks from spec to contract (`check.rs`); the checked contract and what it answers here.

mod check;
mod population;
mod spec;

use std::collections::BTreeMap;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::indicator::Indicator;
use crate::mission::{MissionId, MissionMap};

pub use population::{PopulationFigure, PopulationSpec};
pub use spec::{ContractSpec, MissionSpec, PlainContract, PlainMission};

/// Longest contract accepted, in years (the ACI contract lasts 5; renewals are new contracts).
pub const MAX_YEARS: u32 = 10;
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
