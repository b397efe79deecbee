//! The wording of a year's explanations (`funding::explanation`): English keeps its words to the
//! byte (the CLI, Python and golden tests read them), French reads as a CPTS coordinator writes,
//! with amounts and dates the French way. The language is process-wide, so one test walks the
//! languages in turn.

use aci_core::contract::Contract;
use aci_core::explain::Explanation;
use aci_core::funding::{Item, YearFunding, YearResults};
use aci_core::mission::MissionId::{self, *};
use aci_core::options::UpliftReading;
use aci_core::wording::{self, Lang};
use aci_core::{Engine, Options, RuleBook};

fn bench_contract() -> Contract {
    Contract::new(toml::from_str(include_str!("../../../fixtures/bench-contract.toml")).unwrap())
        .unwrap()
}

fn bench_results() -> YearResults {
    toml::from_str(include_str!("../../../fixtures/bench-results.toml")).unwrap()
}

/// Signed in March 2021, before avenant 2: raised operating amount, then the one-off difference.
fn early_signatory() -> Contract {
    Contract::new(
        toml::from_str(
            r#"
            name = "CPTS des Monts"
            signed = "2021-03-01"
            population = 30000
            [[missions]]
            id = "acces_aux_soins"
            start = "2021-09-01"
            fixed = "50000"
            variable = "20000"
            "#,
        )
        .unwrap(),
    )
    .unwrap()
}

fn year(c: &Contract, options: Options, y: u32) -> YearFunding {
    Engine::new(RuleBook::shipped(), options)
        .year(c, y, &bench_results_for(c), true)
        .unwrap()
}

fn bench_results_for(c: &Contract) -> YearResults {
    if c.name == "CPTS des Monts" {
        YearResults::default()
    } else {
        bench_results()
    }
}

fn why(y: &YearFunding, item: Item) -> &Explanation {
    y.line(item).unwrap().explanation.as_deref().unwrap()
}

fn input<'e>(e: &'e Explanation, name: &str) -> &'e str {
    e.inputs
        .iter()
        .find(|f| f.name == name)
        .unwrap()
        .value
        .as_str()
}

fn option<'e>(e: &'e Explanation, name: &str) -> &'e str {
    e.options
        .iter()
        .find(|f| f.name == name)
        .unwrap()
        .value
        .as_str()
}

/// What each kind of explanation says, in the current language.
struct Said {
    contract_year: String,
    operating: String,
    operating_rule: String,
    fixed_prorated: String,
    active: String,
    fixed_full_year: String,
    indicators: String,
    observed_done: String,
    crisis: String,
    crisis_rule: String,
    share: String,
    share_input: String,
    variable_prorated: String,
    uplifted: String,
    uplift_input: String,
    difference: String,
    proration_option: String,
    /// The fixed line's explanation as `aci explain` prints it.
    printed: String,
    /// The indicators line's explanation as printed.
    printed_indicators: String,
}

fn said() -> Said {
    let c = bench_contract();
    let y1 = year(&c, Options::default(), 1);
    let y2 = year(&c, Options::default(), 2);
    let y3 = year(&c, Options::default(), 3);
    let prorated = Options {
        prorate_variable: true,
        ..Options::default()
    };
    let y1p = year(&c, prorated, 1);
    let early = early_signatory();
    let e3 = year(&early, Options::default(), 3);
    let annual = Options {
        uplift: UpliftReading::Annual,
        ..Options::default()
    };
    let e3_annual = year(&early, annual, 3);
    let fixed = |y: &YearFunding, m: MissionId| why(y, Item::Fixed(m)).formula.to_string();
    let variable = |y: &YearFunding, m: MissionId| why(y, Item::Variable(m)).formula.to_string();
    Said {
        contract_year: input(why(&y1, Item::Operating), "contract_year").into(),
        operating: why(&y1, Item::Operating).formula.to_string(),
        operating_rule: why(&y1, Item::Operating).text.into(),
        fixed_prorated: fixed(&y1, AccesAuxSoins),
        active: input(why(&y1, Item::Fixed(AccesAuxSoins)), "active").into(),
        fixed_full_year: fixed(&y2, AccesAuxSoins),
        indicators: variable(&y2, Parcours),
        observed_done: why(&y2, Item::Variable(AccesAuxSoins)).components[0]
            .observed
            .as_deref()
            .unwrap()
            .into(),
        crisis: variable(&y2, CrisesSanitaires),
        crisis_rule: why(&y2, Item::Variable(CrisesSanitaires)).text.into(),
        share: variable(&y3, QualitePertinence),
        share_input: input(
            why(&y3, Item::Variable(QualitePertinence)),
            "missions.qualite_pertinence",
        )
        .into(),
        variable_prorated: variable(&y1p, AccesAuxSoins),
        uplifted: why(&e3_annual, Item::Operating).formula.to_string(),
        uplift_input: input(why(&e3, Item::Operating), "uplift").into(),
        difference: why(&e3, Item::OperatingUpliftDifference)
            .formula
            .to_string(),
        proration_option: option(why(&y1, Item::Fixed(AccesAuxSoins)), "proration").into(),
        printed: why(&y1, Item::Fixed(AccesAuxSoins)).to_string(),
        printed_indicators: why(&y2, Item::Variable(Parcours)).to_string(),
    }
}

fn assert_english(s: &Said) {
    assert_eq!(s.contract_year, "1 (2022-04-15 to 2023-04-15)");
    assert_eq!(s.operating, "75000.00 € (operating amount, taille 3)");
    assert_eq!(
        s.operating_rule,
        "Operating amount (ACI art. 8) due before missions start: paid in full at signature (ACI art. 9.1)"
    );
    assert_eq!(
        s.fixed_prorated,
        "90000 × 182/365 = 44876.71 € (cumulative rounding to the cent)"
    );
    assert_eq!(s.active, "2022-10-15 to 2023-04-15 (182 of 365 days)");
    assert_eq!(s.fixed_full_year, "90000.00 € (full year)");
    assert_eq!(s.indicators, "0.00 + 23500.00 = 23500.00 €");
    assert_eq!(s.observed_done, "done");
    assert_eq!(s.crisis, "67500.00 € (crisis recognised)");
    assert!(
        s.crisis_rule
            .starts_with("Variable part of the crisis mission: paid only")
    );
    assert_eq!(s.share, "15000 × 0.8 = 12000.00 €");
    assert_eq!(s.share_input, "0.8");
    assert_eq!(
        s.variable_prorated,
        "(5000.00 + 10000.00 + 9375.00 = 24375.00 €) × 182/365 = 12154.11 €"
    );
    assert_eq!(
        s.uplifted,
        "87500.00 € (operating amount raised by 75 %, taille 1)"
    );
    assert_eq!(s.uplift_input, "eligible (signed by the cut-off date)");
    assert_eq!(
        s.difference,
        "87500.00 − 50000.00 = 37500.00 € (taille 1 at signature)"
    );
    assert_eq!(
        s.proration_option,
        "days (active days / days in the contract year)"
    );
    assert!(s.printed.starts_with(
        "rule mission.part_fixe: Fixed part (moyens) of the mission for the contract year"
    ));
    assert!(s.printed.contains(
        "\n  = 90000 × 182/365 = 44876.71 € (cumulative rounding to the cent)\n  input  contract_year = 1 (2022-04-15 to 2023-04-15)\n"
    ));
    assert!(
        s.printed
            .contains("\n  value  missions.acces_aux_soins.fixed = 90000 [contract] — ")
    );
    assert!(
        s.printed
            .contains("\n  option proration = days (active days")
    );
    assert!(s.printed_indicators.contains(
        "\n  indicator parcours_diabete = 0.00 € (observed not done; binary deliverable"
    ));
}

#[test]
fn explanations_in_english_then_french_then_english_again() {
    wording::set_lang(Lang::En);
    assert_english(&said());

    wording::set_lang(Lang::Fr);
    let s = said();
    // Amounts grouped by a narrow no-break space with a decimal comma, dates day first.
    let n = '\u{202f}';
    assert_eq!(s.contract_year, "1 (du 15/04/2022 au 15/04/2023)");
    assert_eq!(
        s.operating,
        format!("75{n}000,00 € (montant de fonctionnement, taille 3)")
    );
    assert!(
        s.operating_rule.starts_with(
            "Montant de fonctionnement (ACI art. 8) dû avant le démarrage des missions"
        ),
        "{}",
        s.operating_rule
    );
    assert_eq!(
        s.fixed_prorated,
        format!("90{n}000,00 × 182/365 = 44{n}876,71 € (arrondi cumulé au centime)")
    );
    assert_eq!(s.active, "du 15/10/2022 au 15/04/2023 (182 jours sur 365)");
    assert_eq!(s.fixed_full_year, format!("90{n}000,00 € (année complète)"));
    assert_eq!(s.indicators, format!("0,00 + 23{n}500,00 = 23{n}500,00 €"));
    assert_eq!(s.observed_done, "réalisé");
    assert_eq!(
        s.crisis,
        format!("67{n}500,00 € (crise sanitaire reconnue)")
    );
    assert!(
        s.crisis_rule
            .starts_with("Part variable de la mission crises sanitaires")
    );
    assert_eq!(s.share, format!("15{n}000,00 × 0,8 = 12{n}000,00 €"));
    assert_eq!(s.share_input, "0,8");
    assert_eq!(
        s.variable_prorated,
        format!(
            "(5{n}000,00 + 10{n}000,00 + 9{n}375,00 = 24{n}375,00 €) × 182/365 = 12{n}154,11 €"
        )
    );
    assert_eq!(
        s.uplifted,
        format!("87{n}500,00 € (montant de fonctionnement majoré de 75 %, taille 1)")
    );
    assert_eq!(
        s.uplift_input,
        "éligible (signé au plus tard à la date limite)"
    );
    assert_eq!(
        s.difference,
        format!("87{n}500,00 − 50{n}000,00 = 37{n}500,00 € (taille 1 à la signature)")
    );
    assert_eq!(
        s.proration_option,
        "days (jours d'activité / jours de l'année du contrat)"
    );

    assert!(
        s.printed
            .starts_with("règle mission.part_fixe : Part fixe (moyens) de la mission"),
        "{}",
        s.printed
    );
    assert!(
        s.printed
            .contains("\n  donnée  active = du 15/10/2022 au 15/04/2023 (182 jours sur 365)\n")
    );
    assert!(
        s.printed
            .contains("\n  valeur  missions.acces_aux_soins.fixed = 90000 [contract] — ")
    );
    assert!(s.printed_indicators.contains(&format!(
        "\n  indicateur parcours_ic = 23{n}500,00 € (résultat 0,47 ; "
    )));

    // Words written once per language are written again for the other one.
    wording::set_lang(Lang::En);
    assert_english(&said());
}
