//! Deserializers shared by the rule file and the contract: exact decimals and dates.
//!
//! Decimals are read from strings (`"50000.00"`) or whole numbers (`50000`); a number with a
//! fraction written bare (`0.62`) is refused, because TOML and JSON parse it as a binary float
//! and it may no longer be the number that was written. Dates are read from `"YYYY-MM-DD"`
//! strings or from TOML's native dates.

use std::fmt;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::wording::{id, text as text_of};

/// Parses a decimal from text, rejecting exponents and non-numbers.
pub fn parse_decimal(text: &str) -> Result<Decimal, String> {
    let trimmed = text.trim();
    Decimal::from_str_exact(trimmed).map_err(|_| {
        // The French ways of writing numbers: a decimal comma, spaces between thousands.
        let plain: String = trimmed
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| if c == ',' { '.' } else { c })
            .collect();
        // A percentage where a share of 1 is expected (an achievement, a rate).
        let percent = plain
            .strip_suffix('%')
            .and_then(|p| Decimal::from_str_exact(p).ok());
        match (Decimal::from_str_exact(&plain), percent) {
            (Ok(_), _) => text_of(
                id::DECIMAL_FRENCH_FORM,
                &[("text", &text), ("plain", &plain)],
            ),
            (Err(_), Some(p)) => text_of(
                id::DECIMAL_PERCENT,
                &[
                    ("text", &text),
                    ("share", &(p / Decimal::ONE_HUNDRED).normalize()),
                ],
            ),
            (Err(_), None) => text_of(id::DECIMAL_OTHER, &[("text", &text)]),
        }
    })
}

/// Parses a `YYYY-MM-DD` date.
pub fn parse_date(text: &str) -> Result<Date, String> {
    text.trim().parse::<Date>().map_err(|_| date_problem(text))
}

/// Why `text` is not a `YYYY-MM-DD` date, and what to write instead.
fn date_problem(text: &str) -> String {
    let numbers: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
    let number = |s: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i16>().ok())
            .flatten()
    };
    if let [a, b, c] = numbers[..] {
        // Year first: a day or month that does not exist.
        if let (Some(y), Some(m), Some(d)) = (number(a, 4..=4), number(b, 1..=2), number(c, 1..=2))
        {
            if let Ok(date) = Date::new(y, m as i8, d as i8) {
                return text_of(id::DATE_ISO_FORM, &[("text", &text), ("date", &date)]);
            }
            let Ok(first) = Date::new(y, m as i8, 1) else {
                return text_of(
                    id::DATE_NO_MONTH,
                    &[
                        ("text", &text),
                        ("month", &m),
                        ("example", &format!("{y}-01-31")),
                    ],
                );
            };
            return text_of(
                id::DATE_NO_DAY,
                &[
                    ("text", &text),
                    ("month", &format!("{y}-{m:02}")),
                    ("days", &first.days_in_month()),
                    ("example", &first.last_of_month()),
                ],
            );
        }
        // Day first, as written in France (01/03/2023 is 1 March 2023).
        if let (Some(d), Some(m), Some(y)) = (number(a, 1..=2), number(b, 1..=2), number(c, 4..=4))
            && let Ok(date) = Date::new(y, m as i8, d as i8)
        {
            return text_of(
                id::DATE_DAY_FIRST,
                &[("text", &text), ("long", &long_date(date)), ("date", &date)],
            );
        }
    }
    text_of(id::DATE_OTHER, &[("text", &text)])
}

/// `1 March 2023` (`1er mars 2023` in French): a day as people write it.
fn long_date(date: Date) -> String {
    let month = format!("month-{}", date.month());
    let first = if date.day() == 1 { "yes" } else { "no" };
    text_of(
        id::DATE_LONG,
        &[
            ("day", &date.day()),
            ("first", &first),
            ("month", &text_of(&month, &[])),
            ("year", &date.year()),
        ],
    )
}

struct DecimalVisitor;

impl<'de> Visitor<'de> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&text_of(id::EXPECTING_DECIMAL, &[]))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_decimal(v).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        Err(E::custom(text_of(id::DECIMAL_UNQUOTED, &[("number", &v)])))
    }
}

/// `#[serde(deserialize_with = "decimal")]`.
pub fn decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    d.deserialize_any(DecimalVisitor)
}

/// `#[serde(default, deserialize_with = "opt_decimal")]`.
pub fn opt_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    decimal(d).map(Some)
}

struct DateVisitor;

impl<'de> Visitor<'de> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&text_of(id::EXPECTING_DATE, &[]))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
        parse_date(v).map_err(E::custom)
    }

    // TOML's native dates arrive as a one-entry map holding their text.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
        let Some((_, text)) = map.next_entry::<String, String>()? else {
            return Err(de::Error::custom(text_of(id::DATE_EMPTY, &[])));
        };
        parse_date(&text).map_err(de::Error::custom)
    }
}

/// `#[serde(deserialize_with = "date")]`.
pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    d.deserialize_any(DateVisitor)
}

/// `#[serde(default, deserialize_with = "opt_date")]`.
pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    date(d).map(Some)
}

/// Serializes a decimal as a string with at least its own scale (`"50000.00"`).
pub fn ser_decimal<S: serde::Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

/// Serializes an optional decimal as a string.
pub fn ser_opt_decimal<S: serde::Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => s.collect_str(v),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_mistake_says_what_to_write() {
        let e = |t: &str| parse_date(t).unwrap_err();
        assert_eq!(
            e("2023-02-30"),
            "'2023-02-30' is not a date: 2023-02 has days 1 to 28; write YYYY-MM-DD, e.g. \"2023-02-28\""
        );
        assert_eq!(
            e("01/03/2023"),
            "'01/03/2023' is not a date in the YYYY-MM-DD form; for 1 March 2023 write \"2023-03-01\""
        );
        assert_eq!(
            e("2023-3-1"),
            "'2023-3-1' is not a date in the YYYY-MM-DD form; write \"2023-03-01\""
        );
        assert!(e("2023-13-01").contains("there is no month 13"));
        assert!(e("demain").contains("write YYYY-MM-DD, e.g. \"2023-03-01\""));
        assert_eq!(
            parse_date("2024-02-29"),
            Ok(Date::new(2024, 2, 29).unwrap())
        );
    }

    #[test]
    fn a_french_number_says_how_to_write_it() {
        assert_eq!(
            parse_decimal("50 000,50").unwrap_err(),
            "'50 000,50' is not a decimal number: write it with a decimal point and no spaces, \"50000.50\""
        );
        assert_eq!(
            parse_decimal("80%").unwrap_err(),
            "'80%' is not a decimal number: shares and rates are written as a fraction of 1, \"0.8\" for 80%"
        );
        assert!(
            parse_decimal("abc")
                .unwrap_err()
                .contains("write e.g. \"1234.56\"")
        );
    }
}
