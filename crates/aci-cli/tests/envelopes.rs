//! `aci envelopes` and `--envelopes FILE|estimate` (issue #15): the table to fill, a filled
//! table read back (CSV and XLSX), the estimate, and the error without either.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
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

fn ok(args: &[&str]) -> String {
    let o = aci(args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "aci {args:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// `(exit code, standard error)` of a failing run.
fn fails(args: &[&str]) -> (i32, String) {
    let o = aci(args);
    assert_ne!(o.status.code(), Some(0), "aci {args:?} succeeded");
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("aci-envelopes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A taille-2 CPTS (60 000 inhabitants) under avenant 2, prevention from signature.
fn taille2_scenario(options: &str) -> PathBuf {
    // One file per call: tests run in parallel and must not rewrite each other's scenario.
    static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let p = tmp(&format!("taille2-{n}.toml"));
    std::fs::write(
        &p,
        format!(
            r#"format = "aci-scenario/1"
[contract]
name = "CPTS Plateau"
signed = "2023-01-01"
population = 60000
[[contract.missions]]
id = "prevention"
start = "2023-01-01"
[[years]]
year = 2
missions = {{ prevention = "1" }}
{options}
"#
        ),
    )
    .unwrap();
    p
}

/// The records of a CSV text.
fn records(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

fn to_csv(rows: &[Vec<String>], delimiter: u8) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    for r in rows {
        w.write_record(r).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// The template's rows with every empty amount filled by `fill(line)` (header on line 1).
fn filled(fill: impl Fn(usize) -> String) -> Vec<Vec<String>> {
    let mut rows = records(&ok(&["envelopes", "--template"]), b',');
    for (i, r) in rows.iter_mut().enumerate().skip(1) {
        if r[4].is_empty() {
            r[4] = fill(i + 1);
        }
    }
    rows
}

/// The line of a cell in the template (1-based, header on line 1).
fn line_of(rows: &[Vec<String>], version: &str, taille: u8, key: &str) -> usize {
    rows.iter()
        .position(|r| r[0] == version && r[1] == taille.to_string() && r[2] == key)
        .unwrap()
        + 1
}

#[test]
fn the_template_lists_every_cell_with_what_is_known() {
    let csv = ok(&["envelopes", "--template"]);
    assert!(csv.starts_with("version,taille,key,meaning,amount,known_status,known_source,note\n"));
    let rows = records(&csv, b',');
    // 2019: 4 tailles × 5 missions × 2 parts; avenant 2: 4 × (6 × 2 + the crisis plan year).
    assert_eq!(rows.len(), 1 + 40 + 52);
    let plan_year = &rows[line_of(
        &rows,
        "avenant-2",
        3,
        "mission.crises_sanitaires.part_fixe_premiere_annee",
    ) - 1];
    assert!(
        plan_year[3].starts_with("crisis mission, plan year"),
        "{plan_year:?}"
    );
    assert_eq!(plan_year[4], "45000.00");
    assert_eq!(plan_year[5], "C (observed in a real contract)");
    let unknown = &rows[line_of(&rows, "avenant-2", 2, "mission.prevention.part_fixe") - 1];
    assert_eq!(
        (unknown[4].as_str(), unknown[5].as_str()),
        ("", "? (not known: fill in)")
    );
    // The same rows in a workbook, on the sheet the loader reads.
    let xlsx = tmp("template.xlsx");
    ok(&["envelopes", "--template", "-o", path(&xlsx)]);
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let range = book.worksheet_range("envelopes").unwrap();
    assert_eq!(range.height(), 1 + 92);
    let row = range
        .rows()
        .find(|r| {
            r[0] == Data::String("avenant-2".into())
                && r[2] == Data::String("mission.acces_aux_soins.part_fixe".into())
                && r[1] == Data::String("3".into())
        })
        .unwrap();
    assert_eq!(row[4], Data::Float(90000.0));
}

#[test]
fn a_filled_csv_table_gives_exact_amounts_cited_to_its_cell() {
    let csv = filled(|line| format!("{line}000"));
    let file = tmp("filled.csv");
    std::fs::write(&file, to_csv(&csv, b',')).unwrap();
    let scenario = taille2_scenario("");
    let json = ok(&[
        "--envelopes",
        path(&file),
        "simulate",
        path(&scenario),
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let fixed_line = line_of(&csv, "avenant-2", 2, "mission.prevention.part_fixe");
    let variable_line = line_of(&csv, "avenant-2", 2, "mission.prevention.part_variable");
    let year2 = &v["years"][1];
    let amount = |item: &str| {
        year2["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["item"] == item)
            .unwrap()["amount"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(amount("prevention.fixe"), format!("{fixed_line}000.00"));
    assert_eq!(
        amount("prevention.variable"),
        format!("{variable_line}000.00")
    );
    let explained = ok(&[
        "--envelopes",
        path(&file),
        "explain",
        path(&scenario),
        "--year",
        "2",
        "--line",
        "prevention.fixe",
    ]);
    assert!(
        explained.contains(&format!(
            "[T] national table supplied by the user ({}), line {fixed_line}, column amount",
            path(&file)
        )),
        "{explained}"
    );
    // A French spreadsheet's CSV: ';' between cells, ',' before the cents.
    let french: Vec<Vec<String>> = csv
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r[4] = r[4].replace('.', ",");
            r
        })
        .collect();
    let file_fr = tmp("filled-fr.csv");
    std::fs::write(&file_fr, to_csv(&french, b';')).unwrap();
    let table = ok(&["--envelopes", path(&file_fr), "simulate", path(&scenario)]);
    assert!(
        table.contains("national table supplied by the user [T]"),
        "{table}"
    );
}

#[test]
fn an_incomplete_table_is_refused_naming_its_cells() {
    let mut csv = filled(|_| "1000".into());
    let at = line_of(&csv, "avenant-2", 2, "mission.parcours.part_fixe");
    csv[at - 1][4] = String::new();
    let file = tmp("incomplete.csv");
    // Written with "\r\n" line ends, as spreadsheets do: the line named is still the right one
    // (the CSV reader's own line count lags behind after them).
    let text = to_csv(&csv, b',').replace('\n', "\r\n");
    std::fs::write(&file, text).unwrap();
    let (code, err) = fails(&[
        "--envelopes",
        path(&file),
        "simulate",
        path(&taille2_scenario("")),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!("line {at}, column amount: empty")),
        "{err}"
    );
}

#[test]
fn a_filled_workbook_is_read_and_its_errors_name_sheet_and_cell() {
    use rust_xlsxwriter::Workbook;
    let csv = filled(|_| "1000".into());
    let write = |name: &str, blank_line: Option<usize>| {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("envelopes").unwrap();
        for (r, row) in csv.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                if c == 4 && r > 0 {
                    if Some(r as usize + 1) != blank_line {
                        ws.write_number(r, c, cell.parse::<u32>().map_or(1000.5, f64::from))
                            .unwrap();
                    }
                } else {
                    ws.write_string(r, c, cell).unwrap();
                }
            }
        }
        let p = tmp(name);
        wb.save(&p).unwrap();
        p
    };
    let scenario = taille2_scenario("");
    let good = write("filled.xlsx", None);
    let out = ok(&["--envelopes", path(&good), "simulate", path(&scenario)]);
    assert!(
        out.contains("national table supplied by the user [T]"),
        "{out}"
    );
    let at = line_of(&csv, "avenant-2", 4, "mission.prevention.part_variable");
    let bad = write("incomplete.xlsx", Some(at));
    let (code, err) = fails(&["--envelopes", path(&bad), "simulate", path(&scenario)]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!("sheet 'envelopes', cell E{at}: empty")),
        "{err}"
    );
}

#[test]
fn the_estimate_runs_and_warns_with_its_range() {
    let scenario = taille2_scenario("");
    let out = ok(&["--envelopes", "estimate", "simulate", path(&scenario)]);
    assert!(
        out.contains("prevention.fixe taille 2 (avenant-2): envelope 13466.10 € is an indicative estimate [E] (range 13466.10 – 13574.32 €)"),
        "{out}"
    );
    // The scenario's own option does the same.
    let asked = taille2_scenario("[options]\nenvelopes = \"estimate\"");
    let out = ok(&["simulate", path(&asked)]);
    assert!(out.contains("is an indicative estimate [E]"), "{out}");
    let explained = ok(&[
        "--envelopes",
        "estimate",
        "explain",
        path(&scenario),
        "--year",
        "2",
        "--line",
        "prevention.fixe",
    ]);
    assert!(
        explained.contains("[E] Indicative estimate (docs/estimate.md)"),
        "{explained}"
    );
    assert!(
        explained.contains("option envelopes = estimate"),
        "{explained}"
    );
    // The amounts in effect, with the range column and a warning.
    let listed = ok(&["--envelopes", "estimate", "envelopes"]);
    assert!(listed.contains("13 466.10 – 13 574.32"), "{listed}");
    assert!(
        listed.contains("warning: 79 amounts are indicative estimates"),
        "{listed}"
    );
}

#[test]
fn without_table_or_estimate_the_error_names_both_ways_out() {
    let (code, err) = fails(&["simulate", path(&taille2_scenario(""))]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("no amount for mission.prevention.part_fixe (mission prevention, taille 2"),
        "{err}"
    );
    assert!(
        err.contains("--envelopes table.xlsx") && err.contains("--envelopes estimate"),
        "{err}"
    );
}

#[test]
fn usage_and_file_errors_have_their_exit_codes() {
    let (code, err) = fails(&["envelopes", "-o", "x.csv"]);
    assert_eq!(code, 2, "{err}");
    let (code, err) = fails(&["--envelopes", "no/such/table.csv", "envelopes"]);
    assert_eq!(code, 3, "{err}");
    let odd = tmp("table.ods");
    std::fs::write(&odd, "x").unwrap();
    let (code, err) = fails(&["--envelopes", path(&odd), "envelopes"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("must be a .csv or .xlsx file"), "{err}");
}

/// The template's format comes from `-o`'s extension (an unknown one is refused, nothing
/// written), and it never replaces the filled table the same command reads.
#[test]
fn the_template_is_never_a_wrong_file_nor_written_over_the_filled_table() {
    let json = tmp("template.json");
    let (code, err) = fails(&["envelopes", "--template", "-o", path(&json)]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(".csv or .xlsx"), "{err}");
    assert!(!json.exists(), "a template was written to {json:?}");

    let table = tmp("filled-over.csv");
    let text = to_csv(&filled(|_| "1000".into()), b',');
    std::fs::write(&table, &text).unwrap();
    let (code, err) = fails(&[
        "--envelopes",
        path(&table),
        "envelopes",
        "--template",
        "-o",
        path(&table),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--envelopes"), "{err}");
    assert_eq!(std::fs::read_to_string(&table).unwrap(), text);
}
