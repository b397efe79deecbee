//! Batch: many contract-years in one call, from Arrow data, without the GIL.
//!
//! Input: any Arrow stream (`__arrow_c_stream__`: pyarrow Table, polars and pandas DataFrames),
//! one row per contract-year; columns are documented in `python/README.md` and in
//! `aci.Engine.batch`. Each row is turned into the core's `PlainContract` and `YearResults`
//! (no rule logic here), checked by `Contract::assign_plain` (the checks of `Contract::new`,
//! into a contract each worker reuses), and computed by `Engine::year_into` (its lines written
//! straight into the output).
//! Output: two Arrow tables, `lines` (one row per input row and line) and `totals` (one row per
//! input row), amounts as `decimal128(20, 2)`.
//!
//! Speed (see BENCHMARKS.md): columns are read in place (no copy of an input column that already
//! has a usable type), rows are computed on every core from a shared queue of chunks, and the
//! output columns are written straight into Arrow buffers; the text columns of `lines` are
//! dictionary-encoded (`item` and `not_applicable` against fixed dictionaries, `contract`
//! against the names of its chunk), so a line costs 34 bytes and no string copy.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use aci_core::Engine;
use aci_core::contract::{Contract, PlainContract, PlainMission};
use aci_core::funding::{
    Item, MissingInput, NotApplicable, Warning, YearResults, YearSink, YearSummary,
};
use aci_core::mission::MissionId;
use aci_core::serde_util::parse_decimal;
use arrow_array::builder::StringBuilder;
use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Decimal128Type, Int8Type, Int32Type, Int64Type};
use arrow_array::{
    Array, ArrayRef, BooleanArray, Date32Array, Decimal128Array, DictionaryArray, Int8Array,
    Int32Array, Int64Array, LargeStringArray, RecordBatch, StringArray, StringViewArray,
};
use arrow_buffer::{BooleanBuffer, Buffer, NullBuffer, OffsetBuffer, ScalarBuffer};
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

/// Columns of the outputs (`lines` and `totals`): a key column may not take one of their names.
const OUTPUT_COLUMNS: [&str; 15] = [
    "row",
    "contract",
    "year",
    "item",
    "amount",
    "not_applicable",
    "year_start",
    "year_end",
    "version",
    "population",
    "taille",
    "total",
    "missing_inputs",
    "warnings",
    "error",
];

// ---- the columns a batch knows -------------------------------------------------------------

/// What to do with input columns the batch does not read (`extra_columns=`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtraColumns {
    /// An error naming the column and the nearest known one (the default: a misspelt
    /// `acces_aux_soins_fixd` would otherwise leave the national envelope in force, silently).
    Error,
    /// Ignored, except a column named like a mission's (`prevension_start`,
    /// `parcours_fixd`): a typo there changes amounts, so it stays an error.
    Ignore,
    /// Key columns (a region, a CPAM code) the Python wrapper carries into both outputs, in
    /// this order; any other unknown column is an error.
    Keys(Vec<String>),
}

impl ExtraColumns {
    /// From Python: `"error"`, `"ignore"`, or a list (or tuple) of column names.
    pub fn from_py(obj: &Bound<'_, PyAny>) -> PyResult<Self> {
        let py = obj.py();
        let bad = || {
            Problem::input(
                "unknown_option",
                Some("extra_columns".into()),
                format!(
                    "extra_columns = {} is not allowed: use 'error', 'ignore', or a list of key column names to carry into the output",
                    obj.repr().map(|r| r.to_string()).unwrap_or_default()
                ),
            )
            .into_pyerr(py)
        };
        if let Ok(text) = obj.extract::<String>() {
            return match text.as_str() {
                "error" => Ok(ExtraColumns::Error),
                "ignore" => Ok(ExtraColumns::Ignore),
                _ => Err(bad()),
            };
        }
        obj.extract::<Vec<String>>()
            .map(ExtraColumns::Keys)
            .map_err(|_| bad())
    }
}

/// Every column name the batch reads.
fn known_columns() -> Vec<String> {
    let mut names: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    for m in MissionId::ALL {
        names.extend(MISSION_SUFFIXES.iter().map(|s| format!("{}_{s}", m.key())));
    }
    names
}

/// The Levenshtein distance between `a` and `b` (insertions, deletions, substitutions), over
/// characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The known column nearest to `name` (the first of the nearest, in the documented order).
fn nearest<'a>(name: &str, known: &'a [String]) -> &'a str {
    known
        .iter()
        .min_by_key(|k| edit_distance(name, k))
        .map_or("", String::as_str)
}

/// Whether `name` reads like a per-mission column: a known mission's prefix, or a known
/// suffix (`prevension_start`, `parcours_fixd`).
fn mission_like(name: &str) -> bool {
    MissionId::ALL.iter().any(|m| {
        name.strip_prefix(m.key())
            .is_some_and(|rest| rest.starts_with('_'))
    }) || MISSION_SUFFIXES
        .iter()
        .any(|s| name.strip_suffix(s).is_some_and(|p| p.ends_with('_')))
}

/// Checks the input's column names before any row is read: every column is one the batch
/// reads, or a key column, or ignored as asked (see [`ExtraColumns`]).
fn check_columns(schema: &Schema, extra: &ExtraColumns) -> Result<(), Problem> {
    let known = known_columns();
    let keys: &[String] = match extra {
        ExtraColumns::Keys(keys) => keys,
        _ => &[],
    };
    let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    let key_err = |key: &str, message: String| {
        Problem::input(
            "invalid_column",
            Some(key.to_string()),
            format!("extra_columns: {message}"),
        )
    };
    for (k, key) in keys.iter().enumerate() {
        if keys[..k].contains(key) {
            return Err(key_err(key, format!("'{key}' is given twice")));
        }
        if known.contains(key) {
            return Err(key_err(
                key,
                format!(
                    "'{key}' is a column the batch reads, not a key column (the outputs already have 'row' to join on)"
                ),
            ));
        }
        if OUTPUT_COLUMNS.contains(&key.as_str()) {
            return Err(key_err(
                key,
                format!("key column '{key}' has the name of an output column; rename it"),
            ));
        }
        if !names.contains(&key.as_str()) {
            return Err(key_err(
                key,
                format!("key column '{key}' is not in the input"),
            ));
        }
    }
    for (i, name) in names.iter().enumerate() {
        if names[..i].contains(name) {
            return Err(col_err(
                name,
                format!("column '{name}' appears twice in the input"),
            ));
        }
        if known.iter().any(|k| k == name) || keys.iter().any(|k| k == name) {
            continue;
        }
        if *extra == ExtraColumns::Ignore && !mission_like(name) {
            continue;
        }
        let suggestion = nearest(name, &known);
        let unknown_mission = MISSION_SUFFIXES.iter().find_map(|s| {
            let prefix = name.strip_suffix(s)?.strip_suffix('_')?;
            (!MissionId::ALL.iter().any(|m| m.key() == prefix)
                && !MissionId::ALL.iter().any(|m| {
                    name.strip_prefix(m.key())
                        .is_some_and(|rest| rest.starts_with('_'))
                }))
            .then_some(prefix)
        });
        let what = match unknown_mission {
            Some(prefix) => format!(
                "column '{name}': unknown mission '{prefix}'; allowed: {}",
                MissionId::ALL.map(MissionId::key).join(", ")
            ),
            None => format!("unknown column '{name}'"),
        };
        let how = match extra {
            ExtraColumns::Ignore => "extra_columns=\"ignore\" does not ignore a column named like a mission's: rename or drop it, or name it in extra_columns=[...] to carry it".to_string(),
            ExtraColumns::Keys(_) => format!("it is not one of the key columns given in extra_columns ({})", keys.join(", ")),
            ExtraColumns::Error => "the batch reads only the columns of help(aci.Engine.batch); pass extra_columns=\"ignore\" to ignore the others, or extra_columns=[...] to carry key columns into the output".to_string(),
        };
        return Err(Problem::input(
            "unknown_column",
            Some(name.to_string()),
            format!("{what}; did you mean '{suggestion}'? ({how})"),
        ));
    }
    Ok(())
}

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

/// Cells that cannot be read, each with the row (in its record batch) it fails: a text that is
/// not a date, `NaN` where an amount is due… Each fails its own row only (with
/// `on_error="collect"` the other rows are computed); a column of the wrong type fails the batch.
type BadCells = Vec<(usize, Problem)>;

/// A problem with one cell of `column` (`Problem::at_row` adds the row).
fn cell_err(column: &str, kind: &'static str, message: impl std::fmt::Display) -> Problem {
    Problem::input(
        kind,
        Some(column.to_string()),
        format!("column '{column}': {message}"),
    )
}

/// Cell `i` of `arr` as text, for messages.
fn cell_text(arr: &dyn Array, i: usize) -> String {
    arrow_cast::display::ArrayFormatter::try_new(arr, &Default::default())
        .map(|f| f.value(i).to_string())
        .unwrap_or_else(|_| "the value".to_string())
}

/// `cast`, value by value: a value that does not convert (a text that is not a date, a number
/// too large) is a bad cell of its row, read as null. Only a type that does not convert at all
/// fails the column. `what` says what a value must be ("a date (write YYYY-MM-DD)").
fn cast_cells(
    column: &str,
    arr: &ArrayRef,
    to: &DataType,
    what: &str,
    bad: &mut BadCells,
) -> Result<ArrayRef, Problem> {
    let opts = CastOptions {
        safe: true,
        format_options: Default::default(),
    };
    let out = cast_with_options(arr.as_ref(), to, &opts).map_err(|e| {
        col_err(
            column,
            format!(
                "column '{column}' ({}) cannot be read as {to}: {e}",
                arr.data_type()
            ),
        )
    })?;
    if out.null_count() != arr.logical_null_count() {
        let given = arr.logical_nulls();
        for i in (0..arr.len()).filter(|&i| valid(&given, i) && out.is_null(i)) {
            let text = cell_text(arr.as_ref(), i);
            bad.push((
                i,
                cell_err(column, "invalid_value", format!("'{text}' is not {what}")),
            ));
        }
    }
    Ok(out)
}

fn is_stringy(t: &DataType) -> bool {
    matches!(t, DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View)
        || matches!(t, DataType::Dictionary(_, v) if is_stringy(v))
}

fn is_inty(t: &DataType) -> bool {
    t.is_integer() || matches!(t, DataType::Dictionary(_, v) if v.is_integer())
}

/// Whether slot `i` holds a value.
#[inline]
fn valid(nulls: &Option<NullBuffer>, i: usize) -> bool {
    nulls.as_ref().is_none_or(|n| n.is_valid(i))
}

/// The validity of a column's slots, read per row: `NullBuffer::is_valid` without an offset
/// and an assertion to go through (a sliced bitmap is copied once to start at slot 0).
#[derive(Clone, Default)]
struct Valid(Option<Buffer>);

impl Valid {
    fn new(nulls: Option<NullBuffer>) -> Self {
        Valid(nulls.filter(|n| n.null_count() > 0).map(|n| {
            let bits = n.into_inner();
            if bits.offset() == 0 {
                bits.into_inner()
            } else {
                bits.sliced()
            }
        }))
    }

    /// Whether slot `i` (of the column's slots) holds a value.
    #[inline]
    fn get(&self, i: usize) -> bool {
        match &self.0 {
            None => true,
            Some(b) => b
                .as_slice()
                .get(i / 8)
                .is_some_and(|byte| byte >> (i % 8) & 1 == 1),
        }
    }
}

/// A text column, read in place when it is `utf8`, `large_utf8` (polars' `to_arrow`) or
/// `utf8_view`, cast once otherwise.
enum StrCol {
    Utf8(StringArray),
    Large(LargeStringArray),
    View(StringViewArray),
}

impl StrCol {
    fn read(column: &str, arr: &ArrayRef) -> Result<Self, Problem> {
        let t = arr.data_type();
        if !(is_stringy(t) || is_inty(t) || t.is_null()) {
            return Err(col_err(
                column,
                format!("column '{column}' must hold text, got {t}"),
            ));
        }
        Ok(match t {
            DataType::Utf8 => StrCol::Utf8(arr.as_string::<i32>().clone()),
            DataType::LargeUtf8 => StrCol::Large(arr.as_string::<i64>().clone()),
            DataType::Utf8View => StrCol::View(arr.as_string_view().clone()),
            _ => StrCol::Utf8(
                cast(column, arr, &DataType::Utf8)?
                    .as_string::<i32>()
                    .clone(),
            ),
        })
    }
    #[inline]
    fn get(&self, i: usize) -> Option<&str> {
        match self {
            StrCol::Utf8(a) => a.is_valid(i).then(|| a.value(i)),
            StrCol::Large(a) => a.is_valid(i).then(|| a.value(i)),
            StrCol::View(a) => a.is_valid(i).then(|| a.value(i)),
        }
    }
}

/// A whole-number column (read in place when `int64`, cast once otherwise; floats refused).
struct IntCol(Int64Array);

impl IntCol {
    fn read(column: &str, arr: &ArrayRef, bad: &mut BadCells) -> Result<Self, Problem> {
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
        let a = match t {
            DataType::Int64 => arr.as_primitive::<Int64Type>().clone(),
            _ => cast_cells(column, arr, &DataType::Int64, "a 64-bit whole number", bad)?
                .as_primitive::<Int64Type>()
                .clone(),
        };
        Ok(IntCol(a))
    }
    #[inline]
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
    #[inline]
    fn get(&self, i: usize) -> Option<bool> {
        self.0.is_valid(i).then(|| self.0.value(i))
    }
}

/// Days since 1970-01-01 → civil date, for the dates jiff represents (years -9999 to 9999),
/// `None` beyond. Neri and Schneider's algorithm ("Euclidean affine functions and their
/// application to calendar algorithms", 2022): no division by a variable, no branch on the era.
fn civil_from_days(z: i64) -> Option<Date> {
    if !(MIN_DAY..=MAX_DAY).contains(&z) {
        return None;
    }
    // Shifted by 82 × 400 years so every day in range is positive (fits a u32).
    const ERAS: u32 = 82;
    let n = u32::try_from(z + 719_468 + 146_097 * i64::from(ERAS)).ok()?;
    let n1 = 4 * n + 3;
    let century = n1 / 146_097;
    let n2 = (n1 % 146_097) | 3;
    let p = 2_939_745 * u64::from(n2);
    let year_of_century = u32::try_from(p >> 32).ok()?;
    let day_of_year = u32::try_from(p & 0xFFFF_FFFF).ok()? / 2_939_745 / 4;
    let january_or_february = day_of_year >= 306;
    let n3 = 2141 * day_of_year + 197_913;
    let month = n3 >> 16;
    let day = (n3 & 0xFFFF) / 2141 + 1;
    let month = if january_or_february {
        month - 12
    } else {
        month
    };
    let year = i64::from(100 * century + year_of_century + u32::from(january_or_february))
        - 400 * i64::from(ERAS);
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// Day numbers of jiff's first and last dates (-9999-01-01 and 9999-12-31).
const MIN_DAY: i64 = -4_371_587;
const MAX_DAY: i64 = 2_932_896;

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

/// A date column (`date32` read in place, other types cast once; every value checked once).
struct DateCol {
    days: ScalarBuffer<i32>,
    valid: Valid,
    /// Smallest and largest day number of the valid slots (none when every slot is null).
    bounds: Option<(i32, i32)>,
}

/// Smallest and largest of `days` (none when empty).
fn min_max(days: &[i32]) -> Option<(i32, i32)> {
    let first = *days.first()?;
    Some(
        days.iter()
            .fold((first, first), |(lo, hi), &d| (lo.min(d), hi.max(d))),
    )
}

/// Smallest and largest of the valid slots of `days`: a word of the validity bitmap at a time,
/// visiting only its set bits.
fn min_max_valid(days: &[i32], nulls: &NullBuffer) -> Option<(i32, i32)> {
    let (mut lo, mut hi) = (i32::MAX, i32::MIN);
    let chunks = nulls.inner().bit_chunks();
    let words = chunks
        .iter()
        .chain(std::iter::once(chunks.remainder_bits()));
    for (mut word, days) in words.zip(days.chunks(64)) {
        while word != 0 {
            // The lowest set bit (the word is not zero: 0 to 63).
            let k = word.trailing_zeros() as usize;
            if let Some(&d) = days.get(k) {
                lo = lo.min(d);
                hi = hi.max(d);
            }
            word &= word - 1;
        }
    }
    (lo <= hi).then_some((lo, hi))
}

impl DateCol {
    fn read(column: &str, arr: &ArrayRef, bad: &mut BadCells) -> Result<Self, Problem> {
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
        let a = match t {
            DataType::Date32 => arr.as_primitive::<Date32Type>().clone(),
            _ => cast_cells(
                column,
                arr,
                &DataType::Date32,
                "a date (write YYYY-MM-DD)",
                bad,
            )?
            .as_primitive::<Date32Type>()
            .clone(),
        };
        let (_, days, nulls) = a.into_parts();
        let mut nulls = nulls.filter(|n| n.null_count() > 0);
        let in_range = |d: i32| (MIN_DAY..=MAX_DAY).contains(&i64::from(d));
        // Only the valid slots bound the column: a null slot may hold anything (often 0,
        // 1970-01-01, which would stretch the batch's date table back to 1970).
        let bounds_of = |nulls: &Option<NullBuffer>| match nulls {
            Some(n) => min_max_valid(&days, n),
            None => min_max(&days),
        };
        let mut bounds = bounds_of(&nulls);
        if !bounds.is_none_or(|(lo, hi)| in_range(lo) && in_range(hi)) {
            // Dates beyond years 1 to 9999: bad cells, read as null.
            let out: Vec<bool> = (0..days.len())
                .map(|i| valid(&nulls, i) && !in_range(days[i]))
                .collect();
            for i in (0..days.len()).filter(|&i| out[i]) {
                bad.push((
                    i,
                    cell_err(
                        column,
                        "invalid_value",
                        format!("{} is not a valid date (years 1 to 9999)", arr_day(arr, i)),
                    ),
                ));
            }
            let kept: Vec<bool> = (0..days.len())
                .map(|i| valid(&nulls, i) && !out[i])
                .collect();
            nulls = Some(NullBuffer::from(kept)).filter(|n| n.null_count() > 0);
            bounds = bounds_of(&nulls);
        }
        Ok(DateCol {
            days,
            valid: Valid::new(nulls),
            bounds,
        })
    }
    #[inline]
    fn raw(&self, i: usize) -> Option<i32> {
        self.valid.get(i).then(|| self.days[i])
    }
    #[inline]
    fn get(&self, i: usize, table: &Days) -> Option<Date> {
        self.raw(i).and_then(|d| table.get(d))
    }
}

/// Cell `i` of a date column as given, for messages.
fn arr_day(arr: &ArrayRef, i: usize) -> String {
    match arr.data_type() {
        DataType::Date32 => format!(
            "day {} from 1970-01-01",
            arr.as_primitive::<Date32Type>().value(i)
        ),
        _ => format!("'{}'", cell_text(arr.as_ref(), i)),
    }
}

/// The smallest range holding `a` and `b`.
fn union(a: Option<(i32, i32)>, b: Option<(i32, i32)>) -> Option<(i32, i32)> {
    match (a, b) {
        (Some((l1, h1)), Some((l2, h2))) => Some((l1.min(l2), h1.max(h2))),
        (x, None) | (None, x) => x,
    }
}

/// Most years of the month table of a [`Days`] table (the years of its range, without the 11
/// after).
const MAX_TABLE_YEARS: i16 = 100;

/// Most day numbers a [`Days`] table holds (about 27 years; 4 bytes each).
const MAX_TABLE_DAYS: i64 = 10_000;

/// The dates of a range of day numbers, looked up instead of computed: a batch's dates
/// usually span a few years, and each row has several. Days outside the range are computed.
#[derive(Default)]
struct Days {
    first: i32,
    dates: Vec<Date>,
    /// Back from dates to day numbers: the day number of the first day of each month from
    /// January of `first_year`, over the years of the range and the 11 after (the contract
    /// years the output dates).
    first_year: i32,
    months: Vec<i32>,
}

impl Days {
    /// A table from `lo` to `hi` when it is worth it: no longer than `MAX_TABLE_DAYS`, nor than
    /// the `uses` lookups it will serve (filling an entry costs less than computing a date).
    fn new(bounds: Option<(i32, i32)>, uses: usize) -> Days {
        let Some((lo, hi)) = bounds else {
            return Days::default();
        };
        let (first_year, months) = match (
            civil_from_days(i64::from(lo)),
            civil_from_days(i64::from(hi)),
        ) {
            // At most `MAX_TABLE_YEARS` years: dates spread over centuries are computed.
            (Some(a), Some(b)) if b.year() - a.year() <= MAX_TABLE_YEARS => {
                let years = i32::from(a.year())..=i32::from(b.year()) + 11;
                let months = years
                    .clone()
                    .flat_map(|y| (1..=12).map(move |m| (y, m)))
                    .map_while(|(y, m)| {
                        let d = Date::new(i16::try_from(y).ok()?, m, 1).ok()?;
                        Some(days_from_civil(d))
                    })
                    .collect();
                (*years.start(), months)
            }
            _ => (0, Vec::new()),
        };
        let span = i64::from(hi) - i64::from(lo) + 1;
        let worth = usize::try_from(span).is_ok_and(|n| n <= uses);
        let dates = match civil_from_days(i64::from(lo)).filter(|_| span <= MAX_TABLE_DAYS && worth)
        {
            Some(start) => std::iter::successors(Some(start), |d| d.tomorrow().ok())
                .take(usize::try_from(span).unwrap_or_default())
                .collect(),
            None => Vec::new(),
        };
        Days {
            first: lo,
            dates,
            first_year,
            months,
        }
    }

    /// The day number of `d` (`days_from_civil`, looked up in the range).
    #[inline]
    fn number(&self, d: Date) -> i32 {
        let k = (i32::from(d.year()) - self.first_year) * 12 + i32::from(d.month()) - 1;
        match usize::try_from(k).ok().and_then(|k| self.months.get(k)) {
            Some(first) => first + i32::from(d.day()) - 1,
            None => days_from_civil(d),
        }
    }

    /// The date of day number `day`; none beyond jiff's dates.
    #[inline]
    fn get(&self, day: i32) -> Option<Date> {
        let k = usize::try_from(i64::from(day) - i64::from(self.first)).ok();
        match k.and_then(|k| self.dates.get(k)) {
            Some(d) => Some(*d),
            None => civil_from_days(i64::from(day)),
        }
    }
}

/// An exact decimal column: decimal128 read in place (any precision), decimal256 cast once,
/// integers and text parsed once. Floats are refused.
enum DecCol {
    Scaled {
        values: ScalarBuffer<i128>,
        valid: Valid,
        scale: u32,
    },
    Parsed(Vec<Option<Decimal>>),
}

/// Largest mantissa a `Decimal` holds (2^96 - 1).
const MAX_MANTISSA: u128 = (1 << 96) - 1;

/// `v` × 10^-`scale` (a scale of at most 28), none when `|v|` does not fit a `Decimal`'s
/// mantissa: `Decimal::try_from_i128_with_scale(v, scale).ok()`, with one test.
#[inline]
fn decimal(v: i128, scale: u32) -> Option<Decimal> {
    debug_assert!(scale <= 28);
    let m = v.unsigned_abs();
    // Truncations on purpose: the three 32-bit words of the mantissa.
    (m <= MAX_MANTISSA)
        .then(|| Decimal::from_parts(m as u32, (m >> 32) as u32, (m >> 64) as u32, v < 0, scale))
}

/// Whether `text` spells a number that is not finite (`NaN`, `inf`, `-Infinity`, …).
fn not_finite(text: &str) -> bool {
    let t = text
        .trim()
        .trim_start_matches(['+', '-'])
        .to_ascii_lowercase();
    matches!(t.as_str(), "nan" | "snan" | "inf" | "infinity")
}

impl DecCol {
    fn read(column: &str, arr: &ArrayRef, bad: &mut BadCells) -> Result<Self, Problem> {
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
            DataType::Decimal128(p, s) | DataType::Decimal256(p, s) => {
                let (p, s) = (*p, *s);
                if !(0..=28).contains(&s) {
                    return Err(col_err(
                        column,
                        format!(
                            "column '{column}': decimal scale {s} is out of range: allowed 0 to 28"
                        ),
                    ));
                }
                let a = match t {
                    DataType::Decimal128(..) => arr.as_primitive::<Decimal128Type>().clone(),
                    _ => cast_cells(
                        column,
                        arr,
                        &DataType::Decimal128(38, s),
                        "a decimal of at most 38 digits",
                        bad,
                    )?
                    .as_primitive::<Decimal128Type>()
                    .clone(),
                };
                let (_, values, nulls) = a.into_parts();
                // Up to 28 digits, every value fits a Decimal's 96-bit mantissa; beyond, a
                // value that does not is a bad cell (`get` reads it as missing, as
                // `Decimal::try_from_i128_with_scale` would). Arrow does not check precisions.
                if p > 28 {
                    for i in (0..values.len())
                        .filter(|&i| valid(&nulls, i) && values[i].unsigned_abs() > MAX_MANTISSA)
                    {
                        let text = cell_text(arr.as_ref(), i);
                        bad.push((
                            i,
                            cell_err(
                                column,
                                "out_of_range",
                                format!("{text} does not fit in a decimal (at most 28 digits)"),
                            ),
                        ));
                    }
                }
                Ok(DecCol::Scaled {
                    values,
                    valid: Valid::new(nulls),
                    scale: u32::from(s.unsigned_abs()),
                })
            }
            t if is_inty(t) => {
                let a = IntCol::read(column, arr, bad)?;
                Ok(DecCol::Parsed(
                    (0..arr.len())
                        .map(|i| a.get(i).map(Decimal::from))
                        .collect(),
                ))
            }
            t if is_stringy(t) => {
                let a = StrCol::read(column, arr)?;
                let mut parse = |i: usize, text: &str| match parse_decimal(text) {
                    Ok(d) => Some(d),
                    Err(m) => {
                        bad.push((
                            i,
                            if not_finite(text) {
                                cell_err(
                                    column,
                                    "not_finite",
                                    format!(
                                        "'{}' is not a finite number; leave the cell empty (null) when the value is not known",
                                        text.trim()
                                    ),
                                )
                            } else {
                                cell_err(column, "not_a_decimal", m)
                            },
                        ));
                        None
                    }
                };
                let parsed = (0..arr.len())
                    .map(|i| a.get(i).and_then(|text| parse(i, text)))
                    .collect();
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
    #[inline(always)]
    fn get(&self, i: usize) -> Option<Decimal> {
        match self {
            DecCol::Scaled {
                values,
                valid,
                scale,
            } => valid.get(i).then(|| decimal(values[i], *scale)).flatten(),
            DecCol::Parsed(v) => v[i],
        }
    }
    fn same(&self, a: usize, b: usize) -> bool {
        match self {
            DecCol::Scaled { values, valid, .. } => {
                let (va, vb) = (valid.get(a), valid.get(b));
                va == vb && (!va || values[a] == values[b])
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
    /// The cells that could not be read, by row (see [`BadCells`]); a mission's cell counts
    /// only in the rows that engage the mission (its other columns are ignored otherwise).
    bad: Vec<BadCell>,
}

/// A cell that could not be read.
struct BadCell {
    row: usize,
    /// The mission whose column holds the cell (not for its start, which always counts).
    mission: Option<MissionId>,
    problem: Problem,
}

#[inline]
fn dec(col: &Option<DecCol>, i: usize) -> Option<Decimal> {
    col.as_ref().and_then(|c| c.get(i))
}

#[inline]
fn date(col: &Option<DateCol>, i: usize, table: &Days) -> Option<Date> {
    col.as_ref().and_then(|c| c.get(i, table))
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
        // Not `Schema::index_of`: its error for an absent column formats the list of every
        // field, and most optional columns are absent.
        let find = |name: &str| -> Option<&ArrayRef> {
            schema.column_with_name(name).map(|(i, _)| batch.column(i))
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
        let mut bad = Vec::new();
        let mut cells = BadCells::new();
        let mut keep = |cells: &mut BadCells, mission: Option<MissionId>| {
            bad.extend(cells.drain(..).map(|(row, problem)| BadCell {
                row,
                mission,
                problem,
            }));
        };
        let mut missions = Vec::new();
        for m in MissionId::ALL {
            let name = |s: &str| format!("{}_{s}", m.key());
            let mut mc = MissionColumns::default();
            if let Some(a) = find(&name("start")) {
                mc.start = Some(DateCol::read(&name("start"), a, &mut cells)?);
                keep(&mut cells, None);
            }
            if let Some(a) = find(&name("end")) {
                mc.end = Some(DateCol::read(&name("end"), a, &mut cells)?);
            }
            for (suffix, slot) in [
                ("fixed", &mut mc.fixed),
                ("fixed_first_year", &mut mc.fixed_first_year),
                ("variable", &mut mc.variable),
                ("achievement", &mut mc.achievement),
            ] {
                if let Some(a) = find(&name(suffix)) {
                    *slot = Some(DecCol::read(&name(suffix), a, &mut cells)?);
                }
            }
            keep(&mut cells, Some(m));
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
        let contract = StrCol::read("contract", required("contract")?)?;
        let signed = DateCol::read("signed", required("signed")?, &mut cells)?;
        let population = IntCol::read("population", required("population")?, &mut cells)?;
        let year = IntCol::read("year", required("year")?, &mut cells)?;
        let years = find("years")
            .map(|a| IntCol::read("years", a, &mut cells))
            .transpose()?;
        let operating_amount = find("operating_amount")
            .map(|a| DecCol::read("operating_amount", a, &mut cells))
            .transpose()?;
        let crisis = find("crisis_recognised")
            .map(|a| BoolCol::read("crisis_recognised", a))
            .transpose()?;
        keep(&mut cells, None);
        // By row; a row's cells in the order read (the first is the one reported).
        bad.sort_by_key(|c| c.row);
        Ok(Columns {
            rows: batch.num_rows(),
            contract,
            signed,
            population,
            year,
            years,
            operating_amount,
            crisis,
            missions,
            bad,
        })
    }

    /// The problem of row `i`'s first bad cell that counts (see [`Columns::bad`]).
    fn bad_cell(&self, i: usize) -> Option<&Problem> {
        if self.bad.is_empty() {
            return None;
        }
        let engaged = |m: MissionId| {
            self.missions
                .iter()
                .any(|(id, mc)| *id == m && mc.start.as_ref().is_some_and(|c| c.raw(i).is_some()))
        };
        let first = self.bad.partition_point(|c| c.row < i);
        self.bad[first..]
            .iter()
            .take_while(|c| c.row == i)
            .find(|c| c.mission.is_none_or(engaged))
            .map(|c| &c.problem)
    }

    /// Every date column.
    fn date_columns(&self) -> impl Iterator<Item = &DateCol> {
        std::iter::once(&self.signed).chain(
            self.missions
                .iter()
                .flat_map(|(_, mc)| mc.start.iter().chain(mc.end.iter())),
        )
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

    /// Writes row `i`'s results into `results`, reused from row to row: the shares of the
    /// engaged missions that have one, set or removed in place (a `MissionMap` is an array, so
    /// nothing is allocated or searched), and the crisis flag.
    fn results_into(&self, i: usize, results: &mut YearResults) {
        for (m, mc) in &self.missions {
            let engaged = mc.start.as_ref().is_some_and(|c| c.raw(i).is_some());
            match dec(&mc.achievement, i).filter(|_| engaged) {
                Some(share) => results.missions.insert(*m, share),
                None => results.missions.remove(m),
            };
        }
        results.crisis_recognised = self.crisis.as_ref().and_then(|c| c.get(i)).unwrap_or(false);
    }

    /// Row `i`'s contract columns as the core's plain contract (its missions written into
    /// `missions`, reused from row to row); the binding's own checks (nulls, signs) come first,
    /// in the order of the columns.
    fn plain<'a>(
        &'a self,
        i: usize,
        table: &Days,
        missions: &'a mut Vec<PlainMission>,
    ) -> Result<PlainContract<'a>, Problem> {
        let name = self
            .contract
            .get(i)
            .ok_or_else(|| null_column("contract"))?;
        let signed = self
            .signed
            .get(i, table)
            .ok_or_else(|| null_column("signed"))?;
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
        missions.clear();
        for (m, mc) in &self.missions {
            let Some(start) = date(&mc.start, i, table) else {
                continue;
            };
            missions.push(PlainMission {
                id: *m,
                start,
                end: date(&mc.end, i, table),
                fixed: dec(&mc.fixed, i),
                fixed_first_year: dec(&mc.fixed_first_year, i),
                variable: dec(&mc.variable, i),
            });
        }
        Ok(PlainContract {
            name,
            signed,
            years,
            population,
            operating_amount: dec(&self.operating_amount, i),
            missions,
        })
    }

    /// Computes rows `range` into `out`. The worker checks each row's contract into one
    /// `Contract` it keeps (`Contract::assign_plain`: the checks of `Contract::new`, without
    /// allocating), and skips the check when the contract columns equal those of the row it
    /// last checked.
    fn compute(
        &self,
        engine: &Engine<'_>,
        table: &Days,
        offset: usize,
        range: Range<usize>,
        out: &mut Out<'_>,
    ) {
        let mut contract: Option<Contract> = None;
        // The row `contract` was checked from (a failed check leaves it as it was).
        let mut checked_row: Option<usize> = None;
        let mut missions = Vec::with_capacity(self.missions.len());
        let mut results = YearResults::default();
        for i in range {
            if let Some(p) = self.bad_cell(i) {
                out.err(offset + i, self.label(i), p.clone());
                continue;
            }
            if !checked_row.is_some_and(|j| self.same_contract(j, i)) {
                let checked = self.plain(i, table, &mut missions).and_then(|plain| {
                    match contract.as_mut() {
                        Some(c) => c.assign_plain(&plain),
                        None => Contract::from_plain(&plain).map(|c| contract = Some(c)),
                    }
                    .map_err(|e| Problem::core(&e, false))
                });
                if let Err(p) = checked {
                    out.err(offset + i, self.label(i), p);
                    continue;
                }
                checked_row = Some(i);
            }
            let Some(contract) = &contract else {
                continue;
            };
            self.results_into(i, &mut results);
            match self.year_of(i) {
                Ok(y) => {
                    out.compute_row(engine, offset + i, || self.label(i), contract, y, &results)
                }
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

/// The output of one chunk of rows: its lines (unless totals only), its totals, and its first
/// problem.
type Chunk = (Option<RecordBatch>, RecordBatch, Option<Problem>);

/// What the output tables hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shape {
    /// Lines and the full totals (`Engine::year_into`), or only each row's total
    /// (`Engine::year_total`: no lines, no per-line allocation).
    lines: bool,
    /// An `error` column in the totals (`on_error="collect"`).
    with_error: bool,
    /// Errors name the input column of their field when their message does not
    /// (`parcours_fixed` for `missions.parcours.fixed`): rows come from Arrow columns.
    columns: bool,
}

/// Rows per work item and output record batch: small enough for the two (or more) workers to
/// share the rows evenly when one of them is slowed down, large enough to keep per-chunk costs
/// (thread hand-off, dictionaries, record batch) negligible.
const CHUNK_ROWS: usize = 4096;

/// A contiguous piece of work: rows `rows` of input part `part`, whose first row is row
/// `offset` of the whole input.
#[derive(Debug, Clone)]
struct Piece {
    part: usize,
    offset: usize,
    rows: Range<usize>,
}

/// Cuts parts of `lens` rows into pieces of at most `CHUNK_ROWS`, in row order (at least one
/// piece, so an empty input still gives empty tables; its part may not exist).
fn pieces(lens: &[usize]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut offset = 0;
    for (part, &n) in lens.iter().enumerate() {
        let mut start = 0;
        while start < n {
            let end = (start + CHUNK_ROWS).min(n);
            out.push(Piece {
                part,
                offset,
                rows: start..end,
            });
            start = end;
        }
        offset += n;
    }
    if out.is_empty() {
        out.push(Piece {
            part: 0,
            offset: 0,
            rows: 0..0,
        });
    }
    out
}

/// Runs `f` over `pieces` on up to `threads` threads (the calling thread is one of them); each
/// thread takes the next piece from a shared counter, so a slowed thread takes fewer. Chunks come
/// back in row order, each with its own Arrow output. When failures are not collected (the batch
/// raises its first failing row), pieces after one that failed are skipped: their rows cannot
/// hold the first failure.
fn run_pieces<F>(
    pieces: &[Piece],
    threads: usize,
    dicts: &Dicts,
    shape: Shape,
    f: F,
) -> Result<Vec<Chunk>, String>
where
    F: Fn(&Piece, &mut Out<'_>) + Sync,
{
    let next = AtomicUsize::new(0);
    let first_failed = AtomicUsize::new(usize::MAX);
    // Every piece's output is allocated here, on the calling thread. Memory a worker thread
    // allocates comes from that thread's malloc arena, which glibc hands back to the system
    // once the tables are freed, so each call faulted it in again (about 5 000 page faults and
    // 5–10 ms of system time per 100 000 rows on two threads; none on one).
    let outs: Vec<Mutex<Option<Out<'_>>>> = pieces
        .iter()
        .map(|p| Mutex::new(Some(Out::with_capacity(dicts, shape, p.rows.len()))))
        .collect();
    let work = || -> Result<Vec<(usize, Chunk)>, String> {
        let mut done = Vec::new();
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            let Some(piece) = pieces.get(k) else {
                return Ok(done);
            };
            if !shape.with_error && k > first_failed.load(Ordering::Relaxed) {
                continue;
            }
            // Each piece is taken once, by the worker that drew its number.
            let mut out = outs[k]
                .lock()
                .map_err(|_| "a batch worker panicked".to_string())?
                .take()
                .ok_or_else(|| "a batch piece was computed twice".to_string())?;
            f(piece, &mut out);
            if out.first_error.is_some() {
                first_failed.fetch_min(k, Ordering::Relaxed);
            }
            done.push((k, out.finish()?));
        }
    };
    let threads = threads.clamp(1, pieces.len());
    let mut all = if threads == 1 {
        work()?
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
            let mut all = work()?;
            for h in handles {
                all.extend(
                    h.join()
                        .map_err(|_| "a batch worker panicked".to_string())??,
                );
            }
            Ok::<_, String>(all)
        })?
    };
    all.sort_unstable_by_key(|(k, _)| *k);
    Ok(all.into_iter().map(|(_, c)| c).collect())
}

fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

// ---- output --------------------------------------------------------------------------------

/// Code of an item in the `item` dictionary: breakdown order.
fn item_code(item: &Item) -> i8 {
    let code = match item {
        Item::Operating => 0,
        Item::OperatingUpliftDifference => 1,
        Item::Fixed(m) => 2 + 2 * m.index(),
        Item::Variable(m) => 3 + 2 * m.index(),
    };
    i8::try_from(code).unwrap_or(i8::MAX)
}

/// Code of a reason in the `not_applicable` dictionary.
fn reason_code(r: NotApplicable) -> i8 {
    match r {
        NotApplicable::MissionNotEngaged => 0,
        NotApplicable::MissionNotActiveThisYear => 1,
        NotApplicable::MissionNotInVersion => 2,
    }
}

/// The fixed dictionaries of the `lines` table, built once per call and shared by its chunks.
struct Dicts {
    items: ArrayRef,
    reasons: ArrayRef,
    /// The dates of the input's range (empty for `batch_items`).
    days: Days,
}

impl Dicts {
    fn new(days: Days) -> Self {
        let mut items = vec![Item::Operating.key(), Item::OperatingUpliftDifference.key()];
        for m in MissionId::ALL {
            items.push(Item::Fixed(m).key());
            items.push(Item::Variable(m).key());
        }
        let reasons = [
            NotApplicable::MissionNotEngaged,
            NotApplicable::MissionNotActiveThisYear,
            NotApplicable::MissionNotInVersion,
        ];
        Dicts {
            items: Arc::new(StringArray::from(items)),
            reasons: Arc::new(StringArray::from(
                reasons.iter().map(|r| reason_key(*r)).collect::<Vec<_>>(),
            )),
            days,
        }
    }
}

/// The amount in cents (amounts are rounded to the cent, so almost always already of scale 2:
/// read the mantissa without a call to `rescale`).
#[inline]
fn cents(d: Decimal) -> i128 {
    if d.scale() == 2 {
        return d.mantissa();
    }
    let mut x = d;
    x.rescale(2);
    x.mantissa()
}

fn reason_key(r: NotApplicable) -> &'static str {
    match r {
        NotApplicable::MissionNotEngaged => "mission_not_engaged",
        NotApplicable::MissionNotActiveThisYear => "mission_not_active_this_year",
        NotApplicable::MissionNotInVersion => "mission_not_in_version",
    }
}

fn money_type() -> DataType {
    DataType::Decimal128(20, 2)
}

fn dictionary(key: DataType) -> DataType {
    DataType::Dictionary(Box::new(key), Box::new(DataType::Utf8))
}

fn lines_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("row", DataType::Int64, false),
        Field::new("contract", dictionary(DataType::Int32), true),
        Field::new("year", DataType::Int32, true),
        Field::new("item", dictionary(DataType::Int8), false),
        Field::new("amount", money_type(), true),
        Field::new("not_applicable", dictionary(DataType::Int8), true),
    ]))
}

fn totals_schema(shape: Shape) -> SchemaRef {
    if !shape.lines {
        let mut fields = vec![
            Field::new("row", DataType::Int64, false),
            Field::new("contract", DataType::Utf8, true),
            Field::new("year", DataType::Int32, true),
            Field::new("total", money_type(), true),
        ];
        if shape.with_error {
            fields.push(Field::new("error", DataType::Utf8, true));
        }
        return Arc::new(Schema::new(fields));
    }
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
    if shape.with_error {
        fields.push(Field::new("error", DataType::Utf8, true));
    }
    Arc::new(Schema::new(fields))
}

fn context(label: &Label, column: Option<&str>) -> String {
    let mut parts = Vec::new();
    if let Some(c) = &label.0 {
        parts.push(format!("contract '{c}'"));
        if let Some(y) = label.1 {
            parts.push(format!("year {y}"));
        }
    }
    if let Some(column) = column {
        parts.push(format!("column '{column}'"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

/// The batch column of a field of the core's errors: `missions.parcours.fixed` →
/// `parcours_fixed`, `results.missions.parcours` → `parcours_achievement`, `population` →
/// `population`; none for a field no column holds.
fn column_of(field: &str) -> Option<String> {
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

/// The distinct contract names of a chunk, in order of first appearance: the dictionary of the
/// `lines.contract` column (a dictionary's values must be unique for pandas' categoricals).
/// Open addressing over indices into the dictionary's own buffer: no allocation per name.
struct Names {
    dict: StringBuilder,
    /// Index of a name in `dict`, or `EMPTY`; the length is a power of two, at least twice the
    /// number of names.
    slots: Vec<u32>,
    len: usize,
}

const EMPTY: u32 = u32::MAX;

/// FxHash (rustc's hash) over 8-byte words; the slot is taken from the high bits.
fn hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
    }
    let rest = words.remainder();
    let mut b = [0u8; 8];
    b[..rest.len()].copy_from_slice(rest);
    h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
    (h.rotate_left(5) ^ bytes.len() as u64).wrapping_mul(K)
}

impl Names {
    fn with_capacity(names: usize) -> Self {
        Names {
            dict: StringBuilder::with_capacity(names, names * 16),
            slots: vec![EMPTY; (2 * names).next_power_of_two().max(16)],
            len: 0,
        }
    }

    fn get(&self, k: u32) -> &[u8] {
        let o = self.dict.offsets_slice();
        let k = k as usize;
        let (a, b) = (
            o[k].unsigned_abs() as usize,
            o[k + 1].unsigned_abs() as usize,
        );
        &self.dict.values_slice()[a..b]
    }

    fn slot(&self, bytes: &[u8]) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (hash(bytes) >> (64 - bits)) as usize
    }

    /// The key of `name`, added to the dictionary when new.
    fn key(&mut self, name: &str) -> i32 {
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut pos = self.slot(name.as_bytes());
        loop {
            let k = self.slots[pos];
            if k == EMPTY {
                let k = u32::try_from(self.len).unwrap_or(EMPTY - 1);
                self.slots[pos] = k;
                self.dict.append_value(name);
                self.len += 1;
                return i32::try_from(k).unwrap_or(i32::MAX);
            }
            if self.get(k) == name.as_bytes() {
                return i32::try_from(k).unwrap_or(i32::MAX);
            }
            pos = (pos + 1) & mask;
        }
    }

    fn grow(&mut self) {
        self.slots = vec![EMPTY; self.slots.len() * 2];
        let mask = self.slots.len() - 1;
        for k in 0..self.len {
            let k = u32::try_from(k).unwrap_or(EMPTY - 1);
            let mut pos = self.slot(self.get(k));
            while self.slots[pos] != EMPTY {
                pos = (pos + 1) & mask;
            }
            self.slots[pos] = k;
        }
    }
}

/// A text column written straight into its Arrow buffers: appending a null or a value is a
/// few instructions (the builders of arrow-rs cost about 50 per value).
struct TextColumn {
    bytes: Vec<u8>,
    offsets: Vec<i32>,
    valid: Bits,
}

impl TextColumn {
    fn with_capacity(values: usize, bytes: usize) -> Self {
        let mut offsets = Vec::with_capacity(values + 1);
        offsets.push(0);
        TextColumn {
            bytes: Vec::with_capacity(bytes),
            offsets,
            valid: Bits::with_capacity(values),
        }
    }

    /// Closes the value written since the last one (by `put`).
    #[inline]
    fn close(&mut self, valid: bool) {
        // Beyond 2 GiB in a chunk the offsets would wrap; `finish` then refuses the array.
        self.offsets
            .push(i32::try_from(self.bytes.len()).unwrap_or(i32::MIN));
        self.valid.push(valid);
    }

    #[inline]
    fn put(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    #[inline]
    fn push(&mut self, s: &str) {
        self.put(s);
        self.close(true);
    }

    #[inline]
    fn push_option(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.push(s),
            None => self.close(false),
        }
    }

    /// `items` joined by `"; "`, or null when there are none.
    fn push_joined<'a>(&mut self, items: impl IntoIterator<Item = &'a str>) {
        let mut any = false;
        for s in items {
            if any {
                self.put("; ");
            }
            self.put(s);
            any = true;
        }
        self.close(any);
    }

    fn finish(self) -> Result<StringArray, arrow_schema::ArrowError> {
        StringArray::try_new(
            OffsetBuffer::new(ScalarBuffer::from(self.offsets)),
            Buffer::from_vec(self.bytes),
            self.valid.finish(),
        )
    }
}

/// The lines and totals of a chunk of rows, written straight into Arrow buffers.
struct Out<'d> {
    dicts: &'d Dicts,
    shape: Shape,
    lines: LineColumns,
    names: Names,
    /// The year of the row being written.
    year: i32,
    t_row: Vec<i64>,
    t_contract: TextColumn,
    t_year: Vec<i32>,
    t_year_valid: Bits,
    /// Whether the row was computed: the validity of the columns from `year_start` to `total`.
    t_ok: Bits,
    t_start: Vec<i32>,
    t_end: Vec<i32>,
    t_version: TextColumn,
    /// The lines of the row being computed.
    pending: Pending,
    t_pop: Vec<i64>,
    t_taille: Vec<i8>,
    t_total: Vec<i128>,
    t_missing: TextColumn,
    t_warn: TextColumn,
    t_error: TextColumn,
    first_error: Option<Problem>,
}

/// A validity bitmap built a word at a time (Arrow's bit order: least significant bit first,
/// which is the byte order of little-endian `u64` words).
struct Bits {
    words: Vec<u64>,
    /// The bits after the last full word.
    last: u64,
    len: usize,
}

impl Bits {
    fn with_capacity(bits: usize) -> Self {
        Bits {
            words: Vec::with_capacity(bits.div_ceil(64)),
            last: 0,
            len: 0,
        }
    }

    #[inline]
    fn push(&mut self, bit: bool) {
        let k = self.len % 64;
        self.last |= u64::from(bit) << k;
        self.len += 1;
        if k == 63 {
            self.words.push(self.last);
            self.last = 0;
        }
    }

    /// Appends the `n` (at most 64) low bits of `word`, whose higher bits are 0.
    #[inline]
    fn push_word(&mut self, word: u64, n: usize) {
        debug_assert!(n <= 64 && (n == 64 || word >> n == 0));
        let used = self.len % 64;
        self.len += n;
        if used + n < 64 {
            self.last |= word << used;
            return;
        }
        // The last word is full: push it, keep what is left of `word`.
        self.words.push(self.last | word << used);
        self.last = if used == 0 { 0 } else { word >> (64 - used) };
    }

    /// Keeps the first `len` bits.
    fn truncate(&mut self, len: usize) {
        if len >= self.len {
            return;
        }
        let full = len / 64;
        let keep = |word: u64| word & ((1u64 << (len % 64)) - 1);
        self.last = match self.words.get(full) {
            Some(&word) => keep(word),
            None => keep(self.last),
        };
        self.words.truncate(full);
        self.len = len;
    }

    /// The bitmap, or none when every bit is set.
    fn finish(mut self) -> Option<NullBuffer> {
        if !self.len.is_multiple_of(64) {
            self.words.push(self.last);
        }
        let bits = BooleanBuffer::new(Buffer::from_vec(self.words), 0, self.len);
        Some(NullBuffer::new(bits)).filter(|n| n.null_count() > 0)
    }
}

/// Lines `LineColumns` stages before writing them into its columns.
const STAGE: usize = 256;

/// The most lines a contract year has: the operating amount and its uplift difference, and
/// each mission's fixed and variable parts.
const ROW_LINES: usize = 2 + 2 * MissionId::ALL.len();

/// The columns of the `lines` table of a chunk, written a line at a time. A line goes to a
/// fixed-size stage (a few stores, no length or capacity to reload), and the stage into the
/// columns a column at a time when full: a `Vec::push` per column and per line costs several
/// times more.
struct LineColumns {
    row: Vec<i64>,
    contract: Vec<i32>,
    year: Vec<i32>,
    item: Vec<i8>,
    amount: Vec<i128>,
    amount_valid: Bits,
    na: Vec<i8>,
    na_valid: Bits,
    /// The row number and year of the row being written.
    current: (i64, i32),
    /// The index its first line has (or will have) in the columns.
    row_first: usize,
    stage: Box<Stage>,
}

/// Lines not yet in the columns (line `k` of the stage is bit `k % 64` of word `k / 64` of the
/// validity words).
struct Stage {
    n: usize,
    row: [i64; STAGE],
    contract: [i32; STAGE],
    year: [i32; STAGE],
    item: [i8; STAGE],
    amount: [i128; STAGE],
    amount_bits: [u64; STAGE / 64],
    na: [i8; STAGE],
    na_bits: [u64; STAGE / 64],
}

impl LineColumns {
    fn with_capacity(lines: usize) -> Self {
        LineColumns {
            row: Vec::with_capacity(lines),
            contract: Vec::with_capacity(lines),
            year: Vec::with_capacity(lines),
            item: Vec::with_capacity(lines),
            amount: Vec::with_capacity(lines),
            amount_valid: Bits::with_capacity(lines),
            na: Vec::with_capacity(lines),
            na_valid: Bits::with_capacity(lines),
            current: (0, 0),
            row_first: 0,
            stage: Box::new(Stage {
                n: 0,
                row: [0; STAGE],
                contract: [0; STAGE],
                year: [0; STAGE],
                item: [0; STAGE],
                amount: [0; STAGE],
                amount_bits: [0; STAGE / 64],
                na: [0; STAGE],
                na_bits: [0; STAGE / 64],
            }),
        }
    }

    /// Starts a row: room is made in the stage for every line a year can have, so its lines
    /// stay there until it ends (and `abort` has nothing to take out of the columns).
    fn begin(&mut self, row: i64, year: i32) {
        if STAGE - self.stage.n < ROW_LINES {
            self.flush();
        }
        self.current = (row, year);
        self.row_first = self.row.len() + self.stage.n;
    }

    /// Gives the current row's lines their contract key (known once the row succeeded).
    fn set_contract(&mut self, key: i32) {
        // Lines of the row already in the columns: only when a row outgrew the stage.
        if let Some(written) = self.contract.get_mut(self.row_first..) {
            written.fill(key);
        }
        let staged = self.row_first.saturating_sub(self.row.len());
        self.stage.contract[staged..self.stage.n].fill(key);
    }

    /// Drops the current row's lines (its year failed).
    fn abort(&mut self) {
        let first = self.row_first;
        if self.row.len() > first {
            // The row outgrew the stage: its first lines are in the columns, the rest staged.
            self.row.truncate(first);
            self.contract.truncate(first);
            self.year.truncate(first);
            self.item.truncate(first);
            self.amount.truncate(first);
            self.amount_valid.truncate(first);
            self.na.truncate(first);
            self.na_valid.truncate(first);
            self.stage.n = 0;
            self.stage.amount_bits = [0; STAGE / 64];
            self.stage.na_bits = [0; STAGE / 64];
        } else {
            let s = &mut *self.stage;
            for k in first - self.row.len()..s.n {
                s.amount_bits[k / 64] &= !(1 << (k % 64));
                s.na_bits[k / 64] &= !(1 << (k % 64));
            }
            s.n = first - self.row.len();
        }
    }

    #[inline]
    fn push(&mut self, item: i8, amount: Option<i128>, na: Option<i8>) {
        if self.stage.n == STAGE {
            self.flush();
        }
        let (row, year) = self.current;
        let s = &mut *self.stage;
        let k = s.n % STAGE;
        s.row[k] = row;
        // (The contract key is set when the row ends: `set_contract`.)
        s.year[k] = year;
        s.item[k] = item;
        s.amount[k] = amount.unwrap_or(0);
        s.na[k] = na.unwrap_or(0);
        s.amount_bits[k / 64] |= u64::from(amount.is_some()) << (k % 64);
        s.na_bits[k / 64] |= u64::from(na.is_some()) << (k % 64);
        s.n = k + 1;
    }

    /// Moves the staged lines into the columns.
    fn flush(&mut self) {
        let s = &mut *self.stage;
        let n = s.n;
        self.row.extend_from_slice(&s.row[..n]);
        self.contract.extend_from_slice(&s.contract[..n]);
        self.year.extend_from_slice(&s.year[..n]);
        self.item.extend_from_slice(&s.item[..n]);
        self.amount.extend_from_slice(&s.amount[..n]);
        self.na.extend_from_slice(&s.na[..n]);
        for w in 0..n.div_ceil(64) {
            let bits = (n - 64 * w).min(64);
            self.amount_valid.push_word(s.amount_bits[w], bits);
            self.na_valid.push_word(s.na_bits[w], bits);
        }
        s.amount_bits = [0; STAGE / 64];
        s.na_bits = [0; STAGE / 64];
        s.n = 0;
    }

    /// The columns, every line in them.
    fn finish(mut self) -> Self {
        self.flush();
        self
    }
}

/// The missing inputs and warnings of the row being computed, kept for its totals (its lines
/// go straight into the line columns). Cleared and reused from row to row.
#[derive(Default)]
struct Pending {
    /// The missing inputs joined by "; ", as the `missing_inputs` column holds them.
    missing: String,
    warnings: Vec<Warning>,
}

impl Pending {
    fn clear(&mut self) {
        self.missing.clear();
        self.warnings.clear();
    }

    fn missing_input(&mut self, input: MissingInput<'_>) {
        if !self.missing.is_empty() {
            self.missing.push_str("; ");
        }
        // `MissingInput`'s `Display`, without the formatting machinery (about 250 instructions
        // a call; a test compares both).
        match input {
            MissingInput::MissionShare(m) => {
                self.missing.push_str("missions.");
                self.missing.push_str(m.key());
            }
            MissingInput::Indicator(id) => {
                self.missing.push_str("indicators.");
                self.missing.push_str(id);
            }
        }
    }
}

/// `Engine::year_into` writes a row's lines straight into the line columns (begun by
/// `Out::begin_row`; an error drops them, `LineColumns::abort`).
impl YearSink for Out<'_> {
    #[inline]
    fn line(&mut self, item: Item, amount: Option<Decimal>, reason: Option<NotApplicable>) {
        self.lines
            .push(item_code(&item), amount.map(cents), reason.map(reason_code));
    }

    fn missing_input(&mut self, input: MissingInput<'_>) {
        self.pending.missing_input(input);
    }

    fn warning(&mut self, warning: Warning) {
        self.pending.warnings.push(warning);
    }
}

impl<'d> Out<'d> {
    fn with_capacity(dicts: &'d Dicts, shape: Shape, rows: usize) -> Self {
        let lines = if shape.lines {
            rows * (2 + 2 * MissionId::ALL.len())
        } else {
            0
        };
        Out {
            dicts,
            shape,
            lines: LineColumns::with_capacity(lines),
            names: Names::with_capacity(rows),
            year: 0,
            t_row: Vec::with_capacity(rows),
            t_contract: TextColumn::with_capacity(rows, rows * 16),
            t_year: Vec::with_capacity(rows),
            t_year_valid: Bits::with_capacity(rows),
            t_ok: Bits::with_capacity(rows),
            t_start: Vec::with_capacity(rows),
            t_end: Vec::with_capacity(rows),
            t_version: TextColumn::with_capacity(rows, rows * 10),
            pending: Pending::default(),
            t_pop: Vec::with_capacity(rows),
            t_taille: Vec::with_capacity(rows),
            t_total: Vec::with_capacity(rows),
            t_missing: TextColumn::with_capacity(rows, rows * 16),
            t_warn: TextColumn::with_capacity(rows, 0),
            t_error: TextColumn::with_capacity(rows, 0),
            first_error: None,
        }
    }

    /// A row computed with its lines (`self.pending`): `begin_row`, `line` for each line,
    /// `end_row`. `name` is the contract's.
    /// Starts row `row`, year `year`: its lines follow (`YearSink::line`), then `end_row`, or
    /// `LineColumns::abort` when the year fails.
    fn begin_row(&mut self, row: usize, year: u32) {
        // A contract year is at most `MAX_YEARS` (10): it always fits.
        self.year = i32::try_from(year).unwrap_or(i32::MAX);
        self.pending.clear();
        self.lines
            .begin(i64::try_from(row).unwrap_or(i64::MAX), self.year);
    }

    /// Ends the row begun by `begin_row`, of contract `name`: its lines get the contract's key
    /// (only a row that succeeds adds its name to the chunk's dictionary), then its totals.
    fn end_row(&mut self, row: usize, name: &str, t: &YearSummary<'_>) {
        let key = self.names.key(name);
        self.lines.set_contract(key);
        let pending = &self.pending;
        self.t_row.push(i64::try_from(row).unwrap_or(i64::MAX));
        self.t_contract.push(name);
        self.t_year.push(self.year);
        self.t_year_valid.push(true);
        self.t_ok.push(true);
        self.t_start.push(self.dicts.days.number(t.year.start));
        self.t_end.push(self.dicts.days.number(t.year.end));
        self.t_version.push(&t.version.id);
        self.t_pop
            .push(i64::try_from(t.population).unwrap_or(i64::MAX));
        self.t_taille
            .push(i8::try_from(t.taille.number()).unwrap_or_default());
        self.t_total.push(cents(t.total));
        if pending.missing.is_empty() {
            self.t_missing.close(false);
        } else {
            self.t_missing.push(&pending.missing);
        }
        if pending.warnings.is_empty() {
            self.t_warn.close(false);
        } else {
            let texts: Vec<String> = pending.warnings.iter().map(warning_text).collect();
            self.t_warn.push_joined(texts.iter().map(String::as_str));
        }
        if self.shape.with_error {
            self.t_error.close(false);
        }
    }

    /// Computes contract year `year` into row `row`: its lines and full totals
    /// (`Engine::year_into`, writing the lines into the stage), or only its total
    /// (`Engine::year_total`) when the output has no lines.
    fn compute_row(
        &mut self,
        engine: &Engine<'_>,
        row: usize,
        label: impl FnOnce() -> Label,
        contract: &Contract,
        year: u32,
        results: &YearResults,
    ) {
        if self.shape.lines {
            self.begin_row(row, year);
            match engine.year_into(contract, year, results, self) {
                Ok(y) => self.end_row(row, &contract.name, &y),
                Err(e) => {
                    self.lines.abort();
                    self.err(row, label(), Problem::core(&e, false));
                }
            }
        } else {
            match engine.year_total(contract, year, results) {
                Ok(t) => self.total(row, &contract.name, year, t),
                Err(e) => self.err(row, label(), Problem::core(&e, false)),
            }
        }
    }

    /// `compute_row` for an item of `batch_contracts`.
    fn compute(
        &mut self,
        engine: &Engine<'_>,
        row: usize,
        label: &Label,
        contract: &Contract,
        year: u32,
        results: &YearResults,
    ) {
        self.compute_row(engine, row, || label.clone(), contract, year, results);
    }

    /// A row computed without its lines (totals only).
    fn total(&mut self, row: usize, contract: &str, year: u32, total: Decimal) {
        self.t_row.push(i64::try_from(row).unwrap_or(i64::MAX));
        self.t_contract.push(contract);
        self.t_year.push(i32::try_from(year).unwrap_or(i32::MAX));
        self.t_year_valid.push(true);
        self.t_ok.push(true);
        self.t_total.push(cents(total));
        if self.shape.with_error {
            self.t_error.close(false);
        }
    }

    fn err(&mut self, row: usize, label: Label, p: Problem) {
        // The column, when the message does not name it already.
        let column = p
            .field
            .as_deref()
            .filter(|_| self.shape.columns)
            .and_then(column_of)
            .filter(|c| !p.message.contains(c.as_str()));
        let p = p.at_row(row, &context(&label, column.as_deref()));
        self.t_row.push(i64::try_from(row).unwrap_or(i64::MAX));
        self.t_contract.push_option(label.0.as_deref());
        let year = label.1.and_then(|y| i32::try_from(y).ok());
        self.t_year.push(year.unwrap_or_default());
        self.t_year_valid.push(year.is_some());
        self.t_ok.push(false);
        self.t_total.push(0);
        if self.shape.lines {
            self.t_start.push(0);
            self.t_end.push(0);
            self.t_version.close(false);
            self.t_pop.push(0);
            self.t_taille.push(0);
            self.t_missing.close(false);
            self.t_warn.close(false);
        }
        if self.shape.with_error {
            self.t_error.push(&p.message);
        }
        if self.first_error.is_none() {
            self.first_error = Some(p);
        }
    }

    fn finish(self) -> Result<Chunk, String> {
        let err = |e: arrow_schema::ArrowError| e.to_string();
        let shape = self.shape;
        let ok = self.t_ok.finish();
        let row: ArrayRef = Arc::new(Int64Array::new(ScalarBuffer::from(self.t_row), None));
        let contract: ArrayRef = Arc::new(self.t_contract.finish().map_err(err)?);
        let year: ArrayRef = Arc::new(
            Int32Array::try_new(ScalarBuffer::from(self.t_year), self.t_year_valid.finish())
                .map_err(err)?,
        );
        let total: ArrayRef = Arc::new(
            Decimal128Array::try_new(ScalarBuffer::from(self.t_total), ok.clone())
                .and_then(|a| a.with_precision_and_scale(20, 2))
                .map_err(err)?,
        );
        let mut totals_cols = if shape.lines {
            vec![
                row,
                contract,
                year,
                Arc::new(
                    Date32Array::try_new(ScalarBuffer::from(self.t_start), ok.clone())
                        .map_err(err)?,
                ),
                Arc::new(
                    Date32Array::try_new(ScalarBuffer::from(self.t_end), ok.clone())
                        .map_err(err)?,
                ),
                Arc::new(self.t_version.finish().map_err(err)?),
                Arc::new(
                    Int64Array::try_new(ScalarBuffer::from(self.t_pop), ok.clone()).map_err(err)?,
                ),
                Arc::new(Int8Array::try_new(ScalarBuffer::from(self.t_taille), ok).map_err(err)?),
                total,
                Arc::new(self.t_missing.finish().map_err(err)?),
                Arc::new(self.t_warn.finish().map_err(err)?),
            ]
        } else {
            vec![row, contract, year, total]
        };
        if shape.with_error {
            totals_cols.push(Arc::new(self.t_error.finish().map_err(err)?));
        }
        let totals = RecordBatch::try_new(totals_schema(shape), totals_cols).map_err(err)?;
        if !shape.lines {
            return Ok((None, totals, self.first_error));
        }
        let l = self.lines.finish();
        let contract_keys = Int32Array::new(ScalarBuffer::from(l.contract), None);
        let mut names = self.names.dict;
        let names: ArrayRef = Arc::new(names.finish());
        let lines_cols: Vec<ArrayRef> = vec![
            Arc::new(Int64Array::new(ScalarBuffer::from(l.row), None)),
            Arc::new(DictionaryArray::<Int32Type>::try_new(contract_keys, names).map_err(err)?),
            Arc::new(Int32Array::new(ScalarBuffer::from(l.year), None)),
            Arc::new(
                DictionaryArray::<Int8Type>::try_new(
                    Int8Array::new(ScalarBuffer::from(l.item), None),
                    self.dicts.items.clone(),
                )
                .map_err(err)?,
            ),
            Arc::new(
                Decimal128Array::try_new(ScalarBuffer::from(l.amount), l.amount_valid.finish())
                    .and_then(|a| a.with_precision_and_scale(20, 2))
                    .map_err(err)?,
            ),
            Arc::new(
                DictionaryArray::<Int8Type>::try_new(
                    Int8Array::try_new(ScalarBuffer::from(l.na), l.na_valid.finish())
                        .map_err(err)?,
                    self.dicts.reasons.clone(),
                )
                .map_err(err)?,
            ),
        ];
        let lines = RecordBatch::try_new(lines_schema(), lines_cols).map_err(err)?;
        Ok((Some(lines), totals, self.first_error))
    }
}

/// Raises the first failing row (with `on_error="raise"`), or returns the tables.
/// `lines` is `None` with totals only.
fn finish(
    py: Python<'_>,
    chunks: Result<Vec<Chunk>, String>,
    shape: Shape,
) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
    let chunks = chunks.map_err(|m| Problem::input("internal", None, m).into_pyerr(py))?;
    if !shape.with_error
        && let Some(p) = chunks.iter().find_map(|c| c.2.clone())
    {
        return Err(p.into_pyerr(py));
    }
    let (mut lines, mut totals) = (Vec::new(), Vec::new());
    for (l, t, _) in chunks {
        lines.extend(l);
        totals.push(t);
    }
    let lines = if shape.lines {
        PyTable::try_new(lines, lines_schema())?
            .into_pyarrow(py)?
            .unbind()
    } else {
        py.None()
    };
    let totals = PyTable::try_new(totals, totals_schema(shape))?.into_pyarrow(py)?;
    Ok((lines, totals.unbind()))
}

/// The output shape from `on_error` and `lines`.
fn shape_arg(py: Python<'_>, on_error: &str, lines: bool) -> PyResult<Shape> {
    let with_error = match on_error {
        "raise" => false,
        "collect" => true,
        other => Err(Problem::input(
            "unknown_option",
            Some("on_error".into()),
            format!("on_error = '{other}' is not allowed: use 'raise' or 'collect'"),
        )
        .into_pyerr(py))?,
    };
    Ok(Shape {
        lines,
        with_error,
        columns: false,
    })
}

impl PyEngine {
    /// Arrow batch (see `aci.Engine.batch` for the columns): returns `(lines, totals)` as
    /// pyarrow Tables (`lines` is None with `lines=false`). The column names are checked first
    /// (`extra`); reading, checking, computing and building the output run without the GIL, on
    /// `threads` threads.
    pub fn batch_arrow(
        &self,
        py: Python<'_>,
        table: PyTable,
        on_error: &str,
        threads: Option<usize>,
        lines: bool,
        extra: &ExtraColumns,
    ) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
        let shape = Shape {
            columns: true,
            ..shape_arg(py, on_error, lines)?
        };
        let threads = threads.unwrap_or_else(default_threads);
        let (batches, schema) = table.into_inner();
        check_columns(&schema, extra).map_err(|p| p.into_pyerr(py))?;
        let engine = self.engine();
        let chunks = py.detach(|| -> Result<Result<Vec<Chunk>, String>, Problem> {
            let parts = batches
                .iter()
                .map(Columns::read)
                .collect::<Result<Vec<_>, _>>()?;
            let lens: Vec<usize> = parts.iter().map(|c| c.rows).collect();
            let mut bounds = None;
            let mut uses = 0;
            for part in &parts {
                for col in part.date_columns() {
                    bounds = union(bounds, col.bounds);
                    uses += part.rows;
                }
            }
            let dicts = Dicts::new(Days::new(bounds, uses));
            Ok(run_pieces(
                &pieces(&lens),
                threads,
                &dicts,
                shape,
                |piece, out| {
                    // An input without record batches has one empty piece and no part.
                    if let Some(part) = parts.get(piece.part) {
                        part.compute(&engine, &dicts.days, piece.offset, piece.rows.clone(), out);
                    }
                },
            ))
        });
        finish(py, chunks.map_err(|p| p.into_pyerr(py))?, shape)
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
        let shape = shape_arg(py, on_error, lines)?;
        let threads = threads.unwrap_or_else(default_threads);
        let mut jobs: Vec<(Job, Label)> = Vec::with_capacity(items.len());
        for item in items.iter() {
            jobs.push(read_item(&item)?);
        }
        let engine = self.engine();
        let chunks = py.detach(|| {
            let dicts = Dicts::new(Days::default());
            run_pieces(
                &pieces(&[jobs.len()]),
                threads,
                &dicts,
                shape,
                |piece, out| {
                    for i in piece.rows.clone() {
                        let (job, label) = &jobs[i];
                        match job {
                            Ok((c, y, r)) => out.compute(&engine, i, label, c, *y, r),
                            Err(p) => out.err(i, label.clone(), p.clone()),
                        }
                    }
                },
            )
        });
        finish(py, chunks, shape)
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

    /// Every day jiff can represent converts to the date the day-number arithmetic gives
    /// back, and one day more is the next date; beyond the range there is no date.
    #[test]
    fn every_date_in_range() {
        assert_eq!(i64::from(days_from_civil(Date::MIN)), MIN_DAY);
        assert_eq!(i64::from(days_from_civil(Date::MAX)), MAX_DAY);
        assert_eq!(civil_from_days(MIN_DAY - 1), None);
        assert_eq!(civil_from_days(MAX_DAY + 1), None);
        let mut prev = civil_from_days(MIN_DAY).unwrap();
        assert_eq!(prev, Date::MIN);
        for days in MIN_DAY + 1..=MAX_DAY {
            let d = civil_from_days(days).unwrap();
            assert_eq!(prev.tomorrow().unwrap(), d, "day {days}");
            assert_eq!(i64::from(days_from_civil(d)), days);
            prev = d;
        }
        assert_eq!(prev, Date::MAX);
    }

    #[test]
    fn names_are_unique_keys_in_order_of_appearance() {
        let mut names = Names::with_capacity(2);
        let words: Vec<String> = (0..1000).map(|i| format!("CPTS-{:06}", i % 300)).collect();
        let keys: Vec<i32> = words.iter().map(|w| names.key(w)).collect();
        let dict = names.dict.finish();
        assert_eq!(dict.len(), 300);
        for (w, k) in words.iter().zip(&keys) {
            assert_eq!(dict.value(usize::try_from(*k).unwrap()), w);
        }
        assert_eq!(keys[..300], (0..300).collect::<Vec<i32>>()[..]);
        let mut names = Names::with_capacity(4);
        assert_eq!(names.key(""), 0);
        assert_eq!(names.key("a"), 1);
        assert_eq!(names.key(""), 0);
        assert_eq!(
            names.key("une CPTS au nom bien plus long que huit octets"),
            2
        );
        assert_eq!(names.key("a"), 1);
    }

    #[test]
    fn pieces_cover_every_row_in_order() {
        let ps = pieces(&[0, CHUNK_ROWS + 1, 3]);
        let rows: Vec<(usize, usize)> = ps
            .iter()
            .flat_map(|p| p.rows.clone().map(move |r| (p.part, p.offset + r)))
            .collect();
        let want: Vec<(usize, usize)> = (0..CHUNK_ROWS + 1)
            .map(|r| (1, r))
            .chain((0..3).map(|r| (2, CHUNK_ROWS + 1 + r)))
            .collect();
        assert_eq!(rows, want);
        assert_eq!(ps.len(), 3);
        assert_eq!(pieces(&[]).len(), 1);
        assert_eq!(pieces(&[0]).len(), 1);
    }

    #[test]
    fn item_and_reason_codes_index_their_dictionaries() {
        let d = Dicts::new(Days::default());
        let items = d.items.as_string::<i32>();
        let mut all = vec![Item::Operating, Item::OperatingUpliftDifference];
        for m in MissionId::ALL {
            all.extend([Item::Fixed(m), Item::Variable(m)]);
        }
        for it in all {
            let code = usize::try_from(item_code(&it)).unwrap();
            assert_eq!(items.value(code), it.key());
        }
        let reasons = d.reasons.as_string::<i32>();
        for r in [
            NotApplicable::MissionNotEngaged,
            NotApplicable::MissionNotActiveThisYear,
            NotApplicable::MissionNotInVersion,
        ] {
            let code = usize::try_from(reason_code(r)).unwrap();
            assert_eq!(reasons.value(code), reason_key(r));
        }
    }

    #[test]
    fn bits_are_appended_in_order() {
        for steps in [0usize, 1, 5, 64, 500] {
            let mut bits = Bits::with_capacity(8);
            let mut want = Vec::new();
            let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
            for step in 0..steps {
                x = x.rotate_left(17).wrapping_mul(0x2545_f491_4f6c_dd1d);
                // Words of every length, and single bits, mixed.
                let n = [0, 1, 13, 14, 63, 64, 99][step % 7];
                if n == 99 {
                    bits.push(x & 1 == 1);
                    want.push(x & 1 == 1);
                    continue;
                }
                let word = if n == 64 { x } else { x & ((1 << n) - 1) };
                bits.push_word(word, n);
                want.extend((0..n).map(|k| word >> k & 1 == 1));
            }
            match bits.finish() {
                Some(got) => {
                    assert_eq!(got.len(), want.len());
                    assert!(want.iter().enumerate().all(|(i, &b)| got.is_valid(i) == b));
                }
                None => assert!(want.iter().all(|&b| b), "{steps} steps"),
            }
        }
        let mut full = Bits::with_capacity(3);
        full.push_word(0b111, 3);
        full.push(true);
        assert!(full.finish().is_none());
        let mut one = Bits::with_capacity(3);
        for k in 0..130 {
            one.push(k != 129);
        }
        let got = one.finish().unwrap();
        assert_eq!((got.len(), got.null_count()), (130, 1));
        assert!(got.is_null(129));
    }

    #[test]
    fn table_dates_are_computed_dates() {
        let first = days_from_civil(Date::new(2020, 2, 27).unwrap());
        let table = Days::new(Some((first, first + 3000)), 5000);
        assert_eq!(table.dates.len(), 3001);
        for day in first - 400..first + 3400 {
            assert_eq!(table.get(day), civil_from_days(i64::from(day)), "day {day}");
        }
        // Beyond jiff's dates, nothing, table or not.
        let max = i32::try_from(MAX_DAY).unwrap();
        let edge = Days::new(Some((max - 10, max)), 100);
        assert_eq!(edge.get(max), Some(Date::MAX));
        assert_eq!(edge.get(max + 1), None);
        // Not worth it, or too long: no table, the same dates.
        assert!(Days::new(Some((first, first + 3000)), 100).dates.is_empty());
        let long = i32::try_from(MAX_TABLE_DAYS).unwrap();
        assert!(
            Days::new(Some((first, first + long)), usize::MAX)
                .dates
                .is_empty()
        );
        assert!(Days::new(None, 100).dates.is_empty());
        assert_eq!(
            Days::default().get(first),
            civil_from_days(i64::from(first))
        );
        // Back to day numbers: in the years of the table and the 11 after, and beyond.
        for day in first - 800..first + 3000 + 12 * 366 {
            let d = civil_from_days(i64::from(day)).unwrap();
            assert_eq!(table.number(d), day, "{d}");
            assert_eq!(Days::default().number(d), day, "{d}");
        }
        assert_eq!(edge.number(Date::MAX), max);
        // Dates over centuries: no month table, the same day numbers.
        let wide = Days::new(Some((i32::try_from(MIN_DAY).unwrap(), max)), usize::MAX);
        assert!(wide.months.is_empty() && wide.dates.is_empty());
        assert_eq!(wide.number(Date::MAX), max);
        assert_eq!(edge.number(Date::MIN), i32::try_from(MIN_DAY).unwrap());
    }

    #[test]
    fn bounds_of_the_valid_slots() {
        let days: Vec<i32> = (0..200).map(|i| (i * 7919) % 1000 - 500).collect();
        let all = (*days.iter().min().unwrap(), *days.iter().max().unwrap());
        assert_eq!(min_max(&days), Some(all));
        assert_eq!(min_max(&[]), None);
        let patterns: [fn(usize) -> bool; 3] = [|i| i % 3 == 1, |_| true, |i| i >= 130];
        for (offset, pattern) in [0usize, 3, 64]
            .into_iter()
            .flat_map(|o| patterns.map(|p| (o, p)))
        {
            let valid: Vec<bool> = (0..200).map(pattern).collect();
            let nulls = NullBuffer::from(valid.clone()).slice(offset, 200 - offset);
            let d = &days[offset..];
            let want = min_max(
                &d.iter()
                    .zip(&valid[offset..])
                    .filter(|(_, v)| **v)
                    .map(|(d, _)| *d)
                    .collect::<Vec<_>>(),
            );
            assert_eq!(min_max_valid(d, &nulls), want, "offset {offset}");
        }
        let none = NullBuffer::new_null(5);
        assert_eq!(min_max_valid(&days[..5], &none), None);
    }

    #[test]
    fn validity_of_sliced_bitmaps() {
        let bits: Vec<bool> = (0..300).map(|i| i % 7 != 3 && i % 11 != 0).collect();
        for (offset, len) in [(0, 300), (5, 200), (64, 100), (13, 0)] {
            let nulls = NullBuffer::from(bits.clone()).slice(offset, len);
            let v = Valid::new(Some(nulls.clone()));
            for i in 0..len {
                assert_eq!(v.get(i), nulls.is_valid(i), "offset {offset}, slot {i}");
            }
        }
        let none = Valid::new(None);
        assert!(none.get(0) && none.get(1000));
        assert!(Valid::new(Some(NullBuffer::new_valid(9))).0.is_none());
    }

    #[test]
    fn decimals_as_try_from_i128_with_scale() {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut values: Vec<i128> = vec![
            0,
            1,
            -1,
            i128::MAX,
            i128::MIN,
            MAX_MANTISSA as i128,
            -(MAX_MANTISSA as i128),
            MAX_MANTISSA as i128 + 1,
            -(MAX_MANTISSA as i128) - 1,
            (1 << 64) - 1,
            1 << 64,
            1 << 32,
            (1 << 32) - 1,
        ];
        for _ in 0..2000 {
            x = x.rotate_left(23).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            let bits = x % 128;
            let v = i128::from(x) << 64 | i128::from(x.rotate_left(7));
            values.push(v >> (127 - bits));
        }
        for v in values {
            for scale in [0, 2, 4, 28] {
                let want = Decimal::try_from_i128_with_scale(v, scale).ok();
                let got = decimal(v, scale);
                assert_eq!(got, want, "{v} scale {scale}");
                assert_eq!(got.map(|d| d.serialize()), want.map(|d| d.serialize()));
            }
        }
    }

    /// The results of a row are those built afresh from its columns, whatever rows came
    /// before.
    #[test]
    fn cached_results_are_built_afresh_results() {
        use arrow_array::builder::{BooleanBuilder, Date32Builder, Decimal128Builder};
        let rows = 300;
        let mut x: u64 = 7;
        let mut next = || {
            x = x.rotate_left(17).wrapping_mul(0x2545_f491_4f6c_dd1d);
            x
        };
        let mut fields = Vec::new();
        let mut cols: Vec<ArrayRef> = Vec::new();
        for m in MissionId::ALL {
            let mut start = Date32Builder::new();
            let mut share = Decimal128Builder::new();
            for _ in 0..rows {
                start.append_option((next() % 3 != 0).then_some(19_000));
                share.append_option((next() % 4 != 0).then(|| i128::from(next() % 10_001)));
            }
            let share = share.finish().with_precision_and_scale(6, 4).unwrap();
            fields.push(Field::new(
                format!("{}_start", m.key()),
                DataType::Date32,
                true,
            ));
            fields.push(Field::new(
                format!("{}_achievement", m.key()),
                share.data_type().clone(),
                true,
            ));
            cols.push(Arc::new(start.finish()));
            cols.push(Arc::new(share));
        }
        let mut crisis = BooleanBuilder::new();
        for _ in 0..rows {
            crisis.append_option(
                [None, Some(true), Some(false)][usize::try_from(next() % 3).unwrap()],
            );
        }
        fields.push(Field::new("crisis_recognised", DataType::Boolean, true));
        cols.push(Arc::new(crisis.finish()));
        let required: [(&str, DataType, ArrayRef); 4] = [
            (
                "contract",
                DataType::Utf8,
                Arc::new(StringArray::from(vec!["c"; rows])),
            ),
            (
                "signed",
                DataType::Date32,
                Arc::new(Date32Array::from(vec![19_000; rows])),
            ),
            (
                "population",
                DataType::Int64,
                Arc::new(Int64Array::from(vec![50_000; rows])),
            ),
            (
                "year",
                DataType::Int64,
                Arc::new(Int64Array::from(vec![1; rows])),
            ),
        ];
        for (name, t, col) in required {
            fields.push(Field::new(name, t, false));
            cols.push(col);
        }
        let batch = RecordBatch::try_new(Arc::new(Schema::new(fields)), cols).unwrap();
        let c = Columns::read(&batch).unwrap();
        let mut results = YearResults::default();
        for i in 0..rows {
            let mut want = YearResults {
                crisis_recognised: c.crisis.as_ref().and_then(|b| b.get(i)).unwrap_or(false),
                ..YearResults::default()
            };
            for (m, mc) in &c.missions {
                if mc.start.as_ref().is_some_and(|s| s.raw(i).is_some())
                    && let Some(share) = dec(&mc.achievement, i)
                {
                    want.missions.insert(*m, share);
                }
            }
            c.results_into(i, &mut results);
            assert_eq!(results, want, "row {i}");
        }
    }

    /// Rows written line by line into the stage and columns, some failing (`abort`), some
    /// outgrowing the stage, keep exactly the lines of the rows that succeeded, each with its
    /// contract key.
    #[test]
    fn a_failed_row_leaves_no_line() {
        let mut cols = LineColumns::with_capacity(0);
        // (row, contract, item, amount, reason) of every line kept.
        let mut want = Vec::new();
        for row in 0..700i64 {
            let n = match row {
                300 | 301 => STAGE + 40,
                _ => usize::try_from(row % (ROW_LINES as i64 + 1)).unwrap(),
            };
            let fails = row % 7 == 3 || row == 300;
            cols.begin(row, 2);
            let mut lines = Vec::new();
            for k in 0..n {
                let item = i8::try_from(k % 100).unwrap();
                let amount = (k % 3 != 0).then_some(i128::from(row) * 1000 + k as i128);
                let reason = (k % 3 == 0).then_some(1i8);
                cols.push(item, amount, reason);
                lines.push((row, i32::try_from(row).unwrap() * 2, item, amount, reason));
            }
            if fails {
                cols.abort();
            } else {
                cols.set_contract(i32::try_from(row).unwrap() * 2);
                want.extend(lines);
            }
        }
        let cols = cols.finish();
        let (amount_valid, na_valid) = (cols.amount_valid.finish(), cols.na_valid.finish());
        let valid = |b: &Option<NullBuffer>, i: usize| b.as_ref().is_none_or(|b| b.is_valid(i));
        let got: Vec<_> = (0..cols.row.len())
            .map(|i| {
                (
                    cols.row[i],
                    cols.contract[i],
                    cols.item[i],
                    valid(&amount_valid, i).then_some(cols.amount[i]),
                    valid(&na_valid, i).then_some(cols.na[i]),
                )
            })
            .collect();
        assert_eq!(got.len(), want.len());
        assert_eq!(got, want);
        assert!(cols.year.iter().all(|&y| y == 2));
    }

    #[test]
    fn missing_inputs_are_written_as_displayed() {
        let mut inputs: Vec<MissingInput<'_>> = MissionId::ALL
            .into_iter()
            .map(MissingInput::MissionShare)
            .collect();
        inputs.push(MissingInput::Indicator("depistage_cancer"));
        let mut pending = Pending::default();
        for input in &inputs {
            pending.missing_input(*input);
        }
        let displayed: Vec<String> = inputs.iter().map(ToString::to_string).collect();
        assert_eq!(pending.missing, displayed.join("; "));
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("fixd", "fixed"), 1);
        assert_eq!(edit_distance("achievment", "achievement"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("accès", "acces"), 1);
        let known = known_columns();
        assert_eq!(
            nearest("acces_aux_soins_fixd", &known),
            "acces_aux_soins_fixed"
        );
        assert_eq!(nearest("prevension_start", &known), "prevention_start");
    }

    #[test]
    fn every_known_column_passes_and_others_do_not() {
        let field = |n: &str| Field::new(n, DataType::Utf8, true);
        let schema =
            |names: &[&str]| Schema::new(names.iter().map(|n| field(n)).collect::<Vec<_>>());
        let known = known_columns();
        let all: Vec<&str> = known.iter().map(String::as_str).collect();
        assert_eq!(
            known.len(),
            COLUMNS.len() + MissionId::ALL.len() * MISSION_SUFFIXES.len()
        );
        for extra in [
            ExtraColumns::Error,
            ExtraColumns::Ignore,
            ExtraColumns::Keys(vec![]),
        ] {
            assert_eq!(check_columns(&schema(&all), &extra), Ok(()));
        }
        let region = schema(&["contract", "region"]);
        let err = check_columns(&region, &ExtraColumns::Error).unwrap_err();
        assert_eq!(
            (err.kind, err.field.as_deref()),
            ("unknown_column", Some("region"))
        );
        assert_eq!(check_columns(&region, &ExtraColumns::Ignore), Ok(()));
        let keys = ExtraColumns::Keys(vec!["region".into()]);
        assert_eq!(check_columns(&region, &keys), Ok(()));
        let typo = schema(&["contract", "parcours_fixd"]);
        assert!(check_columns(&typo, &ExtraColumns::Ignore).is_err());
        let twice = schema(&["year", "year"]);
        assert!(check_columns(&twice, &ExtraColumns::Ignore).is_err());
    }

    #[test]
    fn columns_of_core_fields() {
        assert_eq!(
            column_of("missions.parcours.fixed").as_deref(),
            Some("parcours_fixed")
        );
        assert_eq!(
            column_of("results.missions.prevention").as_deref(),
            Some("prevention_achievement")
        );
        assert_eq!(column_of("population").as_deref(), Some("population"));
        assert_eq!(column_of("missions.parcours.indicators"), None);
        assert_eq!(column_of("fonctionnement.montant_annuel"), None);
    }

    #[test]
    fn cents_of_scale_two() {
        assert_eq!(cents(Decimal::new(7_500_000, 2)), 7_500_000);
        assert_eq!(cents(Decimal::new(75_000, 0)), 7_500_000);
    }
}
