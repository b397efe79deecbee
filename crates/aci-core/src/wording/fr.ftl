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
