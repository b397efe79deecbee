//! The computation itself: arbitrary contracts (built directly, past the file readers),
//! arbitrary results and options. `Engine::year` and `Engine::year_total` must never panic, must
//! agree with each other with and without explanation, and a forecast whose distributions are
//! all fixed must give, each year, exactly the engine's total (or fail when it fails).
#![no_main]

use aci_core::contract::{Contract, ContractSpec, MissionSpec, PopulationFigure, PopulationSpec};
use aci_core::forecast::{Distribution, Exact, ForecastSpec};
use aci_core::funding::YearResults;
use aci_core::indicator::{BetweenTiers, Direction, IndicatorKind, IndicatorSpec, Observation, Tier, Unit};
use aci_core::mission::MissionId;
use aci_core::options::{MissingObservation, Options, ProrationUnit, UpliftReading, VersionDate};
use aci_core::taille::Boundary;
use aci_core::{Engine, RuleBook};
use arbitrary::Arbitrary;
use jiff::civil::Date;
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

#[derive(Arbitrary, Debug, Clone, Copy)]
struct Amt(i32, u8);

impl Amt {
    fn get(self) -> Decimal {
        Decimal::try_from_i128_with_scale(i128::from(self.0), u32::from(self.1 % 12))
            .unwrap_or_default()
    }
}

#[derive(Arbitrary, Debug)]
struct Ind {
    kind: u8,
    unit: u8,
    amount: Option<Amt>,
    falling: Option<bool>,
    tiers: Vec<(Amt, Amt)>,
    linear: bool,
    baseline: Option<Amt>,
    target: Option<Amt>,
}

#[derive(Arbitrary, Debug)]
struct Mis {
    id: u8,
    start: u16,
    end: Option<u16>,
    fixed: Option<Amt>,
    fixed_first_year: Option<Amt>,
    variable: Option<Amt>,
    indicators: Vec<Ind>,
}

#[derive(Arbitrary, Debug)]
enum Obs {
    Done(bool),
    Value(Amt),
}

#[derive(Arbitrary, Debug)]
struct Input {
    signed: u16,
    years: Option<u8>,
    populations: Vec<(u16, u32)>,
    operating: Option<Amt>,
    missions: Vec<Mis>,
    options: [bool; 6],
    observations: Vec<(u8, Obs)>,
    shares: Vec<(u8, Amt)>,
    crisis: bool,
}

fn day(offset: u16) -> Date {
    let base: Date = "2019-01-01".parse().expect("date");
    base.checked_add(jiff::Span::new().days(i64::from(offset % 8000)))
        .expect("in range")
}

fn build(input: &Input) -> ContractSpec {
    let signed = day(input.signed);
    let population = if input.populations.len() <= 1 {
        PopulationSpec::Single(input.populations.first().map_or(50_000, |p| u64::from(p.1)))
    } else {
        PopulationSpec::Series(
            input
                .populations
                .iter()
                .enumerate()
                .map(|(i, &(d, p))| PopulationFigure {
                    from: (i > 0).then(|| day(d)),
                    population: u64::from(p),
                })
                .collect(),
        )
    };
    let mut n = 0;
    let missions = input
        .missions
        .iter()
        .map(|m| MissionSpec {
            id: MissionId::ALL[usize::from(m.id) % 6].key().to_string(),
            start: day(m.start),
            end: m.end.map(day),
            deployed: None,
            fixed: m.fixed.map(Amt::get),
            fixed_first_year: m.fixed_first_year.map(Amt::get),
            variable: m.variable.map(Amt::get),
            clause: None,
            indicators: m
                .indicators
                .iter()
                .map(|i| {
                    n += 1;
                    IndicatorSpec {
                        id: format!("i{n}"),
                        label: None,
                        kind: [IndicatorKind::Binary, IndicatorKind::Tiered, IndicatorKind::Proportional]
                            [usize::from(i.kind) % 3],
                        unit: [Unit::Rate, Unit::Percent, Unit::Count][usize::from(i.unit) % 3],
                        amount: i.amount.map(Amt::get),
                        direction: i
                            .falling
                            .map(|f| if f { Direction::Falling } else { Direction::Rising }),
                        tiers: i
                            .tiers
                            .iter()
                            .map(|(t, a)| Tier {
                                threshold: t.get(),
                                amount: a.get(),
                            })
                            .collect(),
                        between: Some(if i.linear { BetweenTiers::Linear } else { BetweenTiers::Step }),
                        baseline: i.baseline.map(Amt::get),
                        target: i.target.map(Amt::get),
                        nature: Default::default(),
                    }
                })
                .collect(),
        })
        .collect();
    ContractSpec {
        name: "fuzz".into(),
        signed,
        years: input.years.map(u32::from),
        population,
        operating_amount: input.operating.map(Amt::get),
        operating_clause: None,
        missions,
    }
}

fuzz_target!(|input: Input| {
    let Ok(contract) = Contract::new(build(&input)) else {
        return;
    };
    let ids: Vec<String> = contract.indicator_ids().map(str::to_owned).collect();
    let mut results = YearResults {
        crisis_recognised: input.crisis,
        ..YearResults::default()
    };
    for (k, obs) in &input.observations {
        let id = match ids.get(usize::from(*k)) {
            Some(id) => id.clone(),
            None => format!("unknown{k}"),
        };
        let obs = match obs {
            Obs::Done(b) => Observation::Done(*b),
            Obs::Value(a) => Observation::Value(a.get()),
        };
        results.indicators.insert(id, obs);
    }
    for (m, s) in &input.shares {
        results.missions.insert(MissionId::ALL[usize::from(*m) % 6], s.get());
    }
    let o = input.options;
    let options = Options {
        boundary: if o[0] { Boundary::UpperInclusive } else { Boundary::LowerInclusive },
        proration: if o[1] { ProrationUnit::Months } else { ProrationUnit::Days },
        uplift: if o[2] { UpliftReading::Annual } else { UpliftReading::OneOff },
        version_date: if o[3] { VersionDate::YearEnd } else { VersionDate::YearStart },
        prorate_variable: o[4],
        missing_observation: if o[5] { MissingObservation::Error } else { MissingObservation::Zero },
        // The estimate and the as-worded boundary are crossed by aci_fuzz::option_sets.
        ..Options::default()
    };
    let rules = RuleBook::shipped();
    aci_fuzz::exercise(rules, options, &contract, &results);

    // The forecast with every distribution fixed to these results is the engine, year by year.
    let spec = ForecastSpec {
        draws: 2,
        seed: 0,
        threads: 1,
        crisis: Some(Exact(if results.crisis_recognised { Decimal::ONE } else { Decimal::ZERO })),
        population_growth: None,
        indicators: results
            .indicators
            .iter()
            .map(|(id, o)| {
                let d = match o {
                    Observation::Done(b) => Distribution::Done(Exact(Decimal::from(u8::from(*b)))),
                    Observation::Value(v) => Distribution::Fixed(Exact(*v)),
                };
                (id.clone(), d)
            })
            .collect(),
        missions: results
            .missions
            .iter()
            .map(|(m, s)| (*m, Distribution::Fixed(Exact(*s))))
            .collect(),
        histogram: false,
    };
    let engine = Engine::new(rules, options);
    if let Ok(f) = spec.run(&engine, &contract) {
        for y in &f.years {
            let total = engine
                .year_total(&contract, y.year, &results)
                .expect("the forecast succeeded, so every year computes");
            assert_eq!(y.yearly.min, total, "year {}", y.year);
            assert_eq!(y.yearly.max, total, "year {}", y.year);
        }
    }
});
