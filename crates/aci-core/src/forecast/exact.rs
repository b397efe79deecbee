//! The exact distribution of one contract year, by enumerating every outcome (small cases: to
//! check the Monte Carlo against, and for callers who want exact probabilities).

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::draw::Sampler;
use super::spec::{ForecastSpec, PROB_ONE};
use crate::contract::Contract;
use crate::error::{Error, Result};
use crate::funding::{Engine, YearResults};
use crate::indicator::Observation;

impl ForecastSpec {
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
            let field = s.indicator.id.as_str();
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
                    let id = p.indicators[a].indicator.id.clone();
                    results.indicators.insert(id, obs);
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
}
