//! The language of the output: French by default, English from the locale or `--lang en`.

mod common;

use common::*;

#[test]
fn french_is_the_default_and_an_english_locale_or_lang_en_gives_english() {
    // French: headings, parts, amounts with a decimal comma grouped by narrow no-break spaces,
    // dates as read in France.
    for locale in [
        None,
        Some("C.UTF-8"),
        Some("fr_FR.UTF-8"),
        Some("de_DE.UTF-8"),
    ] {
        let out = aci_in_locale(locale, &["simulate"]);
        assert!(
            out.contains("Financement par année de contrat (€)"),
            "{locale:?}: {out}"
        );
        assert!(out.contains("1\u{202f}610\u{202f}068,49"), "{locale:?}");
        assert!(out.contains("signé le 15/04/2023"), "{locale:?}");
        assert!(out.contains("avance"), "{locale:?}");
        assert!(!out.contains("Funding per contract year"), "{locale:?}");
    }
    let en = aci_in_locale(Some("en_GB.UTF-8"), &["simulate"]);
    assert!(en.contains("Funding per contract year (€)"));
    assert!(en.contains("1 610 068.49"));
    assert_eq!(
        aci_in_locale(Some("fr_FR.UTF-8"), &["simulate", "--lang", "en"]),
        en
    );
    assert_eq!(
        aci_in_locale(Some("en_GB.UTF-8"), &["simulate", "--lang", "fr"]),
        aci_in_locale(None, &["simulate"])
    );
}

/// Issue #14: a payment's explanation is in French by default, as a CPAM agent reads it: the
/// advance, its rate and rounding, the repayment pro rata temporis after a termination.
#[test]
fn a_payment_is_explained_in_french() {
    let out = aci_in_locale(
        Some("fr_FR.UTF-8"),
        &[
            "explain",
            "terminated-early",
            "--payment",
            "2025-09-01:fonctionnement",
        ],
    );
    for words in [
        "Fonctionnement [fonctionnement], reversement, année de contrat 3",
        "= 28\u{202f}356,16 − 56\u{202f}250,00 = −27\u{202f}893,84\u{a0}€ (part conservée − paiement versé)",
        "règle paiement.resiliation : Résiliation avant terme : la part d'un paiement versé pour une période à venir",
        "donnée  advance = 56\u{202f}250,00\u{a0}€ versés le 01/03/2025 (paiement.fonctionnement.avance : 0,75 × 75\u{202f}000,00 = 56\u{202f}250,00\u{a0}€ (arrondi au centime))",
        "donnée  kept_for = du 01/03/2025 au 01/09/2025 sur la période du 01/03/2025 au 01/03/2026 (184 jours sur 365)",
    ] {
        assert!(out.contains(words), "missing «{words}» in:\n{out}");
    }
    assert!(!out.contains("paid on"), "{out}");
    // The flat text of the CSV follows the language too.
    let csv = aci_in_locale(
        Some("fr_FR.UTF-8"),
        &[
            "simulate",
            "terminated-early",
            "--format",
            "csv",
            "--table",
            "flows",
        ],
    );
    assert!(
        csv.contains("(arrondi au centime) — À partir du démarrage des missions"),
        "{csv}"
    );
}

/// An indicator's rule is worded in the language of the explanation, read from the catalogues
/// when explained (it was English whatever the language, written once when the contract was read).
#[test]
fn an_indicator_rule_is_explained_in_the_chosen_language() {
    let args = |lang| {
        [
            "--lang",
            lang,
            "explain",
            "urban-taille3",
            "--year",
            "2",
            "--line",
            "prevention.variable",
        ]
    };
    let en = ok(&args("en"));
    assert!(
        en.contains("tiered, rising (highest tier reached pays): ≥ 0.50 → 5000 €; ≥ 0.55 → 10000 €; ≥ 0.60 → 17500 €"),
        "{en}"
    );
    let fr = ok(&args("fr"));
    assert!(
        fr.contains("par paliers, à la hausse (le plus haut palier atteint est payé) : ≥ 0,50 → 5\u{202f}000,00\u{a0}€ ; ≥ 0,55 → 10\u{202f}000,00\u{a0}€"),
        "{fr}"
    );
}
