//! Issue #15: a taille-1, -2 or -4 CPTS gets an answer, honestly labelled. A national table the
//! user fills in (exact amounts cited to the file and cell); an opt-in estimate (labelled,
//! warned, with a range); without either, an error that names both ways out.

use aci_core::contract::{Contract, ContractSpec};
use aci_core::envelopes::{self, RawRow, RawTable};
use aci_core::funding::{Item, Warning, YearResults};
use aci_core::mission::MissionId;
use aci_core::options::Envelopes;
use aci_core::provenance::Status;
use aci_core::simulation::{Scenario, SimWarning, simulate};
use aci_core::{Engine, Error, Options, RuleBook};
use rust_decimal::Decimal;

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// A CPTS of `population` signed in 2023 (avenant 2) with the prevention mission from signature.
fn contract(population: u64) -> Contract {
    let spec: ContractSpec = toml::from_str(&format!(
        r#"
        name = "CPTS test"
        signed = "2023-01-01"
        population = {population}
        [[missions]]
        id = "prevention"
        start = "2023-01-01"
        "#
    ))
    .unwrap();
    Contract::new(spec).unwrap()
}

/// The template as a CSV would give it back, every unknown amount filled with `fill(row)`;
/// line numbers as in the file (header on line 1).
fn filled_table(rules: &RuleBook, fill: impl Fn(usize) -> String) -> RawTable {
    let rows = envelopes::template(rules)
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut cells = r.cells().to_vec();
            if cells[4].is_empty() {
                cells[4] = fill(i);
            }
            RawRow {
                number: i + 2,
                cells,
            }
        })
        .collect();
    RawTable {
        file: "table.csv".into(),
        sheet: None,
        first_column: 0,
        header_row: 1,
        header: envelopes::COLUMNS.map(String::from).to_vec(),
        rows,
    }
}

/// The template row of a cell, 0-based.
fn row_of(rules: &RuleBook, version: &str, taille: u8, key: &str) -> usize {
    envelopes::template(rules)
        .iter()
        .position(|r| {
            r.slot.version == version
                && r.slot.taille.number() == taille
                && r.slot.key.to_string() == key
        })
        .unwrap()
}

fn problems(e: Error) -> Vec<String> {
    match e {
        Error::EnvelopeTable { problems, .. } => problems,
        other => panic!("expected an envelope table error, got {other}"),
    }
}

#[test]
fn without_table_or_estimate_the_error_names_both_ways_out() {
    let engine = Engine::new(RuleBook::shipped(), Options::default());
    let e = engine
        .year(&contract(60_000), 2, &YearResults::default(), false)
        .unwrap_err();
    let text = e.to_string();
    assert!(matches!(e, Error::MissingMissionAmount { .. }), "{text}");
    assert!(text.contains("missions.prevention.fixed"), "{text}");
    assert!(text.contains("--envelopes table.xlsx"), "{text}");
    assert!(text.contains("aci envelopes --template"), "{text}");
    assert!(text.contains("--envelopes estimate"), "{text}");
    assert!(text.contains("envelopes = \"estimate\""), "{text}");
}

#[test]
fn a_filled_table_gives_exact_amounts_cited_to_its_file_and_cell() {
    let rules = RuleBook::shipped();
    let table = filled_table(rules, |i| format!("{}.50", 1000 + i));
    let with_table = envelopes::apply(rules, &table).unwrap();
    let engine = Engine::new(&with_table, Options::default());
    let y = engine
        .year(&contract(60_000), 2, &YearResults::default(), true)
        .unwrap();
    let i = row_of(rules, "avenant-2", 2, "mission.prevention.part_fixe");
    let expected = dec(&format!("{}.50", 1000 + i));
    assert_eq!(y.taille.number(), 2);
    assert_eq!(y.amount(Item::Fixed(MissionId::Prevention)), Some(expected));
    let line = y.line(Item::Fixed(MissionId::Prevention)).unwrap();
    let p = &line.explanation.as_ref().unwrap().parameters[0].provenance;
    assert_eq!(p.status, Status::UserTable);
    assert_eq!(p.source.as_str(), "table.csv");
    let cell = format!("line {}, column amount", i + 2);
    assert_eq!(p.article.as_deref(), Some(cell.as_str()));
    let shown = line.explanation.as_ref().unwrap().to_string();
    assert!(
        shown.contains("[T] national table supplied by the user (table.csv)"),
        "{shown}"
    );
    // The taille-3 values already known stay what the template wrote, now cited as the table
    // that confirms them.
    let t3 = with_table
        .lookup(
            "avenant-2",
            "mission.prevention.part_fixe",
            Some(3.try_into().unwrap()),
        )
        .unwrap();
    assert_eq!(t3.decimal(), Some(dec("17500.00")));
    assert_eq!(t3.provenance.status, Status::UserTable);
    assert!(
        t3.provenance
            .note
            .as_deref()
            .unwrap()
            .starts_with("equals the rule data's 17500.00 [C]")
    );
    // The warnings of a simulation name the file and the cell too.
    let scenario: Scenario = toml::from_str(
        r#"
        format = "aci-scenario/1"
        [contract]
        name = "CPTS taille 2"
        signed = "2023-01-01"
        population = 60000
        [[contract.missions]]
        id = "prevention"
        start = "2023-01-01"
        "#,
    )
    .unwrap();
    let sim = simulate(&with_table, &scenario).unwrap();
    let warned = sim
        .warnings
        .iter()
        .map(ToString::to_string)
        .find(|w| w.starts_with("mission.prevention.part_fixe taille 2"))
        .unwrap();
    assert!(warned.contains(&format!("(table.csv, {cell})")), "{warned}");
    assert!(
        warned.contains("national table supplied by the user [T]"),
        "{warned}"
    );
}

#[test]
fn an_incomplete_table_is_refused_naming_each_cell() {
    let rules = RuleBook::shipped();
    let mut table = filled_table(rules, |_| "1000".into());
    let i = row_of(rules, "avenant-2", 2, "mission.parcours.part_variable");
    table.rows[i].cells[4] = String::new();
    let j = row_of(rules, "aci-2019", 1, "mission.prevention.part_fixe");
    table.rows.remove(j);
    let p = problems(envelopes::apply(rules, &table).unwrap_err());
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p[0].starts_with(&format!("line {}, column amount: empty", i + 2)),
        "{p:?}"
    );
    assert!(
        p[1].starts_with(
            "1 cell of the template has no row (aci-2019 taille 1 mission.prevention.part_fixe)"
        ),
        "{p:?}"
    );
}

#[test]
fn an_inconsistent_table_is_refused_naming_each_cell() {
    let rules = RuleBook::shipped();
    let mut table = filled_table(rules, |_| "1000".into());
    let at = |version: &str, taille: u8, key: &str| row_of(rules, version, taille, key);
    let a = at("avenant-2", 1, "mission.parcours.part_fixe");
    let b = at("avenant-2", 1, "mission.parcours.part_variable");
    let c = at("avenant-2", 2, "mission.parcours.part_fixe");
    let d = at("avenant-2", 2, "mission.parcours.part_variable");
    let e = at("avenant-2", 4, "mission.parcours.part_fixe");
    table.rows[a].cells[4] = "90,000".into(); // ambiguous
    table.rows[b].cells[0] = "avenant-3".into(); // unknown version
    table.rows[c].cells[1] = "5".into(); // no such taille
    table.rows[d].cells[0] = "aci-2019".into(); // duplicate of the 2019 row…
    table.rows[e].cells[0] = "aci-2019".into();
    table.rows[e].cells[2] = "mission.crises_sanitaires.part_fixe".into(); // …no crisis in 2019
    let p = problems(envelopes::apply(rules, &table).unwrap_err());
    let line = |row: usize, column: &str| format!("line {}, column {column}: ", row + 2);
    assert!(
        p[0].starts_with(&line(a, "amount")) && p[0].contains("ambiguous"),
        "{p:?}"
    );
    assert!(
        p[1].starts_with(&line(b, "version")) && p[1].contains("avenant-3"),
        "{p:?}"
    );
    assert!(p[2].starts_with(&line(c, "taille")), "{p:?}");
    assert!(
        p[3].starts_with(&line(d, "key")) && p[3].contains("given twice"),
        "{p:?}"
    );
    assert!(
        p[4].starts_with(&line(e, "key"))
            && p[4].contains("not a cell of the table under aci-2019"),
        "{p:?}"
    );
    // The rows whose cells were wrong leave their own cells without a row.
    assert!(
        p[5].starts_with("4 cells of the template have no row"),
        "{p:?}"
    );
    // A workbook names the sheet and the cell.
    table.sheet = Some("envelopes".into());
    let p = problems(envelopes::apply(rules, &table).unwrap_err());
    assert!(
        p[0].starts_with(&format!("sheet 'envelopes', cell E{}: ", a + 2)),
        "{p:?}"
    );
    // A header without the amount column.
    table.header[4] = "montant".into();
    let p = problems(envelopes::apply(rules, &table).unwrap_err());
    assert!(
        p[0].starts_with("sheet 'envelopes', row 1 (the header): no column amount"),
        "{p:?}"
    );
}

#[test]
fn a_table_cannot_contradict_the_primary_text() {
    // The shipped file with the taille-3 prevention fixed part read as primary text.
    let text = aci_core::rules::SHIPPED_TOML.replacen(
        "key = \"mission.prevention.part_fixe\"\ntaille = 3\nvalue = \"17500.00\"\nstatus = \"contract\"",
        "key = \"mission.prevention.part_fixe\"\ntaille = 3\nvalue = \"17500.00\"\nstatus = \"primary\"",
        1,
    );
    assert_ne!(text, aci_core::rules::SHIPPED_TOML);
    let rules = RuleBook::from_toml_str(&text).unwrap();
    let mut table = filled_table(&rules, |_| "1000".into());
    let i = row_of(&rules, "avenant-2", 3, "mission.prevention.part_fixe");
    table.rows[i].cells[4] = "18000".into();
    let p = problems(envelopes::apply(&rules, &table).unwrap_err());
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].contains("contradicts the primary text's 17500.00"),
        "{p:?}"
    );
}

#[test]
fn a_rule_file_cannot_claim_the_status_of_a_table_or_an_estimate() {
    for status in ["user_table", "estimate"] {
        let text = aci_core::rules::SHIPPED_TOML.replacen(
            "status = \"contract\"",
            &format!("status = \"{status}\""),
            1,
        );
        let e = RuleBook::from_toml_str(&text).unwrap_err().to_string();
        assert!(e.contains("not in a rule file"), "{e}");
    }
}

#[test]
fn the_estimate_is_opt_in_labelled_warned_and_ranged() {
    assert_eq!(Options::default().envelopes, Envelopes::RuleData);
    let estimate = Options {
        envelopes: Envelopes::Estimate,
        ..Options::default()
    };
    let engine = Engine::new(RuleBook::shipped(), estimate);
    let y = engine
        .year(&contract(60_000), 2, &YearResults::default(), true)
        .unwrap();
    // 17 500 × (287 000 − 60 000) / (370 000 − 75 000) = 13 466.10; gross: × 287/370 = 13 574.32.
    assert_eq!(
        y.amount(Item::Fixed(MissionId::Prevention)),
        Some(dec("13466.10"))
    );
    assert!(y.warnings.contains(&Warning::EstimatedEnvelope {
        item: Item::Fixed(MissionId::Prevention),
        envelope: dec("13466.10"),
        low: dec("13466.10"),
        high: dec("13574.32"),
        taille: 2.try_into().unwrap(),
        version: "avenant-2".into(),
    }));
    let e = y.line(Item::Fixed(MissionId::Prevention)).unwrap();
    let e = e.explanation.as_ref().unwrap();
    assert_eq!(e.parameters[0].provenance.status, Status::Estimate);
    let note = e.parameters[0].provenance.note.as_deref().unwrap();
    assert!(
        note.contains("taille-3 mission.prevention.part_fixe of avenant-2 = 17500.00 € [C]"),
        "{note}"
    );
    assert!(
        note.contains(
            "× (maximum 287000.00 − operating 60000.00) / (maximum 370000.00 − operating 75000.00)"
        ),
        "{note}"
    );
    assert!(note.contains("range 13466.10 – 13574.32 €"), "{note}");
    assert!(
        e.options
            .iter()
            .any(|o| o.name.as_str() == "envelopes" && o.value.starts_with("estimate")),
        "the explanation records the option"
    );
    // The same year without the option still fails: never the default.
    assert!(
        Engine::new(RuleBook::shipped(), Options::default())
            .year(&contract(60_000), 2, &YearResults::default(), true)
            .is_err()
    );
    // Taille 3 has its sourced values: the estimate changes nothing and warns of nothing.
    let t3 = engine
        .year(&contract(100_000), 2, &YearResults::default(), true)
        .unwrap();
    let plain = Engine::new(RuleBook::shipped(), Options::default())
        .year(&contract(100_000), 2, &YearResults::default(), true)
        .unwrap();
    assert_eq!(t3.total, plain.total);
    assert!(t3.warnings.is_empty());
}

#[test]
fn every_estimated_value_lies_in_its_range_and_keeps_the_sourced_ones() {
    let rules = RuleBook::shipped();
    let est = rules.estimated();
    assert!(est.is_estimate() && !rules.is_estimate());
    assert!(std::ptr::eq(est.estimated(), est));
    let mut estimated = 0;
    for slot in envelopes::slots(rules) {
        let p = est
            .version(&slot.version)
            .unwrap()
            .get(slot.key, Some(slot.taille))
            .unwrap_or_else(|| panic!("{slot:?} has no estimate"));
        match rules
            .version(&slot.version)
            .unwrap()
            .get(slot.key, Some(slot.taille))
        {
            Some(sourced) => assert_eq!(p, sourced),
            None => {
                estimated += 1;
                assert_eq!(p.provenance.status, Status::Estimate);
                let (lo, hi) = p.estimate_range().unwrap();
                let v = p.decimal().unwrap();
                assert!(lo <= v && v <= hi, "{slot:?}: {lo} {v} {hi}");
                assert_eq!(v, v.round_dp(2));
            }
        }
    }
    assert_eq!(estimated, envelopes::slots(rules).len() - 13);
}

/// docs/estimate.md's calibration: a taille-4 CPTS under avenant 2, every mission engaged and
/// fully achieved, a crisis declared, operating amount 90 000 € (signed after 2021-12-31).
#[test]
fn calibration_against_the_published_taille_4_maximum() {
    let year = |n: u32| {
        let spec: ContractSpec = toml::from_str(
            r#"
            name = "CPTS taille 4"
            signed = "2023-01-01"
            population = 200000
            missions = [
              { id = "acces_aux_soins", start = "2023-01-01" },
              { id = "parcours", start = "2023-01-01" },
              { id = "prevention", start = "2023-01-01" },
              { id = "crises_sanitaires", start = "2023-01-01" },
              { id = "qualite_pertinence", start = "2023-01-01" },
              { id = "accompagnement_professionnels", start = "2023-01-01" },
            ]
            "#,
        )
        .unwrap();
        let results: YearResults = toml::from_str(
            r#"
            crisis_recognised = true
            missions = { acces_aux_soins = "1", parcours = "1", prevention = "1", qualite_pertinence = "1", accompagnement_professionnels = "1" }
            "#,
        )
        .unwrap();
        let options = Options {
            envelopes: Envelopes::Estimate,
            ..Options::default()
        };
        Engine::new(RuleBook::shipped(), options)
            .year(&Contract::new(spec).unwrap(), n, &results, false)
            .unwrap()
    };
    // Year 1 writes the crisis plan; year 2 updates it. Operating amount: 90 000 € both years
    // (signed after 2021-12-31: no +75 %).
    let plan_year = year(1);
    let update_year = year(2);
    assert_eq!(plan_year.taille.number(), 4);
    assert_eq!(update_year.total, dec("565932.18"));
    assert_eq!(plan_year.total, dec("593389.80"));
    // Against the published 580 000 €: −14 067.82 € in an update year, +13 389.80 € in the plan year.
    assert_eq!(update_year.total - dec("580000"), dec("-14067.82"));
    assert_eq!(plan_year.total - dec("580000"), dec("13389.80"));
    // Every estimated line is warned (12 envelopes: 5 missions × 2, the crisis update year and
    // the declared crisis).
    let warned = update_year
        .warnings
        .iter()
        .filter(|w| matches!(w, Warning::EstimatedEnvelope { .. }))
        .count();
    assert_eq!(warned, 12);
}

#[test]
fn a_scenario_asks_for_the_estimate_in_its_options() {
    let text = |options: &str| {
        format!(
            r#"
            format = "aci-scenario/1"
            [contract]
            name = "CPTS taille 2"
            signed = "2023-01-01"
            population = 60000
            [[contract.missions]]
            id = "prevention"
            start = "2023-01-01"
            {options}
            "#
        )
    };
    let with: Scenario = toml::from_str(&text("[options]\nenvelopes = \"estimate\"")).unwrap();
    let sim = simulate(RuleBook::shipped(), &with).unwrap();
    assert_eq!(sim.options.envelopes, Envelopes::Estimate);
    let warned: Vec<String> = sim
        .warnings
        .iter()
        .filter(|w| matches!(w, SimWarning::EstimatedEnvelope { .. }))
        .map(ToString::to_string)
        .collect();
    assert_eq!(warned.len(), 2, "{warned:?}");
    assert!(
        warned[0].starts_with("prevention.fixe taille 2 (avenant-2): envelope 13466.10 € is an indicative estimate [E] (range 13466.10 – 13574.32 €)"),
        "{warned:?}"
    );
    assert!(
        warned[0].ends_with("used in years 1, 2, 3, 4, 5"),
        "{warned:?}"
    );
    let without: Scenario = toml::from_str(&text("")).unwrap();
    let e = simulate(RuleBook::shipped(), &without)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("--envelopes estimate") && e.contains("--envelopes table.xlsx"),
        "{e}"
    );
}
