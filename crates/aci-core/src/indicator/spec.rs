//! An indicator as written in a contract file: one flat table whatever its kind (each kind
//! reads the fields it needs; [`super::Indicator::from_spec`] checks them).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::IndicatorKind;
use super::nature::Nature;
use super::tiered::{BetweenTiers, Tier};
use super::unit::{Direction, Unit};
use crate::error::{Error, Result};
use crate::serde_util;

/// An indicator as written in a contract file (flat; checked by [`super::Indicator::from_spec`]).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorSpec {
    /// Identifier, unique in the contract; results name it.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub kind: IndicatorKind,
    #[serde(default)]
    pub unit: Unit,
    /// Binary and proportional: the amount at full achievement.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub amount: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Tiered: the tiers, from the easiest to the hardest to reach.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<Tier>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub between: Option<BetweenTiers>,
    /// Proportional: the value that pays nothing.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub baseline: Option<Decimal>,
    /// Proportional: the value that pays the full amount.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub target: Option<Decimal>,
    /// `result` (a result for patients) or `action` (an action or deliverable of the CPTS,
    /// the default): reports show them apart; no amount depends on it.
    #[serde(default, skip_serializing_if = "Nature::is_default")]
    pub nature: Nature,
}

impl IndicatorSpec {
    /// The name of field `name` of this indicator, for errors.
    pub(crate) fn field(&self, name: &str) -> String {
        format!("indicators.{}.{name}", self.id)
    }

    /// Field `what`'s value `v`, which kind `kind` requires.
    pub(crate) fn need<T>(&self, what: &str, v: Option<T>, kind: &str) -> Result<T> {
        v.ok_or_else(|| {
            Error::out_of_range(
                self.field(what),
                crate::wording::text(crate::wording::id::VALUE_MISSING, &[]),
                crate::wording::text(
                    crate::wording::id::ALLOWED_REQUIRED_FOR_KIND,
                    &[("kind", &kind)],
                ),
            )
        })
    }
}
