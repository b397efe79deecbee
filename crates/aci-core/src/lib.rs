//! # aci-core
//!
//! The funding French CPTS receive under the ACI CPTS (accord conventionnel interprofessionnel
//! of 20 June 2019, arrêté of 21 August 2019, amended by avenant 2 of 20 December 2021), as pure
//! functions over exact decimal amounts.
//!
//! - [`rules`]: the agreement versions and their values, each with source and status.
//! - [`taille`]: size brackets from the population, with an explicit boundary convention.
//! - [`contract`], [`indicator`]: the contract, its missions, envelopes and indicators.
//! - [`envelopes`]: the national per-mission table, filled in by whoever holds the official text.
//! - [`estimate`]: the opt-in, labelled indicative estimate of the amounts nobody has sourced.
//! - [`funding`]: a contract year's funding, line by line, each line explained.
//! - [`forecast`]: Monte Carlo distribution of the funding from achievement probabilities.
//! - [`payments`], [`termination`], [`simulation`]: the payment calendar, the settlement of a
//!   contract ended before term, a scenario over the whole contract.
//! - [`money`]: the one rounding rule.
//! - [`options`]: every choice made where the texts are silent.
//! - [`examples`]: the example scenarios of `fixtures/`, embedded by name.
//!
//! ```
//! use aci_core::{Engine, Options, RuleBook};
//! use aci_core::contract::{Contract, ContractSpec};
//! use aci_core::funding::{Item, YearResults};
//! use aci_core::mission::MissionId;
//!
//! let spec: ContractSpec = toml::from_str(r#"
//!     name = "CPTS Rives de Loire"
//!     signed = "2023-03-01"
//!     population = 120000
//!     [[missions]]
//!     id = "acces_aux_soins"
//!     start = "2023-09-01"
//! "#).unwrap();
//! let contract = Contract::new(spec).unwrap();
//! let engine = Engine::new(RuleBook::shipped(), Options::default());
//! let y1 = engine.year(&contract, 1, &YearResults::default(), true).unwrap();
//! // Year 1, taille 3, under avenant 2: signed after 2021-12-31, so no +75 % uplift…
//! assert_eq!(y1.amount(Item::Operating).unwrap().to_string(), "75000.00");
//! // …and the fixed part of accès aux soins for 182 of 366 days (90 000 € a year).
//! assert_eq!(y1.amount(Item::Fixed(MissionId::AccesAuxSoins)).unwrap().to_string(), "44754.10");
//! println!("{}", y1.line(Item::Operating).unwrap().explanation.as_ref().unwrap());
//! ```

pub mod calendar;
pub mod contract;
pub mod envelopes;
pub mod error;
pub mod estimate;
pub mod examples;
pub mod explain;
pub mod forecast;
pub mod funding;
pub mod indicator;
pub mod mission;
pub mod money;
pub mod options;
pub mod params;
pub mod payments;
mod plan;
pub mod provenance;
pub mod rules;
pub mod serde_util;
pub mod simulation;
pub mod suggest;
pub mod taille;
pub mod termination;
mod variable;
pub mod wording;

pub use error::{Error, Result};
pub use funding::Engine;
pub use options::Options;
pub use rules::RuleBook;

/// JSON Schema for types serialized as plain strings (`Item`, `Flow`).
#[cfg(feature = "schema")]
macro_rules! string_schema {
    ($ty:ty, $name:literal, $description:literal) => {
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "description": $description })
            }
        }
    };
}

#[cfg(feature = "schema")]
string_schema!(
    funding::Item,
    "Item",
    "Line key: fonctionnement, fonctionnement.difference_majoration, <mission>.fixe or <mission>.variable"
);
#[cfg(feature = "schema")]
string_schema!(
    payments::Flow,
    "Flow",
    "Payment key: lettre_intention or a line key"
);
