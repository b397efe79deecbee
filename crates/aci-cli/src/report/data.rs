//! What a report shows, taken from the engine's results: the simulation (years, lines, their
//! explanations and warnings) and the checked contract (indicators, their rules). Nothing here
//! computes an amount: every euro is a line amount or an explanation component of the engine;
//! what is added is only the grouping and the contract's own figures (dates, tiers, targets).

use aci_core::contract::Contract;
use aci_core::explain::Component;
use aci_core::funding::{Item, YearFunding};
use aci_core::indicator::{Direction, Indicator, Nature, Observation, Rule, Tier};
use aci_core::mission::MissionId;
use aci_core::provenance::Status;
use aci_core::simulation::{Scenario, SimWarning, Simulation};
use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::load::CliError;

/// The rules the engine names a mission's variable part by (`Explanation::rule`).
const RULE_INDICATORS: &str = "mission.part_variable.indicateurs";
const RULE_SHARE: &str = "mission.part_variable.taux";
const RULE_CRISIS: &str = "mission.crise_reconnue";

/// Which contract years a report covers.
#[derive(Debug, Clone, Copy)]
pub enum Years {
    One(u32),
    All,
}

/// A CPTS's report.
pub struct Report {
    pub cpts: String,
    pub title: Option<String>,
    /// The scenario's file or `example:<name>`.
    pub origin: String,
    pub signed: Date,
    pub terminated: Option<Date>,
    /// The years the report covers (their funding, their indicators).
    pub years: Vec<YearReport>,
    pub missions: Vec<MissionStatus>,
    /// Every indicator of the contract, and each mission's variable part not paid on
    /// indicators (a share of achievement, a recognised crisis), in the contract's order.
    pub measures: Vec<Measure>,
    /// The options of the computation: `(name, value, meaning)`.
    pub options: Vec<(&'static str, String, &'static str)>,
    /// The simulation's warnings, in words (values that are not primary text among them).
    pub warnings: Vec<String>,
    /// Whether an envelope is an estimate (`--envelopes estimate`).
    pub estimated: bool,
    /// The funding of the report's years: the simulation's total for all years, the year's
    /// total for one.
    pub total: Decimal,
}

/// A contract year's funding, line by line.
pub struct YearReport {
    pub number: u32,
    pub start: Date,
    /// Exclusive (the next anniversary).
    pub end: Date,
    pub version: String,
    pub population: u64,
    pub taille: u8,
    pub total: Decimal,
    pub lines: Vec<LineReport>,
}

/// One line of a year: what it pays for, the amount, and the weakest status of the values it
/// was computed from (where the money's rule came from).
pub struct LineReport {
    pub item: Item,
    pub amount: Option<Decimal>,
    pub status: Option<Status>,
}

/// A mission on the ACI calendar.
pub struct MissionStatus {
    pub id: MissionId,
    pub start: Date,
    pub deployed: Option<Date>,
    pub end: Option<Date>,
    /// The deadline the start missed, when it did (the engine's warning).
    pub starts_late: Option<Date>,
    /// The deadline the deployment missed, when it did.
    pub deployed_late: Option<Date>,
}

impl MissionStatus {
    /// The mission's state at `date`.
    pub fn state_on(&self, date: Date) -> State {
        if self.end.is_some_and(|e| e <= date) {
            State::Ended
        } else if self.deployed.is_some_and(|d| d <= date) {
            State::Deployed
        } else if self.start <= date {
            State::Started
        } else {
            State::NotStarted
        }
    }

    pub fn late(&self) -> bool {
        self.starts_late.is_some() || self.deployed_late.is_some()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    NotStarted,
    Started,
    Deployed,
    Ended,
}

impl State {
    pub fn key(self) -> &'static str {
        match self {
            State::NotStarted => "not_started",
            State::Started => "started",
            State::Deployed => "deployed",
            State::Ended => "ended",
        }
    }
}

/// What a variable part is paid on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureKind {
    /// An indicator of the contract.
    Indicator,
    /// The mission's share of achievement (0 to 1) the CPAM assesses.
    MissionShare,
    /// A serious health crisis recognised or not.
    Crisis,
}

impl MeasureKind {
    pub fn key(self) -> &'static str {
        match self {
            MeasureKind::Indicator => "indicator",
            MeasureKind::MissionShare => "mission_share",
            MeasureKind::Crisis => "crisis",
        }
    }
}

/// An indicator (or a variable part paid without indicators) and its years.
pub struct Measure {
    pub mission: MissionId,
    pub kind: MeasureKind,
    /// The indicator's id (`None` for a mission's share or a crisis).
    pub indicator: Option<String>,
    pub label: Option<String>,
    pub nature: Nature,
    /// `rate`, `percent`, `count` (indicators only).
    pub unit: Option<&'static str>,
    /// `binary`, `tiered`, `proportional` (indicators only).
    pub rule_kind: Option<&'static str>,
    pub direction: Option<Direction>,
    pub tiers: Vec<Tier>,
    /// Proportional: the value that pays nothing.
    pub baseline: Option<Decimal>,
    /// Proportional: the target; tiered: the hardest tier's threshold.
    pub target: Option<Decimal>,
    /// The most it can earn (indicators: the engine's `max_amount`).
    pub max_amount: Option<Decimal>,
    /// One entry per simulated year (trends); `Year::reported` marks the report's years.
    pub years: Vec<MeasureYear>,
}

/// A measure in one contract year.
pub struct MeasureYear {
    pub year: u32,
    pub reported: bool,
    /// The result as the scenario states it (`None`: not given).
    pub result: Option<Observation>,
    /// Tiered indicators: how many tiers the result reaches.
    pub tiers_reached: Option<usize>,
    /// What it earned (the explanation's component; the line itself for a share or crisis);
    /// `None` when the mission's variable part does not apply that year.
    pub earned: Option<Decimal>,
    /// The mission's variable part paid that year (the funding table's line).
    pub mission_paid: Option<Decimal>,
    /// The mission's variable envelope that year, as the explanation cites it.
    pub mission_envelope: Option<Decimal>,
}

impl Measure {
    /// The value to compare results with (the objective).
    pub fn objective(&self) -> Option<Decimal> {
        self.target
    }
}

/// Builds the report of `scenario` from its simulation.
pub fn build(
    origin: &str,
    scenario: &Scenario,
    sim: &Simulation,
    which: Years,
) -> Result<Report, CliError> {
    let contract = Contract::new(scenario.contract.clone())
        .map_err(|e| CliError::input(format!("{origin}: {e}")))?;
    let all_years: Vec<u32> = sim.years.iter().map(|y| y.year.number).collect();
    let reported = |n: u32| match which {
        Years::One(k) => n == k,
        Years::All => true,
    };
    if let Years::One(k) = which
        && !all_years.contains(&k)
    {
        return Err(CliError::usage(aci_core::wording::text(
            aci_core::wording::id::CLI_YEAR_NOT_SIMULATED,
            &[("year", &k), ("years", &all_years.len())],
        )));
    }
    let years: Vec<YearReport> = sim
        .years
        .iter()
        .filter(|y| reported(y.year.number))
        .map(year_report)
        .collect();
    let total = match which {
        Years::All => sim.total_funding,
        Years::One(_) => years.first().map_or(Decimal::ZERO, |y| y.total),
    };
    let missions = contract
        .missions
        .iter()
        .map(|m| MissionStatus {
            id: m.id,
            start: m.start,
            deployed: m.deployed,
            end: m.end,
            starts_late: sim.warnings.iter().find_map(|w| match w {
                SimWarning::MissionStartsLate {
                    mission, deadline, ..
                } if *mission == m.id => Some(*deadline),
                _ => None,
            }),
            deployed_late: sim.warnings.iter().find_map(|w| match w {
                SimWarning::MissionDeployedLate {
                    mission, deadline, ..
                } if *mission == m.id => Some(*deadline),
                _ => None,
            }),
        })
        .collect();
    let mut measures = Vec::new();
    for m in &contract.missions {
        // How the engine paid the mission's variable part (the same every year it applies).
        let rule = sim.years.iter().find_map(|y| {
            y.line(Item::Variable(m.id))
                .and_then(|l| l.explanation.as_ref())
                .map(|e| e.rule)
        });
        match rule {
            Some(RULE_INDICATORS) => {
                for ind in &m.indicators {
                    measures.push(indicator_measure(m.id, ind, scenario, sim, &reported));
                }
            }
            Some(RULE_SHARE) => measures.push(other_measure(
                m.id,
                MeasureKind::MissionShare,
                scenario,
                sim,
                &reported,
            )),
            Some(RULE_CRISIS) => measures.push(other_measure(
                m.id,
                MeasureKind::Crisis,
                scenario,
                sim,
                &reported,
            )),
            // No variable part in any year (or a rule this report does not know: shown as
            // lines of the funding table only).
            _ => {}
        }
    }
    Ok(Report {
        cpts: sim.contract.clone(),
        title: sim.title.clone(),
        origin: origin.to_string(),
        signed: sim.signed,
        terminated: sim.terminated,
        years,
        missions,
        measures,
        options: sim.options.describe(),
        warnings: sim.warnings.iter().map(ToString::to_string).collect(),
        estimated: sim
            .warnings
            .iter()
            .any(|w| matches!(w, SimWarning::EstimatedEnvelope { .. })),
        total,
    })
}

fn year_report(y: &YearFunding) -> YearReport {
    YearReport {
        number: y.year.number,
        start: y.year.start,
        end: y.year.end,
        version: y.version.to_string(),
        population: y.population,
        taille: y.taille.number(),
        total: y.total,
        lines: y
            .lines
            .iter()
            .map(|l| LineReport {
                item: l.item,
                amount: l.amount,
                status: l.explanation.as_ref().and_then(|e| e.weakest_status()),
            })
            .collect(),
    }
}

/// The mission's variable line of a year: its amount and the envelope its explanation cites.
fn variable_line(
    y: &YearFunding,
    m: MissionId,
) -> (Option<Decimal>, Option<Decimal>, Vec<&Component>) {
    match y.line(Item::Variable(m)) {
        None => (None, None, vec![]),
        Some(l) => {
            let explanation = l.explanation.as_deref();
            let envelope = explanation
                .and_then(|e| e.parameters.first())
                .and_then(|p| p.value.parse::<Decimal>().ok());
            let components = explanation
                .map(|e| e.components.iter().collect())
                .unwrap_or_default();
            (l.amount, envelope, components)
        }
    }
}

fn indicator_measure(
    mission: MissionId,
    ind: &Indicator,
    scenario: &Scenario,
    sim: &Simulation,
    reported: &dyn Fn(u32) -> bool,
) -> Measure {
    let (rule_kind, direction, tiers, baseline, target) = match &ind.rule {
        Rule::Binary(_) => ("binary", None, vec![], None, None),
        Rule::Tiered(t) => (
            "tiered",
            Some(t.direction),
            t.tiers.clone(),
            None,
            t.tiers.last().map(|t| t.threshold),
        ),
        Rule::Proportional(p) => (
            "proportional",
            Some(p.direction),
            vec![],
            Some(p.baseline),
            Some(p.target),
        ),
    };
    let years = sim
        .years
        .iter()
        .map(|y| {
            let n = y.year.number;
            let result = scenario
                .years
                .iter()
                .find(|p| p.year == n)
                .and_then(|p| p.results.indicators.get(&ind.id))
                .copied();
            let (paid, envelope, components) = variable_line(y, mission);
            let earned = components
                .iter()
                .find(|c| c.indicator.as_str() == ind.id)
                .map(|c| c.amount);
            MeasureYear {
                year: n,
                reported: reported(n),
                tiers_reached: result.as_ref().and_then(|o| ind.tiers_reached(o)),
                result,
                earned,
                mission_paid: paid,
                mission_envelope: envelope,
            }
        })
        .collect();
    Measure {
        mission,
        kind: MeasureKind::Indicator,
        indicator: Some(ind.id.clone()),
        label: ind.label.clone(),
        nature: ind.nature,
        unit: Some(match ind.unit {
            aci_core::indicator::Unit::Rate => "rate",
            aci_core::indicator::Unit::Percent => "percent",
            aci_core::indicator::Unit::Count => "count",
        }),
        rule_kind: Some(rule_kind),
        direction,
        tiers,
        baseline,
        target,
        max_amount: Some(ind.max_amount()),
        years,
    }
}

/// A mission's variable part paid on its share of achievement or on a recognised crisis.
fn other_measure(
    mission: MissionId,
    kind: MeasureKind,
    scenario: &Scenario,
    sim: &Simulation,
    reported: &dyn Fn(u32) -> bool,
) -> Measure {
    let years = sim
        .years
        .iter()
        .map(|y| {
            let n = y.year.number;
            let plan = scenario.years.iter().find(|p| p.year == n);
            let result = match kind {
                MeasureKind::Crisis => plan.map(|p| Observation::Done(p.results.crisis_recognised)),
                _ => plan
                    .and_then(|p| p.results.missions.get(&mission))
                    .map(|s| Observation::Value(*s)),
            };
            let (paid, envelope, _) = variable_line(y, mission);
            MeasureYear {
                year: n,
                reported: reported(n),
                result,
                tiers_reached: None,
                earned: paid,
                mission_paid: paid,
                mission_envelope: envelope,
            }
        })
        .collect();
    Measure {
        mission,
        kind,
        indicator: None,
        label: None,
        // A share of achievement or a crisis response is the CPTS's action.
        nature: Nature::Action,
        unit: None,
        rule_kind: None,
        direction: None,
        tiers: vec![],
        baseline: None,
        target: None,
        max_amount: None,
        years,
    }
}
