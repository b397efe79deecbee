//! Contract years prepared once for evaluating many outcomes (Monte Carlo): the operating and
//! fixed parts, which do not depend on results, are computed by the engine once per year; an
//! outcome then costs only its variable parts.
//!
//! The plan decides only the ordinary cases. Whenever a case could end in an error (a missing
//! envelope, a share out of range, an overflow…), it answers `None` and the caller asks
//! [`Engine::year_total`] itself, so results and errors are always the engine's.

use rust_decimal::Decimal;

use crate::calendar::{self, ContractYear};
use crate::contract::{Contract, Mission};
use crate::funding::{Engine, Item, YearResults};
use crate::mission::MissionId;
use crate::money::round_to_cent;
use crate::options::MissingObservation;
use crate::params::{MissionParam, ParamKey};

/// One outcome of a contract year, in the contract's own order.
pub(crate) struct Outcome<'o> {
    /// Per indicator (missions in breakdown order, then indicators in contract order): the
    /// amount its observation pays (already rounded), or `None` when not reported.
    pub paid: &'o [Option<Decimal>],
    /// Per mission (by [`MissionId::index`]): the achievement share, if reported.
    pub shares: &'o [Option<Decimal>; 6],
    pub crisis: bool,
}

enum VarKind {
    /// `Some(round(envelope))`, or `None` when there is no envelope (an error if a crisis).
    Crisis(Option<Decimal>),
    /// Indicators `first..first + count` of the outcome.
    Indicators {
        first: usize,
        count: usize,
    },
    Share,
}

struct VarPlan<'a> {
    mission: &'a Mission,
    envelope: Option<Decimal>,
    kind: VarKind,
    /// The active part of the year, when the variable part is prorated.
    prorate: Option<(jiff::civil::Date, jiff::civil::Date)>,
}

struct YearPlan<'a> {
    cy: ContractYear,
    /// Operating and fixed lines: they do not depend on results.
    fixed_total: Decimal,
    missions: Vec<VarPlan<'a>>,
}

/// The prepared years of one contract under one engine.
pub(crate) struct Plan<'a> {
    engine: Engine<'a>,
    years: Vec<Option<YearPlan<'a>>>,
}

impl<'a> Plan<'a> {
    /// Prepares every year; a year the engine cannot compute without results stays unprepared
    /// (its outcomes all go to the engine).
    pub fn new(engine: Engine<'a>, contract: &'a Contract) -> Plan<'a> {
        let years = engine.contract_years(contract).unwrap_or(0);
        let none = YearResults::default();
        let mut first_indicator = Vec::with_capacity(contract.missions.len());
        let mut n = 0;
        for m in &contract.missions {
            first_indicator.push(n);
            n += m.indicators.len();
        }
        let years = (1..=years)
            .map(|y| {
                let f = engine.year(contract, y, &none, false).ok()?;
                let version = engine.rules.version(&f.version)?;
                let mut fixed_total = Decimal::ZERO;
                let mut missions = Vec::new();
                for line in &f.lines {
                    let Some(amount) = line.amount else { continue };
                    let Item::Variable(id) = line.item else {
                        fixed_total = fixed_total.checked_add(amount)?;
                        continue;
                    };
                    let mi = contract.missions.iter().position(|m| m.id == id)?;
                    let m = &contract.missions[mi];
                    let envelope = m.variable.or_else(|| {
                        version
                            .decimal(
                                ParamKey::Mission(id, MissionParam::Variable),
                                Some(f.taille),
                            )
                            .map(|(a, _)| a)
                    });
                    let kind = if id == MissionId::CrisesSanitaires {
                        VarKind::Crisis(envelope.map(round_to_cent))
                    } else if !m.indicators.is_empty() {
                        VarKind::Indicators {
                            first: first_indicator[mi],
                            count: m.indicators.len(),
                        }
                    } else {
                        VarKind::Share
                    };
                    let unit = engine.options.proration;
                    let prorate = engine.options.prorate_variable.then(|| {
                        let (from, to) = f
                            .year
                            .clip(m.start, m.end)
                            .unwrap_or((f.year.start, f.year.start));
                        let (num, den) = calendar::fraction(&f.year, from, to, unit);
                        (num != den).then_some((from, to))
                    });
                    missions.push(VarPlan {
                        mission: m,
                        envelope,
                        kind,
                        prorate: prorate.flatten(),
                    });
                }
                Some(YearPlan {
                    cy: f.year,
                    fixed_total,
                    missions,
                })
            })
            .collect();
        Plan { engine, years }
    }

    /// The year's total for an outcome, or `None` when the engine must decide.
    pub fn total(&self, year: u32, outcome: &Outcome) -> Option<Decimal> {
        let plan = self
            .years
            .get(usize::try_from(year).ok()?.checked_sub(1)?)?
            .as_ref()?;
        // The engine refuses any share outside 0..=1, even for a mission inactive this year.
        if outcome
            .shares
            .iter()
            .flatten()
            .any(|s| !(Decimal::ZERO..=Decimal::ONE).contains(s))
        {
            return None;
        }
        let error_if_missing = self.engine.options.missing_observation == MissingObservation::Error;
        let zero = round_to_cent(Decimal::ZERO);
        let mut total = plan.fixed_total;
        for v in &plan.missions {
            let mut amount = match v.kind {
                VarKind::Crisis(paid) => {
                    if outcome.crisis {
                        paid?
                    } else {
                        zero
                    }
                }
                VarKind::Indicators { first, count } => {
                    if v.envelope.is_some_and(|e| v.mission.indicators_max > e) {
                        return None;
                    }
                    let mut sum = Decimal::ZERO;
                    for paid in outcome.paid.get(first..first + count)? {
                        let paid = match paid {
                            Some(p) => *p,
                            None if error_if_missing => return None,
                            None => zero,
                        };
                        sum = sum.checked_add(paid)?;
                    }
                    match v.envelope {
                        Some(e) => sum.min(round_to_cent(e)),
                        None => sum,
                    }
                }
                VarKind::Share => match outcome.shares[v.mission.id.index()] {
                    Some(s) if (Decimal::ZERO..=Decimal::ONE).contains(&s) => {
                        round_to_cent(v.envelope?.checked_mul(s)?)
                    }
                    Some(_) => return None,
                    None if error_if_missing => return None,
                    None => zero,
                },
            };
            if let Some((from, to)) = v.prorate {
                amount =
                    calendar::prorate(amount, &plan.cy, from, to, self.engine.options.proration)
                        .ok()?;
            }
            total = total.checked_add(amount)?;
        }
        Some(total)
    }
}
