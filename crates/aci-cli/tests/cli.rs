//! Integration tests of the `aci` command on every shipped scenario and on broken ones.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use aci_core::RuleBook;
use aci_core::simulation::{Scenario, simulate};
use rust_decimal::Decimal;

const FIXTURES: [&str; 5] = [
    "urban-taille3.toml",
    "rural-taille1-from-letter.toml",
    "metropolitan-taille4.toml",
    "bracket-crossing.toml",
    "terminated-early.toml",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(name: &str) -> String {
    root()
        .join("fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn aci(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aci"))
        .args(args)
        // These tests read the English texts; French (the default) has its own tests.
        .env("LC_ALL", "en_US.UTF-8")
        .current_dir(root())
        .output()
        .expect("aci runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(args: &[&str]) -> String {
    let o = aci(args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "aci {args:?} failed: {}",
        stderr(&o)
    );
    stdout(&o)
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("aci-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn dec(v: &serde_json::Value) -> Decimal {
    v.as_str().expect("amounts are strings").parse().unwrap()
}

fn expected(name: &str) -> aci_core::simulation::Simulation {
    let scenario: Scenario =
        toml::from_str(&std::fs::read_to_string(fixture(name)).unwrap()).unwrap();
    simulate(RuleBook::shipped(), &scenario).unwrap()
}

#[test]
fn simulate_without_a_file_runs_the_shipped_example() {
    let out = ok(&["simulate"]);
    for words in [
        "CPTS Rive Gauche",
        "Funding per contract year",
        "Payment calendar",
        "Calendar years",
        "Warnings",
    ] {
        assert!(out.contains(words), "missing «{words}» in:\n{out}");
    }
    let sim = expected("urban-taille3.toml");
    assert!(
        out.contains(&format!(
            "Total funding {} €",
            aci_table_eur(sim.total_funding)
        )),
        "{out}"
    );
}

/// The CLI groups thousands with spaces.
fn aci_table_eur(d: Decimal) -> String {
    let s = format!("{d:.2}");
    let (int, frac) = s.split_once('.').unwrap();
    let mut g = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            g.push(' ');
        }
        g.push(c);
    }
    format!("{g}.{frac}")
}

#[test]
fn json_output_matches_the_core_and_validates_against_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(&ok(&["schema", "result"])).unwrap();
    let validator =
        jsonschema::validator_for(&schema).expect("the result schema is a valid JSON Schema");
    for name in FIXTURES {
        let out = ok(&["simulate", &fixture(name), "--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .take(5)
            .collect();
        assert!(
            errors.is_empty(),
            "{name}: result does not match its schema: {errors:?}"
        );
        let sim = expected(name);
        assert_eq!(dec(&json["total_paid"]), sim.total_paid, "{name}");
        assert_eq!(dec(&json["total_funding"]), sim.total_funding, "{name}");
        let flows: Decimal = json["flows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| dec(&f["amount"]))
            .sum();
        assert_eq!(flows, sim.total_paid, "{name}");
        // Issue #11: what the contract is owed is what it is paid (lettre d'intention aside).
        let letter: Decimal = json["flows"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["flow"] == "lettre_intention")
            .map(|f| dec(&f["amount"]))
            .sum();
        assert_eq!(
            dec(&json["total_funding"]) + letter,
            dec(&json["total_paid"]),
            "{name}: total funding = total paid"
        );
        // Every payment carries how it was computed.
        assert!(
            json["flows"]
                .as_array()
                .unwrap()
                .iter()
                .all(|f| f["computation"]["rule"] == f["rule"]),
            "{name}"
        );
        // The schema is strict enough to catch a taille out of 1 to 4.
        let mut bad = json.clone();
        bad["years"][0]["taille"] = serde_json::json!(5);
        assert!(!validator.is_valid(&bad), "{name}: taille 5 accepted");
    }
}

#[test]
fn scenarios_in_json_are_read_and_match_the_scenario_schema() {
    let schema: serde_json::Value = serde_json::from_str(&ok(&["schema", "scenario"])).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for name in FIXTURES {
        let scenario: Scenario =
            toml::from_str(&std::fs::read_to_string(fixture(name)).unwrap()).unwrap();
        let json = serde_json::to_value(&scenario).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .take(5)
            .collect();
        assert!(
            errors.is_empty(),
            "{name}: scenario does not match its schema: {errors:?}"
        );
        let path = tmp(&name.replace(".toml", ".json"));
        std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap()).unwrap();
        let from_json = ok(&["simulate", path.to_str().unwrap(), "--format", "json"]);
        let from_toml = ok(&["simulate", &fixture(name), "--format", "json"]);
        assert_eq!(
            from_json, from_toml,
            "{name}: TOML and JSON scenarios differ"
        );
    }
}

#[test]
fn csv_tables_parse_and_add_up() {
    for name in FIXTURES {
        let sim = expected(name);
        let sum_column = |table: &str, column: &str| -> Decimal {
            let out = ok(&[
                "simulate",
                &fixture(name),
                "--format",
                "csv",
                "--table",
                table,
            ]);
            let mut r = csv::Reader::from_reader(out.as_bytes());
            let idx = r
                .headers()
                .unwrap()
                .iter()
                .position(|h| h == column)
                .unwrap();
            r.records()
                .map(|rec| rec.unwrap()[idx].parse::<Decimal>().unwrap_or_default())
                .sum()
        };
        assert_eq!(
            sum_column("flows", "amount"),
            sim.total_paid,
            "{name} flows"
        );
        assert_eq!(
            sum_column("lines", "amount"),
            sim.total_funding,
            "{name} lines"
        );
        assert_eq!(
            sum_column("calendar", "paid"),
            sim.total_paid,
            "{name} calendar"
        );
    }
}

#[test]
fn xlsx_reads_back_to_the_same_cents() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    for name in FIXTURES {
        let path = tmp(&name.replace(".toml", ".xlsx"));
        ok(&[
            "simulate",
            &fixture(name),
            "--format",
            "xlsx",
            "--output",
            path.to_str().unwrap(),
        ]);
        let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
        assert_eq!(
            wb.sheet_names(),
            ["Payments", "Contract years", "Calendar years", "Warnings"]
        );
        let range = wb.worksheet_range("Payments").unwrap();
        let mut total = Decimal::ZERO;
        for row in range.rows().skip(1) {
            match &row[4] {
                // Spreadsheet numbers are binary floats: the cents are read back from the
                // shortest decimal text of the number.
                Data::Float(f) => total += format!("{f:.2}").parse::<Decimal>().unwrap(),
                other => panic!("{name}: amount cell is {other:?}"),
            }
        }
        assert_eq!(total, expected(name).total_paid, "{name}");
    }
}

#[test]
fn chart_is_written_as_svg_and_html() {
    let svg = tmp("chart.svg");
    let html = tmp("chart.html");
    ok(&[
        "simulate",
        "rural-taille1-from-letter",
        "--chart",
        svg.to_str().unwrap(),
    ]);
    ok(&[
        "simulate",
        "rural-taille1-from-letter",
        "--format",
        "json",
        "--chart",
        html.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(svg).unwrap();
    assert!(
        text.starts_with("<svg") && text.contains("<polyline") && text.contains("<rect"),
        "{text}"
    );
    assert!(text.trim_end().ends_with("</svg>"));
    let page = std::fs::read_to_string(html).unwrap();
    assert!(
        page.starts_with("<!doctype html>")
            && page.contains("<svg")
            && page.contains("Calendar years")
    );
}

#[test]
fn explain_names_the_rule_and_the_source() {
    let out = ok(&[
        "explain",
        "urban-taille3",
        "--year",
        "2",
        "--line",
        "prevention.fixe",
    ]);
    assert!(out.contains("rule mission.part_fixe"), "{out}");
    assert!(
        out.contains("mission.prevention.part_fixe (taille 3) = 17500.00"),
        "{out}"
    );
    assert!(out.contains("[C]"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&ok(&[
        "explain",
        "urban-taille3",
        "--year",
        "1",
        "--format",
        "json",
    ]))
    .unwrap();
    assert!(json.as_array().unwrap().len() >= 10);
    let bad = aci(&[
        "explain",
        "urban-taille3",
        "--year",
        "2",
        "--line",
        "nothing",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("--line nothing: unknown line"),
        "{}",
        stderr(&bad)
    );
}

/// Issue #11: `terminated-early` printed year 3 = 250 000.00 € and "Total funding 711 881.15 €"
/// while 556 401.70 € was due and paid, `explain` said 75 000.00 € with no word of the
/// termination, and 40 410.96 € accrued in 2026, after the end.
#[test]
fn a_terminated_contract_shows_what_is_due_everywhere() {
    let out = ok(&["simulate", "terminated-early"]);
    for words in [
        "ended 2025-09-01",
        "94 520.55",
        "Total funding 556 401.70 € · total paid 556 401.70 €",
        "Contract terminated on 2025-09-01: year 3 shows what is due",
    ] {
        assert!(out.contains(words), "missing «{words}» in:\n{out}");
    }
    for wrong in ["250 000.00", "711 881.15", "40 410.96", "│ 2026"] {
        assert!(!out.contains(wrong), "«{wrong}» in:\n{out}");
    }
    let out = ok(&[
        "explain",
        "terminated-early",
        "--year",
        "3",
        "--line",
        "fonctionnement",
    ]);
    for words in [
        "Fonctionnement [fonctionnement] = 28 356.16 €",
        "then rule resiliation.avance_conservee",
        "56250.00 × 184/365 = 28356.16 €",
        "input  terminated = 2025-09-01",
        "(184 of 365 days)",
    ] {
        assert!(out.contains(words), "missing «{words}» in:\n{out}");
    }
    let lines = ok(&[
        "simulate",
        "terminated-early",
        "--format",
        "csv",
        "--table",
        "lines",
    ]);
    assert!(
        lines.contains("fonctionnement,Fonctionnement,28356.16,,fonctionnement.annuel then resiliation.avance_conservee"),
        "{lines}"
    );
    let calendar = ok(&[
        "simulate",
        "terminated-early",
        "--format",
        "csv",
        "--table",
        "calendar",
    ]);
    assert!(!calendar.contains("\n2026,"), "{calendar}");
}

#[test]
fn a_termination_outside_the_contract_exits_1_naming_the_field() {
    let path = tmp("terminated-late.toml");
    std::fs::write(
        &path,
        std::fs::read_to_string(fixture("terminated-early.toml"))
            .unwrap()
            .replace("terminated = \"2025-09-01\"", "terminated = \"2030-01-01\""),
    )
    .unwrap();
    let o = aci(&["simulate", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("terminated-late.toml:5: terminated = 2030-01-01 is out of range: allowed a date after the signature (2023-03-01) and no later than the end of the contract's last year (2028-03-01)"),
        "{e}"
    );
}

#[test]
fn explain_a_payment_by_date_and_flow() {
    let out = ok(&["explain", "terminated-early", "--payment", "2025-09-01"]);
    assert!(
        out.starts_with("CPTS Plaine Ouest — payments of 2025-09-01"),
        "{out}"
    );
    assert_eq!(out.matches("rule paiement.resiliation").count(), 5, "{out}");
    let out = ok(&[
        "explain",
        "terminated-early",
        "--payment",
        "2025-03-01:fonctionnement",
    ]);
    for words in [
        "Fonctionnement [fonctionnement], balance, contract year 2 = 18 750.00 €",
        "= 75000.00 − 56250.00 = 18750.00 € (the year's amount − the advance paid)",
        "Fonctionnement [fonctionnement], advance, contract year 3 = 56 250.00 €",
        "= 0.75 × 75000.00 = 56250.00 € (rounded to the cent)",
        "value  fonctionnement.avance_taux = 0.75 [avenant-2] — [P]",
    ] {
        assert!(out.contains(words), "missing «{words}» in:\n{out}");
    }
    let json: serde_json::Value = serde_json::from_str(&ok(&[
        "explain",
        "rural-taille1-from-letter",
        "--payment",
        "2024-02-15:lettre_intention",
        "--format",
        "json",
    ]))
    .unwrap();
    let flows = json.as_array().unwrap();
    assert_eq!(flows.len(), 1);
    assert_eq!(flows[0]["amount"], "15000.00");
    assert_eq!(flows[0]["computation"]["rule"], "paiement.lettre_intention");
    assert_eq!(
        flows[0]["computation"]["parameters"][0]["key"],
        "lettre_intention.montant"
    );
    // A date without payments, an unknown flow, a bad date: exit 1 with what is possible.
    for (arg, says) in [
        (
            "2025-03-02",
            "no payment on 2025-03-02; payment dates: 2023-03-01, 2023-09-01",
        ),
        (
            "2025-03-01:rien",
            "no payment of 'rien' on 2025-03-01; that date pays: fonctionnement,",
        ),
        ("1 March", "expected a date YYYY-MM-DD"),
    ] {
        let o = aci(&["explain", "terminated-early", "--payment", arg]);
        assert_eq!(o.status.code(), Some(1), "{arg}");
        assert!(stderr(&o).contains(says), "{arg}: {}", stderr(&o));
    }
    // One of --year and --payment: usage.
    assert_eq!(aci(&["explain", "terminated-early"]).status.code(), Some(2));
    assert_eq!(
        aci(&[
            "explain",
            "terminated-early",
            "--year",
            "1",
            "--payment",
            "2023-03-01"
        ])
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn rules_lists_every_value_with_its_status() {
    let table = ok(&["rules"]);
    for words in [
        "aci-2019",
        "avenant-2",
        "fonctionnement.montant_annuel",
        "P primary text",
        "C observed in a real contract",
        "art. 9.1",
    ] {
        assert!(table.contains(words), "missing «{words}»");
    }
    let json: serde_json::Value =
        serde_json::from_str(&ok(&["rules", "--format", "json"])).unwrap();
    let n: usize = json["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["parameters"].as_array().unwrap().len())
        .sum();
    assert!(n > 50);
    assert_eq!(
        ok(&["rules", "--format", "toml"]),
        aci_core::rules::SHIPPED_TOML
    );
    assert_eq!(
        aci(&["rules", "--version", "avenant-9"]).status.code(),
        Some(1)
    );
}

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

#[test]
fn examples_are_the_fixtures() {
    let list = ok(&["example"]);
    assert!(list.contains("urban-taille3") && list.contains("terminated-early"));
    assert_eq!(
        ok(&["example", "urban-taille3"]),
        std::fs::read_to_string(fixture("urban-taille3.toml")).unwrap()
    );
    assert_eq!(aci(&["example", "nope"]).status.code(), Some(1));
}

#[test]
fn forecast_is_reproducible_and_independent_of_threads() {
    let spec = fixture("urban-taille3-forecast.toml");
    let run = |threads: &str| {
        ok(&[
            "forecast",
            "urban-taille3",
            &spec,
            "--draws",
            "20000",
            "--threads",
            threads,
            "--format",
            "json",
        ])
    };
    let one = run("1");
    assert_eq!(one, run("2"), "the thread count changed the forecast");
    let json: serde_json::Value = serde_json::from_str(&one).unwrap();
    assert_eq!(json["draws"], 20000);
    let years = json["years"].as_array().unwrap();
    assert_eq!(years.len(), 5);
    for y in years {
        let s = &y["yearly"];
        let (p10, p50, p90) = (dec(&s["p10"]), dec(&s["p50"]), dec(&s["p90"]));
        assert!(
            dec(&s["min"]) <= p10 && p10 <= p50 && p50 <= p90 && p90 <= dec(&s["max"]),
            "{s}"
        );
    }
    // Year 1 has no random parcours or prevention part: its minimum is the sure part, 142 500 €
    // (operating 75 000 + prorated fixed parts 45 000 + 22 500, nothing variable).
    assert_eq!(dec(&years[0]["yearly"]["min"]).to_string(), "142500.00");
    let table = ok(&["forecast", "urban-taille3", &spec, "--draws", "5000"]);
    assert!(
        table.contains("Monte Carlo forecast: 5000 draws, seed 2026")
            && table.contains("Probability of reaching each tier")
    );
    let bad = tmp("bad-forecast.toml");
    std::fs::write(&bad, "draws = 0\n").unwrap();
    let o = aci(&["forecast", "urban-taille3", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("draws = 0 is out of range"),
        "{}",
        stderr(&o)
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

/// An empty directory of its own for one test.
fn fresh_dir(name: &str) -> PathBuf {
    let dir = tmp(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `aci args`, which must fail with `code` and a message containing every one of `words`.
fn fails(args: &[&str], code: i32, words: &[&str]) {
    let o = aci(args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(code), "aci {args:?}: {err}");
    for w in words {
        assert!(err.contains(w), "aci {args:?}: «{err}» lacks «{w}»");
    }
}

#[test]
fn the_output_format_comes_from_the_extension() {
    let dir = fresh_dir("by-extension");
    let sim = expected("urban-taille3.toml");
    let xlsx = dir.join("report.xlsx");
    ok(&["simulate", "-o", s(&xlsx)]);
    let bytes = std::fs::read(&xlsx).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"), "not a zip/xlsx file");
    use calamine::{Reader, Xlsx, open_workbook};
    let wb: Xlsx<_> = open_workbook(&xlsx).unwrap();
    assert_eq!(wb.sheet_names()[0], "Payments");

    let json = dir.join("report.JSON");
    ok(&["simulate", "-o", s(&json)]);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(dec(&v["total_paid"]), sim.total_paid);

    let csv = dir.join("flows.csv");
    ok(&["simulate", "--output", s(&csv), "--format", "csv"]);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("date,contract_year,flow"), "{text}");

    for name in ["report.txt", "report.md"] {
        let path = dir.join(name);
        ok(&["simulate", "-o", s(&path)]);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("Funding per contract year"), "{name}: {text}");
    }
    // Without -o, --format to standard output as before.
    assert!(ok(&["simulate", "--format", "csv"]).starts_with("date,"));
}

#[test]
fn an_unknown_or_contradicted_extension_is_a_usage_error_and_writes_nothing() {
    let dir = fresh_dir("bad-extension");
    let csv = dir.join("out.csv");
    fails(
        &["simulate", "--format", "xlsx", "-o", s(&csv)],
        2,
        &["--format xlsx", "out.csv"],
    );
    let pdf = dir.join("report.pdf");
    fails(
        &["simulate", "-o", s(&pdf)],
        2,
        &["report.pdf", ".json, .csv, .xlsx, .txt or .md"],
    );
    let jpg = dir.join("chart.jpg");
    fails(
        &["simulate", "--chart", s(&jpg)],
        2,
        &["chart.jpg", ".svg, .html or .png"],
    );
    fails(&["simulate", "--format", "xlsx"], 2, &["-o FILE.xlsx"]);
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "a file was written"
    );
}

#[test]
fn the_png_chart_is_a_picture_of_the_calendar() {
    let dir = fresh_dir("png");
    let png = dir.join("chart.png");
    ok(&["simulate", "rural-taille1-from-letter", "--chart", s(&png)]);
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG file");
    // IHDR: width and height, big-endian, twice the SVG's 960 × 480.
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    assert_eq!((be(16), be(20)), (1920, 960));
    // Drawn, not blank: the bars' blue and the cumulative line's orange are there (glyphs
    // aside, which depend on the system's fonts).
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&bytes).unwrap();
    let count = |rgb: [u8; 3]| {
        pixmap
            .pixels()
            .iter()
            .filter(|p| [p.red(), p.green(), p.blue()] == rgb && p.alpha() == 255)
            .count()
    };
    assert!(count([0x4f, 0x81, 0xbd]) > 10_000, "no bars");
    assert!(count([0xf2, 0x8e, 0x2b]) > 1_000, "no cumulative line");
    assert!(count([0xff, 0xff, 0xff]) > 1_000_000, "no white background");
}

#[test]
#[cfg(unix)] // symbolic links, hard links and permissions
fn no_output_is_written_over_an_input() {
    let dir = fresh_dir("inputs");
    let scenario = dir.join("plan.json");
    let text = serde_json::to_string_pretty(
        &toml::from_str::<serde_json::Value>(
            &std::fs::read_to_string(fixture("urban-taille3.toml")).unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    std::fs::write(&scenario, &text).unwrap();
    ok(&["simulate", s(&scenario)]);
    let words = ["is the scenario", "never written over"];
    fails(&["simulate", s(&scenario), "-o", s(&scenario)], 2, &words);
    // The same file by another path: through `..`, a symbolic link, a hard link.
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let detour = dir.join("sub/../plan.json");
    fails(&["simulate", s(&scenario), "-o", s(&detour)], 2, &words);
    let link = dir.join("link.json");
    std::os::unix::fs::symlink(&scenario, &link).unwrap();
    fails(&["simulate", s(&scenario), "-o", s(&link)], 2, &words);
    fails(&["simulate", s(&link), "--output", s(&scenario)], 2, &words);
    let hard = dir.join("hard.json");
    std::fs::hard_link(&scenario, &hard).unwrap();
    fails(&["simulate", s(&scenario), "-o", s(&hard)], 2, &words);
    // The rule file.
    let rules = dir.join("rules.txt");
    std::fs::write(&rules, aci_core::rules::SHIPPED_TOML).unwrap();
    fails(
        &["simulate", "--rules", s(&rules), "-o", s(&rules)],
        2,
        &["is --rules", "never written over"],
    );
    // The report and the chart: the same file through a link.
    let chart = dir.join("chart.svg");
    std::fs::write(&chart, "old chart").unwrap();
    let report = dir.join("report.md");
    std::os::unix::fs::symlink(&chart, &report).unwrap();
    fails(
        &["simulate", "-o", s(&report), "--chart", s(&chart)],
        2,
        &["same file"],
    );
    assert_eq!(std::fs::read_to_string(&scenario).unwrap(), text);
    assert_eq!(
        std::fs::read_to_string(&rules).unwrap(),
        aci_core::rules::SHIPPED_TOML
    );
    assert_eq!(std::fs::read_to_string(&chart).unwrap(), "old chart");
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
}

/// No temporary file left behind in `dir`.
#[cfg(unix)]
fn no_leftovers(dir: &Path) {
    let left: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
#[cfg(unix)] // symbolic links, hard links and permissions
fn a_failed_run_leaves_the_old_files() {
    let dir = fresh_dir("atomic");
    let chart = dir.join("chart.svg");
    let report = dir.join("report.json");
    for path in [&chart, &report] {
        std::fs::write(path, "old").unwrap();
    }
    let old = |p: &Path| assert_eq!(std::fs::read_to_string(p).unwrap(), "old", "{p:?}");
    // A usage error found after the chart was drawn.
    fails(
        &["simulate", "--chart", s(&chart), "--format", "xlsx"],
        2,
        &[],
    );
    old(&chart);
    // The report cannot be written: the chart is not replaced either.
    let nowhere = dir.join("no/such/dir/report.json");
    fails(
        &["simulate", "--chart", s(&chart), "-o", s(&nowhere)],
        3,
        &["cannot write", "no/such/dir/report.json"],
    );
    let o = aci(&["simulate", "-o", s(&nowhere)]);
    assert!(!stderr(&o).contains(".tmp"), "{}", stderr(&o));
    old(&chart);
    // A scenario with an error.
    let broken = fixture("broken-scenario.toml");
    fails(
        &["simulate", &broken, "-o", s(&report), "--chart", s(&chart)],
        1,
        &[],
    );
    old(&report);
    old(&chart);
    // A directory where the file should be.
    let taken = dir.join("taken.csv");
    std::fs::create_dir(&taken).unwrap();
    fails(&["simulate", "-o", s(&taken)], 3, &["taken.csv"]);
    no_leftovers(&dir);
    // A run that succeeds replaces both, keeping the old file's permissions.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&report, std::fs::Permissions::from_mode(0o640)).unwrap();
    ok(&["simulate", "--chart", s(&chart), "-o", s(&report)]);
    assert!(std::fs::read_to_string(&chart).unwrap().starts_with("<svg"));
    assert!(
        std::fs::read_to_string(&report)
            .unwrap()
            .contains("total_paid")
    );
    let mode = std::fs::metadata(&report).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
    no_leftovers(&dir);
    // Written through a symbolic link, the link stays and its file is replaced.
    let link = dir.join("link.json");
    std::os::unix::fs::symlink(&report, &link).unwrap();
    std::fs::write(&report, "old").unwrap();
    ok(&["simulate", "-o", s(&link)]);
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(
        std::fs::read_to_string(&report)
            .unwrap()
            .contains("total_paid")
    );
}

/// `aci check` on `text` written to `name`: (exit code, standard output).
fn check_text(name: &str, text: &str) -> (Option<i32>, String) {
    let path = tmp(name);
    std::fs::write(&path, text).unwrap();
    let o = aci(&["check", path.to_str().unwrap()]);
    (o.status.code(), stdout(&o))
}

const SMALL: &str = "format = \"aci-scenario/1\"
[contract]
name = \"C\"
signed = \"2023-01-15\"
population = 55000
[[contract.missions]]
id = \"prevention\"
start = \"2023-02-01\"
fixed = \"1000\"
variable = \"1000\"
";

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

/// A mission whose end has passed is shown as ended, with its date, not "not started".
#[test]
fn an_ended_mission_is_shown_as_ended() {
    let text = "format = \"aci-scenario/1\"
[contract]
name = \"C\"
signed = \"2023-01-15\"
population = 110000
[[contract.missions]]
id = \"qualite_pertinence\"
start = \"2023-01-15\"
end = \"2024-06-01\"
[[contract.missions]]
id = \"accompagnement_professionnels\"
start = \"2025-02-01\"
";
    let path = tmp("ended.toml");
    std::fs::write(&path, text).unwrap();
    let path = path.to_str().unwrap();
    let table = ok(&["simulate", path]);
    let row = |label: &str| {
        table
            .lines()
            .find(|l| l.contains(label))
            .unwrap_or_else(|| panic!("no {label} in:\n{table}"))
            .to_string()
    };
    let quality = row("Qualité et pertinence — part fixe");
    assert_eq!(quality.matches("ended 2024-06-01").count(), 3, "{quality}");
    assert!(!quality.contains("not started"), "{quality}");
    let support = row("Accompagnement des professionnels — part fixe");
    assert_eq!(support.matches("not started").count(), 2, "{support}");
    let explained = ok(&[
        "explain",
        path,
        "--year",
        "3",
        "--line",
        "qualite_pertinence.fixe",
    ]);
    assert!(
        explained.contains("[qualite_pertinence.fixe]: not applicable (ended 2024-06-01)"),
        "{explained}"
    );
}

/// `aci` with the environment of a machine whose locale is `locale` (None: no locale set).
fn aci_in_locale(locale: Option<&str>, args: &[&str]) -> String {
    let mut c = Command::new(env!("CARGO_BIN_EXE_aci"));
    c.args(args).current_dir(root());
    for v in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    if let Some(l) = locale {
        c.env("LANG", l);
    }
    let o = c.output().expect("aci runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    stdout(&o)
}

#[test]
fn french_is_the_default_and_an_english_locale_or_lang_en_gives_english() {
    // French: headings, parts, amounts with a decimal comma grouped by narrow no-break spaces,
    // dates as read in France.
    for locale in [
        None,
        Some("C.UTF-8"),
        Some("fr_FR.UTF-8"),
        Some("de_DE.UTF-8"),
    ] {
        let out = aci_in_locale(locale, &["simulate"]);
        assert!(
            out.contains("Financement par année de contrat (€)"),
            "{locale:?}: {out}"
        );
        assert!(out.contains("1\u{202f}610\u{202f}068,49"), "{locale:?}");
        assert!(out.contains("signé le 15/04/2023"), "{locale:?}");
        assert!(out.contains("avance"), "{locale:?}");
        assert!(!out.contains("Funding per contract year"), "{locale:?}");
    }
    let en = aci_in_locale(Some("en_GB.UTF-8"), &["simulate"]);
    assert!(en.contains("Funding per contract year (€)"));
    assert!(en.contains("1 610 068.49"));
    assert_eq!(
        aci_in_locale(Some("fr_FR.UTF-8"), &["simulate", "--lang", "en"]),
        en
    );
    assert_eq!(
        aci_in_locale(Some("en_GB.UTF-8"), &["simulate", "--lang", "fr"]),
        aci_in_locale(None, &["simulate"])
    );
}
