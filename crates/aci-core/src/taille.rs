//! Size brackets (taille 1 to 4) from the population covered.
//!
//! Sources give "moins de 40 000", "entre 40 000 et 80 000", "entre 80 000 et 175 000",
//! "plus de 175 000": a population of exactly 40 000, 80 000 or 175 000 could sit on either
//! side. The [`Boundary`] option makes the choice explicit.
//!
//! ```
//! use aci_core::taille::{Boundary, Taille, Thresholds};
//! let t = Thresholds::new([40_000, 80_000, 175_000]).unwrap();
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
            _ => Err(Error::out_of_range("taille", n, "1 to 4")),
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Boundary {
    /// Exactly 40 000 is taille 2 ("moins de 40 000" is taille 1, read strictly). Default:
    /// "moins de" is the only strict wording in the sources, at the bottom of the scale.
    #[default]
    LowerInclusive,
    /// Exactly 40 000 is taille 1 ("entre 40 000 et 80 000" read as above 40 000).
    UpperInclusive,
}

impl Boundary {
    /// The name used in files.
    pub fn name(self) -> &'static str {
        match self {
            Boundary::LowerInclusive => "lower_inclusive",
            Boundary::UpperInclusive => "upper_inclusive",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Boundary::LowerInclusive => {
                "a population equal to a threshold belongs to the upper taille"
            }
            Boundary::UpperInclusive => {
                "a population equal to a threshold belongs to the lower taille"
            }
        }
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
                problem: format!(
                    "thresholds must be positive and strictly increasing, got {bounds:?}"
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
        let above = |bound: u64| match boundary {
            Boundary::LowerInclusive => population >= bound,
            Boundary::UpperInclusive => population > bound,
        };
        match self.0.iter().filter(|&&b| above(b)).count() {
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
            format!("1 to {MAX_POPULATION} inhabitants"),
        ));
    }
    Ok(population)
}
