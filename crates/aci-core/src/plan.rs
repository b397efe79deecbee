//! Contract years prepared once for evaluating many outcomes (Monte Carlo): the operating and
//! fixed parts, which do not depend on results, are computed by the engine once per year; an
//! outcome then costs only its variable parts.
//!
//! The plan decides only the ordinary cases. Whenever a case could end in an error (a missing
//! envelope, a share out of range, an overflow…), it answers `None` and the caller asks
//! [`Engine::year_total`] itself, so results and errors are always the engine's.

use rust_decimal::Decimal;

use crate::calendar::ContractYear;
use crate::contract::{Contract, Mission};
use crate::funding::{Engine, Item, YearResults};
use crate::mission::MissionMap;
use crate::options::MissingObservation;
use crate::params::{MissionParam, ParamKey};
use crate::variable::{self, Achieved, VariableRule};

/// One outcome of a contract year. Shares must be within 0..=1 (the caller checks them once;
/// the engine would refuse them).
pub(crate) struct Outcome<'o> {
    /// Per indicator (missions in contract order, then indicators in contract order): the
    /// amount its observation pays, or `None` when not reported.
    pub paid: &'o [Option<Decimal>],
    /// The achievement share of each mission that reported one.
    pub shares: &'o MissionMap<Decimal>,
    pub crisis: bool,
}

/// A decimal amount in whole cents, if it is one and fits.
pub(crate) fn to_cents(amount: Decimal) -> Option<i64> {
    let mut a = amount;
    a.rescale(2);
    (a == amount)
        .then(|| i64::try_from(a.mantissa()).ok())
        .flatten()
}

struct VarPlan<'a> {
    mission: &'a Mission,
    rule: VariableRule,
    envelope: Option<Decimal>,
    /// Its indicators are `first..first + mission.indicators.len()` of the outcome.
    first: usize,
    /// The indicators can pay more than the envelope: the engine reports an error.
    exceeds: bool,
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
                    missions.push(VarPlan {
                        mission: m,
                        rule: VariableRule::of(m),
                        // In cents like every amount a draw adds (an envelope is whole cents,
                        // often written without decimals): sums of one scale stay cheap.
                        envelope: envelope.map(crate::money::round_to_cent),
                        first: first_indicator[mi],
                        exceeds: envelope.is_some_and(|e| m.indicators_max > e),
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

    /// The year's total for an outcome, by the engine's own variable-part rule; `None` when
    /// the engine must decide (a missing envelope or result, an error, an overflow).
    pub fn total(&self, year: u32, outcome: &Outcome) -> Option<Decimal> {
        let plan = self
            .years
            .get(usize::try_from(year).ok()?.checked_sub(1)?)?
            .as_ref()?;
        // The engine refuses any share outside 0..=1, even for a mission inactive this year; the
        // forecast checks every share value once, before drawing.
        debug_assert!(
            outcome
                .shares
                .values()
                .all(|s| !s.is_sign_negative() && *s <= Decimal::ONE)
        );
        let error_if_missing = self.engine.options.missing_observation == MissingObservation::Error;
        let mut total = plan.fixed_total;
        for v in &plan.missions {
            let achieved = match v.rule {
                VariableRule::Crisis if outcome.crisis => Achieved::Envelope,
                VariableRule::Crisis => Achieved::Nothing,
                VariableRule::Indicators => {
                    if v.exceeds {
                        return None;
                    }
                    let count = v.mission.indicators.len();
                    let mut sum = crate::money::ZERO;
                    for paid in outcome.paid.get(v.first..v.first + count)? {
                        sum = sum.checked_add(match paid {
                            Some(p) => *p,
                            None if error_if_missing => return None,
                            None => Decimal::ZERO,
                        })?;
                    }
                    Achieved::Indicators(sum)
                }
                VariableRule::Share => match outcome.shares.get(&v.mission.id) {
                    Some(s) => Achieved::Share(*s),
                    None if error_if_missing => return None,
                    None => Achieved::Nothing,
                },
            };
            let earned = variable::earned(v.envelope, achieved).ok()??;
            let (amount, _) =
                variable::prorated(&self.engine.options, &plan.cy, v.mission, earned).ok()?;
            total = total.checked_add(amount)?;
        }
        Some(total)
    }
}
