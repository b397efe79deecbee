//! Criterion benchmark of a whole 5-year simulation with its payment calendar, calendar-year
//! accounts and warnings (every line explained, as the CLI and `Engine.simulate` run it).
//! Run: `cargo bench -p aci-core --bench simulation` (figures in BENCHMARKS.md).

use std::hint::black_box;
use std::path::PathBuf;

use aci_core::RuleBook;
use aci_core::simulation::{Scenario, simulate};
use criterion::{Criterion, criterion_group, criterion_main};

fn scenario(name: &str) -> Scenario {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures")
        .join(name);
    toml::from_str(&std::fs::read_to_string(path).expect("fixture readable")).expect("scenario")
}

fn bench(c: &mut Criterion) {
    let rules = RuleBook::shipped();
    let mut g = c.benchmark_group("simulation_5_years");
    for name in ["urban-taille3.toml", "rural-taille1-from-letter.toml"] {
        let s = scenario(name);
        g.bench_function(name.trim_end_matches(".toml"), |b| {
            b.iter(|| simulate(rules, black_box(&s)).expect("simulates"))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
