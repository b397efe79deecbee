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
## Le classeur des résultats (XLSX) et le CSV pour Excel en français : en-têtes et textes.
sheet-options = Options
sheet-sources = Sources
xlsx-title = { $title } · signé le { $signed }
xlsx-contract-year = Année de contrat
xlsx-start = Début
xlsx-end = Fin (exclue)
xlsx-version = Version
xlsx-population = Population
xlsx-key = Clé
xlsx-not-applicable = Sans objet
xlsx-rule = Règle
xlsx-formula = Formule
xlsx-explanation = Explication
xlsx-warning = Avertissement
xlsx-option = Option
xlsx-meaning = Signification
xlsx-tag = Code
xlsx-article = Article
xlsx-link = Lien
xlsx-note = Note
xlsx-used-in = Années de contrat concernées
xlsx-variable-delay = mois entre la fin d'une année de contrat et le paiement de ses parts variables et du solde de fonctionnement

## Comment une valeur est connue (le statut d'une valeur des données de règles).
status-primary = texte primaire
status-secondary = source secondaire
status-contract = constaté dans un contrat réel
status-negotiation = projet de négociation
status-this-contract = clause propre à ce contrat
status-user-table = table nationale fournie par l'utilisateur
status-estimate = estimation indicative, pas un montant national

## Ce que peuvent être les entrées d'une simulation.
## L'estimation indicative d'un montant national (docs/estimate.md). $reference : la taille
## dont les montants sont connus (3) ; $range : estimate-range ou estimate-range-agree.
estimate-source-title = Estimation indicative ({ $method })
estimate-range-agree = fourchette { $value } € (les deux lectures concordent)
estimate-range = fourchette { $low } – { $high } €, entre ce rapport et { $maximum } / { $reference_maximum } (les maxima lus comme ceux des seules missions)
estimate-derivation = estimation indicative, pas un montant national : { $key } de la taille { $reference } dans { $defined_in } = { $amount } € [{ $tag }] { $source }, × (maximum { $maximum } − fonctionnement { $operating }) / (maximum { $reference_maximum } − fonctionnement { $reference_operating }) de la taille { $taille } et de la taille { $reference } dans { $version } [{ $scale_tag }] = { $value } € ; { $range } ; méthode et calibrage : { $method }

## Ce qu'une erreur de dépassement nomme (le calcul qui a dépassé).
overflow-kept-advance = une avance conservée
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
## Erreurs : celles du cœur, de la ligne de commande et du module Python.
error-rule-file-syntax = fichier de règles : { $problem }
error-rule-file-invalid = fichier de règles, { $field } : { $problem }
error-before-first-version = la date { $date } précède la première version de l'accord ({ $first_version }, en vigueur à partir du { $first_in_force }) ; aucune règle de l'ACI CPTS ne s'applique à cette date
error-out-of-range = { $field } = { $value } n'est pas admis ; valeurs admises : { $allowed }
error-sub-cent-amount = { $field } = { $value } comporte une fraction de centime : les montants sont en euros avec au plus 2 décimales ; écrivez { $below } ou { $above }
error-dates-out-of-order = { $field } : la date { $later } doit être après le { $earlier } ({ $what })
error-mission-before-contract = missions.{ $mission }.start = { $start } est avant la signature du contrat ({ $signed }) ; une mission commence le jour de la signature ou après
error-duplicate = { $field } : « { $name } » apparaît plusieurs fois ; chaque valeur ne doit figurer qu'une fois
error-unknown-mission = { $field } : mission « { $name } » inconnue{ $did_you_mean } ; valeurs admises : { $allowed }
error-tiers-not-ordered = indicateur « { $indicator } » : les paliers doivent avoir des seuils strictement { $order } et des montants non décroissants ; { $problem }
error-indicators-exceed-envelope = missions.{ $mission } : les indicateurs peuvent verser jusqu'à { $indicators_max } € mais l'enveloppe variable est de { $envelope } € ; le total de leurs montants ne doit pas dépasser l'enveloppe
error-overflow = dépassement de capacité en calculant { $what } ; les montants doivent rester inférieurs à 100 millions d'euros
error-year-out-of-range = year = { $year } n'est pas admis : le contrat compte les années 1 à { $years }
error-unknown-indicator = results : indicateur « { $indicator } » inconnu ; le contrat définit : { $known }
error-observation-kind = results.{ $indicator } : il faut { $expected }, pas { $got }
error-missing-mission-amount = aucun montant pour { $parameter } (mission { $mission }, taille { $taille }, version { $version }) : la valeur nationale n'est pas connue ; indiquez-la dans le contrat (missions.{ $mission }.{ $contract_field }), ou chargez la table nationale si vous disposez du texte officiel (`aci envelopes --template -o table.xlsx`, remplissez-la, puis `--envelopes table.xlsx` ; Python : Engine(envelopes="table.xlsx")), ou demandez une estimation indicative, qui n'est jamais le montant national (`--envelopes estimate` ; envelopes = "estimate" dans les [options] du scénario ; Python : Engine(envelopes="estimate"))
error-envelope-table = table nationale des enveloppes { $file } : { $problems }
error-missing-parameter = aucune valeur pour { $parameter } (taille { $taille }, version { $version }){ $hint }
error-did-you-mean = {" "}(vouliez-vous dire « { $name } » ?)
overflow-yearly-total = le total annuel
overflow-variable-part = une part variable
overflow-indicators-total = le total des indicateurs
overflow-proportional-indicator = un indicateur proportionnel
overflow-advance = une avance
overflow-line-after-termination = une ligne après la résiliation
overflow-estimated-envelope = une enveloppe estimée
overflow-cumulative-cash = la trésorerie cumulée
overflow-contract-total = le total du contrat
overflow-grown-population = une population projetée
overflow-population-growth-factor = un facteur de croissance de la population
overflow-forecast-cents = un montant de prévision en centimes
value-missing = (absent)
value-none = (aucun)
allowed-range = de { $min } à { $max }
allowed-amount = de 0 à 100000000 €
allowed-population = de 1 à { $max } habitants
allowed-one-or-more = 1 ou plus
allowed-dates-up-to-9999 = des dates jusqu'à l'an 9999
allowed-every-result = un résultat pour chaque indicateur et pour chaque mission sans indicateurs (option missing_observation = error)
allowed-engaged-missions = uniquement les missions que le contrat engage
expected-mission-indicators = les résultats des indicateurs de la mission
got-mission-share = un taux d'atteinte pour toute la mission
hint-operating-amount = {" "}; indiquez-la dans le contrat (operating_amount)
allowed-contract-years = de 1 à { $years } (années de contrat comptées depuis la signature : year = 1 va du { $signed } au { $anniversary })
allowed-terminated = une date après la signature ({ $signed }) et au plus tard à la fin de la dernière année du contrat ({ $end })
problem-version-not-in-rules = « { $version } » n'est pas dans les règles utilisées
what-letter-of-intent = la lettre d'intention est validée avant la signature du contrat
problem-taille-thresholds = les seuils doivent être positifs et strictement croissants, et valent { $bounds }
allowed-first-population-from = la date de signature ({ $signed }) ou une date antérieure : le premier chiffre est la population à la signature (retirez son `from`, et donnez à un chiffre ultérieur sa propre entrée, par exemple { $example })
allowed-later-population-from = une date postérieure à celle du chiffre précédent
what-population-order = les chiffres de population vont dans l'ordre des dates
allowed-at-least-one-figure = au moins un chiffre
allowed-no-crisis-indicators = aucun : sa part variable est versée quand l'ARS reconnaît une crise (results.crisis_recognised)
value-indicators = { $count } indicateurs
what-mission-end = une mission se termine après son début
what-mission-deployed = une mission est déployée le jour de son début ou après
allowed-unit-rate = de 0 à 1 (unit = rate)
allowed-unit-percent = de 0 à 100 (unit = percent)
allowed-unit-count = de 0 à 100000000 (unit = count)
allowed-required-for-kind = une valeur, obligatoire pour le type (kind) { $kind }
allowed-non-empty-id = un identifiant non vide
allowed-at-least-one-tier = au moins un palier
order-increasing = croissants
order-decreasing = décroissants
problem-baseline-target = la base (baseline) { $baseline } et la cible (target) { $target } ne vont pas dans le sens { $direction }
problem-tier-pair = palier { $first } (seuil { $first_threshold }, montant { $first_amount }) puis palier { $second } (seuil { $second_threshold }, montant { $second_amount })
expected-done = true ou false
expected-value = une valeur
allowed-probability = une probabilité de 0 à 1 avec au plus 18 décimales
allowed-share = un taux de 0 à 1
expected-value-distribution = une distribution de valeurs (fixed, uniform ou discrete)
got-probability-done = une probabilité de réalisation
expected-probability-done = une probabilité de réalisation ({ $example })
got-value-distribution = une distribution de valeurs
allowed-at-least-one-value = au moins une valeur
value-probabilities-sum = des probabilités dont la somme vaut { $total }
allowed-probabilities-sum = des probabilités dont la somme vaut exactement 1
allowed-uniform = min ≤ max et un pas (step) positif qui divise max − min
allowed-drawn-outcome = un résultat tiré
allowed-at-most-values = au plus 1000000 valeurs
value-too-many = trop nombreux
allowed-outcomes = au plus 1000000 résultats possibles
field-grown-population = population (année { $year }, projetée)
allowed-mission-without-indicators = une mission sans indicateurs, autre que crises_sanitaires (dont la part variable suit `crisis`)
decimal-french-form = « { $text } » n'est pas un nombre au format attendu : écrivez-le avec un point décimal et sans espaces, "{ $plain }"
decimal-percent = « { $text } » n'est pas un nombre au format attendu : les taux s'écrivent en fraction de 1, "{ $share }" pour { $text }
decimal-other = « { $text } » n'est pas un nombre (écrivez par exemple "1234.56")
decimal-unquoted = le nombre { $number } est écrit sans guillemets ; écrivez les nombres décimaux entre guillemets ("{ $number }") pour qu'ils restent exacts
expecting-decimal = un nombre décimal entre guillemets, par exemple "1234.56", ou un nombre entier
date-iso-form = « { $text } » n'est pas une date au format AAAA-MM-JJ ; écrivez "{ $date }"
date-no-month = « { $text } » n'est pas une date : il n'y a pas de mois { $month } ; écrivez AAAA-MM-JJ, par exemple "{ $example }"
date-no-day = « { $text } » n'est pas une date : le mois { $month } a les jours 1 à { $days } ; écrivez AAAA-MM-JJ, par exemple "{ $example }"
date-day-first = « { $text } » n'est pas une date au format AAAA-MM-JJ ; pour le { $long }, écrivez "{ $date }"
date-other = « { $text } » n'est pas une date ; écrivez AAAA-MM-JJ, par exemple "2023-03-01" pour le 1er mars 2023
date-empty = date vide
expecting-date = une date AAAA-MM-JJ
date-long = { $first ->
        [yes] 1er
       *[no] { $day }
    } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
observation-unquoted = le nombre { $number } est écrit sans guillemets ; écrivez-le entre guillemets ("{ $number }") pour qu'il reste exact
expecting-observation = true ou false pour un livrable, ou une valeur entre guillemets ("0.62") ou un nombre entier
population-list-inside = une liste à l'intérieur d'un chiffre de population
expecting-population = un nombre entier d'habitants sans guillemets, par exemple 55000
expecting-population-series = , ou des chiffres qui évoluent dans le temps : { $example }
population-negative = { $value } n'est pas un nombre d'habitants ; écrivez un nombre entier d'au moins 1, par exemple 55000
population-decimal-part = { $value } a une partie décimale ; écrivez le nombre d'habitants en nombre entier : { $whole }
population-not-whole = { $value } n'est pas un nombre entier ; écrivez le nombre d'habitants sans décimales, par exemple 55000
population-text-number = "{ $value }" est du texte ; écrivez le nombre d'habitants sans guillemets : { $number }
population-text = "{ $value }" n'est pas un nombre d'habitants ; écrivez un nombre entier sans guillemets, par exemple 55000
population-table = une table n'est pas une population ; écrivez un seul chiffre en nombre (55000), ou des chiffres avec leurs dates en liste : { $example }
envelope-cell-csv = ligne { $row }, colonne { $column }
envelope-cell-xlsx = feuille « { $sheet } », cellule { $cell }
envelope-header-csv = ligne { $row }
envelope-header-xlsx = feuille « { $sheet } », ligne { $row }
envelope-amount-how = écrivez les euros en chiffres avec au plus deux décimales, par exemple 90000 ou 90000,00
envelope-amount-empty = vide : indiquez le montant que le texte officiel fixe pour cette cellule
envelope-amount-mixed = « { $text } » mélange « . » et « , » : { $how }
envelope-amount-not = « { $text } » n'est pas un montant : { $how }
envelope-amount-decimals = « { $text } » a { $count } décimales : c'est ambigu (un séparateur de milliers ?) ; { $how }
envelope-amount-range = { $amount } n'est pas admis ; valeurs admises : de 0 à { $max } €
envelope-no-column = { $at } (l'en-tête) : pas de colonne { $missing } ; l'en-tête doit nommer les colonnes { $columns } (créez la table avec `aci envelopes --template`)
envelope-unknown-version = { $at } : version « { $version } » inconnue ; valeurs admises : { $allowed }
envelope-bad-taille = { $at } : la taille « { $taille } » n'est pas admise : écrivez 1, 2, 3 ou 4
envelope-bad-key = { $at } : « { $key } » n'est pas une clé de la table nationale ; valeurs admises : mission.<mission>.part_fixe, mission.<mission>.part_variable, mission.crises_sanitaires.part_fixe_premiere_annee (missions : { $missions })
envelope-not-a-cell = { $at } : { $key } n'est pas une cellule de la table pour { $version } (la mission n'existe pas dans cette version, ou n'a pas ce montant)
envelope-twice = { $at } : { $version } taille { $taille } { $key } est donné deux fois (la première fois en { $first }) ; gardez une seule ligne
envelope-at = { $at } : { $problem }
envelope-contradicts = { $at } : { $amount } contredit la valeur { $value } du texte primaire pour { $version } taille { $taille } { $key } ({ $provenance })
envelope-absent = { $count } { $one ->
        [yes] cellule du modèle n'a
       *[no] cellules du modèle n'ont
    } aucune ligne ({ $shown }) ; la table doit avoir toutes les lignes de `aci envelopes --template`
envelope-more = et { $count } autres problèmes
envelope-unsupported = type de fichier non pris en charge : la table doit être un fichier .csv ou .xlsx
envelope-cannot-read = lecture impossible : { $reason }
envelope-not-utf8 = ce n'est pas du texte UTF-8 ({ $reason }) ; enregistrez la table au format « CSV UTF-8 »
envelope-bad-csv = ce n'est pas une table CSV valide : { $reason }
envelope-empty-file = fichier vide : il faut un en-tête et une ligne par cellule
envelope-no-sheet = le classeur n'a aucune feuille
envelope-sheet-unreadable = feuille « { $sheet } » : lecture impossible : { $reason }
envelope-sheet-empty = la feuille « { $sheet } » est vide : il faut un en-tête et une ligne par cellule
envelope-cannot-write-csv = écriture du CSV impossible : { $reason }
rules-cannot-read = lecture impossible de { $path } : { $reason }
rules-format = attendu "{ $expected }", trouvé "{ $got }"
rules-no-version-file = un fichier de règles doit avoir au moins une version
rules-no-version-book = des règles doivent avoir au moins une version
rules-unknown-source = source « { $source } » inconnue
rules-overlap = { $date } chevauche la version « { $previous } » (en vigueur à partir du { $previous_date }) ; les versions doivent être listées dans l'ordre strictement croissant de in_force_from
rules-not-earlier-version = « { $parent } » n'est pas une version antérieure
rules-unknown-key = clé de paramètre « { $key } » inconnue
rules-drop-needs-inherits = drop exige inherits
rules-missing-threshold = paramètre taille.seuil absent pour la taille { $taille }
rules-taille-not-expected = taille = { $taille } est donnée, mais ce paramètre ne dépend pas de la taille
rules-taille-missing = taille absente : valeurs admises de { $min } à { $max }
rules-not-boolean = « { $value } » n'est ni true ni false
rules-allowed-money = de 0 à 100000000 €, avec au plus 2 décimales (centimes)
rules-allowed-count = un nombre entier de 1 à 10000000
rules-status-not-in-file = « { $status } » est attribué par le programme aux valeurs d'une table nationale fournie par l'utilisateur (--envelopes) ou de l'estimation, pas dans un fichier de règles ; valeurs admises : primary, secondary, contract, negotiation, this_contract
cli-error = erreur : { $message }
cli-warning = avertissement : { $warning }
cli-problems-above = des problèmes ont été trouvés (voir ci-dessus)
cli-unreadable-above = un fichier n'a pas pu être lu (voir ci-dessus)
cli-folder = impossible de lire { $path } : c'est un dossier ; donnez le fichier qu'il contient (par exemple { $path }/plan.toml)
cli-not-utf8 = { $path } : ce n'est pas un fichier texte (il n'est pas en UTF-8) ; un scénario ou un fichier de règles est un texte TOML ou JSON, enregistré en UTF-8
cli-cannot-read = impossible de lire { $path } : { $reason }
cli-cannot-write-output = impossible d'écrire la sortie : { $reason }
cli-cannot-write = impossible d'écrire { $path } : { $reason }
cli-no-scenario = impossible de lire { $name } : ce fichier n'existe pas, et aucun exemple fourni ne porte ce nom{ $did_you_mean } (voir `aci example`)
cli-scenario-extension = { $path } : un fichier de scénario est en TOML (.toml), en JSON (.json) ou un classeur Excel (.xlsx), pas en .{ $extension } ; renommez-le s'il est dans l'un de ces formats, ou partez de `aci example urban-taille3 > plan.toml` ou de `aci new --xlsx plan.xlsx`
cli-no-example = aucun exemple ne s'appelle « { $name } » ; exemples fournis : { $names }
cli-year-not-simulated = --year { $year } : la simulation a les années 1 à { $years }
cli-unknown-line = --line { $key } : ligne inconnue ; cette année a : { $keys }
cli-line-not-in-year = --line { $key } : cette ligne n'existe pas pour l'année { $year }
cli-payment-not-a-date = --payment { $arg } : il faut une date AAAA-MM-JJ, suivie si besoin de :FLUX (par exemple 2025-03-01:fonctionnement)
cli-no-payment-on = --payment { $arg } : aucun paiement le { $date } ; dates de paiement : { $dates }
cli-no-payment-of = --payment { $arg } : aucun paiement de « { $key } » le { $date } ; cette date paie : { $keys }
cli-explain-needs = explain demande --year N ou --payment DATE
cli-unknown-version = --version { $version } : inconnue ; versions fournies : { $ids }
cli-output-needs-template = --output va avec --template (la table à remplir)
cli-no-envelopes-file = --envelopes { $file } : ce fichier n'existe pas (donnez une table remplie, .csv ou .xlsx, ou le mot `{ $estimate }`)
cli-unknown-extension = extension .{ $extension } inconnue
cli-no-extension = pas d'extension
cli-or = { $list } ou { $last }
cli-bad-extension = { $option } { $path } : { $what } ; le format vient de l'extension : { $allowed }
cli-xlsx-needs-file = --format xlsx demande -o FICHIER.xlsx : un classeur ne peut pas aller sur la sortie standard
cli-format-contradicts = --format { $format } contredit -o { $path }, dont l'extension signifie { $extension_format } : retirez --format ou changez l'extension
cli-output-is-input = { $option } { $path } est { $input } { $input_path }, une entrée de cette commande : elle n'est jamais écrasée ; choisissez un autre fichier de sortie
cli-the-scenario = le scénario
cli-same-output = { $option } { $path } et { $other } { $other_path } sont le même fichier ; donnez à chaque sortie son propre fichier
check-note-reads-first = les règles du contrat sont vérifiées une fois le fichier lisible
check-count = { $errors } erreur(s), { $warnings } avertissement(s)
check-format = format = "{ $format }" : il faut "{ $expected }"
check-year-twice = years[{ $index }].year = { $year } apparaît plusieurs fois
check-in-year = { $message } (année de contrat { $year })
check-in-years = { $message } ({ $years })
check-year = année de contrat { $year }
check-year-range = années de contrat { $first } à { $last }
check-year-list = années de contrat { $years }
reading-at = { $path } :{" "}
reading-duplicate-key = clé `{ $key }` en double : chaque clé s'écrit une seule fois dans sa table ; gardez la bonne ligne et supprimez l'autre
reading-syntax = syntaxe incorrecte (message du lecteur { $format }, en anglais) : { $message }
reading-unknown-field = { $at }champ inconnu{ $did_you_mean } ; champs admis ici : { $allowed }
reading-missing-field = { $at }absent ; ajoutez-le{ $example }
reading-unknown-value = { $at }valeur « { $name } » inconnue{ $did_you_mean } ; valeurs admises : { $allowed }
reading-not-accepted = { $at }{ $got } n'est pas accepté ici : il faut { $expected }{ $example }
reading-example-line = , par exemple { $line }
reading-example-table = , une table { $table } (voir `aci example { $example }`)
expected-whole-number = un nombre entier, sans guillemets ni décimales
expected-boolean = true ou false, sans guillemets
expected-text = du texte entre guillemets
expected-list = une liste, [ … ]
expected-table = une table, {"{"} … {"}"}
got-string = le texte { $value }
got-integer = le nombre entier { $value }
got-float = le nombre à virgule { $value }
got-boolean = la valeur { $value }
got-sequence = une liste
got-map = une table
py-float = { $field } : un float a été passé ; les floats perdent des centimes, il faut des valeurs exactes : passez un decimal.Decimal (par exemple Decimal("1234.56")), un int ou une chaîne
py-at-row = ligne { $row }{ $context } : { $message }
py-field = { $field } : { $problem }
py-unknown-field = champ « { $name } » inconnu{ $did_you_mean } ; champs admis ici : { $allowed }
py-missing-field = le champ « { $name } » manque ; ajoutez-le
py-unknown-variant = valeur « { $name } » inconnue{ $did_you_mean } ; valeurs admises : { $allowed }
py-unknown-option = option « { $name } » inconnue ; valeurs admises : { $allowed }
py-options-type = options : il faut un objet Options ou un dictionnaire
py-not-finite = { $field } = { $value } n'est pas un nombre fini
py-expected-decimal = { $field } : il faut un decimal.Decimal, un int ou une chaîne, pas un { $type }
py-nat = { $field } : NaT (not a time) n'est pas une date ; omettez le champ quand il n'y en a pas
py-datetime = { $field } : il faut un datetime.date, pas un datetime ; passez value.date()
py-expected-date = { $field } : il faut un datetime.date ou 'AAAA-MM-JJ', pas un { $type }
py-time-of-day = { $field } : { $value } a une heure ; passez une date (value.date(), ou dt.normalize() sur une colonne pandas)
py-date-range = { $field } : { $value } n'est pas une date des années 1 à 9999
py-expected-int = { $field } : il faut un nombre entier (int), pas un { $type }
py-not-whole = { $field } = { $value } n'est pas un nombre entier
py-zero-or-more = 0 ou plus
py-cannot-use = { $path } : une valeur de type { $type } ne peut pas servir ici
py-value = valeur
py-keys-strings = { $path } : les clés doivent être des chaînes, pas un { $type }
py-expected-mapping = il faut un dictionnaire, pas un { $type }
py-thresholds = thresholds : il faut trois nombres entiers (les bornes inférieures des tailles 2, 3 et 4)
py-lang = lang = { $lang } n'est pas une langue d'aci : utilisez "fr" ou "en"
py-no-such-file = impossible de lire { $path } : ce fichier n'existe pas{ $hint }
py-no-example-hint = , et aucun exemple fourni ne porte ce nom (exemples fournis : { $names })
py-no-payment-on = aucun paiement le { $date } ; dates de paiement : { $dates }
py-no-payment-of = aucun paiement de « { $key } » le { $date } ; cette date paie : { $keys }
## Les barres du graphique. $what : le fonctionnement, une mission ou la lettre d'intention.
chart-bar = { $what }, { $quarter } : { $amount } €
chart-quarter = T{ $quarter } { $year }
## Le classeur de scénario à remplir (aci new --xlsx ; lu par aci simulate/check plan.xlsx).
xlsx-in-sheet-contract = Contrat
xlsx-in-sheet-population = Population
xlsx-in-sheet-missions = Missions
xlsx-in-sheet-indicators = Indicateurs
xlsx-in-sheet-results = Résultats attendus
xlsx-in-field = Champ
xlsx-in-value = Valeur
xlsx-in-yes = oui
xlsx-in-no = non
xlsx-in-name = Nom de la CPTS
xlsx-in-name-note = Obligatoire. Le nom de la CPTS tel que le contrat l'écrit.
xlsx-in-signed = Date de signature
xlsx-in-signed-note = Obligatoire. La date de signature du contrat ACI : les années de contrat courent de cette date à chaque anniversaire.
xlsx-in-letter = Validation de la lettre d'intention
xlsx-in-letter-note = Facultatif. La date à laquelle l'ARS valide la lettre d'intention (l'avenant 2 verse alors un montant).
xlsx-in-population = Population couverte
xlsx-in-population-note = Obligatoire, ici ou sur la feuille Population (chiffres dans le temps). Le nombre d'habitants couverts à la signature, un nombre entier : il fixe la taille de la CPTS.
xlsx-in-population-series-note = Le nombre d'habitants couverts à partir de la date de la ligne, un nombre entier. Ne remplissez cette feuille que si la population change pendant le contrat (laissez alors vide la population de la feuille Contrat).
xlsx-in-from = À partir du
xlsx-in-from-note = La date à partir de laquelle le chiffre compte. Le premier chiffre est la population à la signature : laissez sa date vide, ou donnez une date au plus tard à la signature.
xlsx-in-years = Durée du contrat (années)
xlsx-in-years-note = Facultatif. Vide : la durée des règles (5 ans).
xlsx-in-operating = Montant de fonctionnement propre au contrat (€ par an)
xlsx-in-operating-note = Facultatif. Le montant annuel de fonctionnement que fixe votre contrat ; vide : le barème national.
xlsx-in-operating-clause = Clause du montant de fonctionnement
xlsx-in-clause-note = Facultatif. La clause du contrat d'où viennent les montants (reprise dans les explications).
xlsx-in-terminated = Date de résiliation
xlsx-in-terminated-note = Facultatif. Seulement si le contrat prend fin avant son terme : les avances de l'année en cours sont reversées au prorata temporis.
xlsx-in-title = Titre du scénario
xlsx-in-title-note = Facultatif. Vos propres mots, repris avec les résultats.
xlsx-in-description = Description
xlsx-in-opt-boundary = Option : population égale à un seuil
xlsx-in-opt-proration = Option : unité du prorata
xlsx-in-opt-uplift = Option : lecture de la majoration de l'avenant 2
xlsx-in-opt-version-date = Option : date qui choisit la version de l'accord
xlsx-in-opt-prorate-variable = Option : proratiser aussi la part variable
xlsx-in-opt-missing-observation = Option : résultat non renseigné
xlsx-in-opt-envelopes = Option : enveloppes nationales non sourcées
xlsx-in-option-note = Facultatif : un choix là où les textes se taisent ; vide : le choix par défaut (voir la documentation et `aci explain`).
xlsx-in-variable-delay = Parts variables versées après (mois)
xlsx-in-variable-delay-note = Facultatif. Les mois entre la fin d'une année de contrat et le versement de ses parts variables ; vide : 0.
xlsx-in-mission = Mission
xlsx-in-mission-note = Obligatoire. La mission engagée, une ligne chacune.
xlsx-in-start = Début
xlsx-in-start-note = Obligatoire. La date de début de la mission (à la signature ou après). Calendrier ACI : accès aux soins et crises dans les 6 mois de la signature, parcours et prévention dans les 12.
xlsx-in-end = Fin
xlsx-in-end-note = Facultatif. Seulement si la mission s'arrête avant la fin du contrat (le lendemain de son dernier jour).
xlsx-in-deployed = Déploiement complet
xlsx-in-deployed-note = Facultatif. La date à laquelle la mission est (ou sera) complètement déployée, comparée au calendrier ACI.
xlsx-in-fixed = Part fixe propre au contrat (€ par an)
xlsx-in-fixed-note = Facultatif. La part fixe annuelle (moyens) que fixe votre contrat ; vide : le barème national.
xlsx-in-fixed-first-year = Part fixe de la première année (€)
xlsx-in-fixed-first-year-note = Facultatif. La part fixe de la mission crises pour sa première année (le plan de crise), si votre contrat la fixe.
xlsx-in-variable = Part variable propre au contrat (€ par an)
xlsx-in-variable-note = Facultatif. La part variable annuelle (actions et résultats) à atteinte complète ; vide : le barème national.
xlsx-in-clause = Clause du contrat
xlsx-in-indicator-mission-note = Obligatoire. La mission de l'indicateur : l'une de la feuille Missions.
xlsx-in-indicator = Indicateur
xlsx-in-indicator-note = Obligatoire. Un nom court de votre choix, sans espaces (ex. depistage_sein), unique dans le contrat : la feuille des résultats le reprend.
xlsx-in-label = Libellé
xlsx-in-label-note = Facultatif. L'indicateur tel que le contrat le formule.
xlsx-in-kind = Type
xlsx-in-kind-note = Obligatoire. binary : un livrable fait ou non (remplissez Montant) ; tiered : des paliers qui versent chacun un montant (remplissez Sens et les paliers) ; proportional : versé au prorata entre une valeur de départ et une cible (remplissez Sens, Valeur de départ, Cible, Montant).
xlsx-in-direction = Sens
xlsx-in-direction-note = Paliers et proportionnel : rising si la valeur doit monter (un taux de dépistage), falling si elle doit baisser (des patients sans médecin traitant).
xlsx-in-unit = Unité
xlsx-in-unit-note = Facultatif. rate : une part de 0 à 1 (écrivez 0,52, pas 52 %) ; percent : de 0 à 100 ; count (par défaut) : un nombre de personnes, d'actes…
xlsx-in-amount = Montant (€)
xlsx-in-amount-note = Livrable et proportionnel : le montant versé à atteinte complète, en euros.
xlsx-in-baseline = Valeur de départ
xlsx-in-baseline-note = Proportionnel : la valeur qui ne verse rien.
xlsx-in-target = Cible
xlsx-in-target-note = Proportionnel : la valeur qui verse le montant complet.
xlsx-in-between = Entre deux paliers
xlsx-in-between-note = Paliers, facultatif. step (par défaut) : le plus haut palier atteint verse son montant ; linear : linéaire entre les montants des deux paliers qui encadrent la valeur.
xlsx-in-tier-threshold = Palier { $n } : seuil
xlsx-in-tier-amount = Palier { $n } : montant (€)
xlsx-in-tier-note = Paliers : la valeur à atteindre et le montant qu'elle verse, du palier le plus facile au plus difficile.
xlsx-in-result-kind = Ce qui est mesuré
xlsx-in-result-kind-note = Obligatoire. indicators : un indicateur de la feuille Indicateurs ; missions : la part d'atteinte (de 0 à 1) d'une mission sans indicateur ; crisis_recognised : si l'ARS a reconnu une crise sanitaire grave (oui ou non).
xlsx-in-result-id = Indicateur ou mission
xlsx-in-result-id-note = L'indicateur (son nom court) ou la mission ; vide pour crisis_recognised.
xlsx-in-result-year = Année { $year }
xlsx-in-result-year-note = Ce que vous attendez pour l'année de contrat { $year } : oui ou non pour un livrable, la valeur pour un indicateur à paliers ou proportionnel, la part de 0 à 1 pour une mission. Vide : rien d'atteint (0 €).
xlsx-in-note-date = Tapez une date (ex. 15/04/2023), ou 2023-04-15.
xlsx-in-note-choices = Valeurs permises : { $values }.
xlsx-in-err-date-as-text = « { $value } » est du texte, pas une date : tapez-la dans une cellule au format date, ou écrivez { $iso } (année-mois-jour) s'il s'agit de jour/mois/année
xlsx-in-err-not-a-date = « { $value } » n'est pas une date : tapez une date (ex. 15/04/2023), ou écrivez-la année-mois-jour (2023-04-15)
xlsx-in-err-not-a-number = « { $value } » n'est pas un nombre : tapez le nombre seul, sans texte ni unité (ex. 50000,50)
xlsx-in-err-not-whole = « { $value } » n'est pas un nombre entier : tapez-le sans décimales (ex. 55000)
xlsx-in-err-not-yes-no = « { $value } » : écrivez oui ou non
xlsx-in-err-not-allowed = « { $value } » n'est pas permis ici{ $hint } ; valeurs permises : { $allowed } (choisissez dans la liste de la cellule)
xlsx-in-err-required = { $field } est vide : remplissez-le (obligatoire)
xlsx-in-err-unknown-mission = la mission « { $value } » n'est pas sur la feuille { $sheet } ; missions engagées : { $allowed } (ajoutez-la sur cette feuille, ou choisissez l'une de celles-ci)
xlsx-in-err-duplicate-row = { $what } est déjà donné en { $cell } : gardez une seule ligne
xlsx-in-err-no-sheet = le classeur n'a pas de feuille { $sheet } (feuilles : { $sheets }) ; partez du classeur de `aci new --xlsx plan.xlsx`
xlsx-in-err-unreadable = impossible de lire le classeur : { $error }
xlsx-in-err-no-keys = la ligne { $row } (masquée) a perdu ses clés de champ : repartez du classeur de `aci new --xlsx plan.xlsx` et recopiez-y vos valeurs
xlsx-in-err-population-twice = la population est donnée ici et sur la feuille { $sheet } : n'en gardez qu'une
xlsx-in-err-id-with-crisis = crisis_recognised ne nomme ni indicateur ni mission : videz cette cellule
xlsx-in-did-you-mean = {" "}(vouliez-vous dire « { $name } » ?)
xlsx-in-written = { $file } est écrit. Remplissez-le (chaque en-tête porte une note qui dit quoi écrire), puis lancez :

## aci new : la création guidée d'un scénario sur un terminal.
new-no-terminal = aci new pose ses questions sur un terminal, et il n'y en a pas ici. Sans terminal, donnez { $missing } (et --letter DATE si une lettre d'intention est validée) ; ou écrivez un classeur à remplir avec --xlsx plan.xlsx
new-intro = Un nouveau scénario ACI CPTS : quelques questions (Entrée garde la valeur entre crochets).
new-ask-name = Nom de la CPTS
new-ask-signed = Date de signature du contrat ACI (JJ/MM/AAAA ou AAAA-MM-JJ)
new-ask-letter = Date de validation de la lettre d'intention par l'ARS (vide : aucune)
new-ask-population = Population couverte (habitants)
new-taille = → taille { $taille } ({ $population } habitants, { $version })
new-ask-mission = Engager la mission { $mission }{ $mandatory } ?
new-mandatory = {" "}(obligatoire)
new-ask-start = {"  "}sa date de début (calendrier ACI : dans les { $months } mois de la signature)
new-ask-start-free = {"  "}sa date de début
new-ask-amount = { $what } : les règles n'ont pas de montant pour la taille { $taille } ({ $version }) ; le montant de votre contrat, en euros
new-fixed-first-year = Part fixe de la première année de { $mission }
new-ask-achievement = Atteinte attendue des missions pour l'année de contrat { $year }, de 0 à 1 (1 : tout atteint)
new-ask-output = Fichier à écrire (.toml, ou .xlsx pour Excel)
new-written = { $file } est écrit. Ensuite :
new-bad-date = « { $value } » n'est pas une date : écrivez-la JJ/MM/AAAA (ex. 15/04/2023) ou AAAA-MM-JJ
new-bad-population = « { $value } » n'est pas un nombre d'habitants : écrivez un nombre entier, espaces permis (ex. 55000 ou 55 000), sans « , » ni « . »
new-bad-share = « { $value } » n'est pas une part de 0 à 1 : écrivez par ex. 0,8 pour 80 %
new-bad-amount = « { $value } » n'est pas un montant en euros : écrivez par ex. 50000 ou 50 000,50
new-bad-output = « { $value } » : le nom du fichier se termine par .toml ou .xlsx
new-bad-name = le nom ne peut pas être vide
new-before-signature = { $date } est avant la signature ({ $signed }) : une mission commence à la signature ou après
new-toml-header = Scénario écrit par `aci new`. Vérifiez-le avec `aci check`, lancez-le avec `aci simulate` ; chaque champ est décrit par `aci schema` et les exemples de `aci example`.
new-toml-mission = Mission { $mission } : début le { $start }. Pour payer la part variable par indicateurs, ajoutez des tables [[contract.missions.indicators]] (voir `aci example urban-taille3`).
new-toml-amounts = Montants de votre contrat (les règles n'en ont pas pour cette taille).
new-toml-years = Atteinte attendue de chaque mission, par année de contrat (de 0 à 1).

## aci new : les indicateurs d'une mission.
new-ask-indicators = Combien d'indicateurs paient la part variable de { $mission } ? (0 : sa part d'atteinte chaque année)
new-ask-indicator-id = {"  "}son identifiant (minuscules, chiffres, _)
new-ask-indicator-label = {"  "}ce qu'il mesure, en mots (vide : rien)
new-ask-indicator-kind = {"  "}son type : binary (un livrable, fait ou non), tiered (des montants par paliers) ou proportional (entre une base et une cible)
new-ask-indicator-amount = {"  "}le montant qu'il paie une fois atteint, en euros
new-ask-indicator-direction = {"  "}son sens : rising (la valeur doit monter) ou falling (elle doit baisser)
new-ask-indicator-unit = {"  "}son unité : count (un nombre), percent (de 0 à 100) ou rate (de 0 à 1)
new-ask-indicator-tiers = {"  "}ses paliers, seuil:montant séparés par ; dans l'ordre où ils sont atteints (ex. 40:5000; 60:10000)
new-ask-indicator-baseline = {"  "}sa base (la valeur qui ne paie rien)
new-ask-indicator-target = {"  "}sa cible (la valeur qui paie tout le montant)
new-ask-indicator-done = Indicateur { $id } : livré en année de contrat { $year } ? (oui/non)
new-ask-indicator-result = Indicateur { $id } : le résultat attendu en année de contrat { $year }
new-indicator-refused = Cet indicateur ne peut pas servir : { $problem }. Ses questions à nouveau :
new-bad-count = « { $value } » n'est pas un nombre d'indicateurs : écrivez un nombre entier de 0 à 30
new-bad-indicator-id = « { $value } » n'est pas un identifiant : minuscules sans accents, chiffres et _ seulement (ex. depistage_sein)
new-indicator-id-taken = « { $value } » nomme déjà un indicateur de ce contrat : choisissez-en un autre
new-bad-indicator-kind = « { $value } » n'est pas un type : écrivez binary, tiered ou proportional
new-bad-indicator-direction = « { $value } » n'est pas un sens : écrivez rising ou falling
new-bad-indicator-unit = « { $value } » n'est pas une unité : écrivez count, percent ou rate
new-bad-tiers = « { $value } » n'est pas une liste de paliers : écrivez des paires seuil:montant séparées par ; (ex. 40:5000; 60:10000)
new-bad-value = « { $value } » n'est pas un nombre : écrivez par ex. 62 ou 62,5
## --- `aci serve` (#16) ---
serve-listening = aci serve : ouvrez { $url } dans un navigateur (Ctrl-C pour arrêter)
serve-stopped = aci serve : arrêté
serve-cannot-listen = impossible d'écouter sur { $address } : { $reason }
serve-not-found = rien à l'adresse { $path } : l'API est sous /api/v1 (sa description : /api/v1/openapi.json)
serve-method-not-allowed = { $path } n'accepte pas cette méthode : voir /api/v1/openapi.json pour la méthode de chaque route
serve-body-refused = le corps de la requête est refusé ({ $reason }) ; un corps fait au plus { $limit } octets
serve-media-type = impossible de lire un corps de type { $type } : envoyez un scénario en application/json ou application/toml
serve-not-utf8 = le corps n'est pas du texte UTF-8 : envoyez le scénario en texte JSON ou TOML
serve-missing-parameter = le paramètre { $name } manque : ajoutez ?{ $name }=… à l'adresse
serve-bad-parameter = { $name } = { $value } n'est pas admis : valeurs admises : { $allowed }
serve-too-many-draws = draws = { $draws } : une prévision par HTTP compte au plus { $max } tirages ; lancez `aci forecast` pour davantage
serve-timeout = la requête a duré plus de { $seconds } s et a été arrêtée
serve-internal = le serveur n'a pas pu répondre à cette requête (un défaut : merci de le signaler avec la requête)
serve-page-title = Simulateur du financement ACI des CPTS
serve-page-intro = Décrivez votre CPTS pas à pas : le financement de chaque année du contrat, les versements et leurs sources se mettent à jour au fil de la saisie.
serve-page-language = Langue
serve-page-start = Partir de
serve-page-blank = un scénario vierge
serve-page-open-file = Ouvrir un fichier de scénario (TOML ou JSON)
serve-page-step-cpts = 1. La CPTS
serve-page-name = Nom de la CPTS
serve-page-population = Population couverte (habitants)
serve-page-taille = Taille
serve-page-step-dates = 2. Dates
serve-page-signed = Signature du contrat
serve-page-letter = Lettre d'intention validée par l'ARS le (facultatif)
serve-page-step-missions = 3. Missions
serve-page-missions-hint = Les dates de début sont proposées selon le calendrier de l'ACI à partir de la signature ; modifiez-les si votre contrat dit autre chose. Laissez un montant vide pour utiliser le montant national des règles.
serve-page-engaged = engagée
serve-page-mandatory = obligatoire
serve-page-optional = facultative
serve-page-mission-start = Début
serve-page-fixed = Part fixe annuelle (€, facultatif)
serve-page-variable = Part variable annuelle (€, facultatif)
serve-page-step-results = 4. Résultats attendus par année de contrat
serve-page-results-hint = Part de la part variable de chaque mission qu'on s'attend à atteindre (de 0 à 100 %).
serve-page-year = Année
serve-page-results = Résultats
serve-page-funding = Financement par année de contrat
serve-page-line = Ligne
serve-page-total = Total
serve-page-payments = Versements
serve-page-date = Date
serve-page-amount = Montant (€)
serve-page-cumulative = Cumul (€)
serve-page-calendar = Années civiles
serve-page-paid = Versé (€)
serve-page-accrued = Acquis (€)
serve-page-chart = Versements par mission
serve-page-warnings = Avertissements
serve-page-problems = Le scénario ne peut pas encore être calculé
serve-page-explanation = Explication
serve-page-click-hint = Cliquez sur un montant pour voir son calcul et ses sources.
serve-page-formula = Calcul
serve-page-inputs = Données
serve-page-sources = Sources
serve-page-close = Fermer
serve-page-download = Télécharger
serve-page-download-scenario = le scénario (TOML)
serve-page-download-xlsx = les résultats (Excel)
serve-page-download-csv = les versements (CSV pour Excel en français)
serve-page-download-json = les résultats (JSON)
serve-page-total-funding = Financement total du contrat
serve-page-indicators-kept = Ce scénario comporte des indicateurs : ils sont conservés tels quels, et les résultats attendus ci-dessous valent pour les missions sans indicateur.
serve-page-crisis = Crise sanitaire grave reconnue par l'ARS
serve-page-part = Nature
serve-page-flow = Objet
serve-page-contract-year = Année de contrat
serve-page-status = statut
serve-page-working = Calcul en cours…
## --- aci report (#17): the achievement report, its open data and the portfolio ---
report-title = { $cpts } — rapport d'engagements et de résultats
report-period-year = Année de contrat { $year } (du { $start } au { $end })
report-period-all = Années de contrat { $first } à { $last }
report-generated = Produit par aci { $version } à partir du scénario « { $origin } ». Chaque montant est celui que le moteur calcule selon l'ACI CPTS (accord du 20 juin 2019 et avenant 2) ; les mêmes données sont disponibles en open data (aci report -o rapport.json ou .csv).
report-estimate-banner = Attention : certaines enveloppes sont des estimations indicatives, pas des montants nationaux (voir les hypothèses).
report-cpts = La CPTS
report-signed = Contrat signé le
report-terminated = Contrat résilié le
report-taille = Taille
report-population = Population couverte
report-version = Version de l'accord
report-habitants = { $population } habitants
report-missions = Les missions et le calendrier de l'ACI
report-col-mission = Mission
report-col-start = Début
report-col-deployed = Déploiement
report-col-state = État au { $date }
report-col-calendar = Calendrier de l'ACI
report-state = { $state ->
        [not_started] pas commencée
        [started] commencée
        [deployed] déployée
       *[ended] terminée
    }
report-on-time = dans les délais
report-starts-late = début en retard (échéance du { $deadline })
report-deployed-late = déploiement en retard (échéance du { $deadline })
report-indicators = Indicateurs, résultats et montants
report-result-indicators = Indicateurs de résultat
report-action-indicators = Indicateurs d'action
report-result-intro = Ils mesurent un résultat pour les patients ou la population.
report-action-intro = Ils mesurent une action ou un livrable de la CPTS (sauf mention contraire dans le scénario, un indicateur est classé ici).
report-none = Aucun.
report-col-indicator = Indicateur
report-col-measures = Ce qu'il mesure
report-col-direction = Sens
report-col-objective = Objectif et paliers
report-col-result = Résultat
report-col-tier = Palier atteint
report-col-earned = Montant obtenu
report-col-max = Sur un maximum de
report-col-trend = Évolution
report-col-year = Année
report-direction = { $direction ->
        [falling] doit baisser
       *[rising] doit augmenter
    }
report-tiers-reached = { $reached } sur { $count }
report-done = { $done ->
        [true] réalisé
       *[false] non réalisé
    }
report-not-given = non renseigné
report-not-applicable = sans objet cette année
report-mission-share = Atteinte de la mission, de 0 à 1, appréciée par la CPAM
report-crisis = Crise sanitaire grave reconnue par l'ARS
report-binary-objective = livrable réalisé
report-proportional-objective = de { $baseline } (rien) à { $target } (tout)
report-mission-variable = Part variable de la mission : { $paid } versés sur une enveloppe de { $envelope }
report-funding = Le financement de l'année { $year } et son origine
report-col-line = Ligne
report-col-amount = Montant
report-col-source = Origine des valeurs
report-source-none = —
report-total = Total
report-assumptions = Hypothèses
report-options = Options de calcul retenues
report-warnings = Points d'attention (valeurs qui ne sont pas du texte officiel, estimations, retards)
report-no-warnings = Aucun point d'attention.
report-usagers = Pour les usagers, en bref
report-usagers-intro = { $cpts } est une communauté professionnelle territoriale de santé : les professionnels de santé d'un territoire de { $population } habitants qui s'organisent ensemble. L'Assurance Maladie la finance selon des engagements vérifiés chaque année.
report-usagers-committed = Ses engagements mesurés chaque année : { $count }. Voici où elle en est en { $period } :
report-usagers-verdict = { $verdict ->
        [reached] objectif atteint
        [partly] objectif atteint en partie
        [missed] objectif non atteint
        [not_applicable] pas encore évalué
       *[unknown] résultat non renseigné
    }
report-usagers-money = Pour l'année de contrat { $year }, elle reçoit { $total } au titre de son fonctionnement et de ses missions.
report-amount = { $amount } €
report-portfolio-title = Portefeuille de CPTS
report-portfolio-intro = { $count } CPTS côte à côte. Cliquez sur un en-tête de colonne pour trier le tableau.
report-col-cpts = CPTS
report-col-funding-year = Année { $year }
report-col-total = Total
report-col-on-target = Indicateurs à l'objectif
report-col-late = Missions en retard
report-col-achievement = { $mission } (part variable / enveloppe)
report-portfolio-funding = Financement par année de contrat
report-portfolio-achievement = Atteinte par mission (dernière année du rapport)
report-recognised = { $recognised ->
        [true] reconnue
       *[false] non reconnue
    }
report-bad-extension = -o { $file } : le format du rapport se lit à l'extension : .html, .pdf, .json, .csv, ou .xlsx (le portefeuille)
report-no-chromium = un rapport PDF est imprimé par Chromium, introuvable ici : installez-le (Debian : apt-get install chromium), ou nommez le programme avec ACI_CHROMIUM=/chemin/vers/chrome ; ou écrivez -o rapport.html et imprimez-le depuis un navigateur
report-pdf-failed = PDF : { $program } n'a pas imprimé le rapport : { $error }
