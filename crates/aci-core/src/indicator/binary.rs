//! A binary deliverable: done pays the amount, not done pays nothing.

use rust_decimal::Decimal;
use serde::Serialize;

use super::observation::Reading;
use super::{IndicatorSpec, Kind};
use crate::error::Result;
use crate::money::check_amount_with;
use crate::wording::{self, Amount, id};

/// A checked binary indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Binary {
    pub amount: Decimal,
}

impl Kind for Binary {
    fn from_spec(spec: &IndicatorSpec) -> Result<Binary> {
        let amount = spec.need("amount", spec.amount, "binary")?;
        Ok(Binary {
            amount: check_amount_with(|| spec.field("amount"), amount)?,
        })
    }

    fn pay(&self, reading: Reading) -> Result<Decimal> {
        Ok(if reading.done()? {
            self.amount
        } else {
            Decimal::ZERO
        })
    }

    fn max_amount(&self) -> Decimal {
        self.amount
    }

    fn describe(&self) -> String {
        wording::text(id::INDICATOR_BINARY, &[("amount", &Amount(self.amount))])
    }
}
