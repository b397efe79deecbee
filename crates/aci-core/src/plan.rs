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

/// One outcome of a contract year, in the contract's own order. Shares must be within 0..=1
/// (the caller checks them once; the engine would refuse them).
///
/// Amounts are whole cents: every amount the engine sums is rounded to the cent, so sums and
/// caps in cents are exact and much cheaper than decimal arithmetic.
pub(crate) struct Outcome<'o> {
    /// Per indicator (missions in breakdown order, then indicators in contract order): the
    /// amount its observation pays, in cents, or `None` when not reported.
    pub paid: &'o [Option<i64>],
    /// Per mission (by [`MissionId::index`]): the achievement share, if reported.
    pub shares: &'o [Option<Decimal>; 6],
    pub crisis: bool,
}

/// A cent amount as a decimal with two places (the engine's form).
pub(crate) fn from_cents(c: i64) -> Decimal {
    Decimal::new(c, 2)
}

/// A decimal amount in whole cents, if it is one and fits.
pub(crate) fn to_cents(amount: Decimal) -> Option<i64> {
    let mut a = amount;
    a.rescale(2);
    (a == amount)
        .then(|| i64::try_from(a.mantissa()).ok())
        .flatten()
}

enum VarKind {
    /// `Some(round(envelope))` in cents, or `None` without an envelope (an error if a crisis).
    Crisis(Option<i64>),
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
    /// `round(envelope)` in cents: the cap of the indicators' sum.
    cap: Option<i64>,
    /// The envelope in cents when it is a whole number of cents (shares then pay in integers).
    exact_cents: Option<i64>,
    /// The indicators can pay more than the envelope: the engine reports an error.
    exceeds: bool,
    kind: VarKind,
    /// The active part of the year, when the variable part is prorated.
    prorate: Option<(jiff::civil::Date, jiff::civil::Date)>,
}

struct YearPlan<'a> {
    cy: ContractYear,
    /// Operating and fixed lines, in cents: they do not depend on results.
    fixed_total: i64,
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
                let mut fixed_total = 0i64;
                let mut missions = Vec::new();
                for line in &f.lines {
                    let Some(amount) = line.amount else { continue };
                    let Item::Variable(id) = line.item else {
                        fixed_total = fixed_total.checked_add(to_cents(amount)?)?;
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
                    let cap = match envelope {
                        Some(e) => Some(to_cents(round_to_cent(e))?),
                        None => None,
                    };
                    let kind = if id == MissionId::CrisesSanitaires {
                        VarKind::Crisis(cap)
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
                        cap,
                        exact_cents: envelope
                            .and_then(to_cents)
                            .filter(|c| c.abs() <= 10_000_000_000),
                        exceeds: envelope.is_some_and(|e| m.indicators_max > e),
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

    /// The year's total in cents for an outcome, or `None` when the engine must decide.
    pub fn total(&self, year: u32, outcome: &Outcome) -> Option<i64> {
        let plan = self
            .years
            .get(usize::try_from(year).ok()?.checked_sub(1)?)?
            .as_ref()?;
        // The engine refuses any share outside 0..=1, even for a mission inactive this year; the
        // forecast checks every share value once, before drawing.
        debug_assert!(
            outcome
                .shares
                .iter()
                .flatten()
                .all(|s| !s.is_sign_negative() && *s <= Decimal::ONE)
        );
        let error_if_missing = self.engine.options.missing_observation == MissingObservation::Error;
        let mut total = plan.fixed_total;
        for v in &plan.missions {
            let mut amount = match v.kind {
                VarKind::Crisis(paid) => {
                    if outcome.crisis {
                        paid?
                    } else {
                        0
                    }
                }
                VarKind::Indicators { first, count } => {
                    if v.exceeds {
                        return None;
                    }
                    let mut sum = 0i64;
                    for paid in outcome.paid.get(first..first + count)? {
                        sum = sum.checked_add(match paid {
                            Some(p) => *p,
                            None if error_if_missing => return None,
                            None => 0,
                        })?;
                    }
                    match v.cap {
                        Some(cap) => sum.min(cap),
                        None => sum,
                    }
                }
                VarKind::Share => match outcome.shares[v.mission.id.index()] {
                    Some(s) => share_cents(v.envelope?, v.exact_cents, s)?,
                    None if error_if_missing => return None,
                    None => 0,
                },
            };
            if let Some((from, to)) = v.prorate {
                let unit = self.engine.options.proration;
                amount = to_cents(
                    calendar::prorate(from_cents(amount), &plan.cy, from, to, unit).ok()?,
                )?;
            }
            total = total.checked_add(amount)?;
        }
        Some(total)
    }
}

/// `round_to_cent(envelope × share)` in cents. When the envelope is whole cents (`exact_cents`,
/// at most 10^10) and the share has at most 18 decimals, the decimal product is exact, so integer
/// arithmetic with the same rounding (half away from zero) gives the same cents.
fn share_cents(envelope: Decimal, exact_cents: Option<i64>, share: Decimal) -> Option<i64> {
    match exact_cents {
        Some(e) if share.scale() <= 18 => {
            let den = 10i128.pow(share.scale());
            let num = i128::from(e) * share.mantissa();
            let (q, r) = (num / den, num % den);
            let q = if 2 * r.abs() >= den {
                q + num.signum()
            } else {
                q
            };
            i64::try_from(q).ok()
        }
        _ => to_cents(round_to_cent(envelope.checked_mul(share)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The integer shortcut equals the decimal computation, midpoints and scales included.
    #[test]
    fn share_cents_matches_decimal_rounding() {
        let envelopes = [
            "0",
            "0.01",
            "1",
            "15000",
            "17500.50",
            "99999999.99",
            "12.345",
        ];
        let shares = [
            "0",
            "1",
            "0.5",
            "0.333",
            "0.125",
            "0.005",
            "0.000000000000000001",
            "0.9999",
        ];
        for e in envelopes {
            let e: Decimal = e.parse().unwrap();
            let cap = to_cents(e).filter(|c| c.abs() <= 10_000_000_000);
            for s in shares {
                let s: Decimal = s.parse().unwrap();
                let want = to_cents(round_to_cent(e.checked_mul(s).unwrap()));
                assert_eq!(share_cents(e, cap, s), want, "{e} × {s}");
            }
            for m in 0..=1000 {
                let s = Decimal::new(m, 3);
                let want = to_cents(round_to_cent(e.checked_mul(s).unwrap()));
                assert_eq!(share_cents(e, cap, s), want, "{e} × {s}");
            }
        }
    }
}
