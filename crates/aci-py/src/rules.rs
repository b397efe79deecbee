//! Rule data: versions, their parameter values with provenance, and taille classification.

use std::sync::{Arc, OnceLock};

use aci_core::params::Kind;
use aci_core::provenance::{Provenance, Source};
use aci_core::rules::{Parameter, RuleBook, Value, Version};
use aci_core::taille::{Boundary, Taille, Thresholds, check_population};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::conv::date_arg;
use crate::errors::{CoreResultExt, input_err, rule_file_err};

/// The shipped rule book, shared.
pub fn shipped() -> Arc<RuleBook> {
    static SHIPPED: OnceLock<Arc<RuleBook>> = OnceLock::new();
    SHIPPED
        .get_or_init(|| Arc::new(RuleBook::shipped().clone()))
        .clone()
}

/// Parses a boundary convention name (`as_worded`, `lower_inclusive` or `upper_inclusive`).
pub fn parse_boundary(py: Python<'_>, name: &str) -> PyResult<Boundary> {
    serde_json::from_value(serde_json::Value::String(name.into())).map_err(|_| {
        input_err(
            py,
            "unknown_option",
            Some("boundary"),
            format!(
                "boundary = '{name}' is not allowed: use 'as_worded', 'lower_inclusive' or 'upper_inclusive'"
            ),
        )
    })
}

/// The rule data: every agreement version with its values and their sources.
///
/// >>> rules = RuleBook.shipped()
/// >>> [v.id for v in rules.versions]
/// ['aci-2019', 'avenant-2']
#[pyclass(module = "aci", name = "RuleBook", frozen)]
#[derive(Clone)]
pub struct PyRuleBook {
    pub inner: Arc<RuleBook>,
}

#[pymethods]
impl PyRuleBook {
    /// The rule data shipped with the library.
    #[staticmethod]
    fn shipped() -> Self {
        PyRuleBook { inner: shipped() }
    }

    /// Parses a rule file (format `aci-rules/1`); raises `RuleFileError` naming the field.
    #[staticmethod]
    fn from_toml(py: Python<'_>, text: &str) -> PyResult<Self> {
        let text = text.to_owned();
        let book = py
            .detach(move || RuleBook::from_toml_str(&text))
            .map_err(|e| rule_file_err(py, &e))?;
        Ok(PyRuleBook {
            inner: Arc::new(book),
        })
    }

    /// Reads a rule file from disk.
    #[staticmethod]
    fn from_path(py: Python<'_>, path: std::path::PathBuf) -> PyResult<Self> {
        if !path.exists() {
            return Err(crate::errors::missing_file_err(
                py,
                "path",
                &path,
                format!("rule file: cannot read {}: no such file", path.display()),
            ));
        }
        let book = RuleBook::from_path(&path).map_err(|e| rule_file_err(py, &e))?;
        Ok(PyRuleBook {
            inner: Arc::new(book),
        })
    }

    /// The shipped rule file as text (a starting point for a corrected file).
    #[staticmethod]
    fn shipped_toml() -> &'static str {
        aci_core::rules::SHIPPED_TOML
    }

    /// Every version, in force order.
    #[getter]
    fn versions(&self) -> Vec<PyVersion> {
        (0..self.inner.versions.len())
            .map(|index| PyVersion {
                book: self.inner.clone(),
                index,
            })
            .collect()
    }

    /// The documents the rule data cites.
    #[getter]
    fn sources(&self) -> Vec<PySource> {
        self.inner.sources.iter().cloned().map(PySource).collect()
    }

    /// The version in force on `date` (raises `InvalidInputError` before the first one).
    fn version_at(&self, py: Python<'_>, date: &Bound<'_, PyAny>) -> PyResult<PyVersion> {
        let d = date_arg(date, "date")?;
        let v = self.inner.version_at(d).py_err(py)?;
        Ok(self.wrap(v))
    }

    /// A version by identifier, or `None`.
    fn version(&self, id: &str) -> Option<PyVersion> {
        self.inner.version(id).map(|v| self.wrap(v))
    }

    /// A parameter by version, rule-file key and taille, or `None`.
    ///
    /// >>> RuleBook.shipped().lookup("avenant-2", "fonctionnement.montant_annuel", 3).value
    /// Decimal('75000.00')
    #[pyo3(signature = (version, key, taille=None))]
    fn lookup(
        &self,
        py: Python<'_>,
        version: &str,
        key: &str,
        taille: Option<u8>,
    ) -> PyResult<Option<PyParameter>> {
        let t = taille.map(Taille::try_from).transpose().py_err(py)?;
        Ok(self.inner.lookup(version, key, t).cloned().map(PyParameter))
    }

    /// The population thresholds of tailles 2, 3 and 4 in force on `on`.
    fn thresholds(&self, py: Python<'_>, on: &Bound<'_, PyAny>) -> PyResult<(u64, u64, u64)> {
        let d = date_arg(on, "on")?;
        let [a, b, c] = self.inner.version_at(d).py_err(py)?.thresholds().bounds();
        Ok((a, b, c))
    }

    /// The taille (1 to 4) of a population under the thresholds in force on `on`.
    ///
    /// >>> import datetime
    /// >>> RuleBook.shipped().taille(80000, datetime.date(2023, 1, 1))
    /// 2
    /// >>> RuleBook.shipped().taille(80000, datetime.date(2023, 1, 1), "lower_inclusive")
    /// 3
    #[pyo3(signature = (population, on, boundary="as_worded"))]
    fn taille(
        &self,
        py: Python<'_>,
        #[pyo3(from_py_with = crate::conv::population_arg)] population: u64,
        on: &Bound<'_, PyAny>,
        boundary: &str,
    ) -> PyResult<u8> {
        let d = date_arg(on, "on")?;
        let b = parse_boundary(py, boundary)?;
        let p = check_population("population", population).py_err(py)?;
        Ok(self
            .inner
            .version_at(d)
            .py_err(py)?
            .thresholds()
            .classify(p, b)
            .number())
    }

    fn __repr__(&self) -> String {
        let ids: Vec<&str> = self.inner.versions.iter().map(|v| v.id.as_str()).collect();
        format!(
            "RuleBook(versions=[{}], sources={})",
            ids.join(", "),
            self.inner.sources.len()
        )
    }

    fn __len__(&self) -> usize {
        self.inner.versions.len()
    }
}

impl PyRuleBook {
    fn wrap(&self, v: &Version) -> PyVersion {
        let index = self
            .inner
            .versions
            .iter()
            .position(|x| std::ptr::eq(x, v))
            .unwrap_or_default();
        PyVersion {
            book: self.inner.clone(),
            index,
        }
    }
}

/// One agreement version and every parameter that applies under it (own and inherited).
#[pyclass(module = "aci", name = "Version", frozen)]
pub struct PyVersion {
    book: Arc<RuleBook>,
    index: usize,
}

impl PyVersion {
    fn v(&self) -> &Version {
        &self.book.versions[self.index]
    }
}

#[pymethods]
impl PyVersion {
    #[getter]
    fn id(&self) -> &str {
        &self.v().id
    }
    #[getter]
    fn title(&self) -> &str {
        &self.v().title
    }
    #[getter]
    fn in_force_from(&self) -> jiff::civil::Date {
        self.v().in_force_from
    }
    #[getter]
    fn in_force_provenance(&self) -> PyProvenance {
        PyProvenance(self.v().in_force_provenance.clone())
    }
    #[getter]
    fn inherits(&self) -> Option<&str> {
        self.v().inherits.as_deref()
    }
    /// Every parameter, ordered by key then taille.
    #[getter]
    fn parameters(&self) -> Vec<PyParameter> {
        self.v()
            .parameters()
            .iter()
            .cloned()
            .map(PyParameter)
            .collect()
    }
    /// The missions that exist in this version, in breakdown order.
    #[getter]
    fn missions(&self) -> Vec<&'static str> {
        self.v().missions().map(|m| m.key()).collect()
    }
    /// Population thresholds of tailles 2, 3 and 4.
    #[getter]
    fn thresholds(&self) -> (u64, u64, u64) {
        let [a, b, c] = self.v().thresholds().bounds();
        (a, b, c)
    }
    /// A parameter by rule-file key (and taille for per-taille keys), or `None`.
    #[pyo3(signature = (key, taille=None))]
    fn get(&self, py: Python<'_>, key: &str, taille: Option<u8>) -> PyResult<Option<PyParameter>> {
        let t = taille.map(Taille::try_from).transpose().py_err(py)?;
        Ok(self
            .book
            .lookup(&self.v().id, key, t)
            .cloned()
            .map(PyParameter))
    }
    fn __repr__(&self) -> String {
        let v = self.v();
        format!(
            "Version(id='{}', in_force_from={}, parameters={})",
            v.id,
            v.in_force_from,
            v.parameters().len()
        )
    }
}

/// One sourced value of a version.
#[pyclass(module = "aci", name = "Parameter", frozen)]
pub struct PyParameter(pub Parameter);

#[pymethods]
impl PyParameter {
    /// Rule-file key, e.g. `fonctionnement.montant_annuel`.
    #[getter]
    fn key(&self) -> &str {
        &self.0.key
    }
    #[getter]
    fn taille(&self) -> Option<u8> {
        self.0.taille.map(Taille::number)
    }
    /// `Decimal` (money, rate, count), `datetime.date` or `bool`.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        value_to_py(py, &self.0.value)
    }
    /// `money`, `rate`, `count`, `date` or `flag`.
    #[getter]
    fn kind(&self) -> &'static str {
        match self.0.param.kind() {
            Kind::Money => "money",
            Kind::Rate => "rate",
            Kind::Count => "count",
            Kind::Date => "date",
            Kind::Flag => "flag",
        }
    }
    /// What the parameter means.
    #[getter]
    fn description(&self) -> &'static str {
        self.0.param.description()
    }
    /// The version whose file section defines the value (differs when inherited).
    #[getter]
    fn defined_in(&self) -> &str {
        &self.0.defined_in
    }
    #[getter]
    fn provenance(&self) -> PyProvenance {
        PyProvenance(self.0.provenance.clone())
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("key", &self.0.key)?;
        d.set_item("taille", self.taille())?;
        d.set_item("value", self.value(py)?)?;
        d.set_item("kind", self.kind())?;
        d.set_item("defined_in", &self.0.defined_in)?;
        d.set_item("provenance", provenance_dict(py, &self.0.provenance)?)?;
        Ok(d)
    }
    fn __repr__(&self) -> String {
        let t = self
            .0
            .taille
            .map(|t| format!(", taille={t}"))
            .unwrap_or_default();
        format!(
            "Parameter(key='{}'{t}, value={}, status='{}', source='{}')",
            self.0.key,
            match self.0.value {
                Value::Decimal(d) => format!("Decimal('{d}')"),
                Value::Date(d) => format!("date('{d}')"),
                Value::Flag(b) => if b { "True" } else { "False" }.into(),
            },
            status_name(&self.0.provenance),
            self.0.provenance.source
        )
    }
}

pub fn value_to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Decimal(d) => d.into_pyobject(py)?,
        Value::Date(d) => d.into_pyobject(py)?.into_any(),
        Value::Flag(b) => pyo3::types::PyBool::new(py, *b).to_owned().into_any(),
    })
}

fn status_name(p: &Provenance) -> String {
    serde_json::to_value(p.status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

pub fn provenance_dict<'py>(py: Python<'py>, p: &Provenance) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("source", p.source.as_str())?;
    d.set_item("source_title", p.source_title.as_str())?;
    d.set_item("url", p.url.as_deref())?;
    d.set_item("article", p.article.as_deref())?;
    d.set_item("status", status_name(p))?;
    d.set_item("note", p.note.as_deref())?;
    Ok(d)
}

/// Where a value comes from: source, article, status (`primary`, `secondary`, `contract`,
/// `negotiation`, `this_contract`), and a caveat.
#[pyclass(module = "aci", name = "Provenance", frozen)]
pub struct PyProvenance(pub Provenance);

#[pymethods]
impl PyProvenance {
    #[getter]
    fn source(&self) -> &str {
        &self.0.source
    }
    #[getter]
    fn source_title(&self) -> &str {
        &self.0.source_title
    }
    #[getter]
    fn url(&self) -> Option<&str> {
        self.0.url.as_deref()
    }
    #[getter]
    fn article(&self) -> Option<&str> {
        self.0.article.as_deref()
    }
    #[getter]
    fn status(&self) -> String {
        status_name(&self.0)
    }
    /// P, S, C, NEG or K.
    #[getter]
    fn status_tag(&self) -> &'static str {
        self.0.status.tag()
    }
    #[getter]
    fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        provenance_dict(py, &self.0)
    }
    fn __str__(&self) -> String {
        self.0.to_string()
    }
    fn __repr__(&self) -> String {
        format!(
            "Provenance(source='{}', status='{}', article={:?})",
            self.0.source,
            status_name(&self.0),
            self.0.article
        )
    }
}

/// A document the rule data cites.
#[pyclass(module = "aci", name = "Source", frozen)]
pub struct PySource(pub Source);

#[pymethods]
impl PySource {
    #[getter]
    fn id(&self) -> &str {
        &self.0.id
    }
    #[getter]
    fn title(&self) -> &str {
        &self.0.title
    }
    #[getter]
    fn url(&self) -> Option<&str> {
        self.0.url.as_deref()
    }
    fn __repr__(&self) -> String {
        format!("Source(id='{}')", self.0.id)
    }
}

/// The taille (1 to 4) of a population for given thresholds (lower bounds of tailles 2 to 4).
///
/// >>> classify_taille(40000)
/// 2
/// >>> classify_taille(175000)
/// 3
/// >>> classify_taille(40000, boundary="upper_inclusive")
/// 1
#[pyfunction]
#[pyo3(
    signature = (population, thresholds=(40_000, 80_000, 175_000), boundary="as_worded"),
    text_signature = "(population, thresholds=(40000, 80000, 175000), boundary='as_worded')"
)]
pub fn classify_taille(
    py: Python<'_>,
    #[pyo3(from_py_with = crate::conv::population_arg)] population: u64,
    #[pyo3(from_py_with = crate::conv::thresholds_arg)] thresholds: (u64, u64, u64),
    boundary: &str,
) -> PyResult<u8> {
    let b = parse_boundary(py, boundary)?;
    let t = Thresholds::new([thresholds.0, thresholds.1, thresholds.2])
        .map_err(|e| input_err(py, "out_of_range", Some("thresholds"), e.to_string()))?;
    let p = check_population("population", population).py_err(py)?;
    Ok(t.classify(p, b).number())
}

/// The national per-mission envelope table to fill (the rows of `aci envelopes --template`):
/// one dict per cell (`version`, `taille`, `key`, `meaning`, `amount` — a `Decimal`, or `None`
/// when not known —, `known_status`, `known_source`). Write it to a `.csv` with columns
/// `version, taille, key, amount` (and `note`), fill it from the official text, and pass it as
/// `Engine(envelopes=path)`.
///
/// >>> rows = envelope_template()
/// >>> len(rows), rows[0]["key"], rows[0]["amount"] is None
/// (92, 'mission.acces_aux_soins.part_fixe', True)
#[pyfunction]
#[pyo3(signature = (rules=None))]
pub fn envelope_template<'py>(
    py: Python<'py>,
    rules: Option<PyRef<'_, PyRuleBook>>,
) -> PyResult<Vec<Bound<'py, PyDict>>> {
    let rules = rules.map_or_else(shipped, |r| r.inner.clone());
    aci_core::envelopes::template(&rules)
        .iter()
        .map(|row| {
            let d = PyDict::new(py);
            d.set_item("version", &row.slot.version)?;
            d.set_item("taille", row.slot.taille.number())?;
            d.set_item("key", row.slot.key.to_string())?;
            d.set_item("meaning", aci_core::envelopes::meaning(row.slot.key))?;
            d.set_item("amount", row.known.and_then(|p| p.decimal()))?;
            d.set_item(
                "known_status",
                row.known.map(|p| status_name(&p.provenance)),
            )?;
            d.set_item(
                "known_source",
                row.known.map(|p| p.provenance.source_title.to_string()),
            )?;
            Ok(d)
        })
        .collect()
}
