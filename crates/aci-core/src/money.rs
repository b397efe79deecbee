//! Exact money: the one rounding rule, the allowed range, and checked arithmetic.
//!
//! **Rounding rule (stated once, applied only here):** every amount the library pays is rounded
//! to the cent, half away from zero ("arrondi au centime le plus proche"; 2.345 → 2.35,
//! −2.345 → −2.35), the same as Python's `ROUND_HALF_UP`. Intermediate products are never
//! rounded; each line is rounded once, and totals are sums of rounded lines, so the lines of a
//! breakdown add up to its total to the cent.
//!
//! **Where it is applied:** only in [`round_to_cent`], on the exact value: products are
//! computed before quotients (`amount × elapsed ÷ length`, never `amount × (elapsed ÷ length)`),
//! so the one rounded step of rust_decimal (a quotient kept to 28 significant digits) is far
//! below the cent for every amount the library accepts (at most [`MAX_AMOUNT`]). Property tests
//! check the rounding, proration and payments against exact integer arithmetic.
//!
//! ```
//! use aci_core::money::round_to_cent;
//! use rust_decimal::Decimal;
//! assert_eq!(round_to_cent(Decimal::new(2345, 3)).to_string(), "2.35");
//! assert_eq!(round_to_cent(Decimal::new(12, 0)).to_string(), "12.00");
//! ```

use rust_decimal::{Decimal, RoundingStrategy};

use crate::error::{Error, Result};

/// Largest amount accepted as input or produced as a line: 100 000 000 €. National ACI spending
/// on all CPTS is below 200 M€ a year, so a single contract amount above this is a typing error.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(100_000_000, 0, 0, false, 0);

/// Zero euros, shown with two decimals (`0.00`): what nothing earns.
pub const ZERO: Decimal = Decimal::from_parts(0, 0, 0, false, 2);

/// Rounds to the cent, half away from zero, and always shows two decimals.
pub fn round_to_cent(amount: Decimal) -> Decimal {
    // Nearly every amount is already in cents (contract and rule data, lines being summed).
    if amount.scale() == 2 {
        return amount;
    }
    let mut rounded = if amount.scale() > 2 {
        amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
    } else {
        amount
    };
    rounded.rescale(2);
    rounded
}

/// Checks that an input amount is within `0 ..= MAX_AMOUNT` and in whole cents (`90000.005` is
/// refused, never rounded: the person who wrote it must say which cent they meant).
pub fn check_amount(field: &str, amount: Decimal) -> Result<Decimal> {
    check_amount_with(|| field.to_string(), amount)
}

/// [`check_amount`] with the field name built only for the error.
pub fn check_amount_with(field: impl FnOnce() -> String, amount: Decimal) -> Result<Decimal> {
    if !within(amount, MAX_AMOUNT) {
        return Err(Error::out_of_range(
            field(),
            amount,
            crate::wording::text(crate::wording::id::ALLOWED_AMOUNT, &[]),
        ));
    }
    if !whole_cents(amount) {
        return Err(Error::SubCentAmount {
            field: field(),
            value: amount,
        });
    }
    Ok(amount)
}

/// Whether `d` has no digit below the cent (`12.340` has none, `12.345` has one).
pub fn whole_cents(d: Decimal) -> bool {
    d.normalize().scale() <= 2
}

/// Whether `0 ≤ value ≤ max` (a negative zero is `0`).
pub fn within(value: Decimal, max: Decimal) -> bool {
    (value.is_zero() || value.is_sign_positive()) && value <= max
}

/// `a × b`, or an overflow error naming `what` (a message id, `wording::id::OVERFLOW_…`).
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

/// `amount × num ÷ den` rounded to the cent once, the product taken first (so the quotient is
/// the only inexact step, far below the cent): proration, a kept advance, a scaled envelope.
pub fn mul_div(amount: Decimal, num: Decimal, den: Decimal, what: &str) -> Result<Decimal> {
    Ok(round_to_cent(div(mul(amount, num, what)?, den, what)?))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The oracle: `num ÷ den` (`den > 0`) rounded half away from zero, in exact integers.
    pub(crate) fn half_away(num: i128, den: i128) -> i128 {
        let (q, r) = (num / den, num % den);
        if 2 * r.abs() >= den {
            q + num.signum()
        } else {
            q
        }
    }

    proptest! {
        /// Rounding equals exact integer rounding of `m / 10^s` to hundredths, on every scale,
        /// and always shows two decimals.
        #[test]
        fn rounding_equals_exact_integer_rounding(
            m in -10i128.pow(20)..10i128.pow(20),
            scale in 0u32..=28,
        ) {
            let d = Decimal::from_i128_with_scale(m, scale);
            let rounded = round_to_cent(d);
            let cents = half_away(m * 100, 10i128.pow(scale));
            prop_assert_eq!(rounded, Decimal::from_i128_with_scale(cents, 2), "{}", d);
            prop_assert_eq!(rounded.scale(), 2);
        }

        /// Whole cents and the amount range, against the integers they describe.
        #[test]
        fn amount_checks_equal_integer_checks(
            m in -10i128.pow(12)..10i128.pow(12),
            scale in 0u32..=6,
        ) {
            let d = Decimal::from_i128_with_scale(m, scale);
            let whole = scale <= 2 || m % 10i128.pow(scale - 2) == 0;
            prop_assert_eq!(whole_cents(d), whole, "{}", d);
            let in_range = m >= 0 && m <= 10i128.pow(8 + scale);
            prop_assert_eq!(check_amount("x", d).is_ok(), in_range && whole, "{}", d);
            prop_assert_eq!(within(d, Decimal::ONE), m >= 0 && m <= 10i128.pow(scale), "{}", d);
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
            // Beyond two decimals of range: rust_decimal keeps fewer decimals.
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
            assert_eq!(round_to_cent(d).to_string(), expected, "{input}");
        }
        // A negative zero is an amount of zero.
        assert!(check_amount("x", Decimal::new(-0, 2)).is_ok());
        assert!(check_amount("x", "-0.01".parse().unwrap()).is_err());
    }
}
