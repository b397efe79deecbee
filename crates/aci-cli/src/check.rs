//! `aci check`: every problem of a scenario, not just the first. The contract is validated piece
//! by piece (the contract alone, then each mission alone), then each contract year is computed.

use std::fmt::Write as _;

use aci_core::contract::{Contract, PopulationSpec};
use aci_core::simulation::{SCENARIO_FORMAT, simulate};
use aci_core::{Engine, RuleBook};

use crate::load::{self, CliError};

pub struct Report {
    pub text: String,
    pub errors: usize,
}

pub fn check(rules: &RuleBook, name: &str) -> Result<Report, CliError> {
    let mut errors: Vec<String> = Vec::new();
    let mut text = String::new();
    let (origin, source) = match load::source(name) {
        Ok(x) => x,
        Err(e) => {
            return Ok(Report {
                text: format!("{name}: error: {e}\n"),
                errors: 1,
            });
        }
    };
    let scenario = match load::parse(&origin, &source) {
        Ok(s) => s,
        Err(e) => {
            return Ok(Report {
                text: format!("error: {e}\n"),
                errors: 1,
            });
        }
    };
    let at = |e: &aci_core::Error| load::located(&origin, &source, e).message;
    if scenario.format != SCENARIO_FORMAT {
        errors.push(format!(
            "{origin}: format = \"{}\": expected \"{SCENARIO_FORMAT}\"",
            scenario.format
        ));
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
            let at_line = line
                .map(|l| format!("{origin}:{l}"))
                .unwrap_or_else(|| origin.clone());
            if p.year == 0 || p.year > n {
                errors.push(format!(
                    "{at_line}: years[{i}].year = {} is out of range: allowed 1 to {n}",
                    p.year
                ));
            } else if !seen.insert(p.year) {
                errors.push(format!(
                    "{at_line}: years[{i}].year = {} appears more than once",
                    p.year
                ));
            }
        }
        // Each contract year computed on its own, so one year's problem does not hide another's.
        if let Some(c) = &contract {
            for y in 1..=n {
                let results = scenario
                    .years
                    .iter()
                    .find(|p| p.year == y)
                    .map(|p| p.results.clone())
                    .unwrap_or_default();
                if let Err(e) = engine.year(c, y, &results, false) {
                    errors.push(format!("{} (contract year {y})", at(&e)));
                }
            }
        }
    }
    let mut warnings = Vec::new();
    if errors.is_empty() {
        match simulate(rules, &scenario) {
            Ok(sim) => warnings = sim.warnings.iter().map(|w| w.to_string()).collect(),
            Err(e) => errors.push(at(&e)),
        }
    }
    errors.dedup();
    for e in &errors {
        let _ = writeln!(text, "error: {e}");
    }
    for w in &warnings {
        let _ = writeln!(text, "{origin}: warning: {w}");
    }
    let _ = writeln!(
        text,
        "{origin}: {} error(s), {} warning(s)",
        errors.len(),
        warnings.len()
    );
    Ok(Report {
        text,
        errors: errors.len(),
    })
}
