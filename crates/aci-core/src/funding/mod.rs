//! Yearly funding of a contract: the operating amount, each mission's fixed and variable part,
//! and the total, each line with its explanation.
//!
//! One file per concept: the year loop here; the lines and their keys (`line.rs`), the year's
//! results (`results.rs`), the operating, fixed and variable lines (`operating.rs`, `fixed.rs`,
//! `variable.rs`), the wording of their explanations (`explanation.rs`), where the lines go
//! (`sink.rs`) and the year's warnings (`warning.rs`).
//!
//! ```
//! use aci_core::{Engine, RuleBook, Options, contract::{Contract, ContractSpec}, funding::YearResults};
//! let spec: ContractSpec = toml::from_str(r#"
//!     name = "CPTS exemple"
//!     signed = "2023-01-01"
//!     population = 100000
//!     [[missions]]
//!     id = "prevention"
//!     start = "2023-01-01"
//! "#).unwrap();
//! let contract = Contract::new(spec).unwrap();
//! let engine = Engine::new(RuleBook::shipped(), Options::default());
//! let results = YearResults::default();
//! let year = engine.year(&contract, 2, &results, true).unwrap();
//! // Taille 3 under avenant 2: 75 000 € operating + 17 500 € prevention fixed part.
//! assert_eq!(year.total.to_string(), "92500.00");
//! let sum: rust_decimal::Decimal = year.lines.iter().filter_map(|l| l.amount).sum();
//! assert_eq!(sum, year.total);
//! ```

use std::cell::OnceCell;
use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::calendar::ContractYear;
use crate::contract::Contract;
use crate::error::{Error, Result};
use crate::explain::Text;
use crate::mission::MissionId;
use crate::money;
use crate::options::{Envelopes, Options, VersionDate};
use crate::params::{MissionParam, ParamKey};
use crate::rules::{RuleBook, Version};
use crate::taille::Taille;

mod explanation;
mod fixed;
mod line;
mod operating;
mod results;
mod sink;
mod variable;
mod warning;

use explanation::YearTexts;
pub use line::{Item, Line, NotApplicable};
pub use results::{MissingInput, YearResults};
use results::{Observed, check_results};
pub use sink::YearSink;
use sink::{Collect, Discard, Forward, Output, Sink};
pub use warning::Warning;

/// The funding of one contract year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearFunding {
    /// The contract's name ([`Text`]: held inline when short, so a year costs no copy of it).
    pub contract: Text,
    pub year: ContractYear,
    pub version: Text,
    pub population: u64,
    pub taille: Taille,
    pub lines: Vec<Line>,
    /// Sum of the applicable lines, to the cent.
    pub total: Decimal,
    /// Inputs the computation needed but did not get (they counted as 0 €).
    pub missing_inputs: Vec<String>,
    pub warnings: Vec<Warning>,
    /// The options used.
    pub options: Options,
}

impl YearFunding {
    /// The line for an item.
    pub fn line(&self, item: Item) -> Option<&Line> {
        self.lines.iter().find(|l| l.item == item)
    }

    /// The amount of an item (`None` when absent or not applicable).
    pub fn amount(&self, item: Item) -> Option<Decimal> {
        self.line(item).and_then(|l| l.amount)
    }
}

/// Computes funding under a rule book and a set of options.
#[derive(Debug, Clone, Copy)]
pub struct Engine<'r> {
    pub rules: &'r RuleBook,
    pub options: Options,
}

/// Everything fixed for one contract year, shared by its lines.
struct YearContext<'a> {
    contract: &'a Contract,
    cy: ContractYear,
    version: &'a Version,
    taille: Taille,
    explain: bool,
    options: &'a Options,
    /// Explanation pieces shared by every line of the year, built on first use.
    texts: OnceCell<YearTexts>,
}

impl YearContext<'_> {
    fn missing_mission_amount(
        &self,
        mission: MissionId,
        param: MissionParam,
        field: &str,
    ) -> Error {
        Error::MissingMissionAmount {
            parameter: ParamKey::Mission(mission, param).to_string(),
            mission,
            taille: self.taille,
            version: self.version.id.clone(),
            contract_field: field.into(),
        }
    }
}

/// The year-level facts of a computed year: what a [`YearFunding`] holds besides its lines,
/// missing inputs and warnings ([`Engine::year_into`]).
#[derive(Debug, Clone, Copy)]
pub struct YearSummary<'r> {
    pub year: ContractYear,
    /// The version governing the year.
    pub version: &'r Version,
    pub population: u64,
    pub taille: Taille,
    /// Sum of the applicable lines, to the cent.
    pub total: Decimal,
}

impl<'r> Engine<'r> {
    /// An engine over `rules`. With `options.envelopes = Estimate` it computes over
    /// [`RuleBook::estimated`]; over a book that is already an estimate, that option is set, so
    /// explanations always say so.
    pub fn new(rules: &'r RuleBook, options: Options) -> Self {
        let options = if rules.is_estimate() {
            Options {
                envelopes: Envelopes::Estimate,
                ..options
            }
        } else {
            options
        };
        let rules = match options.envelopes {
            Envelopes::Estimate => rules.estimated(),
            Envelopes::RuleData => rules,
        };
        Engine { rules, options }
    }

    /// The number of years of the contract (its own, or the rule data's default).
    pub fn contract_years(&self, contract: &Contract) -> Result<u32> {
        match contract.years {
            Some(y) => Ok(y),
            None => Ok(self.rules.version_at(contract.signed)?.contract_years()),
        }
    }

    /// The version governing a contract year, per the `version_date` option.
    pub fn version_for(&self, cy: &ContractYear) -> Result<&'r Version> {
        let date = match self.options.version_date {
            VersionDate::YearStart => cy.start,
            VersionDate::YearEnd => cy.end.yesterday().unwrap_or(cy.start),
        };
        self.rules.version_at(date)
    }

    /// The taille of the contract during a contract year: from the population in force on the
    /// first day of the year.
    pub fn taille_for(
        &self,
        contract: &Contract,
        cy: &ContractYear,
        version: &Version,
    ) -> (u64, Taille) {
        let population = contract.population_on(cy.start);
        (
            population,
            version
                .thresholds()
                .classify(population, self.options.boundary),
        )
    }

    /// The funding of contract year `year` (1-based). With `explain`, every line carries its
    /// explanation; without it, nothing but the amounts is built.
    pub fn year(
        &self,
        contract: &Contract,
        year: u32,
        results: &YearResults,
        explain: bool,
    ) -> Result<YearFunding> {
        let mut out = Collect {
            lines: Vec::with_capacity(2 + 2 * MissionId::ALL.len()),
            missing_inputs: Vec::new(),
            warnings: Vec::new(),
        };
        let head = self.compute(contract, year, results, explain, &mut out)?;
        Ok(YearFunding {
            contract: Text::new(&contract.name),
            year: head.year,
            version: Text::new(&head.version.id),
            population: head.population,
            taille: head.taille,
            lines: out.lines,
            total: head.total,
            missing_inputs: out.missing_inputs,
            warnings: out.warnings,
            options: self.options,
        })
    }

    /// The total of contract year `year`, without building lines, warnings or explanations: the
    /// allocation-free fast path for batches and simulations. Always equal to
    /// `self.year(contract, year, results, false)?.total`, and fails exactly when it fails.
    ///
    /// ```
    /// use aci_core::{Engine, RuleBook, Options, contract::{Contract, ContractSpec}, funding::YearResults};
    /// let spec: ContractSpec = toml::from_str(r#"
    ///     name = "CPTS exemple"
    ///     signed = "2023-01-01"
    ///     population = 100000
    ///     [[missions]]
    ///     id = "prevention"
    ///     start = "2023-01-01"
    /// "#).unwrap();
    /// let contract = Contract::new(spec).unwrap();
    /// let engine = Engine::new(RuleBook::shipped(), Options::default());
    /// let results = YearResults::default();
    /// let total = engine.year_total(&contract, 2, &results).unwrap();
    /// assert_eq!(total, engine.year(&contract, 2, &results, false).unwrap().total);
    /// ```
    pub fn year_total(
        &self,
        contract: &Contract,
        year: u32,
        results: &YearResults,
    ) -> Result<Decimal> {
        Ok(self
            .compute(contract, year, results, false, &mut Discard)?
            .total)
    }

    /// Contract year `year` without explanation, its lines, missing inputs and warnings handed
    /// to `sink` as they are computed (in the order of [`YearFunding`]'s), nothing allocated:
    /// the path for batches writing their own output. The summary and what `sink` received
    /// equal [`Engine::year`]`(contract, year, results, false)`'s; on an error, `sink` may
    /// already have received some lines of the year, which the caller discards.
    ///
    /// ```
    /// use aci_core::{Engine, RuleBook, Options, contract::{Contract, ContractSpec}};
    /// use aci_core::funding::{Item, NotApplicable, YearResults, YearSink};
    /// use rust_decimal::Decimal;
    /// let spec: ContractSpec = toml::from_str(r#"
    ///     name = "CPTS exemple"
    ///     signed = "2023-01-01"
    ///     population = 100000
    ///     [[missions]]
    ///     id = "prevention"
    ///     start = "2023-01-01"
    /// "#).unwrap();
    /// let contract = Contract::new(spec).unwrap();
    /// let engine = Engine::new(RuleBook::shipped(), Options::default());
    ///
    /// struct Printed(Vec<String>);
    /// impl YearSink for Printed {
    ///     fn line(&mut self, item: Item, amount: Option<Decimal>, _: Option<NotApplicable>) {
    ///         self.0.push(format!("{item}: {}", amount.map_or("n/a".into(), |a| a.to_string())));
    ///     }
    /// }
    /// let mut printed = Printed(Vec::new());
    /// let year = engine.year_into(&contract, 2, &YearResults::default(), &mut printed).unwrap();
    /// assert_eq!(year.total.to_string(), "92500.00");
    /// assert_eq!(printed.0[0], "fonctionnement: 75000.00");
    /// assert!(printed.0.contains(&"prevention.variable: 0.00".to_string()));
    /// ```
    pub fn year_into<S: YearSink + ?Sized>(
        &self,
        contract: &Contract,
        year: u32,
        results: &YearResults,
        sink: &mut S,
    ) -> Result<YearSummary<'r>> {
        self.compute(contract, year, results, false, &mut Forward(sink))
    }

    /// The one computation behind [`Engine::year`], [`Engine::year_total`] and
    /// [`Engine::year_into`]: lines are computed in breakdown order, summed as they come and
    /// given to `out` with the missing inputs and warnings.
    fn compute<O: Output>(
        &self,
        contract: &Contract,
        year: u32,
        results: &YearResults,
        explain: bool,
        out: &mut O,
    ) -> Result<YearSummary<'r>> {
        let years = self.contract_years(contract)?;
        if year == 0 || year > years {
            return Err(Error::YearOutOfRange { year, years });
        }
        let cy = ContractYear::of(contract.signed, year)?;
        let version = self.version_for(&cy)?;
        let (population, taille) = self.taille_for(contract, &cy, version);
        let mut observed = Observed::new(results);
        let engaged_missions = contract.missions_by_id();
        check_results(contract, &engaged_missions, results, &mut observed)?;
        let ctx = YearContext {
            contract,
            cy,
            version,
            taille,
            explain,
            options: &self.options,
            texts: OnceCell::new(),
        };
        let mut sink = Sink {
            total: Some(money::ZERO),
            out,
        };

        self.operating_lines(&ctx, &mut sink)?;
        for mission in MissionId::ALL {
            let in_version = version.mission(mission).is_some();
            let engaged = engaged_missions.get(&mission).copied();
            let reason = match engaged {
                None if !in_version => continue,
                None => Some(NotApplicable::MissionNotEngaged),
                Some(m) if ctx.cy.clip(m.start, m.end).is_none() => {
                    Some(NotApplicable::MissionNotActiveThisYear)
                }
                Some(_) if !in_version => {
                    sink.warn(|| Warning::MissionNotInVersion {
                        mission,
                        version: version.id.clone(),
                    });
                    Some(NotApplicable::MissionNotInVersion)
                }
                Some(_) => None,
            };
            match (reason, engaged) {
                (None, Some(m)) => {
                    // Each line goes straight into the sink: a `Result<Line>` returned through
                    // memory was read back before it was fully written (a store-forwarding stall).
                    self.fixed_line(&ctx, m, &mut sink)?;
                    self.variable_line(&ctx, m, results, &observed, &mut sink)?;
                }
                (reason, _) => {
                    for item in [Item::Fixed(mission), Item::Variable(mission)] {
                        sink.line(Line {
                            item,
                            amount: None,
                            not_applicable: reason,
                            explanation: None,
                        });
                    }
                }
            }
        }
        // Lines are summed as they come, but an overflow is reported only once every line is
        // computed, so a line's own error wins as it always has.
        let total = sink
            .total
            .ok_or_else(|| Error::overflow(crate::wording::id::OVERFLOW_YEARLY_TOTAL))?;
        if O::WARNS
            && let Some((ceiling, _)) = version.decimal(ParamKey::MaxYearlyTotal, Some(taille))
            && total > ceiling
        {
            sink.out.warn(Warning::AboveCeiling {
                total,
                ceiling,
                taille,
                version: version.id.clone(),
            });
        }
        Ok(YearSummary {
            year: cy,
            version,
            population,
            taille,
            total,
        })
    }

    /// Every year of the contract, with the results of each (missing years count as no results).
    pub fn all_years(
        &self,
        contract: &Contract,
        results: &BTreeMap<u32, YearResults>,
        explain: bool,
    ) -> Result<Vec<YearFunding>> {
        let empty = YearResults::default();
        (1..=self.contract_years(contract)?)
            .map(|y| self.year(contract, y, results.get(&y).unwrap_or(&empty), explain))
            .collect()
    }
}
