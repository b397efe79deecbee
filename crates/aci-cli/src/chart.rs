//! The payment calendar as an SVG chart: payments per quarter (bars) and cumulative cash
//! (line), for a board presentation; also as an HTML page or a PNG picture. Layout uses
//! integer arithmetic on cents and days.

use std::fmt::Write as _;

use aci_core::mission::MissionId;
use aci_core::payments::Flow;
use aci_core::simulation::Simulation;
use aci_core::wording::{id, text};
use jiff::civil::Date;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::load::CliError;
use crate::output::ChartFormat;
use crate::table::eur;

const W: i64 = 960;
const H: i64 = 480;
const LEFT: i64 = 110;
const RIGHT: i64 = 30;
const TOP: i64 = 70;

fn cents(d: Decimal) -> i64 {
    (d * Decimal::ONE_HUNDRED).trunc().to_i64().unwrap_or(0)
}

fn quarter_start(d: Date) -> Date {
    Date::new(d.year(), (d.month() - 1) / 3 * 3 + 1, 1).unwrap_or(d)
}

fn next_quarter(d: Date) -> Date {
    let q = quarter_start(d);
    q.checked_add(jiff::Span::new().months(3)).unwrap_or(q)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A round step for about five grid lines up to `max` cents.
fn step(max: i64) -> i64 {
    let mut unit = 100; // 1 €
    loop {
        for m in [1, 2, 5] {
            if max / (unit * m) <= 5 {
                return unit * m;
            }
        }
        unit *= 10;
    }
}

/// What a bar's segment pays for: one colour each in the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Operating,
    Mission(MissionId),
    LetterOfIntent,
}

impl Part {
    /// Every part, in the order they stack from the axis.
    fn all() -> Vec<Part> {
        std::iter::once(Part::Operating)
            .chain(MissionId::ALL.into_iter().map(Part::Mission))
            .chain(std::iter::once(Part::LetterOfIntent))
            .collect()
    }

    fn of(flow: Flow) -> Part {
        match flow {
            Flow::LetterOfIntent => Part::LetterOfIntent,
            Flow::Line(item) => item.mission().map_or(Part::Operating, Part::Mission),
        }
    }

    fn label(self) -> String {
        match self {
            Part::Operating => text(id::ITEM_OPERATING, &[]),
            Part::Mission(m) => m.label(),
            Part::LetterOfIntent => text(id::FLOW_LETTER_OF_INTENT, &[]),
        }
    }

    /// Colours told apart on a screen, a projector and a colour printout (the Tableau 10
    /// palette, without the orange of the cumulative line). In grey, several have about the
    /// same lightness: there the white edges between segments and the stacking order, which
    /// is the legend's, tell them apart.
    fn colour(self) -> &'static str {
        match self {
            Part::Operating => "#4f81bd",
            Part::Mission(MissionId::AccesAuxSoins) => "#59a14f",
            Part::Mission(MissionId::Parcours) => "#b07aa1",
            Part::Mission(MissionId::Prevention) => "#76b7b2",
            Part::Mission(MissionId::CrisesSanitaires) => "#e15759",
            Part::Mission(MissionId::QualitePertinence) => "#9c755f",
            Part::Mission(MissionId::AccompagnementProfessionnels) => "#edc948",
            Part::LetterOfIntent => "#bab0ac",
        }
    }
}

/// Width of a text at the chart's 12 px, estimated (Helvetica-like fonts average about
/// 0.5 em a character): enough to lay out the legend without measuring glyphs.
fn text_width(s: &str) -> i64 {
    s.chars().count() as i64 * 29 / 5
}

/// An axis amount in whole euros, the current language's way (`1 500 000 €`).
fn axis_euros(cents: i64) -> String {
    let shown = eur(Decimal::new(cents, 2));
    // Grid steps are whole euros: the decimals (".00" or ",00") go.
    let whole = shown.get(..shown.len().saturating_sub(3)).unwrap_or(&shown);
    format!("{whole} €")
}

/// The line's colour, and the white drawn under it so it shows over any bar.
const LINE: &str = "#f28e2b";
const ROW: i64 = 20;

pub fn svg(sim: &Simulation) -> String {
    let mut s = String::new();
    let title = sim.title.clone().unwrap_or_else(|| sim.contract.clone());
    let _ = writeln!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="Helvetica, Arial, sans-serif" font-size="12">"##
    );
    let _ = writeln!(s, r##"<rect width="{W}" height="{H}" fill="#ffffff"/>"##);
    let _ = writeln!(
        s,
        r##"<text x="{LEFT}" y="28" font-size="18" font-weight="bold">{}</text>"##,
        escape(&title)
    );
    let _ = writeln!(
        s,
        r##"<text x="{LEFT}" y="48" fill="#555">{}</text>"##,
        escape(&text(id::CHART_SUBTITLE, &[("paid", &eur(sim.total_paid))]))
    );
    let (Some(first), Some(last)) = (sim.flows.first(), sim.flows.last()) else {
        let _ = writeln!(
            s,
            r##"<text x="{LEFT}" y="{}">{}</text></svg>"##,
            H / 2,
            escape(&text(id::CHART_NO_PAYMENT, &[]))
        );
        return s;
    };

    // Quarterly sums per part (net of repayments), and the parts that are paid at all.
    let parts = Part::all();
    let start = quarter_start(first.date);
    // One quarter after the last payment's, so the last step shows before the edge.
    let end = next_quarter(next_quarter(last.date));
    let mut quarters: Vec<(Date, Vec<i64>)> = Vec::new();
    let mut q = start;
    while q < end {
        let nq = next_quarter(q);
        let mut sums = vec![0i64; parts.len()];
        for f in sim.flows.iter().filter(|f| f.date >= q && f.date < nq) {
            if let Some(i) = parts.iter().position(|p| *p == Part::of(f.flow)) {
                sums[i] += cents(f.amount);
            }
        }
        quarters.push((q, sums));
        q = nq;
    }
    let shown: Vec<usize> = (0..parts.len())
        .filter(|&i| quarters.iter().any(|(_, sums)| sums[i] != 0))
        .collect();

    // The legend, in rows under the axis: every part paid, then the cumulative line.
    let mut entries: Vec<(Option<Part>, String)> = shown
        .iter()
        .map(|&i| (Some(parts[i]), parts[i].label()))
        .collect();
    entries.push((None, text(id::CHART_LEGEND_CUMULATIVE, &[])));
    let mut placed: Vec<(i64, i64, Option<Part>, String)> = Vec::new();
    let (mut lx, mut row) = (LEFT, 0);
    for (part, words) in entries {
        let width = 22 + text_width(&words) + 18;
        if lx > LEFT && lx + width > W - RIGHT {
            lx = LEFT;
            row += 1;
        }
        placed.push((lx, row, part, words));
        lx += width;
    }
    let legend_rows = row + 1;
    // Axis labels, legend rows, the footer line.
    let bottom = 42 + legend_rows * ROW + 22;

    let days = |d: Date| aci_core::calendar::days(start, d);
    let span = days(end).max(1);
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - bottom;
    let x = |d: Date| LEFT + days(d) * plot_w / span;

    let max_cum = sim
        .flows
        .iter()
        .map(|f| cents(f.cumulative))
        .max()
        .unwrap_or(0);
    let stacked = |sign: i64| -> Vec<i64> {
        quarters
            .iter()
            .map(|(_, sums)| sums.iter().filter(|v| v.signum() == sign).sum())
            .collect()
    };
    let max_bar = stacked(1).into_iter().max().unwrap_or(0);
    let min_bar = stacked(-1).into_iter().min().unwrap_or(0).min(0);
    let top_v = max_cum.max(max_bar).max(1);
    let grid = step(top_v - min_bar);
    let top_v = (top_v + grid - 1) / grid * grid;
    let bottom_v = if min_bar < 0 {
        (min_bar - grid + 1) / grid * grid
    } else {
        0
    };
    let range = (top_v - bottom_v).max(1);
    let y = |v: i64| TOP + (top_v - v) * plot_h / range;

    // Grid and amount labels.
    let mut v = bottom_v;
    while v <= top_v {
        let yy = y(v);
        let _ = writeln!(
            s,
            r##"<line x1="{LEFT}" y1="{yy}" x2="{}" y2="{yy}" stroke="#e3e3e3"/>"##,
            W - RIGHT
        );
        let _ = writeln!(
            s,
            r##"<text x="{}" y="{}" text-anchor="end" fill="#555">{}</text>"##,
            LEFT - 8,
            yy + 4,
            escape(&axis_euros(v))
        );
        v += grid;
    }

    // Calendar years: a dashed line at each 1 January, each year's number in the middle of
    // its part of the axis (the first and last years too, when there is room for it).
    let axis_bottom = H - bottom;
    let mut year = start.year();
    while let Ok(jan) = Date::new(year, 1, 1) {
        if jan >= end {
            break;
        }
        let next = Date::new(year + 1, 1, 1).unwrap_or(end);
        let (from, to) = (jan.max(start), next.min(end));
        if jan > start {
            let xx = x(jan);
            let _ = writeln!(
                s,
                r##"<line x1="{xx}" y1="{TOP}" x2="{xx}" y2="{axis_bottom}" stroke="#bbb" stroke-dasharray="3,3"/>"##
            );
        }
        if x(to) - x(from) >= 36 {
            let _ = writeln!(
                s,
                r##"<text x="{}" y="{}" text-anchor="middle" fill="#333">{year}</text>"##,
                (x(from) + x(to)) / 2,
                axis_bottom + 18
            );
        }
        year += 1;
    }

    // Bars: one per quarter, a segment per part, payments up and repayments down from zero.
    let zero = y(0);
    for (q, sums) in &quarters {
        let x0 = x(*q) + 2;
        let x1 = x(next_quarter(*q)) - 2;
        let quarter = text(
            id::CHART_QUARTER,
            &[("quarter", &((q.month() - 1) / 3 + 1)), ("year", &q.year())],
        );
        let (mut up, mut down) = (0i64, 0i64);
        for &i in &shown {
            let value = sums[i];
            if value == 0 {
                continue;
            }
            let (from, to) = if value > 0 {
                up += value;
                (up - value, up)
            } else {
                down += value;
                (down - value, down)
            };
            let (y0, y1) = (y(from.max(to)), y(from.min(to)));
            let _ = writeln!(
                s,
                r##"<rect x="{x0}" y="{y0}" width="{}" height="{}" fill="{}" stroke="#ffffff" stroke-width="0.5"><title>{}</title></rect>"##,
                (x1 - x0).max(1),
                (y1 - y0).max(1),
                parts[i].colour(),
                escape(&text(
                    id::CHART_BAR,
                    &[
                        ("what", &parts[i].label()),
                        ("quarter", &quarter),
                        ("amount", &eur(Decimal::new(value, 2))),
                    ],
                ))
            );
        }
    }
    let _ = writeln!(
        s,
        r##"<line x1="{LEFT}" y1="{zero}" x2="{}" y2="{zero}" stroke="#333"/>"##,
        W - RIGHT
    );

    // Cumulative cash: a step line through every payment, on a white halo.
    let mut points = vec![format!("{},{}", x(start), zero)];
    let mut prev = 0;
    for f in &sim.flows {
        let xx = x(f.date);
        points.push(format!("{xx},{}", y(prev)));
        prev = cents(f.cumulative);
        points.push(format!("{xx},{}", y(prev)));
    }
    points.push(format!("{},{}", x(end), y(prev)));
    let points = points.join(" ");
    let _ = writeln!(
        s,
        r##"<polyline points="{points}" fill="none" stroke="#ffffff" stroke-opacity="0.6" stroke-width="4.5" stroke-linejoin="round"/>"##
    );
    let _ = writeln!(
        s,
        r##"<polyline points="{points}" fill="none" stroke="{LINE}" stroke-width="2.5" stroke-linejoin="round"/>"##
    );

    // Legend and footer.
    let legend_top = axis_bottom + 44;
    for (lx, row, part, words) in placed {
        let ly = legend_top + row * ROW;
        match part {
            Some(p) => {
                let _ = writeln!(
                    s,
                    r##"<rect x="{lx}" y="{}" width="14" height="10" fill="{}"/>"##,
                    ly - 9,
                    p.colour()
                );
            }
            None => {
                let _ = writeln!(
                    s,
                    r##"<line x1="{lx}" y1="{}" x2="{}" y2="{}" stroke="{LINE}" stroke-width="2.5"/>"##,
                    ly - 4,
                    lx + 16,
                    ly - 4
                );
            }
        }
        let _ = writeln!(
            s,
            r##"<text x="{}" y="{ly}">{}</text>"##,
            lx + 22,
            escape(&words)
        );
    }
    let _ = writeln!(
        s,
        r##"<text x="{}" y="{}" text-anchor="end" font-size="11" fill="#777">{}</text>"##,
        W - RIGHT,
        H - 10,
        escape(&text(id::CHART_FOOTER, &[]))
    );
    s.push_str("</svg>\n");
    s
}

/// A self-contained HTML page with the chart and the calendar-year table.
pub fn html(sim: &Simulation, svg: &str) -> String {
    let mut rows = String::new();
    for c in &sim.calendar_years {
        let _ = writeln!(
            rows,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            c.year,
            eur(c.paid),
            eur(c.accrued),
            eur(c.cumulative_paid)
        );
    }
    let title = escape(&sim.title.clone().unwrap_or_else(|| sim.contract.clone()));
    let heading = escape(&text(id::CHART_CALENDAR_TITLE, &[]));
    let [year, paid, earned, cumulative] = [
        id::TABLE_YEAR,
        id::TABLE_PAID,
        id::CHART_EARNED,
        id::TABLE_CUMULATIVE_PAID,
    ]
    .map(|id| escape(&text(id, &[])));
    let lang = aci_core::wording::lang().tag();
    format!(
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:2em}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:4px 10px;text-align:right}}</style></head>\
<body>\n{svg}<h2>{heading}</h2><table><tr><th>{year}</th><th>{paid}</th><th>{earned}</th><th>{cumulative}</th></tr>\n{rows}</table></body></html>\n"
    )
}

/// The chart in the format asked for.
pub fn render(sim: &Simulation, format: ChartFormat) -> Result<Vec<u8>, CliError> {
    let svg = svg(sim);
    match format {
        ChartFormat::Svg => Ok(svg.into_bytes()),
        ChartFormat::Html => Ok(html(sim, &svg).into_bytes()),
        ChartFormat::Png => png(&svg),
    }
}

/// PNG pixels per SVG unit: twice the SVG's size, sharp on a projector.
const PNG_SCALE: f32 = 2.0;

/// Sans-serif families tried, in order, when the system's default one is not installed.
const SANS_SERIF: [&str; 6] = [
    "Helvetica",
    "Arial",
    "Liberation Sans",
    "DejaVu Sans",
    "Noto Sans",
    "FreeSans",
];

/// The system's fonts, with `sans-serif` set to one that is installed. Without any, the PNG
/// would have no text at all (no axis, no title): an error, not a silently blank chart.
fn fonts() -> Result<resvg::usvg::fontdb::Database, String> {
    use resvg::usvg::fontdb::{Database, Family, Query};
    let mut db = Database::new();
    db.load_system_fonts();
    let has = |db: &Database, family: Family| {
        db.query(&Query {
            families: &[family],
            ..Query::default()
        })
        .is_some()
    };
    if has(&db, Family::SansSerif) {
        return Ok(db);
    }
    match SANS_SERIF.iter().find(|name| has(&db, Family::Name(name))) {
        Some(name) => {
            db.set_sans_serif_family(*name);
            Ok(db)
        }
        None => Err(format!(
            "no sans-serif font on this system (looked for {}) to write the chart's text; install one (Debian: apt-get install fonts-dejavu-core) or write the chart as .svg or .html",
            SANS_SERIF.join(", ")
        )),
    }
}

/// The SVG drawn into a PNG by resvg.
fn png(svg: &str) -> Result<Vec<u8>, CliError> {
    let fail = |what: String| CliError::io(format!("cannot draw the chart as PNG: {what}"));
    let options = resvg::usvg::Options {
        fontdb: std::sync::Arc::new(fonts().map_err(fail)?),
        ..resvg::usvg::Options::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| fail(e.to_string()))?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(PNG_SCALE)
        .ok_or_else(|| fail("the picture is too large".into()))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| fail("the picture is too large".into()))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(PNG_SCALE, PNG_SCALE),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| fail(e.to_string()))
}
