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
//! Amounts and dates given to a message as [`Amount`] and [`Day`] are written the way the
//! message's language writes them (`12345.67` and `2025-03-01` in English, as the library's
//! `Display`; `12 345,67` and `01/03/2025` in French).
//!
//! Error kinds are ids, not words: they live with the error ([`crate::error::KINDS`]).

use std::collections::HashMap;
use std::fmt::Display;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

mod format;
pub mod id;

/// The language of the message being written, else the process's ([`lang`]).
pub(crate) use format::current;
pub use format::{Amount, Day, Number, grouped_amount};
// Tests of the core compute in a language on their own thread, leaving the process's alone.
#[cfg(test)]
pub(crate) use format::in_lang;

/// A language with a catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Lang {
    /// English (with the French names of the texts' own terms: "part fixe", missions).
    #[default]
    En,
    /// French, the language of the texts and of most of aci's users.
    Fr,
}

impl Lang {
    /// Every language with a catalogue, in the order of [`Lang::index`].
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The language tag (BCP 47) of the catalogue.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language a tag or a locale names: `fr`, `en`, `fr-FR`, `en_GB.UTF-8`…
    /// (case-insensitive); `None` for any other language.
    ///
    /// ```
    /// use aci_core::wording::Lang;
    /// assert_eq!(Lang::parse("en_US.UTF-8"), Some(Lang::En));
    /// assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
    /// assert_eq!(Lang::parse("de"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The language of people's output from the environment, as a program for people chooses
    /// it (the CLI, the Python package): the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is
    /// set and not empty, if it names a language with a catalogue; French otherwise (`C`,
    /// `POSIX`, unset, another language), the language of the texts and of aci's users.
    pub fn from_env() -> Lang {
        Lang::from_locale(
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .find(|v| !v.is_empty())
                .as_deref(),
        )
    }

    /// [`Lang::from_env`]'s choice for the locale `locale`.
    pub fn from_locale(locale: Option<&str>) -> Lang {
        locale.and_then(Lang::parse).unwrap_or(Lang::Fr)
    }

    /// The catalogue's Fluent source, built into the library.
    pub fn catalogue(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.ftl"),
            Lang::Fr => include_str!("fr.ftl"),
        }
    }

    /// Zero-based index, for per-language arrays: the position in [`Lang::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// The language [`text`] and the `Display` of warnings use: English unless [`set_lang`] said
/// otherwise (process-wide, like a locale; the CLI and the Python package set it from
/// [`Lang::from_env`] or their `lang` option).
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

/// Runs `f` with `lang` as the language of every message and amount it writes on this thread,
/// whatever the process's language: a server answers each request in the language it asks for
/// (`aci serve`).
pub fn with_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    format::in_lang(lang, f)
}

/// Message `id` in the current language ([`lang`]), with its named arguments.
pub fn text(id: &str, args: &[(&str, &dyn Display)]) -> String {
    // Inside another message's arguments (a year's warning in a simulation's), that message's.
    text_in(format::current(), id, args)
}

/// Message `id` in `lang`. An id the catalogue lacks gives the id itself (a test checks that
/// every id of [`id::ALL`] is in every catalogue, so this is never seen in practice).
pub fn text_in(lang: Lang, id: &str, args: &[(&str, &dyn Display)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    // Arguments are passed as text, written while `lang` is the formatting language: plain
    // values keep their `Display`, amounts and dates ([`Amount`], [`Day`]) take `lang`'s form.
    let args: FluentArgs = format::in_lang(lang, || {
        args.iter().map(|(k, v)| (*k, v.to_string())).collect()
    });
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}

/// Message `id`, which takes no argument, in the current language: written once per language
/// and process, then cited, for words many lines repeat (a rule in words, an option's meaning).
/// An id the catalogue lacks gives the id itself, as [`text_in`] does.
///
/// ```
/// use aci_core::wording::{self, id};
/// assert_eq!(wording::words(id::PART_ADVANCE), "advance");
/// ```
pub fn words(id: &'static str) -> &'static str {
    static WRITTEN: [OnceLock<HashMap<&'static str, String>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let lang = format::current();
    let written = WRITTEN[lang.index()].get_or_init(|| {
        id::ALL
            .iter()
            .map(|&id| (id, text_in(lang, id, &[])))
            .collect()
    });
    written.get(id).map_or(id, String::as_str)
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
