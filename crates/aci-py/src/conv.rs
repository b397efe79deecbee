//! Exact conversions between Python values and the core's types.
//!
//! Money and shares come in as `decimal.Decimal`, `int` or `str` and never as `float`: a float
//! is refused with `FloatAmountError` naming the field (pyo3's own `Decimal` extraction would
//! accept `0.1`, see the stack notes P6). Dates come in as `datetime.date` (not `datetime`),
//! `"YYYY-MM-DD"` text, or a pandas `Timestamp` / numpy `datetime64` without a time of day
//! (what pandas holds for a date, as the batch reads them). Whole numbers (populations, years,
//! threads) come in as `int`, numpy integers or whole `Decimal`s; a negative one is an input
//! error naming the field, not pyo3's bare `OverflowError`.
//!
//! Mappings (contracts, results) are turned into JSON values with the same rules and then read
//! by the core's own serde definitions, so the Python binding accepts exactly the shapes and
//! messages of the TOML/JSON files.

use aci_core::serde_util::{parse_date, parse_decimal};
use jiff::civil::Date;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{
    PyBool, PyDate, PyDateTime, PyDict, PyFloat, PyInt, PyList, PyMapping, PySequence, PyString,
    PyTuple, PyType,
};
use rust_decimal::Decimal;
use serde_json::{Map, Value};

use crate::errors::{Problem, ReadResult, input_err};

fn decimal_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    DECIMAL.import(py, "decimal", "Decimal")
}

/// The exact text of a Python `Decimal` or `int` (no exponent), or `None` for other types.
/// Floats are refused; non-finite decimals are refused.
fn exact_text(obj: &Bound<'_, PyAny>, field: &str) -> ReadResult<Option<String>> {
    let py = obj.py();
    if obj.is_instance_of::<PyBool>() {
        return Ok(None);
    }
    if obj.is_instance_of::<PyFloat>() {
        return Err(Problem::float(field).into());
    }
    if obj.is_instance_of::<PyInt>() {
        return Ok(Some(obj.str()?.to_cow()?.into_owned()));
    }
    if obj.is_instance(decimal_type(py)?)? {
        if !obj.call_method0("is_finite")?.is_truthy()? {
            return Err(Problem::field(
                "not_finite",
                field,
                aci_core::wording::text(
                    aci_core::wording::id::PY_NOT_FINITE,
                    &[("field", &field), ("value", &obj.str()?)],
                ),
            )
            .into());
        }
        // Fixed-point text: Decimal("1E+3") → "1000".
        let text = obj.call_method1("__format__", ("f",))?;
        return Ok(Some(text.str()?.to_cow()?.into_owned()));
    }
    // numpy / pandas integers are exact: read them through `__index__`.
    if obj.hasattr("__index__")? {
        let i = obj.call_method0("__index__")?;
        return Ok(Some(i.str()?.to_cow()?.into_owned()));
    }
    // numpy floats are not PyFloat subclasses in every case (np.float32): refuse any object
    // that converts to a float and is not an integer.
    if obj.hasattr("__float__")? {
        return Err(Problem::float(field).into());
    }
    Ok(None)
}

/// An exact decimal (money, share, observed value) from a `Decimal`, an `int` or a `str`.
pub fn exact_decimal(obj: &Bound<'_, PyAny>, field: &str) -> ReadResult<Decimal> {
    let text = match exact_text(obj, field)? {
        Some(t) => t,
        None => match obj.cast::<PyString>() {
            Ok(s) => s.to_cow()?.into_owned(),
            Err(_) => {
                return Err(Problem::field(
                    "wrong_type",
                    field,
                    aci_core::wording::text(
                        aci_core::wording::id::PY_EXPECTED_DECIMAL,
                        &[("field", &field), ("type", &obj.get_type().name()?)],
                    ),
                )
                .into());
            }
        },
    };
    parse_decimal(&text)
        .map_err(|m| Problem::field("not_a_decimal", field, field_problem(field, &m)).into())
}

/// A calendar date from a `datetime.date` (a `datetime` is refused), `"YYYY-MM-DD"`, or a
/// pandas `Timestamp` / numpy `datetime64` without a time of day.
pub fn date_arg(obj: &Bound<'_, PyAny>, field: &str) -> ReadResult<Date> {
    match array_date(obj, field)? {
        Some(ArrayDate::Date(d)) => return Ok(d),
        Some(ArrayDate::NotATime) => {
            return Err(Problem::field(
                "missing_value",
                field,
                aci_core::wording::text(aci_core::wording::id::PY_NAT, &[("field", &field)]),
            )
            .into());
        }
        None => {}
    }
    if obj.is_instance_of::<PyDateTime>() {
        return Err(Problem::field(
            "wrong_type",
            field,
            aci_core::wording::text(aci_core::wording::id::PY_DATETIME, &[("field", &field)]),
        )
        .into());
    }
    if obj.is_instance_of::<PyDate>() {
        return Ok(obj.extract::<Date>()?);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return parse_date(&s.to_cow()?)
            .map_err(|m| Problem::field("not_a_date", field, field_problem(field, &m)).into());
    }
    Err(Problem::field(
        "wrong_type",
        field,
        aci_core::wording::text(
            aci_core::wording::id::PY_EXPECTED_DATE,
            &[("field", &field), ("type", &obj.get_type().name()?)],
        ),
    )
    .into())
}

/// A pandas or numpy date value.
enum ArrayDate {
    Date(Date),
    /// `pandas.NaT` or `numpy.datetime64("NaT")`: pandas' missing date.
    NotATime,
}

/// A `pandas.Timestamp` or `numpy.datetime64` as a date, `None` for any other object. A value
/// with a time of day is refused: dropping the time would be a guess (a pandas date column
/// holds midnights; `Series.dt.normalize()` or `.dt.date` makes one). A timezone-aware
/// `Timestamp` gives its own wall-clock date.
fn array_date(obj: &Bound<'_, PyAny>, field: &str) -> ReadResult<Option<ArrayDate>> {
    let ty = obj.get_type();
    let with_time = |value: String| {
        Problem::field(
            "not_a_date",
            field,
            aci_core::wording::text(
                aci_core::wording::id::PY_TIME_OF_DAY,
                &[("field", &field), ("value", &value)],
            ),
        )
        .into()
    };
    if obj.is_instance_of::<PyDateTime>() {
        if !ty.module()?.to_cow()?.starts_with("pandas") {
            return Ok(None); // a plain datetime: refused by the caller
        }
        if ty.name()?.to_cow()? == "NaTType" {
            return Ok(Some(ArrayDate::NotATime));
        }
        let part = |name: &str| -> PyResult<i64> { obj.getattr(name)?.extract() };
        let time = ["hour", "minute", "second", "microsecond", "nanosecond"];
        for name in time {
            if part(name)? != 0 {
                return Err(with_time(obj.str()?.to_cow()?.into_owned()));
            }
        }
        let (y, m, d) = (part("year")?, part("month")?, part("day")?);
        let date = i16::try_from(y)
            .ok()
            .zip(i8::try_from(m).ok().zip(i8::try_from(d).ok()))
            .and_then(|(y, (m, d))| Date::new(y, m, d).ok());
        return match date {
            Some(d) => Ok(Some(ArrayDate::Date(d))),
            None => Err(Problem::field(
                "not_a_date",
                field,
                aci_core::wording::text(
                    aci_core::wording::id::PY_DATE_RANGE,
                    &[("field", &field), ("value", &obj.str()?)],
                ),
            )
            .into()),
        };
    }
    if ty.name()?.to_cow()? != "datetime64" || ty.module()?.to_cow()? != "numpy" {
        return Ok(None);
    }
    let day = obj.call_method1("astype", ("datetime64[D]",))?;
    let text = day.str()?.to_cow()?.into_owned();
    if text == "NaT" {
        return Ok(Some(ArrayDate::NotATime));
    }
    if !day.eq(obj)? {
        return Err(with_time(obj.str()?.to_cow()?.into_owned()));
    }
    parse_date(&text)
        .map(|d| Some(ArrayDate::Date(d)))
        .map_err(|m| Problem::field("not_a_date", field, field_problem(field, &m)).into())
}

/// A whole number from an `int`, a numpy integer or a whole `Decimal`, as `T`; anything out of
/// `T`'s range (a negative population or year) is an `InvalidInputError` naming `field`, with
/// `allowed` saying what is (pyo3's own extraction raises a bare `OverflowError`).
pub fn whole_number<T: TryFrom<i128>>(
    obj: &Bound<'_, PyAny>,
    field: &str,
    allowed: &str,
) -> ReadResult<T> {
    let Some(text) = exact_text(obj, field)? else {
        return Err(Problem::field(
            "wrong_type",
            field,
            aci_core::wording::text(
                aci_core::wording::id::PY_EXPECTED_INT,
                &[("field", &field), ("type", &obj.get_type().name()?)],
            ),
        )
        .into());
    };
    let out_of_range = || {
        Problem::field(
            "out_of_range",
            field,
            aci_core::wording::text(
                aci_core::wording::id::ERROR_OUT_OF_RANGE,
                &[("field", &field), ("value", &text), ("allowed", &allowed)],
            ),
        )
        .into()
    };
    let value = parse_decimal(&text).map_err(|_| out_of_range())?;
    if !value.fract().is_zero() {
        return Err(Problem::field(
            "wrong_type",
            field,
            aci_core::wording::text(
                aci_core::wording::id::PY_NOT_WHOLE,
                &[("field", &field), ("value", &text)],
            ),
        )
        .into());
    }
    use rust_decimal::prelude::ToPrimitive;
    value
        .trunc()
        .to_i128()
        .and_then(|v| T::try_from(v).ok())
        .ok_or_else(out_of_range)
}

/// Fields whose value is a whole number (a population, a number of years): a whole `Decimal`
/// becomes an integer, and a negative number is refused naming the field (the core's serde
/// reads them as unsigned and would only say the shape does not match).
const WHOLE_NUMBER_FIELDS: &[&str] = &["population", "years"];

/// The last key of a path (`population[0].population` → `population`).
fn last_key(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

/// A whole number field of a mapping as JSON (see [`WHOLE_NUMBER_FIELDS`]); the range said
/// when it does not fit is the core's.
fn whole_number_json(obj: &Bound<'_, PyAny>, path: &str) -> ReadResult<Value> {
    let allowed = match last_key(path) {
        "years" => aci_core::wording::text(
            aci_core::wording::id::ALLOWED_RANGE,
            &[("min", &1), ("max", &aci_core::contract::MAX_YEARS)],
        ),
        _ => aci_core::wording::text(
            aci_core::wording::id::ALLOWED_POPULATION,
            &[("max", &aci_core::taille::MAX_POPULATION)],
        ),
    };
    whole_number::<u64>(obj, path, &allowed).map(Value::from)
}

/// A Python value as JSON for the core's serde readers: decimals and ints become exact strings
/// or integers, dates become `"YYYY-MM-DD"`, floats are refused naming `path`.
pub fn to_json(obj: &Bound<'_, PyAny>, path: &str) -> ReadResult<Value> {
    let py = obj.py();
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if WHOLE_NUMBER_FIELDS.contains(&last_key(path))
        && (obj.is_instance_of::<PyInt>()
            || obj.is_instance(decimal_type(py)?)?
            || (!obj.is_instance_of::<PyString>() && obj.hasattr("__index__")?))
    {
        return whole_number_json(obj, path);
    }
    if obj.is_instance_of::<PyInt>() {
        // Whole numbers stay numbers (populations, years); the core reads them exactly.
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Ok(Value::String(obj.str()?.to_cow()?.into_owned()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    // numpy / pandas integers (populations, years) stay whole numbers.
    if !obj.is_instance(decimal_type(py)?)? && obj.hasattr("__index__")? {
        return to_json(&obj.call_method0("__index__")?, path);
    }
    // Before `exact_text`: a numpy datetime64 converts to a float, and is no amount.
    if array_date(obj, path)?.is_some() {
        return Ok(Value::String(date_arg(obj, path)?.to_string()));
    }
    if let Some(text) = exact_text(obj, path)? {
        return Ok(Value::String(text));
    }
    if obj.is_instance_of::<PyDate>() {
        return Ok(Value::String(date_arg(obj, path)?.to_string()));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::with_capacity(d.len());
        for (k, v) in d.iter() {
            let key = key_text(&k, path)?;
            let sub = join(path, &key);
            map.insert(key, to_json(&v, &sub)?);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let seq = obj.cast::<PySequence>().map_err(PyErr::from)?;
        let mut out = Vec::with_capacity(seq.len()?);
        for (i, v) in seq.try_iter()?.enumerate() {
            out.push(to_json(&v?, &format!("{path}[{i}]"))?);
        }
        return Ok(Value::Array(out));
    }
    // Binding objects (Contract, YearResults, Options, …) know their own dict form.
    if obj.hasattr("_aci_spec")? {
        return to_json(&obj.call_method0("_aci_spec")?, path);
    }
    if let Ok(m) = obj.cast::<PyMapping>() {
        return to_json(
            &PyDict::from_sequence(&m.items()?.into_any())?.into_any(),
            path,
        );
    }
    Err(Problem::field(
        "wrong_type",
        path,
        aci_core::wording::text(
            aci_core::wording::id::PY_CANNOT_USE,
            &[
                (
                    "path",
                    &if path.is_empty() {
                        aci_core::wording::text(aci_core::wording::id::PY_VALUE, &[])
                    } else {
                        path.to_string()
                    },
                ),
                ("type", &obj.get_type().name()?),
            ],
        ),
    )
    .into())
}

fn key_text(k: &Bound<'_, PyAny>, path: &str) -> ReadResult<String> {
    match k.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => Ok(k.str()?.to_cow()?.into_owned()).and_then(|s| {
            if k.is_instance_of::<PyInt>() {
                Ok(s)
            } else {
                Err(Problem::field(
                    "wrong_type",
                    path,
                    aci_core::wording::text(
                        aci_core::wording::id::PY_KEYS_STRINGS,
                        &[("path", &path), ("type", &k.get_type().name()?)],
                    ),
                )
                .into())
            }
        }),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Merges a positional mapping and keyword fields into one JSON object.
pub fn spec_json(
    spec: Option<&Bound<'_, PyAny>>,
    fields: Option<&Bound<'_, PyDict>>,
) -> PyResult<Value> {
    let mut map = match spec {
        None => Map::new(),
        Some(s) if s.is_none() => Map::new(),
        Some(s) => match to_json(s, "")? {
            Value::Object(m) => m,
            _ => {
                return Err(input_err(
                    s.py(),
                    "wrong_type",
                    None,
                    aci_core::wording::text(
                        aci_core::wording::id::PY_EXPECTED_MAPPING,
                        &[("type", &s.get_type().name()?)],
                    ),
                ));
            }
        },
    };
    if let Some(f) = fields
        && let Value::Object(extra) = to_json(f.as_any(), "")?
    {
        map.extend(extra);
    }
    Ok(Value::Object(map))
}

/// Field names whose string values are exact decimals or dates when a spec goes back to Python.
const DECIMAL_FIELDS: &[&str] = &[
    "fixed",
    "fixed_first_year",
    "variable",
    "operating_amount",
    "amount",
    "threshold",
    "baseline",
    "target",
];
const DATE_FIELDS: &[&str] = &["signed", "start", "end", "from"];

/// A serialized spec (contract, results) back to Python, with `Decimal` and `date` values.
pub fn spec_to_py<'py>(py: Python<'py>, v: &Value, key: &str) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any(),
            (_, Some(u)) => u.into_pyobject(py)?.into_any(),
            _ => n.to_string().into_pyobject(py)?.into_any(),
        },
        Value::String(s) if DECIMAL_FIELDS.contains(&key) => match parse_decimal(s) {
            Ok(d) => d.into_pyobject(py)?,
            Err(_) => s.into_pyobject(py)?.into_any(),
        },
        Value::String(s) if DATE_FIELDS.contains(&key) => match parse_date(s) {
            Ok(d) => d.into_pyobject(py)?.into_any(),
            Err(_) => s.into_pyobject(py)?.into_any(),
        },
        Value::String(s) => s.into_pyobject(py)?.into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(spec_to_py(py, item, key)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let d = PyDict::new(py);
            for (k, item) in map {
                d.set_item(k, spec_to_py(py, item, k)?)?;
            }
            d.into_any()
        }
    })
}

// ---- whole-number arguments (pyo3 `from_py_with`) -------------------------------------------

/// `year`: a contract year number.
pub fn year_arg(obj: &Bound<'_, PyAny>) -> PyResult<u32> {
    Ok(whole_number(obj, "year", "1 or more")?)
}

/// `population`: inhabitants.
pub fn population_arg(obj: &Bound<'_, PyAny>) -> PyResult<u64> {
    let allowed = aci_core::wording::text(
        aci_core::wording::id::ALLOWED_POPULATION,
        &[("max", &aci_core::taille::MAX_POPULATION)],
    );
    Ok(whole_number(obj, "population", &allowed)?)
}

/// `thresholds`: the lower bounds of tailles 2 to 4.
pub fn thresholds_arg(obj: &Bound<'_, PyAny>) -> PyResult<(u64, u64, u64)> {
    let items: Vec<Bound<'_, PyAny>> = obj
        .try_iter()
        .and_then(|it| it.collect())
        .ok()
        .filter(|v: &Vec<_>| v.len() == 3)
        .ok_or_else(|| {
            input_err(
                obj.py(),
                "wrong_type",
                Some("thresholds"),
                aci_core::wording::text(aci_core::wording::id::PY_THRESHOLDS, &[]),
            )
        })?;
    let zero_or_more = aci_core::wording::text(aci_core::wording::id::PY_ZERO_OR_MORE, &[]);
    let t = |i: usize| whole_number::<u64>(&items[i], "thresholds", &zero_or_more);
    Ok((t(0)?, t(1)?, t(2)?))
}

/// An optional whole number of 0 or more (`None` stays `None`).
fn optional_count<T: TryFrom<i128>>(obj: &Bound<'_, PyAny>, field: &str) -> PyResult<Option<T>> {
    if obj.is_none() {
        return Ok(None);
    }
    Ok(Some(whole_number(obj, field, "0 or more")?))
}

/// `threads`: `None` for every core.
pub fn threads_arg(obj: &Bound<'_, PyAny>) -> PyResult<Option<usize>> {
    optional_count(obj, "threads")
}

/// `draws` of a forecast.
pub fn draws_arg(obj: &Bound<'_, PyAny>) -> PyResult<Option<u64>> {
    optional_count(obj, "draws")
}

/// `seed` of a forecast.
pub fn seed_arg(obj: &Bound<'_, PyAny>) -> PyResult<Option<u64>> {
    optional_count(obj, "seed")
}

/// `field: problem`, in the current language.
fn field_problem(field: &str, problem: &str) -> String {
    aci_core::wording::text(
        aci_core::wording::id::PY_FIELD,
        &[("field", &field), ("problem", &problem)],
    )
}
