//! Something worth a look in a year that does not stop the computation.

use rust_decimal::Decimal;
use serde::Serialize;

use super::sink::{Output, Sink};
use super::{Item, YearContext};
use crate::mission::MissionId;
use crate::provenance::Status;
use crate::rules::Parameter;
use crate::taille::Taille;

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

/// An estimated envelope is never used silently: the line's year carries a warning with it.
pub(super) fn warn_if_estimated<O: Output>(
    ctx: &YearContext,
    item: Item,
    p: &Parameter,
    sink: &mut Sink<O>,
) {
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
