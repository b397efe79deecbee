//! Criterion benchmark of the Monte Carlo forecast: one million draws (each a whole 5-year
//! contract) of fixtures/bench-contract.toml under fixtures/bench-forecast.toml, on one thread
//! and on every core. Run: `cargo bench --bench forecast` (figures in BENCHMARKS.md).

use std::path::PathBuf;

use aci_core::contract::Contract;
use aci_core::forecast::ForecastSpec;
use aci_core::{Engine, Options, RuleBook};
use criterion::{Criterion, criterion_group, criterion_main};

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures")
        .join(name);
    std::fs::read_to_string(path).expect("fixture readable")
}

fn forecast(c: &mut Criterion) {
    let contract =
        Contract::new(toml::from_str(&fixture("bench-contract.toml")).expect("spec")).expect("ok");
    let spec: ForecastSpec = toml::from_str(&fixture("bench-forecast.toml")).expect("spec");
    assert_eq!(spec.draws, 1_000_000);
    let engine = Engine::new(RuleBook::shipped(), Options::default());
    let mut g = c.benchmark_group("monte_carlo_1m");
    g.sample_size(10);
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    for threads in [1, cores] {
        let spec = ForecastSpec {
            threads,
            ..spec.clone()
        };
        g.bench_function(format!("{threads}_threads"), |b| {
            b.iter(|| spec.run(&engine, &contract).expect("forecast"))
        });
    }
    g.finish();
}

criterion_group!(benches, forecast);
criterion_main!(benches);
