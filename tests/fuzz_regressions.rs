//! Inputs that once made the core panic (found by fuzzing or review), kept as regression tests:
//! each must now return a typed error or a result, never panic.

use aci_core::contract::{Contract, ContractSpec};
use aci_core::funding::YearResults;
use aci_core::rules::SHIPPED_TOML;
use aci_core::{Engine, Error, Options, RuleBook};

/// A rule file may set a contract length up to 10 000 000 years; year 25 000 of a contract that
/// takes its length from the rules used to reach jiff's `Span::years`, which panics beyond
/// 19 998 years. Found by code review while fuzzing the rule files.
#[test]
fn very_long_contract_from_rule_file_is_an_error_not_a_panic() {
    let text = SHIPPED_TOML.replacen(
        "key = \"contrat.duree_annees\"\nvalue = \"5\"",
        "key = \"contrat.duree_annees\"\nvalue = \"30000\"",
        1,
    );
    assert_ne!(text, SHIPPED_TOML, "the fixture edit applies");
    let rules = RuleBook::from_toml_str(&text).unwrap();
    let spec: ContractSpec =
        toml::from_str("name = \"x\"\nsigned = \"2023-01-01\"\npopulation = 1000").unwrap();
    let contract = Contract::new(spec).unwrap();
    let engine = Engine::new(&rules, Options::default());
    assert_eq!(engine.contract_years(&contract), Ok(30000));
    for year in [7977, 7978, 25_000, 30_000] {
        let r = engine.year(&contract, year, &YearResults::default(), false);
        assert!(
            matches!(&r, Err(Error::OutOfRange { field, .. }) if field == "date"),
            "year {year}: {r:?}"
        );
        assert_eq!(
            engine
                .year_total(&contract, year, &YearResults::default())
                .err(),
            r.err()
        );
    }
    // The last year that still fits in the calendar computes.
    assert!(
        engine
            .year(&contract, 7976, &YearResults::default(), true)
            .is_ok()
    );
}
