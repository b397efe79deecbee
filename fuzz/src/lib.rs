//! Shared helpers of the fuzz targets: run every contract year with and without explanation and
//! check that both paths agree. Panics here are findings.

use aci_core::contract::Contract;
use aci_core::funding::YearResults;
use aci_core::options::{
    Envelopes, MissingObservation, Options, ProrationUnit, UpliftReading, VersionDate,
};
use aci_core::taille::Boundary;
use aci_core::{Engine, RuleBook};

/// Option sets worth crossing with every input (defaults, then every non-default choice, then
/// the other boundary convention).
pub fn option_sets() -> [Options; 3] {
    [
        Options::default(),
        Options {
            boundary: Boundary::UpperInclusive,
            proration: ProrationUnit::Months,
            uplift: UpliftReading::Annual,
            version_date: VersionDate::YearEnd,
            prorate_variable: true,
            missing_observation: MissingObservation::Error,
            envelopes: Envelopes::Estimate,
        },
        Options {
            boundary: Boundary::LowerInclusive,
            ..Options::default()
        },
    ]
}

/// Computes years 0 to (contract years + 1), capped, with and without explanation; both must give
/// the same result (the same error, or the same amounts). Never panics on its own.
pub fn exercise(rules: &RuleBook, options: Options, contract: &Contract, results: &YearResults) {
    let engine = Engine::new(rules, options);
    let years = match engine.contract_years(contract) {
        Ok(y) => y,
        Err(_) => return,
    };
    let last = years.saturating_add(1);
    // Every year of a normal contract, plus the boundary years of a very long one.
    let mut ys: Vec<u32> = (0..=last.min(12)).collect();
    ys.extend([years, last, u32::MAX]);
    for y in ys {
        let fast = engine.year(contract, y, results, false);
        let full = engine.year(contract, y, results, true);
        let total = engine.year_total(contract, y, results);
        match (&fast, &total) {
            (Ok(a), Ok(t)) => assert_eq!(&a.total, t, "year_total differs, year {y}"),
            (Err(a), Err(b)) => assert_eq!(a, b, "year_total error differs, year {y}"),
            _ => panic!("year_total and year disagree (year {y}): {total:?}"),
        }
        match (&fast, &full) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a.total, b.total, "totals differ, year {y}");
                let amounts = |f: &aci_core::funding::YearFunding| {
                    f.lines
                        .iter()
                        .map(|l| (l.item, l.amount, l.not_applicable))
                        .collect::<Vec<_>>()
                };
                assert_eq!(amounts(a), amounts(b), "lines differ, year {y}");
                assert_eq!(a.missing_inputs, b.missing_inputs);
                assert_eq!(a.warnings, b.warnings);
                assert!(b.lines.iter().all(|l| l.amount.is_none() || l.explanation.is_some()));
                let sum: rust_decimal::Decimal = a.lines.iter().filter_map(|l| l.amount).sum();
                assert_eq!(sum, a.total);
                // Touch the explanation's text rendering too.
                let _ = serde_json::to_string(b);
            }
            (Err(a), Err(b)) => {
                assert_eq!(a, b, "errors differ, year {y}");
                let _ = a.to_string();
            }
            _ => panic!("one path failed, the other did not (year {y}): {fast:?} / {full:?}"),
        }
    }
}
