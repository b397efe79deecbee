//! Versioned rule data with provenance: the agreement versions and their parameter values.
//!
//! The shipped data (`rules/aci-cpts.toml`) is embedded in the crate; a CPAM can load its own
//! corrected or extended file with [`RuleBook::from_toml_str`] or [`RuleBook::from_path`], in the
//! same format, without a rebuild.
//!
//! ```
//! use aci_core::rules::RuleBook;
//! let rules = RuleBook::shipped();
//! let v = rules.version_at("2023-01-01".parse().unwrap()).unwrap();
//! assert_eq!(v.id, "avenant-2");
//! assert!(rules.version_at("2019-01-01".parse().unwrap()).is_err());
//! ```

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use jiff::civil::Date;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::explain::Text;
use crate::mission::MissionId;
use crate::money::{self, MAX_AMOUNT};
use crate::params::{Kind, MissionParam, ParamKey};
use crate::provenance::{Provenance, Source, Status};
use crate::serde_util;
use crate::taille::{Taille, Thresholds};
use crate::wording::Lang;

/// The format tag the rule file must carry.
pub const FORMAT: &str = "aci-rules/1";

/// The shipped rule file, as text.
pub const SHIPPED_TOML: &str = include_str!("../rules/aci-cpts.toml");

/// A parameter value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Decimal(Decimal),
    Date(Date),
    Flag(bool),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Decimal(d) => write!(f, "{d}"),
            Value::Date(d) => write!(f, "{d}"),
            Value::Flag(b) => write!(f, "{b}"),
        }
    }
}

/// One sourced value of a version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Parameter {
    /// The rule-file key, e.g. `fonctionnement.montant_annuel`.
    pub key: String,
    #[serde(skip)]
    pub param: ParamKey,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taille: Option<Taille>,
    pub value: Value,
    /// The version whose file section defines it (differs from the owning version when inherited).
    pub defined_in: String,
    pub provenance: Provenance,
    /// For an estimated value ([`Status::Estimate`]): the low and high ends of its range
    /// (docs/estimate.md).
    #[serde(skip_serializing_if = "Option::is_none")]
    estimate_range: Option<(Decimal, Decimal)>,
    /// What explanations cite, made at load (see [`Parameter::cited`]).
    #[serde(skip)]
    cited: Cited,
}

/// `key`, `value` and `provenance` of a parameter as explanations cite them, shared by every
/// citing line. Parameters reach the engine only inside versions, which the loader builds and
/// nobody can change afterwards, so these always match the public fields next to them.
#[derive(Debug, Clone)]
struct Cited {
    key: Text,
    value: Text,
    provenance: Arc<Provenance>,
}

/// Derived from the parameter's own fields: never makes two parameters differ.
impl PartialEq for Cited {
    fn eq(&self, _: &Cited) -> bool {
        true
    }
}

impl Parameter {
    /// A per-taille amount that does not come from a rule file (a national table the user
    /// supplied, an estimate), defined in `version` with its own provenance.
    pub(crate) fn supplied(
        version: &str,
        param: ParamKey,
        taille: Taille,
        value: Decimal,
        provenance: Provenance,
    ) -> Parameter {
        let key = param.to_string();
        let value = Value::Decimal(value);
        Parameter {
            cited: Cited {
                key: Text::new(&key),
                value: Text::new(value.to_string()),
                provenance: Arc::new(provenance.clone()),
            },
            key,
            param,
            taille: Some(taille),
            value,
            defined_in: version.into(),
            provenance,
            estimate_range: None,
        }
    }

    /// An estimated amount, with the low and high ends of its range.
    pub(crate) fn estimated(
        version: &str,
        param: ParamKey,
        taille: Taille,
        (value, low, high): (Decimal, Decimal, Decimal),
        provenance: Provenance,
    ) -> Parameter {
        Parameter {
            estimate_range: Some((low, high)),
            ..Parameter::supplied(version, param, taille, value, provenance)
        }
    }

    /// The low and high ends of an estimated value's range (`None` unless estimated).
    pub fn estimate_range(&self) -> Option<(Decimal, Decimal)> {
        self.estimate_range
    }

    /// The key, the value and the provenance as explanations cite them: made once at load,
    /// then shared by every citing line.
    pub(crate) fn cited(&self) -> (Text, Text, Arc<Provenance>) {
        let c = &self.cited;
        (c.key.clone(), c.value.clone(), c.provenance.clone())
    }

    /// The value as a decimal (money, rate, count), if it is one.
    pub fn decimal(&self) -> Option<Decimal> {
        match self.value {
            Value::Decimal(d) => Some(d),
            _ => None,
        }
    }
}

/// One agreement version and every parameter that applies under it.
///
/// Built only by [`RuleBook`]'s loader and read-only afterwards, so its lookup index cannot go
/// stale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Version {
    pub id: String,
    pub title: String,
    pub in_force_from: Date,
    pub in_force_provenance: Provenance,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherits: Option<String>,
    /// Resolved parameters (own and inherited), ordered by key then taille.
    parameters: Vec<Parameter>,
    /// `slot(key, taille)` → index in `parameters`, or [`NO_PARAMETER`]: a lookup is one array
    /// read instead of a map search (it runs about fifteen times per contract year).
    #[serde(skip)]
    slots: Box<[u8; SLOTS]>,
    #[serde(skip)]
    thresholds: Thresholds,
    #[serde(skip)]
    contract_years: u32,
    /// [`Version::mission`] of each mission, read at load (a year asks for each mission).
    #[serde(skip)]
    missions: [Option<bool>; MissionId::ALL.len()],
}

/// The descriptive fields of a version, as read from the rule file.
struct VersionHead {
    id: String,
    title: String,
    in_force_from: Date,
    in_force_provenance: Provenance,
    inherits: Option<String>,
}

/// Taille slots per key: none, then tailles 1 to 4.
const SLOTS_PER_KEY: usize = 5;
const SLOTS: usize = ParamKey::COUNT * SLOTS_PER_KEY;
const NO_PARAMETER: u8 = u8::MAX;

fn slot(key: ParamKey, taille: Option<Taille>) -> usize {
    key.index() * SLOTS_PER_KEY + taille.map_or(0, |t| 1 + t.index())
}

impl Version {
    fn build(
        head: VersionHead,
        parameters: BTreeMap<(ParamKey, Option<Taille>), Parameter>,
        thresholds: Thresholds,
    ) -> Version {
        // At most SLOTS (< 255) parameters: each (key, taille) pair occurs once.
        let mut slots = Box::new([NO_PARAMETER; SLOTS]);
        let parameters: Vec<Parameter> = parameters.into_values().collect();
        for (i, p) in parameters.iter().enumerate() {
            slots[slot(p.param, p.taille)] = i as u8;
        }
        let contract_years = parameters
            .get(usize::from(slots[slot(ParamKey::ContractYears, None)]))
            .and_then(Parameter::decimal)
            .and_then(|d| d.to_u32())
            .unwrap_or(5);
        let mission = |m: MissionId| {
            let p = parameters.get(usize::from(
                slots[slot(ParamKey::Mission(m, MissionParam::Mandatory), None)],
            ))?;
            match p.value {
                Value::Flag(mandatory) => Some(mandatory),
                _ => None,
            }
        };
        let missions = MissionId::ALL.map(mission);
        Version {
            id: head.id,
            title: head.title,
            in_force_from: head.in_force_from,
            in_force_provenance: head.in_force_provenance,
            inherits: head.inherits,
            parameters,
            slots,
            thresholds,
            contract_years,
            missions,
        }
    }

    /// Every parameter of the version (own and inherited), ordered by key then taille.
    pub fn parameters(&self) -> &[Parameter] {
        &self.parameters
    }

    /// The parameter for a key (and taille, for per-taille keys), if this version has it.
    pub fn get(&self, key: ParamKey, taille: Option<Taille>) -> Option<&Parameter> {
        self.parameters
            .get(usize::from(self.slots[slot(key, taille)]))
    }

    /// A decimal parameter (money, rate or count).
    pub fn decimal(&self, key: ParamKey, taille: Option<Taille>) -> Option<(Decimal, &Parameter)> {
        self.get(key, taille)
            .and_then(|p| p.decimal().map(|d| (d, p)))
    }

    /// The population thresholds of tailles 2, 3 and 4.
    pub fn thresholds(&self) -> Thresholds {
        self.thresholds
    }

    /// Whether the mission exists in this version, and whether it is mandatory.
    pub fn mission(&self, mission: MissionId) -> Option<bool> {
        self.missions[mission.index()]
    }

    /// The missions that exist in this version, in breakdown order.
    pub fn missions(&self) -> impl Iterator<Item = MissionId> + '_ {
        MissionId::ALL
            .into_iter()
            .filter(|m| self.mission(*m).is_some())
    }

    /// A copy with `values` (of this version) added or replacing the ones of their slot.
    fn with_values(&self, values: impl IntoIterator<Item = Parameter>) -> Version {
        let mut parameters: BTreeMap<(ParamKey, Option<Taille>), Parameter> = self
            .parameters
            .iter()
            .map(|p| ((p.param, p.taille), p.clone()))
            .collect();
        for p in values {
            parameters.insert((p.param, p.taille), p);
        }
        let head = VersionHead {
            id: self.id.clone(),
            title: self.title.clone(),
            in_force_from: self.in_force_from,
            in_force_provenance: self.in_force_provenance.clone(),
            inherits: self.inherits.clone(),
        };
        Version::build(head, parameters, self.thresholds)
    }

    /// The length of a contract in years (5 when the version does not say).
    pub fn contract_years(&self) -> u32 {
        self.contract_years
    }
}

/// Every version, in force order, and the sources they cite.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleBook {
    pub sources: Vec<Source>,
    pub versions: Vec<Version>,
    /// This book with the indicative estimate of the amounts it lacks, made on first use
    /// ([`RuleBook::estimated`]).
    #[serde(skip)]
    estimate: EstimateCache,
    /// Whether this book is such an estimate (its own estimate is itself).
    #[serde(skip)]
    is_estimate: bool,
}

/// [`RuleBook::estimated`]'s book, made once per language (the estimates' derivations are
/// worded in it). Derived from the book's own fields: never makes two books differ.
#[derive(Debug, Clone, Default)]
struct EstimateCache([OnceLock<Box<RuleBook>>; Lang::ALL.len()]);

impl PartialEq for EstimateCache {
    fn eq(&self, _: &EstimateCache) -> bool {
        true
    }
}

// ---- file format ---------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    format: String,
    #[serde(default)]
    source: Vec<Source>,
    #[serde(default)]
    version: Vec<RawVersion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVersion {
    id: String,
    title: String,
    #[serde(default)]
    inherits: Option<String>,
    /// Inherited keys that do not carry over (every taille): their values are unknown here.
    #[serde(default)]
    drop: Vec<String>,
    #[serde(deserialize_with = "serde_util::date")]
    in_force_from: Date,
    in_force_source: String,
    in_force_status: Status,
    #[serde(default)]
    in_force_note: Option<String>,
    #[serde(default)]
    parameter: Vec<RawParam>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParam {
    key: String,
    #[serde(default)]
    taille: Option<u8>,
    value: String,
    status: Status,
    source: String,
    #[serde(default)]
    article: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

fn invalid(field: impl Into<String>, problem: impl Into<String>) -> Error {
    Error::RuleFileInvalid {
        field: field.into(),
        problem: problem.into(),
    }
}

impl RuleBook {
    /// The rule data shipped with the crate (parsed once).
    pub fn shipped() -> &'static RuleBook {
        static SHIPPED: OnceLock<RuleBook> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            // ok: the shipped file is validated by this crate's tests; failing here is a build defect.
            RuleBook::from_toml_str(SHIPPED_TOML).expect("shipped rule file is valid") // ok: see above
        })
    }

    /// Reads a rule file from disk.
    pub fn from_path(path: &std::path::Path) -> Result<RuleBook> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::RuleFileSyntax(crate::wording::text(
                crate::wording::id::RULES_CANNOT_READ,
                &[("path", &path.display()), ("reason", &e)],
            ))
        })?;
        RuleBook::from_toml_str(&text)
    }

    /// Parses and checks a rule file.
    pub fn from_toml_str(text: &str) -> Result<RuleBook> {
        let raw: RawFile =
            toml::from_str(text).map_err(|e| Error::RuleFileSyntax(e.to_string()))?;
        if raw.format != FORMAT {
            return Err(invalid(
                "format",
                crate::wording::text(
                    crate::wording::id::RULES_FORMAT,
                    &[("expected", &FORMAT), ("got", &raw.format)],
                ),
            ));
        }
        let mut sources: BTreeMap<&str, &Source> = BTreeMap::new();
        for s in &raw.source {
            if sources.insert(&s.id, s).is_some() {
                return Err(Error::Duplicate {
                    field: "source.id".into(),
                    name: s.id.clone(),
                });
            }
        }
        if raw.version.is_empty() {
            return Err(invalid(
                "version",
                crate::wording::text(crate::wording::id::RULES_NO_VERSION_FILE, &[]),
            ));
        }
        let provenance = |field: &str,
                          id: &str,
                          article: Option<String>,
                          status,
                          note: Option<String>|
         -> Result<Provenance> {
            let s = sources.get(id).ok_or_else(|| {
                invalid(
                    field,
                    crate::wording::text(
                        crate::wording::id::RULES_UNKNOWN_SOURCE,
                        &[("source", &id)],
                    ),
                )
            })?;
            Ok(Provenance {
                source: Text::new(id),
                source_title: Text::new(&s.title),
                url: s.url.as_deref().map(Text::new),
                article: article.as_deref().map(Text::new),
                status,
                note: note.as_deref().map(Text::new),
            })
        };

        let mut versions: Vec<Version> = Vec::with_capacity(raw.version.len());
        for (i, rv) in raw.version.into_iter().enumerate() {
            let field = format!("version[{i}] ({})", rv.id);
            if versions.iter().any(|v| v.id == rv.id) {
                return Err(Error::Duplicate {
                    field: "version.id".into(),
                    name: rv.id,
                });
            }
            if let Some(prev) = versions.last()
                && rv.in_force_from <= prev.in_force_from
            {
                return Err(invalid(
                    format!("{field}.in_force_from"),
                    crate::wording::text(
                        crate::wording::id::RULES_OVERLAP,
                        &[
                            ("date", &rv.in_force_from),
                            ("previous", &prev.id),
                            ("previous_date", &prev.in_force_from),
                        ],
                    ),
                ));
            }
            let mut parameters = match &rv.inherits {
                None => BTreeMap::new(),
                Some(parent) => versions
                    .iter()
                    .find(|v| &v.id == parent)
                    .ok_or_else(|| {
                        invalid(
                            format!("{field}.inherits"),
                            crate::wording::text(
                                crate::wording::id::RULES_NOT_EARLIER_VERSION,
                                &[("parent", &parent)],
                            ),
                        )
                    })?
                    .parameters
                    .iter()
                    .map(|p| ((p.param, p.taille), p.clone()))
                    .collect(),
            };
            for (j, key) in rv.drop.iter().enumerate() {
                let dropped = ParamKey::parse(key).ok_or_else(|| {
                    invalid(
                        format!("{field}.drop[{j}]"),
                        crate::wording::text(
                            crate::wording::id::RULES_UNKNOWN_KEY,
                            &[("key", &key)],
                        ),
                    )
                })?;
                if rv.inherits.is_none() {
                    return Err(invalid(
                        format!("{field}.drop[{j}]"),
                        crate::wording::text(crate::wording::id::RULES_DROP_NEEDS_INHERITS, &[]),
                    ));
                }
                parameters.retain(|(k, _), _| *k != dropped);
            }
            let mut own = std::collections::BTreeSet::new();
            for (j, rp) in rv.parameter.into_iter().enumerate() {
                let pfield = format!("{field}.parameter[{j}] ({})", rp.key);
                let param = parse_param(&pfield, rp, &rv.id, &provenance)?;
                let slot = (param.param, param.taille);
                if !own.insert(slot) {
                    return Err(Error::Duplicate {
                        field: format!("{field}.parameter"),
                        name: describe_slot(&param),
                    });
                }
                parameters.insert(slot, param);
            }
            let threshold = |t: Taille| -> Result<u64> {
                parameters
                    .get(&(ParamKey::BracketThreshold, Some(t)))
                    .and_then(Parameter::decimal)
                    .and_then(|d| d.to_u64())
                    .ok_or_else(|| {
                        invalid(
                            field.to_string(),
                            crate::wording::text(
                                crate::wording::id::RULES_MISSING_THRESHOLD,
                                &[("taille", &t)],
                            ),
                        )
                    })
            };
            let thresholds = Thresholds::new([
                threshold(Taille::T2)?,
                threshold(Taille::T3)?,
                threshold(Taille::T4)?,
            ])
            .map_err(|e| invalid(format!("{field}.taille.seuil"), e.to_string()))?;
            let in_force_provenance = provenance(
                &format!("{field}.in_force_source"),
                &rv.in_force_source,
                None,
                rv.in_force_status,
                rv.in_force_note,
            )?;
            let head = VersionHead {
                id: rv.id,
                title: rv.title,
                in_force_from: rv.in_force_from,
                in_force_provenance,
                inherits: rv.inherits,
            };
            versions.push(Version::build(head, parameters, thresholds));
        }
        Ok(RuleBook {
            sources: raw.source,
            versions,
            estimate: EstimateCache::default(),
            is_estimate: false,
        })
    }

    /// The version in force on `date`: the last one whose `in_force_from` is on or before it.
    pub fn version_at(&self, date: Date) -> Result<&Version> {
        // Versions are sorted (checked at load); most dates fall in the last version.
        if let Some(v) = self.versions.iter().rev().find(|v| v.in_force_from <= date) {
            return Ok(v);
        }
        Err(match self.versions.first() {
            Some(first) => Error::BeforeFirstVersion {
                date,
                first_version: first.id.clone(),
                first_in_force: first.in_force_from,
            },
            None => invalid(
                "version",
                crate::wording::text(crate::wording::id::RULES_NO_VERSION_BOOK, &[]),
            ),
        })
    }

    /// A version by identifier.
    pub fn version(&self, id: &str) -> Option<&Version> {
        self.versions.iter().find(|v| v.id == id)
    }

    /// A copy where each version also holds the `values` whose `defined_in` names it (a value
    /// replaces the version's own for its key and taille). For values the loader of a rule
    /// file does not make: a national table the user supplied, an estimate.
    pub(crate) fn with_values(&self, values: Vec<Parameter>) -> RuleBook {
        let versions = self
            .versions
            .iter()
            .map(|v| v.with_values(values.iter().filter(|p| p.defined_in == v.id).cloned()))
            .collect();
        RuleBook {
            sources: self.sources.clone(),
            versions,
            estimate: EstimateCache::default(),
            is_estimate: self.is_estimate,
        }
    }

    /// This book with an indicative estimate of every national mission amount it lacks
    /// (docs/estimate.md; module [`crate::estimate`]): each estimated value has status
    /// [`Status::Estimate`], its derivation in its note and a low–high range. Values the book
    /// has are kept. Made on first use, then shared. Never used unless asked for
    /// (`Options::envelopes`, `--envelopes estimate`). Derivations are worded in the current
    /// language ([`crate::wording`]): one estimated book per language used.
    pub fn estimated(&self) -> &RuleBook {
        if self.is_estimate {
            return self;
        }
        self.estimate.0[crate::wording::current().index()].get_or_init(|| {
            let mut book = self.with_values(crate::estimate::values(self));
            book.is_estimate = true;
            Box::new(book)
        })
    }

    /// Whether this book holds the indicative estimate ([`RuleBook::estimated`]).
    pub fn is_estimate(&self) -> bool {
        self.is_estimate
    }

    /// A parameter by version identifier, rule-file key and taille.
    pub fn lookup(&self, version: &str, key: &str, taille: Option<Taille>) -> Option<&Parameter> {
        self.version(version)?.get(ParamKey::parse(key)?, taille)
    }
}

fn describe_slot(p: &Parameter) -> String {
    match p.taille {
        Some(t) => format!("{} (taille {t})", p.key),
        None => p.key.clone(),
    }
}

/// Resolves `(field, source id, article, status, note)` into a provenance.
type ProvenanceFn<'a> =
    dyn Fn(&str, &str, Option<String>, Status, Option<String>) -> Result<Provenance> + 'a;

fn parse_param(
    field: &str,
    rp: RawParam,
    version: &str,
    provenance: &ProvenanceFn,
) -> Result<Parameter> {
    let param = ParamKey::parse(&rp.key).ok_or_else(|| {
        invalid(
            field,
            crate::wording::text(crate::wording::id::RULES_UNKNOWN_KEY, &[("key", &rp.key)]),
        )
    })?;
    let taille = match (param.tailles(), rp.taille) {
        (None, None) => None,
        (None, Some(t)) => {
            return Err(invalid(
                field,
                crate::wording::text(
                    crate::wording::id::RULES_TAILLE_NOT_EXPECTED,
                    &[("taille", &t)],
                ),
            ));
        }
        (Some(range), None) => {
            return Err(invalid(
                field,
                crate::wording::text(
                    crate::wording::id::RULES_TAILLE_MISSING,
                    &[("min", range.start()), ("max", range.end())],
                ),
            ));
        }
        (Some(range), Some(t)) if !range.contains(&t) => {
            return Err(Error::out_of_range(
                format!("{field}.taille"),
                t,
                format!("{} to {}", range.start(), range.end()),
            ));
        }
        (Some(_), Some(t)) => Some(Taille::try_from(t)?),
    };
    let vfield = format!("{field}.value");
    let value = match param.kind() {
        Kind::Flag => match rp.value.as_str() {
            "true" => Value::Flag(true),
            "false" => Value::Flag(false),
            other => {
                return Err(invalid(
                    vfield,
                    crate::wording::text(
                        crate::wording::id::RULES_NOT_BOOLEAN,
                        &[("value", &other)],
                    ),
                ));
            }
        },
        Kind::Date => {
            Value::Date(serde_util::parse_date(&rp.value).map_err(|e| invalid(&vfield, e))?)
        }
        kind @ (Kind::Money | Kind::Rate | Kind::Count) => {
            let d = serde_util::parse_decimal(&rp.value).map_err(|e| invalid(&vfield, e))?;
            let (ok, allowed) = match kind {
                Kind::Money => (
                    !d.is_sign_negative() && d <= MAX_AMOUNT && money::whole_cents(d),
                    crate::wording::id::RULES_ALLOWED_MONEY,
                ),
                Kind::Rate => (
                    !d.is_sign_negative() && d <= Decimal::ONE,
                    crate::wording::id::ALLOWED_RANGE,
                ),
                _ => (
                    d.fract().is_zero() && d > Decimal::ZERO && d <= Decimal::from(10_000_000),
                    crate::wording::id::RULES_ALLOWED_COUNT,
                ),
            };
            if !ok {
                // The range's message id (a rate's range takes its bounds).
                let allowed = crate::wording::text(allowed, &[("min", &0), ("max", &1)]);
                return Err(Error::out_of_range(vfield, d, allowed));
            }
            Value::Decimal(d)
        }
    };
    if matches!(rp.status, Status::UserTable | Status::Estimate) {
        return Err(invalid(
            format!("{field}.status"),
            crate::wording::text(
                crate::wording::id::RULES_STATUS_NOT_IN_FILE,
                &[("status", &rp.status.label())],
            ),
        ));
    }
    let provenance = provenance(
        &format!("{field}.source"),
        &rp.source,
        rp.article,
        rp.status,
        rp.note,
    )?;
    Ok(Parameter {
        cited: Cited {
            key: Text::new(&rp.key),
            value: Text::new(value.to_string()),
            provenance: Arc::new(provenance.clone()),
        },
        key: rp.key,
        param,
        taille,
        value,
        defined_in: version.into(),
        provenance,
        estimate_range: None,
    })
}
