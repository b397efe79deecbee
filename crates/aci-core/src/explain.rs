//! Explanations: for every line, the rule applied, the inputs used, the parameter values read
//! with their source and status, and the options in force.
//!
//! Strings are [`Text`] and provenance an `Arc`: what many lines cite (the year's facts, the
//! options, the values read and their provenance) is shared, not copied into each line.

use std::borrow::Cow;
use std::sync::Arc;

use serde::Serialize;

use crate::provenance::{Provenance, Status};
use crate::rules::Parameter;
use crate::taille::Taille;
/// The strings explanations and provenance cite: short ones held inline, long ones shared, so
/// a line cites them without copying (cloning one copies 24 bytes or increments a count).
pub use smol_str::SmolStr as Text;

/// A named input or option value.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub name: Text,
    pub value: Text,
}

impl Fact {
    pub fn new(name: impl Into<Text>, value: impl Into<Text>) -> Fact {
        Fact {
            name: name.into(),
            value: value.into(),
        }
    }
}

/// A parameter value read for a line, with its provenance.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParamUse {
    /// The version that governs the year (or `"contract"` for the contract's own figures).
    pub version: Text,
    /// Rule-file key, or for contract figures the contract field.
    pub key: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taille: Option<Taille>,
    pub value: Text,
    // Shared by every line citing the same value.
    pub provenance: Arc<Provenance>,
}

impl ParamUse {
    /// A rule-data value read under `version` (shared: nothing is copied).
    pub(crate) fn from_rules(version: &Text, p: &Parameter) -> ParamUse {
        let (key, value, provenance) = p.cited();
        ParamUse {
            version: version.clone(),
            key,
            taille: p.taille,
            value,
            provenance,
        }
    }

    /// A figure of the contract itself, with [`ParamUse::contract_provenance`].
    pub(crate) fn from_contract(field: Text, value: Text, provenance: Arc<Provenance>) -> ParamUse {
        ParamUse {
            version: Text::from("contract"),
            key: field,
            taille: None,
            value,
            provenance,
        }
    }

    /// The provenance of a contract's own figures, under `clause` when they have one.
    pub(crate) fn contract_provenance(contract: &str, clause: Option<&str>) -> Provenance {
        Provenance {
            source: Text::new(contract),
            source_title: Text::new(format!("contract of {contract}")),
            url: None,
            article: clause.map(Text::new),
            status: Status::ThisContract,
            note: None,
        }
    }
}

/// One indicator's contribution to a variable part.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Component {
    pub indicator: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    pub rule: Text,
    /// The observation, or `None` when it is missing.
    pub observed: Option<Text>,
    pub amount: rust_decimal::Decimal,
}

/// A step applied after a line's yearly amount, with its own rule: the termination of the
/// contract before term turns the year's amount into what is due.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// Stable rule identifier, e.g. `resiliation.avance_conservee`.
    pub rule: &'static str,
    /// The rule in words, with its legal basis.
    pub text: &'static str,
    /// The arithmetic, from the amount before the step to the amount after it.
    pub formula: Text,
    pub inputs: Vec<Fact>,
}

/// Why a line (or a payment) is what it is.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// Stable rule identifier, e.g. `mission.part_fixe`.
    pub rule: &'static str,
    /// The rule in words, with its legal basis.
    pub text: &'static str,
    /// The arithmetic, with the numbers used.
    pub formula: Text,
    pub inputs: Vec<Fact>,
    pub parameters: Vec<ParamUse>,
    // The options the line depends on: usually a list shared by every line of its kind.
    pub options: Cow<'static, [Fact]>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<Component>,
    /// Steps applied after the amount above, in order; the last one gives the amount due.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
}

impl Explanation {
    /// The weakest status among the values read (None when no parameter was read).
    pub fn weakest_status(&self) -> Option<Status> {
        self.parameters.iter().map(|p| p.provenance.status).max()
    }
}

/// The explanation for people (`aci explain`), its words in the current language
/// ([`crate::wording`]); rule keys, fact names and parameter keys are identifiers.
impl std::fmt::Display for Explanation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::wording::{Amount, id, text};
        let rule = |rule: &str, words: &str| {
            text(id::EXPLANATION_RULE, &[("rule", &rule), ("text", &words)])
        };
        let input = |i: &Fact| {
            text(
                id::EXPLANATION_INPUT,
                &[("name", &i.name), ("value", &i.value)],
            )
        };
        writeln!(f, "{}", rule(self.rule, self.text))?;
        writeln!(f, "  = {}", self.formula)?;
        for i in &self.inputs {
            writeln!(f, "  {}", input(i))?;
        }
        for p in &self.parameters {
            let key = match p.taille {
                Some(t) => text(
                    id::EXPLANATION_KEY_TAILLE,
                    &[("key", &p.key), ("taille", &t)],
                ),
                None => p.key.to_string(),
            };
            let value = text(
                id::EXPLANATION_VALUE,
                &[
                    ("key", &key),
                    ("value", &p.value),
                    ("version", &p.version),
                    ("provenance", &p.provenance),
                ],
            );
            writeln!(f, "  {value}")?;
            if let Some(note) = &p.provenance.note {
                writeln!(
                    f,
                    "         {}",
                    text(id::EXPLANATION_NOTE, &[("note", note)])
                )?;
            }
        }
        for c in &self.components {
            let observed = match &c.observed {
                Some(o) => o.to_string(),
                None => text(id::EXPLANATION_MISSING, &[]),
            };
            let indicator = text(
                id::EXPLANATION_INDICATOR,
                &[
                    ("indicator", &c.indicator),
                    ("amount", &Amount(c.amount)),
                    ("observed", &observed),
                    ("rule", &c.rule),
                ],
            );
            writeln!(f, "  {indicator}")?;
        }
        for o in self.options.iter() {
            let option = text(
                id::EXPLANATION_OPTION,
                &[("name", &o.name), ("value", &o.value)],
            );
            writeln!(f, "  {option}")?;
        }
        for s in &self.steps {
            let then = text(id::EXPLANATION_THEN, &[("rule", &rule(s.rule, s.text))]);
            writeln!(f, "{then}")?;
            writeln!(f, "  = {}", s.formula)?;
            for i in &s.inputs {
                writeln!(f, "  {}", input(i))?;
            }
        }
        Ok(())
    }
}
