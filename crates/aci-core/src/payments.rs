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
//! - termination before term: the advances of the year under way are repaid pro rata temporis
//!   (the part after termination); that year's balances and variable part are not paid.
//!
//! Each advance is rounded to the cent and each balance is the line minus its advance, so a
//! year's payments add up to its funding to the cent.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::calendar::{self, ContractYear};
use crate::contract::Contract;
use crate::error::{Error, Result};
use crate::funding::{Engine, Item, YearFunding};
use crate::money::{self, round_to_cent};
use crate::options::ProrationUnit;
use crate::params::ParamKey;
use crate::rules::Version;

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
    /// Cumulative cash after this payment (set once flows are sorted).
    pub cumulative: Decimal,
}

fn rate(v: &Version, key: ParamKey) -> Result<Decimal> {
    v.decimal(key, None)
        .map(|(d, _)| d)
        .ok_or_else(|| Error::MissingParameter {
            parameter: key.to_string(),
            taille: "-".into(),
            version: v.id.clone(),
            hint: String::new(),
        })
}

/// The part of `amount`, paid for `[from, end)`, that covers `[from, until)`: pro rata temporis.
fn kept_share(
    amount: Decimal,
    from: Date,
    until: Date,
    end: Date,
    unit: ProrationUnit,
) -> Result<Decimal> {
    let (num, den) = match unit {
        ProrationUnit::Days => (calendar::days(from, until), calendar::days(from, end)),
        ProrationUnit::Months => (
            calendar::months(from, until),
            calendar::months(from, end).max(1),
        ),
    };
    if den <= 0 || num >= den {
        return Ok(amount);
    }
    let product = money::mul(amount, Decimal::from(num.max(0)), "a repayment")?;
    Ok(round_to_cent(money::div(
        product,
        Decimal::from(den),
        "a repayment",
    )?))
}

/// Builds the dated payments of a contract from its yearly funding (in year order).
pub fn schedule(
    engine: &Engine,
    contract: &Contract,
    years: &[YearFunding],
    letter_of_intent: Option<Date>,
    terminated: Option<Date>,
    opts: PaymentOptions,
) -> Result<Vec<CashFlow>> {
    let mut flows = Vec::new();
    if let Some(date) = letter_of_intent {
        if date > contract.signed {
            return Err(Error::DatesOutOfOrder {
                field: "letter_of_intent".into(),
                earlier: date,
                later: contract.signed,
                what: "the lettre d'intention is validated before the contract is signed".into(),
            });
        }
        if let Some(flow) = letter_of_intent_flow(engine, contract, date)? {
            flows.push(flow);
        }
    }
    if let Some(t) = terminated
        && t <= contract.signed
    {
        return Err(Error::DatesOutOfOrder {
            field: "terminated".into(),
            earlier: contract.signed,
            later: t,
            what: "a contract ends after its signature".into(),
        });
    }
    for y in years {
        let cy: ContractYear = y.year;
        if terminated.is_some_and(|t| t <= cy.start) {
            break;
        }
        let ending = terminated.filter(|t| cy.contains(*t));
        let v = engine
            .rules
            .version(&y.version)
            .ok_or_else(|| Error::RuleFileInvalid {
                field: "version".into(),
                problem: format!("'{}' is not in the rule book used", y.version),
            })?;
        let closing = calendar::add_months(cy.end, opts.variable_delay_months)?;
        let n = cy.number;
        for line in &y.lines {
            let Some(amount) = line.amount else { continue };
            let mut push = |date: Date,
                            part: Part,
                            amount: Decimal,
                            rule: &'static str,
                            explanation: String| {
                // A payment of 0 € is no payment (a year without results, no crisis).
                if amount.is_zero() {
                    return;
                }
                flows.push(CashFlow {
                    date,
                    contract_year: Some(n),
                    flow: Flow::Line(line.item),
                    part,
                    amount,
                    rule,
                    explanation,
                    cumulative: Decimal::ZERO,
                });
            };
            // (date paid, advance share) for the amounts paid before the year's evaluation.
            let advance = match line.item {
                Item::Operating if n == 1 => {
                    push(
                        cy.start,
                        Part::InFull,
                        amount,
                        "paiement.fonctionnement.signature",
                        format!(
                            "{amount} €: operating amount before missions start, paid in full at signature (ACI art. 9.1)"
                        ),
                    );
                    Some((cy.start, amount, cy.start))
                }
                Item::Operating => {
                    let r = rate(v, ParamKey::OperatingAdvanceRate)?;
                    let adv = round_to_cent(money::mul(amount, r, "an advance")?);
                    push(
                        cy.start,
                        Part::Advance,
                        adv,
                        "paiement.fonctionnement.avance",
                        format!(
                            "{r} × {amount} = {adv} €: operating advance at the anniversary (ACI art. 9.1)"
                        ),
                    );
                    if ending.is_none() {
                        let bal = amount - adv;
                        push(
                            closing,
                            Part::Balance,
                            bal,
                            "paiement.fonctionnement.solde",
                            format!(
                                "{amount} − {adv} = {bal} €: operating balance with the year's remuneration balance (ACI art. 9.1)"
                            ),
                        );
                    }
                    Some((cy.start, adv, cy.start))
                }
                Item::OperatingUpliftDifference => {
                    push(
                        cy.start,
                        Part::InFull,
                        amount,
                        "paiement.difference_majoration",
                        format!(
                            "{amount} €: one-off avenant-2 uplift difference, paid at the anniversary (date: library choice)"
                        ),
                    );
                    None
                }
                Item::Fixed(m) => {
                    let start = contract
                        .mission(m)
                        .map_or(cy.start, |x| x.start.max(cy.start));
                    if ending.is_some_and(|t| start >= t) {
                        continue; // the mission would have started after termination
                    }
                    let r = rate(v, ParamKey::FixedAdvanceRate)?;
                    let adv = round_to_cent(money::mul(amount, r, "an advance")?);
                    push(
                        start,
                        Part::Advance,
                        adv,
                        "paiement.part_fixe.avance",
                        format!(
                            "{r} × {amount} = {adv} €: fixed-part advance at {} (contrat type art. 6.2)",
                            if start == cy.start {
                                "the anniversary"
                            } else {
                                "the mission's start, prorated to the anniversary"
                            }
                        ),
                    );
                    if ending.is_none() {
                        let bal = amount - adv;
                        push(
                            cy.end,
                            Part::Balance,
                            bal,
                            "paiement.part_fixe.solde",
                            format!(
                                "{amount} − {adv} = {bal} €: fixed-part balance at the next anniversary (Senate 2025)"
                            ),
                        );
                    }
                    Some((start, adv, start))
                }
                Item::Variable(_) => {
                    if ending.is_none() {
                        push(
                            closing,
                            Part::InFull,
                            amount,
                            "paiement.part_variable",
                            format!(
                                "{amount} €: variable part after the year's evaluation ({} months after the year's end, option)",
                                opts.variable_delay_months
                            ),
                        );
                    }
                    None
                }
            };
            if let (Some(t), Some((_, paid, from))) = (ending, advance) {
                let kept = kept_share(paid, from, t, cy.end, engine.options.proration)?;
                let back = paid - kept;
                if back > Decimal::ZERO {
                    push(
                        t,
                        Part::Repayment,
                        -back,
                        "paiement.resiliation",
                        format!(
                            "−({paid} − {kept}) = −{back} €: advance repaid pro rata temporis after termination on {t}"
                        ),
                    );
                }
            }
        }
    }
    flows.sort_by(|a, b| {
        (a.date, a.contract_year, a.flow, a.part).cmp(&(b.date, b.contract_year, b.flow, b.part))
    });
    let mut cumulative = Decimal::ZERO;
    for f in &mut flows {
        cumulative = money::add(cumulative, f.amount, "cumulative cash")?;
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
    Ok(Some(CashFlow {
        date,
        contract_year: None,
        flow: Flow::LetterOfIntent,
        part: Part::InFull,
        amount,
        rule: "paiement.lettre_intention",
        explanation: format!(
            "{amount} €: lettre d'intention validated by the ARS, taille {taille} ({} inhabitants), version {} — {}",
            population, v.id, p.provenance
        ),
        cumulative: Decimal::ZERO,
    }))
}
