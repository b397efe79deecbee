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
part-repayment = reversement

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

## Paiements : comment chaque paiement a été calculé (payments.rs). Les messages payment-rule-*
## et termination-rule-* n'ont pas d'argument. $rate : une part (0,75) ; $at : anniversary ou start.
payment-contract-year = { $number } (du { $start } au { $end })
payment-fact-line = { $item } = { $amount } €
payment-fact-variable-delay = { $months } (mois entre la fin de l'année de contrat et les versements issus de son évaluation)
payment-fact-advance-paid = { $amount } € versés le { $date }
payment-fact-paid-on = { $date } ({ $at ->
        [anniversary] date anniversaire
       *[start] démarrage de la mission
    })
payment-rule-operating-signature = Le montant de fonctionnement dû avant le démarrage des missions est versé en totalité à la signature, une fois le dossier complet (ACI art. 9.1)
payment-formula-operating-in-full = { $amount } € (montant de fonctionnement de l'année, en totalité)
payment-rule-operating-advance = À partir du démarrage des missions, une avance de 75 % du montant de fonctionnement de l'année est versée à la date anniversaire qui ouvre l'année de contrat (ACI art. 9.1)
payment-formula-advance = { $rate } × { $amount } = { $advance } € (arrondi au centime)
payment-rule-operating-balance = Le solde du montant de fonctionnement (montant de l'année − avance versée) est versé avec le solde de la rémunération de l'année (ACI art. 9.1) ; sa date est l'option variable_delay_months
payment-formula-balance = { $amount } − { $advance } = { $balance } € (montant de l'année − avance versée)
payment-rule-uplift-difference = La différence ponctuelle de majoration de l'avenant 2 est versée en totalité à la date anniversaire qui ouvre l'année (la date n'est pas dans les textes : choix de la bibliothèque)
payment-formula-in-full = { $amount } € (en totalité)
payment-rule-fixed-advance = Une avance de 75 % de la part fixe de la mission pour l'année est versée au démarrage de la mission la première année (sur le montant au prorata jusqu'à la date anniversaire), puis à chaque date anniversaire (contrat type art. 6.2 ; Sénat 2025)
payment-formula-fixed-advance = { $rate } × { $amount } = { $advance } € (arrondi au centime), versée { $at ->
        [anniversary] à la date anniversaire
       *[start] au démarrage de la mission, au prorata jusqu'à la date anniversaire
    }
payment-rule-fixed-balance = Le solde de la part fixe (montant de l'année − avance versée) est versé à la date anniversaire qui clôt l'année (Sénat 2025)
payment-rule-variable = La part variable est versée en totalité après l'évaluation annuelle des indicateurs du contrat ; sa date n'est pas dans les textes (option variable_delay_months)
payment-rule-letter-of-intent = Avenant 2 : un montant selon la taille est versé quand l'ARS valide la lettre d'intention, avant le contrat
payment-formula-letter-of-intent = { $amount } € (taille { $taille })
payment-rule-repayment = Résiliation avant terme : la part d'un paiement versé pour une période à venir qui couvre la période après la résiliation est reversée à la date de résiliation (avances reversées au prorata temporis, Sénat 2025)
payment-formula-repayment = { $kept } − { $paid } = −{ $back } € (part conservée − paiement versé)
payment-in-words = { $formula } — { $rule }
payment-version-not-in-book = « { $version } » n'est pas dans le recueil de règles utilisé
payment-letter-after-signature = la lettre d'intention est validée avant la signature du contrat

## Résiliation avant terme : ce qu'une ligne conserve (termination.rs). $part : in_full, advance,
## balance ou repayment ; $unit : days ou months ; $pieces : le calcul de ce qui est conservé.
termination-fact-amount = { $amount } €
termination-fact-paid = { $amount } € versés le { $date } ({ $rule } : { $formula })
termination-fact-kept-for = du { $from } au { $until } sur la période du { $from } au { $to } ({ $elapsed } { $unit ->
        [days] jours
       *[months] mois
    } sur { $length })
termination-fact-line = { $item } = { $amount } € pour l'année entière, dont { $kept } € conservés après la résiliation du { $date }
termination-not-paid = { $part ->
        [in_full] paiement en totalité de { $amount } € dû
        [advance] avance de { $amount } € due
        [balance] solde de { $amount } € dû
       *[repayment] reversement de { $amount } € dû
    } le { $date }
termination-formula-nothing-paid = { $due } € (rien n'a été versé avant la résiliation)
termination-formula-kept = { $due } € (conservé)
termination-formula-one = { $pieces } €
termination-formula-sum = { $pieces } = { $due } €
termination-formula-not-paid = { $formula } ; non versé : { $list }
termination-rule-kept-pro-rata = Contrat résilié avant terme : un paiement versé pour une période à venir (une avance ; le montant de fonctionnement de l'année 1, versé en totalité à la signature) est conservé au prorata temporis, pour sa période avant la résiliation, le reste reversé ; les soldes et la part variable de l'année ne sont pas versés (avances reversées au prorata temporis, Sénat 2025 ; le prorata du montant de fonctionnement de l'année 1 est une lecture de la bibliothèque)
termination-rule-not-paid = Contrat résilié avant terme : les paiements de l'année dus à la date de résiliation ou après (soldes, part variable, avance au démarrage d'une mission postérieur à la résiliation) ne sont pas versés
termination-rule-one-off = Contrat résilié avant terme : un montant versé en totalité avant la résiliation, sans période à venir (la différence ponctuelle de majoration de l'avenant 2), est conservé (lecture de la bibliothèque : ce n'est pas une avance)

## Comment une valeur est connue (le statut de sa source).
status-primary = texte primaire
status-secondary = source secondaire
status-contract = constaté dans un contrat réel
status-negotiation = projet de négociation
status-this-contract = clause propre à ce contrat
status-user-table = table nationale fournie par l'utilisateur
status-estimate = estimation indicative, pas un montant national

## Ce que peuvent être les entrées d'une simulation.
simulation-years-allowed = 1 à { $years } (années de contrat depuis la signature : year = 1 va du { $signed } au { $anniversary })
simulation-years-allowed-short = 1 à { $years }
simulation-terminated-allowed = une date après la signature ({ $signed }) et au plus tard la fin de la dernière année du contrat ({ $end })
simulation-dates-allowed = des dates jusqu'à l'an 9999

## L'estimation indicative d'un montant national (docs/estimate.md). $reference : la taille
## dont les montants sont connus (3) ; $range : estimate-range ou estimate-range-agree.
estimate-source-title = Estimation indicative ({ $method })
estimate-range-agree = fourchette { $value } € (les deux lectures concordent)
estimate-range = fourchette { $low } – { $high } €, entre ce rapport et { $maximum } / { $reference_maximum } (les maxima lus comme ceux des seules missions)
estimate-derivation = estimation indicative, pas un montant national : { $key } de la taille { $reference } dans { $defined_in } = { $amount } € [{ $tag }] { $source }, × (maximum { $maximum } − fonctionnement { $operating }) / (maximum { $reference_maximum } − fonctionnement { $reference_operating }) de la taille { $taille } et de la taille { $reference } dans { $version } [{ $scale_tag }] = { $value } € ; { $range } ; méthode et calibrage : { $method }

## Ce qu'une erreur de dépassement nomme (le calcul qui a dépassé).
overflow-an-advance = une avance
overflow-cumulative-cash = la trésorerie cumulée
overflow-yearly-total = le total de l'année
overflow-line-after-termination = une ligne après résiliation
overflow-kept-advance = une avance conservée
overflow-contract-total = le total du contrat
overflow-estimated-envelope = une enveloppe estimée
## La règle d'un indicateur en mots (explications). $direction : rising ou falling ; $between :
## step ou linear ; montants en euros ; seuils, niveaux de départ et cibles dans l'unité de l'indicateur.
indicator-binary = livrable binaire : réalisé, il rapporte { $amount } €
indicator-tiered = par paliers, { $direction ->
        [falling] à la baisse
       *[rising] à la hausse
    } ({ $between ->
        [linear] linéaire entre les paliers
       *[step] le plus haut palier atteint est payé
    }) : { $tiers }
indicator-tier = { $direction ->
        [falling] ≤
       *[rising] ≥
    } { $threshold } → { $amount } €
indicator-tier-separator = {" ; "}
indicator-proportional = proportionnel, { $direction ->
        [falling] à la baisse
       *[rising] à la hausse
    } : { $baseline } rapporte 0 €, { $target } rapporte { $amount } €, plafonné à 100 %
indicator-modified = { $rule } ; { $modifier }
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
