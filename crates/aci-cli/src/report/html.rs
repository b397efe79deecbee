//! The report as one self-contained HTML page (inline CSS and SVG, no network, no script but
//! the portfolio's sorting): the CPTS, its missions on the ACI calendar, its indicators (result
//! and action apart) with their trend, the funding of each year and where it comes from, the
//! assumptions, and a plain-language section for usagers. Print CSS keeps table rows whole and
//! repeats headers, so printing the page (PDF) paginates cleanly. Every word from the catalogue.

use std::fmt::Write;

use aci_core::indicator::{Nature, Observation};
use aci_core::wording::{Amount, Day, Number, id, text};
use rust_decimal::Decimal;

use super::data::{Measure, MeasureKind, MeasureYear, Report, YearReport};
use super::open_data::direction_key;

/// `s` with HTML's special characters escaped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A message of the catalogue, escaped.
fn t(msg: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    escape(&text(msg, args))
}

/// An amount with its currency, in the current language.
fn money(d: Decimal) -> String {
    t(id::REPORT_AMOUNT, &[("amount", &Amount(d))])
}

const STYLE: &str = r#"
body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;color:#1b1b1b;max-width:1100px;margin:1.5em auto;padding:0 1em;font-size:14px;line-height:1.4}
h1{color:#1f4e79;font-size:1.6em;margin-bottom:.2em}h2{color:#1f4e79;border-bottom:2px solid #1f4e79;padding-bottom:.15em;margin-top:1.6em}
h3{color:#333;margin-bottom:.3em}.period{font-size:1.1em;color:#444;margin-top:0}
.note{color:#555;font-size:.9em}.banner{background:#fff3cd;border:1px solid #e0b100;padding:.5em .8em}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em}table.indicators{font-size:.92em}th,td{border:1px solid #c8c8c8;padding:.3em .45em;vertical-align:top;text-align:left}
th{background:#e8eef5}td.num,th.num{text-align:right;white-space:nowrap}td.objective{white-space:nowrap}tr.total td{font-weight:bold;background:#f3f3f3}
.late{color:#b00020;font-weight:bold}.ok{color:#2e7d32}dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.facts dt{font-weight:bold}
.usagers{background:#f1f7ee;border:1px solid #9cc58f;padding:.4em 1em}.usagers li{margin:.2em 0}
.reached{color:#2e7d32;font-weight:bold}.partly{color:#a05a00;font-weight:bold}.missed{color:#b00020;font-weight:bold}
body:has(table.portfolio){max-width:none}th.sortable{cursor:pointer}th.sortable:after{content:" \2195";color:#888}
@media print{body{max-width:none;margin:0;font-size:10.5pt}thead{display:table-header-group}tr,td,th,svg{page-break-inside:avoid;break-inside:avoid}
h2,h3{page-break-after:avoid;break-after:avoid}section.usagers,section.keep{page-break-inside:avoid;break-inside:avoid}@page{size:A4;margin:14mm 12mm}}
"#;

pub(super) fn head(out: &mut String, title: &str) {
    let lang = match aci_core::wording::lang() {
        aci_core::wording::Lang::Fr => "fr",
        _ => "en",
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(title)
    );
}

/// The period the report covers, in words.
fn period(r: &Report) -> String {
    match r.years.as_slice() {
        [y] => t(
            id::REPORT_PERIOD_YEAR,
            &[
                ("year", &y.number),
                ("start", &Day(y.start)),
                ("end", &Day(y.end)),
            ],
        ),
        [first, .., last] => t(
            id::REPORT_PERIOD_ALL,
            &[("first", &first.number), ("last", &last.number)],
        ),
        [] => String::new(),
    }
}

/// A CPTS's report.
pub fn page(r: &Report) -> String {
    let mut out = String::new();
    let title = text(id::REPORT_TITLE, &[("cpts", &r.cpts)]);
    head(&mut out, &title);
    let _ = write!(
        out,
        "<header><h1>{}</h1>\n<p class=\"period\">{}</p>\n",
        escape(&title),
        period(r)
    );
    if let Some(t) = &r.title {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(t));
    }
    if r.estimated {
        let _ = writeln!(
            out,
            "<p class=\"banner\">{}</p>",
            t(id::REPORT_ESTIMATE_BANNER, &[])
        );
    }
    out.push_str("</header>\n");
    usagers(&mut out, r);
    cpts(&mut out, r);
    missions(&mut out, r);
    indicators(&mut out, r);
    for y in &r.years {
        funding(&mut out, y);
    }
    assumptions(&mut out, r);
    let _ = write!(
        out,
        "<footer><p class=\"note\">{}</p></footer>\n</body>\n</html>\n",
        t(
            id::REPORT_GENERATED,
            &[
                ("version", &env!("CARGO_PKG_VERSION")),
                ("origin", &r.origin)
            ]
        )
    );
    out
}

fn last_year(r: &Report) -> Option<&YearReport> {
    r.years.last()
}

fn cpts(out: &mut String, r: &Report) {
    let _ = write!(
        out,
        "<section><h2>{}</h2>\n<dl class=\"facts\">\n",
        t(id::REPORT_CPTS, &[])
    );
    let fact = |out: &mut String, name: &str, value: String| {
        let _ = writeln!(out, "<dt>{name}</dt><dd>{value}</dd>");
    };
    fact(
        out,
        &t(id::REPORT_SIGNED, &[]),
        escape(&Day(r.signed).to_string()),
    );
    if let Some(d) = r.terminated {
        fact(
            out,
            &t(id::REPORT_TERMINATED, &[]),
            escape(&Day(d).to_string()),
        );
    }
    if let Some(y) = last_year(r) {
        fact(out, &t(id::REPORT_TAILLE, &[]), y.taille.to_string());
        fact(
            out,
            &t(id::REPORT_POPULATION, &[]),
            t(
                id::REPORT_HABITANTS,
                &[("population", &Number(Decimal::from(y.population)))],
            ),
        );
        fact(out, &t(id::REPORT_VERSION, &[]), escape(&y.version));
    }
    out.push_str("</dl></section>\n");
}

fn missions(out: &mut String, r: &Report) {
    let Some(y) = last_year(r) else { return };
    // The state at the end of the period: the last day of the last year, or of the contract
    // when it was terminated before.
    let last_day = y.end.yesterday().unwrap_or(y.end);
    let on = match r.terminated.and_then(|t| t.yesterday().ok()) {
        Some(t) if t < last_day => t,
        _ => last_day,
    };
    let _ = write!(
        out,
        "<section><h2>{}</h2>\n<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
        t(id::REPORT_MISSIONS, &[]),
        t(id::REPORT_COL_MISSION, &[]),
        t(id::REPORT_COL_START, &[]),
        t(id::REPORT_COL_DEPLOYED, &[]),
        t(id::REPORT_COL_STATE, &[("date", &Day(on))]),
        t(id::REPORT_COL_CALENDAR, &[]),
    );
    for m in &r.missions {
        let mut calendar = Vec::new();
        if let Some(d) = m.starts_late {
            calendar.push(t(id::REPORT_STARTS_LATE, &[("deadline", &Day(d))]));
        }
        if let Some(d) = m.deployed_late {
            calendar.push(t(id::REPORT_DEPLOYED_LATE, &[("deadline", &Day(d))]));
        }
        let calendar = if calendar.is_empty() {
            format!("<span class=\"ok\">{}</span>", t(id::REPORT_ON_TIME, &[]))
        } else {
            format!("<span class=\"late\">{}</span>", calendar.join("<br>"))
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{calendar}</td></tr>",
            escape(&m.id.label()),
            escape(&Day(m.start).to_string()),
            m.deployed
                .map(|d| escape(&Day(d).to_string()))
                .unwrap_or_default(),
            t(id::REPORT_STATE, &[("state", &m.state_on(on).key())]),
        );
    }
    out.push_str("</tbody></table></section>\n");
}

/// The measure's name: its label, else its id; a mission's share or crisis in words.
fn name(m: &Measure) -> String {
    match m.kind {
        MeasureKind::Indicator => m
            .label
            .clone()
            .or_else(|| m.indicator.clone())
            .unwrap_or_default(),
        MeasureKind::MissionShare => text(id::REPORT_MISSION_SHARE, &[]),
        MeasureKind::Crisis => text(id::REPORT_CRISIS, &[]),
    }
}

fn objective(m: &Measure) -> String {
    match m.rule_kind {
        Some("binary") => t(id::REPORT_BINARY_OBJECTIVE, &[]),
        Some("proportional") => match (m.baseline, m.target) {
            (Some(b), Some(tg)) => t(
                id::REPORT_PROPORTIONAL_OBJECTIVE,
                &[("baseline", &Number(b)), ("target", &Number(tg))],
            ),
            _ => String::new(),
        },
        Some("tiered") => {
            let direction = m.direction.map_or("rising", direction_key);
            m.tiers
                .iter()
                .map(|tier| {
                    t(
                        id::INDICATOR_TIER,
                        &[
                            ("direction", &direction),
                            ("threshold", &Number(tier.threshold)),
                            ("amount", &Amount(tier.amount)),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join("<br>")
        }
        _ => String::new(),
    }
}

fn result(m: &Measure, y: &MeasureYear) -> String {
    match (&y.result, y.earned) {
        (_, None) => t(id::REPORT_NOT_APPLICABLE, &[]),
        (None, _) => t(id::REPORT_NOT_GIVEN, &[]),
        (Some(Observation::Done(yes)), _) if m.kind == MeasureKind::Crisis => {
            t(id::REPORT_RECOGNISED, &[("recognised", &yes.to_string())])
        }
        (Some(Observation::Done(done)), _) => t(id::REPORT_DONE, &[("done", &done.to_string())]),
        (Some(Observation::Value(v)), _) => escape(&Number(*v).to_string()),
    }
}

fn indicators(out: &mut String, r: &Report) {
    let _ = writeln!(out, "<section><h2>{}</h2>", t(id::REPORT_INDICATORS, &[]));
    for (nature, title, intro) in [
        (
            Nature::Result,
            id::REPORT_RESULT_INDICATORS,
            id::REPORT_RESULT_INTRO,
        ),
        (
            Nature::Action,
            id::REPORT_ACTION_INDICATORS,
            id::REPORT_ACTION_INTRO,
        ),
    ] {
        let _ = write!(
            out,
            "<h3 id=\"{}\">{}</h3>\n<p class=\"note\">{}</p>\n",
            nature.key(),
            t(title, &[]),
            t(intro, &[])
        );
        let measures: Vec<&Measure> = r.measures.iter().filter(|m| m.nature == nature).collect();
        if measures.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", t(id::REPORT_NONE, &[]));
            continue;
        }
        let _ = writeln!(
            out,
            "<table class=\"indicators {}\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
            nature.key(),
            t(id::REPORT_COL_MEASURES, &[]),
            t(id::REPORT_COL_DIRECTION, &[]),
            t(id::REPORT_COL_OBJECTIVE, &[]),
            t(id::REPORT_COL_YEAR, &[]),
            t(id::REPORT_COL_RESULT, &[]),
            t(id::REPORT_COL_TIER, &[]),
            t(id::REPORT_COL_EARNED, &[]),
            t(id::REPORT_COL_MAX, &[]),
            t(id::REPORT_COL_TREND, &[]),
        );
        for m in measures {
            let years: Vec<&MeasureYear> = m.years.iter().filter(|y| y.reported).collect();
            let span = years.len().max(1);
            let label = name(m);
            let chart = super::svg::trend(m, &label).unwrap_or_default();
            for (i, y) in years.iter().enumerate() {
                out.push_str("<tr>");
                if i == 0 {
                    let id_note = m
                        .indicator
                        .as_deref()
                        .map(|id| format!("<br><span class=\"note\">{}</span>", escape(id)))
                        .unwrap_or_default();
                    let _ = write!(
                        out,
                        "<td rowspan=\"{span}\"><span class=\"note\">{}</span><br>{}{id_note}</td><td rowspan=\"{span}\">{}</td><td class=\"objective\" rowspan=\"{span}\">{}</td>",
                        escape(&m.mission.label()),
                        escape(&label),
                        m.direction
                            .map(|d| t(id::REPORT_DIRECTION, &[("direction", &direction_key(d))]))
                            .unwrap_or_default(),
                        objective(m),
                    );
                }
                let tier = match (y.tiers_reached, m.tiers.len()) {
                    (Some(k), n) if n > 0 => {
                        t(id::REPORT_TIERS_REACHED, &[("reached", &k), ("count", &n)])
                    }
                    _ => String::new(),
                };
                let max = match m.kind {
                    MeasureKind::Indicator => m.max_amount,
                    _ => y.mission_envelope,
                };
                let _ = write!(
                    out,
                    "<td class=\"num\">{}</td><td>{}</td><td>{tier}</td><td class=\"num earned\">{}</td><td class=\"num\">{}</td>",
                    y.year,
                    result(m, y),
                    y.earned.map(money).unwrap_or_default(),
                    max.map(money).unwrap_or_default(),
                );
                if i == 0 {
                    let _ = write!(out, "<td rowspan=\"{span}\">{chart}</td>");
                }
                out.push_str("</tr>\n");
            }
        }
        out.push_str("</tbody></table>\n");
    }
    out.push_str("</section>\n");
}

fn funding(out: &mut String, y: &YearReport) {
    let _ = write!(
        out,
        "<section class=\"keep\"><h2>{}</h2>\n<p class=\"period\">{}</p>\n<table class=\"funding\" data-year=\"{}\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>\n",
        t(id::REPORT_FUNDING, &[("year", &y.number)]),
        t(
            id::REPORT_PERIOD_YEAR,
            &[
                ("year", &y.number),
                ("start", &Day(y.start)),
                ("end", &Day(y.end))
            ]
        ),
        y.number,
        t(id::REPORT_COL_LINE, &[]),
        t(id::REPORT_COL_AMOUNT, &[]),
        t(id::REPORT_COL_SOURCE, &[]),
    );
    for l in &y.lines {
        let Some(amount) = l.amount else { continue };
        let _ = writeln!(
            out,
            "<tr data-line=\"{}\"><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            escape(&l.item.key()),
            escape(&l.item.label()),
            money(amount),
            l.status
                .map(|s| escape(s.label()))
                .unwrap_or_else(|| t(id::REPORT_SOURCE_NONE, &[])),
        );
    }
    let _ = write!(
        out,
        "<tr class=\"total\"><td>{}</td><td class=\"num\">{}</td><td></td></tr>\n</tbody></table></section>\n",
        t(id::REPORT_TOTAL, &[]),
        money(y.total)
    );
}

fn assumptions(out: &mut String, r: &Report) {
    let _ = write!(
        out,
        "<section><h2>{}</h2>\n<h3>{}</h3>\n<table><tbody>\n",
        t(id::REPORT_ASSUMPTIONS, &[]),
        t(id::REPORT_OPTIONS, &[])
    );
    for (name, value, meaning) in &r.options {
        let _ = writeln!(
            out,
            "<tr><td><code>{}</code></td><td><code>{}</code></td><td>{}</td></tr>",
            escape(name),
            escape(value),
            escape(meaning)
        );
    }
    let _ = write!(
        out,
        "</tbody></table>\n<h3>{}</h3>\n",
        t(id::REPORT_WARNINGS, &[])
    );
    if r.warnings.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t(id::REPORT_NO_WARNINGS, &[]));
    } else {
        out.push_str("<ul>\n");
        for w in &r.warnings {
            let _ = writeln!(out, "<li>{}</li>", escape(w));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// Where an indicator stands for usagers, from the engine's amounts: everything it could earn,
/// a part, nothing; or no result, or not assessed that year.
pub fn verdict(m: &Measure, y: &MeasureYear) -> &'static str {
    let max = match m.kind {
        MeasureKind::Indicator => m.max_amount,
        _ => y.mission_envelope,
    };
    match (y.earned, &y.result, max) {
        (None, _, _) => "not_applicable",
        (_, None, _) => "unknown",
        (Some(e), _, Some(max)) if e >= max && e > Decimal::ZERO => "reached",
        (Some(e), _, _) if e > Decimal::ZERO => "partly",
        _ => "missed",
    }
}

fn usagers(out: &mut String, r: &Report) {
    let Some(last) = last_year(r) else { return };
    let _ = write!(
        out,
        "<section class=\"usagers\"><h2>{}</h2>\n<p>{}</p>\n",
        t(id::REPORT_USAGERS, &[]),
        t(
            id::REPORT_USAGERS_INTRO,
            &[
                ("cpts", &r.cpts),
                ("population", &Number(Decimal::from(last.population))),
            ]
        )
    );
    let period = match r.years.as_slice() {
        [y] => text(id::REPORT_COL_FUNDING_YEAR, &[("year", &y.number)]),
        _ => text(id::REPORT_COL_FUNDING_YEAR, &[("year", &last.number)]),
    };
    // What the CPTS committed to: its indicators and the missions assessed as a whole (a
    // crisis is not a commitment: not recognised is no failure).
    let indicators: Vec<&Measure> = r
        .measures
        .iter()
        .filter(|m| m.kind != MeasureKind::Crisis)
        .collect();
    let _ = write!(
        out,
        "<p>{}</p>\n<ul>\n",
        t(
            id::REPORT_USAGERS_COMMITTED,
            &[
                ("count", &indicators.len()),
                ("period", &period.to_lowercase())
            ]
        )
    );
    for m in indicators {
        let Some(y) = m.years.iter().find(|y| y.year == last.number) else {
            continue;
        };
        let v = verdict(m, y);
        // A mission assessed as a whole is named by the mission.
        let what = match m.kind {
            MeasureKind::Indicator => name(m),
            _ => m.mission.label(),
        };
        let _ = writeln!(
            out,
            "<li>{} — <span class=\"{v}\">{}</span></li>",
            escape(&what),
            t(id::REPORT_USAGERS_VERDICT, &[("verdict", &v)])
        );
    }
    let _ = write!(
        out,
        "</ul>\n<p>{}</p>\n</section>\n",
        t(
            id::REPORT_USAGERS_MONEY,
            &[
                ("year", &last.number),
                (
                    "total",
                    &text(id::REPORT_AMOUNT, &[("amount", &Amount(last.total))])
                ),
            ]
        )
    );
}

/// Several CPTS side by side: funding per year, indicators on target, missions late,
/// achievement of each mission's variable part; a click on a header sorts the table.
pub fn portfolio(reports: &[Report]) -> String {
    super::portfolio::html(reports)
}
