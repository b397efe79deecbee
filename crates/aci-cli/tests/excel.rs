//! The outputs people open in Excel: the results workbook (typed cells, headers in the chosen
//! language) and the CSV for French Excel (`--csv excel-fr`).

use std::path::PathBuf;

use aci_core::RuleBook;
use aci_core::simulation::{Scenario, Simulation, simulate};
use calamine::{Data, Reader, Xlsx, open_workbook};
use jiff::civil::Date;
use rust_decimal::Decimal;

mod common;
use common::{aci, fixture};

fn ok(args: &[&str]) -> Vec<u8> {
    let o = aci(args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "aci {args:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o.stdout
}

fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("aci-excel-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn expected(name: &str) -> Simulation {
    let scenario: Scenario =
        toml::from_str(&std::fs::read_to_string(fixture(name)).unwrap()).unwrap();
    simulate(RuleBook::shipped(), &scenario).unwrap()
}

/// The date a spreadsheet date cell holds (serial days from 1899-12-30, past March 1900).
fn date(cell: &Data) -> Date {
    match cell {
        Data::DateTime(d) if d.is_datetime() => {
            let days = d.as_f64();
            assert_eq!(days.fract(), 0.0, "a date with a time: {d:?}");
            Date::constant(1899, 12, 30)
                .checked_add(jiff::Span::new().days(days as i64))
                .unwrap()
        }
        other => panic!("not a date cell: {other:?}"),
    }
}

/// The amount a number cell holds, to the cent: the shortest decimal text of the float must be
/// the engine's amount itself (the float nearest to it was written).
fn money(cell: &Data) -> Decimal {
    match cell {
        Data::Float(f) => f.to_string().parse().unwrap(),
        other => panic!("not a number cell: {other:?}"),
    }
}

fn integer(cell: &Data) -> i64 {
    match cell {
        Data::Float(f) if f.fract() == 0.0 => *f as i64,
        Data::Int(i) => *i,
        other => panic!("not a whole number cell: {other:?}"),
    }
}

fn header(wb: &mut Xlsx<std::io::BufReader<std::fs::File>>, sheet: &str) -> Vec<String> {
    let range = wb.worksheet_range(sheet).unwrap();
    range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect()
}

#[test]
fn the_workbook_has_typed_cells_equal_to_the_engine_s_amounts() {
    let dir = fresh_dir("typed");
    for name in ["urban-taille3.toml", "terminated-early.toml"] {
        let sim = expected(name);
        let path = dir.join(name.replace(".toml", ".xlsx"));
        ok(&[
            "--lang",
            "en",
            "simulate",
            &fixture(name),
            "-o",
            path.to_str().unwrap(),
        ]);
        let mut wb: Xlsx<_> = open_workbook(&path).unwrap();

        let payments = wb.worksheet_range("Payments").unwrap();
        let rows: Vec<_> = payments.rows().skip(1).collect();
        assert_eq!(rows.len(), sim.flows.len(), "{name}");
        for (row, flow) in rows.iter().zip(&sim.flows) {
            assert_eq!(date(&row[0]), flow.date, "{name}");
            match flow.contract_year {
                Some(y) => assert_eq!(integer(&row[1]), i64::from(y), "{name}"),
                None => assert_eq!(row[1], Data::Empty, "{name}"),
            }
            assert_eq!(row[2], Data::String(flow.flow.label()), "{name}");
            assert_eq!(money(&row[4]), flow.amount, "{name} {}", flow.date);
            assert_eq!(money(&row[5]), flow.cumulative, "{name} {}", flow.date);
        }

        let years = wb.worksheet_range("Contract years").unwrap();
        let lines: Vec<_> = sim
            .years
            .iter()
            .flat_map(|y| y.lines.iter().map(move |l| (y, l)))
            .collect();
        let rows: Vec<_> = years.rows().skip(1).collect();
        assert_eq!(rows.len(), lines.len(), "{name}");
        for (row, (y, l)) in rows.iter().zip(lines) {
            assert_eq!(integer(&row[0]), i64::from(y.year.number));
            assert_eq!(date(&row[1]), y.year.start);
            assert_eq!(date(&row[2]), y.year.end);
            assert_eq!(integer(&row[4]), i64::from(y.taille.number()));
            assert_eq!(integer(&row[5]), y.population as i64);
            match l.amount {
                Some(a) => assert_eq!(money(&row[8]), a, "{name} {}", l.item.key()),
                None => assert_eq!(row[8], Data::Empty, "{name} {}", l.item.key()),
            }
        }

        let calendar = wb.worksheet_range("Calendar years").unwrap();
        let rows: Vec<_> = calendar.rows().skip(1).collect();
        assert_eq!(rows.len(), sim.calendar_years.len());
        for (row, c) in rows.iter().zip(&sim.calendar_years) {
            assert_eq!(integer(&row[0]), i64::from(c.year));
            assert_eq!(money(&row[1]), c.paid);
            assert_eq!(money(&row[2]), c.accrued);
            assert_eq!(money(&row[3]), c.cumulative_paid);
        }

        let warnings = wb.worksheet_range("Warnings").unwrap();
        assert_eq!(warnings.rows().count() - 1, sim.warnings.len(), "{name}");

        // Options: every option with its value and meaning, and the payment option.
        let options = wb.worksheet_range("Options").unwrap();
        let names: Vec<String> = options.rows().skip(1).map(|r| r[0].to_string()).collect();
        assert!(names.contains(&"boundary".to_string()), "{names:?}");
        assert!(names.contains(&"variable_delay_months".to_string()));

        // Sources: every value the lines read, once, with its status and source.
        let sources = wb.worksheet_range("Sources").unwrap();
        let rows: Vec<_> = sources.rows().skip(1).collect();
        let read: std::collections::BTreeSet<(String, String)> = sim
            .years
            .iter()
            .flat_map(|y| y.lines.iter())
            .filter_map(|l| l.explanation.as_ref())
            .flat_map(|e| e.parameters.iter())
            .map(|p| (p.key.to_string(), p.provenance.status.tag().to_string()))
            .collect();
        for (key, tag) in &read {
            assert!(
                rows.iter()
                    .any(|r| r[1].to_string() == *key && r[4].to_string() == *tag),
                "{name}: {key} [{tag}] not in the Sources sheet"
            );
        }
        for r in &rows {
            assert!(
                !r[6].to_string().is_empty(),
                "{name}: a value without source"
            );
        }
    }
}

#[test]
fn the_workbook_s_sheets_and_headers_are_in_the_chosen_language() {
    let dir = fresh_dir("headers");
    let path = |lang: &str| dir.join(format!("{lang}.xlsx"));
    for lang in ["fr", "en"] {
        ok(&[
            "--lang",
            lang,
            "simulate",
            "-o",
            path(lang).to_str().unwrap(),
        ]);
    }
    let mut fr: Xlsx<_> = open_workbook(path("fr")).unwrap();
    assert_eq!(
        fr.sheet_names(),
        [
            "Paiements",
            "Années de contrat",
            "Années civiles",
            "Avertissements",
            "Options",
            "Sources"
        ]
    );
    assert_eq!(
        header(&mut fr, "Paiements"),
        [
            "Date",
            "Année de contrat",
            "Objet",
            "Part",
            "Montant",
            "Cumul",
            "Règle",
            "Explication",
            "Sources"
        ]
    );
    assert_eq!(
        header(&mut fr, "Années de contrat")[..9],
        [
            "Année de contrat",
            "Début",
            "Fin (exclue)",
            "Version",
            "Taille",
            "Population",
            "Clé",
            "Ligne",
            "Montant"
        ]
    );
    assert_eq!(
        header(&mut fr, "Années civiles"),
        ["Année", "Versé", "Acquis", "Cumul versé"]
    );
    assert_eq!(
        header(&mut fr, "Options"),
        ["Option", "Valeur", "Signification"]
    );
    assert_eq!(
        header(&mut fr, "Sources")[..4],
        ["Version", "Clé", "Taille", "Valeur"]
    );
    // The words of the cells too: parts, statuses, option meanings.
    let payments = fr.worksheet_range("Paiements").unwrap();
    assert_eq!(
        payments.get((1, 3)),
        Some(&Data::String("en totalité".into()))
    );
    let sources = fr.worksheet_range("Sources").unwrap();
    assert!(
        sources
            .rows()
            .any(|r| r[5] == Data::String("texte primaire".into())),
        "no status in French"
    );
    let options = fr.worksheet_range("Options").unwrap();
    assert!(
        options.rows().any(|r| r[2]
            .to_string()
            .starts_with("jours d'activité / jours de l'année du contrat")),
        "option meanings not in French"
    );

    let mut en: Xlsx<_> = open_workbook(path("en")).unwrap();
    assert_eq!(
        en.sheet_names(),
        [
            "Payments",
            "Contract years",
            "Calendar years",
            "Warnings",
            "Options",
            "Sources"
        ]
    );
    assert_eq!(
        header(&mut en, "Payments"),
        [
            "Date",
            "Contract year",
            "For",
            "Part",
            "Amount",
            "Cumulative",
            "Rule",
            "Explanation",
            "Sources"
        ]
    );
    assert_eq!(
        header(&mut en, "Calendar years"),
        ["Year", "Paid", "Earned (accrued)", "Cumulative paid"]
    );
}

/// A CSV for French Excel, parsed: its header and rows (the BOM checked and removed).
fn excel_fr(args: &[&str]) -> (Vec<String>, Vec<Vec<String>>) {
    let out = ok(args);
    assert!(out.starts_with(b"\xEF\xBB\xBF"), "no UTF-8 byte order mark");
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&out[3..]);
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

/// `1234,5` (French Excel's decimal comma) as an amount; the empty cell as 0.
fn french_amount(s: &str) -> Decimal {
    assert!(
        !s.contains('.') && !s.contains(' '),
        "not a French Excel number: {s}"
    );
    if s.is_empty() {
        return Decimal::ZERO;
    }
    s.replace(',', ".").parse().unwrap()
}

#[test]
fn csv_for_french_excel_has_semicolons_decimal_commas_a_bom_and_french_headers() {
    for name in ["urban-taille3.toml", "terminated-early.toml"] {
        let sim = expected(name);
        let file = fixture(name);
        let args = |table: &'static str| -> Vec<String> {
            [
                "--lang", "fr", "simulate", &file, "--format", "csv", "--table", table, "--csv",
                "excel-fr",
            ]
            .map(String::from)
            .to_vec()
        };
        let run = |table| {
            let a = args(table);
            excel_fr(&a.iter().map(String::as_str).collect::<Vec<_>>())
        };

        let (header, rows) = run("flows");
        assert_eq!(
            header,
            [
                "Date",
                "Année de contrat",
                "Objet",
                "Part",
                "Montant",
                "Cumul",
                "Règle",
                "Explication",
                "Sources"
            ]
        );
        let total: Decimal = rows.iter().map(|r| french_amount(&r[4])).sum();
        assert_eq!(total, sim.total_paid, "{name}");
        let first = &sim.flows[0];
        assert_eq!(
            rows[0][0],
            format!(
                "{:02}/{:02}/{}",
                first.date.day(),
                first.date.month(),
                first.date.year()
            )
        );
        assert_eq!(rows[0][2], first.flow.label());

        let (header, rows) = run("lines");
        assert_eq!(header[8], "Montant");
        let total: Decimal = rows.iter().map(|r| french_amount(&r[8])).sum();
        assert_eq!(total, sim.total_funding, "{name}");

        let (header, rows) = run("calendar");
        assert_eq!(header, ["Année", "Versé", "Acquis", "Cumul versé"]);
        let total: Decimal = rows.iter().map(|r| french_amount(&r[1])).sum();
        assert_eq!(total, sim.total_paid, "{name}");
    }
    // English words with --lang en, French Excel's form all the same.
    let (header, _) = excel_fr(&[
        "--lang", "en", "simulate", "--format", "csv", "--table", "calendar", "--csv", "excel-fr",
    ]);
    assert_eq!(
        header,
        ["Year", "Paid", "Earned (accrued)", "Cumulative paid"]
    );
}

#[test]
fn standard_csv_stays_the_default_and_csv_goes_with_a_csv_report() {
    for lang in ["fr", "en"] {
        let default = ok(&["--lang", lang, "simulate", "--format", "csv"]);
        let standard = ok(&[
            "--lang", lang, "simulate", "--format", "csv", "--csv", "standard",
        ]);
        assert_eq!(default, standard);
        assert!(default.starts_with(
            b"date,contract_year,flow,part,amount,cumulative,rule,explanation,sources\n"
        ));
        let calendar = ok(&[
            "--lang", lang, "simulate", "--format", "csv", "--table", "calendar",
        ]);
        assert!(
            String::from_utf8(calendar)
                .unwrap()
                .lines()
                .nth(1)
                .unwrap()
                .starts_with("2023,")
        );
    }
    let o = aci(&["simulate", "--csv", "excel-fr"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--csv"));
    let help = String::from_utf8(ok(&["simulate", "--help"])).unwrap();
    assert!(help.contains("excel-fr") && help.contains("BOM"), "{help}");
}
