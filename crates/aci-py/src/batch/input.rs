//! The input: its column names checked against those the batch reads (`extra_columns=`), then
//! each column read as the type the rows need, cast once when its Arrow type is another. A
//! column of the wrong type fails the batch; a cell that cannot be read fails only its row.

use aci_core::mission::MissionId;
use aci_core::serde_util::parse_decimal;
use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Decimal128Type, Int64Type};
use arrow_array::{
    Array, ArrayRef, BooleanArray, Date32Array, Decimal128Array, Int64Array, RecordBatch,
    StringArray,
};
use arrow_cast::{CastOptions, cast_with_options};
use arrow_schema::{DataType, Schema};
use jiff::Span;
use jiff::civil::{Date, date};
use pyo3::prelude::*;
use rust_decimal::Decimal;

use crate::errors::Problem;

/// Suffixes of the per-mission columns.
pub(super) const MISSION_SUFFIXES: [&str; 6] = [
    "start",
    "end",
    "fixed",
    "fixed_first_year",
    "variable",
    "achievement",
];

/// Top-level columns (besides the per-mission ones).
pub(super) const COLUMNS: [&str; 7] = [
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

/// The known column nearest to `name` (the first of the nearest, in the documented order).
fn nearest<'a>(name: &str, known: &'a [String]) -> &'a str {
    aci_core::suggest::closest(name, known.iter().map(String::as_str)).unwrap_or("")
}

/// Whether `name` starts with a known mission's key and `_`.
fn has_mission_prefix(name: &str) -> bool {
    MissionId::ALL.iter().any(|m| {
        name.strip_prefix(m.key())
            .is_some_and(|rest| rest.starts_with('_'))
    })
}

/// Whether `name` reads like a per-mission column: a known mission's prefix, or a known
/// suffix (`prevension_start`, `parcours_fixd`).
fn mission_like(name: &str) -> bool {
    has_mission_prefix(name)
        || MISSION_SUFFIXES
            .iter()
            .any(|s| name.strip_suffix(s).is_some_and(|p| p.ends_with('_')))
}

/// Checks the input's column names before any row is read: every column is one the batch
/// reads, or a key column, or ignored as asked (see [`ExtraColumns`]).
pub(super) fn check_columns(schema: &Schema, extra: &ExtraColumns) -> Result<(), Problem> {
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
            (!MissionId::ALL.iter().any(|m| m.key() == prefix) && !has_mission_prefix(name))
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

// ---- typed columns -------------------------------------------------------------------------

/// A column of the wrong type.
pub(super) fn col_err(column: &str, message: String) -> Problem {
    Problem::input("invalid_column", Some(column.to_string()), message)
}

/// A problem with one cell of `column` (the row is added when the row fails).
fn cell_err(column: &str, kind: &'static str, message: impl std::fmt::Display) -> Problem {
    Problem::input(
        kind,
        Some(column.to_string()),
        format!("column '{column}': {message}"),
    )
}

/// Cells that cannot be read, each with the row (in its record batch) it fails: a text that is
/// not a date, `NaN` where an amount is due… Each is read as null and fails its own row only.
type BadCells = Vec<(usize, Problem)>;

/// Cell `i` of `arr` as text, for messages.
fn cell_text(arr: &dyn Array, i: usize) -> String {
    arrow_cast::display::ArrayFormatter::try_new(arr, &Default::default())
        .map(|f| f.value(i).to_string())
        .unwrap_or_else(|_| "the value".to_string())
}

/// `arr` cast to `to`, value by value: a value that does not convert (a text that is not a
/// date, a number too large) is a bad cell of its row, read as null; only a type that does not
/// convert at all fails the column. `what` says what a value must be.
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
        for i in (0..arr.len()).filter(|&i| given.as_ref().is_none_or(|n| n.is_valid(i))) {
            if out.is_null(i) {
                let text = cell_text(arr.as_ref(), i);
                bad.push((
                    i,
                    cell_err(column, "invalid_value", format!("'{text}' is not {what}")),
                ));
            }
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

/// A text column (any Arrow text type, or whole numbers, as `utf8`).
pub(super) struct StrCol(StringArray);

impl StrCol {
    fn read(column: &str, arr: &ArrayRef, bad: &mut BadCells) -> Result<Self, Problem> {
        let t = arr.data_type();
        if !(is_stringy(t) || is_inty(t) || t.is_null()) {
            return Err(col_err(
                column,
                format!("column '{column}' must hold text, got {t}"),
            ));
        }
        let a = cast_cells(column, arr, &DataType::Utf8, "text", bad)?;
        Ok(StrCol(a.as_string::<i32>().clone()))
    }

    pub(super) fn get(&self, i: usize) -> Option<&str> {
        self.0.is_valid(i).then(|| self.0.value(i))
    }
}

/// A whole-number column (`int64`, other integer types cast; floats refused).
pub(super) struct IntCol(Int64Array);

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
        let a = cast_cells(column, arr, &DataType::Int64, "a 64-bit whole number", bad)?;
        Ok(IntCol(a.as_primitive::<Int64Type>().clone()))
    }

    pub(super) fn get(&self, i: usize) -> Option<i64> {
        self.0.is_valid(i).then(|| self.0.value(i))
    }
}

/// A boolean column.
pub(super) struct BoolCol(BooleanArray);

impl BoolCol {
    fn read(column: &str, arr: &ArrayRef, bad: &mut BadCells) -> Result<Self, Problem> {
        let t = arr.data_type();
        if !(matches!(t, DataType::Boolean) || t.is_null()) {
            return Err(col_err(
                column,
                format!("column '{column}' must hold booleans, got {t}"),
            ));
        }
        let a = cast_cells(column, arr, &DataType::Boolean, "a boolean", bad)?;
        Ok(BoolCol(a.as_boolean().clone()))
    }

    pub(super) fn get(&self, i: usize) -> Option<bool> {
        self.0.is_valid(i).then(|| self.0.value(i))
    }
}

/// Day 0 of Arrow's `date32`.
pub(super) const EPOCH: Date = date(1970, 1, 1);

/// Day numbers (from 1970-01-01) of jiff's first and last dates, -9999-01-01 and 9999-12-31.
const FIRST_DAY: i32 = -4_371_587;
const LAST_DAY: i32 = 2_932_896;

/// A date column (`date32`; timestamps, `date64` and `YYYY-MM-DD` text cast).
pub(super) struct DateCol(Date32Array);

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
        let what = "a date (write YYYY-MM-DD)";
        let days = cast_cells(column, arr, &DataType::Date32, what, bad)?;
        let days = days.as_primitive::<Date32Type>().clone();
        for (i, day) in days.iter().enumerate() {
            if day.is_some_and(|d| !(FIRST_DAY..=LAST_DAY).contains(&d)) {
                let given = match t {
                    DataType::Date32 => format!("day {} from 1970-01-01", days.value(i)),
                    _ => format!("'{}'", cell_text(arr.as_ref(), i)),
                };
                let message = format!("{given} is not a valid date (years 1 to 9999)");
                bad.push((i, cell_err(column, "invalid_value", message)));
            }
        }
        Ok(DateCol(days))
    }

    /// The day number of slot `i`, none when null or beyond jiff's dates.
    pub(super) fn day(&self, i: usize) -> Option<i32> {
        let d = self.0.is_valid(i).then(|| self.0.value(i))?;
        (FIRST_DAY..=LAST_DAY).contains(&d).then_some(d)
    }

    pub(super) fn get(&self, i: usize) -> Option<Date> {
        let span = Span::new().try_days(self.day(i)?).ok()?;
        EPOCH.checked_add(span).ok()
    }
}

/// An exact decimal column: `decimal128` read as it is (any scale up to 28), `decimal256`
/// cast, integers and text parsed. Floats are refused: they lose cents.
pub(super) enum DecCol {
    Arrow(Decimal128Array, u32),
    Parsed(Vec<Option<Decimal>>),
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
                let what = "a decimal of at most 38 digits";
                let a = cast_cells(column, arr, &DataType::Decimal128(38, s), what, bad)?;
                let a = a.as_primitive::<Decimal128Type>().clone();
                let col = DecCol::Arrow(a.clone(), s.unsigned_abs().into());
                // Up to 28 digits, every value fits a `Decimal`; beyond, a value that does not
                // is a bad cell (`get` reads it as null). Arrow does not check precisions.
                for i in (0..a.len()).filter(|_| p > 28) {
                    if a.is_valid(i) && col.get(i).is_none() {
                        let text = cell_text(arr.as_ref(), i);
                        let message =
                            format!("{text} does not fit in a decimal (at most 28 digits)");
                        bad.push((i, cell_err(column, "out_of_range", message)));
                    }
                }
                Ok(col)
            }
            t if is_inty(t) => {
                let a = IntCol::read(column, arr, bad)?;
                let values = (0..arr.len()).map(|i| a.get(i).map(Decimal::from));
                Ok(DecCol::Parsed(values.collect()))
            }
            t if is_stringy(t) => {
                let a = StrCol::read(column, arr, bad)?;
                let mut parse = |i: usize, text: &str| {
                    let problem = match parse_decimal(text) {
                        Ok(d) => return Some(d),
                        Err(_) if not_finite(text) => cell_err(
                            column,
                            "not_finite",
                            format!(
                                "'{}' is not a finite number; leave the cell empty (null) when the value is not known",
                                text.trim()
                            ),
                        ),
                        Err(m) => cell_err(column, "not_a_decimal", m),
                    };
                    bad.push((i, problem));
                    None
                };
                let values = (0..arr.len()).map(|i| a.get(i).and_then(|text| parse(i, text)));
                Ok(DecCol::Parsed(values.collect()))
            }
            t => Err(col_err(
                column,
                format!(
                    "column '{column}' must hold decimals (decimal128, Decimal objects or strings), got {t}"
                ),
            )),
        }
    }

    pub(super) fn get(&self, i: usize) -> Option<Decimal> {
        match self {
            DecCol::Arrow(a, scale) => a
                .is_valid(i)
                .then(|| Decimal::try_from_i128_with_scale(a.value(i), *scale).ok())
                .flatten(),
            DecCol::Parsed(v) => v[i],
        }
    }

    /// Whether slots `a` and `b` hold the same value (and scale: `1.0` is not `1.00`).
    pub(super) fn same(&self, a: usize, b: usize) -> bool {
        let raw = |i: usize| match self {
            DecCol::Arrow(v, _) => v.is_valid(i).then(|| (v.value(i), 0)),
            DecCol::Parsed(v) => v[i].map(|d| (d.mantissa(), d.scale())),
        };
        raw(a) == raw(b)
    }
}

/// The columns of one mission.
#[derive(Default)]
pub(super) struct MissionColumns {
    pub(super) start: Option<DateCol>,
    pub(super) end: Option<DateCol>,
    pub(super) fixed: Option<DecCol>,
    pub(super) fixed_first_year: Option<DecCol>,
    pub(super) variable: Option<DecCol>,
    pub(super) achievement: Option<DecCol>,
}

impl MissionColumns {
    /// Whether row `i` engages the mission (its start is not null).
    pub(super) fn engaged(&self, i: usize) -> bool {
        self.start.as_ref().is_some_and(|c| c.day(i).is_some())
    }
}

/// A record batch read into typed columns.
pub(super) struct Columns {
    pub(super) rows: usize,
    pub(super) contract: StrCol,
    pub(super) signed: DateCol,
    pub(super) population: IntCol,
    pub(super) year: IntCol,
    pub(super) years: Option<IntCol>,
    pub(super) operating_amount: Option<DecCol>,
    pub(super) crisis: Option<BoolCol>,
    /// The missions that have a start column, in the order of `MissionId::ALL`.
    pub(super) missions: Vec<(MissionId, MissionColumns)>,
    /// The cells that could not be read, by row, each row's in the order read.
    bad: Vec<BadCell>,
}

/// A cell that could not be read.
struct BadCell {
    row: usize,
    /// The mission whose column holds the cell: it counts only in the rows that engage the
    /// mission (none for a start, which always counts).
    mission: Option<MissionId>,
    problem: Problem,
}

impl Columns {
    pub(super) fn read(batch: &RecordBatch) -> Result<Columns, Problem> {
        let schema = batch.schema();
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
            let dates = |s: &str, cells: &mut BadCells| {
                find(&name(s))
                    .map(|a| DateCol::read(&name(s), a, cells))
                    .transpose()
            };
            let decimals = |s: &str, cells: &mut BadCells| {
                find(&name(s))
                    .map(|a| DecCol::read(&name(s), a, cells))
                    .transpose()
            };
            let start = dates("start", &mut cells)?;
            keep(&mut cells, None);
            let mc = MissionColumns {
                start,
                end: dates("end", &mut cells)?,
                fixed: decimals("fixed", &mut cells)?,
                fixed_first_year: decimals("fixed_first_year", &mut cells)?,
                variable: decimals("variable", &mut cells)?,
                achievement: decimals("achievement", &mut cells)?,
            };
            keep(&mut cells, Some(m));
            let any_other = mc.end.is_some()
                || mc.fixed.is_some()
                || mc.fixed_first_year.is_some()
                || mc.variable.is_some()
                || mc.achievement.is_some();
            match mc.start {
                Some(_) => missions.push((m, mc)),
                None if any_other => {
                    return Err(col_err(
                        &name("start"),
                        format!(
                            "columns for mission {m} are given but '{}' is missing; a mission is engaged from its start date",
                            name("start")
                        ),
                    ));
                }
                None => {}
            }
        }
        let contract = StrCol::read("contract", required("contract")?, &mut cells)?;
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
            .map(|a| BoolCol::read("crisis_recognised", a, &mut cells))
            .transpose()?;
        keep(&mut cells, None);
        // A stable sort: a row's cells stay in the order read (the first is the one reported).
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

    /// The problem of row `i`'s first bad cell that counts (see [`BadCell`]).
    pub(super) fn bad_cell(&self, i: usize) -> Option<&Problem> {
        let engaged = |m: MissionId| {
            self.missions
                .iter()
                .any(|(id, mc)| *id == m && mc.engaged(i))
        };
        let first = self.bad.partition_point(|c| c.row < i);
        self.bad[first..]
            .iter()
            .take_while(|c| c.row == i)
            .find(|c| c.mission.is_none_or(engaged))
            .map(|c| &c.problem)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_schema::Field;

    #[test]
    fn nearest_known_columns() {
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
            (err.kind.as_ref(), err.field.as_deref()),
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

    /// The bounds of a date column's day numbers are jiff's first and last dates.
    #[test]
    fn day_numbers_of_jiffs_dates() {
        let day = |d: Date| EPOCH.until(d).unwrap().get_days();
        assert_eq!((day(Date::MIN), day(Date::MAX)), (FIRST_DAY, LAST_DAY));
        let days = Date32Array::from(vec![
            0,
            19_417,
            FIRST_DAY,
            LAST_DAY,
            FIRST_DAY - 1,
            LAST_DAY + 1,
        ]);
        let col = DateCol(days);
        let got: Vec<Option<Date>> = (0..6).map(|i| col.get(i)).collect();
        let want = [
            Some(EPOCH),
            Some(date(2023, 3, 1)),
            Some(Date::MIN),
            Some(Date::MAX),
            None,
            None,
        ];
        assert_eq!(got, want);
    }
}
