//! Every human-facing text of aci: labels of lines, missions, payment parts and flows, why a
//! line does not apply, and warnings. One Fluent catalogue per language (`en.ftl`, …), keyed by
//! the message ids of [`id`], with named arguments; the CLI, the Python binding and the JSON
//! output read their words from here, so a translation is one new catalogue file.
//!
//! ```
//! use aci_core::wording::{self, Lang, id};
//! assert_eq!(wording::text(id::PART_ADVANCE, &[]), "advance");
//! assert_eq!(wording::text_in(Lang::En, id::NA_ENDED, &[("date", &"2025-01-01")]), "ended 2025-01-01");
//! ```
//!
//! Error kinds are ids, not words: they live with the error ([`crate::error::KINDS`]).

use std::fmt::Display;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub mod id;

/// A language with a catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Lang {
    /// English (with the French names of the texts' own terms: "part fixe", missions).
    #[default]
    En,
}

impl Lang {
    /// Every language with a catalogue, in the order of [`Lang::index`].
    pub const ALL: [Lang; 1] = [Lang::En];

    /// The language tag (BCP 47) of the catalogue.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// The catalogue's Fluent source, built into the library.
    pub fn catalogue(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.ftl"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The language [`text`] and the `Display` of warnings use: English unless [`set_lang`] said
/// otherwise (process-wide, like a locale).
pub fn lang() -> Lang {
    Lang::ALL
        .get(CURRENT.load(Ordering::Relaxed))
        .copied()
        .unwrap_or_default()
}

/// Sets the language of [`text`] for the whole process.
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang.index(), Ordering::Relaxed);
}

static CURRENT: AtomicUsize = AtomicUsize::new(0);

/// Message `id` in the current language, with its named arguments.
pub fn text(id: &str, args: &[(&str, &dyn Display)]) -> String {
    text_in(lang(), id, args)
}

/// Message `id` in `lang`. An id the catalogue lacks gives the id itself (a test checks that
/// every id of [`id::ALL`] is in every catalogue, so this is never seen in practice).
pub fn text_in(lang: Lang, id: &str, args: &[(&str, &dyn Display)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    // Arguments are passed as text: numbers and amounts keep the form of their `Display`
    // (no locale grouping that would change today's texts).
    let args: FluentArgs = args.iter().map(|(k, v)| (*k, v.to_string())).collect();
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}

/// The parsed catalogue of `lang`, built once.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    BUNDLES[lang.index()].get_or_init(|| {
        let locale = lang.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // No Unicode isolation marks around arguments: the texts go to terminals, CSV and
        // spreadsheets, where the marks would show or break comparisons.
        bundle.set_use_isolating(false);
        // A catalogue that does not parse keeps the messages that do (the tests reject any
        // error, so a shipped catalogue has none).
        let resource = FluentResource::try_new(lang.catalogue().to_string())
            .unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ids a catalogue defines: the lines `name = …` at the start of a line.
    fn defined(source: &str) -> Vec<&str> {
        source
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
            .collect()
    }

    #[test]
    fn every_catalogue_parses_and_has_every_id_and_no_other() {
        for lang in Lang::ALL {
            let parsed = FluentResource::try_new(lang.catalogue().to_string());
            assert!(
                parsed.is_ok(),
                "{}.ftl: {:?}",
                lang.tag(),
                parsed.err().map(|e| e.1)
            );
            let defined = defined(lang.catalogue());
            for id in id::ALL {
                assert!(
                    bundle(lang).has_message(id),
                    "{}.ftl lacks {id}",
                    lang.tag()
                );
            }
            for d in &defined {
                assert!(
                    id::ALL.contains(d),
                    "{}.ftl: {d} is not in wording::id::ALL",
                    lang.tag()
                );
            }
            assert_eq!(
                defined.len(),
                id::ALL.len(),
                "{}.ftl: an id defined twice",
                lang.tag()
            );
        }
    }

    #[test]
    fn every_message_formats_without_error() {
        for lang in Lang::ALL {
            let source = lang.catalogue();
            // Every variable any message uses, given a value.
            let vars: Vec<&str> = source
                .split('$')
                .skip(1)
                .map(|s| {
                    s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .next()
                        .unwrap_or("")
                })
                .collect();
            let mut args = FluentArgs::new();
            for v in vars {
                args.set(v, "x");
            }
            for id in id::ALL {
                let b = bundle(lang);
                let pattern = b.get_message(id).and_then(|m| m.value());
                assert!(pattern.is_some(), "{}: {id} has no value", lang.tag());
                let mut errors = Vec::new();
                if let Some(p) = pattern {
                    let _ = b.format_pattern(p, Some(&args), &mut errors);
                }
                assert!(errors.is_empty(), "{}: {id}: {errors:?}", lang.tag());
            }
        }
    }

    #[test]
    fn arguments_keep_their_display_and_no_isolation_marks() {
        let d = rust_decimal::Decimal::new(1234567, 2);
        assert_eq!(
            text_in(
                Lang::En,
                id::WARNING_TERMINATED,
                &[("date", &"2025-03-01"), ("repaid", &d)]
            ),
            "contract terminated on 2025-03-01: advances kept pro rata temporis (12345.67 € repaid), the year's balances and variable parts not paid"
        );
    }

    #[test]
    fn an_unknown_id_gives_itself() {
        assert_eq!(text_in(Lang::En, "no-such-message", &[]), "no-such-message");
    }
}
