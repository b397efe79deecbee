//! The core's wording ([`aci_core::wording`]): every label and warning says exactly what it said
//! before the catalogue (the CLI, Python and export assertions depend on these texts), and the
//! words come from the catalogue, not from the code.

use aci_core::funding::{Item, Warning};
use aci_core::mission::MissionId;
use aci_core::payments::{Flow, Part};
use aci_core::provenance::Status;
use aci_core::simulation::SimWarning;
use aci_core::taille::Taille;
use aci_core::wording::{self, Lang, id};
use jiff::civil::date;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn labels_of_lines_missions_flows_and_parts() {
    assert_eq!(Item::Operating.label(), "Fonctionnement");
    assert_eq!(
        Item::OperatingUpliftDifference.label(),
        "Fonctionnement — différence avenant 2"
    );
    assert_eq!(
        Item::Fixed(MissionId::Prevention).label(),
        "Prévention — part fixe"
    );
    assert_eq!(
        Item::Variable(MissionId::Parcours).label(),
        "Parcours pluriprofessionnels — part variable"
    );
    let missions: Vec<String> = MissionId::ALL.into_iter().map(MissionId::label).collect();
    assert_eq!(
        missions,
        [
            "Accès aux soins",
            "Parcours pluriprofessionnels",
            "Prévention",
            "Crises sanitaires graves",
            "Qualité et pertinence",
            "Accompagnement des professionnels"
        ]
    );
    assert_eq!(Flow::LetterOfIntent.label(), "Lettre d'intention");
    assert_eq!(
        Flow::Line(Item::Fixed(MissionId::CrisesSanitaires)).label(),
        "Crises sanitaires graves — part fixe"
    );
    let parts: Vec<String> = [Part::InFull, Part::Advance, Part::Balance, Part::Repayment]
        .into_iter()
        .map(Part::label)
        .collect();
    assert_eq!(parts, ["in full", "advance", "balance", "repayment"]);
    let keys: Vec<&str> = [Part::InFull, Part::Advance, Part::Balance, Part::Repayment]
        .into_iter()
        .map(Part::key)
        .collect();
    assert_eq!(keys, ["in_full", "advance", "balance", "repayment"]);
    // The key is the JSON form.
    assert_eq!(serde_json::to_string(&Part::InFull).unwrap(), "\"in_full\"");
}

fn year_warnings() -> [Warning; 3] {
    [
        Warning::MissionNotInVersion {
            mission: MissionId::CrisesSanitaires,
            version: "aci-2019".into(),
        },
        Warning::EstimatedEnvelope {
            item: Item::Fixed(MissionId::Prevention),
            envelope: d("13520.21"),
            low: d("13466.10"),
            high: d("13574.32"),
            taille: Taille::T4,
            version: "avenant-2".into(),
        },
        Warning::AboveCeiling {
            total: d("300000.00"),
            ceiling: d("287000"),
            taille: Taille::T2,
            version: "avenant-2".into(),
        },
    ]
}

#[test]
fn a_year_warning_in_words() {
    let texts: Vec<String> = year_warnings().iter().map(ToString::to_string).collect();
    assert_eq!(
        texts,
        [
            "mission crises_sanitaires does not exist under aci-2019; nothing is due for it",
            "prevention.fixe taille 4 (avenant-2): envelope 13520.21 € is an indicative estimate [E] (range 13466.10 – 13574.32 €), not the national amount",
            "total 300000.00 € is above the maximum yearly total of taille 2 under avenant-2 (287000 €)",
        ]
    );
}

#[test]
fn a_simulation_warning_in_words() {
    let signed = date(2023, 1, 1);
    let mut warnings = vec![
        SimWarning::MissionStartsLate {
            mission: MissionId::Prevention,
            start: date(2024, 1, 1),
            deadline: date(2023, 10, 15),
            months: 6,
        },
        SimWarning::MissionDeployedLate {
            mission: MissionId::Parcours,
            deployed: date(2025, 1, 1),
            deadline: date(2024, 7, 1),
            months: 18,
        },
        SimWarning::MandatoryMissionMissing {
            mission: MissionId::AccesAuxSoins,
            version: "avenant-2".into(),
            from_year: 2,
        },
        SimWarning::NotPrimaryText {
            key: "mission.acces_aux_soins.part_fixe".into(),
            taille: Some(Taille::T3),
            version: "avenant-2".into(),
            status: Status::Secondary,
            years: vec![1, 2, 3],
            source: None,
        },
        SimWarning::NotPrimaryText {
            key: "fonctionnement.montant_annuel".into(),
            taille: None,
            version: "avenant-2".into(),
            status: Status::UserTable,
            years: vec![4],
            source: Some("table.csv, line 7".into()),
        },
        SimWarning::EstimatedEnvelope {
            item: Item::Variable(MissionId::Prevention),
            taille: Taille::T4,
            version: "avenant-2".into(),
            envelope: d("13520.21"),
            low: d("13466.10"),
            high: d("13574.32"),
            years: vec![2, 3],
        },
    ];
    warnings.extend(
        year_warnings()
            .into_iter()
            .map(|warning| SimWarning::Year { year: 3, warning }),
    );
    warnings.extend([
        SimWarning::MissingInputs {
            year: 2,
            inputs: vec!["missions.prevention".into(), "indicators.depistage".into()],
        },
        SimWarning::NoLetterOfIntentAmount {
            date: signed,
            version: "aci-2019".into(),
        },
        SimWarning::Terminated {
            date: date(2025, 3, 1),
            repaid: d("1250.50"),
        },
    ]);
    let texts: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    let secondary = Status::Secondary;
    let user = Status::UserTable;
    assert_eq!(
        texts,
        [
            "mission prevention starts on 2024-01-01, after the ACI deadline of 2023-10-15 (6 months after signature)".to_string(),
            "mission parcours is deployed on 2025-01-01, after the ACI deadline of 2024-07-01 (18 months after signature)".into(),
            "mission acces_aux_soins is mandatory under avenant-2 (from year 2) but not engaged".into(),
            format!("mission.acces_aux_soins.part_fixe taille 3 (avenant-2): {secondary} [{}], not primary text; used in years 1, 2, 3", secondary.tag()),
            format!("fonctionnement.montant_annuel (avenant-2): {user} [{}] (table.csv, line 7), not primary text; used in years 4", user.tag()),
            "prevention.variable taille 4 (avenant-2): envelope 13520.21 € is an indicative estimate [E] (range 13466.10 – 13574.32 €), not the national amount (docs/estimate.md); used in years 2, 3".into(),
            "year 3: mission crises_sanitaires does not exist under aci-2019; nothing is due for it".into(),
            "year 3: prevention.fixe taille 4 (avenant-2): envelope 13520.21 € is an indicative estimate [E] (range 13466.10 – 13574.32 €), not the national amount".into(),
            "year 3: total 300000.00 € is above the maximum yearly total of taille 2 under avenant-2 (287000 €)".into(),
            "year 2: no result given for missions.prevention, indicators.depistage (counted as 0 €)".into(),
            "lettre d'intention on 2023-01-01: aci-2019 pays no amount for it (avenant 2 does)".into(),
            "contract terminated on 2025-03-01: advances kept pro rata temporis (1250.50 € repaid), the year's balances and variable parts not paid".into(),
        ]
    );
}

/// The words are the catalogue's: a text id of every kind renders from it, in every language.
#[test]
fn every_language_has_every_message() {
    for lang in Lang::ALL {
        for id in id::ALL {
            let t = wording::text_in(lang, id, &[]);
            assert_ne!(&t, id, "{}: {id} missing", lang.tag());
        }
    }
    assert_eq!(wording::lang(), Lang::En);
}
