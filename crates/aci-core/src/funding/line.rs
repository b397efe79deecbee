//! The lines of a year: what each pays for ([`Item`], with its stable key and its label for
//! people), its amount, or why it does not apply.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::explain::Explanation;
use crate::mission::MissionId;

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
