//! Contract years prepared once for evaluating many outcomes (Monte Carlo): the operating and
//! fixed parts, which do not depend on results, are computed by the engine once per year; an
//! outcome then costs only its variable parts. A variable part whose inputs take few values (a
//! crisis recognised or not, a share among listed values, indicators each among listed
//! amounts) is paid once per combination, by the engine's own variable-part rule, when the plan
//! is made; a draw then only picks its amount.
//!
//! The plan decides only the ordinary cases. Whenever a case could end in an error (a missing
//! envelope or result, an envelope the indicators exceed, an overflow…), it answers `None` and
//! the caller asks [`Engine::year_total`] itself, so results and errors are always the engine's.

use rust_decimal::Decimal;

use crate::calendar::ContractYear;
use crate::contract::{Contract, Mission};
use crate::funding::{Engine, Item, YearResults};
use crate::mission::MissionId;
use crate::money;
use crate::options::{MissingObservation, Options};
use crate::params::{MissionParam, ParamKey};
use crate::variable::{self, Achieved, VariableRule};

/// Most combinations of a mission's indicator amounts paid into a table when the plan is made;
/// a mission with more is paid at each draw.
const COMBINATIONS_MAX: usize = 4096;

/// One random input, known before drawing: what an indicator's observation pays, or a
/// mission's achievement share.
pub(crate) enum Input {
    /// Not drawn: an indicator counted as not reported.
    NotDrawn,
    /// Drawn among these values, picked by index ([`Pick::Listed`]).
    Listed(Vec<Decimal>),
    /// Drawn among too many values to list: each draw gives its value ([`Pick::Value`]).
    Unlisted,
}

/// An indicator that is not drawn pays nothing (or, under `missing_observation = error`, leaves
/// its year to the engine).
const NOT_DRAWN: &[Decimal] = &[money::ZERO];

impl Input {
    /// The value of a pick: `None` for a pick that does not match the input.
    fn value(&self, pick: Pick) -> Option<Decimal> {
        match (self, pick) {
            (Input::NotDrawn, _) => Some(money::ZERO),
            (Input::Listed(values), Pick::Listed(k)) => values.get(k).copied(),
            (Input::Unlisted, Pick::Value(v)) => Some(v),
            _ => None,
        }
    }
}

/// What is drawn, known before drawing.
pub(crate) struct Inputs {
    /// Per indicator (missions in contract order, then indicators in contract order).
    pub indicators: Vec<Input>,
    /// The missions whose achievement share is drawn, in the order of [`Outcome::shares`].
    /// Every share must be within 0..=1 (the caller checks them once; the engine would refuse
    /// them).
    pub shares: Vec<(MissionId, Input)>,
}

/// What one input gave in a draw.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Pick {
    /// The `k`-th value of an [`Input::Listed`] (0 for an input not drawn).
    Listed(usize),
    /// The value of an [`Input::Unlisted`].
    Value(Decimal),
}

/// One outcome of a contract year.
pub(crate) struct Outcome<'o> {
    /// Per indicator, in the order of [`Inputs::indicators`].
    pub indicators: &'o [Pick],
    /// Per drawn share, in the order of [`Inputs::shares`].
    pub shares: &'o [Pick],
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

/// What a variable part depends on in a draw, and its amounts paid in advance. An amount
/// `None` is left to the engine.
enum Depends {
    /// Whether a crisis is recognised: the amount for `[false, true]`.
    Crisis([Option<Decimal>; 2]),
    /// The share of [`Outcome::shares`]`[slot]`: the amount of each listed share.
    Share {
        slot: usize,
        listed: Vec<Option<Decimal>>,
    },
    /// What indicators `first..first + count` pay, summed and capped at the envelope; when
    /// they are all listed and their combinations few, paid in advance into `table`.
    Indicators {
        first: usize,
        count: usize,
        table: Option<Table>,
    },
}

/// The amount of every combination of some listed inputs: combination `Σ pickⱼ × strideⱼ`.
struct Table {
    strides: Vec<usize>,
    amounts: Vec<Option<Decimal>>,
}

impl Table {
    fn amount(&self, picks: &[Pick]) -> Option<Decimal> {
        let mut k = 0;
        for (pick, stride) in picks.iter().zip(&self.strides) {
            let Pick::Listed(p) = pick else { return None };
            k += p * stride;
        }
        *self.amounts.get(k)?
    }
}

/// The variable part of one mission in one year.
struct Part<'a> {
    mission: &'a Mission,
    /// In cents like every amount a draw adds (an envelope is whole cents, often written
    /// without decimals).
    envelope: Option<Decimal>,
    depends: Depends,
}

/// What an achievement pays mission `m` in year `cy`: the engine's own variable-part rule, then
/// its proration; `None` when the engine must decide.
fn pay(
    options: &Options,
    cy: &ContractYear,
    m: &Mission,
    envelope: Option<Decimal>,
    achieved: Achieved,
) -> Option<Decimal> {
    let earned = variable::earned(envelope, achieved).ok()??;
    Some(variable::prorated(options, cy, m, earned).ok()?.0)
}

/// The sum of what some indicators pay, from the first amount to the last.
fn sum(mut amounts: impl Iterator<Item = Option<Decimal>>) -> Option<Decimal> {
    amounts.try_fold(money::ZERO, |sum, a| sum.checked_add(a?))
}

struct YearPlan<'a> {
    cy: ContractYear,
    /// What the year pays whatever is drawn: the operating and fixed lines, and the variable
    /// parts of missions whose share is not drawn.
    base: Decimal,
    parts: Vec<Part<'a>>,
}

/// The prepared years of one contract under one engine.
pub(crate) struct Plan<'a> {
    engine: Engine<'a>,
    inputs: Inputs,
    years: Vec<Option<YearPlan<'a>>>,
}

impl<'a> Plan<'a> {
    /// Prepares every year; a year the engine cannot compute without results, or whose draws
    /// would all be refused (a result missing under `missing_observation = error`, indicators
    /// exceeding their envelope), stays unprepared: its outcomes all go to the engine.
    pub fn new(engine: Engine<'a>, contract: &'a Contract, inputs: Inputs) -> Plan<'a> {
        let years = engine.contract_years(contract).unwrap_or(0);
        let years = (1..=years)
            .map(|y| Self::year(engine, contract, &inputs, y))
            .collect();
        Plan {
            engine,
            inputs,
            years,
        }
    }

    fn year(
        engine: Engine<'a>,
        contract: &'a Contract,
        inputs: &Inputs,
        year: u32,
    ) -> Option<YearPlan<'a>> {
        let options = &engine.options;
        let error_if_missing = options.missing_observation == MissingObservation::Error;
        // The lines that do not depend on results; without results, the engine would refuse
        // the year under `missing_observation = error`.
        let lines_only = Engine::new(
            engine.rules,
            Options {
                missing_observation: MissingObservation::Zero,
                ..*options
            },
        );
        let f = lines_only
            .year(contract, year, &YearResults::default(), false)
            .ok()?;
        let version = engine.rules.version(&f.version)?;
        let cy = f.year;
        let mut base = Decimal::ZERO;
        let mut parts = Vec::new();
        for line in &f.lines {
            let Some(amount) = line.amount else { continue };
            let Item::Variable(id) = line.item else {
                base = base.checked_add(amount)?;
                continue;
            };
            let mi = contract.missions.iter().position(|m| m.id == id)?;
            let mission = &contract.missions[mi];
            let national = || {
                version
                    .decimal(
                        ParamKey::Mission(id, MissionParam::Variable),
                        Some(f.taille),
                    )
                    .map(|(a, _)| a)
            };
            let unrounded = mission.variable.or_else(national);
            let envelope = unrounded.map(money::round_to_cent);
            let pay = |achieved| pay(options, &cy, mission, envelope, achieved);
            let depends = match VariableRule::of(mission) {
                VariableRule::Crisis => {
                    Depends::Crisis([pay(Achieved::Nothing), pay(Achieved::Envelope)])
                }
                VariableRule::Indicators => {
                    let first = contract.missions[..mi]
                        .iter()
                        .map(|m| m.indicators.len())
                        .sum();
                    let count = mission.indicators.len();
                    let own = inputs.indicators.get(first..first + count)?;
                    let unreported = own.iter().any(|i| matches!(i, Input::NotDrawn));
                    let exceeds = unrounded.is_some_and(|e| mission.indicators_max > e);
                    if exceeds || (unreported && error_if_missing) {
                        return None;
                    }
                    let table = Self::indicators_table(own, pay);
                    Depends::Indicators {
                        first,
                        count,
                        table,
                    }
                }
                VariableRule::Share => match inputs.shares.iter().position(|(m, _)| *m == id) {
                    Some(slot) => Depends::Share {
                        slot,
                        listed: match &inputs.shares[slot].1 {
                            Input::Listed(shares) => {
                                shares.iter().map(|s| pay(Achieved::Share(*s))).collect()
                            }
                            Input::NotDrawn | Input::Unlisted => Vec::new(),
                        },
                    },
                    None if error_if_missing => return None,
                    None => {
                        // Not drawn: counted as nothing achieved, the same in every draw.
                        base = base.checked_add(pay(Achieved::Nothing)?)?;
                        continue;
                    }
                },
            };
            parts.push(Part {
                mission,
                envelope,
                depends,
            });
        }
        Some(YearPlan { cy, base, parts })
    }

    /// What every combination of the amounts of `inputs` pays, when they are all listed (or
    /// not drawn) and at most [`COMBINATIONS_MAX`] combinations.
    fn indicators_table(
        inputs: &[Input],
        pay: impl Fn(Achieved) -> Option<Decimal>,
    ) -> Option<Table> {
        let values: Vec<&[Decimal]> = inputs
            .iter()
            .map(|i| match i {
                Input::NotDrawn => Some(NOT_DRAWN),
                Input::Listed(values) => Some(values.as_slice()),
                Input::Unlisted => None,
            })
            .collect::<Option<_>>()?;
        let mut strides = Vec::with_capacity(values.len());
        let mut combinations = 1usize;
        for v in &values {
            strides.push(combinations);
            combinations = combinations.checked_mul(v.len())?;
        }
        if combinations > COMBINATIONS_MAX {
            return None;
        }
        let amounts = (0..combinations)
            .map(|k| {
                let picked = values.iter().zip(&strides);
                let paid = picked.map(|(v, stride)| v.get(k / stride % v.len()).copied());
                pay(Achieved::Indicators(sum(paid)?))
            })
            .collect();
        Some(Table { strides, amounts })
    }

    /// The year's total for an outcome, by the engine's own variable-part rule; `None` when
    /// the engine must decide (a missing envelope or result, an error, an overflow).
    pub fn total(&self, year: u32, outcome: &Outcome) -> Option<Decimal> {
        let plan = self
            .years
            .get(usize::try_from(year).ok()?.checked_sub(1)?)?
            .as_ref()?;
        let mut total = plan.base;
        for part in &plan.parts {
            let pay = |achieved| {
                let options = &self.engine.options;
                pay(options, &plan.cy, part.mission, part.envelope, achieved)
            };
            let amount = match &part.depends {
                Depends::Crisis(amounts) => amounts[usize::from(outcome.crisis)]?,
                Depends::Share { slot, listed } => match *outcome.shares.get(*slot)? {
                    Pick::Listed(k) => (*listed.get(k)?)?,
                    Pick::Value(s) => pay(Achieved::Share(s))?,
                },
                Depends::Indicators {
                    first,
                    count,
                    table,
                } => {
                    let picks = outcome.indicators.get(*first..*first + *count)?;
                    match table {
                        Some(table) => table.amount(picks)?,
                        None => {
                            let inputs = &self.inputs.indicators[*first..];
                            let paid = picks.iter().zip(inputs).map(|(p, i)| i.value(*p));
                            pay(Achieved::Indicators(sum(paid)?))?
                        }
                    }
                }
            };
            total = total.checked_add(amount)?;
        }
        Some(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::funding::YearResults;
    use crate::indicator::{Indicator, Observation, Rule};
    use crate::rules::RuleBook;

    fn contract() -> Contract {
        let spec = toml::from_str(include_str!("../../../fixtures/bench-contract.toml"));
        Contract::new(spec.unwrap()).unwrap()
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// A few observations of each indicator of the bench contract, across its tiers.
    fn observations(ind: &Indicator) -> Vec<Observation> {
        if matches!(ind.rule, Rule::Binary { .. }) {
            return vec![Observation::Done(false), Observation::Done(true)];
        }
        let values = match ind.id.as_str() {
            "patients_sans_mt" => ["3500", "2500", "900"],
            "snp_creneaux" => ["0", "7.5", "25"],
            "parcours_ic" => ["0.10", "0.45", "0.70"],
            _ => ["0.48", "0.57", "0.61"],
        };
        values.map(|v| Observation::Value(d(v))).to_vec()
    }

    /// How the checked plan sees the inputs of the bench contract.
    #[derive(Clone, Copy)]
    enum Seen {
        /// Every input listed.
        Listed,
        /// `snp_creneaux` and the share of `qualite_pertinence` unlisted (paid at each draw).
        Unlisted,
        /// `annuaire` not drawn (not reported).
        AnnuaireNotDrawn,
    }

    /// Every combination of the observations above, of two shares per share mission and of
    /// the crisis, in every year: the plan's total (when it decides) is the engine's.
    /// Returns how many totals the plan decided.
    fn plan_equals_engine(options: Options, seen: Seen) -> usize {
        let contract = contract();
        let engine = Engine::new(RuleBook::shipped(), options);
        let indicators: Vec<&Indicator> = (contract.missions.iter())
            .flat_map(|m| &m.indicators)
            .collect();
        let shares = [
            (MissionId::QualitePertinence, vec![d("0.5"), d("0.333")]),
            (
                MissionId::AccompagnementProfessionnels,
                vec![d("0"), d("1")],
            ),
        ];
        let not_drawn =
            |ind: &Indicator| matches!(seen, Seen::AnnuaireNotDrawn) && ind.id == "annuaire";
        let unlisted = |id: &str| {
            matches!(seen, Seen::Unlisted) && (id == "snp_creneaux" || id == "qualite_pertinence")
        };
        let inputs = Inputs {
            indicators: (indicators.iter())
                .map(|ind| match () {
                    _ if not_drawn(ind) => Input::NotDrawn,
                    _ if unlisted(&ind.id) => Input::Unlisted,
                    _ => Input::Listed(
                        (observations(ind).iter())
                            .map(|o| ind.pay(o).unwrap())
                            .collect(),
                    ),
                })
                .collect(),
            shares: (shares.iter())
                .map(|(m, values)| match () {
                    _ if unlisted(m.key()) => (*m, Input::Unlisted),
                    _ => (*m, Input::Listed(values.clone())),
                })
                .collect(),
        };
        let plan = Plan::new(engine, &contract, inputs);
        // Odometer over the indicators, the shares and the crisis.
        let mut axes: Vec<usize> = indicators.iter().map(|i| observations(i).len()).collect();
        axes.extend(shares.iter().map(|(_, v)| v.len()));
        axes.push(2);
        let mut decided = 0;
        for year in 1..=engine.contract_years(&contract).unwrap() {
            let mut at = vec![0usize; axes.len()];
            loop {
                let mut results = YearResults {
                    crisis_recognised: at[axes.len() - 1] == 1,
                    ..YearResults::default()
                };
                let mut picks = Vec::new();
                for (i, ind) in indicators.iter().enumerate() {
                    let obs = observations(ind)[at[i]];
                    if not_drawn(ind) {
                        picks.push(Pick::Listed(0));
                        continue;
                    }
                    results.indicators.insert(ind.id.clone(), obs);
                    picks.push(match unlisted(&ind.id) {
                        true => Pick::Value(ind.pay(&obs).unwrap()),
                        false => Pick::Listed(at[i]),
                    });
                }
                let mut share_picks = Vec::new();
                for (j, (m, values)) in shares.iter().enumerate() {
                    let k = at[indicators.len() + j];
                    results.missions.insert(*m, values[k]);
                    share_picks.push(match unlisted(m.key()) {
                        true => Pick::Value(values[k]),
                        false => Pick::Listed(k),
                    });
                }
                let outcome = Outcome {
                    indicators: &picks,
                    shares: &share_picks,
                    crisis: results.crisis_recognised,
                };
                if let Some(total) = plan.total(year, &outcome) {
                    let engine_total = engine.year_total(&contract, year, &results).unwrap();
                    assert_eq!(total, engine_total, "year {year}, combination {at:?}");
                    decided += 1;
                }
                // Next combination.
                let Some(a) = (0..axes.len()).find(|&a| at[a] + 1 < axes[a]) else {
                    break;
                };
                at[a] += 1;
                at[..a].iter_mut().for_each(|x| *x = 0);
            }
        }
        decided
    }

    /// 2·3·3 · 2·3 · 3 indicator outcomes, 2·2 shares, 2 crisis outcomes, 5 years.
    const ALL: usize = 2 * 3 * 3 * 2 * 3 * 3 * 2 * 2 * 2 * 5;

    #[test]
    fn tables_pay_what_the_engine_pays() {
        assert_eq!(plan_equals_engine(Options::default(), Seen::Listed), ALL);
        let prorated = Options {
            prorate_variable: true,
            ..Options::default()
        };
        assert_eq!(plan_equals_engine(prorated, Seen::Listed), ALL);
        let strict = Options {
            missing_observation: MissingObservation::Error,
            ..Options::default()
        };
        assert_eq!(plan_equals_engine(strict, Seen::Listed), ALL);
    }

    #[test]
    fn unlisted_and_undrawn_inputs_pay_what_the_engine_pays() {
        assert_eq!(plan_equals_engine(Options::default(), Seen::Unlisted), ALL);
        let prorated = Options {
            prorate_variable: true,
            ..Options::default()
        };
        assert_eq!(plan_equals_engine(prorated, Seen::Unlisted), ALL);
        assert_eq!(
            plan_equals_engine(Options::default(), Seen::AnnuaireNotDrawn),
            ALL
        );
        // Under `missing_observation = error`, a year with an indicator not drawn is the
        // engine's (which refuses it): here every year, as its mission runs from year 1.
        let strict = Options {
            missing_observation: MissingObservation::Error,
            ..Options::default()
        };
        assert_eq!(plan_equals_engine(strict, Seen::AnnuaireNotDrawn), 0);
    }
}
