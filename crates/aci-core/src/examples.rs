//! The example scenarios of `fixtures/`, embedded so the `aci` command and the Python binding
//! run them by name with no file (`aci simulate urban-taille3`,
//! `aci.Engine().simulate("urban-taille3")`).

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

/// The TOML text of the shipped example `name`, if there is one.
pub fn get(name: &str) -> Option<&'static str> {
    ALL.iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, text, _)| *text)
}

/// The names of the shipped examples, comma-separated (for error messages).
pub fn names() -> String {
    ALL.iter()
        .map(|(n, _, _)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_is_a_scenario_and_found_by_name() {
        assert!(get(DEFAULT).is_some());
        for (name, text, _) in ALL {
            assert_eq!(get(name), Some(*text));
            let scenario: Result<crate::simulation::Scenario, _> = toml::from_str(text);
            assert!(scenario.is_ok(), "{name}: {scenario:?}");
        }
        assert_eq!(get("no-such-example"), None);
    }
}
