//! `aci new`, the guided creation, as a coordinator uses it: under a pseudo-terminal (driven by
//! python's `pty` module, tests/support/pty_drive.py), typing the everyday mistakes; and
//! without a terminal.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("aci-new-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `aci args` under a pseudo-terminal, typing `steps` ([text to wait for, keys]).
fn on_terminal(steps: &[(&str, &str)], args: &[&str]) -> Output {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/pty_drive.py");
    let steps = serde_json::to_string(steps).unwrap();
    Command::new("python3")
        .arg(script)
        .arg(steps)
        .arg(env!("CARGO_BIN_EXE_aci"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("python3 runs (the pseudo-terminal driver)")
}

fn aci(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aci"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::null())
        .output()
        .expect("aci runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The tailles of the contract years of a scenario file.
fn tailles(file: &Path) -> Vec<u64> {
    let o = aci(&["simulate", file.to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let sim: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    sim["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y["taille"].as_u64().unwrap())
        .collect()
}

#[test]
fn a_taille_3_cpts_answered_on_a_terminal_with_everyday_mistakes_simulates() {
    let d = dir("terminal");
    let plan = d.join("plan.toml");
    let plan_answer = format!("{}\r", plan.display());
    let steps = [
        ("Nom de la CPTS", "CPTS du Test\r"),
        // A date in words, then as people write it in France.
        ("Date de signature", "1er mars 2023\r"),
        ("n'est pas une date", "01/03/2023\r"),
        ("lettre d'intention", "\r"),
        // A population with a thousands comma, then with a space.
        ("Population", "110,000\r"),
        ("n'est pas un nombre d'habitants", "110 000\r"),
        ("taille 3", ""),
        ("Accès aux soins (obligatoire)", "\r"),
        ("dans les 6 mois", "\r"),
        ("Parcours", "\r"),
        ("dans les 12 mois", "\r"),
        ("Prévention", "\r"),
        ("dans les 12 mois", "\r"),
        ("Crises sanitaires", "\r"),
        ("dans les 6 mois", "\r"),
        // "peut-être" is not an answer; "o" is oui.
        ("Qualité", "peut-être\r"),
        ("écrivez oui ou non", "o\r"),
        ("date de début", "\r"),
        ("Accompagnement", "\r"),
        // Accès aux soins is paid on two indicators: a deliverable (its kind first typed in
        // French words, which are not the file's), and tiers of a count that must fall.
        ("part variable de Accès aux soins", "2\r"),
        ("son identifiant", "\r"),
        ("ce qu'il mesure", "Annuaire des professionnels\r"),
        ("son type", "livrable\r"),
        ("n'est pas un type", "binary\r"),
        ("le montant qu'il paie", "10 000\r"),
        ("son identifiant", "patients_sans_mt\r"),
        ("ce qu'il mesure", "\r"),
        ("son type", "tiered\r"),
        ("son sens", "falling\r"),
        ("son unité", "\r"),
        // Thresholds that do not fall are refused by the core, and the indicator asked again.
        ("ses paliers", "2500:10000; 3000:20000\r"),
        ("ne peut pas servir", ""),
        ("son identifiant", "patients_sans_mt\r"),
        ("ce qu'il mesure", "\r"),
        ("son type", "tiered\r"),
        ("son sens", "falling\r"),
        ("son unité", "\r"),
        ("ses paliers", "3000:10000; 2500:20000\r"),
        ("part variable de Parcours", "\r"),
        ("part variable de Prévention", "\r"),
        ("part variable de Qualité", "\r"),
        // 80 % is not a share: 0,8 is.
        ("l'année de contrat 1", "80\r"),
        ("n'est pas une part", "0,8\r"),
        ("acces_aux_soins_1 : livré en année de contrat 1", "non\r"),
        (
            "patients_sans_mt : le résultat attendu en année de contrat 1",
            "3 100\r",
        ),
        ("n'est pas un nombre", "3100\r"),
        ("l'année de contrat 2", "\r"),
        ("acces_aux_soins_1 : livré en année de contrat 2", "oui\r"),
        (
            "patients_sans_mt : le résultat attendu en année de contrat 2",
            "2900\r",
        ),
        ("l'année de contrat 3", "1\r"),
        ("acces_aux_soins_1 : livré en année de contrat 3", "\r"),
        (
            "patients_sans_mt : le résultat attendu en année de contrat 3",
            "2400\r",
        ),
        ("l'année de contrat 4", "\r"),
        ("acces_aux_soins_1 : livré en année de contrat 4", "\r"),
        (
            "patients_sans_mt : le résultat attendu en année de contrat 4",
            "\r",
        ),
        ("l'année de contrat 5", "\r"),
        ("acces_aux_soins_1 : livré en année de contrat 5", "\r"),
        (
            "patients_sans_mt : le résultat attendu en année de contrat 5",
            "\r",
        ),
        ("Fichier à écrire", &plan_answer),
    ];
    let o = on_terminal(&steps, &["new", "--lang", "fr"]);
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("aci simulate"), "{out}");
    let written = std::fs::read_to_string(&plan).unwrap();
    assert!(
        written.starts_with("# Scénario écrit par `aci new`"),
        "{written}"
    );
    assert!(written.contains("signed = \"2023-03-01\""), "{written}");
    assert!(written.contains("population = 110000"), "{written}");
    // The ACI calendar of the rule data: accès aux soins and crises +6 months, the others +12.
    assert!(
        written.contains("id = \"acces_aux_soins\"\nstart = \"2023-09-01\""),
        "{written}"
    );
    assert!(
        written.contains("id = \"parcours\"\nstart = \"2024-03-01\""),
        "{written}"
    );
    assert!(written.contains("crises_sanitaires = \"0.8\""), "{written}");
    // The indicators, under their mission, and their results each year; the mission paid on
    // indicators has no achievement share.
    assert!(
        written.contains(
            "  [[contract.missions.indicators]]\n  id = \"acces_aux_soins_1\"\n  kind = \"binary\"\n  label = \"Annuaire des professionnels\"\n  amount = \"10000\""
        ),
        "{written}"
    );
    assert!(
        written.contains("tiers = [{ threshold = \"3000\", amount = \"10000\" }, { threshold = \"2500\", amount = \"20000\" }]"),
        "{written}"
    );
    assert!(
        written.contains("indicators = { acces_aux_soins_1 = false, patients_sans_mt = \"3100\" }"),
        "{written}"
    );
    assert!(
        written.contains("indicators = { acces_aux_soins_1 = true, patients_sans_mt = \"2400\" }"),
        "{written}"
    );
    assert!(!written.contains("acces_aux_soins = \"0.8\""), "{written}");
    assert!(written.contains("id = \"qualite_pertinence\""), "{written}");
    assert!(
        !written.contains("accompagnement_professionnels"),
        "{written}"
    );
    assert_eq!(tailles(&plan), [3, 3, 3, 3, 3]);
    let check = aci(&["check", plan.to_str().unwrap()]);
    assert!(check.status.success(), "{}", text(&check.stdout));
}

#[test]
fn without_a_terminal_it_says_which_flags_to_give_and_takes_them() {
    let o = aci(&["new", "--lang", "en", "--name", "CPTS X"]);
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("there is none here"), "{err}");
    assert!(
        err.contains("--signed DATE, --population N, --output FILE"),
        "{err}"
    );
    assert!(!err.contains("--name NAME"), "{err}");

    let d = dir("flags");
    let plan = d.join("plan.xlsx");
    let o = aci(&[
        "new",
        "--name",
        "CPTS X",
        "--signed",
        "2023-04-15",
        "--population",
        "110 000",
        "--output",
        plan.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(tailles(&plan), [3, 3, 3, 3, 3]);

    let o = aci(&[
        "new",
        "--lang",
        "en",
        "--name",
        "X",
        "--signed",
        "15.04.2023",
        "--population",
        "1",
        "--output",
        "x.toml",
    ]);
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("\"15.04.2023\" is not a date"), "{err}");
}
