//! Yearly funding of a contract: the operating amount, each mission's fixed and variable part,
//! and the total, each line with its explanation.
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

use std::borrow::Cow;
use std::cell::OnceCell;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::calendar::{self, ContractYear};
use crate::contract::{Contract, Mission};
use crate::error::{Error, Result};
use crate::explain::{Component, Explanation, Fact, ParamUse};
use crate::indicator::Observation;
use crate::mission::{MissionId, MissionMap};
use crate::money::{self, round_to_cent};
use crate::options::{Envelopes, MissingObservation, Options, UpliftReading, VersionDate};
use crate::params::{MissionParam, ParamKey};
use crate::provenance::{Provenance, Status};
use crate::rules::{Parameter, RuleBook, Version};
use crate::serde_util;
use crate::taille::Taille;
use crate::text::{FastDate, FastDecimal, Piece, Text, Writer, text};
use crate::variable::{self, Achieved, VariableRule};

/// What was observed during a contract year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearResults {
    /// Indicator id → observation (`true`/`false`, or a value as a string).
    #[serde(default)]
    pub indicators: BTreeMap<String, Observation>,
    /// For a mission without indicators: its achievement share, 0 to 1.
    #[serde(default, deserialize_with = "de_rates")]
    pub missions: MissionMap<Decimal>,
    /// Whether the ARS recognised a serious health crisis during the year.
    #[serde(default)]
    pub crisis_recognised: bool,
}

fn de_rates<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<MissionMap<Decimal>, D::Error> {
    #[derive(Deserialize)]
    struct Rate(#[serde(deserialize_with = "serde_util::decimal")] Decimal);
    let raw: BTreeMap<MissionId, Rate> = BTreeMap::deserialize(d)?;
    Ok(raw.into_iter().map(|(k, v)| (k, v.0)).collect())
}

/// What a line pays for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Item {
    /// Operating amount (fonctionnement).
    Operating,
    /// One-off difference owed by the avenant-2 uplift to a contract signed before it.
    OperatingUpliftDifference,
    /// A mission's fixed part (moyens).
    Fixed(MissionId),
    /// A mission's variable part (actions et résultats).
    Variable(MissionId),
}

impl Item {
    /// Stable key: `fonctionnement`, `fonctionnement.difference_majoration`, `<mission>.fixe`,
    /// `<mission>.variable`.
    pub fn key(&self) -> String {
        match self {
            Item::Operating => "fonctionnement".into(),
            Item::OperatingUpliftDifference => "fonctionnement.difference_majoration".into(),
            Item::Fixed(m) => format!("{}.fixe", m.key()),
            Item::Variable(m) => format!("{}.variable", m.key()),
        }
    }

    /// Parses a key produced by [`Item::key`].
    pub fn parse(key: &str) -> Option<Item> {
        match key {
            "fonctionnement" => Some(Item::Operating),
            "fonctionnement.difference_majoration" => Some(Item::OperatingUpliftDifference),
            _ => {
                let (m, part) = key.rsplit_once('.')?;
                let m = MissionId::ALL.into_iter().find(|x| x.key() == m)?;
                match part {
                    "fixe" => Some(Item::Fixed(m)),
                    "variable" => Some(Item::Variable(m)),
                    _ => None,
                }
            }
        }
    }

    /// The line's name for people, in the current language ([`crate::wording`]):
    /// `Fonctionnement`, `Prévention — part fixe`, …
    pub fn label(&self) -> String {
        use crate::wording::{id, text};
        match self {
            Item::Operating => text(id::ITEM_OPERATING, &[]),
            Item::OperatingUpliftDifference => text(id::ITEM_OPERATING_UPLIFT_DIFFERENCE, &[]),
            Item::Fixed(m) => text(id::ITEM_FIXED, &[("mission", &m.label())]),
            Item::Variable(m) => text(id::ITEM_VARIABLE, &[("mission", &m.label())]),
        }
    }

    /// The mission, for mission lines.
    pub fn mission(&self) -> Option<MissionId> {
        match self {
            Item::Fixed(m) | Item::Variable(m) => Some(*m),
            _ => None,
        }
    }
}

impl std::fmt::Display for Item {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.key())
    }
}

impl Serialize for Item {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Why a line does not apply (distinct from a line that applies and pays 0 €).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotApplicable {
    /// The contract does not engage the mission.
    MissionNotEngaged,
    /// The mission is engaged but not running during this contract year.
    MissionNotActiveThisYear,
    /// The mission does not exist in the version governing this year.
    MissionNotInVersion,
}

/// One line of a yearly breakdown.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub item: Item,
    /// The amount due, or `None` when the line does not apply.
    pub amount: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_applicable: Option<NotApplicable>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// Boxed: a line without explanation (the fast path) stays small to build and move.
    pub explanation: Option<Box<Explanation>>,
}

/// Something worth a look that does not stop the computation.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// An engaged mission does not exist in the version governing the year: nothing is due.
    MissionNotInVersion { mission: MissionId, version: String },
    /// A line's envelope is an indicative estimate (`envelopes = "estimate"`), not a national
    /// amount: its value and the low–high range of the method (docs/estimate.md).
    EstimatedEnvelope {
        item: Item,
        envelope: Decimal,
        low: Decimal,
        high: Decimal,
        taille: Taille,
        version: String,
    },
    /// The total exceeds the known maximum yearly total for the taille.
    AboveCeiling {
        total: Decimal,
        ceiling: Decimal,
        taille: Taille,
        version: String,
    },
}

/// The warning in words, in the current language ([`crate::wording`]); a simulation's list
/// prefixes it with its year.
impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::wording::{Amount, id, text};
        let words = match self {
            Warning::MissionNotInVersion { mission, version } => text(
                id::YEAR_WARNING_MISSION_NOT_IN_VERSION,
                &[("mission", mission), ("version", version)],
            ),
            Warning::EstimatedEnvelope {
                item,
                envelope,
                low,
                high,
                taille,
                version,
            } => text(
                id::YEAR_WARNING_ESTIMATED_ENVELOPE,
                &[
                    ("item", item),
                    ("taille", taille),
                    ("version", version),
                    ("envelope", &Amount(*envelope)),
                    ("tag", &Status::Estimate.tag()),
                    ("low", &Amount(*low)),
                    ("high", &Amount(*high)),
                ],
            ),
            Warning::AboveCeiling {
                total,
                ceiling,
                taille,
                version,
            } => text(
                id::YEAR_WARNING_ABOVE_CEILING,
                &[
                    ("total", &Amount(*total)),
                    ("taille", taille),
                    ("version", version),
                    ("ceiling", &Amount(*ceiling)),
                ],
            ),
        };
        f.write_str(&words)
    }
}

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

/// What the explained lines of a year cite: formatted once per year, then shared by each line
/// (cloning a [`Text`] copies nothing).
struct YearTexts {
    version: Text,
    year_facts: [Fact; 3],
    /// The provenance of the contract's own figures without a clause, then with the clause of
    /// each mission (by index) and of the operating amount (last), built on first use.
    contract: Arc<Provenance>,
    clauses: [OnceCell<Arc<Provenance>>; MissionId::ALL.len() + 1],
    /// Every option as explanations cite it: each line takes those it depends on.
    options: Vec<Fact>,
}

impl YearContext<'_> {
    fn texts(&self) -> &YearTexts {
        self.texts.get_or_init(|| YearTexts {
            version: Text::shared(&self.version.id),
            year_facts: [
                Fact::new(
                    "contract_year",
                    Text::shared(&text!(
                        self.cy.number,
                        " (",
                        FastDate(self.cy.start),
                        " to ",
                        FastDate(self.cy.end),
                        ")"
                    )),
                ),
                Fact::new("version", Text::shared(&self.version.id)),
                Fact::new("taille", taille_text(self.taille)),
            ],
            contract: Arc::new(ParamUse::contract_provenance(&self.contract.name, None)),
            clauses: Default::default(),
            options: self
                .options
                .facts()
                .map(|(name, text)| Fact::new(name, Text::shared(&text)))
                .collect(),
        })
    }

    fn rule_use(&self, p: &Parameter) -> ParamUse {
        ParamUse::from_rules(&self.texts().version, p)
    }

    /// A figure of the contract: of `mission`, or the operating amount when `None`.
    fn contract_use(&self, mission: Option<MissionId>, field: Text, value: Decimal) -> ParamUse {
        let texts = self.texts();
        let clause = match mission {
            Some(m) => self.contract.mission(m).and_then(|m| m.clause.as_deref()),
            None => self.contract.operating_clause.as_deref(),
        };
        let provenance = match clause {
            None => texts.contract.clone(),
            Some(clause) => texts.clauses[mission.map_or(MissionId::ALL.len(), MissionId::index)]
                .get_or_init(|| {
                    Arc::new(Provenance {
                        article: Some(Text::shared(clause)),
                        ..(*texts.contract).clone()
                    })
                })
                .clone(),
        };
        ParamUse::from_contract(field, FastDecimal(value).text(), provenance)
    }

    /// The options a kind of line depends on, as the line's explanation cites them.
    fn option_facts(&self, line: Depends) -> Cow<'static, [Fact]> {
        Cow::Owned(
            self.texts()
                .options
                .iter()
                .filter(|f| line.names().contains(&f.name.as_str()))
                .cloned()
                .collect(),
        )
    }

    /// The year's facts, with room for `more` facts of the line.
    fn inputs(&self, more: usize) -> Vec<Fact> {
        let year = &self.texts().year_facts;
        let mut inputs = Vec::with_capacity(year.len() + more);
        inputs.extend_from_slice(year);
        inputs
    }

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

/// The pieces of a variable part's explanation gathered while it is computed.
struct Why {
    inputs: Vec<Fact>,
    components: Vec<Component>,
    formula: Text,
}

/// An input a year needed but did not get (it counted as 0 €): shown as `missions.<mission>`
/// or `indicators.<id>`, the field of [`YearResults`] it is missing from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingInput<'a> {
    /// The achievement share of a mission without indicators.
    MissionShare(MissionId),
    /// The observation of an indicator, by id.
    Indicator(&'a str),
}

impl std::fmt::Display for MissingInput<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MissingInput::MissionShare(m) => write!(f, "missions.{m}"),
            MissingInput::Indicator(id) => write!(f, "indicators.{id}"),
        }
    }
}

/// Receives a year's breakdown as it is computed, from [`Engine::year_into`]: what
/// [`YearFunding`] holds, without building it (a batch writes the lines into its own output,
/// and the year allocates nothing).
pub trait YearSink {
    /// One line, in breakdown order: `amount` is `None` exactly when `not_applicable` says why.
    fn line(&mut self, item: Item, amount: Option<Decimal>, not_applicable: Option<NotApplicable>);

    /// An input the computation needed but did not get (it counted as 0 €).
    fn missing_input(&mut self, input: MissingInput<'_>) {
        let _ = input;
    }

    /// Something worth a look that does not stop the computation.
    fn warning(&mut self, warning: Warning) {
        let _ = warning;
    }
}

/// What a computation does with its lines besides summing them: keep them ([`Collect`],
/// [`Engine::year`]), drop them ([`Discard`], [`Engine::year_total`]) or hand them on
/// ([`Forward`], [`Engine::year_into`]). One implementation per kind, so each path compiles
/// to code that does only its own work.
trait Output {
    /// Whether warnings are kept (the ceiling is looked up only then).
    const WARNS: bool;
    fn line(&mut self, line: Line);
    fn missing(&mut self, input: MissingInput<'_>);
    fn warn(&mut self, warning: Warning);
}

/// What [`Engine::year`] keeps besides the total.
struct Collect {
    lines: Vec<Line>,
    missing_inputs: Vec<String>,
    warnings: Vec<Warning>,
}

impl Output for Collect {
    const WARNS: bool = true;
    #[inline(always)]
    fn line(&mut self, line: Line) {
        self.lines.push(line);
    }
    fn missing(&mut self, input: MissingInput<'_>) {
        self.missing_inputs.push(input.to_string());
    }
    fn warn(&mut self, warning: Warning) {
        self.warnings.push(warning);
    }
}

/// [`Engine::year_total`] keeps nothing but the total.
struct Discard;

impl Output for Discard {
    const WARNS: bool = false;
    #[inline(always)]
    fn line(&mut self, _: Line) {}
    fn missing(&mut self, _: MissingInput<'_>) {}
    fn warn(&mut self, _: Warning) {}
}

/// [`Engine::year_into`] hands everything to the caller's [`YearSink`].
struct Forward<'s, S: ?Sized>(&'s mut S);

impl<S: YearSink + ?Sized> Output for Forward<'_, S> {
    const WARNS: bool = true;
    #[inline(always)]
    fn line(&mut self, line: Line) {
        self.0.line(line.item, line.amount, line.not_applicable);
    }
    fn missing(&mut self, input: MissingInput<'_>) {
        self.0.missing_input(input);
    }
    fn warn(&mut self, warning: Warning) {
        self.0.warning(warning);
    }
}

/// Where lines go: summed always, then to the computation's [`Output`].
struct Sink<'o, O> {
    /// The sum of the lines so far; `None` once it overflows.
    total: Option<Decimal>,
    out: &'o mut O,
}

impl<O: Output> Sink<'_, O> {
    // Inlined so a line is not copied into the call (a `Line` is about 200 bytes).
    #[inline(always)]
    fn line(&mut self, line: Line) {
        if let Some(a) = line.amount {
            self.total = self.total.and_then(|t| t.checked_add(a));
        }
        self.out.line(line);
    }

    fn missing(&mut self, input: MissingInput<'_>) {
        self.out.missing(input);
    }

    /// Records a warning; it is only built when it is kept.
    fn warn(&mut self, warning: impl FnOnce() -> Warning) {
        if O::WARNS {
            self.out.warn(warning());
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
            contract: Text::shared(&contract.name),
            year: head.year,
            version: Text::shared(&head.version.id),
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

    // ---- operating amount ------------------------------------------------------------------

    fn operating_lines<O: Output>(&self, ctx: &YearContext, lines: &mut Sink<O>) -> Result<()> {
        let c = ctx.contract;
        if let Some(amount) = c.operating_amount {
            let amount = round_to_cent(amount);
            let explanation = ctx.explain.then(|| Explanation {
                rule: "fonctionnement.contrat",
                text: "Operating amount stated by the contract itself (overrides the national scale); year 1 is paid in full at signature, later years 75 % in advance at the anniversary (ACI art. 9.1)",
                formula: text!(FastDecimal(amount), " € (contract)"),
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
            inputs.push(Fact::new("signed", FastDate(c.signed).text()));
            match uplift {
                Some((_, up_p, cutoff_p)) => {
                    parameters.push(ctx.rule_use(up_p));
                    parameters.extend(cutoff_p.map(|p| ctx.rule_use(p)));
                    inputs.push(Fact::new("uplift", "eligible (signed by the cut-off date)"));
                }
                // The version has an uplift the contract is not eligible for: say why.
                None if v.get(ParamKey::OperatingUplifted, Some(ctx.taille)).is_some() => {
                    parameters.extend(v.get(ParamKey::UpliftSignedBy, None).map(|p| ctx.rule_use(p)));
                    inputs.push(Fact::new("uplift", "not eligible (signed after the cut-off date)"));
                }
                None => {}
            }
            let formula = if used_uplift {
                text!(FastDecimal(amount), " € (operating amount raised by 75 %, taille ", ctx.taille.number(), ")")
            } else {
                text!(FastDecimal(amount), " € (operating amount, taille ", ctx.taille.number(), ")")
            };
            Explanation {
                rule: if used_uplift { "fonctionnement.majore" } else { "fonctionnement.annuel" },
                text: if year1 {
                    "Operating amount (ACI art. 8) due before missions start: paid in full at signature (ACI art. 9.1)"
                } else {
                    "Yearly operating amount (ACI art. 8), paid from mission start at each anniversary: 75 % advance, balance with the year's remuneration balance (ACI art. 9.1)"
                },
                formula,
                inputs,
                parameters,
                options: ctx.option_facts(if uplift.is_some() { Depends::OperatingUplift } else { Depends::Operating }),
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
                        text: "Avenant 2: CPTS that signed before it (and by the cut-off date) receive the difference between the raised pre-mission operating amount and the one they were paid at signature",
                        formula: text!(FastDecimal(up_first), " − ", FastDecimal(paid), " = ", FastDecimal(diff), " € (taille ", first_taille.number(), " at signature)"),
                        inputs: {
                            let mut i = ctx.inputs(2);
                            i.push(Fact::new("signed", FastDate(c.signed).text()));
                            i.push(Fact::new("taille_at_signature", taille_text(first_taille)));
                            i
                        },
                        parameters: vec![ParamUse::from_rules(&Text::shared(&first_v.id), paid_p), ctx.rule_use(up_first_p)],
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

    // ---- fixed part ------------------------------------------------------------------------

    fn fixed_line<O: Output>(
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
                crate::options::ProrationUnit::Days => "days",
                crate::options::ProrationUnit::Months => "months",
            };
            let mut inputs = ctx.inputs(3);
            inputs.push(Fact::new("mission_start", FastDate(m.start).text()));
            if let Some(end) = m.end {
                inputs.push(Fact::new("mission_end", FastDate(end).text()));
            }
            inputs.push(Fact::new("active", text!(FastDate(from), " to ", FastDate(to), " (", num, " of ", den, " ", unit, ")")));
            let parameters = vec![match source {
                Ok(p) => ctx.rule_use(p),
                Err((field, a)) => ctx.contract_use(Some(m.id), mission_field(m.id, field), a),
            }];
            Explanation {
                rule: "mission.part_fixe",
                text: "Fixed part (moyens) of the mission for the contract year, prorated to the time the mission is active (ACI contrat type art. 6.2: 75 % advance from the mission's start, prorated to the next anniversary)",
                formula: if num == den {
                    text!(FastDecimal(amount), " € (full year)")
                } else {
                    text!(FastDecimal(envelope), " × ", num, "/", den, " = ", FastDecimal(amount), " € (cumulative rounding to the cent)")
                },
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

    // ---- variable part ---------------------------------------------------------------------

    fn variable_line<O: Output>(
        &self,
        ctx: &YearContext,
        m: &Mission,
        results: &YearResults,
        observed: &Observed,
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
        let (rule, text, amount);
        let variable_rule = VariableRule::of(m);
        if variable_rule == VariableRule::Crisis {
            rule = "mission.crise_reconnue";
            text = "Variable part of the crisis mission: paid only when the ARS recognises a serious health crisis during the year (avenant 2)";
            amount = earned(if results.crisis_recognised {
                Achieved::Envelope
            } else {
                Achieved::Nothing
            })?;
            if let Some(why) = why.as_mut() {
                let recognised = if results.crisis_recognised {
                    why.formula = text!(FastDecimal(amount), " € (crisis recognised)");
                    "true"
                } else {
                    why.formula = "0.00 € (no crisis recognised)".into();
                    "false"
                };
                why.inputs.push(Fact::new("crisis_recognised", recognised));
            }
        } else if variable_rule == VariableRule::Indicators {
            rule = "mission.part_variable.indicateurs";
            text = "Variable part (actions et résultats): each indicator of the contract pays its amount according to its rule; the mission's total is capped at its variable envelope";
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
                let obs = observed.get(m, i);
                let paid = match obs {
                    Some(o) => ind.pay(o)?,
                    None => self.missing_input(MissingInput::Indicator(&ind.id), sink)?,
                };
                sum = sum.and_then(|s| s.checked_add(paid));
                if let Some(why) = why.as_mut() {
                    why.components.push(Component {
                        indicator: Text::shared(&ind.id),
                        label: ind.label.as_deref().map(Text::shared),
                        rule: ind.rule_text(),
                        observed: obs.map(observed_text),
                        amount: paid,
                    });
                }
            }
            let sum =
                sum.ok_or_else(|| Error::overflow(crate::wording::id::OVERFLOW_VARIABLE_PART))?;
            amount = earned(Achieved::Indicators(sum))?;
            if let Some(why) = why.as_mut() {
                let mut f = Writer::default();
                for (i, c) in why.components.iter().enumerate() {
                    if i > 0 {
                        " + ".push_to(&mut f);
                    }
                    FastDecimal(c.amount).push_to(&mut f);
                }
                " = ".push_to(&mut f);
                FastDecimal(amount).push_to(&mut f);
                " €".push_to(&mut f);
                why.formula = f.finish();
            }
        } else {
            rule = "mission.part_variable.taux";
            text = "Variable part (actions et résultats) without indicators in the contract: the envelope times the mission's achievement share (0 to 1) for the year";
            match results.missions.get(&m.id) {
                Some(&share) => {
                    amount = earned(Achieved::Share(share))?;
                    let env = envelope.map_or(Decimal::ZERO, |(a, _)| a);
                    if let Some(why) = why.as_mut() {
                        why.formula = text!(
                            FastDecimal(env),
                            " × ",
                            FastDecimal(share),
                            " = ",
                            FastDecimal(amount),
                            " €"
                        );
                        why.inputs.push(Fact::new(
                            mission_field(m.id, Field::Share),
                            FastDecimal(share).text(),
                        ));
                    }
                }
                None => {
                    self.missing_input(MissingInput::MissionShare(m.id), sink)?;
                    amount = earned(Achieved::Nothing)?;
                    if let Some(why) = why.as_mut() {
                        why.formula = "0.00 € (no achievement reported)".into();
                    }
                }
            }
        }
        let (amount, fraction) = variable::prorated(&self.options, &ctx.cy, m, amount)?;
        if let Some((num, den)) = fraction
            && let Some(why) = why.as_mut()
        {
            why.formula = text!(
                "(",
                why.formula.as_str(),
                ") × ",
                num,
                "/",
                den,
                " = ",
                FastDecimal(amount),
                " €"
            );
        }
        let explanation = why.map(|why| Explanation {
            rule,
            text,
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

impl Engine<'_> {
    /// A result the computation needs but did not get: 0 € and listed (`results.<field>`), or an
    /// error, per the `missing_observation` option.
    fn missing_input<O: Output>(
        &self,
        input: MissingInput<'_>,
        sink: &mut Sink<O>,
    ) -> Result<Decimal> {
        if self.options.missing_observation == MissingObservation::Error {
            return Err(Error::out_of_range(
                format!("results.{input}"),
                crate::wording::text(crate::wording::id::VALUE_MISSING, &[]),
                crate::wording::text(crate::wording::id::ALLOWED_EVERY_RESULT, &[]),
            ));
        }
        sink.missing(input);
        Ok(money::ZERO)
    }
}

/// An estimated envelope is never used silently: the line's year carries a warning with it.
fn warn_if_estimated<O: Output>(ctx: &YearContext, item: Item, p: &Parameter, sink: &mut Sink<O>) {
    if let (Status::Estimate, Some(envelope), Some((low, high))) =
        (p.provenance.status, p.decimal(), p.estimate_range())
    {
        sink.warn(|| Warning::EstimatedEnvelope {
            item,
            envelope,
            low,
            high,
            taille: ctx.taille,
            version: ctx.version.id.clone(),
        });
    }
}

/// The kinds of line, by the options their explanation cites.
#[derive(Clone, Copy)]
enum Depends {
    Operating,
    OperatingUplift,
    UpliftDifference,
    Fixed,
    Variable,
}

impl Depends {
    fn names(self) -> &'static [&'static str] {
        match self {
            Depends::Operating => &["boundary", "version_date"],
            Depends::OperatingUplift => &["uplift", "boundary", "version_date"],
            Depends::UpliftDifference => &["uplift", "version_date"],
            Depends::Fixed => &["proration", "boundary", "version_date", "envelopes"],
            Depends::Variable => &[
                "prorate_variable",
                "missing_observation",
                "boundary",
                "version_date",
                "envelopes",
            ],
        }
    }
}

/// A contract field an explanation cites for a mission.
#[derive(Clone, Copy)]
enum Field {
    /// The achievement share in the results (`missions.<id>`).
    Share,
    Fixed,
    FixedFirstYear,
    Variable,
}

/// `missions.<id>`, `missions.<id>.fixed`, …: formatted once per process, then cited as
/// literals.
fn mission_field(m: MissionId, field: Field) -> Text {
    static NAMES: OnceLock<Vec<[String; 4]>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        MissionId::ALL
            .iter()
            .map(|m| {
                ["", ".fixed", ".fixed_first_year", ".variable"].map(|f| format!("missions.{m}{f}"))
            })
            .collect()
    });
    Text::from(names[m.index()][field as usize].as_str())
}

/// The taille as text without formatting it (same as its `Display`).
fn taille_text(t: Taille) -> Text {
    Text::from(["1", "2", "3", "4"][t.index()])
}

/// An observation as its `Display` text; a deliverable's is a literal.
fn observed_text(o: &Observation) -> Text {
    match o {
        Observation::Done(true) => Text::from("done"),
        Observation::Done(false) => Text::from("not done"),
        Observation::Value(v) => FastDecimal(*v).text(),
    }
}

fn operating_base(v: &Version, taille: Taille) -> Result<(Decimal, &Parameter)> {
    v.decimal(ParamKey::OperatingAnnual, Some(taille))
        .ok_or_else(|| Error::MissingParameter {
            parameter: ParamKey::OperatingAnnual.to_string(),
            taille: taille.to_string(),
            version: v.id.clone(),
            hint: crate::wording::text(crate::wording::id::HINT_OPERATING_AMOUNT, &[]),
        })
}

/// The first indicators of a contract (all of them, in real contracts) get their observations
/// by position; any others by a search of the results.
const INLINE_INDICATORS: usize = 32;

/// The year's observation of each of the contract's indicators, matched once.
struct Observed<'r> {
    /// By position (see [`Mission`]'s `first_indicator`), with the id it was reported under.
    by_position: [Option<(&'r str, &'r Observation)>; INLINE_INDICATORS],
    results: &'r YearResults,
}

impl<'r> Observed<'r> {
    fn new(results: &'r YearResults) -> Observed<'r> {
        Observed {
            by_position: [None; INLINE_INDICATORS],
            results,
        }
    }

    fn get(&self, m: &Mission, index_in_mission: usize) -> Option<&'r Observation> {
        let id = &m.indicators[index_in_mission].id;
        // The position is a hint checked against the id: a contract whose public fields were
        // edited after it was checked still reads each indicator's own observation.
        let hint = self
            .by_position
            .get(m.first_indicator + index_in_mission)
            .copied()
            .flatten();
        match hint {
            Some((key, obs)) if key == id => Some(obs),
            _ => self.results.indicators.get(id),
        }
    }
}

/// Results must name only the contract's indicators and engaged missions without indicators.
/// Fills `observed` with the observations matched to the contract's indicators (filled in place:
/// it is a few hundred bytes).
fn check_results<'r>(
    contract: &Contract,
    engaged_missions: &MissionMap<&Mission>,
    results: &'r YearResults,
    observed: &mut Observed<'r>,
) -> Result<()> {
    // Both sides are sorted by id: one merge walk instead of a search per result, which also
    // finds each indicator's observation.
    let mut known = contract.indicator_positions();
    let mut next = known.next();
    for (id, obs) in &results.indicators {
        loop {
            match next.map(|(k, position)| (k.cmp(id.as_str()), position)) {
                Some((Ordering::Less, _)) => next = known.next(),
                Some((Ordering::Equal, position)) => {
                    if let Some(slot) = observed.by_position.get_mut(position) {
                        *slot = Some((id.as_str(), obs));
                    }
                    next = known.next();
                    break;
                }
                // Past it in the sorted ids: the contract does not have it, and the check
                // reports it.
                _ => {
                    contract.check_indicator(id)?;
                    break;
                }
            }
        }
    }
    for (&mission, &share) in &results.missions {
        // Built only for an error: this runs on every year of the fast path.
        let field = || format!("results.missions.{mission}");
        match engaged_missions.get(&mission) {
            None => {
                return Err(Error::out_of_range(
                    field(),
                    share,
                    crate::wording::text(crate::wording::id::ALLOWED_ENGAGED_MISSIONS, &[]),
                ));
            }
            Some(m) if !m.indicators.is_empty() => {
                return Err(Error::ObservationKind {
                    indicator: field(),
                    expected: crate::wording::text(
                        crate::wording::id::EXPECTED_MISSION_INDICATORS,
                        &[],
                    ),
                    got: crate::wording::text(crate::wording::id::GOT_MISSION_SHARE, &[]),
                });
            }
            Some(_) if !money::within(share, Decimal::ONE) => {
                let allowed = crate::wording::text(
                    crate::wording::id::ALLOWED_RANGE,
                    &[("min", &0), ("max", &1)],
                );
                return Err(Error::out_of_range(field(), share, allowed));
            }
            Some(_) => {}
        }
    }
    Ok(())
}
