//! A scenario as an Excel workbook, for people who fill in a spreadsheet rather than write a
//! TOML file: [`template`] writes the workbook (empty, or from a scenario), [`read`] reads a
//! filled one into the same [`aci_core::simulation::Scenario`] the TOML reader builds.
//!
//! Sheets (names in the chosen language; either language is read): the contract (a field a
//! row), the population over time (optional), the missions (a row each), the indicators (a row
//! each, with its mission and its tiers), the expected results (a row for what is measured, a
//! column for each contract year).

mod cell;
pub mod layout;
pub mod read;
pub mod template;
#[cfg(test)]
mod tests;

use std::path::Path;

/// Whether a scenario name is a workbook (by its extension).
pub fn is_workbook(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}
