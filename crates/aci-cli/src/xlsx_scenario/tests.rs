//! Workbooks written by the template and read back: round trips and the problems of each cell.

use super::cell::yes_no;
use super::layout::Sheet;
use super::read::{CellProblem, Places, read};
use crate::xlsx_scenario::template;
use aci_core::RuleBook;
use aci_core::simulation::Scenario;
use aci_core::simulation::simulate;
use rust_decimal::Decimal;
use rust_xlsxwriter::Workbook;
use serde_json::Value;

fn example(name: &str) -> Scenario {
    let text = aci_core::examples::get(name).unwrap();
    crate::reading::read(name, text).unwrap()
}

/// Saves `wb` and reads it back.
fn read_back(mut wb: Workbook, name: &str) -> Result<(Scenario, Places), Vec<CellProblem>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{name}.xlsx"));
    wb.save(&path).unwrap();
    read(&path)
}

/// The example `name` as a workbook, with `edit` applied to it.
fn edited(name: &str, edit: impl FnOnce(&mut Workbook)) -> Result<Scenario, Vec<CellProblem>> {
    let mut wb = template::workbook(Some(&example(name)), RuleBook::shipped()).unwrap();
    edit(&mut wb);
    read_back(wb, name).map(|(s, _)| s)
}

fn sheet(wb: &mut Workbook, s: Sheet) -> &mut rust_xlsxwriter::Worksheet {
    wb.worksheet_from_name(&s.name()).unwrap()
}

/// The simulation as JSON, each number in its shortest form (a spreadsheet number keeps no
/// trailing zero: a threshold of 0.50 reads back 0.5, the same number, and an explanation
/// then writes "≥ 0.5").
fn normalised(s: &Scenario) -> Value {
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
    walk(serde_json::to_value(simulate(RuleBook::shipped(), s).unwrap()).unwrap())
}

#[test]
fn every_shipped_example_reads_back_to_the_same_results() {
    for (name, _, _) in aci_core::examples::ALL {
        let scenario = example(name);
        let wb = template::workbook(Some(&scenario), RuleBook::shipped()).unwrap();
        let (back, _) = read_back(wb, name).unwrap_or_else(|p| panic!("{name}: {p:?}"));
        assert_eq!(normalised(&back), normalised(&scenario), "{name}");
    }
}

#[test]
fn the_empty_template_lists_what_to_fill_in() {
    let wb = template::workbook(None, RuleBook::shipped()).unwrap();
    let problems = read_back(wb, "empty").unwrap_err();
    let contract = Sheet::Contract.name();
    let cells: Vec<_> = problems.iter().filter_map(|p| p.cell.clone()).collect();
    // Name, signature date and population: each required, each at its cell.
    for cell in ["C2", "C3", "C5"] {
        assert!(
            cells.contains(&format!("{contract}!{cell}")),
            "{cell}: {problems:?}"
        );
    }
}

#[test]
fn a_date_typed_as_text_is_refused_at_its_cell_with_the_form_to_write() {
    let problems = edited("urban-taille3", |wb| {
        sheet(wb, Sheet::Missions)
            .write_string(2, 1, "01/03/2023")
            .unwrap();
    })
    .unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].cell.as_deref(), Some("Missions!B3"));
    assert!(
        problems[0].message.contains("\"01/03/2023\""),
        "{problems:?}"
    );
    assert!(problems[0].message.contains("2023-03-01"), "{problems:?}");
}

#[test]
fn an_amount_written_the_french_way_is_read_and_an_ambiguous_one_refused() {
    let s = edited("urban-taille3", |wb| {
        sheet(wb, Sheet::Missions)
            .write_string(2, 4, "50 000,50")
            .unwrap();
    })
    .unwrap();
    assert_eq!(
        s.contract.missions[0].fixed,
        Some("50000.50".parse().unwrap())
    );
    let problems = edited("urban-taille3", |wb| {
        sheet(wb, Sheet::Missions)
            .write_string(2, 4, "50,000")
            .unwrap();
    })
    .unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].cell.as_deref(), Some("Missions!E3"));
    assert!(problems[0].message.contains("\"50,000\""), "{problems:?}");
}

#[test]
fn a_population_with_spaces_is_read_and_a_decimal_one_refused() {
    let s = edited("urban-taille3", |wb| {
        sheet(wb, Sheet::Contract)
            .write_string(4, 2, "55 000")
            .unwrap();
    })
    .unwrap();
    assert_eq!(
        s.contract.population,
        aci_core::contract::PopulationSpec::Single(55_000)
    );
    let problems = edited("urban-taille3", |wb| {
        sheet(wb, Sheet::Contract)
            .write_number(4, 2, 55000.5)
            .unwrap();
    })
    .unwrap_err();
    let contract = Sheet::Contract.name();
    assert_eq!(
        problems[0].cell,
        Some(format!("{contract}!C5")),
        "{problems:?}"
    );
}

#[test]
fn an_indicator_of_a_mission_not_engaged_names_the_engaged_ones() {
    let problems = edited("urban-taille3", |wb| {
        sheet(wb, Sheet::Indicators)
            .write_string(2, 0, "prevention_x")
            .unwrap();
    })
    .unwrap_err();
    let indicators = Sheet::Indicators.name();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].cell, Some(format!("{indicators}!A3")));
    assert!(problems[0].message.contains("prevention_x"), "{problems:?}");
    assert!(
        problems[0].message.contains("acces_aux_soins, parcours"),
        "{problems:?}"
    );
}

#[test]
fn a_misspelt_mission_is_refused_with_the_right_name() {
    let problems = edited("urban-taille3", |wb| {
        sheet(wb, Sheet::Missions)
            .write_string(3, 0, "parcour")
            .unwrap();
    })
    .unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.cell.as_deref() == Some("Missions!A4") && p.message.contains("'parcours'")),
        "{problems:?}"
    );
}

#[test]
fn every_problem_is_listed_at_once_in_the_order_of_the_workbook() {
    let problems = edited("urban-taille3", |wb| {
        sheet(wb, Sheet::Contract).write_string(1, 2, " ").unwrap();
        sheet(wb, Sheet::Missions)
            .write_string(2, 1, "01/03/2023")
            .unwrap();
        sheet(wb, Sheet::Missions)
            .write_string(2, 4, "cinquante")
            .unwrap();
        sheet(wb, Sheet::Indicators)
            .write_string(2, 3, "tierd")
            .unwrap();
    })
    .unwrap_err();
    let contract = Sheet::Contract.name();
    let indicators = Sheet::Indicators.name();
    let cells: Vec<_> = problems
        .iter()
        .map(|p| p.cell.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        cells,
        [
            format!("{contract}!C2"),
            "Missions!B3".to_string(),
            "Missions!E3".to_string(),
            format!("{indicators}!D3"),
        ],
        "{problems:?}"
    );
}

#[test]
fn yes_and_no_are_read_in_either_language_and_anything_else_refused() {
    for (word, expected) in [("oui", true), ("No", false), ("VRAI", true), ("yes", true)] {
        assert_eq!(yes_no(word), Some(expected), "{word}");
    }
    assert_eq!(yes_no("peut-être"), None);
}
