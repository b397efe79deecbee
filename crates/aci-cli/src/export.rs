//! Machine outputs: JSON (the documented result format), CSV tables, an XLSX workbook.

use aci_core::explain::Explanation;
use aci_core::simulation::Simulation;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::load::CliError;
use crate::table::label;
use aci_core::wording::{id, text};

pub fn json(sim: &Simulation) -> Result<String, CliError> {
    serde_json::to_string_pretty(sim)
        .map(|s| s + "\n")
        .map_err(|e| CliError::input(e.to_string()))
}

fn csv_text(header: &[&str], rows: Vec<Vec<String>>) -> Result<String, CliError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| CliError::io(format!("CSV: {e}"));
    w.write_record(header).map_err(fail)?;
    for r in rows {
        w.write_record(&r).map_err(fail)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| CliError::io(format!("CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| CliError::io(format!("CSV: {e}")))
}

const FLOW_COLUMNS: [&str; 9] = [
    "date",
    "contract_year",
    "flow",
    "part",
    "amount",
    "cumulative",
    "rule",
    "explanation",
    "sources",
];

/// The values an explanation read, each with its status and source, on one line.
fn sources(e: &Explanation) -> String {
    e.parameters
        .iter()
        .map(|p| {
            format!(
                "{} = {} [{}] {}",
                p.key,
                p.value,
                p.provenance.status.tag(),
                p.provenance.source_title
            )
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn flow_rows(sim: &Simulation) -> Vec<Vec<String>> {
    sim.flows
        .iter()
        .map(|f| {
            vec![
                f.date.to_string(),
                f.contract_year.map(|y| y.to_string()).unwrap_or_default(),
                f.flow.key(),
                serde_json::to_value(f.part)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default(),
                f.amount.to_string(),
                f.cumulative.to_string(),
                f.rule.to_string(),
                f.in_words(),
                sources(&f.computation),
            ]
        })
        .collect()
}

const LINE_COLUMNS: [&str; 13] = [
    "contract_year",
    "start",
    "end",
    "version",
    "taille",
    "population",
    "item",
    "label",
    "amount",
    "not_applicable",
    "rule",
    "formula",
    "sources",
];

fn line_rows(sim: &Simulation) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for y in &sim.years {
        for l in &y.lines {
            // A step (a termination) follows the line's own rule: `rule then step`.
            let (rule, formula, sources) = match &l.explanation {
                Some(e) => (
                    std::iter::once(e.rule)
                        .chain(e.steps.iter().map(|s| s.rule))
                        .collect::<Vec<_>>()
                        .join(" then "),
                    std::iter::once(e.formula.as_str())
                        .chain(e.steps.iter().map(|s| s.formula.as_str()))
                        .collect::<Vec<_>>()
                        .join(" then "),
                    sources(e),
                ),
                None => Default::default(),
            };
            rows.push(vec![
                y.year.number.to_string(),
                y.year.start.to_string(),
                y.year.end.to_string(),
                y.version.to_string(),
                y.taille.to_string(),
                y.population.to_string(),
                l.item.key(),
                label(l.item),
                l.amount.map(|a| a.to_string()).unwrap_or_default(),
                l.not_applicable
                    .and_then(|n| serde_json::to_value(n).ok())
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default(),
                rule,
                formula,
                sources,
            ]);
        }
    }
    rows
}

const CALENDAR_COLUMNS: [&str; 4] = ["year", "paid", "accrued", "cumulative_paid"];

fn calendar_rows(sim: &Simulation) -> Vec<Vec<String>> {
    sim.calendar_years
        .iter()
        .map(|c| {
            vec![
                c.year.to_string(),
                c.paid.to_string(),
                c.accrued.to_string(),
                c.cumulative_paid.to_string(),
            ]
        })
        .collect()
}

pub fn csv_flows(sim: &Simulation) -> Result<String, CliError> {
    csv_text(&FLOW_COLUMNS, flow_rows(sim))
}

pub fn csv_lines(sim: &Simulation) -> Result<String, CliError> {
    csv_text(&LINE_COLUMNS, line_rows(sim))
}

pub fn csv_calendar(sim: &Simulation) -> Result<String, CliError> {
    csv_text(&CALENDAR_COLUMNS, calendar_rows(sim))
}

/// A workbook with one sheet per table. Amounts are written as numbers with two decimals:
/// every amount has at most 11 significant digits, which a spreadsheet number holds exactly
/// enough to read back the same cents.
pub fn xlsx(sim: &Simulation) -> Result<Vec<u8>, CliError> {
    build_xlsx(sim).map_err(|e| CliError::io(format!("XLSX: {e}")))
}

fn sheet(
    wb: &mut Workbook,
    name: &str,
    header: &[&str],
    rows: Vec<Vec<String>>,
    money: &[usize],
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let cents = Format::new().set_num_format("#,##0.00");
    let ws: &mut Worksheet = wb.add_worksheet();
    ws.set_name(name)?;
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, v) in row.iter().enumerate() {
            let number = money
                .contains(&c)
                .then(|| v.parse::<Decimal>().ok())
                .flatten()
                .and_then(|d| d.to_f64());
            match number {
                Some(n) => ws.write_number_with_format(r, c as u16, n, &cents)?,
                None => ws.write_string(r, c as u16, v)?,
            };
        }
    }
    ws.autofit();
    Ok(())
}

fn build_xlsx(sim: &Simulation) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    sheet(
        &mut wb,
        &text(id::SHEET_PAYMENTS, &[]),
        &FLOW_COLUMNS,
        flow_rows(sim),
        &[4, 5],
    )?;
    sheet(
        &mut wb,
        &text(id::SHEET_CONTRACT_YEARS, &[]),
        &LINE_COLUMNS,
        line_rows(sim),
        &[8],
    )?;
    sheet(
        &mut wb,
        &text(id::SHEET_CALENDAR_YEARS, &[]),
        &CALENDAR_COLUMNS,
        calendar_rows(sim),
        &[1, 2, 3],
    )?;
    let warnings = sim.warnings.iter().map(|w| vec![w.to_string()]).collect();
    sheet(
        &mut wb,
        &text(id::SHEET_WARNINGS, &[]),
        &["warning"],
        warnings,
        &[],
    )?;
    wb.save_to_buffer()
}
