//! The shipped rule data: every value has a source and a status, and the shipped values are
//! exactly those of the project reference (shared/reference/aci-cpts.md), with their tags.

use std::collections::BTreeSet;

use aci_core::RuleBook;
use aci_core::provenance::Status;

/// `(key, taille, value, tag)` as transcribed from the reference.
type RefRow = (&'static str, Option<u8>, &'static str, &'static str);

/// The 2019 text, per section of the reference.
const ACI_2019: &[RefRow] = &[
    ("contrat.duree_annees", None, "5", "S"), // §1
    ("taille.seuil", Some(2), "40000", "S"),  // §2
    ("taille.seuil", Some(3), "80000", "S"),
    ("taille.seuil", Some(4), "175000", "S"),
    ("fonctionnement.montant_annuel", Some(1), "50000.00", "S"), // §3
    ("fonctionnement.montant_annuel", Some(2), "60000.00", "S"),
    ("fonctionnement.montant_annuel", Some(3), "75000.00", "S"),
    ("fonctionnement.montant_annuel", Some(4), "90000.00", "S"),
    ("fonctionnement.avance_taux", None, "0.75", "P"), // §3, art. 9.1
    ("part_fixe.avance_taux", None, "0.75", "P"),      // §5, contrat type art. 6.2
    ("plafond_annuel", Some(1), "220000.00", "S"),     // §4
    ("plafond_annuel", Some(2), "287000.00", "S"),
    ("plafond_annuel", Some(3), "370000.00", "S"),
    ("plafond_annuel", Some(4), "450000.00", "S"),
    ("mission.acces_aux_soins.obligatoire", None, "true", "S"), // §4
    ("mission.acces_aux_soins.demarrage_max_mois", None, "6", "S"),
    (
        "mission.acces_aux_soins.deploiement_max_mois",
        None,
        "18",
        "S",
    ),
    ("mission.parcours.obligatoire", None, "true", "S"),
    ("mission.parcours.demarrage_max_mois", None, "12", "S"),
    ("mission.parcours.deploiement_max_mois", None, "24", "S"),
    ("mission.prevention.obligatoire", None, "true", "S"),
    ("mission.prevention.demarrage_max_mois", None, "12", "S"),
    ("mission.prevention.deploiement_max_mois", None, "24", "S"),
    ("mission.qualite_pertinence.obligatoire", None, "false", "S"),
    (
        "mission.accompagnement_professionnels.obligatoire",
        None,
        "false",
        "S",
    ),
];

/// What avenant 2 adds or replaces (its 2019 ceilings for tailles 1–3 are unknown: dropped).
const AVENANT_2_OWN: &[RefRow] = &[
    ("fonctionnement.montant_majore", Some(1), "87500.00", "S"), // §3
    ("fonctionnement.montant_majore", Some(2), "105000.00", "S"),
    ("fonctionnement.montant_majore", Some(3), "131250.00", "S"),
    ("fonctionnement.montant_majore", Some(4), "157500.00", "S"),
    (
        "fonctionnement.majoration_signature_au_plus_tard",
        None,
        "2021-12-31",
        "S",
    ),
    ("lettre_intention.montant", Some(1), "15000.00", "S"),
    ("lettre_intention.montant", Some(2), "17500.00", "S"),
    ("lettre_intention.montant", Some(3), "25000.00", "S"),
    ("lettre_intention.montant", Some(4), "30000.00", "S"),
    ("plafond_annuel", Some(4), "580000.00", "S"), // §4
    ("mission.crises_sanitaires.obligatoire", None, "true", "S"),
    (
        "mission.crises_sanitaires.demarrage_max_mois",
        None,
        "6",
        "S",
    ),
    (
        "mission.crises_sanitaires.deploiement_max_mois",
        None,
        "18",
        "S",
    ),
    (
        "mission.acces_aux_soins.part_fixe",
        Some(3),
        "90000.00",
        "C",
    ), // §4, two taille-3 contracts
    (
        "mission.acces_aux_soins.part_variable",
        Some(3),
        "35000.00",
        "C",
    ),
    ("mission.parcours.part_fixe", Some(3), "45000.00", "C"),
    ("mission.parcours.part_variable", Some(3), "45000.00", "C"),
    ("mission.prevention.part_fixe", Some(3), "17500.00", "C"),
    ("mission.prevention.part_variable", Some(3), "17500.00", "C"),
    (
        "mission.crises_sanitaires.part_fixe_premiere_annee",
        Some(3),
        "45000.00",
        "C",
    ),
    (
        "mission.crises_sanitaires.part_fixe",
        Some(3),
        "22500.00",
        "C",
    ),
    (
        "mission.crises_sanitaires.part_variable",
        Some(3),
        "67500.00",
        "C",
    ),
    (
        "mission.qualite_pertinence.part_fixe",
        Some(3),
        "15000.00",
        "C",
    ),
    (
        "mission.qualite_pertinence.part_variable",
        Some(3),
        "15000.00",
        "C",
    ),
    (
        "mission.accompagnement_professionnels.part_fixe",
        Some(3),
        "10000.00",
        "C",
    ),
    (
        "mission.accompagnement_professionnels.part_variable",
        Some(3),
        "10000.00",
        "C",
    ),
];

type Row = (String, Option<u8>, String, String);

fn shipped(version: &str) -> BTreeSet<Row> {
    let v = RuleBook::shipped()
        .version(version)
        .expect("version shipped");
    v.parameters()
        .iter()
        .map(|p| {
            (
                p.key.clone(),
                p.taille.map(|t| t.number()),
                p.value.to_string(),
                p.provenance.status.tag().to_string(),
            )
        })
        .collect()
}

fn expected(rows: &[&[RefRow]], skip: impl Fn(&str, Option<u8>) -> bool) -> BTreeSet<Row> {
    rows.iter()
        .flat_map(|r| r.iter())
        .filter(|(k, t, _, _)| !skip(k, *t))
        .map(|(k, t, v, s)| (k.to_string(), *t, v.to_string(), s.to_string()))
        .collect()
}

#[test]
fn aci_2019_ships_exactly_the_reference_values() {
    assert_eq!(shipped("aci-2019"), expected(&[ACI_2019], |_, _| false));
}

#[test]
fn avenant_2_ships_exactly_the_reference_values() {
    // Inherits the 2019 values, minus its ceilings (dropped), plus its own.
    let mut want = expected(&[ACI_2019], |k, _| k == "plafond_annuel");
    want.extend(expected(&[AVENANT_2_OWN], |_, _| false));
    assert_eq!(shipped("avenant-2"), want);
}

#[test]
fn every_shipped_value_has_a_source_and_a_status() {
    let rules = RuleBook::shipped();
    let mut count = 0;
    for v in &rules.versions {
        assert!(
            !v.in_force_provenance.source_title.is_empty(),
            "{}: in-force date without source",
            v.id
        );
        for p in v.parameters() {
            count += 1;
            let prov = &p.provenance;
            assert!(
                !prov.source.is_empty() && !prov.source_title.is_empty(),
                "{} {:?}: no source",
                p.key,
                p.taille
            );
            assert!(
                rules.sources.iter().any(|s| s.id == prov.source),
                "{}: unknown source {}",
                p.key,
                prov.source
            );
            assert_ne!(
                prov.status,
                Status::Negotiation,
                "{}: negotiation drafts are never shipped",
                p.key
            );
            assert_ne!(
                prov.status,
                Status::ThisContract,
                "{}: rule data cannot claim a contract clause",
                p.key
            );
        }
    }
    assert!(count > 50, "only {count} values");
}

#[test]
fn versions_follow_each_other_without_overlap() {
    let rules = RuleBook::shipped();
    let ids: Vec<&str> = rules.versions.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids, ["aci-2019", "avenant-2"]);
    assert_eq!(rules.versions[0].in_force_from.to_string(), "2019-08-25");
    assert_eq!(
        rules.version_at("2022-03-30".parse().unwrap()).unwrap().id,
        "aci-2019"
    );
    assert_eq!(
        rules.version_at("2022-03-31".parse().unwrap()).unwrap().id,
        "avenant-2"
    );
    let err = rules
        .version_at("2019-08-24".parse().unwrap())
        .unwrap_err()
        .to_string();
    assert!(err.contains("before the first agreement version"), "{err}");
}

#[test]
fn a_user_rule_file_can_correct_a_value() {
    let corrected = aci_core::rules::SHIPPED_TOML.replacen(
        "key = \"mission.prevention.part_fixe\"\ntaille = 3\nvalue = \"17500.00\"",
        "key = \"mission.prevention.part_fixe\"\ntaille = 3\nvalue = \"18000.00\"",
        1,
    );
    assert_ne!(corrected, aci_core::rules::SHIPPED_TOML);
    let rules = RuleBook::from_toml_str(&corrected).unwrap();
    let p = rules
        .lookup(
            "avenant-2",
            "mission.prevention.part_fixe",
            Some(aci_core::taille::Taille::T3),
        )
        .unwrap();
    assert_eq!(p.value.to_string(), "18000.00");
}

#[test]
fn malformed_rule_files_are_typed_errors() {
    let cases: &[(&str, &str)] = &[
        ("not toml [", "rule file"),
        ("format = \"other\"", "expected \"aci-rules/1\""),
        ("format = \"aci-rules/1\"", "at least one version"),
    ];
    for (text, words) in cases {
        let err = RuleBook::from_toml_str(text).unwrap_err().to_string();
        assert!(err.contains(words), "{text}: {err}");
    }
    let shipped = aci_core::rules::SHIPPED_TOML;
    let mutations: &[(&str, &str, &str)] = &[
        ("value = \"50000.00\"", "value = \"-1\"", "out of range"),
        ("value = \"0.75\"", "value = \"1.5\"", "0 to 1"),
        (
            "key = \"contrat.duree_annees\"",
            "key = \"contrat.inconnu\"",
            "unknown parameter key",
        ),
        (
            "source = \"concours-medical-montants\"",
            "source = \"nowhere\"",
            "unknown source 'nowhere'",
        ),
        (
            "in_force_from = \"2022-03-31\"",
            "in_force_from = \"2019-08-25\"",
            "overlaps version 'aci-2019'",
        ),
        (
            "value = \"2021-12-31\"",
            "value = \"31/12/2021\"",
            "is not a date",
        ),
        (
            "key = \"taille.seuil\"\ntaille = 3",
            "key = \"taille.seuil\"\ntaille = 1",
            "out of range",
        ),
    ];
    for (from, to, words) in mutations {
        let text = shipped.replacen(from, to, 1);
        assert_ne!(text, shipped, "mutation {from} did not apply");
        let err = RuleBook::from_toml_str(&text).unwrap_err().to_string();
        assert!(err.contains(words), "{from} → {to}: {err}");
    }
}

/// The yearly maxima cite the sources the reference names for them (§10): Le Quotidien du
/// médecin (21 Nov 2019) for the 2019 ones, Le Pharmacien de France (6 Jan 2022) for avenant
/// 2's 580 000 €. The estimate (docs/estimate.md) is derived from them.
#[test]
fn the_yearly_maxima_cite_their_sources() {
    let rules = RuleBook::shipped();
    let url = |version: &str, taille: u8| {
        let p = rules
            .lookup(version, "plafond_annuel", Some(taille.try_into().unwrap()))
            .unwrap();
        assert_eq!(p.provenance.status, Status::Secondary);
        p.provenance.url.as_deref().unwrap_or_default().to_string()
    };
    for t in 1..=4 {
        assert_eq!(
            url("aci-2019", t),
            "https://medecine-generale.lequotidiendumedecin.fr/actus-medicales/politique-de-sante/missions-financement-montants-le-ba-ba"
        );
    }
    assert_eq!(
        url("avenant-2", 4),
        "http://lepharmaciendefrance.fr/actualite-web/cpts-des-mesures-incitatives"
    );
}
