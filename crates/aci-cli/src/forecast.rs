//! `aci forecast`: Monte Carlo distribution of a contract's funding, with a progress bar.

use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use aci_core::contract::Contract;
use aci_core::forecast::{Forecast, ForecastSpec};
use aci_core::{Engine, RuleBook};
use comfy_table::{Cell, CellAlignment, Table, presets};

use crate::load::{self, CliError, Loaded};
use crate::table::eur;

/// Command-line values that replace the spec's.
pub struct Overrides {
    pub draws: Option<u64>,
    pub seed: Option<u64>,
    pub threads: Option<usize>,
    pub progress: bool,
}

/// Draws from which a progress bar is worth showing.
const PROGRESS_FROM: u64 = 200_000;

fn parse_spec(path: &Path) -> Result<ForecastSpec, CliError> {
    let text = load::read(path)?;
    let origin = path.display().to_string();
    if origin.to_ascii_lowercase().ends_with(".json") {
        serde_json::from_str(&text)
            .map_err(|e| CliError::input(format!("{origin}:{}: {e}", e.line())))
    } else {
        toml::from_str(&text).map_err(|e| {
            let line = e.span().map(|s| text[..s.start].matches('\n').count() + 1);
            CliError::input(format!(
                "{origin}:{} {}",
                line.map(|l| format!("{l}:")).unwrap_or_default(),
                e.message()
            ))
        })
    }
}

pub fn run(
    rules: &RuleBook,
    loaded: &Loaded,
    spec_path: &Path,
    o: Overrides,
    json: bool,
) -> Result<String, CliError> {
    let mut spec = parse_spec(spec_path)?;
    spec.draws = o.draws.unwrap_or(spec.draws);
    spec.seed = o.seed.unwrap_or(spec.seed);
    spec.threads = o
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let contract =
        Contract::new(loaded.scenario.contract.clone()).map_err(|e| loaded.located(&e))?;
    let engine = Engine::new(rules, loaded.scenario.options);
    let at = |e: aci_core::Error| CliError::input(format!("{}: {e}", spec_path.display()));

    let show = o.progress && spec.draws >= PROGRESS_FROM && std::io::stderr().is_terminal();
    let forecast = if show {
        let done = AtomicU64::new(0);
        let bar = indicatif::ProgressBar::new(spec.draws);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} draws ({eta} left)")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        let out = std::thread::scope(|s| {
            let worker = s.spawn(|| spec.run_with_progress(&engine, &contract, Some(&done)));
            while !worker.is_finished() {
                bar.set_position(done.load(Ordering::Relaxed));
                std::thread::sleep(Duration::from_millis(100));
            }
            worker
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e))
        });
        bar.finish_and_clear();
        out
    } else {
        spec.run(&engine, &contract)
    }
    .map_err(at)?;

    if json {
        return serde_json::to_string_pretty(&forecast)
            .map(|s| s + "\n")
            .map_err(|e| CliError::input(e.to_string()));
    }
    Ok(table(&forecast))
}

fn right(text: String) -> Cell {
    Cell::new(text).set_alignment(CellAlignment::Right)
}

fn table(f: &Forecast) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — Monte Carlo forecast: {} draws, seed {}",
        f.contract, f.draws, f.seed
    );
    for (title, cumulative) in [
        ("Yearly funding (€)", false),
        ("Cumulative funding (€)", true),
    ] {
        let _ = writeln!(out, "\n{title}");
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED);
        t.set_header(vec!["Year", "Mean", "P10", "P50", "P90", "Min", "Max"]);
        for y in &f.years {
            let s = if cumulative { &y.cumulative } else { &y.yearly };
            t.add_row(vec![
                Cell::new(y.year.to_string()),
                right(eur(s.mean)),
                right(eur(s.p10)),
                right(eur(s.p50)),
                right(eur(s.p90)),
                right(eur(s.min)),
                right(eur(s.max)),
            ]);
        }
        let _ = writeln!(out, "{t}");
    }
    let tiers: Vec<_> = f
        .years
        .iter()
        .flat_map(|y| y.tiers.iter().map(move |t| (y.year, t)))
        .collect();
    if !tiers.is_empty() {
        let _ = writeln!(out, "\nProbability of reaching each tier");
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED);
        t.set_header(vec![
            "Year",
            "Indicator",
            "Tier",
            "Threshold",
            "Probability",
        ]);
        for (year, tc) in tiers {
            t.add_row(vec![
                Cell::new(year.to_string()),
                Cell::new(&tc.indicator),
                right(tc.tier.to_string()),
                right(tc.threshold.to_string()),
                right(format!(
                    "{:.1} %",
                    tc.probability * rust_decimal::Decimal::ONE_HUNDRED
                )),
            ]);
        }
        let _ = writeln!(out, "{t}");
    }
    let _ = writeln!(
        out,
        "P10 / P90: 10 % of the draws got less / more. Same seed and draws, same forecast."
    );
    out
}
