//! The operating amount (fonctionnement, ACI art. 8): the contract's own figure or the national
//! scale by taille, raised by avenant 2 for eligible contracts, and the one-off difference owed
//! to a contract signed before the uplift.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::explanation::{Depends, day, say, taille};
use super::sink::{Output, Sink};
use super::{Engine, Item, Line, YearContext};
use crate::calendar::ContractYear;
use crate::contract::Contract;
use crate::error::{Error, Result};
use crate::explain::{Explanation, Fact, ParamUse, Text};
use crate::money::round_to_cent;
use crate::options::UpliftReading;
use crate::params::ParamKey;
use crate::rules::{Parameter, Version};
use crate::taille::Taille;
use crate::wording::{Amount, id, words};

impl Engine<'_> {
    pub(super) fn operating_lines<O: Output>(
        &self,
        ctx: &YearContext,
        lines: &mut Sink<O>,
    ) -> Result<()> {
        let c = ctx.contract;
        if let Some(amount) = c.operating_amount {
            let amount = round_to_cent(amount);
            let explanation = ctx.explain.then(|| Explanation {
                rule: "fonctionnement.contrat",
                text: words(id::FUNDING_RULE_OPERATING_CONTRACT),
                formula: say(
                    id::FUNDING_OPERATING_CONTRACT,
                    &[("amount", &Amount(amount))],
                ),
                inputs: ctx.inputs(0),
                parameters: vec![ctx.contract_use(None, Text::from("operating_amount"), amount)],
                options: Cow::Borrowed(&[]),
                components: vec![],
                steps: vec![],
            });
            lines.line(Line {
                item: Item::Operating,
                amount: Some(amount),
                not_applicable: None,
                explanation: explanation.map(Box::new),
            });
            return Ok(());
        }
        let v = ctx.version;
        let (base, base_p) = operating_base(v, ctx.taille)?;
        let uplift = self.uplift(c, v, ctx.taille);
        let year1 = ctx.cy.number == 1;
        let (amount, used_uplift) = match (uplift, self.options.uplift) {
            (Some((up, _, _)), UpliftReading::Annual) => (up, true),
            (Some((up, _, _)), UpliftReading::OneOff) if year1 => (up, true),
            _ => (base, false),
        };
        let amount = round_to_cent(amount);
        let explanation = ctx.explain.then(|| {
            let mut parameters = Vec::with_capacity(3);
            parameters.push(ctx.rule_use(base_p));
            let mut inputs = ctx.inputs(2);
            inputs.push(Fact::new("signed", day(c.signed)));
            match uplift {
                Some((_, up_p, cutoff_p)) => {
                    parameters.push(ctx.rule_use(up_p));
                    parameters.extend(cutoff_p.map(|p| ctx.rule_use(p)));
                    inputs.push(Fact::new(
                        "uplift",
                        Text::new(words(id::FUNDING_UPLIFT_ELIGIBLE)),
                    ));
                }
                // The version has an uplift the contract is not eligible for: say why.
                None if v
                    .get(ParamKey::OperatingUplifted, Some(ctx.taille))
                    .is_some() =>
                {
                    parameters.extend(
                        v.get(ParamKey::UpliftSignedBy, None)
                            .map(|p| ctx.rule_use(p)),
                    );
                    inputs.push(Fact::new(
                        "uplift",
                        Text::new(words(id::FUNDING_UPLIFT_NOT_ELIGIBLE)),
                    ));
                }
                None => {}
            }
            let formula = say(
                if used_uplift {
                    id::FUNDING_OPERATING_UPLIFTED
                } else {
                    id::FUNDING_OPERATING
                },
                &[("amount", &Amount(amount)), ("taille", &ctx.taille)],
            );
            Explanation {
                rule: if used_uplift {
                    "fonctionnement.majore"
                } else {
                    "fonctionnement.annuel"
                },
                text: if year1 {
                    words(id::FUNDING_RULE_OPERATING_FIRST_YEAR)
                } else {
                    words(id::FUNDING_RULE_OPERATING_YEARLY)
                },
                formula,
                inputs,
                parameters,
                options: ctx.option_facts(if uplift.is_some() {
                    Depends::OperatingUplift
                } else {
                    Depends::Operating
                }),
                components: vec![],
                steps: vec![],
            }
        });
        lines.line(Line {
            item: Item::Operating,
            amount: Some(amount),
            not_applicable: None,
            explanation: explanation.map(Box::new),
        });

        // One-off reading: a contract signed before the uplift version receives the difference
        // once, in its first contract year governed by that version.
        if self.options.uplift == UpliftReading::OneOff
            && !year1
            && let Some((up, up_p, _)) = uplift
        {
            let prev = ContractYear::of(c.signed, ctx.cy.number - 1)?;
            let first = ContractYear::of(c.signed, 1)?;
            let prev_v = self.version_for(&prev)?;
            let first_v = self.version_for(&first)?;
            if self.uplift(c, prev_v, ctx.taille).is_none()
                && self.uplift(c, first_v, ctx.taille).is_none()
            {
                let (_, first_taille) = self.taille_for(c, &first, first_v);
                let (paid, paid_p) = operating_base(first_v, first_taille)?;
                let (up_first, up_first_p) =
                    match v.decimal(ParamKey::OperatingUplifted, Some(first_taille)) {
                        Some(x) => x,
                        None => (up, up_p),
                    };
                let diff = round_to_cent((up_first - paid).max(Decimal::ZERO));
                let explanation = ctx.explain.then(|| Explanation {
                    rule: "fonctionnement.difference_majoration",
                    text: words(id::FUNDING_RULE_UPLIFT_DIFFERENCE),
                    formula: say(
                        id::FUNDING_UPLIFT_DIFFERENCE,
                        &[
                            ("uplifted", &Amount(up_first)),
                            ("paid", &Amount(paid)),
                            ("difference", &Amount(diff)),
                            ("taille", &first_taille),
                        ],
                    ),
                    inputs: {
                        let mut i = ctx.inputs(2);
                        i.push(Fact::new("signed", day(c.signed)));
                        i.push(Fact::new("taille_at_signature", taille(first_taille)));
                        i
                    },
                    parameters: vec![
                        ParamUse::from_rules(&Text::new(&first_v.id), paid_p),
                        ctx.rule_use(up_first_p),
                    ],
                    options: ctx.option_facts(Depends::UpliftDifference),
                    components: vec![],
                    steps: vec![],
                });
                lines.line(Line {
                    item: Item::OperatingUpliftDifference,
                    amount: Some(diff),
                    not_applicable: None,
                    explanation: explanation.map(Box::new),
                });
            }
        }
        Ok(())
    }

    /// The raised operating amount, when the version has one and the contract is eligible.
    fn uplift<'v>(
        &self,
        c: &Contract,
        v: &'v Version,
        taille: Taille,
    ) -> Option<(Decimal, &'v Parameter, Option<&'v Parameter>)> {
        let (up, up_p) = v.decimal(ParamKey::OperatingUplifted, Some(taille))?;
        let cutoff = v.get(ParamKey::UpliftSignedBy, None);
        let eligible = match cutoff.map(|p| p.value) {
            Some(crate::rules::Value::Date(d)) => c.signed <= d,
            _ => true,
        };
        eligible.then_some((up, up_p, cutoff))
    }
}

/// The national operating amount of a taille.
fn operating_base(v: &Version, taille: Taille) -> Result<(Decimal, &Parameter)> {
    v.decimal(ParamKey::OperatingAnnual, Some(taille))
        .ok_or_else(|| Error::MissingParameter {
            parameter: ParamKey::OperatingAnnual.to_string(),
            taille: taille.to_string(),
            version: v.id.clone(),
            hint: crate::wording::text(crate::wording::id::HINT_OPERATING_AMOUNT, &[]),
        })
}
