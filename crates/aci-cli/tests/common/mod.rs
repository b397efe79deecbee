//! What the command-line tests share: running `aci`, the fixtures, temporary files.
// Each test file uses some of these helpers, not all.
#![allow(dead_code)]

pub use std::path::{Path, PathBuf};
pub use std::process::{Command, Output};

pub use aci_core::RuleBook;
pub use aci_core::simulation::{Scenario, simulate};
pub use rust_decimal::Decimal;

pub const FIXTURES: [&str; 5] = [
    "urban-taille3.toml",
    "rural-taille1-from-letter.toml",
    "metropolitan-taille4.toml",
    "bracket-crossing.toml",
    "terminated-early.toml",
];

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn fixture(name: &str) -> String {
    root()
        .join("fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

pub fn aci(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aci"))
        .args(args)
        // These tests read the English texts; French (the default) has its own tests.
        .env("LC_ALL", "en_US.UTF-8")
        .current_dir(root())
        .output()
        .expect("aci runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn ok(args: &[&str]) -> String {
    let o = aci(args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "aci {args:?} failed: {}",
        stderr(&o)
    );
    stdout(&o)
}

pub fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("aci-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

pub fn dec(v: &serde_json::Value) -> Decimal {
    v.as_str().expect("amounts are strings").parse().unwrap()
}

pub fn expected(name: &str) -> aci_core::simulation::Simulation {
    let scenario: Scenario =
        toml::from_str(&std::fs::read_to_string(fixture(name)).unwrap()).unwrap();
    simulate(RuleBook::shipped(), &scenario).unwrap()
}

/// The CLI groups thousands with spaces.
pub fn aci_table_eur(d: Decimal) -> String {
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

/// An empty directory of its own for one test.
pub fn fresh_dir(name: &str) -> PathBuf {
    let dir = tmp(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `aci args`, which must fail with `code` and a message containing every one of `words`.
pub fn fails(args: &[&str], code: i32, words: &[&str]) {
    let o = aci(args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(code), "aci {args:?}: {err}");
    for w in words {
        assert!(err.contains(w), "aci {args:?}: «{err}» lacks «{w}»");
    }
}

/// No temporary file left behind in `dir`.
#[cfg(unix)]
pub fn no_leftovers(dir: &Path) {
    let left: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// `aci check` on `text` written to `name`: (exit code, standard output).
pub fn check_text(name: &str, text: &str) -> (Option<i32>, String) {
    let path = tmp(name);
    std::fs::write(&path, text).unwrap();
    let o = aci(&["check", path.to_str().unwrap()]);
    (o.status.code(), stdout(&o))
}

pub const SMALL: &str = "format = \"aci-scenario/1\"
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

/// `aci` with the environment of a machine whose locale is `locale` (None: no locale set).
pub fn aci_in_locale(locale: Option<&str>, args: &[&str]) -> String {
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
