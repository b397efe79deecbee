//! Where each field of a scenario sits in the fill-in workbook: one description shared by the
//! writer ([`super::template`]) and the reader ([`super::read`]), so the two cannot drift apart.
//!
//! Every sheet has a row (or, on the contract sheet, a column) of field keys — the scenario
//! format's own names (`start`, `fixed`, `options.boundary`) — hidden beside the headers people
//! read; the reader finds columns by these keys, never by the words of a language.

use aci_core::wording::{self, Lang, id};
use serde::de::DeserializeOwned;

/// What a cell holds, which says how it is written and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Text,
    /// A date cell (text `2023-03-01` is read too).
    Date,
    /// Euros: a number cell (text such as `50 000,50` is read as the national envelope table reads it).
    Amount,
    /// A number with decimals (a rate, a threshold, a value).
    Number,
    /// A whole number (inhabitants, years, months).
    Whole,
    /// Yes or no.
    YesNo,
    /// One of the names a field of the format accepts.
    Choice(Choices),
    /// An expected result: yes/no for a deliverable, a number otherwise.
    Observation,
}

/// The set a drop-down offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choices {
    Mission,
    Kind,
    Unit,
    Direction,
    Between,
    Boundary,
    Proration,
    Uplift,
    VersionDate,
    MissingObservation,
    Envelopes,
    /// The mission ids of the Missions sheet (a list drawn from that sheet).
    EngagedMission,
    /// What a row of the results sheet is about: `indicators`, `missions`, `crisis_recognised`.
    ResultKind,
}

/// The result rows' kinds: the fields of a year of the scenario format.
pub const RESULT_KINDS: [&str; 3] = ["indicators", "missions", "crisis_recognised"];

impl Choices {
    /// The names the scenario format accepts, taken from the core's own types (serde's message
    /// for an unknown name lists them), so a name added to the core is offered here.
    pub fn names(self) -> Vec<String> {
        use aci_core::indicator::{BetweenTiers, Direction, IndicatorKind, Unit};
        use aci_core::mission::MissionId;
        use aci_core::options::{
            Envelopes, MissingObservation, ProrationUnit, UpliftReading, VersionDate,
        };
        use aci_core::taille::Boundary;
        match self {
            Choices::Mission | Choices::EngagedMission => {
                MissionId::ALL.iter().map(|m| m.key().to_string()).collect()
            }
            Choices::Kind => variants::<IndicatorKind>(),
            Choices::Unit => variants::<Unit>(),
            Choices::Direction => variants::<Direction>(),
            Choices::Between => variants::<BetweenTiers>(),
            Choices::Boundary => variants::<Boundary>(),
            Choices::Proration => variants::<ProrationUnit>(),
            Choices::Uplift => variants::<UpliftReading>(),
            Choices::VersionDate => variants::<VersionDate>(),
            Choices::MissingObservation => variants::<MissingObservation>(),
            Choices::Envelopes => variants::<Envelopes>(),
            Choices::ResultKind => RESULT_KINDS.iter().map(|k| k.to_string()).collect(),
        }
    }
}

/// The names of a unit-variant enum, from serde's message about a name it does not know.
fn variants<T: DeserializeOwned>() -> Vec<String> {
    match serde_json::from_value::<T>(serde_json::Value::String("\u{1}".into())) {
        Ok(_) => Vec::new(),
        Err(e) => {
            let message = e.to_string();
            message
                .split('`')
                .skip(1)
                .step_by(2)
                .skip(1)
                .map(str::to_string)
                .collect()
        }
    }
}

/// One field: its key, where it goes in the scenario, its header and note (catalogue ids).
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The key in the sheet's key row (or column).
    pub key: &'static str,
    /// The path of the value from the row's object (a mission, an indicator) or, on the
    /// contract sheet, from the scenario's root.
    pub path: &'static [&'static str],
    pub label: &'static str,
    pub note: &'static str,
    pub cell: Cell,
    pub required: bool,
}

const fn field(
    key: &'static str,
    path: &'static [&'static str],
    label: &'static str,
    note: &'static str,
    cell: Cell,
    required: bool,
) -> Field {
    Field {
        key,
        path,
        label,
        note,
        cell,
        required,
    }
}

/// The contract sheet: one field a row (key, label, value).
pub const CONTRACT: &[Field] = &[
    field(
        "name",
        &["contract", "name"],
        id::XLSX_IN_NAME,
        id::XLSX_IN_NAME_NOTE,
        Cell::Text,
        true,
    ),
    field(
        "signed",
        &["contract", "signed"],
        id::XLSX_IN_SIGNED,
        id::XLSX_IN_SIGNED_NOTE,
        Cell::Date,
        true,
    ),
    field(
        "letter_of_intent",
        &["letter_of_intent"],
        id::XLSX_IN_LETTER,
        id::XLSX_IN_LETTER_NOTE,
        Cell::Date,
        false,
    ),
    field(
        "population",
        &["contract", "population"],
        id::XLSX_IN_POPULATION,
        id::XLSX_IN_POPULATION_NOTE,
        Cell::Whole,
        false,
    ),
    field(
        "years",
        &["contract", "years"],
        id::XLSX_IN_YEARS,
        id::XLSX_IN_YEARS_NOTE,
        Cell::Whole,
        false,
    ),
    field(
        "operating_amount",
        &["contract", "operating_amount"],
        id::XLSX_IN_OPERATING,
        id::XLSX_IN_OPERATING_NOTE,
        Cell::Amount,
        false,
    ),
    field(
        "operating_clause",
        &["contract", "operating_clause"],
        id::XLSX_IN_OPERATING_CLAUSE,
        id::XLSX_IN_CLAUSE_NOTE,
        Cell::Text,
        false,
    ),
    field(
        "terminated",
        &["terminated"],
        id::XLSX_IN_TERMINATED,
        id::XLSX_IN_TERMINATED_NOTE,
        Cell::Date,
        false,
    ),
    field(
        "title",
        &["title"],
        id::XLSX_IN_TITLE,
        id::XLSX_IN_TITLE_NOTE,
        Cell::Text,
        false,
    ),
    field(
        "description",
        &["description"],
        id::XLSX_IN_DESCRIPTION,
        id::XLSX_IN_TITLE_NOTE,
        Cell::Text,
        false,
    ),
    field(
        "options.boundary",
        &["options", "boundary"],
        id::XLSX_IN_OPT_BOUNDARY,
        id::XLSX_IN_OPTION_NOTE,
        Cell::Choice(Choices::Boundary),
        false,
    ),
    field(
        "options.proration",
        &["options", "proration"],
        id::XLSX_IN_OPT_PRORATION,
        id::XLSX_IN_OPTION_NOTE,
        Cell::Choice(Choices::Proration),
        false,
    ),
    field(
        "options.uplift",
        &["options", "uplift"],
        id::XLSX_IN_OPT_UPLIFT,
        id::XLSX_IN_OPTION_NOTE,
        Cell::Choice(Choices::Uplift),
        false,
    ),
    field(
        "options.version_date",
        &["options", "version_date"],
        id::XLSX_IN_OPT_VERSION_DATE,
        id::XLSX_IN_OPTION_NOTE,
        Cell::Choice(Choices::VersionDate),
        false,
    ),
    field(
        "options.prorate_variable",
        &["options", "prorate_variable"],
        id::XLSX_IN_OPT_PRORATE_VARIABLE,
        id::XLSX_IN_OPTION_NOTE,
        Cell::YesNo,
        false,
    ),
    field(
        "options.missing_observation",
        &["options", "missing_observation"],
        id::XLSX_IN_OPT_MISSING_OBSERVATION,
        id::XLSX_IN_OPTION_NOTE,
        Cell::Choice(Choices::MissingObservation),
        false,
    ),
    field(
        "options.envelopes",
        &["options", "envelopes"],
        id::XLSX_IN_OPT_ENVELOPES,
        id::XLSX_IN_OPTION_NOTE,
        Cell::Choice(Choices::Envelopes),
        false,
    ),
    field(
        "payments.variable_delay_months",
        &["payments", "variable_delay_months"],
        id::XLSX_IN_VARIABLE_DELAY,
        id::XLSX_IN_VARIABLE_DELAY_NOTE,
        Cell::Whole,
        false,
    ),
];

/// The population sheet (figures over time): one figure a row.
pub const POPULATION: &[Field] = &[
    field(
        "from",
        &["from"],
        id::XLSX_IN_FROM,
        id::XLSX_IN_FROM_NOTE,
        Cell::Date,
        false,
    ),
    field(
        "population",
        &["population"],
        id::XLSX_IN_POPULATION,
        id::XLSX_IN_POPULATION_SERIES_NOTE,
        Cell::Whole,
        true,
    ),
];

/// The missions sheet: one mission a row.
pub const MISSIONS: &[Field] = &[
    field(
        "id",
        &["id"],
        id::XLSX_IN_MISSION,
        id::XLSX_IN_MISSION_NOTE,
        Cell::Choice(Choices::Mission),
        true,
    ),
    field(
        "start",
        &["start"],
        id::XLSX_IN_START,
        id::XLSX_IN_START_NOTE,
        Cell::Date,
        true,
    ),
    field(
        "end",
        &["end"],
        id::XLSX_IN_END,
        id::XLSX_IN_END_NOTE,
        Cell::Date,
        false,
    ),
    field(
        "deployed",
        &["deployed"],
        id::XLSX_IN_DEPLOYED,
        id::XLSX_IN_DEPLOYED_NOTE,
        Cell::Date,
        false,
    ),
    field(
        "fixed",
        &["fixed"],
        id::XLSX_IN_FIXED,
        id::XLSX_IN_FIXED_NOTE,
        Cell::Amount,
        false,
    ),
    field(
        "fixed_first_year",
        &["fixed_first_year"],
        id::XLSX_IN_FIXED_FIRST_YEAR,
        id::XLSX_IN_FIXED_FIRST_YEAR_NOTE,
        Cell::Amount,
        false,
    ),
    field(
        "variable",
        &["variable"],
        id::XLSX_IN_VARIABLE,
        id::XLSX_IN_VARIABLE_NOTE,
        Cell::Amount,
        false,
    ),
    field(
        "clause",
        &["clause"],
        id::XLSX_IN_CLAUSE,
        id::XLSX_IN_CLAUSE_NOTE,
        Cell::Text,
        false,
    ),
];

/// The key of the indicators sheet's column naming the mission (not a field of an indicator:
/// it says which mission the row belongs to).
pub const INDICATOR_MISSION: &str = "mission";

/// The indicators sheet: one indicator a row, its tiers in pairs of columns after these.
pub const INDICATORS: &[Field] = &[
    field(
        INDICATOR_MISSION,
        &[],
        id::XLSX_IN_MISSION,
        id::XLSX_IN_INDICATOR_MISSION_NOTE,
        Cell::Choice(Choices::EngagedMission),
        true,
    ),
    field(
        "id",
        &["id"],
        id::XLSX_IN_INDICATOR,
        id::XLSX_IN_INDICATOR_NOTE,
        Cell::Text,
        true,
    ),
    field(
        "label",
        &["label"],
        id::XLSX_IN_LABEL,
        id::XLSX_IN_LABEL_NOTE,
        Cell::Text,
        false,
    ),
    field(
        "kind",
        &["kind"],
        id::XLSX_IN_KIND,
        id::XLSX_IN_KIND_NOTE,
        Cell::Choice(Choices::Kind),
        true,
    ),
    field(
        "direction",
        &["direction"],
        id::XLSX_IN_DIRECTION,
        id::XLSX_IN_DIRECTION_NOTE,
        Cell::Choice(Choices::Direction),
        false,
    ),
    field(
        "unit",
        &["unit"],
        id::XLSX_IN_UNIT,
        id::XLSX_IN_UNIT_NOTE,
        Cell::Choice(Choices::Unit),
        false,
    ),
    field(
        "amount",
        &["amount"],
        id::XLSX_IN_AMOUNT,
        id::XLSX_IN_AMOUNT_NOTE,
        Cell::Amount,
        false,
    ),
    field(
        "baseline",
        &["baseline"],
        id::XLSX_IN_BASELINE,
        id::XLSX_IN_BASELINE_NOTE,
        Cell::Number,
        false,
    ),
    field(
        "target",
        &["target"],
        id::XLSX_IN_TARGET,
        id::XLSX_IN_TARGET_NOTE,
        Cell::Number,
        false,
    ),
    field(
        "between",
        &["between"],
        id::XLSX_IN_BETWEEN,
        id::XLSX_IN_BETWEEN_NOTE,
        Cell::Choice(Choices::Between),
        false,
    ),
];

/// Tier columns the template offers (more are written when a scenario has more).
pub const TIERS_OFFERED: usize = 5;

/// `tier3.threshold`, `tier3.amount`: the keys of the columns of tier `n` (1-based).
pub fn tier_keys(n: usize) -> [String; 2] {
    [format!("tier{n}.threshold"), format!("tier{n}.amount")]
}

/// The tier number and part (`threshold` or `amount`) of a tier column's key.
pub fn parse_tier_key(key: &str) -> Option<(usize, &str)> {
    let (tier, part) = key.strip_prefix("tier")?.split_once('.')?;
    let n: usize = tier.parse().ok().filter(|n| *n >= 1)?;
    matches!(part, "threshold" | "amount").then_some((n, part))
}

/// The results sheet: what a row is about, then one column a contract year (key: the year).
pub const RESULTS: &[Field] = &[
    field(
        "type",
        &[],
        id::XLSX_IN_RESULT_KIND,
        id::XLSX_IN_RESULT_KIND_NOTE,
        Cell::Choice(Choices::ResultKind),
        true,
    ),
    field(
        "id",
        &[],
        id::XLSX_IN_RESULT_ID,
        id::XLSX_IN_RESULT_ID_NOTE,
        Cell::Text,
        false,
    ),
];

/// The sheets, in the workbook's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    Contract,
    Population,
    Missions,
    Indicators,
    Results,
}

impl Sheet {
    pub const ALL: [Sheet; 5] = [
        Sheet::Contract,
        Sheet::Population,
        Sheet::Missions,
        Sheet::Indicators,
        Sheet::Results,
    ];

    fn name_id(self) -> &'static str {
        match self {
            Sheet::Contract => id::XLSX_IN_SHEET_CONTRACT,
            Sheet::Population => id::XLSX_IN_SHEET_POPULATION,
            Sheet::Missions => id::XLSX_IN_SHEET_MISSIONS,
            Sheet::Indicators => id::XLSX_IN_SHEET_INDICATORS,
            Sheet::Results => id::XLSX_IN_SHEET_RESULTS,
        }
    }

    /// The sheet's name in the current language.
    pub fn name(self) -> String {
        wording::text(self.name_id(), &[])
    }

    /// The sheet's names in every language (a workbook made in English is read in French).
    pub fn names(self) -> Vec<String> {
        Lang::ALL
            .iter()
            .map(|l| wording::text_in(*l, self.name_id(), &[]))
            .collect()
    }

    /// Whether a workbook must have the sheet.
    pub fn required(self) -> bool {
        matches!(self, Sheet::Contract | Sheet::Missions)
    }
}

/// Table sheets: row 1 the headers, row 2 the keys (hidden), rows from 3 the values.
pub const HEADER_ROW: u32 = 0;
pub const KEY_ROW: u32 = 1;
pub const FIRST_VALUE_ROW: u32 = 2;
/// Rows a template offers to fill (drop-downs and formats reach them).
pub const ROWS_OFFERED: u32 = 200;

/// The contract sheet: column A the keys (hidden), B the labels, C the values.
pub const CONTRACT_KEY_COLUMN: u16 = 0;
pub const CONTRACT_LABEL_COLUMN: u16 = 1;
pub const CONTRACT_VALUE_COLUMN: u16 = 2;

/// `C4`: a cell's name as a spreadsheet shows it (0-based row and column).
pub fn cell_name(row: u32, column: u16) -> String {
    format!(
        "{}{}",
        aci_core::envelopes::column_letters(column.into()),
        row + 1
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_list_comes_from_the_core_and_is_not_empty() {
        assert_eq!(Choices::Kind.names(), ["binary", "tiered", "proportional"]);
        assert_eq!(Choices::Direction.names(), ["rising", "falling"]);
        for c in [
            Choices::Unit,
            Choices::Between,
            Choices::Boundary,
            Choices::Proration,
            Choices::Uplift,
            Choices::VersionDate,
            Choices::MissingObservation,
            Choices::Envelopes,
        ] {
            assert!(c.names().len() >= 2, "{c:?}: {:?}", c.names());
        }
    }

    #[test]
    fn tier_keys_read_back() {
        let [t, a] = tier_keys(3);
        assert_eq!(parse_tier_key(&t), Some((3, "threshold")));
        assert_eq!(parse_tier_key(&a), Some((3, "amount")));
        assert_eq!(parse_tier_key("tier0.amount"), None);
        assert_eq!(parse_tier_key("tierx.amount"), None);
    }
}
