//! Statistics of the draws: per year, the mean and nearest-rank percentiles of the yearly and
//! cumulative funding, the histogram of yearly totals, and how often each tier was reached.

use std::collections::BTreeMap;

use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;

use super::spec::{ForecastSpec, Prepared};
use super::{Forecast, YearForecast};
use crate::calendar::ContractYear;
use crate::indicator::{Indicator, Rule, Tiered};
use crate::serde_util;

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

impl Prepared<'_> {
    /// `(indicator, tier index, threshold)` of every tier of every sampled tiered indicator.
    pub(super) fn tier_slots(&self) -> Vec<(&Indicator, usize, Decimal)> {
        self.indicators
            .iter()
            .filter(|s| s.sampler.is_some())
            .filter_map(|s| match &s.indicator.rule {
                Rule::Tiered(Tiered { tiers, .. }) => Some(
                    tiers
                        .iter()
                        .enumerate()
                        .map(move |(k, t)| (s.indicator, k, t.threshold)),
                ),
                _ => None,
            })
            .flatten()
            .collect()
    }

    pub(super) fn summarise(&self, spec: &ForecastSpec, cents: &[i64], tiers: &[u64]) -> Forecast {
        let years = self.years as usize;
        let slots = self.tier_slots();
        // Each year's statistics are independent: on the threads of the caller's pool.
        let stats: Vec<_> = (0..years)
            .into_par_iter()
            .map(|y| year_stats(spec, cents, years, y))
            .collect();
        let out = stats
            .into_iter()
            .enumerate()
            .map(|(y, (yearly, cumulative, histogram))| {
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
                YearForecast {
                    year: y as u32 + 1,
                    yearly,
                    cumulative,
                    tiers,
                    histogram,
                }
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
