//! A mission's fixed part (moyens): its envelope for the year, prorated to the time the mission
//! is active (ACI contrat type art. 6.2).

use super::explanation::{Depends, Field, day, mission_field, say};
use super::sink::{Output, Sink};
use super::warning::warn_if_estimated;
use super::{Engine, Item, Line, YearContext};
use crate::calendar;
use crate::contract::Mission;
use crate::error::Result;
use crate::explain::{Explanation, Fact};
use crate::options::ProrationUnit;
use crate::params::{MissionParam, ParamKey};
use crate::rules::Parameter;
use crate::wording::{Amount, Day, id, words};
use rust_decimal::Decimal;

impl Engine<'_> {
    pub(super) fn fixed_line<O: Output>(
        &self,
        ctx: &YearContext,
        m: &Mission,
        sink: &mut Sink<O>,
    ) -> Result<()> {
        let v = ctx.version;
        let first_year = ctx.cy.contains(m.start);
        let national = |p: MissionParam| v.decimal(ParamKey::Mission(m.id, p), Some(ctx.taille));
        // Contract figures win; a first-year amount applies only in the mission's first year.
        // National values are looked up only when the contract has none.
        type Source<'p> = Result<&'p Parameter, (Field, Decimal)>;
        let (envelope, source): (Decimal, Source) = match (first_year, m.fixed_first_year, m.fixed)
        {
            (true, Some(a), _) => (a, Err((Field::FixedFirstYear, a))),
            (_, _, Some(a)) => (a, Err((Field::Fixed, a))),
            (_, _, None) => match first_year
                .then(|| national(MissionParam::FixedFirstYear))
                .flatten()
                .or_else(|| national(MissionParam::Fixed))
            {
                Some((a, p)) => (a, Ok(p)),
                None => {
                    return Err(ctx.missing_mission_amount(m.id, MissionParam::Fixed, "fixed"));
                }
            },
        };
        // The active part of the year.
        let (from, to) = ctx
            .cy
            .clip(m.start, m.end)
            .unwrap_or((ctx.cy.start, ctx.cy.start));
        let amount = calendar::prorate(envelope, &ctx.cy, from, to, self.options.proration)?;
        let explanation = ctx.explain.then(|| {
            let (num, den) = calendar::fraction(&ctx.cy, from, to, self.options.proration);
            let unit = match self.options.proration {
                ProrationUnit::Days => "days",
                ProrationUnit::Months => "months",
            };
            let mut inputs = ctx.inputs(3);
            inputs.push(Fact::new("mission_start", day(m.start)));
            if let Some(end) = m.end {
                inputs.push(Fact::new("mission_end", day(end)));
            }
            inputs.push(Fact::new(
                "active",
                say(
                    id::FUNDING_ACTIVE,
                    &[
                        ("from", &Day(from)),
                        ("to", &Day(to)),
                        ("num", &num),
                        ("den", &den),
                        ("unit", &unit),
                    ],
                ),
            ));
            let parameters = vec![match source {
                Ok(p) => ctx.rule_use(p),
                Err((field, a)) => ctx.contract_use(Some(m.id), mission_field(m.id, field), a),
            }];
            let formula = if num == den {
                say(id::FUNDING_FIXED_FULL_YEAR, &[("amount", &Amount(amount))])
            } else {
                say(
                    id::FUNDING_FIXED_PRORATED,
                    &[
                        ("envelope", &Amount(envelope)),
                        ("num", &num),
                        ("den", &den),
                        ("amount", &Amount(amount)),
                    ],
                )
            };
            Explanation {
                rule: "mission.part_fixe",
                text: words(id::FUNDING_RULE_FIXED),
                formula,
                inputs,
                parameters,
                options: ctx.option_facts(Depends::Fixed),
                components: vec![],
                steps: vec![],
            }
        });
        if let Ok(p) = source {
            warn_if_estimated(ctx, Item::Fixed(m.id), p, sink);
        }
        sink.line(Line {
            item: Item::Fixed(m.id),
            amount: Some(amount),
            not_applicable: None,
            explanation: explanation.map(Box::new),
        });
        Ok(())
    }
}
