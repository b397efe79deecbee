//! The language of the texts the package returns (labels, explanations, warnings): the core's
//! catalogue, chosen like the CLI's (`LC_ALL`/`LC_MESSAGES`/`LANG`, French by default).

use aci_core::wording::{self, Lang};
use pyo3::prelude::*;

use crate::errors::input_err;

/// Sets the language of the texts: "fr" or "en" (process-wide, like a locale).
#[pyfunction]
pub fn set_lang(py: Python<'_>, lang: &str) -> PyResult<()> {
    let chosen = match lang {
        "fr" => Lang::Fr,
        "en" => Lang::En,
        other => {
            return Err(input_err(
                py,
                "out_of_range",
                Some("lang"),
                wording::text(wording::id::PY_LANG, &[("lang", &format!("{other:?}"))]),
            ));
        }
    };
    wording::set_lang(chosen);
    Ok(())
}

/// The language of the texts: "fr" or "en".
#[pyfunction]
pub fn get_lang() -> &'static str {
    wording::lang().tag()
}

/// At import: the language of the environment, as the CLI chooses it.
pub fn init() {
    wording::set_lang(Lang::from_env());
}
