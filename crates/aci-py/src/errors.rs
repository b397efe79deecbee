//! Core errors → the Python exception hierarchy of `aci.errors`.
//!
//! The classes are defined in Python (`python/aci/errors.py`) because they use multiple
//! inheritance (`InvalidInputError(AciError, ValueError)`, `FloatAmountError(…, TypeError)`),
//! which `create_exception!` cannot express. They are imported once and cached.

use std::borrow::Cow;

use aci_core::Error;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

/// The Python exception classes, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Aci,
    InvalidInput,
    FloatAmount,
    RuleFile,
    MissingAmount,
    AmountOverflow,
    MissingFile,
}

impl Class {
    fn name(self) -> &'static str {
        match self {
            Class::Aci => "AciError",
            Class::InvalidInput => "InvalidInputError",
            Class::FloatAmount => "FloatAmountError",
            Class::RuleFile => "RuleFileError",
            Class::MissingAmount => "MissingAmountError",
            Class::AmountOverflow => "AmountOverflowError",
            Class::MissingFile => "MissingFileError",
        }
    }

    fn cell(self) -> &'static PyOnceLock<Py<PyType>> {
        static CELLS: [PyOnceLock<Py<PyType>>; 7] = [
            PyOnceLock::new(),
            PyOnceLock::new(),
            PyOnceLock::new(),
            PyOnceLock::new(),
            PyOnceLock::new(),
            PyOnceLock::new(),
            PyOnceLock::new(),
        ];
        &CELLS[self as usize]
    }
}

/// A problem found by the binding or the core, before it becomes a Python exception.
/// Plain data (no Python objects), so batch workers can produce it without the GIL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub class: Class,
    pub kind: Cow<'static, str>,
    pub field: Option<String>,
    pub message: String,
    pub row: Option<usize>,
}

impl Problem {
    pub fn input(kind: &'static str, field: Option<String>, message: impl Into<String>) -> Self {
        Problem {
            class: Class::InvalidInput,
            kind: Cow::Borrowed(kind),
            field,
            message: message.into(),
            row: None,
        }
    }

    /// An invalid-input problem with `field` (an argument, a column, a path in a mapping).
    pub fn field(kind: &'static str, field: &str, message: impl Into<String>) -> Self {
        Problem::input(kind, Some(field.to_string()), message)
    }

    pub fn float(field: &str) -> Self {
        Problem {
            class: Class::FloatAmount,
            kind: Cow::Borrowed("float_amount"),
            field: Some(field.to_string()),
            message: aci_core::wording::text(aci_core::wording::id::PY_FLOAT, &[("field", &field)]),
            row: None,
        }
    }

    /// A core error, classified; `rule_file` marks errors raised while reading rule data.
    pub fn core(e: &Error, rule_file: bool) -> Self {
        let (class, field): (Class, Option<String>) = match e {
            Error::RuleFileSyntax(_) => (Class::RuleFile, None),
            Error::RuleFileInvalid { field, .. } => (Class::RuleFile, Some(field.clone())),
            Error::BeforeFirstVersion { .. } => (Class::InvalidInput, Some("date".into())),
            Error::OutOfRange { field, .. }
            | Error::SubCentAmount { field, .. }
            | Error::DatesOutOfOrder { field, .. }
            | Error::Duplicate { field, .. }
            | Error::UnknownMission { field, .. } => (Class::InvalidInput, Some(field.clone())),
            Error::MissionBeforeContract { mission, .. } => (
                Class::InvalidInput,
                Some(format!("missions.{mission}.start")),
            ),
            Error::TiersNotOrdered { indicator, .. } => (
                Class::InvalidInput,
                Some(format!("indicators.{indicator}.tiers")),
            ),
            Error::IndicatorsExceedEnvelope { mission, .. } => (
                Class::InvalidInput,
                Some(format!("missions.{mission}.variable")),
            ),
            Error::Overflow { .. } => (Class::AmountOverflow, None),
            Error::YearOutOfRange { .. } => (Class::InvalidInput, Some("year".into())),
            Error::UnknownIndicator { indicator, .. } => (
                Class::InvalidInput,
                Some(format!("results.indicators.{indicator}")),
            ),
            Error::ObservationKind { indicator, .. } => {
                (Class::InvalidInput, Some(indicator.clone()))
            }
            Error::MissingMissionAmount {
                mission,
                contract_field,
                ..
            } => (
                Class::MissingAmount,
                Some(format!("missions.{mission}.{contract_field}")),
            ),
            Error::EnvelopeTable { .. } => (Class::InvalidInput, Some("envelopes".into())),
            Error::MissingParameter { parameter, .. } => {
                (Class::MissingAmount, Some(parameter.clone()))
            }
            // The core's error enum is non-exhaustive: a new variant still reaches Python.
            _ => (Class::Aci, None),
        };
        // The kind is the core's (`aci_core::error::KINDS`, listed in docs/errors.md).
        let kind = e.kind();
        let class = if rule_file && class != Class::AmountOverflow {
            Class::RuleFile
        } else {
            class
        };
        Problem {
            class,
            kind: Cow::Borrowed(kind),
            field,
            message: e.to_string(),
            row: None,
        }
    }

    /// The same problem, located at a batch row.
    pub fn at_row(mut self, row: usize, context: &str) -> Self {
        self.message = aci_core::wording::text(
            aci_core::wording::id::PY_AT_ROW,
            &[
                ("row", &row),
                ("context", &context),
                ("message", &self.message),
            ],
        );
        self.row = Some(row);
        self
    }

    pub fn into_pyerr(self, py: Python<'_>) -> PyErr {
        match self.build(py) {
            Ok(e) | Err(e) => e,
        }
    }

    fn build(self, py: Python<'_>) -> PyResult<PyErr> {
        let ty = self
            .class
            .cell()
            .import(py, "aci.errors", self.class.name())?;
        let exc = ty.call1((self.message,))?;
        exc.setattr("kind", self.kind.as_ref())?;
        exc.setattr("field", self.field)?;
        exc.setattr("row", self.row)?;
        Ok(PyErr::from_value(exc))
    }
}

/// A problem raised where the GIL is held (`?` in a function returning `PyResult`).
impl From<Problem> for PyErr {
    fn from(p: Problem) -> PyErr {
        Python::attach(|py| p.into_pyerr(py))
    }
}

/// Why a Python value could not be read: a problem with the value (raised as its `aci.errors`
/// class; in a batch, the error of the item's row), or an exception Python raised while it was
/// read (a failing `__str__`), passed on as it is.
#[derive(Debug)]
pub enum ReadError {
    Input(Problem),
    Python(PyErr),
}

pub type ReadResult<T> = Result<T, ReadError>;

impl From<Problem> for ReadError {
    fn from(p: Problem) -> Self {
        ReadError::Input(p)
    }
}

impl From<PyErr> for ReadError {
    fn from(e: PyErr) -> Self {
        ReadError::Python(e)
    }
}

impl From<ReadError> for PyErr {
    fn from(e: ReadError) -> PyErr {
        match e {
            ReadError::Input(p) => p.into(),
            ReadError::Python(e) => e,
        }
    }
}

/// A core error as a Python exception.
pub fn core_err(py: Python<'_>, e: &Error) -> PyErr {
    Problem::core(e, false).into_pyerr(py)
}

/// A core error raised while reading rule data, as a `RuleFileError`.
pub fn rule_file_err(py: Python<'_>, e: &Error) -> PyErr {
    Problem::core(e, true).into_pyerr(py)
}

/// An invalid-input error raised by the binding itself.
pub fn input_err(
    py: Python<'_>,
    kind: &'static str,
    field: Option<&str>,
    message: impl Into<String>,
) -> PyErr {
    Problem::input(kind, field.map(str::to_string), message).into_pyerr(py)
}

/// A file named by the caller does not exist: a `MissingFileError` (also a Python
/// `FileNotFoundError`, with `errno`, `strerror` and `filename` set), `field` naming the argument.
pub fn missing_file_err(
    py: Python<'_>,
    field: &str,
    path: &std::path::Path,
    message: String,
) -> PyErr {
    let err = Problem {
        class: Class::MissingFile,
        kind: Cow::Borrowed("file_not_found"),
        field: Some(field.to_string()),
        message,
        row: None,
    }
    .into_pyerr(py);
    let value = err.value(py);
    let set = || -> PyResult<()> {
        value.setattr("errno", 2)?; // ENOENT
        value.setattr("strerror", "No such file or directory")?;
        value.setattr("filename", path.to_string_lossy().into_owned())
    };
    match set() {
        Ok(()) => err,
        Err(e) => e,
    }
}

/// Extension trait: `core_result.py_err(py)?`.
pub trait CoreResultExt<T> {
    fn py_err(self, py: Python<'_>) -> PyResult<T>;
}

impl<T> CoreResultExt<T> for Result<T, Error> {
    fn py_err(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|e| core_err(py, &e))
    }
}
