# English wording of aci. Every message id is listed in id.rs; a translation is a copy of this
# file with the text after each `=` translated (the tests check each catalogue has every id).
# Arguments arrive as text, in the form of the library's Display (amounts 1234.50, dates
# YYYY-MM-DD). `{" "}` keeps a leading space; `{""}` is an empty variant.

## Lines of a contract year. $mission: the mission's label.
item-operating = Fonctionnement
item-operating-uplift-difference = Fonctionnement — différence avenant 2
item-fixed = { $mission } — part fixe
item-variable = { $mission } — part variable

## Payments: what a payment is for, and which part of the line it pays.
flow-letter-of-intent = Lettre d'intention
part-in-full = in full
part-advance = advance
part-balance = balance
part-repayment = repayment

## Missions, as the agreement names them.
mission-acces_aux_soins = Accès aux soins
mission-parcours = Parcours pluriprofessionnels
mission-prevention = Prévention
mission-crises_sanitaires = Crises sanitaires graves
mission-qualite_pertinence = Qualité et pertinence
mission-accompagnement_professionnels = Accompagnement des professionnels

## Why a line does not apply, in a few words.
na-not-engaged = not engaged
na-not-started = not started
na-ended = ended { $date }
na-not-in-version = not in version

## A contract year's warnings. $tag: the status tag of an estimate ([E]).
year-warning-mission-not-in-version = mission { $mission } does not exist under { $version }; nothing is due for it
year-warning-estimated-envelope = { $item } taille { $taille } ({ $version }): envelope { $envelope } € is an indicative estimate [{ $tag }] (range { $low } – { $high } €), not the national amount
year-warning-above-ceiling = total { $total } € is above the maximum yearly total of taille { $taille } under { $version } ({ $ceiling } €)

## A simulation's warnings. $years: the contract years, joined with ", ".
warning-mission-starts-late = mission { $mission } starts on { $start }, after the ACI deadline of { $deadline } ({ $months } months after signature)
warning-mission-deployed-late = mission { $mission } is deployed on { $deployed }, after the ACI deadline of { $deadline } ({ $months } months after signature)
warning-mandatory-mission-missing = mission { $mission } is mandatory under { $version } (from year { $from_year }) but not engaged
# $has_taille, $has_source: yes or no.
warning-not-primary-text = { $key }{ $has_taille ->
        [yes] {" "}taille { $taille }
       *[no] {""}
    } ({ $version }): { $status } [{ $tag }]{ $has_source ->
        [yes] {" "}({ $source })
       *[no] {""}
    }, not primary text; used in years { $years }
warning-estimated-envelope = { year-warning-estimated-envelope } (docs/estimate.md); used in years { $years }
warning-in-year = year { $year }: { $warning }
warning-missing-inputs = year { $year }: no result given for { $inputs } (counted as 0 €)
warning-no-letter-of-intent-amount = lettre d'intention on { $date }: { $version } pays no amount for it (avenant 2 does)
warning-terminated = contract terminated on { $date }: advances kept pro rata temporis ({ $repaid } € repaid), the year's balances and variable parts not paid

## The CLI's year-by-year table (aci simulate).
table-summary = { $contract } · signed { $signed } · { $years } contract years
table-options = options: { $options }
table-funding-title = Funding per contract year (€)
table-line = Line
table-year-number = Year { $number }
table-total = Total
table-taille-version = Taille / version
table-not-engaged = Not engaged (not applicable, not 0 €): { $missions }
table-terminated = Contract terminated on { $date }: year { $year } shows what is due (advances kept pro rata temporis; its balances and variable parts are not paid)
table-payments-title = Payment calendar (€)
table-date = Date
table-year = Year
table-for = For
table-part = Part
table-amount = Amount
table-cumulative = Cumulative
table-calendar-title = Calendar years (the association's accounts, €)
table-paid = Paid
table-accrued = Earned (accrued)
table-cumulative-paid = Cumulative paid
table-totals = Total funding { $funding } € · total paid { $paid } €
table-warnings = Warnings
table-hint-line = Why a line is what it is: aci explain <scenario> --year N --line KEY
table-hint-payment = How a payment was computed: aci explain <scenario> --payment DATE[:FLOW]

## aci explain. $key: the line's or flow's key; $amount: grouped euros (1 234.50).
explain-year = { $contract } — contract year { $year } ({ $start } to { $end }), taille { $taille } ({ $population } inhabitants), version { $version }
explain-line = { $label } [{ $key }] = { $amount } €
explain-line-not-applicable = { $label } [{ $key }]: not applicable ({ $reason })
explain-payments = { $contract } — payments of { $date }
explain-before-contract = before the contract
explain-contract-year = contract year { $year }
explain-payment = { $flow } [{ $key }], { $part }, { $year } = { $amount } €

## aci rules.
rules-in-force = in force from { $date } — { $provenance }
rules-key = Key
rules-taille = Taille
rules-value = Value
rules-status = Status
rules-source = Source
rules-inherited = {" "}(from { $version })
rules-sources = Sources
rules-status-legend = Status: P primary text · S secondary source · C observed in real contracts. Values nobody has sourced are absent: a contract states its own.

## The payment chart (SVG, PNG, HTML page).
chart-subtitle = Payment calendar: payments per quarter and cumulative cash (total paid { $paid } €)
chart-no-payment = No payment.
chart-legend-payments = Payments per quarter (net)
chart-legend-cumulative = Cumulative cash
chart-footer = aci — ACI CPTS funding simulation
chart-calendar-title = Calendar years (€)
chart-earned = Earned

## Sheets of the XLSX export.
sheet-payments = Payments
sheet-contract-years = Contract years
sheet-calendar-years = Calendar years
sheet-warnings = Warnings

## The results workbook (XLSX) and the CSV for French Excel: headers and texts.
sheet-options = Options
sheet-sources = Sources
xlsx-title = { $title } · signed { $signed }
xlsx-contract-year = Contract year
xlsx-start = Start
xlsx-end = End (excluded)
xlsx-version = Version
xlsx-population = Population
xlsx-key = Key
xlsx-not-applicable = Not applicable
xlsx-rule = Rule
xlsx-formula = Formula
xlsx-explanation = Explanation
xlsx-warning = Warning
xlsx-option = Option
xlsx-meaning = Meaning
xlsx-tag = Tag
xlsx-article = Article
xlsx-link = Link
xlsx-note = Note
xlsx-used-in = Used in contract years
xlsx-variable-delay = months between the end of a contract year and the payment of its variable parts and operating balance

## How a value is known (the status of a value in the rule data).
status-primary = primary text
status-secondary = secondary source
status-contract = observed in a real contract
status-negotiation = negotiation draft
status-this-contract = this contract's own clause
status-user-table = national table supplied by the user
status-estimate = indicative estimate, not a national amount

## The chart's bars. $what: operating, a mission or the lettre d'intention.
chart-bar = { $what }, { $quarter }: { $amount } €
chart-quarter = Q{ $quarter } { $year }

## What each option means (the choices where the texts are silent).
option-boundary-as_worded = as the sources word the brackets: taille 1 below 40 000, taille 2 from 40 000 to 80 000 inclusive, taille 3 up to 175 000 inclusive, taille 4 above
option-boundary-lower_inclusive = a population equal to a threshold belongs to the upper taille
option-boundary-upper_inclusive = a population equal to a threshold belongs to the lower taille
option-proration-days = active days / days in the contract year
option-proration-months = active months / 12 (a month counts when active on its last day)
option-uplift-one_off = +75 % raises only the pre-mission operating amount (once)
option-uplift-annual = +75 % raises every operating amount under avenant 2
option-version_date-year_start = the version in force on the first day of the contract year governs it
option-version_date-year_end = the version in force on the last day of the contract year governs it
option-prorate_variable-true = variable parts are prorated like fixed parts
option-prorate_variable-false = variable parts are not prorated
option-missing_observation-zero = an indicator without an observation pays 0 € and is listed as missing
option-missing_observation-error = an indicator without an observation is an error
option-envelopes-rule_data = national mission amounts only from the rule data in use (shipped, --rules, or a national table loaded with --envelopes); none estimated
option-envelopes-estimate = national mission amounts the rule data lacks are indicative estimates (docs/estimate.md), never national amounts
