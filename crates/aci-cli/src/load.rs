//! Reading scenarios, writing outputs, and the command's errors (with file, field and line).

use std::io::Write;
use std::path::Path;

use aci_core::simulation::{Scenario, Simulation, simulate as run};
use aci_core::wording::{id, text};
use aci_core::{Error, RuleBook};

use crate::xlsx_scenario::{self, read::Places};
use crate::{examples, reading};

/// What went wrong, and which exit code says so.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CliError {
    pub kind: Kind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The input is at fault (exit 1).
    Input,
    /// The command line is at fault (exit 2).
    Usage,
    /// A file cannot be read or written (exit 3).
    Io,
}

impl CliError {
    pub fn input(message: impl Into<String>) -> Self {
        CliError {
            kind: Kind::Input,
            message: message.into(),
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        CliError {
            kind: Kind::Usage,
            message: message.into(),
        }
    }
    pub fn io(message: impl Into<String>) -> Self {
        CliError {
            kind: Kind::Io,
            message: message.into(),
        }
    }
    /// An input failure already reported on standard output (by `check`).
    pub fn silent_input() -> Self {
        CliError::input(text(id::CLI_PROBLEMS_ABOVE, &[]))
    }
    /// A file that could not be read, already reported on standard output (by `check`).
    pub fn silent_io() -> Self {
        CliError::io(text(id::CLI_UNREADABLE_ABOVE, &[]))
    }
    pub fn exit_code(&self) -> u8 {
        match self.kind {
            Kind::Input => 1,
            Kind::Usage => 2,
            Kind::Io => 3,
        }
    }
}

/// A scenario and where it came from.
pub struct Loaded {
    /// File path or `example:<name>`.
    pub origin: String,
    /// The file's text; for a workbook, a stand-in text with a line for each cell.
    pub text: String,
    pub scenario: Scenario,
    /// For a workbook: the cell of each line of `text`.
    pub places: Option<Places>,
}

impl Loaded {
    /// `origin:line`, or `origin: Sheet!C4` for a workbook (line: of [`Loaded::text`]).
    pub fn place(&self, line: Option<usize>) -> String {
        match (&self.places, line) {
            (Some(places), Some(l)) => match places.cell(l) {
                Some(cell) => format!("{}: {cell}", self.origin),
                None => self.origin.clone(),
            },
            (None, Some(l)) => format!("{}:{l}", self.origin),
            (_, None) => self.origin.clone(),
        }
    }

    /// The error `e` at the line or cell of the values it names (best effort).
    pub fn located(&self, e: &Error) -> CliError {
        CliError::input(format!("{}: {e}", self.place(locate(&self.text, e))))
    }
}

/// A scenario read, or every problem of its file.
pub enum Reading {
    Read(Box<Loaded>),
    /// Each problem as `origin:line: message` (or `origin: Sheet!C4: message`).
    Problems {
        origin: String,
        problems: Vec<String>,
    },
}

/// Reads a scenario file (TOML, JSON or an Excel workbook) or a shipped example; `Err` when it
/// cannot be read at all.
pub fn reading(name: &str) -> Result<Reading, CliError> {
    if let Some(path) = scenario_file(name)
        && xlsx_scenario::is_workbook(path)
    {
        if path.is_dir() {
            read(path)?;
        }
        return Ok(match xlsx_scenario::read::read(path) {
            Ok((scenario, places)) => Reading::Read(Box::new(Loaded {
                origin: name.to_string(),
                text: places.text().to_string(),
                scenario,
                places: Some(places),
            })),
            Err(problems) => Reading::Problems {
                origin: name.to_string(),
                problems: problems
                    .iter()
                    .map(|p| match &p.cell {
                        Some(cell) => format!("{name}: {cell}: {}", p.message),
                        None => format!("{name}: {}", p.message),
                    })
                    .collect(),
            },
        });
    }
    let (origin, text) = source(name)?;
    Ok(match reading::read(&origin, &text) {
        Ok(scenario) => Reading::Read(Box::new(Loaded {
            origin,
            text,
            scenario,
            places: None,
        })),
        Err(problems) => Reading::Problems {
            problems: problems.iter().map(|p| p.located(&origin)).collect(),
            origin,
        },
    })
}

pub fn read(path: &Path) -> Result<String, CliError> {
    if path.is_dir() {
        return Err(CliError::io(text(
            id::CLI_FOLDER,
            &[("path", &path.display())],
        )));
    }
    std::fs::read_to_string(path).map_err(|e| match e.kind() {
        // Read, but not text: the file is at fault, not the disk.
        std::io::ErrorKind::InvalidData => {
            CliError::input(text(id::CLI_NOT_UTF8, &[("path", &path.display())]))
        }
        _ => CliError::io(text(
            id::CLI_CANNOT_READ,
            &[("path", &path.display()), ("reason", &e)],
        )),
    })
}

/// Writes a file atomically: on failure the old file stays as it was.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    crate::output::write(path, bytes)
}

/// Writes to a file, or to standard output.
pub fn emit(path: Option<&Path>, bytes: &[u8]) -> Result<(), CliError> {
    match path {
        Some(p) => write(p, bytes),
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`aci ... | head`) is not an error worth reporting.
            match out.write_all(bytes).and_then(|_| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::io(text(
                    id::CLI_CANNOT_WRITE_OUTPUT,
                    &[("reason", &e)],
                ))),
                _ => Ok(()),
            }
        }
    }
}

/// The file a scenario name reads, if it is a file rather than a shipped example.
pub fn scenario_file(name: &str) -> Option<&Path> {
    let path = Path::new(name);
    path.exists().then_some(path)
}

/// The text of a scenario: a file, or a shipped example by name.
pub fn source(name: &str) -> Result<(String, String), CliError> {
    if let Some(path) = scenario_file(name) {
        let text = read(path)?;
        scenario_extension(path)?;
        return Ok((name.to_string(), text));
    }
    match examples::get(name) {
        Ok(text) => Ok((format!("example:{name}"), text.to_string())),
        Err(_) => {
            let names = examples::ALL.iter().map(|(n, _, _)| *n);
            Err(CliError::io(text(
                id::CLI_NO_SCENARIO,
                &[
                    ("name", &name),
                    (
                        "did_you_mean",
                        &aci_core::suggest::did_you_mean(name, names),
                    ),
                ],
            )))
        }
    }
}

/// A scenario text file is TOML (`.toml`, or no extension) or JSON (`.json`): any other
/// extension is refused rather than read as TOML (a `.txt` is not what the reader expects; an
/// `.xlsx` is read by [`reading`] before it gets here).
fn scenario_extension(path: &Path) -> Result<(), CliError> {
    match path.extension().and_then(|e| e.to_str()) {
        None => Ok(()),
        Some(e) if e.eq_ignore_ascii_case("toml") || e.eq_ignore_ascii_case("json") => Ok(()),
        Some(e) => Err(CliError::input(text(
            id::CLI_SCENARIO_EXTENSION,
            &[("path", &path.display()), ("extension", &e)],
        ))),
    }
}

/// Reads a scenario; an error lists every problem of the file, one a line.
pub fn scenario(name: &str) -> Result<Loaded, CliError> {
    match reading(name)? {
        Reading::Read(loaded) => Ok(*loaded),
        // The first line takes its "error: " where the error is printed.
        Reading::Problems { problems, .. } => Err(CliError::input(
            problems
                .iter()
                .enumerate()
                .map(|(i, line)| match i {
                    0 => line.clone(),
                    _ => aci_core::wording::text(id::CLI_ERROR, &[("message", line)]),
                })
                .collect::<Vec<_>>()
                .join("\n"),
        )),
    }
}

pub fn simulate(rules: &RuleBook, loaded: &Loaded) -> Result<Simulation, CliError> {
    run(rules, &loaded.scenario).map_err(|e| loaded.located(&e))
}

/// The first line that mentions what the error is about.
pub fn locate(text: &str, e: &Error) -> Option<usize> {
    let needles: Vec<String> = match e {
        Error::UnknownMission { name, .. } | Error::Duplicate { name, .. } => {
            vec![format!("\"{name}\"")]
        }
        Error::UnknownIndicator { indicator, .. } => vec![indicator.clone()],
        Error::TiersNotOrdered { indicator, .. } => {
            vec![format!("\"{indicator}\""), "tiers".into()]
        }
        Error::MissionBeforeContract { start, .. } => {
            vec![format!("\"{start}\""), start.to_string()]
        }
        Error::DatesOutOfOrder { later, field, .. } => {
            vec![format!("\"{later}\""), last_field(field)]
        }
        Error::SubCentAmount { field, value } => {
            let key = last_field(field);
            vec![format!("{key} = \"{value}\""), format!("{key} = {value}")]
        }
        Error::OutOfRange { field, value, .. } => {
            let key = last_field(field);
            vec![
                format!("{key} = {value}"),
                format!("{key} = \"{value}\""),
                format!("{key} ="),
                key,
            ]
        }
        Error::IndicatorsExceedEnvelope { mission, .. }
        | Error::MissingMissionAmount { mission, .. } => {
            vec![format!("\"{}\"", mission.key())]
        }
        Error::ObservationKind { indicator, .. } => vec![last_field(indicator)],
        _ => vec![],
    };
    needles.iter().filter(|n| !n.is_empty()).find_map(|n| {
        text.lines()
            .position(|l| l.contains(n.as_str()))
            .map(|i| i + 1)
    })
}

/// `missions.prevention.fixed` → `fixed`; `population[0].population` → `population`.
fn last_field(field: &str) -> String {
    let last = field.rsplit('.').next().unwrap_or(field);
    last.split('[').next().unwrap_or(last).to_string()
}
