//! Every error the core can return. Each message names the field at fault and what is allowed.
//!
//! The words are the catalogue's (`wording`, ids `error-…`), in the current language when the
//! error is displayed; field paths, values as written in a scenario and kinds stay identifiers.
//! The prose a variant carries (`allowed`, `problem`, `what`, `expected`…) is written from the
//! catalogue where the error is made, in the language current then.

use std::fmt;

use jiff::civil::Date;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::mission::MissionId;
use crate::taille::Taille;

/// The one error type of `aci-core`.
///
/// Variants are grouped by cause: malformed rule data, invalid contract input, invalid yearly
/// results, and amounts the rules need but nobody supplied.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Error {
    // --- rule data -------------------------------------------------------------------------
    /// A rule file could not be read as TOML or does not have the expected shape.
    RuleFileSyntax(String),
    /// A rule file is well-formed TOML but breaks a rule of the format.
    RuleFileInvalid { field: String, problem: String },
    /// A date falls before the first agreement version.
    BeforeFirstVersion {
        date: Date,
        first_version: String,
        first_in_force: Date,
    },

    // --- contract ----------------------------------------------------------------------------
    /// A number is outside its allowed range.
    OutOfRange {
        field: String,
        value: String,
        allowed: String,
    },
    /// An amount with a fraction of a cent: money is in euros with at most 2 decimals, and an
    /// input is never rounded silently.
    SubCentAmount { field: String, value: Decimal },
    /// Two dates are in the wrong order.
    DatesOutOfOrder {
        field: String,
        earlier: Date,
        later: Date,
        what: String,
    },
    /// A mission starts before the contract is signed.
    MissionBeforeContract {
        mission: MissionId,
        start: Date,
        signed: Date,
    },
    /// A mission or indicator is named twice.
    Duplicate { field: String, name: String },
    /// An unknown mission identifier.
    UnknownMission {
        field: String,
        name: String,
        allowed: String,
    },
    /// Tiers of a tiered indicator are not strictly ordered in the indicator's direction.
    TiersNotOrdered {
        indicator: String,
        order: String,
        problem: String,
    },
    /// The indicators of a mission could pay more than its variable envelope.
    IndicatorsExceedEnvelope {
        mission: MissionId,
        indicators_max: Decimal,
        envelope: Decimal,
    },
    /// An arithmetic result does not fit in a decimal. `what`: the message id of what was
    /// being computed (`wording::id::OVERFLOW_…`), worded when the error is displayed.
    Overflow { what: String },

    // --- yearly results ------------------------------------------------------------------------
    /// A contract year outside the contract.
    YearOutOfRange { year: u32, years: u32 },
    /// An observation names an indicator the contract does not define.
    UnknownIndicator { indicator: String, known: String },
    /// An observation of the wrong kind (a yes/no for a numeric indicator, or the reverse).
    ObservationKind {
        indicator: String,
        expected: String,
        got: String,
    },

    // --- missing amounts ---------------------------------------------------------------------------
    /// The rules need an amount that neither the rule data nor the contract supplies.
    MissingMissionAmount {
        parameter: String,
        mission: MissionId,
        taille: Taille,
        version: String,
        contract_field: String,
    },
    /// A national envelope table the user supplied is unreadable, incomplete or inconsistent:
    /// every problem found, each naming its cell (CSV: line and column; XLSX: sheet and cell).
    EnvelopeTable { file: String, problems: Vec<String> },
    /// A non-mission parameter is absent from the version that governs the date.
    MissingParameter {
        parameter: String,
        taille: String,
        version: String,
        hint: String,
    },
}

impl std::error::Error for Error {}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::wording::{Amount, id, text};
        let words = match self {
            Error::RuleFileSyntax(problem) => {
                text(id::ERROR_RULE_FILE_SYNTAX, &[("problem", problem)])
            }
            Error::RuleFileInvalid { field, problem } => text(
                id::ERROR_RULE_FILE_INVALID,
                &[("field", field), ("problem", problem)],
            ),
            Error::BeforeFirstVersion {
                date,
                first_version,
                first_in_force,
            } => text(
                id::ERROR_BEFORE_FIRST_VERSION,
                &[
                    ("date", date),
                    ("first_version", first_version),
                    ("first_in_force", first_in_force),
                ],
            ),
            Error::OutOfRange {
                field,
                value,
                allowed,
            } => text(
                id::ERROR_OUT_OF_RANGE,
                &[("field", field), ("value", value), ("allowed", allowed)],
            ),
            Error::SubCentAmount { field, value } => text(
                id::ERROR_SUB_CENT_AMOUNT,
                &[
                    ("field", field),
                    ("value", value),
                    ("below", &cent_toward_zero(*value)),
                    ("above", &cent_away_from_zero(*value)),
                ],
            ),
            Error::DatesOutOfOrder {
                field,
                earlier,
                later,
                what,
            } => text(
                id::ERROR_DATES_OUT_OF_ORDER,
                &[
                    ("field", field),
                    ("earlier", earlier),
                    ("later", later),
                    ("what", what),
                ],
            ),
            Error::MissionBeforeContract {
                mission,
                start,
                signed,
            } => text(
                id::ERROR_MISSION_BEFORE_CONTRACT,
                &[("mission", mission), ("start", start), ("signed", signed)],
            ),
            Error::Duplicate { field, name } => {
                text(id::ERROR_DUPLICATE, &[("field", field), ("name", name)])
            }
            Error::UnknownMission {
                field,
                name,
                allowed,
            } => text(
                id::ERROR_UNKNOWN_MISSION,
                &[
                    ("field", field),
                    ("name", name),
                    (
                        "did_you_mean",
                        &crate::suggest::did_you_mean(name, MissionId::ALL.map(MissionId::key)),
                    ),
                    ("allowed", allowed),
                ],
            ),
            Error::TiersNotOrdered {
                indicator,
                order,
                problem,
            } => text(
                id::ERROR_TIERS_NOT_ORDERED,
                &[
                    ("indicator", indicator),
                    ("order", order),
                    ("problem", problem),
                ],
            ),
            Error::IndicatorsExceedEnvelope {
                mission,
                indicators_max,
                envelope,
            } => text(
                id::ERROR_INDICATORS_EXCEED_ENVELOPE,
                &[
                    ("mission", mission),
                    ("indicators_max", &Amount(*indicators_max)),
                    ("envelope", &Amount(*envelope)),
                ],
            ),
            // `what` is the message id of what was being computed.
            Error::Overflow { what } => text(id::ERROR_OVERFLOW, &[("what", &text(what, &[]))]),
            Error::YearOutOfRange { year, years } => text(
                id::ERROR_YEAR_OUT_OF_RANGE,
                &[("year", year), ("years", years)],
            ),
            Error::UnknownIndicator { indicator, known } => text(
                id::ERROR_UNKNOWN_INDICATOR,
                &[("indicator", indicator), ("known", known)],
            ),
            Error::ObservationKind {
                indicator,
                expected,
                got,
            } => text(
                id::ERROR_OBSERVATION_KIND,
                &[
                    ("indicator", indicator),
                    ("expected", expected),
                    ("got", got),
                ],
            ),
            Error::MissingMissionAmount {
                parameter,
                mission,
                taille,
                version,
                contract_field,
            } => text(
                id::ERROR_MISSING_MISSION_AMOUNT,
                &[
                    ("parameter", parameter),
                    ("mission", mission),
                    ("taille", taille),
                    ("version", version),
                    ("contract_field", contract_field),
                ],
            ),
            Error::EnvelopeTable { file, problems } => text(
                id::ERROR_ENVELOPE_TABLE,
                &[("file", file), ("problems", &problems.join("\n  "))],
            ),
            Error::MissingParameter {
                parameter,
                taille,
                version,
                hint,
            } => text(
                id::ERROR_MISSING_PARAMETER,
                &[
                    ("parameter", parameter),
                    ("taille", taille),
                    ("version", version),
                    ("hint", hint),
                ],
            ),
        };
        f.write_str(&words)
    }
}

/// Every variant with its kind: the stable id that the Python binding raises as
/// `AciError.kind` and that docs/errors.md lists (a test checks both against this table).
/// An id, not wording: it is the same in every language.
pub const KINDS: &[(&str, &str)] = &[
    ("RuleFileSyntax", "rule_file_syntax"),
    ("RuleFileInvalid", "rule_file_invalid"),
    ("BeforeFirstVersion", "before_first_version"),
    ("OutOfRange", "out_of_range"),
    ("SubCentAmount", "sub_cent_amount"),
    ("DatesOutOfOrder", "dates_out_of_order"),
    ("MissionBeforeContract", "mission_before_contract"),
    ("Duplicate", "duplicate"),
    ("UnknownMission", "unknown_mission"),
    ("TiersNotOrdered", "tiers_not_ordered"),
    ("IndicatorsExceedEnvelope", "indicators_exceed_envelope"),
    ("Overflow", "overflow"),
    ("YearOutOfRange", "year_out_of_range"),
    ("UnknownIndicator", "unknown_indicator"),
    ("ObservationKind", "observation_kind"),
    ("MissingMissionAmount", "missing_mission_amount"),
    ("EnvelopeTable", "envelope_table"),
    ("MissingParameter", "missing_parameter"),
];

/// `value` cut to the cent below it (toward zero): one of the two amounts a
/// [`Error::SubCentAmount`] suggests.
fn cent_toward_zero(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::ToZero)
}

/// `value` raised to the cent above it (away from zero).
fn cent_away_from_zero(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::AwayFromZero)
}

/// Shorthand used across the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn out_of_range(
        field: impl Into<String>,
        value: impl ToString,
        allowed: impl Into<String>,
    ) -> Self {
        Error::OutOfRange {
            field: field.into(),
            value: value.to_string(),
            allowed: allowed.into(),
        }
    }

    /// The error's kind ([`KINDS`]): a stable id for programs (`e.kind` in Python).
    pub fn kind(&self) -> &'static str {
        let variant = match self {
            Error::RuleFileSyntax(_) => 0,
            Error::RuleFileInvalid { .. } => 1,
            Error::BeforeFirstVersion { .. } => 2,
            Error::OutOfRange { .. } => 3,
            Error::SubCentAmount { .. } => 4,
            Error::DatesOutOfOrder { .. } => 5,
            Error::MissionBeforeContract { .. } => 6,
            Error::Duplicate { .. } => 7,
            Error::UnknownMission { .. } => 8,
            Error::TiersNotOrdered { .. } => 9,
            Error::IndicatorsExceedEnvelope { .. } => 10,
            Error::Overflow { .. } => 11,
            Error::YearOutOfRange { .. } => 12,
            Error::UnknownIndicator { .. } => 13,
            Error::ObservationKind { .. } => 14,
            Error::MissingMissionAmount { .. } => 15,
            Error::EnvelopeTable { .. } => 16,
            Error::MissingParameter { .. } => 17,
        };
        KINDS[variant].1
    }

    /// `what`: the message id ([`crate::wording::id`]) of what was being computed.
    pub(crate) fn overflow(what: &str) -> Self {
        Error::Overflow { what: what.into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One error of each variant: `kind` must give the row of [`KINDS`] named after it.
    #[test]
    fn every_variant_has_the_kind_of_its_row() {
        let d = Date::constant(2023, 1, 1);
        let s = String::new;
        let all = [
            Error::RuleFileSyntax(s()),
            Error::RuleFileInvalid {
                field: s(),
                problem: s(),
            },
            Error::BeforeFirstVersion {
                date: d,
                first_version: s(),
                first_in_force: d,
            },
            Error::OutOfRange {
                field: s(),
                value: s(),
                allowed: s(),
            },
            Error::SubCentAmount {
                field: s(),
                value: Decimal::ZERO,
            },
            Error::DatesOutOfOrder {
                field: s(),
                earlier: d,
                later: d,
                what: s(),
            },
            Error::MissionBeforeContract {
                mission: MissionId::Prevention,
                start: d,
                signed: d,
            },
            Error::Duplicate {
                field: s(),
                name: s(),
            },
            Error::UnknownMission {
                field: s(),
                name: s(),
                allowed: s(),
            },
            Error::TiersNotOrdered {
                indicator: s(),
                order: s(),
                problem: s(),
            },
            Error::IndicatorsExceedEnvelope {
                mission: MissionId::Prevention,
                indicators_max: Decimal::ZERO,
                envelope: Decimal::ZERO,
            },
            Error::Overflow { what: s() },
            Error::YearOutOfRange { year: 0, years: 0 },
            Error::UnknownIndicator {
                indicator: s(),
                known: s(),
            },
            Error::ObservationKind {
                indicator: s(),
                expected: s(),
                got: s(),
            },
            Error::MissingMissionAmount {
                parameter: s(),
                mission: MissionId::Prevention,
                taille: Taille::T1,
                version: s(),
                contract_field: s(),
            },
            Error::EnvelopeTable {
                file: s(),
                problems: vec![],
            },
            Error::MissingParameter {
                parameter: s(),
                taille: s(),
                version: s(),
                hint: s(),
            },
        ];
        assert_eq!(all.len(), KINDS.len());
        for e in &all {
            let debug = format!("{e:?}");
            let variant = debug.split(['(', ' ', '{']).next().unwrap_or_default();
            let row = KINDS.iter().find(|(v, _)| *v == variant);
            assert_eq!(row.map(|(_, k)| *k), Some(e.kind()), "{variant}");
        }
        let mut kinds: Vec<_> = KINDS.iter().map(|(_, k)| k).collect();
        kinds.sort();
        kinds.dedup();
        assert_eq!(kinds.len(), KINDS.len(), "a kind used twice");
    }

    /// The same errors read in French: the words are the French catalogue's, the field paths
    /// and the values as written in the file stay as they are (a regression test of #14: the
    /// messages were English whatever the language).
    #[test]
    fn errors_read_in_french() {
        use crate::contract::{Contract, ContractSpec};
        use crate::wording::{Lang, in_lang};
        let read = |toml_text: &str| -> String {
            match toml::from_str::<ContractSpec>(toml_text) {
                Ok(spec) => Contract::new(spec).map(drop).unwrap_err().to_string(),
                Err(e) => e.message().to_string(),
            }
        };
        let base = "name = \"X\"\nsigned = \"2023-03-01\"\n";
        in_lang(Lang::Fr, || {
            assert_eq!(
                read(&format!("{base}population = 0")),
                "population = 0 n'est pas admis ; valeurs admises : de 1 à 5000000 habitants"
            );
            assert_eq!(
                read("name = \"X\"\nsigned = \"01/03/2023\"\npopulation = 90000"),
                "« 01/03/2023 » n'est pas une date au format AAAA-MM-JJ ; pour le 1er mars 2023, écrivez \"2023-03-01\""
            );
            assert_eq!(
                read(&format!(
                    "{base}population = 90000\n[[missions]]\nid = \"prevnetion\"\nstart = \"2023-09-01\""
                )),
                "missions[0].id : mission « prevnetion » inconnue (vouliez-vous dire « prevention » ?) ; valeurs admises : acces_aux_soins, parcours, prevention, crises_sanitaires, qualite_pertinence, accompagnement_professionnels"
            );
            assert_eq!(
                Error::SubCentAmount {
                    field: "operating_amount".into(),
                    value: Decimal::new(90_000_005, 3),
                }
                .to_string(),
                "operating_amount = 90000.005 comporte une fraction de centime : les montants sont en euros avec au plus 2 décimales ; écrivez 90000.00 ou 90000.01"
            );
            assert_eq!(
                Error::overflow(crate::wording::id::OVERFLOW_YEARLY_TOTAL).to_string(),
                "dépassement de capacité en calculant le total annuel ; les montants doivent rester inférieurs à 100 millions d'euros"
            );
        });
        // English is unchanged.
        assert_eq!(
            read(&format!("{base}population = 0")),
            "population = 0 is out of range: allowed 1 to 5000000 inhabitants"
        );
    }
}
