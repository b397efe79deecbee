//! The indicative estimate of the national mission amounts nobody has sourced: a first order of
//! magnitude before anyone has the national table. Never the default, never silent (method,
//! sources and calibration: docs/estimate.md).
//!
//! Derived only from sourced figures of the rule book:
//! - the reference envelopes: taille 3's amounts (two real contracts under avenant 2, C), the
//!   version's own or, for a version without them (the 2019 text), the next version's;
//! - the scale: the yearly maxima of all four tailles ("montants maximum", S) and the operating
//!   amounts (S) of the last version that has both (the 2019 text).
//!
//! Estimate of taille t = reference × (maximum_t − operating_t) / (maximum_3 − operating_3):
//! the missions' share of the maximum, if the maxima include the operating amount (the wording
//! "l'aide totale versée" suggests it). The other reading, maxima of the missions alone, gives
//! the ratio maximum_t / maximum_3: the range runs between the two. Each amount is rounded to
//! the cent once.

use rust_decimal::Decimal;

use crate::explain::Text;
use crate::params::ParamKey;
use crate::provenance::{Provenance, Status};
use crate::rules::{Parameter, RuleBook, Version};
use crate::taille::Taille;
use crate::wording::{Amount, id, text};

/// The taille whose envelopes are known (two real contracts) and scaled to the others.
pub const REFERENCE: Taille = Taille::T3;

/// Where the method is written, cited by every estimated value.
pub const METHOD: &str = "docs/estimate.md";

/// The scale of one taille: its 2019 maximum and operating amount, read in `version`.
#[derive(Debug, Clone, Copy)]
pub struct Scale<'r> {
    pub version: &'r Version,
    pub maximum: [Decimal; 4],
    pub operating: [Decimal; 4],
}

impl Scale<'_> {
    /// The last version with the maximum and the operating amount of every taille.
    pub fn of(rules: &RuleBook) -> Option<Scale<'_>> {
        rules.versions.iter().rev().find_map(|version| {
            let all = |key: ParamKey| -> Option<[Decimal; 4]> {
                let mut out = [Decimal::ZERO; 4];
                for t in Taille::ALL {
                    let p = version.get(key, Some(t))?;
                    if p.provenance.status == Status::Estimate {
                        return None;
                    }
                    out[t.index()] = p.decimal()?;
                }
                Some(out)
            };
            Some(Scale {
                version,
                maximum: all(ParamKey::MaxYearlyTotal)?,
                operating: all(ParamKey::OperatingAnnual)?,
            })
        })
    }

    /// `(central, other)` ratios of taille `t` to the reference, each as (numerator,
    /// denominator): maxima net of the operating amount, and gross. `None` when a denominator
    /// is not positive.
    pub fn ratios(&self, t: Taille) -> Option<[(Decimal, Decimal); 2]> {
        let r = REFERENCE.index();
        let net = |i: usize| self.maximum[i].checked_sub(self.operating[i]);
        let central = (net(t.index())?, net(r)?);
        let other = (self.maximum[t.index()], self.maximum[r]);
        (central.1 > Decimal::ZERO && other.1 > Decimal::ZERO).then_some([central, other])
    }
}

/// The reference envelope of `key` for `version`: its own taille-3 value, or the first later
/// version's. Never an estimate.
fn reference<'r>(rules: &'r RuleBook, version: &Version, key: ParamKey) -> Option<&'r Parameter> {
    let start = rules.versions.iter().position(|v| v.id == version.id)?;
    rules.versions[start..].iter().find_map(|v| {
        v.get(key, Some(REFERENCE))
            .filter(|p| p.provenance.status != Status::Estimate)
    })
}

/// `(value, low, high)` of an estimate: `reference × numerator / denominator` for each ratio,
/// multiplied before dividing, each rounded to the cent once.
pub fn scaled(
    reference: Decimal,
    [central, other]: [(Decimal, Decimal); 2],
) -> Option<[Decimal; 3]> {
    let at = |(num, den): (Decimal, Decimal)| {
        crate::money::mul_div(
            reference,
            num,
            den,
            crate::wording::id::OVERFLOW_ESTIMATED_ENVELOPE,
        )
        .ok()
    };
    let (value, other) = (at(central)?, at(other)?);
    Some([value, value.min(other), value.max(other)])
}

/// Every estimated value the book lacks: for each version, taille and mission amount of the
/// national table ([`crate::envelopes::slots`]) without a value, the scaled reference.
pub(crate) fn values(rules: &RuleBook) -> Vec<Parameter> {
    let Some(scale) = Scale::of(rules) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for slot in crate::envelopes::slots(rules) {
        let Some(version) = rules.version(&slot.version) else {
            continue;
        };
        if version.get(slot.key, Some(slot.taille)).is_some() {
            continue;
        }
        let (Some(reference), Some(ratios)) = (
            reference(rules, version, slot.key),
            scale.ratios(slot.taille),
        ) else {
            continue;
        };
        let Some(amount) = reference.decimal() else {
            continue;
        };
        let Some([value, low, high]) = scaled(amount, ratios) else {
            continue;
        };
        let t = slot.taille.index();
        let r = REFERENCE.index();
        let range = if low == high {
            text(id::ESTIMATE_RANGE_AGREE, &[("value", &Amount(value))])
        } else {
            text(
                id::ESTIMATE_RANGE,
                &[
                    ("low", &Amount(low)),
                    ("high", &Amount(high)),
                    ("maximum", &Amount(scale.maximum[t])),
                    ("reference_maximum", &Amount(scale.maximum[r])),
                ],
            )
        };
        let derivation = text(
            id::ESTIMATE_DERIVATION,
            &[
                ("reference", &REFERENCE.number()),
                ("key", &slot.key),
                ("defined_in", &reference.defined_in),
                ("amount", &Amount(amount)),
                ("tag", &reference.provenance.status.tag()),
                ("source", &reference.provenance.source_title),
                ("maximum", &Amount(scale.maximum[t])),
                ("operating", &Amount(scale.operating[t])),
                ("reference_maximum", &Amount(scale.maximum[r])),
                ("reference_operating", &Amount(scale.operating[r])),
                ("taille", &slot.taille),
                ("version", &scale.version.id),
                ("scale_tag", &Status::Secondary.tag()),
                ("value", &Amount(value)),
                ("range", &range),
                ("method", &METHOD),
            ],
        );
        let provenance = Provenance {
            source: Text::from("estimate"),
            source_title: Text::new(text(id::ESTIMATE_SOURCE_TITLE, &[("method", &METHOD)])),
            url: None,
            article: None,
            status: Status::Estimate,
            note: Some(Text::new(&derivation)),
        };
        out.push(Parameter::estimated(
            &slot.version,
            slot.key,
            slot.taille,
            (value, low, high),
            provenance,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::RuleBook;
    use crate::taille::Taille;
    use crate::wording::{Lang, in_lang};

    /// The derivation of taille 4's estimated prevention fixed part, as `lang` words it.
    fn derivation(lang: Lang) -> (String, String) {
        in_lang(lang, || {
            let p = RuleBook::shipped()
                .estimated()
                .lookup(
                    "avenant-2",
                    "mission.prevention.part_fixe",
                    Some(Taille::T4),
                )
                .unwrap();
            let note = p.provenance.note.as_deref().unwrap_or_default().to_string();
            (note, p.provenance.source_title.to_string())
        })
    }

    #[test]
    fn an_estimate_is_derived_in_each_language_whichever_came_first() {
        let (fr, fr_title) = derivation(Lang::Fr);
        let (en, en_title) = derivation(Lang::En);
        assert!(
            fr.starts_with("estimation indicative, pas un montant national : mission.prevention.part_fixe de la taille 3 dans avenant-2 = 17\u{202f}500,00\u{a0}€ [C]"),
            "{fr}"
        );
        assert!(
            fr.contains("fourchette 21\u{202f}283,78 – 21\u{202f}355,93\u{a0}€"),
            "{fr}"
        );
        assert_eq!(fr_title, "Estimation indicative (docs/estimate.md)");
        assert!(
            en.starts_with("indicative estimate, not a national amount: taille-3 mission.prevention.part_fixe of avenant-2 = 17500.00 € [C]"),
            "{en}"
        );
        assert!(en.contains("range 21283.78 – 21355.93 €"), "{en}");
        assert_eq!(en_title, "Indicative estimate (docs/estimate.md)");
        // Asked again in French after English: still French (one estimated book per language).
        assert_eq!(derivation(Lang::Fr).0, fr);
    }
}
