//! Writing a scenario as a fill-in workbook (`aci new --xlsx plan.xlsx [--from x.toml]`): the
//! fields of [`super::layout`], each header with a note saying what to write, drop-down lists
//! where a value is one of a set, dates as dates and amounts as numbers. With no scenario the
//! workbook is empty, ready to fill.

use aci_core::RuleBook;
use aci_core::simulation::Scenario;
use aci_core::wording::{self, Lang, id};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{
    Color, DataValidation, ExcelDateTime, Format, Formula, Note, Workbook, Worksheet, XlsxError,
};
use serde_json::Value;

use super::layout::{self, Cell, Choices, Field, Sheet};

/// The workbook of `scenario` (an empty one to fill when `None`), in the current language, as
/// the bytes of an .xlsx file.
pub fn write(scenario: Option<&Scenario>, rules: &RuleBook) -> Result<Vec<u8>, XlsxError> {
    workbook(scenario, rules)?.save_to_buffer()
}

/// The workbook of `scenario`, before it is saved (tests change cells in it).
pub fn workbook(scenario: Option<&Scenario>, rules: &RuleBook) -> Result<Workbook, XlsxError> {
    let tree = match scenario {
        Some(s) => serde_json::to_value(s).unwrap_or(Value::Null),
        None => Value::Null,
    };
    let styles = Styles::new();
    let mut wb = Workbook::new();
    contract_sheet(wb.add_worksheet(), &tree, &styles)?;

    // Population: figures over time, only when the scenario has them.
    let series: Vec<&Value> = match at(&tree, &["contract", "population"]) {
        Some(Value::Array(a)) => a.iter().collect(),
        _ => Vec::new(),
    };
    let ws = table_sheet(
        wb.add_worksheet(),
        Sheet::Population,
        layout::POPULATION,
        &[],
        &styles,
    )?;
    for (i, figure) in series.iter().enumerate() {
        write_row(ws, row(i), layout::POPULATION, figure, &styles)?;
    }

    let missions: Vec<&Value> = match at(&tree, &["contract", "missions"]) {
        Some(Value::Array(a)) => a.iter().collect(),
        _ => Vec::new(),
    };
    let ws = table_sheet(
        wb.add_worksheet(),
        Sheet::Missions,
        layout::MISSIONS,
        &[],
        &styles,
    )?;
    for (i, m) in missions.iter().enumerate() {
        write_row(ws, row(i), layout::MISSIONS, m, &styles)?;
    }

    // Indicators, with as many tier columns as the scenario needs.
    let indicators: Vec<(&Value, &Value)> = missions
        .iter()
        .flat_map(|m| {
            let list = match m.get("indicators") {
                Some(Value::Array(a)) => a.iter().collect(),
                _ => Vec::new(),
            };
            list.into_iter()
                .map(move |i| (m.get("id").unwrap_or(&Value::Null), i))
        })
        .collect();
    let most_tiers = indicators
        .iter()
        .filter_map(|(_, i)| i.get("tiers").and_then(Value::as_array).map(Vec::len))
        .max()
        .unwrap_or(0)
        .max(layout::TIERS_OFFERED);
    let tier_columns: Vec<(String, String, Cell)> = (1..=most_tiers)
        .flat_map(|n| {
            let [t, a] = layout::tier_keys(n);
            [
                (
                    t,
                    wording::text(id::XLSX_IN_TIER_THRESHOLD, &[("n", &n)]),
                    Cell::Number,
                ),
                (
                    a,
                    wording::text(id::XLSX_IN_TIER_AMOUNT, &[("n", &n)]),
                    Cell::Amount,
                ),
            ]
        })
        .collect();
    let extra: Vec<Extra> = tier_columns
        .iter()
        .map(|(key, label, cell)| Extra {
            key,
            label,
            note: wording::text(id::XLSX_IN_TIER_NOTE, &[]),
            cell: *cell,
        })
        .collect();
    let ws = table_sheet(
        wb.add_worksheet(),
        Sheet::Indicators,
        layout::INDICATORS,
        &extra,
        &styles,
    )?;
    let first_tier = column(layout::INDICATORS.len());
    for (i, (mission, ind)) in indicators.iter().enumerate() {
        let r = row(i);
        if let Value::String(m) = mission {
            ws.write_string(r, 0, m)?;
        }
        write_row(ws, r, layout::INDICATORS, ind, &styles)?;
        if let Some(Value::Array(tiers)) = ind.get("tiers") {
            for (n, tier) in tiers.iter().enumerate() {
                let c = first_tier + column(2 * n);
                write_value(ws, r, c, Cell::Number, tier.get("threshold"), &styles)?;
                write_value(ws, r, c + 1, Cell::Amount, tier.get("amount"), &styles)?;
            }
        }
    }

    results_sheet(wb.add_worksheet(), &tree, &indicators, rules, &styles)?;
    Ok(wb)
}

/// Formats shared by the sheets.
struct Styles {
    header: Format,
    label: Format,
    key: Format,
    date: Format,
    amount: Format,
}

impl Styles {
    fn new() -> Styles {
        let date = match wording::lang() {
            Lang::Fr => "dd/mm/yyyy",
            _ => "yyyy-mm-dd",
        };
        Styles {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xDDEBF7))
                .set_text_wrap(),
            label: Format::new().set_bold(),
            key: Format::new().set_font_color(Color::Gray).set_italic(),
            date: Format::new().set_num_format(date),
            amount: Format::new().set_num_format("#,##0.00"),
        }
    }
}

fn row(i: usize) -> u32 {
    layout::FIRST_VALUE_ROW + u32::try_from(i).unwrap_or(u32::MAX - layout::FIRST_VALUE_ROW)
}

fn column(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

/// The value at `path` of a JSON tree.
fn at<'v>(tree: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(tree, |v, k| v.get(*k))
}

/// A header's note: what the field is, the values allowed, how to type a date.
fn note_text(note: &str, cell: Cell) -> String {
    let mut text = note.to_string();
    match cell {
        Cell::Choice(c) if c != Choices::EngagedMission => {
            text.push(' ');
            text.push_str(&wording::text(
                id::XLSX_IN_NOTE_CHOICES,
                &[("values", &c.names().join(", "))],
            ));
        }
        Cell::Date => {
            text.push(' ');
            text.push_str(&wording::text(id::XLSX_IN_NOTE_DATE, &[]));
        }
        _ => {}
    }
    text
}

fn note(text: String) -> Note {
    Note::new(text)
        .add_author_prefix(false)
        .set_width(360)
        .set_height(140)
}

/// The drop-down list of a field's cells, if it has one.
fn validation(cell: Cell) -> Result<Option<DataValidation>, XlsxError> {
    Ok(match cell {
        Cell::Choice(Choices::EngagedMission) => {
            let sheet = Sheet::Missions.name();
            let id_column = layout::MISSIONS
                .iter()
                .position(|f| f.key == "id")
                .unwrap_or(0);
            let letters = aci_core::envelopes::column_letters(id_column);
            let (first, last) = (layout::FIRST_VALUE_ROW + 1, layout::ROWS_OFFERED + 2);
            Some(
                DataValidation::new().allow_list_formula(Formula::new(format!(
                    "='{sheet}'!${letters}${first}:${letters}${last}"
                ))),
            )
        }
        Cell::Choice(c) => Some(DataValidation::new().allow_list_strings(&c.names())?),
        Cell::YesNo => Some(DataValidation::new().allow_list_strings(&[
            wording::text(id::XLSX_IN_YES, &[]),
            wording::text(id::XLSX_IN_NO, &[]),
        ])?),
        _ => None,
    })
}

/// The format a field's cells get (dates as dates, euros with two decimals).
fn format_of(cell: Cell, styles: &Styles) -> Option<&Format> {
    match cell {
        Cell::Date => Some(&styles.date),
        Cell::Amount => Some(&styles.amount),
        _ => None,
    }
}

/// A column a table sheet has beyond its fields (the tiers).
struct Extra<'a> {
    key: &'a str,
    label: &'a str,
    note: String,
    cell: Cell,
}

/// A table sheet: the headers with their notes, the hidden key row, drop-downs and formats on
/// the rows offered.
fn table_sheet<'w>(
    ws: &'w mut Worksheet,
    sheet: Sheet,
    fields: &[Field],
    extra: &[Extra],
    styles: &Styles,
) -> Result<&'w mut Worksheet, XlsxError> {
    ws.set_name(sheet.name())?;
    let columns = fields
        .iter()
        .map(|f| {
            (
                f.key,
                wording::text(f.label, &[]),
                wording::text(f.note, &[]),
                f.cell,
            )
        })
        .chain(
            extra
                .iter()
                .map(|e| (e.key, e.label.to_string(), e.note.clone(), e.cell)),
        );
    for (i, (key, label, note_words, cell)) in columns.enumerate() {
        let c = column(i);
        ws.write_string_with_format(layout::HEADER_ROW, c, &label, &styles.header)?;
        ws.write_string_with_format(layout::KEY_ROW, c, key, &styles.key)?;
        ws.insert_note(layout::HEADER_ROW, c, &note(note_text(&note_words, cell)))?;
        let last = layout::FIRST_VALUE_ROW + layout::ROWS_OFFERED - 1;
        if let Some(dv) = validation(cell)? {
            ws.add_data_validation(layout::FIRST_VALUE_ROW, c, last, c, &dv)?;
        }
        if let Some(format) = format_of(cell, styles) {
            ws.set_column_format(c, format)?;
        }
        let width = match cell {
            Cell::Text if key == "label" || key == "clause" => 40.0,
            Cell::Date => 14.0,
            _ => 18.0,
        };
        ws.set_column_width(c, width)?;
    }
    ws.set_row_height(layout::HEADER_ROW, 45)?;
    ws.set_row_hidden(layout::KEY_ROW)?;
    ws.set_freeze_panes(layout::FIRST_VALUE_ROW, 0)?;
    Ok(ws)
}

/// Writes the fields of one row from the object `value`.
fn write_row(
    ws: &mut Worksheet,
    r: u32,
    fields: &[Field],
    value: &Value,
    styles: &Styles,
) -> Result<(), XlsxError> {
    for (i, f) in fields.iter().enumerate() {
        if f.path.is_empty() {
            continue;
        }
        write_value(ws, r, column(i), f.cell, at(value, f.path), styles)?;
    }
    Ok(())
}

/// A number cell when the number reads back as the same decimal, text otherwise (a spreadsheet
/// number holds 15 significant digits).
fn number(d: Decimal) -> Option<f64> {
    let f = d.to_f64()?;
    (format!("{f}").parse::<Decimal>().ok()? == d).then_some(f)
}

/// Writes one value as `cell` says.
fn write_value(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    cell: Cell,
    value: Option<&Value>,
    styles: &Styles,
) -> Result<(), XlsxError> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Ok(());
    };
    let text = match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let yes_no = |b: bool| wording::text(if b { id::XLSX_IN_YES } else { id::XLSX_IN_NO }, &[]);
    match (cell, value) {
        (Cell::Date, _) => match text.parse::<jiff::civil::Date>() {
            Ok(d) => {
                let excel = ExcelDateTime::from_ymd(
                    u16::try_from(d.year()).unwrap_or(1900),
                    u8::try_from(d.month()).unwrap_or(1),
                    u8::try_from(d.day()).unwrap_or(1),
                )?;
                ws.write_datetime_with_format(r, c, &excel, &styles.date)?;
            }
            Err(_) => {
                ws.write_string(r, c, &text)?;
            }
        },
        (Cell::YesNo | Cell::Observation, Value::Bool(b)) => {
            ws.write_string(r, c, yes_no(*b))?;
        }
        (Cell::Amount | Cell::Number | Cell::Whole | Cell::Observation, _) => {
            match text.parse::<Decimal>().ok().and_then(number) {
                Some(n) if cell == Cell::Amount => {
                    ws.write_number_with_format(r, c, n, &styles.amount)?;
                }
                Some(n) => {
                    ws.write_number(r, c, n)?;
                }
                None => {
                    ws.write_string(r, c, &text)?;
                }
            }
        }
        _ => {
            ws.write_string(r, c, &text)?;
        }
    }
    Ok(())
}

/// The contract sheet: a field a row (hidden key, label with its note, value).
fn contract_sheet(ws: &mut Worksheet, tree: &Value, styles: &Styles) -> Result<(), XlsxError> {
    ws.set_name(Sheet::Contract.name())?;
    let (k, l, v) = (
        layout::CONTRACT_KEY_COLUMN,
        layout::CONTRACT_LABEL_COLUMN,
        layout::CONTRACT_VALUE_COLUMN,
    );
    ws.write_string_with_format(0, k, "key", &styles.key)?;
    ws.write_string_with_format(0, l, wording::text(id::XLSX_IN_FIELD, &[]), &styles.header)?;
    ws.write_string_with_format(0, v, wording::text(id::XLSX_IN_VALUE, &[]), &styles.header)?;
    for (i, f) in layout::CONTRACT.iter().enumerate() {
        let r = u32::try_from(i).unwrap_or(0) + 1;
        ws.write_string_with_format(r, k, f.key, &styles.key)?;
        ws.write_string_with_format(r, l, wording::text(f.label, &[]), &styles.label)?;
        ws.insert_note(r, l, &note(note_text(&wording::text(f.note, &[]), f.cell)))?;
        if let Some(dv) = validation(f.cell)? {
            ws.add_data_validation(r, v, r, v, &dv)?;
        }
        // A population over time is on its own sheet.
        let value = at(tree, f.path).filter(|v| !v.is_array());
        match (value, format_of(f.cell, styles)) {
            (Some(value), _) => write_value(ws, r, v, f.cell, Some(value), styles)?,
            (None, Some(format)) => {
                ws.write_blank(r, v, format)?;
            }
            (None, None) => {}
        }
    }
    ws.set_column_hidden(k)?;
    ws.set_column_width(l, 58.0)?;
    ws.set_column_width(v, 36.0)?;
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The results sheet: a row for each indicator (and each mission measured without indicators,
/// and the crisis), a column for each contract year.
fn results_sheet(
    ws: &mut Worksheet,
    tree: &Value,
    indicators: &[(&Value, &Value)],
    rules: &RuleBook,
    styles: &Styles,
) -> Result<(), XlsxError> {
    let plans: Vec<&Value> = match tree.get("years") {
        Some(Value::Array(a)) => a.iter().collect(),
        _ => Vec::new(),
    };
    let signed = at(tree, &["contract", "signed"])
        .and_then(Value::as_str)
        .and_then(|s| s.parse::<jiff::civil::Date>().ok());
    let contract_years = at(tree, &["contract", "years"])
        .and_then(Value::as_u64)
        .or_else(|| {
            let version = match signed {
                Some(d) => rules.version_at(d).ok(),
                None => rules.versions.last(),
            };
            version.map(|v| u64::from(v.contract_years()))
        })
        .unwrap_or(5);
    let last_planned = plans
        .iter()
        .filter_map(|p| p.get("year").and_then(Value::as_u64))
        .max()
        .unwrap_or(0);
    let years: Vec<u64> = (1..=contract_years.max(last_planned)).collect();
    let year_keys: Vec<String> = years.iter().map(u64::to_string).collect();
    let year_labels: Vec<String> = years
        .iter()
        .map(|y| wording::text(id::XLSX_IN_RESULT_YEAR, &[("year", y)]))
        .collect();
    let extra: Vec<Extra> = years
        .iter()
        .zip(year_keys.iter().zip(&year_labels))
        .map(|(y, (key, label))| Extra {
            key,
            label,
            note: wording::text(id::XLSX_IN_RESULT_YEAR_NOTE, &[("year", y)]),
            cell: Cell::Observation,
        })
        .collect();
    let ws = table_sheet(ws, Sheet::Results, layout::RESULTS, &extra, styles)?;

    // The rows: each indicator declared, each mission measured, then anything else the years
    // name (so nothing of the scenario is lost), then the crisis.
    let mut rows: Vec<(&str, String)> = indicators
        .iter()
        .filter_map(|(_, i)| i.get("id").and_then(Value::as_str))
        .map(|i| ("indicators", i.to_string()))
        .collect();
    for field in ["indicators", "missions"] {
        for plan in &plans {
            if let Some(Value::Object(o)) = plan.get(field) {
                for name in o.keys() {
                    if !rows.iter().any(|(f, n)| *f == field && n == name) {
                        rows.push((field, name.clone()));
                    }
                }
            }
        }
    }
    rows.push(("crisis_recognised", String::new()));
    let first_year = column(layout::RESULTS.len());
    for (i, (field, name)) in rows.iter().enumerate() {
        let r = row(i);
        ws.write_string(r, 0, *field)?;
        if !name.is_empty() {
            ws.write_string(r, 1, name)?;
        }
        let cell = match *field {
            "missions" => Cell::Number,
            "crisis_recognised" => Cell::YesNo,
            _ => Cell::Observation,
        };
        for plan in &plans {
            let Some(year) = plan.get("year").and_then(Value::as_u64) else {
                continue;
            };
            let Some(y) = years.iter().position(|y| *y == year) else {
                continue;
            };
            let value = if name.is_empty() {
                plan.get(*field).filter(|v| v.as_bool() == Some(true))
            } else {
                plan.get(*field).and_then(|o| o.get(name.as_str()))
            };
            write_value(ws, r, first_year + column(y), cell, value, styles)?;
        }
    }
    ws.set_column_width(1, 28.0)?;
    Ok(())
}
