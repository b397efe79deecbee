//! `aci check`: every problem of a scenario, not just the first. The file is read field by
//! field (every reading problem, see `reading`); a file that reads is then validated piece by
//! piece (the contract alone, then each mission alone), and each contract year computed, each
//! missing amount reported once with the contract years that need it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use aci_core::contract::{Contract, PopulationSpec};
use aci_core::mission::MissionId;
use aci_core::params::ParamKey;
use aci_core::simulation::{SCENARIO_FORMAT, simulate, years_allowed};
use aci_core::wording::{id, text};
use aci_core::{Engine, Error, RuleBook};
use rust_decimal::Decimal;

use crate::load::{self, CliError};

pub struct Report {
    pub text: String,
    pub errors: usize,
    /// The file could not be read at all (exit 3 rather than 1).
    pub unreadable: bool,
}

/// The report of `errors` and `warnings` about `origin`, with a `note` before the count (which
/// stays the last line).
fn report(origin: &str, errors: &[String], warnings: &[String], note: Option<&str>) -> Report {
    let mut out = String::new();
    for e in errors {
        let _ = writeln!(out, "{}", text(id::CLI_ERROR, &[("message", e)]));
    }
    for w in warnings {
        let _ = writeln!(
            out,
            "{origin}: {}",
            text(id::CLI_WARNING, &[("warning", w)])
        );
    }
    if let Some(note) = note {
        let _ = writeln!(out, "{origin}: {note}");
    }
    let count = text(
        id::CHECK_COUNT,
        &[("errors", &errors.len()), ("warnings", &warnings.len())],
    );
    let _ = writeln!(out, "{origin}: {count}");
    Report {
        text: out,
        errors: errors.len(),
        unreadable: false,
    }
}

pub fn check(rules: &RuleBook, name: &str) -> Result<Report, CliError> {
    Ok(check_reading(rules, name, load::reading(name)))
}

/// The report of a scenario already read (or not: `reading` holds why); `aci serve` checks a
/// request's body with it.
pub fn check_reading(
    rules: &RuleBook,
    name: &str,
    reading: Result<load::Reading, CliError>,
) -> Report {
    let mut errors: Vec<String> = Vec::new();
    let loaded = match reading {
        Ok(load::Reading::Read(loaded)) => *loaded,
        Ok(load::Reading::Problems { origin, problems }) => {
            let note = text(id::CHECK_NOTE_READS_FIRST, &[]);
            return report(&origin, &problems, &[], Some(&note));
        }
        Err(e) => {
            return Report {
                text: format!("{name}: {}\n", text(id::CLI_ERROR, &[("message", &e)])),
                errors: 1,
                unreadable: e.kind == load::Kind::Io,
            };
        }
    };
    let (origin, source, scenario) = (&loaded.origin, &loaded.text, &loaded.scenario);
    let at = |e: &aci_core::Error| loaded.located(e).message;
    if scenario.format != SCENARIO_FORMAT {
        let problem = text(
            id::CHECK_FORMAT,
            &[("format", &scenario.format), ("expected", &SCENARIO_FORMAT)],
        );
        errors.push(format!("{origin}: {problem}"));
    }

    // The contract without missions, then each mission alone on a valid base.
    let mut base = scenario.contract.clone();
    base.missions.clear();
    if let Err(e) = Contract::new(base.clone()) {
        errors.push(at(&e));
        base.population = PopulationSpec::Single(50_000);
        base.years = None;
        base.operating_amount = None;
    }
    let mut missions_ok = true;
    for m in &scenario.contract.missions {
        let mut one = base.clone();
        one.missions = vec![m.clone()];
        if let Err(e) = Contract::new(one) {
            errors.push(at(&e));
            missions_ok = false;
        }
    }
    let contract = if errors.is_empty() || missions_ok {
        match Contract::new(scenario.contract.clone()) {
            Ok(c) => Some(c),
            Err(e) => {
                if missions_ok && errors.is_empty() {
                    errors.push(at(&e));
                }
                None
            }
        }
    } else {
        None
    };

    // Yearly plans: in range and once each (against the contract's length, or the default).
    let engine = Engine::new(rules, scenario.options);
    let n_years = match &contract {
        Some(c) => engine
            .contract_years(c)
            .map_err(|e| errors.push(at(&e)))
            .ok(),
        None => Some(scenario.contract.years.unwrap_or_else(|| {
            rules
                .version_at(scenario.contract.signed)
                .map_or(5, |v| v.contract_years())
        })),
    };
    if let Some(n) = n_years {
        let mut seen = std::collections::BTreeSet::new();
        for (i, p) in scenario.years.iter().enumerate() {
            let line = source
                .lines()
                .enumerate()
                .filter(|(_, l)| l.trim_start().starts_with("year ="))
                .nth(i)
                .map(|(k, _)| k + 1);
            let at_line = loaded.place(line);
            if p.year == 0 || p.year > n {
                let problem = Error::OutOfRange {
                    field: format!("years[{i}].year"),
                    value: p.year.to_string(),
                    allowed: years_allowed(scenario.contract.signed, n),
                };
                errors.push(format!("{at_line}: {problem}"));
            } else if !seen.insert(p.year) {
                let problem = text(id::CHECK_YEAR_TWICE, &[("index", &i), ("year", &p.year)]);
                errors.push(format!("{at_line}: {problem}"));
            }
        }
        // Each contract year computed on its own, so one year's problem does not hide another's.
        if let Some(c) = &contract {
            let mut missing = Missing::default();
            for y in 1..=n {
                let results = scenario
                    .years
                    .iter()
                    .find(|p| p.year == y)
                    .map(|p| p.results.clone())
                    .unwrap_or_default();
                // A missing amount stops the year: it is noted, a stand-in put in the
                // contract's place, and the year computed again, to find every one.
                let mut year_contract = c.clone();
                loop {
                    match engine.year(&year_contract, y, &results, false) {
                        Ok(_) => break,
                        Err(e) => match missing.note(&mut year_contract, &e, at(&e), y) {
                            true => continue,
                            false => {
                                errors.push(text(
                                    id::CHECK_IN_YEAR,
                                    &[("message", &at(&e)), ("year", &y)],
                                ));
                                break;
                            }
                        },
                    }
                }
            }
            errors.extend(missing.messages());
        }
    }
    let mut warnings = Vec::new();
    if errors.is_empty() {
        match simulate(rules, scenario) {
            Ok(sim) => warnings = sim.warnings.iter().map(|w| w.to_string()).collect(),
            Err(e) => errors.push(at(&e)),
        }
    }
    errors.dedup();
    report(origin, &errors, &warnings, None)
}

/// The amounts the rules need and nobody supplied, each once with the contract years that need
/// it, in the order found.
#[derive(Default)]
struct Missing {
    /// Contract field → (the first message, the years).
    found: BTreeMap<String, (usize, String, Vec<u32>)>,
}

impl Missing {
    /// Notes `e` when it is a missing amount, and puts a stand-in for it in `contract` so the
    /// year can be computed on (a stand-in never reaches a result: a file with errors is not
    /// computed). False when `e` is another error, or already has its stand-in.
    fn note(&mut self, contract: &mut Contract, e: &Error, message: String, year: u32) -> bool {
        let field = match e {
            Error::MissingMissionAmount {
                mission,
                contract_field,
                ..
            } => {
                if !stand_in(contract, *mission, contract_field) {
                    return false;
                }
                format!("missions.{mission}.{contract_field}")
            }
            Error::MissingParameter { parameter, .. }
                if *parameter == ParamKey::OperatingAnnual.to_string()
                    && contract.operating_amount.is_none() =>
            {
                contract.operating_amount = Some(Decimal::ZERO);
                "operating_amount".to_string()
            }
            _ => return false,
        };
        let order = self.found.len();
        let (_, _, years) = self
            .found
            .entry(field)
            .or_insert((order, message, Vec::new()));
        if !years.contains(&year) {
            years.push(year);
        }
        true
    }

    fn messages(self) -> Vec<String> {
        let mut found: Vec<_> = self.found.into_values().collect();
        found.sort();
        found
            .into_iter()
            .map(|(_, message, years)| {
                text(
                    id::CHECK_IN_YEARS,
                    &[("message", &message), ("years", &years_text(&years))],
                )
            })
            .collect()
    }
}

/// Puts a stand-in for a mission's missing `field`; false when it already has one.
fn stand_in(contract: &mut Contract, mission: MissionId, field: &str) -> bool {
    let Some(m) = contract.missions.iter_mut().find(|m| m.id == mission) else {
        return false;
    };
    let (slot, value) = match field {
        "fixed" => (&mut m.fixed, Decimal::ZERO),
        "fixed_first_year" => (&mut m.fixed_first_year, Decimal::ZERO),
        // The indicators' total: the envelope must hold them.
        "variable" => (&mut m.variable, m.indicators_max),
        _ => return false,
    };
    if slot.is_some() {
        return false;
    }
    *slot = Some(value);
    true
}

/// `contract year 2`, `contract years 1 to 5`, `contract years 1, 3`.
fn years_text(years: &[u32]) -> String {
    match years {
        [one] => text(id::CHECK_YEAR, &[("year", one)]),
        [first, .., last] if years.windows(2).all(|w| w[1] == w[0] + 1) => {
            text(id::CHECK_YEAR_RANGE, &[("first", first), ("last", last)])
        }
        _ => {
            let list: Vec<String> = years.iter().map(u32::to_string).collect();
            text(id::CHECK_YEAR_LIST, &[("years", &list.join(", "))])
        }
    }
}
