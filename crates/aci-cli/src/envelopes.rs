//! `aci envelopes` and the global `--envelopes FILE|estimate`: the national per-mission table
//! to fill in, the one in effect, and loading a filled one over the rule data.

use std::borrow::Cow;
use std::path::Path;

use aci_core::RuleBook;
use aci_core::envelopes::{self, COLUMNS};
use aci_core::provenance::Status;
use comfy_table::{Cell, CellAlignment, Table, presets};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::load::CliError;
use crate::output::{self, TableFormat};
use crate::table::eur;

/// The word that asks for the indicative estimate instead of a file.
pub const ESTIMATE: &str = "estimate";

/// The rule book with the `--envelopes` flag applied: a filled national table read over it, or
/// the indicative estimate of the amounts it lacks.
pub fn apply(
    rules: Cow<'static, RuleBook>,
    flag: Option<&str>,
) -> Result<Cow<'static, RuleBook>, CliError> {
    match flag {
        None => Ok(rules),
        Some(ESTIMATE) => Ok(Cow::Owned(rules.estimated().clone())),
        Some(file) => {
            let path = Path::new(file);
            if !path.exists() {
                return Err(CliError::io(aci_core::wording::text(
                    aci_core::wording::id::CLI_NO_ENVELOPES_FILE,
                    &[("file", &file), ("estimate", &ESTIMATE)],
                )));
            }
            envelopes::file::load(&rules, path)
                .map(Cow::Owned)
                .map_err(|e| CliError::input(e.to_string()))
        }
    }
}

/// `aci envelopes --template`: the table to fill, CSV on standard output or to a `.csv`, or a
/// workbook to a `.xlsx` (any other extension is refused, as for `simulate -o`). `inputs` are
/// the files the command reads (`--rules`, `--envelopes`): the template never replaces one, so
/// a filled table cannot be overwritten by an empty one.
pub fn template(
    rules: &RuleBook,
    output: Option<&Path>,
    inputs: &[(&str, &Path)],
) -> Result<(), CliError> {
    let Some(path) = output else {
        let text = template_csv(rules)?;
        return crate::load::emit(None, text.as_bytes());
    };
    let format = output::table_format(path)?;
    output::check_distinct(inputs, &[("-o", path)])?;
    let bytes = match format {
        TableFormat::Xlsx => {
            template_xlsx(rules).map_err(|e| CliError::io(format!("XLSX: {e}")))?
        }
        TableFormat::Csv => template_csv(rules)?.into_bytes(),
    };
    crate::load::write(path, &bytes)
}

fn template_csv(rules: &RuleBook) -> Result<String, CliError> {
    envelopes::file::template_csv(rules).map_err(|e| CliError::io(e.to_string()))
}

/// The template as a workbook: the table on sheet `envelopes` (the sheet the loader reads),
/// amounts as numbers, and a sheet saying how to fill it.
fn template_xlsx(rules: &RuleBook) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let cents = Format::new().set_num_format("#,##0.00");
    let ws = wb.add_worksheet();
    ws.set_name(envelopes::file::SHEET)?;
    for (c, h) in COLUMNS.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    let amount_column = COLUMNS.iter().position(|c| *c == "amount").unwrap_or(4);
    for (r, row) in envelopes::template(rules).iter().enumerate() {
        let r = r as u32 + 1;
        for (c, text) in row.cells().iter().enumerate() {
            // Amounts have at most 11 significant digits: a spreadsheet number holds their cents.
            let number = (c == amount_column)
                .then(|| text.parse::<Decimal>().ok())
                .flatten()
                .and_then(|d| d.to_f64());
            match number {
                Some(n) => ws.write_number_with_format(r, c as u16, n, &cents)?,
                None if text.is_empty() => ws,
                None => ws.write_string(r, c as u16, text)?,
            };
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofit();
    let help = wb.add_worksheet();
    help.set_name("how to fill")?;
    for (r, line) in HOW_TO_FILL.iter().enumerate() {
        help.write_string(r as u32, 0, *line)?;
    }
    wb.save_to_buffer()
}

const HOW_TO_FILL: [&str; 8] = [
    "National per-mission envelope table of the ACI CPTS (fixed and variable part of each mission, by taille and agreement version).",
    "Fill the 'amount' column of every row from the official text (the Journal officiel annexes of the 2019 agreement and of avenant 2), in euros.",
    "Rows already filled are the values the library has sourced, with their status (C: observed in real contracts): correct them if the official text differs.",
    "Keep the columns version, taille and key as they are; 'note' is yours (e.g. the article), kept with each value; the other columns are not read.",
    "Crisis mission: part_fixe_premiere_annee = plan year, part_fixe = update years, part_variable = paid when the ARS recognises a crisis.",
    "Then: aci --envelopes THIS_FILE.xlsx simulate my-scenario.toml (or Engine(envelopes=\"THIS_FILE.xlsx\") in Python).",
    "Every amount is then cited as 'national table supplied by the user', with this file and its cell, in explanations and warnings.",
    "A table with an empty amount, a duplicate or a missing row is refused, each problem named by its cell.",
];

/// `aci envelopes`: the per-mission amounts in effect (rule data, a loaded table, or the
/// estimate), each with its status and source; estimates with their low–high range.
pub fn in_effect(rules: &RuleBook) -> String {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    t.set_header(
        [
            "version",
            "taille",
            "key",
            "amount €",
            "estimate range €",
            "status",
            "source",
        ]
        .map(Cell::new)
        .to_vec(),
    );
    let mut missing = 0;
    let mut estimated = 0;
    for row in envelopes::slots(rules) {
        let p = rules
            .version(&row.version)
            .and_then(|v| v.get(row.key, Some(row.taille)));
        let (amount, range, status, source) = match p {
            None => {
                missing += 1;
                (
                    "—".into(),
                    String::new(),
                    "? not known".into(),
                    String::new(),
                )
            }
            Some(p) => {
                let range = match p.estimate_range() {
                    Some((lo, hi)) => {
                        estimated += 1;
                        format!("{} – {}", eur(lo), eur(hi))
                    }
                    None => String::new(),
                };
                let mut source = p.provenance.source_title.to_string();
                if let Some(a) = &p.provenance.article {
                    source = format!("{source}, {a}");
                }
                (
                    p.decimal().map(eur).unwrap_or_default(),
                    range,
                    format!("{} {}", p.provenance.status.tag(), p.provenance.status),
                    source,
                )
            }
        };
        t.add_row(vec![
            Cell::new(row.version),
            Cell::new(row.taille),
            Cell::new(row.key),
            Cell::new(amount).set_alignment(CellAlignment::Right),
            Cell::new(range).set_alignment(CellAlignment::Right),
            Cell::new(status),
            Cell::new(source),
        ]);
    }
    let mut out = t.to_string() + "\n";
    if estimated > 0 {
        out.push_str(&format!(
            "warning: {estimated} amounts are indicative estimates ({}), not national amounts: method, sources and calibration in docs/estimate.md\n",
            Status::Estimate.tag()
        ));
    }
    if missing > 0 {
        out.push_str(&format!(
            "{missing} amounts are not known: a contract must state them, or fill the national table (`aci envelopes --template -o table.xlsx`, then `--envelopes table.xlsx`), or ask for the indicative estimate (`--envelopes estimate`)\n"
        ));
    }
    out
}
