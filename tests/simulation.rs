//! The payment calendar and the multi-year simulation: every shipped scenario, and properties
//! over arbitrary scenarios.

use std::collections::BTreeMap;
use std::path::Path;

use aci_core::RuleBook;
use aci_core::contract::{ContractSpec, MissionSpec, PopulationSpec};
use aci_core::funding::Item;
use aci_core::mission::MissionId;
use aci_core::payments::{Flow, Part, PaymentOptions};
use aci_core::simulation::{SCENARIO_FORMAT, Scenario, SimWarning, Simulation, YearPlan, simulate};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn fixture(name: &str) -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures")
        .join(name);
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Payments of each contract year add up to its funding (a year a termination ends included:
/// its funding is what is due); the contract's total funding is what is paid (lettre
/// d'intention aside); calendar-year and contract-year totals agree over the contract; nothing
/// accrues after a termination.
fn check_invariants(sim: &Simulation) {
    let mut per_year: BTreeMap<u32, Decimal> = BTreeMap::new();
    for f in &sim.flows {
        if let Some(y) = f.contract_year {
            *per_year.entry(y).or_default() += f.amount;
        }
    }
    for y in &sim.years {
        assert_eq!(
            per_year.get(&y.year.number).copied().unwrap_or_default(),
            y.total,
            "year {}",
            y.year.number
        );
        let lines: Decimal = y.lines.iter().filter_map(|l| l.amount).sum();
        assert_eq!(
            lines, y.total,
            "year {}: lines add up to the total",
            y.year.number
        );
    }
    let letter: Decimal = sim
        .flows
        .iter()
        .filter(|f| f.flow == Flow::LetterOfIntent)
        .map(|f| f.amount)
        .sum();
    let paid: Decimal = sim.calendar_years.iter().map(|c| c.paid).sum();
    let accrued: Decimal = sim.calendar_years.iter().map(|c| c.accrued).sum();
    assert_eq!(paid, sim.total_paid);
    assert_eq!(accrued, sim.total_funding + letter);
    assert_eq!(
        sim.total_paid,
        sim.total_funding + letter,
        "total funding = total paid"
    );
    if let Some(t) = sim.terminated {
        assert!(
            sim.calendar_years
                .iter()
                .filter(|c| c.year > t.year())
                .all(|c| c.accrued.is_zero()),
            "nothing accrues after the termination on {t}: {:?}",
            sim.calendar_years
        );
    }
    let mut dates = sim.flows.iter().map(|f| f.date);
    let first = dates.next();
    assert!(
        dates
            .fold(first, |prev, d| {
                assert!(prev <= Some(d));
                Some(d)
            })
            .is_some()
            || sim.flows.is_empty()
    );
}

#[test]
fn urban_taille3_fixture() {
    let sim = simulate(RuleBook::shipped(), &fixture("urban-taille3.toml")).unwrap();
    check_invariants(&sim);
    assert_eq!(sim.years.len(), 5);
    assert!(
        sim.years
            .iter()
            .all(|y| y.taille.number() == 3 && y.version == "avenant-2")
    );
    // Year 1 operating amount at signature, in full.
    let first = &sim.flows[0];
    assert_eq!(
        (first.date, first.part, first.amount.to_string()),
        (date(2023, 4, 15), Part::InFull, "75000.00".into())
    );
    // Every national envelope used is a "contract" value: the simulation says so.
    assert!(sim.warnings.iter().any(|w| matches!(w, SimWarning::NotPrimaryText { key, .. } if key == "mission.acces_aux_soins.part_fixe")));
    // Year 3: the crisis is recognised.
    assert_eq!(
        sim.years[2]
            .amount(aci_core::funding::Item::Variable(
                aci_core::mission::MissionId::CrisesSanitaires
            ))
            .unwrap()
            .to_string(),
        "67500.00"
    );
}

#[test]
fn rural_taille1_starts_with_the_letter_of_intent() {
    let sim = simulate(
        RuleBook::shipped(),
        &fixture("rural-taille1-from-letter.toml"),
    )
    .unwrap();
    check_invariants(&sim);
    let letter = &sim.flows[0];
    assert_eq!(
        (letter.flow, letter.date, letter.amount.to_string()),
        (Flow::LetterOfIntent, date(2024, 2, 15), "15000.00".into())
    );
    assert_eq!(sim.calendar_years[0].year, 2024);
}

/// Issue #11's bar: total funding = total paid for every shipped scenario.
#[test]
fn every_fixture_simulates_with_consistent_totals() {
    for name in [
        "urban-taille3.toml",
        "rural-taille1-from-letter.toml",
        "metropolitan-taille4.toml",
        "bracket-crossing.toml",
        "terminated-early.toml",
    ] {
        let sim = simulate(RuleBook::shipped(), &fixture(name)).unwrap();
        check_invariants(&sim);
    }
    let crossing = simulate(RuleBook::shipped(), &fixture("bracket-crossing.toml")).unwrap();
    let tailles: Vec<u8> = crossing.years.iter().map(|y| y.taille.number()).collect();
    assert_eq!(tailles, [2, 2, 3, 3, 3]);
}

#[test]
fn termination_repays_advances_pro_rata() {
    let sim = simulate(RuleBook::shipped(), &fixture("terminated-early.toml")).unwrap();
    check_invariants(&sim);
    assert_eq!(sim.years.len(), 3);
    let repaid: Vec<_> = sim
        .flows
        .iter()
        .filter(|f| f.part == Part::Repayment)
        .collect();
    assert!(!repaid.is_empty());
    assert!(
        repaid
            .iter()
            .all(|f| f.date == date(2025, 9, 1) && f.amount < Decimal::ZERO)
    );
    assert!(
        sim.flows.iter().all(|f| f.date <= date(2025, 9, 1)),
        "nothing is paid after termination"
    );
    assert!(
        sim.warnings
            .iter()
            .any(|w| matches!(w, SimWarning::Terminated { .. }))
    );
}

/// Issue #11: year 3 of the shipped fixture said 250 000.00 € and the contract 711 881.15 €
/// while 556 401.70 € was due and paid, and 40 410.96 € accrued in 2026, after the end.
#[test]
fn a_terminated_year_is_what_is_due_line_by_line() {
    let sim = simulate(RuleBook::shipped(), &fixture("terminated-early.toml")).unwrap();
    let y3 = &sim.years[2];
    // 2025-03-01 to 2025-09-01: 184 of the year's 365 days.
    let amount = |item| y3.amount(item).unwrap().to_string();
    // 0.75 × 75 000 = 56 250 kept for 184/365.
    assert_eq!(amount(Item::Operating), "28356.16");
    // 0.75 × 90 000 = 67 500 kept for 184/365.
    assert_eq!(amount(Item::Fixed(MissionId::AccesAuxSoins)), "34027.40");
    assert_eq!(amount(Item::Variable(MissionId::AccesAuxSoins)), "0.00");
    assert_eq!(y3.total.to_string(), "94520.55");
    assert_eq!(sim.total_funding.to_string(), "556401.70");
    assert_eq!(sim.total_paid, sim.total_funding);
    assert_eq!(sim.terminated, Some(date(2025, 9, 1)));
    // The explanation carries the termination as a step, with its date, time kept and advance.
    let e = y3
        .line(Item::Operating)
        .unwrap()
        .explanation
        .as_ref()
        .unwrap();
    let step = e.steps.last().expect("a termination step");
    assert_eq!(step.rule, "resiliation.avance_conservee");
    assert_eq!(
        step.formula,
        "56250.00 × 184/365 = 28356.16 €; not paid: balance 18750.00 € due on 2026-03-01"
    );
    let input = |name: &str| {
        step.inputs
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.value.to_string())
    };
    assert_eq!(input("terminated").as_deref(), Some("2025-09-01"));
    assert!(input("kept_for").unwrap().contains("184 of 365 days"));
    assert!(
        input("advance")
            .unwrap()
            .starts_with("56250.00 € paid on 2025-03-01")
    );
    let variable = y3.line(Item::Variable(MissionId::AccesAuxSoins)).unwrap();
    let step = &variable.explanation.as_ref().unwrap().steps[0];
    assert_eq!(step.rule, "resiliation.non_paye");
    // Nothing accrues after the termination: 2026 is gone, 2025 earns year 3 up to 1 September.
    let years: Vec<i16> = sim.calendar_years.iter().map(|c| c.year).collect();
    assert_eq!(years, [2023, 2024, 2025]);
    // The advance and its repayment, each explained, add up to the line.
    let ops: Vec<_> = sim
        .flows
        .iter()
        .filter(|f| f.contract_year == Some(3) && f.flow == Flow::Line(Item::Operating))
        .collect();
    assert_eq!(ops.len(), 2);
    assert_eq!(
        ops[0].amount + ops[1].amount,
        y3.amount(Item::Operating).unwrap()
    );
    assert_eq!(ops[1].computation.rule, "paiement.resiliation");
    assert_eq!(
        ops[1].computation.formula,
        "28356.16 − 56250.00 = −27893.84 € (the part kept − the payment made)"
    );
}

#[test]
fn a_termination_outside_the_contract_is_refused() {
    let mut s = fixture("terminated-early.toml");
    // Signed 2023-03-01, five years: the last year ends on 2028-03-01.
    for bad in [date(2023, 3, 1), date(2022, 1, 1), date(2028, 3, 2)] {
        s.terminated = Some(bad);
        let err = simulate(RuleBook::shipped(), &s).unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with(&format!("terminated = {bad} is out of range"))
                && text.contains("after the signature (2023-03-01)")
                && text.contains("no later than the end of the contract's last year (2028-03-01)"),
            "{text}"
        );
    }
    // The last day allowed ends the contract at term: nothing changes.
    s.terminated = Some(date(2028, 3, 1));
    let at_term = simulate(RuleBook::shipped(), &s).unwrap();
    s.terminated = None;
    let untouched = simulate(RuleBook::shipped(), &s).unwrap();
    assert_eq!(at_term.total_funding, untouched.total_funding);
    assert_eq!(at_term.flows, untouched.flows);
}

#[test]
fn payments_of_a_date_are_explained_with_their_sources() {
    let sim = simulate(RuleBook::shipped(), &fixture("terminated-early.toml")).unwrap();
    let on = sim.payments_on(date(2025, 3, 1), Some(Flow::Line(Item::Operating)));
    // Year 2's balance and year 3's advance.
    let rules: Vec<&str> = on.iter().map(|f| f.computation.rule).collect();
    assert_eq!(
        rules,
        [
            "paiement.fonctionnement.solde",
            "paiement.fonctionnement.avance"
        ]
    );
    assert_eq!(
        on[0].computation.formula,
        "75000.00 − 56250.00 = 18750.00 € (the year's amount − the advance paid)"
    );
    let advance = &on[1].computation;
    assert_eq!(
        advance.formula,
        "0.75 × 75000.00 = 56250.00 € (rounded to the cent)"
    );
    let rate = &advance.parameters[0];
    assert_eq!(rate.key, "fonctionnement.avance_taux");
    assert_eq!(
        rate.provenance.status,
        aci_core::provenance::Status::Primary
    );
    assert_eq!(sim.payments_on(date(2025, 3, 1), None).len(), 13);
    assert!(sim.payments_on(date(2025, 3, 2), None).is_empty());
    // Every payment is explained.
    assert!(
        sim.flows
            .iter()
            .all(|f| f.computation.rule == f.rule && !f.computation.formula.is_empty())
    );
}

#[test]
fn a_late_mandatory_mission_is_flagged() {
    let mut s = fixture("urban-taille3.toml");
    s.contract.missions[0].start = date(2024, 6, 1); // accès aux soins: 6 months allowed
    let sim = simulate(RuleBook::shipped(), &s).unwrap();
    assert!(sim.warnings.iter().any(|w| matches!(w, SimWarning::MissionStartsLate { deadline, .. } if *deadline == date(2023, 10, 15))), "{:?}", sim.warnings);
    let text: Vec<String> = sim.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("after the ACI deadline of 2023-10-15")),
        "{text:?}"
    );
}

// ---- properties over arbitrary scenarios ----------------------------------------------------

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        0..2_000i64,
        1u64..300_000,
        prop::collection::vec(
            (0..700i64, 0..2_000_000i64, 0..2_000_000i64, 0..=100i64),
            1..5,
        ),
        // Termination dates within the contract (5 years: at least 1 826 days).
        prop::option::of(0..1_826i64),
        prop::option::of(1..60i64),
        0..6u32,
        any::<bool>(),
    )
        .prop_map(
            |(offset, population, missions, terminated, letter, delay, months)| {
                let signed = date(2019, 11, 1).checked_add(offset.days()).unwrap();
                let ids = [
                    "acces_aux_soins",
                    "parcours",
                    "prevention",
                    "qualite_pertinence",
                ];
                let shares = missions.clone();
                let missions: Vec<MissionSpec> = missions
                    .iter()
                    .zip(ids)
                    .map(|(&(start, fixed, variable, _), id)| MissionSpec {
                        id: id.into(),
                        start: signed.checked_add(start.days()).unwrap(),
                        end: None,
                        deployed: None,
                        fixed: Some(Decimal::new(fixed, 2)),
                        fixed_first_year: None,
                        variable: Some(Decimal::new(variable, 2)),
                        clause: None,
                        indicators: vec![],
                    })
                    .collect();
                let years = (1..=5)
                    .map(|year| {
                        let mut p = YearPlan {
                            year,
                            ..Default::default()
                        };
                        for (m, &(_, _, _, share)) in missions.iter().zip(&shares) {
                            // Vary the share from year to year without leaving 0..=1.
                            let share = Decimal::new((share + 13 * i64::from(year)) % 101, 2);
                            p.results.missions.insert(m.id.parse().unwrap(), share);
                        }
                        p
                    })
                    .collect();
                Scenario {
                    format: SCENARIO_FORMAT.into(),
                    title: None,
                    description: None,
                    contract: ContractSpec {
                        name: "prop".into(),
                        signed,
                        years: None,
                        population: PopulationSpec::Single(population),
                        operating_amount: Some(Decimal::new(6_000_000, 2)),
                        operating_clause: None,
                        missions,
                    },
                    letter_of_intent: letter.map(|d| signed.checked_sub(d.days()).unwrap()),
                    terminated: terminated.map(|d| signed.checked_add((d + 1).days()).unwrap()),
                    options: aci_core::Options {
                        proration: if months {
                            aci_core::options::ProrationUnit::Months
                        } else {
                            aci_core::options::ProrationUnit::Days
                        },
                        ..Default::default()
                    },
                    payments: PaymentOptions {
                        variable_delay_months: delay,
                    },
                    years,
                }
            },
        )
}

fn advances_of_year(sim: &Simulation, year: u32) -> Decimal {
    sim.flows
        .iter()
        .filter(|f| f.contract_year == Some(year) && matches!(f.part, Part::Advance | Part::InFull))
        .map(|f| f.amount)
        .sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Issue #11: terminated or not, total funding = total paid and each contract year's
    /// payments add up to its funding (check_invariants).
    #[test]
    fn payments_add_up_and_repayments_never_exceed_advances(s in scenario()) {
        let sim = simulate(RuleBook::shipped(), &s).unwrap();
        check_invariants(&sim);
        let terminated = s.terminated.is_some_and(|t| sim.years.last().is_some_and(|y| y.year.start < t && t < y.year.end));
        if terminated {
            let last = sim.years.len() as u32;
            let repaid: Decimal = sim.flows.iter().filter(|f| f.part == Part::Repayment).map(|f| -f.amount).sum();
            prop_assert!(repaid >= Decimal::ZERO);
            prop_assert!(repaid <= advances_of_year(&sim, last), "repaid {} > advanced {}", repaid, advances_of_year(&sim, last));
            let t: Date = s.terminated.unwrap();
            prop_assert!(sim.flows.iter().filter(|f| f.contract_year == Some(last)).all(|f| f.date <= t));
            // Each line of the year is what its payments add up to.
            for l in &sim.years[last as usize - 1].lines {
                let Some(amount) = l.amount else { continue };
                let paid: Decimal = sim.flows.iter().filter(|f| f.contract_year == Some(last) && f.flow == Flow::Line(l.item)).map(|f| f.amount).sum();
                prop_assert_eq!(paid, amount, "{}", l.item);
            }
        }
    }
}

/// A misspelt field in a year (`crisis` for `crisis_recognised`) was dropped silently, the
/// year computed without the crisis; it is refused, and every field the message lists is one a
/// year accepts.
#[test]
fn an_unknown_field_in_a_year_is_refused() {
    let scenario = |year: &str| {
        format!(
            "format = \"aci-scenario/1\"\n[contract]\nname = \"C\"\nsigned = \"2023-01-15\"\npopulation = 55000\n[[years]]\nyear = 1\n{year}\n"
        )
    };
    let err = toml::from_str::<Scenario>(&scenario("crisis = true")).unwrap_err();
    assert!(
        err.message().contains(
            "unknown field `crisis`, expected one of `year`, `indicators`, `missions`, `crisis_recognised`"
        ),
        "{err}"
    );
    let all =
        scenario("indicators = {}\nmissions = { prevention = \"0.5\" }\ncrisis_recognised = true");
    let read: Scenario = toml::from_str(&all).unwrap();
    assert!(read.years[0].results.crisis_recognised);
    assert_eq!(read.years[0].results.missions.len(), 1);
}

/// A year outside the contract says what year 1 is.
#[test]
fn a_year_out_of_range_says_what_year_one_is() {
    let mut s = fixture("urban-taille3.toml");
    s.years[0].year = 0;
    let err = simulate(RuleBook::shipped(), &s).unwrap_err().to_string();
    assert_eq!(
        err,
        "years[0].year = 0 is out of range: allowed 1 to 5 (contract years from the signature: year = 1 runs from 2023-04-15 to 2024-04-15)"
    );
}
