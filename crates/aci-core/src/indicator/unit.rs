//! What an observed value measures (its unit, which bounds it) and which way it must go.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::money;

/// Whether the observed value must rise or fall to reach the target.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Rising,
    Falling,
}

impl Direction {
    /// The direction as contract files write it; the catalogue's messages select on it.
    pub(crate) fn key(self) -> &'static str {
        self.into()
    }

    /// Whether `from` then `to` go this way (strictly).
    pub(crate) fn ordered(self, from: Decimal, to: Decimal) -> bool {
        match self {
            Direction::Rising => from < to,
            Direction::Falling => from > to,
        }
    }

    /// Whether `v` reaches `mark` going this way.
    pub(crate) fn reaches(self, v: Decimal, mark: Decimal) -> bool {
        match self {
            Direction::Rising => v >= mark,
            Direction::Falling => v <= mark,
        }
    }

    /// The order of values this direction asks for, in an error's words.
    pub(crate) fn order_word(self) -> &'static str {
        match self {
            Direction::Rising => crate::wording::id::ORDER_INCREASING,
            Direction::Falling => crate::wording::id::ORDER_DECREASING,
        }
    }
}

/// What an observed value measures, which bounds it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A share from 0 to 1.
    Rate,
    /// A percentage from 0 to 100.
    Percent,
    /// A count or any non-negative quantity.
    #[default]
    Count,
}

impl Unit {
    /// The largest value, and the message id of the allowed range.
    fn bounds(self) -> (Decimal, &'static str) {
        match self {
            Unit::Rate => (Decimal::ONE, crate::wording::id::ALLOWED_UNIT_RATE),
            Unit::Percent => (
                Decimal::ONE_HUNDRED,
                crate::wording::id::ALLOWED_UNIT_PERCENT,
            ),
            Unit::Count => (money::MAX_AMOUNT, crate::wording::id::ALLOWED_UNIT_COUNT),
        }
    }

    /// Whether `v` is in the unit's range.
    fn contains(self, v: Decimal) -> bool {
        money::within(v, self.bounds().0)
    }

    /// `v` if it is in the unit's range; `field` is only built for an error.
    pub(crate) fn check(self, field: impl FnOnce() -> String, v: Decimal) -> Result<Decimal> {
        if self.contains(v) {
            Ok(v)
        } else {
            let allowed = crate::wording::text(self.bounds().1, &[]);
            Err(Error::out_of_range(field(), v, allowed))
        }
    }
}
