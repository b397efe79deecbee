//! Multi-year simulation of a CPTS: a scenario (contract, yearly results, dates) in; funding per
//! contract year and per calendar year, the payment calendar, cumulative cash and warnings out.
//!
//! ```
//! use aci_core::simulation::{Scenario, simulate};
//! use aci_core::RuleBook;
//! let scenario: Scenario = toml::from_str(r#"
//!     format = "aci-scenario/1"
//!     [contract]
//!     name = "CPTS exemple"
//!     signed = "2023-01-01"
//!     population = 100000
//!     [[contract.missions]]
//!     id = "prevention"
//!     start = "2023-07-01"
//!     [[years]]
//!     year = 1
//!     missions = { prevention = "1" }
//! "#).unwrap();
//! let sim = simulate(RuleBook::shipped(), &scenario).unwrap();
//! assert_eq!(sim.years.len(), 5);
//! let paid: rust_decimal::Decimal = sim.flows.iter().map(|f| f.amount).sum();
//! assert_eq!(paid, sim.total_paid);
//! ```

use std::collections::BTreeMap;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::calendar::{self, ContractYear};
use crate::contract::{Contract, ContractSpec};
use crate::error::{Error, Result};
use crate::explain::Text;
use crate::funding::{Engine, Warning as YearWarning, YearFunding, YearResults};
use crate::mission::MissionId;
use crate::money::{self, round_to_cent};
use crate::options::Options;
use crate::params::{MissionParam, ParamKey};
use crate::payments::{self, CashFlow, PaymentOptions};
use crate::provenance::Status;
use crate::rules::RuleBook;
use crate::serde_util;
use crate::taille::Taille;
use crate::termination;
use crate::wording;

/// The scenario format tag.
pub const SCENARIO_FORMAT: &str = "aci-scenario/1";
/// The result format tag.
pub const RESULT_FORMAT: &str = "aci-result/1";

/// What is expected during one contract year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct YearPlan {
    /// Contract year, 1-based.
    pub year: u32,
    #[serde(flatten)]
    pub results: YearResults,
}

/// The fields a year of a scenario accepts (for the message about any other).
const YEAR_PLAN_FIELDS: [&str; 4] = ["year", "indicators", "missions", "crisis_recognised"];

// serde ignores unknown fields next to a flattened struct (`deny_unknown_fields` does not work
// with `flatten`): a misspelt `crisis = true` would be dropped silently. The fields left over
// after the year and its results are taken are an error instead.
impl<'de> Deserialize<'de> for YearPlan {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Fields {
            year: u32,
            #[serde(flatten)]
            results: YearResults,
            #[serde(flatten)]
            other: BTreeMap<String, serde::de::IgnoredAny>,
        }
        let f = Fields::deserialize(d)?;
        match f.other.into_keys().next() {
            Some(field) => Err(serde::de::Error::unknown_field(&field, &YEAR_PLAN_FIELDS)),
            None => Ok(YearPlan {
                year: f.year,
                results: f.results,
            }),
        }
    }
}

/// A CPTS over its contract: the input of a simulation.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Must be `"aci-scenario/1"`.
    pub format: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub contract: ContractSpec,
    /// Date the ARS validates the lettre d'intention (avenant 2 pays an amount then).
    #[serde(
        default,
        deserialize_with = "serde_util::opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub letter_of_intent: Option<Date>,
    /// Termination before term: advances of the year under way are repaid pro rata temporis.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub terminated: Option<Date>,
    #[serde(default)]
    pub options: Options,
    #[serde(default)]
    pub payments: PaymentOptions,
    /// Expected results per contract year (a year not listed has no results: variable parts 0 €).
    #[serde(default)]
    pub years: Vec<YearPlan>,
}

/// Something a promoter or a CPAM should look at.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SimWarning {
    /// A mandatory mission starts later than the ACI calendar allows.
    MissionStartsLate {
        mission: MissionId,
        start: Date,
        deadline: Date,
        months: u32,
    },
    /// A mission is deployed later than the ACI calendar allows.
    MissionDeployedLate {
        mission: MissionId,
        deployed: Date,
        deadline: Date,
        months: u32,
    },
    /// A mission mandatory in the version governing a year is not engaged.
    MandatoryMissionMissing {
        mission: MissionId,
        version: String,
        from_year: u32,
    },
    /// The computation relies on a value that is not primary text.
    NotPrimaryText {
        key: String,
        taille: Option<Taille>,
        version: String,
        status: Status,
        years: Vec<u32>,
        /// For a value of a national table the user supplied: the file and the cell.
        #[serde(skip_serializing_if = "Option::is_none")]
        source: Option<String>,
    },
    /// A national mission amount is an indicative estimate (`envelopes = "estimate"`), not the
    /// national table: once per envelope, with its range and the years that used it.
    EstimatedEnvelope {
        item: crate::funding::Item,
        taille: Taille,
        version: String,
        envelope: Decimal,
        low: Decimal,
        high: Decimal,
        years: Vec<u32>,
    },
    /// A year's own warning.
    Year { year: u32, warning: YearWarning },
    /// Inputs a year needed but did not get (counted as 0 €).
    MissingInputs { year: u32, inputs: Vec<String> },
    /// A lettre d'intention date under a version without a lettre d'intention amount.
    NoLetterOfIntentAmount { date: Date, version: String },
    /// The contract ends before term.
    Terminated { date: Date, repaid: Decimal },
}

/// The warning in words, in the current language ([`crate::wording`]).
impl std::fmt::Display for SimWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::wording::{Amount, Day, id, text};
        let years_list = |years: &[u32]| {
            years
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let yes_no = |given: bool| if given { "yes" } else { "no" };
        let words = match self {
            SimWarning::MissionStartsLate {
                mission,
                start,
                deadline,
                months,
            } => text(
                id::WARNING_MISSION_STARTS_LATE,
                &[
                    ("mission", mission),
                    ("start", &Day(*start)),
                    ("deadline", &Day(*deadline)),
                    ("months", months),
                ],
            ),
            SimWarning::MissionDeployedLate {
                mission,
                deployed,
                deadline,
                months,
            } => text(
                id::WARNING_MISSION_DEPLOYED_LATE,
                &[
                    ("mission", mission),
                    ("deployed", &Day(*deployed)),
                    ("deadline", &Day(*deadline)),
                    ("months", months),
                ],
            ),
            SimWarning::MandatoryMissionMissing {
                mission,
                version,
                from_year,
            } => text(
                id::WARNING_MANDATORY_MISSION_MISSING,
                &[
                    ("mission", mission),
                    ("version", version),
                    ("from_year", from_year),
                ],
            ),
            SimWarning::NotPrimaryText {
                key,
                taille,
                version,
                status,
                years,
                source,
            } => text(
                id::WARNING_NOT_PRIMARY_TEXT,
                &[
                    ("key", key),
                    ("has_taille", &yes_no(taille.is_some())),
                    ("taille", &taille.map(|t| t.to_string()).unwrap_or_default()),
                    ("version", version),
                    ("status", status),
                    ("tag", &status.tag()),
                    ("has_source", &yes_no(source.is_some())),
                    ("source", &source.as_deref().unwrap_or_default()),
                    ("years", &years_list(years)),
                ],
            ),
            SimWarning::EstimatedEnvelope {
                item,
                taille,
                version,
                envelope,
                low,
                high,
                years,
            } => text(
                id::WARNING_ESTIMATED_ENVELOPE,
                &[
                    ("item", item),
                    ("taille", taille),
                    ("version", version),
                    ("envelope", &Amount(*envelope)),
                    ("tag", &Status::Estimate.tag()),
                    ("low", &Amount(*low)),
                    ("high", &Amount(*high)),
                    ("years", &years_list(years)),
                ],
            ),
            SimWarning::Year { year, warning } => {
                text(id::WARNING_IN_YEAR, &[("year", year), ("warning", warning)])
            }
            SimWarning::MissingInputs { year, inputs } => text(
                id::WARNING_MISSING_INPUTS,
                &[("year", year), ("inputs", &inputs.join(", "))],
            ),
            SimWarning::NoLetterOfIntentAmount { date, version } => text(
                id::WARNING_NO_LETTER_OF_INTENT_AMOUNT,
                &[("date", &Day(*date)), ("version", version)],
            ),
            SimWarning::Terminated { date, repaid } => text(
                id::WARNING_TERMINATED,
                &[("date", &Day(*date)), ("repaid", &Amount(*repaid))],
            ),
        };
        f.write_str(&words)
    }
}

/// Money of one calendar year (the association's accounts).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CalendarYear {
    pub year: i16,
    /// Payments dated in the year (net of repayments).
    pub paid: Decimal,
    /// Funding earned in the year: each contract year's total spread over its days, plus the
    /// lettre d'intention on its date.
    pub accrued: Decimal,
    /// Cash received since the start, at the end of the year.
    pub cumulative_paid: Decimal,
}

/// The result of a simulation.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Simulation {
    pub format: &'static str,
    pub title: Option<String>,
    pub contract: String,
    pub signed: Date,
    /// The termination date, when the contract ends before term.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terminated: Option<Date>,
    pub options: Options,
    pub payments: PaymentOptions,
    /// Funding per contract year, each line explained.
    pub years: Vec<YearFunding>,
    /// Every payment, in date order, with cumulative cash.
    pub flows: Vec<CashFlow>,
    pub calendar_years: Vec<CalendarYear>,
    /// Sum of the contract years' totals.
    pub total_funding: Decimal,
    /// Sum of the payments (lettre d'intention included, repayments deducted).
    pub total_paid: Decimal,
    pub warnings: Vec<SimWarning>,
}

impl Simulation {
    /// The payments made on `date`, of `flow` only when given (a flow can be paid twice on one
    /// date: a year's balance and the next year's advance), in calendar order.
    pub fn payments_on(&self, date: Date, flow: Option<payments::Flow>) -> Vec<&CashFlow> {
        self.flows
            .iter()
            .filter(|f| f.date == date && flow.is_none_or(|x| f.flow == x))
            .collect()
    }
}

/// What a year number of a scenario may be, with what year 1 is: `1 to 5 (contract years from
/// the signature: year = 1 runs from 2023-01-15 to 2024-01-15)`.
pub fn years_allowed(signed: Date, n_years: u32) -> String {
    match calendar::add_years(signed, 1) {
        Ok(anniversary) => crate::wording::text(
            crate::wording::id::ALLOWED_CONTRACT_YEARS,
            &[
                ("years", &n_years),
                ("signed", &wording::Day(signed)),
                ("anniversary", &wording::Day(anniversary)),
            ],
        ),
        Err(_) => crate::wording::text(
            crate::wording::id::ALLOWED_RANGE,
            &[("min", &1), ("max", &n_years)],
        ),
    }
}

/// Runs a scenario.
pub fn simulate(rules: &RuleBook, scenario: &Scenario) -> Result<Simulation> {
    if scenario.format != SCENARIO_FORMAT {
        return Err(Error::out_of_range(
            "format",
            format!("\"{}\"", scenario.format),
            format!("\"{SCENARIO_FORMAT}\""),
        ));
    }
    let contract = Contract::new(scenario.contract.clone())?;
    let engine = Engine::new(rules, scenario.options);
    let n_years = engine.contract_years(&contract)?;
    let mut plans: BTreeMap<u32, &YearResults> = BTreeMap::new();
    for (i, p) in scenario.years.iter().enumerate() {
        if p.year == 0 || p.year > n_years {
            return Err(Error::out_of_range(
                format!("years[{i}].year"),
                p.year,
                years_allowed(contract.signed, n_years),
            ));
        }
        if plans.insert(p.year, &p.results).is_some() {
            return Err(Error::Duplicate {
                field: "years.year".into(),
                name: p.year.to_string(),
            });
        }
    }
    let terminated = scenario
        .terminated
        .map(|t| check_termination(&contract, n_years, t))
        .transpose()?;
    // The last year with days before termination (a termination on an anniversary ends the
    // contract with the year before, which runs to term).
    let last_year = match terminated {
        Some(t) => (1..=n_years)
            .find(|&n| {
                ContractYear::of(contract.signed, n).is_ok_and(|y| y.start < t && t <= y.end)
            })
            .unwrap_or(n_years),
        None => n_years,
    };
    let empty = YearResults::default();
    let mut years: Vec<YearFunding> = (1..=last_year)
        .map(|n| engine.year(&contract, n, plans.get(&n).copied().unwrap_or(&empty), true))
        .collect::<Result<_>>()?;
    // A termination inside a year: the year is settled (what is due, line by line).
    let settlement = match (terminated, years.last_mut()) {
        (Some(t), Some(y)) if y.year.start < t && t < y.year.end => Some(termination::settle(
            &engine,
            &contract,
            y,
            t,
            scenario.payments,
        )?),
        _ => None,
    };
    let flows = payments::schedule(
        &engine,
        &contract,
        &years,
        scenario.letter_of_intent,
        settlement.as_ref(),
        scenario.payments,
    )?;

    let mut total_funding = Decimal::ZERO;
    for y in &years {
        total_funding = money::add(
            total_funding,
            y.total,
            crate::wording::id::OVERFLOW_CONTRACT_TOTAL,
        )?;
    }
    let total_paid = flows.last().map_or(Decimal::ZERO, |f| f.cumulative);
    let calendar_years = calendar_years(&years, &flows, terminated)?;
    let warnings = warnings(&engine, &contract, &years, scenario, &flows)?;
    Ok(Simulation {
        format: RESULT_FORMAT,
        title: scenario.title.clone(),
        contract: contract.name.clone(),
        signed: contract.signed,
        terminated,
        options: engine.options,
        payments: scenario.payments,
        years,
        flows,
        calendar_years,
        total_funding,
        total_paid,
        warnings,
    })
}

/// A termination date must fall after the signature and no later than the end of the contract's
/// last year (on that day it changes nothing).
fn check_termination(contract: &Contract, n_years: u32, t: Date) -> Result<Date> {
    let end = ContractYear::of(contract.signed, n_years)?.end;
    if t <= contract.signed || t > end {
        return Err(Error::out_of_range(
            "terminated",
            t,
            crate::wording::text(
                crate::wording::id::ALLOWED_TERMINATED,
                &[
                    ("signed", &wording::Day(contract.signed)),
                    ("end", &wording::Day(end)),
                ],
            ),
        ));
    }
    Ok(t)
}

/// Paid and accrued money per calendar year.
fn calendar_years(
    years: &[YearFunding],
    flows: &[CashFlow],
    terminated: Option<Date>,
) -> Result<Vec<CalendarYear>> {
    let mut paid: BTreeMap<i16, Decimal> = BTreeMap::new();
    let mut accrued: BTreeMap<i16, Decimal> = BTreeMap::new();
    for f in flows {
        *paid.entry(f.date.year()).or_default() += f.amount;
        if f.contract_year.is_none() {
            *accrued.entry(f.date.year()).or_default() += f.amount;
        }
    }
    for y in years {
        // Spread the year's total over its days with cumulative rounding: pieces add up exactly.
        // A year a termination ends earns its total before the termination, nothing after it.
        let cy = ContractYear {
            end: terminated
                .filter(|t| y.year.start < *t && *t < y.year.end)
                .unwrap_or(y.year.end),
            ..y.year
        };
        let mut cut = cy.start;
        while cut < cy.end {
            let next_jan = Date::new(cut.year() + 1, 1, 1).map_err(|_| {
                Error::out_of_range(
                    "date",
                    cut,
                    crate::wording::text(crate::wording::id::ALLOWED_DATES_UP_TO_9999, &[]),
                )
            })?;
            let to = next_jan.min(cy.end);
            let piece =
                calendar::prorate(y.total, &cy, cut, to, crate::options::ProrationUnit::Days)?;
            *accrued.entry(cut.year()).or_default() += piece;
            cut = to;
        }
    }
    let years: std::collections::BTreeSet<i16> =
        paid.keys().chain(accrued.keys()).copied().collect();
    let mut cumulative = Decimal::ZERO;
    Ok(years
        .into_iter()
        .map(|year| {
            let p = round_to_cent(paid.get(&year).copied().unwrap_or_default());
            cumulative += p;
            CalendarYear {
                year,
                paid: p,
                accrued: round_to_cent(accrued.get(&year).copied().unwrap_or_default()),
                cumulative_paid: cumulative,
            }
        })
        .collect())
}

fn warnings(
    engine: &Engine,
    contract: &Contract,
    years: &[YearFunding],
    scenario: &Scenario,
    flows: &[CashFlow],
) -> Result<Vec<SimWarning>> {
    let mut out = Vec::new();
    // The ACI calendar, read in the version in force at signature (crisis: avenant 2).
    for m in &contract.missions {
        let v = years
            .iter()
            .find(|y| {
                engine
                    .rules
                    .version(&y.version)
                    .is_some_and(|v| v.mission(m.id).is_some())
            })
            .and_then(|y| engine.rules.version(&y.version));
        let Some(v) = v else { continue };
        if v.mission(m.id) != Some(true) {
            continue;
        }
        let months = |p: MissionParam| {
            v.decimal(ParamKey::Mission(m.id, p), None)
                .and_then(|(d, _)| rust_decimal::prelude::ToPrimitive::to_u32(&d))
        };
        if let Some(limit) = months(MissionParam::StartWithinMonths) {
            let deadline = calendar::add_months(contract.signed, limit)?;
            if m.start > deadline {
                out.push(SimWarning::MissionStartsLate {
                    mission: m.id,
                    start: m.start,
                    deadline,
                    months: limit,
                });
            }
        }
        if let (Some(limit), Some(deployed)) =
            (months(MissionParam::DeployedWithinMonths), m.deployed)
        {
            let deadline = calendar::add_months(contract.signed, limit)?;
            if deployed > deadline {
                out.push(SimWarning::MissionDeployedLate {
                    mission: m.id,
                    deployed,
                    deadline,
                    months: limit,
                });
            }
        }
    }
    let mut reported = std::collections::BTreeSet::new();
    for y in years {
        let Some(v) = engine.rules.version(&y.version) else {
            continue;
        };
        for m in v.missions() {
            if v.mission(m) == Some(true) && contract.mission(m).is_none() && reported.insert(m) {
                out.push(SimWarning::MandatoryMissionMissing {
                    mission: m,
                    version: v.id.clone(),
                    from_year: y.year.number,
                });
            }
        }
    }
    if let Some(date) = scenario.letter_of_intent
        && !flows.iter().any(|f| f.contract_year.is_none())
    {
        out.push(SimWarning::NoLetterOfIntentAmount {
            date,
            version: engine.rules.version_at(date)?.id.clone(),
        });
    }
    // Values that are not primary text, each once with the years that used it.
    // (key, taille, version) → (status, years using it)
    // Estimates have their own warning (below), with their range.
    type Cited = BTreeMap<(Text, Option<Taille>, Text), (Status, Option<String>, Vec<u32>)>;
    let mut weak: Cited = BTreeMap::new();
    for y in years {
        for e in y.lines.iter().filter_map(|l| l.explanation.as_ref()) {
            for p in &e.parameters {
                let s = p.provenance.status;
                if matches!(s, Status::Primary | Status::ThisContract | Status::Estimate) {
                    continue;
                }
                let source = (s == Status::UserTable).then(|| {
                    let mut at = p.provenance.source.to_string();
                    if let Some(a) = &p.provenance.article {
                        at = format!("{at}, {a}");
                    }
                    at
                });
                let entry = weak
                    .entry((p.key.clone(), p.taille, p.version.clone()))
                    .or_insert((s, source, vec![]));
                if entry.2.last() != Some(&y.year.number) {
                    entry.2.push(y.year.number);
                }
            }
        }
    }
    for ((key, taille, version), (status, source, yrs)) in weak {
        out.push(SimWarning::NotPrimaryText {
            key: key.into(),
            taille,
            version: version.into(),
            status,
            years: yrs,
            source,
        });
    }
    // Each estimated envelope once, with the years that used it.
    type Estimated =
        BTreeMap<(crate::funding::Item, Taille, String, Decimal), (Decimal, Decimal, Vec<u32>)>;
    let mut estimated: Estimated = BTreeMap::new();
    for y in years {
        for w in &y.warnings {
            if let YearWarning::EstimatedEnvelope {
                item,
                envelope,
                low,
                high,
                taille,
                version,
            } = w
            {
                let entry = estimated
                    .entry((*item, *taille, version.clone(), *envelope))
                    .or_insert((*low, *high, vec![]));
                if entry.2.last() != Some(&y.year.number) {
                    entry.2.push(y.year.number);
                }
            }
        }
    }
    for ((item, taille, version, envelope), (low, high, yrs)) in estimated {
        out.push(SimWarning::EstimatedEnvelope {
            item,
            taille,
            version,
            envelope,
            low,
            high,
            years: yrs,
        });
    }
    for y in years {
        for w in &y.warnings {
            if matches!(w, YearWarning::EstimatedEnvelope { .. }) {
                continue;
            }
            out.push(SimWarning::Year {
                year: y.year.number,
                warning: w.clone(),
            });
        }
        if !y.missing_inputs.is_empty() {
            out.push(SimWarning::MissingInputs {
                year: y.year.number,
                inputs: y.missing_inputs.clone(),
            });
        }
    }
    if let Some(date) = scenario.terminated {
        let repaid: Decimal = flows
            .iter()
            .filter(|f| f.amount < Decimal::ZERO)
            .map(|f| -f.amount)
            .sum();
        out.push(SimWarning::Terminated { date, repaid });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::years_allowed;
    use crate::wording::{Lang, in_lang};
    use jiff::civil::date;

    #[test]
    fn what_a_year_may_be_is_said_in_each_language() {
        let signed = date(2023, 1, 15);
        assert_eq!(
            in_lang(Lang::En, || years_allowed(signed, 5)),
            "1 to 5 (contract years from the signature: year = 1 runs from 2023-01-15 to 2024-01-15)"
        );
        assert_eq!(
            in_lang(Lang::Fr, || years_allowed(signed, 5)),
            "de 1 à 5 (années de contrat comptées depuis la signature : year = 1 va du 15/01/2023 au 15/01/2024)"
        );
    }
}
