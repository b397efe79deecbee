//! The catalogue of parameters a rule version may define: their keys, kinds and meaning.
//!
//! Keys are the strings of the rule file (`fonctionnement.montant_annuel`,
//! `mission.prevention.part_fixe`, …). A key not in this catalogue is a malformed rule file.

use std::fmt;

use crate::mission::MissionId;

/// What kind of value a parameter holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Euros, 0 to 100 000 000.
    Money,
    /// A rate between 0 and 1.
    Rate,
    /// A whole number (inhabitants, months, years).
    Count,
    /// A calendar date.
    Date,
    /// Yes or no.
    Flag,
}

/// The per-mission parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MissionParam {
    /// The mission exists in this version; `true` when it is mandatory.
    Mandatory,
    /// Months after signature within which the mission must start.
    StartWithinMonths,
    /// Months after signature within which the mission must be deployed.
    DeployedWithinMonths,
    /// Yearly fixed part (moyens), per taille.
    Fixed,
    /// Fixed part of the mission's first year, when it differs (crisis plan), per taille.
    FixedFirstYear,
    /// Yearly variable part at full achievement (actions et résultats), per taille.
    Variable,
}

/// A parameter key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ParamKey {
    ContractYears,
    /// Lower population bound of a taille (per taille 2 to 4).
    BracketThreshold,
    OperatingAnnual,
    OperatingUplifted,
    UpliftSignedBy,
    OperatingAdvanceRate,
    FixedAdvanceRate,
    LetterOfIntent,
    MaxYearlyTotal,
    Mission(MissionId, MissionParam),
}

impl ParamKey {
    /// Every key without a mission, then every mission key.
    pub fn all() -> Vec<ParamKey> {
        let mut keys = vec![
            ParamKey::ContractYears,
            ParamKey::BracketThreshold,
            ParamKey::OperatingAnnual,
            ParamKey::OperatingUplifted,
            ParamKey::UpliftSignedBy,
            ParamKey::OperatingAdvanceRate,
            ParamKey::FixedAdvanceRate,
            ParamKey::LetterOfIntent,
            ParamKey::MaxYearlyTotal,
        ];
        for m in MissionId::ALL {
            for p in [
                MissionParam::Mandatory,
                MissionParam::StartWithinMonths,
                MissionParam::DeployedWithinMonths,
                MissionParam::Fixed,
                MissionParam::FixedFirstYear,
                MissionParam::Variable,
            ] {
                keys.push(ParamKey::Mission(m, p));
            }
        }
        keys
    }

    /// Number of distinct keys: the size of [`ParamKey::index`]'s range.
    pub const COUNT: usize = 9 + 6 * MissionId::ALL.len();

    /// A dense number for the key, `0..COUNT`, in the same order as `Ord` (and as
    /// [`ParamKey::all`]): versions index their parameters by it instead of searching a map.
    pub fn index(self) -> usize {
        match self {
            ParamKey::ContractYears => 0,
            ParamKey::BracketThreshold => 1,
            ParamKey::OperatingAnnual => 2,
            ParamKey::OperatingUplifted => 3,
            ParamKey::UpliftSignedBy => 4,
            ParamKey::OperatingAdvanceRate => 5,
            ParamKey::FixedAdvanceRate => 6,
            ParamKey::LetterOfIntent => 7,
            ParamKey::MaxYearlyTotal => 8,
            ParamKey::Mission(m, p) => 9 + 6 * m as usize + p as usize,
        }
    }

    /// Parses a rule-file key.
    pub fn parse(key: &str) -> Option<ParamKey> {
        ParamKey::all().into_iter().find(|k| k.to_string() == key)
    }

    pub fn kind(self) -> Kind {
        match self {
            ParamKey::ContractYears | ParamKey::BracketThreshold => Kind::Count,
            ParamKey::OperatingAnnual
            | ParamKey::OperatingUplifted
            | ParamKey::LetterOfIntent
            | ParamKey::MaxYearlyTotal => Kind::Money,
            ParamKey::UpliftSignedBy => Kind::Date,
            ParamKey::OperatingAdvanceRate | ParamKey::FixedAdvanceRate => Kind::Rate,
            ParamKey::Mission(_, p) => match p {
                MissionParam::Mandatory => Kind::Flag,
                MissionParam::StartWithinMonths | MissionParam::DeployedWithinMonths => Kind::Count,
                MissionParam::Fixed | MissionParam::FixedFirstYear | MissionParam::Variable => {
                    Kind::Money
                }
            },
        }
    }

    /// Whether the parameter has one value per taille (and which tailles are allowed).
    pub fn tailles(self) -> Option<std::ops::RangeInclusive<u8>> {
        match self {
            ParamKey::BracketThreshold => Some(2..=4),
            ParamKey::OperatingAnnual
            | ParamKey::OperatingUplifted
            | ParamKey::LetterOfIntent
            | ParamKey::MaxYearlyTotal => Some(1..=4),
            ParamKey::Mission(
                _,
                MissionParam::Fixed | MissionParam::FixedFirstYear | MissionParam::Variable,
            ) => Some(1..=4),
            _ => None,
        }
    }

    /// What the parameter means, for `aci rules` and the docs.
    pub fn description(self) -> &'static str {
        match self {
            ParamKey::ContractYears => "Length of a contract, in years",
            ParamKey::BracketThreshold => {
                "Lowest population of the taille (see the boundary option for the exact value)"
            }
            ParamKey::OperatingAnnual => "Operating amount (fonctionnement) of a contract year",
            ParamKey::OperatingUplifted => "Operating amount raised by 75 % (avenant 2)",
            ParamKey::UpliftSignedBy => {
                "Last signature date that makes a contract eligible for the +75 % operating uplift"
            }
            ParamKey::OperatingAdvanceRate => {
                "Share of the yearly operating amount advanced at each anniversary"
            }
            ParamKey::FixedAdvanceRate => {
                "Share of a mission's fixed part advanced at its start and at each anniversary"
            }
            ParamKey::LetterOfIntent => {
                "Amount paid when the ARS validates the lettre d'intention (before the contract)"
            }
            ParamKey::MaxYearlyTotal => {
                "Maximum yearly total, all missions at full achievement (informational ceiling)"
            }
            ParamKey::Mission(_, p) => match p {
                MissionParam::Mandatory => {
                    "The mission exists in this version; true when mandatory"
                }
                MissionParam::StartWithinMonths => {
                    "Months after signature within which the mission must start"
                }
                MissionParam::DeployedWithinMonths => {
                    "Months after signature within which the mission must be deployed"
                }
                MissionParam::Fixed => "Yearly fixed part (moyens) of the mission",
                MissionParam::FixedFirstYear => {
                    "Fixed part of the mission's first year (crisis plan writing)"
                }
                MissionParam::Variable => {
                    "Yearly variable part (actions et résultats) at full achievement"
                }
            },
        }
    }
}

impl fmt::Display for ParamKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParamKey::ContractYears => f.write_str("contrat.duree_annees"),
            ParamKey::BracketThreshold => f.write_str("taille.seuil"),
            ParamKey::OperatingAnnual => f.write_str("fonctionnement.montant_annuel"),
            ParamKey::OperatingUplifted => f.write_str("fonctionnement.montant_majore"),
            ParamKey::UpliftSignedBy => {
                f.write_str("fonctionnement.majoration_signature_au_plus_tard")
            }
            ParamKey::OperatingAdvanceRate => f.write_str("fonctionnement.avance_taux"),
            ParamKey::FixedAdvanceRate => f.write_str("part_fixe.avance_taux"),
            ParamKey::LetterOfIntent => f.write_str("lettre_intention.montant"),
            ParamKey::MaxYearlyTotal => f.write_str("plafond_annuel"),
            ParamKey::Mission(m, p) => {
                let suffix = match p {
                    MissionParam::Mandatory => "obligatoire",
                    MissionParam::StartWithinMonths => "demarrage_max_mois",
                    MissionParam::DeployedWithinMonths => "deploiement_max_mois",
                    MissionParam::Fixed => "part_fixe",
                    MissionParam::FixedFirstYear => "part_fixe_premiere_annee",
                    MissionParam::Variable => "part_variable",
                };
                write!(f, "mission.{}.{suffix}", m.key())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_is_dense_and_follows_the_key_order() {
        let all = ParamKey::all();
        assert_eq!(all.len(), ParamKey::COUNT);
        for (i, k) in all.iter().enumerate() {
            assert_eq!(k.index(), i, "{k}");
        }
        assert!(
            all.windows(2).all(|w| w[0] < w[1]),
            "all() is sorted by Ord"
        );
    }
}
