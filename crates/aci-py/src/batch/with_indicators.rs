//! Contract-years with indicators: each row of the contract-year table joined with its rows of
//! the indicator table (`(contract, year)`), checked by the core as one contract
//! (`Contract::new`) and computed. No explanation text is rendered. An error names the
//! contract-year row, and the indicator row and its column when the problem is there.

use std::collections::HashMap;
use std::ops::Range;

use aci_core::Engine;
use aci_core::contract::Contract;
use aci_core::mission::MissionId;

use super::indicators::IndicatorColumns;
use super::input::{Columns, cell};
use super::output::Tables;
use super::row::{Label, compute_year, locate};
use crate::errors::Problem;

/// For each contract-year row, its indicator rows (none when it has none); an error when an
/// indicator row belongs to no contract-year row (its indicators would be lost silently).
pub(super) fn join(
    cols: &Columns,
    indicators: &IndicatorColumns,
) -> Result<Vec<Range<usize>>, Problem> {
    let mut groups = indicators.groups()?;
    let mut used: HashMap<(&str, i64), ()> = HashMap::with_capacity(groups.len());
    let mut ranges = Vec::with_capacity(cols.rows);
    for i in 0..cols.rows {
        let key = cell(&cols.contract, i).zip(cell(&cols.year, i));
        let range = key.and_then(|k| {
            let r = groups.get(&k).cloned();
            if r.is_some() {
                used.insert(k, ());
            }
            r
        });
        ranges.push(range.unwrap_or(0..0));
    }
    groups.retain(|k, _| !used.contains_key(k));
    if let Some(((contract, year), rows)) = groups.iter().min_by_key(|(_, r)| r.start) {
        let message = format!(
            "indicators: row {}: contract '{contract}', year {year} is not a row of the contract-year table; every indicator row belongs to a contract-year (check the contract's name and the year)",
            rows.start
        );
        return Err(Problem::field("unknown_contract", "contract", message));
    }
    Ok(ranges)
}

/// Computes rows `rows` of `cols` with their indicators (`joined`, from [`join`]) into `out`.
pub(super) fn compute_rows(
    cols: &Columns,
    indicators: &IndicatorColumns,
    joined: &[Range<usize>],
    engine: &Engine<'_>,
    rows: Range<usize>,
    out: &mut Tables,
) {
    for row in rows {
        let label = cols.label(row);
        let computed = match cols.bad_cell(row) {
            Some(p) => Err(locate(p.clone(), row, &label, true)),
            None => compute_row(
                cols,
                indicators,
                joined[row].clone(),
                engine,
                row,
                &label,
                out,
            ),
        };
        if let Err(p) = computed {
            out.error(row, &label, p);
        }
    }
}

/// Row `row` with its indicator rows `group`: one contract, one year; the error located.
fn compute_row(
    cols: &Columns,
    indicators: &IndicatorColumns,
    group: Range<usize>,
    engine: &Engine<'_>,
    row: usize,
    label: &Label,
    out: &mut Tables,
) -> Result<(), Problem> {
    let at_indicator = |p: Problem, j: Option<usize>, column: Option<String>| {
        let mut parts = Vec::new();
        if let Some(c) = &label.0 {
            parts.push(format!("contract '{c}'"));
            parts.extend(label.1.map(|y| format!("year {y}")));
        }
        if let Some(j) = j {
            parts.push(format!("indicator row {j} '{}'", indicators.id(j)));
        }
        let column = column.filter(|c| !p.message.contains(&format!("'{c}'")));
        parts.extend(column.map(|c| format!("column '{c}'")));
        p.at_row(row, &format!(" ({})", parts.join(", ")))
    };
    // A problem of the core: at the indicator row its field names (`indicators.<id>.…`,
    // `results.<id>`), else located as the table batch does.
    let locate_core = |p: Problem| {
        let id = p.field.as_deref().and_then(|f| {
            let rest = f
                .strip_prefix("indicators.")
                .or_else(|| f.strip_prefix("results."))?;
            Some(rest.split('.').next().unwrap_or(rest).to_string())
        });
        // `missions.<m>.indicators`: a mission that takes no indicators has some.
        let mission = p.field.as_deref().and_then(|f| {
            let m = f.strip_prefix("missions.")?.strip_suffix(".indicators")?;
            group.clone().find(|&j| indicators.mission(j) == m)
        });
        if let Some(j) = mission {
            return at_indicator(p, Some(j), Some("mission".to_string()));
        }
        match id.and_then(|id| group.clone().find(|&j| indicators.id(j) == id)) {
            Some(j) => {
                let field = p.field.as_deref().unwrap_or("");
                let column = IndicatorColumns::column_of(field, indicators.is_binary(j));
                at_indicator(p, Some(j), column)
            }
            None => locate(p, row, label, true),
        }
    };
    // The contract with its indicators, and the year's results with their observations.
    let build = |plain: &aci_core::contract::PlainContract| -> Result<_, Problem> {
        let mut spec = plain.to_spec();
        let mut results = cols.results(row);
        for j in group.clone() {
            let (mission, indicator, observation) = indicators
                .read_row(j)
                .map_err(|p| at_indicator(p, Some(j), None))?;
            let Some(m) = spec.missions.iter_mut().find(|m| m.id == mission) else {
                let message = match MissionId::ALL.iter().any(|m| m.key() == mission) {
                    true => format!(
                        "column 'mission': mission '{mission}' is not engaged in this contract-year (its '{mission}_start' is null)"
                    ),
                    false => format!(
                        "column 'mission': unknown mission '{mission}'; allowed: {}",
                        MissionId::ALL.map(MissionId::key).join(", ")
                    ),
                };
                let p = Problem::field("invalid_value", "mission", message);
                return Err(at_indicator(p, Some(j), None));
            };
            if let Some(observation) = observation {
                results.indicators.insert(indicator.id.clone(), observation);
            }
            m.indicators.push(indicator);
        }
        let contract = Contract::new(spec).map_err(|e| locate_core(Problem::core(&e, false)))?;
        Ok((contract, results))
    };
    // The binding's own checks of the contract-year row fail before any indicator is read.
    let (contract, results) = cols
        .with_plain(row, |plain| Ok(build(plain)))
        .map_err(|p| locate(p, row, label, true))??;
    let year = cols.year_of(row).map_err(|p| locate(p, row, label, true))?;
    compute_year(engine, out, row, &contract, year, &results).map_err(locate_core)
}
