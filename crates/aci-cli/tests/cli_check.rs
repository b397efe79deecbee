//! `aci check` and the errors of every command: exit codes, the place named, every problem of a
//! file at once, and messages a person can act on.

mod common;

use common::*;

#[test]
fn check_lists_every_problem_with_its_line() {
    let o = aci(&["check", &fixture("broken-scenario.toml")]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    for words in [
        "broken-scenario.toml:8: population = 0 is out of range",
        "broken-scenario.toml:11: missions[0].id: unknown mission 'acces_aux_soin'",
        "broken-scenario.toml:16: missions.prevention.start = 2024-01-01 is before the contract signature",
        "broken-scenario.toml:22: indicator 'parcours_1': tiers must have strictly increasing thresholds",
        "broken-scenario.toml:28: years[0].year = 7 is out of range",
        "5 error(s)",
    ] {
        assert!(out.contains(words), "missing «{words}» in:\n{out}");
    }
    for name in FIXTURES {
        let out = ok(&["check", &fixture(name)]);
        assert!(out.contains("0 error(s)"), "{out}");
    }
}

#[test]
fn errors_have_stable_exit_codes_and_name_the_place() {
    // 3: a file that cannot be read.
    let o = aci(&["simulate", "no/such/file.toml"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("cannot read no/such/file.toml"));
    // 2: wrong usage.
    assert_eq!(aci(&["simulate", "--format", "pdf"]).status.code(), Some(2));
    assert_eq!(
        aci(&["simulate", "--format", "xlsx"]).status.code(),
        Some(2)
    );
    assert_eq!(aci(&["frobnicate"]).status.code(), Some(2));
    // 1: TOML syntax, with the line.
    let bad = tmp("syntax.toml");
    std::fs::write(&bad, "format = \"aci-scenario/1\"\n[contract]\nname = \"x\"\nsigned = 2024-01-01\npopulation = [\n").unwrap();
    let o = aci(&["simulate", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("syntax.toml:"), "{}", stderr(&o));
    // 1: a decimal written as a float is refused with the fix.
    let float = tmp("float.toml");
    std::fs::write(
        &float,
        std::fs::read_to_string(fixture("urban-taille3.toml"))
            .unwrap()
            .replace("depistage_sein = \"0.52\"", "depistage_sein = 0.52"),
    )
    .unwrap();
    let o = aci(&["simulate", float.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("write it as a string"),
        "{}",
        stderr(&o)
    );
    // 1: an amount nobody supplied names the mission, taille and version.
    let missing = tmp("missing.toml");
    std::fs::write(
        &missing,
        "format = \"aci-scenario/1\"\n[contract]\nname = \"x\"\nsigned = \"2024-01-01\"\npopulation = 30000\n[[contract.missions]]\nid = \"prevention\"\nstart = \"2025-01-01\"\n",
    )
    .unwrap();
    let o = aci(&["simulate", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("missing.toml:7:")
            && e.contains("mission.prevention.part_fixe")
            && e.contains("taille 1")
            && e.contains("avenant-2"),
        "{e}"
    );
}

/// The error catalogue (docs/errors.md) from the command line: every core error reachable from
/// a scenario or rule file exits with 1 and prints the core's message with the file.
#[test]
fn every_reachable_core_error_exits_1_with_its_message() {
    let scenario = |contract: &str, extra: &str| {
        format!("format = \"aci-scenario/1\"\n[contract]\nname = \"x\"\n{contract}\n{extra}\n",)
    };
    let ok_contract = "signed = \"2023-01-01\"\npopulation = 100000";
    let mission = |m: &str| format!("[[contract.missions]]\nid = \"prevention\"\n{m}");
    let binary =
        "[[contract.missions.indicators]]\nid = \"annuaire\"\nkind = \"binary\"\namount = \"5000\"";
    let shipped = aci_core::rules::SHIPPED_TOML;
    let no_t1_operating = shipped.replacen(
        "key = \"fonctionnement.montant_annuel\"\ntaille = 1\nvalue = \"50000.00\"",
        "key = \"lettre_intention.montant\"\ntaille = 1\nvalue = \"50000.00\"",
        1,
    );
    assert_ne!(no_t1_operating, shipped);
    // (variant, scenario text, optional rule file text, words of the message)
    let cases: Vec<(&str, String, Option<String>, &str)> = vec![
        (
            "RuleFileSyntax",
            scenario(ok_contract, ""),
            Some("not toml [".into()),
            "rule file",
        ),
        (
            "RuleFileInvalid",
            scenario(ok_contract, ""),
            Some("format = \"x\"".into()),
            "expected \"aci-rules/1\"",
        ),
        (
            "BeforeFirstVersion",
            scenario("signed = \"2019-01-01\"\npopulation = 100000", ""),
            None,
            "before the first agreement version",
        ),
        (
            "OutOfRange",
            scenario("signed = \"2023-01-01\"\npopulation = 0", ""),
            None,
            "population = 0 is out of range",
        ),
        (
            "SubCentAmount",
            scenario(
                ok_contract,
                &mission("start = \"2023-01-01\"\nfixed = \"90000.005\""),
            ),
            None,
            ":9: missions.prevention.fixed = 90000.005 has a fraction of a cent",
        ),
        (
            "DatesOutOfOrder",
            scenario(
                ok_contract,
                &mission("start = \"2023-06-01\"\nend = \"2023-03-01\""),
            ),
            None,
            "must be after",
        ),
        (
            "MissionBeforeContract",
            scenario(ok_contract, &mission("start = \"2022-12-01\"")),
            None,
            "before the contract signature",
        ),
        (
            "Duplicate",
            scenario(
                ok_contract,
                &format!(
                    "{}\n{}",
                    mission("start = \"2023-01-01\""),
                    mission("start = \"2023-01-01\"")
                ),
            ),
            None,
            "appears more than once",
        ),
        (
            "UnknownMission",
            scenario(
                ok_contract,
                "[[contract.missions]]\nid = \"urgences\"\nstart = \"2023-01-01\"",
            ),
            None,
            "unknown mission 'urgences'",
        ),
        (
            "TiersNotOrdered",
            scenario(
                ok_contract,
                &format!(
                    "{}\n[[contract.missions.indicators]]\nid = \"d\"\nkind = \"tiered\"\ndirection = \"rising\"\ntiers = [{{ threshold = \"6\", amount = \"5\" }}, {{ threshold = \"5\", amount = \"6\" }}]",
                    mission("start = \"2023-01-01\"")
                ),
            ),
            None,
            "strictly increasing thresholds",
        ),
        (
            "IndicatorsExceedEnvelope",
            scenario(
                ok_contract,
                &format!(
                    "{}\n{binary}",
                    mission("start = \"2023-01-01\"\nvariable = \"1000\"")
                ),
            ),
            None,
            "indicators can pay up to 5000",
        ),
        (
            "UnknownIndicator",
            scenario(
                ok_contract,
                &format!(
                    "{}\n[[years]]\nyear = 1\nindicators = {{ vaccination = true }}",
                    mission("start = \"2023-01-01\"")
                ),
            ),
            None,
            "unknown indicator 'vaccination'",
        ),
        (
            "ObservationKind",
            scenario(
                ok_contract,
                &format!(
                    "{}\n{binary}\n[[years]]\nyear = 1\nindicators = {{ annuaire = \"0.5\" }}",
                    mission("start = \"2023-01-01\"")
                ),
            ),
            None,
            "expected true/false",
        ),
        (
            "MissingMissionAmount",
            scenario(
                "signed = \"2023-01-01\"\npopulation = 30000",
                &mission("start = \"2023-01-01\""),
            ),
            None,
            "no amount for mission.prevention.part_fixe",
        ),
        (
            "MissingParameter",
            scenario("signed = \"2023-01-01\"\npopulation = 30000", ""),
            Some(no_t1_operating),
            "no value for fonctionnement.montant_annuel (taille 1",
        ),
    ];
    for (variant, text, rules, words) in &cases {
        let path = tmp(&format!("err-{variant}.toml"));
        std::fs::write(&path, text).unwrap();
        let mut args = vec!["simulate".to_string(), path.to_string_lossy().into_owned()];
        if let Some(r) = rules {
            let rp = tmp(&format!("rules-{variant}.toml"));
            std::fs::write(&rp, r).unwrap();
            args.extend(["--rules".to_string(), rp.to_string_lossy().into_owned()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = aci(&args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{variant}: {err}");
        assert!(err.contains(words), "{variant}: «{err}» lacks «{words}»");
        assert!(
            err.contains(".toml"),
            "{variant}: the message names no file: {err}"
        );
    }
    // EnvelopeTable comes from the `--envelopes` file, not the scenario: its message names the
    // table and the cell.
    let table = tmp("err-EnvelopeTable.csv");
    std::fs::write(
        &table,
        "version,taille,key,amount\navenant-2,2,mission.prevention.part_fixe,\n",
    )
    .unwrap();
    let path = tmp("err-EnvelopeTable.toml");
    std::fs::write(&path, scenario(ok_contract, "")).unwrap();
    let o = aci(&[
        "--envelopes",
        &table.to_string_lossy(),
        "simulate",
        &path.to_string_lossy(),
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "EnvelopeTable: {err}");
    assert!(
        err.contains("err-EnvelopeTable.csv: line 2, column amount: empty"),
        "EnvelopeTable: {err}"
    );
    // Every variant of the catalogue is covered, except the two no file can reach: Overflow
    // (inputs are bounded) and YearOutOfRange (simulate computes only the contract's years).
    let doc = std::fs::read_to_string(root().join("docs/errors.md")).unwrap();
    let listed: std::collections::BTreeSet<&str> = doc
        .lines()
        .filter_map(|l| l.strip_prefix("| `").and_then(|r| r.split('`').next()))
        .collect();
    let covered: std::collections::BTreeSet<&str> = cases
        .iter()
        .map(|c| c.0)
        .chain(["Overflow", "YearOutOfRange", "EnvelopeTable"])
        .collect();
    assert_eq!(listed, covered);
}

/// Every reading problem of a file in one run (serde stopped at the first), in the order of
/// the file, each with its line, the field and what to write.
#[test]
fn check_reports_every_reading_problem_in_one_run() {
    let text = "format = \"aci-scenario/1\"
[contract]
name = \"C\"
sigend = \"2023-01-15\"
population = \"55000\"
[[contract.missions]]
id = \"prevention\"
start = \"01/03/2023\"
fixed = 50000.5
[[years]]
year = \"1\"
missions = { prevnetion = \"1\" }
[[years]]
year = 2
crisis = true
[options]
boundary = \"lower\"
";
    for name in ["every.toml", "every.json"] {
        let text = if name.ends_with(".json") {
            // The same mistakes in JSON (its lines are those of this layout).
            let value = serde_json::json!({
                "format": "aci-scenario/1",
                "contract": {"name": "C", "sigend": "2023-01-15", "population": "55000",
                    "missions": [{"id": "prevention", "start": "01/03/2023", "fixed": 50000.5}]},
                "years": [{"year": "1", "missions": {"prevnetion": "1"}}, {"year": 2, "crisis": true}],
                "options": {"boundary": "lower"}
            });
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            text.to_string()
        };
        let (code, out) = check_text(name, &text);
        assert_eq!(code, Some(1));
        let toml = !name.ends_with(".json");
        let expected = [
            (
                4,
                "contract.sigend: unknown field (did you mean 'signed'?); allowed here: name, signed, years, population, operating_amount, operating_clause, missions",
            ),
            (
                5,
                "contract.population: \"55000\" is text; write the number of inhabitants without quotes: 55000",
            ),
            (
                8,
                "contract.missions[0].start: '01/03/2023' is not a date in the YYYY-MM-DD form; for 1 March 2023 write \"2023-03-01\"",
            ),
            (
                9,
                "contract.missions[0].fixed: the number 50000.5 was written without quotes; write decimals as strings (\"50000.5\") so they stay exact",
            ),
            (
                11,
                "years[0].year: string \"1\" is not accepted here: expected a whole number, without quotes or decimals, e.g. year = 1",
            ),
            (
                12,
                "years[0].missions.prevnetion: unknown value 'prevnetion' (did you mean 'prevention'?)",
            ),
            (
                15,
                "years[1].crisis: unknown field (did you mean 'crisis_recognised'?)",
            ),
            (
                17,
                "options.boundary: unknown value 'lower' (did you mean 'lower_inclusive'?); allowed: as_worded, lower_inclusive, upper_inclusive",
            ),
        ];
        let mut last = 0;
        for (line, words) in expected {
            let at = if toml {
                format!("{name}:{line}: {words}")
            } else {
                words.to_string()
            };
            let found = out.find(&at);
            assert!(found.is_some(), "missing «{at}» in:\n{out}");
            // In the order of the file (the JSON one has its keys in another order).
            if toml {
                assert!(found > Some(last), "«{at}» out of order in:\n{out}");
                last = found.unwrap_or(0);
            }
        }
        assert!(out.contains(&format!("{name}: 8 error(s)")), "{out}");
        assert!(!out.contains("untagged"), "{out}");
    }
}

/// The everyday mistakes, one at a time: each message names the field, says what is accepted
/// and shows an example; serde's "data did not match any variant" never reaches a person.
#[test]
fn everyday_mistakes_get_messages_a_person_can_act_on() {
    let with = |from: &str, to: &str| {
        assert!(SMALL.contains(from), "{from}");
        SMALL.replacen(from, to, 1)
    };
    let cases = [
        (
            with("population = 55000", "population = \"55000\""),
            "5: contract.population: \"55000\" is text; write the number of inhabitants without quotes: 55000",
        ),
        (
            with("population = 55000", "population = -5"),
            "5: contract.population: -5 is not a number of inhabitants; write a whole number of at least 1, e.g. 55000",
        ),
        (
            with("population = 55000", "population = 55000.0"),
            "5: contract.population: 55000.0 has a decimal part; write the number of inhabitants as a whole number: 55000",
        ),
        (
            with("fixed = \"1000\"", "fixed = 50000.5"),
            "9: contract.missions[0].fixed: the number 50000.5 was written without quotes; write decimals as strings (\"50000.5\")",
        ),
        (
            with("2023-01-15", "2023-02-30"),
            "4: contract.signed: '2023-02-30' is not a date: 2023-02 has days 1 to 28; write YYYY-MM-DD, e.g. \"2023-02-28\"",
        ),
        (
            with("\"2023-01-15\"", "\"01/03/2023\""),
            "4: contract.signed: '01/03/2023' is not a date in the YYYY-MM-DD form; for 1 March 2023 write \"2023-03-01\"",
        ),
        (
            with("\"prevention\"", "\"prevnetion\""),
            "7: missions[0].id: unknown mission 'prevnetion' (did you mean 'prevention'?); allowed: acces_aux_soins, parcours, prevention",
        ),
        (
            with("signed =", "sigend ="),
            "4: contract.sigend: unknown field (did you mean 'signed'?); allowed here: name, signed",
        ),
        (
            format!("{SMALL}[[years]]\nyear = 0\n"),
            "12: years[0].year = 0 is out of range: allowed 1 to 5 (contract years from the signature: year = 1 runs from 2023-01-15 to 2024-01-15)",
        ),
        (
            format!("{SMALL}[[years]]\nyear = 99\n"),
            "12: years[0].year = 99 is out of range: allowed 1 to 5 (contract years from the signature",
        ),
        (
            with("fixed = \"1000\"", "fixed = \"90000.005\""),
            "9: missions.prevention.fixed = 90000.005 has a fraction of a cent: amounts are in euros with at most 2 decimals; write 90000.00 or 90000.01",
        ),
        (
            with("signed = \"2023-01-15\"\n", ""),
            "2: contract.signed: missing; add it, e.g. signed = \"",
        ),
    ];
    for (i, (text, words)) in cases.iter().enumerate() {
        let name = format!("mistake-{i}.toml");
        let (code, out) = check_text(&name, text);
        assert_eq!(code, Some(1), "{out}");
        assert!(
            out.contains(&format!("{name}:{words}")),
            "missing «{words}» in:\n{out}"
        );
        assert!(out.contains("1 error(s)"), "{out}");
        assert!(!out.contains("untagged"), "{out}");
    }
}

/// Every TOML grammar error of a file, one per line, in one run.
#[test]
fn check_lists_every_grammar_error() {
    let text = SMALL.replacen("name = \"C\"", "name = \"C", 1).replacen(
        "fixed = \"1000\"",
        "fixed = [\"1000\"",
        1,
    );
    let (code, out) = check_text("grammar.toml", &text);
    assert_eq!(code, Some(1));
    assert!(out.contains("grammar.toml:3: "), "{out}");
    // The unclosed list of line 9 is noticed on the next line.
    assert!(out.contains("grammar.toml:10: "), "{out}");
    assert!(out.contains("2 error(s)"), "{out}");
}

/// Each missing amount once, with the contract years that need it (it was once per year), and
/// every missing amount of a year (the first used to hide the others).
#[test]
fn check_reports_each_missing_amount_once() {
    let text = SMALL
        .replacen("fixed = \"1000\"\nvariable = \"1000\"\n", "", 1)
        .replacen("population = 55000", "population = 200000", 1)
        + "[[contract.missions]]\nid = \"qualite_pertinence\"\nstart = \"2023-02-01\"\n";
    let (code, out) = check_text("missing.toml", &text);
    assert_eq!(code, Some(1));
    for (line, mission) in [(7, "prevention"), (10, "qualite_pertinence")] {
        let words = format!(
            "missing.toml:{line}: no amount for mission.{mission}.part_fixe (mission {mission}, taille 4, version avenant-2): the national value is not known; state it in the contract (missions.{mission}.fixed)"
        );
        assert_eq!(out.matches(&words).count(), 1, "«{words}» once in:\n{out}");
        let said = out.lines().find(|l| l.contains(&words)).unwrap_or_default();
        assert!(said.ends_with("(contract years 1 to 5)"), "{said}");
    }
    assert!(out.contains("missing.toml: 2 error(s)"), "{out}");
}
