//! The small trend chart of an indicator: its result in each contract year (a deliverable done
//! counts 1, not done 0), the objective as a dashed line, the report's years in a darker dot.
//! Inline SVG, no script, no font files. Coordinates are computed in decimals (the workspace
//! has no floating-point arithmetic) and written to a tenth of a unit.

use std::fmt::Write;

use aci_core::indicator::Observation;
use rust_decimal::Decimal;

use super::data::Measure;

/// Width, height and side margin of the chart, in drawing units.
const W: Decimal = Decimal::from_parts(120, 0, 0, false, 0);
const H: Decimal = Decimal::from_parts(54, 0, 0, false, 0);
const PAD: Decimal = Decimal::from_parts(10, 0, 0, false, 0);

fn value(o: &Observation) -> Decimal {
    match o {
        Observation::Done(true) => Decimal::ONE,
        Observation::Done(false) => Decimal::ZERO,
        Observation::Value(v) => *v,
    }
}

/// The chart, or `None` when no year has a result.
pub fn trend(m: &Measure, aria_label: &str) -> Option<String> {
    let points: Vec<(u32, Decimal, bool)> = m
        .years
        .iter()
        .filter_map(|y| Some((y.year, y.result.as_ref().map(value)?, y.reported)))
        .collect();
    if points.is_empty() {
        return None;
    }
    let objective = m.objective();
    let values = points.iter().map(|p| p.1).chain(objective);
    let (lo, hi) = values.fold((Decimal::ZERO, Decimal::ZERO), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    // Checked: a result may be any count, and a chart never stops a report.
    let span = match hi.checked_sub(lo)? {
        d if d > Decimal::ZERO => d,
        _ => Decimal::ONE,
    };
    let (first, last) = (m.years.first()?.year, m.years.last()?.year);
    let two = Decimal::TWO;
    let x = |year: u32| {
        if last > first {
            PAD + (W - two * PAD) * Decimal::from(year - first) / Decimal::from(last - first)
        } else {
            W / two
        }
        .round_dp(1)
    };
    // The plot from 8 units below the top to 14 above the bottom (the years' labels).
    let y = |v: Decimal| {
        let share = v
            .checked_sub(lo)
            .and_then(|d| d.checked_div(span))
            .unwrap_or_default();
        (H - Decimal::from(14) - (H - Decimal::from(22)) * share).round_dp(1)
    };
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg class="trend" xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" role="img" aria-label="{}">"##,
        super::html::escape(aria_label)
    );
    if let Some(o) = objective {
        let _ = write!(
            s,
            r##"<line x1="{PAD}" x2="{}" y1="{}" y2="{}" stroke="#2e7d32" stroke-dasharray="3 2" stroke-width="1"/>"##,
            W - PAD,
            y(o),
            y(o)
        );
    }
    let path: Vec<String> = points
        .iter()
        .map(|(yr, v, _)| format!("{},{}", x(*yr), y(*v)))
        .collect();
    let _ = write!(
        s,
        r##"<polyline points="{}" fill="none" stroke="#1f4e79" stroke-width="1.5"/>"##,
        path.join(" ")
    );
    for (yr, v, reported) in &points {
        let fill = if *reported { "#1f4e79" } else { "#9db7d5" };
        let _ = write!(
            s,
            r##"<circle cx="{}" cy="{}" r="2.5" fill="{fill}"/>"##,
            x(*yr),
            y(*v)
        );
    }
    for yr in first..=last {
        let _ = write!(
            s,
            r##"<text x="{}" y="{}" font-size="8" text-anchor="middle" fill="#555">{yr}</text>"##,
            x(yr),
            H - Decimal::TWO
        );
    }
    s.push_str("</svg>");
    Some(s)
}
