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

pub(super) fn totals_schema(shape: Shape) -> SchemaRef {
    let mut fields = vec![
        Field::new("row", DataType::Int64, false),
        Field::new("contract", DataType::Utf8, true),
        Field::new("year", DataType::Int32, true),
    ];
    if shape.lines {
        fields.extend([
            Field::new("year_start", DataType::Date32, true),
            Field::new("year_end", DataType::Date32, true),
            Field::new("version", DataType::Utf8, true),
            Field::new("population", DataType::Int64, true),
            Field::new("taille", DataType::Int8, true),
        ]);
    }
    fields.push(Field::new("total", MONEY, true));
    if shape.lines {
        fields.extend([
            Field::new("missing_inputs", DataType::Utf8, true),
            Field::new("warnings", DataType::Utf8, true),
        ]);
    }
    if shape.with_error {
        fields.push(Field::new("error", DataType::Utf8, true));
    }
    Arc::new(Schema::new(fields))
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
        Dictionaries {
            item_values: Arc::new(StringArray::from_iter_values(items.iter().map(Item::key))),
            items,
            reason_values: Arc::new(StringArray::from_iter_values(
                reasons.iter().map(reason_name),
            )),
            reasons,
        }
    }

    /// The key of `item` in the `item` dictionary.
    fn item(&self, item: Item) -> i8 {
        let k = self.items.iter().position(|i| *i == item);
        k.and_then(|k| i8::try_from(k).ok()).unwrap_or(i8::MAX)
    }

    /// The key of `reason` in the `not_applicable` dictionary.
    fn reason(&self, reason: NotApplicable) -> i8 {
        let k = self.reasons.iter().position(|r| *r == reason);
        k.and_then(|k| i8::try_from(k).ok()).unwrap_or(i8::MAX)
    }
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

/// The lines and totals of one chunk of rows.
pub(super) struct Tables<'d> {
    pub(super) shape: Shape,
    dictionaries: &'d Dictionaries,
    lines: Lines,
    totals: Totals,
    first_error: Option<Problem>,
}

struct Lines {
    row: Int64Builder,
    contract: StringDictionaryBuilder<Int32Type>,
    year: Int32Builder,
    item: Int8Builder,
    amount: Decimal128Builder,
    not_applicable: Int8Builder,
}

/// The columns of `totals` (those of the full shape; `finish` keeps those of the shape).
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
    pub(super) fn new(shape: Shape, dictionaries: &'d Dictionaries, rows: usize) -> Self {
        // The most lines a year has: operating, its uplift difference, two per mission.
        let lines = if shape.lines {
            rows * (2 + 2 * MissionId::ALL.len())
        } else {
            0
        };
        Tables {
            shape,
            dictionaries,
            lines: Lines {
                row: Int64Builder::with_capacity(lines),
                contract: StringDictionaryBuilder::with_capacity(lines, rows, rows * 16),
                year: Int32Builder::with_capacity(lines),
                item: Int8Builder::with_capacity(lines),
                amount: Decimal128Builder::with_capacity(lines).with_data_type(MONEY),
                not_applicable: Int8Builder::with_capacity(lines),
            },
            totals: Totals {
                row: Int64Builder::with_capacity(rows),
                contract: StringBuilder::with_capacity(rows, rows * 16),
                year: Int32Builder::with_capacity(rows),
                year_start: Date32Builder::with_capacity(rows),
                year_end: Date32Builder::with_capacity(rows),
                version: StringBuilder::with_capacity(rows, rows * 10),
                population: Int64Builder::with_capacity(rows),
                taille: Int8Builder::with_capacity(rows),
                total: Decimal128Builder::with_capacity(rows).with_data_type(MONEY),
                missing_inputs: StringBuilder::new(),
                warnings: StringBuilder::new(),
                error: StringBuilder::new(),
            },
            first_error: None,
        }
    }

    /// The first columns of a row of `totals`.
    fn head(&mut self, row: usize, contract: Option<&str>, year: Option<i64>) {
        let t = &mut self.totals;
        t.row.append_value(i64::try_from(row).unwrap_or(i64::MAX));
        t.contract.append_option(contract);
        t.year
            .append_option(year.and_then(|y| i32::try_from(y).ok()));
    }

    /// Row `row`, contract `contract`'s year `year`, computed with its lines.
    pub(super) fn year(&mut self, row: usize, contract: &str, year: u32, y: &YearFunding) {
        self.head(row, Some(contract), Some(i64::from(year)));
        let t = &mut self.totals;
        t.year_start.append_value(day_number(y.year.start));
        t.year_end.append_value(day_number(y.year.end));
        t.version.append_value(&y.version);
        t.population
            .append_value(i64::try_from(y.population).unwrap_or(i64::MAX));
        t.taille
            .append_value(i8::try_from(y.taille.number()).unwrap_or_default());
        t.total.append_value(cents(y.total));
        let joined = |texts: Vec<String>| (!texts.is_empty()).then(|| texts.join("; "));
        t.missing_inputs
            .append_option(joined(y.missing_inputs.clone()));
        t.warnings
            .append_option(joined(y.warnings.iter().map(ToString::to_string).collect()));
        t.error.append_null();
        let l = &mut self.lines;
        l.contract.append_values(contract, y.lines.len());
        for line in &y.lines {
            l.row.append_value(i64::try_from(row).unwrap_or(i64::MAX));
            l.year.append_value(i32::try_from(year).unwrap_or(i32::MAX));
            l.item.append_value(self.dictionaries.item(line.item));
            l.amount.append_option(line.amount.map(cents));
            l.not_applicable
                .append_option(line.not_applicable.map(|r| self.dictionaries.reason(r)));
        }
    }

    /// Row `row`, contract `contract`'s year `year`, computed without its lines.
    pub(super) fn total(&mut self, row: usize, contract: &str, year: u32, total: Decimal) {
        self.head(row, Some(contract), Some(i64::from(year)));
        self.totals.total.append_value(cents(total));
        self.totals.error.append_null();
        self.null_details();
    }

    /// Row `row` failed with `problem` (located): no lines, a null total, the message in the
    /// `error` column; the first problem of the chunk is kept to be raised.
    pub(super) fn error(&mut self, row: usize, label: &Label, problem: Problem) {
        self.head(row, label.0.as_deref(), label.1);
        self.totals.total.append_null();
        self.totals.error.append_value(&problem.message);
        self.null_details();
        self.first_error.get_or_insert(problem);
    }

    /// Nulls in the columns of the full totals from `year_start` on, but `total` and `error`.
    fn null_details(&mut self) {
        let t = &mut self.totals;
        t.year_start.append_null();
        t.year_end.append_null();
        t.version.append_null();
        t.population.append_null();
        t.taille.append_null();
        t.missing_inputs.append_null();
        t.warnings.append_null();
    }

    pub(super) fn finish(self) -> Result<Chunk, ArrowError> {
        let shape = self.shape;
        let mut t = self.totals;
        let mut columns: Vec<ArrayRef> = vec![
            Arc::new(t.row.finish()),
            Arc::new(t.contract.finish()),
            Arc::new(t.year.finish()),
        ];
        if shape.lines {
            columns.extend([
                Arc::new(t.year_start.finish()) as ArrayRef,
                Arc::new(t.year_end.finish()),
                Arc::new(t.version.finish()),
                Arc::new(t.population.finish()),
                Arc::new(t.taille.finish()),
            ]);
        }
        columns.push(Arc::new(t.total.finish()));
        if shape.lines {
            columns.push(Arc::new(t.missing_inputs.finish()));
            columns.push(Arc::new(t.warnings.finish()));
        }
        if shape.with_error {
            columns.push(Arc::new(t.error.finish()));
        }
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
            Arc::new(l.amount.finish()),
            Arc::new(DictionaryArray::<Int8Type>::try_new(
                l.not_applicable.finish(),
                d.reason_values.clone(),
            )?),
        ];
        let lines = RecordBatch::try_new(lines_schema(), columns)?;
        Ok((Some(lines), totals, self.first_error))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::Array;
    use arrow_array::cast::AsArray;

    #[test]
    fn item_and_reason_keys_index_their_dictionaries() {
        let d = Dictionaries::new();
        let items = d.item_values.as_string::<i32>();
        assert_eq!(items.len(), 2 + 2 * MissionId::ALL.len());
        for (k, item) in d.items.iter().enumerate() {
            let key = usize::try_from(d.item(*item)).unwrap();
            assert_eq!((key, items.value(key)), (k, item.key().as_str()));
        }
        let reasons = d.reason_values.as_string::<i32>();
        let names: Vec<&str> = reasons.iter().flatten().collect();
        assert_eq!(
            names,
            [
                "mission_not_engaged",
                "mission_not_active_this_year",
                "mission_not_in_version"
            ]
        );
        for r in d.reasons {
            let key = usize::try_from(d.reason(r)).unwrap();
            assert_eq!(d.reasons[key], r);
        }
    }

    #[test]
    fn cents_of_amounts() {
        assert_eq!(cents(Decimal::new(7_500_000, 2)), 7_500_000);
        assert_eq!(cents(Decimal::new(75_000, 0)), 7_500_000);
    }

    #[test]
    fn day_numbers_of_dates() {
        assert_eq!(day_number(EPOCH), 0);
        assert_eq!(day_number(jiff::civil::date(2023, 3, 1)), 19_417);
        assert_eq!(day_number(jiff::civil::date(1969, 12, 31)), -1);
    }
}
