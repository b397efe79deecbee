//! `aci new`'s questions on a mission's indicators: how many, then for each its identifier,
//! what it measures, its kind (binary, tiered, proportional) and what that kind needs, checked
//! at once by the core (an indicator that would not read is asked again); then the result
//! expected each contract year.

use std::fmt::Write as _;

use aci_core::indicator::{Indicator, IndicatorSpec};
use aci_core::mission::MissionId;
use aci_core::wording::{self, id};
use rust_decimal::Decimal;

use super::{Ask, quoted, yes_no};
use crate::load::CliError;

/// An indicator as answered: its lines of the contract file, and the result expected each year.
pub(super) struct IndicatorAnswer {
    pub id: String,
    pub binary: bool,
    /// Its `[[contract.missions.indicators]]` fields, as TOML lines.
    pub fields: Vec<String>,
    /// The result expected each contract year, as the scenario file writes it.
    pub results: Vec<String>,
}

/// Asks how many indicators `mission` pays its variable part on, then each of them.
/// `taken`: the identifiers already used (an identifier names one indicator of the contract).
pub(super) fn ask(
    ask: &Ask,
    mission: MissionId,
    taken: &mut Vec<String>,
) -> Result<Vec<IndicatorAnswer>, CliError> {
    let prompt = wording::text(id::NEW_ASK_INDICATORS, &[("mission", &mission.label())]);
    let count = ask.answer_with(None, &prompt, Some("0"), |s| {
        s.trim()
            .parse::<u8>()
            .ok()
            .filter(|n| *n <= 30)
            .ok_or_else(|| wording::text(id::NEW_BAD_COUNT, &[("value", &s.trim())]))
    })?;
    let mut out = Vec::new();
    for n in 1..=count {
        loop {
            let answer = ask_one(ask, mission, n, taken)?;
            // The core reads it as it reads a contract file: a refusal is said and asked again.
            let text = answer.fields.join("\n");
            let read = toml::from_str::<IndicatorSpec>(&text)
                .map_err(|e| e.message().to_string())
                .and_then(|spec| Indicator::from_spec(spec).map_err(|e| e.to_string()));
            match read {
                Ok(_) => {
                    taken.push(answer.id.clone());
                    out.push(answer);
                    break;
                }
                Err(problem) => ask.say(&wording::text(
                    id::NEW_INDICATOR_REFUSED,
                    &[("problem", &problem)],
                )),
            }
        }
    }
    Ok(out)
}

fn ask_one(
    ask: &Ask,
    mission: MissionId,
    n: u8,
    taken: &[String],
) -> Result<IndicatorAnswer, CliError> {
    let default_id = format!("{}_{n}", mission.key());
    let id = ask.answer(None, id::NEW_ASK_INDICATOR_ID, Some(&default_id), |s| {
        let s = s.trim();
        let well_formed = !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !well_formed {
            Err(wording::text(id::NEW_BAD_INDICATOR_ID, &[("value", &s)]))
        } else if taken.iter().any(|t| t == s) {
            Err(wording::text(id::NEW_INDICATOR_ID_TAKEN, &[("value", &s)]))
        } else {
            Ok(s.to_string())
        }
    })?;
    let label = ask.answer(None, id::NEW_ASK_INDICATOR_LABEL, Some(""), |s| {
        Ok(s.trim().to_string())
    })?;
    let kind = ask.answer(None, id::NEW_ASK_INDICATOR_KIND, Some("binary"), |s| {
        let s = s.trim();
        match s {
            "binary" | "tiered" | "proportional" => Ok(s.to_string()),
            _ => Err(wording::text(id::NEW_BAD_INDICATOR_KIND, &[("value", &s)])),
        }
    })?;
    let mut fields = vec![
        format!("id = {}", quoted(&id)),
        format!("kind = \"{kind}\""),
    ];
    if !label.is_empty() {
        fields.push(format!("label = {}", quoted(&label)));
    }
    if kind == "binary" {
        let amount = ask.answer(None, id::NEW_ASK_INDICATOR_AMOUNT, None, parse_amount)?;
        fields.push(format!("amount = \"{amount}\""));
    } else {
        let direction = ask.answer(None, id::NEW_ASK_INDICATOR_DIRECTION, Some("rising"), |s| {
            let s = s.trim();
            match s {
                "rising" | "falling" => Ok(s.to_string()),
                _ => Err(wording::text(
                    id::NEW_BAD_INDICATOR_DIRECTION,
                    &[("value", &s)],
                )),
            }
        })?;
        let unit = ask.answer(None, id::NEW_ASK_INDICATOR_UNIT, Some("count"), |s| {
            let s = s.trim();
            match s {
                "count" | "percent" | "rate" => Ok(s.to_string()),
                _ => Err(wording::text(id::NEW_BAD_INDICATOR_UNIT, &[("value", &s)])),
            }
        })?;
        fields.push(format!("direction = \"{direction}\""));
        fields.push(format!("unit = \"{unit}\""));
        if kind == "tiered" {
            let tiers = ask.answer(None, id::NEW_ASK_INDICATOR_TIERS, None, parse_tiers)?;
            let written: Vec<String> = tiers
                .iter()
                .map(|(t, a)| format!("{{ threshold = \"{t}\", amount = \"{a}\" }}"))
                .collect();
            fields.push(format!("tiers = [{}]", written.join(", ")));
        } else {
            let baseline = ask.answer(None, id::NEW_ASK_INDICATOR_BASELINE, None, parse_value)?;
            let target = ask.answer(None, id::NEW_ASK_INDICATOR_TARGET, None, parse_value)?;
            let amount = ask.answer(None, id::NEW_ASK_INDICATOR_AMOUNT, None, parse_amount)?;
            fields.push(format!("baseline = \"{baseline}\""));
            fields.push(format!("target = \"{target}\""));
            fields.push(format!("amount = \"{amount}\""));
        }
    }
    Ok(IndicatorAnswer {
        binary: kind == "binary",
        id,
        fields,
        results: Vec::new(),
    })
}

/// Asks the result `indicator` is expected to reach in contract year `year`; `previous`: the
/// year before's answer, proposed again.
pub(super) fn ask_result(
    ask: &Ask,
    indicator: &mut IndicatorAnswer,
    year: u32,
) -> Result<(), CliError> {
    let previous = indicator.results.last().cloned();
    let args: [(&str, &dyn std::fmt::Display); 2] = [("id", &indicator.id), ("year", &year)];
    let written = if indicator.binary {
        let prompt = wording::text(id::NEW_ASK_INDICATOR_DONE, &args);
        let default = match previous.as_deref() {
            Some("true") => wording::text(id::XLSX_IN_YES, &[]),
            _ => wording::text(id::XLSX_IN_NO, &[]),
        };
        let done = ask.answer_with(None, &prompt, Some(&default), yes_no)?;
        done.to_string()
    } else {
        let prompt = wording::text(id::NEW_ASK_INDICATOR_RESULT, &args);
        let default = previous.as_deref().map(|p| p.trim_matches('"').to_string());
        let value = ask.answer_with(None, &prompt, default.as_deref(), parse_value)?;
        format!("\"{value}\"")
    };
    indicator.results.push(written);
    Ok(())
}

/// The indicator's table of the contract file, under its mission.
pub(super) fn write_toml(out: &mut String, indicator: &IndicatorAnswer) {
    let _ = writeln!(out, "  [[contract.missions.indicators]]");
    for field in &indicator.fields {
        let _ = writeln!(out, "  {field}");
    }
}

/// A measured value: a decimal, with a comma or a point (`62,5`).
fn parse_value(s: &str) -> Result<Decimal, String> {
    s.trim()
        .replace(',', ".")
        .parse::<Decimal>()
        .map_err(|_| wording::text(id::NEW_BAD_VALUE, &[("value", &s.trim())]))
}

fn parse_amount(s: &str) -> Result<Decimal, String> {
    aci_core::envelopes::parse_amount(s)
        .map_err(|_| wording::text(id::NEW_BAD_AMOUNT, &[("value", &s.trim())]))
}

/// Tiers as `threshold:amount` pairs separated by `;` (`40:5000; 60:10 000`).
fn parse_tiers(s: &str) -> Result<Vec<(Decimal, Decimal)>, String> {
    let bad = || wording::text(id::NEW_BAD_TIERS, &[("value", &s.trim())]);
    let tiers = s
        .split(';')
        .filter(|t| !t.trim().is_empty())
        .map(|t| {
            let (threshold, amount) = t.split_once(':').ok_or_else(bad)?;
            Ok((
                parse_value(threshold).map_err(|_| bad())?,
                parse_amount(amount).map_err(|_| bad())?,
            ))
        })
        .collect::<Result<Vec<_>, String>>()?;
    if tiers.is_empty() {
        Err(bad())
    } else {
        Ok(tiers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_and_values_are_read_as_people_type_them() {
        let tiers = parse_tiers("40:5000; 60,5:10 000 ").unwrap();
        assert_eq!(tiers.len(), 2);
        assert_eq!(tiers[1].0.to_string(), "60.5");
        assert_eq!(tiers[1].1.to_string(), "10000");
        assert!(parse_tiers("40-5000").is_err());
        assert!(parse_tiers("").is_err());
        assert_eq!(parse_value("62,5").unwrap().to_string(), "62.5");
        assert!(parse_value("beaucoup").is_err());
    }
}
