//! Reading a filled-in scenario workbook: each cell is read by the kind of field it holds
//! (a date, an amount, yes or no…), the values are assembled into the scenario's tree, and the
//! tree is read by the same reader as a TOML or JSON file ([`crate::reading`]), so the rules and
//! the messages are the same; every problem names its sheet and cell.
//!
//! The reader also builds a stand-in text, one line a cell (`start = "2023-10-15"`), that the
//! command's error locating ([`crate::load::locate`]) searches as it searches a TOML file: a
//! rule broken by a value is reported at the value's cell.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use aci_core::simulation::{SCENARIO_FORMAT, Scenario};
use aci_core::wording::{self, id};
use calamine::{Data, Reader, Xlsx};
use serde_json::{Map, Value};

use super::cell::{blank, cell_text, read_cell};
use super::layout::{self, Cell, Choices, Field, Sheet};
use crate::reading::{self, Step};

/// Where each value read came from: the cells, numbered from 1, and a stand-in text whose line
/// `n` is about cell `n`.
#[derive(Debug, Clone, Default)]
pub struct Places {
    cells: Vec<String>,
    text: String,
}

impl Places {
    /// `Missions!C4`: the cell of place `n` (1-based, a line of [`Places::text`]).
    pub fn cell(&self, n: usize) -> Option<&str> {
        n.checked_sub(1)
            .and_then(|i| self.cells.get(i))
            .map(String::as_str)
    }

    /// One line a cell: what the cell gives, written as a TOML line.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// A problem of a workbook: the cell it is at (when known) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    pub cell: Option<String>,
    pub message: String,
}

/// Reads the workbook at `path`: the scenario and where its values came from, or every problem.
pub fn read(path: &Path) -> Result<(Scenario, Places), Vec<CellProblem>> {
    let unreadable = |e: String| {
        vec![CellProblem {
            cell: None,
            message: wording::text(id::XLSX_IN_ERR_UNREADABLE, &[("error", &e)]),
        }]
    };
    let mut book: Xlsx<_> =
        calamine::open_workbook(path).map_err(|e| unreadable(format!("{e}")))?;
    let mut builder = Builder::default();
    let names = book.sheet_names();
    let mut sheets: BTreeMap<&'static str, (String, calamine::Range<Data>)> = BTreeMap::new();
    for sheet in Sheet::ALL {
        let wanted = sheet.names();
        let found = names
            .iter()
            .find(|n| wanted.iter().any(|w| w.eq_ignore_ascii_case(n.trim())));
        match found {
            Some(name) => {
                let range = book
                    .worksheet_range(name)
                    .map_err(|e| unreadable(format!("{name}: {e}")))?;
                sheets.insert(sheet_key(sheet), (name.clone(), range));
            }
            None if sheet.required() => builder.problem(
                None,
                wording::text(
                    id::XLSX_IN_ERR_NO_SHEET,
                    &[("sheet", &sheet.name()), ("sheets", &names.join(", "))],
                ),
            ),
            None => {}
        }
    }
    let get = |s: Sheet| {
        sheets
            .get(sheet_key(s))
            .map(|(n, r)| Grid { name: n, range: r })
    };
    let population_series = get(Sheet::Population)
        .map(|g| builder.population(&g))
        .unwrap_or_default();
    if let Some(g) = get(Sheet::Contract) {
        builder.contract(&g, population_series);
    }
    let missions = get(Sheet::Missions)
        .map(|g| builder.missions(&g))
        .unwrap_or_default();
    if let Some(g) = get(Sheet::Indicators) {
        builder.indicators(&g, &missions, get(Sheet::Missions).map(|g| g.name));
    }
    if let Some(g) = get(Sheet::Results) {
        builder.results(&g);
    }
    builder.finish()
}

fn sheet_key(s: Sheet) -> &'static str {
    match s {
        Sheet::Contract => "contract",
        Sheet::Population => "population",
        Sheet::Missions => "missions",
        Sheet::Indicators => "indicators",
        Sheet::Results => "results",
    }
}

/// A sheet's cells, by absolute row and column.
struct Grid<'a> {
    name: &'a str,
    range: &'a calamine::Range<Data>,
}

impl Grid<'_> {
    fn get(&self, row: u32, column: u16) -> &Data {
        self.range
            .get_value((row, column.into()))
            .unwrap_or(&Data::Empty)
    }

    /// The last row with anything in it (0-based), if any.
    fn last_row(&self) -> Option<u32> {
        self.range.end().map(|(r, _)| r)
    }

    fn last_column(&self) -> u16 {
        self.range
            .end()
            .map_or(0, |(_, c)| u16::try_from(c).unwrap_or(u16::MAX))
    }

    /// `Missions!C4` (the sheet's name quoted when it has spaces, as a formula writes it).
    fn cell(&self, row: u32, column: u16) -> String {
        let name = if self.name.contains(' ') {
            format!("'{}'", self.name)
        } else {
            self.name.to_string()
        };
        format!("{name}!{}", layout::cell_name(row, column))
    }

    /// The keys of a table sheet's key row: key → column.
    fn keys(&self) -> Vec<(String, u16)> {
        (0..=self.last_column())
            .filter_map(|c| match self.get(layout::KEY_ROW, c) {
                Data::String(s) if !s.trim().is_empty() => Some((s.trim().to_string(), c)),
                _ => None,
            })
            .collect()
    }
}

struct Builder {
    root: Value,
    places: BTreeMap<Vec<Step>, usize>,
    cells: Vec<String>,
    lines: Vec<String>,
    /// (place, message); place 0 when the problem has no cell.
    problems: Vec<(usize, String)>,
    /// Places whose value could not be read: the reader's problems there are the same one.
    faulty: BTreeSet<usize>,
}

/// A population figure read from its sheet, with the places of its values (paths relative to
/// the population's list).
type Figure = (Value, Vec<(Vec<Step>, usize)>);

/// A table sheet's columns: key → column.
type Columns = Vec<(String, u16)>;

/// `["contract", "missions", 0]` as steps.
fn path(parts: &[PathPart]) -> Vec<Step> {
    parts
        .iter()
        .map(|p| match p {
            PathPart::Key(k) => Step::Key(k.to_string()),
            PathPart::Index(i) => Step::Index(*i),
        })
        .collect()
}

enum PathPart<'a> {
    Key(&'a str),
    Index(usize),
}

fn keys<'a>(ks: &'a [&'a str]) -> impl Iterator<Item = PathPart<'a>> + 'a {
    ks.iter().map(|k| PathPart::Key(k))
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            root: Value::Object(Map::new()),
            places: BTreeMap::new(),
            cells: Vec::new(),
            lines: Vec::new(),
            problems: Vec::new(),
            faulty: BTreeSet::new(),
        }
    }
}

impl Builder {
    fn problem(&mut self, place: Option<usize>, message: String) {
        self.problems.push((place.unwrap_or(0), message));
        if let Some(p) = place {
            self.faulty.insert(p);
        }
    }

    /// Numbers a cell, with its line of the stand-in text.
    fn place(&mut self, cell: String, line: String) -> usize {
        self.cells.push(cell);
        self.lines.push(line);
        self.cells.len()
    }

    /// Puts `value` at `at` in the tree (creating the tables and lists on the way).
    fn put(&mut self, at: &[Step], value: Value) {
        put(&mut self.root, at, value);
    }

    /// Reads one field's cell: places it at `at`, puts its value in the tree; the place.
    fn field(
        &mut self,
        grid: &Grid,
        row: u32,
        column: u16,
        f: &Field,
        label: &str,
        at: &[Step],
    ) -> usize {
        let data = grid.get(row, column);
        let value = read_cell(data, f.cell);
        let key = f.key.rsplit('.').next().unwrap_or(f.key);
        let shown = match &value {
            Ok(Some(v)) => v.to_string(),
            _ => String::new(),
        };
        let place = self.place(grid.cell(row, column), format!("{key} = {shown}"));
        self.places.insert(at.to_vec(), place);
        match value {
            Ok(Some(v)) => self.put(at, v),
            Ok(None) if f.required => self.problem(
                Some(place),
                wording::text(id::XLSX_IN_ERR_REQUIRED, &[("field", &label)]),
            ),
            Ok(None) => {}
            Err(message) => self.problem(Some(place), message),
        }
        place
    }

    /// The contract sheet: a field a row, found by its key in column A.
    fn contract(&mut self, grid: &Grid, population_series: Vec<Figure>) {
        let rows: Vec<(String, u32)> = (0..=grid.last_row().unwrap_or(0))
            .filter_map(|r| match grid.get(r, layout::CONTRACT_KEY_COLUMN) {
                Data::String(s) => Some((s.trim().to_string(), r)),
                _ => None,
            })
            .collect();
        if rows.is_empty() {
            let message = wording::text(id::XLSX_IN_ERR_NO_KEYS, &[("row", &"A")]);
            let place = self.place(grid.cell(0, 0), String::new());
            self.problem(Some(place), message);
            return;
        }
        self.put(
            &path(&[PathPart::Key("format")]),
            Value::String(SCENARIO_FORMAT.into()),
        );
        for f in layout::CONTRACT {
            let Some((_, row)) = rows.iter().find(|(k, _)| k == f.key) else {
                continue;
            };
            let at = path(&keys(f.path).collect::<Vec<_>>());
            let label = wording::text(f.label, &[]);
            if f.key == "population" {
                let has = !blank(grid.get(*row, layout::CONTRACT_VALUE_COLUMN));
                let place = self.field(
                    grid,
                    *row,
                    layout::CONTRACT_VALUE_COLUMN,
                    &Field {
                        required: false,
                        ..*f
                    },
                    &label,
                    &at,
                );
                match (has, population_series.is_empty()) {
                    (true, false) => self.problem(
                        Some(place),
                        wording::text(
                            id::XLSX_IN_ERR_POPULATION_TWICE,
                            &[("sheet", &Sheet::Population.name())],
                        ),
                    ),
                    (false, true) => self.problem(
                        Some(place),
                        wording::text(id::XLSX_IN_ERR_REQUIRED, &[("field", &label)]),
                    ),
                    (false, false) => {
                        let (figures, places): (Vec<Value>, Vec<_>) =
                            population_series.iter().cloned().unzip();
                        self.put(&at, Value::Array(figures));
                        for (rel, p) in places.into_iter().flatten() {
                            let mut full = at.clone();
                            full.extend(rel);
                            self.places.insert(full, p);
                        }
                    }
                    (true, true) => {}
                }
                continue;
            }
            self.field(grid, *row, layout::CONTRACT_VALUE_COLUMN, f, &label, &at);
            if f.key == "name" {
                let place = self.places.get(&at).copied();
                if let Some(p) = place {
                    self.places.insert(path(&[PathPart::Key("contract")]), p);
                }
            }
        }
    }

    /// The table rows of a sheet: (row, key → column) for each row with a value in a known column.
    fn table_rows(&mut self, grid: &Grid, fields: &[Field]) -> Option<(Vec<u32>, Columns)> {
        let keys = grid.keys();
        let known = |k: &str| {
            fields.iter().any(|f| f.key == k)
                || layout::parse_tier_key(k).is_some()
                || k.parse::<u32>().is_ok()
        };
        let columns: Vec<(String, u16)> = keys.into_iter().filter(|(k, _)| known(k)).collect();
        if !fields
            .iter()
            .filter(|f| f.required)
            .all(|f| columns.iter().any(|(k, _)| k == f.key))
        {
            let place = self.place(grid.cell(layout::KEY_ROW, 0), String::new());
            let row = layout::KEY_ROW + 1;
            self.problem(
                Some(place),
                wording::text(id::XLSX_IN_ERR_NO_KEYS, &[("row", &row)]),
            );
            return None;
        }
        let rows = (layout::FIRST_VALUE_ROW..=grid.last_row().unwrap_or(0))
            .filter(|r| columns.iter().any(|(_, c)| !blank(grid.get(*r, *c))))
            .collect();
        Some((rows, columns))
    }

    /// The population sheet: figures over time, as values relative to the population's list.
    fn population(&mut self, grid: &Grid) -> Vec<Figure> {
        let Some((rows, columns)) = self.table_rows(grid, layout::POPULATION) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, row) in rows.into_iter().enumerate() {
            let mut figure = Builder::default();
            let mut places = Vec::new();
            for f in layout::POPULATION {
                let Some(c) = column_of(&columns, f.key) else {
                    continue;
                };
                let rel = path(&[PathPart::Index(i), PathPart::Key(f.path[0])]);
                let label = wording::text(f.label, &[]);
                // Numbered in this builder so the places run in the workbook's order.
                let data = grid.get(row, c);
                let place = self.place(
                    grid.cell(row, c),
                    format!(
                        "{} = {}",
                        f.key,
                        read_cell(data, f.cell)
                            .ok()
                            .flatten()
                            .unwrap_or(Value::Null)
                    ),
                );
                places.push((rel.clone(), place));
                match read_cell(data, f.cell) {
                    Ok(Some(v)) => figure.put(&rel[1..], v),
                    Ok(None) if f.required => self.problem(
                        Some(place),
                        wording::text(id::XLSX_IN_ERR_REQUIRED, &[("field", &label)]),
                    ),
                    Ok(None) => {}
                    Err(m) => self.problem(Some(place), m),
                }
            }
            places.push((
                path(&[PathPart::Index(i)]),
                places.first().map_or(0, |p| p.1),
            ));
            out.push((figure.root, places));
        }
        out
    }

    /// The missions sheet; the ids of the missions read, in order.
    fn missions(&mut self, grid: &Grid) -> Vec<String> {
        let Some((rows, columns)) = self.table_rows(grid, layout::MISSIONS) else {
            return Vec::new();
        };
        let mut ids = Vec::new();
        for (i, row) in rows.into_iter().enumerate() {
            let base = [
                PathPart::Key("contract"),
                PathPart::Key("missions"),
                PathPart::Index(i),
            ];
            let mut first = None;
            for f in layout::MISSIONS {
                let Some(c) = column_of(&columns, f.key) else {
                    continue;
                };
                let at = path(
                    &base
                        .iter()
                        .map(copy)
                        .chain(keys(f.path))
                        .collect::<Vec<_>>(),
                );
                let label = wording::text(f.label, &[]);
                let place = self.field(grid, row, c, f, &label, &at);
                first.get_or_insert(place);
            }
            if let Some(p) = first {
                self.places.insert(path(&base), p);
            }
            ids.push(cell_text(
                grid.get(row, column_of(&columns, "id").unwrap_or(0)),
            ));
        }
        ids
    }

    /// The indicators sheet: each row joins the indicators of its mission.
    fn indicators(&mut self, grid: &Grid, missions: &[String], missions_sheet: Option<&str>) {
        let Some((rows, columns)) = self.table_rows(grid, layout::INDICATORS) else {
            return;
        };
        let mut count: BTreeMap<usize, usize> = BTreeMap::new();
        let mission_column = column_of(&columns, layout::INDICATOR_MISSION).unwrap_or(0);
        for row in rows {
            let mission = cell_text(grid.get(row, mission_column));
            let index = missions.iter().position(|m| *m == mission);
            let place = self.place(
                grid.cell(row, mission_column),
                format!("mission = \"{mission}\""),
            );
            let m = match index {
                Some(m) => m,
                None => {
                    let label = wording::text(layout::INDICATORS[0].label, &[]);
                    let message = if mission.is_empty() {
                        wording::text(id::XLSX_IN_ERR_REQUIRED, &[("field", &label)])
                    } else {
                        let sheet =
                            missions_sheet.map_or_else(|| Sheet::Missions.name(), str::to_string);
                        let allowed = if missions.is_empty() {
                            "-".to_string()
                        } else {
                            missions.join(", ")
                        };
                        wording::text(
                            id::XLSX_IN_ERR_UNKNOWN_MISSION,
                            &[
                                ("value", &mission),
                                ("sheet", &sheet),
                                ("allowed", &allowed),
                            ],
                        )
                    };
                    self.problem(Some(place), message);
                    continue;
                }
            };
            let k = *count.entry(m).and_modify(|k| *k += 1).or_insert(0);
            let base = [
                PathPart::Key("contract"),
                PathPart::Key("missions"),
                PathPart::Index(m),
                PathPart::Key("indicators"),
                PathPart::Index(k),
            ];
            let mut first = None;
            for f in layout::INDICATORS.iter().filter(|f| !f.path.is_empty()) {
                let Some(c) = column_of(&columns, f.key) else {
                    continue;
                };
                let at = path(
                    &base
                        .iter()
                        .map(copy)
                        .chain(keys(f.path))
                        .collect::<Vec<_>>(),
                );
                let label = wording::text(f.label, &[]);
                let p = self.field(grid, row, c, f, &label, &at);
                first.get_or_insert(p);
            }
            if let Some(p) = first {
                self.places.insert(path(&base), p);
            }
            // Tiers: pairs of columns, in the order of their numbers; an empty pair is skipped.
            let mut tiers: BTreeMap<usize, [Option<u16>; 2]> = BTreeMap::new();
            for (key, c) in &columns {
                if let Some((n, part)) = layout::parse_tier_key(key) {
                    tiers.entry(n).or_default()[usize::from(part == "amount")] = Some(*c);
                }
            }
            let mut t = 0;
            for (n, [threshold, amount]) in tiers {
                let filled = |c: Option<u16>| c.is_some_and(|c| !blank(grid.get(row, c)));
                if !filled(threshold) && !filled(amount) {
                    continue;
                }
                for (part, column, label_id, cell) in [
                    (
                        "threshold",
                        threshold,
                        id::XLSX_IN_TIER_THRESHOLD,
                        Cell::Number,
                    ),
                    ("amount", amount, id::XLSX_IN_TIER_AMOUNT, Cell::Amount),
                ] {
                    let Some(c) = column else { continue };
                    let at = path(
                        &base
                            .iter()
                            .map(copy)
                            .chain([
                                PathPart::Key("tiers"),
                                PathPart::Index(t),
                                PathPart::Key(part),
                            ])
                            .collect::<Vec<_>>(),
                    );
                    let label = wording::text(label_id, &[("n", &n)]);
                    let f = Field {
                        key: part,
                        path: &[],
                        label: label_id,
                        note: id::XLSX_IN_TIER_NOTE,
                        cell,
                        required: true,
                    };
                    self.field(grid, row, c, &f, &label, &at);
                }
                t += 1;
            }
        }
    }

    /// The results sheet: a row for what is measured, a column for each contract year.
    fn results(&mut self, grid: &Grid) {
        let Some((rows, columns)) = self.table_rows(grid, layout::RESULTS) else {
            return;
        };
        let years: Vec<(u32, u16)> = columns
            .iter()
            .filter_map(|(k, c)| Some((k.parse::<u32>().ok()?, *c)))
            .collect();
        let kind_column = column_of(&columns, "type").unwrap_or(0);
        let id_column = column_of(&columns, "id").unwrap_or(1);
        // Year → (field, id, value, place).
        let mut found: BTreeMap<u32, Vec<(&'static str, String, Value, usize)>> = BTreeMap::new();
        let mut seen: BTreeMap<(String, String), String> = BTreeMap::new();
        let kind_label = wording::text(layout::RESULTS[0].label, &[]);
        let id_label = wording::text(layout::RESULTS[1].label, &[]);
        for row in rows {
            let kind_cell = grid.cell(row, kind_column);
            let kind = read_cell(
                grid.get(row, kind_column),
                Cell::Choice(Choices::ResultKind),
            );
            let kind_place = self.place(kind_cell.clone(), String::new());
            let kind = match kind {
                Ok(Some(Value::String(k))) => k,
                Ok(_) => {
                    self.problem(
                        Some(kind_place),
                        wording::text(id::XLSX_IN_ERR_REQUIRED, &[("field", &kind_label)]),
                    );
                    continue;
                }
                Err(m) => {
                    self.problem(Some(kind_place), m);
                    continue;
                }
            };
            let field: &'static str = match kind.as_str() {
                "indicators" => "indicators",
                "missions" => "missions",
                _ => "crisis_recognised",
            };
            let id_data = grid.get(row, id_column);
            let name = cell_text(id_data);
            let id_place = self.place(grid.cell(row, id_column), format!("id = \"{name}\""));
            let value_cell = match field {
                "indicators" => Cell::Observation,
                "missions" => Cell::Number,
                _ => Cell::YesNo,
            };
            match (field, name.is_empty()) {
                ("crisis_recognised", false) => {
                    self.problem(
                        Some(id_place),
                        wording::text(id::XLSX_IN_ERR_ID_WITH_CRISIS, &[]),
                    );
                    continue;
                }
                ("crisis_recognised", true) => {}
                (_, true) => {
                    self.problem(
                        Some(id_place),
                        wording::text(id::XLSX_IN_ERR_REQUIRED, &[("field", &id_label)]),
                    );
                    continue;
                }
                ("missions", false) => {
                    if let Err(m) = read_cell(id_data, Cell::Choice(Choices::Mission)) {
                        self.problem(Some(id_place), m);
                        continue;
                    }
                }
                _ => {}
            }
            if let Some(before) = seen.insert((field.to_string(), name.clone()), kind_cell.clone())
            {
                let what = if name.is_empty() {
                    field.to_string()
                } else {
                    name.clone()
                };
                self.problem(
                    Some(kind_place),
                    wording::text(
                        id::XLSX_IN_ERR_DUPLICATE_ROW,
                        &[("what", &what), ("cell", &before)],
                    ),
                );
                continue;
            }
            for (year, c) in &years {
                let data = grid.get(row, *c);
                let value = read_cell(data, value_cell);
                let key = if name.is_empty() {
                    field
                } else {
                    name.as_str()
                };
                let shown = match &value {
                    Ok(Some(v)) => v.to_string(),
                    _ => String::new(),
                };
                let place = self.place(grid.cell(row, *c), format!("{key} = {shown}"));
                match value {
                    Ok(Some(v)) => {
                        found
                            .entry(*year)
                            .or_default()
                            .push((field, name.clone(), v, place))
                    }
                    Ok(None) => {}
                    Err(m) => self.problem(Some(place), m),
                }
            }
        }
        let mut list = Vec::new();
        for (i, (year, values)) in found.into_iter().enumerate() {
            let column = years
                .iter()
                .find(|(y, _)| *y == year)
                .map_or(0, |(_, c)| *c);
            let header = self.place(
                grid.cell(layout::HEADER_ROW, column),
                format!("year = {year}"),
            );
            let base = [PathPart::Key("years"), PathPart::Index(i)];
            self.places.insert(path(&base), header);
            self.places.insert(
                path(&[copy(&base[0]), copy(&base[1]), PathPart::Key("year")]),
                header,
            );
            let mut plan = Map::new();
            plan.insert("year".into(), Value::from(year));
            for (field, name, value, place) in values {
                let mut at = path(&[copy(&base[0]), copy(&base[1]), PathPart::Key(field)]);
                if field == "crisis_recognised" {
                    plan.insert(field.into(), value);
                } else {
                    at.push(Step::Key(name.clone()));
                    let table = plan
                        .entry(field)
                        .or_insert_with(|| Value::Object(Map::new()));
                    if let Value::Object(t) = table {
                        t.insert(name, value);
                    }
                }
                self.places.insert(at, place);
            }
            list.push(Value::Object(plan));
        }
        if !list.is_empty() {
            self.put(&path(&[PathPart::Key("years")]), Value::Array(list));
        }
    }

    fn finish(mut self) -> Result<(Scenario, Places), Vec<CellProblem>> {
        let places = Places {
            text: self.lines.join("\n") + "\n",
            cells: std::mem::take(&mut self.cells),
        };
        let read = reading::read_value(std::mem::take(&mut self.root), &self.places);
        let mut problems = self.problems;
        let scenario = match read {
            Ok(s) => Some(s),
            Err(found) => {
                for p in found {
                    let place = p.line.unwrap_or(0);
                    if !self.faulty.contains(&place) {
                        problems.push((place, p.message));
                    }
                }
                None
            }
        };
        match scenario {
            Some(s) if problems.is_empty() => Ok((s, places)),
            _ => {
                problems.sort_by_key(|(p, _)| *p);
                problems.dedup();
                Err(problems
                    .into_iter()
                    .map(|(p, message)| CellProblem {
                        cell: places.cell(p).map(str::to_string),
                        message,
                    })
                    .collect())
            }
        }
    }
}

/// Puts `value` at `at` under `node`, creating the tables and lists on the way (a list is
/// padded with nulls up to the index; a row that gave nothing is a problem already reported).
fn put(node: &mut Value, at: &[Step], value: Value) {
    let Some((first, rest)) = at.split_first() else {
        *node = value;
        return;
    };
    let fresh = match rest.first() {
        Some(Step::Index(_)) => Value::Array(Vec::new()),
        Some(Step::Key(_)) => Value::Object(Map::new()),
        None => Value::Null,
    };
    let child = match (node, first) {
        (Value::Object(o), Step::Key(k)) => o.entry(k.clone()).or_insert(Value::Null),
        (Value::Array(a), Step::Index(i)) => {
            while a.len() <= *i {
                a.push(Value::Null);
            }
            &mut a[*i]
        }
        _ => return,
    };
    if child.is_null() {
        *child = fresh;
    }
    put(child, rest, value);
}

fn copy<'a>(p: &PathPart<'a>) -> PathPart<'a> {
    match p {
        PathPart::Key(k) => PathPart::Key(k),
        PathPart::Index(i) => PathPart::Index(*i),
    }
}

fn column_of(columns: &[(String, u16)], key: &str) -> Option<u16> {
    columns.iter().find(|(k, _)| k == key).map(|(_, c)| *c)
}
