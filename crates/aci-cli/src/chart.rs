//! The payment calendar as an SVG chart: payments per quarter (bars) and cumulative cash
//! (line), for a board presentation; also as an HTML page or a PNG picture. Layout uses
//! integer arithmetic on cents and days.

use std::fmt::Write as _;

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
const BOTTOM: i64 = 60;

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
    let start = quarter_start(first.date);
    let end = next_quarter(last.date);
    let days = |d: Date| aci_core::calendar::days(start, d);
    let span = days(end).max(1);
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let x = |d: Date| LEFT + days(d) * plot_w / span;

    // Quarterly sums (net of repayments).
    let mut quarters: Vec<(Date, i64)> = Vec::new();
    let mut q = start;
    while q < end {
        let nq = next_quarter(q);
        let sum: i64 = sim
            .flows
            .iter()
            .filter(|f| f.date >= q && f.date < nq)
            .map(|f| cents(f.amount))
            .sum();
        quarters.push((q, sum));
        q = nq;
    }
    let max_cum = sim
        .flows
        .iter()
        .map(|f| cents(f.cumulative))
        .max()
        .unwrap_or(0);
    let max_bar = quarters.iter().map(|(_, v)| *v).max().unwrap_or(0);
    let min_bar = quarters.iter().map(|(_, v)| *v).min().unwrap_or(0).min(0);
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

    // Grid and axis labels.
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
            r##"<text x="{}" y="{}" text-anchor="end" fill="#555">{} €</text>"##,
            LEFT - 8,
            yy + 4,
            eur(Decimal::new(v, 2)).trim_end_matches(".00")
        );
        v += grid;
    }
    let zero = y(0);
    let _ = writeln!(
        s,
        r##"<line x1="{LEFT}" y1="{zero}" x2="{}" y2="{zero}" stroke="#333"/>"##,
        W - RIGHT
    );
    let mut year = start.year() + 1;
    while let Ok(jan) = Date::new(year, 1, 1) {
        if jan >= end {
            break;
        }
        let xx = x(jan);
        let _ = writeln!(
            s,
            r##"<line x1="{xx}" y1="{TOP}" x2="{xx}" y2="{}" stroke="#bbb" stroke-dasharray="3,3"/>"##,
            H - BOTTOM
        );
        let _ = writeln!(
            s,
            r##"<text x="{xx}" y="{}" text-anchor="middle" fill="#333">{year}</text>"##,
            H - BOTTOM + 18
        );
        year += 1;
    }

    // Bars: one per quarter.
    for (q, sum) in &quarters {
        if *sum == 0 {
            continue;
        }
        let x0 = x(*q) + 2;
        let x1 = x(next_quarter(*q)) - 2;
        let (y0, y1) = if *sum > 0 {
            (y(*sum), zero)
        } else {
            (zero, y(*sum))
        };
        let color = if *sum > 0 { "#4f81bd" } else { "#c0504d" };
        let _ = writeln!(
            s,
            r##"<rect x="{x0}" y="{y0}" width="{}" height="{}" fill="{color}"><title>{} quarter: {} €</title></rect>"##,
            (x1 - x0).max(1),
            (y1 - y0).max(1),
            q,
            eur(Decimal::new(*sum, 2))
        );
    }

    // Cumulative cash: a step line through every payment.
    let mut points = vec![format!("{},{}", x(start), zero)];
    let mut prev = 0;
    for f in &sim.flows {
        let xx = x(f.date);
        points.push(format!("{xx},{}", y(prev)));
        prev = cents(f.cumulative);
        points.push(format!("{xx},{}", y(prev)));
    }
    points.push(format!("{},{}", x(end), y(prev)));
    let _ = writeln!(
        s,
        r##"<polyline points="{}" fill="none" stroke="#f28e2b" stroke-width="2.5"/>"##,
        points.join(" ")
    );

    // Legend.
    let ly = H - 18;
    let _ = writeln!(
        s,
        r##"<rect x="{LEFT}" y="{}" width="14" height="10" fill="#4f81bd"/>"##,
        ly - 9
    );
    let _ = writeln!(
        s,
        r##"<text x="{}" y="{ly}">{}</text>"##,
        LEFT + 20,
        escape(&text(id::CHART_LEGEND_PAYMENTS, &[]))
    );
    let _ = writeln!(
        s,
        r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#f28e2b" stroke-width="2.5"/>"##,
        LEFT + 230,
        ly - 4,
        LEFT + 250,
        ly - 4
    );
    let _ = writeln!(
        s,
        r##"<text x="{}" y="{ly}">{}</text>"##,
        LEFT + 256,
        escape(&text(id::CHART_LEGEND_CUMULATIVE, &[]))
    );
    let _ = writeln!(
        s,
        r##"<text x="{}" y="{ly}" text-anchor="end" fill="#777">{}</text>"##,
        W - RIGHT,
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
    format!(
        "<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{title}</title>\
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
