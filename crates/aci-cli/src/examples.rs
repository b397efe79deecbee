//! The example scenarios of `fixtures/`, embedded so `aci simulate` works with no file.

use crate::load::CliError;

/// The example `aci simulate` runs with no file.
pub const DEFAULT: &str = "urban-taille3";

/// `(name, TOML text, one-line description)`.
pub const ALL: &[(&str, &str, &str)] = &[
    (
        "urban-taille3",
        include_str!("../../../fixtures/urban-taille3.toml"),
        "urban taille-3 CPTS, national taille-3 envelopes, a crisis in year 3",
    ),
    (
        "rural-taille1-from-letter",
        include_str!("../../../fixtures/rural-taille1-from-letter.toml"),
        "rural taille-1 CPTS from its lettre d'intention",
    ),
    (
        "metropolitan-taille4",
        include_str!("../../../fixtures/metropolitan-taille4.toml"),
        "metropolitan taille-4 CPTS, variable parts paid 3 months after each year",
    ),
    (
        "bracket-crossing",
        include_str!("../../../fixtures/bracket-crossing.toml"),
        "population crossing 80 000: taille 2 then 3",
    ),
    (
        "terminated-early",
        include_str!("../../../fixtures/terminated-early.toml"),
        "contract terminated in year 3: advances repaid",
    ),
];

/// The text of a shipped example.
pub fn get(name: &str) -> Result<&'static str, CliError> {
    ALL.iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, text, _)| *text)
        .ok_or_else(|| {
            let names: Vec<&str> = ALL.iter().map(|(n, _, _)| *n).collect();
            CliError::input(format!(
                "no example named '{name}'; shipped: {}",
                names.join(", ")
            ))
        })
}
