//! What was observed for an indicator in a contract year, and how a kind reads it.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::unit::Unit;
use crate::error::{Error, Result};
use crate::serde_util;

/// What was observed for an indicator in a contract year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Observation {
    /// A deliverable done or not.
    Done(bool),
    /// A measured value (rate, percentage or count).
    Value(Decimal),
}

impl<'de> Deserialize<'de> for Observation {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Observation;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(&crate::wording::text(
                    crate::wording::id::EXPECTING_OBSERVATION,
                    &[],
                ))
            }
            fn visit_bool<E: serde::de::Error>(
                self,
                v: bool,
            ) -> std::result::Result<Observation, E> {
                Ok(Observation::Done(v))
            }
            fn visit_str<E: serde::de::Error>(
                self,
                v: &str,
            ) -> std::result::Result<Observation, E> {
                serde_util::parse_decimal(v)
                    .map(Observation::Value)
                    .map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<Observation, E> {
                Ok(Observation::Value(v.into()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<Observation, E> {
                Ok(Observation::Value(v.into()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<Observation, E> {
                Err(E::custom(crate::wording::text(
                    crate::wording::id::OBSERVATION_UNQUOTED,
                    &[("number", &v)],
                )))
            }
        }
        d.deserialize_any(V)
    }
}

impl Observation {
    /// The message id of the observation's kind, for errors.
    fn describe(&self) -> &'static str {
        match self {
            Observation::Done(_) => crate::wording::id::EXPECTED_DONE,
            Observation::Value(_) => crate::wording::id::EXPECTED_VALUE,
        }
    }
}

impl std::fmt::Display for Observation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Observation::Done(b) => write!(f, "{}", if *b { "done" } else { "not done" }),
            Observation::Value(v) => write!(f, "{v}"),
        }
    }
}

/// An observation given to an indicator: a kind reads it as what it observes, and a mismatch
/// or a value outside the indicator's unit is the same error whatever the kind.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reading<'a> {
    pub(crate) indicator: &'a str,
    pub(crate) unit: Unit,
    pub(crate) observation: Observation,
}

impl Reading<'_> {
    /// A deliverable: done or not.
    pub(crate) fn done(&self) -> Result<bool> {
        match self.observation {
            Observation::Done(done) => Ok(done),
            Observation::Value(_) => Err(self.kind_error(crate::wording::id::EXPECTED_DONE)),
        }
    }

    /// A measured value, within the indicator's unit.
    pub(crate) fn value(&self) -> Result<Decimal> {
        match self.observation {
            Observation::Value(v) => self.unit.check(|| format!("results.{}", self.indicator), v),
            Observation::Done(_) => Err(self.kind_error(crate::wording::id::EXPECTED_VALUE)),
        }
    }

    /// `expected`: the message id of what the indicator reads.
    fn kind_error(&self, expected: &str) -> Error {
        Error::ObservationKind {
            indicator: self.indicator.into(),
            expected: crate::wording::text(expected, &[]),
            got: crate::wording::text(self.observation.describe(), &[]),
        }
    }
}
