//! The missions of a CPTS (code de la santé publique L.1434-12-2, 1° to 6°).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// One mission. Which ones exist and which are mandatory is rule data, per version.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MissionId {
    /// Accès aux soins: médecin traitant and soins non programmés (SAS since avenant 2).
    AccesAuxSoins,
    /// Parcours pluriprofessionnels autour du patient.
    Parcours,
    /// Prévention.
    Prevention,
    /// Réponse aux crises sanitaires graves (avenant 2).
    CrisesSanitaires,
    /// Qualité et pertinence des soins (optional).
    QualitePertinence,
    /// Accompagnement des professionnels de santé (optional).
    AccompagnementProfessionnels,
}

impl MissionId {
    /// Every mission, in the order breakdowns list them.
    pub const ALL: [MissionId; 6] = [
        MissionId::AccesAuxSoins,
        MissionId::Parcours,
        MissionId::Prevention,
        MissionId::CrisesSanitaires,
        MissionId::QualitePertinence,
        MissionId::AccompagnementProfessionnels,
    ];

    /// The identifier used in files and parameter keys.
    pub fn key(self) -> &'static str {
        match self {
            MissionId::AccesAuxSoins => "acces_aux_soins",
            MissionId::Parcours => "parcours",
            MissionId::Prevention => "prevention",
            MissionId::CrisesSanitaires => "crises_sanitaires",
            MissionId::QualitePertinence => "qualite_pertinence",
            MissionId::AccompagnementProfessionnels => "accompagnement_professionnels",
        }
    }

    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            MissionId::AccesAuxSoins => "Accès aux soins",
            MissionId::Parcours => "Parcours pluriprofessionnels",
            MissionId::Prevention => "Prévention",
            MissionId::CrisesSanitaires => "Crises sanitaires graves",
            MissionId::QualitePertinence => "Qualité et pertinence",
            MissionId::AccompagnementProfessionnels => "Accompagnement des professionnels",
        }
    }

    /// Zero-based index, for per-mission arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Parses a mission key, naming `field` in the error.
    pub fn parse(field: &str, name: &str) -> Result<Self> {
        MissionId::ALL
            .into_iter()
            .find(|m| m.key() == name)
            .ok_or_else(|| Error::UnknownMission {
                field: field.into(),
                name: name.into(),
                allowed: MissionId::ALL.map(MissionId::key).join(", "),
            })
    }
}

impl std::fmt::Display for MissionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl std::str::FromStr for MissionId {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        MissionId::parse("mission", s)
    }
}
