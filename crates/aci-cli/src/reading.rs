//! Reading a scenario file: every problem of its shape in one pass, each with its line, the
//! field at fault and what to write instead.
//!
//! The shape is the core's serde types ([`Scenario`] and what it holds), never a second
//! description: the file is parsed into a tree, deserialized with the path of the failing
//! field tracked, and on each failure the faulty value is set aside (removed, or replaced by a
//! stand-in of another kind when the field is required) and the tree read again, until it
//! reads or nothing more can be set aside. Stand-ins only let the reading go on: a file with
//! problems is never computed.

use std::borrow::Cow;

use aci_core::simulation::Scenario;
use aci_core::suggest;
use aci_core::wording::{id, text as words};
use serde_path_to_error::Segment;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::examples;

/// One problem: the line it is on (when known) and what is wrong, field first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: Option<usize>,
    pub message: String,
}

impl Problem {
    /// `origin:line: message`.
    pub fn located(&self, origin: &str) -> String {
        match self.line {
            Some(l) => format!("{origin}:{l}: {}", self.message),
            None => format!("{origin}: {}", self.message),
        }
    }
}

/// Most problems listed for one file (each costs a reading of the file).
const MAX_PROBLEMS: usize = 50;

/// Reads a scenario, TOML or JSON (when `origin` ends in `.json`): the scenario, or every
/// problem found.
pub fn read(origin: &str, text: &str) -> Result<Scenario, Vec<Problem>> {
    if origin.to_ascii_lowercase().ends_with(".json") {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            vec![Problem {
                line: Some(e.line()),
                message: words(id::READING_SYNTAX, &[("format", &"JSON"), ("message", &e)]),
            }]
        })?;
        collect(Json {
            value,
            lines: Lines::Text(text),
        })
    } else {
        // Every grammar error at once; the fields are read only in a file whose grammar holds
        // (after a broken line, which field a value belongs to is a guess).
        let (root, errors) = DeTable::parse_recoverable(text);
        if !errors.is_empty() {
            let mut problems: Vec<Problem> = errors
                .iter()
                .map(|e| Problem {
                    line: e.span().map(|s| line_of(text, s.start)),
                    message: grammar_message(text, e),
                })
                .collect();
            // One broken line makes the parser stumble several times: its first word is kept.
            problems.sort_by_key(|p| p.line);
            problems.dedup_by_key(|p| p.line);
            return Err(problems);
        }
        collect(Toml { root, text })
    }
}

/// The parser's message, with the key named where the parser only says "duplicate key".
fn grammar_message(text: &str, e: &toml::de::Error) -> String {
    let message = e.message().trim_end();
    let key = e
        .span()
        .and_then(|s| text.get(s))
        .map(|k| k.trim().trim_matches('"'))
        .filter(|k| !k.is_empty() && !k.contains('\n'));
    match key {
        Some(key) if message == "duplicate key" => {
            words(id::READING_DUPLICATE_KEY, &[("key", &key)])
        }
        _ => words(
            id::READING_SYNTAX,
            &[("format", &"TOML"), ("message", &message)],
        ),
    }
}

/// The 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Reads a scenario from a tree of values built from something else than text (a workbook):
/// the same reading and messages as a JSON file, each problem's `line` being the number given
/// in `places` to the value's path, or to the nearest path above it.
pub fn read_value(
    value: serde_json::Value,
    places: &std::collections::BTreeMap<Vec<Step>, usize>,
) -> Result<Scenario, Vec<Problem>> {
    collect(Json {
        value,
        lines: Lines::Places(places),
    })
}

/// A step of a path into the tree.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// `contract.missions[0].fixed`.
fn show(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Why the tree did not read: where, and serde's message.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Fault {
    /// `None` when the path went through something that is not a key or an index.
    path: Option<Vec<Step>>,
    message: String,
    line: Option<usize>,
}

/// What serde's message says, for the three messages about fields and names.
enum Says<'m> {
    /// `unknown field `x`, expected one of …` (the path is the table holding it).
    UnknownField {
        field: &'m str,
        allowed: Vec<&'m str>,
    },
    /// `missing field `x`` (the path is the table that lacks it).
    MissingField(&'m str),
    /// `unknown variant `x`, expected one of …` (a name outside a fixed list).
    UnknownName {
        name: &'m str,
        allowed: Vec<&'m str>,
    },
    /// Anything else: the value at the path is wrong.
    Value,
}

/// The words between backticks.
fn quoted(message: &str) -> Vec<&str> {
    message.split('`').skip(1).step_by(2).collect()
}

fn says(message: &str) -> Says<'_> {
    let words = quoted(message);
    match words.split_first() {
        Some((&first, rest)) if message.starts_with("unknown field `") => Says::UnknownField {
            field: first,
            allowed: rest.to_vec(),
        },
        Some((&first, _)) if message.starts_with("missing field `") => Says::MissingField(first),
        Some((&first, rest)) if message.starts_with("unknown variant `") => Says::UnknownName {
            name: first,
            allowed: rest.to_vec(),
        },
        _ => Says::Value,
    }
}

impl Fault {
    /// The path of the value at fault: for an unknown or missing field, the field in its table.
    fn target(&self) -> Option<Vec<Step>> {
        let mut path = self.path.clone()?;
        if let Says::UnknownField { field, .. } | Says::MissingField(field) = says(&self.message) {
            let step = Step::Key(field.to_string());
            if path.last() != Some(&step) {
                path.push(step);
            }
        }
        Some(path)
    }

    /// The problem as a person reads it: the field, what is wrong, what to write.
    fn problem(&self) -> Problem {
        let target = self.target().map(|p| show(&p)).unwrap_or_default();
        let at = if target.is_empty() {
            String::new()
        } else {
            words(id::READING_AT, &[("path", &target)])
        };
        let message = match says(&self.message) {
            Says::UnknownField { field, allowed } => words(
                id::READING_UNKNOWN_FIELD,
                &[
                    ("at", &at),
                    (
                        "did_you_mean",
                        &suggest::did_you_mean(field, allowed.iter().copied()),
                    ),
                    ("allowed", &allowed.join(", ")),
                ],
            ),
            Says::MissingField(field) => words(
                id::READING_MISSING_FIELD,
                &[("at", &at), ("example", &example(field))],
            ),
            Says::UnknownName { name, allowed } => words(
                id::READING_UNKNOWN_VALUE,
                &[
                    ("at", &at),
                    ("name", &name),
                    (
                        "did_you_mean",
                        &suggest::did_you_mean(name, allowed.iter().copied()),
                    ),
                    ("allowed", &allowed.join(", ")),
                ],
            ),
            Says::Value => {
                let key = match self.target().as_deref().and_then(<[Step]>::last) {
                    Some(Step::Key(k)) => k.clone(),
                    _ => String::new(),
                };
                plain_words(&at, &self.message, &key)
            }
        };
        Problem {
            line: self.line,
            message,
        }
    }
}

/// serde's `invalid type: string "1", expected u32` in words a person acts on, with an example
/// of the field from the shipped scenarios when there is one.
fn plain_words(at: &str, message: &str, key: &str) -> String {
    let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    else {
        return format!("{at}{message}");
    };
    let Some((got, expected)) = rest.rsplit_once(", expected ") else {
        return format!("{at}{message}");
    };
    let expected = match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" => {
            words(id::EXPECTED_WHOLE_NUMBER, &[])
        }
        "a boolean" => words(id::EXPECTED_BOOLEAN, &[]),
        "a string" => words(id::EXPECTED_TEXT, &[]),
        "a sequence" => words(id::EXPECTED_LIST, &[]),
        "a map" => words(id::EXPECTED_TABLE, &[]),
        e if e.starts_with("struct ") => words(id::EXPECTED_TABLE, &[]),
        e => e.to_string(),
    };
    words(
        id::READING_NOT_ACCEPTED,
        &[
            ("at", &at),
            ("got", &unexpected(got)),
            ("expected", &expected),
            ("example", &example(key)),
        ],
    )
}

/// serde's words for what the file has (`string "1"`, `integer `5``, `sequence`) in the
/// current language; anything else as serde wrote it.
fn unexpected(got: &str) -> String {
    let kinds = [
        ("string ", id::GOT_STRING),
        ("integer ", id::GOT_INTEGER),
        ("floating point ", id::GOT_FLOAT),
        ("boolean ", id::GOT_BOOLEAN),
    ];
    for (prefix, message) in kinds {
        if let Some(value) = got.strip_prefix(prefix) {
            return words(message, &[("value", &value)]);
        }
    }
    match got {
        "sequence" => words(id::GOT_SEQUENCE, &[]),
        "map" => words(id::GOT_MAP, &[]),
        other => other.to_string(),
    }
}

/// `, e.g. signed = "2023-04-15"`: the first line of the shipped scenarios that sets `key`
/// (or starts its table, `[contract]`).
fn example(key: &str) -> String {
    let prefix = format!("{key} = ");
    let lines = || {
        examples::ALL
            .iter()
            .flat_map(|(_, text, _)| text.lines())
            .map(str::trim)
    };
    if let Some(l) = lines().find(|l| l.starts_with(&prefix) && !l.ends_with('[')) {
        return words(id::READING_EXAMPLE_LINE, &[("line", &l)]);
    }
    let header = [format!("[{key}]"), format!("[[{key}]]")];
    match lines().find(|l| header.iter().any(|h| h == l)) {
        Some(l) => words(
            id::READING_EXAMPLE_TABLE,
            &[("table", &l), ("example", &examples::DEFAULT)],
        ),
        None => String::new(),
    }
}

/// A value put in place of a faulty one so that the rest of the file can be read.
#[derive(Debug, Clone, Copy)]
enum StandIn<'a> {
    /// Remove the field (it is optional, or its absence is the next problem).
    Nothing,
    /// A name from the list the field accepts.
    Name(&'a str),
    Number,
    /// Text that is also a date.
    Text,
    Boolean,
    List,
    Table,
}

/// A file's content as a tree the scenario is read from.
trait Tree: Clone {
    fn scenario(&self) -> Result<Scenario, Fault>;
    /// Puts `stand_in` at `path` (inserting a missing key, removing for `Nothing`); false when
    /// the path does not lead there.
    fn put(&mut self, path: &[Step], stand_in: StandIn) -> bool;
    /// Whether a value sits at `path`.
    fn has(&self, path: &[Step]) -> bool;
    /// Moves the value at `from` to the sibling key `to`.
    fn rename(&mut self, from: &[Step], to: &str) -> bool;
    /// The steps to the values inside the table or list at `path`.
    fn children(&self, path: &[Step]) -> Vec<Step>;
    /// The line of the value at `path`.
    fn line(&self, path: &[Step]) -> Option<usize>;
}

/// Reads the tree, setting aside each faulty value in turn.
fn collect<T: Tree>(mut tree: T) -> Result<Scenario, Vec<Problem>> {
    let mut problems: Vec<Problem> = Vec::new();
    // The values set aside: a problem found there later is the same problem again.
    let mut set: Vec<Vec<Step>> = Vec::new();
    while problems.len() < MAX_PROBLEMS {
        let mut fault = match read_located(&tree) {
            Ok(scenario) if problems.is_empty() => return Ok(scenario),
            Ok(_) => break,
            Err(fault) => fault,
        };
        let Some(target) = fault.target() else {
            problems.push(fault.problem());
            break;
        };
        if set.iter().any(|s| target.starts_with(s)) {
            break;
        }
        // The value's own line when it is there (serde may name its table's).
        fault.line = tree.line(&target).or(fault.line);
        problems.push(fault.problem());
        if !set_aside(&mut tree, &fault) {
            break;
        }
        set.push(target);
    }
    // In the order of the file.
    problems.sort_by_key(|p| p.line);
    Err(problems)
}

/// Reads the tree; a fault is placed at the value inside a table that serde blamed as a whole
/// (see [`localise`]).
fn read_located<T: Tree>(tree: &T) -> Result<Scenario, Fault> {
    tree.scenario().map_err(|mut fault| {
        if let Some(path) = localise(tree, &fault) {
            fault.path = Some(path);
        }
        fault
    })
}

/// The value at fault inside the table or list serde blamed as a whole (it loses the path in a
/// flattened table, such as a year's results): the deepest value whose removal makes the fault
/// go without leaving that value missing. `None` when the fault is at a single value or no
/// value inside explains it.
fn localise<T: Tree>(tree: &T, fault: &Fault) -> Option<Vec<Step>> {
    if matches!(
        says(&fault.message),
        Says::UnknownField { .. } | Says::MissingField(_)
    ) {
        return None;
    }
    let target = fault.target()?;
    let mut inside = Vec::new();
    descendants(tree, &target, &mut inside);
    inside.into_iter().find(|path| {
        let mut tried = tree.clone();
        tried.put(path, StandIn::Nothing)
            && match tried.scenario() {
                Ok(_) => true,
                Err(next) => next.message != fault.message && next.target().as_ref() != Some(path),
            }
    })
}

/// The paths under `path`, the deepest first.
fn descendants<T: Tree>(tree: &T, path: &[Step], out: &mut Vec<Vec<Step>>) {
    for step in tree.children(path) {
        let mut child = path.to_vec();
        child.push(step);
        descendants(tree, &child, out);
        out.push(child);
    }
}

/// Changes the tree so that `fault` is gone, without creating a problem at the same place:
/// false when no change does.
fn set_aside<T: Tree>(tree: &mut T, fault: &Fault) -> bool {
    let Some(target) = fault.target() else {
        return false;
    };
    // A misspelt field whose right name is free: its value is read under that name, so a
    // problem of the value is found now and the right name is not reported missing.
    if let Says::UnknownField { field, allowed } = says(&fault.message)
        && let Some(right) = suggest::nearest(field, allowed.iter().copied())
    {
        let mut sibling = target.clone();
        sibling.pop();
        sibling.push(Step::Key(right.to_string()));
        if !tree.has(&sibling) {
            let mut renamed = tree.clone();
            if renamed.rename(&target, right) {
                *tree = renamed;
                return true;
            }
        }
    }
    let names = match says(&fault.message) {
        Says::UnknownName { allowed, .. } => allowed,
        _ => Vec::new(),
    };
    // A value of the right kind first (the field stays present, so a required one is not
    // reported missing), removal last.
    let stand_ins = names.iter().take(1).map(|n| StandIn::Name(n)).chain([
        StandIn::Number,
        StandIn::Text,
        StandIn::Boolean,
        StandIn::List,
        StandIn::Table,
        StandIn::Nothing,
    ]);
    for stand_in in stand_ins {
        let mut tried = tree.clone();
        if !tried.put(&target, stand_in) {
            continue;
        }
        match read_located(&tried) {
            // A problem at the stand-in or inside it: not the right kind.
            Err(next) if next.target().is_some_and(|t| t.starts_with(&target)) => continue,
            _ => {
                *tree = tried;
                return true;
            }
        }
    }
    false
}

fn steps(path: &serde_path_to_error::Path) -> Option<Vec<Step>> {
    path.iter()
        .map(|s| match s {
            Segment::Map { key } => Some(Step::Key(key.clone())),
            Segment::Seq { index } => Some(Step::Index(*index)),
            Segment::Enum { .. } | Segment::Unknown => None,
        })
        .collect()
}

/// A TOML file: its parsed tables, whose values keep their place in the text.
#[derive(Clone)]
struct Toml<'i> {
    root: Spanned<DeTable<'i>>,
    text: &'i str,
}

fn toml_child<'a, 'i>(value: &'a mut DeValue<'i>, step: &Step) -> Option<&'a mut DeValue<'i>> {
    match (value, step) {
        (DeValue::Table(t), Step::Key(k)) => t.get_mut(k.as_str()).map(Spanned::get_mut),
        (DeValue::Array(a), Step::Index(i)) => a.get_mut(*i).map(Spanned::get_mut),
        _ => None,
    }
}

impl<'i> Toml<'i> {
    /// The value at `path`, with its place in the text (`None` for the root).
    fn spanned(&self, path: &[Step]) -> Option<&Spanned<DeValue<'i>>> {
        let (first, rest) = path.split_first()?;
        let Step::Key(k) = first else {
            return None;
        };
        let mut value = self.root.get_ref().get(k.as_str())?;
        for step in rest {
            value = match (value.get_ref(), step) {
                (DeValue::Table(t), Step::Key(k)) => t.get(k.as_str())?,
                (DeValue::Array(a), Step::Index(i)) => a.get(*i)?,
                _ => return None,
            };
        }
        Some(value)
    }

    /// Runs `f` on the root as a value (the tree's root is a table).
    fn with_root<R>(&mut self, f: impl FnOnce(&mut DeValue<'i>) -> R) -> R {
        let mut root = DeValue::Table(std::mem::take(self.root.get_mut()));
        let out = f(&mut root);
        if let DeValue::Table(t) = root {
            *self.root.get_mut() = t;
        }
        out
    }

    fn stand_in(stand_in: StandIn) -> Option<DeValue<'i>> {
        Some(match stand_in {
            StandIn::Nothing => return None,
            StandIn::Name(n) => DeValue::String(Cow::Owned(n.to_string())),
            StandIn::Number => DeValue::parse("1").ok()?.into_inner(),
            StandIn::Text => DeValue::String(Cow::Borrowed("2020-01-01")),
            StandIn::Boolean => DeValue::Boolean(false),
            StandIn::List => DeValue::Array(DeArray::new()),
            StandIn::Table => DeValue::Table(DeTable::new()),
        })
    }
}

impl Tree for Toml<'_> {
    fn scenario(&self) -> Result<Scenario, Fault> {
        let de = toml::de::Deserializer::from(self.root.clone());
        serde_path_to_error::deserialize(de).map_err(|e| {
            let path = steps(e.path());
            let inner = e.into_inner();
            Fault {
                path,
                message: inner.message().trim_end().to_string(),
                line: inner.span().map(|s| line_of(self.text, s.start)),
            }
        })
    }

    fn put(&mut self, path: &[Step], stand_in: StandIn) -> bool {
        let Some((last, parent)) = path.split_last() else {
            return false;
        };
        let value = Self::stand_in(stand_in);
        self.with_root(|root| {
            let Some(container) = parent.iter().try_fold(root, |v, s| toml_child(v, s)) else {
                return false;
            };
            match (container, last, value) {
                (DeValue::Table(t), Step::Key(k), None) => t.remove(k.as_str()).is_some(),
                (DeValue::Table(t), Step::Key(k), Some(v)) => {
                    // The stand-in keeps the place of the value it replaces, so a problem
                    // inside it still points at the right line.
                    let span = t.get(k.as_str()).map_or(0..0, Spanned::span);
                    let key = Spanned::new(span.clone(), Cow::Owned(k.clone()));
                    t.insert(key, Spanned::new(span, v));
                    true
                }
                (DeValue::Array(a), Step::Index(i), Some(v)) => match a.get_mut(*i) {
                    Some(slot) => {
                        *slot.get_mut() = v;
                        true
                    }
                    None => false,
                },
                _ => false,
            }
        })
    }

    fn has(&self, path: &[Step]) -> bool {
        self.spanned(path).is_some()
    }

    fn children(&self, path: &[Step]) -> Vec<Step> {
        let Some(value) = self.spanned(path) else {
            return Vec::new();
        };
        match value.get_ref() {
            DeValue::Table(t) => t
                .keys()
                .map(|k| Step::Key(k.get_ref().to_string()))
                .collect(),
            DeValue::Array(a) => (0..a.len()).map(Step::Index).collect(),
            _ => Vec::new(),
        }
    }

    fn line(&self, path: &[Step]) -> Option<usize> {
        self.spanned(path)
            .map(|v| line_of(self.text, v.span().start))
    }

    fn rename(&mut self, from: &[Step], to: &str) -> bool {
        let Some((Step::Key(old), parent)) = from.split_last() else {
            return false;
        };
        self.with_root(|root| {
            let Some(DeValue::Table(t)) = parent.iter().try_fold(root, |v, s| toml_child(v, s))
            else {
                return false;
            };
            let Some((key, value)) = t.remove_entry(old.as_str()) else {
                return false;
            };
            t.insert(Spanned::new(key.span(), Cow::Owned(to.to_string())), value);
            true
        })
    }
}

/// A JSON file: its values carry no place in the text, so lines are found by looking for the
/// path's keys in order (best effort); or a tree built from a workbook, whose places are given.
#[derive(Clone)]
struct Json<'t> {
    value: serde_json::Value,
    lines: Lines<'t>,
}

/// How the lines of a [`Json`] tree's values are found.
#[derive(Clone, Copy)]
enum Lines<'t> {
    /// The JSON text.
    Text(&'t str),
    /// A number for each path (a workbook's cells, numbered).
    Places(&'t std::collections::BTreeMap<Vec<Step>, usize>),
}

impl Json<'_> {
    fn get(&self, path: &[Step]) -> Option<&serde_json::Value> {
        path.iter()
            .try_fold(&self.value, |v, step| match (v, step) {
                (serde_json::Value::Object(o), Step::Key(k)) => o.get(k),
                (serde_json::Value::Array(a), Step::Index(i)) => a.get(*i),
                _ => None,
            })
    }

    /// The line of the last key of `path`: in a text, found by searching each key after the
    /// previous one; among places, the place of the path or of the nearest path above it.
    fn line_of_keys(&self, path: &[Step]) -> Option<usize> {
        match self.lines {
            Lines::Text(text) => {
                let mut at = 0;
                for step in path {
                    if let Step::Key(k) = step {
                        at += text[at..].find(&format!("\"{k}\""))?;
                    }
                }
                Some(line_of(text, at))
            }
            Lines::Places(places) => (0..=path.len())
                .rev()
                .find_map(|n| places.get(&path[..n]).copied()),
        }
    }
}

fn json_child<'a>(
    value: &'a mut serde_json::Value,
    step: &Step,
) -> Option<&'a mut serde_json::Value> {
    match (value, step) {
        (serde_json::Value::Object(o), Step::Key(k)) => o.get_mut(k),
        (serde_json::Value::Array(a), Step::Index(i)) => a.get_mut(*i),
        _ => None,
    }
}

impl Tree for Json<'_> {
    fn scenario(&self) -> Result<Scenario, Fault> {
        serde_path_to_error::deserialize(self.value.clone()).map_err(|e| {
            let path = steps(e.path());
            let message = e.into_inner().to_string();
            let mut fault = Fault {
                path,
                message,
                line: None,
            };
            fault.line = fault.target().and_then(|p| self.line_of_keys(&p));
            fault
        })
    }

    fn put(&mut self, path: &[Step], stand_in: StandIn) -> bool {
        use serde_json::Value as V;
        let Some((last, parent)) = path.split_last() else {
            return false;
        };
        let Some(container) = parent
            .iter()
            .try_fold(&mut self.value, |v, s| json_child(v, s))
        else {
            return false;
        };
        let value = match stand_in {
            StandIn::Nothing => None,
            StandIn::Name(n) => Some(V::String(n.to_string())),
            StandIn::Number => Some(V::from(1)),
            StandIn::Text => Some(V::String("2020-01-01".into())),
            StandIn::Boolean => Some(V::Bool(false)),
            StandIn::List => Some(V::Array(Vec::new())),
            StandIn::Table => Some(V::Object(serde_json::Map::new())),
        };
        match (container, last, value) {
            (V::Object(o), Step::Key(k), None) => o.remove(k).is_some(),
            (V::Object(o), Step::Key(k), Some(v)) => {
                o.insert(k.clone(), v);
                true
            }
            (V::Array(a), Step::Index(i), Some(v)) => match a.get_mut(*i) {
                Some(slot) => {
                    *slot = v;
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    fn has(&self, path: &[Step]) -> bool {
        self.get(path).is_some()
    }

    fn children(&self, path: &[Step]) -> Vec<Step> {
        match self.get(path) {
            Some(serde_json::Value::Object(o)) => o.keys().map(|k| Step::Key(k.clone())).collect(),
            Some(serde_json::Value::Array(a)) => (0..a.len()).map(Step::Index).collect(),
            _ => Vec::new(),
        }
    }

    fn line(&self, path: &[Step]) -> Option<usize> {
        self.line_of_keys(path)
    }

    fn rename(&mut self, from: &[Step], to: &str) -> bool {
        let Some((Step::Key(old), parent)) = from.split_last() else {
            return false;
        };
        let Some(serde_json::Value::Object(o)) = parent
            .iter()
            .try_fold(&mut self.value, |v, s| json_child(v, s))
        else {
            return false;
        };
        match o.remove(old) {
            Some(v) => {
                o.insert(to.to_string(), v);
                true
            }
            None => false,
        }
    }
}
