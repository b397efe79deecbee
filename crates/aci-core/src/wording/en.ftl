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

## Payments: how each payment was computed (payments.rs). Messages payment-rule-* and
## termination-rule-* take no argument. $rate: a share (0.75); $at: anniversary or start.
payment-contract-year = { $number } ({ $start } to { $end })
payment-fact-line = { $item } = { $amount } €
payment-fact-variable-delay = { $months } (months between the end of the contract year and its evaluation's payments)
payment-fact-advance-paid = { $amount } € paid on { $date }
payment-fact-paid-on = { $date } ({ $at ->
        [anniversary] anniversary
       *[start] mission start
    })
payment-rule-operating-signature = The operating amount due before missions start is paid in full at signature, once the file is complete (ACI art. 9.1)
payment-formula-operating-in-full = { $amount } € (the year's operating amount, in full)
payment-rule-operating-advance = From mission start, an advance of 75 % of the year's operating amount is paid at the anniversary opening the contract year (ACI art. 9.1)
payment-formula-advance = { $rate } × { $amount } = { $advance } € (rounded to the cent)
payment-rule-operating-balance = The balance of the operating amount (the year's amount − the advance paid) is paid with the year's remuneration balance (ACI art. 9.1); its date is the option variable_delay_months
payment-formula-balance = { $amount } − { $advance } = { $balance } € (the year's amount − the advance paid)
payment-rule-uplift-difference = The one-off avenant-2 uplift difference is paid in full at the anniversary opening the year (the date is not in the texts: a library choice)
payment-formula-in-full = { $amount } € (in full)
payment-rule-fixed-advance = An advance of 75 % of the mission's fixed part for the year is paid at the mission's start in its first year (on the amount prorated to the anniversary), then at each anniversary (contrat type art. 6.2; Senate 2025)
payment-formula-fixed-advance = { $rate } × { $amount } = { $advance } € (rounded to the cent), paid at { $at ->
        [anniversary] the anniversary
       *[start] the mission's start, prorated to the anniversary
    }
payment-rule-fixed-balance = The balance of the fixed part (the year's amount − the advance paid) is paid at the anniversary closing the year (Senate 2025)
payment-rule-variable = The variable part is paid in full after the yearly evaluation of the contract's indicators; its date is not in the texts (option variable_delay_months)
payment-rule-letter-of-intent = Avenant 2: an amount by taille is paid when the ARS validates the lettre d'intention, before the contract
payment-formula-letter-of-intent = { $amount } € (taille { $taille })
payment-rule-repayment = Termination before term: the part of a payment made for time ahead that covers the time after the termination is repaid on the termination date (advances repaid pro rata temporis, Senate 2025)
payment-formula-repayment = { $kept } − { $paid } = −{ $back } € (the part kept − the payment made)
payment-in-words = { $formula } — { $rule }
payment-version-not-in-book = '{ $version }' is not in the rule book used
payment-letter-after-signature = the lettre d'intention is validated before the contract is signed

## Termination before term: what a line keeps (termination.rs). $part: in_full, advance,
## balance or repayment; $unit: days or months; $pieces: the arithmetic of what is kept.
termination-fact-amount = { $amount } €
termination-fact-paid = { $amount } € paid on { $date } ({ $rule }: { $formula })
termination-fact-kept-for = { $from } to { $until } of { $from } to { $to } ({ $elapsed } of { $length } { $unit ->
        [days] days
       *[months] months
    })
termination-fact-line = { $item } = { $amount } € for the whole year, of which { $kept } € kept after the termination on { $date }
termination-not-paid = { $part ->
        [in_full] payment in full
        [advance] advance
        [balance] balance
       *[repayment] repayment
    } { $amount } € due on { $date }
termination-formula-nothing-paid = { $due } € (nothing was paid before the termination)
termination-formula-kept = { $due } € (kept)
termination-formula-one = { $pieces } €
termination-formula-sum = { $pieces } = { $due } €
termination-formula-not-paid = { $formula }; not paid: { $list }
termination-rule-kept-pro-rata = Contract terminated before term: a payment made for time ahead (an advance; the year-1 operating amount, paid in full at signature) is kept pro rata temporis, for its time before the termination, the rest repaid; the year's balances and variable part are not paid (advances repaid pro rata temporis, Senate 2025; the pro rata share of the year-1 operating amount is a library reading)
termination-rule-not-paid = Contract terminated before term: the year's payments due on or after the termination (balances, the variable part, an advance at a mission start after it) are not paid
termination-rule-one-off = Contract terminated before term: an amount paid in full before the termination for no time ahead (the one-off avenant-2 uplift difference) is kept (library reading: it is not an advance)

## How a value is known (the status of its source).
status-primary = primary text
status-secondary = secondary source
status-contract = observed in a real contract
status-negotiation = negotiation draft
status-this-contract = this contract's own clause
status-user-table = national table supplied by the user
status-estimate = indicative estimate, not a national amount

## What a simulation's inputs may be.
simulation-years-allowed = 1 to { $years } (contract years from the signature: year = 1 runs from { $signed } to { $anniversary })
simulation-years-allowed-short = 1 to { $years }
simulation-terminated-allowed = a date after the signature ({ $signed }) and no later than the end of the contract's last year ({ $end })
simulation-dates-allowed = dates up to year 9999

## The indicative estimate of a national amount (docs/estimate.md). $reference: the taille
## whose amounts are known (3); $range: estimate-range or estimate-range-agree.
estimate-source-title = Indicative estimate ({ $method })
estimate-range-agree = range { $value } € (both readings agree)
estimate-range = range { $low } – { $high } €, between this ratio and { $maximum } / { $reference_maximum } (the maxima read as the missions alone)
estimate-derivation = indicative estimate, not a national amount: taille-{ $reference } { $key } of { $defined_in } = { $amount } € [{ $tag }] { $source }, × (maximum { $maximum } − operating { $operating }) / (maximum { $reference_maximum } − operating { $reference_operating }) of taille { $taille } and taille { $reference } under { $version } [{ $scale_tag }] = { $value } €; { $range }; method and calibration: { $method }

## What an overflow error names (the computation that overflowed).
overflow-an-advance = an advance
overflow-cumulative-cash = cumulative cash
overflow-yearly-total = the yearly total
overflow-line-after-termination = a line after termination
overflow-kept-advance = a kept advance
overflow-contract-total = the contract's total
overflow-estimated-envelope = an estimated envelope
## An indicator's rule in words (explanations). $direction: rising or falling; $between: step or
## linear; amounts in euros; thresholds, baselines and targets in the indicator's unit.
indicator-binary = binary deliverable: done pays { $amount } €
indicator-tiered = tiered, { $direction ->
        [falling] falling
       *[rising] rising
    } ({ $between ->
        [linear] linear between tiers
       *[step] highest tier reached pays
    }): { $tiers }
indicator-tier = { $direction ->
        [falling] ≤
       *[rising] ≥
    } { $threshold } → { $amount } €
indicator-tier-separator = {"; "}
indicator-proportional = proportional, { $direction ->
        [falling] falling
       *[rising] rising
    }: { $baseline } pays 0 €, { $target } pays { $amount } €, capped at 100 %
indicator-modified = { $rule }; { $modifier }
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
