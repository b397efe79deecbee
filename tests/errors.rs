//! Every `aci_core::Error` variant, triggered from the public API (the catalogue in
//! docs/errors.md is built from these cases: keep both in step).

use aci_core::contract::{Contract, ContractSpec};
use aci_core::funding::YearResults;
use aci_core::indicator::Observation;
use aci_core::{Engine, Error, Options, RuleBook};
use rust_decimal::Decimal;

fn contract(text: &str) -> Result<Contract, Error> {
    let spec: ContractSpec = toml::from_str(text).expect("the spec itself parses");
    Contract::new(spec)
}

const BASIC: &str = r#"
name = "CPTS"
signed = "2023-01-01"
population = 100000
[[missions]]
id = "prevention"
start = "2023-01-01"
indicators = [ { id = "depistage", kind = "tiered", direction = "rising", unit = "rate", tiers = [ { threshold = "0.5", amount = "5000" } ] } ]
"#;

fn engine() -> Engine<'static> {
    Engine::new(RuleBook::shipped(), Options::default())
}

/// A minimal rule file with the bracket thresholds only (no operating amounts).
fn thresholds_only(extra: &str) -> String {
    let mut t = String::from(
        r#"format = "aci-rules/1"
[[source]]
id = "s"
title = "test"
url = "https://example.invalid"
[[version]]
id = "v1"
title = "test version"
in_force_from = "2019-08-25"
in_force_source = "s"
in_force_status = "primary"
"#,
    );
    for (taille, value) in [(2, 40000), (3, 80000), (4, 175000)] {
        t += &format!(
            "[[version.parameter]]\nkey = \"taille.seuil\"\ntaille = {taille}\nvalue = \"{value}\"\nstatus = \"primary\"\nsource = \"s\"\n"
        );
    }
    t + extra
}

/// Every case: (variant name, the error, a fragment its message must contain).
fn cases() -> Vec<(&'static str, Error, &'static str)> {
    let e = engine();
    let basic = contract(BASIC).unwrap();
    let none = YearResults::default();
    let mut out = Vec::new();
    let mut push = |name, err: Result<(), Error>, fragment| {
        out.push((name, err.expect_err(name), fragment));
    };
    push(
        "RuleFileSyntax",
        RuleBook::from_toml_str("format = ").map(drop),
        "rule file: ",
    );
    push(
        "RuleFileInvalid",
        RuleBook::from_toml_str("format = \"aci-rules/0\"").map(drop),
        "rule file, format: expected \"aci-rules/1\"",
    );
    push(
        "BeforeFirstVersion",
        RuleBook::shipped()
            .version_at("2019-01-01".parse().unwrap())
            .map(drop),
        "is before the first agreement version",
    );
    push(
        "OutOfRange",
        contract(&BASIC.replace("100000", "0")).map(drop),
        "population = 0 is out of range",
    );
    push(
        "SubCentAmount",
        contract(&BASIC.replace(
            "start = \"2023-01-01\"",
            "start = \"2023-01-01\"\nfixed = \"90000.005\"",
        ))
        .map(drop),
        "missions.prevention.fixed = 90000.005 has a fraction of a cent: amounts are in euros with at most 2 decimals; write 90000.00 or 90000.01",
    );
    push(
        "DatesOutOfOrder",
        contract(&BASIC.replace(
            "start = \"2023-01-01\"",
            "start = \"2023-06-01\"\nend = \"2023-03-01\"",
        ))
        .map(drop),
        "missions.prevention.end: 2023-03-01 must be after 2023-06-01",
    );
    push(
        "MissionBeforeContract",
        contract(&BASIC.replace("start = \"2023-01-01\"", "start = \"2022-12-01\"")).map(drop),
        "is before the contract signature",
    );
    push(
        "Duplicate",
        contract(&format!(
            "{BASIC}\n[[missions]]\nid = \"prevention\"\nstart = \"2023-01-01\"\n"
        ))
        .map(drop),
        "'prevention' appears more than once",
    );
    push(
        "UnknownMission",
        contract(&BASIC.replace("id = \"prevention\"", "id = \"urgences\"")).map(drop),
        "unknown mission 'urgences'",
    );
    push(
        "TiersNotOrdered",
        contract(&BASIC.replace(
            "tiers = [ { threshold = \"0.5\", amount = \"5000\" } ]",
            "tiers = [ { threshold = \"0.6\", amount = \"5000\" }, { threshold = \"0.5\", amount = \"6000\" } ]",
        ))
        .map(drop),
        "tiers must have strictly increasing thresholds",
    );
    push(
        "IndicatorsExceedEnvelope",
        contract(&BASIC.replace(
            "start = \"2023-01-01\"",
            "start = \"2023-01-01\"\nvariable = \"1000\"",
        ))
        .map(drop),
        "indicators can pay up to 5000 € but the variable envelope is 1000 €",
    );
    push(
        "Overflow",
        aci_core::money::mul(Decimal::MAX, Decimal::TWO, "a test product").map(drop),
        "amount overflow while computing a test product",
    );
    push(
        "YearOutOfRange",
        e.year(&basic, 6, &none, false).map(drop),
        "year = 6 is out of range: the contract has years 1 to 5",
    );
    let mut unknown = YearResults::default();
    unknown
        .indicators
        .insert("vaccination".into(), Observation::Done(true));
    push(
        "UnknownIndicator",
        e.year(&basic, 1, &unknown, false).map(drop),
        "unknown indicator 'vaccination'; the contract defines: depistage",
    );
    let mut kind = YearResults::default();
    kind.indicators
        .insert("depistage".into(), Observation::Done(true));
    push(
        "ObservationKind",
        e.year(&basic, 1, &kind, false).map(drop),
        "results.depistage: expected a value, got true/false",
    );
    push(
        "MissingMissionAmount",
        e.year(
            &contract(&BASIC.replace("100000", "200000")).unwrap(),
            1,
            &none,
            false,
        )
        .map(drop),
        "no amount for mission.prevention.part_fixe (mission prevention, taille 4, version avenant-2)",
    );
    let bare = RuleBook::from_toml_str(&thresholds_only("")).unwrap();
    push(
        "MissingParameter",
        Engine::new(&bare, Options::default())
            .year(
                &contract("name = \"x\"\nsigned = \"2023-01-01\"\npopulation = 1000").unwrap(),
                1,
                &none,
                false,
            )
            .map(drop),
        "no value for fonctionnement.montant_annuel (taille 1, version v1)",
    );
    out
}

#[test]
fn every_variant_is_triggered_with_its_message() {
    let cases = cases();
    for (name, err, fragment) in &cases {
        let debug = format!("{err:?}");
        assert!(debug.starts_with(name), "{name}: got {debug}");
        let msg = err.to_string();
        assert!(msg.contains(fragment), "{name}: '{msg}' lacks '{fragment}'");
        println!("| {name} | {msg} |");
    }
    // One case per variant: the catalogue is complete (update both when adding a variant).
    let mut names: Vec<&str> = cases.iter().map(|c| c.0).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), 17);
}

#[test]
fn the_catalogue_lists_every_variant() {
    let doc = std::fs::read_to_string(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/errors.md"),
    )
    .unwrap();
    for (name, _, _) in cases() {
        assert!(
            doc.contains(&format!("`{name}`")),
            "docs/errors.md lacks {name}"
        );
    }
}

/// A mistyped mission gets the nearest known one suggested; a name far from all gets none.
#[test]
fn an_unknown_mission_suggests_the_nearest() {
    let err = contract(&BASIC.replace("id = \"prevention\"", "id = \"prevnetion\"")).unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown mission 'prevnetion' (did you mean 'prevention'?); allowed: "),
        "{err}"
    );
    let err = contract(&BASIC.replace("id = \"prevention\"", "id = \"urgences\"")).unwrap_err();
    assert!(!err.to_string().contains("did you mean"), "{err}");
}

/// docs/errors.md's table "Command line and Python" gives each variant the kind of
/// `aci_core::error::KINDS`, and lists every row of it.
#[test]
fn the_catalogue_gives_each_variant_its_kind() {
    let doc = std::fs::read_to_string(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/errors.md"),
    )
    .unwrap();
    let table = doc
        .split("## Command line and Python")
        .nth(1)
        .expect("docs/errors.md has its section 'Command line and Python'");
    // Rows `| `Variant` | … | … | `kind` |`.
    let documented: Vec<(String, String)> = table
        .lines()
        .take_while(|l| !l.starts_with("## "))
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").collect();
            let strip = |c: &str| c.trim().trim_matches('`').to_string();
            (strip(cells[0]), strip(cells[cells.len() - 1]))
        })
        .collect();
    let expected: Vec<(String, String)> = aci_core::error::KINDS
        .iter()
        .map(|(v, k)| (v.to_string(), k.to_string()))
        .collect();
    assert_eq!(documented, expected);
    for (name, err, _) in cases() {
        assert!(
            aci_core::error::KINDS.contains(&(name, err.kind())),
            "{name}: kind {}",
            err.kind()
        );
    }
}
