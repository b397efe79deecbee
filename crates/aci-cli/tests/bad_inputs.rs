//! The bad-input corpus of the command line: `tests/bad-inputs/cli-*.toml`, cases a person can
//! read and extend (see that folder's README). Every case runs, and every failure is listed
//! before the test fails, so one run shows the whole picture.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;

/// Words of the English messages that a case in French must not show (an untranslated text).
const ENGLISH: [&str; 6] = [
    "error:",
    "allowed",
    "expected",
    "unknown",
    "missing",
    "did you mean",
];

/// Words that mean a crash or an internal message reached the user.
const NEVER: [&str; 4] = [
    "panicked",
    "RUST_BACKTRACE",
    "data did not match any variant",
    "untagged enum",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Corpus {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    run: Vec<String>,
    file: Option<String>,
    file_name: Option<String>,
    generate: Option<String>,
    exit: i32,
    says: Vec<String>,
    /// `fr` for a case read in French; English otherwise.
    lang: Option<String>,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/bad-inputs")
}

/// The input files the corpus does not spell out.
fn generated(kind: &str, json: bool) -> Vec<u8> {
    match kind {
        // Not UTF-8: every byte value, twice.
        "binary" => (0..=255u8).chain(0..=255u8).rev().collect(),
        // 30 MB: a valid start, then a title far longer than any scenario needs.
        "huge" => {
            let mut s = String::from("format = \"aci-scenario/1\"\ntitle = \"");
            s.push_str(&"x".repeat(30 * 1024 * 1024));
            s.push_str("\"\n");
            s.into_bytes()
        }
        "deeply-nested" => {
            let depth = 100_000;
            let head = if json { "{\"format\": " } else { "format = " };
            let tail = if json { "}" } else { "\n" };
            format!("{head}{}{}{tail}", "[".repeat(depth), "]".repeat(depth)).into_bytes()
        }
        other => panic!("unknown generator '{other}' in the corpus"),
    }
}

fn run_case(case: &Case, dir: &Path) -> Result<(), String> {
    let file_name = case.file_name.as_deref().unwrap_or("plan.toml");
    let file = dir.join(file_name);
    let bytes = match (&case.file, &case.generate) {
        (Some(text), None) => Some(text.clone().into_bytes()),
        (None, Some(kind)) => Some(generated(kind, file_name.ends_with(".json"))),
        (None, None) => None,
        (Some(_), Some(_)) => return Err("gives both `file` and `generate`".into()),
    };
    if let Some(bytes) = bytes {
        std::fs::write(&file, bytes).map_err(|e| e.to_string())?;
    }
    let missing = dir.join("no-such-file.toml");
    let args: Vec<String> = case
        .run
        .iter()
        .map(|a| {
            a.replace("{file}", &file.to_string_lossy())
                .replace("{missing}", &missing.to_string_lossy())
                .replace("{dir}", &dir.to_string_lossy())
        })
        .collect();
    let french = match case.lang.as_deref() {
        None | Some("en") => false,
        Some("fr") => true,
        Some(other) => return Err(format!("unknown lang '{other}'")),
    };
    let locale = if french { "fr_FR.UTF-8" } else { "en_US.UTF-8" };
    let out = Command::new(env!("CARGO_BIN_EXE_aci"))
        .args(&args)
        // The corpus reads the English texts, except the cases in French.
        .env("LC_ALL", locale)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("aci did not run: {e}"))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let shown: String = text.chars().take(600).collect();
    let mut problems = Vec::new();
    if out.status.code() != Some(case.exit) {
        problems.push(format!(
            "exit {:?}, expected {}",
            out.status.code(),
            case.exit
        ));
    }
    let lower = text.to_lowercase();
    for w in &case.says {
        if !lower.contains(&w.to_lowercase()) {
            problems.push(format!("does not say {w:?}"));
        }
    }
    for w in NEVER {
        if text.contains(w) {
            problems.push(format!("says {w:?}"));
        }
    }
    if french {
        for w in ENGLISH {
            if lower.contains(w) {
                problems.push(format!("says {w:?} in French"));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n      aci {}\n      output: {shown}",
            problems.join("; "),
            case.run.join(" ")
        ))
    }
}

#[test]
fn every_bad_input_gets_its_exit_code_and_message() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("the corpus folder exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "toml")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("cli-"))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no cli-*.toml in the corpus");
    let mut failures = Vec::new();
    let mut count = 0;
    for path in &files {
        let text = std::fs::read_to_string(path).expect("corpus file readable");
        let corpus: Corpus = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not a corpus file: {e}", path.display()));
        for (i, case) in corpus.case.iter().enumerate() {
            count += 1;
            let dir = std::env::temp_dir().join(format!(
                "aci-bad-{}-{}-{i}",
                std::process::id(),
                path.file_stem().unwrap_or_default().to_string_lossy()
            ));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("temporary folder");
            if let Err(e) = run_case(case, &dir) {
                failures.push(format!(
                    "{} / {}: {e}",
                    path.file_name().unwrap_or_default().to_string_lossy(),
                    case.name
                ));
            }
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} bad-input cases failed:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
    println!("{count} bad-input cases passed");
}
