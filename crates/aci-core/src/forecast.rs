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

mod draw;
mod exact;
mod spec;
mod stats;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::contract::Contract;
use crate::error::{Error, Result};
use crate::funding::Engine;
use crate::plan::Plan;
use spec::Prepared;
pub use spec::{Distribution, Exact, ForecastSpec, Weighted};
pub use stats::{Summary, TierChance};

/// Draws per chunk: the unit of seeding and of work sharing between threads.
pub const CHUNK: u64 = 4096;
/// Most draws accepted in one forecast.
pub const MAX_DRAWS: u64 = 100_000_000;

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
        progress: Option<&AtomicU64>,
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
}

impl Prepared<'_> {
    /// Draws every chunk, then summarises, on a pool of `spec.threads` threads of its own.
    fn run(&self, spec: &ForecastSpec, progress: Option<&AtomicU64>) -> Result<Forecast> {
        let plan = Plan::new(self.engine, self.contract, self.inputs());
        let years = self.years as usize;
        let chunks = spec.draws.div_ceil(CHUNK) as usize;
        let slots = self.tier_slots().len() * years;
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(spec.threads.min(chunks))
            .build()
            .map_err(|_| {
                Error::out_of_range("threads", spec.threads, "as many as the system can start")
            })?;
        // Draw-major totals in cents, one row of `years` per draw.
        let mut cents = vec![0i64; spec.draws as usize * years];
        // A failed chunk stops the chunks after it, but not those before it: the error
        // returned is the first chunk's, whatever the number of threads.
        let first_failed = AtomicUsize::new(usize::MAX);
        let chunk_counts: Vec<Result<Option<Vec<u64>>>> = pool.install(|| {
            cents
                .par_chunks_mut(CHUNK as usize * years)
                .enumerate()
                .map(|(k, block)| {
                    if first_failed.load(Ordering::Relaxed) < k {
                        return Ok(None);
                    }
                    let mut counts = vec![0u64; slots];
                    let drawn = self.chunk(spec.seed, k as u64, &plan, block, &mut counts);
                    if drawn.is_err() {
                        first_failed.fetch_min(k, Ordering::Relaxed);
                    }
                    drawn?;
                    if let Some(p) = progress {
                        p.fetch_add((block.len() / years) as u64, Ordering::Relaxed);
                    }
                    Ok(Some(counts))
                })
                .collect()
        });
        let mut tiers = vec![0u64; slots];
        for counts in chunk_counts {
            for (t, c) in tiers.iter_mut().zip(counts?.into_iter().flatten()) {
                *t += c;
            }
        }
        Ok(pool.install(|| self.summarise(spec, &cents, &tiers)))
    }
}
