//! Machine outputs: JSON (the documented result format) and CSV tables, standard or for French
//! Excel. The tables are built as typed cells (a date, an amount, a count, a code, a text), so
//! each output writes them its own way; the XLSX workbook is in [`crate::workbook`].

use aci_core::contract::MissionSpec;
use aci_core::explain::Explanation;
use aci_core::simulation::Simulation;
use aci_core::wording::{id, text};
use clap::ValueEnum;
use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::load::CliError;
use crate::table::{label, na};

pub fn json(sim: &Simulation) -> Result<String, CliError> {
    serde_json::to_string_pretty(sim)
        .map(|s| s + "\n")
        .map_err(|e| CliError::input(e.to_string()))
}

/// One cell of a table, typed so that each output writes it its own way.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A stable identifier (`advance`) and its words in the current language (`avance`).
    Code {
        key: String,
        words: String,
    },
    Date(Date),
    /// A whole number: a year, a taille, a population.
    Count(i64),
    /// Euros, to the cent.
    Money(Decimal),
    /// A web address (a link in the workbook).
    Link(String),
}

impl Cell {
    fn code(key: impl Into<String>, words: impl Into<String>) -> Cell {
        Cell::Code {
            key: key.into(),
            words: words.into(),
        }
    }
}

/// The dialects of `--csv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, ValueEnum)]
pub enum CsvDialect {
    /// `,` between fields, `.` in amounts, ISO dates (2025-03-01), UTF-8 without BOM, the
    /// columns' keys as headers: for programs (pandas, R, databases).
    #[default]
    Standard,
    /// What French Excel opens by a double-click: `;` between fields, `,` in amounts, dates
    /// 01/03/2025, UTF-8 with a BOM (so "Accès" is not "AccÃ¨s"), headers and codes in words
    /// (in the language of --lang, French by default).
    ExcelFr,
}

impl CsvDialect {
    fn delimiter(self) -> u8 {
        match self {
            CsvDialect::Standard => b',',
            CsvDialect::ExcelFr => b';',
        }
    }

    fn field(self, cell: &Cell) -> String {
        match (self, cell) {
            (_, Cell::Empty) => String::new(),
            (_, Cell::Text(s) | Cell::Link(s)) => s.clone(),
            (CsvDialect::Standard, Cell::Code { key, .. }) => key.clone(),
            (CsvDialect::ExcelFr, Cell::Code { words, .. }) => words.clone(),
            (CsvDialect::Standard, Cell::Date(d)) => d.to_string(),
            (CsvDialect::ExcelFr, Cell::Date(d)) => {
                format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year())
            }
            (_, Cell::Count(n)) => n.to_string(),
            (CsvDialect::Standard, Cell::Money(d)) => d.to_string(),
            // No thousands separator: French Excel reads `1234,5` as a number, not `1 234,50`.
            (CsvDialect::ExcelFr, Cell::Money(d)) => format!("{d:.2}").replace('.', ","),
        }
    }

    /// A header: the column's key (standard) or its words (French Excel).
    fn header(self, column: &Column) -> String {
        match self {
            CsvDialect::Standard => column.0.to_string(),
            CsvDialect::ExcelFr => text(column.1, &[]),
        }
    }
}

/// A CSV column: its key (the standard header) and the catalogue id of its words.
pub type Column = (&'static str, &'static str);

fn csv_text(
    dialect: CsvDialect,
    columns: &[Column],
    rows: Vec<Vec<Cell>>,
) -> Result<String, CliError> {
    let fail = |e: csv::Error| CliError::io(format!("CSV: {e}"));
    let mut w = csv::WriterBuilder::new()
        .delimiter(dialect.delimiter())
        .from_writer(Vec::new());
    w.write_record(columns.iter().map(|c| dialect.header(c)))
        .map_err(fail)?;
    for r in rows {
        w.write_record(r.iter().map(|c| dialect.field(c)))
            .map_err(fail)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| CliError::io(format!("CSV: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| CliError::io(format!("CSV: {e}")))?;
    Ok(match dialect {
        CsvDialect::Standard => text,
        // The byte order mark is how Excel knows the file is UTF-8.
        CsvDialect::ExcelFr => format!("\u{feff}{text}"),
    })
}

pub const FLOW_COLUMNS: [Column; 9] = [
    ("date", id::TABLE_DATE),
    ("contract_year", id::XLSX_CONTRACT_YEAR),
    ("flow", id::TABLE_FOR),
    ("part", id::TABLE_PART),
    ("amount", id::TABLE_AMOUNT),
    ("cumulative", id::TABLE_CUMULATIVE),
    ("rule", id::XLSX_RULE),
    ("explanation", id::XLSX_EXPLANATION),
    ("sources", id::RULES_SOURCES),
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

fn optional_count(n: Option<u32>) -> Cell {
    n.map_or(Cell::Empty, |n| Cell::Count(n.into()))
}

pub fn flow_rows(sim: &Simulation) -> Vec<Vec<Cell>> {
    sim.flows
        .iter()
        .map(|f| {
            vec![
                Cell::Date(f.date),
                optional_count(f.contract_year),
                Cell::code(f.flow.key(), f.flow.label()),
                Cell::code(f.part.key(), f.part.label()),
                Cell::Money(f.amount),
                Cell::Money(f.cumulative),
                Cell::Text(f.rule.to_string()),
                Cell::Text(f.in_words()),
                Cell::Text(sources(&f.computation)),
            ]
        })
        .collect()
}

pub const LINE_COLUMNS: [Column; 13] = [
    ("contract_year", id::XLSX_CONTRACT_YEAR),
    ("start", id::XLSX_START),
    ("end", id::XLSX_END),
    ("version", id::XLSX_VERSION),
    ("taille", id::RULES_TAILLE),
    ("population", id::XLSX_POPULATION),
    ("item", id::XLSX_KEY),
    ("label", id::TABLE_LINE),
    ("amount", id::TABLE_AMOUNT),
    ("not_applicable", id::XLSX_NOT_APPLICABLE),
    ("rule", id::XLSX_RULE),
    ("formula", id::XLSX_FORMULA),
    ("sources", id::RULES_SOURCES),
];

/// A line's rule and formula: a step (a termination) follows the line's own, `rule then step`.
pub fn rule_and_formula(e: &Explanation) -> (String, String) {
    (
        std::iter::once(e.rule)
            .chain(e.steps.iter().map(|s| s.rule))
            .collect::<Vec<_>>()
            .join(" then "),
        std::iter::once(e.formula.as_str())
            .chain(e.steps.iter().map(|s| s.formula.as_str()))
            .collect::<Vec<_>>()
            .join(" then "),
    )
}

/// Why a line does not apply: its key and its words.
pub fn not_applicable(
    line: &aci_core::funding::Line,
    year: &aci_core::calendar::ContractYear,
    missions: &[MissionSpec],
) -> Cell {
    let key = line
        .not_applicable
        .and_then(|n| serde_json::to_value(n).ok())
        .and_then(|v| v.as_str().map(String::from));
    match key {
        Some(key) => Cell::code(key, na(line, year, missions)),
        None => Cell::Empty,
    }
}

pub fn line_rows(sim: &Simulation, missions: &[MissionSpec]) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    for y in &sim.years {
        for l in &y.lines {
            let (rule, formula, sources) = match &l.explanation {
                Some(e) => {
                    let (rule, formula) = rule_and_formula(e);
                    (rule, formula, sources(e))
                }
                None => Default::default(),
            };
            rows.push(vec![
                Cell::Count(y.year.number.into()),
                Cell::Date(y.year.start),
                Cell::Date(y.year.end),
                Cell::Text(y.version.to_string()),
                Cell::Count(y.taille.number().into()),
                Cell::Count(i64::try_from(y.population).unwrap_or(i64::MAX)),
                Cell::Text(l.item.key()),
                Cell::Text(label(l.item)),
                l.amount.map_or(Cell::Empty, Cell::Money),
                not_applicable(l, &y.year, missions),
                Cell::Text(rule),
                Cell::Text(formula),
                Cell::Text(sources),
            ]);
        }
    }
    rows
}

pub const CALENDAR_COLUMNS: [Column; 4] = [
    ("year", id::TABLE_YEAR),
    ("paid", id::TABLE_PAID),
    ("accrued", id::TABLE_ACCRUED),
    ("cumulative_paid", id::TABLE_CUMULATIVE_PAID),
];

pub fn calendar_rows(sim: &Simulation) -> Vec<Vec<Cell>> {
    sim.calendar_years
        .iter()
        .map(|c| {
            vec![
                Cell::Count(c.year.into()),
                Cell::Money(c.paid),
                Cell::Money(c.accrued),
                Cell::Money(c.cumulative_paid),
            ]
        })
        .collect()
}

pub fn csv_flows(sim: &Simulation, dialect: CsvDialect) -> Result<String, CliError> {
    csv_text(dialect, &FLOW_COLUMNS, flow_rows(sim))
}

/// `missions`: the contract's, to tell an ended mission from one not started.
pub fn csv_lines(
    sim: &Simulation,
    missions: &[MissionSpec],
    dialect: CsvDialect,
) -> Result<String, CliError> {
    csv_text(dialect, &LINE_COLUMNS, line_rows(sim, missions))
}

pub fn csv_calendar(sim: &Simulation, dialect: CsvDialect) -> Result<String, CliError> {
    csv_text(dialect, &CALENDAR_COLUMNS, calendar_rows(sim))
}
