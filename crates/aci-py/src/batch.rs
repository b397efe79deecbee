//! Batch: many contract-years in one call, from Arrow data, without the GIL.
//!
//! Input: any Arrow stream (`__arrow_c_stream__`: pyarrow Table, polars and pandas DataFrames),
//! one row per contract-year; columns are documented in `python/README.md` and in
//! `aci.Engine.batch`. Each row is turned into the core's `ContractSpec` and `YearResults`
//! (no rule logic here), checked by `Contract::new`, and computed by `Engine::year`.
//! Output: two Arrow tables, `lines` (one row per input row and line) and `totals` (one row per
//! input row), amounts as `decimal128(20, 2)`.

use std::ops::Range;
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
use arrow_array::{
    Array, ArrayRef, BooleanArray, Date32Array, Decimal128Array, Int64Array, RecordBatch,
    StringArray,
};
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

/// A text column (cast to Utf8 once; values read in place).
struct StrCol(StringArray);

impl StrCol {
    fn read(column: &str, arr: &ArrayRef) -> Result<Self, Problem> {
        let t = arr.data_type();
        if !(is_stringy(t) || is_inty(t) || t.is_null()) {
            return Err(col_err(
                column,
                format!("column '{column}' must hold text, got {t}"),
            ));
        }
        Ok(StrCol(
            cast(column, arr, &DataType::Utf8)?
                .as_string::<i32>()
                .clone(),
        ))
    }
    fn get(&self, i: usize) -> Option<&str> {
        self.0.is_valid(i).then(|| self.0.value(i))
    }
}

/// A whole-number column (cast to Int64; floats refused).
struct IntCol(Int64Array);

impl IntCol {
    fn read(column: &str, arr: &ArrayRef) -> Result<Self, Problem> {
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
        Ok(IntCol(
            cast(column, arr, &DataType::Int64)?
                .as_primitive::<Int64Type>()
                .clone(),
        ))
    }
    fn get(&self, i: usize) -> Option<i64> {
        self.0.is_valid(i).then(|| self.0.value(i))
    }
}

/// A boolean column.
struct BoolCol(BooleanArray);

impl BoolCol {
    fn read(column: &str, arr: &ArrayRef) -> Result<Self, Problem> {
        let t = arr.data_type();
        if !(matches!(t, DataType::Boolean) || t.is_null()) {
            return Err(col_err(
                column,
                format!("column '{column}' must hold booleans, got {t}"),
            ));
        }
        Ok(BoolCol(
            cast(column, arr, &DataType::Boolean)?.as_boolean().clone(),
        ))
    }
    fn get(&self, i: usize) -> Option<bool> {
        self.0.is_valid(i).then(|| self.0.value(i))
    }
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

/// A date column (cast to Date32; every value checked once).
struct DateCol(Date32Array);

impl DateCol {
    fn read(column: &str, arr: &ArrayRef) -> Result<Self, Problem> {
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
        let a = cast(column, arr, &DataType::Date32)?
            .as_primitive::<Date32Type>()
            .clone();
        for i in 0..a.len() {
            if a.is_valid(i) && civil_from_days(i64::from(a.value(i))).is_none() {
                return Err(col_err(
                    column,
                    format!("column '{column}': row {i} is not a valid date (years 1 to 9999)"),
                ));
            }
        }
        Ok(DateCol(a))
    }
    fn raw(&self, i: usize) -> Option<i32> {
        self.0.is_valid(i).then(|| self.0.value(i))
    }
    fn get(&self, i: usize) -> Option<Date> {
        self.raw(i).and_then(|d| civil_from_days(i64::from(d)))
    }
}

/// An exact decimal column: decimal128/256 read in place, integers and text parsed once.
/// Floats are refused.
enum DecCol {
    Scaled(Decimal128Array, u32),
    Parsed(Vec<Option<Decimal>>),
}

impl DecCol {
    fn read(column: &str, arr: &ArrayRef) -> Result<Self, Problem> {
        let t = arr.data_type();
        if t.is_floating() {
            let mut p = Problem::float(column);
            p.message = format!(
                "column '{column}' has a float type ({t}); floats lose cents, so money and shares must be exact: use decimal128 (pyarrow), pl.Decimal (polars), decimal.Decimal objects (pandas), or strings"
            );
            return Err(p);
        }
        match t {
            DataType::Null => Ok(DecCol::Parsed(vec![None; arr.len()])),
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
                let a = cast(column, arr, &DataType::Decimal128(38, s))?
                    .as_primitive::<Decimal128Type>()
                    .clone();
                let scale = u32::from(s.unsigned_abs());
                for i in 0..a.len() {
                    if a.is_valid(i)
                        && Decimal::try_from_i128_with_scale(a.value(i), scale).is_err()
                    {
                        return Err(col_err(
                            column,
                            format!("column '{column}': row {i}: value does not fit in a decimal"),
                        ));
                    }
                }
                Ok(DecCol::Scaled(a, scale))
            }
            t if is_inty(t) => {
                let a = IntCol::read(column, arr)?;
                Ok(DecCol::Parsed(
                    (0..arr.len())
                        .map(|i| a.get(i).map(Decimal::from))
                        .collect(),
                ))
            }
            t if is_stringy(t) => {
                let a = StrCol::read(column, arr)?;
                let parsed = (0..arr.len())
                    .map(|i| {
                        a.get(i)
                            .map(|s| {
                                parse_decimal(s).map_err(|m| {
                                    col_err(column, format!("column '{column}': row {i}: {m}"))
                                })
                            })
                            .transpose()
                    })
                    .collect::<Result<_, _>>()?;
                Ok(DecCol::Parsed(parsed))
            }
            t => Err(col_err(
                column,
                format!(
                    "column '{column}' must hold decimals (decimal128, Decimal objects or strings), got {t}"
                ),
            )),
        }
    }
    fn get(&self, i: usize) -> Option<Decimal> {
        match self {
            DecCol::Scaled(a, s) => a
                .is_valid(i)
                .then(|| Decimal::try_from_i128_with_scale(a.value(i), *s).ok())
                .flatten(),
            DecCol::Parsed(v) => v[i],
        }
    }
    fn same(&self, a: usize, b: usize) -> bool {
        match self {
            DecCol::Scaled(x, _) => {
                x.is_valid(a) == x.is_valid(b) && (x.is_null(a) || x.value(a) == x.value(b))
            }
            DecCol::Parsed(v) => v[a] == v[b],
        }
    }
}

#[derive(Default)]
struct MissionColumns {
    start: Option<DateCol>,
    end: Option<DateCol>,
    fixed: Option<DecCol>,
    fixed_first_year: Option<DecCol>,
    variable: Option<DecCol>,
    achievement: Option<DecCol>,
}

/// A record batch read into typed columns.
struct Columns {
    rows: usize,
    contract: StrCol,
    signed: DateCol,
    population: IntCol,
    year: IntCol,
    years: Option<IntCol>,
    operating_amount: Option<DecCol>,
    crisis: Option<BoolCol>,
    missions: Vec<(MissionId, MissionColumns)>,
}

fn dec(col: &Option<DecCol>, i: usize) -> Option<Decimal> {
    col.as_ref().and_then(|c| c.get(i))
}

fn date(col: &Option<DateCol>, i: usize) -> Option<Date> {
    col.as_ref().and_then(|c| c.get(i))
}

fn same_dec(col: &Option<DecCol>, a: usize, b: usize) -> bool {
    col.as_ref().is_none_or(|c| c.same(a, b))
}

fn same_date(col: &Option<DateCol>, a: usize, b: usize) -> bool {
    col.as_ref().is_none_or(|c| c.raw(a) == c.raw(b))
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
                mc.start = Some(DateCol::read(&name("start"), a)?);
            }
            if let Some(a) = find(&name("end")) {
                mc.end = Some(DateCol::read(&name("end"), a)?);
            }
            for (suffix, slot) in [
                ("fixed", &mut mc.fixed),
                ("fixed_first_year", &mut mc.fixed_first_year),
                ("variable", &mut mc.variable),
                ("achievement", &mut mc.achievement),
            ] {
                if let Some(a) = find(&name(suffix)) {
                    *slot = Some(DecCol::read(&name(suffix), a)?);
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
            contract: StrCol::read("contract", required("contract")?)?,
            signed: DateCol::read("signed", required("signed")?)?,
            population: IntCol::read("population", required("population")?)?,
            year: IntCol::read("year", required("year")?)?,
            years: find("years")
                .map(|a| IntCol::read("years", a))
                .transpose()?,
            operating_amount: find("operating_amount")
                .map(|a| DecCol::read("operating_amount", a))
                .transpose()?,
            crisis: find("crisis_recognised")
                .map(|a| BoolCol::read("crisis_recognised", a))
                .transpose()?,
            missions,
        })
    }

    fn label(&self, i: usize) -> Label {
        (self.contract.get(i).map(str::to_string), self.year.get(i))
    }

    /// Whether rows `a` and `b` describe the same contract (every contract column equal), so
    /// the checked contract of one serves the other (the years of one contract usually follow
    /// each other).
    fn same_contract(&self, a: usize, b: usize) -> bool {
        self.contract.get(a) == self.contract.get(b)
            && self.signed.raw(a) == self.signed.raw(b)
            && self.population.get(a) == self.population.get(b)
            && self.years.as_ref().is_none_or(|c| c.get(a) == c.get(b))
            && same_dec(&self.operating_amount, a, b)
            && self.missions.iter().all(|(_, mc)| {
                same_date(&mc.start, a, b)
                    && same_date(&mc.end, a, b)
                    && same_dec(&mc.fixed, a, b)
                    && same_dec(&mc.fixed_first_year, a, b)
                    && same_dec(&mc.variable, a, b)
            })
    }

    fn year_of(&self, i: usize) -> Result<u32, Problem> {
        let year = self.year.get(i).ok_or_else(|| null_column("year"))?;
        u32::try_from(year).map_err(|_| {
            Problem::input(
                "out_of_range",
                Some("year".into()),
                format!("year = {year} is out of range: allowed 1 or more"),
            )
        })
    }

    fn results(&self, i: usize) -> YearResults {
        let mut results = YearResults {
            crisis_recognised: self.crisis.as_ref().and_then(|c| c.get(i)).unwrap_or(false),
            ..YearResults::default()
        };
        for (m, mc) in &self.missions {
            if mc.start.as_ref().is_some_and(|c| c.raw(i).is_some())
                && let Some(share) = dec(&mc.achievement, i)
            {
                results.missions.insert(*m, share);
            }
        }
        results
    }

    fn contract(&self, i: usize) -> Result<Contract, Problem> {
        let name = self
            .contract
            .get(i)
            .ok_or_else(|| null_column("contract"))?
            .to_string();
        let signed = self.signed.get(i).ok_or_else(|| null_column("signed"))?;
        let population = self
            .population
            .get(i)
            .ok_or_else(|| null_column("population"))?;
        let population = u64::try_from(population).map_err(|_| {
            Problem::input(
                "out_of_range",
                Some("population".into()),
                format!(
                    "population = {population} is out of range: allowed 1 to 5000000 inhabitants"
                ),
            )
        })?;
        let years = self
            .years
            .as_ref()
            .and_then(|c| c.get(i))
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
        for (m, mc) in &self.missions {
            let Some(start) = date(&mc.start, i) else {
                continue;
            };
            missions.push(MissionSpec {
                id: m.key().to_string(),
                start,
                end: date(&mc.end, i),
                deployed: None,
                fixed: dec(&mc.fixed, i),
                fixed_first_year: dec(&mc.fixed_first_year, i),
                variable: dec(&mc.variable, i),
                clause: None,
                indicators: Vec::new(),
            });
        }
        let spec = ContractSpec {
            name,
            signed,
            years,
            population: PopulationSpec::Single(population),
            operating_amount: dec(&self.operating_amount, i),
            operating_clause: None,
            missions,
        };
        Contract::new(spec).map_err(|e| Problem::core(&e, false))
    }

    /// Computes rows `range` into `out`, reusing the checked contract of the previous row when
    /// the contract columns are the same.
    fn compute(&self, engine: &Engine<'_>, offset: usize, range: Range<usize>, out: &mut Out<'_>) {
        let mut cache: Option<(usize, Contract)> = None;
        for i in range {
            let reuse = matches!(&cache, Some((j, _)) if self.same_contract(*j, i));
            if !reuse {
                cache = match self.contract(i) {
                    Ok(c) => Some((i, c)),
                    Err(p) => {
                        out.err(offset + i, self.label(i), p);
                        continue;
                    }
                };
            }
            let Some((_, contract)) = &cache else {
                continue;
            };
            let r = self
                .year_of(i)
                .and_then(|y| compute(engine, contract, y, &self.results(i)));
            match r {
                Ok(f) => out.ok(offset + i, &f),
                Err(p) => out.err(offset + i, self.label(i), p),
            }
        }
    }
}

fn null_column(c: &str) -> Problem {
    Problem::input(
        "missing_value",
        Some(c.to_string()),
        format!("column '{c}' is null; it is required"),
    )
}

// ---- running -------------------------------------------------------------------------------

/// A batch row read into the core's inputs, or why it could not be.
type Job = Result<(Contract, u32, YearResults), Problem>;

/// `(contract, year)` of a row, for error messages and the totals of failed rows.
type Label = (Option<String>, Option<i64>);

/// The output of one chunk of rows: its lines, its totals, and its first problem.
type Chunk = (RecordBatch, RecordBatch, Option<Problem>);

/// Rows per output record batch: keeps each worker's buffers small enough to be reused.
const CHUNK_ROWS: usize = 8192;

/// Runs `f` over contiguous chunks of rows `0..n` on up to `threads` threads; chunks come back
/// in row order. Each chunk builds its own Arrow output, so nothing per row is kept.
fn run_chunks<F>(
    n: usize,
    threads: usize,
    keys: &ItemKeys,
    with_error: bool,
    f: F,
) -> Result<Vec<Chunk>, String>
where
    F: Fn(Range<usize>, &mut Out<'_>) + Sync,
{
    let pieces: Vec<Range<usize>> = (0..n.div_ceil(CHUNK_ROWS).max(1))
        .map(|k| k * CHUNK_ROWS..((k + 1) * CHUNK_ROWS).min(n))
        .collect();
    let work = |ranges: &[Range<usize>]| -> Result<Vec<Chunk>, String> {
        ranges
            .iter()
            .map(|range| {
                let mut out = Out::with_capacity(keys, range.len());
                f(range.clone(), &mut out);
                out.finish(with_error)
            })
            .collect()
    };
    let threads = threads.clamp(1, pieces.len());
    if threads == 1 {
        return work(&pieces);
    }
    let per_thread = pieces.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = pieces
            .chunks(per_thread)
            .map(|ranges| {
                let work = &work;
                s.spawn(move || work(ranges))
            })
            .collect();
        let mut chunks = Vec::with_capacity(pieces.len());
        for h in handles {
            chunks.extend(
                h.join()
                    .map_err(|_| "a batch worker panicked".to_string())??,
            );
        }
        Ok(chunks)
    })
}

fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn compute(
    engine: &Engine<'_>,
    contract: &Contract,
    year: u32,
    results: &YearResults,
) -> Result<YearFunding, Problem> {
    engine
        .year(contract, year, results, false)
        .map_err(|e| Problem::core(&e, false))
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

fn context(label: &Label) -> String {
    match label {
        (Some(c), Some(y)) => format!(" (contract '{c}', year {y})"),
        (Some(c), None) => format!(" (contract '{c}')"),
        _ => String::new(),
    }
}

/// Arrow builders for the lines and totals of a chunk of rows.
struct Out<'k> {
    keys: &'k ItemKeys,
    l_row: Int64Builder,
    l_contract: StringBuilder,
    l_year: Int32Builder,
    l_item: StringBuilder,
    l_amount: Decimal128Builder,
    l_na: StringBuilder,
    t_row: Int64Builder,
    t_contract: StringBuilder,
    t_year: Int32Builder,
    t_start: Date32Builder,
    t_end: Date32Builder,
    t_version: StringBuilder,
    t_pop: Int64Builder,
    t_taille: Int8Builder,
    t_total: Decimal128Builder,
    t_missing: StringBuilder,
    t_warn: StringBuilder,
    t_error: StringBuilder,
    first_error: Option<Problem>,
}

impl<'k> Out<'k> {
    fn with_capacity(keys: &'k ItemKeys, rows: usize) -> Self {
        let lines = rows * (2 + 2 * MissionId::ALL.len());
        Out {
            keys,
            l_row: Int64Builder::with_capacity(lines),
            l_contract: StringBuilder::with_capacity(lines, lines * 12),
            l_year: Int32Builder::with_capacity(lines),
            l_item: StringBuilder::with_capacity(lines, lines * 24),
            l_amount: Decimal128Builder::with_capacity(lines),
            l_na: StringBuilder::with_capacity(lines, lines * 20),
            t_row: Int64Builder::with_capacity(rows),
            t_contract: StringBuilder::with_capacity(rows, rows * 12),
            t_year: Int32Builder::with_capacity(rows),
            t_start: Date32Builder::with_capacity(rows),
            t_end: Date32Builder::with_capacity(rows),
            t_version: StringBuilder::with_capacity(rows, rows * 10),
            t_pop: Int64Builder::with_capacity(rows),
            t_taille: Int8Builder::with_capacity(rows),
            t_total: Decimal128Builder::with_capacity(rows),
            t_missing: StringBuilder::with_capacity(rows, rows),
            t_warn: StringBuilder::with_capacity(rows, rows),
            t_error: StringBuilder::with_capacity(rows, rows),
            first_error: None,
        }
    }

    fn ok(&mut self, row: usize, f: &YearFunding) {
        let row = i64::try_from(row).unwrap_or(i64::MAX);
        let year = i32::try_from(f.year.number).ok();
        for l in &f.lines {
            self.l_row.append_value(row);
            self.l_contract.append_value(&f.contract);
            self.l_year.append_option(year);
            self.l_item.append_value(self.keys.get(&l.item));
            self.l_amount.append_option(l.amount.map(cents));
            self.l_na.append_option(l.not_applicable.map(reason_key));
        }
        self.t_row.append_value(row);
        self.t_contract.append_value(&f.contract);
        self.t_year.append_option(year);
        self.t_start.append_value(days_from_civil(f.year.start));
        self.t_end.append_value(days_from_civil(f.year.end));
        self.t_version.append_value(&f.version);
        self.t_pop
            .append_value(i64::try_from(f.population).unwrap_or(i64::MAX));
        self.t_taille
            .append_value(i8::try_from(f.taille.number()).unwrap_or_default());
        self.t_total.append_value(cents(f.total));
        if f.missing_inputs.is_empty() {
            self.t_missing.append_null();
        } else {
            self.t_missing.append_value(f.missing_inputs.join("; "));
        }
        if f.warnings.is_empty() {
            self.t_warn.append_null();
        } else {
            let w: Vec<String> = f.warnings.iter().map(warning_text).collect();
            self.t_warn.append_value(w.join("; "));
        }
        self.t_error.append_null();
    }

    fn err(&mut self, row: usize, label: Label, p: Problem) {
        let p = p.at_row(row, &context(&label));
        self.t_row
            .append_value(i64::try_from(row).unwrap_or(i64::MAX));
        self.t_contract.append_option(label.0);
        self.t_year
            .append_option(label.1.and_then(|y| i32::try_from(y).ok()));
        self.t_start.append_null();
        self.t_end.append_null();
        self.t_version.append_null();
        self.t_pop.append_null();
        self.t_taille.append_null();
        self.t_total.append_null();
        self.t_missing.append_null();
        self.t_warn.append_null();
        self.t_error.append_value(&p.message);
        if self.first_error.is_none() {
            self.first_error = Some(p);
        }
    }

    fn finish(mut self, with_error: bool) -> Result<Chunk, String> {
        let err = |e: arrow_schema::ArrowError| e.to_string();
        let lines_cols: Vec<ArrayRef> = vec![
            Arc::new(self.l_row.finish()),
            Arc::new(self.l_contract.finish()),
            Arc::new(self.l_year.finish()),
            Arc::new(self.l_item.finish()),
            Arc::new(
                self.l_amount
                    .finish()
                    .with_precision_and_scale(20, 2)
                    .map_err(err)?,
            ),
            Arc::new(self.l_na.finish()),
        ];
        let mut totals_cols: Vec<ArrayRef> = vec![
            Arc::new(self.t_row.finish()),
            Arc::new(self.t_contract.finish()),
            Arc::new(self.t_year.finish()),
            Arc::new(self.t_start.finish()),
            Arc::new(self.t_end.finish()),
            Arc::new(self.t_version.finish()),
            Arc::new(self.t_pop.finish()),
            Arc::new(self.t_taille.finish()),
            Arc::new(
                self.t_total
                    .finish()
                    .with_precision_and_scale(20, 2)
                    .map_err(err)?,
            ),
            Arc::new(self.t_missing.finish()),
            Arc::new(self.t_warn.finish()),
        ];
        if with_error {
            totals_cols.push(Arc::new(self.t_error.finish()));
        }
        let lines = RecordBatch::try_new(lines_schema(), lines_cols).map_err(err)?;
        let totals = RecordBatch::try_new(totals_schema(with_error), totals_cols).map_err(err)?;
        Ok((lines, totals, self.first_error))
    }
}

/// Raises the first failing row (with `on_error="raise"`), or returns the tables.
fn finish(
    py: Python<'_>,
    chunks: Result<Vec<Chunk>, String>,
    on_error: OnError,
) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
    let chunks = chunks.map_err(|m| Problem::input("internal", None, m).into_pyerr(py))?;
    if on_error == OnError::Raise
        && let Some(p) = chunks.iter().find_map(|c| c.2.clone())
    {
        return Err(p.into_pyerr(py));
    }
    let with_error = on_error == OnError::Collect;
    let (mut lines, mut totals) = (Vec::new(), Vec::new());
    for (l, t, _) in chunks {
        lines.push(l);
        totals.push(t);
    }
    let lines = PyTable::try_new(lines, lines_schema())?.into_pyarrow(py)?;
    let totals = PyTable::try_new(totals, totals_schema(with_error))?.into_pyarrow(py)?;
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

impl PyEngine {
    /// Arrow batch (see `aci.Engine.batch` for the columns): returns `(lines, totals)` as
    /// pyarrow Tables. Reading, checking, computing and building the output run without the
    /// GIL, on `threads` threads.
    pub fn batch_arrow(
        &self,
        py: Python<'_>,
        table: PyTable,
        on_error: &str,
        threads: Option<usize>,
    ) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
        let on_error = on_error_arg(py, on_error)?;
        let with_error = on_error == OnError::Collect;
        let threads = threads.unwrap_or_else(default_threads);
        let (batches, _schema) = table.into_inner();
        let engine = self.engine();
        let chunks = py.detach(|| -> Result<Result<Vec<Chunk>, String>, Problem> {
            let keys = ItemKeys::new();
            let mut chunks = Vec::new();
            let mut offset = 0;
            for batch in &batches {
                let cols = Columns::read(batch)?;
                let got = run_chunks(cols.rows, threads, &keys, with_error, |range, out| {
                    cols.compute(&engine, offset, range, out)
                });
                match got {
                    Ok(c) => chunks.extend(c),
                    Err(e) => return Ok(Err(e)),
                }
                offset += cols.rows;
            }
            Ok(Ok(chunks))
        });
        finish(py, chunks.map_err(|p| p.into_pyerr(py))?, on_error)
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
        let with_error = on_error == OnError::Collect;
        let threads = threads.unwrap_or_else(default_threads);
        let mut jobs: Vec<(Job, Label)> = Vec::with_capacity(items.len());
        for item in items.iter() {
            jobs.push(read_item(&item)?);
        }
        let engine = self.engine();
        let chunks = py.detach(|| {
            let keys = ItemKeys::new();
            run_chunks(jobs.len(), threads, &keys, with_error, |range, out| {
                for i in range {
                    let (job, label) = &jobs[i];
                    match job {
                        Ok((c, y, r)) => match compute(&engine, c, *y, r) {
                            Ok(f) => out.ok(i, &f),
                            Err(p) => out.err(i, label.clone(), p),
                        },
                        Err(p) => out.err(i, label.clone(), p.clone()),
                    }
                }
            })
        });
        finish(py, chunks, on_error)
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
