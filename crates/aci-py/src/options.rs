//! The computation options: read and checked by the core's own serde definitions.

use aci_core::Options;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde_json::{Map, Value};

use crate::errors::input_err;

pub const NAMES: [&str; 7] = [
    "boundary",
    "proration",
    "uplift",
    "version_date",
    "prorate_variable",
    "missing_observation",
    "envelopes",
];

/// Options from a JSON object, with the core's message on an unknown name or value.
pub fn from_json(py: Python<'_>, map: Map<String, Value>) -> PyResult<Options> {
    for k in map.keys() {
        if !NAMES.contains(&k.as_str()) {
            return Err(input_err(
                py,
                "unknown_option",
                Some(k),
                format!("unknown option '{k}'; allowed: {}", NAMES.join(", ")),
            ));
        }
    }
    serde_json::from_value(Value::Object(map))
        .map_err(|e| input_err(py, "unknown_option", None, format!("options: {e}")))
}

fn to_map(o: &Options) -> Map<String, Value> {
    match serde_json::to_value(o) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

/// Every choice made where the texts are silent (see the core's `options` module).
///
/// >>> Options(proration="months").proration
/// 'months'
#[pyclass(module = "aci", name = "Options", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct PyOptions(pub Options);

#[pymethods]
impl PyOptions {
    #[new]
    #[pyo3(signature = (*, boundary=None, proration=None, uplift=None, version_date=None, prorate_variable=None, missing_observation=None, envelopes=None))]
    #[allow(clippy::too_many_arguments)] // one keyword per option, as Python callers write them
    fn new(
        py: Python<'_>,
        boundary: Option<String>,
        proration: Option<String>,
        uplift: Option<String>,
        version_date: Option<String>,
        prorate_variable: Option<bool>,
        missing_observation: Option<String>,
        envelopes: Option<String>,
    ) -> PyResult<Self> {
        let mut m = Map::new();
        let mut put = |k: &str, v: Option<Value>| {
            if let Some(v) = v {
                m.insert(k.into(), v);
            }
        };
        put("boundary", boundary.map(Value::String));
        put("proration", proration.map(Value::String));
        put("uplift", uplift.map(Value::String));
        put("version_date", version_date.map(Value::String));
        put("prorate_variable", prorate_variable.map(Value::Bool));
        put(
            "missing_observation",
            missing_observation.map(Value::String),
        );
        put("envelopes", envelopes.map(Value::String));
        Ok(PyOptions(from_json(py, m)?))
    }

    /// `as_worded` (default), `lower_inclusive` or `upper_inclusive`.
    #[getter]
    fn boundary(&self) -> String {
        self.get("boundary")
    }
    /// `days` (default) or `months`.
    #[getter]
    fn proration(&self) -> String {
        self.get("proration")
    }
    /// `one_off` (default) or `annual`.
    #[getter]
    fn uplift(&self) -> String {
        self.get("uplift")
    }
    /// `year_start` (default) or `year_end`.
    #[getter]
    fn version_date(&self) -> String {
        self.get("version_date")
    }
    #[getter]
    fn prorate_variable(&self) -> bool {
        self.0.prorate_variable
    }
    /// `zero` (default) or `error`.
    #[getter]
    fn missing_observation(&self) -> String {
        self.get("missing_observation")
    }
    /// `rule_data` (default) or `estimate` (an indicative estimate of the national mission
    /// amounts nobody has sourced: labelled and warned, never national amounts).
    #[getter]
    fn envelopes(&self) -> String {
        self.get("envelopes")
    }

    /// A copy with some options changed.
    #[pyo3(signature = (**changes))]
    fn replace(&self, py: Python<'_>, changes: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let mut m = to_map(&self.0);
        if let Some(c) = changes
            && let Value::Object(extra) = crate::conv::to_json(c.as_any(), "options")?
        {
            m.extend(extra);
        }
        Ok(PyOptions(from_json(py, m)?))
    }

    /// `(name, value, meaning)` of every option.
    fn describe(&self) -> Vec<(&'static str, String, String)> {
        self.0.describe()
    }

    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, v) in to_map(&self.0) {
            match v {
                Value::Bool(b) => d.set_item(k, b)?,
                Value::String(s) => d.set_item(k, s)?,
                other => d.set_item(k, other.to_string())?,
            }
        }
        Ok(d)
    }

    fn _aci_spec<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.to_dict(py)
    }

    pub fn __repr__(&self) -> String {
        let parts: Vec<String> = to_map(&self.0)
            .into_iter()
            .map(|(k, v)| match v {
                Value::Bool(b) => format!("{k}={}", if b { "True" } else { "False" }),
                Value::String(s) => format!("{k}='{s}'"),
                other => format!("{k}={other}"),
            })
            .collect();
        format!("Options({})", parts.join(", "))
    }
}

impl PyOptions {
    fn get(&self, name: &str) -> String {
        to_map(&self.0)
            .get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    }
}

/// Options from an `Options` object and/or keyword overrides.
pub fn resolve(
    py: Python<'_>,
    options: Option<&Bound<'_, PyAny>>,
    overrides: Option<&Bound<'_, PyDict>>,
) -> PyResult<Options> {
    let mut m = match options {
        None => Map::new(),
        Some(o) if o.is_none() => Map::new(),
        Some(o) => match o.cast::<PyOptions>() {
            Ok(o) => to_map(&o.get().0),
            Err(_) => match crate::conv::to_json(o, "options")? {
                Value::Object(m) => m,
                _ => {
                    return Err(input_err(
                        py,
                        "wrong_type",
                        Some("options"),
                        "options: expected an Options object or a mapping",
                    ));
                }
            },
        },
    };
    if let Some(c) = overrides
        && let Value::Object(extra) = crate::conv::to_json(c.as_any(), "options")?
    {
        m.extend(extra);
    }
    from_json(py, m)
}
