//! The chart a coordinator pastes into a board presentation: bars split by mission with a
//! legend, labels in the chosen language, nothing outside the picture.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The SVG chart of a shipped example, in `lang`.
fn chart(lang: &str, example: &str) -> String {
    // Each call its own file: tests run in parallel.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!(
        "aci-chart-{}-{n}-{lang}-{example}.svg",
        std::process::id()
    ));
    let o = Command::new(env!("CARGO_BIN_EXE_aci"))
        .args(["--lang", lang, "simulate", example, "--chart"])
        .arg(&path)
        .env("LC_ALL", "en_US.UTF-8")
        .current_dir(root())
        .output()
        .expect("aci runs");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let svg = std::fs::read_to_string(&path).unwrap();
    let _ = std::fs::remove_file(&path);
    svg
}

/// The value of attribute `name` in every element `<tag …>`.
fn attributes(svg: &str, tag: &str, name: &str) -> Vec<String> {
    svg.split(&format!("<{tag} "))
        .skip(1)
        .filter_map(|e| {
            let e = format!(" {}", &e[..e.find('>').unwrap_or(e.len())]);
            let at = e.find(&format!(" {name}=\"")).map(|i| i + name.len() + 3)?;
            Some(e[at..].split('"').next()?.to_string())
        })
        .collect()
}

/// The texts of every `<text>` element.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|e| Some(e.split_once('>')?.1.split("</text>").next()?.to_string()))
        .collect()
}

#[test]
fn bars_are_split_by_mission_with_a_legend_in_the_chosen_language() {
    let fr = chart("fr", "urban-taille3");
    let words = texts(&fr);
    for label in [
        "Fonctionnement",
        "Accès aux soins",
        "Parcours pluriprofessionnels",
        "Prévention",
        "Crises sanitaires graves",
        "Qualité et pertinence",
        "Trésorerie cumulée",
    ] {
        assert!(words.iter().any(|w| w == label), "no legend «{label}»");
    }
    // A colour per part paid, each used by bars and by its legend.
    let fills = attributes(&fr, "rect", "fill");
    for colour in [
        "#4f81bd", "#59a14f", "#b07aa1", "#76b7b2", "#e15759", "#9c755f",
    ] {
        assert!(
            fills.iter().filter(|f| *f == colour).count() >= 2,
            "{colour}: {fills:?}"
        );
    }
    // Amounts the French way: grouped by narrow no-break spaces, whole euros on the axis.
    assert!(
        words.iter().any(|w| w == "1\u{202f}500\u{202f}000 €"),
        "{words:?}"
    );
    assert!(!words.iter().any(|w| w.contains(",00 €")), "{words:?}");
    assert!(
        fr.contains("T2 2024 : "),
        "tooltips name the quarter the French way"
    );

    let en = chart("en", "urban-taille3");
    let words = texts(&en);
    assert!(words.iter().any(|w| w == "Cumulative cash"));
    assert!(words.iter().any(|w| w == "1 500 000 €"), "{words:?}");
    assert!(en.contains("Q2 2024: "));
}

#[test]
fn nothing_is_clipped_at_the_edges() {
    for example in [
        "urban-taille3",
        "rural-taille1-from-letter",
        "terminated-early",
    ] {
        for lang in ["fr", "en"] {
            let svg = chart(lang, example);
            // The first calendar year is labelled too (the axis starts in its spring).
            let first = if example == "rural-taille1-from-letter" {
                "2024"
            } else {
                "2023"
            };
            assert!(
                texts(&svg).iter().any(|w| w == first),
                "{example} {lang}: no {first}"
            );
            // Everything inside the 960 × 480 picture.
            for (tag, name) in [("rect", "x"), ("text", "x"), ("line", "x2")] {
                for v in attributes(&svg, tag, name) {
                    let v: i64 = v.parse().unwrap();
                    assert!((0..=960).contains(&v), "{example} {lang}: {tag} {name}={v}");
                }
            }
            for v in attributes(&svg, "text", "y") {
                let v: i64 = v.parse().unwrap();
                assert!((12..=480).contains(&v), "{example} {lang}: text y={v}");
            }
            // The last step of the cumulative line is inside the plot, not on its edge.
            let points = attributes(&svg, "polyline", "points");
            let xs: Vec<i64> = points[0]
                .split(' ')
                .map(|p| p.split(',').next().unwrap().parse().unwrap())
                .collect();
            let last_step = xs[xs.len() - 2];
            assert!(
                last_step < 960 - 30 - 40,
                "{example} {lang}: last step at {last_step}"
            );
        }
    }
}
