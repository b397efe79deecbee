//! The wording of a year's explanations: the rule of each line in words, its arithmetic and the
//! facts it cites, all from the catalogue ([`crate::wording`], ids `funding-…`) in the current
//! language, with amounts as [`wording::Amount`] and dates as [`wording::Day`]. Fact names and
//! rule keys are identifiers and stay as they are.
//!
//! What every explained line of a year cites (the year's facts, the options, the provenance of
//! the contract's figures) is written once per year in [`YearTexts`] and shared; messages
//! without arguments (the rules in words) once per language and process ([`wording::words`]).

use std::borrow::Cow;
use std::fmt::Display;
use std::sync::{Arc, OnceLock};

use rust_decimal::Decimal;
use smol_str::ToSmolStr;

use super::YearContext;
use crate::explain::{Fact, ParamUse, Text};
use crate::indicator::Observation;
use crate::mission::MissionId;
use crate::provenance::Provenance;
use crate::rules::Parameter;
use crate::taille::Taille;
use crate::wording::{self, Day, Lang, id};

/// Message `id` in the current language, as an explanation cites it.
pub(super) fn say(id: &str, args: &[(&str, &dyn Display)]) -> Text {
    Text::from(wording::text(id, args))
}

/// A day as explanations cite it (the current language's form).
pub(super) fn day(d: jiff::civil::Date) -> Text {
    Day(d).to_smolstr()
}

/// A number that is not an amount (a share, an observed value) in the current language:
/// `0.85` in English, as its `Display`; `0,85` in French.
pub(super) fn number(d: Decimal) -> Text {
    let text = d.to_smolstr();
    match wording::current() {
        Lang::Fr => text.replace('.', ",").into(),
        _ => text,
    }
}

/// The taille as a fact cites it.
pub(super) fn taille(t: Taille) -> Text {
    t.to_smolstr()
}

/// An observation as a component cites it: a deliverable done or not, in words; a value as a
/// number.
pub(super) fn observed(o: &Observation) -> Text {
    match o {
        Observation::Done(true) => Text::new(wording::words(id::FUNDING_OBSERVED_DONE)),
        Observation::Done(false) => Text::new(wording::words(id::FUNDING_OBSERVED_NOT_DONE)),
        Observation::Value(v) => number(*v),
    }
}

/// What the explained lines of a year cite: written once per year, then shared by each line
/// (cloning a [`Text`] copies at most 24 bytes).
pub(super) struct YearTexts {
    version: Text,
    year_facts: [Fact; 3],
    /// The provenance of the contract's own figures without a clause, then with the clause of
    /// each mission (by index) and of the operating amount (last), built on first use.
    contract: Arc<Provenance>,
    clauses: [std::cell::OnceCell<Arc<Provenance>>; MissionId::ALL.len() + 1],
    /// Every option as explanations cite it: each line takes those it depends on.
    options: Vec<Fact>,
}

impl YearContext<'_> {
    fn texts(&self) -> &YearTexts {
        self.texts.get_or_init(|| {
            let year = say(
                id::FUNDING_CONTRACT_YEAR,
                &[
                    ("year", &self.cy.number),
                    ("start", &Day(self.cy.start)),
                    ("end", &Day(self.cy.end)),
                ],
            );
            YearTexts {
                version: Text::new(&self.version.id),
                year_facts: [
                    Fact::new("contract_year", year),
                    Fact::new("version", Text::new(&self.version.id)),
                    Fact::new("taille", taille(self.taille)),
                ],
                contract: Arc::new(ParamUse::contract_provenance(&self.contract.name, None)),
                clauses: Default::default(),
                options: self
                    .options
                    .facts()
                    .map(|(name, text)| Fact::new(name, text))
                    .collect(),
            }
        })
    }

    /// A value of the rule data read for the line.
    pub(super) fn rule_use(&self, p: &Parameter) -> ParamUse {
        ParamUse::from_rules(&self.texts().version, p)
    }

    /// A figure of the contract: of `mission`, or the operating amount when `None`.
    pub(super) fn contract_use(
        &self,
        mission: Option<MissionId>,
        field: Text,
        value: Decimal,
    ) -> ParamUse {
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
                        article: Some(Text::new(clause)),
                        ..(*texts.contract).clone()
                    })
                })
                .clone(),
        };
        ParamUse::from_contract(field, value.to_smolstr(), provenance)
    }

    /// The options a kind of line depends on, as the line's explanation cites them.
    pub(super) fn option_facts(&self, line: Depends) -> Cow<'static, [Fact]> {
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
    pub(super) fn inputs(&self, more: usize) -> Vec<Fact> {
        let year = &self.texts().year_facts;
        let mut inputs = Vec::with_capacity(year.len() + more);
        inputs.extend_from_slice(year);
        inputs
    }
}

/// The kinds of line, by the options their explanation cites.
#[derive(Clone, Copy)]
pub(super) enum Depends {
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
pub(super) enum Field {
    /// The achievement share in the results (`missions.<id>`).
    Share,
    Fixed,
    FixedFirstYear,
    Variable,
}

/// `missions.<id>`, `missions.<id>.fixed`, …: written once per process, then cited.
pub(super) fn mission_field(m: MissionId, field: Field) -> Text {
    static NAMES: OnceLock<Vec<[Text; 4]>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        MissionId::ALL
            .iter()
            .map(|m| {
                ["", ".fixed", ".fixed_first_year", ".variable"]
                    .map(|f| Text::from(format!("missions.{m}{f}")))
            })
            .collect()
    });
    names[m.index()][field as usize].clone()
}
