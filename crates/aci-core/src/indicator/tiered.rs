//! Tiered thresholds: the highest tier reached pays its amount; between two tiers, a step (the
//! lower tier's amount) or a linear reading, chosen per indicator.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::observation::Reading;
use super::unit::Direction;
use super::{IndicatorSpec, Kind};
use crate::error::{Error, Result};
use crate::money::{self, check_amount_with};
use crate::serde_util;
use crate::wording::{self, Amount, Number, id, text};

/// One tier: reaching `threshold` pays `amount`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    #[serde(deserialize_with = "serde_util::decimal")]
    pub threshold: Decimal,
    #[serde(deserialize_with = "serde_util::decimal")]
    pub amount: Decimal,
}

/// Between two tiers of a tiered indicator.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum BetweenTiers {
    /// The highest tier reached pays its amount. Default (the wording of real contracts).
    #[default]
    Step,
    /// Linear between the amounts of the two surrounding tiers; nothing below the first tier.
    Linear,
}

impl BetweenTiers {
    /// As contract files write it; the catalogue's message selects on it.
    fn key(self) -> &'static str {
        self.into()
    }
}

/// A checked tiered indicator: at least one tier, thresholds strictly ordered in `direction`,
/// amounts not decreasing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tiered {
    pub direction: Direction,
    pub tiers: Vec<Tier>,
    pub between: BetweenTiers,
}

impl Kind for Tiered {
    fn from_spec(spec: &IndicatorSpec) -> Result<Tiered> {
        let direction = spec.need("direction", spec.direction, "tiered")?;
        if spec.tiers.is_empty() {
            return Err(Error::out_of_range(
                spec.field("tiers"),
                "[]",
                crate::wording::text(crate::wording::id::ALLOWED_AT_LEAST_ONE_TIER, &[]),
            ));
        }
        for (i, t) in spec.tiers.iter().enumerate() {
            spec.unit
                .check(|| spec.field(&format!("tiers[{i}].threshold")), t.threshold)?;
            check_amount_with(|| spec.field(&format!("tiers[{i}].amount")), t.amount)?;
        }
        for (i, w) in spec.tiers.windows(2).enumerate() {
            if !direction.ordered(w[0].threshold, w[1].threshold) || w[0].amount > w[1].amount {
                return Err(Error::TiersNotOrdered {
                    indicator: spec.id.clone(),
                    order: text(direction.order_word(), &[]),
                    problem: text(
                        id::PROBLEM_TIER_PAIR,
                        &[
                            ("first", &(i + 1)),
                            ("first_threshold", &w[0].threshold),
                            ("first_amount", &w[0].amount),
                            ("second", &(i + 2)),
                            ("second_threshold", &w[1].threshold),
                            ("second_amount", &w[1].amount),
                        ],
                    ),
                });
            }
        }
        Ok(Tiered {
            direction,
            tiers: spec.tiers.clone(),
            between: spec.between.unwrap_or_default(),
        })
    }

    fn pay(&self, reading: Reading) -> Result<Decimal> {
        let v = reading.value()?;
        let Some(k) = self.reached(v) else {
            return Ok(Decimal::ZERO);
        };
        let (lo, Some(hi)) = (&self.tiers[k], self.tiers.get(k + 1)) else {
            return Ok(self.tiers[k].amount);
        };
        Ok(match self.between {
            BetweenTiers::Step => lo.amount,
            BetweenTiers::Linear => {
                // lo + (hi − lo) × |v − lo| ÷ |hi − lo|: the product first (see the
                // proportional rule), rounded once by the indicator.
                let what = "a tiered indicator";
                let product = money::mul(hi.amount - lo.amount, (v - lo.threshold).abs(), what)?;
                let step = money::div(product, (hi.threshold - lo.threshold).abs(), what)?;
                money::add(lo.amount, step, what)?
            }
        })
    }

    fn max_amount(&self) -> Decimal {
        self.tiers.last().map_or(Decimal::ZERO, |t| t.amount)
    }

    fn describe(&self) -> String {
        let direction = self.direction.key();
        let separator = wording::text(id::INDICATOR_TIER_SEPARATOR, &[]);
        let tiers: Vec<String> = self
            .tiers
            .iter()
            .map(|t| {
                wording::text(
                    id::INDICATOR_TIER,
                    &[
                        ("direction", &direction),
                        ("threshold", &Number(t.threshold)),
                        ("amount", &Amount(t.amount)),
                    ],
                )
            })
            .collect();
        wording::text(
            id::INDICATOR_TIERED,
            &[
                ("direction", &direction),
                ("between", &self.between.key()),
                ("tiers", &tiers.join(&separator)),
            ],
        )
    }
}

impl Tiered {
    /// The highest tier `v` reaches, if any.
    pub(super) fn reached(&self, v: Decimal) -> Option<usize> {
        self.tiers
            .iter()
            .rposition(|t| self.direction.reaches(v, t.threshold))
    }
}
