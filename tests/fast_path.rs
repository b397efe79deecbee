//! The fast path (`year` without explanation, `year_total`) gives exactly what the explained
//! path gives: the same amounts, lines, missing inputs and warnings, or the same error.

use std::path::PathBuf;

use aci_core::contract::Contract;
use aci_core::funding::{Item, MissingInput, NotApplicable, Warning, YearResults, YearSink};
use aci_core::indicator::Observation;
use aci_core::mission::MissionId;
use aci_core::{Engine, Options, RuleBook};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures")
        .join(name);
    std::fs::read_to_string(path).expect("fixture readable")
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (0u32..=4, -5i64..=40_000).prop_map(|(s, m)| Decimal::new(m, s))
}

fn observation() -> impl Strategy<Value = Option<Observation>> {
    prop_oneof![
        Just(None),
        any::<bool>().prop_map(|b| Some(Observation::Done(b))),
        decimal().prop_map(|d| Some(Observation::Value(d))),
    ]
}

fn options() -> impl Strategy<Value = Options> {
    (any::<[bool; 6]>(), any::<bool>()).prop_map(|(o, as_worded)| {
        let pick = |b: bool, a: &str, z: &str| if b { a.to_string() } else { z.to_string() };
        toml::from_str(&format!(
            "boundary = \"{}\"\nproration = \"{}\"\nuplift = \"{}\"\nversion_date = \"{}\"\nprorate_variable = {}\nmissing_observation = \"{}\"",
            if as_worded {
                "as_worded".to_string()
            } else {
                pick(o[0], "upper_inclusive", "lower_inclusive")
            },
            pick(o[1], "months", "days"),
            pick(o[2], "annual", "one_off"),
            pick(o[3], "year_end", "year_start"),
            o[4],
            pick(o[5], "error", "zero"),
        ))
        .expect("options")
    })
}

const IDS: [&str; 6] = [
    "annuaire",
    "patients_sans_mt",
    "snp_creneaux",
    "parcours_diabete",
    "parcours_ic",
    "depistage",
];

/// What `Engine::year_into` hands over.
#[derive(Default)]
struct Received {
    lines: Vec<(Item, Option<Decimal>, Option<NotApplicable>)>,
    missing_inputs: Vec<String>,
    warnings: Vec<Warning>,
}

impl YearSink for Received {
    fn line(&mut self, item: Item, amount: Option<Decimal>, reason: Option<NotApplicable>) {
        self.lines.push((item, amount, reason));
    }
    fn missing_input(&mut self, input: MissingInput<'_>) {
        self.missing_inputs.push(input.to_string());
    }
    fn warning(&mut self, warning: Warning) {
        self.warnings.push(warning);
    }
}

fn check(engine: &Engine, contract: &Contract, year: u32, results: &YearResults) {
    let fast = engine.year(contract, year, results, false);
    let full = engine.year(contract, year, results, true);
    let total = engine.year_total(contract, year, results);
    let mut received = Received::default();
    let summary = engine.year_into(contract, year, results, &mut received);
    match (&fast, &full, &total) {
        (Ok(a), Ok(b), Ok(t)) => {
            assert_eq!(&a.total, t);
            let s = summary.expect("year_into fails exactly when year fails");
            assert_eq!(
                (
                    s.year,
                    s.version.id.as_str(),
                    s.population,
                    s.taille,
                    s.total
                ),
                (a.year, a.version.as_str(), a.population, a.taille, a.total)
            );
            let lines: Vec<_> = a
                .lines
                .iter()
                .map(|l| (l.item, l.amount, l.not_applicable))
                .collect();
            assert_eq!(received.lines, lines);
            assert_eq!(received.missing_inputs, a.missing_inputs);
            assert_eq!(received.warnings, a.warnings);
            assert_eq!(a.total, b.total);
            assert_eq!(a.missing_inputs, b.missing_inputs);
            assert_eq!(a.warnings, b.warnings);
            assert_eq!(a.lines.len(), b.lines.len());
            for (x, y) in a.lines.iter().zip(&b.lines) {
                assert_eq!(
                    (x.item, x.amount, x.not_applicable),
                    (y.item, y.amount, y.not_applicable)
                );
                assert!(x.explanation.is_none());
                assert_eq!(y.explanation.is_some(), y.amount.is_some());
            }
        }
        (Err(a), Err(b), Err(t)) => {
            assert_eq!(a, b);
            assert_eq!(a, t);
            assert_eq!(summary.err().as_ref(), Some(a));
        }
        _ => panic!("paths disagree: {fast:?} / {full:?} / {total:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn fast_and_explained_paths_agree(
        obs in proptest::collection::vec(observation(), 6),
        shares in proptest::collection::vec(proptest::option::of((0i64..=120).prop_map(|m| Decimal::new(m, 2))), 2),
        crisis in any::<bool>(),
        options in options(),
        year in 0u32..=6,
    ) {
        let contract = Contract::new(toml::from_str(&fixture("bench-contract.toml")).unwrap()).unwrap();
        let mut results = YearResults { crisis_recognised: crisis, ..YearResults::default() };
        for (id, o) in IDS.iter().zip(obs) {
            if let Some(o) = o {
                results.indicators.insert((*id).into(), o);
            }
        }
        for (m, s) in [MissionId::QualitePertinence, MissionId::AccompagnementProfessionnels].into_iter().zip(shares) {
            if let Some(s) = s {
                results.missions.insert(m, s);
            }
        }
        let engine = Engine::new(RuleBook::shipped(), options);
        check(&engine, &contract, year, &results);
    }
}

/// National amounts (no contract figures), a contract signed before avenant 2 (one-off uplift
/// difference), a mission ending mid-year and a population changing taille.
#[test]
fn national_amounts_and_uplift_agree() {
    let contract = Contract::new(
        toml::from_str(
            r#"
            name = "national"
            signed = "2020-03-01"
            population = [ { population = 79999 }, { from = "2023-01-01", population = 100000 } ]
            [[missions]]
            id = "acces_aux_soins"
            start = "2020-09-01"
            end = "2024-06-01"
            [[missions]]
            id = "prevention"
            start = "2021-03-01"
            "#,
        )
        .unwrap(),
    )
    .unwrap();
    for options in [
        Options::default(),
        toml::from_str("uplift = \"annual\"\nprorate_variable = true").unwrap(),
    ] {
        let engine = Engine::new(RuleBook::shipped(), options);
        for year in 0..=6 {
            check(&engine, &contract, year, &YearResults::default());
        }
    }
}

/// A contract edited through its public fields after it was checked (here two indicators swap
/// places) still pays each indicator on its own observation: the same as the contract checked
/// in that order.
#[test]
fn edited_contract_reads_each_indicator_by_its_own_id() {
    let spec: aci_core::contract::ContractSpec =
        toml::from_str(&fixture("bench-contract.toml")).unwrap();
    let results: YearResults = toml::from_str(&fixture("bench-results.toml")).unwrap();
    let engine = Engine::new(RuleBook::shipped(), Options::default());
    let mut edited = Contract::new(spec.clone()).unwrap();
    edited.missions[0].indicators.swap(0, 1);
    let mut swapped = spec;
    swapped.missions[0].indicators.swap(0, 1);
    let checked = Contract::new(swapped).unwrap();
    for year in 1..=5 {
        let (a, b) = (
            engine.year(&edited, year, &results, false).unwrap(),
            engine.year(&checked, year, &results, false).unwrap(),
        );
        assert_eq!(a.lines, b.lines, "year {year}");
        assert_eq!(a.total, b.total, "year {year}");
    }
}
