//! `aci report`: the achievement report a CPTS can publish (HTML, PDF), the same content as
//! open data (CSV, JSON; schema in docs/report-open-data.schema.json), and a portfolio view of
//! several CPTS. One file per purpose: [`data`] (what the report shows, from the engine's
//! results), [`open_data`], [`html`] (the page), [`svg`] (its trend charts).

pub mod data;
pub mod html;
pub mod open_data;
mod pdf;
mod portfolio;
mod svg;

use std::path::{Path, PathBuf};

use aci_core::RuleBook;

use crate::load::{self, CliError};
use crate::output;

/// What `-o`'s extension asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Html,
    Pdf,
    Xlsx,
    Json,
    Csv,
}

fn target(path: &Path) -> Result<Target, CliError> {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("html" | "htm") => Ok(Target::Html),
        Some("pdf") => Ok(Target::Pdf),
        Some("xlsx") => Ok(Target::Xlsx),
        Some("json") => Ok(Target::Json),
        Some("csv") => Ok(Target::Csv),
        _ => Err(CliError::usage(aci_core::wording::text(
            aci_core::wording::id::REPORT_BAD_EXTENSION,
            &[("file", &path.display())],
        ))),
    }
}

/// The scenarios named: files and shipped examples as given, a directory's `.toml`, `.json`
/// and `.xlsx` files in name order.
fn expand(names: &[String]) -> Result<Vec<String>, CliError> {
    let mut out = Vec::new();
    for name in names {
        let path = PathBuf::from(name);
        if path.is_dir() {
            let mut files: Vec<String> = std::fs::read_dir(&path)
                .map_err(|e| CliError::io(format!("{}: {e}", path.display())))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.is_file()
                        && matches!(
                            p.extension().and_then(|e| e.to_str()),
                            Some("toml" | "json" | "xlsx")
                        )
                })
                .map(|p| p.display().to_string())
                .collect();
            files.sort();
            out.extend(files);
        } else {
            out.push(name.clone());
        }
    }
    Ok(out)
}

/// The report of each scenario.
pub fn reports(
    rules: &RuleBook,
    names: &[String],
    years: data::Years,
) -> Result<Vec<data::Report>, CliError> {
    expand(names)?
        .iter()
        .map(|name| {
            let loaded = load::scenario(name)?;
            let sim = load::simulate(rules, &loaded)?;
            data::build(&loaded.origin, &loaded.scenario, &sim, years)
        })
        .collect()
}

/// `aci report SCENARIO… [--year N] -o FILE`.
pub fn run(
    rules: &RuleBook,
    names: &[String],
    years: data::Years,
    output: &Path,
) -> Result<(), CliError> {
    let what = target(output)?;
    let the_scenario = aci_core::wording::text(aci_core::wording::id::CLI_THE_SCENARIO, &[]);
    let inputs: Vec<(&str, &Path)> = names
        .iter()
        .filter_map(|n| load::scenario_file(n).map(|p| (the_scenario.as_str(), p)))
        .collect();
    output::check_distinct(&inputs, &[("-o", output)])?;
    let reports = reports(rules, names, years)?;
    let bytes = match what {
        Target::Json => open_data::json(&reports)?.into_bytes(),
        Target::Csv => open_data::csv(&reports)?.into_bytes(),
        Target::Xlsx => portfolio::xlsx(&reports)?,
        Target::Html | Target::Pdf => {
            let page = match reports.as_slice() {
                [one] => html::page(one),
                _ => html::portfolio(&reports),
            };
            match what {
                Target::Pdf => pdf::print(&page)?,
                _ => page.into_bytes(),
            }
        }
    };
    let mut staged = output::Staged::default();
    staged.add(output, &bytes)?;
    staged.commit()
}
