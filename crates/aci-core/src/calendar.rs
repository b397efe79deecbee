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
///
/// Same result as jiff's `date + Span::years(n)` (29 February clamps to 28 February), computed
/// directly: it runs twice per contract year on the hot path, and jiff's span constructor panics
/// beyond 19 998 years where this returns the error.
pub fn add_years(date: Date, years: u32) -> Result<Date> {
    let too_far = || Error::out_of_range("date", date, "dates up to year 9999");
    let year = i64::from(date.year()) + i64::from(years);
    if year > 9999 {
        return Err(too_far());
    }
    let year = i16::try_from(year).map_err(|_| too_far())?;
    let day = date.day().min(days_in_month(year, date.month()));
    Date::new(year, date.month(), day).map_err(|_| too_far())
}

fn is_leap(year: i16) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i16, month: i8) -> i8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
#[inline]
pub(crate) fn epoch_day(d: Date) -> i64 {
    let (m, day) = (i64::from(d.month()), i64::from(d.day()));
    let y = i64::from(d.year()) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `date` plus `months` months.
pub fn add_months(date: Date, months: u32) -> Result<Date> {
    date.checked_add(Span::new().months(i64::from(months)))
        .map_err(|_| Error::out_of_range("date", date, "dates up to year 9999"))
}

/// Whole days from `a` to `b` (negative when `b` is before `a`).
pub fn days(a: Date, b: Date) -> i64 {
    // Plain day-number arithmetic: the same as jiff's `a.until((Unit::Day, b))`, without building
    // a span (this runs several times per line).
    epoch_day(b) - epoch_day(a)
}

/// Whole months from `a` to `b` (truncated), for `b ≥ a`.
pub fn months(a: Date, b: Date) -> i64 {
    a.until((Unit::Month, b))
        .map_or(0, |s| i64::from(s.get_months()))
}

/// The part of `[from, to)` (open-ended without `to`) inside `[start, end)`, if any: for dates
/// and for day numbers alike.
#[inline]
fn clip<T: Ord + Copy>((start, end): (T, T), from: T, to: Option<T>) -> Option<(T, T)> {
    let a = from.max(start);
    let b = to.map_or(end, |t| t.min(end));
    (a < b).then_some((a, b))
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
        clip((self.start, self.end), from, to)
    }

    /// `(elapsed, length)` at `t` in the proration unit.
    fn elapsed(&self, t: Date, unit: ProrationUnit) -> (i64, i64) {
        // The anniversary closes the whole year, even when month counting from a 29th, 30th or
        // 31st falls short of it (signed 2028-02-29: 11 whole months to 2029-02-28).
        if t >= self.end {
            return match unit {
                ProrationUnit::Days => (self.days(), self.days()),
                ProrationUnit::Months => (12, 12),
            };
        }
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
    // Nothing elapsed earns 0.00 whatever the amount (the usual start of a full year).
    if elapsed == 0 {
        return Ok(round_to_cent(Decimal::ZERO));
    }
    if let Some(share) = exact_share(amount, elapsed, length) {
        return Ok(share);
    }
    let product = money::mul(amount, Decimal::from(elapsed), "a prorated amount")?;
    Ok(round_to_cent(money::div(
        product,
        Decimal::from(length),
        "a prorated amount",
    )?))
}

/// `amount × elapsed ÷ length` rounded to the cent as one exact integer division (`None` when
/// the integers could overflow, which no day or month count reaches): the product and quotient
/// are never rounded on the way, so this is the rounding rule applied once to the exact value.
fn exact_share(amount: Decimal, elapsed: i64, length: i64) -> Option<Decimal> {
    Decimal::try_from_i128_with_scale(share_cents(amount, elapsed, length)?, 2).ok()
}

/// The cents of [`exact_share`], the one exact computation behind both proration paths.
fn share_cents(amount: Decimal, elapsed: i64, length: i64) -> Option<i128> {
    // amount = m / 10^s, so amount × e / l = (m × e) / (l × 10^s).
    let (e, l) = (i128::from(elapsed), i128::from(length));
    if !(0..=1 << 20).contains(&e) || !(1..=1 << 20).contains(&l) {
        return None;
    }
    money::exact_cents(money::mul_i128(amount.mantissa(), e)?, l, amount.scale())
}

/// The share of a yearly `amount` due for `[from, to)` within `year` (dates are clipped to it).
#[inline]
pub fn prorate(
    amount: Decimal,
    year: &ContractYear,
    from: Date,
    to: Date,
    unit: ProrationUnit,
) -> Result<Decimal> {
    match prorate_cents(amount, year, from, to, unit) {
        Some(cents) => Ok(money::from_cents(cents)),
        None => prorate_decimal(amount, year, from, to, unit),
    }
}

/// A contract year as day numbers ([`epoch_day`]): what proration by days needs, computed once
/// per year so each line compares and subtracts integers instead of civil dates.
#[derive(Debug, Clone, Copy)]
pub(crate) struct YearDays {
    pub(crate) start: i64,
    /// Exclusive, as [`ContractYear::end`].
    pub(crate) end: i64,
}

impl YearDays {
    pub(crate) fn of(year: &ContractYear) -> YearDays {
        YearDays {
            start: epoch_day(year.start),
            end: epoch_day(year.end),
        }
    }

    /// [`ContractYear::contains`].
    pub(crate) fn contains(&self, day: i64) -> bool {
        self.start <= day && day < self.end
    }

    /// [`ContractYear::clip`].
    pub(crate) fn clip(&self, from: i64, to: Option<i64>) -> Option<(i64, i64)> {
        clip((self.start, self.end), from, to)
    }

    /// [`prorate`] by days, in whole cents (see [`prorate_cents`]): the one implementation of
    /// proration by days, which [`prorate_cents`] also runs.
    #[inline(never)]
    pub(crate) fn prorate_cents(&self, amount: Decimal, from: i64, to: i64) -> Option<i64> {
        if amount.is_sign_negative() {
            return None;
        }
        let Some((a, b)) = self.clip(from, Some(to)) else {
            return Some(0);
        };
        if a == self.start && b == self.end {
            return money::round_cents(amount);
        }
        let length = self.end - self.start;
        let cumulative = |t: i64| cumulative_cents(amount, t - self.start, length);
        cumulative(b)?.checked_sub(cumulative(a)?)
    }
}

/// [`prorate`] in whole cents by exact integer arithmetic (returned in registers: this runs for
/// every line of the fast path); `None` for a negative amount or one beyond ±9·10^16 €, which
/// [`prorate_decimal`] decides.
fn prorate_cents(
    amount: Decimal,
    year: &ContractYear,
    from: Date,
    to: Date,
    unit: ProrationUnit,
) -> Option<i64> {
    if unit == ProrationUnit::Days {
        return YearDays::of(year).prorate_cents(amount, epoch_day(from), epoch_day(to));
    }
    if amount.is_sign_negative() {
        return None;
    }
    let Some((a, b)) = year.clip(from, Some(to)) else {
        return Some(0);
    };
    let cumulative = |t: Date| {
        let (elapsed, length) = year.elapsed(t, unit);
        cumulative_cents(amount, elapsed, length)
    };
    cumulative(b)?.checked_sub(cumulative(a)?)
}

/// `C(t)` ([`cumulative`]) in whole cents, from the part of the year elapsed at `t`: the whole
/// amount once the year is over (the anniversary closes it), nothing at its start.
fn cumulative_cents(amount: Decimal, elapsed: i64, length: i64) -> Option<i64> {
    if elapsed >= length {
        money::round_cents(amount)
    } else if elapsed == 0 {
        Some(0)
    } else {
        i64::try_from(share_cents(amount, elapsed, length)?).ok()
    }
}

/// [`prorate`] in decimals, for the amounts [`prorate_cents`] leaves.
fn prorate_decimal(
    amount: Decimal,
    year: &ContractYear,
    from: Date,
    to: Date,
    unit: ProrationUnit,
) -> Result<Decimal> {
    let Some((a, b)) = year.clip(from, Some(to)) else {
        return Ok(round_to_cent(Decimal::ZERO));
    };
    // The whole year in days: C(end) − C(start) is the rounded amount minus 0.00, without
    // counting days (the usual case for a running mission).
    if unit == ProrationUnit::Days && a == year.start && b == year.end {
        // (amount − 0.00; the subtraction only matters for a negative zero.)
        return Ok(if amount.is_sign_negative() {
            round_to_cent(amount) - round_to_cent(Decimal::ZERO)
        } else {
            round_to_cent(amount)
        });
    }
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

    proptest! {
        /// The integer proration equals the decimal one wherever it answers, and it answers for
        /// every non-negative amount a contract can hold.
        #[test]
        fn prorate_in_cents_equals_prorate_in_decimals(
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
            let cents = prorate_cents(amount, &year, from, to, unit);
            let decimal = prorate_decimal(amount, &year, from, to, unit).unwrap();
            prop_assert_eq!(cents.map(|c| Decimal::new(c, 2)), Some(decimal));
            prop_assert_eq!(decimal.scale(), 2);
        }

        /// The exact integer share equals rust_decimal's multiply, divide and round wherever the
        /// decimal division is exact enough to decide the cent (every amount a contract holds).
        #[test]
        fn exact_share_equals_decimal_arithmetic(
            m in -10i64.pow(12)..10i64.pow(12),
            scale in 0u32..=6,
            (elapsed, length) in prop_oneof![Just(365i64), Just(366), Just(12)]
                .prop_flat_map(|l| (0..=l, Just(l))),
        ) {
            let amount = Decimal::new(m, scale);
            let by_decimal = round_to_cent(amount * Decimal::from(elapsed) / Decimal::from(length));
            match exact_share(amount, elapsed, length) {
                Some(exact) => prop_assert_eq!(exact, by_decimal),
                // Only a negative amount rounding to zero is left to the decimal arithmetic.
                None => prop_assert!(m < 0 && by_decimal.is_zero(), "{amount} × {elapsed}/{length}"),
            }
        }
    }

    /// The hand-written date arithmetic equals jiff's on every day of 1600–2400 (leap days,
    /// century years) and for every offset a contract can use.
    #[test]
    fn date_arithmetic_matches_jiff() {
        let mut d: Date = "1600-01-01".parse().unwrap();
        let origin = d;
        let end: Date = "2400-12-31".parse().unwrap();
        while d <= end {
            let expected = origin
                .until((Unit::Day, d))
                .map(|s| i64::from(s.get_days()))
                .unwrap();
            assert_eq!(days(origin, d), expected, "{d}");
            for n in [0, 1, 3, 4, 100, 400] {
                let jiff = d.checked_add(Span::new().years(n)).unwrap();
                assert_eq!(add_years(d, n as u32).unwrap(), jiff, "{d} + {n}");
            }
            d = d.tomorrow().unwrap();
        }
        let late: Date = "9990-02-28".parse().unwrap();
        assert_eq!(add_years(late, 9).unwrap().to_string(), "9999-02-28");
        assert!(add_years(late, 10).is_err());
        // Far beyond jiff's span range: an error, never a panic.
        assert!(add_years(late, u32::MAX).is_err());
        assert_eq!(days(late, origin), -epoch_day(late) + epoch_day(origin));
    }
}
