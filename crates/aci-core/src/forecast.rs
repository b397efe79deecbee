//! Monte Carlo funding forecasts: given how likely each indicator's achievement is, the
//! distribution of each contract year's funding and of the cumulative funding (spec format:
//! docs/forecast.md).
//!
//! A [`ForecastSpec`] (TOML or JSON) gives, per indicator and per mission without indicators, a
//! [`Distribution`]; a probability that the ARS recognises a crisis each year; and an optional
//! yearly population growth. Each draw simulates every year of the contract independently; the
//! amounts are the engine's own ([`Engine::year_total`]), never approximated.
//!
//! **Exact sampling, no floating point.** Probabilities are decimals with at most 18 places,
//! compared with a uniform integer in `0..10^18`; ranges are grids of exact decimals (`min`,
//! `min + step`, …, `max`), one picked uniformly. The generator is ChaCha8 seeded from `seed`;
//! draws are cut into chunks of [`CHUNK`] and chunk `k` uses stream `k`, so the result depends
//! on the seed and the number of draws, never on the number of threads.
//!
//! **Statistics.** `mean` is the exact mean rounded to the cent; `p10`, `p50`, `p90` are
//! nearest-rank percentiles (the smallest amount reached by at least 10 %, 50 %, 90 % of draws),
//! so each is an amount some draw actually produced. Tier chances are counts of draws that
//! reached the tier, and the count divided by the draws rounded to 6 places.
//!
//! ```
//! use aci_core::{Engine, Options, RuleBook};
//! use aci_core::contract::{Contract, ContractSpec};
//! use aci_core::forecast::ForecastSpec;
//! let contract: ContractSpec = toml::from_str(r#"
//!     name = "CPTS exemple"
//!     signed = "2023-01-01"
//!     population = 100000
//!     [[missions]]
//!     id = "prevention"
//!     start = "2023-01-01"
//!     indicators = [ { id = "annuaire", kind = "binary", amount = "5000" } ]
//! "#).unwrap();
//! let contract = Contract::new(contract).unwrap();
//! let spec: ForecastSpec = toml::from_str(r#"
//!     draws = 1000
//!     seed = 7
//!     [indicators]
//!     annuaire = { done = "0.5" }
//! "#).unwrap();
//! let engine = Engine::new(RuleBook::shipped(), Options::default());
//! let f = spec.run(&engine, &contract).unwrap();
//! // 75 000 € operating + 17 500 € fixed part, plus 5 000 € about half of the time.
//! assert_eq!(f.years[1].yearly.p10.to_string(), "92500.00");
//! assert_eq!(f.years[1].yearly.p90.to_string(), "97500.00");
//! ```

use std::collections::BTreeMap;

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::calendar::ContractYear;
use crate::contract::Contract;
use crate::error::{Error, Result};
use crate::funding::{Engine, YearResults};
use crate::indicator::{Direction, Indicator, Observation, Rule};
use crate::mission::{MissionId, MissionMap};
use crate::plan::{Outcome, Plan};
use crate::serde_util;
use crate::taille::check_population;
use crate::variable::VariableRule;

/// Draws per chunk: the unit of seeding and of work sharing between threads.
pub const CHUNK: u64 = 4096;
/// Most draws accepted in one forecast.
pub const MAX_DRAWS: u64 = 100_000_000;
/// Probabilities are compared at this many decimal places.
const PROB_SCALE: u32 = 18;
const PROB_ONE: u64 = 1_000_000_000_000_000_000;

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

/// Distribution summary of an amount over the draws.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    #[serde(serialize_with = "serde_util::ser_decimal")]
    pub mean: Decimal,
    #[serde(serialize_with = "serde_util::ser_decimal")]
    pub min: Decimal,
    #[serde(serialize_with = "serde_util::ser_decimal")]
    pub p10: Decimal,
    #[serde(serialize_with = "serde_util::ser_decimal")]
    pub p50: Decimal,
    #[serde(serialize_with = "serde_util::ser_decimal")]
    pub p90: Decimal,
    #[serde(serialize_with = "serde_util::ser_decimal")]
    pub max: Decimal,
}

/// How often a tier of a tiered indicator was reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TierChance {
    pub indicator: String,
    /// 1 for the first (easiest) tier.
    pub tier: usize,
    #[serde(serialize_with = "serde_util::ser_decimal")]
    pub threshold: Decimal,
    /// Draws that reached this tier or a higher one.
    pub reached: u64,
    /// `reached / draws`, rounded to 6 decimal places.
    #[serde(serialize_with = "serde_util::ser_decimal")]
    pub probability: Decimal,
}

/// One contract year of a forecast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearForecast {
    pub year: u32,
    pub yearly: Summary,
    /// Funding from year 1 to this year.
    pub cumulative: Summary,
    /// The tiers of the indicators whose mission runs during the year.
    pub tiers: Vec<TierChance>,
    /// With `histogram = true`: yearly total → number of draws that gave it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub histogram: Option<BTreeMap<Decimal, u64>>,
}

/// The result of a forecast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Forecast {
    pub contract: String,
    pub draws: u64,
    pub seed: u64,
    pub years: Vec<YearForecast>,
}

// ---- sampling --------------------------------------------------------------------------------

/// A uniform integer in `0..n` (n > 0), without bias (Lemire's multiply-and-reject).
fn below(rng: &mut ChaCha8Rng, n: u64) -> u64 {
    let mut m = u128::from(rng.next_u64()) * u128::from(n);
    if (m as u64) < n {
        let t = n.wrapping_neg() % n;
        while (m as u64) < t {
            m = u128::from(rng.next_u64()) * u128::from(n);
        }
    }
    (m >> 64) as u64
}

/// A probability as an integer out of 10^18.
fn probability(field: &str, p: Decimal) -> Result<u64> {
    let allowed = || crate::wording::text(crate::wording::id::ALLOWED_PROBABILITY, &[]);
    if p < Decimal::ZERO || p > Decimal::ONE || p.scale() > PROB_SCALE {
        return Err(Error::out_of_range(field, p, allowed()));
    }
    let mut scaled = p;
    scaled.rescale(PROB_SCALE);
    u64::try_from(scaled.mantissa()).map_err(|_| Error::out_of_range(field, p, allowed()))
}

/// What one sampled observation leads to, computed once per distinct value when possible.
#[derive(Debug, Clone, Copy)]
struct Drawn {
    obs: Observation,
    /// For a share, the share; for an indicator, what it pays.
    paid: Decimal,
    /// Tiers reached (0 = none).
    tiers: u8,
}

/// Grids up to this many values are evaluated once, into a table.
const TABLE_MAX: u64 = 1 << 16;

enum Sampler {
    Fixed(Drawn),
    /// Cumulative thresholds out of 10^18 and the outcome of each.
    Discrete(Vec<(u64, Drawn)>),
    /// A uniform grid, evaluated once: value `k` is `min + step × k`.
    Table(Vec<Drawn>),
    /// `min + step × k` for `k` in `0..count`, evaluated at each draw (large grids).
    Grid {
        min: Decimal,
        step: Decimal,
        count: u64,
    },
}

/// One indicator (or, with `indicator == None`, a mission share) and how to sample it.
struct Source<'a> {
    indicator: Option<&'a Indicator>,
    sampler: Option<Sampler>,
}

fn tiers_reached(ind: &Indicator, obs: &Observation) -> u8 {
    match (&ind.rule, obs) {
        (
            Rule::Tiered {
                direction, tiers, ..
            },
            Observation::Value(v),
        ) => {
            let n = tiers
                .iter()
                .rposition(|t| match direction {
                    Direction::Rising => *v >= t.threshold,
                    Direction::Falling => *v <= t.threshold,
                })
                .map_or(0, |k| k + 1);
            u8::try_from(n).unwrap_or(u8::MAX)
        }
        _ => 0,
    }
}

/// Pays an observation: for an indicator, its amount (checked, so a value outside the unit is
/// refused here, once); for a share, the share itself is the payload.
fn drawn(field: &str, ind: Option<&Indicator>, obs: Observation) -> Result<Drawn> {
    match ind {
        Some(ind) => {
            let paid = ind.pay(&obs)?;
            Ok(Drawn {
                obs,
                paid,
                tiers: tiers_reached(ind, &obs),
            })
        }
        None => match obs {
            Observation::Value(v) if crate::money::within(v, Decimal::ONE) => Ok(Drawn {
                obs,
                paid: v,
                tiers: 0,
            }),
            _ => Err(Error::out_of_range(
                field,
                obs,
                crate::wording::text(crate::wording::id::ALLOWED_SHARE, &[]),
            )),
        },
    }
}

fn sampler(field: &str, ind: Option<&Indicator>, dist: &Distribution) -> Result<Sampler> {
    let binary = matches!(ind.map(|i| &i.rule), Some(Rule::Binary { .. }));
    let value = |v: Decimal| drawn(field, ind, Observation::Value(v));
    match dist {
        Distribution::Done(p) => {
            if !binary {
                return Err(Error::ObservationKind {
                    indicator: field.into(),
                    expected: crate::wording::text(
                        crate::wording::id::EXPECTED_VALUE_DISTRIBUTION,
                        &[],
                    ),
                    got: crate::wording::text(crate::wording::id::GOT_PROBABILITY_DONE, &[]),
                });
            }
            let p = probability(&format!("{field}.done"), p.0)?;
            Ok(Sampler::Discrete(vec![
                (PROB_ONE - p, drawn(field, ind, Observation::Done(false))?),
                (PROB_ONE, drawn(field, ind, Observation::Done(true))?),
            ]))
        }
        _ if binary => Err(Error::ObservationKind {
            indicator: field.into(),
            expected: crate::wording::text(
                crate::wording::id::EXPECTED_PROBABILITY_DONE,
                &[("example", &"{ done = \"0.8\" }")],
            ),
            got: crate::wording::text(crate::wording::id::GOT_VALUE_DISTRIBUTION, &[]),
        }),
        Distribution::Fixed(v) => Ok(Sampler::Fixed(value(v.0)?)),
        Distribution::Discrete(items) => {
            if items.is_empty() {
                return Err(Error::out_of_range(
                    field,
                    "[]",
                    crate::wording::text(crate::wording::id::ALLOWED_AT_LEAST_ONE_VALUE, &[]),
                ));
            }
            let mut cum = 0u64;
            let mut total = Decimal::ZERO;
            let mut out = Vec::with_capacity(items.len());
            for (i, w) in items.iter().enumerate() {
                let p = probability(&format!("{field}.discrete[{i}].p"), w.p.0)?;
                total += w.p.0;
                cum = cum.saturating_add(p);
                out.push((cum, value(w.value.0)?));
            }
            if total != Decimal::ONE {
                return Err(Error::out_of_range(
                    format!("{field}.discrete"),
                    crate::wording::text(
                        crate::wording::id::VALUE_PROBABILITIES_SUM,
                        &[("total", &total)],
                    ),
                    crate::wording::text(crate::wording::id::ALLOWED_PROBABILITIES_SUM, &[]),
                ));
            }
            Ok(Sampler::Discrete(out))
        }
        Distribution::Uniform { min, max, step } => {
            let (min, max) = (min.0, max.0);
            let step = match step {
                Some(s) => s.0,
                None => Decimal::new(1, min.scale().max(max.scale())),
            };
            let grid = max
                .checked_sub(min)
                .and_then(|d| d.checked_div(step))
                .filter(|n| n.fract().is_zero());
            let count = match grid.and_then(|n| u64::try_from(n).ok()) {
                Some(n) if min <= max && step > Decimal::ZERO && n < u64::MAX => n + 1,
                _ => {
                    return Err(Error::out_of_range(
                        format!("{field}.uniform"),
                        format!("min {min}, max {max}, step {step}"),
                        crate::wording::text(crate::wording::id::ALLOWED_UNIFORM, &[]),
                    ));
                }
            };
            // Both ends checked once: every grid value lies between them.
            value(min)?;
            value(max)?;
            if count <= TABLE_MAX {
                let table = (0..count)
                    .map(|k| value(min + step * Decimal::from(k)))
                    .collect::<Result<Vec<_>>>()?;
                return Ok(Sampler::Table(table));
            }
            Ok(Sampler::Grid { min, step, count })
        }
    }
}

impl Sampler {
    /// Draws the index of an outcome (one generator use per draw, whatever the sampler).
    fn pick(&self, rng: &mut ChaCha8Rng) -> u64 {
        match self {
            Sampler::Fixed(_) => 0,
            Sampler::Discrete(items) => {
                let u = below(rng, PROB_ONE);
                // Probabilities add up to 1, so the last threshold is 10^18 > u.
                items.partition_point(|(c, _)| *c <= u).min(items.len() - 1) as u64
            }
            Sampler::Table(table) => below(rng, table.len() as u64),
            Sampler::Grid { count, .. } => below(rng, *count),
        }
    }

    /// Outcome `k`, when it is stored (every sampler but a large grid).
    fn stored(&self, k: u64) -> Option<&Drawn> {
        match self {
            Sampler::Fixed(d) => Some(d),
            Sampler::Discrete(items) => items.get(k as usize).map(|(_, d)| d),
            Sampler::Table(table) => table.get(k as usize),
            Sampler::Grid { .. } => None,
        }
    }

    /// Outcome `k` (stored outcomes are copied; are only read this way off the hot path).
    fn outcome(&self, k: u64, ind: Option<&Indicator>) -> Result<Drawn> {
        match (self.stored(k), self) {
            (Some(d), _) => Ok(*d),
            (None, Sampler::Grid { min, step, .. }) => {
                drawn("", ind, Observation::Value(*min + *step * Decimal::from(k)))
            }
            (None, _) => Err(Error::out_of_range(
                "outcome",
                k,
                crate::wording::text(crate::wording::id::ALLOWED_DRAWN_OUTCOME, &[]),
            )),
        }
    }
}

// ---- running ---------------------------------------------------------------------------------

/// Everything resolved from a spec against one contract.
struct Prepared<'a> {
    engine: Engine<'a>,
    contract: &'a Contract,
    years: u32,
    /// Indicators in plan order (missions in breakdown order, then contract order).
    indicators: Vec<Source<'a>>,
    /// Per mission index: a share sampler.
    shares: Vec<(MissionId, Sampler)>,
    crisis: u64,
    /// `(indicator index, number of tiers)` of the sampled tiered indicators.
    tiered: Vec<(usize, usize)>,
}

impl ForecastSpec {
    /// Runs the forecast of `contract` under `engine`.
    pub fn run(&self, engine: &Engine, contract: &Contract) -> Result<Forecast> {
        self.run_with_progress(engine, contract, None)
    }

    /// [`ForecastSpec::run`], adding the number of draws done to `progress` as chunks finish
    /// (for a progress bar; the result is the same).
    pub fn run_with_progress(
        &self,
        engine: &Engine,
        contract: &Contract,
        progress: Option<&std::sync::atomic::AtomicU64>,
    ) -> Result<Forecast> {
        if self.draws == 0 || self.draws > MAX_DRAWS {
            return Err(Error::out_of_range(
                "draws",
                self.draws,
                crate::wording::text(
                    crate::wording::id::ALLOWED_RANGE,
                    &[("min", &1), ("max", &100_000_000)],
                ),
            ));
        }
        if self.threads == 0 || self.threads > 256 {
            return Err(Error::out_of_range(
                "threads",
                self.threads,
                crate::wording::text(
                    crate::wording::id::ALLOWED_RANGE,
                    &[("min", &1), ("max", &256)],
                ),
            ));
        }
        let grown = self.grown(engine, contract)?;
        let contract = grown.as_ref().unwrap_or(contract);
        let prepared = self.prepare(*engine, contract)?;
        prepared.run(self, progress)
    }

    /// Every outcome of contract year `year` with its exact probability, when every
    /// distribution is finite (fixed, done, discrete, or a uniform grid); at most 1 000 000
    /// combinations. Probabilities of equal totals are added up.
    pub fn exact_year(
        &self,
        engine: &Engine,
        contract: &Contract,
        year: u32,
    ) -> Result<BTreeMap<Decimal, Decimal>> {
        let grown = self.grown(engine, contract)?;
        let contract = grown.as_ref().unwrap_or(contract);
        let p = self.prepare(*engine, contract)?;
        // Every random input as a list of (observation, probability).
        let mut axes: Vec<Vec<(Observation, Decimal)>> = Vec::new();
        let finite = |s: &Sampler, field: &str| -> Result<Vec<(Observation, Decimal)>> {
            Ok(match s {
                Sampler::Fixed(d) => vec![(d.obs, Decimal::ONE)],
                Sampler::Discrete(items) => {
                    let mut prev = 0u64;
                    items
                        .iter()
                        .map(|(c, d)| {
                            let p = Decimal::from(c - prev) / Decimal::from(PROB_ONE);
                            prev = *c;
                            (d.obs, p)
                        })
                        .collect()
                }
                Sampler::Table(table) => {
                    let p = Decimal::ONE / Decimal::from(table.len() as u64);
                    table.iter().map(|d| (d.obs, p)).collect()
                }
                Sampler::Grid { min, step, count } if *count <= 1_000_000 => {
                    let p = Decimal::ONE / Decimal::from(*count);
                    (0..*count)
                        .map(|k| (Observation::Value(*min + *step * Decimal::from(k)), p))
                        .collect()
                }
                Sampler::Grid { count, .. } => {
                    return Err(Error::out_of_range(
                        field,
                        count,
                        crate::wording::text(crate::wording::id::ALLOWED_AT_MOST_VALUES, &[]),
                    ));
                }
            })
        };
        for s in &p.indicators {
            let field = s.indicator.map_or("", |i| i.id.as_str());
            axes.push(match &s.sampler {
                Some(sm) => finite(sm, field)?,
                None => vec![],
            });
        }
        for (m, s) in &p.shares {
            axes.push(finite(s, m.key())?);
        }
        let crisis_p = Decimal::from(p.crisis) / Decimal::from(PROB_ONE);
        axes.push(vec![
            (Observation::Done(false), Decimal::ONE - crisis_p),
            (Observation::Done(true), crisis_p),
        ]);
        let combos = axes
            .iter()
            .try_fold(1u64, |n, a| n.checked_mul(a.len().max(1) as u64))
            .filter(|n| *n <= 1_000_000)
            .ok_or_else(|| {
                Error::out_of_range(
                    "exact_year",
                    crate::wording::text(crate::wording::id::VALUE_TOO_MANY, &[]),
                    crate::wording::text(crate::wording::id::ALLOWED_OUTCOMES, &[]),
                )
            })?;
        let mut out: BTreeMap<Decimal, Decimal> = BTreeMap::new();
        let mut index = vec![0usize; axes.len()];
        for _ in 0..combos {
            let mut results = YearResults::default();
            let mut prob = Decimal::ONE;
            for (a, (axis, &i)) in axes.iter().zip(&index).enumerate() {
                let Some(&(obs, q)) = axis.get(i) else {
                    continue;
                };
                prob *= q;
                if a < p.indicators.len() {
                    if let Some(ind) = p.indicators[a].indicator {
                        results.indicators.insert(ind.id.clone(), obs);
                    }
                } else if a < p.indicators.len() + p.shares.len() {
                    if let Observation::Value(v) = obs {
                        results
                            .missions
                            .insert(p.shares[a - p.indicators.len()].0, v);
                    }
                } else {
                    results.crisis_recognised = obs == Observation::Done(true);
                }
            }
            let total = p.engine.year_total(p.contract, year, &results)?;
            *out.entry(total).or_default() += prob;
            // Next combination (odometer).
            for (i, axis) in index.iter_mut().zip(&axes) {
                *i += 1;
                if *i < axis.len() {
                    break;
                }
                *i = 0;
            }
        }
        Ok(out)
    }

    /// The contract with its population grown, when a growth is given.
    fn grown(&self, engine: &Engine, contract: &Contract) -> Result<Option<Contract>> {
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

    fn prepare<'a>(&self, engine: Engine<'a>, contract: &'a Contract) -> Result<Prepared<'a>> {
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
                    indicator: Some(ind),
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
            .filter_map(
                |(i, s)| match (&s.sampler, s.indicator.map(|ind| &ind.rule)) {
                    (Some(_), Some(Rule::Tiered { tiers, .. })) => Some((i, tiers.len())),
                    _ => None,
                },
            )
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

impl Prepared<'_> {
    fn run(
        &self,
        spec: &ForecastSpec,
        progress: Option<&std::sync::atomic::AtomicU64>,
    ) -> Result<Forecast> {
        let plan = Plan::new(self.engine, self.contract);
        let years = self.years as usize;
        let draws = spec.draws as usize;
        let chunks = spec.draws.div_ceil(CHUNK) as usize;
        let tier_slots: usize = self.tier_slots().len();
        // Draw-major totals in cents, one row of `years` per draw.
        let mut cents = vec![0i64; draws * years];
        let mut tiers = vec![0u64; tier_slots * years];
        let rows_per_chunk = CHUNK as usize * years;
        let threads = spec.threads.min(chunks).max(1);
        let per_thread = chunks.div_ceil(threads);
        let work = |start: usize, mine: &mut [i64]| -> Result<Vec<u64>> {
            let mut counts = vec![0u64; tier_slots * years];
            for (k, block) in mine.chunks_mut(rows_per_chunk).enumerate() {
                self.chunk(spec.seed, (start + k) as u64, &plan, block, &mut counts)?;
                if let Some(p) = progress {
                    p.fetch_add(
                        (block.len() / years) as u64,
                        std::sync::atomic::Ordering::Relaxed,
                    );
                }
            }
            Ok(counts)
        };
        let mut add = |counts: Vec<u64>| {
            for (t, c) in tiers.iter_mut().zip(counts) {
                *t += c;
            }
        };
        if threads == 1 {
            // No thread to spawn: the common case, and what a caller already running in
            // parallel wants.
            add(work(0, &mut cents)?);
        } else {
            let outcome: Result<()> = std::thread::scope(|s| {
                let mut handles = Vec::new();
                let mut rest: &mut [i64] = &mut cents;
                let mut first = 0usize;
                while first < chunks {
                    let n = per_thread.min(chunks - first);
                    let take = (n * rows_per_chunk).min(rest.len());
                    let (mine, tail) = rest.split_at_mut(take);
                    rest = tail;
                    let work = &work;
                    let start = first;
                    handles.push(s.spawn(move || work(start, mine)));
                    first += n;
                }
                for h in handles {
                    // A panicking worker is a bug; re-raise it rather than hide it.
                    add(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))?);
                }
                Ok(())
            });
            outcome?;
        }
        Ok(self.summarise(spec, &cents, &tiers))
    }

    /// `(indicator, tier index, threshold)` of every tier of every sampled tiered indicator.
    fn tier_slots(&self) -> Vec<(&Indicator, usize, Decimal)> {
        self.indicators
            .iter()
            .filter(|s| s.sampler.is_some())
            .filter_map(|s| s.indicator)
            .filter_map(|ind| match &ind.rule {
                Rule::Tiered { tiers, .. } => Some(
                    tiers
                        .iter()
                        .enumerate()
                        .map(move |(k, t)| (ind, k, t.threshold)),
                ),
                _ => None,
            })
            .flatten()
            .collect()
    }

    /// Simulates the draws of chunk `chunk` into `block` (rows of `years` cents).
    fn chunk(
        &self,
        seed: u64,
        chunk: u64,
        plan: &Plan,
        block: &mut [i64],
        counts: &mut [u64],
    ) -> Result<()> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(chunk);
        let years = self.years as usize;
        let n = self.indicators.len();
        // Per indicator: the outcome index drawn (for the engine, if it must decide), what it
        // pays and the tiers it reaches. Read by reference: copying outcomes here was the
        // main cost of a draw (store-forwarding stalls on unaligned copies).
        let mut picked: Vec<Option<u64>> = vec![None; n];
        let mut paid: Vec<Option<Decimal>> = vec![None; n];
        let mut reached: Vec<u8> = vec![0; n];
        let mut shares = MissionMap::new();
        let slots_per_year = counts.len() / years.max(1);
        for row in block.chunks_mut(years) {
            for (y, cell) in row.iter_mut().enumerate() {
                for (i, src) in self.indicators.iter().enumerate() {
                    let Some(s) = &src.sampler else {
                        continue;
                    };
                    let k = s.pick(&mut rng);
                    picked[i] = Some(k);
                    let (amount, tiers) = match s.stored(k) {
                        Some(d) => (d.paid, d.tiers),
                        None => {
                            let d = s.outcome(k, src.indicator)?;
                            (d.paid, d.tiers)
                        }
                    };
                    paid[i] = Some(amount);
                    reached[i] = tiers;
                }
                for (m, s) in &self.shares {
                    let k = s.pick(&mut rng);
                    let share = match s.stored(k) {
                        Some(d) => d.paid,
                        None => s.outcome(k, None)?.paid,
                    };
                    shares.insert(*m, share);
                }
                let crisis = self.crisis > 0 && below(&mut rng, PROB_ONE) < self.crisis;
                let year = y as u32 + 1;
                let outcome = Outcome {
                    paid: &paid,
                    shares: &shares,
                    crisis,
                };
                *cell = to_cents(match plan.total(year, &outcome) {
                    Some(t) => t,
                    None => self.engine_total(year, &picked, &shares, crisis)?,
                })?;
                // Tier counts, in the order of `tier_slots`.
                let mut slot = y * slots_per_year;
                for &(i, tiers) in &self.tiered {
                    let reached = usize::from(reached[i]).min(tiers);
                    for c in &mut counts[slot..slot + reached] {
                        *c += 1;
                    }
                    slot += tiers;
                }
            }
        }
        Ok(())
    }

    /// The engine's own answer for an outcome the plan left to it.
    fn engine_total(
        &self,
        year: u32,
        picked: &[Option<u64>],
        shares: &MissionMap<Decimal>,
        crisis: bool,
    ) -> Result<Decimal> {
        let mut results = YearResults {
            crisis_recognised: crisis,
            ..YearResults::default()
        };
        for (src, k) in self.indicators.iter().zip(picked) {
            if let (Some(ind), Some(s), Some(k)) = (src.indicator, &src.sampler, k) {
                results
                    .indicators
                    .insert(ind.id.clone(), s.outcome(*k, Some(ind))?.obs);
            }
        }
        for (m, s) in shares {
            results.missions.insert(*m, *s);
        }
        self.engine.year_total(self.contract, year, &results)
    }

    fn summarise(&self, spec: &ForecastSpec, cents: &[i64], tiers: &[u64]) -> Forecast {
        let years = self.years as usize;
        let slots = self.tier_slots();
        // Each year's statistics are independent: spread the years over the threads.
        let threads = spec.threads.min(years).max(1);
        let mut stats: Vec<Option<(Summary, Summary, Option<Histogram>)>> = vec![None; years];
        if threads == 1 {
            for (y, slot) in stats.iter_mut().enumerate() {
                *slot = Some(year_stats(spec, cents, years, y));
            }
        } else {
            std::thread::scope(|s| {
                for (t, part) in stats.chunks_mut(years.div_ceil(threads)).enumerate() {
                    let first = t * years.div_ceil(threads);
                    s.spawn(move || {
                        for (k, slot) in part.iter_mut().enumerate() {
                            *slot = Some(year_stats(spec, cents, years, first + k));
                        }
                    });
                }
            });
        }
        let out = stats
            .into_iter()
            .enumerate()
            .filter_map(|(y, st)| {
                let (yearly, cumulative, histogram) = st?;
                // An indicator's tiers are reported only for the years its mission runs: before
                // it starts or after it ends, nothing is paid on them.
                let cy = ContractYear::of(self.contract.signed, y as u32 + 1).ok();
                let running = |ind: &Indicator| match (cy, self.contract.indicator(&ind.id)) {
                    (Some(cy), Some((m, _))) => cy.clip(m.start, m.end).is_some(),
                    _ => true,
                };
                let tiers = slots
                    .iter()
                    .enumerate()
                    .filter(|(_, (ind, _, _))| running(ind))
                    .map(|(k, (ind, tier, threshold))| {
                        let reached = tiers[y * slots.len() + k];
                        TierChance {
                            indicator: ind.id.clone(),
                            tier: tier + 1,
                            threshold: *threshold,
                            reached,
                            probability: (Decimal::from(reached) / Decimal::from(spec.draws))
                                .round_dp(6),
                        }
                    })
                    .collect();
                Some(YearForecast {
                    year: y as u32 + 1,
                    yearly,
                    cumulative,
                    tiers,
                    histogram,
                })
            })
            .collect();
        Forecast {
            contract: self.contract.name.clone(),
            draws: spec.draws,
            seed: spec.seed,
            years: out,
        }
    }
}

type Histogram = BTreeMap<Decimal, u64>;

/// Statistics of year `y` (0-based) from draw-major totals: the yearly and cumulative summaries
/// and, when asked, the histogram of yearly totals.
fn year_stats(
    spec: &ForecastSpec,
    cents: &[i64],
    years: usize,
    y: usize,
) -> (Summary, Summary, Option<Histogram>) {
    let mut column: Vec<i64> = cents.chunks(years).map(|row| row[y]).collect();
    let mut cumulative: Vec<i64> = cents
        .chunks(years)
        .map(|row| row[..=y].iter().sum())
        .collect();
    let histogram = spec.histogram.then(|| {
        let mut h = BTreeMap::new();
        for &c in &column {
            *h.entry(Decimal::new(c, 2)).or_insert(0u64) += 1;
        }
        h
    });
    (summary(&mut column), summary(&mut cumulative), histogram)
}

fn to_cents(amount: Decimal) -> Result<i64> {
    // Every line is rounded to the cent, so a total is a whole number of cents.
    crate::plan::to_cents(amount)
        .ok_or_else(|| Error::overflow(crate::wording::id::OVERFLOW_FORECAST_CENTS))
}

/// Mean and nearest-rank percentiles; reorders `values`.
fn summary(values: &mut [i64]) -> Summary {
    let n = values.len();
    let sum: i128 = values.iter().map(|&v| i128::from(v)).sum();
    let mean = crate::money::round_to_cent(
        Decimal::from_i128_with_scale(sum, 2) / Decimal::from(n as u64),
    );
    // Nearest rank: the ceil(p × n)-th smallest value, found by successive selections.
    let rank = |pct: usize| (pct * n).div_ceil(100).max(1) - 1;
    let (r10, r50, r90) = (rank(10), rank(50), rank(90));
    let p10 = *values.select_nth_unstable(r10).1;
    let p50 = *values[r10..].select_nth_unstable(r50 - r10).1;
    let p90 = *values[r50..].select_nth_unstable(r90 - r50).1;
    let min = *values[..=r10].iter().min().unwrap_or(&p10);
    let max = *values[r90..].iter().max().unwrap_or(&p90);
    let money = |c: i64| Decimal::new(c, 2);
    Summary {
        mean,
        min: money(min),
        p10: money(p10),
        p50: money(p50),
        p90: money(p90),
        max: money(max),
    }
}
