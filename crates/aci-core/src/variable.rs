//! The variable part of a mission (part variable, "actions et résultats"): which rule a mission
//! follows, what it earns from the year's results, and its proration. The one implementation
//! that the engine (with explanations) and the Monte Carlo forecast both call.

use rust_decimal::Decimal;

use crate::calendar::{self, ContractYear};
use crate::contract::Mission;
use crate::error::Result;
use crate::mission::VariableBasis;
use crate::money::{self, round_to_cent};
use crate::options::Options;

/// How a mission's variable part is earned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VariableRule {
    /// The whole envelope when the ARS recognises a serious health crisis (avenant 2).
    Crisis,
    /// The sum of what the contract's indicators pay, capped at the envelope.
    Indicators,
    /// The envelope times the mission's achievement share (0 to 1).
    Share,
}

impl VariableRule {
    /// The rule of mission `m`: its mission's basis ([`crate::mission::MissionId::variable_basis`]),
    /// then whether the contract gives it indicators.
    pub(crate) fn of(m: &Mission) -> VariableRule {
        match m.id.variable_basis() {
            VariableBasis::CrisisRecognised => VariableRule::Crisis,
            VariableBasis::Results if !m.indicators.is_empty() => VariableRule::Indicators,
            VariableBasis::Results => VariableRule::Share,
        }
    }
}

/// What the year's results give a variable part.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Achieved {
    /// Nothing earned: no crisis recognised, or no share reported (counted as 0).
    Nothing,
    /// The whole envelope (a recognised crisis).
    Envelope,
    /// The sum of what the indicators pay.
    Indicators(Decimal),
    /// The achievement share, within 0..=1.
    Share(Decimal),
}

/// What a variable part earns for the whole year, rounded to the cent; `Ok(None)` when it needs
/// the envelope and there is none (the caller says which amount is missing).
pub(crate) fn earned(envelope: Option<Decimal>, achieved: Achieved) -> Result<Option<Decimal>> {
    Ok(Some(match (achieved, envelope) {
        (Achieved::Nothing, _) => money::ZERO,
        (Achieved::Envelope, Some(e)) => round_to_cent(e),
        // Capped at the envelope rounded to the cent; without an envelope, uncapped.
        (Achieved::Indicators(sum), Some(e)) => sum.min(round_to_cent(e)),
        (Achieved::Indicators(sum), None) => sum,
        (Achieved::Share(s), Some(e)) => round_to_cent(money::mul(
            e,
            s,
            crate::wording::id::OVERFLOW_VARIABLE_PART,
        )?),
        (Achieved::Envelope | Achieved::Share(_), None) => return Ok(None),
    }))
}

/// `earned` for the part of the year mission `m` is active, when the `prorate_variable` option
/// asks for it: the amount, and the fraction `(num, den)` applied when it is not the whole year.
pub(crate) fn prorated(
    options: &Options,
    cy: &ContractYear,
    m: &Mission,
    earned: Decimal,
) -> Result<(Decimal, Option<(i64, i64)>)> {
    if !options.prorate_variable {
        return Ok((earned, None));
    }
    let (from, to) = cy.clip(m.start, m.end).unwrap_or((cy.start, cy.start));
    let (num, den) = calendar::fraction(cy, from, to, options.proration);
    if num == den {
        return Ok((earned, None));
    }
    let amount = calendar::prorate(earned, cy, from, to, options.proration)?;
    Ok((amount, Some((num, den))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn each_rule_earns_what_the_texts_say() {
        let some = |s: &str| Some(d(s));
        let earned = |env: Option<Decimal>, a| earned(env, a).unwrap().map(|x| x.to_string());
        assert_eq!(earned(None, Achieved::Nothing).as_deref(), Some("0.00"));
        assert_eq!(
            earned(some("67500"), Achieved::Envelope).as_deref(),
            Some("67500.00")
        );
        assert_eq!(earned(None, Achieved::Envelope), None);
        let sum = Achieved::Indicators(d("40000.00"));
        assert_eq!(earned(some("35000"), sum).as_deref(), Some("35000.00"));
        assert_eq!(earned(some("45000"), sum).as_deref(), Some("40000.00"));
        assert_eq!(earned(None, sum).as_deref(), Some("40000.00"));
        // 15 000.05 × 0.5 = 7 500.025, half away from zero.
        let half = Achieved::Share(d("0.5"));
        assert_eq!(earned(some("15000.05"), half).as_deref(), Some("7500.03"));
        assert_eq!(earned(None, half), None);
    }
}
