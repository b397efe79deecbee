//! Batch: many contract-years in one call, from Arrow data, without the GIL.
//!
//! Input: any Arrow stream (`__arrow_c_stream__`: pyarrow Table, polars and pandas DataFrames),
//! one row per contract-year; columns are documented in `python/README.md` and in
//! `aci.Engine.batch`. Each row is turned into the core's `ContractSpec` and `YearResults`
//! (no rule logic here), checked by `Contract::new`, and computed by `Engine::year`.
//! Output: two Arrow tables, `lines` (one row per input row and line) and `totals` (one row per
//! input row), amounts as `decimal128(20, 2)`.

use std::sync::Arc;

use aci_core::Engine;
use aci_core::contract::{Contract, ContractSpec, MissionSpec, PopulationSpec};
use aci_core::funding::{Item, YearFunding, YearResults};
use aci_core::mission::MissionId;
use aci_core::serde_util::parse_decimal;
use arrow_array::builder::{
    Date32Builder, Decimal128Builder, Int8Builder, Int32Builder, Int64Builder, StringBuilder,
};
use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Decimal128Type, Int64Type};
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_cast::{CastOptions, cast_with_options};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use jiff::civil::Date;
use pyo3::prelude::*;
use pyo3::types::PyList;
use pyo3_arrow::PyTable;
use rust_decimal::Decimal;

use crate::contract::{PyContract, contract_from_json};
use crate::conv::to_json;
use crate::errors::Problem;
use crate::funding::{PyEngine, warning_text};

/// Suffixes of the per-mission columns.
const MISSION_SUFFIXES: [&str; 6] = [
    "start",
    "end",
    "fixed",
    "fixed_first_year",
    "variable",
    "achievement",
];

/// Top-level columns (besides the per-mission ones).
const COLUMNS: [&str; 7] = [
    "contract",
    "signed",
    "population",
    "year",
    "years",
    "operating_amount",
    "crisis_recognised",
];

// ---- column reading ------------------------------------------------------------------------

fn col_err(column: &str, message: String) -> Problem {
    Problem::input("invalid_column", Some(column.to_string()), message)
}

fn cast(column: &str, arr: &ArrayRef, to: &DataType) -> Result<ArrayRef, Problem> {
    let opts = CastOptions {
        safe: false,
        format_options: Default::default(),
    };
    cast_with_options(arr.as_ref(), to, &opts).map_err(|e| {
        col_err(
            column,
            format!(
                "column '{column}' ({}) cannot be read as {to}: {e}",
                arr.data_type()
            ),
        )
    })
}

fn is_stringy(t: &DataType) -> bool {
    matches!(t, DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View)
        || matches!(t, DataType::Dictionary(_, v) if is_stringy(v))
}

fn is_inty(t: &DataType) -> bool {
    t.is_integer() || matches!(t, DataType::Dictionary(_, v) if v.is_integer())
}

fn strings(column: &str, arr: &ArrayRef) -> Result<Vec<Option<String>>, Problem> {
    if !(is_stringy(arr.data_type()) || is_inty(arr.data_type()) || arr.data_type().is_null()) {
        return Err(col_err(
            column,
            format!("column '{column}' must hold text, got {}", arr.data_type()),
        ));
    }
    let a = cast(column, arr, &DataType::Utf8)?;
    let a = a.as_string::<i32>();
    Ok((0..a.len())
        .map(|i| a.is_valid(i).then(|| a.value(i).to_string()))
        .collect())
}

fn ints(column: &str, arr: &ArrayRef) -> Result<Vec<Option<i64>>, Problem> {
    let t = arr.data_type();
    if t.is_floating() {
        return Err(col_err(
            column,
            format!(
                "column '{column}' must hold whole numbers, got {t}; convert it to an integer type (with pandas, a column with missing values becomes float: use the nullable 'Int64' dtype)"
            ),
        ));
    }
    if !(is_inty(t) || t.is_null()) {
        return Err(col_err(
            column,
            format!("column '{column}' must hold whole numbers, got {t}"),
        ));
    }
    let a = cast(column, arr, &DataType::Int64)?;
    let a = a.as_primitive::<Int64Type>();
    Ok((0..a.len())
        .map(|i| a.is_valid(i).then(|| a.value(i)))
        .collect())
}

fn bools(column: &str, arr: &ArrayRef) -> Result<Vec<Option<bool>>, Problem> {
    let t = arr.data_type();
    if !(matches!(t, DataType::Boolean) || t.is_null()) {
        return Err(col_err(
            column,
            format!("column '{column}' must hold booleans, got {t}"),
        ));
    }
    let a = cast(column, arr, &DataType::Boolean)?;
    let a = a.as_boolean();
    Ok((0..a.len())
        .map(|i| a.is_valid(i).then(|| a.value(i)))
        .collect())
}

/// Days since 1970-01-01 → civil date (H. Hinnant's algorithm; exact over ±5 million years).
fn civil_from_days(z: i64) -> Option<Date> {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

fn days_from_civil(d: Date) -> i32 {
    let (y, m, dd) = (
        i64::from(d.year()),
        i64::from(d.month()),
        i64::from(d.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + dd - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    // Dates are within jiff's range (years -9999..=9999): fits in i32.
    i32::try_from(era * 146_097 + doe - 719_468).unwrap_or_default()
}

fn dates(column: &str, arr: &ArrayRef) -> Result<Vec<Option<Date>>, Problem> {
    let t = arr.data_type();
    let ok = matches!(
        t,
        DataType::Date32 | DataType::Date64 | DataType::Timestamp(_, _) | DataType::Null
    ) || is_stringy(t);
    if !ok {
        return Err(col_err(
            column,
            format!("column '{column}' must hold dates, got {t}"),
        ));
    }
    let a = cast(column, arr, &DataType::Date32)?;
    let a = a.as_primitive::<Date32Type>();
    (0..a.len())
        .map(|i| {
            if a.is_null(i) {
                return Ok(None);
            }
            civil_from_days(i64::from(a.value(i)))
                .map(Some)
                .ok_or_else(|| {
                    col_err(
                        column,
                        format!("column '{column}': row {i} is not a valid date"),
                    )
                })
        })
        .collect()
}

/// Exact decimals from decimal128/256, integer or text columns; floats are refused.
fn decimals(column: &str, arr: &ArrayRef) -> Result<Vec<Option<Decimal>>, Problem> {
    let t = arr.data_type();
    if t.is_floating() {
        let mut p = Problem::float(column);
        p.message = format!(
            "column '{column}' has a float type ({t}); floats lose cents, so money and shares must be exact: use decimal128 (pyarrow), pl.Decimal (polars), decimal.Decimal objects (pandas), or strings"
        );
        return Err(p);
    }
    match t {
        DataType::Null => Ok(vec![None; arr.len()]),
        DataType::Decimal128(_, s) | DataType::Decimal256(_, s) => {
            let s = *s;
            if !(0..=28).contains(&s) {
                return Err(col_err(
                    column,
                    format!(
                        "column '{column}': decimal scale {s} is out of range: allowed 0 to 28"
                    ),
                ));
            }
            let a = cast(column, arr, &DataType::Decimal128(38, s))?;
            let a = a.as_primitive::<Decimal128Type>();
            (0..a.len())
                .map(|i| {
                    if a.is_null(i) {
                        return Ok(None);
                    }
                    Decimal::try_from_i128_with_scale(a.value(i), s.unsigned_abs().into())
                        .map(Some)
                        .map_err(|_| {
                            col_err(
                                column,
                                format!(
                                    "column '{column}': row {i}: value does not fit in a decimal"
                                ),
                            )
                        })
                })
                .collect()
        }
        t if is_inty(t) => Ok(ints(column, arr)?
            .into_iter()
            .map(|v| v.map(Decimal::from))
            .collect()),
        t if is_stringy(t) => strings(column, arr)?
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                v.map(|s| {
                    parse_decimal(&s)
                        .map_err(|m| col_err(column, format!("column '{column}': row {i}: {m}")))
                })
                .transpose()
            })
            .collect(),
        t => Err(col_err(
            column,
            format!(
                "column '{column}' must hold decimals (decimal128, Decimal objects or strings), got {t}"
            ),
        )),
    }
}

#[derive(Default)]
struct MissionColumns {
    start: Option<Vec<Option<Date>>>,
    end: Option<Vec<Option<Date>>>,
    fixed: Option<Vec<Option<Decimal>>>,
    fixed_first_year: Option<Vec<Option<Decimal>>>,
    variable: Option<Vec<Option<Decimal>>>,
    achievement: Option<Vec<Option<Decimal>>>,
}

/// A record batch read into typed columns.
struct Columns {
    rows: usize,
    contract: Vec<Option<String>>,
    signed: Vec<Option<Date>>,
    population: Vec<Option<i64>>,
    year: Vec<Option<i64>>,
    years: Option<Vec<Option<i64>>>,
    operating_amount: Option<Vec<Option<Decimal>>>,
    crisis: Option<Vec<Option<bool>>>,
    missions: Vec<(MissionId, MissionColumns)>,
}

fn at<T: Clone>(col: &Option<Vec<Option<T>>>, i: usize) -> Option<T> {
    col.as_ref().and_then(|c| c[i].clone())
}

impl Columns {
    fn read(batch: &RecordBatch) -> Result<Columns, Problem> {
        let schema = batch.schema();
        let find = |name: &str| -> Option<&ArrayRef> {
            schema.index_of(name).ok().map(|i| batch.column(i))
        };
        let required = |name: &str| -> Result<&ArrayRef, Problem> {
            find(name).ok_or_else(|| {
                col_err(
                    name,
                    format!(
                        "missing column '{name}'; required: contract, signed, population, year (see help(aci.Engine.batch))"
                    ),
                )
            })
        };
        // Guard against typos in per-mission column names.
        for f in schema.fields() {
            let name = f.name();
            if COLUMNS.contains(&name.as_str()) {
                continue;
            }
            for suffix in MISSION_SUFFIXES {
                if let Some(prefix) = name.strip_suffix(&format!("_{suffix}"))
                    && MissionId::parse(name, prefix).is_err()
                    && !MissionId::ALL
                        .iter()
                        .any(|m| name.starts_with(&format!("{}_", m.key())))
                {
                    return Err(col_err(
                        name,
                        format!(
                            "column '{name}': unknown mission '{prefix}'; allowed: {}",
                            MissionId::ALL.map(MissionId::key).join(", ")
                        ),
                    ));
                }
            }
        }
        let mut missions = Vec::new();
        for m in MissionId::ALL {
            let name = |s: &str| format!("{}_{s}", m.key());
            let mut mc = MissionColumns::default();
            if let Some(a) = find(&name("start")) {
                mc.start = Some(dates(&name("start"), a)?);
            }
            if let Some(a) = find(&name("end")) {
                mc.end = Some(dates(&name("end"), a)?);
            }
            for (suffix, slot) in [
                ("fixed", &mut mc.fixed),
                ("fixed_first_year", &mut mc.fixed_first_year),
                ("variable", &mut mc.variable),
                ("achievement", &mut mc.achievement),
            ] {
                if let Some(a) = find(&name(suffix)) {
                    *slot = Some(decimals(&name(suffix), a)?);
                }
            }
            let any_other = mc.end.is_some()
                || mc.fixed.is_some()
                || mc.fixed_first_year.is_some()
                || mc.variable.is_some()
                || mc.achievement.is_some();
            if mc.start.is_none() && any_other {
                return Err(col_err(
                    &name("start"),
                    format!(
                        "columns for mission {m} are given but '{}' is missing; a mission is engaged from its start date",
                        name("start")
                    ),
                ));
            }
            if mc.start.is_some() {
                missions.push((m, mc));
            }
        }
        Ok(Columns {
            rows: batch.num_rows(),
            contract: strings("contract", required("contract")?)?,
            signed: dates("signed", required("signed")?)?,
            population: ints("population", required("population")?)?,
            year: ints("year", required("year")?)?,
            years: find("years").map(|a| ints("years", a)).transpose()?,
            operating_amount: find("operating_amount")
                .map(|a| decimals("operating_amount", a))
                .transpose()?,
            crisis: find("crisis_recognised")
                .map(|a| bools("crisis_recognised", a))
                .transpose()?,
            missions,
        })
    }

    fn label(&self, i: usize) -> (Option<String>, Option<i64>) {
        (self.contract[i].clone(), self.year[i])
    }

    fn row(&self, i: usize) -> Result<(Contract, u32, YearResults), Problem> {
        let null = |c: &str| {
            Problem::input(
                "missing_value",
                Some(c.to_string()),
                format!("column '{c}' is null; it is required"),
            )
        };
        let name = self.contract[i].clone().ok_or_else(|| null("contract"))?;
        let signed = self.signed[i].ok_or_else(|| null("signed"))?;
        let population = self.population[i].ok_or_else(|| null("population"))?;
        let population = u64::try_from(population).map_err(|_| {
            Problem::input(
                "out_of_range",
                Some("population".into()),
                format!(
                    "population = {population} is out of range: allowed 1 to 5000000 inhabitants"
                ),
            )
        })?;
        let year = self.year[i].ok_or_else(|| null("year"))?;
        let year = u32::try_from(year).map_err(|_| {
            Problem::input(
                "out_of_range",
                Some("year".into()),
                format!("year = {year} is out of range: allowed 1 or more"),
            )
        })?;
        let years = at(&self.years, i)
            .map(|y| {
                u32::try_from(y).map_err(|_| {
                    Problem::input(
                        "out_of_range",
                        Some("years".into()),
                        format!("years = {y} is out of range: allowed 1 to 10"),
                    )
                })
            })
            .transpose()?;
        let mut missions = Vec::with_capacity(self.missions.len());
        let mut results = YearResults {
            crisis_recognised: at(&self.crisis, i).unwrap_or(false),
            ..YearResults::default()
        };
        for (m, mc) in &self.missions {
            let Some(start) = at(&mc.start, i) else {
                continue;
            };
            missions.push(MissionSpec {
                id: m.key().to_string(),
                start,
                end: at(&mc.end, i),
                fixed: at(&mc.fixed, i),
                fixed_first_year: at(&mc.fixed_first_year, i),
                variable: at(&mc.variable, i),
                clause: None,
                indicators: Vec::new(),
            });
            if let Some(share) = at(&mc.achievement, i) {
                results.missions.insert(*m, share);
            }
        }
        let spec = ContractSpec {
            name,
            signed,
            years,
            population: PopulationSpec::Single(population),
            operating_amount: at(&self.operating_amount, i),
            operating_clause: None,
            missions,
        };
        let contract = Contract::new(spec).map_err(|e| Problem::core(&e, false))?;
        Ok((contract, year, results))
    }
}

// ---- running -------------------------------------------------------------------------------

type RowResult = Result<YearFunding, Problem>;

/// A batch row read into the core's inputs, or why it could not be.
type Job = Result<(Contract, u32, YearResults), Problem>;

/// Runs `f` over rows `0..n` on `threads` threads (contiguous chunks, results in row order).
fn run_rows<F>(n: usize, threads: usize, f: F) -> Vec<RowResult>
where
    F: Fn(usize) -> RowResult + Sync,
{
    let threads = threads.clamp(1, n.max(1));
    if threads == 1 || n < 256 {
        return (0..n).map(&f).collect();
    }
    let chunk = n.div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let f = &f;
                s.spawn(move || {
                    (t * chunk..((t + 1) * chunk).min(n))
                        .map(f)
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join().unwrap_or_else(|_| {
                    vec![Err(Problem::input(
                        "internal",
                        None,
                        "a batch worker panicked",
                    ))]
                })
            })
            .collect()
    })
}

fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

// ---- output --------------------------------------------------------------------------------

/// The item key of every possible line, computed once.
struct ItemKeys {
    operating: String,
    difference: String,
    fixed: Vec<String>,
    variable: Vec<String>,
}

impl ItemKeys {
    fn new() -> Self {
        ItemKeys {
            operating: Item::Operating.key(),
            difference: Item::OperatingUpliftDifference.key(),
            fixed: MissionId::ALL
                .iter()
                .map(|m| Item::Fixed(*m).key())
                .collect(),
            variable: MissionId::ALL
                .iter()
                .map(|m| Item::Variable(*m).key())
                .collect(),
        }
    }
    fn get(&self, item: &Item) -> &str {
        match item {
            Item::Operating => &self.operating,
            Item::OperatingUpliftDifference => &self.difference,
            Item::Fixed(m) => &self.fixed[m.index()],
            Item::Variable(m) => &self.variable[m.index()],
        }
    }
}

fn cents(d: Decimal) -> i128 {
    let mut x = d;
    x.rescale(2);
    x.mantissa()
}

fn reason_key(r: aci_core::funding::NotApplicable) -> &'static str {
    use aci_core::funding::NotApplicable::*;
    match r {
        MissionNotEngaged => "mission_not_engaged",
        MissionNotActiveThisYear => "mission_not_active_this_year",
        MissionNotInVersion => "mission_not_in_version",
    }
}

fn money_type() -> DataType {
    DataType::Decimal128(20, 2)
}

pub fn lines_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("row", DataType::Int64, false),
        Field::new("contract", DataType::Utf8, true),
        Field::new("year", DataType::Int32, true),
        Field::new("item", DataType::Utf8, false),
        Field::new("amount", money_type(), true),
        Field::new("not_applicable", DataType::Utf8, true),
    ]))
}

pub fn totals_schema(with_error: bool) -> SchemaRef {
    let mut fields = vec![
        Field::new("row", DataType::Int64, false),
        Field::new("contract", DataType::Utf8, true),
        Field::new("year", DataType::Int32, true),
        Field::new("year_start", DataType::Date32, true),
        Field::new("year_end", DataType::Date32, true),
        Field::new("version", DataType::Utf8, true),
        Field::new("population", DataType::Int64, true),
        Field::new("taille", DataType::Int8, true),
        Field::new("total", money_type(), true),
        Field::new("missing_inputs", DataType::Utf8, true),
        Field::new("warnings", DataType::Utf8, true),
    ];
    if with_error {
        fields.push(Field::new("error", DataType::Utf8, true));
    }
    Arc::new(Schema::new(fields))
}

type Label = (Option<String>, Option<i64>);

fn build_output(
    results: &[RowResult],
    labels: &dyn Fn(usize) -> Label,
    with_error: bool,
) -> Result<(RecordBatch, RecordBatch), String> {
    let keys = ItemKeys::new();
    let n_lines: usize = results
        .iter()
        .map(|r| r.as_ref().map_or(0, |f| f.lines.len()))
        .sum();
    let mut l_row = Int64Builder::with_capacity(n_lines);
    let mut l_contract = StringBuilder::with_capacity(n_lines, n_lines * 16);
    let mut l_year = Int32Builder::with_capacity(n_lines);
    let mut l_item = StringBuilder::with_capacity(n_lines, n_lines * 24);
    let mut l_amount = Decimal128Builder::with_capacity(n_lines);
    let mut l_na = StringBuilder::new();

    let n = results.len();
    let mut t_row = Int64Builder::with_capacity(n);
    let mut t_contract = StringBuilder::with_capacity(n, n * 16);
    let mut t_year = Int32Builder::with_capacity(n);
    let mut t_start = Date32Builder::with_capacity(n);
    let mut t_end = Date32Builder::with_capacity(n);
    let mut t_version = StringBuilder::with_capacity(n, n * 10);
    let mut t_pop = Int64Builder::with_capacity(n);
    let mut t_taille = Int8Builder::with_capacity(n);
    let mut t_total = Decimal128Builder::with_capacity(n);
    let mut t_missing = StringBuilder::new();
    let mut t_warn = StringBuilder::new();
    let mut t_error = StringBuilder::new();

    for (row, r) in results.iter().enumerate() {
        let row_i64 = i64::try_from(row).unwrap_or(i64::MAX);
        t_row.append_value(row_i64);
        match r {
            Ok(f) => {
                let year = i32::try_from(f.year.number).ok();
                for l in &f.lines {
                    l_row.append_value(row_i64);
                    l_contract.append_value(&f.contract);
                    l_year.append_option(year);
                    l_item.append_value(keys.get(&l.item));
                    l_amount.append_option(l.amount.map(cents));
                    l_na.append_option(l.not_applicable.map(reason_key));
                }
                t_contract.append_value(&f.contract);
                t_year.append_option(year);
                t_start.append_value(days_from_civil(f.year.start));
                t_end.append_value(days_from_civil(f.year.end));
                t_version.append_value(&f.version);
                t_pop.append_value(i64::try_from(f.population).unwrap_or(i64::MAX));
                t_taille.append_value(i8::try_from(f.taille.number()).unwrap_or_default());
                t_total.append_value(cents(f.total));
                if f.missing_inputs.is_empty() {
                    t_missing.append_null();
                } else {
                    t_missing.append_value(f.missing_inputs.join("; "));
                }
                if f.warnings.is_empty() {
                    t_warn.append_null();
                } else {
                    let w: Vec<String> = f.warnings.iter().map(warning_text).collect();
                    t_warn.append_value(w.join("; "));
                }
                t_error.append_null();
            }
            Err(p) => {
                let (contract, year) = labels(row);
                t_contract.append_option(contract);
                t_year.append_option(year.and_then(|y| i32::try_from(y).ok()));
                t_start.append_null();
                t_end.append_null();
                t_version.append_null();
                t_pop.append_null();
                t_taille.append_null();
                t_total.append_null();
                t_missing.append_null();
                t_warn.append_null();
                t_error.append_value(&p.message);
            }
        }
    }
    let err = |e: arrow_schema::ArrowError| e.to_string();
    let lines_cols: Vec<ArrayRef> = vec![
        Arc::new(l_row.finish()),
        Arc::new(l_contract.finish()),
        Arc::new(l_year.finish()),
        Arc::new(l_item.finish()),
        Arc::new(
            l_amount
                .finish()
                .with_precision_and_scale(20, 2)
                .map_err(err)?,
        ),
        Arc::new(l_na.finish()),
    ];
    let mut totals_cols: Vec<ArrayRef> = vec![
        Arc::new(t_row.finish()),
        Arc::new(t_contract.finish()),
        Arc::new(t_year.finish()),
        Arc::new(t_start.finish()),
        Arc::new(t_end.finish()),
        Arc::new(t_version.finish()),
        Arc::new(t_pop.finish()),
        Arc::new(t_taille.finish()),
        Arc::new(
            t_total
                .finish()
                .with_precision_and_scale(20, 2)
                .map_err(err)?,
        ),
        Arc::new(t_missing.finish()),
        Arc::new(t_warn.finish()),
    ];
    if with_error {
        totals_cols.push(Arc::new(t_error.finish()));
    }
    let lines = RecordBatch::try_new(lines_schema(), lines_cols).map_err(err)?;
    let totals = RecordBatch::try_new(totals_schema(with_error), totals_cols).map_err(err)?;
    Ok((lines, totals))
}

fn context(label: &Label) -> String {
    match label {
        (Some(c), Some(y)) => format!(" (contract '{c}', year {y})"),
        (Some(c), None) => format!(" (contract '{c}')"),
        _ => String::new(),
    }
}

/// Locates every failed row's problem at its row, then raises the first (or keeps them all).
fn finish(
    py: Python<'_>,
    mut results: Vec<RowResult>,
    labels: &(dyn Fn(usize) -> Label + Sync),
    on_error: OnError,
) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
    for (row, r) in results.iter_mut().enumerate() {
        if let Err(p) = r {
            *p = p.clone().at_row(row, &context(&labels(row)));
        }
    }
    if on_error == OnError::Raise
        && let Some(Err(p)) = results.iter().find(|r| r.is_err())
    {
        return Err(p.clone().into_pyerr(py));
    }
    let with_error = on_error == OnError::Collect;
    let (lines, totals) = py
        .detach(|| build_output(&results, labels, with_error))
        .map_err(|m| Problem::input("internal", None, m).into_pyerr(py))?;
    let lines = PyTable::try_new(vec![lines], lines_schema())?.into_pyarrow(py)?;
    let totals = PyTable::try_new(vec![totals], totals_schema(with_error))?.into_pyarrow(py)?;
    Ok((lines.unbind(), totals.unbind()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Collect,
}

fn on_error_arg(py: Python<'_>, s: &str) -> PyResult<OnError> {
    match s {
        "raise" => Ok(OnError::Raise),
        "collect" => Ok(OnError::Collect),
        other => Err(Problem::input(
            "unknown_option",
            Some("on_error".into()),
            format!("on_error = '{other}' is not allowed: use 'raise' or 'collect'"),
        )
        .into_pyerr(py)),
    }
}

fn compute(
    engine: &Engine<'_>,
    contract: &Contract,
    year: u32,
    results: &YearResults,
) -> RowResult {
    engine
        .year(contract, year, results, false)
        .map_err(|e| Problem::core(&e, false))
}

impl PyEngine {
    /// Arrow batch (see `aci.Engine.batch` for the columns): returns `(lines, totals)` as
    /// pyarrow Tables. Reading, checking and computing run without the GIL.
    pub fn batch_arrow(
        &self,
        py: Python<'_>,
        table: PyTable,
        on_error: &str,
        threads: Option<usize>,
    ) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
        let on_error = on_error_arg(py, on_error)?;
        let threads = threads.unwrap_or_else(default_threads);
        let (batches, _schema) = table.into_inner();
        let engine = self.engine();
        let outcome = py.detach(|| -> Result<(Vec<Columns>, Vec<RowResult>), Problem> {
            let cols: Vec<Columns> = batches
                .iter()
                .map(Columns::read)
                .collect::<Result<_, _>>()?;
            let mut results = Vec::with_capacity(cols.iter().map(|c| c.rows).sum());
            for c in &cols {
                results.extend(run_rows(c.rows, threads, |i| {
                    let (contract, year, res) = c.row(i)?;
                    compute(&engine, &contract, year, &res)
                }));
            }
            Ok((cols, results))
        });
        let (cols, results) = outcome.map_err(|p| p.into_pyerr(py))?;
        // Row index → (batch, offset) for labels of failed rows.
        let mut starts = Vec::with_capacity(cols.len());
        let mut acc = 0;
        for c in &cols {
            starts.push(acc);
            acc += c.rows;
        }
        let labels = |row: usize| -> Label {
            let b = starts.partition_point(|&s| s <= row).saturating_sub(1);
            cols.get(b)
                .map(|c| c.label(row - starts[b]))
                .unwrap_or((None, None))
        };
        finish(py, results, &labels, on_error)
    }

    /// Batch of `(contract, year, results)` items, where `contract` is a `Contract` or a
    /// mapping (full contracts with indicators) and `results` a `YearResults`, mapping or None.
    pub fn batch_items(
        &self,
        py: Python<'_>,
        items: &Bound<'_, PyList>,
        on_error: &str,
        threads: Option<usize>,
    ) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
        let on_error = on_error_arg(py, on_error)?;
        let threads = threads.unwrap_or_else(default_threads);
        let mut jobs: Vec<Job> = Vec::with_capacity(items.len());
        let mut labels_v: Vec<Label> = Vec::with_capacity(items.len());
        for item in items.iter() {
            let (job, label) = read_item(&item)?;
            jobs.push(job);
            labels_v.push(label);
        }
        let engine = self.engine();
        let results = py.detach(|| {
            run_rows(jobs.len(), threads, |i| match &jobs[i] {
                Ok((c, y, r)) => compute(&engine, c, *y, r),
                Err(p) => Err(p.clone()),
            })
        });
        let labels = |row: usize| labels_v[row].clone();
        finish(py, results, &labels, on_error)
    }
}

/// One item of `_batch_items`: `(contract, year[, results])` or a mapping with those keys.
/// Python-level type errors (a float amount, a wrong type) are row problems too.
fn read_item(item: &Bound<'_, PyAny>) -> PyResult<(Job, Label)> {
    let py = item.py();
    let get = |key: &str, index: usize| -> PyResult<Option<Bound<'_, PyAny>>> {
        if let Ok(d) = item.cast::<pyo3::types::PyDict>() {
            return d.get_item(key);
        }
        match item.get_item(index) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance_of::<pyo3::exceptions::PyIndexError>(py) => Ok(None),
            Err(e) => Err(e),
        }
    };
    let contract_obj = get("contract", 0)?;
    let year_obj = get("year", 1)?;
    let results_obj = get("results", 2)?;
    let year: Option<i64> = year_obj.as_ref().and_then(|y| y.extract::<i64>().ok());
    let mut label: Label = (None, year);
    let job = (|| -> Result<(Contract, u32, YearResults), PyErr> {
        let c = contract_obj.ok_or_else(|| {
            Problem::input(
                "missing_value",
                Some("contract".into()),
                "item has no contract",
            )
            .into_pyerr(py)
        })?;
        let contract = match c.cast::<PyContract>() {
            Ok(pc) => pc.get().inner.clone(),
            Err(_) => {
                let v = to_json(&c, "contract")?;
                contract_from_json(v)
                    .map(|(_, c)| c)
                    .map_err(|p| p.into_pyerr(py))?
            }
        };
        label.0 = Some(contract.name.clone());
        let year = year.and_then(|y| u32::try_from(y).ok()).ok_or_else(|| {
            Problem::input(
                "out_of_range",
                Some("year".into()),
                "year must be a contract year number (1 or more)",
            )
            .into_pyerr(py)
        })?;
        let results = crate::contract::results_arg(py, results_obj.as_ref())?;
        Ok((contract, year, results))
    })();
    let job = match job {
        Ok(j) => Ok(j),
        Err(e) => Err(problem_from_pyerr(py, &e)?),
    };
    Ok((job, label))
}

/// A Python exception raised while reading an item, back into a row problem (only our own
/// `AciError`s; anything else propagates).
fn problem_from_pyerr(py: Python<'_>, e: &PyErr) -> PyResult<Problem> {
    let v = e.value(py);
    let aci = py.import("aci.errors")?.getattr("AciError")?;
    if !v.is_instance(&aci)? {
        return Err(e.clone_ref(py));
    }
    let name = v.get_type().name()?.to_string();
    let class = match name.as_str() {
        "FloatAmountError" => crate::errors::Class::FloatAmount,
        "RuleFileError" => crate::errors::Class::RuleFile,
        "MissingAmountError" => crate::errors::Class::MissingAmount,
        "AmountOverflowError" => crate::errors::Class::AmountOverflow,
        "InvalidInputError" => crate::errors::Class::InvalidInput,
        _ => crate::errors::Class::Aci,
    };
    let kind: String = v.getattr("kind")?.extract().unwrap_or_default();
    Ok(Problem {
        class,
        kind: static_kind(&kind),
        field: v.getattr("field")?.extract().unwrap_or_default(),
        message: v.str()?.to_string(),
        row: None,
    })
}

/// Interns the kinds the binding produces (kinds are `&'static str`).
fn static_kind(kind: &str) -> &'static str {
    const KINDS: [&str; 26] = [
        "rule_file_syntax",
        "rule_file_invalid",
        "before_first_version",
        "out_of_range",
        "dates_out_of_order",
        "mission_before_contract",
        "duplicate",
        "unknown_mission",
        "tiers_not_ordered",
        "indicators_exceed_envelope",
        "overflow",
        "year_out_of_range",
        "unknown_indicator",
        "observation_kind",
        "missing_mission_amount",
        "missing_parameter",
        "float_amount",
        "not_finite",
        "wrong_type",
        "not_a_decimal",
        "not_a_date",
        "invalid_shape",
        "invalid_column",
        "missing_value",
        "unknown_option",
        "internal",
    ];
    KINDS
        .iter()
        .find(|k| **k == kind)
        .copied()
        .unwrap_or("other")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_dates_round_trip() {
        let epoch = Date::new(1970, 1, 1).unwrap();
        assert_eq!(civil_from_days(0), Some(epoch));
        assert_eq!(days_from_civil(epoch), 0);
        for days in (-800_000..800_000).step_by(997) {
            let d = civil_from_days(days).unwrap();
            assert_eq!(i64::from(days_from_civil(d)), days);
            assert_eq!(
                aci_core::calendar::days(epoch, d),
                days,
                "{d} is {days} days from 1970-01-01"
            );
        }
        assert_eq!(
            civil_from_days(19_417),
            Some(Date::new(2023, 3, 1).unwrap())
        );
    }

    #[test]
    fn cents_of_scale_two() {
        assert_eq!(cents(Decimal::new(7_500_000, 2)), 7_500_000);
        assert_eq!(cents(Decimal::new(75_000, 0)), 7_500_000);
    }
}
