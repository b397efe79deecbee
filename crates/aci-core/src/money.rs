//! Exact money: the one rounding rule, the allowed range, and checked arithmetic.
//!
//! **Rounding rule (stated once, applied only here):** every amount the library pays is rounded
//! to the cent, half away from zero ("arrondi au centime le plus proche"; 2.345 → 2.35,
//! −2.345 → −2.35), the same as Python's `ROUND_HALF_UP`. Intermediate products are never
//! rounded; each line is rounded once, and totals are sums of rounded lines, so the lines of a
//! breakdown add up to its total to the cent.
//!
//! **Where it is applied:** on the exact value, as integers (`exact_cents`: the mantissas over a
//! power of ten, one division rounded half away from zero) for rounding, proration, payments
//! and products; rust_decimal's own rounding (`reference_round_to_cent`) takes the values beyond
//! 64-bit cents. Property tests check the integer paths against rust_decimal's arithmetic.
//!
//! ```
//! use aci_core::money::round_to_cent;
//! use rust_decimal::Decimal;
//! assert_eq!(round_to_cent(Decimal::new(2345, 3)).to_string(), "2.35");
//! assert_eq!(round_to_cent(Decimal::new(12, 0)).to_string(), "12.00");
//! ```

use std::cmp::Ordering;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::error::{Error, Result};

/// Largest amount accepted as input or produced as a line: 100 000 000 €. National ACI spending
/// on all CPTS is below 200 M€ a year, so a single contract amount above this is a typing error.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(100_000_000, 0, 0, false, 0);

/// `cents / 100` as a decimal with two decimals: `Decimal::new(cents, 2)` without its checks
/// and out-of-line call (every line of the fast path is rebuilt from its cents).
#[inline(always)]
pub(crate) fn from_cents(cents: i64) -> Decimal {
    let magnitude = cents.unsigned_abs();
    Decimal::from_parts(magnitude as u32, (magnitude >> 32) as u32, 0, cents < 0, 2)
}

/// Rounds to the cent, half away from zero, and always shows two decimals.
#[inline(always)]
pub fn round_to_cent(amount: Decimal) -> Decimal {
    // Integer arithmetic on the mantissa (it runs several times per line), the cents coming
    // back in registers; rust_decimal's own rounding is the reference for the cases it does not
    // cover and in the tests.
    match round_cents(amount) {
        Some(cents) => from_cents(cents),
        None => reference_round_to_cent(amount),
    }
}

/// [`round_to_cent`] by rust_decimal's rounding and rescaling.
fn reference_round_to_cent(amount: Decimal) -> Decimal {
    let mut rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(2);
    rounded
}

/// Powers of ten up to the largest decimal scale (28); a `static`, since indexing a `const`
/// array copies all of it.
static POW10: [i128; 29] = {
    let mut p = [1i128; 29];
    let mut i = 1;
    while i < 29 {
        p[i] = p[i - 1] * 10;
        i += 1;
    }
    p
};

/// `num ÷ den` (`den > 0`) rounded half away from zero.
fn half_away_quotient<T>(num: T, den: T) -> T
where
    T: Copy
        + std::ops::Div<Output = T>
        + std::ops::Rem<Output = T>
        + std::ops::Sub<Output = T>
        + std::ops::Add<Output = T>
        + PartialOrd
        + From<i8>,
{
    let (q, r) = (num / den, num % den);
    let zero = T::from(0);
    // A remainder of at least half the divisor moves one unit away from zero; `den − |r| ≤ |r|`
    // says it without doubling (which could overflow).
    let abs_r = if r < zero { zero - r } else { r };
    if den - abs_r <= abs_r {
        if num < zero {
            q - T::from(1)
        } else {
            q + T::from(1)
        }
    } else {
        q
    }
}

/// `a × b`, or `None` on overflow. Operands that fit 64 bits (nearly always) multiply without
/// the overflow check, which for 128-bit integers is a slow library call.
#[inline]
pub(crate) fn mul_i128(a: i128, b: i128) -> Option<i128> {
    let fits = |x: i128| i128::from(x as i64) == x;
    if fits(a) && fits(b) {
        // |a × b| < 2^126: no overflow.
        Some(a * b)
    } else {
        a.checked_mul(b)
    }
}

/// `m × 10^k`, or `None` on overflow.
#[inline]
fn mul_pow10(m: i128, k: u32) -> Option<i128> {
    if k == 0 {
        Some(m)
    } else {
        mul_i128(m, POW10[k as usize])
    }
}

/// Decimals as integers over one common power of ten (`values[i] = out[i] / 10^scale`), or
/// `None` when one does not fit: exact arithmetic on them needs no intermediate rounding.
pub(crate) fn aligned<const N: usize>(values: [Decimal; N]) -> Option<([i128; N], u32)> {
    let scale = values.iter().map(|d| d.scale()).max().unwrap_or(0);
    let mut out = [0i128; N];
    for (o, d) in out.iter_mut().zip(values) {
        *o = mul_pow10(d.mantissa(), scale - d.scale())?;
    }
    Some((out, scale))
}

/// The cents of the exact value `num ÷ (den × 10^scale)` (`den > 0`) rounded half away from
/// zero: [`round_to_cent`] of it, as an integer. `None` when the integers overflow or the result
/// is a negative zero (its sign lives only in a `Decimal`). Every exact path of the library
/// (proration, payments, products) rounds here.
#[inline]
pub(crate) fn exact_cents(num: i128, den: i128, scale: u32) -> Option<i128> {
    // Every realistic amount: 64-bit operands, one hardware division.
    if let (Ok(n), Ok(d)) = (i64::try_from(num), i64::try_from(den))
        && let Some(cents) = exact_cents_64(n, d, scale as usize)
    {
        return (cents != 0 || n >= 0).then_some(i128::from(cents));
    }
    exact_cents_128(num, den, scale)
}

/// [`POW10`] in 64 bits (up to 10^18): the 128-bit entries would need a conversion on the
/// hot path.
static POW10_64: [i64; 19] = {
    let mut p = [1i64; 19];
    let mut i = 1;
    while i < 19 {
        p[i] = p[i - 1] * 10;
        i += 1;
    }
    p
};

/// [`exact_cents`] in 64 bits (before the negative-zero test), `None` when an operand
/// overflows them.
#[inline(always)]
fn exact_cents_64(num: i64, den: i64, scale: usize) -> Option<i64> {
    let (num, den) = if scale >= 2 {
        (num, den.checked_mul(*POW10_64.get(scale - 2)?)?)
    } else {
        (num.checked_mul(POW10_64[2 - scale])?, den)
    };
    Some(if den == 1 {
        num
    } else {
        half_away_quotient(num, den)
    })
}

/// [`exact_cents`] in 128 bits.
fn exact_cents_128(num: i128, den: i128, scale: u32) -> Option<i128> {
    let scale = scale as usize;
    let (num, den) = if scale >= 2 {
        (num, mul_i128(den, *POW10.get(scale - 2)?)?)
    } else {
        (mul_i128(num, POW10[2 - scale])?, den)
    };
    // No division for an amount already in cents or fewer decimals; 64-bit hardware division
    // when the operands fit (every realistic amount); 128-bit division is a slow library call.
    let cents = match (den, i64::try_from(num), i64::try_from(den)) {
        (1, _, _) => num,
        (_, Ok(n), Ok(d)) => i128::from(half_away_quotient(n, d)),
        _ => half_away_quotient(num, den),
    };
    (cents != 0 || num >= 0).then_some(cents)
}

/// [`exact_cents`] as an integer of cents, when it fits 64 bits: what a caller needs to
/// rebuild it with `Decimal::new(cents, 2)`. An integer comes back from a call in registers,
/// where a `Decimal` is written to memory in parts and read back whole (a store-forwarding
/// stall that cost more than the arithmetic on the hot path).
pub(crate) fn ratio_cents(num: i128, den: i128, scale: u32) -> Option<i64> {
    i64::try_from(exact_cents(num, den, scale)?).ok()
}

/// The cents of [`round_to_cent`]`(amount)` as an integer (see [`ratio_cents`]).
#[inline(never)]
pub(crate) fn round_cents(amount: Decimal) -> Option<i64> {
    let (m, scale) = (amount.mantissa(), amount.scale());
    // Already in cents (nearly every amount a contract or the rule data states).
    if scale == 2
        && let Ok(cents) = i64::try_from(m)
        && (cents != 0 || !amount.is_sign_negative())
    {
        return Some(cents);
    }
    let cents = if scale <= 2 {
        // Already whole cents once scaled: no division.
        mul_i128(m, POW10[2 - scale as usize])?
    } else {
        exact_cents(m, 1, scale)?
    };
    // A negative zero (a sign the integer cannot hold) is left to the decimals.
    if cents == 0 && amount.is_sign_negative() {
        return None;
    }
    i64::try_from(cents).ok()
}

/// The cents of `round_to_cent(a × b)` as an integer (see [`ratio_cents`]), when the product is
/// one a `Decimal` holds exactly (then the two agree); `None` otherwise.
pub(crate) fn mul_cents(a: Decimal, b: Decimal) -> Option<i64> {
    let scale = a.scale() + b.scale();
    // An envelope times a share: the product fits 64 bits.
    if let (Ok(ma), Ok(mb)) = (i64::try_from(a.mantissa()), i64::try_from(b.mantissa()))
        && let Some(product) = ma.checked_mul(mb)
        && let Some(cents) = exact_cents_64(product, 1, scale as usize)
    {
        return (cents != 0 || product >= 0).then_some(cents);
    }
    let product = mul_i128(a.mantissa(), b.mantissa())?;
    if scale > 28 || product.unsigned_abs() >= 1 << 96 {
        return None;
    }
    ratio_cents(product, 1, scale)
}

/// Checks that an input amount is within `0 ..= MAX_AMOUNT` and in whole cents (`90000.005` is
/// refused, never rounded: the person who wrote it must say which cent they meant).
pub fn check_amount(field: &str, amount: Decimal) -> Result<Decimal> {
    check_amount_with(|| field.to_string(), amount)
}

/// [`check_amount`] with the field name built only for the error (hot paths: a batch checks a
/// dozen amounts per row, so the bound is compared on the mantissas by [`cmp`]).
#[inline]
pub fn check_amount_with(field: impl FnOnce() -> String, amount: Decimal) -> Result<Decimal> {
    if !within_pow10(amount, MAX_AMOUNT_POW10) {
        return Err(amount_out_of_range(field, amount));
    }
    if !whole_cents(amount) {
        return Err(sub_cent_amount(field, amount));
    }
    Ok(amount)
}

/// Whether `d` has no digit below the cent (`12.340` has none, `12.345` has one).
#[inline]
pub fn whole_cents(d: Decimal) -> bool {
    match d.scale() {
        0..=2 => true,
        // The scale is at most 28, so the power is in the table.
        scale => d.mantissa() % POW10[scale as usize - 2] == 0,
    }
}

/// The error of [`check_amount_with`] for a fraction of a cent, out of line.
#[cold]
#[inline(never)]
fn sub_cent_amount(field: impl FnOnce() -> String, amount: Decimal) -> Error {
    Error::SubCentAmount {
        field: field(),
        value: amount,
    }
}

/// The error of [`check_amount_with`], out of line: its formatting would otherwise sit in every
/// caller's hot path (a batch checks a dozen amounts per row).
#[cold]
#[inline(never)]
fn amount_out_of_range(field: impl FnOnce() -> String, amount: Decimal) -> Error {
    Error::out_of_range(field(), amount, "0 to 100000000 €")
}

/// [`MAX_AMOUNT`] = 10^8 €.
const MAX_AMOUNT_POW10: usize = 8;

/// Whether `0 ≤ d ≤ 10^exp`, on the mantissa against the bound at `d`'s scale (a negative zero
/// is within). A test checks it against rust_decimal's comparisons.
#[inline]
pub(crate) fn within_pow10(d: Decimal, exp: usize) -> bool {
    let m = d.mantissa();
    // Beyond the table the bound is above 10^28, more than any mantissa (< 2^96) reaches.
    m >= 0
        && POW10
            .get(exp + d.scale() as usize)
            .is_none_or(|&bound| m <= bound)
}

/// `a` compared with `b`: the same order as `Decimal::cmp`, on the mantissas when one fits the
/// other's scale (a decimal comparison is an out-of-line call; thresholds, bounds and caps are
/// compared a few dozen times per contract year).
#[inline(always)]
pub fn cmp(a: Decimal, b: Decimal) -> Ordering {
    let (sa, sb) = (a.scale(), b.scale());
    let (ma, mb) = (a.mantissa(), b.mantissa());
    let aligned = match sa.cmp(&sb) {
        Ordering::Equal => Some((ma, mb)),
        Ordering::Less => mul_pow10(ma, sb - sa).map(|ma| (ma, mb)),
        Ordering::Greater => mul_pow10(mb, sa - sb).map(|mb| (ma, mb)),
    };
    match aligned {
        Some((ma, mb)) => ma.cmp(&mb),
        None => a.cmp(&b),
    }
}

/// The smaller of `a` and `b` (`a` when equal), by [`cmp`].
#[inline]
pub fn min(a: Decimal, b: Decimal) -> Decimal {
    if cmp(b, a).is_lt() { b } else { a }
}

/// An exact running sum of amounts: whole cents in an integer (every amount the library pays is
/// rounded to the cent, so this avoids decimal additions), any other amount as a decimal.
#[derive(Debug, Default)]
pub(crate) struct Sum {
    cents: i128,
    other: Option<Decimal>,
    overflow: bool,
}

impl Sum {
    #[inline(always)]
    pub(crate) fn add(&mut self, amount: Decimal) {
        if amount.scale() == 2 {
            match self.cents.checked_add(amount.mantissa()) {
                Some(c) => self.cents = c,
                None => self.overflow = true,
            }
        } else {
            match self.other.unwrap_or(Decimal::ZERO).checked_add(amount) {
                Some(o) => self.other = Some(o),
                None => self.overflow = true,
            }
        }
    }

    /// The sum in whole cents, when every amount added was in cents and it fits 64 bits (an
    /// integer comes back in registers; see [`round_cents`]).
    pub(crate) fn cents(&self) -> Option<i64> {
        if self.overflow || self.other.is_some() {
            return None;
        }
        i64::try_from(self.cents).ok()
    }

    /// The sum (`0.00` when nothing was added), or `None` when it is beyond the decimal range.
    pub(crate) fn value(&self) -> Option<Decimal> {
        if self.overflow {
            return None;
        }
        let cents = Decimal::try_from_i128_with_scale(self.cents, 2).ok()?;
        match self.other {
            None => Some(cents),
            Some(other) => cents.checked_add(other),
        }
    }
}

/// `a × b`, or an overflow error naming `what`.
pub fn mul(a: Decimal, b: Decimal, what: &str) -> Result<Decimal> {
    a.checked_mul(b).ok_or_else(|| Error::overflow(what))
}

/// `a + b`, or an overflow error naming `what`.
pub fn add(a: Decimal, b: Decimal, what: &str) -> Result<Decimal> {
    a.checked_add(b).ok_or_else(|| Error::overflow(what))
}

/// `a ÷ b` (b ≠ 0 checked by the caller's invariants), or an overflow error naming `what`.
pub fn div(a: Decimal, b: Decimal, what: &str) -> Result<Decimal> {
    a.checked_div(b).ok_or_else(|| Error::overflow(what))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn decimal() -> impl Strategy<Value = Decimal> {
        (any::<i128>(), 0u32..=28).prop_map(|(m, scale)| {
            // Any mantissa of up to 96 bits, every scale.
            let m = m % (1i128 << 96);
            Decimal::from_i128_with_scale(m, scale)
        })
    }

    proptest! {
        /// The integer rounding equals rust_decimal's on every decimal.
        #[test]
        fn fast_rounding_equals_the_reference(d in decimal()) {
            if let Some(c) = round_cents(d) {
                prop_assert_eq!(Decimal::new(c, 2), reference_round_to_cent(d));
                prop_assert_eq!(Decimal::new(c, 2).scale(), 2);
            }
            let (fast, reference) = (round_to_cent(d), reference_round_to_cent(d));
            prop_assert_eq!(fast, reference);
            prop_assert_eq!(fast.scale(), reference.scale());
            prop_assert_eq!(fast.is_sign_negative(), reference.is_sign_negative());
        }
    }

    proptest! {
        /// The integer product rounds as rust_decimal's product does, wherever it answers.
        #[test]
        fn product_in_cents_equals_the_reference(
            (ma, sa) in (-10i64.pow(10)..10i64.pow(10), 0u32..=8),
            (mb, sb) in (-10i64.pow(6)..10i64.pow(6), 0u32..=8),
        ) {
            let (a, b) = (Decimal::new(ma, sa), Decimal::new(mb, sb));
            let reference = round_to_cent(a * b);
            match mul_cents(a, b) {
                Some(c) => prop_assert_eq!(Decimal::new(c, 2), reference),
                // Only a negative product rounding to zero is left to the decimals.
                None => prop_assert!(reference.is_zero() && (ma < 0) != (mb < 0)),
            }
        }

        /// The bound check on mantissas agrees with rust_decimal's comparisons.
        #[test]
        fn bound_check_equals_the_reference(d in decimal(), exp in 0usize..=8) {
            let bound = Decimal::from_i128_with_scale(POW10[exp], 0);
            prop_assert_eq!(within_pow10(d, exp), d >= Decimal::ZERO && d <= bound);
            prop_assert_eq!(within_pow10(-d, exp), -d >= Decimal::ZERO && -d <= bound);
        }

        /// The mantissa comparison orders decimals as rust_decimal does.
        #[test]
        fn fast_comparison_equals_the_reference(a in decimal(), b in decimal()) {
            prop_assert_eq!(cmp(a, b), a.cmp(&b));
            prop_assert_eq!(min(a, b), a.min(b));
            prop_assert_eq!(min(a, b).scale(), a.min(b).scale());
            // The same value at another scale.
            let mut c = a;
            c.rescale(a.scale() + 1);
            if c == a {
                prop_assert_eq!(cmp(a, c), Ordering::Equal);
                prop_assert_eq!(min(a, c).scale(), a.min(c).scale());
            }
        }
    }

    #[test]
    fn rounding_edges() {
        for (input, expected) in [
            ("2.345", "2.35"),
            ("-2.345", "-2.35"),
            ("2.3449999", "2.34"),
            ("0.005", "0.01"),
            ("-0.004", "0.00"),
            ("12", "12.00"),
            ("0.0000000000000000000000000001", "0.00"),
            // Beyond two decimals of range: the reference keeps fewer decimals.
            (
                "79228162514264337593543950335",
                "79228162514264337593543950335",
            ),
            (
                "7922816251426433759354395033.5",
                "7922816251426433759354395033.5",
            ),
        ] {
            let d: Decimal = input.parse().unwrap();
            assert_eq!(round_to_cent(d), reference_round_to_cent(d), "{input}");
            assert_eq!(round_to_cent(d).to_string(), expected, "{input}");
        }
    }
}
