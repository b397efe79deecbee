//! Termination before term (scenario `terminated`): what is due for the contract year it ends,
//! line by line, and the payments that settle it.
//!
//! The rule (README, "termination"; advances repaid pro rata temporis, Senate 2025 [S]): of the
//! payments a line calls for ([`payments::plan_year`]), those dated before the termination are
//! made, the others (the year's balances and variable part, an advance at a mission start on or
//! after the termination) are not. A payment made for time ahead (an advance; the year-1
//! operating amount, paid in full at signature) is kept pro rata temporis, for the part of that
//! time before the termination, and the rest is repaid on the termination date; a payment for no
//! time ahead (the one-off uplift difference) is kept. What a line keeps is what is due for it:
//! [`settle`] sets the line's amount to it, with an explanation step, so the year's total, the
//! contract's total, every output and the accrual follow from this one computation, and the
//! payments it returns add up to it.
//!
//! ```
//! use aci_core::simulation::{Scenario, simulate};
//! use aci_core::RuleBook;
//! let scenario: Scenario = toml::from_str(r#"
//!     format = "aci-scenario/1"
//!     terminated = "2024-07-01"
//!     [contract]
//!     name = "CPTS exemple"
//!     signed = "2023-01-01"
//!     population = 100000
//!     [[contract.missions]]
//!     id = "prevention"
//!     start = "2023-01-01"
//! "#).unwrap();
//! let sim = simulate(RuleBook::shipped(), &scenario).unwrap();
//! // Year 2 ends on 2024-07-01, after 182 of its 366 days: each advance is kept for 182/366.
//! // Operating advance 0.75 × 75 000 = 56 250 → 27 971.31; prevention advance
//! // 0.75 × 17 500 = 13 125 → 6 526.64; the balances are not paid.
//! assert_eq!(sim.years[1].total.to_string(), "34497.95");
//! assert_eq!(sim.total_paid, sim.total_funding);
//! ```

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::calendar;
use crate::contract::Contract;
use crate::error::Result;
use crate::explain::Text;
use crate::explain::{Fact, Step};
use crate::funding::{Engine, Item, YearFunding};
use crate::money;
use crate::options::{Options, ProrationUnit};
use crate::payments::{self, CashFlow, Part, PaymentOptions, Planned, Settlement};
use crate::wording::{Amount, Day, id, text, words};

/// Settles contract year `year`, which the termination on `date` ends (`year.year.start < date <
/// year.year.end`): each applicable line's amount becomes what is due for it, explained by a
/// step, the year's total their sum; returns the payments of the year (those made before the
/// termination and the repayments), which add up to the new total.
pub fn settle(
    engine: &Engine,
    contract: &Contract,
    year: &mut YearFunding,
    date: Date,
    opts: PaymentOptions,
) -> Result<Settlement> {
    let plans = payments::plan_year(engine, contract, year, opts)?;
    let mut flows = Vec::new();
    for (item, planned) in plans {
        let Some(line) = year.lines.iter_mut().find(|l| l.item == item) else {
            continue;
        };
        let Some(full_year) = line.amount else {
            continue;
        };
        let settled = settle_line(item, full_year, planned, date, engine.options)?;
        line.amount = Some(settled.due);
        if let Some(e) = line.explanation.as_mut() {
            e.steps.push(settled.step);
        }
        flows.extend(settled.flows);
    }
    let mut total = money::ZERO;
    for l in &year.lines {
        if let Some(a) = l.amount {
            total = money::add(total, a, crate::wording::id::OVERFLOW_YEARLY_TOTAL)?;
        }
    }
    year.total = total;
    // Nothing variable is paid for the year: results it lacks no longer count.
    year.missing_inputs.clear();
    Ok(Settlement {
        contract_year: year.year.number,
        flows,
    })
}

/// One line settled: what is due, why, and its payments.
struct SettledLine {
    due: Decimal,
    step: Step,
    flows: Vec<CashFlow>,
}

fn settle_line(
    item: Item,
    full_year: Decimal,
    planned: Vec<Planned>,
    date: Date,
    options: Options,
) -> Result<SettledLine> {
    let unit = options.proration;
    let mut due = money::ZERO;
    let mut flows = Vec::new();
    let mut kept_pieces: Vec<String> = Vec::new();
    let mut not_paid: Vec<String> = Vec::new();
    let euros = |amount: Decimal| {
        Text::from(text(
            id::TERMINATION_FACT_AMOUNT,
            &[("amount", &Amount(amount))],
        ))
    };
    let mut inputs = vec![
        Fact::new("terminated", Text::from(Day(date).to_string())),
        Fact::new("full_year_amount", euros(full_year)),
    ];
    let mut kept_pro_rata = false;
    for p in planned {
        let mut paid = p.flow;
        let part = paid.part.key();
        if paid.date >= date {
            not_paid.push(text(
                id::TERMINATION_NOT_PAID,
                &[
                    ("part", &part),
                    ("amount", &Amount(paid.amount)),
                    ("date", &Day(paid.date)),
                ],
            ));
            continue;
        }
        let paid_text = text(
            id::TERMINATION_FACT_PAID,
            &[
                ("amount", &Amount(paid.amount)),
                ("date", &Day(paid.date)),
                ("rule", &paid.rule),
                ("formula", &paid.computation.formula),
            ],
        );
        let Some((from, to)) = p.covers else {
            kept_pieces.push(Amount(paid.amount).to_string());
            inputs.push(Fact::new(part, Text::from(paid_text)));
            due = money::add(
                due,
                paid.amount,
                crate::wording::id::OVERFLOW_LINE_AFTER_TERMINATION,
            )?;
            flows.push(paid);
            continue;
        };
        kept_pro_rata = true;
        let (num, den) = elapsed(from, date, to, unit);
        let kept = share(paid.amount, num, den)?;
        let unit_name = match unit {
            ProrationUnit::Days => "days",
            ProrationUnit::Months => "months",
        };
        let period = text(
            id::TERMINATION_FACT_KEPT_FOR,
            &[
                ("from", &Day(from)),
                ("until", &Day(date.min(to))),
                ("to", &Day(to)),
                ("elapsed", &num),
                ("length", &den),
                ("unit", &unit_name),
            ],
        );
        kept_pieces.push(format!(
            "{} × {num}/{den} = {}",
            Amount(paid.amount),
            Amount(kept)
        ));
        inputs.push(Fact::new(part, Text::from(paid_text.clone())));
        inputs.push(Fact::new("kept_for", Text::from(period.clone())));
        due = money::add(
            due,
            kept,
            crate::wording::id::OVERFLOW_LINE_AFTER_TERMINATION,
        )?;
        let back = paid.amount - kept;
        // The payment made is now explained as part of a year the termination ended.
        for f in paid.computation.inputs.iter_mut() {
            if f.name == "line" {
                f.value = Text::from(text(
                    id::TERMINATION_FACT_LINE,
                    &[
                        ("item", &item),
                        ("amount", &Amount(full_year)),
                        ("kept", &Amount(kept)),
                        ("date", &Day(date)),
                    ],
                ));
            }
        }
        let repayment = (!back.is_zero()).then(|| {
            let mut computation = paid.computation.clone();
            computation.rule = "paiement.resiliation";
            computation.text = words(id::PAYMENT_RULE_REPAYMENT);
            computation.formula = Text::from(text(
                id::PAYMENT_FORMULA_REPAYMENT,
                &[
                    ("kept", &Amount(kept)),
                    ("paid", &Amount(paid.amount)),
                    ("back", &Amount(back)),
                ],
            ));
            computation.parameters.clear();
            computation
                .inputs
                .retain(|f| f.name != "paid_on" && f.name != "anniversary");
            computation
                .inputs
                .push(Fact::new("terminated", Text::from(Day(date).to_string())));
            computation
                .inputs
                .push(Fact::new(part, Text::from(paid_text)));
            computation
                .inputs
                .push(Fact::new("kept_for", Text::from(period)));
            computation.options = std::borrow::Cow::Owned(
                options
                    .facts()
                    .filter(|(name, _)| *name == "proration")
                    .map(|(name, text)| Fact::new(name, text))
                    .collect(),
            );
            CashFlow {
                date,
                contract_year: paid.contract_year,
                flow: paid.flow,
                part: Part::Repayment,
                amount: -back,
                rule: "paiement.resiliation",
                computation,
                cumulative: Decimal::ZERO,
            }
        });
        flows.push(paid);
        flows.extend(repayment);
    }
    let due_text = Amount(due);
    let mut formula = match kept_pieces.as_slice() {
        [] => text(id::TERMINATION_FORMULA_NOTHING_PAID, &[("due", &due_text)]),
        [_] if !kept_pro_rata => text(id::TERMINATION_FORMULA_KEPT, &[("due", &due_text)]),
        [one] => text(id::TERMINATION_FORMULA_ONE, &[("pieces", one)]),
        many => text(
            id::TERMINATION_FORMULA_SUM,
            &[("pieces", &many.join(" + ")), ("due", &due_text)],
        ),
    };
    if !not_paid.is_empty() {
        let list = not_paid.join(", ");
        formula = text(
            id::TERMINATION_FORMULA_NOT_PAID,
            &[("formula", &formula), ("list", &list)],
        );
        inputs.push(Fact::new("not_paid", Text::from(list)));
    }
    let (rule, words_id) = if kept_pro_rata {
        (
            "resiliation.avance_conservee",
            id::TERMINATION_RULE_KEPT_PRO_RATA,
        )
    } else if kept_pieces.is_empty() {
        ("resiliation.non_paye", id::TERMINATION_RULE_NOT_PAID)
    } else {
        ("resiliation.montant_unique", id::TERMINATION_RULE_ONE_OFF)
    };
    Ok(SettledLine {
        due,
        step: Step {
            rule,
            text: words(words_id),
            formula: Text::from(formula),
            inputs,
        },
        flows,
    })
}

/// `(elapsed, length)` of `[from, to)` at `until`, in the proration unit.
fn elapsed(from: Date, until: Date, to: Date, unit: ProrationUnit) -> (i64, i64) {
    let until = until.min(to);
    match unit {
        ProrationUnit::Days => (calendar::days(from, until), calendar::days(from, to)),
        ProrationUnit::Months => (
            calendar::months(from, until),
            calendar::months(from, to).max(1),
        ),
    }
}

/// `amount × num ÷ den`, rounded to the cent once; the whole amount when the time is all kept.
fn share(amount: Decimal, num: i64, den: i64) -> Result<Decimal> {
    if den <= 0 || num >= den {
        return Ok(amount);
    }
    money::mul_div(
        amount,
        Decimal::from(num.max(0)),
        Decimal::from(den),
        id::OVERFLOW_KEPT_ADVANCE,
    )
}
