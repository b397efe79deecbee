//! Criterion benchmarks of the yearly computation: one contract-year with and without
//! explanation (and through `year_into`, lines handed to a sink), and a batch of 100 000
//! contract-years (one core, then all cores).
//! Run: `cargo bench --bench funding` (figures in BENCHMARKS.md).

use std::hint::black_box;
use std::path::PathBuf;

use aci_core::contract::{Contract, ContractSpec, PopulationSpec};
use aci_core::funding::{Item, NotApplicable, YearResults, YearSink};
use aci_core::{Engine, Options, RuleBook};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures")
        .join(name);
    std::fs::read_to_string(path).expect("fixture readable")
}

fn contract() -> Contract {
    Contract::new(toml::from_str(&fixture("bench-contract.toml")).expect("spec")).expect("valid")
}

fn results() -> YearResults {
    toml::from_str(&fixture("bench-results.toml")).expect("results")
}

/// 20 000 contracts (signature dates over 4 years, populations over every taille) × 5 years.
fn batch() -> Vec<(Contract, u32)> {
    let base: ContractSpec = toml::from_str(&fixture("bench-contract.toml")).expect("spec");
    let signed0: jiff::civil::Date = "2022-01-01".parse().expect("date");
    let mut out = Vec::with_capacity(100_000);
    for i in 0..20_000u32 {
        let mut spec = base.clone();
        let shift = jiff::Span::new().days(i64::from(i % 1461));
        spec.signed = signed0.checked_add(shift).expect("date");
        for m in &mut spec.missions {
            m.start = spec.signed;
            m.end = None;
        }
        spec.population = PopulationSpec::Single(10_000 + u64::from(i) * 17 % 300_000);
        let c = Contract::new(spec).expect("valid");
        for y in 1..=5 {
            out.push((c.clone(), y));
        }
    }
    out
}

/// A sink that reads every line, as a batch writing its output would.
struct Sum(rust_decimal::Decimal);

impl YearSink for Sum {
    fn line(&mut self, _: Item, amount: Option<rust_decimal::Decimal>, _: Option<NotApplicable>) {
        if let Some(a) = amount {
            self.0 = black_box(a);
        }
    }
}

fn one_year(c: &mut Criterion) {
    let rules = RuleBook::shipped();
    let engine = Engine::new(rules, Options::default());
    let contract = contract();
    let results = results();
    let mut g = c.benchmark_group("contract_year");
    g.bench_function("year_no_explain", |b| {
        b.iter(|| {
            engine.year(
                black_box(&contract),
                black_box(3),
                black_box(&results),
                false,
            )
        })
    });
    g.bench_function("year_total", |b| {
        b.iter(|| engine.year_total(black_box(&contract), black_box(3), black_box(&results)))
    });
    g.bench_function("year_into", |b| {
        let mut sink = Sum(rust_decimal::Decimal::ZERO);
        b.iter(|| {
            engine.year_into(
                black_box(&contract),
                black_box(3),
                black_box(&results),
                &mut sink,
            )
        })
    });
    g.bench_function("year_explain", |b| {
        b.iter(|| {
            engine.year(
                black_box(&contract),
                black_box(3),
                black_box(&results),
                true,
            )
        })
    });
    g.finish();
}

fn batch_100k(c: &mut Criterion) {
    let rules = RuleBook::shipped();
    let engine = Engine::new(rules, Options::default());
    let items = batch();
    let results = results();
    let mut g = c.benchmark_group("batch_100k");
    g.throughput(Throughput::Elements(items.len() as u64));
    g.sample_size(10);
    g.bench_function("year_no_explain_1_thread", |b| {
        b.iter(|| {
            let mut sum = rust_decimal::Decimal::ZERO;
            for (contract, y) in &items {
                sum += engine
                    .year(contract, *y, &results, false)
                    .expect("ok")
                    .total;
            }
            sum
        })
    });
    g.bench_function("year_total_1_thread", |b| {
        b.iter(|| {
            let mut sum = rust_decimal::Decimal::ZERO;
            for (contract, y) in &items {
                sum += engine.year_total(contract, *y, &results).expect("ok");
            }
            sum
        })
    });
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    g.bench_function(format!("year_no_explain_{threads}_threads"), |b| {
        b.iter(|| {
            let chunk = items.len().div_ceil(threads);
            let (engine, results) = (&engine, &results);
            std::thread::scope(|s| {
                let handles: Vec<_> = items
                    .chunks(chunk)
                    .map(|part| {
                        s.spawn(move || {
                            let mut sum = rust_decimal::Decimal::ZERO;
                            for (contract, y) in part {
                                sum += engine.year(contract, *y, results, false).expect("ok").total;
                            }
                            sum
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("join"))
                    .sum::<rust_decimal::Decimal>()
            })
        })
    });
    g.finish();
}

criterion_group!(benches, one_year, batch_100k);
criterion_main!(benches);
