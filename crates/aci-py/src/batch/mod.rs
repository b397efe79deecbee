//! Batch: many contract-years in one call, from Arrow data, without the GIL.
//!
//! - [`input`]: the column names checked, then each record batch read into typed columns;
//! - [`row`]: one row → the core (its checked contract, results and year, `Engine::year`);
//! - [`output`]: the `lines` and `totals` tables, written with Arrow's builders;
//! - [`indicators`]: the indicator table (long form, one row per contract-year × indicator);
//! - [`with_indicators`]: a contract-year row joined with its indicator rows → the core.
//!
//! Rows are cut into chunks of [`CHUNK_ROWS`], computed on rayon's threads, each into its own
//! record batches; the chunks come back in row order.

mod indicators;
mod input;
mod output;
mod row;
mod with_indicators;

use std::ops::Range;

use aci_core::contract::Contract;
use aci_core::funding::YearResults;
use arrow_select::concat::concat_batches;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use pyo3_arrow::PyTable;
use rayon::prelude::*;

use input::Columns;
pub use input::ExtraColumns;
use output::{Chunk, Dictionaries, Shape, Tables};
use row::Label;

use crate::contract::{contract_arg, results_arg};
use crate::errors::{Problem, ReadError, ReadResult};
use crate::funding::PyEngine;

/// Rows per chunk (work item and output record batch): enough chunks for the threads to share
/// the rows evenly, few enough to keep per-chunk costs (dictionaries, record batches) small.
const CHUNK_ROWS: usize = 4096;

/// The tables of `rows` rows, chunk by chunk in row order, each chunk written by `write`, on
/// `threads` threads (default: rayon's pool, every core).
fn run<F>(
    shape: Shape,
    threads: Option<usize>,
    rows: usize,
    write: F,
) -> Result<Vec<Chunk>, Problem>
where
    F: Fn(Range<usize>, &mut Tables) + Sync,
{
    let dictionaries = Dictionaries::new();
    let chunk = |start: usize| {
        let rows = start..(start + CHUNK_ROWS).min(rows);
        let mut out = Tables::new(shape, &dictionaries);
        write(rows, &mut out);
        out.finish().map_err(|e| e.to_string())
    };
    let all = || {
        (0..rows)
            .into_par_iter()
            .step_by(CHUNK_ROWS)
            .map(chunk)
            .collect()
    };
    let chunks = match threads {
        None => all(),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map_err(|e| format!("cannot start {n} threads: {e}"))
            .and_then(|pool| pool.install(all)),
    };
    chunks.map_err(internal)
}

/// A failure of the binding itself (Arrow refusing its own tables, threads that do not start).
fn internal(message: String) -> Problem {
    Problem::input("internal", None, message)
}

/// The output shape from `on_error` and `lines`.
fn shape_arg(on_error: &str, lines: bool) -> Result<Shape, Problem> {
    let with_error = match on_error {
        "raise" => false,
        "collect" => true,
        other => {
            let message = format!("on_error = '{other}' is not allowed: use 'raise' or 'collect'");
            return Err(Problem::field("unknown_option", "on_error", message));
        }
    };
    Ok(Shape { lines, with_error })
}

/// Raises the first failing row (with `on_error="raise"`), or returns the tables as pyarrow
/// Tables (`lines` is None with totals only).
fn finish(py: Python<'_>, chunks: Vec<Chunk>, shape: Shape) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
    let (mut lines, mut totals) = (Vec::new(), Vec::new());
    for (l, t, first_error) in chunks {
        if let Some(p) = first_error.filter(|_| !shape.with_error) {
            return Err(p.into_pyerr(py));
        }
        lines.extend(l);
        totals.push(t);
    }
    let lines = match shape.lines {
        true => PyTable::try_new(lines, output::lines_schema())?
            .into_pyarrow(py)?
            .unbind(),
        false => py.None(),
    };
    let totals = PyTable::try_new(totals, output::totals_schema(shape))?.into_pyarrow(py)?;
    Ok((lines, totals.unbind()))
}

impl PyEngine {
    /// Arrow batch (see `aci.Engine.batch` for the columns): returns `(lines, totals)` as
    /// pyarrow Tables. The column names are checked first (`extra`); reading, checking,
    /// computing and building the output run without the GIL, on `threads` threads. With an
    /// indicator table (docs/batch.md), each contract-year row is joined with its indicators.
    #[allow(clippy::too_many_arguments)]
    pub fn batch_arrow(
        &self,
        py: Python<'_>,
        table: PyTable,
        indicators: Option<PyTable>,
        on_error: &str,
        threads: Option<usize>,
        lines: bool,
        extra: &ExtraColumns,
    ) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
        let shape = shape_arg(on_error, lines)?;
        let (batches, schema) = table.into_inner();
        input::check_columns(&schema, extra)?;
        let indicators = indicators.map(PyTable::into_inner);
        let engine = self.engine();
        let chunks = py.detach(|| {
            // An input without record batches has no rows to read.
            if batches.is_empty() {
                return run(shape, threads, 0, |_, _| {});
            }
            let input = concat_batches(&schema, &batches).map_err(|e| internal(e.to_string()))?;
            let columns = Columns::read(&input)?;
            let Some((batches, schema)) = indicators else {
                return run(shape, threads, columns.rows, |rows, out| {
                    row::compute_rows(&columns, &engine, rows, out);
                });
            };
            let input = concat_batches(&schema, &batches).map_err(|e| internal(e.to_string()))?;
            let indicators = indicators::IndicatorColumns::read(&input)?;
            let joined = with_indicators::join(&columns, &indicators)?;
            run(shape, threads, columns.rows, |rows, out| {
                with_indicators::compute_rows(&columns, &indicators, &joined, &engine, rows, out);
            })
        })?;
        finish(py, chunks, shape)
    }

    /// Batch of `(contract, year, results)` items, where `contract` is a `Contract` or a
    /// mapping (full contracts with indicators) and `results` a `YearResults`, mapping or None.
    pub fn batch_items(
        &self,
        py: Python<'_>,
        items: &Bound<'_, PyList>,
        on_error: &str,
        threads: Option<usize>,
        lines: bool,
    ) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
        let shape = shape_arg(on_error, lines)?;
        let jobs = items
            .iter()
            .map(|item| read_item(&item))
            .collect::<PyResult<Vec<_>>>()?;
        let engine = self.engine();
        let chunks = py.detach(|| {
            run(shape, threads, jobs.len(), |rows, out| {
                for i in rows {
                    let (job, label) = &jobs[i];
                    let computed = job
                        .as_ref()
                        .map_err(Problem::clone)
                        .and_then(|(c, y, r)| row::compute_year(&engine, out, i, c, *y, r));
                    if let Err(p) = computed {
                        out.error(i, label, row::locate(p, i, label, false));
                    }
                }
            })
        })?;
        finish(py, chunks, shape)
    }
}

/// A batch item read into the core's inputs, or why it could not be.
type Job = Result<(Contract, u32, YearResults), Problem>;

/// One item of `_batch_items`: `(contract, year[, results])` or a mapping with those keys.
/// A problem with its values (a float amount, a wrong type) is the error of its row; an
/// exception Python raises while it is read fails the call.
fn read_item(item: &Bound<'_, PyAny>) -> PyResult<(Job, Label)> {
    let get = |key: &str, index: usize| -> PyResult<Option<Bound<'_, PyAny>>> {
        if let Ok(d) = item.cast::<PyDict>() {
            return d.get_item(key);
        }
        match item.get_item(index) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance_of::<pyo3::exceptions::PyIndexError>(item.py()) => Ok(None),
            Err(e) => Err(e),
        }
    };
    let contract = get("contract", 0)?;
    let year: Option<i64> = get("year", 1)?.and_then(|y| y.extract::<i64>().ok());
    let results = get("results", 2)?;
    let mut label: Label = (None, year);
    let job = (|| -> ReadResult<(Contract, u32, YearResults)> {
        let contract = contract
            .ok_or_else(|| Problem::field("missing_value", "contract", "item has no contract"))?;
        let contract = contract_arg(&contract)?;
        label.0 = Some(contract.name.clone());
        let year = year.and_then(|y| u32::try_from(y).ok()).ok_or_else(|| {
            let message = "year must be a contract year number (1 or more)";
            Problem::field("out_of_range", "year", message)
        })?;
        Ok((contract, year, results_arg(results.as_ref())?))
    })();
    match job {
        Ok(job) => Ok((Ok(job), label)),
        Err(ReadError::Input(p)) => Ok((Err(p), label)),
        Err(ReadError::Python(e)) => Err(e),
    }
}
