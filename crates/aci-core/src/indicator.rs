//! Indicators of a mission's variable part and how an observation turns into euros.
//!
//! Three shapes seen in real contracts: a binary deliverable, tiered thresholds (the highest
//! tier reached pays; between tiers, a step or a linear reading chosen per indicator), and a
//! payment proportional to achievement between a baseline and a target (capped at 100 %).
//! Direction matters: a screening rate must rise, a count of patients without a médecin
//! traitant must fall.
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

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::money::{self, check_amount, round_to_cent};
use crate::serde_util;
use crate::text::{Rendered, Text};

/// Whether the observed value must rise or fall to reach the target.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Rising,
    Falling,
}

/// What an observed value measures, which bounds it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A share from 0 to 1.
    Rate,
    /// A percentage from 0 to 100.
    Percent,
    /// A count or any non-negative quantity.
    #[default]
    Count,
}

impl Unit {
    /// The largest value, and the message id of the allowed range.
    fn bounds(self) -> (Decimal, &'static str) {
        match self {
            Unit::Rate => (Decimal::ONE, crate::wording::id::ALLOWED_UNIT_RATE),
            Unit::Percent => (
                Decimal::ONE_HUNDRED,
                crate::wording::id::ALLOWED_UNIT_PERCENT,
            ),
            Unit::Count => (money::MAX_AMOUNT, crate::wording::id::ALLOWED_UNIT_COUNT),
        }
    }

    /// Whether `v` is in the unit's range.
    fn contains(self, v: Decimal) -> bool {
        money::within(v, self.bounds().0)
    }

    /// `field` is only built for an error.
    fn check(self, field: impl FnOnce() -> String, v: Decimal) -> Result<Decimal> {
        if self.contains(v) {
            Ok(v)
        } else {
            let allowed = crate::wording::text(self.bounds().1, &[]);
            Err(Error::out_of_range(field(), v, allowed))
        }
    }
}

/// Between two tiers of a tiered indicator.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BetweenTiers {
    /// The highest tier reached pays its amount. Default (the wording of real contracts).
    #[default]
    Step,
    /// Linear between the amounts of the two surrounding tiers; nothing below the first tier.
    Linear,
}

/// The kind of an indicator, as written in a contract file.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    Binary,
    Tiered,
    Proportional,
}

/// One tier: reaching `threshold` pays `amount`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    #[serde(deserialize_with = "serde_util::decimal")]
    pub threshold: Decimal,
    #[serde(deserialize_with = "serde_util::decimal")]
    pub amount: Decimal,
}

/// An indicator as written in a contract file (flat; checked by [`Indicator::from_spec`]).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorSpec {
    /// Identifier, unique in the contract; results name it.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub kind: IndicatorKind,
    #[serde(default)]
    pub unit: Unit,
    /// Binary and proportional: the amount at full achievement.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub amount: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Tiered: the tiers, from the easiest to the hardest to reach.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<Tier>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub between: Option<BetweenTiers>,
    /// Proportional: the value that pays nothing.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub baseline: Option<Decimal>,
    /// Proportional: the value that pays the full amount.
    #[serde(
        default,
        deserialize_with = "serde_util::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub target: Option<Decimal>,
}

/// A checked payment rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Rule {
    Binary {
        amount: Decimal,
    },
    Tiered {
        direction: Direction,
        tiers: Vec<Tier>,
        between: BetweenTiers,
    },
    Proportional {
        direction: Direction,
        baseline: Decimal,
        target: Decimal,
        amount: Decimal,
    },
}

/// A checked indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Indicator {
    pub id: String,
    pub label: Option<String>,
    pub unit: Unit,
    pub rule: Rule,
    /// [`Indicator::describe_rule`], rendered once for explanations.
    #[serde(skip)]
    described: Rendered<Rule>,
}

/// What was observed for an indicator in a contract year.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Observation {
    /// A deliverable done or not.
    Done(bool),
    /// A measured value (rate, percentage or count).
    Value(Decimal),
}

impl<'de> Deserialize<'de> for Observation {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Observation;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(&crate::wording::text(
                    crate::wording::id::EXPECTING_OBSERVATION,
                    &[],
                ))
            }
            fn visit_bool<E: serde::de::Error>(
                self,
                v: bool,
            ) -> std::result::Result<Observation, E> {
                Ok(Observation::Done(v))
            }
            fn visit_str<E: serde::de::Error>(
                self,
                v: &str,
            ) -> std::result::Result<Observation, E> {
                serde_util::parse_decimal(v)
                    .map(Observation::Value)
                    .map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<Observation, E> {
                Ok(Observation::Value(v.into()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<Observation, E> {
                Ok(Observation::Value(v.into()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<Observation, E> {
                Err(E::custom(crate::wording::text(
                    crate::wording::id::OBSERVATION_UNQUOTED,
                    &[("number", &v)],
                )))
            }
        }
        d.deserialize_any(V)
    }
}

impl Observation {
    /// The message id of the observation's kind, for errors.
    fn describe(&self) -> &'static str {
        match self {
            Observation::Done(_) => crate::wording::id::EXPECTED_DONE,
            Observation::Value(_) => crate::wording::id::EXPECTED_VALUE,
        }
    }
}

impl std::fmt::Display for Observation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Observation::Done(b) => write!(f, "{}", if *b { "done" } else { "not done" }),
            Observation::Value(v) => write!(f, "{v}"),
        }
    }
}

fn need<T>(id: &str, what: &str, v: Option<T>, kind: &str) -> Result<T> {
    v.ok_or_else(|| {
        Error::out_of_range(
            format!("indicators.{id}.{what}"),
            crate::wording::text(crate::wording::id::VALUE_MISSING, &[]),
            crate::wording::text(
                crate::wording::id::ALLOWED_REQUIRED_FOR_KIND,
                &[("kind", &kind)],
            ),
        )
    })
}

impl Indicator {
    /// Checks a spec: required fields per kind, amounts in range, values within the unit,
    /// tiers strictly ordered in the indicator's direction.
    pub fn from_spec(spec: IndicatorSpec) -> Result<Indicator> {
        let id = spec.id.as_str();
        if id.is_empty() {
            return Err(Error::out_of_range(
                "indicators.id",
                "\"\"",
                crate::wording::text(crate::wording::id::ALLOWED_NON_EMPTY_ID, &[]),
            ));
        }
        let field = |name: &str| format!("indicators.{id}.{name}");
        let rule = match spec.kind {
            IndicatorKind::Binary => Rule::Binary {
                amount: check_amount(&field("amount"), need(id, "amount", spec.amount, "binary")?)?,
            },
            IndicatorKind::Proportional => {
                let direction = need(id, "direction", spec.direction, "proportional")?;
                let baseline = spec.unit.check(
                    || field("baseline"),
                    need(id, "baseline", spec.baseline, "proportional")?,
                )?;
                let target = spec.unit.check(
                    || field("target"),
                    need(id, "target", spec.target, "proportional")?,
                )?;
                let ordered = match direction {
                    Direction::Rising => baseline < target,
                    Direction::Falling => baseline > target,
                };
                if !ordered {
                    return Err(Error::TiersNotOrdered {
                        indicator: id.into(),
                        order: crate::wording::text(order_word(direction), &[]),
                        problem: crate::wording::text(
                            crate::wording::id::PROBLEM_BASELINE_TARGET,
                            &[
                                ("baseline", &baseline),
                                ("target", &target),
                                ("direction", &direction_word(direction)),
                            ],
                        ),
                    });
                }
                let amount = check_amount(
                    &field("amount"),
                    need(id, "amount", spec.amount, "proportional")?,
                )?;
                Rule::Proportional {
                    direction,
                    baseline,
                    target,
                    amount,
                }
            }
            IndicatorKind::Tiered => {
                let direction = need(id, "direction", spec.direction, "tiered")?;
                if spec.tiers.is_empty() {
                    return Err(Error::out_of_range(
                        field("tiers"),
                        "[]",
                        crate::wording::text(crate::wording::id::ALLOWED_AT_LEAST_ONE_TIER, &[]),
                    ));
                }
                for (i, t) in spec.tiers.iter().enumerate() {
                    spec.unit
                        .check(|| field(&format!("tiers[{i}].threshold")), t.threshold)?;
                    check_amount(&field(&format!("tiers[{i}].amount")), t.amount)?;
                }
                for (i, w) in spec.tiers.windows(2).enumerate() {
                    let thresholds_ok = match direction {
                        Direction::Rising => w[0].threshold < w[1].threshold,
                        Direction::Falling => w[0].threshold > w[1].threshold,
                    };
                    if !thresholds_ok || w[0].amount > w[1].amount {
                        return Err(Error::TiersNotOrdered {
                            indicator: id.into(),
                            order: crate::wording::text(order_word(direction), &[]),
                            problem: crate::wording::text(
                                crate::wording::id::PROBLEM_TIER_PAIR,
                                &[
                                    ("first", &(i + 1)),
                                    ("first_threshold", &w[0].threshold),
                                    ("first_amount", &w[0].amount),
                                    ("second", &(i + 2)),
                                    ("second_threshold", &w[1].threshold),
                                    ("second_amount", &w[1].amount),
                                ],
                            ),
                        });
                    }
                }
                Rule::Tiered {
                    direction,
                    tiers: spec.tiers,
                    between: spec.between.unwrap_or_default(),
                }
            }
        };
        Ok(Indicator {
            id: spec.id,
            label: spec.label,
            unit: spec.unit,
            described: Rendered::new(&rule, describe),
            rule,
        })
    }

    /// The most this indicator can pay.
    pub fn max_amount(&self) -> Decimal {
        match &self.rule {
            Rule::Binary { amount } | Rule::Proportional { amount, .. } => *amount,
            Rule::Tiered { tiers, .. } => tiers.last().map_or(Decimal::ZERO, |t| t.amount),
        }
    }

    /// The amount an observation earns, rounded to the cent once, from the exact value.
    pub fn pay(&self, obs: &Observation) -> Result<Decimal> {
        let kind_error = |expected: &str| Error::ObservationKind {
            indicator: self.id.clone(),
            expected: crate::wording::text(expected, &[]),
            got: crate::wording::text(obs.describe(), &[]),
        };
        let raw = match (&self.rule, obs) {
            (Rule::Binary { amount }, Observation::Done(done)) => {
                if *done {
                    *amount
                } else {
                    Decimal::ZERO
                }
            }
            (Rule::Binary { .. }, _) => return Err(kind_error(crate::wording::id::EXPECTED_DONE)),
            (_, Observation::Done(_)) => {
                return Err(kind_error(crate::wording::id::EXPECTED_VALUE));
            }
            (
                Rule::Tiered {
                    direction,
                    tiers,
                    between,
                },
                Observation::Value(v),
            ) => {
                let v = self.unit.check(|| format!("results.{}", self.id), *v)?;
                tiered(*direction, tiers, *between, v)?
            }
            (
                Rule::Proportional {
                    direction,
                    baseline,
                    target,
                    amount,
                },
                Observation::Value(v),
            ) => {
                let v = self.unit.check(|| format!("results.{}", self.id), *v)?;
                let (num, den) = match direction {
                    Direction::Rising => (v - *baseline, *target - *baseline),
                    Direction::Falling => (*baseline - v, *baseline - *target),
                };
                // amount × clamp(num, 0, den) ÷ den, rounded once.
                let num = num.clamp(Decimal::ZERO, den);
                money::mul_div(
                    *amount,
                    num,
                    den,
                    crate::wording::id::OVERFLOW_PROPORTIONAL_INDICATOR,
                )?
            }
        };
        Ok(round_to_cent(raw))
    }

    /// One line describing the rule, for explanations.
    pub fn describe_rule(&self) -> String {
        describe(&self.rule)
    }

    /// [`Indicator::describe_rule`] as shared text, rendered when the contract was read.
    pub(crate) fn rule_text(&self) -> Text {
        self.described.get(&self.rule, describe)
    }
}

fn describe(rule: &Rule) -> String {
    match rule {
        Rule::Binary { amount } => format!("binary deliverable: done pays {amount} €"),
        Rule::Tiered {
            direction,
            tiers,
            between,
        } => {
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
            format!(
                "tiered, {} ({mode}): {}",
                direction_word(*direction),
                list.join("; ")
            )
        }
        Rule::Proportional {
            direction,
            baseline,
            target,
            amount,
        } => format!(
            "proportional, {}: {baseline} pays 0 €, {target} pays {amount} €, capped at 100 %",
            direction_word(*direction)
        ),
    }
}

/// The highest tier `v` reaches, if any.
fn reached_tier(direction: Direction, tiers: &[Tier], v: Decimal) -> Option<usize> {
    tiers.iter().rposition(|t| match direction {
        Direction::Rising => v >= t.threshold,
        Direction::Falling => v <= t.threshold,
    })
}

fn tiered(
    direction: Direction,
    tiers: &[Tier],
    between: BetweenTiers,
    v: Decimal,
) -> Result<Decimal> {
    let Some(k) = reached_tier(direction, tiers, v) else {
        return Ok(Decimal::ZERO);
    };
    let (lo, Some(hi)) = (&tiers[k], tiers.get(k + 1)) else {
        return Ok(tiers[k].amount);
    };
    Ok(match between {
        BetweenTiers::Step => lo.amount,
        BetweenTiers::Linear => {
            // lo + (hi − lo) × |v − lo| ÷ |hi − lo|: the product first (see the proportional rule).
            let what = "a tiered indicator";
            let product = money::mul(hi.amount - lo.amount, (v - lo.threshold).abs(), what)?;
            let step = money::div(product, (hi.threshold - lo.threshold).abs(), what)?;
            money::add(lo.amount, step, what)?
        }
    })
}

fn direction_word(d: Direction) -> &'static str {
    match d {
        Direction::Rising => "rising",
        Direction::Falling => "falling",
    }
}

/// The message id of the thresholds' order in `d`.
fn order_word(d: Direction) -> &'static str {
    match d {
        Direction::Rising => crate::wording::id::ORDER_INCREASING,
        Direction::Falling => crate::wording::id::ORDER_DECREASING,
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

    use proptest::prelude::*;

    fn dec(m: i64, scale: u32) -> Decimal {
        Decimal::new(m, scale)
    }

    /// The oracle: `num ÷ den` (`den > 0`) rounded half away from zero, in exact integers.
    fn half_away(num: i128, den: i128) -> i128 {
        let (q, r) = (num / den, num % den);
        if 2 * r.abs() >= den {
            q + num.signum()
        } else {
            q
        }
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
}
