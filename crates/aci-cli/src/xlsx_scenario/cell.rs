//! One cell of a filled-in workbook read by the kind of field it holds: a date, an amount, a
//! whole number, yes or no, one of a list… Every refusal says what to type instead.

use aci_core::suggest;
use aci_core::wording::{self, Lang, id};
use calamine::Data;
use rust_decimal::Decimal;
use serde_json::Value;

use super::layout::{Cell, Choices};

/// A cell as text, trimmed (numbers in their shortest form).
pub(super) fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::Float(f) => number_text(*f),
        other => other.to_string().trim().to_string(),
    }
}

/// The shortest text that gives the number back: what was typed, when 15 digits or fewer
/// (never computed as a float: the text is then read as a decimal).
pub(super) fn number_text(f: f64) -> String {
    format!("{f}")
}

/// The words for yes and no in every language, and the usual spellings of a boolean.
pub(super) fn yes_no(text: &str) -> Option<bool> {
    let t = text.trim().to_lowercase();
    for lang in Lang::ALL {
        if t == wording::text_in(lang, id::XLSX_IN_YES, &[]).to_lowercase() {
            return Some(true);
        }
        if t == wording::text_in(lang, id::XLSX_IN_NO, &[]).to_lowercase() {
            return Some(false);
        }
    }
    match t.as_str() {
        "true" | "vrai" => Some(true),
        "false" | "faux" => Some(false),
        _ => None,
    }
}

/// A decimal from a number cell or from text: plain (`1234.56`), or an amount as the national
/// envelope table reads it (`50 000,50`, `1234,5 €`; never `50,000`, ambiguous).
pub(super) fn decimal(d: &Data) -> Result<Decimal, String> {
    let text = match d {
        Data::Float(f) => number_text(*f),
        Data::Int(i) => i.to_string(),
        Data::String(s) => s.trim().to_string(),
        other => other.to_string(),
    };
    let plain = text
        .parse::<Decimal>()
        .ok()
        .filter(|_| !text.contains(['e', 'E']) && !text.starts_with('.'));
    plain
        .or_else(|| {
            matches!(d, Data::String(_))
                .then(|| aci_core::envelopes::parse_amount(&text).ok())
                .flatten()
        })
        .ok_or_else(|| wording::text(id::XLSX_IN_ERR_NOT_A_NUMBER, &[("value", &text)]))
}

/// A cell read as `cell` says: `None` when blank, else the value for the scenario's tree or a
/// message saying what to type.
pub(super) fn read_cell(d: &Data, cell: Cell) -> Result<Option<Value>, String> {
    if blank(d) {
        return Ok(None);
    }
    let shown = cell_text(d);
    let value = match cell {
        Cell::Text => Value::String(shown),
        Cell::Date => Value::String(date(d)?),
        Cell::Amount | Cell::Number => Value::String(decimal(d)?.to_string()),
        Cell::Whole => {
            let n = decimal(d)
                .ok()
                .filter(|n| n.fract().is_zero())
                .and_then(|n| i64::try_from(n).ok())
                .ok_or_else(|| wording::text(id::XLSX_IN_ERR_NOT_WHOLE, &[("value", &shown)]))?;
            Value::from(n)
        }
        Cell::YesNo => Value::Bool(match d {
            Data::Bool(b) => *b,
            _ => yes_no(&shown)
                .ok_or_else(|| wording::text(id::XLSX_IN_ERR_NOT_YES_NO, &[("value", &shown)]))?,
        }),
        Cell::Choice(choices) => {
            let names = choices.names();
            if !names.contains(&shown) && choices != Choices::EngagedMission {
                let hint = suggest::nearest(&shown, names.iter().map(String::as_str))
                    .map(|n| wording::text(id::XLSX_IN_DID_YOU_MEAN, &[("name", &n)]))
                    .unwrap_or_default();
                return Err(wording::text(
                    id::XLSX_IN_ERR_NOT_ALLOWED,
                    &[
                        ("value", &shown),
                        ("hint", &hint),
                        ("allowed", &names.join(", ")),
                    ],
                ));
            }
            Value::String(shown)
        }
        Cell::Observation => match d {
            Data::Bool(b) => Value::Bool(*b),
            _ => match yes_no(&shown) {
                Some(b) => Value::Bool(b),
                None => Value::String(decimal(d)?.to_string()),
            },
        },
    };
    Ok(Some(value))
}

/// A date cell as `2023-03-01`; text in that form is read too. Other text is refused, with the
/// year-month-day form of a day/month/year text (never guessed: said).
pub(super) fn date(d: &Data) -> Result<String, String> {
    match d {
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, day, ..) = dt.to_ymd_hms_milli();
            Ok(format!("{y:04}-{m:02}-{day:02}"))
        }
        Data::DateTimeIso(s) => Ok(s.chars().take(10).collect()),
        Data::String(s) => {
            let s = s.trim();
            if s.len() == 10 && s.parse::<jiff::civil::Date>().is_ok() {
                return Ok(s.to_string());
            }
            let parts: Vec<&str> = s.split(['/', '.', '-']).collect();
            if let [day, month, year] = parts[..]
                && let (Ok(day), Ok(month), Ok(year)) =
                    (day.parse::<i8>(), month.parse::<i8>(), year.parse::<i16>())
                && year >= 1000
                && let Ok(date) = jiff::civil::Date::new(year, month, day)
            {
                return Err(wording::text(
                    id::XLSX_IN_ERR_DATE_AS_TEXT,
                    &[("value", &s), ("iso", &date)],
                ));
            }
            Err(wording::text(id::XLSX_IN_ERR_NOT_A_DATE, &[("value", &s)]))
        }
        other => Err(wording::text(
            id::XLSX_IN_ERR_NOT_A_DATE,
            &[("value", &cell_text(other))],
        )),
    }
}

/// Whether a cell holds nothing (or only spaces).
pub(super) fn blank(d: &Data) -> bool {
    match d {
        Data::Empty => true,
        Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}
