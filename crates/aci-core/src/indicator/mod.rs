//! Indicators of a mission's variable part and how an observation turns into euros.
//!
//! Three kinds seen in real contracts, one file each: a binary deliverable (`binary.rs`), tiered
//! thresholds (`tiered.rs`: the highest tier reached pays; between tiers, a step or a linear
//! reading chosen per indicator), and a payment proportional to achievement between a baseline
//! and a target, capped at 100 % (`proportional.rs`). Direction matters: a screening rate must
//! rise, a count of patients without a médecin traitant must fall. What every kind shares: the
//! spec as contract files write it ([`IndicatorSpec`]), the observation ([`Observation`]), the
//! unit and direction ([`Unit`], [`Direction`]); and modifiers, contract clauses such as a floor
//! or a cap that apply to any kind's amount ([`modifier`]).
//!
//! Adding a kind is a file implementing `Kind` and one line in the `kinds!` list below (plus
//! the spec fields it reads, its words in the catalogues and its tests): docs/extending.md.
//!
//! ```
//! use aci_core::indicator::{Indicator, IndicatorSpec, Observation};
//! let spec: IndicatorSpec = toml::from_str(r#"
//!     id = "depistage"
//!     kind = "tiered"
//!     direction = "rising"
//!     unit = "rate"
//!     tiers = [ { threshold = "0.50", amount = "2000" }, { threshold = "0.60", amount = "5000" } ]
//! "#).unwrap();
//! let ind = Indicator::from_spec(spec).unwrap();
//! let paid = ind.pay(&Observation::Value("0.55".parse().unwrap())).unwrap();
//! assert_eq!(paid.to_string(), "2000.00");
//! ```

mod binary;
pub mod modifier;
mod nature;
mod observation;
mod proportional;
mod spec;
mod tiered;
mod unit;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::explain::Text;
use crate::money::round_to_cent;
use crate::wording::{self, id};

pub use binary::Binary;
pub use modifier::Modifier;
pub use nature::Nature;
pub use observation::Observation;
use observation::Reading;
pub use proportional::Proportional;
pub use spec::IndicatorSpec;
pub use tiered::{BetweenTiers, Tier, Tiered};
pub use unit::{Direction, Unit};

/// What every kind of indicator does; one implementation per file.
pub(crate) trait Kind {
    /// Checks the fields of `spec` the kind reads, naming the field in an error.
    fn from_spec(spec: &IndicatorSpec) -> Result<Self>
    where
        Self: Sized;

    /// What an observation earns, before modifiers and the one rounding to the cent. The kind
    /// reads the observation as what it observes ([`Reading::done`] or [`Reading::value`]).
    fn pay(&self, reading: Reading) -> Result<Decimal>;

    /// The most the kind pays.
    fn max_amount(&self) -> Decimal;

    /// The rule in words, in the current language (explanations).
    fn describe(&self) -> String;
}

/// Declares the kinds: [`IndicatorKind`] (what contract files write), [`Rule`] (the checked
/// kind) and what dispatches from them to each kind's file.
macro_rules! kinds {
    ($($name:ident($ty:ty),)*) => {
        /// The kind of an indicator, as written in a contract file.
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum IndicatorKind {
            $($name,)*
        }

        /// A checked payment rule: the kind and its checked fields.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        #[serde(tag = "kind", rename_all = "snake_case")]
        pub enum Rule {
            $($name($ty),)*
        }

        impl Rule {
            fn from_spec(spec: &IndicatorSpec) -> Result<Rule> {
                match spec.kind {
                    $(IndicatorKind::$name => <$ty as Kind>::from_spec(spec).map(Rule::$name),)*
                }
            }

            fn kind(&self) -> &dyn Kind {
                match self {
                    $(Rule::$name(k) => k,)*
                }
            }
        }
    };
}

// One line per kind: `Name(Type),`, the name as contract files write it in snake_case.
kinds! {
    Binary(Binary),
    Tiered(Tiered),
    Proportional(Proportional),
}

/// A checked indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Indicator {
    pub id: String,
    pub label: Option<String>,
    pub unit: Unit,
    pub rule: Rule,
    /// The contract's clauses bounding what the rule pays, in the order they apply.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub modifiers: Vec<Modifier>,
    /// Result or action indicator (reports show them apart; no amount depends on it).
    #[serde(skip_serializing_if = "Nature::is_default")]
    pub nature: Nature,
}

impl Indicator {
    /// Checks a spec: required fields per kind, amounts in range, values within the unit,
    /// tiers strictly ordered in the indicator's direction; then its modifiers.
    pub fn from_spec(spec: IndicatorSpec) -> Result<Indicator> {
        if spec.id.is_empty() {
            return Err(Error::out_of_range(
                "indicators.id",
                "\"\"",
                crate::wording::text(crate::wording::id::ALLOWED_NON_EMPTY_ID, &[]),
            ));
        }
        let rule = Rule::from_spec(&spec)?;
        let modifiers = Modifier::from_spec(&spec)?;
        Ok(Indicator {
            id: spec.id,
            label: spec.label,
            unit: spec.unit,
            rule,
            modifiers,
            nature: spec.nature,
        })
    }

    /// The most this indicator can pay.
    pub fn max_amount(&self) -> Decimal {
        self.modified(self.rule.kind().max_amount())
    }

    /// The amount an observation earns, rounded to the cent once, from the exact value.
    pub fn pay(&self, obs: &Observation) -> Result<Decimal> {
        let reading = Reading {
            indicator: &self.id,
            unit: self.unit,
            observation: *obs,
        };
        Ok(round_to_cent(self.modified(self.rule.kind().pay(reading)?)))
    }

    /// For a tiered indicator, how many of its tiers an observation reaches (0: none), by the
    /// rule [`Indicator::pay`] reads; `None` for the other kinds or an observation of another
    /// form.
    pub fn tiers_reached(&self, obs: &Observation) -> Option<usize> {
        match (&self.rule, obs) {
            (Rule::Tiered(t), Observation::Value(v)) => Some(t.reached(*v).map_or(0, |k| k + 1)),
            _ => None,
        }
    }

    /// `paid` after the modifiers, in order.
    fn modified(&self, paid: Decimal) -> Decimal {
        self.modifiers
            .iter()
            .fold(paid, |paid, m| m.clause().apply(paid))
    }

    /// One line describing the rule and its modifiers, in the current language
    /// ([`crate::wording`]), for explanations.
    pub fn describe_rule(&self) -> String {
        self.modifiers
            .iter()
            .fold(self.rule.kind().describe(), |rule, m| {
                wording::text(
                    id::INDICATOR_MODIFIED,
                    &[("rule", &rule), ("modifier", &m.clause().describe())],
                )
            })
    }

    /// [`Indicator::describe_rule`] as explanation text, rendered when an explanation asks.
    pub(crate) fn rule_text(&self) -> Text {
        Text::from(self.describe_rule())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(toml_text: &str) -> Indicator {
        Indicator::from_spec(toml::from_str(toml_text).unwrap()).unwrap()
    }

    fn pay(ind: &Indicator, v: &str) -> String {
        ind.pay(&Observation::Value(v.parse().unwrap()))
            .unwrap()
            .to_string()
    }

    /// 3 € × 1/120 is exactly 0.025 €, which rounds to 0.03 €. Dividing first at 28 digits
    /// (0.00833…33 × 3 = 0.02499…99) would round to 0.02 €: the share is never rounded.
    #[test]
    fn proportional_rounds_the_exact_value_once() {
        let ind = indicator(
            r#"id = "x"
            kind = "proportional"
            direction = "rising"
            baseline = "0"
            target = "120"
            amount = "3""#,
        );
        assert_eq!(pay(&ind, "1"), "0.03");
        assert_eq!(pay(&ind, "0"), "0.00");
        assert_eq!(pay(&ind, "120"), "3.00");
        assert_eq!(pay(&ind, "500"), "3.00");
        let falling = indicator(
            r#"id = "y"
            kind = "proportional"
            direction = "falling"
            baseline = "120"
            target = "0"
            amount = "3""#,
        );
        assert_eq!(pay(&falling, "119"), "0.03");
        assert_eq!(pay(&falling, "130"), "0.00");
    }

    use crate::money::tests::half_away;
    use proptest::prelude::*;

    fn dec(m: i64, scale: u32) -> Decimal {
        Decimal::new(m, scale)
    }

    proptest! {
        /// Every rule pays what exact integer arithmetic on cents gives (amounts in whole cents,
        /// values and thresholds in hundredths), rounded once, for every shape, direction and
        /// value.
        #[test]
        fn payment_equals_exact_integer_arithmetic(
            amounts in proptest::collection::vec((0i64..100_000_000, 0u32..=2), 3),
            marks in proptest::collection::vec(0i64..=10_000, 3),
            v in 0i64..=12_000,
            rising in any::<bool>(),
            linear in any::<bool>(),
        ) {
            let cents = |c: i128| Decimal::from_i128_with_scale(c, 2);
            // Amounts as integer cents, values as integer hundredths.
            let a: Vec<(Decimal, i128)> = amounts
                .iter()
                .map(|&(m, s)| (dec(m, s), i128::from(m) * 10i128.pow(2 - s)))
                .collect();
            let (vd, v) = (dec(v, 2), i128::from(v));
            // Binary.
            let binary = Indicator::from_spec(toml::from_str(&format!(
                "id = \"b\"\nkind = \"binary\"\namount = \"{}\"", a[0].0
            )).unwrap()).unwrap();
            prop_assert_eq!(binary.pay(&Observation::Done(true)).unwrap(), cents(a[0].1));
            prop_assert_eq!(binary.pay(&Observation::Done(false)).unwrap(), cents(0));
            // Proportional between two distinct marks.
            let (lo, hi) = (marks[0].min(marks[1]), marks[0].max(marks[1]));
            if lo < hi {
                let (b, t) = if rising { (lo, hi) } else { (hi, lo) };
                let ind = Indicator::from_spec(toml::from_str(&format!(
                    "id = \"p\"\nkind = \"proportional\"\ndirection = \"{}\"\nbaseline = \"{}\"\ntarget = \"{}\"\namount = \"{}\"",
                    if rising { "rising" } else { "falling" }, dec(b, 2), dec(t, 2), a[1].0
                )).unwrap()).unwrap();
                let (b, t) = (i128::from(b), i128::from(t));
                let (num, den) = if rising { (v - b, t - b) } else { (b - v, b - t) };
                let want = half_away(a[1].1 * num.clamp(0, den), den);
                prop_assert_eq!(ind.pay(&Observation::Value(vd)).unwrap(), cents(want));
            }
            // Two tiers, step or linear.
            let mut m = marks.clone();
            m.sort_unstable();
            m.dedup();
            if m.len() >= 2 {
                let (t0, t1) = if rising { (m[0], m[1]) } else { (m[1], m[0]) };
                let ((a0d, a0), (a1d, a1)) = if a[1].1 <= a[2].1 { (a[1], a[2]) } else { (a[2], a[1]) };
                let ind = Indicator::from_spec(toml::from_str(&format!(
                    "id = \"t\"\nkind = \"tiered\"\nunit = \"count\"\ndirection = \"{}\"\nbetween = \"{}\"\ntiers = [ {{ threshold = \"{}\", amount = \"{}\" }}, {{ threshold = \"{}\", amount = \"{}\" }} ]",
                    if rising { "rising" } else { "falling" }, if linear { "linear" } else { "step" },
                    dec(t0, 2), a0d, dec(t1, 2), a1d
                )).unwrap()).unwrap();
                let (t0, t1) = (i128::from(t0), i128::from(t1));
                let reached = |t: i128| if rising { v >= t } else { v <= t };
                let want = if reached(t1) {
                    a1
                } else if reached(t0) {
                    if linear {
                        let (num, den) = ((v - t0).abs(), (t1 - t0).abs());
                        half_away(a0 * den + (a1 - a0) * num, den)
                    } else {
                        a0
                    }
                } else {
                    0
                };
                prop_assert_eq!(ind.pay(&Observation::Value(vd)).unwrap(), cents(want));
            }
        }
    }

    /// Between tiers 0 → 0 € and 120 → 3 €, the same exact value: 0.03 €.
    #[test]
    fn linear_tiers_round_the_exact_value_once() {
        let ind = indicator(
            r#"id = "x"
            kind = "tiered"
            direction = "rising"
            between = "linear"
            tiers = [ { threshold = "0", amount = "0" }, { threshold = "120", amount = "3" } ]"#,
        );
        assert_eq!(pay(&ind, "1"), "0.03");
        assert_eq!(pay(&ind, "60"), "1.50");
        assert_eq!(pay(&ind, "120"), "3.00");
    }

    use crate::wording::{Lang, in_lang};

    /// The rule in words as the former hand-written `format!`s wrote it: English is unchanged.
    fn former_words(rule: &Rule) -> String {
        let word = |d: Direction| match d {
            Direction::Rising => "rising",
            Direction::Falling => "falling",
        };
        match rule {
            Rule::Binary(Binary { amount }) => format!("binary deliverable: done pays {amount} €"),
            Rule::Tiered(Tiered {
                direction,
                tiers,
                between,
            }) => {
                let cmp = if *direction == Direction::Rising {
                    "≥"
                } else {
                    "≤"
                };
                let list: Vec<String> = tiers
                    .iter()
                    .map(|t| format!("{cmp} {} → {} €", t.threshold, t.amount))
                    .collect();
                let mode = match between {
                    BetweenTiers::Step => "highest tier reached pays",
                    BetweenTiers::Linear => "linear between tiers",
                };
                format!("tiered, {} ({mode}): {}", word(*direction), list.join("; "))
            }
            Rule::Proportional(Proportional {
                direction,
                baseline,
                target,
                amount,
            }) => format!(
                "proportional, {}: {baseline} pays 0 €, {target} pays {amount} €, capped at 100 %",
                word(*direction)
            ),
        }
    }

    /// Each kind's words from the catalogues, in English and in French, rendered when asked.
    #[test]
    fn rules_in_words_in_each_language() {
        let tiered = indicator(
            r#"id = "depistage"
            kind = "tiered"
            direction = "rising"
            unit = "rate"
            tiers = [ { threshold = "0.50", amount = "2000" }, { threshold = "0.60", amount = "5000" } ]"#,
        );
        let falling = indicator(
            r#"id = "sans_mt"
            kind = "tiered"
            direction = "falling"
            between = "linear"
            tiers = [ { threshold = "3000", amount = "10000" }, { threshold = "2500", amount = "20000.50" } ]"#,
        );
        let binary = indicator(
            r#"id = "charte"
            kind = "binary"
            amount = "1000""#,
        );
        let proportional = indicator(
            r#"id = "p"
            kind = "proportional"
            direction = "rising"
            unit = "percent"
            baseline = "10"
            target = "42.5"
            amount = "3000""#,
        );
        let cases = [
            (
                &tiered,
                "tiered, rising (highest tier reached pays): ≥ 0.50 → 2000 €; ≥ 0.60 → 5000 €",
                "par paliers, à la hausse (le plus haut palier atteint est payé) : ≥ 0,50 → 2\u{202f}000,00\u{a0}€ ; ≥ 0,60 → 5\u{202f}000,00\u{a0}€",
            ),
            (
                &falling,
                "tiered, falling (linear between tiers): ≤ 3000 → 10000 €; ≤ 2500 → 20000.50 €",
                "par paliers, à la baisse (linéaire entre les paliers) : ≤ 3\u{202f}000 → 10\u{202f}000,00\u{a0}€ ; ≤ 2\u{202f}500 → 20\u{202f}000,50\u{a0}€",
            ),
            (
                &binary,
                "binary deliverable: done pays 1000 €",
                "livrable binaire : réalisé, il rapporte 1\u{202f}000,00\u{a0}€",
            ),
            (
                &proportional,
                "proportional, rising: 10 pays 0 €, 42.5 pays 3000 €, capped at 100 %",
                "proportionnel, à la hausse : 10 rapporte 0\u{a0}€, 42,5 rapporte 3\u{202f}000,00\u{a0}€, plafonné à 100\u{a0}%",
            ),
        ];
        for (ind, en, fr) in cases {
            assert_eq!(in_lang(Lang::En, || ind.describe_rule()), en);
            assert_eq!(in_lang(Lang::En, || ind.rule_text()), en);
            assert_eq!(in_lang(Lang::En, || former_words(&ind.rule)), en);
            assert_eq!(in_lang(Lang::Fr, || ind.describe_rule()), fr);
        }
    }

    proptest! {
        /// For any rule, the English words are the former `format!`s' to the byte.
        #[test]
        fn english_words_are_unchanged(
            tiers in proptest::collection::vec((0i64..1_000_000, 0u32..=3, 0i64..100_000_000, 0u32..=2), 1..4),
            amount in (0i64..100_000_000, 0u32..=2),
            rising in any::<bool>(),
            linear in any::<bool>(),
        ) {
            let direction = if rising { "rising" } else { "falling" };
            // Thresholds strictly in the direction, amounts not decreasing: a valid rule.
            let mut thresholds: Vec<Decimal> = tiers.iter().map(|&(t, ts, _, _)| dec(t, ts)).collect();
            thresholds.sort_unstable();
            thresholds.dedup();
            if !rising {
                thresholds.reverse();
            }
            let mut amounts: Vec<Decimal> = tiers.iter().map(|&(_, _, a, s)| dec(a, s)).collect();
            amounts.sort_unstable();
            let tiers: Vec<String> = thresholds
                .iter()
                .zip(&amounts)
                .map(|(t, a)| format!("{{ threshold = \"{t}\", amount = \"{a}\" }}"))
                .collect();
            let spec = |text: String| toml::from_str::<IndicatorSpec>(&text).unwrap();
            let specs = [
                spec(format!("id = \"t\"\nkind = \"tiered\"\ndirection = \"{direction}\"\nbetween = \"{}\"\ntiers = [{}]",
                    if linear { "linear" } else { "step" }, tiers.join(", "))),
                spec(format!("id = \"b\"\nkind = \"binary\"\namount = \"{}\"", dec(amount.0, amount.1))),
                spec(format!("id = \"p\"\nkind = \"proportional\"\ndirection = \"{direction}\"\nbaseline = \"{}\"\ntarget = \"{}\"\namount = \"{}\"",
                    dec(if rising { 0 } else { 5 }, 1), dec(if rising { 5 } else { 0 }, 1), dec(amount.0, amount.1))),
            ];
            for spec in specs {
                let ind = Indicator::from_spec(spec).unwrap();
                prop_assert_eq!(in_lang(Lang::En, || ind.describe_rule()), former_words(&ind.rule));
            }
        }
    }
}
