//! The payment calendar: when each euro of a contract's funding is paid.
//!
//! Rules encoded (sources in the rule data):
//! - lettre d'intention (avenant 2): its amount, paid when the ARS validates the letter;
//! - operating amount of contract year 1: paid in full at signature (ACI art. 9.1);
//! - operating amount of later years: an advance (75 %, `fonctionnement.avance_taux`) at the
//!   anniversary opening the year, the balance with the year's remuneration balance (art. 9.1);
//! - fixed parts: an advance (75 %, `part_fixe.avance_taux`) at the mission's start in its first
//!   year (on the prorated amount) and at each anniversary after, the balance at the anniversary
//!   closing the year (contrat type art. 6.2; Senate 2025);
//! - variable parts: after the yearly evaluation, [`PaymentOptions::variable_delay_months`] after
//!   the end of the contract year (the date is not in the texts: an explicit option);
//! - the one-off avenant-2 uplift difference: in full at the anniversary opening the year;
//! - termination before term: the year under way is settled by [`crate::termination`], which
//!   gives the payments made before it and the repayments; [`schedule`] pays them as given.
//!
//! Each advance is rounded to the cent and each balance is the line minus its advance, so a
//! year's payments add up to its funding to the cent. Every payment carries its computation
//! (rule, inputs, the values read with their sources), like a line of a year.

use std::borrow::Cow;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::calendar::{self, ContractYear};
use crate::contract::Contract;
use crate::error::{Error, Result};
use crate::explain::{Explanation, Fact, ParamUse};
use crate::funding::{Engine, Item, YearFunding};
use crate::money::{self, round_to_cent};
use crate::params::ParamKey;
use crate::rules::{Parameter, Version};
use crate::text::Text;

/// Payment choices where the texts are silent.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PaymentOptions {
    /// Months between the end of a contract year and the payment of its variable parts and
    /// operating balance. Default 0: at the anniversary closing the year, where the Senate report
    /// places the balance of the fixed parts and the contrat type joins the operating balance to
    /// the remuneration balance.
    pub variable_delay_months: u32,
}

/// What a payment is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Flow {
    /// Avenant 2: paid when the ARS validates the lettre d'intention.
    LetterOfIntent,
    /// A line of a contract year.
    Line(Item),
}

impl Flow {
    pub fn key(&self) -> String {
        match self {
            Flow::LetterOfIntent => "lettre_intention".into(),
            Flow::Line(item) => item.key(),
        }
    }

    /// What the payment is for, in words ([`crate::wording`]).
    pub fn label(&self) -> String {
        match self {
            Flow::LetterOfIntent => {
                crate::wording::text(crate::wording::id::FLOW_LETTER_OF_INTENT, &[])
            }
            Flow::Line(item) => item.label(),
        }
    }

    /// Parses a key produced by [`Flow::key`].
    pub fn parse(key: &str) -> Option<Flow> {
        match key {
            "lettre_intention" => Some(Flow::LetterOfIntent),
            _ => Item::parse(key).map(Flow::Line),
        }
    }
}

impl Serialize for Flow {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.key())
    }
}

/// Which part of an amount a payment is.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    InFull,
    Advance,
    Balance,
    /// Money paid back (negative amount).
    Repayment,
}

impl Part {
    /// Stable key, as in JSON: `in_full`, `advance`, `balance`, `repayment`.
    pub fn key(self) -> &'static str {
        match self {
            Part::InFull => "in_full",
            Part::Advance => "advance",
            Part::Balance => "balance",
            Part::Repayment => "repayment",
        }
    }

    /// The part in words ([`crate::wording`]): `in full`, `advance`, …
    pub fn label(self) -> String {
        use crate::wording::id;
        let id = match self {
            Part::InFull => id::PART_IN_FULL,
            Part::Advance => id::PART_ADVANCE,
            Part::Balance => id::PART_BALANCE,
            Part::Repayment => id::PART_REPAYMENT,
        };
        crate::wording::text(id, &[])
    }
}

/// One dated payment.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CashFlow {
    pub date: Date,
    /// The contract year the money belongs to (`None` before the contract).
    pub contract_year: Option<u32>,
    pub flow: Flow,
    pub part: Part,
    /// Euros paid to the CPTS (negative when it repays).
    pub amount: Decimal,
    /// Rule identifier of the payment.
    pub rule: &'static str,
    /// The payment in words, with its legal basis and arithmetic.
    pub explanation: String,
    /// How the payment was computed: its rule, inputs, the values read with their sources.
    pub computation: Explanation,
    /// Cumulative cash after this payment (set once flows are sorted).
    pub cumulative: Decimal,
}

fn rate(v: &Version, key: ParamKey) -> Result<(Decimal, &Parameter)> {
    v.decimal(key, None).ok_or_else(|| Error::MissingParameter {
        parameter: key.to_string(),
        taille: "-".into(),
        version: v.id.clone(),
        hint: String::new(),
    })
}

/// A payment a line's amount calls for, before the contract's history is known.
#[derive(Debug, Clone)]
pub(crate) struct Planned {
    pub flow: CashFlow,
    /// `[from, to)`: the time this payment pays for ahead (an advance, the year-1 operating
    /// amount), which a termination keeps pro rata temporis; `None` for a payment that pays for
    /// no time ahead (a balance, a variable part, a one-off amount).
    pub covers: Option<(Date, Date)>,
}

/// `n (start to end)`, how explanations name a contract year.
pub(crate) fn year_text(cy: &ContractYear) -> Text {
    Text::from(format!("{} ({} to {})", cy.number, cy.start, cy.end))
}

/// The payments each line of a contract year calls for if the contract runs to term, in line
/// order, payments of 0 € left out. The one place where the payment rules live: [`schedule`]
/// pays them, [`crate::termination`] settles them when the contract ends during the year.
pub(crate) fn plan_year(
    engine: &Engine,
    contract: &Contract,
    y: &YearFunding,
    opts: PaymentOptions,
) -> Result<Vec<(Item, Vec<Planned>)>> {
    let cy = y.year;
    let v = engine
        .rules
        .version(&y.version)
        .ok_or_else(|| Error::RuleFileInvalid {
            field: "version".into(),
            problem: crate::wording::text(
                crate::wording::id::PROBLEM_VERSION_NOT_IN_RULES,
                &[("version", &y.version)],
            ),
        })?;
    let version = Text::shared(&v.id);
    let closing = calendar::add_months(cy.end, opts.variable_delay_months)?;
    let delay_fact = [Fact::new(
        "variable_delay_months",
        Text::from(format!(
            "{} (months between the end of the contract year and its evaluation's payments)",
            opts.variable_delay_months
        )),
    )];
    let n = cy.number;
    let mut out = Vec::with_capacity(y.lines.len());
    for line in &y.lines {
        let Some(amount) = line.amount else { continue };
        let item = line.item;
        let mut planned: Vec<Planned> = Vec::with_capacity(2);
        // The facts every payment of the line cites.
        let base_inputs = || {
            vec![
                Fact::new("contract_year", year_text(&cy)),
                Fact::new("version", version.clone()),
                Fact::new("line", Text::from(format!("{item} = {amount} €"))),
            ]
        };
        let mut push = |date: Date,
                        part: Part,
                        amount: Decimal,
                        covers: Option<(Date, Date)>,
                        rule: &'static str,
                        words: String,
                        computation: Explanation| {
            // A payment of 0 € is no payment (a year without results, no crisis).
            if amount.is_zero() {
                return;
            }
            planned.push(Planned {
                flow: CashFlow {
                    date,
                    contract_year: Some(n),
                    flow: Flow::Line(item),
                    part,
                    amount,
                    rule,
                    explanation: words,
                    computation,
                    cumulative: Decimal::ZERO,
                },
                covers,
            });
        };
        let explained = |rule: &'static str,
                         text: &'static str,
                         formula: String,
                         more: Vec<Fact>,
                         parameters: Vec<ParamUse>,
                         options: &[Fact]| Explanation {
            rule,
            text,
            formula: Text::from(formula),
            inputs: base_inputs().into_iter().chain(more).collect(),
            parameters,
            options: Cow::Owned(options.to_vec()),
            components: vec![],
            steps: vec![],
        };
        match item {
            Item::Operating if n == 1 => {
                const RULE: &str = "paiement.fonctionnement.signature";
                let formula = format!("{amount} € (the year's operating amount, in full)");
                push(
                    cy.start,
                    Part::InFull,
                    amount,
                    Some((cy.start, cy.end)),
                    RULE,
                    format!(
                        "{amount} €: operating amount before missions start, paid in full at signature (ACI art. 9.1)"
                    ),
                    explained(
                        RULE,
                        "The operating amount due before missions start is paid in full at signature, once the file is complete (ACI art. 9.1)",
                        formula,
                        vec![Fact::new("signed", Text::from(cy.start.to_string()))],
                        vec![],
                        &[],
                    ),
                );
            }
            Item::Operating => {
                let (r, p) = rate(v, ParamKey::OperatingAdvanceRate)?;
                let adv =
                    round_to_cent(money::mul(amount, r, crate::wording::id::OVERFLOW_ADVANCE)?);
                const ADVANCE: &str = "paiement.fonctionnement.avance";
                push(
                    cy.start,
                    Part::Advance,
                    adv,
                    Some((cy.start, cy.end)),
                    ADVANCE,
                    format!(
                        "{r} × {amount} = {adv} €: operating advance at the anniversary (ACI art. 9.1)"
                    ),
                    explained(
                        ADVANCE,
                        "From mission start, an advance of 75 % of the year's operating amount is paid at the anniversary opening the contract year (ACI art. 9.1)",
                        format!("{r} × {amount} = {adv} € (rounded to the cent)"),
                        vec![Fact::new("anniversary", Text::from(cy.start.to_string()))],
                        vec![ParamUse::from_rules(&version, p)],
                        &[],
                    ),
                );
                let bal = amount - adv;
                const BALANCE: &str = "paiement.fonctionnement.solde";
                push(
                    closing,
                    Part::Balance,
                    bal,
                    None,
                    BALANCE,
                    format!(
                        "{amount} − {adv} = {bal} €: operating balance with the year's remuneration balance (ACI art. 9.1)"
                    ),
                    explained(
                        BALANCE,
                        "The balance of the operating amount (the year's amount − the advance paid) is paid with the year's remuneration balance (ACI art. 9.1); its date is the option variable_delay_months",
                        format!(
                            "{amount} − {adv} = {bal} € (the year's amount − the advance paid)"
                        ),
                        vec![Fact::new(
                            "advance",
                            Text::from(format!("{adv} € paid on {}", cy.start)),
                        )],
                        vec![],
                        &delay_fact,
                    ),
                );
            }
            Item::OperatingUpliftDifference => {
                const RULE: &str = "paiement.difference_majoration";
                push(
                    cy.start,
                    Part::InFull,
                    amount,
                    None,
                    RULE,
                    format!(
                        "{amount} €: one-off avenant-2 uplift difference, paid at the anniversary (date: library choice)"
                    ),
                    explained(
                        RULE,
                        "The one-off avenant-2 uplift difference is paid in full at the anniversary opening the year (the date is not in the texts: a library choice)",
                        format!("{amount} € (in full)"),
                        vec![Fact::new("anniversary", Text::from(cy.start.to_string()))],
                        vec![],
                        &[],
                    ),
                );
            }
            Item::Fixed(m) => {
                let mission = contract.mission(m);
                let start = mission.map_or(cy.start, |x| x.start.max(cy.start));
                // The advance pays for the mission's time in the year.
                let until = mission
                    .and_then(|x| x.end)
                    .map_or(cy.end, |e| e.min(cy.end))
                    .max(start);
                let (r, p) = rate(v, ParamKey::FixedAdvanceRate)?;
                let adv =
                    round_to_cent(money::mul(amount, r, crate::wording::id::OVERFLOW_ADVANCE)?);
                let at = if start == cy.start {
                    "the anniversary"
                } else {
                    "the mission's start, prorated to the anniversary"
                };
                const ADVANCE: &str = "paiement.part_fixe.avance";
                push(
                    start,
                    Part::Advance,
                    adv,
                    Some((start, until)),
                    ADVANCE,
                    format!(
                        "{r} × {amount} = {adv} €: fixed-part advance at {at} (contrat type art. 6.2)"
                    ),
                    explained(
                        ADVANCE,
                        "An advance of 75 % of the mission's fixed part for the year is paid at the mission's start in its first year (on the amount prorated to the anniversary), then at each anniversary (contrat type art. 6.2; Senate 2025)",
                        format!("{r} × {amount} = {adv} € (rounded to the cent), paid at {at}"),
                        vec![Fact::new(
                            "paid_on",
                            Text::from(if start == cy.start {
                                format!("{start} (anniversary)")
                            } else {
                                format!("{start} (mission start)")
                            }),
                        )],
                        vec![ParamUse::from_rules(&version, p)],
                        &[],
                    ),
                );
                let bal = amount - adv;
                const BALANCE: &str = "paiement.part_fixe.solde";
                push(
                    cy.end,
                    Part::Balance,
                    bal,
                    None,
                    BALANCE,
                    format!(
                        "{amount} − {adv} = {bal} €: fixed-part balance at the next anniversary (Senate 2025)"
                    ),
                    explained(
                        BALANCE,
                        "The balance of the fixed part (the year's amount − the advance paid) is paid at the anniversary closing the year (Senate 2025)",
                        format!(
                            "{amount} − {adv} = {bal} € (the year's amount − the advance paid)"
                        ),
                        vec![Fact::new(
                            "advance",
                            Text::from(format!("{adv} € paid on {start}")),
                        )],
                        vec![],
                        &[],
                    ),
                );
            }
            Item::Variable(_) => {
                const RULE: &str = "paiement.part_variable";
                push(
                    closing,
                    Part::InFull,
                    amount,
                    None,
                    RULE,
                    format!(
                        "{amount} €: variable part after the year's evaluation ({} months after the year's end, option)",
                        opts.variable_delay_months
                    ),
                    explained(
                        RULE,
                        "The variable part is paid in full after the yearly evaluation of the contract's indicators; its date is not in the texts (option variable_delay_months)",
                        format!("{amount} € (in full)"),
                        vec![Fact::new("year_end", Text::from(cy.end.to_string()))],
                        vec![],
                        &delay_fact,
                    ),
                );
            }
        }
        out.push((item, planned));
    }
    Ok(out)
}

/// The contract year ended by a termination, settled by [`crate::termination::settle`]: the
/// payments made before the termination and the repayments, as they are to be paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settlement {
    /// The terminated contract year.
    pub contract_year: u32,
    pub flows: Vec<CashFlow>,
}

/// Builds the dated payments of a contract from its yearly funding (in year order): each
/// year's planned payments, except the year a termination ended, paid as `settlement` says.
pub fn schedule(
    engine: &Engine,
    contract: &Contract,
    years: &[YearFunding],
    letter_of_intent: Option<Date>,
    settlement: Option<&Settlement>,
    opts: PaymentOptions,
) -> Result<Vec<CashFlow>> {
    let mut flows = Vec::new();
    if let Some(date) = letter_of_intent {
        if date > contract.signed {
            return Err(Error::DatesOutOfOrder {
                field: "letter_of_intent".into(),
                earlier: date,
                later: contract.signed,
                what: crate::wording::text(crate::wording::id::WHAT_LETTER_OF_INTENT, &[]),
            });
        }
        if let Some(flow) = letter_of_intent_flow(engine, contract, date)? {
            flows.push(flow);
        }
    }
    for y in years {
        match settlement {
            Some(s) if s.contract_year == y.year.number => flows.extend(s.flows.iter().cloned()),
            _ => {
                for (_, planned) in plan_year(engine, contract, y, opts)? {
                    flows.extend(planned.into_iter().map(|p| p.flow));
                }
            }
        }
    }
    flows.sort_by(|a, b| {
        (a.date, a.contract_year, a.flow, a.part).cmp(&(b.date, b.contract_year, b.flow, b.part))
    });
    let mut cumulative = Decimal::ZERO;
    for f in &mut flows {
        cumulative = money::add(
            cumulative,
            f.amount,
            crate::wording::id::OVERFLOW_CUMULATIVE_CASH,
        )?;
        f.cumulative = cumulative;
    }
    Ok(flows)
}

fn letter_of_intent_flow(
    engine: &Engine,
    contract: &Contract,
    date: Date,
) -> Result<Option<CashFlow>> {
    let v = engine.rules.version_at(date)?;
    let population = contract.population_on(date);
    let taille = v.thresholds().classify(population, engine.options.boundary);
    let Some((amount, p)) = v.decimal(ParamKey::LetterOfIntent, Some(taille)) else {
        return Ok(None);
    };
    let amount = round_to_cent(amount);
    const RULE: &str = "paiement.lettre_intention";
    let version = Text::shared(&v.id);
    let boundary: Vec<Fact> = engine
        .options
        .facts()
        .filter(|(name, _)| *name == "boundary")
        .map(|(name, text)| Fact::new(name, text))
        .collect();
    Ok(Some(CashFlow {
        date,
        contract_year: None,
        flow: Flow::LetterOfIntent,
        part: Part::InFull,
        amount,
        rule: RULE,
        explanation: format!(
            "{amount} €: lettre d'intention validated by the ARS, taille {taille} ({} inhabitants), version {} — {}",
            population, v.id, p.provenance
        ),
        computation: Explanation {
            rule: RULE,
            text: "Avenant 2: an amount by taille is paid when the ARS validates the lettre d'intention, before the contract",
            formula: Text::from(format!("{amount} € (taille {taille})")),
            inputs: vec![
                Fact::new("validated", Text::from(date.to_string())),
                Fact::new("version", version.clone()),
                Fact::new("population", Text::from(population.to_string())),
                Fact::new("taille", Text::from(taille.to_string())),
            ],
            parameters: vec![ParamUse::from_rules(&version, p)],
            options: Cow::Owned(boundary),
            components: vec![],
            steps: vec![],
        },
        cumulative: Decimal::ZERO,
    }))
}
