//! Paid in proportion to achievement between a baseline (nothing) and a target (the full
//! amount), capped at 100 %.

use rust_decimal::Decimal;
use serde::Serialize;

use super::observation::Reading;
use super::unit::Direction;
use super::{IndicatorSpec, Kind};
use crate::error::{Error, Result};
use crate::money::{self, check_amount_with};
use crate::wording::{self, Amount, Number, id, text};

/// A checked proportional indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proportional {
    pub direction: Direction,
    pub baseline: Decimal,
    pub target: Decimal,
    pub amount: Decimal,
}

impl Kind for Proportional {
    fn from_spec(spec: &IndicatorSpec) -> Result<Proportional> {
        let kind = "proportional";
        let direction = spec.need("direction", spec.direction, kind)?;
        let baseline = spec.unit.check(
            || spec.field("baseline"),
            spec.need("baseline", spec.baseline, kind)?,
        )?;
        let target = spec.unit.check(
            || spec.field("target"),
            spec.need("target", spec.target, kind)?,
        )?;
        if !direction.ordered(baseline, target) {
            return Err(Error::TiersNotOrdered {
                indicator: spec.id.clone(),
                order: text(direction.order_word(), &[]),
                problem: text(
                    id::PROBLEM_BASELINE_TARGET,
                    &[
                        ("baseline", &baseline),
                        ("target", &target),
                        ("direction", &direction.key()),
                    ],
                ),
            });
        }
        let amount = check_amount_with(
            || spec.field("amount"),
            spec.need("amount", spec.amount, kind)?,
        )?;
        Ok(Proportional {
            direction,
            baseline,
            target,
            amount,
        })
    }

    fn pay(&self, reading: Reading) -> Result<Decimal> {
        let v = reading.value()?;
        let (num, den) = match self.direction {
            Direction::Rising => (v - self.baseline, self.target - self.baseline),
            Direction::Falling => (self.baseline - v, self.baseline - self.target),
        };
        // amount × clamp(num, 0, den) ÷ den, the product first, rounded once.
        let num = num.clamp(Decimal::ZERO, den);
        money::mul_div(self.amount, num, den, id::OVERFLOW_PROPORTIONAL_INDICATOR)
    }

    fn max_amount(&self) -> Decimal {
        self.amount
    }

    fn describe(&self) -> String {
        wording::text(
            id::INDICATOR_PROPORTIONAL,
            &[
                ("direction", &self.direction.key()),
                ("baseline", &Number(self.baseline)),
                ("target", &Number(self.target)),
                ("amount", &Amount(self.amount)),
            ],
        )
    }
}
