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
use crate::explain::Text;
use crate::explain::{Explanation, Fact, ParamUse};
use crate::funding::{Engine, Item, YearFunding};
use crate::money::{self, round_to_cent};
use crate::params::ParamKey;
use crate::rules::{Parameter, Version};
use crate::wording::{Amount, Day, Number, id, text, words};

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
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
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
        self.into()
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

/// One dated payment. Its JSON form adds `explanation`, [`CashFlow::in_words`].
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// How the payment was computed: its rule, inputs, the values read with their sources.
    pub computation: Explanation,
    /// Cumulative cash after this payment (set once flows are sorted).
    pub cumulative: Decimal,
}

impl CashFlow {
    /// The payment in words on one line, its arithmetic then its rule with its legal basis
    /// (`0.75 × 75000.00 = 56250.00 € (rounded to the cent) — From mission start, …`): what
    /// the flat outputs (the JSON and CSV `explanation`, Python's flow dictionaries) show.
    pub fn in_words(&self) -> String {
        text(
            id::PAYMENT_IN_WORDS,
            &[
                ("formula", &self.computation.formula),
                ("rule", &self.computation.text),
            ],
        )
    }
}

// A payment as the JSON result writes it: its fields and `CashFlow::in_words` as
// `explanation`. (Its doc comments are the result schema's descriptions.)
/// One dated payment.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename = "CashFlow")]
struct CashFlowOut<'a> {
    date: Date,
    /// The contract year the money belongs to (`None` before the contract).
    contract_year: Option<u32>,
    flow: Flow,
    part: Part,
    /// Euros paid to the CPTS (negative when it repays).
    amount: Decimal,
    /// Rule identifier of the payment.
    rule: &'static str,
    /// The payment in words, with its legal basis and arithmetic.
    explanation: String,
    /// How the payment was computed: its rule, inputs, the values read with their sources.
    computation: &'a Explanation,
    /// Cumulative cash after this payment (set once flows are sorted).
    cumulative: Decimal,
}

impl Serialize for CashFlow {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        CashFlowOut {
            date: self.date,
            contract_year: self.contract_year,
            flow: self.flow,
            part: self.part,
            amount: self.amount,
            rule: self.rule,
            explanation: self.in_words(),
            computation: &self.computation,
            cumulative: self.cumulative,
        }
        .serialize(s)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for CashFlow {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CashFlow".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        CashFlowOut::json_schema(generator)
    }
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
    Text::from(text(
        id::PAYMENT_CONTRACT_YEAR,
        &[
            ("number", &cy.number),
            ("start", &Day(cy.start)),
            ("end", &Day(cy.end)),
        ],
    ))
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
    let version = Text::new(&v.id);
    let closing = calendar::add_months(cy.end, opts.variable_delay_months)?;
    let delay_fact = [Fact::new(
        "variable_delay_months",
        Text::from(text(
            id::PAYMENT_FACT_VARIABLE_DELAY,
            &[("months", &opts.variable_delay_months)],
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
                Fact::new(
                    "line",
                    Text::from(text(
                        id::PAYMENT_FACT_LINE,
                        &[("item", &item), ("amount", &Amount(amount))],
                    )),
                ),
            ]
        };
        let mut push = |date: Date,
                        part: Part,
                        amount: Decimal,
                        covers: Option<(Date, Date)>,
                        rule: &'static str,
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
                    computation,
                    cumulative: Decimal::ZERO,
                },
                covers,
            });
        };
        let explained = |rule: &'static str,
                         words_id: &'static str,
                         formula: String,
                         more: Vec<Fact>,
                         parameters: Vec<ParamUse>,
                         options: &[Fact]| Explanation {
            rule,
            text: words(words_id),
            formula: Text::from(formula),
            inputs: base_inputs().into_iter().chain(more).collect(),
            parameters,
            options: Cow::Owned(options.to_vec()),
            components: vec![],
            steps: vec![],
        };
        // The words of a payment: the advance's formula, the balance's, a date as a fact.
        let advance_formula = |r: Decimal, adv: Decimal| {
            text(
                id::PAYMENT_FORMULA_ADVANCE,
                &[
                    ("rate", &Number(r)),
                    ("amount", &Amount(amount)),
                    ("advance", &Amount(adv)),
                ],
            )
        };
        let balance_formula = |adv: Decimal, bal: Decimal| {
            text(
                id::PAYMENT_FORMULA_BALANCE,
                &[
                    ("amount", &Amount(amount)),
                    ("advance", &Amount(adv)),
                    ("balance", &Amount(bal)),
                ],
            )
        };
        let advance_paid = |adv: Decimal, on: Date| {
            Fact::new(
                "advance",
                Text::from(text(
                    id::PAYMENT_FACT_ADVANCE_PAID,
                    &[("amount", &Amount(adv)), ("date", &Day(on))],
                )),
            )
        };
        let day = |name: &'static str, d: Date| Fact::new(name, Text::from(Day(d).to_string()));
        let in_full = || text(id::PAYMENT_FORMULA_IN_FULL, &[("amount", &Amount(amount))]);
        match item {
            Item::Operating if n == 1 => {
                const RULE: &str = "paiement.fonctionnement.signature";
                push(
                    cy.start,
                    Part::InFull,
                    amount,
                    Some((cy.start, cy.end)),
                    RULE,
                    explained(
                        RULE,
                        id::PAYMENT_RULE_OPERATING_SIGNATURE,
                        text(
                            id::PAYMENT_FORMULA_OPERATING_IN_FULL,
                            &[("amount", &Amount(amount))],
                        ),
                        vec![day("signed", cy.start)],
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
                    explained(
                        ADVANCE,
                        id::PAYMENT_RULE_OPERATING_ADVANCE,
                        advance_formula(r, adv),
                        vec![day("anniversary", cy.start)],
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
                    explained(
                        BALANCE,
                        id::PAYMENT_RULE_OPERATING_BALANCE,
                        balance_formula(adv, bal),
                        vec![advance_paid(adv, cy.start)],
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
                    explained(
                        RULE,
                        id::PAYMENT_RULE_UPLIFT_DIFFERENCE,
                        in_full(),
                        vec![day("anniversary", cy.start)],
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
                    "anniversary"
                } else {
                    "start"
                };
                const ADVANCE: &str = "paiement.part_fixe.avance";
                push(
                    start,
                    Part::Advance,
                    adv,
                    Some((start, until)),
                    ADVANCE,
                    explained(
                        ADVANCE,
                        id::PAYMENT_RULE_FIXED_ADVANCE,
                        text(
                            id::PAYMENT_FORMULA_FIXED_ADVANCE,
                            &[
                                ("rate", &Number(r)),
                                ("amount", &Amount(amount)),
                                ("advance", &Amount(adv)),
                                ("at", &at),
                            ],
                        ),
                        vec![Fact::new(
                            "paid_on",
                            Text::from(text(
                                id::PAYMENT_FACT_PAID_ON,
                                &[("date", &Day(start)), ("at", &at)],
                            )),
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
                    explained(
                        BALANCE,
                        id::PAYMENT_RULE_FIXED_BALANCE,
                        balance_formula(adv, bal),
                        vec![advance_paid(adv, start)],
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
                    explained(
                        RULE,
                        id::PAYMENT_RULE_VARIABLE,
                        in_full(),
                        vec![day("year_end", cy.end)],
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
    let version = Text::new(&v.id);
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
        computation: Explanation {
            rule: RULE,
            text: words(id::PAYMENT_RULE_LETTER_OF_INTENT),
            formula: Text::from(text(
                id::PAYMENT_FORMULA_LETTER_OF_INTENT,
                &[("amount", &Amount(amount)), ("taille", &taille)],
            )),
            inputs: vec![
                Fact::new("validated", Text::from(Day(date).to_string())),
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

#[cfg(test)]
mod tests {
    use crate::RuleBook;
    use crate::funding::Item;
    use crate::payments::{CashFlow, Flow};
    use crate::simulation::{Scenario, Simulation, simulate};
    use crate::wording::{Lang, in_lang};

    fn terminated_early(lang: Lang) -> Simulation {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../fixtures/terminated-early.toml"
        );
        let scenario: Scenario = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        in_lang(lang, || simulate(RuleBook::shipped(), &scenario).unwrap())
    }

    /// The payments of the operating line on `date`, in calendar order.
    fn operating(sim: &Simulation, date: &str) -> Vec<CashFlow> {
        let date = date.parse().unwrap();
        sim.payments_on(date, Some(Flow::Line(Item::Operating)))
            .into_iter()
            .cloned()
            .collect()
    }

    #[test]
    fn a_payment_is_explained_in_french() {
        let sim = terminated_early(Lang::Fr);
        let [balance, advance] = &operating(&sim, "2025-03-01")[..] else {
            panic!("a balance and an advance on 2025-03-01");
        };
        let c = &advance.computation;
        assert_eq!(
            c.formula,
            "0,75 × 75\u{202f}000,00 = 56\u{202f}250,00\u{a0}€ (arrondi au centime)"
        );
        assert!(
            c.text
                .starts_with("À partir du démarrage des missions, une avance de 75\u{a0}%"),
            "{}",
            c.text
        );
        let input = |f: &CashFlow, name: &str| {
            f.computation
                .inputs
                .iter()
                .find(|i| i.name == name)
                .map(|i| i.value.to_string())
                .unwrap()
        };
        assert_eq!(input(advance, "anniversary"), "01/03/2025");
        assert_eq!(
            input(advance, "contract_year"),
            "3 (du 01/03/2025 au 01/03/2026)"
        );
        assert_eq!(
            balance.computation.formula,
            "75\u{202f}000,00 − 56\u{202f}250,00 = 18\u{202f}750,00\u{a0}€ (montant de l'année − avance versée)"
        );
        assert_eq!(
            input(balance, "advance"),
            "56\u{202f}250,00\u{a0}€ versés le 01/03/2024"
        );
        // The repayment on the termination date, kept pro rata temporis.
        let [repayment] = &operating(&sim, "2025-09-01")[..] else {
            panic!("one repayment on 2025-09-01");
        };
        assert_eq!(
            repayment.computation.formula,
            "28\u{202f}356,16 − 56\u{202f}250,00 = −27\u{202f}893,84\u{a0}€ (part conservée − paiement versé)"
        );
        assert!(
            repayment
                .computation
                .text
                .starts_with("Résiliation avant terme")
        );
        assert_eq!(
            input(repayment, "kept_for"),
            "du 01/03/2025 au 01/09/2025 sur la période du 01/03/2025 au 01/03/2026 (184 jours sur 365)"
        );
        assert!(
            in_lang(Lang::Fr, || repayment.in_words()).starts_with(
                "28\u{202f}356,16 − 56\u{202f}250,00 = −27\u{202f}893,84\u{a0}€ (part conservée − paiement versé) — Résiliation avant terme : "
            )
        );
        // The year the termination ends: the line's step says what is kept and what is not paid.
        let line = sim.years[2].line(Item::Operating).unwrap();
        let step = &line.explanation.as_ref().unwrap().steps[0];
        assert_eq!(
            step.formula,
            "56\u{202f}250,00 × 184/365 = 28\u{202f}356,16\u{a0}€ ; non versé : solde de 18\u{202f}750,00\u{a0}€ dû le 01/03/2026"
        );
        assert!(step.text.starts_with("Contrat résilié avant terme"));
    }

    #[test]
    fn english_is_as_it_was_and_the_flat_text_derives_from_the_computation() {
        let sim = terminated_early(Lang::En);
        let [balance, advance] = &operating(&sim, "2025-03-01")[..] else {
            panic!("a balance and an advance on 2025-03-01");
        };
        assert_eq!(
            advance.computation.formula,
            "0.75 × 75000.00 = 56250.00 € (rounded to the cent)"
        );
        assert_eq!(
            balance.computation.formula,
            "75000.00 − 56250.00 = 18750.00 € (the year's amount − the advance paid)"
        );
        assert_eq!(
            in_lang(Lang::En, || balance.in_words()),
            "75000.00 − 56250.00 = 18750.00 € (the year's amount − the advance paid) — The balance of the operating amount (the year's amount − the advance paid) is paid with the year's remuneration balance (ACI art. 9.1); its date is the option variable_delay_months"
        );
        // The JSON result keeps its `explanation` field: the same words.
        let json = in_lang(Lang::En, || serde_json::to_value(balance).unwrap());
        assert_eq!(
            json["explanation"],
            in_lang(Lang::En, || balance.in_words())
        );
        assert_eq!(json["computation"]["rule"], "paiement.fonctionnement.solde");
    }
}
