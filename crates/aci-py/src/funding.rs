//! The engine and its results: yearly funding, line by line, each line explained.
//!
//! The multi-year simulation and payment calendar are in `simulation.rs` (`Engine.simulate`).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

use aci_core::explain::{Component, Explanation, Fact, ParamUse, Step};
use aci_core::funding::{Item, Line, NotApplicable, Warning, YearFunding, YearResults};
use aci_core::provenance::Provenance;
use aci_core::rules::RuleBook;
use aci_core::{Engine, Options};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use rust_decimal::Decimal;

use crate::contract::{PyContract, contract_arg, results_arg};
use crate::conv::exact_decimal;
use crate::errors::{CoreResultExt, input_err};
use crate::options::{PyOptions, resolve};
use crate::rules::{PyProvenance, PyRuleBook, provenance_dict, shipped};

fn snake<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Computes funding under a rule book and options.
///
/// >>> from datetime import date
/// >>> engine = Engine()                       # shipped rules, default options
/// >>> c = Contract(name="CPTS exemple", signed=date(2023, 1, 1), population=100000,
/// ...              missions=[{"id": "prevention", "start": date(2023, 1, 1)}])
/// >>> engine.year(c, 2).total
/// Decimal('92500.00')
#[pyclass(module = "aci", name = "Engine", frozen, subclass)]
pub struct PyEngine {
    pub rules: Arc<RuleBook>,
    pub options: Options,
}

impl PyEngine {
    pub fn engine(&self) -> Engine<'_> {
        Engine::new(&self.rules, self.options)
    }
}

#[pymethods]
impl PyEngine {
    /// `envelopes`: a filled national table (`.csv` / `.xlsx` from `aci envelopes --template`)
    /// read over the rules, each value cited as the user's table with its file and cell; or
    /// `"estimate"` for the indicative estimate (docs/estimate.md), labelled and warned.
    #[new]
    #[pyo3(signature = (rules=None, options=None, *, envelopes=None, **option_kwargs))]
    fn new(
        py: Python<'_>,
        rules: Option<PyRef<'_, PyRuleBook>>,
        options: Option<&Bound<'_, PyAny>>,
        envelopes: Option<&Bound<'_, PyAny>>,
        option_kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Self> {
        let mut rules = rules.map_or_else(shipped, |r| r.inner.clone());
        let mut options = resolve(py, options, option_kwargs)?;
        match envelopes {
            None => {}
            Some(e) if e.is_none() => {}
            Some(e) if e.extract::<String>().is_ok_and(|s| s == "estimate") => {
                options.envelopes = aci_core::options::Envelopes::Estimate;
            }
            Some(e) => {
                let path: std::path::PathBuf = e.extract().map_err(|_| {
                    input_err(
                        py,
                        "wrong_type",
                        Some("envelopes"),
                        "envelopes: expected the path of a filled national table (.csv or .xlsx) or \"estimate\"",
                    )
                })?;
                let book = aci_core::envelopes::file::load(&rules, &path).py_err(py)?;
                rules = Arc::new(book);
            }
        }
        Ok(PyEngine { rules, options })
    }

    #[getter]
    fn rules(&self) -> PyRuleBook {
        PyRuleBook {
            inner: self.rules.clone(),
        }
    }

    #[getter]
    fn options(&self) -> PyOptions {
        PyOptions(self.options)
    }

    /// The funding of contract year `year` (1-based).
    ///
    /// `contract` is a `Contract` or a mapping of the same shape; `results` a `YearResults`,
    /// a mapping, or `None` (nothing observed). With `explain=True` (default) every line
    /// carries its explanation; `explain=False` is faster.
    #[pyo3(signature = (contract, year, results=None, *, explain=true))]
    fn year(
        &self,
        py: Python<'_>,
        contract: &Bound<'_, PyAny>,
        #[pyo3(from_py_with = crate::conv::year_arg)] year: u32,
        results: Option<&Bound<'_, PyAny>>,
        explain: bool,
    ) -> PyResult<PyYearFunding> {
        let results = results_arg(results)?;
        let engine = self.engine();
        let out = match contract.cast::<PyContract>() {
            Ok(c) => engine.year(&c.get().inner, year, &results, explain),
            Err(_) => engine.year(&contract_arg(contract)?, year, &results, explain),
        };
        Ok(PyYearFunding(out.py_err(py)?))
    }

    /// Every year of the contract. `results` maps a year number to that year's results
    /// (missing years count as nothing observed).
    #[pyo3(signature = (contract, results=None, *, explain=true))]
    fn all_years(
        &self,
        py: Python<'_>,
        contract: &Bound<'_, PyAny>,
        results: Option<&Bound<'_, PyDict>>,
        explain: bool,
    ) -> PyResult<Vec<PyYearFunding>> {
        let mut by_year: BTreeMap<u32, YearResults> = BTreeMap::new();
        if let Some(r) = results {
            for (k, v) in r.iter() {
                let y: u32 = k.extract().map_err(|_| {
                    input_err(
                        py,
                        "wrong_type",
                        Some("results"),
                        "results: keys must be contract year numbers (int)",
                    )
                })?;
                by_year.insert(y, results_arg(Some(&v))?);
            }
        }
        let c = contract_arg(contract)?;
        let years = self.engine().all_years(&c, &by_year, explain).py_err(py)?;
        Ok(years.into_iter().map(PyYearFunding).collect())
    }

    /// The number of years of the contract (its own, or the rule data's default).
    fn contract_years(&self, py: Python<'_>, contract: &Bound<'_, PyAny>) -> PyResult<u32> {
        let c = contract_arg(contract)?;
        self.engine().contract_years(&c).py_err(py)
    }

    /// Simulate a scenario over its contract: funding per contract year and per calendar
    /// year, the dated payments with cumulative cash, and warnings.
    ///
    /// `scenario` is a path to a scenario file (TOML, or JSON by extension) or a mapping of the
    /// same shape (`format` may be omitted). The engine's options apply when it states none.
    fn simulate(
        &self,
        py: Python<'_>,
        scenario: &Bound<'_, PyAny>,
    ) -> PyResult<crate::simulation::PySimulation> {
        crate::simulation::run(py, self, scenario)
    }

    /// Monte Carlo forecast of a scenario's contract under uncertain achievement: per contract
    /// year, the mean, P10, P50, P90, min and max of the yearly and cumulative funding
    /// (`Decimal`), and the probability of reaching each tier. `spec` is a path or a mapping
    /// (docs/forecast.md); `draws`, `seed` and `threads` replace the spec's. Same seed and
    /// draws, same forecast, whatever the threads.
    #[pyo3(signature = (scenario, spec, *, draws=None, seed=None, threads=None))]
    fn forecast<'py>(
        &self,
        py: Python<'py>,
        scenario: &Bound<'py, PyAny>,
        spec: &Bound<'py, PyAny>,
        #[pyo3(from_py_with = crate::conv::draws_arg)] draws: Option<u64>,
        #[pyo3(from_py_with = crate::conv::seed_arg)] seed: Option<u64>,
        #[pyo3(from_py_with = crate::conv::threads_arg)] threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyDict>> {
        crate::simulation::forecast(py, self, scenario, spec, draws, seed, threads)
    }

    /// Arrow batch: see `aci.Engine.batch`. Returns `(lines, totals)` pyarrow Tables (`lines`
    /// is None when `lines` is false).
    #[pyo3(signature = (table, *, indicators=None, on_error="raise", threads=None, lines=true, extra_columns=None))]
    #[allow(clippy::too_many_arguments)]
    fn _batch_arrow(
        &self,
        py: Python<'_>,
        table: pyo3_arrow::PyTable,
        indicators: Option<pyo3_arrow::PyTable>,
        on_error: &str,
        #[pyo3(from_py_with = crate::conv::threads_arg)] threads: Option<usize>,
        lines: bool,
        extra_columns: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
        let extra = match extra_columns {
            Some(e) if !e.is_none() => crate::batch::ExtraColumns::from_py(e)?,
            _ => crate::batch::ExtraColumns::Error,
        };
        self.batch_arrow(py, table, indicators, on_error, threads, lines, &extra)
    }

    /// Batch of `(contract, year, results)` items: see `aci.Engine.batch_contracts`.
    #[pyo3(signature = (items, *, on_error="raise", threads=None, lines=true))]
    fn _batch_items(
        &self,
        py: Python<'_>,
        items: &Bound<'_, PyList>,
        on_error: &str,
        #[pyo3(from_py_with = crate::conv::threads_arg)] threads: Option<usize>,
        lines: bool,
    ) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
        self.batch_items(py, items, on_error, threads, lines)
    }

    fn __repr__(&self) -> String {
        let ids: Vec<&str> = self.rules.versions.iter().map(|v| v.id.as_str()).collect();
        format!(
            "Engine(rules=[{}], options={})",
            ids.join(", "),
            PyOptions(self.options).__repr__()
        )
    }
}

// ---- results ---------------------------------------------------------------------------------

/// The funding of one contract year.
#[pyclass(module = "aci", name = "YearFunding", frozen)]
pub struct PyYearFunding(pub YearFunding);

fn item_part(item: &Item) -> &'static str {
    match item {
        Item::Operating => "operating",
        Item::OperatingUpliftDifference => "operating_uplift_difference",
        Item::Fixed(_) => "fixed",
        Item::Variable(_) => "variable",
    }
}

fn parse_item(py: Python<'_>, key: &str) -> PyResult<Item> {
    Item::parse(key).ok_or_else(|| {
        input_err(
            py,
            "unknown_item",
            Some("item"),
            format!(
                "unknown item '{key}': use 'fonctionnement', 'fonctionnement.difference_majoration', '<mission>.fixe' or '<mission>.variable'"
            ),
        )
    })
}

fn warning_dict<'py>(py: Python<'py>, w: &Warning) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    match w {
        Warning::MissionNotInVersion { mission, version } => {
            d.set_item("kind", "mission_not_in_version")?;
            d.set_item("mission", mission.key())?;
            d.set_item("version", version)?;
            d.set_item("message", w.to_string())?;
        }
        Warning::AboveCeiling {
            total,
            ceiling,
            taille,
            version,
        } => {
            d.set_item("kind", "above_ceiling")?;
            d.set_item("total", total)?;
            d.set_item("ceiling", ceiling)?;
            d.set_item("taille", taille.number())?;
            d.set_item("version", version)?;
            d.set_item("message", w.to_string())?;
        }
        Warning::EstimatedEnvelope {
            item,
            envelope,
            low,
            high,
            taille,
            version,
        } => {
            d.set_item("kind", "estimated_envelope")?;
            d.set_item("item", item.key())?;
            d.set_item("envelope", envelope)?;
            d.set_item("low", low)?;
            d.set_item("high", high)?;
            d.set_item("taille", taille.number())?;
            d.set_item("version", version)?;
            d.set_item("message", w.to_string())?;
        }
    }
    Ok(d)
}

#[pymethods]
impl PyYearFunding {
    #[getter]
    fn contract(&self) -> &str {
        &self.0.contract
    }
    /// The contract year number (1-based).
    #[getter]
    fn year(&self) -> u32 {
        self.0.year.number
    }
    /// First day of the contract year.
    #[getter]
    fn year_start(&self) -> jiff::civil::Date {
        self.0.year.start
    }
    /// Next anniversary (exclusive end of the year).
    #[getter]
    fn year_end(&self) -> jiff::civil::Date {
        self.0.year.end
    }
    /// The agreement version governing the year.
    #[getter]
    fn version(&self) -> &str {
        &self.0.version
    }
    #[getter]
    fn population(&self) -> u64 {
        self.0.population
    }
    #[getter]
    fn taille(&self) -> u8 {
        self.0.taille.number()
    }
    /// Sum of the applicable lines, to the cent.
    #[getter]
    fn total(&self) -> Decimal {
        self.0.total
    }
    #[getter]
    fn lines(&self) -> Vec<PyLine> {
        self.0.lines.iter().cloned().map(PyLine).collect()
    }
    /// Inputs the computation needed but did not get (they counted as 0 €).
    #[getter]
    fn missing_inputs(&self) -> Vec<String> {
        self.0.missing_inputs.clone()
    }
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.0
            .warnings
            .iter()
            .map(|w| warning_dict(py, w))
            .collect()
    }
    #[getter]
    fn options(&self) -> PyOptions {
        PyOptions(self.0.options)
    }
    /// The line of an item key (`fonctionnement`, `prevention.fixe`, …), or `None`.
    fn line(&self, py: Python<'_>, item: &str) -> PyResult<Option<PyLine>> {
        let it = parse_item(py, item)?;
        Ok(self.0.line(it).cloned().map(PyLine))
    }
    /// The amount of an item, or `None` when absent or not applicable.
    fn amount(&self, py: Python<'_>, item: &str) -> PyResult<Option<Decimal>> {
        Ok(self.0.amount(parse_item(py, item)?))
    }
    /// `{item key: amount or None}` for every line, in breakdown order.
    fn amounts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for l in &self.0.lines {
            d.set_item(l.item.key(), l.amount)?;
        }
        Ok(d)
    }
    /// Everything as plain Python values (`Decimal`, `date`, `str`, lists and dicts).
    pub(crate) fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let f = &self.0;
        let d = PyDict::new(py);
        d.set_item("contract", f.contract.as_str())?;
        d.set_item("year", f.year.number)?;
        d.set_item("year_start", f.year.start)?;
        d.set_item("year_end", f.year.end)?;
        d.set_item("version", f.version.as_str())?;
        d.set_item("population", f.population)?;
        d.set_item("taille", f.taille.number())?;
        let lines = PyList::empty(py);
        for l in &f.lines {
            lines.append(line_dict(py, l)?)?;
        }
        d.set_item("lines", lines)?;
        d.set_item("total", f.total)?;
        d.set_item("missing_inputs", f.missing_inputs.clone())?;
        d.set_item("warnings", self.warnings(py)?)?;
        d.set_item("options", PyOptions(f.options).to_dict(py)?)?;
        Ok(d)
    }
    /// The whole breakdown with every line's rule, formula, inputs, values and their sources.
    fn explanation(&self) -> String {
        explain_text(&self.0)
    }
    /// Prints `explanation()` (to `file`, default stdout).
    #[pyo3(signature = (file=None))]
    fn explain(&self, py: Python<'_>, file: Option<&Bound<'_, PyAny>>) -> PyResult<()> {
        let text = explain_text(&self.0);
        let kwargs = PyDict::new(py);
        kwargs.set_item("end", "")?;
        if let Some(f) = file {
            kwargs.set_item("file", f)?;
        }
        py.import("builtins")?
            .getattr("print")?
            .call((text,), Some(&kwargs))?;
        Ok(())
    }
    fn __repr__(&self) -> String {
        let f = &self.0;
        let applicable = f.lines.iter().filter(|l| l.amount.is_some()).count();
        format!(
            "YearFunding(contract='{}', year={} ({} to {}), version='{}', taille={}, total=Decimal('{}'), lines={applicable} applicable of {}{}{})",
            f.contract,
            f.year.number,
            f.year.start,
            f.year.end,
            f.version,
            f.taille,
            f.total,
            f.lines.len(),
            if f.missing_inputs.is_empty() {
                String::new()
            } else {
                format!(", missing_inputs={:?}", f.missing_inputs)
            },
            if f.warnings.is_empty() {
                String::new()
            } else {
                format!(", warnings={}", f.warnings.len())
            },
        )
    }
}

fn explain_text(f: &YearFunding) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} — contract year {} ({} to {}), version {}, population {}, taille {}",
        f.contract, f.year.number, f.year.start, f.year.end, f.version, f.population, f.taille
    );
    let mut not_applicable: Vec<String> = Vec::new();
    for l in &f.lines {
        let Some(a) = l.amount else {
            not_applicable.push(format!(
                "{} ({})",
                l.item,
                l.not_applicable.map(|r| snake(&r)).unwrap_or_default()
            ));
            continue;
        };
        let _ = writeln!(s, "\n{}: {a} €", l.item);
        if let Some(e) = &l.explanation {
            for line in e.to_string().lines() {
                let _ = writeln!(s, "  {line}");
            }
        }
    }
    if !not_applicable.is_empty() {
        let _ = writeln!(s, "\nnot applicable: {}", not_applicable.join(", "));
    }
    let _ = writeln!(s, "\ntotal: {} €", f.total);
    if !f.missing_inputs.is_empty() {
        let _ = writeln!(
            s,
            "missing inputs (counted as 0 €): {}",
            f.missing_inputs.join(", ")
        );
    }
    for w in &f.warnings {
        let _ = writeln!(s, "warning: {}", w);
    }
    if f.lines
        .iter()
        .any(|l| l.amount.is_some() && l.explanation.is_none())
    {
        let _ = writeln!(
            s,
            "(computed with explain=False: pass explain=True for each line's rule and sources)"
        );
    }
    s
}

fn line_dict<'py>(py: Python<'py>, l: &Line) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("item", l.item.key())?;
    d.set_item("amount", l.amount)?;
    d.set_item("not_applicable", l.not_applicable.map(|r| snake(&r)))?;
    d.set_item(
        "explanation",
        l.explanation
            .as_ref()
            .map(|e| explanation_dict(py, e))
            .transpose()?,
    )?;
    Ok(d)
}

/// One line of a yearly breakdown.
#[pyclass(module = "aci", name = "Line", frozen)]
pub struct PyLine(pub Line);

#[pymethods]
impl PyLine {
    /// Stable key: `fonctionnement`, `fonctionnement.difference_majoration`,
    /// `<mission>.fixe`, `<mission>.variable`.
    #[getter]
    fn item(&self) -> String {
        self.0.item.key()
    }
    /// `operating`, `operating_uplift_difference`, `fixed` or `variable`.
    #[getter]
    fn part(&self) -> &'static str {
        item_part(&self.0.item)
    }
    /// The mission of a mission line.
    #[getter]
    fn mission(&self) -> Option<&'static str> {
        self.0.item.mission().map(|m| m.key())
    }
    /// The amount due, or `None` when the line does not apply.
    #[getter]
    fn amount(&self) -> Option<Decimal> {
        self.0.amount
    }
    /// Why the line does not apply: `mission_not_engaged`, `mission_not_active_this_year`
    /// or `mission_not_in_version`.
    #[getter]
    fn not_applicable(&self) -> Option<String> {
        self.0.not_applicable.map(|r: NotApplicable| snake(&r))
    }
    #[getter]
    fn explanation(&self) -> Option<PyExplanation> {
        self.0.explanation.as_deref().cloned().map(PyExplanation)
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        line_dict(py, &self.0)
    }
    fn __repr__(&self) -> String {
        match (self.0.amount, self.0.not_applicable) {
            (Some(a), _) => format!("Line('{}', Decimal('{a}'))", self.0.item),
            (None, r) => format!(
                "Line('{}', None, not_applicable='{}')",
                self.0.item,
                r.map(|r| snake(&r)).unwrap_or_default()
            ),
        }
    }
}

fn facts_dict<'py>(py: Python<'py>, facts: &[Fact]) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for f in facts {
        d.set_item(f.name.as_str(), f.value.as_str())?;
    }
    Ok(d)
}

fn param_use_dict<'py>(py: Python<'py>, p: &ParamUse) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("version", p.version.as_str())?;
    d.set_item("key", p.key.as_str())?;
    d.set_item("taille", p.taille.map(|t| t.number()))?;
    d.set_item("value", p.value.as_str())?;
    d.set_item("provenance", provenance_dict(py, &p.provenance)?)?;
    Ok(d)
}

fn component_dict<'py>(py: Python<'py>, c: &Component) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("indicator", c.indicator.as_str())?;
    d.set_item("label", c.label.as_deref())?;
    d.set_item("rule", c.rule.as_str())?;
    d.set_item("observed", c.observed.as_deref())?;
    d.set_item("amount", c.amount)?;
    Ok(d)
}

fn step_dict<'py>(py: Python<'py>, s: &Step) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("rule", s.rule)?;
    d.set_item("text", s.text)?;
    d.set_item("formula", s.formula.as_str())?;
    d.set_item("inputs", facts_dict(py, &s.inputs)?)?;
    Ok(d)
}

pub(crate) fn explanation_dict<'py>(
    py: Python<'py>,
    e: &Explanation,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("rule", e.rule)?;
    d.set_item("text", e.text)?;
    d.set_item("formula", e.formula.as_str())?;
    d.set_item("inputs", facts_dict(py, &e.inputs)?)?;
    let params = PyList::empty(py);
    for p in &e.parameters {
        params.append(param_use_dict(py, p)?)?;
    }
    d.set_item("parameters", params)?;
    d.set_item("options", facts_dict(py, &e.options)?)?;
    let comps = PyList::empty(py);
    for c in &e.components {
        comps.append(component_dict(py, c)?)?;
    }
    d.set_item("components", comps)?;
    let steps = PyList::empty(py);
    for s in &e.steps {
        steps.append(step_dict(py, s)?)?;
    }
    d.set_item("steps", steps)?;
    Ok(d)
}

/// Why a line (or a payment) is what it is: the rule, the arithmetic, the inputs, the values
/// read with their sources, the options in force, and any step after (a termination).
/// `str(explanation)` is the printable form.
#[pyclass(module = "aci", name = "Explanation", frozen)]
pub struct PyExplanation(pub Explanation);

#[pymethods]
impl PyExplanation {
    /// Stable rule identifier, e.g. `mission.part_fixe`.
    #[getter]
    fn rule(&self) -> &'static str {
        self.0.rule
    }
    /// The rule in words, with its legal basis.
    #[getter]
    fn text(&self) -> &'static str {
        self.0.text
    }
    /// The arithmetic, with the numbers used.
    #[getter]
    fn formula(&self) -> &str {
        &self.0.formula
    }
    #[getter]
    fn inputs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        facts_dict(py, &self.0.inputs)
    }
    /// The values read, each with its provenance.
    #[getter]
    fn parameters(&self) -> Vec<PyParameterUse> {
        self.0
            .parameters
            .iter()
            .cloned()
            .map(PyParameterUse)
            .collect()
    }
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        facts_dict(py, &self.0.options)
    }
    /// Each indicator's contribution to a variable part.
    #[getter]
    fn components<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.0
            .components
            .iter()
            .map(|c| component_dict(py, c))
            .collect()
    }
    /// Steps applied after the amount (the termination of the contract), in order: rule, text,
    /// formula, inputs. The last one gives the amount due.
    #[getter]
    fn steps<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.0.steps.iter().map(|s| step_dict(py, s)).collect()
    }
    /// The weakest status among the values read, or `None`.
    #[getter]
    fn weakest_status(&self) -> Option<String> {
        self.0.weakest_status().map(|s| snake(&s))
    }
    /// The provenance of every value read.
    fn sources(&self) -> Vec<PyProvenance> {
        self.0
            .parameters
            .iter()
            .map(|p| PyProvenance(Provenance::clone(&p.provenance)))
            .collect()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        explanation_dict(py, &self.0)
    }
    fn __str__(&self) -> String {
        self.0.to_string()
    }
    fn __repr__(&self) -> String {
        format!(
            "Explanation(rule='{}', formula='{}', parameters={})",
            self.0.rule,
            self.0.formula,
            self.0.parameters.len()
        )
    }
}

/// A value read for a line: version, key, taille, value and provenance.
#[pyclass(module = "aci", name = "ParameterUse", frozen)]
pub struct PyParameterUse(pub ParamUse);

#[pymethods]
impl PyParameterUse {
    /// The version read (or `contract` for the contract's own figures).
    #[getter]
    fn version(&self) -> &str {
        &self.0.version
    }
    #[getter]
    fn key(&self) -> &str {
        &self.0.key
    }
    #[getter]
    fn taille(&self) -> Option<u8> {
        self.0.taille.map(|t| t.number())
    }
    /// The value as written (text).
    #[getter]
    fn value(&self) -> &str {
        &self.0.value
    }
    #[getter]
    fn provenance(&self) -> PyProvenance {
        PyProvenance(Provenance::clone(&self.0.provenance))
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        param_use_dict(py, &self.0)
    }
    fn __repr__(&self) -> String {
        format!(
            "ParameterUse(key='{}', value='{}', version='{}', status='{}')",
            self.0.key,
            self.0.value,
            self.0.version,
            snake(&self.0.provenance.status)
        )
    }
}

/// Rounds to the cent, half away from zero (the library's one rounding rule; equals
/// `Decimal.quantize(Decimal("0.01"), ROUND_HALF_UP)`).
///
/// >>> from decimal import Decimal
/// >>> round_to_cent(Decimal("2.345"))
/// Decimal('2.35')
#[pyfunction]
pub fn round_to_cent(amount: &Bound<'_, PyAny>) -> PyResult<Decimal> {
    Ok(aci_core::money::round_to_cent(exact_decimal(
        amount, "amount",
    )?))
}
