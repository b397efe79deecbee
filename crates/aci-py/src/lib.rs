//! Python binding of `aci-core`, built with maturin into the `aci` package (`aci._aci`).
//!
//! A thin layer: conversions (exact decimals, dates, Arrow), error mapping and Python objects
//! around the core's results. No rule logic lives here.

use pyo3::prelude::*;

mod batch;
mod contract;
mod conv;
mod errors;
mod funding;
mod lang;
mod options;
mod rules;
mod simulation;

#[pymodule]
fn _aci(m: &Bound<'_, PyModule>) -> PyResult<()> {
    lang::init();
    m.add_function(wrap_pyfunction!(lang::set_lang, m)?)?;
    m.add_function(wrap_pyfunction!(lang::get_lang, m)?)?;
    m.add_class::<rules::PyRuleBook>()?;
    m.add_class::<rules::PyVersion>()?;
    m.add_class::<rules::PyParameter>()?;
    m.add_class::<rules::PyProvenance>()?;
    m.add_class::<rules::PySource>()?;
    m.add_class::<options::PyOptions>()?;
    m.add_class::<contract::PyContract>()?;
    m.add_class::<contract::PyYearResults>()?;
    m.add_class::<funding::PyEngine>()?;
    m.add_class::<funding::PyYearFunding>()?;
    m.add_class::<funding::PyLine>()?;
    m.add_class::<funding::PyExplanation>()?;
    m.add_class::<funding::PyParameterUse>()?;
    m.add_class::<simulation::PySimulation>()?;
    m.add("SCENARIO_FORMAT", aci_core::simulation::SCENARIO_FORMAT)?;
    m.add_function(wrap_pyfunction!(rules::classify_taille, m)?)?;
    m.add_function(wrap_pyfunction!(rules::envelope_template, m)?)?;
    m.add_function(wrap_pyfunction!(funding::round_to_cent, m)?)?;
    m.add(
        "MISSIONS",
        aci_core::mission::MissionId::ALL.map(|x| x.key()).to_vec(),
    )?;
    m.add("MAX_AMOUNT", aci_core::money::MAX_AMOUNT)?;
    m.add("MAX_POPULATION", aci_core::taille::MAX_POPULATION)?;
    m.add("RULES_FORMAT", aci_core::rules::FORMAT)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
