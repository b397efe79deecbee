//! The forecast spec (what is drawn, how often, with which seed), its checks, and the spec
//! resolved against one contract.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Deserialize;

use super::draw::{Sampler, Source, sampler};
use crate::calendar::ContractYear;
use crate::contract::Contract;
use crate::error::{Error, Result};
use crate::funding::Engine;
use crate::indicator::{Rule, Tiered};
use crate::mission::MissionId;
use crate::serde_util;
use crate::taille::check_population;
use crate::variable::VariableRule;

/// Probabilities are compared at this many decimal places.
const PROB_SCALE: u32 = 18;
/// Probability 1, out of 10^18.
pub(super) const PROB_ONE: u64 = 1_000_000_000_000_000_000;

/// A decimal read exactly from a string or a whole number (bare fractions are refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Exact(#[serde(deserialize_with = "serde_util::decimal")] pub Decimal);

/// One value of a discrete distribution and its probability.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weighted {
    pub value: Exact,
    pub p: Exact,
}

/// How likely each achievement is, for one indicator or one mission's achievement share.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Distribution {
    /// Binary deliverable: the probability it is done, e.g. `{ done = "0.8" }`.
    Done(Exact),
    /// Always this value, e.g. `{ fixed = "0.55" }`.
    Fixed(Exact),
    /// Uniform over `min, min + step, …, max`; `step` defaults to the finest decimal place of
    /// `min` and `max` (`"0.40"`..`"0.70"` → steps of 0.01), e.g.
    /// `{ uniform = { min = "1000", max = "3000" } }`.
    Uniform {
        min: Exact,
        max: Exact,
        #[serde(default)]
        step: Option<Exact>,
    },
    /// Listed values with probabilities adding up to exactly 1, e.g.
    /// `{ discrete = [ { value = "0.5", p = "0.3" }, { value = "0.6", p = "0.7" } ] }`.
    Discrete(Vec<Weighted>),
}

/// What to forecast. Indicators and missions without a distribution count as not reported.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForecastSpec {
    /// Number of simulated contracts (1 to 100 000 000). Default 10 000.
    #[serde(default = "default_draws")]
    pub draws: u64,
    /// Seed of the generator: the same seed and draws give the same forecast. Default 0.
    #[serde(default)]
    pub seed: u64,
    /// Worker threads (1 to 256; does not change the result). Default 1.
    #[serde(default = "default_threads")]
    pub threads: usize,
    /// Probability that the ARS recognises a serious crisis in a given year. Default 0.
    #[serde(default)]
    pub crisis: Option<Exact>,
    /// Yearly population growth (e.g. `"0.01"` for +1 %, −0.5 to 1): the population of year
    /// `k` is the contract's population at its start × (1 + growth)^(k − 1), rounded to the
    /// nearest inhabitant.
    #[serde(default)]
    pub population_growth: Option<Exact>,
    /// Indicator id → distribution of its observation.
    #[serde(default)]
    pub indicators: BTreeMap<String, Distribution>,
    /// Mission without indicators → distribution of its achievement share (0 to 1).
    #[serde(default)]
    pub missions: BTreeMap<MissionId, Distribution>,
    /// Also count the draws of every distinct yearly total (see [`YearForecast::histogram`]).
    #[serde(default)]
    pub histogram: bool,
}

fn default_draws() -> u64 {
    10_000
}

fn default_threads() -> usize {
    1
}

/// A probability as an integer out of 10^18.
pub(super) fn probability(field: &str, p: Decimal) -> Result<u64> {
    let allowed = || crate::wording::text(crate::wording::id::ALLOWED_PROBABILITY, &[]);
    if p < Decimal::ZERO || p > Decimal::ONE || p.scale() > PROB_SCALE {
        return Err(Error::out_of_range(field, p, allowed()));
    }
    let mut scaled = p;
    scaled.rescale(PROB_SCALE);
    u64::try_from(scaled.mantissa()).map_err(|_| Error::out_of_range(field, p, allowed()))
}

/// Everything resolved from a spec against one contract.
pub(super) struct Prepared<'a> {
    pub engine: Engine<'a>,
    pub contract: &'a Contract,
    pub years: u32,
    /// Indicators in plan order (missions in contract order, then indicators in contract order).
    pub indicators: Vec<Source<'a>>,
    /// The missions whose share is drawn, and how.
    pub shares: Vec<(MissionId, Sampler)>,
    /// Probability of a recognised crisis, out of 10^18.
    pub crisis: u64,
    /// `(indicator index, number of tiers)` of the sampled tiered indicators.
    pub tiered: Vec<(usize, usize)>,
}

impl ForecastSpec {
    /// The contract with its population grown, when a growth is given.
    pub(super) fn grown(&self, engine: &Engine, contract: &Contract) -> Result<Option<Contract>> {
        let Some(Exact(g)) = self.population_growth else {
            return Ok(None);
        };
        if g < Decimal::new(-5, 1) || g > Decimal::ONE {
            return Err(Error::out_of_range(
                "population_growth",
                g,
                crate::wording::text(
                    crate::wording::id::ALLOWED_RANGE,
                    &[("min", &"-0.5"), ("max", &1)],
                ),
            ));
        }
        let mut c = contract.clone();
        let mut factor = Decimal::ONE;
        c.population.clear();
        for k in 1..=engine.contract_years(contract)? {
            let cy = ContractYear::of(contract.signed, k)?;
            let base = Decimal::from(contract.population_on(cy.start));
            let p = base
                .checked_mul(factor)
                .ok_or_else(|| Error::overflow(crate::wording::id::OVERFLOW_GROWN_POPULATION))?
                .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
            let field =
                crate::wording::text(crate::wording::id::FIELD_GROWN_POPULATION, &[("year", &k)]);
            let p = u64::try_from(p).map_err(|_| {
                let allowed = crate::wording::text(
                    crate::wording::id::ALLOWED_RANGE,
                    &[("min", &1), ("max", &5_000_000)],
                );
                Error::out_of_range(&field, p, allowed)
            })?;
            let from = if k == 1 { contract.signed } else { cy.start };
            c.population.push((from, check_population(&field, p)?));
            factor = factor.checked_mul(Decimal::ONE + g).ok_or_else(|| {
                Error::overflow(crate::wording::id::OVERFLOW_POPULATION_GROWTH_FACTOR)
            })?;
        }
        Ok(Some(c))
    }

    pub(super) fn prepare<'a>(
        &self,
        engine: Engine<'a>,
        contract: &'a Contract,
    ) -> Result<Prepared<'a>> {
        let years = engine.contract_years(contract)?;
        let mut indicators = Vec::new();
        for m in &contract.missions {
            for ind in &m.indicators {
                let sampler = self
                    .indicators
                    .get(&ind.id)
                    .map(|d| sampler(&format!("indicators.{}", ind.id), Some(ind), d))
                    .transpose()?;
                indicators.push(Source {
                    indicator: ind,
                    sampler,
                });
            }
        }
        for id in self.indicators.keys() {
            contract.check_indicator(id)?;
        }
        let mut shares = Vec::new();
        for (&id, dist) in &self.missions {
            let field = format!("missions.{id}");
            match contract.mission(id) {
                Some(m) if VariableRule::of(m) == VariableRule::Share => {
                    shares.push((id, sampler(&field, None, dist)?));
                }
                Some(_) => {
                    return Err(Error::out_of_range(
                        field,
                        id,
                        crate::wording::text(
                            crate::wording::id::ALLOWED_MISSION_WITHOUT_INDICATORS,
                            &[],
                        ),
                    ));
                }
                None => {
                    return Err(Error::out_of_range(
                        field,
                        id,
                        crate::wording::text(crate::wording::id::ALLOWED_ENGAGED_MISSIONS, &[]),
                    ));
                }
            }
        }
        let crisis = match self.crisis {
            Some(Exact(p)) => probability("crisis", p)?,
            None => 0,
        };
        let tiered = indicators
            .iter()
            .enumerate()
            .filter_map(|(i, s)| match (&s.sampler, &s.indicator.rule) {
                (Some(_), Rule::Tiered(Tiered { tiers, .. })) => Some((i, tiers.len())),
                _ => None,
            })
            .collect();
        Ok(Prepared {
            engine,
            contract,
            years,
            indicators,
            shares,
            crisis,
            tiered,
        })
    }
}
