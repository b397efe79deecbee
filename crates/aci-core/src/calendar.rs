//! Contract years and proration.
//!
//! A contract year runs from the signature date to its anniversary (ACI art. 9.1), not the
//! calendar year. A contract signed on 29 February has its anniversaries on 28 February.
//!
//! **Proration is cumulative**: the share of an amount earned from the start of the year to a
//! date `t` is `C(t) = round_to_cent(amount × elapsed(t) ÷ length)`, and a period `[a, b)` earns
//! `C(b) − C(a)`. Pieces of a split year therefore add up to the whole year to the cent.
//!
//! ```
//! use aci_core::calendar::{ContractYear, prorate};
//! use aci_core::options::ProrationUnit;
//! use rust_decimal::Decimal;
//! let y = ContractYear::of("2023-04-15".parse().unwrap(), 1).unwrap();
//! assert_eq!(y.end.to_string(), "2024-04-15");
//! let mid = "2023-10-15".parse().unwrap();
//! let a = prorate(Decimal::new(10000, 0), &y, y.start, mid, ProrationUnit::Days).unwrap();
//! let b = prorate(Decimal::new(10000, 0), &y, mid, y.end, ProrationUnit::Days).unwrap();
//! assert_eq!(a + b, Decimal::new(10000, 0));
//! ```

use jiff::civil::Date;
use jiff::{Span, Unit};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::money::{self, round_to_cent};
use crate::options::ProrationUnit;

/// Contract year `number` (1-based): `[start, end)`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ContractYear {
    pub number: u32,
    pub start: Date,
    /// Exclusive: the next anniversary.
    pub end: Date,
}

/// `date` plus `years` years (anniversaries), or an error for dates beyond the calendar.
pub fn add_years(date: Date, years: u32) -> Result<Date> {
    date.checked_add(Span::new().years(i64::from(years)))
        .map_err(|_| Error::out_of_range("date", date, "dates up to year 9999"))
}

/// `date` plus `months` months.
pub fn add_months(date: Date, months: u32) -> Result<Date> {
    date.checked_add(Span::new().months(i64::from(months)))
        .map_err(|_| Error::out_of_range("date", date, "dates up to year 9999"))
}

/// Whole days from `a` to `b` (negative when `b` is before `a`).
pub fn days(a: Date, b: Date) -> i64 {
    // Date differences always fit in a span of days; 0 is unreachable.
    a.until((Unit::Day, b))
        .map_or(0, |s| i64::from(s.get_days()))
}

/// Whole months from `a` to `b` (truncated), for `b ≥ a`.
pub fn months(a: Date, b: Date) -> i64 {
    a.until((Unit::Month, b))
        .map_or(0, |s| i64::from(s.get_months()))
}

impl ContractYear {
    /// Contract year `number` of a contract signed on `signed`.
    pub fn of(signed: Date, number: u32) -> Result<ContractYear> {
        if number == 0 {
            return Err(Error::out_of_range("year", 0, "1 or more"));
        }
        Ok(ContractYear {
            number,
            start: add_years(signed, number - 1)?,
            end: add_years(signed, number)?,
        })
    }

    /// Days in the year (365 or 366).
    pub fn days(&self) -> i64 {
        days(self.start, self.end)
    }

    /// Whether `date` falls in the year.
    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && date < self.end
    }

    /// The part of `[from, to)` inside the year, if any.
    pub fn clip(&self, from: Date, to: Option<Date>) -> Option<(Date, Date)> {
        let a = from.max(self.start);
        let b = to.map_or(self.end, |t| t.min(self.end));
        (a < b).then_some((a, b))
    }

    /// `(elapsed, length)` at `t` in the proration unit.
    fn elapsed(&self, t: Date, unit: ProrationUnit) -> (i64, i64) {
        match unit {
            ProrationUnit::Days => (days(self.start, t), self.days()),
            ProrationUnit::Months => (months(self.start, t), 12),
        }
    }
}

/// `C(t)`: the share of `amount` earned from the start of the year to `t`, rounded to the cent.
fn cumulative(
    amount: Decimal,
    year: &ContractYear,
    t: Date,
    unit: ProrationUnit,
) -> Result<Decimal> {
    let (elapsed, length) = year.elapsed(t, unit);
    if elapsed >= length {
        return Ok(round_to_cent(amount));
    }
    let product = money::mul(amount, Decimal::from(elapsed), "a prorated amount")?;
    Ok(round_to_cent(money::div(
        product,
        Decimal::from(length),
        "a prorated amount",
    )?))
}

/// The share of a yearly `amount` due for `[from, to)` within `year` (dates are clipped to it).
pub fn prorate(
    amount: Decimal,
    year: &ContractYear,
    from: Date,
    to: Date,
    unit: ProrationUnit,
) -> Result<Decimal> {
    let Some((a, b)) = year.clip(from, Some(to)) else {
        return Ok(round_to_cent(Decimal::ZERO));
    };
    Ok(cumulative(amount, year, b, unit)? - cumulative(amount, year, a, unit)?)
}

/// The fraction `[from, to)` represents of the year, as `(numerator, denominator)` in the unit.
pub fn fraction(year: &ContractYear, from: Date, to: Date, unit: ProrationUnit) -> (i64, i64) {
    match year.clip(from, Some(to)) {
        None => (0, year.elapsed(year.end, unit).1),
        Some((a, b)) => {
            let (ea, len) = year.elapsed(a, unit);
            let (eb, _) = year.elapsed(b, unit);
            (eb.min(len) - ea.min(len), len)
        }
    }
}
