//! The indicator table of a batch (docs/batch.md): one row per contract-year × indicator, in long
//! form, joined to the contract-year table on `(contract, year)`. Its columns are checked by
//! name, read into typed columns (a cell that cannot be read fails only the contract-year it
//! belongs to), and its rows grouped into runs of one contract-year.

use std::collections::HashMap;
use std::ops::Range;

use aci_core::indicator::{
    BetweenTiers, Direction, IndicatorKind, IndicatorSpec, Observation, Tier, Unit,
};
use arrow_array::{BooleanArray, Int64Array, RecordBatch, StringArray};

use super::input::{BadCell, DecCol, Reader, cell, column_error, required};
use crate::errors::Problem;

/// Columns of the indicator table besides the tiers' (`tier<k>_threshold`, `tier<k>_amount`).
pub(super) const INDICATOR_COLUMNS: [&str; 13] = [
    "contract",
    "year",
    "mission",
    "indicator",
    "kind",
    "unit",
    "direction",
    "between",
    "amount",
    "baseline",
    "target",
    "done",
    "value",
];

/// The tier number `k` (1 or more) and the part of a column `tier<k>_threshold` or
/// `tier<k>_amount`.
fn tier_number(name: &str) -> Option<(usize, &str)> {
    let (k, part) = name.strip_prefix("tier")?.split_once('_')?;
    let k: usize = k.parse().ok().filter(|_| !k.starts_with('0'))?;
    matches!(part, "threshold" | "amount").then_some((k, part))
}

/// Checks the indicator table's column names: every column one the batch reads, tiers numbered
/// from 1 without a gap, each tier with its threshold and its amount. Returns the tier count.
fn check_columns(input: &RecordBatch) -> Result<usize, Problem> {
    let schema = input.schema();
    let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    let mut tiers = 0;
    for (i, name) in names.iter().enumerate() {
        if names[..i].contains(name) {
            let message = format!("indicators: column '{name}' appears twice");
            return Err(column_error(name, message));
        }
        if INDICATOR_COLUMNS.contains(name) {
            continue;
        }
        if let Some((k, _)) = tier_number(name) {
            tiers = tiers.max(k);
            continue;
        }
        let known = INDICATOR_COLUMNS
            .iter()
            .copied()
            .chain(["tier1_threshold", "tier1_amount"]);
        let suggestion = aci_core::suggest::closest(name, known).unwrap_or("");
        let message = format!(
            "indicators: unknown column '{name}'; did you mean '{suggestion}'? (the indicator table reads {} and tier<k>_threshold, tier<k>_amount; see docs/batch.md)",
            INDICATOR_COLUMNS.join(", ")
        );
        return Err(Problem::field("unknown_column", name, message));
    }
    for k in 1..=tiers {
        for part in ["threshold", "amount"] {
            let name = format!("tier{k}_{part}");
            if !names.contains(&name.as_str()) {
                let message = format!(
                    "indicators: column '{name}' is missing: tiers are numbered from 1 without a gap up to tier{tiers}, each with its threshold and its amount"
                );
                return Err(column_error(&name, message));
            }
        }
    }
    Ok(tiers)
}

/// The indicator table read into typed columns.
pub(super) struct IndicatorColumns {
    pub(super) rows: usize,
    contract: StringArray,
    year: Int64Array,
    mission: StringArray,
    indicator: StringArray,
    kind: StringArray,
    unit: Option<StringArray>,
    direction: Option<StringArray>,
    between: Option<StringArray>,
    amount: Option<DecCol>,
    baseline: Option<DecCol>,
    target: Option<DecCol>,
    /// `(threshold, amount)` of tiers 1, 2, …
    tiers: Vec<(DecCol, DecCol)>,
    done: Option<BooleanArray>,
    value: Option<DecCol>,
    /// The cells that could not be read, by row.
    bad: Vec<BadCell>,
}

/// `text` as one of `allowed` (`(name, value)` pairs), or an error naming the column.
fn choice<T: Copy>(column: &str, text: &str, allowed: &[(&str, T)]) -> Result<T, Problem> {
    allowed
        .iter()
        .find(|(name, _)| *name == text)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let names: Vec<&str> = allowed.iter().map(|(n, _)| *n).collect();
            let message = format!(
                "column '{column}': '{text}' is not allowed; allowed: {}",
                names.join(", ")
            );
            Problem::field("invalid_value", column, message)
        })
}

impl IndicatorColumns {
    pub(super) fn read(input: &RecordBatch) -> Result<IndicatorColumns, Problem> {
        let tiers = check_columns(input)?;
        let mut r = Reader::new(input);
        fn need<T>(name: &str, column: Option<T>) -> Result<T, Problem> {
            required(name, column).map_err(|mut p| {
                p.message = format!(
                    "indicators: missing column '{name}'; required: contract, year, mission, indicator, kind (see docs/batch.md)"
                );
                p
            })
        }
        let contract = need("contract", r.text("contract")?)?;
        let year = need("year", r.whole("year")?)?;
        let mission = need("mission", r.text("mission")?)?;
        let indicator = need("indicator", r.text("indicator")?)?;
        let kind = need("kind", r.text("kind")?)?;
        let unit = r.text("unit")?;
        let direction = r.text("direction")?;
        let between = r.text("between")?;
        let amount = r.decimals("amount")?;
        let baseline = r.decimals("baseline")?;
        let target = r.decimals("target")?;
        let mut tier_columns = Vec::with_capacity(tiers);
        for k in 1..=tiers {
            let threshold = r.decimals(&format!("tier{k}_threshold"))?;
            let amount = r.decimals(&format!("tier{k}_amount"))?;
            if let (Some(t), Some(a)) = (threshold, amount) {
                tier_columns.push((t, a));
            }
        }
        let done = r.boolean("done")?;
        let value = r.decimals("value")?;
        let mut bad = r.bad;
        bad.sort_by_key(|c| c.row);
        Ok(IndicatorColumns {
            rows: input.num_rows(),
            contract,
            year,
            mission,
            indicator,
            kind,
            unit,
            direction,
            between,
            amount,
            baseline,
            target,
            tiers: tier_columns,
            done,
            value,
            bad,
        })
    }

    /// The contract-years of the table: `(contract, year)` → its rows, one run of consecutive
    /// rows each. A row without its contract or year, or a contract-year whose rows are not
    /// together, fails the whole table (its rows could not be matched with certainty).
    pub(super) fn groups(&self) -> Result<HashMap<(&str, i64), Range<usize>>, Problem> {
        let mut groups: HashMap<(&str, i64), Range<usize>> = HashMap::new();
        let key = |i: usize| -> Result<(&str, i64), Problem> {
            let missing = |c: &str| {
                let message = format!(
                    "indicators: row {i}: column '{c}' is null; every indicator row names the contract and the year it belongs to"
                );
                Problem::field("missing_value", c, message)
            };
            let contract = cell(&self.contract, i).ok_or_else(|| missing("contract"))?;
            Ok((
                contract,
                cell(&self.year, i).ok_or_else(|| missing("year"))?,
            ))
        };
        let mut start = 0;
        for i in 0..self.rows {
            let k = key(i)?;
            if i + 1 < self.rows && key(i + 1)? == k {
                continue;
            }
            if let Some(before) = groups.insert(k, start..i + 1) {
                let message = format!(
                    "indicators: the rows of contract '{}', year {} are not together (rows {} and {start}); sort the indicator table by contract and year",
                    k.0, k.1, before.start
                );
                return Err(column_error("contract", message));
            }
            start = i + 1;
        }
        Ok(groups)
    }

    /// The problem of row `i`'s first cell that could not be read.
    fn bad_cell(&self, i: usize) -> Option<&Problem> {
        let first = self.bad.partition_point(|c| c.row < i);
        self.bad
            .get(first)
            .filter(|c| c.row == i)
            .map(|c| &c.problem)
    }

    /// The id of indicator row `i` (for messages; empty when null).
    pub(super) fn id(&self, i: usize) -> &str {
        cell(&self.indicator, i).unwrap_or("")
    }

    /// The mission key of indicator row `i` (empty when null).
    pub(super) fn mission(&self, i: usize) -> &str {
        cell(&self.mission, i).unwrap_or("")
    }

    /// Whether indicator row `i` is a binary deliverable.
    pub(super) fn is_binary(&self, i: usize) -> bool {
        cell(&self.kind, i) == Some("binary")
    }

    /// Indicator row `i`: its mission key, its spec and its observation (none when not given).
    pub(super) fn read_row(
        &self,
        i: usize,
    ) -> Result<(&str, IndicatorSpec, Option<Observation>), Problem> {
        if let Some(p) = self.bad_cell(i) {
            return Err(p.clone());
        }
        let null = |c: &str| {
            let message = format!("column '{c}' is null; it is required");
            Problem::field("missing_value", c, message)
        };
        let mission = cell(&self.mission, i).ok_or_else(|| null("mission"))?;
        let id = cell(&self.indicator, i).ok_or_else(|| null("indicator"))?;
        let kind = cell(&self.kind, i).ok_or_else(|| null("kind"))?;
        let kinds = [
            ("binary", IndicatorKind::Binary),
            ("tiered", IndicatorKind::Tiered),
            ("proportional", IndicatorKind::Proportional),
        ];
        let kind = choice("kind", kind, &kinds)?;
        // An empty text is not given (a CSV's empty cell).
        fn text(c: &Option<StringArray>, i: usize) -> Option<&str> {
            c.as_ref()
                .and_then(|c| cell(c, i))
                .filter(|t| !t.is_empty())
        }
        let units = [
            ("rate", Unit::Rate),
            ("percent", Unit::Percent),
            ("count", Unit::Count),
        ];
        let unit = match text(&self.unit, i) {
            None => Unit::default(),
            Some(u) => choice("unit", u, &units)?,
        };
        let directions = [
            ("rising", Direction::Rising),
            ("falling", Direction::Falling),
        ];
        let direction = text(&self.direction, i)
            .map(|d| choice("direction", d, &directions))
            .transpose()?;
        let betweens = [
            ("step", BetweenTiers::Step),
            ("linear", BetweenTiers::Linear),
        ];
        let between = text(&self.between, i)
            .map(|b| choice("between", b, &betweens))
            .transpose()?;
        let dec = |c: &Option<DecCol>| c.as_ref().and_then(|c| c.get(i));
        let mut tiers = Vec::new();
        for (k, (threshold, amount)) in self.tiers.iter().enumerate() {
            match (threshold.get(i), amount.get(i)) {
                (Some(threshold), Some(amount)) => tiers.push(Tier { threshold, amount }),
                (None, None) => {}
                (given, _) => {
                    let (column, other) = match given {
                        None => (format!("tier{}_threshold", k + 1), "amount"),
                        Some(_) => (format!("tier{}_amount", k + 1), "threshold"),
                    };
                    let message = format!(
                        "column '{column}' is null while tier {}'s {other} is given; a tier has both",
                        k + 1
                    );
                    return Err(Problem::field("missing_value", &column, message));
                }
            }
        }
        let observation = match kind {
            IndicatorKind::Binary => self
                .done
                .as_ref()
                .and_then(|c| cell(c, i))
                .map(Observation::Done),
            _ => dec(&self.value).map(Observation::Value),
        };
        let spec = IndicatorSpec {
            id: id.to_string(),
            label: None,
            kind,
            unit,
            amount: dec(&self.amount),
            direction,
            tiers,
            between,
            baseline: dec(&self.baseline),
            target: dec(&self.target),
            // Result or action indicator: what a report shows apart; it changes no amount.
            nature: Default::default(),
        };
        Ok((mission, spec, observation))
    }

    /// The column of the core's error field `field` for an indicator row: `indicators.x.amount`
    /// → `amount`, `indicators.x.tiers[1].threshold` → `tier2_threshold`, `results.x` → `done`
    /// (a binary deliverable) or `value`; none for `indicators.x.tiers` (the message names the
    /// tiers out of order).
    pub(super) fn column_of(field: &str, binary: bool) -> Option<String> {
        if field.starts_with("results.") {
            return Some(if binary { "done" } else { "value" }.to_string());
        }
        let rest = field.strip_prefix("indicators.")?;
        if rest == "id" {
            return Some("indicator".to_string());
        }
        let (_, part) = rest.rsplit_once('.')?;
        if let Some(tier) = rest.split('.').find_map(|p| p.strip_prefix("tiers[")) {
            let k: usize = tier.split(']').next()?.parse().ok()?;
            return Some(format!("tier{}_{part}", k + 1));
        }
        // `tiers` (their order): the message names the tiers.
        INDICATOR_COLUMNS.contains(&part).then(|| part.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tier_columns_and_error_fields() {
        assert_eq!(tier_number("tier1_threshold"), Some((1, "threshold")));
        assert_eq!(tier_number("tier12_amount"), Some((12, "amount")));
        assert_eq!(tier_number("tier0_amount"), None);
        assert_eq!(tier_number("tier01_amount"), None);
        assert_eq!(tier_number("tier1_amt"), None);
        let col = |f| IndicatorColumns::column_of(f, false);
        assert_eq!(col("indicators.d.amount").as_deref(), Some("amount"));
        let tier2 = col("indicators.d.tiers[1].threshold");
        assert_eq!(tier2.as_deref(), Some("tier2_threshold"));
        assert_eq!(col("indicators.d.tiers"), None);
        assert_eq!(col("results.d").as_deref(), Some("value"));
        let done = IndicatorColumns::column_of("results.d", true);
        assert_eq!(done.as_deref(), Some("done"));
        assert_eq!(col("indicators.id").as_deref(), Some("indicator"));
    }
}
