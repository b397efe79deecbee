//! The national per-mission envelope table, filled in by whoever holds the official text.
//!
//! The national table (each mission's fixed and variable part by taille, for the 2019 text and
//! for avenant 2) is in the Journal officiel annexes, which no source the project can read
//! reproduces (reference §4, §9.2): the shipped rule data knows taille 3 under avenant 2 only,
//! from real contracts (C). CPAM and ARS staff have the official text. [`template`] lists every
//! cell of the table, with the values already sourced and their status; [`apply`] reads the
//! filled table back over a rule book, refusing an incomplete or inconsistent one with every
//! problem named by its cell. Each value then carries the status
//! [`Status::UserTable`], the file and the cell, in every explanation that cites it.
//!
//! ```
//! use aci_core::envelopes::{self, RawRow, RawTable};
//! use aci_core::RuleBook;
//! let rules = RuleBook::shipped();
//! // The template, every amount filled in (here with 1 000 €: a made-up table).
//! let rows = envelopes::template(rules)
//!     .iter()
//!     .enumerate()
//!     .map(|(i, r)| RawRow {
//!         number: i + 2,
//!         cells: vec![r.slot.version.clone(), r.slot.taille.to_string(), r.slot.key.to_string(), "1000".into()],
//!     })
//!     .collect();
//! let header = ["version", "taille", "key", "amount"].map(String::from).to_vec();
//! let table = RawTable { file: "table.csv".into(), sheet: None, first_column: 0, header_row: 1, header, rows };
//! let with_table = envelopes::apply(rules, &table).unwrap();
//! let p = with_table.lookup("avenant-2", "mission.prevention.part_fixe", Some(2.try_into().unwrap())).unwrap();
//! assert_eq!(p.provenance.status.tag(), "T");
//! ```

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::explain::Text;
use crate::mission::MissionId;
use crate::money::MAX_AMOUNT;
use crate::params::{MissionParam, ParamKey};
use crate::provenance::{Provenance, Status};
use crate::rules::{Parameter, RuleBook, Version};
use crate::taille::Taille;
use crate::wording::{id, text};

/// The columns of the table, in template order. `version`, `taille`, `key` and `amount` are
/// read; `note` is kept with the value; `meaning`, `known_status` and `known_source` describe
/// the cell and what the rule data knew when the template was written, and are not read.
pub const COLUMNS: [&str; 8] = [
    "version",
    "taille",
    "key",
    "meaning",
    "amount",
    "known_status",
    "known_source",
    "note",
];

/// The columns a table must have.
const REQUIRED: [&str; 4] = ["version", "taille", "key", "amount"];

/// At most this many problems are listed in one error (the rest are counted).
const MAX_PROBLEMS: usize = 20;

/// One cell of the national table: a version, a taille and a mission amount.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Slot {
    pub version: String,
    pub taille: Taille,
    pub key: ParamKey,
}

/// The amounts of a mission in the national table under a version: its fixed and variable
/// part, and the fixed part of its first year where the version's rule data has one for the
/// mission in some taille (the crisis mission: the year its plan is written; the engine pays a
/// first year at `part_fixe` otherwise, so a mission without one has no such cell).
fn parts(version: &Version, mission: MissionId) -> impl Iterator<Item = MissionParam> {
    let first_year = ParamKey::Mission(mission, MissionParam::FixedFirstYear);
    let has_first_year = Taille::ALL
        .into_iter()
        .any(|t| version.get(first_year, Some(t)).is_some());
    [
        MissionParam::FixedFirstYear,
        MissionParam::Fixed,
        MissionParam::Variable,
    ]
    .into_iter()
    .filter(move |&p| p != MissionParam::FixedFirstYear || has_first_year)
}

/// What a cell of the table holds, in words.
pub fn meaning(key: ParamKey) -> &'static str {
    match key {
        ParamKey::Mission(MissionId::CrisesSanitaires, MissionParam::FixedFirstYear) => {
            "crisis mission, plan year: fixed part of the year the crisis plan is written"
        }
        ParamKey::Mission(MissionId::CrisesSanitaires, MissionParam::Fixed) => {
            "crisis mission, update years: yearly fixed part of the years the plan is updated"
        }
        ParamKey::Mission(MissionId::CrisesSanitaires, MissionParam::Variable) => {
            "crisis mission, declared crisis: paid when the ARS recognises a serious health crisis"
        }
        other => other.description(),
    }
}

/// Every cell of the national table the rule book's versions call for: each version, taille,
/// mission of the version and part, in that order.
pub fn slots(rules: &RuleBook) -> Vec<Slot> {
    let mut out = Vec::new();
    for v in &rules.versions {
        for taille in Taille::ALL {
            for m in v.missions() {
                for p in parts(v, m) {
                    out.push(Slot {
                        version: v.id.clone(),
                        taille,
                        key: ParamKey::Mission(m, p),
                    });
                }
            }
        }
    }
    out
}

/// A row of the template: the cell, and the value the rule book already has for it.
#[derive(Debug, Clone)]
pub struct TemplateRow<'r> {
    pub slot: Slot,
    pub known: Option<&'r Parameter>,
}

impl TemplateRow<'_> {
    /// The row as text, in [`COLUMNS`] order.
    pub fn cells(&self) -> [String; 8] {
        let (amount, status, source) = match self.known {
            Some(p) => (
                p.value.to_string(),
                format!("{} ({})", p.provenance.status.tag(), p.provenance.status),
                known_source(&p.provenance),
            ),
            None => (
                String::new(),
                "? (not known: fill in)".into(),
                String::new(),
            ),
        };
        [
            self.slot.version.clone(),
            self.slot.taille.to_string(),
            self.slot.key.to_string(),
            meaning(self.slot.key).into(),
            amount,
            status,
            source,
            String::new(),
        ]
    }
}

fn known_source(p: &Provenance) -> String {
    match &p.article {
        Some(a) => format!("{}, {a}", p.source_title),
        None => p.source_title.to_string(),
    }
}

/// The table to fill: every cell, the values already known filled in.
pub fn template(rules: &RuleBook) -> Vec<TemplateRow<'_>> {
    slots(rules)
        .into_iter()
        .map(|slot| {
            let known = rules
                .version(&slot.version)
                .and_then(|v| v.get(slot.key, Some(slot.taille)))
                .filter(|p| p.provenance.status != Status::Estimate);
            TemplateRow { slot, known }
        })
        .collect()
}

/// A table as read from a file: text cells and where each is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawTable {
    /// The file, as the user named it: cited as the source of every value.
    pub file: String,
    /// The worksheet (XLSX), or `None` for CSV.
    pub sheet: Option<String>,
    /// Zero-based column of the first cell of each row (XLSX ranges need not start at A).
    pub first_column: usize,
    /// Line (CSV) or row (XLSX) of the header, 1-based.
    pub header_row: usize,
    pub header: Vec<String>,
    pub rows: Vec<RawRow>,
}

/// One row of a table: its line (CSV) or row (XLSX) number, 1-based, and its cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRow {
    pub number: usize,
    pub cells: Vec<String>,
}

impl RawTable {
    /// Where a cell is, as a person finds it: `line 7, column amount` (CSV) or
    /// `sheet 'envelopes', cell E7` (XLSX).
    pub fn cell_name(&self, row: usize, column: usize) -> String {
        match &self.sheet {
            None => match self.header.get(column).map(|h| h.trim()) {
                Some(name) if !name.is_empty() => {
                    text(id::ENVELOPE_CELL_CSV, &[("row", &row), ("column", &name)])
                }
                _ => text(
                    id::ENVELOPE_CELL_CSV,
                    &[("row", &row), ("column", &(column + 1))],
                ),
            },
            Some(sheet) => {
                let cell = format!("{}{row}", column_letters(self.first_column + column));
                text(id::ENVELOPE_CELL_XLSX, &[("sheet", sheet), ("cell", &cell)])
            }
        }
    }
}

/// `0` → `A`, `25` → `Z`, `26` → `AA`.
pub fn column_letters(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.iter().rev().map(|&b| char::from(b)).collect()
}

/// An amount as written in a cell: digits, at most one decimal separator (`.` or `,`) with at
/// most two decimals, spaces between digit groups and a trailing `€` allowed. `90,000` or
/// `90.000` are refused: they could be ninety or ninety thousand.
pub fn parse_amount(written: &str) -> std::result::Result<Decimal, String> {
    let how = || text(id::ENVELOPE_AMOUNT_HOW, &[]);
    let compact: String = written
        .trim()
        .trim_end_matches('€')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if compact.is_empty() {
        return Err(text(id::ENVELOPE_AMOUNT_EMPTY, &[]));
    }
    if compact.contains('.') && compact.contains(',') {
        return Err(text(
            id::ENVELOPE_AMOUNT_MIXED,
            &[("text", &written), ("how", &how())],
        ));
    }
    let normal = compact.replace(',', ".");
    let (whole, cents) = normal.split_once('.').unwrap_or((&normal, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(cents) || normal.matches('.').count() > 1 {
        return Err(text(
            id::ENVELOPE_AMOUNT_NOT,
            &[("text", &written), ("how", &how())],
        ));
    }
    if normal.contains('.') && !(1..=2).contains(&cents.len()) {
        return Err(text(
            id::ENVELOPE_AMOUNT_DECIMALS,
            &[("text", &written), ("count", &cents.len()), ("how", &how())],
        ));
    }
    let amount: Decimal = normal.parse().map_err(|_| {
        text(
            id::ENVELOPE_AMOUNT_NOT,
            &[("text", &written), ("how", &how())],
        )
    })?;
    if amount > MAX_AMOUNT {
        return Err(text(
            id::ENVELOPE_AMOUNT_RANGE,
            &[("amount", &amount), ("max", &MAX_AMOUNT)],
        ));
    }
    Ok(amount)
}

/// A copy of `rules` with every value of the filled `table`, each cited as the user's table
/// (file and cell). The table must give every cell of [`slots`] once, with an amount; a value
/// the rule data holds as primary text cannot be contradicted. Otherwise the error lists every
/// problem, each naming its cell.
pub fn apply(rules: &RuleBook, table: &RawTable) -> Result<RuleBook> {
    let mut problems: Vec<String> = Vec::new();
    let column = |name: &str| {
        table
            .header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let missing: Vec<&str> = REQUIRED
        .into_iter()
        .filter(|c| column(c).is_none())
        .collect();
    if !missing.is_empty() {
        let at = match &table.sheet {
            None => text(id::ENVELOPE_HEADER_CSV, &[("row", &table.header_row)]),
            Some(sheet) => text(
                id::ENVELOPE_HEADER_XLSX,
                &[("sheet", sheet), ("row", &table.header_row)],
            ),
        };
        return Err(Error::EnvelopeTable {
            file: table.file.clone(),
            problems: vec![text(
                id::ENVELOPE_NO_COLUMN,
                &[
                    ("at", &at),
                    ("missing", &missing.join(", ")),
                    ("columns", &COLUMNS.join(", ")),
                ],
            )],
        });
    }
    // ok: each required column was found just above.
    let [cv, ct, ck, ca] = REQUIRED.map(|c| column(c).unwrap_or_default());
    let cn = column("note");
    let ids: Vec<&str> = rules.versions.iter().map(|v| v.id.as_str()).collect();
    let expected: BTreeSet<Slot> = slots(rules).into_iter().collect();
    let mut seen: BTreeMap<Slot, String> = BTreeMap::new();
    let mut values = Vec::new();
    for row in &table.rows {
        let get = |c: usize| row.cells.get(c).map_or("", |s| s.trim());
        if row.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let at = |c: usize| table.cell_name(row.number, c);
        let Some(version) = rules.version(get(cv)) else {
            problems.push(text(
                id::ENVELOPE_UNKNOWN_VERSION,
                &[
                    ("at", &at(cv)),
                    ("version", &get(cv)),
                    ("allowed", &ids.join(", ")),
                ],
            ));
            continue;
        };
        let Some(taille) = get(ct)
            .parse::<u8>()
            .ok()
            .and_then(|n| Taille::try_from(n).ok())
        else {
            problems.push(text(
                id::ENVELOPE_BAD_TAILLE,
                &[("at", &at(ct)), ("taille", &get(ct))],
            ));
            continue;
        };
        let key = ParamKey::parse(get(ck));
        let Some(key) = key.filter(|k| {
            matches!(
                k,
                ParamKey::Mission(
                    _,
                    MissionParam::Fixed | MissionParam::FixedFirstYear | MissionParam::Variable
                )
            )
        }) else {
            problems.push(text(
                id::ENVELOPE_BAD_KEY,
                &[
                    ("at", &at(ck)),
                    ("key", &get(ck)),
                    ("missions", &MissionId::ALL.map(|m| m.key()).join(", ")),
                ],
            ));
            continue;
        };
        let slot = Slot {
            version: version.id.clone(),
            taille,
            key,
        };
        if !expected.contains(&slot) {
            problems.push(text(
                id::ENVELOPE_NOT_A_CELL,
                &[("at", &at(ck)), ("key", &key), ("version", &version.id)],
            ));
            continue;
        }
        if let Some(first) = seen.get(&slot) {
            problems.push(text(
                id::ENVELOPE_TWICE,
                &[
                    ("at", &at(ck)),
                    ("version", &version.id),
                    ("taille", &taille),
                    ("key", &key),
                    ("first", first),
                ],
            ));
            continue;
        }
        seen.insert(slot, at(ca));
        let amount = match parse_amount(get(ca)) {
            Ok(a) => a,
            Err(why) => {
                problems.push(text(id::ENVELOPE_AT, &[("at", &at(ca)), ("problem", &why)]));
                continue;
            }
        };
        let known = version.get(key, Some(taille));
        if let Some(k) = known
            && k.provenance.status == Status::Primary
            && k.decimal() != Some(amount)
        {
            problems.push(text(
                id::ENVELOPE_CONTRADICTS,
                &[
                    ("at", &at(ca)),
                    ("amount", &amount),
                    ("value", &k.value),
                    ("version", &version.id),
                    ("taille", &taille),
                    ("key", &key),
                    ("provenance", &k.provenance),
                ],
            ));
            continue;
        }
        let user_note = cn.map(get).filter(|n| !n.is_empty());
        let rule_data_note = known
            .filter(|k| k.provenance.status != Status::Estimate)
            .map(|k| {
                let relation = if k.decimal() == Some(amount) {
                    "equals"
                } else {
                    "replaces"
                };
                format!("{relation} the rule data's {} {}", k.value, k.provenance)
            });
        let note = match (user_note, rule_data_note) {
            (Some(u), Some(r)) => Some(format!("{u} ({r})")),
            (Some(u), None) => Some(u.to_string()),
            (None, r) => r,
        };
        let provenance = Provenance {
            source: Text::new(&table.file),
            source_title: Text::new(format!("{} ({})", Status::UserTable.label(), table.file)),
            url: None,
            article: Some(Text::new(at(ca))),
            status: Status::UserTable,
            note: note.as_deref().map(Text::new),
        };
        values.push(Parameter::supplied(
            &version.id,
            key,
            taille,
            amount,
            provenance,
        ));
    }
    let absent: Vec<&Slot> = expected.iter().filter(|s| !seen.contains_key(s)).collect();
    if !absent.is_empty() {
        let shown: Vec<String> = absent
            .iter()
            .take(3)
            .map(|s| format!("{} taille {} {}", s.version, s.taille, s.key))
            .collect();
        let more = if absent.len() > shown.len() {
            ", …"
        } else {
            ""
        };
        problems.push(text(
            id::ENVELOPE_ABSENT,
            &[
                ("count", &absent.len()),
                ("one", &if absent.len() == 1 { "yes" } else { "no" }),
                ("shown", &format!("{}{more}", shown.join(", "))),
            ],
        ));
    }
    if !problems.is_empty() {
        let more = problems.len().saturating_sub(MAX_PROBLEMS);
        problems.truncate(MAX_PROBLEMS);
        if more > 0 {
            problems.push(text(id::ENVELOPE_MORE, &[("count", &more)]));
        }
        return Err(Error::EnvelopeTable {
            file: table.file.clone(),
            problems,
        });
    }
    Ok(rules.with_values(values))
}

/// Reading a table from a `.csv` or `.xlsx` file.
#[cfg(feature = "envelope-files")]
pub mod file {
    use std::path::Path;

    use super::{RawRow, RawTable, apply};
    use crate::error::{Error, Result};
    use crate::rules::RuleBook;
    use crate::wording::{id, text as words};

    /// The worksheet read in a workbook (the first one when none has this name).
    pub const SHEET: &str = "envelopes";

    fn fail(file: &str, problem: impl Into<String>) -> Error {
        Error::EnvelopeTable {
            file: file.into(),
            problems: vec![problem.into()],
        }
    }

    /// Reads the table at `path` (`.csv` or `.xlsx`) and applies it over `rules` ([`apply`]).
    pub fn load(rules: &RuleBook, path: &Path) -> Result<RuleBook> {
        apply(rules, &read(path)?)
    }

    /// Reads a table: `.csv` (comma or semicolon separated, UTF-8) or `.xlsx`.
    pub fn read(path: &Path) -> Result<RawTable> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("csv") => read_csv(path),
            Some("xlsx") => read_xlsx(path),
            _ => Err(fail(
                &path.display().to_string(),
                words(id::ENVELOPE_UNSUPPORTED, &[]),
            )),
        }
    }

    fn read_csv(path: &Path) -> Result<RawTable> {
        let file = path.display().to_string();
        let bytes = std::fs::read(path)
            .map_err(|e| fail(&file, words(id::ENVELOPE_CANNOT_READ, &[("reason", &e)])))?;
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let text = std::str::from_utf8(bytes)
            .map_err(|e| fail(&file, words(id::ENVELOPE_NOT_UTF8, &[("reason", &e)])))?;
        // A French spreadsheet writes ';' between cells (',' is its decimal separator).
        let first_line = text.lines().next().unwrap_or("");
        let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
            b';'
        } else {
            b','
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        for record in reader.records() {
            let record =
                record.map_err(|e| fail(&file, words(id::ENVELOPE_BAD_CSV, &[("reason", &e)])))?;
            // The line from the record's byte offset, past the line end the reader puts at the
            // start of a record after "\r\n" (as spreadsheets write them): its own line count
            // lags behind there.
            let bytes = text.as_bytes();
            let mut start = record.position().map_or(0, |p| p.byte() as usize);
            while bytes.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
                start += 1;
            }
            let line = bytes[..start.min(bytes.len())]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            rows.push(RawRow {
                number: line,
                cells: record.iter().map(str::to_string).collect(),
            });
        }
        let mut rows = rows.into_iter();
        let header = rows
            .next()
            .ok_or_else(|| fail(&file, words(id::ENVELOPE_EMPTY_FILE, &[])))?;
        Ok(RawTable {
            file,
            sheet: None,
            first_column: 0,
            header_row: header.number,
            header: header.cells,
            rows: rows.collect(),
        })
    }

    fn read_xlsx(path: &Path) -> Result<RawTable> {
        use calamine::{Data, Reader, Xlsx, open_workbook};
        let file = path.display().to_string();
        let mut book: Xlsx<_> = open_workbook(path)
            .map_err(|e| fail(&file, words(id::ENVELOPE_CANNOT_READ, &[("reason", &e)])))?;
        let names = book.sheet_names();
        let sheet = names
            .iter()
            .find(|n| n.eq_ignore_ascii_case(SHEET))
            .or(names.first())
            .cloned()
            .ok_or_else(|| fail(&file, words(id::ENVELOPE_NO_SHEET, &[])))?;
        let range = book.worksheet_range(&sheet).map_err(|e| {
            fail(
                &file,
                words(
                    id::ENVELOPE_SHEET_UNREADABLE,
                    &[("sheet", &sheet), ("reason", &e)],
                ),
            )
        })?;
        let (row0, col0) = range.start().unwrap_or((0, 0));
        // Numbers are read as the shortest text that gives them back: 13466.1 stays 13466.1
        // (the amount is then parsed as a decimal, never computed as a float).
        let text = |d: &Data| d.to_string();
        let mut rows = range.rows().enumerate().map(|(i, r)| RawRow {
            number: row0 as usize + i + 1,
            cells: r.iter().map(text).collect(),
        });
        let header = rows
            .next()
            .ok_or_else(|| fail(&file, words(id::ENVELOPE_SHEET_EMPTY, &[("sheet", &sheet)])))?;
        Ok(RawTable {
            file,
            sheet: Some(sheet),
            first_column: col0 as usize,
            header_row: header.number,
            header: header.cells,
            rows: rows.collect(),
        })
    }

    /// The template as CSV text (comma separated, UTF-8).
    pub fn template_csv(rules: &RuleBook) -> Result<String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        let fail = |e: csv::Error| {
            fail(
                "template",
                words(id::ENVELOPE_CANNOT_WRITE_CSV, &[("reason", &e)]),
            )
        };
        w.write_record(super::COLUMNS).map_err(fail)?;
        for row in super::template(rules) {
            w.write_record(row.cells()).map_err(fail)?;
        }
        let bytes = w.into_inner().map_err(|e| {
            self::fail(
                "template",
                words(id::ENVELOPE_CANNOT_WRITE_CSV, &[("reason", &e)]),
            )
        })?;
        String::from_utf8(bytes).map_err(|e| self::fail("template", e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_without_guessing() {
        let ok = |t: &str| parse_amount(t).map(|d| d.to_string());
        assert_eq!(ok("90000").unwrap(), "90000");
        assert_eq!(ok(" 90 000,50 € ").unwrap(), "90000.50");
        assert_eq!(ok("17500.5").unwrap(), "17500.5");
        assert_eq!(ok("0").unwrap(), "0");
        for bad in [
            "", "90,000", "90.000", "1.234,56", "-5", "12a", "1e5", ".5", "1.2.3",
        ] {
            assert!(parse_amount(bad).is_err(), "{bad:?} must be refused");
        }
        assert!(parse_amount("100000001").is_err());
    }

    #[test]
    fn column_letters_count_like_a_spreadsheet() {
        assert_eq!(
            [0, 4, 25, 26, 27, 51, 52, 701, 702].map(column_letters),
            ["A", "E", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
        );
    }

    #[test]
    fn a_first_year_cell_is_where_the_rule_data_has_a_first_year_amount() {
        // The crisis mission's plan-year amount given to prevention instead, in a rule file.
        let moved = crate::rules::SHIPPED_TOML.replace(
            "mission.crises_sanitaires.part_fixe_premiere_annee",
            "mission.prevention.part_fixe_premiere_annee",
        );
        let rules = RuleBook::from_toml_str(&moved).unwrap();
        let first_year: Vec<MissionId> = slots(&rules)
            .into_iter()
            .filter_map(|s| match s.key {
                ParamKey::Mission(m, MissionParam::FixedFirstYear) => Some(m),
                _ => None,
            })
            .collect();
        assert_eq!(first_year, [MissionId::Prevention; 4]);
    }

    #[test]
    fn the_table_has_every_mission_amount_of_every_version() {
        let rules = RuleBook::shipped();
        let s = slots(rules);
        // 2019: 5 missions × 2 parts; avenant 2: 6 missions × 2 parts + the crisis plan year.
        assert_eq!(s.len(), 4 * (5 * 2) + 4 * (6 * 2 + 1));
        let known: Vec<_> = template(rules)
            .into_iter()
            .filter(|r| r.known.is_some())
            .collect();
        // Only taille 3 under avenant 2 is known (two real contracts, C).
        assert_eq!(known.len(), 13);
        assert!(known.iter().all(|r| r.slot.taille == Taille::T3
            && r.slot.version == "avenant-2"
            && r.known.unwrap().provenance.status == Status::Contract));
    }
}
