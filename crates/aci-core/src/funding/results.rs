//! What was observed during a contract year, matched to the contract's indicators and
//! missions, and what the year needed but did not get.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Engine;
use super::sink::{Output, Sink};
use crate::contract::{Contract, Mission};
use crate::error::{Error, Result};
use crate::indicator::Observation;
use crate::mission::{MissionId, MissionMap};
use crate::money;
use crate::options::MissingObservation;
use crate::serde_util;

/// What was observed during a contract year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearResults {
    /// Indicator id → observation (`true`/`false`, or a value as a string).
    #[serde(default)]
    pub indicators: BTreeMap<String, Observation>,
    /// For a mission without indicators: its achievement share, 0 to 1.
    #[serde(default, deserialize_with = "de_rates")]
    pub missions: MissionMap<Decimal>,
    /// Whether the ARS recognised a serious health crisis during the year.
    #[serde(default)]
    pub crisis_recognised: bool,
}

fn de_rates<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<MissionMap<Decimal>, D::Error> {
    #[derive(Deserialize)]
    struct Rate(#[serde(deserialize_with = "serde_util::decimal")] Decimal);
    let raw: BTreeMap<MissionId, Rate> = BTreeMap::deserialize(d)?;
    Ok(raw.into_iter().map(|(k, v)| (k, v.0)).collect())
}

/// An input a year needed but did not get (it counted as 0 €): shown as `missions.<mission>`
/// or `indicators.<id>`, the field of [`YearResults`] it is missing from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingInput<'a> {
    /// The achievement share of a mission without indicators.
    MissionShare(MissionId),
    /// The observation of an indicator, by id.
    Indicator(&'a str),
}

impl std::fmt::Display for MissingInput<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MissingInput::MissionShare(m) => write!(f, "missions.{m}"),
            MissingInput::Indicator(id) => write!(f, "indicators.{id}"),
        }
    }
}

impl Engine<'_> {
    /// A result the computation needs but did not get: 0 € and listed (`results.<field>`), or an
    /// error, per the `missing_observation` option.
    pub(super) fn missing_input<O: Output>(
        &self,
        input: MissingInput<'_>,
        sink: &mut Sink<O>,
    ) -> Result<Decimal> {
        if self.options.missing_observation == MissingObservation::Error {
            return Err(Error::out_of_range(
                format!("results.{input}"),
                crate::wording::text(crate::wording::id::VALUE_MISSING, &[]),
                crate::wording::text(crate::wording::id::ALLOWED_EVERY_RESULT, &[]),
            ));
        }
        sink.missing(input);
        Ok(money::ZERO)
    }
}

/// The first indicators of a contract (all of them, in real contracts) get their observations
/// by position; any others by a search of the results.
const INLINE_INDICATORS: usize = 32;

/// The year's observation of each of the contract's indicators, matched once.
pub(super) struct Observed<'r> {
    /// By position (see [`Mission`]'s `first_indicator`), with the id it was reported under.
    by_position: [Option<(&'r str, &'r Observation)>; INLINE_INDICATORS],
    results: &'r YearResults,
}

impl<'r> Observed<'r> {
    pub(super) fn new(results: &'r YearResults) -> Observed<'r> {
        Observed {
            by_position: [None; INLINE_INDICATORS],
            results,
        }
    }

    pub(super) fn get(&self, m: &Mission, index_in_mission: usize) -> Option<&'r Observation> {
        let id = &m.indicators[index_in_mission].id;
        // The position is a hint checked against the id: a contract whose public fields were
        // edited after it was checked still reads each indicator's own observation.
        let hint = self
            .by_position
            .get(m.first_indicator + index_in_mission)
            .copied()
            .flatten();
        match hint {
            Some((key, obs)) if key == id => Some(obs),
            _ => self.results.indicators.get(id),
        }
    }
}

/// Results must name only the contract's indicators and engaged missions without indicators.
/// Fills `observed` with the observations matched to the contract's indicators (filled in place:
/// it is a few hundred bytes).
pub(super) fn check_results<'r>(
    contract: &Contract,
    engaged_missions: &MissionMap<&Mission>,
    results: &'r YearResults,
    observed: &mut Observed<'r>,
) -> Result<()> {
    // Both sides are sorted by id: one merge walk instead of a search per result, which also
    // finds each indicator's observation.
    let mut known = contract.indicator_positions();
    let mut next = known.next();
    for (id, obs) in &results.indicators {
        loop {
            match next.map(|(k, position)| (k.cmp(id.as_str()), position)) {
                Some((Ordering::Less, _)) => next = known.next(),
                Some((Ordering::Equal, position)) => {
                    if let Some(slot) = observed.by_position.get_mut(position) {
                        *slot = Some((id.as_str(), obs));
                    }
                    next = known.next();
                    break;
                }
                // Past it in the sorted ids: the contract does not have it, and the check
                // reports it.
                _ => {
                    contract.check_indicator(id)?;
                    break;
                }
            }
        }
    }
    for (&mission, &share) in &results.missions {
        // Built only for an error: this runs on every year of the fast path.
        let field = || format!("results.missions.{mission}");
        match engaged_missions.get(&mission) {
            None => {
                return Err(Error::out_of_range(
                    field(),
                    share,
                    crate::wording::text(crate::wording::id::ALLOWED_ENGAGED_MISSIONS, &[]),
                ));
            }
            Some(m) if !m.indicators.is_empty() => {
                return Err(Error::ObservationKind {
                    indicator: field(),
                    expected: crate::wording::text(
                        crate::wording::id::EXPECTED_MISSION_INDICATORS,
                        &[],
                    ),
                    got: crate::wording::text(crate::wording::id::GOT_MISSION_SHARE, &[]),
                });
            }
            Some(_) if !money::within(share, Decimal::ONE) => {
                let allowed = crate::wording::text(
                    crate::wording::id::ALLOWED_RANGE,
                    &[("min", &0), ("max", &1)],
                );
                return Err(Error::out_of_range(field(), share, allowed));
            }
            Some(_) => {}
        }
    }
    Ok(())
}
