//! The population a contract covers: one figure, or figures over time, as files write it, and
//! its check into dated figures.

use jiff::civil::Date;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::error::{Error, Result};
use crate::serde_util;
use crate::taille::check_population;

/// One population figure and the date from which it counts.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PopulationFigure {
    /// From when the figure counts. The first figure is the population at signature: it may omit
    /// `from`, or give a date on or before signature; a later date is refused.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub from: Option<Date>,
    #[serde(deserialize_with = "population_count")]
    pub population: u64,
}

/// The population covered: one figure, or figures over time (a CPTS can change taille).
///
/// Read by hand rather than as an untagged enum, so that a mistake gets a message saying what
/// the field accepts (serde's untagged enums only say that nothing matched).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum PopulationSpec {
    Single(u64),
    Series(Vec<PopulationFigure>),
}

impl<'de> Deserialize<'de> for PopulationSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_any(PopulationVisitor { series: true })
    }
}

/// A single population figure (one of a series).
fn population_count<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<u64, D::Error> {
    match d.deserialize_any(PopulationVisitor { series: false })? {
        PopulationSpec::Single(p) => Ok(p),
        PopulationSpec::Series(_) => Err(de::Error::custom(crate::wording::text(
            crate::wording::id::POPULATION_LIST_INSIDE,
            &[],
        ))),
    }
}

/// Reads a population: a whole number, or (when `series`) a list of dated figures.
struct PopulationVisitor {
    series: bool,
}

/// How a series of figures is written, for messages.
const SERIES_EXAMPLE: &str =
    "[{ population = 55000 }, { from = \"2025-01-01\", population = 60000 }]";

impl<'de> Visitor<'de> for PopulationVisitor {
    type Value = PopulationSpec;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&crate::wording::text(
            crate::wording::id::EXPECTING_POPULATION,
            &[],
        ))?;
        if self.series {
            f.write_str(&crate::wording::text(
                crate::wording::id::EXPECTING_POPULATION_SERIES,
                &[("example", &SERIES_EXAMPLE)],
            ))?;
        }
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<PopulationSpec, E> {
        Ok(PopulationSpec::Single(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<PopulationSpec, E> {
        u64::try_from(v).map(PopulationSpec::Single).map_err(|_| {
            E::custom(crate::wording::text(
                crate::wording::id::POPULATION_NEGATIVE,
                &[("value", &v)],
            ))
        })
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<PopulationSpec, E> {
        let whole = v.trunc();
        Err(E::custom(if whole == v && v >= 1.0 {
            let (value, whole) = (format!("{v:.1}"), format!("{whole:.0}"));
            crate::wording::text(
                crate::wording::id::POPULATION_DECIMAL_PART,
                &[("value", &value), ("whole", &whole)],
            )
        } else {
            crate::wording::text(crate::wording::id::POPULATION_NOT_WHOLE, &[("value", &v)])
        }))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<PopulationSpec, E> {
        // "90 000", as French writes thousands: the digits without the spaces.
        let digits: String = v.chars().filter(|c| !c.is_whitespace()).collect();
        Err(E::custom(match digits.parse::<u64>() {
            Ok(n) => crate::wording::text(
                crate::wording::id::POPULATION_TEXT_NUMBER,
                &[("value", &v), ("number", &n)],
            ),
            Err(_) => crate::wording::text(crate::wording::id::POPULATION_TEXT, &[("value", &v)]),
        }))
    }

    fn visit_seq<A: SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<PopulationSpec, A::Error> {
        if !self.series {
            return Err(de::Error::invalid_type(de::Unexpected::Seq, &self));
        }
        let mut figures = Vec::with_capacity(seq.size_hint().unwrap_or(1));
        while let Some(f) = seq.next_element::<PopulationFigure>()? {
            figures.push(f);
        }
        Ok(PopulationSpec::Series(figures))
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        _map: A,
    ) -> std::result::Result<PopulationSpec, A::Error> {
        Err(de::Error::custom(crate::wording::text(
            crate::wording::id::POPULATION_TABLE,
            &[("example", &SERIES_EXAMPLE)],
        )))
    }
}

/// The checked population of a contract signed on `signed`: `(from, population)`, the first
/// from signature, strictly increasing dates.
pub(super) fn checked(population: PopulationSpec, signed: Date) -> Result<Vec<(Date, u64)>> {
    Ok(match population {
        PopulationSpec::Single(p) => vec![(signed, check_population("population", p)?)],
        PopulationSpec::Series(figures) => {
            if figures.is_empty() {
                return Err(Error::out_of_range(
                    "population",
                    "[]",
                    crate::wording::text(crate::wording::id::ALLOWED_AT_LEAST_ONE_FIGURE, &[]),
                ));
            }
            let mut out: Vec<(Date, u64)> = Vec::with_capacity(figures.len());
            for (i, f) in figures.into_iter().enumerate() {
                let field = format!("population[{i}]");
                let p = check_population(&format!("{field}.population"), f.population)?;
                let from = match (i, f.from) {
                    (0, None) => signed,
                    // The first figure is the population at signature, which every
                    // contract year needs: one that counts only from a later date would
                    // leave the first years without a population. A figure from an earlier
                    // date still holds at signature.
                    (0, Some(d)) if d > signed => {
                        return Err(Error::out_of_range(
                            format!("{field}.from"),
                            d,
                            crate::wording::text(
                                crate::wording::id::ALLOWED_FIRST_POPULATION_FROM,
                                &[
                                    ("signed", &signed),
                                    (
                                        "example",
                                        &format!(
                                            "population = [{{ population = 55000 }}, {{ from = \"{d}\", population = 60000 }}]"
                                        ),
                                    ),
                                ],
                            ),
                        ));
                    }
                    (0, Some(_)) => signed,
                    (_, None) => {
                        return Err(Error::out_of_range(
                            format!("{field}.from"),
                            crate::wording::text(crate::wording::id::VALUE_MISSING, &[]),
                            crate::wording::text(
                                crate::wording::id::ALLOWED_LATER_POPULATION_FROM,
                                &[],
                            ),
                        ));
                    }
                    (_, Some(d)) => d,
                };
                if let Some(&(prev, _)) = out.last()
                    && from <= prev
                {
                    return Err(Error::DatesOutOfOrder {
                        field: format!("{field}.from"),
                        earlier: prev,
                        later: from,
                        what: crate::wording::text(crate::wording::id::WHAT_POPULATION_ORDER, &[]),
                    });
                }
                out.push((from, p));
            }
            out
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::{Contract, ContractSpec};

    fn read(population: &str) -> std::result::Result<ContractSpec, String> {
        toml::from_str(&format!(
            "name = \"C\"\nsigned = \"2023-01-15\"\npopulation = {population}\n"
        ))
        .map_err(|e| e.message().to_string())
    }

    /// The everyday mistakes get what the field accepts and an example, never serde's "data
    /// did not match any variant of untagged enum".
    #[test]
    fn population_mistakes_say_what_to_write() {
        let cases = [
            (
                "\"55000\"",
                "\"55000\" is text; write the number of inhabitants without quotes: 55000",
            ),
            (
                "-5",
                "-5 is not a number of inhabitants; write a whole number of at least 1, e.g. 55000",
            ),
            (
                "55000.0",
                "55000.0 has a decimal part; write the number of inhabitants as a whole number: 55000",
            ),
            (
                "55000.5",
                "55000.5 is not a whole number; write the number of inhabitants without decimals, e.g. 55000",
            ),
            (
                "{ population = 55000 }",
                "a table is not a population; write one figure as a number (55000)",
            ),
            (
                "[{ population = \"55000\" }]",
                "\"55000\" is text; write the number of inhabitants without quotes: 55000",
            ),
            (
                "true",
                "a whole number of inhabitants without quotes, e.g. 55000, or figures over time",
            ),
        ];
        for (written, said) in cases {
            let message = read(written).unwrap_err();
            assert!(message.contains(said), "{written}: {message}");
            assert!(!message.contains("untagged"), "{written}: {message}");
        }
        assert_eq!(
            read("55000").unwrap().population,
            PopulationSpec::Single(55000)
        );
        assert_eq!(
            read("[{ population = 55000 }]").unwrap().population,
            PopulationSpec::Series(vec![PopulationFigure {
                from: None,
                population: 55000
            }])
        );
    }

    /// The first figure's `from` was ignored (a figure known from 2024 counted from the 2023
    /// signature): a date after signature is now refused.
    #[test]
    fn a_first_population_figure_from_after_signature_is_refused() {
        let spec = read("[{ from = \"2024-01-01\", population = 55000 }]").unwrap();
        let err = Contract::new(spec).unwrap_err();
        assert!(
            matches!(&err, Error::OutOfRange { field, .. } if field == "population[0].from"),
            "{err:?}"
        );
        assert!(
            err.to_string()
                .contains("the signature date (2023-01-15) or earlier")
        );
        // On or before signature: the figure holds at signature.
        for from in ["2023-01-15", "2021-01-01"] {
            let spec = read(&format!("[{{ from = \"{from}\", population = 55000 }}]")).unwrap();
            let c = Contract::new(spec).unwrap();
            assert_eq!(c.population, vec![(Date::new(2023, 1, 15).unwrap(), 55000)]);
        }
    }
}
