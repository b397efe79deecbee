//! The example scenarios of `fixtures/`, embedded so `aci simulate` works with no file. The
//! list lives in `aci_core::examples`, shared with the Python binding.

pub use aci_core::examples::{ALL, DEFAULT};

use crate::load::CliError;

/// The text of a shipped example.
pub fn get(name: &str) -> Result<&'static str, CliError> {
    aci_core::examples::get(name).ok_or_else(|| {
        CliError::input(aci_core::wording::text(
            aci_core::wording::id::CLI_NO_EXAMPLE,
            &[("name", &name), ("names", &aci_core::examples::names())],
        ))
    })
}
