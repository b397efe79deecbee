# Libellés français d'aci. Chaque identifiant de message est listé dans id.rs ; ce fichier est
# une traduction de en.ftl (les tests vérifient que chaque catalogue a chaque identifiant).
# Les arguments arrivent en texte, déjà écrits à la française (montants 1 234,50, dates
# JJ/MM/AAAA). `{" "}` garde une espace en tête ; `{""}` est une variante vide.

## Lignes d'une année de contrat. $mission : le libellé de la mission.
item-operating = Fonctionnement
item-operating-uplift-difference = Fonctionnement — différence avenant 2
item-fixed = { $mission } — part fixe
item-variable = { $mission } — part variable

## Paiements : ce qu'un paiement règle, et quelle part de la ligne il paie.
flow-letter-of-intent = Lettre d'intention
part-in-full = en totalité
part-advance = avance
part-balance = solde
part-repayment = remboursement

## Missions, comme l'accord les nomme.
mission-acces_aux_soins = Accès aux soins
mission-parcours = Parcours pluriprofessionnels
mission-prevention = Prévention
mission-crises_sanitaires = Crises sanitaires graves
mission-qualite_pertinence = Qualité et pertinence
mission-accompagnement_professionnels = Accompagnement des professionnels

## Pourquoi une ligne ne s'applique pas, en quelques mots.
na-not-engaged = non engagée
na-not-started = pas commencée
na-ended = terminée le { $date }
na-not-in-version = absente de la version

## Avertissements d'une année de contrat. $tag : l'étiquette de statut d'une estimation ([E]).
year-warning-mission-not-in-version = la mission { $mission } n'existe pas dans { $version } ; rien n'est dû à ce titre
year-warning-estimated-envelope = { $item } taille { $taille } ({ $version }) : l'enveloppe de { $envelope } € est une estimation indicative [{ $tag }] (fourchette { $low } – { $high } €), pas le montant national
year-warning-above-ceiling = le total de { $total } € dépasse le total annuel maximal de la taille { $taille } dans { $version } ({ $ceiling } €)

## Avertissements d'une simulation. $years : les années de contrat, séparées par « , ».
warning-mission-starts-late = la mission { $mission } commence le { $start }, après l'échéance ACI du { $deadline } ({ $months } mois après la signature)
warning-mission-deployed-late = la mission { $mission } est déployée le { $deployed }, après l'échéance ACI du { $deadline } ({ $months } mois après la signature)
warning-mandatory-mission-missing = la mission { $mission } est obligatoire dans { $version } (à partir de l'année { $from_year }) mais n'est pas engagée
# $has_taille, $has_source : yes ou no.
warning-not-primary-text = { $key }{ $has_taille ->
        [yes] {" "}taille { $taille }
       *[no] {""}
    } ({ $version }) : { $status } [{ $tag }]{ $has_source ->
        [yes] {" "}({ $source })
       *[no] {""}
    }, pas un texte primaire ; utilisé pour les années { $years }
warning-estimated-envelope = { year-warning-estimated-envelope } (docs/estimate.md) ; utilisée pour les années { $years }
warning-in-year = année { $year } : { $warning }
warning-missing-inputs = année { $year } : aucun résultat donné pour { $inputs } (compté 0 €)
warning-no-letter-of-intent-amount = lettre d'intention du { $date } : { $version } ne prévoit aucun montant pour elle (l'avenant 2 en prévoit un)
warning-terminated = contrat résilié le { $date } : avances conservées au prorata temporis ({ $repaid } € à reverser), soldes et parts variables de l'année non versés

## Le tableau année par année de la ligne de commande (aci simulate).
table-summary = { $contract } · signé le { $signed } · { $years } années de contrat
table-options = options : { $options }
table-funding-title = Financement par année de contrat (€)
table-line = Ligne
table-year-number = Année { $number }
table-total = Total
table-taille-version = Taille / version
table-not-engaged = Non engagées (sans objet, pas 0 €) : { $missions }
table-terminated = Contrat résilié le { $date } : l'année { $year } montre ce qui est dû (avances conservées au prorata temporis ; soldes et parts variables non versés)
table-payments-title = Calendrier des paiements (€)
table-date = Date
table-year = Année
table-for = Objet
table-part = Part
table-amount = Montant
table-cumulative = Cumul
table-calendar-title = Années civiles (comptes de l'association, €)
table-paid = Versé
table-accrued = Acquis
table-cumulative-paid = Cumul versé
table-totals = Financement total { $funding } € · total versé { $paid } €
table-warnings = Avertissements
table-hint-line = Pourquoi une ligne vaut ce qu'elle vaut : aci explain <scénario> --year N --line CLÉ
table-hint-payment = Comment un paiement a été calculé : aci explain <scénario> --payment DATE[:FLUX]

## aci explain. $key : la clé de la ligne ou du flux ; $amount : euros groupés (1 234,50).
explain-year = { $contract } — année de contrat { $year } (du { $start } au { $end }), taille { $taille } ({ $population } habitants), version { $version }
explain-line = { $label } [{ $key }] = { $amount } €
explain-line-not-applicable = { $label } [{ $key }] : sans objet ({ $reason })
explain-payments = { $contract } — paiements du { $date }
explain-before-contract = avant le contrat
explain-contract-year = année de contrat { $year }
explain-payment = { $flow } [{ $key }], { $part }, { $year } = { $amount } €

## aci rules.
rules-in-force = en vigueur à partir du { $date } — { $provenance }
rules-key = Clé
rules-taille = Taille
rules-value = Valeur
rules-status = Statut
rules-source = Source
rules-inherited = {" "}(de { $version })
rules-sources = Sources
rules-status-legend = Statut : P texte primaire · S source secondaire · C constaté dans des contrats réels. Les valeurs que personne n'a sourcées sont absentes : un contrat indique les siennes.

## Le graphique des paiements (SVG, PNG, page HTML).
chart-subtitle = Calendrier des paiements : paiements par trimestre et trésorerie cumulée (total versé { $paid } €)
chart-no-payment = Aucun paiement.
chart-legend-payments = Paiements par trimestre (nets)
chart-legend-cumulative = Trésorerie cumulée
chart-footer = aci — simulation du financement ACI CPTS
chart-calendar-title = Années civiles (€)
chart-earned = Acquis

## Feuilles de l'export XLSX.
sheet-payments = Paiements
sheet-contract-years = Années de contrat
sheet-calendar-years = Années civiles
sheet-warnings = Avertissements

## Explications des lignes d'une année (financement). Les règles en mots, puis le calcul et les
## faits que chaque ligne cite ; $amount, $envelope, … sont des montants, $start, $from, … des dates.
funding-rule-operating-contract = Montant de fonctionnement fixé par le contrat lui-même (il remplace le barème national) ; l'année 1 est versée en totalité à la signature, les années suivantes avec une avance de 75 % à la date anniversaire (ACI art. 9.1)
funding-rule-operating-first-year = Montant de fonctionnement (ACI art. 8) dû avant le démarrage des missions : versé en totalité à la signature (ACI art. 9.1)
funding-rule-operating-yearly = Montant annuel de fonctionnement (ACI art. 8), versé à chaque date anniversaire à partir du démarrage des missions : avance de 75 %, solde avec le solde de la rémunération de l'année (ACI art. 9.1)
funding-rule-uplift-difference = Avenant 2 : les CPTS signataires avant lui (et au plus tard à la date limite) reçoivent la différence entre le montant de fonctionnement majoré d'avant le démarrage des missions et celui qui leur a été versé à la signature
funding-rule-fixed = Part fixe (moyens) de la mission pour l'année du contrat, au prorata du temps où la mission est active (ACI contrat type art. 6.2 : avance de 75 % dès le démarrage de la mission, au prorata jusqu'à la date anniversaire suivante)
funding-rule-crisis = Part variable de la mission crises sanitaires : versée seulement si l'ARS reconnaît une crise sanitaire grave pendant l'année (avenant 2)
funding-rule-indicators = Part variable (actions et résultats) : chaque indicateur du contrat verse son montant selon sa règle ; le total de la mission est plafonné à son enveloppe variable
funding-rule-share = Part variable (actions et résultats) sans indicateurs au contrat : l'enveloppe multipliée par le taux de réalisation de la mission pour l'année (de 0 à 1)
funding-contract-year = { $year } (du { $start } au { $end })
funding-operating-contract = { $amount } € (montant fixé par le contrat)
funding-operating = { $amount } € (montant de fonctionnement, taille { $taille })
funding-operating-uplifted = { $amount } € (montant de fonctionnement majoré de 75 %, taille { $taille })
funding-uplift-eligible = éligible (signé au plus tard à la date limite)
funding-uplift-not-eligible = non éligible (signé après la date limite)
funding-uplift-difference = { $uplifted } − { $paid } = { $difference } € (taille { $taille } à la signature)
funding-active = du { $from } au { $to } ({ $num } { $unit ->
        [days] jours
       *[months] mois
    } sur { $den })
funding-fixed-full-year = { $amount } € (année complète)
funding-fixed-prorated = { $envelope } × { $num }/{ $den } = { $amount } € (arrondi cumulé au centime)
funding-crisis-recognised = { $amount } € (crise sanitaire reconnue)
funding-crisis-not-recognised = 0,00 € (aucune crise sanitaire reconnue)
funding-indicators-sum = { $terms } = { $amount } €
funding-share = { $envelope } × { $share } = { $amount } €
funding-no-achievement = 0,00 € (aucun taux de réalisation déclaré)
funding-variable-prorated = ({ $formula }) × { $num }/{ $den } = { $amount } €
funding-observed-done = réalisé
funding-observed-not-done = non réalisé

## Ce que chaque option signifie (faits d'options des explications, tableaux des options).
option-boundary-as_worded = comme les textes libellent les tranches : taille 1 en dessous de 40 000, taille 2 de 40 000 à 80 000 inclus, taille 3 jusqu'à 175 000 inclus, taille 4 au-delà
option-boundary-lower_inclusive = une population égale à un seuil relève de la taille supérieure
option-boundary-upper_inclusive = une population égale à un seuil relève de la taille inférieure
option-proration-days = jours d'activité / jours de l'année du contrat
option-proration-months = mois d'activité / 12 (un mois compte si la mission est active son dernier jour)
option-uplift-one_off = la majoration de 75 % ne s'applique qu'au montant de fonctionnement d'avant le démarrage des missions (une fois)
option-uplift-annual = la majoration de 75 % s'applique à chaque montant de fonctionnement sous l'avenant 2
option-version_date-year_start = la version en vigueur le premier jour de l'année du contrat la régit
option-version_date-year_end = la version en vigueur le dernier jour de l'année du contrat la régit
option-prorate_variable-true = les parts variables sont proratisées comme les parts fixes
option-prorate_variable-false = les parts variables ne sont pas proratisées
option-missing_observation-zero = un indicateur sans résultat verse 0 € et figure parmi les résultats manquants
option-missing_observation-error = un indicateur sans résultat est une erreur
option-envelopes-rule_data = montants nationaux des missions pris uniquement dans les données de règles utilisées (livrées, --rules, ou un tableau national chargé avec --envelopes) ; aucun n'est estimé
option-envelopes-estimate = les montants nationaux des missions absents des données de règles sont des estimations indicatives (docs/estimate.md), jamais des montants nationaux

## Une explication pour les personnes (aci explain) : clés de règle, noms des faits et des paramètres sont des identifiants.
explanation-rule = règle { $rule } : { $text }
explanation-then = puis { $rule }
explanation-input = donnée  { $name } = { $value }
explanation-key-taille = { $key } (taille { $taille })
explanation-value = valeur  { $key } = { $value } [{ $version }] — { $provenance }
explanation-note = note : { $note }
explanation-indicator = indicateur { $indicator } = { $amount } € (résultat { $observed } ; { $rule })
explanation-missing = manquant
explanation-option = option { $name } = { $value }
