//! Size brackets (taille 1 to 4) from the population covered.
//!
//! Every source words the brackets the same way: "moins de 40 000 habitants, entre 40 000 et
//! 80 000, entre 80 000 et 175 000, plus de 175 000" (Clinic n° 06, 1 June 2019; ARS / PAPS
//! Hauts-de-France, 2023), or "taille 1 (<40 000 habitants) … taille 4 (>175 000 habitants)"
//! (Le Pharmacien de France, Nov 2020; Le Concours médical, Sept 2020). "Moins de" / "<" and
//! "plus de" / ">" are strict, so exactly 40 000 is taille 2 and exactly 175 000 taille 3 as
//! worded; only 80 000 sits in two "entre" ranges (tailles 2 and 3). The default
//! [`Boundary::AsWorded`] reads the wording and puts 80 000 in taille 2, the first range that
//! names it; the two uniform conventions remain as options.
//!
//! ```
//! use aci_core::taille::{Boundary, Taille, Thresholds};
//! let t = Thresholds::new([40_000, 80_000, 175_000]).unwrap();
//! let default = Boundary::default();
//! assert_eq!(t.classify(40_000, default), Taille::T2);
//! assert_eq!(t.classify(80_000, default), Taille::T2);
//! assert_eq!(t.classify(175_000, default), Taille::T3);
//! assert_eq!(t.classify(40_000, Boundary::LowerInclusive), Taille::T2);
//! assert_eq!(t.classify(40_000, Boundary::UpperInclusive), Taille::T1);
//! ```

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Largest population accepted: 5 000 000 inhabitants. The largest CPTS project seen covered
/// 354 193; a larger figure is almost surely a typing error.
pub const MAX_POPULATION: u64 = 5_000_000;

/// A CPTS size bracket.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// Written as the number 1 to 4 (the schema would otherwise allow any u8).
#[cfg_attr(feature = "schema", schemars(extend("minimum" = 1, "maximum" = 4)))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Taille {
    T1 = 1,
    T2 = 2,
    T3 = 3,
    T4 = 4,
}

impl Taille {
    pub const ALL: [Taille; 4] = [Taille::T1, Taille::T2, Taille::T3, Taille::T4];

    /// 1 to 4.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// Zero-based index, for per-taille arrays.
    pub fn index(self) -> usize {
        self as usize - 1
    }
}

impl TryFrom<u8> for Taille {
    type Error = Error;
    fn try_from(n: u8) -> Result<Self> {
        match n {
            1 => Ok(Taille::T1),
            2 => Ok(Taille::T2),
            3 => Ok(Taille::T3),
            4 => Ok(Taille::T4),
            _ => Err(Error::out_of_range(
                "taille",
                n,
                crate::wording::text(
                    crate::wording::id::ALLOWED_RANGE,
                    &[("min", &1), ("max", &4)],
                ),
            )),
        }
    }
}

impl From<Taille> for u8 {
    fn from(t: Taille) -> u8 {
        t.number()
    }
}

impl std::fmt::Display for Taille {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.number())
    }
}

/// Which side of a threshold a population exactly equal to it falls on.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Boundary {
    /// As the sources word the brackets (default): taille 1 below 40 000 ("moins de"), taille 2
    /// from 40 000 to 80 000 inclusive, taille 3 above 80 000 up to 175 000 inclusive, taille 4
    /// above 175 000 ("plus de"). Exactly 80 000, inside both "entre" ranges, is put in the first
    /// range that names it (library choice).
    #[default]
    AsWorded,
    /// A population equal to any threshold belongs to the upper taille (40 000, 80 000 and
    /// 175 000 are tailles 2, 3 and 4): the default before the as-worded reading.
    LowerInclusive,
    /// A population equal to any threshold belongs to the lower taille (40 000, 80 000 and
    /// 175 000 are tailles 1, 2 and 3).
    UpperInclusive,
}

impl Boundary {
    /// The name used in files.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// What the convention means, in the current language ([`crate::wording`]).
    pub fn describe(self) -> &'static str {
        use crate::wording::{id, words};
        words(match self {
            Boundary::AsWorded => id::OPTION_BOUNDARY_AS_WORDED,
            Boundary::LowerInclusive => id::OPTION_BOUNDARY_LOWER_INCLUSIVE,
            Boundary::UpperInclusive => id::OPTION_BOUNDARY_UPPER_INCLUSIVE,
        })
    }
}

/// Lower bounds of tailles 2, 3 and 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds([u64; 3]);

impl Thresholds {
    /// Thresholds must be strictly increasing and positive.
    pub fn new(bounds: [u64; 3]) -> Result<Self> {
        if bounds[0] == 0 || bounds[0] >= bounds[1] || bounds[1] >= bounds[2] {
            return Err(Error::RuleFileInvalid {
                field: "taille.seuil".into(),
                problem: crate::wording::text(
                    crate::wording::id::PROBLEM_TAILLE_THRESHOLDS,
                    &[("bounds", &format!("{bounds:?}"))],
                ),
            });
        }
        Ok(Thresholds(bounds))
    }

    pub fn bounds(self) -> [u64; 3] {
        self.0
    }

    /// The taille of a population under a boundary convention (population already validated).
    pub fn classify(self, population: u64, boundary: Boundary) -> Taille {
        // `i` is the threshold's index: 0 is taille 2's lower bound ("moins de" below it).
        let above = |i: usize, bound: u64| match boundary {
            Boundary::AsWorded if i == 0 => population >= bound,
            Boundary::AsWorded => population > bound,
            Boundary::LowerInclusive => population >= bound,
            Boundary::UpperInclusive => population > bound,
        };
        match self
            .0
            .iter()
            .enumerate()
            .filter(|&(i, &b)| above(i, b))
            .count()
        {
            0 => Taille::T1,
            1 => Taille::T2,
            2 => Taille::T3,
            _ => Taille::T4,
        }
    }
}

/// Checks a population figure: 1 to [`MAX_POPULATION`].
pub fn check_population(field: &str, population: u64) -> Result<u64> {
    if population == 0 || population > MAX_POPULATION {
        return Err(Error::out_of_range(
            field,
            population,
            crate::wording::text(
                crate::wording::id::ALLOWED_POPULATION,
                &[("max", &MAX_POPULATION)],
            ),
        ));
    }
    Ok(population)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The issue's "done when": 40 000 / 80 000 / 175 000 give tailles 2 / 2 / 3 by default,
    /// and one inhabitant either side of each threshold follows the wording.
    #[test]
    fn the_default_reads_the_brackets_as_worded() {
        let t = Thresholds::new([40_000, 80_000, 175_000]).unwrap();
        let by_default = |p| t.classify(p, Boundary::default());
        assert_eq!(
            [
                39_999, 40_000, 40_001, 79_999, 80_000, 80_001, 174_999, 175_000, 175_001
            ]
            .map(by_default),
            [
                Taille::T1,
                Taille::T2,
                Taille::T2,
                Taille::T2,
                Taille::T2,
                Taille::T3,
                Taille::T3,
                Taille::T3,
                Taille::T4
            ]
        );
        let at = |b| [40_000, 80_000, 175_000].map(|p| t.classify(p, b).number());
        assert_eq!(at(Boundary::LowerInclusive), [2, 3, 4]);
        assert_eq!(at(Boundary::UpperInclusive), [1, 2, 3]);
        assert_eq!(Boundary::default().name(), "as_worded");
    }
}
