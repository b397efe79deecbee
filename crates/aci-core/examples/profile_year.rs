//! Profiling driver: computes N contract-years of fixtures/bench-contract.toml in one mode, for
//! valgrind (instruction and allocation counts per call, see BENCHMARKS.md).
//!
//! `cargo build --release -p aci-core --example profile_year`
//! `valgrind --tool=callgrind target/release/examples/profile_year total 10001`
//! Modes: `total` (Engine::year_total), `fast` (year without explanation), `explain`,
//! then optionally a year (`... fast 10001 3`: year 3 only, as the criterion benches),
//! `forecast` (N Monte Carlo draws of fixtures/bench-forecast.toml, one thread).
use aci_core::contract::Contract;
use aci_core::funding::YearResults;
use aci_core::{Engine, Options, RuleBook};
fn main() {
    let mode = std::env::args().nth(1).unwrap();
    let n: u32 = std::env::args().nth(2).unwrap().parse().unwrap();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/");
    let contract = Contract::new(
        toml::from_str(&std::fs::read_to_string(format!("{root}bench-contract.toml")).unwrap())
            .unwrap(),
    )
    .unwrap();
    let results: YearResults =
        toml::from_str(&std::fs::read_to_string(format!("{root}bench-results.toml")).unwrap())
            .unwrap();
    let engine = Engine::new(RuleBook::shipped(), Options::default());
    if mode == "forecast" {
        // N draws of fixtures/bench-forecast.toml on one thread.
        let mut spec: aci_core::forecast::ForecastSpec =
            toml::from_str(&std::fs::read_to_string(format!("{root}bench-forecast.toml")).unwrap())
                .unwrap();
        spec.draws = u64::from(n);
        let t = std::time::Instant::now();
        let f = spec.run(&engine, &contract).unwrap();
        eprintln!(
            "forecast: {:?} for {n} draws, p50 year 5 {}",
            t.elapsed(),
            f.years[4].yearly.p50
        );
        return;
    }
    // An optional third argument fixes the contract year (the criterion benches time year 3).
    let only: Option<u32> = std::env::args().nth(3).map(|y| y.parse().unwrap());
    let mut sum = rust_decimal::Decimal::ZERO;
    let t = std::time::Instant::now();
    for i in 0..n {
        let y = only.unwrap_or(1 + i % 5);
        sum += match mode.as_str() {
            "total" => engine.year_total(&contract, y, &results).unwrap(),
            "fast" => engine.year(&contract, y, &results, false).unwrap().total,
            _ => engine.year(&contract, y, &results, true).unwrap().total,
        };
    }
    eprintln!("{mode}: {:?} per call, sum {sum}", t.elapsed() / n);
}
