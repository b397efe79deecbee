//! The checks that turn a contract as written ([`ContractSpec`], [`PlainContract`]) into a
//! [`Contract`]: every problem is a typed error naming the field.

use std::collections::BTreeMap;

use jiff::civil::Date;
use rust_decimal::Decimal;

use super::spec::{ContractSpec, PlainContract, PlainMission};
use super::{Contract, MAX_YEARS, Mission, population};
use crate::error::{Error, Result};
use crate::indicator::Indicator;
use crate::mission::{MissionId, VariableBasis};
use crate::money::{self, check_amount_with};
use crate::taille::check_population;

/// The contract length, when stated, is 1 to [`MAX_YEARS`].
fn check_years(years: Option<u32>) -> Result<()> {
    if let Some(y) = years
        && (y == 0 || y > MAX_YEARS)
    {
        return Err(Error::out_of_range(
            "years",
            y,
            crate::wording::text(
                crate::wording::id::ALLOWED_RANGE,
                &[("min", &1), ("max", &MAX_YEARS)],
            ),
        ));
    }
    Ok(())
}

fn check_operating_amount(amount: Option<Decimal>) -> Result<Option<Decimal>> {
    if let Some(a) = amount {
        check_amount_with(|| "operating_amount".into(), a)?;
    }
    Ok(amount)
}

/// The checks of a mission's dates and amounts, in order: start on or after signature, end after
/// start, deployment on or after start, then the fixed, first-year fixed and variable amounts.
fn check_mission(signed: Date, m: &PlainMission, deployed: Option<Date>) -> Result<()> {
    let id = m.id;
    if m.start < signed {
        return Err(Error::MissionBeforeContract {
            mission: id,
            start: m.start,
            signed,
        });
    }
    if let Some(end) = m.end
        && end <= m.start
    {
        return Err(dates_out_of_order(
            id,
            "end",
            crate::wording::id::WHAT_MISSION_END,
            m.start,
            end,
        ));
    }
    if let Some(deployed) = deployed
        && deployed < m.start
    {
        let what = crate::wording::id::WHAT_MISSION_DEPLOYED;
        return Err(dates_out_of_order(id, "deployed", what, m.start, deployed));
    }
    let amount = |name: &str, v: Option<Decimal>| match v {
        Some(a) => check_amount_with(|| format!("missions.{id}.{name}"), a).map(drop),
        None => Ok(()),
    };
    amount("fixed", m.fixed)?;
    amount("fixed_first_year", m.fixed_first_year)?;
    amount("variable", m.variable)?;
    Ok(())
}

/// A mission's `field` date before its start (out of line: the formatting would otherwise sit
/// in the hot path of every contract check).
#[cold]
#[inline(never)]
fn dates_out_of_order(id: MissionId, field: &str, what: &str, start: Date, date: Date) -> Error {
    Error::DatesOutOfOrder {
        field: format!("missions.{id}.{field}"),
        earlier: start,
        later: date,
        what: crate::wording::text(what, &[]),
    }
}

impl Contract {
    /// Checks a contract spec; every problem is a typed error naming the field.
    pub fn new(spec: ContractSpec) -> Result<Contract> {
        check_years(spec.years)?;
        let population = population::checked(spec.population, spec.signed)?;
        let operating_amount = check_operating_amount(spec.operating_amount)?;

        let mut missions: Vec<Mission> = Vec::with_capacity(spec.missions.len());
        let mut indicator_index = BTreeMap::new();
        for (i, m) in spec.missions.into_iter().enumerate() {
            let id = match MissionId::ALL.into_iter().find(|x| x.key() == m.id) {
                Some(id) => id,
                None => MissionId::parse(&format!("missions[{i}].id"), &m.id)?,
            };
            if missions.iter().any(|x| x.id == id) {
                return Err(Error::Duplicate {
                    field: "missions.id".into(),
                    name: m.id,
                });
            }
            check_mission(
                spec.signed,
                &PlainMission {
                    id,
                    start: m.start,
                    end: m.end,
                    fixed: m.fixed,
                    fixed_first_year: m.fixed_first_year,
                    variable: m.variable,
                },
                m.deployed,
            )?;
            let (fixed, fixed_first_year, variable) = (m.fixed, m.fixed_first_year, m.variable);
            if id.variable_basis() == VariableBasis::CrisisRecognised && !m.indicators.is_empty() {
                return Err(Error::out_of_range(
                    format!("missions.{id}.indicators"),
                    crate::wording::text(
                        crate::wording::id::VALUE_INDICATORS,
                        &[("count", &m.indicators.len())],
                    ),
                    crate::wording::text(crate::wording::id::ALLOWED_NO_CRISIS_INDICATORS, &[]),
                ));
            }
            let mut indicators = Vec::with_capacity(m.indicators.len());
            let mut indicators_max = Decimal::ZERO;
            for spec in m.indicators {
                let ind = Indicator::from_spec(spec)?;
                if indicator_index
                    .insert(ind.id.clone(), (missions.len(), indicators.len()))
                    .is_some()
                {
                    return Err(Error::Duplicate {
                        field: "indicators.id".into(),
                        name: ind.id,
                    });
                }
                indicators_max = money::add(
                    indicators_max,
                    ind.max_amount(),
                    crate::wording::id::OVERFLOW_INDICATORS_TOTAL,
                )?;
                indicators.push(ind);
            }
            if let Some(envelope) = variable
                && indicators_max > envelope
            {
                return Err(Error::IndicatorsExceedEnvelope {
                    mission: id,
                    indicators_max,
                    envelope,
                });
            }
            missions.push(Mission {
                id,
                start: m.start,
                end: m.end,
                deployed: m.deployed,
                fixed,
                fixed_first_year,
                variable,
                clause: m.clause,
                indicators,
                indicators_max,
                first_indicator: 0,
            });
        }
        missions.sort_by_key(|m| m.id);
        // Re-index after sorting.
        let mut first_indicator = 0;
        for (mi, m) in missions.iter_mut().enumerate() {
            m.first_indicator = first_indicator;
            first_indicator += m.indicators.len();
            for (ii, ind) in m.indicators.iter().enumerate() {
                if let Some(slot) = indicator_index.get_mut(&ind.id) {
                    *slot = (mi, ii);
                }
            }
        }
        Ok(Contract {
            name: spec.name,
            signed: spec.signed,
            years: spec.years,
            population,
            operating_amount,
            operating_clause: spec.operating_clause,
            missions,
            indicator_index,
        })
    }

    /// Checks a [`PlainContract`]: the same contract, or the same first error, as
    /// [`Contract::new`] of [`PlainContract::to_spec`].
    pub fn from_plain(plain: &PlainContract) -> Result<Contract> {
        let mut contract = Contract {
            name: String::new(),
            signed: plain.signed,
            years: None,
            population: Vec::with_capacity(1),
            operating_amount: None,
            operating_clause: None,
            missions: Vec::with_capacity(plain.missions.len()),
            indicator_index: BTreeMap::new(),
        };
        contract.assign_plain(plain)?;
        Ok(contract)
    }

    /// Checks a [`PlainContract`] into `self`, reusing its allocations (its name, population
    /// and missions vectors): nothing is allocated once `self` has held as long a name and as
    /// many missions. Afterwards `self` equals [`Contract::from_plain`] of it; on an error (the
    /// same as [`Contract::new`] of [`PlainContract::to_spec`]) `self` is left unchanged.
    ///
    /// ```
    /// use aci_core::contract::{Contract, PlainContract, PlainMission};
    /// use aci_core::mission::MissionId;
    /// let signed = "2023-01-01".parse().unwrap();
    /// let missions = [PlainMission {
    ///     id: MissionId::Prevention, start: signed, end: None,
    ///     fixed: None, fixed_first_year: None, variable: None,
    /// }];
    /// let plain = PlainContract {
    ///     name: "CPTS A", signed, years: None, population: 100_000,
    ///     operating_amount: None, missions: &missions,
    /// };
    /// let mut contract = Contract::from_plain(&plain).unwrap();
    /// assert_eq!(contract, Contract::new(plain.to_spec()).unwrap());
    /// let other = PlainContract { name: "CPTS B", population: 0, ..plain };
    /// assert!(contract.assign_plain(&other).is_err());   // population 0: refused, unchanged
    /// assert_eq!(contract.name, "CPTS A");
    /// contract.assign_plain(&PlainContract { population: 30_000, ..other }).unwrap();
    /// assert_eq!((contract.name.as_str(), contract.population[0].1), ("CPTS B", 30_000));
    /// ```
    pub fn assign_plain(&mut self, plain: &PlainContract) -> Result<()> {
        // Every check first, in `Contract::new`'s order, so an error leaves `self` as it was.
        check_years(plain.years)?;
        let population = check_population("population", plain.population)?;
        let operating_amount = check_operating_amount(plain.operating_amount)?;
        let mut seen = 0u32;
        for m in plain.missions {
            let bit = 1u32 << m.id.index();
            if seen & bit != 0 {
                return Err(Error::Duplicate {
                    field: "missions.id".into(),
                    name: m.id.key().to_string(),
                });
            }
            seen |= bit;
            check_mission(plain.signed, m, None)?;
            // No indicators: they pay up to 0 €, never above a (checked) envelope.
        }
        self.name.clear();
        self.name.push_str(plain.name);
        self.signed = plain.signed;
        self.years = plain.years;
        self.population.clear();
        self.population.push((plain.signed, population));
        self.operating_amount = operating_amount;
        self.operating_clause = None;
        self.missions.clear();
        self.missions.extend(plain.missions.iter().map(|m| Mission {
            id: m.id,
            start: m.start,
            end: m.end,
            deployed: None,
            fixed: m.fixed,
            fixed_first_year: m.fixed_first_year,
            variable: m.variable,
            clause: None,
            indicators: Vec::new(),
            indicators_max: Decimal::ZERO,
            first_indicator: 0,
        }));
        if !self.missions.is_sorted_by_key(|m| m.id) {
            self.missions.sort_by_key(|m| m.id);
        }
        self.indicator_index.clear();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(n: i64) -> Date {
        Date::new(2019, 1, 1)
            .unwrap()
            .checked_add(jiff::Span::new().days(n))
            .unwrap()
    }

    /// Mostly valid amounts of several scales, and the edges: zero and negative zero, the
    /// maximum at two scales, just above it, a cent below zero, a mantissa of 94 bits.
    fn amount() -> impl Strategy<Value = Option<Decimal>> {
        prop_oneof![
            3 => Just(None),
            1 => Just(Some(Decimal::ZERO)),
            1 => Just(Some(money::MAX_AMOUNT)),
            1 => Just(Some(money::MAX_AMOUNT + Decimal::new(1, 2))),
            1 => Just(Some(Decimal::new(-1, 2))),
            1 => Just(Some(-Decimal::new(0, 2))),
            1 => Just(Some(Decimal::new(1_000_000_000_000, 4))),
            1 => Just(Some(Decimal::new(1_000_000_000_001, 4))),
            1 => Just(Some(Decimal::from_i128_with_scale(i128::from(u64::MAX) << 30, 10))),
            40 => (0u32..4).prop_flat_map(|scale| {
                (0i64..=100_000_000 * 10i64.pow(scale)).prop_map(move |m| Some(Decimal::new(m, scale)))
            }),
        ]
    }

    /// Fields of a mission `id`; its start is mostly on or after the signature (day 0 to 9).
    fn mission(id: MissionId) -> impl Strategy<Value = PlainMission> {
        (
            prop_oneof![1 => -30i64..10, 9 => 10i64..400],
            prop::option::of(prop_oneof![1 => -30i64..400, 9 => 400i64..800]),
            amount(),
            amount(),
            amount(),
        )
            .prop_map(move |(start, end, fixed, fixed_first_year, variable)| {
                PlainMission {
                    id,
                    start: day(start),
                    end: end.map(day),
                    fixed,
                    fixed_first_year,
                    variable,
                }
            })
    }

    /// Distinct missions in any order, sometimes with one of them twice.
    fn missions() -> impl Strategy<Value = Vec<PlainMission>> {
        (
            prop::sample::subsequence(MissionId::ALL.to_vec(), 0..=6).prop_shuffle(),
            prop::bool::weighted(0.1),
        )
            .prop_flat_map(|(ids, twice)| {
                let mut ids = ids;
                if twice && let Some(&first) = ids.first() {
                    ids.push(first);
                }
                ids.into_iter().map(mission).collect::<Vec<_>>()
            })
    }

    #[derive(Debug, Clone)]
    struct Owned {
        name: String,
        signed: i64,
        years: Option<u32>,
        population: u64,
        operating_amount: Option<Decimal>,
        missions: Vec<PlainMission>,
    }

    impl Owned {
        fn plain(&self) -> PlainContract<'_> {
            PlainContract {
                name: &self.name,
                signed: day(self.signed),
                years: self.years,
                population: self.population,
                operating_amount: self.operating_amount,
                missions: &self.missions,
            }
        }
    }

    fn contract() -> impl Strategy<Value = Owned> {
        (
            "[a-zA-Z é-]{0,20}",
            0i64..10,
            prop_oneof![8 => Just(None), 8 => (1u32..=10).prop_map(Some), 1 => Just(Some(0)), 1 => Just(Some(11))],
            prop_oneof![1 => Just(0u64), 20 => 1u64..400_000, 1 => Just(5_000_000), 1 => Just(5_000_001)],
            amount(),
            missions(),
        )
            .prop_map(
                |(name, signed, years, population, operating_amount, missions)| Owned {
                    name,
                    signed,
                    years,
                    population,
                    operating_amount,
                    missions,
                },
            )
    }

    /// A contract `Contract::new` builds with indicators, an operating clause and a population
    /// series: everything `assign_plain` must clear.
    fn rich() -> Contract {
        let spec: ContractSpec = toml::from_str(
            r#"
            name = "CPTS riche, au nom long"
            signed = "2022-06-01"
            operating_amount = "60000"
            operating_clause = "art. 2"
            population = [{ population = 30000 }, { from = "2024-01-01", population = 90000 }]
            [[missions]]
            id = "prevention"
            start = "2022-06-01"
            variable = "10000"
            clause = "art. 5"
            indicators = [{ id = "charte", kind = "binary", amount = "1000" }]
            "#,
        )
        .unwrap();
        Contract::new(spec).unwrap()
    }

    /// A mission whose variable part follows a recognised crisis takes no indicators; the
    /// mission's basis says so, not its name (`MissionId::variable_basis`).
    #[test]
    fn a_crisis_mission_with_indicators_is_refused() {
        let text = |id: &str| {
            format!(
                "name = \"C\"\nsigned = \"2023-01-15\"\npopulation = 55000\n[[missions]]\nid = \"{id}\"\nstart = \"2023-01-15\"\nindicators = [{{ id = \"a\", kind = \"binary\", amount = \"1000\" }}]\n"
            )
        };
        for m in MissionId::ALL {
            let spec: ContractSpec = toml::from_str(&text(m.key())).unwrap();
            let got = Contract::new(spec);
            if m.variable_basis() == VariableBasis::CrisisRecognised {
                let err = got.unwrap_err();
                assert!(
                    matches!(&err, Error::OutOfRange { field, .. } if *field == format!("missions.{m}.indicators")),
                    "{err:?}"
                );
                assert!(
                    err.to_string().contains("results.crisis_recognised"),
                    "{err}"
                );
            } else {
                assert_eq!(got.unwrap().missions[0].indicators.len(), 1, "{m}");
            }
        }
        assert_eq!(
            MissionId::ALL
                .iter()
                .filter(|m| m.variable_basis() == VariableBasis::CrisisRecognised)
                .collect::<Vec<_>>(),
            [&MissionId::CrisesSanitaires]
        );
    }

    /// A fraction of a cent is refused in every money field, naming the field; whole cents at a
    /// larger scale (`90000.000`) are accepted; rates and thresholds keep their precision.
    #[test]
    fn sub_cent_amounts_are_refused_in_every_money_field() {
        let base = "name = \"C\"\nsigned = \"2023-01-15\"\npopulation = 55000\n";
        let mission =
            "[[missions]]\nid = \"prevention\"\nstart = \"2023-01-15\"\nvariable = \"90000\"\n";
        let cases = [
            (
                format!("operating_amount = \"90000.005\"\n{base}"),
                "operating_amount",
            ),
            (
                format!("{base}{mission}fixed = \"90000.005\""),
                "missions.prevention.fixed",
            ),
            (
                format!("{base}{mission}fixed_first_year = \"90000.005\""),
                "missions.prevention.fixed_first_year",
            ),
            (
                format!("{base}{}", mission.replace("90000", "90000.005")),
                "missions.prevention.variable",
            ),
            (
                format!(
                    "{base}{mission}indicators = [{{ id = \"a\", kind = \"binary\", amount = \"1000.001\" }}]"
                ),
                "indicators.a.amount",
            ),
            (
                format!(
                    "{base}{mission}indicators = [{{ id = \"p\", kind = \"proportional\", direction = \"rising\", baseline = \"0\", target = \"1\", amount = \"1000.001\" }}]"
                ),
                "indicators.p.amount",
            ),
            (
                format!(
                    "{base}{mission}indicators = [{{ id = \"t\", kind = \"tiered\", direction = \"rising\", unit = \"rate\", tiers = [{{ threshold = \"0.555\", amount = \"1000.001\" }}] }}]"
                ),
                "indicators.t.tiers[0].amount",
            ),
        ];
        for (text, field) in cases {
            let spec: ContractSpec = toml::from_str(&text).unwrap();
            match Contract::new(spec) {
                Err(Error::SubCentAmount { field: f, .. }) => assert_eq!(f, field),
                other => panic!("{field}: {other:?}"),
            }
        }
        let err = Error::SubCentAmount {
            field: "operating_amount".into(),
            value: Decimal::new(90_000_005, 3),
        };
        assert_eq!(
            err.to_string(),
            "operating_amount = 90000.005 has a fraction of a cent: amounts are in euros with at most 2 decimals; write 90000.00 or 90000.01"
        );
        // Whole cents written with more decimals, and a rate threshold of 3 decimals: accepted.
        let text = format!(
            "{base}operating_amount = \"90000.000\"\n{mission}indicators = [{{ id = \"t\", kind = \"tiered\", direction = \"rising\", unit = \"rate\", tiers = [{{ threshold = \"0.555\", amount = \"1000.10\" }}] }}]"
        );
        let spec: ContractSpec = toml::from_str(&text).unwrap();
        Contract::new(spec).unwrap();
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// `from_plain` is `Contract::new` of the equivalent spec: same contract or same error;
        /// `assign_plain` over any earlier contract gives the same, or leaves it unchanged.
        #[test]
        fn plain_contracts_check_as_specs_do(a in contract(), b in contract()) {
            let want = Contract::new(a.plain().to_spec());
            prop_assert_eq!(Contract::from_plain(&a.plain()), want.clone());
            let earlier = [Contract::from_plain(&b.plain()).ok(), Some(rich())];
            for mut c in earlier.into_iter().flatten() {
                let before = c.clone();
                match (c.assign_plain(&a.plain()), &want) {
                    (Ok(()), Ok(w)) => prop_assert_eq!(&c, w),
                    (Err(e), Err(w)) => {
                        prop_assert_eq!(&e, w);
                        prop_assert_eq!(&c, &before);
                    }
                    (got, w) => prop_assert!(false, "assign_plain {got:?}, Contract::new {w:?}"),
                }
            }
        }
    }
}
