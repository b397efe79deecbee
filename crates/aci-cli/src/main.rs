//! `aci`: simulate, explain and check ACI CPTS funding scenarios.
//!
//! Exit codes (stable, for scripts): 0 success; 1 the input is at fault (a scenario or rule
//! file that does not parse or breaks a rule, a computation that cannot be done); 2 wrong
//! command-line usage; 3 a file cannot be read or written. An output file that is one of the
//! command's inputs (or another output) is a usage error (2), and nothing is written.

mod chart;
mod check;
mod envelopes;
mod examples;
mod export;
mod forecast;
mod guided;
mod load;
mod output;
mod reading;
// `aci serve` (#16)
mod serve;
// `aci report` (#17).
mod report;
mod table;
mod workbook;
mod xlsx_scenario;

use std::path::PathBuf;
use std::process::ExitCode;

use aci_core::RuleBook;
use aci_core::funding::Item;
use aci_core::payments::Flow;
use aci_core::simulation::Simulation;
use aci_core::wording::{self, Lang, id, text};
use clap::{ArgGroup, Parser, Subcommand, ValueEnum};

use crate::load::CliError;
use crate::output::Format;

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
    /// The national per-mission envelope table, filled in from the official text (.csv or
    /// .xlsx, from `aci envelopes --template`), read over the rule data; or the word
    /// `estimate` for an indicative estimate of the amounts nobody has sourced (never national
    /// amounts: labelled and warned; docs/estimate.md).
    #[arg(long, global = true, value_name = "FILE|estimate")]
    envelopes: Option<String>,
    /// The language of tables, explanations, warnings and charts: fr or en. Default: English
    /// when LC_ALL, LC_MESSAGES or LANG names an English locale, French otherwise.
    /// Keys, JSON field names and the scenario format do not change with it.
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,
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
        /// Report format [default: from -o's extension, else table]. With -o it must agree with
        /// the extension.
        #[arg(long, short, value_enum)]
        format: Option<Format>,
        /// CSV: which table to write.
        #[arg(long, value_enum, default_value_t = CsvTable::Flows)]
        table: CsvTable,
        /// CSV: `standard` (`,` separator, `.` decimals, ISO dates, UTF-8, the columns' keys as
        /// headers) or `excel-fr`, what French Excel opens by a double-click (`;` separator, `,`
        /// decimals, dates 01/03/2025, UTF-8 with a BOM, headers and codes in words in the
        /// language of --lang) [default: standard]
        #[arg(long, value_enum, value_name = "DIALECT")]
        csv: Option<export::CsvDialect>,
        /// Write the report to this file instead of standard output, in the format of its
        /// extension: .json, .csv, .xlsx, .txt or .md (text table). Never one of the inputs;
        /// replaced only once the run has succeeded.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Also draw the payment calendar as a chart, in the format of the extension: .svg, .html
        /// (a page with the chart and the calendar-year table) or .png.
        #[arg(long, value_name = "FILE")]
        chart: Option<PathBuf>,
    },
    /// Explain why a line of a contract year is this amount, or how a payment was computed,
    /// with its sources.
    #[command(group(ArgGroup::new("what").required(true).args(["year", "payment"])))]
    Explain {
        /// Scenario file, or the name of a shipped example.
        scenario: String,
        /// Contract year (1-based).
        #[arg(long, short)]
        year: Option<u32>,
        /// Line key, e.g. `fonctionnement` or `prevention.fixe`; all lines when omitted.
        #[arg(long, short, requires = "year")]
        line: Option<String>,
        /// The payments of a date (`2025-03-01`), or of one flow that date
        /// (`2025-03-01:fonctionnement`, `2025-03-01:lettre_intention`).
        #[arg(long, short, value_name = "DATE[:FLOW]")]
        payment: Option<String>,
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
    /// The national per-mission envelope table: `--template` writes the table to fill (the
    /// values already sourced filled in, with their status); without it, lists the amounts in
    /// effect (with `--envelopes`: the loaded table or the estimate, with its range).
    Envelopes {
        /// Write the table to fill in.
        #[arg(long)]
        template: bool,
        /// With --template: a .csv or .xlsx file (CSV on standard output when omitted).
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// The achievement report a CPTS can publish (self-contained HTML, French by default), or
    /// the same as open data (.json, .csv: docs/report.md); several scenarios or a directory:
    /// the portfolio, the CPTS side by side.
    #[command(group(ArgGroup::new("years").args(["year", "all_years"])))]
    Report {
        /// Scenario files, directories of them, or shipped examples.
        #[arg(required = true)]
        scenarios: Vec<String>,
        /// Only this contract year (1-based).
        #[arg(long, short)]
        year: Option<u32>,
        /// Every contract year (the default).
        #[arg(long)]
        all_years: bool,
        /// The file to write: .html, .pdf (printed by headless Chromium), .json or .csv.
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
    },
    /// Print the JSON Schema of the scenario or result format.
    Schema {
        #[arg(value_enum, default_value_t = SchemaKind::Scenario)]
        kind: SchemaKind,
    },
    /// Print a shipped example scenario (to start your own), or list them.
    Example { name: Option<String> },
    /// Create a scenario: on a terminal, a few questions and a commented TOML file (or .xlsx);
    /// `--xlsx plan.xlsx` writes an Excel workbook to fill in instead (drop-down lists, a note on
    /// each field), read back by `aci simulate plan.xlsx` and `aci check`.
    New {
        /// Write a fill-in Excel workbook to this file.
        #[arg(long, value_name = "FILE")]
        xlsx: Option<PathBuf>,
        /// With --xlsx: the scenario (a file or a shipped example) to put in the workbook.
        #[arg(long, value_name = "SCENARIO", requires = "xlsx")]
        from: Option<String>,
        /// The CPTS's name (asked on a terminal when omitted).
        #[arg(long, conflicts_with = "xlsx")]
        name: Option<String>,
        /// The signature date, YYYY-MM-DD or DD/MM/YYYY.
        #[arg(long, value_name = "DATE", conflicts_with = "xlsx")]
        signed: Option<String>,
        /// The date the ARS validated the lettre d'intention.
        #[arg(long, value_name = "DATE", conflicts_with = "xlsx")]
        letter: Option<String>,
        /// The population covered (inhabitants).
        #[arg(long, value_name = "N", conflicts_with = "xlsx")]
        population: Option<String>,
        /// The file to write: .toml (commented) or .xlsx.
        #[arg(long, short, value_name = "FILE", conflicts_with = "xlsx")]
        output: Option<PathBuf>,
    },
    /// A local web app and JSON API: the page at http://127.0.0.1:8080/, the API under
    /// /api/v1 (described at /api/v1/openapi.json); Ctrl-C stops (docs/serve.md).
    Serve {
        /// The address to listen on: 127.0.0.1 (this computer only) unless told otherwise.
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// The port (0: any free port, printed on the first line).
        #[arg(long, default_value_t = 8080)]
        port: u16,
    },
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
    /// The open data of `aci report` (docs/report-open-data.schema.json).
    Report,
}

/// `--lang`: a language with a catalogue in the core.
#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Fr,
    En,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    wording::set_lang(match cli.lang {
        Some(LangArg::Fr) => Lang::Fr,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_env(),
    });
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", text(id::CLI_ERROR, &[("message", &e)]));
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

/// `aci explain --year N [--line KEY]`.
fn explain_line(
    sim: &Simulation,
    missions: &[aci_core::contract::MissionSpec],
    year: u32,
    line: Option<&str>,
    format: TextOrJson,
) -> Result<String, CliError> {
    let Some(y) = sim.years.iter().find(|y| y.year.number == year) else {
        return Err(CliError::input(text(
            id::CLI_YEAR_NOT_SIMULATED,
            &[("year", &year), ("years", &sim.years.len())],
        )));
    };
    let lines: Vec<_> = match line {
        None => y.lines.iter().collect(),
        Some(key) => {
            let item = Item::parse(key).ok_or_else(|| {
                let keys: Vec<String> = y.lines.iter().map(|l| l.item.key()).collect();
                CliError::input(text(
                    id::CLI_UNKNOWN_LINE,
                    &[("key", &key), ("keys", &keys.join(", "))],
                ))
            })?;
            vec![y.line(item).ok_or_else(|| {
                CliError::input(text(
                    id::CLI_LINE_NOT_IN_YEAR,
                    &[("key", &key), ("year", &year)],
                ))
            })?]
        }
    };
    Ok(match format {
        TextOrJson::Json => {
            serde_json::to_string_pretty(&lines).map_err(|e| CliError::input(e.to_string()))? + "\n"
        }
        TextOrJson::Text => table::explain(y, &lines, missions),
    })
}

/// `aci explain --payment DATE[:FLOW]`.
fn explain_payment(sim: &Simulation, arg: &str, format: TextOrJson) -> Result<String, CliError> {
    let (date_text, flow_key) = match arg.split_once(':') {
        Some((d, f)) => (d, Some(f)),
        None => (arg, None),
    };
    let date: jiff::civil::Date = date_text
        .parse()
        .map_err(|_| CliError::input(text(id::CLI_PAYMENT_NOT_A_DATE, &[("arg", &arg)])))?;
    let on_date = sim.payments_on(date, None);
    if on_date.is_empty() {
        let mut dates: Vec<String> = sim.flows.iter().map(|f| f.date.to_string()).collect();
        dates.dedup();
        return Err(CliError::input(text(
            id::CLI_NO_PAYMENT_ON,
            &[("arg", &arg), ("date", &date), ("dates", &dates.join(", "))],
        )));
    }
    let flows = match flow_key {
        None => on_date,
        Some(key) => {
            let found = Flow::parse(key)
                .map(|flow| sim.payments_on(date, Some(flow)))
                .unwrap_or_default();
            if found.is_empty() {
                let mut keys: Vec<String> = Vec::new();
                for f in &on_date {
                    if !keys.contains(&f.flow.key()) {
                        keys.push(f.flow.key());
                    }
                }
                return Err(CliError::input(text(
                    id::CLI_NO_PAYMENT_OF,
                    &[
                        ("arg", &arg),
                        ("key", &key),
                        ("date", &date),
                        ("keys", &keys.join(", ")),
                    ],
                )));
            }
            found
        }
    };
    Ok(match format {
        TextOrJson::Json => {
            serde_json::to_string_pretty(&flows).map_err(|e| CliError::input(e.to_string()))? + "\n"
        }
        TextOrJson::Text => table::explain_payments(sim, date, &flows),
    })
}

/// `aci new --xlsx FILE [--from SCENARIO]`: the fill-in workbook, and what to run next.
fn new_workbook(
    rules: &RuleBook,
    path: &std::path::Path,
    from: Option<&str>,
) -> Result<(), CliError> {
    let inputs: Vec<(&str, &std::path::Path)> = from
        .and_then(load::scenario_file)
        .map(|p| ("--from", p))
        .into_iter()
        .collect();
    output::check_distinct(&inputs, &[("--xlsx", path)])?;
    let scenario = from.map(load::scenario).transpose()?;
    let bytes = xlsx_scenario::template::write(scenario.as_ref().map(|l| &l.scenario), rules)
        .map_err(|e| CliError::io(format!("XLSX: {e}")))?;
    load::write(path, &bytes)?;
    let file = path.display().to_string();
    let text = format!(
        "{}\n  aci check {file}\n  aci simulate {file}\n",
        wording::text(wording::id::XLSX_IN_WRITTEN, &[("file", &file)])
    );
    load::emit(None, text.as_bytes())
}

fn run(cli: Cli) -> Result<(), CliError> {
    let rules = envelopes::apply(rule_book(&cli.rules)?, cli.envelopes.as_deref())?;
    match cli.command {
        Command::Simulate {
            scenario,
            format,
            table: csv_table,
            csv: csv_dialect,
            output,
            chart,
        } => {
            // Every check of the command line before any work, every output made before any
            // file is replaced: a run that fails leaves the old files.
            let format = output::report_format(format, output.as_deref())?;
            let chart_format = chart.as_deref().map(output::chart_format).transpose()?;
            if csv_dialect.is_some() && format != Format::Csv {
                return Err(CliError::usage(
                    "--csv chooses the form of a CSV report: use it with --format csv or -o FILE.csv",
                ));
            }
            let dialect = csv_dialect.unwrap_or_default();
            let name = scenario.unwrap_or_else(|| examples::DEFAULT.to_string());
            let the_scenario = text(id::CLI_THE_SCENARIO, &[]);
            let inputs: Vec<(&str, &std::path::Path)> = [
                (the_scenario.as_str(), load::scenario_file(&name)),
                ("--rules", cli.rules.as_deref()),
            ]
            .into_iter()
            .filter_map(|(what, path)| Some((what, path?)))
            .collect();
            let outputs: Vec<(&str, &std::path::Path)> =
                [("-o", output.as_deref()), ("--chart", chart.as_deref())]
                    .into_iter()
                    .filter_map(|(what, path)| Some((what, path?)))
                    .collect();
            output::check_distinct(&inputs, &outputs)?;
            let loaded = load::scenario(&name)?;
            let sim = load::simulate(&rules, &loaded)?;
            let report = match format {
                Format::Table => {
                    table::simulation(&sim, &loaded.scenario.contract.missions).into_bytes()
                }
                Format::Json => export::json(&sim)?.into_bytes(),
                Format::Csv => match csv_table {
                    CsvTable::Flows => export::csv_flows(&sim, dialect),
                    CsvTable::Lines => {
                        export::csv_lines(&sim, &loaded.scenario.contract.missions, dialect)
                    }
                    CsvTable::Calendar => export::csv_calendar(&sim, dialect),
                }?
                .into_bytes(),
                Format::Xlsx => workbook::xlsx(&sim, &loaded.scenario.contract.missions)?,
            };
            let mut staged = output::Staged::default();
            if let (Some(path), Some(chart_format)) = (&chart, chart_format) {
                staged.add(path, &chart::render(&sim, chart_format)?)?;
            }
            if let Some(path) = &output {
                staged.add(path, &report)?;
            }
            staged.commit()?;
            match output {
                Some(_) => Ok(()),
                None => load::emit(None, &report),
            }
        }
        Command::Explain {
            scenario,
            year,
            line,
            payment,
            format,
        } => {
            let loaded = load::scenario(&scenario)?;
            let sim = load::simulate(&rules, &loaded)?;
            let text = match (year, payment) {
                (_, Some(payment)) => explain_payment(&sim, &payment, format)?,
                (Some(year), None) => explain_line(
                    &sim,
                    &loaded.scenario.contract.missions,
                    year,
                    line.as_deref(),
                    format,
                )?,
                (None, None) => {
                    return Err(CliError::usage(text(id::CLI_EXPLAIN_NEEDS, &[])));
                }
            };
            load::emit(None, text.as_bytes())
        }
        Command::Rules { version, format } => {
            if let Some(v) = &version
                && rules.version(v).is_none()
            {
                let ids: Vec<&str> = rules.versions.iter().map(|v| v.id.as_str()).collect();
                return Err(CliError::input(text(
                    id::CLI_UNKNOWN_VERSION,
                    &[("version", v), ("ids", &ids.join(", "))],
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
            let (mut failed, mut unreadable) = (false, false);
            for name in &scenarios {
                let report = check::check(&rules, name)?;
                print!("{}", report.text);
                failed |= report.errors > 0;
                unreadable |= report.unreadable;
            }
            if unreadable {
                Err(CliError::silent_io())
            } else if failed {
                Err(CliError::silent_input())
            } else {
                Ok(())
            }
        }
        Command::Envelopes { template, output } => match (template, output) {
            (true, output) => {
                let inputs: Vec<(&str, &std::path::Path)> = [
                    ("--rules", cli.rules.as_deref()),
                    (
                        "--envelopes",
                        cli.envelopes.as_deref().map(std::path::Path::new),
                    ),
                ]
                .into_iter()
                .filter_map(|(what, path)| Some((what, path?)))
                .collect();
                envelopes::template(&rules, output.as_deref(), &inputs)
            }
            (false, Some(_)) => Err(CliError::usage(text(id::CLI_OUTPUT_NEEDS_TEMPLATE, &[]))),
            (false, None) => load::emit(None, envelopes::in_effect(&rules).as_bytes()),
        },
        Command::Report {
            scenarios,
            year,
            all_years: _,
            output,
        } => {
            let years = year.map_or(report::data::Years::All, report::data::Years::One);
            report::run(&rules, &scenarios, years, &output)
        }
        Command::Schema { kind } => {
            let schema = match kind {
                // A scenario is read (deserialize contract); a result is written (serialize contract).
                SchemaKind::Scenario => schemars::schema_for!(aci_core::simulation::Scenario),
                SchemaKind::Result => schemars::generate::SchemaSettings::draft2020_12()
                    .for_serialize()
                    .into_generator()
                    .into_root_schema_for::<aci_core::simulation::Simulation>(),
                SchemaKind::Report => {
                    return load::emit(None, report::open_data::schema().as_bytes());
                }
            };
            let text = serde_json::to_string_pretty(&schema)
                .map_err(|e| CliError::input(e.to_string()))?
                + "\n";
            load::emit(None, text.as_bytes())
        }
        Command::New {
            xlsx,
            from,
            name,
            signed,
            letter,
            population,
            output,
        } => match xlsx {
            Some(path) => new_workbook(&rules, &path, from.as_deref()),
            None => guided::run(
                &rules,
                guided::Flags {
                    name,
                    signed,
                    letter,
                    population,
                    output,
                },
            ),
        },
        Command::Serve { bind, port } => serve::run(rules.into_owned(), &bind, port),
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
