//! The report as open data: one row per CPTS × contract year × indicator (and per mission
//! variable part paid without indicators), in CSV and JSON, so that a regional or national
//! portal can aggregate the reports. The format is versioned ([`SCHEMA`]); its JSON Schema is
//! docs/report-open-data.schema.json (`aci schema report`), its columns docs/report.md. Keys
//! and codes are identifiers (English), whatever `--lang`.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::data::{Measure, MeasureKind, Report};
use crate::load::CliError;
use aci_core::indicator::Observation;

/// The open-data format and its version: a new version for any change a reader would notice.
pub const SCHEMA: &str = "aci-report-open-data/1";

/// The open data of one or several reports (`aci report -o FILE.json`).
#[derive(Serialize, schemars::JsonSchema)]
#[schemars(title = "ACI CPTS achievement report, open data")]
pub struct Document {
    /// Always `aci-report-open-data/1`.
    pub schema: String,
    /// The program that wrote it (`aci 0.1.0`).
    pub generated_by: String,
    /// One row per CPTS × contract year × indicator.
    pub rows: Vec<Row>,
    /// The funding table: one row per CPTS × contract year × line of the year.
    pub funding: Vec<FundingRow>,
}

/// One indicator (or one variable part paid without indicators) in one contract year.
#[derive(Serialize, schemars::JsonSchema)]
pub struct Row {
    /// The format's version, `aci-report-open-data/1` (the CSV carries it on every row).
    pub schema: String,
    /// The CPTS (the contract's name).
    pub cpts: String,
    /// Contract year, from 1 (a contract year runs from the signature to its anniversary).
    pub contract_year: u32,
    pub year_start: Date,
    /// Exclusive: the next anniversary.
    pub year_end: Date,
    /// The agreement version governing the year (`avenant-2`, …).
    pub agreement_version: String,
    /// Taille of the CPTS that year (1 to 4).
    pub taille: u8,
    /// Population covered that year.
    pub population: u64,
    /// The mission's key (`acces_aux_soins`, `prevention`, …).
    pub mission: String,
    /// `indicator`; `mission_share` (a share of achievement from 0 to 1 pays the variable
    /// part); `crisis` (a recognised serious health crisis pays it).
    pub measure: String,
    /// The indicator's id in the contract (empty for `mission_share` and `crisis`).
    pub indicator: Option<String>,
    pub label: Option<String>,
    /// `result` (a result for patients) or `action` (an action of the CPTS).
    pub nature: String,
    /// `binary`, `tiered` or `proportional`.
    pub rule_kind: Option<String>,
    /// `rate` (0 to 1), `percent` (0 to 100) or `count`.
    pub unit: Option<String>,
    /// `rising` or `falling`: the way the indicator must go.
    pub direction: Option<String>,
    /// Proportional: the target; tiered: the hardest tier's threshold.
    pub objective: Option<Decimal>,
    /// Proportional: the value that pays nothing.
    pub baseline: Option<Decimal>,
    /// Tiered: `threshold:amount` of each tier, easiest first, separated by `|`.
    pub tiers: Option<String>,
    /// The result the scenario states: a number, or `true`/`false` for a deliverable or a
    /// crisis; empty when not given.
    pub result: Option<String>,
    /// Tiered: how many tiers the result reaches (0: none).
    pub tiers_reached: Option<usize>,
    /// Tiered: how many tiers there are.
    pub tiers_count: Option<usize>,
    /// Euros the indicator earned that year by its rule (for `mission_share` and `crisis`: the
    /// mission's variable part); empty when the mission's variable part does not apply.
    pub amount_earned: Option<Decimal>,
    /// The most the indicator can earn.
    pub amount_max: Option<Decimal>,
    /// The mission's variable part paid that year (the funding table's line
    /// `<mission>.variable`): the sum of its indicators' amounts, after proration if any.
    pub mission_variable_paid: Option<Decimal>,
    /// The mission's variable envelope that year.
    pub mission_variable_envelope: Option<Decimal>,
}

/// One line of a contract year's funding.
#[derive(Serialize, schemars::JsonSchema)]
pub struct FundingRow {
    pub cpts: String,
    pub contract_year: u32,
    /// The line's key: `fonctionnement`, `<mission>.fixe`, `<mission>.variable`, …
    pub line: String,
    /// Empty when the line does not apply that year.
    pub amount: Option<Decimal>,
    /// The weakest status of the values the line was computed from (`primary`, `secondary`,
    /// `contract`, `this_contract`, `user_table`, `estimate`, …).
    pub status: Option<aci_core::provenance::Status>,
}

/// The rows of a report's years.
pub fn rows(report: &Report) -> Vec<Row> {
    let mut out = Vec::new();
    for y in &report.years {
        for m in &report.measures {
            let Some(my) = m.years.iter().find(|my| my.year == y.number) else {
                continue;
            };
            out.push(Row {
                schema: SCHEMA.to_string(),
                cpts: report.cpts.clone(),
                contract_year: y.number,
                year_start: y.start,
                year_end: y.end,
                agreement_version: y.version.clone(),
                taille: y.taille,
                population: y.population,
                mission: m.mission.key().to_string(),
                measure: m.kind.key().to_string(),
                indicator: m.indicator.clone(),
                label: m.label.clone(),
                nature: m.nature.key().to_string(),
                rule_kind: m.rule_kind.map(str::to_string),
                unit: m.unit.map(str::to_string),
                direction: m.direction.map(|d| direction_key(d).to_string()),
                objective: m.objective(),
                baseline: m.baseline,
                tiers: tiers_text(m),
                result: my.result.as_ref().map(result_text),
                tiers_reached: my.tiers_reached,
                tiers_count: (m.kind == MeasureKind::Indicator && !m.tiers.is_empty())
                    .then_some(m.tiers.len()),
                amount_earned: my.earned,
                amount_max: m.max_amount,
                mission_variable_paid: my.mission_paid,
                mission_variable_envelope: my.mission_envelope,
            });
        }
    }
    out
}

pub fn direction_key(d: aci_core::indicator::Direction) -> &'static str {
    match d {
        aci_core::indicator::Direction::Rising => "rising",
        aci_core::indicator::Direction::Falling => "falling",
    }
}

fn tiers_text(m: &Measure) -> Option<String> {
    (!m.tiers.is_empty()).then(|| {
        m.tiers
            .iter()
            .map(|t| format!("{}:{}", t.threshold, t.amount))
            .collect::<Vec<_>>()
            .join("|")
    })
}

/// A result as open data writes it.
pub fn result_text(o: &Observation) -> String {
    match o {
        Observation::Done(b) => b.to_string(),
        Observation::Value(v) => v.to_string(),
    }
}

fn funding(report: &Report) -> Vec<FundingRow> {
    report
        .years
        .iter()
        .flat_map(|y| {
            y.lines.iter().map(|l| FundingRow {
                cpts: report.cpts.clone(),
                contract_year: y.number,
                line: l.item.key(),
                amount: l.amount,
                status: l.status,
            })
        })
        .collect()
}

/// The open data of one or several reports (`aci report -o FILE.json`).of one or several reports.
pub fn json(reports: &[Report]) -> Result<String, CliError> {
    let doc = Document {
        schema: SCHEMA.to_string(),
        generated_by: format!("aci {}", env!("CARGO_PKG_VERSION")),
        rows: reports.iter().flat_map(rows).collect(),
        funding: reports.iter().flat_map(funding).collect(),
    };
    Ok(serde_json::to_string_pretty(&doc).map_err(|e| CliError::input(e.to_string()))? + "\n")
}

/// The CSV of one or several reports: the rows, a header of the keys (the funding table is
/// `aci simulate --format csv --table lines`).
pub fn csv(reports: &[Report]) -> Result<String, CliError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in reports.iter().flat_map(rows) {
        w.serialize(r).map_err(|e| CliError::input(e.to_string()))?;
    }
    if reports.iter().all(|r| rows(r).is_empty()) {
        // A header even without rows, so readers see the columns.
        w.write_record(COLUMNS)
            .map_err(|e| CliError::input(e.to_string()))?;
    }
    let bytes = w.into_inner().map_err(|e| CliError::input(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| CliError::input(e.to_string()))
}

/// The CSV's columns, in order (the fields of [`Row`]).
pub const COLUMNS: [&str; 26] = [
    "schema",
    "cpts",
    "contract_year",
    "year_start",
    "year_end",
    "agreement_version",
    "taille",
    "population",
    "mission",
    "measure",
    "indicator",
    "label",
    "nature",
    "rule_kind",
    "unit",
    "direction",
    "objective",
    "baseline",
    "tiers",
    "result",
    "tiers_reached",
    "tiers_count",
    "amount_earned",
    "amount_max",
    "mission_variable_paid",
    "mission_variable_envelope",
];

/// The JSON Schema of [`Document`] (docs/report-open-data.schema.json).
pub fn schema() -> String {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<Document>();
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
