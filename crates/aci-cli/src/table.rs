//! Text output for people: the year-by-year table, the payment calendar, explanations, rules.

use std::fmt::Write as _;

use aci_core::RuleBook;
use aci_core::calendar::ContractYear;
use aci_core::contract::MissionSpec;
use aci_core::funding::{Item, Line, NotApplicable, YearFunding};
use aci_core::payments::CashFlow;
use aci_core::simulation::Simulation;
use aci_core::wording::{Day, grouped_amount, id, lang, text};
use comfy_table::{Cell, CellAlignment, Table, presets};
use rust_decimal::Decimal;

/// An amount for people, grouped by thousands in the current language: `1 234 567.80` in
/// English, `1 234 567,80` in French (the core's wording).
pub fn eur(d: Decimal) -> String {
    grouped_amount(lang(), d)
}

/// Human label of a line (the core's wording).
pub fn label(item: Item) -> String {
    item.label()
}

/// Why a line does not apply, in a few words. A mission that does not run during `year` has
/// either not started yet or ended (its `end`, exclusive, on or before the year's start): the
/// contract's missions say which.
pub fn na(line: &Line, year: &ContractYear, missions: &[MissionSpec]) -> String {
    match line.not_applicable {
        Some(NotApplicable::MissionNotEngaged) => text(id::NA_NOT_ENGAGED, &[]),
        Some(NotApplicable::MissionNotActiveThisYear) => {
            let ended = line
                .item
                .mission()
                .and_then(|m| missions.iter().find(|spec| spec.id == m.key()))
                .and_then(|spec| spec.end)
                .filter(|end| *end <= year.start);
            match ended {
                Some(end) => text(id::NA_ENDED, &[("date", &Day(end))]),
                None => text(id::NA_NOT_STARTED, &[]),
            }
        }
        Some(NotApplicable::MissionNotInVersion) => text(id::NA_NOT_IN_VERSION, &[]),
        None => String::new(),
    }
}

fn new_table(header: Vec<String>) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    t.set_header(header);
    t
}

fn right(content: String) -> Cell {
    Cell::new(content).set_alignment(CellAlignment::Right)
}

/// The catalogue's words for `ids` (a table's header).
fn words(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| text(id, &[])).collect()
}

/// The simulation as text; `missions` are the contract's (to tell an ended mission from one
/// not started).
pub fn simulation(sim: &Simulation, missions: &[MissionSpec]) -> String {
    let mut out = String::new();
    let title = sim.title.clone().unwrap_or_else(|| sim.contract.clone());
    let _ = writeln!(out, "{title}");
    let options = sim
        .options
        .describe()
        .iter()
        .map(|(n, v, _)| format!("{n}={v}"))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = writeln!(
        out,
        "{}\n{}",
        text(
            id::TABLE_SUMMARY,
            &[
                ("contract", &sim.contract),
                ("signed", &Day(sim.signed)),
                ("years", &sim.years.len()),
            ],
        ),
        text(id::TABLE_OPTIONS, &[("options", &options)])
    );

    // Funding per contract year: one column a year.
    let _ = writeln!(out, "\n{}", text(id::TABLE_FUNDING_TITLE, &[]));
    let mut header = vec![text(id::TABLE_LINE, &[])];
    for y in &sim.years {
        // Two header lines keep the table within about 140 columns for five years.
        let mut h = format!(
            "{}\n{}",
            text(id::TABLE_YEAR_NUMBER, &[("number", &y.year.number)]),
            Day(y.year.start)
        );
        if let Some(t) = sim
            .terminated
            .filter(|t| y.year.start < *t && *t < y.year.end)
        {
            h.push_str(&format!("\n{}", text(id::NA_ENDED, &[("date", &Day(t))])));
        }
        header.push(h);
    }
    header.push(text(id::TABLE_TOTAL, &[]));
    let mut t = new_table(header);
    t.add_row(
        std::iter::once(Cell::new(text(id::TABLE_TAILLE_VERSION, &[])))
            .chain(
                sim.years
                    .iter()
                    .map(|y| right(format!("{} / {}", y.taille, y.version))),
            )
            .chain(std::iter::once(Cell::new(""))),
    );
    let mut items: Vec<Item> = Vec::new();
    for y in &sim.years {
        for l in &y.lines {
            if !items.contains(&l.item) {
                items.push(l.item);
            }
        }
    }
    items.sort();
    for item in items {
        let lines: Vec<Option<&Line>> = sim.years.iter().map(|y| y.line(item)).collect();
        if lines
            .iter()
            .all(|l| l.is_none_or(|l| l.not_applicable == Some(NotApplicable::MissionNotEngaged)))
        {
            continue; // a mission the contract never engages: said once below
        }
        let total: Decimal = lines.iter().filter_map(|l| l.and_then(|l| l.amount)).sum();
        let mut row = vec![Cell::new(label(item))];
        for (l, y) in lines.iter().zip(&sim.years) {
            row.push(right(match l {
                None => String::new(),
                Some(l) => l.amount.map_or_else(|| na(l, &y.year, missions), eur),
            }));
        }
        row.push(right(eur(total)));
        t.add_row(row);
    }
    let mut row = vec![Cell::new(text(id::TABLE_TOTAL, &[]))];
    row.extend(sim.years.iter().map(|y| right(eur(y.total))));
    row.push(right(eur(sim.total_funding)));
    t.add_row(row);
    let _ = writeln!(out, "{t}");
    let never: Vec<String> = aci_core::mission::MissionId::ALL
        .into_iter()
        .filter(|m| {
            sim.years.iter().all(|y| {
                y.line(Item::Fixed(*m))
                    .is_none_or(|l| l.not_applicable == Some(NotApplicable::MissionNotEngaged))
            }) && sim.years.iter().any(|y| y.line(Item::Fixed(*m)).is_some())
        })
        .map(|m| m.label())
        .collect();
    if !never.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            text(id::TABLE_NOT_ENGAGED, &[("missions", &never.join(", "))])
        );
    }

    if let Some(t) = sim.terminated
        && let Some(y) = sim
            .years
            .iter()
            .find(|y| y.year.start < t && t < y.year.end)
    {
        let _ = writeln!(
            out,
            "{}",
            text(
                id::TABLE_TERMINATED,
                &[("date", &Day(t)), ("year", &y.year.number)]
            )
        );
    }

    let _ = writeln!(out, "\n{}", text(id::TABLE_PAYMENTS_TITLE, &[]));
    let mut t = new_table(words(&[
        id::TABLE_DATE,
        id::TABLE_YEAR,
        id::TABLE_FOR,
        id::TABLE_PART,
        id::TABLE_AMOUNT,
        id::TABLE_CUMULATIVE,
    ]));
    for f in &sim.flows {
        t.add_row(vec![
            Cell::new(Day(f.date).to_string()),
            Cell::new(f.contract_year.map_or("-".to_string(), |y| y.to_string())),
            Cell::new(f.flow.label()),
            Cell::new(f.part.label()),
            right(eur(f.amount)),
            right(eur(f.cumulative)),
        ]);
    }
    let _ = writeln!(out, "{t}");

    let _ = writeln!(out, "\n{}", text(id::TABLE_CALENDAR_TITLE, &[]));
    let mut t = new_table(words(&[
        id::TABLE_YEAR,
        id::TABLE_PAID,
        id::TABLE_ACCRUED,
        id::TABLE_CUMULATIVE_PAID,
    ]));
    for c in &sim.calendar_years {
        t.add_row(vec![
            Cell::new(c.year.to_string()),
            right(eur(c.paid)),
            right(eur(c.accrued)),
            right(eur(c.cumulative_paid)),
        ]);
    }
    let _ = writeln!(out, "{t}");
    let _ = writeln!(
        out,
        "{}",
        text(
            id::TABLE_TOTALS,
            &[
                ("funding", &eur(sim.total_funding)),
                ("paid", &eur(sim.total_paid))
            ]
        )
    );

    if !sim.warnings.is_empty() {
        let _ = writeln!(out, "\n{}", text(id::TABLE_WARNINGS, &[]));
        for w in &sim.warnings {
            let _ = writeln!(out, "- {w}");
        }
    }
    let _ = writeln!(
        out,
        "\n{}\n{}",
        text(id::TABLE_HINT_LINE, &[]),
        text(id::TABLE_HINT_PAYMENT, &[])
    );
    out
}

pub fn explain(y: &YearFunding, lines: &[&Line], missions: &[MissionSpec]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        text(
            id::EXPLAIN_YEAR,
            &[
                ("contract", &y.contract),
                ("year", &y.year.number),
                ("start", &Day(y.year.start)),
                ("end", &Day(y.year.end)),
                ("taille", &y.taille),
                ("population", &y.population),
                ("version", &y.version),
            ]
        )
    );
    for l in lines {
        let _ = writeln!(out);
        match (l.amount, &l.explanation) {
            (Some(a), e) => {
                let _ = writeln!(
                    out,
                    "{}",
                    text(
                        id::EXPLAIN_LINE,
                        &[
                            ("label", &label(l.item)),
                            ("key", &l.item),
                            ("amount", &eur(a))
                        ]
                    )
                );
                if let Some(e) = e {
                    let _ = write!(out, "{e}");
                }
            }
            (None, _) => {
                let _ = writeln!(
                    out,
                    "{}",
                    text(
                        id::EXPLAIN_LINE_NOT_APPLICABLE,
                        &[
                            ("label", &label(l.item)),
                            ("key", &l.item),
                            ("reason", &na(l, &y.year, missions))
                        ]
                    )
                );
            }
        }
    }
    out
}

/// How each payment of a date was computed (`aci explain --payment`).
pub fn explain_payments(sim: &Simulation, date: jiff::civil::Date, flows: &[&CashFlow]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        text(
            id::EXPLAIN_PAYMENTS,
            &[("contract", &sim.contract), ("date", &Day(date))]
        )
    );
    for f in flows {
        let _ = writeln!(out);
        let year = f.contract_year.map_or_else(
            || text(id::EXPLAIN_BEFORE_CONTRACT, &[]),
            |y| text(id::EXPLAIN_CONTRACT_YEAR, &[("year", &y)]),
        );
        let _ = writeln!(
            out,
            "{}",
            text(
                id::EXPLAIN_PAYMENT,
                &[
                    ("flow", &f.flow.label()),
                    ("key", &f.flow.key()),
                    ("part", &f.part.label()),
                    ("year", &year),
                    ("amount", &eur(f.amount)),
                ]
            )
        );
        let _ = write!(out, "{}", f.computation);
    }
    out
}

pub fn rules(rules: &RuleBook, only: Option<&str>) -> String {
    let mut out = String::new();
    for v in rules
        .versions
        .iter()
        .filter(|v| only.is_none_or(|id| v.id == id))
    {
        let _ = writeln!(out, "{} — {}", v.id, v.title);
        let _ = writeln!(
            out,
            "{}",
            text(
                id::RULES_IN_FORCE,
                &[
                    ("date", &Day(v.in_force_from)),
                    ("provenance", &v.in_force_provenance)
                ]
            )
        );
        let mut t = new_table(words(&[
            id::RULES_KEY,
            id::RULES_TAILLE,
            id::RULES_VALUE,
            id::RULES_STATUS,
            id::RULES_SOURCE,
        ]));
        for p in v.parameters() {
            let mut source = p.provenance.source.to_string();
            if let Some(a) = &p.provenance.article {
                source.push_str(&format!(", {a}"));
            }
            if p.defined_in != v.id {
                source.push_str(&text(id::RULES_INHERITED, &[("version", &p.defined_in)]));
            }
            t.add_row(vec![
                Cell::new(&p.key),
                Cell::new(p.taille.map(|t| t.to_string()).unwrap_or_default()),
                right(p.value.to_string()),
                Cell::new(format!(
                    "{} {}",
                    p.provenance.status.tag(),
                    p.provenance.status.label()
                )),
                Cell::new(source),
            ]);
        }
        let _ = writeln!(out, "{t}\n");
    }
    let _ = writeln!(out, "{}", text(id::RULES_SOURCES, &[]));
    for s in &rules.sources {
        let _ = writeln!(
            out,
            "- {}: {}{}",
            s.id,
            s.title,
            s.url
                .as_ref()
                .map(|u| format!(" <{u}>"))
                .unwrap_or_default()
        );
    }
    let _ = writeln!(out, "\n{}", text(id::RULES_STATUS_LEGEND, &[]));
    out
}

#[cfg(test)]
mod tests {
    use super::eur;
    use rust_decimal::Decimal;

    #[test]
    fn groups_thousands() {
        assert_eq!(eur(Decimal::new(123456789, 2)), "1 234 567.89");
        assert_eq!(eur(Decimal::new(-5, 1)), "-0.50");
        assert_eq!(eur(Decimal::new(100000, 0)), "100 000.00");
        assert_eq!(eur(Decimal::ZERO), "0.00");
    }
}
