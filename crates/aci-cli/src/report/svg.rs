//! The small trend chart of an indicator: its result in each contract year (a deliverable done
//! counts 1, not done 0), the objective as a dashed line, the report's years in a darker dot.
//! Inline SVG, no script, no font files. Coordinates are drawing units (f64), never money.

use std::fmt::Write;

use aci_core::indicator::Observation;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::data::Measure;

const W: f64 = 120.0;
const H: f64 = 54.0;
const PAD: f64 = 10.0;

fn value(o: &Observation) -> Decimal {
    match o {
        Observation::Done(true) => Decimal::ONE,
        Observation::Done(false) => Decimal::ZERO,
        Observation::Value(v) => *v,
    }
}

/// The chart, or `None` when no year has a result.
pub fn trend(m: &Measure, aria_label: &str) -> Option<String> {
    let points: Vec<(u32, f64, bool)> = m
        .years
        .iter()
        .filter_map(|y| {
            let v = y.result.as_ref().map(value)?.to_f64()?;
            Some((y.year, v, y.reported))
        })
        .collect();
    if points.is_empty() {
        return None;
    }
    let objective = m.objective().and_then(|d| d.to_f64());
    let values = points.iter().map(|p| p.1).chain(objective);
    let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let lo = lo.min(0.0);
    let span = if hi > lo { hi - lo } else { 1.0 };
    let (first, last) = (m.years.first()?.year, m.years.last()?.year);
    let x = |year: u32| {
        if last > first {
            PAD + (W - 2.0 * PAD) * f64::from(year - first) / f64::from(last - first)
        } else {
            W / 2.0
        }
    };
    let y = |v: f64| H - 14.0 - (H - 22.0) * (v - lo) / span;
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg class="trend" xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" role="img" aria-label="{}">"##,
        super::html::escape(aria_label)
    );
    if let Some(o) = objective {
        let _ = write!(
            s,
            r##"<line x1="{PAD}" x2="{}" y1="{:.1}" y2="{:.1}" stroke="#2e7d32" stroke-dasharray="3 2" stroke-width="1"/>"##,
            W - PAD,
            y(o),
            y(o)
        );
    }
    let path: Vec<String> = points
        .iter()
        .map(|(yr, v, _)| format!("{:.1},{:.1}", x(*yr), y(*v)))
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
            r##"<circle cx="{:.1}" cy="{:.1}" r="2.5" fill="{fill}"/>"##,
            x(*yr),
            y(*v)
        );
    }
    for yr in first..=last {
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{}" font-size="8" text-anchor="middle" fill="#555">{yr}</text>"##,
            x(yr),
            H - 2.0
        );
    }
    s.push_str("</svg>");
    Some(s)
}
