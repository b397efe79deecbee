//! Sampling: the exact samplers of each distribution, and the draws of one chunk.

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use rust_decimal::Decimal;

use super::spec::{Distribution, PROB_ONE, Prepared, probability};
use crate::error::{Error, Result};
use crate::funding::YearResults;
use crate::indicator::{Direction, Indicator, Observation, Rule, Tiered};
use crate::plan::{Input, Inputs, Outcome, Pick, Plan};

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

/// What one sampled observation leads to, computed once per distinct value when possible.
#[derive(Debug, Clone, Copy)]
pub(super) struct Drawn {
    pub obs: Observation,
    /// For a share, the share; for an indicator, what it pays.
    pub paid: Decimal,
    /// Tiers reached (0 = none).
    pub tiers: u8,
}

/// Grids up to this many values are evaluated once, into a table.
const TABLE_MAX: u64 = 1 << 16;

pub(super) enum Sampler {
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

/// One indicator and, when the spec gives its distribution, how to sample it.
pub(super) struct Source<'a> {
    pub indicator: &'a Indicator,
    pub sampler: Option<Sampler>,
}

fn tiers_reached(ind: &Indicator, obs: &Observation) -> u8 {
    match (&ind.rule, obs) {
        (
            Rule::Tiered(Tiered {
                direction, tiers, ..
            }),
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

pub(super) fn sampler(
    field: &str,
    ind: Option<&Indicator>,
    dist: &Distribution,
) -> Result<Sampler> {
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
    fn index(&self, rng: &mut ChaCha8Rng) -> u64 {
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

    /// What outcome `k` gives the plan, and the tiers it reaches.
    fn pick(&self, k: u64, ind: Option<&Indicator>) -> Result<(Pick, u8)> {
        Ok(match self.stored(k) {
            Some(d) => (Pick::Listed(k as usize), d.tiers),
            None => {
                let d = self.outcome(k, ind)?;
                (Pick::Value(d.paid), d.tiers)
            }
        })
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

    /// The plan's view of this sampler: its stored payloads in outcome order (what an
    /// indicator pays, or a share), or unlisted for a large grid.
    fn input(&self) -> Input {
        match self {
            Sampler::Fixed(d) => Input::Listed(vec![d.paid]),
            Sampler::Discrete(items) => Input::Listed(items.iter().map(|(_, d)| d.paid).collect()),
            Sampler::Table(table) => Input::Listed(table.iter().map(|d| d.paid).collect()),
            Sampler::Grid { .. } => Input::Unlisted,
        }
    }
}

impl Prepared<'_> {
    /// What is drawn, as the plan sees it.
    pub(super) fn inputs(&self) -> Inputs {
        Inputs {
            indicators: (self.indicators.iter())
                .map(|s| s.sampler.as_ref().map_or(Input::NotDrawn, Sampler::input))
                .collect(),
            shares: self.shares.iter().map(|(m, s)| (*m, s.input())).collect(),
        }
    }

    /// Simulates the draws of chunk `chunk` into `block` (rows of `years` cents), adding the
    /// tiers reached to `counts` (in the order of `tier_slots`, year by year).
    pub(super) fn chunk(
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
        // Per indicator and per share: the index of the outcome drawn (for the engine, when it
        // must decide) and what it gives the plan (an indicator not drawn stays `Listed(0)`, as
        // the plan expects); per indicator, the tiers it reaches.
        let mut drawn = vec![0u64; n];
        let mut picks = vec![Pick::Listed(0); n];
        let mut reached = vec![0u8; n];
        let mut shares_drawn = vec![0u64; self.shares.len()];
        let mut shares = vec![Pick::Listed(0); self.shares.len()];
        let slots_per_year = counts.len() / years.max(1);
        for row in block.chunks_mut(years) {
            for (y, cell) in row.iter_mut().enumerate() {
                for (i, src) in self.indicators.iter().enumerate() {
                    let Some(s) = &src.sampler else {
                        continue;
                    };
                    drawn[i] = s.index(&mut rng);
                    (picks[i], reached[i]) = s.pick(drawn[i], Some(src.indicator))?;
                }
                for (j, (_, s)) in self.shares.iter().enumerate() {
                    shares_drawn[j] = s.index(&mut rng);
                    shares[j] = s.pick(shares_drawn[j], None)?.0;
                }
                let crisis = self.crisis > 0 && below(&mut rng, PROB_ONE) < self.crisis;
                let year = y as u32 + 1;
                let outcome = Outcome {
                    indicators: &picks,
                    shares: &shares,
                    crisis,
                };
                *cell = to_cents(match plan.total(year, &outcome) {
                    Some(t) => t,
                    None => self.engine_total(year, &drawn, &shares_drawn, crisis)?,
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
        drawn: &[u64],
        shares_drawn: &[u64],
        crisis: bool,
    ) -> Result<Decimal> {
        let mut results = YearResults {
            crisis_recognised: crisis,
            ..YearResults::default()
        };
        for (src, &k) in self.indicators.iter().zip(drawn) {
            if let Some(s) = &src.sampler {
                let obs = s.outcome(k, Some(src.indicator))?.obs;
                results.indicators.insert(src.indicator.id.clone(), obs);
            }
        }
        for ((m, s), &k) in self.shares.iter().zip(shares_drawn) {
            results.missions.insert(*m, s.outcome(k, None)?.paid);
        }
        self.engine.year_total(self.contract, year, &results)
    }
}

fn to_cents(amount: Decimal) -> Result<i64> {
    // Every line is rounded to the cent, so a total is a whole number of cents.
    crate::plan::to_cents(amount)
        .ok_or_else(|| Error::overflow(crate::wording::id::OVERFLOW_FORECAST_CENTS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::Contract;
    use crate::forecast::ForecastSpec;

    /// The observations a distribution can give, read from the spec itself.
    fn observations(dist: &Distribution) -> Vec<Observation> {
        match dist {
            Distribution::Done(_) => vec![Observation::Done(false), Observation::Done(true)],
            Distribution::Fixed(v) => vec![Observation::Value(v.0)],
            Distribution::Discrete(items) => items
                .iter()
                .map(|w| Observation::Value(w.value.0))
                .collect(),
            Distribution::Uniform { min, max, step } => {
                let step = step.map_or(Decimal::new(1, min.0.scale().max(max.0.scale())), |s| s.0);
                let mut values = vec![min.0];
                while let Some(&last) = values.last().filter(|v| **v < max.0) {
                    values.push(last + step);
                }
                values.into_iter().map(Observation::Value).collect()
            }
        }
    }

    /// What the plan is given for each value an indicator can be drawn at is what
    /// `Indicator::pay` pays for that value, in the order of the draw's indices.
    #[test]
    fn listed_amounts_are_what_each_observation_pays() {
        let contract = toml::from_str(include_str!("../../../../fixtures/bench-contract.toml"));
        let contract = Contract::new(contract.unwrap()).unwrap();
        let spec: ForecastSpec =
            toml::from_str(include_str!("../../../../fixtures/bench-forecast.toml")).unwrap();
        let mut checked = 0;
        for ind in contract.missions.iter().flat_map(|m| &m.indicators) {
            let dist = &spec.indicators[&ind.id];
            let Input::Listed(amounts) = sampler(&ind.id, Some(ind), dist).unwrap().input() else {
                panic!("{}: every bench distribution is listed", ind.id);
            };
            let paid: Vec<Decimal> = (observations(dist).iter())
                .map(|o| ind.pay(o).unwrap())
                .collect();
            assert_eq!(amounts, paid, "{}", ind.id);
            checked += paid.len();
        }
        // 2 + 4 + 41 + 2 + 61 + 4 values.
        assert_eq!(checked, 114);
    }
}
