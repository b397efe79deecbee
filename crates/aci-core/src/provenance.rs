//! Where a value comes from: its source and how far it can be trusted.

use serde::{Deserialize, Serialize};

use crate::explain::Text;

/// How a value is known, from the strongest to the weakest evidence.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Read in the agreement or avenant as published in the Journal officiel (tag P).
    Primary,
    /// ARS, Assurance Maladie news, Senate report, trade press, unions (tag S).
    Secondary,
    /// Observed in real signed CPTS contracts: concrete but contract-level (tag C).
    Contract,
    /// Negotiation draft: shape only (tag NEG). Accepted in user rule files, never shipped.
    Negotiation,
    /// Stated by the contract being computed (a clause of this contract), not by the rule data.
    ThisContract,
    /// Read from a national envelope table the user supplied (`--envelopes FILE`,
    /// `Engine(envelopes=...)`): the provenance names the file and the cell. Tag T. Made by the
    /// table loader only; a rule file cannot claim it.
    UserTable,
    /// An indicative estimate derived from sourced figures by the method of docs/estimate.md,
    /// never a national amount: the provenance's note gives the derivation. Tag E. Made only
    /// when the user asks for it (`envelopes = "estimate"`); a rule file cannot claim it.
    Estimate,
}

impl Status {
    /// Short tag used in the reference file and in tables: P, S, C, NEG, K, T, E.
    pub fn tag(self) -> &'static str {
        match self {
            Status::Primary => "P",
            Status::Secondary => "S",
            Status::Contract => "C",
            Status::Negotiation => "NEG",
            Status::ThisContract => "K",
            Status::UserTable => "T",
            Status::Estimate => "E",
        }
    }

    /// The status in words, in the current language ([`crate::wording`]): `primary text`,
    /// `secondary source`, … (the serde value and [`Status::tag`] are identifiers).
    pub fn label(self) -> &'static str {
        use crate::wording::id;
        crate::wording::words(match self {
            Status::Primary => id::STATUS_PRIMARY,
            Status::Secondary => id::STATUS_SECONDARY,
            Status::Contract => id::STATUS_CONTRACT,
            Status::Negotiation => id::STATUS_NEGOTIATION,
            Status::ThisContract => id::STATUS_THIS_CONTRACT,
            Status::UserTable => id::STATUS_USER_TABLE,
            Status::Estimate => id::STATUS_ESTIMATE,
        })
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// The provenance of one value: which source, which article, what status.
// Its texts are shared with the rule data: a line citing a value clones it without a copy.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// Source identifier (see [`Source`]) or, for contract values, the contract's name.
    pub source: Text,
    /// Title of the source, resolved from the rule book (or "contract clause").
    pub source_title: Text,
    /// URL of the source when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
    /// Article or clause, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<Text>,
    pub status: Status,
    /// Free-text caveat carried from the rule data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl std::fmt::Display for Provenance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[{}] {}", self.status.tag(), self.source_title)?;
        if let Some(article) = &self.article {
            write!(f, ", {article}")?;
        }
        if let Some(url) = &self.url {
            write!(f, " <{url}>")?;
        }
        Ok(())
    }
}

/// A document the rule data cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::Status;
    use crate::wording::{Lang, in_lang};

    #[test]
    fn a_status_is_worded_by_the_catalogue_and_stays_an_identifier_for_programs() {
        assert_eq!(
            in_lang(Lang::En, || Status::Secondary.label()),
            "secondary source"
        );
        assert_eq!(
            in_lang(Lang::Fr, || Status::Secondary.label()),
            "source secondaire"
        );
        assert_eq!(
            in_lang(Lang::Fr, || Status::Estimate.to_string()),
            "estimation indicative, pas un montant national"
        );
        let json = in_lang(Lang::Fr, || {
            serde_json::to_string(&Status::Secondary).unwrap()
        });
        assert_eq!(json, "\"secondary\"");
        assert_eq!(Status::Secondary.tag(), "S");
    }
}
