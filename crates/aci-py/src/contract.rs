//! Contracts and yearly results, built from Python mappings through the core's serde shapes.

use aci_core::contract::{Contract, ContractSpec};
use aci_core::funding::YearResults;
use aci_core::indicator::Observation;
use aci_core::wording::{id, text};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde_json::Value;

use crate::conv::{spec_json, spec_to_py};
use crate::errors::{CoreResultExt, Problem, ReadResult, input_err};

/// Reads a JSON value into a core spec type; the message starts with the path of the field
/// at fault (`contract.population: …`), which is also the error's `field`.
fn read<T: serde::de::DeserializeOwned>(what: &str, v: Value) -> Result<T, Problem> {
    serde_path_to_error::deserialize(v).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." {
            what.to_string()
        } else {
            format!("{what}.{path}")
        };
        let problem = shape_problem(&e.inner().to_string());
        let message = text(id::PY_FIELD, &[("field", &field), ("problem", &problem)]);
        Problem::input("invalid_shape", Some(field), message)
    })
}

/// serde's message about a field or a name (`unknown field `x`, expected one of …`) in the
/// current language (the English catalogue keeps serde's words); any other as it is (the
/// core's own messages are already in the current language).
pub(crate) fn shape_problem(raw: &str) -> String {
    let quoted: Vec<&str> = raw.split('`').skip(1).step_by(2).collect();
    let Some((&name, allowed)) = quoted.split_first() else {
        return raw.to_string();
    };
    let message = if raw.starts_with("unknown field `") {
        id::PY_UNKNOWN_FIELD
    } else if raw.starts_with("missing field `") {
        id::PY_MISSING_FIELD
    } else if raw.starts_with("unknown variant `") {
        id::PY_UNKNOWN_VARIANT
    } else {
        return raw.to_string();
    };
    text(
        message,
        &[
            ("raw", &raw),
            ("name", &name),
            (
                "did_you_mean",
                &aci_core::suggest::did_you_mean(name, allowed.iter().copied()),
            ),
            ("allowed", &allowed.join(", ")),
        ],
    )
}

/// A checked contract from a JSON value (used by the batch path too).
pub fn contract_from_json(v: Value) -> Result<(ContractSpec, Contract), Problem> {
    let spec: ContractSpec = read("contract", v)?;
    let contract = Contract::new(spec.clone()).map_err(|e| Problem::core(&e, false))?;
    Ok((spec, contract))
}

/// Yearly results from a JSON value.
pub fn results_from_json(v: Value) -> Result<YearResults, Problem> {
    read("results", v)
}

/// A CPTS contract: signature, population, missions with their envelopes and indicators.
///
/// Built from a mapping of the same shape as a contract TOML file, or from keywords. Amounts
/// are `decimal.Decimal` (or int / str), dates `datetime.date`; floats are refused.
///
/// >>> from datetime import date
/// >>> c = Contract(name="CPTS du Val", signed=date(2023, 3, 1), population=120000,
/// ...              missions=[{"id": "acces_aux_soins", "start": date(2023, 9, 1)}])
/// >>> c.name, c.missions
/// ('CPTS du Val', ['acces_aux_soins'])
#[pyclass(module = "aci", name = "Contract", frozen)]
pub struct PyContract {
    pub spec: ContractSpec,
    pub inner: Contract,
}

#[pymethods]
impl PyContract {
    #[new]
    #[pyo3(signature = (spec=None, /, **fields))]
    fn new(
        py: Python<'_>,
        spec: Option<&Bound<'_, PyAny>>,
        fields: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Self> {
        let v = spec_json(spec, fields)?;
        let (spec, inner) = contract_from_json(v).map_err(|p| p.into_pyerr(py))?;
        Ok(PyContract { spec, inner })
    }

    /// Reads a contract written in TOML (the CLI's file format).
    #[staticmethod]
    fn from_toml(py: Python<'_>, text: &str) -> PyResult<Self> {
        let spec: ContractSpec = toml::from_str(text)
            .map_err(|e| input_err(py, "invalid_shape", None, format!("contract: {e}")))?;
        let inner = Contract::new(spec.clone()).py_err(py)?;
        Ok(PyContract { spec, inner })
    }

    /// Reads a contract written in JSON (amounts as strings: `"fixed": "90000.00"`).
    #[staticmethod]
    fn from_json(py: Python<'_>, text: &str) -> PyResult<Self> {
        let v: Value = serde_json::from_str(text)
            .map_err(|e| input_err(py, "invalid_shape", None, format!("contract: {e}")))?;
        let (spec, inner) = contract_from_json(v).map_err(|p| p.into_pyerr(py))?;
        Ok(PyContract { spec, inner })
    }

    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }
    #[getter]
    fn signed(&self) -> jiff::civil::Date {
        self.inner.signed
    }
    /// The contract's own length in years, or `None` for the rule data's default.
    #[getter]
    fn years(&self) -> Option<u32> {
        self.inner.years
    }
    /// `(from, population)` figures, the first from signature.
    #[getter]
    fn population(&self) -> Vec<(jiff::civil::Date, u64)> {
        self.inner.population.clone()
    }
    /// The engaged missions, in breakdown order.
    #[getter]
    fn missions(&self) -> Vec<&'static str> {
        self.inner.missions.iter().map(|m| m.id.key()).collect()
    }
    /// Every indicator id.
    #[getter]
    fn indicators(&self) -> Vec<String> {
        self.inner.indicator_ids().map(str::to_string).collect()
    }
    /// The population in force on `date`.
    fn population_on(&self, date: &Bound<'_, PyAny>) -> PyResult<u64> {
        Ok(self
            .inner
            .population_on(crate::conv::date_arg(date, "date")?))
    }
    /// The contract as a mapping (the shape `Contract(...)` accepts), with `Decimal` and `date`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let v = serde_json::to_value(&self.spec)
            .map_err(|e| input_err(py, "invalid_shape", None, e.to_string()))?;
        spec_to_py(py, &v, "")
    }
    /// The contract as JSON text.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        serde_json::to_string_pretty(&self.spec)
            .map_err(|e| input_err(py, "invalid_shape", None, e.to_string()))
    }
    fn _aci_spec<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.to_dict(py)
    }
    fn __repr__(&self) -> String {
        let pop = match self.inner.population.as_slice() {
            [(_, p)] => p.to_string(),
            many => format!("{} figures", many.len()),
        };
        format!(
            "Contract(name='{}', signed={}, population={pop}, missions=[{}])",
            self.inner.name,
            self.inner.signed,
            self.missions().join(", ")
        )
    }
}

/// What was observed during a contract year: indicator observations (`True`/`False` or a
/// `Decimal`), achievement shares (0 to 1) of missions without indicators, and whether the ARS
/// recognised a serious health crisis.
///
/// >>> from decimal import Decimal
/// >>> YearResults(missions={"parcours": Decimal("0.8")}, crisis_recognised=True)
/// YearResults(indicators={}, missions={'parcours': Decimal('0.8')}, crisis_recognised=True)
#[pyclass(module = "aci", name = "YearResults", frozen)]
pub struct PyYearResults(pub YearResults);

#[pymethods]
impl PyYearResults {
    #[new]
    #[pyo3(signature = (spec=None, /, **fields))]
    fn new(
        py: Python<'_>,
        spec: Option<&Bound<'_, PyAny>>,
        fields: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Self> {
        let v = spec_json(spec, fields)?;
        Ok(PyYearResults(
            results_from_json(v).map_err(|p| p.into_pyerr(py))?,
        ))
    }
    #[getter]
    fn indicators<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, o) in &self.0.indicators {
            match o {
                Observation::Done(b) => d.set_item(k, *b)?,
                Observation::Value(v) => d.set_item(k, v)?,
            }
        }
        Ok(d)
    }
    #[getter]
    fn missions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, v) in &self.0.missions {
            d.set_item(k.key(), v)?;
        }
        Ok(d)
    }
    #[getter]
    fn crisis_recognised(&self) -> bool {
        self.0.crisis_recognised
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("indicators", self.indicators(py)?)?;
        d.set_item("missions", self.missions(py)?)?;
        d.set_item("crisis_recognised", self.0.crisis_recognised)?;
        Ok(d)
    }
    fn _aci_spec<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.to_dict(py)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "YearResults(indicators={}, missions={}, crisis_recognised={})",
            self.indicators(py)?.repr()?,
            self.missions(py)?.repr()?,
            if self.0.crisis_recognised {
                "True"
            } else {
                "False"
            }
        ))
    }
}

/// Results from `None`, a `YearResults`, or a mapping of the same shape.
pub fn results_arg(obj: Option<&Bound<'_, PyAny>>) -> ReadResult<YearResults> {
    match obj {
        None => Ok(YearResults::default()),
        Some(o) if o.is_none() => Ok(YearResults::default()),
        Some(o) => match o.cast::<PyYearResults>() {
            Ok(r) => Ok(r.get().0.clone()),
            Err(_) => Ok(results_from_json(crate::conv::to_json(o, "results")?)?),
        },
    }
}

/// A contract from a `Contract` or a mapping.
pub fn contract_arg(obj: &Bound<'_, PyAny>) -> ReadResult<Contract> {
    match obj.cast::<PyContract>() {
        Ok(c) => Ok(c.get().inner.clone()),
        Err(_) => Ok(contract_from_json(crate::conv::to_json(obj, "contract")?)?.1),
    }
}
