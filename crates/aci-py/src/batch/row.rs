//! One row → the core: the row's contract (checked by the core), its results and its year,
//! computed by the core's `Engine`. A row that fails gets its error, located by row, contract,
//! year and column.

use std::ops::Range;

use aci_core::Engine;
use aci_core::contract::{Contract, PlainContract, PlainMission};
use aci_core::funding::YearResults;
use arrow_array::Array;
use rust_decimal::Decimal;

use super::input::{COLUMNS, Columns, DecCol, MISSION_SUFFIXES, cell, day_date};
use super::output::Tables;
use crate::errors::Problem;

/// `(contract, year)` of a row, for error messages and the totals of a failed row.
pub(super) type Label = (Option<String>, Option<i64>);

fn dec(column: &Option<DecCol>, i: usize) -> Option<Decimal> {
    column.as_ref().and_then(|c| c.get(i))
}

fn null_column(c: &str) -> Problem {
    let message = format!("column '{c}' is null; it is required");
    Problem::field("missing_value", c, message)
}

fn out_of_range(field: &str, value: i64, allowed: &str) -> Problem {
    let message = format!("{field} = {value} is out of range: allowed {allowed}");
    Problem::field("out_of_range", field, message)
}

impl Columns {
    pub(super) fn label(&self, i: usize) -> Label {
        let contract = cell(&self.contract, i).map(str::to_string);
        (contract, cell(&self.year, i))
    }

    /// Row `i`'s contract, checked by the core (`Contract::from_plain`, the checks of
    /// `Contract::new`); the binding's own checks (nulls, signs) come first, in column order.
    fn contract(&self, i: usize) -> Result<Contract, Problem> {
        self.with_plain(i, |plain| {
            Contract::from_plain(plain).map_err(|e| Problem::core(&e, false))
        })
    }

    /// `then` of row `i`'s contract as its columns give it (before the core's checks); the
    /// binding's own checks (nulls, signs) come first, in column order.
    pub(super) fn with_plain<T>(
        &self,
        i: usize,
        then: impl FnOnce(&PlainContract) -> Result<T, Problem>,
    ) -> Result<T, Problem> {
        let name = cell(&self.contract, i).ok_or_else(|| null_column("contract"))?;
        let signed = cell(&self.signed, i).and_then(day_date);
        let signed = signed.ok_or_else(|| null_column("signed"))?;
        let population = cell(&self.population, i).ok_or_else(|| null_column("population"))?;
        let population = u64::try_from(population)
            .map_err(|_| out_of_range("population", population, "1 to 5000000 inhabitants"))?;
        let years = match self.years.as_ref().and_then(|c| cell(c, i)) {
            Some(y) => Some(u32::try_from(y).map_err(|_| out_of_range("years", y, "1 to 10"))?),
            None => None,
        };
        let missions: Vec<PlainMission> = self
            .missions
            .iter()
            .filter_map(|(id, mc)| {
                Some(PlainMission {
                    id: *id,
                    start: day_date(cell(&mc.start, i)?)?,
                    end: mc.end.as_ref().and_then(|c| day_date(cell(c, i)?)),
                    fixed: dec(&mc.fixed, i),
                    fixed_first_year: dec(&mc.fixed_first_year, i),
                    variable: dec(&mc.variable, i),
                })
            })
            .collect();
        let plain = PlainContract {
            name,
            signed,
            years,
            population,
            operating_amount: dec(&self.operating_amount, i),
            missions: &missions,
        };
        then(&plain)
    }

    pub(super) fn year_of(&self, i: usize) -> Result<u32, Problem> {
        let year = cell(&self.year, i).ok_or_else(|| null_column("year"))?;
        u32::try_from(year).map_err(|_| out_of_range("year", year, "1 or more"))
    }

    /// Row `i`'s results: the shares of the engaged missions that have one, and the crisis flag.
    pub(super) fn results(&self, i: usize) -> YearResults {
        let mut results = YearResults {
            crisis_recognised: self.crisis.as_ref().and_then(|c| cell(c, i)) == Some(true),
            ..YearResults::default()
        };
        for (m, mc) in self.missions.iter().filter(|(_, mc)| mc.start.is_valid(i)) {
            if let Some(share) = dec(&mc.achievement, i) {
                results.missions.insert(*m, share);
            }
        }
        results
    }
}

/// Computes rows `rows` of `cols` into `out`, in order.
pub(super) fn compute_rows(
    cols: &Columns,
    engine: &Engine<'_>,
    rows: Range<usize>,
    out: &mut Tables,
) {
    for row in rows {
        let computed = match cols.bad_cell(row) {
            Some(p) => Err(p.clone()),
            None => cols.contract(row).and_then(|contract| {
                let year = cols.year_of(row)?;
                compute_year(engine, out, row, &contract, year, &cols.results(row))
            }),
        };
        if let Err(p) = computed {
            let label = cols.label(row);
            out.error(row, &label, locate(p, row, &label, true));
        }
    }
}

/// Computes contract year `year` into row `row` of `out`: its lines and full totals
/// (`Engine::year`), or its total alone (`Engine::year_total`) when the output has no lines.
pub(super) fn compute_year(
    engine: &Engine<'_>,
    out: &mut Tables,
    row: usize,
    contract: &Contract,
    year: u32,
    results: &YearResults,
) -> Result<(), Problem> {
    let core = |e| Problem::core(&e, false);
    if out.shape.lines {
        let y = engine.year(contract, year, results, false).map_err(core)?;
        out.year(row, &contract.name, year, &y);
    } else {
        let total = engine.year_total(contract, year, results).map_err(core)?;
        out.total(row, &contract.name, year, total);
    }
    Ok(())
}

/// `problem` located at `row`: `row 6 (contract 'CPTS-2', year 3, column 'parcours_fixed'): …`.
/// The column is named when the row comes from Arrow columns (`columns`) and the message does
/// not name it already.
pub(super) fn locate(problem: Problem, row: usize, label: &Label, columns: bool) -> Problem {
    let column = problem
        .field
        .as_deref()
        .filter(|_| columns)
        .and_then(column_of)
        .filter(|c| !problem.message.contains(c.as_str()));
    let mut parts = Vec::new();
    if let Some(c) = &label.0 {
        parts.push(format!("contract '{c}'"));
        parts.extend(label.1.map(|y| format!("year {y}")));
    }
    parts.extend(column.map(|c| format!("column '{c}'")));
    let context = match parts.is_empty() {
        true => String::new(),
        false => format!(" ({})", parts.join(", ")),
    };
    problem.at_row(row, &context)
}

/// The batch column of a field of the core's errors: `missions.parcours.fixed` →
/// `parcours_fixed`, `results.missions.parcours` → `parcours_achievement`, `population` →
/// `population`; none for a field no column holds.
pub(super) fn column_of(field: &str) -> Option<String> {
    if let Some(m) = field.strip_prefix("results.missions.") {
        return Some(format!("{m}_achievement"));
    }
    if let Some((m, part)) = field
        .strip_prefix("missions.")
        .and_then(|rest| rest.split_once('.'))
    {
        return MISSION_SUFFIXES
            .contains(&part)
            .then(|| format!("{m}_{part}"));
    }
    COLUMNS.contains(&field).then(|| field.to_string())
}
