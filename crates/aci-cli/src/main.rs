//! `aci`: simulate, explain and check ACI CPTS funding scenarios.
//!
//! Exit codes (stable, for scripts): 0 success; 1 the input is at fault (a scenario or rule
//! file that does not parse or breaks a rule, a computation that cannot be done); 2 wrong
//! command-line usage; 3 a file cannot be read or written.

mod chart;
mod check;
mod examples;
mod export;
mod forecast;
mod load;
mod reading;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use aci_core::RuleBook;
use aci_core::funding::Item;
use clap::{Parser, Subcommand, ValueEnum};

use crate::load::CliError;

#[derive(Parser)]
#[command(
    name = "aci",
    version,
    about = "ACI CPTS funding: simulate a CPTS year by year and payment by payment, with the source of every euro"
)]
struct Cli {
    /// A rule file replacing the shipped one (same format as `aci rules --format toml`).
    #[arg(long, global = true, value_name = "FILE")]
    rules: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Simulate a scenario: funding per contract year, payment calendar, calendar years, warnings.
    /// With no file, runs the shipped example `urban-taille3`.
    Simulate {
        /// Scenario file (.toml or .json), or the name of a shipped example.
        scenario: Option<String>,
        #[arg(long, short, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// CSV: which table to write.
        #[arg(long, value_enum, default_value_t = CsvTable::Flows)]
        table: CsvTable,
        /// Write to this file instead of standard output (required for xlsx).
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Also draw the payment calendar as a chart (.svg, or .html for a page around it).
        #[arg(long, value_name = "FILE")]
        chart: Option<PathBuf>,
    },
    /// Explain why a line of a contract year is this amount, with its sources.
    Explain {
        /// Scenario file, or the name of a shipped example.
        scenario: String,
        /// Contract year (1-based).
        #[arg(long, short)]
        year: u32,
        /// Line key, e.g. `fonctionnement` or `prevention.fixe`; all lines when omitted.
        #[arg(long, short)]
        line: Option<String>,
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
    /// List the agreement versions and every value shipped, with source and status.
    Rules {
        /// Only this version (e.g. `avenant-2`).
        #[arg(long)]
        version: Option<String>,
        #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
        format: RulesFormat,
    },
    /// Monte Carlo forecast: the distribution of yearly and cumulative funding of a scenario's
    /// contract under uncertain achievement (spec format: docs/forecast.md).
    Forecast {
        /// Scenario file (or shipped example): the contract and options.
        scenario: String,
        /// Forecast spec (TOML or JSON): distributions of each indicator and mission.
        spec: PathBuf,
        /// Number of simulated contracts (overrides the spec).
        #[arg(long)]
        draws: Option<u64>,
        /// Seed (overrides the spec): same seed and draws, same forecast.
        #[arg(long)]
        seed: Option<u64>,
        /// Worker threads (default: every core; the result does not depend on it).
        #[arg(long)]
        threads: Option<usize>,
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
        /// Never show the progress bar (it shows on a terminal for long runs).
        #[arg(long)]
        no_progress: bool,
    },
    /// Validate scenarios and list every problem found, not just the first.
    Check {
        #[arg(required = true)]
        scenarios: Vec<String>,
    },
    /// Print the JSON Schema of the scenario or result format.
    Schema {
        #[arg(value_enum, default_value_t = SchemaKind::Scenario)]
        kind: SchemaKind,
    },
    /// Print a shipped example scenario (to start your own), or list them.
    Example { name: Option<String> },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
    Csv,
    Xlsx,
}

#[derive(Clone, Copy, ValueEnum)]
enum CsvTable {
    /// One row per payment.
    Flows,
    /// One row per line of each contract year.
    Lines,
    /// One row per calendar year.
    Calendar,
}

#[derive(Clone, Copy, ValueEnum)]
enum TextOrJson {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    Table,
    Json,
    Toml,
}

#[derive(Clone, Copy, ValueEnum)]
enum SchemaKind {
    Scenario,
    Result,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

fn rule_book(path: &Option<PathBuf>) -> Result<std::borrow::Cow<'static, RuleBook>, CliError> {
    match path {
        None => Ok(std::borrow::Cow::Borrowed(RuleBook::shipped())),
        Some(p) => {
            let text = load::read(p)?;
            RuleBook::from_toml_str(&text)
                .map(std::borrow::Cow::Owned)
                .map_err(|e| CliError::input(format!("{}: {e}", p.display())))
        }
    }
}

fn run(cli: Cli) -> Result<(), CliError> {
    let rules = rule_book(&cli.rules)?;
    match cli.command {
        Command::Simulate {
            scenario,
            format,
            table: csv_table,
            output,
            chart,
        } => {
            let name = scenario.unwrap_or_else(|| examples::DEFAULT.to_string());
            let loaded = load::scenario(&name)?;
            let sim = load::simulate(&rules, &loaded)?;
            if let Some(path) = chart {
                let svg = chart::svg(&sim);
                let text = if path.extension().is_some_and(|e| e == "html") {
                    chart::html(&sim, &svg)
                } else {
                    svg
                };
                load::write(&path, text.as_bytes())?;
            }
            match format {
                Format::Table => load::emit(
                    output.as_deref(),
                    table::simulation(&sim, &loaded.scenario.contract.missions).as_bytes(),
                ),
                Format::Json => load::emit(output.as_deref(), export::json(&sim)?.as_bytes()),
                Format::Csv => {
                    let text = match csv_table {
                        CsvTable::Flows => export::csv_flows(&sim),
                        CsvTable::Lines => export::csv_lines(&sim),
                        CsvTable::Calendar => export::csv_calendar(&sim),
                    }?;
                    load::emit(output.as_deref(), text.as_bytes())
                }
                Format::Xlsx => {
                    let path = output
                        .ok_or_else(|| CliError::usage("--format xlsx needs --output FILE.xlsx"))?;
                    let bytes = export::xlsx(&sim)?;
                    load::write(&path, &bytes)
                }
            }
        }
        Command::Explain {
            scenario,
            year,
            line,
            format,
        } => {
            let loaded = load::scenario(&scenario)?;
            let sim = load::simulate(&rules, &loaded)?;
            let Some(y) = sim.years.iter().find(|y| y.year.number == year) else {
                return Err(CliError::input(format!(
                    "--year {year}: the simulation has years 1 to {}",
                    sim.years.len()
                )));
            };
            let lines: Vec<_> = match &line {
                None => y.lines.iter().collect(),
                Some(key) => {
                    let item = Item::parse(key).ok_or_else(|| {
                        let keys: Vec<String> = y.lines.iter().map(|l| l.item.key()).collect();
                        CliError::input(format!(
                            "--line {key}: unknown line; this year has: {}",
                            keys.join(", ")
                        ))
                    })?;
                    vec![y.line(item).ok_or_else(|| {
                        CliError::input(format!("--line {key}: no such line in year {year}"))
                    })?]
                }
            };
            let text = match format {
                TextOrJson::Json => {
                    serde_json::to_string_pretty(&lines)
                        .map_err(|e| CliError::input(e.to_string()))?
                        + "\n"
                }
                TextOrJson::Text => table::explain(y, &lines, &loaded.scenario.contract.missions),
            };
            load::emit(None, text.as_bytes())
        }
        Command::Rules { version, format } => {
            if let Some(v) = &version
                && rules.version(v).is_none()
            {
                let ids: Vec<&str> = rules.versions.iter().map(|v| v.id.as_str()).collect();
                return Err(CliError::input(format!(
                    "--version {v}: unknown; shipped: {}",
                    ids.join(", ")
                )));
            }
            let text = match format {
                RulesFormat::Table => table::rules(&rules, version.as_deref()),
                RulesFormat::Json => {
                    let versions: Vec<_> = rules
                        .versions
                        .iter()
                        .filter(|v| version.as_ref().is_none_or(|id| &v.id == id))
                        .collect();
                    serde_json::to_string_pretty(
                        &serde_json::json!({ "sources": rules.sources, "versions": versions }),
                    )
                    .map_err(|e| CliError::input(e.to_string()))?
                        + "\n"
                }
                RulesFormat::Toml => match &cli.rules {
                    None => aci_core::rules::SHIPPED_TOML.to_string(),
                    Some(p) => load::read(p)?,
                },
            };
            load::emit(None, text.as_bytes())
        }
        Command::Forecast {
            scenario,
            spec,
            draws,
            seed,
            threads,
            format,
            no_progress,
        } => {
            let loaded = load::scenario(&scenario)?;
            let text = forecast::run(
                &rules,
                &loaded,
                &spec,
                forecast::Overrides {
                    draws,
                    seed,
                    threads,
                    progress: !no_progress,
                },
                matches!(format, TextOrJson::Json),
            )?;
            load::emit(None, text.as_bytes())
        }
        Command::Check { scenarios } => {
            let mut failed = false;
            for name in &scenarios {
                let report = check::check(&rules, name)?;
                print!("{}", report.text);
                failed |= report.errors > 0;
            }
            if failed {
                Err(CliError::silent_input())
            } else {
                Ok(())
            }
        }
        Command::Schema { kind } => {
            let schema = match kind {
                // A scenario is read (deserialize contract); a result is written (serialize contract).
                SchemaKind::Scenario => schemars::schema_for!(aci_core::simulation::Scenario),
                SchemaKind::Result => schemars::generate::SchemaSettings::draft2020_12()
                    .for_serialize()
                    .into_generator()
                    .into_root_schema_for::<aci_core::simulation::Simulation>(),
            };
            let text = serde_json::to_string_pretty(&schema)
                .map_err(|e| CliError::input(e.to_string()))?
                + "\n";
            load::emit(None, text.as_bytes())
        }
        Command::Example { name } => match name {
            None => {
                let mut text = String::new();
                for (n, _, title) in examples::ALL {
                    text.push_str(&format!("{n:<28} {title}\n"));
                }
                load::emit(None, text.as_bytes())
            }
            Some(n) => load::emit(None, examples::get(&n)?.as_bytes()),
        },
    }
}
