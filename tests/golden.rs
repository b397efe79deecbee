//! Golden cases: every `tests/golden/*.toml` file, read as data (see tests/golden/README.md).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use aci_core::contract::{Contract, ContractSpec};
use aci_core::funding::{Item, YearResults};
use aci_core::{Engine, Options, RuleBook};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldenFile {
    title: String,
    contract: ContractSpec,
    #[serde(default)]
    options: Options,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    year: u32,
    #[serde(default)]
    results: YearResults,
    options: Option<Options>,
    expected: Expected,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    total: Option<String>,
    #[serde(default)]
    lines: BTreeMap<String, String>,
    taille: Option<u8>,
    version: Option<String>,
    error: Option<Vec<String>>,
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden")
}

fn golden_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("tests/golden exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// Runs one file; returns the number of checks made, or every mismatch.
fn run_file(path: &Path) -> Result<usize, Vec<String>> {
    let text = std::fs::read_to_string(path).expect("readable golden file");
    let file: GoldenFile = toml::from_str(&text).map_err(|e| vec![format!("cannot parse: {e}")])?;
    let contract =
        Contract::new(file.contract).map_err(|e| vec![format!("invalid contract: {e}")])?;
    let rules = RuleBook::shipped();
    let mut failures = Vec::new();
    let mut checks = 0;
    if file.cases.is_empty() {
        failures.push("no cases".to_string());
    }
    for (i, case) in file.cases.iter().enumerate() {
        let where_ = format!("{} case {} (year {})", file.title, i + 1, case.year);
        let engine = Engine::new(rules, case.options.unwrap_or(file.options));
        let result = engine.year(&contract, case.year, &case.results, true);
        let exp = &case.expected;
        match (result, &exp.error) {
            (Err(e), Some(words)) => {
                let msg = e.to_string();
                for w in words {
                    checks += 1;
                    if !msg.contains(w.as_str()) {
                        failures.push(format!("{where_}: error «{msg}» lacks «{w}»"));
                    }
                }
            }
            (Err(e), None) => failures.push(format!("{where_}: unexpected error: {e}")),
            (Ok(y), Some(words)) => failures.push(format!(
                "{where_}: expected an error with {words:?}, got total {}",
                y.total
            )),
            (Ok(y), None) => {
                if exp.total.is_none() && exp.lines.is_empty() {
                    failures.push(format!("{where_}: expects nothing"));
                }
                let mut check = |what: &str, got: String, want: &str| {
                    checks += 1;
                    if got != want {
                        failures.push(format!("{where_}: {what} = {got}, expected {want}"));
                    }
                };
                if let Some(t) = &exp.total {
                    check("total", y.total.to_string(), t);
                }
                if let Some(t) = exp.taille {
                    check("taille", y.taille.to_string(), &t.to_string());
                }
                if let Some(v) = &exp.version {
                    check("version", y.version.to_string(), v);
                }
                for (key, want) in &exp.lines {
                    let got = match Item::parse(key) {
                        None => format!("an unknown line key '{key}'"),
                        Some(item) => match y.line(item) {
                            None => "absent".to_string(),
                            Some(l) => l
                                .amount
                                .map_or("not applicable".to_string(), |a| a.to_string()),
                        },
                    };
                    check(key, got, want);
                }
                let sum: rust_decimal::Decimal = y.lines.iter().filter_map(|l| l.amount).sum();
                check("sum of lines", sum.to_string(), &y.total.to_string());
            }
        }
    }
    if failures.is_empty() {
        Ok(checks)
    } else {
        Err(failures)
    }
}

#[test]
fn every_golden_file_passes() {
    let files = golden_files();
    assert!(
        files.len() >= 4,
        "expected the golden files, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    let mut checks = 0;
    for f in &files {
        match run_file(f) {
            Ok(n) => checks += n,
            Err(mut e) => failures.append(&mut e),
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatches:\n{}",
        failures.join("\n")
    );
    assert!(checks >= 50, "only {checks} checks ran");
}

/// The runner itself must be able to fail: a wrong expected amount is reported.
#[test]
fn a_wrong_expectation_is_caught() {
    let text = std::fs::read_to_string(golden_dir().join("early-signatory-uplift.toml")).unwrap();
    let broken = text.replacen("total = \"94794.52\"", "total = \"94794.53\"", 1);
    assert_ne!(text, broken);
    let dir = std::env::temp_dir().join(format!("aci-golden-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("broken.toml");
    std::fs::write(&path, broken).unwrap();
    let err = run_file(&path).unwrap_err();
    assert!(
        err.iter()
            .any(|e| e.contains("total = 94794.52, expected 94794.53")),
        "{err:?}"
    );
}
