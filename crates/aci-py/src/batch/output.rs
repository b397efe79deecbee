//! The outputs, written chunk by chunk with Arrow's builders: `lines` (one row per input row and
//! line) and `totals` (one row per input row). Amounts are `decimal128(20, 2)`. The text columns
//! of `lines` are dictionaries: `item` and `not_applicable` of every possible value in breakdown
//! order, `contract` of the names of its chunk in order of appearance.

use std::sync::Arc;

use aci_core::funding::{Item, NotApplicable, YearFunding};
use aci_core::mission::MissionId;
use arrow_array::builder::{
    Date32Builder, Decimal128Builder, Int8Builder, Int32Builder, Int64Builder, StringBuilder,
    StringDictionaryBuilder,
};
use arrow_array::types::{Int8Type, Int32Type};
use arrow_array::{ArrayRef, DictionaryArray, RecordBatch, StringArray};
use arrow_schema::{ArrowError, DataType, Field, Schema, SchemaRef};
use jiff::civil::Date;
use rust_decimal::Decimal;

use super::input::EPOCH;
use super::row::Label;
use crate::errors::Problem;

/// What the output tables hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shape {
    /// Lines and the full totals, or only each row's total (`lines=False`).
    pub(super) lines: bool,
    /// An `error` column in the totals (`on_error="collect"`).
    pub(super) with_error: bool,
}

/// The output of one chunk of rows: its lines (unless totals only), its totals, and its first
/// problem.
pub(super) type Chunk = (Option<RecordBatch>, RecordBatch, Option<Problem>);

const MONEY: DataType = DataType::Decimal128(20, 2);

fn dictionary(key: DataType) -> DataType {
    DataType::Dictionary(Box::new(key), Box::new(DataType::Utf8))
}

pub(super) fn lines_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("row", DataType::Int64, false),
        Field::new("contract", dictionary(DataType::Int32), true),
        Field::new("year", DataType::Int32, true),
        Field::new("item", dictionary(DataType::Int8), false),
        Field::new("amount", MONEY, true),
        Field::new("not_applicable", dictionary(DataType::Int8), true),
    ]))
}

/// The columns of `totals` in order, each with its type and whether `shape` has it.
fn totals_columns(shape: Shape) -> [(&'static str, DataType, bool); 12] {
    let (all, full) = (true, shape.lines);
    [
        ("row", DataType::Int64, all),
        ("contract", DataType::Utf8, all),
        ("year", DataType::Int32, all),
        ("year_start", DataType::Date32, full),
        ("year_end", DataType::Date32, full),
        ("version", DataType::Utf8, full),
        ("population", DataType::Int64, full),
        ("taille", DataType::Int8, full),
        ("total", MONEY, all),
        ("missing_inputs", DataType::Utf8, full),
        ("warnings", DataType::Utf8, full),
        ("error", DataType::Utf8, shape.with_error),
    ]
}

pub(super) fn totals_schema(shape: Shape) -> SchemaRef {
    let columns = totals_columns(shape).into_iter().filter(|c| c.2);
    let fields = columns.map(|(name, t, _)| Field::new(name, t, name != "row"));
    Arc::new(Schema::new(fields.collect::<Vec<_>>()))
}

/// Whether `name` is a column of the outputs (a key column may not take one's name).
pub(super) fn is_output_column(name: &str) -> bool {
    let full = Shape {
        lines: true,
        with_error: true,
    };
    let schemas = [lines_schema(), totals_schema(full)];
    schemas.iter().any(|s| s.column_with_name(name).is_some())
}

/// The dictionaries of `lines.item` and `lines.not_applicable`: every value, built once per
/// call and shared by the chunks.
pub(super) struct Dictionaries {
    items: Vec<Item>,
    item_values: ArrayRef,
    reasons: [NotApplicable; 3],
    reason_values: ArrayRef,
}

impl Dictionaries {
    pub(super) fn new() -> Self {
        let mut items = vec![Item::Operating, Item::OperatingUpliftDifference];
        for m in MissionId::ALL {
            items.extend([Item::Fixed(m), Item::Variable(m)]);
        }
        let reasons = [
            NotApplicable::MissionNotEngaged,
            NotApplicable::MissionNotActiveThisYear,
            NotApplicable::MissionNotInVersion,
        ];
        // A reason's name is its serde name, as `Line.not_applicable` gives it.
        let reason_name = |r: &NotApplicable| match serde_json::to_value(r) {
            Ok(serde_json::Value::String(name)) => name,
            _ => format!("{r:?}"),
        };
        let values = |names: Vec<String>| Arc::new(StringArray::from(names)) as ArrayRef;
        Dictionaries {
            item_values: values(items.iter().map(Item::key).collect()),
            items,
            reason_values: values(reasons.iter().map(reason_name).collect()),
            reasons,
        }
    }
}

/// The key of `value` in a dictionary of `values`: its position (every value has one).
fn key<T: PartialEq>(values: &[T], value: &T) -> i8 {
    let position = values.iter().position(|v| v == value);
    position
        .and_then(|k| i8::try_from(k).ok())
        .unwrap_or(i8::MAX)
}

/// An amount in cents (amounts are rounded to the cent).
fn cents(d: Decimal) -> i128 {
    let mut x = d;
    x.rescale(2);
    x.mantissa()
}

/// The `date32` of `d`: its day number from 1970-01-01.
fn day_number(d: Date) -> i32 {
    // Every jiff date is within ±7 304 484 days of another: the span always exists.
    EPOCH.until(d).map_or(0, |span| span.get_days())
}

/// Texts joined by `; `, none when there are none.
fn joined<T: ToString>(texts: &[T]) -> Option<String> {
    let texts: Vec<String> = texts.iter().map(ToString::to_string).collect();
    (!texts.is_empty()).then(|| texts.join("; "))
}

/// The lines and totals of one chunk of rows.
pub(super) struct Tables<'d> {
    pub(super) shape: Shape,
    dictionaries: &'d Dictionaries,
    lines: Lines,
    totals: Totals,
    first_error: Option<Problem>,
}

#[derive(Default)]
struct Lines {
    row: Int64Builder,
    contract: StringDictionaryBuilder<Int32Type>,
    year: Int32Builder,
    item: Int8Builder,
    amount: Decimal128Builder,
    not_applicable: Int8Builder,
}

/// The columns of `totals` (those of the full shape; `finish` keeps those of the shape).
#[derive(Default)]
struct Totals {
    row: Int64Builder,
    contract: StringBuilder,
    year: Int32Builder,
    year_start: Date32Builder,
    year_end: Date32Builder,
    version: StringBuilder,
    population: Int64Builder,
    taille: Int8Builder,
    total: Decimal128Builder,
    missing_inputs: StringBuilder,
    warnings: StringBuilder,
    error: StringBuilder,
}

impl<'d> Tables<'d> {
    pub(super) fn new(shape: Shape, dictionaries: &'d Dictionaries) -> Self {
        Tables {
            shape,
            dictionaries,
            lines: Lines::default(),
            totals: Totals::default(),
            first_error: None,
        }
    }

    /// A row of `totals`: with `funding`, the figures of a year computed with its lines; with
    /// `total`, a computed year; with `error`, the message of a failed row.
    fn push_totals(
        &mut self,
        row: usize,
        (contract, year): (Option<&str>, Option<i64>),
        funding: Option<&YearFunding>,
        total: Option<Decimal>,
        error: Option<&str>,
    ) {
        let (t, y) = (&mut self.totals, funding);
        t.row.append_value(i64::try_from(row).unwrap_or(i64::MAX));
        t.contract.append_option(contract);
        t.year
            .append_option(year.and_then(|y| i32::try_from(y).ok()));
        t.year_start
            .append_option(y.map(|y| day_number(y.year.start)));
        t.year_end.append_option(y.map(|y| day_number(y.year.end)));
        t.version.append_option(y.map(|y| &y.version));
        let population = y.map(|y| i64::try_from(y.population).unwrap_or(i64::MAX));
        t.population.append_option(population);
        let taille = y.map(|y| i8::try_from(y.taille.number()).unwrap_or_default());
        t.taille.append_option(taille);
        t.total.append_option(total.map(cents));
        t.missing_inputs
            .append_option(y.and_then(|y| joined(&y.missing_inputs)));
        t.warnings
            .append_option(y.and_then(|y| joined(&y.warnings)));
        t.error.append_option(error);
    }

    /// Row `row`, contract `contract`'s year `year`, computed with its lines.
    pub(super) fn year(&mut self, row: usize, contract: &str, year: u32, y: &YearFunding) {
        let label = (Some(contract), Some(i64::from(year)));
        self.push_totals(row, label, Some(y), Some(y.total), None);
        let l = &mut self.lines;
        l.contract.append_values(contract, y.lines.len());
        for line in &y.lines {
            l.row.append_value(i64::try_from(row).unwrap_or(i64::MAX));
            l.year.append_value(i32::try_from(year).unwrap_or(i32::MAX));
            l.item
                .append_value(key(&self.dictionaries.items, &line.item));
            l.amount.append_option(line.amount.map(cents));
            l.not_applicable.append_option(
                line.not_applicable
                    .map(|r| key(&self.dictionaries.reasons, &r)),
            );
        }
    }

    /// Row `row`, contract `contract`'s year `year`, computed without its lines.
    pub(super) fn total(&mut self, row: usize, contract: &str, year: u32, total: Decimal) {
        let label = (Some(contract), Some(i64::from(year)));
        self.push_totals(row, label, None, Some(total), None);
    }

    /// Row `row` failed with `problem` (located): no lines, a null total, the message in the
    /// `error` column; the first problem of the chunk is kept to be raised.
    pub(super) fn error(&mut self, row: usize, label: &Label, problem: Problem) {
        let label = (label.0.as_deref(), label.1);
        self.push_totals(row, label, None, None, Some(&problem.message));
        self.first_error.get_or_insert(problem);
    }

    pub(super) fn finish(self) -> Result<Chunk, ArrowError> {
        let shape = self.shape;
        let mut t = self.totals;
        let all: [ArrayRef; 12] = [
            Arc::new(t.row.finish()),
            Arc::new(t.contract.finish()),
            Arc::new(t.year.finish()),
            Arc::new(t.year_start.finish()),
            Arc::new(t.year_end.finish()),
            Arc::new(t.version.finish()),
            Arc::new(t.population.finish()),
            Arc::new(t.taille.finish()),
            Arc::new(t.total.finish().with_precision_and_scale(20, 2)?),
            Arc::new(t.missing_inputs.finish()),
            Arc::new(t.warnings.finish()),
            Arc::new(t.error.finish()),
        ];
        let kept = totals_columns(shape).into_iter().zip(all);
        let columns = kept.filter(|(c, _)| c.2).map(|(_, a)| a).collect();
        let totals = RecordBatch::try_new(totals_schema(shape), columns)?;
        if !shape.lines {
            return Ok((None, totals, self.first_error));
        }
        let mut l = self.lines;
        let d = self.dictionaries;
        let columns: Vec<ArrayRef> = vec![
            Arc::new(l.row.finish()),
            Arc::new(l.contract.finish()),
            Arc::new(l.year.finish()),
            Arc::new(DictionaryArray::try_new(
                l.item.finish(),
                d.item_values.clone(),
            )?),
            Arc::new(l.amount.finish().with_precision_and_scale(20, 2)?),
            Arc::new(DictionaryArray::<Int8Type>::try_new(
                l.not_applicable.finish(),
                d.reason_values.clone(),
            )?),
        ];
        let lines = RecordBatch::try_new(lines_schema(), columns)?;
        Ok((Some(lines), totals, self.first_error))
    }
}
