//! The missions of a CPTS (code de la santé publique L.1434-12-2, 1° to 6°).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// One mission. Which ones exist and which are mandatory is rule data, per version.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MissionId {
    /// Accès aux soins: médecin traitant and soins non programmés (SAS since avenant 2).
    AccesAuxSoins,
    /// Parcours pluriprofessionnels autour du patient.
    Parcours,
    /// Prévention.
    Prevention,
    /// Réponse aux crises sanitaires graves (avenant 2).
    CrisesSanitaires,
    /// Qualité et pertinence des soins (optional).
    QualitePertinence,
    /// Accompagnement des professionnels de santé (optional).
    AccompagnementProfessionnels,
}

impl MissionId {
    /// Every mission, in the order breakdowns list them.
    pub const ALL: [MissionId; 6] = [
        MissionId::AccesAuxSoins,
        MissionId::Parcours,
        MissionId::Prevention,
        MissionId::CrisesSanitaires,
        MissionId::QualitePertinence,
        MissionId::AccompagnementProfessionnels,
    ];

    /// What the code knows of the mission, one row per mission: adding a mission is a variant
    /// above, its place in [`MissionId::ALL`] and its row here (then rule data, its label in the
    /// catalogues, and tests: docs/extending.md).
    const fn about(self) -> About {
        use crate::wording::id;
        let (key, label, variable) = match self {
            MissionId::AccesAuxSoins => (
                "acces_aux_soins",
                id::MISSION_ACCES_AUX_SOINS,
                VariableBasis::Results,
            ),
            MissionId::Parcours => ("parcours", id::MISSION_PARCOURS, VariableBasis::Results),
            MissionId::Prevention => ("prevention", id::MISSION_PREVENTION, VariableBasis::Results),
            // Avenant 2: the variable part is paid when the ARS recognises a serious health
            // crisis during the year.
            MissionId::CrisesSanitaires => (
                "crises_sanitaires",
                id::MISSION_CRISES_SANITAIRES,
                VariableBasis::CrisisRecognised,
            ),
            MissionId::QualitePertinence => (
                "qualite_pertinence",
                id::MISSION_QUALITE_PERTINENCE,
                VariableBasis::Results,
            ),
            MissionId::AccompagnementProfessionnels => (
                "accompagnement_professionnels",
                id::MISSION_ACCOMPAGNEMENT_PROFESSIONNELS,
                VariableBasis::Results,
            ),
        };
        About {
            key,
            label,
            variable,
        }
    }

    /// The identifier used in files and parameter keys.
    pub fn key(self) -> &'static str {
        self.about().key
    }

    /// The mission's name as the agreement words it, in the current language
    /// ([`crate::wording`]).
    pub fn label(self) -> String {
        crate::wording::text(self.about().label, &[])
    }

    /// How the mission's variable part is earned.
    pub fn variable_basis(self) -> VariableBasis {
        self.about().variable
    }

    /// Zero-based index, for per-mission arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Parses a mission key, naming `field` in the error.
    pub fn parse(field: &str, name: &str) -> Result<Self> {
        MissionId::ALL
            .into_iter()
            .find(|m| m.key() == name)
            .ok_or_else(|| Error::UnknownMission {
                field: field.into(),
                name: name.into(),
                allowed: MissionId::ALL.map(MissionId::key).join(", "),
            })
    }
}

/// A mission's row of what the code knows of it (see `MissionId::about`).
struct About {
    key: &'static str,
    /// The catalogue message of its label.
    label: &'static str,
    variable: VariableBasis,
}

/// How a mission's variable part is earned, as the texts set it for the mission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VariableBasis {
    /// From the year's results: what the contract's indicators pay, or, without indicators,
    /// the envelope times the mission's achievement share.
    Results,
    /// The whole envelope when the ARS recognises a serious health crisis during the year
    /// (avenant 2); a contract gives such a mission no indicators.
    CrisisRecognised,
}

impl std::fmt::Display for MissionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl std::str::FromStr for MissionId {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        MissionId::parse("mission", s)
    }
}

/// A value per mission, at most one each: an array indexed by [`MissionId::index`] with the
/// API of the `BTreeMap<MissionId, V>` it replaces (same iteration order, same serde form, a
/// JSON object keyed by mission). Getting, setting and removing cost an index, not a tree walk:
/// a batch sets each row's achievement shares in place.
///
/// ```
/// use aci_core::mission::{MissionId, MissionMap};
/// let mut shares = MissionMap::new();
/// shares.insert(MissionId::Prevention, 0.5f32);
/// shares.insert(MissionId::AccesAuxSoins, 1.0);
/// assert_eq!(shares.get(&MissionId::Prevention), Some(&0.5));
/// let keys: Vec<_> = shares.keys().collect();
/// assert_eq!(keys, [MissionId::AccesAuxSoins, MissionId::Prevention]);
/// assert_eq!(shares.remove(&MissionId::Prevention), Some(0.5));
/// assert_eq!(shares.len(), 1);
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct MissionMap<V> {
    values: [Option<V>; MissionId::ALL.len()],
}

impl<V> Default for MissionMap<V> {
    fn default() -> Self {
        MissionMap {
            values: Default::default(),
        }
    }
}

impl<V> MissionMap<V> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// The value of `mission`, if set.
    #[inline]
    pub fn get(&self, mission: &MissionId) -> Option<&V> {
        self.values[mission.index()].as_ref()
    }

    /// Sets the value of `mission`, returning the one it replaces.
    #[inline]
    pub fn insert(&mut self, mission: MissionId, value: V) -> Option<V> {
        self.values[mission.index()].replace(value)
    }

    /// Removes the value of `mission`, returning it.
    #[inline]
    pub fn remove(&mut self, mission: &MissionId) -> Option<V> {
        self.values[mission.index()].take()
    }

    pub fn contains_key(&self, mission: &MissionId) -> bool {
        self.values[mission.index()].is_some()
    }

    pub fn len(&self) -> usize {
        self.values.iter().filter(|v| v.is_some()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.values.iter().all(Option::is_none)
    }

    pub fn clear(&mut self) {
        self.values = Default::default();
    }

    /// The missions set and their values, in [`MissionId::ALL`] order (the order of
    /// `MissionId`'s `Ord`, as a `BTreeMap` iterates).
    pub fn iter(&self) -> Iter<'_, V> {
        Iter {
            inner: MissionId::ALL.iter().zip(self.values.iter()),
        }
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = MissionId> + '_ {
        self.iter().map(|(m, _)| *m)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + '_ {
        self.iter().map(|(_, v)| v)
    }
}

impl<V: std::fmt::Debug> std::fmt::Debug for MissionMap<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// The iterator of [`MissionMap::iter`].
pub struct Iter<'a, V> {
    inner: std::iter::Zip<std::slice::Iter<'static, MissionId>, std::slice::Iter<'a, Option<V>>>,
}

impl<'a, V> Iterator for Iter<'a, V> {
    type Item = (&'a MissionId, &'a V);
    fn next(&mut self) -> Option<Self::Item> {
        self.inner.find_map(|(m, v)| Some((m, v.as_ref()?)))
    }
}

impl<V> DoubleEndedIterator for Iter<'_, V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner
            .by_ref()
            .rev()
            .find_map(|(m, v)| Some((m, v.as_ref()?)))
    }
}

impl<'a, V> IntoIterator for &'a MissionMap<V> {
    type Item = (&'a MissionId, &'a V);
    type IntoIter = Iter<'a, V>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<V> IntoIterator for MissionMap<V> {
    type Item = (MissionId, V);
    type IntoIter = std::iter::FilterMap<
        std::iter::Zip<
            std::array::IntoIter<MissionId, { MissionId::ALL.len() }>,
            std::array::IntoIter<Option<V>, { MissionId::ALL.len() }>,
        >,
        fn((MissionId, Option<V>)) -> Option<(MissionId, V)>,
    >;
    fn into_iter(self) -> Self::IntoIter {
        MissionId::ALL
            .into_iter()
            .zip(self.values)
            .filter_map(|(m, v)| Some((m, v?)))
    }
}

impl<V> FromIterator<(MissionId, V)> for MissionMap<V> {
    /// Later values of a mission replace earlier ones, as when collecting into a `BTreeMap`.
    fn from_iter<I: IntoIterator<Item = (MissionId, V)>>(iter: I) -> Self {
        let mut map = MissionMap::new();
        map.extend(iter);
        map
    }
}

impl<V> Extend<(MissionId, V)> for MissionMap<V> {
    fn extend<I: IntoIterator<Item = (MissionId, V)>>(&mut self, iter: I) {
        for (m, v) in iter {
            self.insert(m, v);
        }
    }
}

impl<V: Serialize> Serialize for MissionMap<V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for MissionMap<V> {
    /// As a `BTreeMap` would: a mission given twice keeps its last value.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let map = std::collections::BTreeMap::<MissionId, V>::deserialize(d)?;
        Ok(map.into_iter().collect())
    }
}

#[cfg(feature = "schema")]
impl<V: schemars::JsonSchema> schemars::JsonSchema for MissionMap<V> {
    fn inline_schema() -> bool {
        <std::collections::BTreeMap<MissionId, V> as schemars::JsonSchema>::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<MissionId, V> as schemars::JsonSchema>::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<MissionId, V> as schemars::JsonSchema>::schema_id()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<MissionId, V> as schemars::JsonSchema>::json_schema(g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    /// Only the crisis mission's variable part follows a recognised crisis (avenant 2); every
    /// key parses back to its mission.
    #[test]
    fn each_mission_has_its_row() {
        for m in MissionId::ALL {
            let crisis = m == MissionId::CrisesSanitaires;
            assert_eq!(
                m.variable_basis() == VariableBasis::CrisisRecognised,
                crisis,
                "{m}"
            );
            assert_eq!(MissionId::parse("m", m.key()).ok(), Some(m));
            assert_eq!(MissionId::ALL[m.index()], m);
        }
    }

    proptest! {
        /// The same operations on a `MissionMap` and a `BTreeMap` give the same answers and
        /// the same contents, in the same order.
        #[test]
        fn behaves_as_a_btreemap(ops in prop::collection::vec((0..MissionId::ALL.len(), any::<Option<u8>>()), 0..40)) {
            let (mut ours, mut tree) = (MissionMap::new(), BTreeMap::new());
            for (i, op) in ops {
                let m = MissionId::ALL[i];
                match op {
                    Some(v) => prop_assert_eq!(ours.insert(m, v), tree.insert(m, v)),
                    None => prop_assert_eq!(ours.remove(&m), tree.remove(&m)),
                }
                prop_assert_eq!(ours.get(&m), tree.get(&m));
                prop_assert_eq!(ours.len(), tree.len());
                prop_assert_eq!(ours.is_empty(), tree.is_empty());
                prop_assert!(ours.iter().eq(tree.iter()));
                prop_assert!(ours.iter().rev().eq(tree.iter().rev()));
            }
            prop_assert_eq!(
                serde_json::to_string(&ours).unwrap(),
                serde_json::to_string(&tree).unwrap()
            );
            let back: MissionMap<u8> = serde_json::from_str(&serde_json::to_string(&tree).unwrap()).unwrap();
            prop_assert!(back.clone().into_iter().eq(tree.clone()));
            prop_assert_eq!(back, ours);
        }
    }
}
