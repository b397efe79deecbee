//! `aci report`: for every shipped example, the open data's amounts are the engine's funding
//! table (`aci simulate --format json`, lines and explanation components), the JSON validates
//! against docs/report-open-data.schema.json, and the HTML parses and shows the same numbers.

use std::path::PathBuf;
use std::process::Command;

use rust_decimal::Decimal;
use serde_json::Value;

mod common;
use common::{aci, root};

const EXAMPLES: [&str; 5] = [
    "urban-taille3",
    "rural-taille1-from-letter",
    "metropolitan-taille4",
    "bracket-crossing",
    "terminated-early",
];

/// A fresh file name for this test process (tests run in parallel).
fn temp(ext: &str) -> PathBuf {
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    std::env::temp_dir().join(format!("aci-report-{}-{n}.{ext}", std::process::id()))
}

/// `aci report ARGS -o FILE.ext`: the file's text.
fn report(args: &[&str], ext: &str) -> String {
    let path = temp(ext);
    let mut all: Vec<&str> = vec!["report"];
    all.extend_from_slice(args);
    let p = path.display().to_string();
    all.extend(["-o", &p]);
    let o = aci(&all);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = std::fs::read_to_string(&path).expect("report written");
    let _ = std::fs::remove_file(&path);
    text
}

fn simulation(example: &str) -> Value {
    let o = aci(&["simulate", example, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    serde_json::from_slice(&o.stdout).expect("JSON")
}

fn dec(v: &Value) -> Option<Decimal> {
    v.as_str().map(|s| s.parse().expect("a decimal"))
}

/// The line `key` of contract year `year` in the simulation.
fn line<'a>(sim: &'a Value, year: u64, key: &str) -> Option<&'a Value> {
    sim["years"]
        .as_array()?
        .iter()
        .find(|y| y["year"]["number"] == year)?["lines"]
        .as_array()?
        .iter()
        .find(|l| l["item"] == key)
}

#[test]
fn open_data_amounts_are_the_engines_funding_table_for_every_example() {
    for example in EXAMPLES {
        let sim = simulation(example);
        let doc: Value = serde_json::from_str(&report(&[example], "json")).unwrap();
        assert_eq!(doc["schema"], "aci-report-open-data/1");
        // The funding table: every line of every year, and nothing else.
        let funding = doc["funding"].as_array().unwrap();
        let n_lines: usize = sim["years"]
            .as_array()
            .unwrap()
            .iter()
            .map(|y| y["lines"].as_array().unwrap().len())
            .sum();
        assert_eq!(funding.len(), n_lines, "{example}");
        for f in funding {
            let year = f["contract_year"].as_u64().unwrap();
            let l = line(&sim, year, f["line"].as_str().unwrap()).expect("line exists");
            assert_eq!(dec(&f["amount"]), dec(&l["amount"]), "{example} {f}");
        }
        for y in sim["years"].as_array().unwrap() {
            let n = y["year"]["number"].as_u64().unwrap();
            let sum: Decimal = funding
                .iter()
                .filter(|f| f["contract_year"] == n)
                .filter_map(|f| dec(&f["amount"]))
                .sum();
            assert_eq!(Some(sum), dec(&y["total"]), "{example} year {n}");
        }
        // The rows: what each indicator earned is the explanation's component; the mission's
        // variable part is the funding table's line.
        let rows = doc["rows"].as_array().unwrap();
        assert!(!rows.is_empty(), "{example}");
        for r in rows {
            let year = r["contract_year"].as_u64().unwrap();
            let key = format!("{}.variable", r["mission"].as_str().unwrap());
            let l = line(&sim, year, &key);
            assert_eq!(
                dec(&r["mission_variable_paid"]),
                l.and_then(|l| dec(&l["amount"])),
                "{example} {r}"
            );
            let expected = match r["measure"].as_str().unwrap() {
                "indicator" => l.and_then(|l| {
                    l["explanation"]["components"]
                        .as_array()?
                        .iter()
                        .find(|c| c["indicator"] == r["indicator"])
                        .and_then(|c| dec(&c["amount"]))
                }),
                _ => l.and_then(|l| dec(&l["amount"])),
            };
            assert_eq!(dec(&r["amount_earned"]), expected, "{example} {r}");
        }
        // Every component of every variable line has its row.
        for y in sim["years"].as_array().unwrap() {
            let n = y["year"]["number"].as_u64().unwrap();
            for l in y["lines"].as_array().unwrap() {
                for c in l["explanation"]["components"]
                    .as_array()
                    .into_iter()
                    .flatten()
                {
                    assert!(
                        rows.iter()
                            .any(|r| r["contract_year"] == n && r["indicator"] == c["indicator"]),
                        "{example}: no row for {c} in year {n}"
                    );
                }
            }
        }
    }
}

#[test]
fn open_data_validates_against_the_schema_in_docs() {
    let text = std::fs::read_to_string(root().join("docs/report-open-data.schema.json"))
        .expect("docs/report-open-data.schema.json");
    let o = aci(&["schema", "report"]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        text,
        "docs/report-open-data.schema.json is `aci schema report`'s output: regenerate it"
    );
    let schema: Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    for example in EXAMPLES {
        let doc: Value = serde_json::from_str(&report(&[example], "json")).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{example}: {errors:?}");
    }
    // A document with a wrong type is refused (the schema is not empty).
    let bad = serde_json::json!({"schema": "x", "generated_by": "x", "rows": [{"cpts": 1}], "funding": []});
    assert!(!validator.is_valid(&bad));
}

#[test]
fn csv_has_the_json_rows_with_the_same_amounts() {
    let doc: Value = serde_json::from_str(&report(&["urban-taille3"], "json")).unwrap();
    let csv_text = report(&["urban-taille3"], "csv");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "schema");
    assert!(headers.iter().any(|h| h == "amount_earned"));
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let rows = doc["rows"].as_array().unwrap();
    assert_eq!(records.len(), rows.len());
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    for (rec, row) in records.iter().zip(rows) {
        assert_eq!(&rec[col("schema")], "aci-report-open-data/1");
        assert_eq!(
            &rec[col("indicator")],
            row["indicator"].as_str().unwrap_or("")
        );
        assert_eq!(
            rec[col("amount_earned")].parse::<Decimal>().ok(),
            dec(&row["amount_earned"])
        );
    }
}

#[test]
fn one_year_reports_that_year_only_and_an_unknown_year_is_refused() {
    let doc: Value =
        serde_json::from_str(&report(&["urban-taille3", "--year", "3"], "json")).unwrap();
    let rows = doc["rows"].as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["contract_year"] == 3));
    let path = temp("html");
    let o = aci(&[
        "report",
        "urban-taille3",
        "--year",
        "9",
        "-o",
        &path.display().to_string(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains('9'));
    assert!(!path.exists(), "nothing written");
    let o = aci(&["report", "urban-taille3", "-o", "report.docx"]);
    assert_eq!(o.status.code(), Some(2));
}

/// An amount as the page writes it (`12 345,67 €` or `€12345.67`), as a number.
fn amount_in_page(text: &str) -> Decimal {
    let plain: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == ',' || *c == '.' || *c == '-')
        .collect();
    plain.replace(',', ".").parse().expect(text)
}

fn check_page(example: &str, lang: &str) {
    let sim = simulation(example);
    let html = report(&["--lang", lang, example], "html");
    let page = scraper::Html::parse_document(&html);
    assert!(page.errors.is_empty(), "{example}: {:?}", page.errors);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let html_lang = page.select(&sel("html")).next().unwrap().attr("lang");
    assert_eq!(html_lang, Some(lang));
    assert!(
        !html.contains("http://") || !html.contains("<script src"),
        "no network"
    );
    assert!(!html.contains("<link"), "self-contained");
    assert_eq!(page.select(&sel("section.usagers")).count(), 1);
    assert_eq!(page.select(&sel("h3#result")).count(), 1);
    assert_eq!(page.select(&sel("h3#action")).count(), 1);
    let funding_tables: Vec<_> = page.select(&sel("table.funding")).collect();
    assert_eq!(funding_tables.len(), sim["years"].as_array().unwrap().len());
    for table in funding_tables {
        let year: u64 = table.attr("data-year").unwrap().parse().unwrap();
        let mut shown = 0;
        for tr in table.select(&sel("tr[data-line]")) {
            let key = tr.attr("data-line").unwrap();
            let cell = tr.select(&sel("td.num")).next().unwrap();
            let text: String = cell.text().collect();
            let l = line(&sim, year, key).unwrap();
            assert_eq!(
                Some(amount_in_page(&text)),
                dec(&l["amount"]),
                "{example} {key}"
            );
            shown += 1;
        }
        assert!(shown > 0);
        let total: String = table
            .select(&sel("tr.total td.num"))
            .next()
            .unwrap()
            .text()
            .collect();
        let y = sim["years"]
            .as_array()
            .unwrap()
            .iter()
            .find(|y| y["year"]["number"] == year)
            .unwrap();
        assert_eq!(Some(amount_in_page(&total)), dec(&y["total"]), "{example}");
    }
    // Each chart is inline SVG.
    assert!(page.select(&sel("svg.trend")).count() > 0, "{example}");
}

#[test]
fn html_parses_and_shows_the_engines_numbers_in_french_and_english() {
    for example in EXAMPLES {
        check_page(example, "fr");
    }
    check_page("urban-taille3", "en");
    let fr = report(&["--lang", "fr", "urban-taille3"], "html");
    assert!(fr.contains("Pour les usagers, en bref"));
    assert!(fr.contains("Indicateurs de résultat"));
    let en = report(&["--lang", "en", "urban-taille3"], "html");
    assert!(en.contains("For usagers, in short"));
}

#[test]
fn indicators_marked_as_results_are_shown_apart() {
    let text = std::fs::read_to_string(root().join("fixtures/urban-taille3.toml")).unwrap();
    let marked = text.replace(
        "  id = \"depistage_sein\"\n",
        "  id = \"depistage_sein\"\n  nature = \"result\"\n",
    );
    assert_ne!(marked, text);
    let path = temp("toml");
    std::fs::write(&path, marked).unwrap();
    let scenario = path.display().to_string();
    let doc: Value = serde_json::from_str(&report(&[&scenario], "json")).unwrap();
    for r in doc["rows"].as_array().unwrap() {
        let expected = if r["indicator"] == "depistage_sein" {
            "result"
        } else {
            "action"
        };
        assert_eq!(r["nature"], expected, "{r}");
    }
    let html = report(&["--lang", "fr", &scenario], "html");
    let page = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let result_table: String = page
        .select(&sel("table.indicators.result"))
        .next()
        .expect("a table of result indicators")
        .text()
        .collect();
    assert!(result_table.contains("depistage_sein"));
    assert!(!result_table.contains("patients_sans_mt"));
    let action_table: String = page
        .select(&sel("table.indicators.action"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(!action_table.contains("depistage_sein"));
    // The same funding as without the mark: the nature changes no amount.
    let plain: Value = serde_json::from_str(&report(&["urban-taille3"], "json")).unwrap();
    assert_eq!(doc["funding"], plain["funding"]);
    let _ = std::fs::remove_file(&path);
}

/// The PDF needs Chromium and pdftotext: scripts/test.sh installs them and sets
/// `ACI_REQUIRE_PDF=1`, so there the test cannot be skipped.
fn pdf_tools() -> bool {
    let found = |name: &str, version: &str| {
        Command::new(name)
            .arg(version)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let ok = (std::env::var_os("ACI_CHROMIUM").is_some() || found("chromium", "--version"))
        && found("pdftotext", "-v");
    if !ok && std::env::var_os("ACI_REQUIRE_PDF").is_some() {
        panic!("ACI_REQUIRE_PDF is set but chromium or pdftotext is missing");
    }
    ok
}

/// The pages of a PDF as text (pdftotext separates pages by a form feed).
fn pdf_pages(args: &[&str]) -> Vec<String> {
    let path = temp("pdf");
    let mut all: Vec<&str> = vec!["report"];
    all.extend_from_slice(args);
    let p = path.display().to_string();
    all.extend(["-o", &p]);
    let o = aci(&all);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let out = Command::new("pdftotext")
        .args(["-layout", &p, "-"])
        .output()
        .expect("pdftotext runs");
    let _ = std::fs::remove_file(&path);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

#[test]
fn pdf_paginates_with_every_section_and_headers_repeated() {
    if !pdf_tools() {
        eprintln!("skipped: chromium or pdftotext missing (scripts/test.sh installs them)");
        return;
    }
    let pages = pdf_pages(&["--lang", "fr", "urban-taille3"]);
    // Five years of funding tables, the indicators and the assumptions: several A4 pages,
    // not one long strip, not a page per table.
    assert!((3..=8).contains(&pages.len()), "{} pages", pages.len());
    let all = pages.join("\n");
    for year in 1..=5 {
        assert!(
            all.contains(&format!("Le financement de l'année {year}")),
            "year {year}"
        );
    }
    assert!(pages[0].contains("Pour les usagers, en bref"));
    assert!(all.contains("Hypothèses"));
    // A table continued on a new page starts with its header row again.
    let continued = pages
        .iter()
        .skip(1)
        .filter(|p| p.trim_start().starts_with("Ce qu'il") || p.trim_start().starts_with("Ligne"))
        .count();
    assert!(continued > 0, "no page starts with a repeated header");
    // The year's total as the engine computes it (377 500,00 € in year 5).
    let flat: String = all.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(flat.contains("377500,00"), "year 5's total");
    // One year: fewer pages.
    let one = pdf_pages(&["--lang", "fr", "urban-taille3", "--year", "5"]);
    assert!(one.len() < pages.len());
}

#[test]
fn portfolio_shows_each_cpts_with_the_engines_totals_in_html_and_xlsx() {
    let html = report(&EXAMPLES, "html");
    let page = scraper::Html::parse_document(&html);
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let rows: Vec<_> = page.select(&sel("table.portfolio tbody tr")).collect();
    assert_eq!(rows.len(), EXAMPLES.len());
    assert!(html.contains("<script>"), "sortable");
    let headers: Vec<String> = page
        .select(&sel("table.portfolio th"))
        .map(|th| th.text().collect())
        .collect();
    let total_col = headers.iter().position(|h| h == "Total").unwrap();
    for (tr, example) in rows.iter().zip(EXAMPLES) {
        let sim = simulation(example);
        let cells: Vec<_> = tr.select(&sel("td")).collect();
        let cpts: String = cells[0].text().collect();
        assert_eq!(cpts, sim["contract"].as_str().unwrap());
        let total = cells[total_col]
            .attr("data-sort")
            .unwrap()
            .parse::<Decimal>()
            .unwrap();
        assert_eq!(Some(total), dec(&sim["total_funding"]), "{example}");
    }
    // The same in a workbook: one row per CPTS, the totals as numbers.
    let path = temp("xlsx");
    let mut args = vec!["report"];
    args.extend(EXAMPLES);
    let p = path.display().to_string();
    args.extend(["-o", &p]);
    assert_eq!(aci(&args).status.code(), Some(0));
    use calamine::{DataType, Reader};
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let range = wb.worksheet_range("CPTS").unwrap();
    let _ = std::fs::remove_file(&path);
    assert_eq!(range.height(), EXAMPLES.len() + 1);
    for (i, example) in EXAMPLES.iter().enumerate() {
        let sim = simulation(example);
        let cell = range.get((i + 1, total_col)).unwrap();
        let expected: f64 = sim["total_funding"].as_str().unwrap().parse().unwrap();
        assert_eq!(cell.as_f64(), Some(expected), "{example}");
    }
}

#[test]
fn estimated_envelopes_are_labelled_on_the_page_and_in_the_open_data() {
    let path = temp("toml");
    std::fs::write(
        &path,
        "format = \"aci-scenario/1\"\n[contract]\nname = \"CPTS Estimée\"\nsigned = \"2023-04-15\"\n\
         population = 30000\n[[contract.missions]]\nid = \"prevention\"\nstart = \"2023-04-15\"\n\
         [[years]]\nyear = 1\nmissions = { prevention = \"0.5\" }\n",
    )
    .unwrap();
    let scenario = path.display().to_string();
    let html = report(
        &["--envelopes", "estimate", "--lang", "fr", &scenario],
        "html",
    );
    assert!(
        html.contains("class=\"banner\""),
        "the estimate is said on top"
    );
    assert!(html.contains("estimation"));
    let doc: Value =
        serde_json::from_str(&report(&["--envelopes", "estimate", &scenario], "json")).unwrap();
    assert!(
        doc["funding"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["status"] == "estimate"),
        "{doc}"
    );
    // Without an estimate, the same scenario is refused (no amount is invented).
    let out = temp("html");
    let o = aci(&["report", &scenario, "-o", &out.display().to_string()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!out.exists());
    let _ = std::fs::remove_file(&path);
}

#[test]
fn the_usagers_section_says_in_words_where_each_commitment_stands() {
    // Year 2 of urban-taille3: 2 800 patients without a médecin traitant earn the first tier
    // (10 000 € of 25 000 €), the SAS deliverable is done (10 000 € of 10 000 €).
    let html = report(&["--lang", "fr", "urban-taille3", "--year", "2"], "html");
    let page = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let items: Vec<String> = page
        .select(&sel("section.usagers li"))
        .map(|li| li.text().collect())
        .collect();
    let find = |label: &str| {
        items
            .iter()
            .find(|i| i.starts_with(label))
            .cloned()
            .unwrap()
    };
    assert!(find("Patients en ALD sans médecin traitant").ends_with("objectif atteint en partie"));
    assert!(find("Créneaux de soins non programmés").ends_with("— objectif atteint"));
    assert!(find("Qualité et pertinence").ends_with("objectif atteint en partie"));
    assert!(
        !items.iter().any(|i| i.starts_with("Crises sanitaires")),
        "a crisis is no commitment"
    );
    let money: String = page
        .select(&sel("section.usagers p"))
        .map(|p| p.text().collect::<String>())
        .collect();
    let flat: String = money.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(flat.contains("313568,49€"), "{money}");
}

#[test]
fn a_pdf_without_chromium_is_a_clear_error_and_nothing_is_written() {
    let path = temp("pdf");
    let o = Command::new(env!("CARGO_BIN_EXE_aci"))
        .args(["--lang", "fr", "report", "urban-taille3", "-o"])
        .arg(&path)
        .env("LC_ALL", "en_US.UTF-8")
        .env("ACI_CHROMIUM", "/nonexistent/chromium")
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/chromium"));
    assert!(!path.exists());
    let o = aci(&[
        "--lang",
        "fr",
        "report",
        "urban-taille3",
        "-o",
        "rapport.docx",
    ]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("le format du rapport se lit"));
}
