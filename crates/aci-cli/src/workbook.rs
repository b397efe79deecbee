//! The results as an XLSX workbook for people: one sheet per table (payment calendar, funding
//! per contract year, calendar years, warnings, options, sources of the values used), headers
//! in the current language, typed cells (dates as dates, euros as numbers with a euro format,
//! years, tailles and populations as whole numbers), the header row frozen and filterable,
//! columns as wide as their contents.

use std::collections::{BTreeMap, BTreeSet};

use aci_core::contract::MissionSpec;
use aci_core::explain::{Explanation, ParamUse};
use aci_core::simulation::Simulation;
use aci_core::wording::{self, Day, Lang, grouped_amount, id, text};
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, FormatUnderline, Workbook,
    Worksheet, XlsxError,
};

use crate::export::{self, Cell, Column};
use crate::load::CliError;

/// The workbook of a simulation; `missions` are the contract's (to tell an ended mission from
/// one not started).
pub fn xlsx(sim: &Simulation, missions: &[MissionSpec]) -> Result<Vec<u8>, CliError> {
    build(sim, missions).map_err(|e| CliError::io(format!("XLSX: {e}")))
}

/// Widest column, in characters: longer texts (explanations, sources) overflow into the empty
/// cells on their right or are read in the formula bar.
const MAX_WIDTH: usize = 60;
/// Width of the columns whose texts wrap (warnings, meanings, notes).
const WRAP_WIDTH: usize = 90;

/// Height of one line of text, in points (Excel's default row).
const ROW_HEIGHT: usize = 15;

/// One sheet: its name, its columns' headers (catalogue ids), its rows.
struct Sheet<'a> {
    name: &'a str,
    headers: Vec<&'static str>,
    rows: Vec<Vec<Cell>>,
    /// Columns of whole numbers written with thousands separators (populations).
    grouped: &'a [usize],
    /// Columns whose texts wrap at [`WRAP_WIDTH`].
    wrapped: &'a [usize],
    /// How many of the first columns are printed, one page wide (the long texts on the right,
    /// rules, formulas, sources, would make the page unreadable).
    printed: usize,
}

/// The cell formats, in the current language's forms.
struct Formats {
    header: Format,
    text: Format,
    link: Format,
    date: Format,
    money: Format,
    count: Format,
    grouped: Format,
    wrap: Format,
}

impl Formats {
    fn new() -> Formats {
        // Number formats are stored in Excel's own notation; the spreadsheet program shows
        // them with the reader's separators (1 234,56 € in French, 1,234.56 € in English).
        let date = match wording::lang() {
            Lang::Fr => "dd/mm/yyyy",
            _ => "yyyy-mm-dd",
        };
        // Every cell at the top of its row, beside a wrapped text taking several lines.
        let top = || Format::new().set_align(FormatAlign::Top);
        Formats {
            header: top()
                .set_bold()
                .set_background_color("#DCE6F1")
                .set_border_bottom(FormatBorder::Thin),
            text: top(),
            link: top()
                .set_font_color("#0563C1")
                .set_underline(FormatUnderline::Single),
            // Dates centred and numbers indented from the right: a number never touches the
            // text of the next column.
            date: top().set_num_format(date).set_align(FormatAlign::Center),
            money: top()
                .set_num_format(r#"#,##0.00 "€";[Red]-#,##0.00 "€""#)
                .set_align(FormatAlign::Right)
                .set_indent(1),
            count: top().set_num_format("0").set_align(FormatAlign::Center),
            grouped: top()
                .set_num_format("#,##0")
                .set_align(FormatAlign::Right)
                .set_indent(1),
            wrap: top().set_text_wrap(),
        }
    }
}

/// Characters a cell takes on screen, as the current language writes it.
fn shown_width(cell: &Cell, grouped: bool) -> usize {
    match cell {
        Cell::Empty => 0,
        Cell::Text(s) | Cell::Code { words: s, .. } | Cell::Link(s) => s.chars().count(),
        Cell::Date(_) => 10,
        // The indent of money and grouped counts is in `add_sheet`'s margin.
        Cell::Count(n) => {
            let digits = n.to_string().len();
            if grouped { digits + digits / 3 } else { digits }
        }
        Cell::Money(d) => grouped_amount(wording::lang(), *d).chars().count() + 2,
    }
}

/// An amount as the spreadsheet number nearest to it: the decimal text parsed as a binary
/// float (correctly rounded), so the cell reads back as the same cents.
fn number(d: rust_decimal::Decimal) -> f64 {
    d.to_string().parse().unwrap_or(f64::NAN)
}

fn write_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    formats: &Formats,
    grouped: bool,
    wrapped: bool,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Empty => {}
        Cell::Text(s) | Cell::Code { words: s, .. } => {
            let format = if wrapped {
                &formats.wrap
            } else {
                &formats.text
            };
            ws.write_string_with_format(row, col, s, format)?;
        }
        Cell::Link(url) => {
            ws.write_url_with_format(row, col, url.as_str(), &formats.link)?;
        }
        Cell::Date(d) => {
            // A date outside Excel's calendar (years 1900 to 9999) stays a text.
            match ExcelDateTime::from_ymd(
                u16::try_from(d.year()).unwrap_or(0),
                d.month().unsigned_abs(),
                d.day().unsigned_abs(),
            ) {
                Ok(date) => {
                    ws.write_datetime_with_format(row, col, &date, &formats.date)?;
                }
                Err(_) => {
                    ws.write_string_with_format(row, col, d.to_string(), &formats.text)?;
                }
            }
        }
        Cell::Count(n) => {
            let format = if grouped {
                &formats.grouped
            } else {
                &formats.count
            };
            // Counts (years, tailles, populations) are far below 2^53: exact as a float.
            ws.write_number_with_format(row, col, *n as f64, format)?;
        }
        Cell::Money(d) => {
            ws.write_number_with_format(row, col, number(*d), &formats.money)?;
        }
    }
    Ok(())
}

fn add_sheet(
    wb: &mut Workbook,
    title: &str,
    formats: &Formats,
    sheet: Sheet,
) -> Result<(), XlsxError> {
    let headers: Vec<String> = sheet.headers.iter().map(|h| text(h, &[])).collect();
    add_worded_sheet(wb, title, formats, sheet, headers)
}

/// [`add_sheet`] with headers already in words (ignoring `sheet.headers`).
fn add_worded_sheet(
    wb: &mut Workbook,
    title: &str,
    formats: &Formats,
    sheet: Sheet,
    headers: Vec<String>,
) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(sheet.name)?;
    for (c, h) in headers.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, h, &formats.header)?;
        let widest = sheet
            .rows
            .iter()
            .filter_map(|r| r.get(c as usize))
            .map(|cell| shown_width(cell, sheet.grouped.contains(&(c as usize))))
            .max()
            .unwrap_or(0)
            .max(h.chars().count());
        let width = if sheet.wrapped.contains(&(c as usize)) {
            widest.min(WRAP_WIDTH)
        } else {
            widest.min(MAX_WIDTH)
        };
        // Room for the filter button beside the header.
        ws.set_column_width(c, (width + 3) as f64)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        // Spreadsheet programs do not all grow a row for its wrapped text (LibreOffice does
        // not): the row is given the height of its longest wrapped text.
        let lines = sheet
            .wrapped
            .iter()
            .filter_map(|c| row.get(*c))
            .map(|cell| shown_width(cell, false).div_ceil(WRAP_WIDTH).max(1))
            .max()
            .unwrap_or(1);
        if lines > 1 {
            ws.set_row_height(r as u32 + 1, (ROW_HEIGHT * lines) as f64)?;
        }
        for (c, cell) in row.iter().enumerate() {
            write_cell(
                ws,
                r as u32 + 1,
                c as u16,
                cell,
                formats,
                sheet.grouped.contains(&c),
                sheet.wrapped.contains(&c),
            )?;
        }
    }
    let last_col = headers.len().saturating_sub(1) as u16;
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, sheet.rows.len() as u32, last_col)?;
    // On paper: the columns for people, landscape, one page wide, the header row on every
    // page, the scenario on top.
    let printed = sheet.printed.clamp(1, headers.len().max(1)) as u16 - 1;
    ws.set_print_area(0, 0, sheet.rows.len() as u32, printed)?;
    ws.set_print_fit_to_pages(1, 0);
    ws.set_landscape();
    ws.set_repeat_rows(0, 0)?;
    ws.set_header(format!(
        "&L{}&R{}",
        escape_header(title),
        escape_header(sheet.name)
    ));
    Ok(())
}

/// A text for a page header, where `&` starts a code.
fn escape_header(s: &str) -> String {
    s.replace('&', "&&")
}

/// The headers of CSV columns, for a sheet with the same columns.
fn ids(columns: &[Column]) -> Vec<&'static str> {
    columns.iter().map(|c| c.1).collect()
}

/// Every value of the rule data (or of the contract) the simulation read, once, with its
/// provenance and the contract years that used it.
/// The values an explanation read, under what identifies each (version, key, taille, value),
/// with the contract years that read them and whether the lettre d'intention did.
type Uses<'s> = BTreeMap<(String, String, Option<u8>, String), (&'s ParamUse, BTreeSet<u32>, bool)>;

fn note_uses<'s>(uses: &mut Uses<'s>, e: &'s Explanation, year: Option<u32>) {
    for p in &e.parameters {
        let key = (
            p.version.to_string(),
            p.key.to_string(),
            p.taille.map(|t| t.number()),
            p.value.to_string(),
        );
        let entry = uses.entry(key).or_insert((p, BTreeSet::new(), false));
        match year {
            Some(y) => {
                entry.1.insert(y);
            }
            None => entry.2 = true,
        }
    }
}

fn source_rows(sim: &Simulation) -> Vec<Vec<Cell>> {
    let mut used = Uses::new();
    for y in &sim.years {
        for l in &y.lines {
            if let Some(e) = &l.explanation {
                note_uses(&mut used, e, Some(y.year.number));
            }
        }
    }
    for f in &sim.flows {
        note_uses(&mut used, &f.computation, f.contract_year);
    }
    used.into_values()
        .map(|(p, years, letter)| {
            let mut places: Vec<String> = years.iter().map(u32::to_string).collect();
            if letter {
                places.push(text(id::FLOW_LETTER_OF_INTENT, &[]));
            }
            let pr = &p.provenance;
            let optional = |s: &Option<aci_core::explain::Text>| {
                s.as_ref()
                    .map_or(Cell::Empty, |s| Cell::Text(s.to_string()))
            };
            vec![
                Cell::Text(p.version.to_string()),
                Cell::Text(p.key.to_string()),
                p.taille
                    .map_or(Cell::Empty, |t| Cell::Count(t.number().into())),
                Cell::Text(p.value.to_string()),
                Cell::Text(pr.status.tag().to_string()),
                Cell::Text(pr.status.label().into()),
                Cell::Text(pr.source_title.to_string()),
                optional(&pr.article),
                pr.url
                    .as_ref()
                    .map_or(Cell::Empty, |u| Cell::Link(u.to_string())),
                optional(&pr.note),
                Cell::Text(places.join(", ")),
            ]
        })
        .collect()
}

fn option_rows(sim: &Simulation) -> Vec<Vec<Cell>> {
    let mut rows: Vec<Vec<Cell>> = sim
        .options
        .describe()
        .into_iter()
        .map(|(name, value, meaning)| {
            vec![
                Cell::Text(name.to_string()),
                Cell::Text(value),
                Cell::Text(meaning.into()),
            ]
        })
        .collect();
    rows.push(vec![
        Cell::Text("variable_delay_months".into()),
        Cell::Count(sim.payments.variable_delay_months.into()),
        Cell::Text(text(id::XLSX_VARIABLE_DELAY, &[])),
    ]);
    rows
}

fn build(sim: &Simulation, missions: &[MissionSpec]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let formats = Formats::new();
    let name = sim.title.clone().unwrap_or_else(|| sim.contract.clone());
    let title = text(
        id::XLSX_TITLE,
        &[("title", &name), ("signed", &Day(sim.signed))],
    );
    wb.set_properties(&DocProperties::new().set_title(&title));
    let sheets = [
        Sheet {
            name: &text(id::SHEET_PAYMENTS, &[]),
            headers: ids(&export::FLOW_COLUMNS),
            rows: export::flow_rows(sim),
            grouped: &[],
            wrapped: &[],
            printed: 6,
        },
        Sheet {
            name: &text(id::SHEET_CONTRACT_YEARS, &[]),
            headers: ids(&export::LINE_COLUMNS),
            rows: export::line_rows(sim, missions),
            grouped: &[5],
            wrapped: &[],
            printed: 10,
        },
        Sheet {
            name: &text(id::SHEET_CALENDAR_YEARS, &[]),
            headers: ids(&export::CALENDAR_COLUMNS),
            rows: export::calendar_rows(sim),
            grouped: &[],
            wrapped: &[],
            printed: 4,
        },
        Sheet {
            name: &text(id::SHEET_WARNINGS, &[]),
            headers: vec![id::XLSX_WARNING],
            rows: sim
                .warnings
                .iter()
                .map(|w| vec![Cell::Text(w.to_string())])
                .collect(),
            grouped: &[],
            wrapped: &[0],
            printed: 1,
        },
        Sheet {
            name: &text(id::SHEET_OPTIONS, &[]),
            headers: vec![id::XLSX_OPTION, id::RULES_VALUE, id::XLSX_MEANING],
            rows: option_rows(sim),
            grouped: &[],
            wrapped: &[2],
            printed: 3,
        },
        Sheet {
            name: &text(id::SHEET_SOURCES, &[]),
            headers: vec![
                id::XLSX_VERSION,
                id::RULES_KEY,
                id::RULES_TAILLE,
                id::RULES_VALUE,
                id::XLSX_TAG,
                id::RULES_STATUS,
                id::RULES_SOURCE,
                id::XLSX_ARTICLE,
                id::XLSX_LINK,
                id::XLSX_NOTE,
                id::XLSX_USED_IN,
            ],
            rows: source_rows(sim),
            grouped: &[],
            wrapped: &[9],
            printed: 8,
        },
    ];
    for sheet in sheets {
        add_sheet(&mut wb, &title, &formats, sheet)?;
    }
    wb.save_to_buffer()
}

// --- `aci report` portfolio (#17) ---

/// A workbook of one sheet, `headers` already in words: the portfolio of `aci report`, with
/// the same cell formats, frozen and filterable header, widths and print setup as the rest.
pub fn one_sheet(
    title: &str,
    sheet_name: &str,
    headers: Vec<String>,
    rows: Vec<Vec<Cell>>,
) -> Result<Vec<u8>, CliError> {
    let build = || -> Result<Vec<u8>, XlsxError> {
        let mut wb = Workbook::new();
        wb.set_properties(&DocProperties::new().set_title(title));
        let printed = headers.len();
        let sheet = Sheet {
            name: sheet_name,
            headers: vec![],
            rows,
            grouped: &[2],
            wrapped: &[],
            printed,
        };
        add_worded_sheet(&mut wb, title, &Formats::new(), sheet, headers)?;
        wb.save_to_buffer()
    };
    build().map_err(|e| CliError::io(format!("XLSX: {e}")))
}
