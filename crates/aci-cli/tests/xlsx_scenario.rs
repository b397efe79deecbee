//! The fill-in scenario workbook through the `aci` command: `aci new --xlsx`, then `aci simulate`
//! and `aci check` on the .xlsx.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::{Data, Reader, Xlsx, open_workbook};
use rust_decimal::Decimal;
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `aci args` in English (`lang`: None), or with `--lang`.
fn aci(lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aci"))
        .args(args)
        .args(["--lang", lang])
        .current_dir(root())
        .output()
        .expect("aci runs")
}

fn ok(lang: &str, args: &[&str]) -> String {
    let o = aci(lang, args);
    assert!(
        o.status.success(),
        "aci {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("aci-xlsx-in-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The JSON with each number in its shortest form: a spreadsheet number keeps no trailing
/// zero (a threshold of 0.50 reads back 0.5, the same number; explanations then write 0.5).
fn normalised(text: &str) -> Value {
    fn walk(v: Value) -> Value {
        match v {
            Value::String(s) => Value::String(
                s.split(' ')
                    .map(|w| match w.parse::<Decimal>() {
                        Ok(d) => d.normalize().to_string(),
                        Err(_) => w.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            Value::Array(a) => Value::Array(a.into_iter().map(walk).collect()),
            Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, walk(v))).collect()),
            other => other,
        }
    }
    walk(serde_json::from_str(text).unwrap())
}

#[test]
fn every_shipped_example_and_fixture_written_to_xlsx_simulates_the_same() {
    let d = dir("round-trip");
    let mut sources: Vec<String> = aci_core::examples::ALL
        .iter()
        .map(|(n, _, _)| n.to_string())
        .collect();
    // The scenario fixtures (the others are forecast specs, benchmark data and a broken file).
    for f in std::fs::read_dir(root().join("fixtures")).unwrap() {
        let path = f.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        if text.contains("format = \"aci-scenario/1\"") {
            sources.push(path.to_string_lossy().into_owned());
        }
    }
    assert!(sources.len() >= 10, "{sources:?}");
    let mut compared = 0;
    for (i, source) in sources.iter().enumerate() {
        // A scenario with errors (fixtures/broken-scenario.toml) has no results to compare.
        if aci("en", &["check", source]).status.success() {
            compared += 1;
            let xlsx = d.join(format!("{i}.xlsx"));
            ok("fr", &["new", "--xlsx", s(&xlsx), "--from", source]);
            let direct = ok("en", &["simulate", source, "--format", "json"]);
            let through = ok("en", &["simulate", s(&xlsx), "--format", "json"]);
            assert_eq!(normalised(&through), normalised(&direct), "{source}");
        }
    }
    assert_eq!(compared, sources.len() - 1, "{sources:?}");
}

#[test]
fn the_template_is_in_french_with_typed_cells() {
    let d = dir("typed");
    let xlsx = d.join("plan.xlsx");
    let said = ok(
        "fr",
        &["new", "--xlsx", s(&xlsx), "--from", "urban-taille3"],
    );
    assert!(said.contains("aci simulate"), "{said}");
    let mut wb: Xlsx<_> = open_workbook(&xlsx).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "Contrat",
            "Population",
            "Missions",
            "Indicateurs",
            "Résultats attendus"
        ]
    );
    let contract = wb.worksheet_range("Contrat").unwrap();
    assert_eq!(
        contract.get_value((1, 1)),
        Some(&Data::String("Nom de la CPTS".into()))
    );
    assert!(
        matches!(contract.get_value((2, 2)), Some(Data::DateTime(d)) if d.is_datetime()),
        "{:?}",
        contract.get_value((2, 2))
    );
    assert_eq!(contract.get_value((4, 2)), Some(&Data::Float(110000.0)));
    let missions = wb.worksheet_range("Missions").unwrap();
    assert!(matches!(
        missions.get_value((2, 1)),
        Some(Data::DateTime(_))
    ));
    let results = wb.worksheet_range("Résultats attendus").unwrap();
    assert_eq!(
        results.get_value((0, 2)),
        Some(&Data::String("Année 1".into()))
    );
}

/// A scenario that reads but breaks the contract's rules: the error is at the value's cell.
#[test]
fn a_rule_broken_by_a_value_is_reported_at_its_cell() {
    let d = dir("rules");
    let toml = d.join("early.toml");
    let text = aci_core::examples::get("urban-taille3")
        .unwrap()
        .replacen("start = \"2023-10-15\"", "start = \"2023-01-15\"", 1)
        .replace("threshold = \"0.55\"", "threshold = \"0.45\"");
    std::fs::write(&toml, text).unwrap();
    let xlsx = d.join("plan.xlsx");
    ok("en", &["new", "--xlsx", s(&xlsx), "--from", s(&toml)]);
    let o = aci("en", &["simulate", s(&xlsx)]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("plan.xlsx: Missions!B3: "), "{err}");
    let o = aci("en", &["check", s(&xlsx)]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("plan.xlsx: Missions!B3: "), "{out}");
    assert!(out.contains("plan.xlsx: Indicators!B6: "), "{out}");
}

#[test]
fn a_workbook_without_its_sheets_says_which_and_where_to_start() {
    let d = dir("foreign");
    let xlsx = d.join("other.xlsx");
    ok("en", &["simulate", "-o", s(&xlsx)]);
    let o = aci("fr", &["check", s(&xlsx)]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("le classeur n'a pas de feuille Contrat"),
        "{out}"
    );
    assert!(out.contains("aci new --xlsx"), "{out}");
}
