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
use crate::explain::{Fact, Step};
use crate::funding::{Engine, Item, YearFunding};
use crate::money;
use crate::options::{Options, ProrationUnit};
use crate::payments::{self, CashFlow, Part, PaymentOptions, Planned, Settlement};
use crate::text::Text;

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
    let mut inputs = vec![
        Fact::new("terminated", Text::from(date.to_string())),
        Fact::new("full_year_amount", Text::from(format!("{full_year} €"))),
    ];
    let mut kept_pro_rata = false;
    for p in planned {
        let mut paid = p.flow;
        let part = part_name(paid.part);
        if paid.date >= date {
            let what = part.replace('_', " ");
            not_paid.push(format!("{what} {} € due on {}", paid.amount, paid.date));
            continue;
        }
        let paid_text = format!(
            "{} € paid on {} ({}: {})",
            paid.amount, paid.date, paid.rule, paid.computation.formula
        );
        let Some((from, to)) = p.covers else {
            kept_pieces.push(paid.amount.to_string());
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
        let period = format!(
            "{from} to {} of {from} to {to} ({num} of {den} {unit_name})",
            date.min(to)
        );
        kept_pieces.push(format!("{} × {num}/{den} = {kept}", paid.amount));
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
                f.value = Text::from(format!(
                    "{item} = {full_year} € for the whole year, of which {kept} € kept after the termination on {date}"
                ));
            }
        }
        let repayment = (!back.is_zero()).then(|| {
            let mut computation = paid.computation.clone();
            computation.rule = "paiement.resiliation";
            computation.text = "Termination before term: the part of a payment made for time ahead that covers the time after the termination is repaid on the termination date (advances repaid pro rata temporis, Senate 2025)";
            computation.formula = Text::from(format!(
                "{kept} − {} = −{back} € (the part kept − the payment made)",
                paid.amount
            ));
            computation.parameters.clear();
            computation.inputs.retain(|f| f.name != "paid_on" && f.name != "anniversary");
            computation.inputs.push(Fact::new("terminated", Text::from(date.to_string())));
            computation.inputs.push(Fact::new(part, Text::from(paid_text)));
            computation.inputs.push(Fact::new("kept_for", Text::from(period)));
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
                explanation: format!(
                    "−({} − {kept}) = −{back} €: advance repaid pro rata temporis after termination on {date}",
                    paid.amount
                ),
                computation,
                cumulative: Decimal::ZERO,
            }
        });
        flows.push(paid);
        flows.extend(repayment);
    }
    let mut formula = match kept_pieces.as_slice() {
        [] => format!("{due} € (nothing was paid before the termination)"),
        [_] if !kept_pro_rata => format!("{due} € (kept)"),
        [one] => format!("{one} €"),
        many => format!("{} = {due} €", many.join(" + ")),
    };
    if !not_paid.is_empty() {
        formula.push_str(&format!("; not paid: {}", not_paid.join(", ")));
        inputs.push(Fact::new("not_paid", Text::from(not_paid.join(", "))));
    }
    let (rule, text) = if kept_pro_rata {
        (
            "resiliation.avance_conservee",
            "Contract terminated before term: a payment made for time ahead (an advance; the year-1 operating amount, paid in full at signature) is kept pro rata temporis, for its time before the termination, the rest repaid; the year's balances and variable part are not paid (advances repaid pro rata temporis, Senate 2025; the pro rata share of the year-1 operating amount is a library reading)",
        )
    } else if kept_pieces.is_empty() {
        (
            "resiliation.non_paye",
            "Contract terminated before term: the year's payments due on or after the termination (balances, the variable part, an advance at a mission start after it) are not paid",
        )
    } else {
        (
            "resiliation.montant_unique",
            "Contract terminated before term: an amount paid in full before the termination for no time ahead (the one-off avenant-2 uplift difference) is kept (library reading: it is not an advance)",
        )
    };
    Ok(SettledLine {
        due,
        step: Step {
            rule,
            text,
            formula: Text::from(formula),
            inputs,
        },
        flows,
    })
}

fn part_name(part: Part) -> &'static str {
    match part {
        Part::InFull => "payment_in_full",
        Part::Advance => "advance",
        Part::Balance => "balance",
        Part::Repayment => "repayment",
    }
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
        "a kept advance",
    )
}
