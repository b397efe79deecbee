//! Exact money: the one rounding rule, the allowed range, and checked arithmetic.
//!
//! **Rounding rule (stated once, applied only here):** every amount the library pays is rounded
//! to the cent, half away from zero ("arrondi au centime le plus proche"; 2.345 → 2.35,
//! −2.345 → −2.35), the same as Python's `ROUND_HALF_UP`. Intermediate products are never
//! rounded; each line is rounded once, and totals are sums of rounded lines, so the lines of a
//! breakdown add up to its total to the cent.
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

/// Rounds to the cent, half away from zero, and always shows two decimals.
pub fn round_to_cent(amount: Decimal) -> Decimal {
    let mut rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(2);
    rounded
}

/// Checks that an input amount is within `0 ..= MAX_AMOUNT`.
pub fn check_amount(field: &str, amount: Decimal) -> Result<Decimal> {
    if amount.is_sign_negative() && !amount.is_zero() || amount > MAX_AMOUNT {
        return Err(Error::out_of_range(field, amount, "0 to 100000000 €"));
    }
    Ok(amount)
}

/// [`check_amount`] with the field name built only for the error (hot paths).
pub fn check_amount_with(field: impl FnOnce() -> String, amount: Decimal) -> Result<Decimal> {
    if amount.is_sign_negative() && !amount.is_zero() || amount > MAX_AMOUNT {
        return Err(Error::out_of_range(field(), amount, "0 to 100000000 €"));
    }
    Ok(amount)
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
