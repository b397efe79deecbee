//! Profiling driver: computes N contract-years of fixtures/bench-contract.toml in one mode, for
//! valgrind (instruction and allocation counts per call, see BENCHMARKS.md).
//!
//! `cargo build --release -p aci-core --example profile_year`
//! `valgrind --tool=callgrind target/release/examples/profile_year total 10001`
//! Modes: `total` (Engine::year_total), `fast` (year without explanation), `explain`,
//! then optionally a year (`... fast 10001 3`: year 3 only, as the criterion benches),
//! `forecast` (N Monte Carlo draws of fixtures/bench-forecast.toml, one thread), `rows` (N
//! contract-years of varied contracts as the Python batch benchmark makes them: every row's
//! contract checked by `Contract::assign_plain`, its year computed by `Engine::year_into`),
//! `rows-gen` (the same rows made but not computed: the generator's share of `rows`).
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
    if mode == "rows" || mode == "rows-gen" {
        rows(&engine, n, mode == "rows");
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

/// Counts what `year_into` hands over, as a batch's output would read it.
struct Count(i64, usize);

impl aci_core::funding::YearSink for Count {
    fn line(
        &mut self,
        _: aci_core::funding::Item,
        amount: Option<rust_decimal::Decimal>,
        _: Option<aci_core::funding::NotApplicable>,
    ) {
        self.0 += amount.map_or(0, |a| a.mantissa() as i64);
    }
    fn missing_input(&mut self, _: aci_core::funding::MissingInput<'_>) {
        self.1 += 1;
    }
}

/// The rows of `python/benchmarks/bench_batch.py` (same distributions, another generator):
/// contracts signed 2022-04-01 to 2025-12-31, every taille, each mission engaged with
/// probability 0.7 with its own envelopes, a share for 80 % of them, a crisis in 30 % of rows,
/// the contract's own operating amount in 10 %.
/// With `compute` false, only the rows are made (the generator's own cost, to subtract).
fn rows(engine: &Engine, n: u32, compute: bool) {
    use aci_core::contract::{PlainContract, PlainMission};
    use aci_core::mission::MissionId;
    use rust_decimal::Decimal;
    let mut state = 2024u64;
    let mut next = move |below: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % below
    };
    let first: jiff::civil::Date = "2022-04-01".parse().unwrap();
    let mut contract: Option<Contract> = None;
    let mut missions = Vec::new();
    let mut results = YearResults::default();
    let mut count = Count(0, 0);
    let t = std::time::Instant::now();
    for _ in 0..n {
        let signed = first + jiff::Span::new().days(next(1370) as i64);
        missions.clear();
        for m in MissionId::ALL {
            results.missions.remove(&m);
            if next(10) < 7 {
                missions.push(PlainMission {
                    id: m,
                    start: signed + jiff::Span::new().days(next(900) as i64),
                    end: None,
                    fixed: Some(Decimal::new(1_000_000 + next(8_000_000) as i64, 2)),
                    fixed_first_year: None,
                    variable: Some(Decimal::new(1_000_000 + next(4_000_000) as i64, 2)),
                });
                if next(10) < 8 {
                    results
                        .missions
                        .insert(m, Decimal::new(next(10_001) as i64, 4));
                }
            }
        }
        let plain = PlainContract {
            name: "CPTS-000001",
            signed,
            years: None,
            population: 5_000 + next(395_000),
            operating_amount: (next(10) == 0)
                .then(|| Decimal::new(4_000_000 + next(5_000_000) as i64, 2)),
            missions: &missions,
        };
        results.crisis_recognised = next(10) < 3;
        let year = 1 + next(5) as u32;
        if !compute {
            std::hint::black_box((&plain, &results, year));
            continue;
        }
        match contract.as_mut() {
            Some(c) => c.assign_plain(&plain).unwrap(),
            None => contract = Some(Contract::from_plain(&plain).unwrap()),
        }
        let c = contract.as_ref().unwrap();
        engine.year_into(c, year, &results, &mut count).unwrap();
    }
    eprintln!(
        "rows: {:?} per row, cents {} missing {}",
        t.elapsed() / n,
        count.0,
        count.1
    );
}
