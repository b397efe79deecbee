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
status-this-contract = clause de ce contrat
status-user-table = table nationale fournie par l'utilisateur
status-estimate = estimation indicative, pas un montant national

## Les barres du graphique. $what : le fonctionnement, une mission ou la lettre d'intention.
chart-bar = { $what }, { $quarter } : { $amount } €
chart-quarter = T{ $quarter } { $year }

## Ce que signifie chaque option (les choix là où les textes se taisent).
option-boundary-as_worded = comme les sources formulent les tranches : taille 1 en dessous de 40 000, taille 2 de 40 000 à 80 000 inclus, taille 3 jusqu'à 175 000 inclus, taille 4 au-delà
option-boundary-lower_inclusive = une population égale à un seuil relève de la taille supérieure
option-boundary-upper_inclusive = une population égale à un seuil relève de la taille inférieure
option-proration-days = jours d'activité / jours de l'année de contrat
option-proration-months = mois d'activité / 12 (un mois compte si la mission est active son dernier jour)
option-uplift-one_off = la majoration de 75 % ne relève que le montant de fonctionnement d'avant les missions (une fois)
option-uplift-annual = la majoration de 75 % relève chaque montant de fonctionnement sous l'avenant 2
option-version_date-year_start = la version en vigueur le premier jour de l'année de contrat la régit
option-version_date-year_end = la version en vigueur le dernier jour de l'année de contrat la régit
option-prorate_variable-true = les parts variables sont proratisées comme les parts fixes
option-prorate_variable-false = les parts variables ne sont pas proratisées
option-missing_observation-zero = un indicateur sans résultat constaté rapporte 0 € et est signalé comme manquant
option-missing_observation-error = un indicateur sans résultat constaté est une erreur
option-envelopes-rule_data = montants nationaux des missions pris seulement dans les données de règles en usage (livrées, --rules, ou une table nationale chargée par --envelopes) ; aucun n'est estimé
option-envelopes-estimate = les montants nationaux des missions absents des données de règles sont des estimations indicatives (docs/estimate.md), jamais des montants nationaux
