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

/// `date` plus `years` years (anniversaries; 29 February clamps to 28 February, as jiff does),
/// or an error for dates beyond the calendar.
pub fn add_years(date: Date, years: u32) -> Result<Date> {
    Span::new()
        .try_years(i64::from(years))
        .and_then(|span| date.checked_add(span))
        .map_err(|_| {
            Error::out_of_range(
                "date",
                date,
                crate::wording::text(crate::wording::id::ALLOWED_DATES_UP_TO_9999, &[]),
            )
        })
}

/// `date` plus `months` months.
pub fn add_months(date: Date, months: u32) -> Result<Date> {
    date.checked_add(Span::new().months(i64::from(months)))
        .map_err(|_| {
            Error::out_of_range(
                "date",
                date,
                crate::wording::text(crate::wording::id::ALLOWED_DATES_UP_TO_9999, &[]),
            )
        })
}

/// Whole days from `a` to `b` (negative when `b` is before `a`).
pub fn days(a: Date, b: Date) -> i64 {
    // Civil days are exactly 24 hours: jiff's absolute duration, without calendar units.
    b.duration_since(a).as_secs() / 86_400
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
            return Err(Error::out_of_range(
                "year",
                0,
                crate::wording::text(crate::wording::id::ALLOWED_ONE_OR_MORE, &[]),
            ));
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

    /// The part of `[from, to)` (open-ended without `to`) inside the year, if any.
    pub fn clip(&self, from: Date, to: Option<Date>) -> Option<(Date, Date)> {
        let a = from.max(self.start);
        let b = to.map_or(self.end, |t| t.min(self.end));
        (a < b).then_some((a, b))
    }

    /// `(elapsed, length)` at `t` in the proration unit.
    fn elapsed(&self, t: Date, unit: ProrationUnit) -> (i64, i64) {
        let length = match unit {
            ProrationUnit::Days => self.days(),
            ProrationUnit::Months => 12,
        };
        // The anniversary closes the whole year, even when month counting from a 29th, 30th or
        // 31st falls short of it (signed 2028-02-29: 11 whole months to 2029-02-28).
        if t >= self.end {
            return (length, length);
        }
        match unit {
            ProrationUnit::Days => (days(self.start, t), length),
            ProrationUnit::Months => (months(self.start, t), length),
        }
    }
}

/// `C(t)`: the share of `amount` earned from the start of the year to `t`, rounded to the cent:
/// the whole amount once the year is over (the anniversary closes it), nothing at its start.
fn cumulative(
    amount: Decimal,
    year: &ContractYear,
    t: Date,
    unit: ProrationUnit,
) -> Result<Decimal> {
    if t >= year.end {
        return Ok(round_to_cent(amount));
    }
    if t <= year.start {
        return Ok(money::ZERO);
    }
    let (elapsed, length) = year.elapsed(t, unit);
    if elapsed <= 0 {
        return Ok(money::ZERO);
    }
    money::mul_div(
        amount,
        Decimal::from(elapsed),
        Decimal::from(length),
        "a prorated amount",
    )
}

/// The share of a yearly `amount` due for `[from, to)` within `year` (dates are clipped to it):
/// `C(to) − C(from)`.
pub fn prorate(
    amount: Decimal,
    year: &ContractYear,
    from: Date,
    to: Date,
    unit: ProrationUnit,
) -> Result<Decimal> {
    let Some((a, b)) = year.clip(from, Some(to)) else {
        return Ok(money::ZERO);
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::money::tests::half_away;

    /// Whole days from `a` to `b` (`a ≤ b`), counted one by one.
    fn counted_days(a: Date, b: Date) -> i64 {
        let (mut d, mut n) = (a, 0);
        while d < b {
            d = d.tomorrow().unwrap();
            n += 1;
        }
        n
    }

    /// Whole months from `a` to `b` (`a ≤ b`), counted one by one on the day of the month
    /// (clamped to the month's last day).
    fn counted_months(a: Date, b: Date) -> i64 {
        let mut n = 0;
        loop {
            let next = n + 1;
            let month0 = i64::from(a.month()) - 1 + next;
            let year = i16::try_from(i64::from(a.year()) + month0 / 12).unwrap();
            let month = i8::try_from(month0 % 12 + 1).unwrap();
            let first = Date::new(year, month, 1).unwrap();
            let day = a.day().min(first.days_in_month());
            if Date::new(year, month, day).unwrap() > b {
                return n;
            }
            n = next;
        }
    }

    proptest! {
        /// Proration equals `C(b) − C(a)` computed in exact integers, with days and months counted
        /// one by one, for every amount a contract can hold (and beyond, up to 10^12 €).
        #[test]
        fn proration_equals_exact_integer_arithmetic(
            m in 0i64..10i64.pow(12),
            scale in 0u32..=6,
            offsets in (0i64..800, 0i64..800),
            months in any::<bool>(),
        ) {
            let amount = Decimal::new(m, scale);
            let year = ContractYear::of("2023-04-15".parse().unwrap(), 2).unwrap();
            let day = |n: i64| year.start.checked_add(Span::new().days(n - 200)).unwrap();
            let unit = if months { ProrationUnit::Months } else { ProrationUnit::Days };
            let (from, to) = (day(offsets.0), day(offsets.1));
            // C(t) in cents, `t` within the year.
            let c = |t: Date| {
                let (e, l) = if months {
                    (counted_months(year.start, t), 12)
                } else {
                    (counted_days(year.start, t), counted_days(year.start, year.end))
                };
                let (e, l) = if t == year.end { (l, l) } else { (e, l) };
                half_away(i128::from(m) * i128::from(e) * 100, i128::from(l) * 10i128.pow(scale))
            };
            let a = from.max(year.start);
            let b = to.min(year.end);
            let want = if a < b { c(b) - c(a) } else { 0 };
            let got = prorate(amount, &year, from, to, unit).unwrap();
            prop_assert_eq!(got, Decimal::from_i128_with_scale(want, 2), "{} {} {}", amount, from, to);
            prop_assert_eq!(got.scale(), 2);
        }
    }

    /// 1.825 € × 1/365 is exactly 0.005 €, which rounds to 0.01 €; dividing first at 28 digits
    /// (0.0027397…6027 × 1.825 = 0.004999…) would round to 0.00 €.
    #[test]
    fn proration_rounds_the_exact_value_once() {
        let year = ContractYear::of("2023-04-15".parse().unwrap(), 2).unwrap();
        assert_eq!(year.days(), 365);
        let next = year.start.tomorrow().unwrap();
        let amount = Decimal::new(1825, 3);
        let first_day = prorate(amount, &year, year.start, next, ProrationUnit::Days).unwrap();
        assert_eq!(first_day.to_string(), "0.01");
        let rest = prorate(amount, &year, next, year.end, ProrationUnit::Days).unwrap();
        assert_eq!((first_day + rest).to_string(), "1.83");
    }

    #[test]
    fn anniversaries_and_day_counts() {
        let d = |s: &str| -> Date { s.parse().unwrap() };
        assert_eq!(add_years(d("2024-02-29"), 1).unwrap(), d("2025-02-28"));
        assert_eq!(add_years(d("2024-02-29"), 4).unwrap(), d("2028-02-29"));
        assert_eq!(add_years(d("1600-03-01"), 800).unwrap(), d("2400-03-01"));
        assert_eq!(days(d("2024-01-01"), d("2025-01-01")), 366);
        assert_eq!(days(d("2100-01-01"), d("2101-01-01")), 365);
        assert_eq!(days(d("2025-01-01"), d("2024-01-01")), -366);
        assert_eq!(
            days(d("1600-01-01"), d("2400-12-31")),
            counted_days(d("1600-01-01"), d("2400-12-31"))
        );
        let late = d("9990-02-28");
        assert_eq!(add_years(late, 9).unwrap().to_string(), "9999-02-28");
        assert!(add_years(late, 10).is_err());
        // Far beyond jiff's span range: an error, never a panic.
        assert!(add_years(late, u32::MAX).is_err());
    }
}
