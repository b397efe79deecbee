//! A mission's variable part (actions et résultats) as a line of the year: the envelope, what
//! the year's results earn under the mission's rule (the rule itself is [`crate::variable`]),
//! the optional proration, and its explanation.

use rust_decimal::Decimal;

use super::explanation::{Depends, Field, mission_field, number, observed, say};
use super::results::{MissingInput, Observed};
use super::sink::{Output, Sink};
use super::warning::warn_if_estimated;
use super::{Engine, Item, Line, YearContext, YearResults};
use crate::contract::Mission;
use crate::error::{Error, Result};
use crate::explain::{Component, Explanation, Fact, Text};
use crate::money;
use crate::params::{MissionParam, ParamKey};
use crate::rules::Parameter;
use crate::variable::{self, Achieved, VariableRule};
use crate::wording::{Amount, id, words};

/// The pieces of a variable part's explanation gathered while it is computed.
struct Why {
    inputs: Vec<Fact>,
    components: Vec<Component>,
    formula: Text,
}

impl Engine<'_> {
    pub(super) fn variable_line<O: Output>(
        &self,
        ctx: &YearContext,
        m: &Mission,
        results: &YearResults,
        observed_results: &Observed,
        sink: &mut Sink<O>,
    ) -> Result<()> {
        // The national value is looked up only when the contract has none.
        let envelope: Option<(Decimal, Result<&Parameter, Decimal>)> = match m.variable {
            Some(a) => Some((a, Err(a))),
            None => ctx
                .version
                .decimal(
                    ParamKey::Mission(m.id, MissionParam::Variable),
                    Some(ctx.taille),
                )
                .map(|(a, p)| (a, Ok(p))),
        };
        // What the results earn, by the one variable-part rule (or the missing envelope).
        let earned = |achieved| {
            variable::earned(envelope.map(|(a, _)| a), achieved)?
                .ok_or_else(|| ctx.missing_mission_amount(m.id, MissionParam::Variable, "variable"))
        };
        // What the explanation needs, only when explaining (without it, nothing is built or moved).
        let mut why = ctx.explain.then(|| Why {
            inputs: ctx.inputs(1),
            components: Vec::new(),
            formula: Text::default(),
        });
        let (rule, rule_words, amount);
        match VariableRule::of(m) {
            VariableRule::Crisis => {
                rule = "mission.crise_reconnue";
                rule_words = id::FUNDING_RULE_CRISIS;
                amount = earned(if results.crisis_recognised {
                    Achieved::Envelope
                } else {
                    Achieved::Nothing
                })?;
                if let Some(why) = why.as_mut() {
                    let recognised = if results.crisis_recognised {
                        why.formula = say(
                            id::FUNDING_CRISIS_RECOGNISED,
                            &[("amount", &Amount(amount))],
                        );
                        "true"
                    } else {
                        why.formula = Text::new(words(id::FUNDING_CRISIS_NOT_RECOGNISED));
                        "false"
                    };
                    why.inputs.push(Fact::new("crisis_recognised", recognised));
                }
            }
            VariableRule::Indicators => {
                rule = "mission.part_variable.indicateurs";
                rule_words = id::FUNDING_RULE_INDICATORS;
                if let Some((env, _)) = envelope
                    && m.indicators_max > env
                {
                    return Err(Error::IndicatorsExceedEnvelope {
                        mission: m.id,
                        indicators_max: m.indicators_max,
                        envelope: env,
                    });
                }
                // `None` once it overflows, reported after every indicator's own error.
                let mut sum = Some(money::ZERO);
                for (i, ind) in m.indicators.iter().enumerate() {
                    let obs = observed_results.get(m, i);
                    let paid = match obs {
                        Some(o) => ind.pay(o)?,
                        None => self.missing_input(MissingInput::Indicator(&ind.id), sink)?,
                    };
                    sum = sum.and_then(|s| s.checked_add(paid));
                    if let Some(why) = why.as_mut() {
                        why.components.push(Component {
                            indicator: Text::new(&ind.id),
                            label: ind.label.as_deref().map(Text::new),
                            rule: ind.rule_text(),
                            observed: obs.map(observed),
                            amount: paid,
                        });
                    }
                }
                let sum =
                    sum.ok_or_else(|| Error::overflow(crate::wording::id::OVERFLOW_VARIABLE_PART))?;
                amount = earned(Achieved::Indicators(sum))?;
                if let Some(why) = why.as_mut() {
                    let terms: Vec<String> = why
                        .components
                        .iter()
                        .map(|c| Amount(c.amount).to_string())
                        .collect();
                    why.formula = say(
                        id::FUNDING_INDICATORS_SUM,
                        &[("terms", &terms.join(" + ")), ("amount", &Amount(amount))],
                    );
                }
            }
            VariableRule::Share => {
                rule = "mission.part_variable.taux";
                rule_words = id::FUNDING_RULE_SHARE;
                match results.missions.get(&m.id) {
                    Some(&share) => {
                        amount = earned(Achieved::Share(share))?;
                        let env = envelope.map_or(Decimal::ZERO, |(a, _)| a);
                        if let Some(why) = why.as_mut() {
                            why.formula = say(
                                id::FUNDING_SHARE,
                                &[
                                    ("envelope", &Amount(env)),
                                    ("share", &number(share)),
                                    ("amount", &Amount(amount)),
                                ],
                            );
                            why.inputs
                                .push(Fact::new(mission_field(m.id, Field::Share), number(share)));
                        }
                    }
                    None => {
                        self.missing_input(MissingInput::MissionShare(m.id), sink)?;
                        amount = earned(Achieved::Nothing)?;
                        if let Some(why) = why.as_mut() {
                            why.formula = Text::new(words(id::FUNDING_NO_ACHIEVEMENT));
                        }
                    }
                }
            }
        }
        let (amount, fraction) = variable::prorated(&self.options, &ctx.cy, m, amount)?;
        if let Some((num, den)) = fraction
            && let Some(why) = why.as_mut()
        {
            why.formula = say(
                id::FUNDING_VARIABLE_PRORATED,
                &[
                    ("formula", &why.formula),
                    ("num", &num),
                    ("den", &den),
                    ("amount", &Amount(amount)),
                ],
            );
        }
        let explanation = why.map(|why| Explanation {
            rule,
            text: words(rule_words),
            formula: why.formula,
            inputs: why.inputs,
            parameters: envelope
                .map(|(a, src)| match src {
                    Ok(p) => ctx.rule_use(p),
                    Err(_) => ctx.contract_use(Some(m.id), mission_field(m.id, Field::Variable), a),
                })
                .into_iter()
                .collect(),
            options: ctx.option_facts(Depends::Variable),
            components: why.components,
            steps: vec![],
        });
        if let Some((_, Ok(p))) = envelope {
            warn_if_estimated(ctx, Item::Variable(m.id), p, sink);
        }
        sink.line(Line {
            item: Item::Variable(m.id),
            amount: Some(amount),
            not_applicable: None,
            explanation: explanation.map(Box::new),
        });
        Ok(())
    }
}
