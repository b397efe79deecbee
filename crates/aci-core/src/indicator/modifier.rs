//! Modifiers: contract clauses that bound what an indicator pays whatever its kind, such as a
//! floor or a cap. Each is one file implementing `Modify` and one line in the list below; they
//! apply in that order to the kind's amount, before the one rounding to the cent (as Publicodes
//! chains `plancher` and `plafond` onto any value).
//!
//! The contract format has none today: a floor or a cap is a clause a CPTS may write in its
//! contract, never a default, and no contract seen writes one. docs/extending.md shows a floor
//! added (the file, its spec field, its words and its tests).

use rust_decimal::Decimal;
use serde::Serialize;

use super::IndicatorSpec;
use crate::error::Result;

/// What every modifier does.
pub(crate) trait Modify {
    /// The clause, if the spec writes it: checked, naming its field in errors.
    #[allow(dead_code)] // called for each listed modifier; none is listed yet
    fn from_spec(spec: &IndicatorSpec) -> Result<Option<Self>>
    where
        Self: Sized;

    /// The amount after the clause, from the amount before it. Not decreasing in `paid`, so the
    /// most an indicator pays is its clauses applied to the most its kind pays.
    fn apply(&self, paid: Decimal) -> Decimal;

    /// The clause in words, in the current language (it follows the rule's words).
    fn describe(&self) -> String;
}

/// Declares the modifiers: the [`Modifier`] enum and what reads and dispatches them.
macro_rules! modifiers {
    ($($name:ident($ty:ty),)*) => {
        /// A checked modifier of an indicator.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Modifier {
            $($name($ty),)*
        }

        impl Modifier {
            /// The modifiers a spec writes, in the order they apply.
            #[allow(unused_variables)] // `spec` is unread while no modifier is listed
            pub(super) fn from_spec(spec: &IndicatorSpec) -> Result<Vec<Modifier>> {
                let written: Vec<Option<Modifier>> = vec![
                    $(<$ty as Modify>::from_spec(spec)?.map(Modifier::$name),)*
                ];
                Ok(written.into_iter().flatten().collect())
            }

            pub(super) fn clause(&self) -> &dyn Modify {
                match *self {
                    $(Modifier::$name(ref m) => m,)*
                }
            }
        }
    };
}

// One line per modifier, in the order they apply: `Name(file::Type),`.
modifiers! {}
