//! The portfolio of an ARS or a CPAM: its CPTS side by side, one row each (funding per
//! contract year and in all, indicators on target, missions late on the ACI calendar, each
//! mission's variable part paid out of its envelope in the report's last year), as an HTML
//! page sortable by a click on a header (a few lines of inline script) or an XLSX sheet.
//! Every amount is the engine's (a year's total, a line); counts are of the report's verdicts.

use std::fmt::Write;

use aci_core::mission::MissionId;
use aci_core::wording::{Amount, id, text};
use rust_decimal::Decimal;

use super::data::{MeasureKind, Report};
use super::html::{escape, verdict};
use crate::export::Cell;
use crate::load::CliError;

/// One CPTS's row: the contract years' totals, indicators on target out of those assessed,
/// missions late, and per mission `(paid, envelope)` in the last year of the report.
struct Row<'a> {
    report: &'a Report,
    by_year: Vec<Option<Decimal>>,
    on_target: usize,
    assessed: usize,
    late: usize,
    missions: Vec<Option<(Decimal, Option<Decimal>)>>,
}

/// The contract years and missions any report has, then a row per report.
fn table(reports: &[Report]) -> (Vec<u32>, Vec<MissionId>, Vec<Row<'_>>) {
    let mut years: Vec<u32> = reports
        .iter()
        .flat_map(|r| r.years.iter().map(|y| y.number))
        .collect();
    years.sort_unstable();
    years.dedup();
    let missions: Vec<MissionId> = MissionId::ALL
        .into_iter()
        .filter(|m| {
            reports
                .iter()
                .any(|r| r.missions.iter().any(|s| s.id == *m))
        })
        .collect();
    let rows = reports
        .iter()
        .map(|r| {
            let last = r.years.last().map(|y| y.number);
            let indicators: Vec<_> = r
                .measures
                .iter()
                .filter(|m| m.kind == MeasureKind::Indicator)
                .filter_map(|m| {
                    let y = m.years.iter().find(|y| Some(y.year) == last)?;
                    y.earned.is_some().then(|| verdict(m, y))
                })
                .collect();
            Row {
                report: r,
                by_year: years
                    .iter()
                    .map(|n| r.years.iter().find(|y| y.number == *n).map(|y| y.total))
                    .collect(),
                on_target: indicators.iter().filter(|v| **v == "reached").count(),
                assessed: indicators.len(),
                late: r.missions.iter().filter(|m| m.late()).count(),
                missions: missions
                    .iter()
                    .map(|id| {
                        let y = r
                            .measures
                            .iter()
                            .filter(|m| m.mission == *id)
                            .find_map(|m| m.years.iter().find(|y| Some(y.year) == last))?;
                        Some((y.mission_paid?, y.mission_envelope))
                    })
                    .collect(),
            }
        })
        .collect();
    (years, missions, rows)
}

fn headers(years: &[u32], missions: &[MissionId]) -> Vec<String> {
    let mut h = vec![
        text(id::REPORT_COL_CPTS, &[]),
        text(id::REPORT_TAILLE, &[]),
        text(id::REPORT_POPULATION, &[]),
    ];
    h.extend(
        years
            .iter()
            .map(|y| text(id::REPORT_COL_FUNDING_YEAR, &[("year", y)])),
    );
    h.push(text(id::REPORT_COL_TOTAL, &[]));
    h.push(text(id::REPORT_COL_ON_TARGET, &[]));
    h.push(text(id::REPORT_COL_LATE, &[]));
    h.extend(
        missions
            .iter()
            .map(|m| text(id::REPORT_COL_ACHIEVEMENT, &[("mission", &m.label())])),
    );
    h
}

fn money(d: Decimal) -> String {
    text(id::REPORT_AMOUNT, &[("amount", &Amount(d))])
}

const SORT_SCRIPT: &str = r#"<script>
// Sort the table by the clicked column (numbers by data-sort, else text); a second click reverses.
document.querySelectorAll("table.portfolio th").forEach(function (th, col) {
  th.addEventListener("click", function () {
    var body = th.closest("table").tBodies[0];
    var asc = th.dataset.order !== "asc";
    th.dataset.order = asc ? "asc" : "desc";
    var key = function (tr) { var c = tr.cells[col]; return c.dataset.sort !== undefined ? parseFloat(c.dataset.sort) : c.textContent.trim(); };
    Array.from(body.rows).sort(function (a, b) {
      var x = key(a), y = key(b);
      var d = (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y));
      return asc ? d : -d;
    }).forEach(function (tr) { body.appendChild(tr); });
  });
});
</script>"#;

/// The portfolio as an HTML page.
pub fn html(reports: &[Report]) -> String {
    let (years, missions, rows) = table(reports);
    let title = text(id::REPORT_PORTFOLIO_TITLE, &[]);
    let mut out = String::new();
    super::html::head(&mut out, &title);
    let _ = write!(
        out,
        "<h1>{}</h1>\n<p class=\"note\">{}</p>\n<table class=\"portfolio\"><thead><tr>",
        escape(&title),
        escape(&text(
            id::REPORT_PORTFOLIO_INTRO,
            &[("count", &reports.len())]
        ))
    );
    for h in headers(&years, &missions) {
        let _ = write!(out, "<th class=\"sortable\">{}</th>", escape(&h));
    }
    out.push_str("</tr></thead><tbody>\n");
    let num = |out: &mut String, sort: String, shown: String| {
        let _ = write!(
            out,
            "<td class=\"num\" data-sort=\"{sort}\">{}</td>",
            escape(&shown)
        );
    };
    for row in &rows {
        let r = row.report;
        let last = r.years.last();
        let _ = write!(out, "<tr><td>{}</td>", escape(&r.cpts));
        let taille = last.map_or(0, |y| y.taille);
        num(&mut out, taille.to_string(), taille.to_string());
        let population = last.map_or(0, |y| y.population);
        num(&mut out, population.to_string(), population.to_string());
        for total in &row.by_year {
            match total {
                Some(t) => num(&mut out, t.to_string(), money(*t)),
                None => num(&mut out, "-1".into(), String::new()),
            }
        }
        num(&mut out, r.total.to_string(), money(r.total));
        num(
            &mut out,
            row.on_target.to_string(),
            format!("{} / {}", row.on_target, row.assessed),
        );
        let _ = write!(
            out,
            "<td class=\"num{}\" data-sort=\"{}\">{}</td>",
            if row.late > 0 { " late" } else { "" },
            row.late,
            row.late
        );
        for m in &row.missions {
            match m {
                Some((paid, envelope)) => num(
                    &mut out,
                    paid.to_string(),
                    match envelope {
                        Some(e) => format!("{} / {}", money(*paid), money(*e)),
                        None => money(*paid),
                    },
                ),
                None => num(&mut out, "-1".into(), String::new()),
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
    out.push_str(SORT_SCRIPT);
    out.push_str("\n</body>\n</html>\n");
    out
}

/// The portfolio as an XLSX workbook (one sheet, filterable and sortable in the spreadsheet).
pub fn xlsx(reports: &[Report]) -> Result<Vec<u8>, CliError> {
    let (years, missions, rows) = table(reports);
    let mut cells = Vec::new();
    for row in &rows {
        let r = row.report;
        let last = r.years.last();
        let mut c = vec![
            Cell::Text(r.cpts.clone()),
            Cell::Count(last.map_or(0, |y| i64::from(y.taille))),
            Cell::Count(last.map_or(0, |y| i64::try_from(y.population).unwrap_or(i64::MAX))),
        ];
        c.extend(
            row.by_year
                .iter()
                .map(|t| t.map_or(Cell::Empty, Cell::Money)),
        );
        c.push(Cell::Money(r.total));
        c.push(Cell::Text(format!("{} / {}", row.on_target, row.assessed)));
        c.push(Cell::Count(i64::try_from(row.late).unwrap_or(i64::MAX)));
        c.extend(row.missions.iter().map(|m| match m {
            Some((paid, _)) => Cell::Money(*paid),
            None => Cell::Empty,
        }));
        cells.push(c);
    }
    let title = text(id::REPORT_PORTFOLIO_TITLE, &[]);
    crate::workbook::one_sheet(&title, "CPTS", headers(&years, &missions), cells)
}
