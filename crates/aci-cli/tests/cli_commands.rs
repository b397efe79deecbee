//! The `aci` commands on the shipped scenarios: explain, rules, examples, forecast, and a
//! contract terminated before its term.

mod common;

use common::*;

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
