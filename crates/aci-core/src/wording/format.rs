//! How a language writes amounts and dates in a message or a table.

use std::cell::Cell;
use std::fmt;

use jiff::civil::Date;
use rust_decimal::Decimal;

use super::{Lang, lang};

thread_local! {
    /// The language of the message being formatted on this thread, if any ([`in_lang`]).
    static FORMATTING: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Runs `f` with `lang` as the language [`Amount`] and [`Day`] are written in.
pub(crate) fn in_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = FORMATTING.replace(Some(lang));
    let out = f();
    FORMATTING.set(before);
    out
}

/// The language an [`Amount`] or a [`Day`] is written in: the message's, else the process's.
pub(crate) fn current() -> Lang {
    FORMATTING.get().unwrap_or_else(lang)
}

/// An amount in euros as a message cites it: in English the library's `Display` (`12345.67`),
/// in French grouped by thousands with a comma (`12 345,67`).
///
/// ```
/// use aci_core::wording::{self, Amount, Lang, id};
/// use rust_decimal::Decimal;
/// let repaid = Amount(Decimal::new(1234567, 2));
/// let fr = wording::text_in(Lang::Fr, id::WARNING_TERMINATED, &[("date", &"x"), ("repaid", &repaid)]);
/// assert!(fr.contains("12\u{202f}345,67\u{a0}€"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount(pub Decimal);

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match current() {
            Lang::En => self.0.fmt(f),
            Lang::Fr => f.write_str(&grouped_amount(Lang::Fr, self.0)),
        }
    }
}

/// A day as a message cites it: `2025-03-01` in English, `01/03/2025` in French.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day(pub Date);

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match current() {
            Lang::En => self.0.fmt(f),
            Lang::Fr => write!(
                f,
                "{:02}/{:02}/{:04}",
                self.0.day(),
                self.0.month(),
                self.0.year()
            ),
        }
    }
}

/// An amount for a table, in cents, grouped by thousands: `1 234 567.80` in English (a plain
/// space), `1 234 567,80` in French (a narrow no-break space, U+202F, as French typography and
/// CLDR write it, so a number never breaks across lines).
///
/// ```
/// use aci_core::wording::{Lang, grouped_amount};
/// use rust_decimal::Decimal;
/// assert_eq!(grouped_amount(Lang::En, Decimal::new(-12345678, 1)), "-1 234 567.80");
/// assert_eq!(grouped_amount(Lang::Fr, Decimal::new(12345678, 1)), "1\u{202f}234\u{202f}567,80");
/// ```
pub fn grouped_amount(lang: Lang, d: Decimal) -> String {
    let (group, point) = match lang {
        Lang::En => (' ', '.'),
        Lang::Fr => ('\u{202f}', ','),
    };
    // Amounts are cents already; anything finer goes through the one rounding rule.
    let d = crate::money::round_to_cent(d);
    let s = format!("{:.2}", d.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, "00"));
    let sign = if d.is_sign_negative() && !d.is_zero() {
        "-"
    } else {
        ""
    };
    format!("{sign}{}{point}{frac}", group_thousands(int, group))
}

/// Digits `int` with `sep` between groups of three from the right.
fn group_thousands(int: &str, sep: char) -> String {
    let mut out = String::with_capacity(int.len() + int.len() / 3 * sep.len_utf8());
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A measured value (a rate, a percentage, a count) as a message cites it, with every decimal
/// written: in English the library's `Display` (`0.555`, `3000`), in French with a decimal comma
/// and grouped by thousands like amounts (`0,555`, `3\u{202f}000`).
///
/// ```
/// use aci_core::wording::{self, Amount, Lang, Number, id};
/// use rust_decimal::Decimal;
/// let fr = wording::text_in(Lang::Fr, id::INDICATOR_TIER,
///     &[("direction", &"rising"), ("threshold", &Number(Decimal::new(555, 3))), ("amount", &Amount(Decimal::new(2000, 0)))]);
/// assert_eq!(fr, "≥ 0,555 → 2\u{202f}000,00\u{a0}€");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number(pub Decimal);

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match current() {
            Lang::En => self.0.fmt(f),
            Lang::Fr => {
                let s = self.0.abs().to_string();
                let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
                let sign = if self.0.is_sign_negative() && !self.0.is_zero() {
                    "-"
                } else {
                    ""
                };
                let point = if frac.is_empty() { "" } else { "," };
                write!(f, "{sign}{}{point}{frac}", group_thousands(int, '\u{202f}'))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_amounts_and_days_its_way() {
        let d = Decimal::new(123456, 2);
        let day = Date::constant(2025, 3, 1);
        assert_eq!(in_lang(Lang::En, || Amount(d).to_string()), "1234.56");
        assert_eq!(
            in_lang(Lang::Fr, || Amount(d).to_string()),
            "1\u{202f}234,56"
        );
        assert_eq!(in_lang(Lang::En, || Day(day).to_string()), "2025-03-01");
        assert_eq!(in_lang(Lang::Fr, || Day(day).to_string()), "01/03/2025");
        let rate = Decimal::new(755, 3);
        assert_eq!(in_lang(Lang::En, || Number(rate).to_string()), "0.755");
        assert_eq!(in_lang(Lang::Fr, || Number(rate).to_string()), "0,755");
        assert_eq!(grouped_amount(Lang::Fr, Decimal::ZERO), "0,00");
        assert_eq!(grouped_amount(Lang::En, Decimal::new(-5, 3)), "-0.01");
        assert_eq!(grouped_amount(Lang::En, Decimal::new(999, 0)), "999.00");
        assert_eq!(grouped_amount(Lang::En, Decimal::new(1000, 0)), "1 000.00");
    }

    #[test]
    fn the_formatting_language_is_restored() {
        in_lang(Lang::Fr, || {
            in_lang(Lang::En, || assert_eq!(current(), Lang::En));
            assert_eq!(current(), Lang::Fr);
        });
    }

    #[test]
    fn each_language_writes_measured_values_its_way() {
        let n = |m, s| Number(Decimal::new(m, s));
        assert_eq!(in_lang(Lang::En, || n(555, 3).to_string()), "0.555");
        assert_eq!(in_lang(Lang::En, || n(3000, 0).to_string()), "3000");
        assert_eq!(in_lang(Lang::Fr, || n(555, 3).to_string()), "0,555");
        assert_eq!(in_lang(Lang::Fr, || n(3000, 0).to_string()), "3\u{202f}000");
        assert_eq!(
            in_lang(Lang::Fr, || n(12345678, 2).to_string()),
            "123\u{202f}456,78"
        );
        assert_eq!(in_lang(Lang::Fr, || n(-50, 1).to_string()), "-5,0");
    }
}
