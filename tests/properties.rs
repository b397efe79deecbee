//! Property tests of the core invariants, over arbitrary contracts and results.

use aci_core::calendar::{ContractYear, prorate};
use aci_core::contract::{Contract, ContractSpec, MissionSpec, PopulationFigure, PopulationSpec};
use aci_core::funding::{Item, YearFunding, YearResults};
use aci_core::indicator::{
    BetweenTiers, Direction, IndicatorKind, IndicatorSpec, Observation, Tier, Unit,
};
use aci_core::mission::MissionId;
use aci_core::options::{ProrationUnit, UpliftReading, VersionDate};
use aci_core::provenance::Status;
use aci_core::taille::{Boundary, Thresholds};
use aci_core::{Engine, Options, RuleBook};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn cents(max_euros: i64) -> impl Strategy<Value = Decimal> {
    (0..=max_euros * 100).prop_map(|c| Decimal::new(c, 2))
}

fn day_after(start: Date, max_days: i64) -> impl Strategy<Value = Date> {
    (0..=max_days).prop_map(move |d| start.checked_add(d.days()).unwrap())
}

fn options() -> impl Strategy<Value = Options> {
    (
        prop_oneof![
            Just(Boundary::AsWorded),
            Just(Boundary::LowerInclusive),
            Just(Boundary::UpperInclusive)
        ],
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(boundary, p, u, v, pv)| Options {
            boundary,
            proration: if p {
                ProrationUnit::Days
            } else {
                ProrationUnit::Months
            },
            uplift: if u {
                UpliftReading::OneOff
            } else {
                UpliftReading::Annual
            },
            version_date: if v {
                VersionDate::YearStart
            } else {
                VersionDate::YearEnd
            },
            prorate_variable: pv,
            ..Options::default()
        })
}

/// An indicator of a random kind paying at most `max` in all, with its id.
fn indicator(id: String, unit: Unit) -> impl Strategy<Value = IndicatorSpec> {
    let top = match unit {
        Unit::Rate => 100i64,
        Unit::Percent => 10_000,
        Unit::Count => 500_000,
    };
    let scale = match unit {
        Unit::Rate | Unit::Percent => 2,
        Unit::Count => 0,
    };
    (
        0..3u8,
        any::<bool>(),
        any::<bool>(),
        cents(20_000),
        prop::collection::btree_set(0..=top, 2..5),
        prop::collection::vec(cents(8_000), 4),
    )
        .prop_map(
            move |(kind, rising, linear, amount, thresholds, tier_amounts)| {
                let direction = if rising {
                    Direction::Rising
                } else {
                    Direction::Falling
                };
                let mut t: Vec<Decimal> = thresholds
                    .into_iter()
                    .map(|x| Decimal::new(x, scale))
                    .collect();
                if !rising {
                    t.reverse();
                }
                let mut amounts = tier_amounts;
                amounts.sort();
                let base = IndicatorSpec {
                    id: id.clone(),
                    label: None,
                    kind: IndicatorKind::Binary,
                    unit,
                    amount: Some(amount),
                    direction: None,
                    tiers: vec![],
                    between: None,
                    baseline: None,
                    target: None,
                    nature: Default::default(),
                };
                match kind {
                    0 => base,
                    1 => IndicatorSpec {
                        kind: IndicatorKind::Tiered,
                        amount: None,
                        direction: Some(direction),
                        tiers: t
                            .iter()
                            .zip(amounts)
                            .map(|(&threshold, amount)| Tier { threshold, amount })
                            .collect(),
                        between: Some(if linear {
                            BetweenTiers::Linear
                        } else {
                            BetweenTiers::Step
                        }),
                        ..base
                    },
                    _ => IndicatorSpec {
                        kind: IndicatorKind::Proportional,
                        direction: Some(direction),
                        baseline: Some(t[0]),
                        target: Some(t[t.len() - 1]),
                        ..base
                    },
                }
            },
        )
}

fn unit() -> impl Strategy<Value = Unit> {
    prop_oneof![Just(Unit::Rate), Just(Unit::Percent), Just(Unit::Count)]
}

fn mission(id: MissionId, signed: Date) -> impl Strategy<Value = MissionSpec> {
    let n_ind = if id == MissionId::CrisesSanitaires {
        0..1usize
    } else {
        0..4usize
    };
    (
        day_after(signed, 800),
        prop::option::of(1..900i64),
        cents(150_000),
        prop::option::of(cents(150_000)),
        cents(30_000),
        prop::collection::vec(unit(), n_ind),
    )
        .prop_flat_map(move |(start, end_after, fixed, first, extra, units)| {
            let inds: Vec<_> = units
                .into_iter()
                .enumerate()
                .map(|(i, u)| indicator(format!("{}_{i}", id.key()), u))
                .collect();
            (Just((start, end_after, fixed, first, extra)), inds)
        })
        .prop_map(
            move |((start, end_after, fixed, first, extra), indicators)| {
                let max: Decimal = indicators.iter().map(max_amount).sum();
                MissionSpec {
                    id: id.key().into(),
                    start,
                    end: end_after.map(|d| start.checked_add(d.days()).unwrap()),
                    deployed: None,
                    fixed: Some(fixed),
                    fixed_first_year: first,
                    variable: Some(max + extra),
                    clause: Some("art. 5".into()),
                    indicators,
                }
            },
        )
}

fn max_amount(s: &IndicatorSpec) -> Decimal {
    match s.kind {
        IndicatorKind::Tiered => s.tiers.last().unwrap().amount,
        _ => s.amount.unwrap(),
    }
}

fn contract() -> impl Strategy<Value = ContractSpec> {
    day_after(date(2019, 8, 25), 2_400)
        .prop_flat_map(|signed| {
            let missions: Vec<_> = MissionId::ALL
                .into_iter()
                .map(|m| prop::option::of(mission(m, signed)))
                .collect();
            (
                Just(signed),
                prop::collection::vec((1..=500u64, 1u64..=400_000), 1..4),
                missions,
                prop::option::of(cents(200_000)),
            )
        })
        .prop_map(|(signed, pops, missions, operating)| {
            let mut from = signed;
            let population = pops
                .into_iter()
                .enumerate()
                .map(|(i, (gap, population))| {
                    if i > 0 {
                        from = from.checked_add((gap as i64).days()).unwrap();
                    }
                    PopulationFigure {
                        from: (i > 0).then_some(from),
                        population,
                    }
                })
                .collect();
            ContractSpec {
                name: "prop".into(),
                signed,
                years: None,
                population: PopulationSpec::Series(population),
                operating_amount: operating,
                operating_clause: None,
                missions: missions.into_iter().flatten().collect(),
            }
        })
}

/// Random results for every indicator of the contract (some left missing).
fn results(c: &Contract) -> impl Strategy<Value = YearResults> + use<> {
    let inds: Vec<_> = c
        .missions
        .iter()
        .flat_map(|m| m.indicators.iter())
        .map(|ind| {
            let id = ind.id.clone();
            let top: i64 = match ind.unit {
                Unit::Rate => 100,
                Unit::Percent => 10_000,
                Unit::Count => 500_000,
            };
            let binary = matches!(ind.rule, aci_core::indicator::Rule::Binary { .. });
            (any::<bool>(), 0..=top, any::<bool>()).prop_map(move |(done, v, present)| {
                let obs = if binary {
                    Observation::Done(done)
                } else {
                    Observation::Value(Decimal::new(v, if top == 500_000 { 0 } else { 2 }))
                };
                (id.clone(), present.then_some(obs))
            })
        })
        .collect();
    let shares: Vec<_> = c
        .missions
        .iter()
        .filter(|m| m.indicators.is_empty())
        .map(|m| {
            let id = m.id;
            prop::option::of((0..=100i64).prop_map(|p| Decimal::new(p, 2)))
                .prop_map(move |s| (id, s))
        })
        .collect();
    (inds, shares, any::<bool>()).prop_map(|(inds, shares, crisis)| YearResults {
        indicators: inds
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect(),
        missions: shares
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect(),
        crisis_recognised: crisis,
    })
}

fn case() -> impl Strategy<Value = (Contract, YearResults, u32, Options)> {
    contract()
        .prop_map(|s| Contract::new(s).expect("generated contracts are valid"))
        .prop_flat_map(|c| {
            let r = results(&c);
            (Just(c), r, 1..=5u32, options())
        })
}

fn year(c: &Contract, r: &YearResults, y: u32, o: Options, explain: bool) -> YearFunding {
    Engine::new(RuleBook::shipped(), o)
        .year(c, y, r, explain)
        .expect("generated cases compute")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn lines_sum_to_the_total_and_explaining_changes_nothing((c, r, y, o) in case()) {
        let explained = year(&c, &r, y, o, true);
        let sum: Decimal = explained.lines.iter().filter_map(|l| l.amount).sum();
        prop_assert_eq!(sum, explained.total);
        for l in &explained.lines {
            if let Some(a) = l.amount {
                prop_assert_eq!(a.scale(), 2, "line {} not in cents: {}", l.item, a);
                prop_assert!(l.explanation.is_some(), "line {} has no explanation", l.item);
            }
            prop_assert_eq!(l.amount.is_none(), l.not_applicable.is_some());
        }
        let fast = year(&c, &r, y, o, false);
        prop_assert!(fast.lines.iter().all(|l| l.explanation.is_none()));
        let amounts = |f: &YearFunding| f.lines.iter().map(|l| (l.item, l.amount)).collect::<Vec<_>>();
        prop_assert_eq!(amounts(&fast), amounts(&explained));
    }

    #[test]
    fn mission_parts_never_exceed_their_envelopes((c, r, y, o) in case()) {
        let f = year(&c, &r, y, o, false);
        for m in &c.missions {
            let fixed_env = m.fixed.unwrap().max(m.fixed_first_year.unwrap_or_default());
            if let Some(a) = f.amount(Item::Fixed(m.id)) {
                prop_assert!(a >= Decimal::ZERO && a <= fixed_env, "{} fixed {} > {}", m.id, a, fixed_env);
            }
            if let Some(a) = f.amount(Item::Variable(m.id)) {
                prop_assert!(a >= Decimal::ZERO && a <= m.variable.unwrap(), "{} variable {} > {:?}", m.id, a, m.variable);
            }
        }
    }

    #[test]
    fn funding_is_monotone_in_achievement((c, r, y, o) in case(), pick in any::<prop::sample::Index>(), bump in 0..=100_000i64) {
        let ids: Vec<String> = c.indicator_ids().map(String::from).collect();
        prop_assume!(!ids.is_empty());
        let id = &ids[pick.index(ids.len())];
        let (m, ind) = c.indicator(id).unwrap();
        let (lo, hi) = match (&ind.rule, r.indicators.get(id)) {
            (aci_core::indicator::Rule::Binary { .. }, _) => (Observation::Done(false), Observation::Done(true)),
            (rule, obs) => {
                let v = match obs { Some(Observation::Value(v)) => *v, _ => Decimal::ZERO };
                let top = match ind.unit { Unit::Rate => Decimal::ONE, Unit::Percent => Decimal::ONE_HUNDRED, Unit::Count => Decimal::from(500_000) };
                let rising = match rule {
                    aci_core::indicator::Rule::Tiered(aci_core::indicator::Tiered { direction, .. }) | aci_core::indicator::Rule::Proportional(aci_core::indicator::Proportional { direction, .. }) => *direction == Direction::Rising,
                    _ => true,
                };
                let step = Decimal::new(bump, 2).min(top);
                let better = if rising { (v + step).min(top) } else { (v - step).max(Decimal::ZERO) };
                (Observation::Value(v), Observation::Value(better))
            }
        };
        let mut worse = r.clone();
        worse.indicators.insert(id.clone(), lo);
        let mut better = r.clone();
        better.indicators.insert(id.clone(), hi);
        let a = year(&c, &worse, y, o, false);
        let b = year(&c, &better, y, o, false);
        prop_assert!(a.total <= b.total, "total fell from {} to {}", a.total, b.total);
        prop_assert!(a.amount(Item::Variable(m.id)) <= b.amount(Item::Variable(m.id)));
    }

    #[test]
    fn explanations_cite_only_values_of_the_rule_data((c, r, y, o) in case()) {
        let rules = RuleBook::shipped();
        let f = year(&c, &r, y, o, true);
        for l in &f.lines {
            let Some(e) = &l.explanation else { continue };
            for p in &e.parameters {
                if p.provenance.status == Status::ThisContract {
                    prop_assert_eq!(&p.version, "contract");
                    continue;
                }
                let found = rules.lookup(&p.version, &p.key, p.taille);
                prop_assert!(found.is_some(), "{} cites {} {:?} absent from {}", l.item, p.key, p.taille, p.version);
                prop_assert_eq!(found.unwrap().value.to_string(), p.value.clone());
            }
        }
    }

    #[test]
    fn taille_is_monotone_in_population(a in 1u64..=1_000_000, b in 1u64..=1_000_000) {
        let t = Thresholds::new([40_000, 80_000, 175_000]).unwrap();
        let (lo, hi) = (a.min(b), a.max(b));
        for boundary in [Boundary::AsWorded, Boundary::LowerInclusive, Boundary::UpperInclusive] {
            prop_assert!(t.classify(lo, boundary) <= t.classify(hi, boundary));
        }
        prop_assert!(t.classify(a, Boundary::UpperInclusive) <= t.classify(a, Boundary::LowerInclusive));
    }

    #[test]
    fn proration_of_a_split_year_adds_up_to_the_whole(
        signed in day_after(date(2019, 1, 1), 4_000),
        amount in cents(1_000_000),
        cuts in prop::collection::btree_set(1..366i64, 0..4),
        months in any::<bool>(),
    ) {
        let y = ContractYear::of(signed, 1).unwrap();
        let unit = if months { ProrationUnit::Months } else { ProrationUnit::Days };
        let mut points = vec![y.start];
        points.extend(cuts.into_iter().map(|d| y.start.checked_add(d.days()).unwrap()).filter(|d| *d < y.end));
        points.push(y.end);
        let pieces: Decimal = points.windows(2).map(|w| prorate(amount, &y, w[0], w[1], unit).unwrap()).sum();
        prop_assert_eq!(pieces, aci_core::money::round_to_cent(amount));
    }
}

/// A property that can fail: a deliberately broken envelope is caught by the invariant check.
#[test]
fn indicators_above_the_envelope_are_refused() {
    let spec = ContractSpec {
        name: "x".into(),
        signed: date(2023, 1, 1),
        years: None,
        population: PopulationSpec::Single(50_000),
        operating_amount: None,
        operating_clause: None,
        missions: vec![MissionSpec {
            id: "prevention".into(),
            start: date(2023, 1, 1),
            end: None,
            deployed: None,
            fixed: Some(Decimal::from(1000)),
            fixed_first_year: None,
            variable: Some(Decimal::from(1000)),
            clause: None,
            indicators: vec![IndicatorSpec {
                id: "a".into(),
                label: None,
                kind: IndicatorKind::Binary,
                unit: Unit::Count,
                amount: Some(Decimal::from(1001)),
                direction: None,
                tiers: vec![],
                between: None,
                baseline: None,
                target: None,
                nature: Default::default(),
            }],
        }],
    };
    let err = Contract::new(spec).unwrap_err().to_string();
    assert!(err.contains("1001") && err.contains("1000"), "{err}");
}

/// Found by the property above: counting months from a 29 February, the anniversary (28
/// February) is 11 whole months away, yet it closes the whole year.
#[test]
fn a_leap_day_signature_prorates_to_the_whole_year_in_months() {
    let y = ContractYear::of(date(2028, 2, 29), 1).unwrap();
    assert_eq!(y.end, date(2029, 2, 28));
    let whole = prorate(
        Decimal::new(7, 2),
        &y,
        y.start,
        y.end,
        ProrationUnit::Months,
    )
    .unwrap();
    assert_eq!(whole.to_string(), "0.07");
}
