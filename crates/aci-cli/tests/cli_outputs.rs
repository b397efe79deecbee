//! The `aci` command's outputs: tables, JSON, CSV, XLSX and charts, how a format is chosen,
//! and that no file is written over an input or left half-written.

mod common;

use common::*;

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
            [
                "Payments",
                "Contract years",
                "Calendar years",
                "Warnings",
                "Options",
                "Sources"
            ]
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
    // The bars: a colour per part paid (operating, each mission, the lettre d'intention).
    let bars: usize = [
        [0x4f, 0x81, 0xbd],
        [0x59, 0xa1, 0x4f],
        [0xb0, 0x7a, 0xa1],
        [0x76, 0xb7, 0xb2],
        [0xe1, 0x57, 0x59],
        [0x9c, 0x75, 0x5f],
        [0xed, 0xc9, 0x48],
        [0xba, 0xb0, 0xac],
    ]
    .into_iter()
    .map(count)
    .sum();
    assert!(bars > 10_000, "no bars");
    assert!(
        count([0x59, 0xa1, 0x4f]) > 1_000,
        "no bar of accès aux soins"
    );
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
