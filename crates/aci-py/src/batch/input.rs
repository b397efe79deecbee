//! The input: its column names checked against those the batch reads (`extra_columns=`), then
//! each column read as the type the rows need, cast once when its Arrow type is another. A
//! column of the wrong type fails the batch; a cell that cannot be read fails only its row.

use aci_core::mission::MissionId;
use aci_core::serde_util::parse_decimal;
use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Decimal128Type, Int64Type};
use arrow_array::{
    Array, ArrayAccessor, ArrayRef, BooleanArray, Date32Array, Decimal128Array, Int64Array,
    RecordBatch, StringArray,
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

/// A problem with column `column` as a whole (its type, its name).
pub(super) fn column_error(column: &str, message: String) -> Problem {
    Problem::field("invalid_column", column, message)
}

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
        match obj.extract::<String>().as_deref() {
            Ok("error") => return Ok(ExtraColumns::Error),
            Ok("ignore") => return Ok(ExtraColumns::Ignore),
            Ok(_) => {}
            Err(_) => {
                if let Ok(keys) = obj.extract::<Vec<String>>() {
                    return Ok(ExtraColumns::Keys(keys));
                }
            }
        }
        let repr = obj.repr().map(|r| r.to_string()).unwrap_or_default();
        Err(Problem::field(
            "unknown_option",
            "extra_columns",
            format!(
                "extra_columns = {repr} is not allowed: use 'error', 'ignore', or a list of key column names to carry into the output"
            ),
        )
        .into())
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

/// Whether `name` starts with a known mission's key and `_`.
fn has_mission_prefix(name: &str) -> bool {
    MissionId::ALL.iter().any(|m| {
        name.strip_prefix(m.key())
            .is_some_and(|rest| rest.starts_with('_'))
    })
}

/// The mission of `name` when it reads like a per-mission column of an unknown mission
/// (`prevension_start`).
fn unknown_mission(name: &str) -> Option<&str> {
    MISSION_SUFFIXES.iter().find_map(|s| {
        let prefix = name.strip_suffix(s)?.strip_suffix('_')?;
        (!has_mission_prefix(name)).then_some(prefix)
    })
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
    for (k, key) in keys.iter().enumerate() {
        let message = if keys[..k].contains(key) {
            format!("'{key}' is given twice")
        } else if known.contains(key) {
            format!(
                "'{key}' is a column the batch reads, not a key column (the outputs already have 'row' to join on)"
            )
        } else if super::output::is_output_column(key) {
            format!("key column '{key}' has the name of an output column; rename it")
        } else if !names.contains(&key.as_str()) {
            format!("key column '{key}' is not in the input")
        } else {
            continue;
        };
        return Err(column_error(key, format!("extra_columns: {message}")));
    }
    for (i, name) in names.iter().enumerate() {
        if names[..i].contains(name) {
            let message = format!("column '{name}' appears twice in the input");
            return Err(column_error(name, message));
        }
        let mission_like = has_mission_prefix(name) || unknown_mission(name).is_some();
        if known.iter().any(|k| k == name)
            || keys.iter().any(|k| k == name)
            || (*extra == ExtraColumns::Ignore && !mission_like)
        {
            continue;
        }
        let suggestion = aci_core::suggest::closest(name, known.iter().map(String::as_str));
        let what = match unknown_mission(name) {
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
        return Err(Problem::field(
            "unknown_column",
            name,
            format!(
                "{what}; did you mean '{}'? ({how})",
                suggestion.unwrap_or("")
            ),
        ));
    }
    Ok(())
}

// ---- typed columns -------------------------------------------------------------------------

/// Value `i` of a column, none when null.
pub(super) fn cell<A: ArrayAccessor>(column: A, i: usize) -> Option<A::Item> {
    column.is_valid(i).then(|| column.value(i))
}

/// Day 0 of Arrow's `date32`.
pub(super) const EPOCH: Date = date(1970, 1, 1);

/// Day numbers (from 1970-01-01) of jiff's first and last dates, -9999-01-01 and 9999-12-31.
const FIRST_DAY: i32 = -4_371_587;
const LAST_DAY: i32 = 2_932_896;

/// The date of `date32` day number `day` (none beyond jiff's dates, unreadable cells).
pub(super) fn day_date(day: i32) -> Option<Date> {
    EPOCH.checked_add(Span::new().try_days(day).ok()?).ok()
}

fn is_stringy(t: &DataType) -> bool {
    matches!(t, DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View)
        || matches!(t, DataType::Dictionary(_, v) if is_stringy(v))
}

fn is_inty(t: &DataType) -> bool {
    t.is_integer() || matches!(t, DataType::Dictionary(_, v) if v.is_integer())
}

/// What a column holds, besides decimals: the Arrow types it accepts (and null), the one its
/// values are cast to, what the column must hold and what each value must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Whole,
    Boolean,
    Date,
}

impl Kind {
    fn accepts(self, t: &DataType) -> bool {
        use DataType::{Date32, Date64, Timestamp};
        t.is_null()
            || match self {
                Kind::Text => is_stringy(t) || is_inty(t),
                Kind::Whole => is_inty(t),
                Kind::Boolean => *t == DataType::Boolean,
                Kind::Date => is_stringy(t) || matches!(t, Date32 | Date64 | Timestamp(..)),
            }
    }

    fn read_as(self) -> (DataType, &'static str, &'static str) {
        match self {
            Kind::Text => (DataType::Utf8, "text", "text"),
            Kind::Whole => (DataType::Int64, "whole numbers", "a 64-bit whole number"),
            Kind::Boolean => (DataType::Boolean, "booleans", "a boolean"),
            Kind::Date => (DataType::Date32, "dates", "a date (write YYYY-MM-DD)"),
        }
    }
}

/// An exact decimal column: `decimal128` as it is, or values parsed from integers or text.
pub(super) enum DecCol {
    Arrow(Decimal128Array, u32),
    Parsed(Vec<Option<Decimal>>),
}

impl DecCol {
    pub(super) fn get(&self, i: usize) -> Option<Decimal> {
        match self {
            DecCol::Arrow(a, scale) => Decimal::try_from_i128_with_scale(cell(a, i)?, *scale).ok(),
            DecCol::Parsed(v) => v[i],
        }
    }
}

/// Whether `text` spells a number that is not finite (`NaN`, `inf`, `-Infinity`, …).
fn not_finite(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['+', '-']);
    ["nan", "snan", "inf", "infinity"]
        .iter()
        .any(|n| t.eq_ignore_ascii_case(n))
}

/// Cell `i` of `arr` as text, for messages.
fn cell_text(arr: &ArrayRef, i: usize) -> String {
    arrow_cast::display::ArrayFormatter::try_new(arr.as_ref(), &Default::default())
        .map(|f| f.value(i).to_string())
        .unwrap_or_else(|_| "the value".to_string())
}

/// A cell that could not be read (a text that is not a date, `NaN` where an amount is due…):
/// it is read as null and fails its own row only.
pub(super) struct BadCell {
    pub(super) row: usize,
    /// The mission whose column holds the cell: it counts only in the rows that engage the
    /// mission (none for a start, which always counts).
    mission: Option<MissionId>,
    pub(super) problem: Problem,
}

/// Reads the columns of the input, keeping the cells that cannot be read.
pub(super) struct Reader<'a> {
    input: &'a RecordBatch,
    /// The mission whose columns are being read (none outside them and for a start).
    mission: Option<MissionId>,
    pub(super) bad: Vec<BadCell>,
}

impl<'a> Reader<'a> {
    /// A reader of `input`'s columns.
    pub(super) fn new(input: &'a RecordBatch) -> Self {
        Reader {
            input,
            mission: None,
            bad: Vec::new(),
        }
    }

    /// Cell `row` of `column` cannot be read: `kind` and `message` say why.
    fn bad_cell(&mut self, column: &str, row: usize, kind: &'static str, message: String) {
        let message = format!("column '{column}': {message}");
        let (mission, problem) = (self.mission, Problem::field(kind, column, message));
        self.bad.push(BadCell {
            row,
            mission,
            problem,
        });
    }

    /// `arr` cast to `to`, value by value: a value that does not convert (a text that is not a
    /// date, a number too large) is a bad cell, read as null; only a type that does not convert
    /// at all fails the column. `each` says what a value must be.
    fn cast(
        &mut self,
        column: &str,
        arr: &ArrayRef,
        to: &DataType,
        each: &str,
    ) -> Result<ArrayRef, Problem> {
        let options = CastOptions {
            safe: true,
            format_options: Default::default(),
        };
        let out = cast_with_options(arr, to, &options).map_err(|e| {
            let message = format!(
                "column '{column}' ({}) cannot be read as {to}: {e}",
                arr.data_type()
            );
            column_error(column, message)
        })?;
        let given = arr.logical_nulls();
        let unread = out.null_count() != arr.logical_null_count();
        for i in (0..arr.len()).filter(|&i| unread && out.is_null(i)) {
            if given.as_ref().is_none_or(|n| n.is_valid(i)) {
                let message = format!("'{}' is not {each}", cell_text(arr, i));
                self.bad_cell(column, i, "invalid_value", message);
            }
        }
        Ok(out)
    }

    /// Column `column` (the input's, or none) and its values read as `kind`.
    fn column(
        &mut self,
        column: &str,
        kind: Kind,
    ) -> Result<Option<(ArrayRef, ArrayRef)>, Problem> {
        let Some(arr) = self.input.column_by_name(column) else {
            return Ok(None);
        };
        let (t, (to, holds, each)) = (arr.data_type(), kind.read_as());
        let message = if kind == Kind::Whole && t.is_floating() {
            format!(
                "column '{column}' must hold whole numbers, got {t}; convert it to an integer type (with pandas, a column with missing values becomes float: use the nullable 'Int64' dtype)"
            )
        } else if !kind.accepts(t) {
            format!("column '{column}' must hold {holds}, got {t}")
        } else {
            return Ok(Some((arr.clone(), self.cast(column, arr, &to, each)?)));
        };
        Err(column_error(column, message))
    }

    pub(super) fn text(&mut self, column: &str) -> Result<Option<StringArray>, Problem> {
        let a = self.column(column, Kind::Text)?;
        Ok(a.map(|(_, a)| a.as_string::<i32>().clone()))
    }

    pub(super) fn whole(&mut self, column: &str) -> Result<Option<Int64Array>, Problem> {
        let a = self.column(column, Kind::Whole)?;
        Ok(a.map(|(_, a)| a.as_primitive::<Int64Type>().clone()))
    }

    pub(super) fn boolean(&mut self, column: &str) -> Result<Option<BooleanArray>, Problem> {
        let a = self.column(column, Kind::Boolean)?;
        Ok(a.map(|(_, a)| a.as_boolean().clone()))
    }

    /// Day numbers; a day beyond jiff's dates is a bad cell (`day_date` reads it as null).
    pub(super) fn dates(&mut self, column: &str) -> Result<Option<Date32Array>, Problem> {
        let Some((given, days)) = self.column(column, Kind::Date)? else {
            return Ok(None);
        };
        let days = days.as_primitive::<Date32Type>();
        let beyond = |d: Option<i32>| d.is_some_and(|d| !(FIRST_DAY..=LAST_DAY).contains(&d));
        for i in (0..days.len()).filter(|&i| beyond(cell(days, i))) {
            let given = match given.data_type() {
                DataType::Date32 => format!("day {} from 1970-01-01", days.value(i)),
                _ => format!("'{}'", cell_text(&given, i)),
            };
            let message = format!("{given} is not a valid date (years 1 to 9999)");
            self.bad_cell(column, i, "invalid_value", message);
        }
        Ok(Some(days.clone()))
    }

    /// Exact decimals: `decimal128` read as it is (any scale up to 28), `decimal256` cast,
    /// integers and text parsed. Floats are refused: they lose cents.
    pub(super) fn decimals(&mut self, column: &str) -> Result<Option<DecCol>, Problem> {
        let Some(arr) = self.input.column_by_name(column) else {
            return Ok(None);
        };
        match arr.data_type() {
            t if t.is_floating() => {
                let mut p = Problem::float(column);
                p.message = format!(
                    "column '{column}' has a float type ({t}); floats lose cents, so money and shares must be exact: use decimal128 (pyarrow), pl.Decimal (polars), decimal.Decimal objects (pandas), or strings"
                );
                Err(p)
            }
            DataType::Decimal128(p, s) | DataType::Decimal256(p, s) => {
                let (precision, scale) = (*p, *s);
                if !(0..=28).contains(&scale) {
                    let message = format!(
                        "column '{column}': decimal scale {scale} is out of range: allowed 0 to 28"
                    );
                    return Err(column_error(column, message));
                }
                // A `decimal128` is read as it is: its values are i128 whatever its precision
                // (casting only the precision would copy the column).
                let a = match arr.data_type() {
                    DataType::Decimal128(..) => arr.clone(),
                    _ => {
                        let to = DataType::Decimal128(38, scale);
                        self.cast(column, arr, &to, "a decimal of at most 38 digits")?
                    }
                };
                let col = DecCol::Arrow(
                    a.as_primitive::<Decimal128Type>().clone(),
                    scale.unsigned_abs().into(),
                );
                // Up to 28 digits, every value fits a `Decimal`; beyond, a value that does not
                // is a bad cell (`get` reads it as null). Arrow does not check precisions.
                for i in (0..a.len())
                    .filter(|&i| precision > 28 && a.is_valid(i) && col.get(i).is_none())
                {
                    let message = format!(
                        "{} does not fit in a decimal (at most 28 digits)",
                        cell_text(arr, i)
                    );
                    self.bad_cell(column, i, "out_of_range", message);
                }
                Ok(Some(col))
            }
            t if is_inty(t) => {
                let values = |a: Int64Array| a.iter().map(|v| v.map(Decimal::from)).collect();
                Ok(self.whole(column)?.map(|a| DecCol::Parsed(values(a))))
            }
            t if is_stringy(t) || t.is_null() => {
                let Some(texts) = self.text(column)? else {
                    return Ok(None);
                };
                let values = texts.iter().enumerate().map(|(i, text)| {
                    let text = text?;
                    let (kind, message) = match parse_decimal(text) {
                        Ok(d) => return Some(d),
                        Err(_) if not_finite(text) => ("not_finite", format!(
                            "'{}' is not a finite number; leave the cell empty (null) when the value is not known",
                            text.trim()
                        )),
                        Err(m) => ("not_a_decimal", m),
                    };
                    self.bad_cell(column, i, kind, message);
                    None
                });
                Ok(Some(DecCol::Parsed(values.collect())))
            }
            t => Err(column_error(
                column,
                format!(
                    "column '{column}' must hold decimals (decimal128, Decimal objects or strings), got {t}"
                ),
            )),
        }
    }
}

/// A column the batch requires.
pub(super) fn required<T>(name: &str, column: Option<T>) -> Result<T, Problem> {
    column.ok_or_else(|| {
        column_error(
            name,
            format!(
                "missing column '{name}'; required: contract, signed, population, year (see help(aci.Engine.batch))"
            ),
        )
    })
}

/// The columns of one mission (of an input with its start column).
pub(super) struct MissionColumns {
    pub(super) start: Date32Array,
    pub(super) end: Option<Date32Array>,
    pub(super) fixed: Option<DecCol>,
    pub(super) fixed_first_year: Option<DecCol>,
    pub(super) variable: Option<DecCol>,
    pub(super) achievement: Option<DecCol>,
}

/// The input read into typed columns.
pub(super) struct Columns {
    pub(super) rows: usize,
    pub(super) contract: StringArray,
    /// Day numbers, as every date column.
    pub(super) signed: Date32Array,
    pub(super) population: Int64Array,
    pub(super) year: Int64Array,
    pub(super) years: Option<Int64Array>,
    pub(super) operating_amount: Option<DecCol>,
    pub(super) crisis: Option<BooleanArray>,
    /// The missions that have a start column, in the order of `MissionId::ALL`.
    pub(super) missions: Vec<(MissionId, MissionColumns)>,
    /// The cells that could not be read, by row, each row's in the order read.
    bad: Vec<BadCell>,
}

impl Columns {
    pub(super) fn read(input: &RecordBatch) -> Result<Columns, Problem> {
        let mut r = Reader {
            input,
            mission: None,
            bad: Vec::new(),
        };
        let mut missions = Vec::new();
        for m in MissionId::ALL {
            let name = |s: &str| format!("{}_{s}", m.key());
            let start = r.dates(&name("start"))?;
            r.mission = Some(m);
            let end = r.dates(&name("end"))?;
            let fixed = r.decimals(&name("fixed"))?;
            let fixed_first_year = r.decimals(&name("fixed_first_year"))?;
            let variable = r.decimals(&name("variable"))?;
            let achievement = r.decimals(&name("achievement"))?;
            r.mission = None;
            if let Some(start) = start {
                missions.push((
                    m,
                    MissionColumns {
                        start,
                        end,
                        fixed,
                        fixed_first_year,
                        variable,
                        achievement,
                    },
                ));
            } else if MISSION_SUFFIXES
                .iter()
                .any(|s| input.column_by_name(&name(s)).is_some())
            {
                let start = name("start");
                let message = format!(
                    "columns for mission {m} are given but '{start}' is missing; a mission is engaged from its start date"
                );
                return Err(column_error(&start, message));
            }
        }
        let contract = required("contract", r.text("contract")?)?;
        let signed = required("signed", r.dates("signed")?)?;
        let population = required("population", r.whole("population")?)?;
        let year = required("year", r.whole("year")?)?;
        let years = r.whole("years")?;
        let operating_amount = r.decimals("operating_amount")?;
        let crisis = r.boolean("crisis_recognised")?;
        let mut bad = r.bad;
        // A stable sort: a row's cells stay in the order read (the first is the one reported).
        bad.sort_by_key(|c| c.row);
        Ok(Columns {
            rows: input.num_rows(),
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
            let mut missions = self.missions.iter();
            missions.any(|(id, mc)| *id == m && mc.start.is_valid(i))
        };
        let first = self.bad.partition_point(|c| c.row < i);
        let cells = self.bad[first..].iter().take_while(|c| c.row == i);
        cells
            .filter(|c| c.mission.is_none_or(engaged))
            .map(|c| &c.problem)
            .next()
    }
}
