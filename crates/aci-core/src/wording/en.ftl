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

## Explanations of a year's lines (funding). The rules in words, then the arithmetic and the facts
## each line cites; $amount, $envelope, … are amounts, $start, $from, … dates.
funding-rule-operating-contract = Operating amount stated by the contract itself (overrides the national scale); year 1 is paid in full at signature, later years 75 % in advance at the anniversary (ACI art. 9.1)
funding-rule-operating-first-year = Operating amount (ACI art. 8) due before missions start: paid in full at signature (ACI art. 9.1)
funding-rule-operating-yearly = Yearly operating amount (ACI art. 8), paid from mission start at each anniversary: 75 % advance, balance with the year's remuneration balance (ACI art. 9.1)
funding-rule-uplift-difference = Avenant 2: CPTS that signed before it (and by the cut-off date) receive the difference between the raised pre-mission operating amount and the one they were paid at signature
funding-rule-fixed = Fixed part (moyens) of the mission for the contract year, prorated to the time the mission is active (ACI contrat type art. 6.2: 75 % advance from the mission's start, prorated to the next anniversary)
funding-rule-crisis = Variable part of the crisis mission: paid only when the ARS recognises a serious health crisis during the year (avenant 2)
funding-rule-indicators = Variable part (actions et résultats): each indicator of the contract pays its amount according to its rule; the mission's total is capped at its variable envelope
funding-rule-share = Variable part (actions et résultats) without indicators in the contract: the envelope times the mission's achievement share (0 to 1) for the year
funding-contract-year = { $year } ({ $start } to { $end })
funding-operating-contract = { $amount } € (contract)
funding-operating = { $amount } € (operating amount, taille { $taille })
funding-operating-uplifted = { $amount } € (operating amount raised by 75 %, taille { $taille })
funding-uplift-eligible = eligible (signed by the cut-off date)
funding-uplift-not-eligible = not eligible (signed after the cut-off date)
funding-uplift-difference = { $uplifted } − { $paid } = { $difference } € (taille { $taille } at signature)
funding-active = { $from } to { $to } ({ $num } of { $den } { $unit ->
        [days] days
       *[months] months
    })
funding-fixed-full-year = { $amount } € (full year)
funding-fixed-prorated = { $envelope } × { $num }/{ $den } = { $amount } € (cumulative rounding to the cent)
funding-crisis-recognised = { $amount } € (crisis recognised)
funding-crisis-not-recognised = 0.00 € (no crisis recognised)
funding-indicators-sum = { $terms } = { $amount } €
funding-share = { $envelope } × { $share } = { $amount } €
funding-no-achievement = 0.00 € (no achievement reported)
funding-variable-prorated = ({ $formula }) × { $num }/{ $den } = { $amount } €
funding-observed-done = done
funding-observed-not-done = not done

## What each option means (option facts of explanations, options tables).
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

## An explanation for people (aci explain): rule keys, fact and parameter names are identifiers.
explanation-rule = rule { $rule }: { $text }
explanation-then = then { $rule }
explanation-input = input  { $name } = { $value }
explanation-key-taille = { $key } (taille { $taille })
explanation-value = value  { $key } = { $value } [{ $version }] — { $provenance }
explanation-note = note: { $note }
explanation-indicator = indicator { $indicator } = { $amount } € (observed { $observed }; { $rule })
explanation-missing = missing
explanation-option = option { $name } = { $value }
