//! The multi-year simulation and its payment calendar, wrapped for Python.

use aci_core::payments::CashFlow;
use aci_core::simulation::{SCENARIO_FORMAT, Scenario, Simulation, simulate};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde_json::Value;

use crate::errors::{CoreResultExt, input_err, missing_file_err};
use crate::funding::{PyEngine, PyExplanation, PyYearFunding, explanation_dict};

/// A document (scenario or forecast spec) from a path — TOML, or JSON by extension — or from a
/// mapping of the same shape, as the JSON value the core's serde types read. With `examples`,
/// a name that is not a file may be a shipped example (`"urban-taille3"`), as for the `aci`
/// command; a file that does not exist is a `MissingFileError` (a `FileNotFoundError`).
fn document(
    py: Python<'_>,
    obj: &Bound<'_, PyAny>,
    what: &'static str,
    examples: bool,
) -> PyResult<Value> {
    let bad = |msg: String| input_err(py, "invalid_shape", Some(what), msg);
    if !(obj.is_instance_of::<pyo3::types::PyString>() || obj.hasattr("__fspath__")?) {
        return Ok(crate::conv::to_json(obj, what)?);
    }
    let path: std::path::PathBuf = obj.extract()?;
    let example = || {
        let name = path.to_str()?;
        aci_core::examples::get(name).filter(|_| examples && !path.exists())
    };
    let text = match example() {
        Some(text) => text.to_string(),
        None => std::fs::read_to_string(&path).map_err(|e| {
            if e.kind() != std::io::ErrorKind::NotFound {
                return input_err(
                    py,
                    "io",
                    Some(what),
                    aci_core::wording::text(
                        aci_core::wording::id::CLI_CANNOT_READ,
                        &[("path", &path.display()), ("reason", &e)],
                    ),
                );
            }
            let hint = if examples {
                aci_core::wording::text(
                    aci_core::wording::id::PY_NO_EXAMPLE_HINT,
                    &[("names", &aci_core::examples::names())],
                )
            } else {
                String::new()
            };
            missing_file_err(
                py,
                what,
                &path,
                aci_core::wording::text(
                    aci_core::wording::id::PY_NO_SUCH_FILE,
                    &[("path", &path.display()), ("hint", &hint)],
                ),
            )
        })?,
    };
    if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text).map_err(|e| bad(format!("{}: {e}", path.display())))
    } else {
        let table: toml::Table =
            toml::from_str(&text).map_err(|e| bad(format!("{}: {e}", path.display())))?;
        // TOML dates and decimals-as-strings carry over to the JSON shape the core reads.
        Ok(toml_to_json(toml::Value::Table(table)))
    }
}

/// A scenario from a path or a mapping (see [`document`]). The engine's options apply when
/// the scenario states none.
pub fn scenario_arg(
    py: Python<'_>,
    engine: &PyEngine,
    obj: &Bound<'_, PyAny>,
) -> PyResult<Scenario> {
    let bad = |msg: String| input_err(py, "invalid_scenario", Some("scenario"), msg);
    let mut value = document(py, obj, "scenario", true)?;
    if let Value::Object(map) = &mut value {
        map.entry("format")
            .or_insert_with(|| Value::from(SCENARIO_FORMAT));
        if !map.contains_key("options") {
            map.insert(
                "options".into(),
                serde_json::to_value(engine.options).map_err(|e| bad(e.to_string()))?,
            );
        }
    }
    serde_json::from_value(value).map_err(|e| {
        let problem = crate::contract::shape_problem(&e.to_string());
        bad(aci_core::wording::text(
            aci_core::wording::id::PY_FIELD,
            &[("field", &"scenario"), ("problem", &problem)],
        ))
    })
}

/// TOML values as JSON: dates become `YYYY-MM-DD` strings.
fn toml_to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        // A bare fraction stays a float so the core can refuse it with its usual message.
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

pub fn run(
    py: Python<'_>,
    engine: &PyEngine,
    scenario: &Bound<'_, PyAny>,
) -> PyResult<PySimulation> {
    let scenario = scenario_arg(py, engine, scenario)?;
    let rules = engine.rules.clone();
    let sim = py.detach(move || simulate(&rules, &scenario)).py_err(py)?;
    Ok(PySimulation(sim))
}

fn flow_dict<'py>(py: Python<'py>, f: &CashFlow) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("date", f.date)?;
    d.set_item("contract_year", f.contract_year)?;
    d.set_item("flow", f.flow.key())?;
    d.set_item("part", f.part.key())?;
    d.set_item("amount", f.amount)?;
    d.set_item("cumulative", f.cumulative)?;
    d.set_item("rule", f.rule)?;
    d.set_item("explanation", f.in_words())?;
    d.set_item("computation", explanation_dict(py, &f.computation)?)?;
    Ok(d)
}

/// A CPTS over its contract: funding per contract year and per calendar year, every payment
/// with its date, cumulative cash, and warnings.
///
/// >>> sim = Engine().simulate("urban-taille3")      # a shipped example, or a file's path
/// >>> sim.total_paid == sum(f["amount"] for f in sim.flows)
/// True
#[pyclass(module = "aci", name = "Simulation", frozen)]
pub struct PySimulation(pub Simulation);

#[pymethods]
impl PySimulation {
    #[getter]
    fn title(&self) -> Option<String> {
        self.0.title.clone()
    }
    #[getter]
    fn contract(&self) -> String {
        self.0.contract.clone()
    }
    #[getter]
    fn signed(&self) -> jiff::civil::Date {
        self.0.signed
    }
    /// The termination date, when the contract ends before term (the year it ends then shows
    /// what is due).
    #[getter]
    fn terminated(&self) -> Option<jiff::civil::Date> {
        self.0.terminated
    }
    /// Sum of the contract years' totals.
    #[getter]
    fn total_funding(&self) -> rust_decimal::Decimal {
        self.0.total_funding
    }
    /// Sum of the payments (lettre d'intention included, repayments deducted).
    #[getter]
    fn total_paid(&self) -> rust_decimal::Decimal {
        self.0.total_paid
    }
    /// Funding per contract year, each line explained.
    #[getter]
    fn years(&self) -> Vec<PyYearFunding> {
        self.0.years.iter().cloned().map(PyYearFunding).collect()
    }
    /// Every payment in date order: date, contract_year, flow, part, amount, cumulative, rule,
    /// explanation (in words) and computation (the explanation as a dict: rule, formula, inputs,
    /// values with their sources).
    #[getter]
    fn flows<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for f in &self.0.flows {
            out.append(flow_dict(py, f)?)?;
        }
        Ok(out)
    }
    /// Money per calendar year: year, paid, accrued, cumulative_paid.
    #[getter]
    fn calendar_years<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for c in &self.0.calendar_years {
            let d = PyDict::new(py);
            d.set_item("year", c.year)?;
            d.set_item("paid", c.paid)?;
            d.set_item("accrued", c.accrued)?;
            d.set_item("cumulative_paid", c.cumulative_paid)?;
            out.append(d)?;
        }
        Ok(out)
    }
    /// How the payments of `date` were computed (of `flow` only, e.g. `"fonctionnement"` or
    /// `"lettre_intention"`, when given): one `Explanation` per payment, in calendar order.
    /// Raises `InvalidInputError` when nothing is paid then, naming the dates or flows paid.
    #[pyo3(signature = (date, flow = None))]
    fn explain_payment(
        &self,
        py: Python<'_>,
        date: &Bound<'_, PyAny>,
        flow: Option<&str>,
    ) -> PyResult<Vec<PyExplanation>> {
        let date = crate::conv::date_arg(date, "date")?;
        let on_date = self.0.payments_on(date, None);
        if on_date.is_empty() {
            let mut dates: Vec<String> = self.0.flows.iter().map(|f| f.date.to_string()).collect();
            dates.dedup();
            return Err(input_err(
                py,
                "no_payment",
                Some("date"),
                aci_core::wording::text(
                    aci_core::wording::id::PY_NO_PAYMENT_ON,
                    &[("date", &date), ("dates", &dates.join(", "))],
                ),
            ));
        }
        let chosen = match flow {
            None => on_date,
            Some(key) => {
                let found = aci_core::payments::Flow::parse(key)
                    .map(|f| self.0.payments_on(date, Some(f)))
                    .unwrap_or_default();
                if found.is_empty() {
                    let mut keys: Vec<String> = Vec::new();
                    for f in &on_date {
                        if !keys.contains(&f.flow.key()) {
                            keys.push(f.flow.key());
                        }
                    }
                    return Err(input_err(
                        py,
                        "no_payment",
                        Some("flow"),
                        aci_core::wording::text(
                            aci_core::wording::id::PY_NO_PAYMENT_OF,
                            &[("key", &key), ("date", &date), ("keys", &keys.join(", "))],
                        ),
                    ));
                }
                found
            }
        };
        Ok(chosen
            .into_iter()
            .map(|f| PyExplanation(f.computation.clone()))
            .collect())
    }
    /// The warnings, in words.
    #[getter]
    fn warnings(&self) -> Vec<String> {
        self.0.warnings.iter().map(ToString::to_string).collect()
    }
    /// Everything as plain Python values (amounts `Decimal`, dates `datetime.date`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("format", self.0.format)?;
        d.set_item("title", self.title())?;
        d.set_item("contract", self.contract())?;
        d.set_item("signed", self.0.signed)?;
        d.set_item("terminated", self.0.terminated)?;
        let years = PyList::empty(py);
        for y in self.years() {
            years.append(y.to_dict(py)?)?;
        }
        d.set_item("years", years)?;
        d.set_item("flows", self.flows(py)?)?;
        d.set_item("calendar_years", self.calendar_years(py)?)?;
        d.set_item("total_funding", self.0.total_funding)?;
        d.set_item("total_paid", self.0.total_paid)?;
        d.set_item("warnings", self.warnings())?;
        Ok(d)
    }
    fn __repr__(&self) -> String {
        format!(
            "Simulation('{}', years={}, payments={}, total_funding=Decimal('{}'), total_paid=Decimal('{}'))",
            self.0.contract,
            self.0.years.len(),
            self.0.flows.len(),
            self.0.total_funding,
            self.0.total_paid
        )
    }
}

// ---- Monte Carlo forecast --------------------------------------------------------------------

fn summary_dict<'py>(
    py: Python<'py>,
    s: &aci_core::forecast::Summary,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (k, v) in [
        ("mean", s.mean),
        ("min", s.min),
        ("p10", s.p10),
        ("p50", s.p50),
        ("p90", s.p90),
        ("max", s.max),
    ] {
        d.set_item(k, v)?;
    }
    Ok(d)
}

/// A forecast spec from a path or a mapping (docs/forecast.md).
fn forecast_spec(
    py: Python<'_>,
    obj: &Bound<'_, PyAny>,
) -> PyResult<aci_core::forecast::ForecastSpec> {
    serde_json::from_value(document(py, obj, "spec", false)?).map_err(|e| {
        input_err(
            py,
            "invalid_forecast",
            Some("spec"),
            format!("forecast spec: {e}"),
        )
    })
}

/// Runs a Monte Carlo forecast of a scenario's contract; see `aci.Engine.forecast`.
pub fn forecast<'py>(
    py: Python<'py>,
    engine: &PyEngine,
    scenario: &Bound<'py, PyAny>,
    spec: &Bound<'py, PyAny>,
    draws: Option<u64>,
    seed: Option<u64>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyDict>> {
    let scenario = scenario_arg(py, engine, scenario)?;
    let mut spec = forecast_spec(py, spec)?;
    spec.draws = draws.unwrap_or(spec.draws);
    spec.seed = seed.unwrap_or(spec.seed);
    spec.threads = threads.unwrap_or(spec.threads);
    let rules = engine.rules.clone();
    let out = py
        .detach(move || {
            let contract = aci_core::contract::Contract::new(scenario.contract)?;
            spec.run(&aci_core::Engine::new(&rules, scenario.options), &contract)
        })
        .py_err(py)?;
    let d = PyDict::new(py);
    d.set_item("contract", &out.contract)?;
    d.set_item("draws", out.draws)?;
    d.set_item("seed", out.seed)?;
    let years = PyList::empty(py);
    for y in &out.years {
        let yd = PyDict::new(py);
        yd.set_item("year", y.year)?;
        yd.set_item("yearly", summary_dict(py, &y.yearly)?)?;
        yd.set_item("cumulative", summary_dict(py, &y.cumulative)?)?;
        let tiers = PyList::empty(py);
        for t in &y.tiers {
            let td = PyDict::new(py);
            td.set_item("indicator", &t.indicator)?;
            td.set_item("tier", t.tier)?;
            td.set_item("threshold", t.threshold)?;
            td.set_item("reached", t.reached)?;
            td.set_item("probability", t.probability)?;
            tiers.append(td)?;
        }
        yd.set_item("tiers", tiers)?;
        years.append(yd)?;
    }
    d.set_item("years", years)?;
    Ok(d)
}
