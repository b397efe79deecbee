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

## What a simulation's inputs may be.
## The indicative estimate of a national amount (docs/estimate.md). $reference: the taille
## whose amounts are known (3); $range: estimate-range or estimate-range-agree.
estimate-source-title = Indicative estimate ({ $method })
estimate-range-agree = range { $value } € (both readings agree)
estimate-range = range { $low } – { $high } €, between this ratio and { $maximum } / { $reference_maximum } (the maxima read as the missions alone)
estimate-derivation = indicative estimate, not a national amount: taille-{ $reference } { $key } of { $defined_in } = { $amount } € [{ $tag }] { $source }, × (maximum { $maximum } − operating { $operating }) / (maximum { $reference_maximum } − operating { $reference_operating }) of taille { $taille } and taille { $reference } under { $version } [{ $scale_tag }] = { $value } €; { $range }; method and calibration: { $method }

## What an overflow error names (the computation that overflowed).
overflow-kept-advance = a kept advance
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
## Errors: the core's, the command line's and the Python binding's.
error-rule-file-syntax = rule file: { $problem }
error-rule-file-invalid = rule file, { $field }: { $problem }
error-before-first-version = date { $date } is before the first agreement version ({ $first_version }, in force from { $first_in_force }); no ACI CPTS rule applies then
error-out-of-range = { $field } = { $value } is out of range: allowed { $allowed }
error-sub-cent-amount = { $field } = { $value } has a fraction of a cent: amounts are in euros with at most 2 decimals; write { $below } or { $above }
error-dates-out-of-order = { $field }: { $later } must be after { $earlier } ({ $what })
error-mission-before-contract = missions.{ $mission }.start = { $start } is before the contract signature ({ $signed }); a mission starts on or after signature
error-duplicate = { $field }: '{ $name }' appears more than once; each must be unique
error-unknown-mission = { $field }: unknown mission '{ $name }'{ $did_you_mean }; allowed: { $allowed }
error-tiers-not-ordered = indicator '{ $indicator }': tiers must have strictly { $order } thresholds and non-decreasing amounts; { $problem }
error-indicators-exceed-envelope = missions.{ $mission }: indicators can pay up to { $indicators_max } € but the variable envelope is { $envelope } €; their amounts must add up to at most the envelope
error-overflow = amount overflow while computing { $what }; amounts must stay below 100 000 000 €
error-year-out-of-range = year = { $year } is out of range: the contract has years 1 to { $years }
error-unknown-indicator = results: unknown indicator '{ $indicator }'; the contract defines: { $known }
error-observation-kind = results.{ $indicator }: expected { $expected }, got { $got }
error-missing-mission-amount = no amount for { $parameter } (mission { $mission }, taille { $taille }, version { $version }): the national value is not known; state it in the contract (missions.{ $mission }.{ $contract_field }), or load the national table if you hold the official text (`aci envelopes --template -o table.xlsx`, fill it in, then `--envelopes table.xlsx`; Python: Engine(envelopes="table.xlsx")), or ask for an indicative estimate, never the national amount (`--envelopes estimate`; envelopes = "estimate" in the scenario's [options]; Python: Engine(envelopes="estimate"))
error-envelope-table = national envelope table { $file }: { $problems }
error-missing-parameter = no value for { $parameter } (taille { $taille }, version { $version }){ $hint }
error-did-you-mean = {" "}(did you mean '{ $name }'?)
overflow-yearly-total = the yearly total
overflow-variable-part = a variable part
overflow-indicators-total = the indicators' total
overflow-proportional-indicator = a proportional indicator
overflow-advance = an advance
overflow-line-after-termination = a line after termination
overflow-estimated-envelope = an estimated envelope
overflow-cumulative-cash = cumulative cash
overflow-contract-total = the contract's total
overflow-grown-population = a grown population
overflow-population-growth-factor = a population growth factor
overflow-forecast-cents = a forecast amount in cents
value-missing = (missing)
value-none = (none)
allowed-range = { $min } to { $max }
allowed-amount = 0 to 100000000 €
allowed-population = 1 to { $max } inhabitants
allowed-one-or-more = 1 or more
allowed-dates-up-to-9999 = dates up to year 9999
allowed-every-result = a result for every indicator and every mission without indicators (option missing_observation = error)
allowed-engaged-missions = only missions the contract engages
expected-mission-indicators = observations of the mission's indicators
got-mission-share = an achievement share for the whole mission
hint-operating-amount = ; state it in the contract (operating_amount)
allowed-contract-years = 1 to { $years } (contract years from the signature: year = 1 runs from { $signed } to { $anniversary })
allowed-terminated = a date after the signature ({ $signed }) and no later than the end of the contract's last year ({ $end })
problem-version-not-in-rules = '{ $version }' is not in the rule book used
what-letter-of-intent = the lettre d'intention is validated before the contract is signed
problem-taille-thresholds = thresholds must be positive and strictly increasing, got { $bounds }
allowed-first-population-from = the signature date ({ $signed }) or earlier: the first figure is the population at signature (omit its `from`, and give a later figure its own entry, e.g. { $example })
allowed-later-population-from = a date after the previous figure
what-population-order = population figures in increasing date order
allowed-at-least-one-figure = at least one figure
allowed-no-crisis-indicators = none: its variable part is paid when the ARS recognises a crisis (results.crisis_recognised)
value-indicators = { $count } indicators
what-mission-end = a mission ends after it starts
what-mission-deployed = a mission is deployed on or after its start
allowed-unit-rate = 0 to 1 (unit rate)
allowed-unit-percent = 0 to 100 (unit percent)
allowed-unit-count = 0 to 100000000 (unit count)
allowed-required-for-kind = required for kind { $kind }
allowed-non-empty-id = a non-empty identifier
allowed-at-least-one-tier = at least one tier
order-increasing = increasing
order-decreasing = decreasing
problem-baseline-target = baseline { $baseline } and target { $target } do not go { $direction }
problem-tier-pair = tier { $first } (threshold { $first_threshold }, amount { $first_amount }) then tier { $second } (threshold { $second_threshold }, amount { $second_amount })
expected-done = true/false
expected-value = a value
allowed-probability = a probability from 0 to 1 with at most 18 decimals
allowed-share = a share from 0 to 1
expected-value-distribution = a distribution of values (fixed, uniform or discrete)
got-probability-done = a probability of being done
expected-probability-done = a probability of being done ({ $example })
got-value-distribution = a distribution of values
allowed-at-least-one-value = at least one value
value-probabilities-sum = probabilities adding up to { $total }
allowed-probabilities-sum = probabilities adding up to exactly 1
allowed-uniform = min ≤ max and a positive step that divides max − min
allowed-drawn-outcome = a drawn outcome
allowed-at-most-values = at most 1000000 values
value-too-many = too many
allowed-outcomes = 1000000 outcomes
field-grown-population = population (year { $year }, grown)
allowed-mission-without-indicators = a mission without indicators, other than crises_sanitaires (whose variable part follows `crisis`)
decimal-french-form = '{ $text }' is not a decimal number: write it with a decimal point and no spaces, "{ $plain }"
decimal-percent = '{ $text }' is not a decimal number: shares and rates are written as a fraction of 1, "{ $share }" for { $text }
decimal-other = '{ $text }' is not a decimal number (write e.g. "1234.56")
decimal-unquoted = the number { $number } was written without quotes; write decimals as strings ("{ $number }") so they stay exact
expecting-decimal = a decimal written as a string, e.g. "1234.56", or a whole number
date-iso-form = '{ $text }' is not a date in the YYYY-MM-DD form; write "{ $date }"
date-no-month = '{ $text }' is not a date: there is no month { $month }; write YYYY-MM-DD, e.g. "{ $example }"
date-no-day = '{ $text }' is not a date: { $month } has days 1 to { $days }; write YYYY-MM-DD, e.g. "{ $example }"
date-day-first = '{ $text }' is not a date in the YYYY-MM-DD form; for { $long } write "{ $date }"
date-other = '{ $text }' is not a date; write YYYY-MM-DD, e.g. "2023-03-01" for 1 March 2023
date-empty = empty date
expecting-date = a date YYYY-MM-DD
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
observation-unquoted = the number { $number } was written without quotes; write it as a string ("{ $number }") so it stays exact
expecting-observation = true/false for a deliverable, or a value written as a string ("0.62") or a whole number
population-list-inside = a list inside a population figure
expecting-population = a whole number of inhabitants without quotes, e.g. 55000
expecting-population-series = , or figures over time: { $example }
population-negative = { $value } is not a number of inhabitants; write a whole number of at least 1, e.g. 55000
population-decimal-part = { $value } has a decimal part; write the number of inhabitants as a whole number: { $whole }
population-not-whole = { $value } is not a whole number; write the number of inhabitants without decimals, e.g. 55000
population-text-number = "{ $value }" is text; write the number of inhabitants without quotes: { $number }
population-text = "{ $value }" is not a number of inhabitants; write a whole number without quotes, e.g. 55000
population-table = a table is not a population; write one figure as a number (55000), or figures with their dates as a list: { $example }
envelope-cell-csv = line { $row }, column { $column }
envelope-cell-xlsx = sheet '{ $sheet }', cell { $cell }
envelope-header-csv = line { $row }
envelope-header-xlsx = sheet '{ $sheet }', row { $row }
envelope-amount-how = write euros with digits and at most two decimals, e.g. 90000 or 90000.00
envelope-amount-empty = empty: fill in the amount the official text sets for this cell
envelope-amount-mixed = '{ $text }' mixes '.' and ',': { $how }
envelope-amount-not = '{ $text }' is not an amount: { $how }
envelope-amount-decimals = '{ $text }' has { $count } decimals: ambiguous (a thousands separator?); { $how }
envelope-amount-range = { $amount } is out of range: allowed 0 to { $max } €
envelope-no-column = { $at } (the header): no column { $missing }; the header must name the columns { $columns } (write the table with `aci envelopes --template`)
envelope-unknown-version = { $at }: unknown version '{ $version }'; allowed: { $allowed }
envelope-bad-taille = { $at }: taille '{ $taille }' is not allowed: write 1, 2, 3 or 4
envelope-bad-key = { $at }: '{ $key }' is not a key of the national table; allowed: mission.<mission>.part_fixe, mission.<mission>.part_variable, mission.crises_sanitaires.part_fixe_premiere_annee (missions: { $missions })
envelope-not-a-cell = { $at }: { $key } is not a cell of the table under { $version } (the mission does not exist in that version, or has no such amount)
envelope-twice = { $at }: { $version } taille { $taille } { $key } is given twice (first at { $first }); keep one row
envelope-at = { $at }: { $problem }
envelope-contradicts = { $at }: { $amount } contradicts the primary text's { $value } for { $version } taille { $taille } { $key } ({ $provenance })
envelope-absent = { $count } cell{ $one ->
        [yes] {""}
       *[no] s
    } of the template { $one ->
        [yes] has
       *[no] have
    } no row ({ $shown }); the table needs every row of `aci envelopes --template`
envelope-more = and { $count } more problems
envelope-unsupported = unsupported file type: the table must be a .csv or .xlsx file
envelope-cannot-read = cannot read: { $reason }
envelope-not-utf8 = not UTF-8 text ({ $reason }); save the table as "CSV UTF-8"
envelope-bad-csv = not a valid CSV table: { $reason }
envelope-empty-file = empty file: it needs a header and one row per cell
envelope-no-sheet = the workbook has no worksheet
envelope-sheet-unreadable = sheet '{ $sheet }': cannot read: { $reason }
envelope-sheet-empty = sheet '{ $sheet }' is empty: it needs a header and one row per cell
envelope-cannot-write-csv = cannot write CSV: { $reason }
rules-cannot-read = cannot read { $path }: { $reason }
rules-format = expected "{ $expected }", got "{ $got }"
rules-no-version-file = a rule file needs at least one version
rules-no-version-book = a rule book needs at least one version
rules-unknown-source = unknown source '{ $source }'
rules-overlap = { $date } overlaps version '{ $previous }' (in force from { $previous_date }); versions must be listed in strictly increasing in_force_from order
rules-not-earlier-version = '{ $parent }' is not an earlier version
rules-unknown-key = unknown parameter key '{ $key }'
rules-drop-needs-inherits = drop needs inherits
rules-missing-threshold = missing parameter taille.seuil for taille { $taille }
rules-taille-not-expected = taille = { $taille } given, but this parameter has no taille
rules-taille-missing = taille missing: allowed { $min } to { $max }
rules-not-boolean = '{ $value }' is not true or false
rules-allowed-money = 0 to 100000000 €, with at most 2 decimals (cents)
rules-allowed-count = a whole number from 1 to 10000000
rules-status-not-in-file = '{ $status }' is given by the program to values of a national table the user supplies (--envelopes) or of the estimate, not in a rule file; allowed: primary, secondary, contract, negotiation, this_contract
cli-error = error: { $message }
cli-warning = warning: { $warning }
cli-problems-above = problems found (see above)
cli-unreadable-above = a file could not be read (see above)
cli-folder = cannot read { $path }: it is a folder; give the file inside it (e.g. { $path }/plan.toml)
cli-not-utf8 = { $path }: not a text file (it is not UTF-8); a scenario or rule file is TOML or JSON text, saved as UTF-8
cli-cannot-read = cannot read { $path }: { $reason }
cli-cannot-write-output = cannot write output: { $reason }
cli-cannot-write = cannot write { $path }: { $reason }
cli-no-scenario = cannot read { $name }: no such file, and no shipped example of that name{ $did_you_mean } (see `aci example`)
cli-scenario-extension = { $path }: a scenario file is TOML (.toml), JSON (.json) or an Excel workbook (.xlsx), not .{ $extension }; rename it if it is one of these, or start from `aci example urban-taille3 > plan.toml` or `aci new --xlsx plan.xlsx`
cli-no-example = no example named '{ $name }'; shipped: { $names }
cli-year-not-simulated = --year { $year }: the simulation has years 1 to { $years }
cli-unknown-line = --line { $key }: unknown line; this year has: { $keys }
cli-line-not-in-year = --line { $key }: no such line in year { $year }
cli-payment-not-a-date = --payment { $arg }: expected a date YYYY-MM-DD, optionally followed by :FLOW (e.g. 2025-03-01:fonctionnement)
cli-no-payment-on = --payment { $arg }: no payment on { $date }; payment dates: { $dates }
cli-no-payment-of = --payment { $arg }: no payment of '{ $key }' on { $date }; that date pays: { $keys }
cli-explain-needs = explain needs --year N or --payment DATE
cli-unknown-version = --version { $version }: unknown; shipped: { $ids }
cli-output-needs-template = --output goes with --template (the table to fill in)
cli-no-envelopes-file = --envelopes { $file }: no such file (give a filled table, .csv or .xlsx, or the word `{ $estimate }`)
cli-unknown-extension = unknown extension .{ $extension }
cli-no-extension = no extension
cli-or = { $list } or { $last }
cli-bad-extension = { $option } { $path }: { $what }; the format comes from the extension: { $allowed }
cli-xlsx-needs-file = --format xlsx needs -o FILE.xlsx: a workbook cannot go to standard output
cli-format-contradicts = --format { $format } contradicts -o { $path }, whose extension means { $extension_format }: drop --format or change the extension
cli-output-is-input = { $option } { $path } is { $input } { $input_path }, an input of this command: it is never written over; choose another output file
cli-the-scenario = the scenario
cli-same-output = { $option } { $path } and { $other } { $other_path } are the same file; give each output its own file
check-note-reads-first = the contract's rules are checked once the file reads
check-count = { $errors } error(s), { $warnings } warning(s)
check-format = format = "{ $format }": expected "{ $expected }"
check-year-twice = years[{ $index }].year = { $year } appears more than once
check-in-year = { $message } (contract year { $year })
check-in-years = { $message } ({ $years })
check-year = contract year { $year }
check-year-range = contract years { $first } to { $last }
check-year-list = contract years { $years }
reading-at = { $path }:{" "}
reading-duplicate-key = duplicate key `{ $key }`: each key is written once in its table; keep the right line and remove the other
reading-syntax = { $message }
reading-unknown-field = { $at }unknown field{ $did_you_mean }; allowed here: { $allowed }
reading-missing-field = { $at }missing; add it{ $example }
reading-unknown-value = { $at }unknown value '{ $name }'{ $did_you_mean }; allowed: { $allowed }
reading-not-accepted = { $at }{ $got } is not accepted here: expected { $expected }{ $example }
reading-example-line = , e.g. { $line }
reading-example-table = , a { $table } table (see `aci example { $example }`)
expected-whole-number = a whole number, without quotes or decimals
expected-boolean = true or false, without quotes
expected-text = text in quotes
expected-list = a list, [ … ]
expected-table = a table, {"{"} … {"}"}
got-string = string { $value }
got-integer = integer { $value }
got-float = floating point { $value }
got-boolean = boolean { $value }
got-sequence = sequence
got-map = map
py-float = { $field }: got a float; floats lose cents, so exact values are required: pass a decimal.Decimal (e.g. Decimal("1234.56")), an int, or a string
py-at-row = row { $row }{ $context }: { $message }
py-field = { $field }: { $problem }
py-unknown-field = { $raw }
py-missing-field = { $raw }
py-unknown-variant = { $raw }
py-unknown-option = unknown option '{ $name }'; allowed: { $allowed }
py-options-type = options: expected an Options object or a mapping
py-not-finite = { $field } = { $value } is not a finite number
py-expected-decimal = { $field }: expected a decimal.Decimal, an int or a string, got { $type }
py-nat = { $field }: NaT (not a time) is not a date; leave the field out when there is none
py-datetime = { $field }: expected a datetime.date, got a datetime; pass value.date()
py-expected-date = { $field }: expected a datetime.date or 'YYYY-MM-DD', got { $type }
py-time-of-day = { $field }: { $value } has a time of day; pass a date (value.date(), or dt.normalize() on a pandas column)
py-date-range = { $field }: { $value } is not a date of years 1 to 9999
py-expected-int = { $field }: expected a whole number (int), got { $type }
py-not-whole = { $field } = { $value } is not a whole number
py-zero-or-more = 0 or more
py-cannot-use = { $path }: cannot use a value of type { $type }
py-value = value
py-keys-strings = { $path }: keys must be strings, got { $type }
py-expected-mapping = expected a mapping, got { $type }
py-thresholds = thresholds: expected three whole numbers (the lower bounds of tailles 2, 3 and 4)
py-lang = lang = { $lang } is not a language of aci: use "fr" or "en"
py-no-such-file = cannot read { $path }: no such file{ $hint }
py-no-example-hint = , and no shipped example of that name (shipped: { $names })
py-no-payment-on = no payment on { $date }; payment dates: { $dates }
py-no-payment-of = no payment of '{ $key }' on { $date }; that date pays: { $keys }
## The fill-in scenario workbook (aci new --xlsx; read by aci simulate/check plan.xlsx).
xlsx-in-sheet-contract = Contract
xlsx-in-sheet-population = Population
xlsx-in-sheet-missions = Missions
xlsx-in-sheet-indicators = Indicators
xlsx-in-sheet-results = Expected results
xlsx-in-field = Field
xlsx-in-value = Value
xlsx-in-yes = yes
xlsx-in-no = no
xlsx-in-name = CPTS name
xlsx-in-name-note = Required. The CPTS's name as the contract writes it.
xlsx-in-signed = Signature date
xlsx-in-signed-note = Required. The date the ACI contract is signed: contract years run from it to each anniversary.
xlsx-in-letter = Lettre d'intention validated
xlsx-in-letter-note = Optional. The date the ARS validates the lettre d'intention (avenant 2 pays an amount then).
xlsx-in-population = Population
xlsx-in-population-note = Required, here or on the Population sheet (figures over time). Inhabitants covered at signature, a whole number: it sets the CPTS's taille.
xlsx-in-population-series-note = Inhabitants covered from the date of the row, a whole number. Fill this sheet only when the population changes during the contract (then leave the contract sheet's population empty).
xlsx-in-from = From
xlsx-in-from-note = The date from which the figure counts. The first figure is the population at signature: leave its date empty, or give a date on or before signature.
xlsx-in-years = Contract length (years)
xlsx-in-years-note = Optional. Empty: the length the rules set (5 years).
xlsx-in-operating = Contract's own operating amount (€ a year)
xlsx-in-operating-note = Optional. The yearly operating amount your contract sets; empty: the national scale.
xlsx-in-operating-clause = Clause of the operating amount
xlsx-in-clause-note = Optional. The contract clause the amounts come from (shown in explanations).
xlsx-in-terminated = Termination date
xlsx-in-terminated-note = Optional. Only if the contract ends before term: the advances of the year under way are repaid pro rata temporis.
xlsx-in-title = Scenario title
xlsx-in-title-note = Optional. Words of your own, shown with the results.
xlsx-in-description = Description
xlsx-in-opt-boundary = Option: population equal to a threshold
xlsx-in-opt-proration = Option: unit of the pro rata
xlsx-in-opt-uplift = Option: reading of the avenant 2 uplift
xlsx-in-opt-version-date = Option: date that picks the agreement version
xlsx-in-opt-prorate-variable = Option: prorate the variable part too
xlsx-in-opt-missing-observation = Option: a result not given
xlsx-in-opt-envelopes = Option: national envelopes nobody has sourced
xlsx-in-option-note = Optional: a choice where the texts are silent; empty: the default (see docs and `aci explain`).
xlsx-in-variable-delay = Variable parts paid after (months)
xlsx-in-variable-delay-note = Optional. Months between the end of a contract year and the payment of its variable parts; empty: 0.
xlsx-in-mission = Mission
xlsx-in-mission-note = Required. The mission engaged, one row each.
xlsx-in-start = Start
xlsx-in-start-note = Required. The date the mission starts (on or after signature). ACI calendar: accès aux soins and crises within 6 months of signature, parcours and prévention within 12.
xlsx-in-end = End
xlsx-in-end-note = Optional. Only when the mission stops before the contract ends (the day after its last day).
xlsx-in-deployed = Fully deployed
xlsx-in-deployed-note = Optional. The date the mission is (or will be) fully deployed, checked against the ACI calendar.
xlsx-in-fixed = Contract's own fixed part (€ a year)
xlsx-in-fixed-note = Optional. The yearly fixed part (moyens) your contract sets; empty: the national scale.
xlsx-in-fixed-first-year = Fixed part of the first year (€)
xlsx-in-fixed-first-year-note = Optional. The crises mission's fixed part for its first year (the crisis plan), when your contract sets it.
xlsx-in-variable = Contract's own variable part (€ a year)
xlsx-in-variable-note = Optional. The yearly variable part (actions et résultats) at full achievement; empty: the national scale.
xlsx-in-clause = Contract clause
xlsx-in-indicator-mission-note = Required. The mission the indicator belongs to: one of the Missions sheet.
xlsx-in-indicator = Indicator
xlsx-in-indicator-note = Required. A short name of your own, without spaces (e.g. depistage_sein), unique in the contract: the results sheet names it.
xlsx-in-label = Wording
xlsx-in-label-note = Optional. The indicator as the contract words it.
xlsx-in-kind = Kind
xlsx-in-kind-note = Required. binary: a deliverable done or not (fill Amount); tiered: thresholds that each pay an amount (fill Direction and the tiers); proportional: paid in proportion between a starting value and a target (fill Direction, Start value, Target, Amount).
xlsx-in-direction = Direction
xlsx-in-direction-note = Tiered and proportional: rising when the value must rise (a screening rate), falling when it must fall (patients without a médecin traitant).
xlsx-in-unit = Unit
xlsx-in-unit-note = Optional. rate: a share from 0 to 1 (write 0.52, not 52 %); percent: 0 to 100; count (default): a number of people, of acts…
xlsx-in-amount = Amount (€)
xlsx-in-amount-note = Binary and proportional: the amount paid at full achievement, in euros.
xlsx-in-baseline = Start value
xlsx-in-baseline-note = Proportional: the value that pays nothing.
xlsx-in-target = Target
xlsx-in-target-note = Proportional: the value that pays the full amount.
xlsx-in-between = Between two tiers
xlsx-in-between-note = Tiered, optional. step (default): the highest tier reached pays its amount; linear: linear between the amounts of the two tiers around the value.
xlsx-in-tier-threshold = Tier { $n }: threshold
xlsx-in-tier-amount = Tier { $n }: amount (€)
xlsx-in-tier-note = Tiered: the value to reach and the amount it pays, from the easiest tier to the hardest.
xlsx-in-result-kind = What is measured
xlsx-in-result-kind-note = Required. indicators: an indicator of the Indicators sheet; missions: the achievement share (0 to 1) of a mission without indicators; crisis_recognised: whether the ARS recognised a serious health crisis (yes or no).
xlsx-in-result-id = Indicator or mission
xlsx-in-result-id-note = The indicator (its short name) or the mission; empty for crisis_recognised.
xlsx-in-result-year = Year { $year }
xlsx-in-result-year-note = What you expect in contract year { $year }: yes or no for a deliverable, the value for a tiered or proportional indicator, the share from 0 to 1 for a mission. Empty: nothing achieved (0 €).
xlsx-in-note-date = Type a date (e.g. 15/04/2023 as your Excel writes dates), or 2023-04-15.
xlsx-in-note-choices = Allowed: { $values }.
xlsx-in-err-date-as-text = "{ $value }" is text, not a date: type it in a date cell, or write { $iso } (year-month-day) if it is day/month/year
xlsx-in-err-not-a-date = "{ $value }" is not a date: type a date (e.g. 15/04/2023), or write it year-month-day (2023-04-15)
xlsx-in-err-not-a-number = "{ $value }" is not a number: type the number alone, without text or units (e.g. 50000.50)
xlsx-in-err-not-whole = "{ $value }" is not a whole number: type it without decimals (e.g. 55000)
xlsx-in-err-not-yes-no = "{ $value }": write yes or no
xlsx-in-err-not-allowed = "{ $value }" is not allowed here{ $hint }; allowed: { $allowed } (pick one in the cell's list)
xlsx-in-err-required = { $field } is empty: fill it in (required)
xlsx-in-err-unknown-mission = mission "{ $value }" is not on the { $sheet } sheet; engaged: { $allowed } (add the mission there, or pick one of these)
xlsx-in-err-duplicate-row = { $what } is already given at { $cell }: keep one row
xlsx-in-err-no-sheet = the workbook has no sheet { $sheet } (sheets: { $sheets }); start from the workbook of `aci new --xlsx plan.xlsx`
xlsx-in-err-unreadable = cannot read the workbook: { $error }
xlsx-in-err-no-keys = row { $row } (hidden) lost its field keys: start again from the workbook of `aci new --xlsx plan.xlsx` and copy your values in
xlsx-in-err-population-twice = the population is given both here and on the { $sheet } sheet: keep one
xlsx-in-err-id-with-crisis = crisis_recognised names no indicator or mission: empty this cell
xlsx-in-did-you-mean = {" "}(did you mean '{ $name }'?)
xlsx-in-written = { $file } written. Fill it in (each header has a note saying what to write), then run:

## aci new: the guided creation of a scenario on a terminal.
new-no-terminal = aci new asks its questions on a terminal, and there is none here. Without one, give { $missing } (and --letter DATE if a lettre d'intention is validated); or write a workbook to fill in with --xlsx plan.xlsx
new-intro = A new ACI CPTS scenario: a few questions (Enter keeps the value in brackets).
new-ask-name = Name of the CPTS
new-ask-signed = Signature date of the ACI contract (YYYY-MM-DD or DD/MM/YYYY)
new-ask-letter = Date the ARS validated the lettre d'intention (empty: none)
new-ask-population = Population covered (inhabitants)
new-taille = → taille { $taille } ({ $population } inhabitants, { $version })
new-ask-mission = Engage the mission { $mission }{ $mandatory }?
new-mandatory = {" "}(mandatory)
new-ask-start = {"  "}its start date (ACI calendar: within { $months } months of signature)
new-ask-start-free = {"  "}its start date
new-ask-amount = { $what }: the rule data has no amount for taille { $taille } ({ $version }); the amount of your contract, in euros
new-fixed-first-year = Fixed part of the first year of { $mission }
new-ask-achievement = Expected achievement of the missions in contract year { $year }, from 0 to 1 (1: everything reached)
new-ask-output = File to write (.toml, or .xlsx for Excel)
new-written = { $file } written. Next:
new-bad-date = "{ $value }" is not a date: write it DD/MM/YYYY (e.g. 15/04/2023) or YYYY-MM-DD
new-bad-population = "{ $value }" is not a number of inhabitants: write a whole number, spaces allowed (e.g. 55000 or 55 000), without "," or "."
new-bad-share = "{ $value }" is not a share from 0 to 1: write e.g. 0.8 for 80 %
new-bad-amount = "{ $value }" is not an amount in euros: write e.g. 50000 or 50 000,50
new-bad-output = "{ $value }": the file name ends in .toml or .xlsx
new-bad-name = the name cannot be empty
new-before-signature = { $date } is before the signature ({ $signed }): a mission starts on or after signature
new-toml-header = Scenario written by `aci new`. Check it with `aci check`, run it with `aci simulate`; every field is described by `aci schema` and the examples of `aci example`.
new-toml-mission = Mission { $mission }: start on { $start }. To pay the variable part by indicators, add [[contract.missions.indicators]] tables (see `aci example urban-taille3`).
new-toml-amounts = Amounts of your contract (the rule data has none for this taille).
new-toml-years = Expected achievement of each mission, per contract year (0 to 1).

## aci new: a mission's indicators.
new-ask-indicators = How many indicators pay the variable part of { $mission }? (0: its achievement share each year)
new-ask-indicator-id = {"  "}its identifier (lower-case letters, digits, _)
new-ask-indicator-label = {"  "}what it measures, in words (empty: none)
new-ask-indicator-kind = {"  "}its kind: binary (a deliverable, done or not), tiered (amounts by thresholds) or proportional (between a baseline and a target)
new-ask-indicator-amount = {"  "}the amount it pays when reached, in euros
new-ask-indicator-direction = {"  "}its direction: rising (the value must go up) or falling (it must go down)
new-ask-indicator-unit = {"  "}its unit: count (a number), percent (0 to 100) or rate (0 to 1)
new-ask-indicator-tiers = {"  "}its tiers, threshold:amount separated by ; in the order they are reached (e.g. 40:5000; 60:10000)
new-ask-indicator-baseline = {"  "}its baseline (the value that pays nothing)
new-ask-indicator-target = {"  "}its target (the value that pays the whole amount)
new-ask-indicator-done = Indicator { $id }: delivered in contract year { $year }? (yes/no)
new-ask-indicator-result = Indicator { $id }: the result expected in contract year { $year }
new-indicator-refused = This indicator cannot be used: { $problem }. Its questions again:
new-bad-count = "{ $value }" is not a number of indicators: write a whole number from 0 to 30
new-bad-indicator-id = "{ $value }" is not an identifier: lower-case letters without accents, digits and _ only (e.g. depistage_sein)
new-indicator-id-taken = "{ $value }" already names an indicator of this contract: choose another
new-bad-indicator-kind = "{ $value }" is not a kind: write binary, tiered or proportional
new-bad-indicator-direction = "{ $value }" is not a direction: write rising or falling
new-bad-indicator-unit = "{ $value }" is not a unit: write count, percent or rate
new-bad-tiers = "{ $value }" is not a list of tiers: write threshold:amount pairs separated by ; (e.g. 40:5000; 60:10000)
new-bad-value = "{ $value }" is not a number: write e.g. 62 or 62,5
## --- `aci serve` (#16) ---
serve-listening = aci serve: open { $url } in a browser (Ctrl-C stops)
serve-stopped = aci serve: stopped
serve-cannot-listen = cannot listen on { $address }: { $reason }
serve-not-found = nothing at { $path }: the API is under /api/v1 (its description: /api/v1/openapi.json)
serve-method-not-allowed = { $path } does not take this method: see /api/v1/openapi.json for each route's method
serve-body-refused = the request's body was refused ({ $reason }); a body is at most { $limit } bytes
serve-media-type = cannot read a body of type { $type }: send a scenario as application/json or application/toml
serve-not-utf8 = the body is not UTF-8 text: send the scenario as JSON or TOML text
serve-missing-parameter = the query parameter { $name } is missing: add ?{ $name }=… to the address
serve-bad-parameter = { $name } = { $value } is not allowed: allowed: { $allowed }
serve-too-many-draws = draws = { $draws }: a forecast over HTTP has at most { $max } draws; run `aci forecast` for more
serve-timeout = the request took more than { $seconds } s and was stopped
serve-internal = the server failed to answer this request (a defect: please report it with the request)
serve-page-title = ACI CPTS funding simulator
serve-page-intro = Describe your CPTS step by step: the funding of each contract year, the payments and their sources update as you type.
serve-page-language = Language
serve-page-start = Start from
serve-page-blank = a blank scenario
serve-page-open-file = Open a scenario file (TOML or JSON)
serve-page-step-cpts = 1. The CPTS
serve-page-name = Name of the CPTS
serve-page-population = Population covered (inhabitants)
serve-page-taille = Taille
serve-page-step-dates = 2. Dates
serve-page-signed = Signature of the contract
serve-page-letter = Lettre d'intention validated by the ARS on (optional)
serve-page-step-missions = 3. Missions
serve-page-missions-hint = Start dates are proposed on the ACI calendar from the signature date; change them if your contract says otherwise. Leave an amount empty to use the national amount of the rule data.
serve-page-engaged = engaged
serve-page-mandatory = mandatory
serve-page-optional = optional
serve-page-mission-start = Start
serve-page-fixed = Fixed part per year (€, optional)
serve-page-variable = Variable part per year (€, optional)
serve-page-step-results = 4. Expected results per contract year
serve-page-results-hint = Share of each mission's variable part expected to be reached (0 to 100 %).
serve-page-year = Year
serve-page-results = Results
serve-page-funding = Funding per contract year
serve-page-line = Line
serve-page-total = Total
serve-page-payments = Payments
serve-page-date = Date
serve-page-amount = Amount (€)
serve-page-cumulative = Cumulative (€)
serve-page-calendar = Calendar years
serve-page-paid = Paid (€)
serve-page-accrued = Earned (€)
serve-page-chart = Payments by mission
serve-page-warnings = Warnings
serve-page-problems = The scenario cannot be computed yet
serve-page-explanation = Explanation
serve-page-click-hint = Click an amount to see how it is computed and its sources.
serve-page-formula = Computation
serve-page-inputs = Inputs
serve-page-sources = Sources
serve-page-close = Close
serve-page-download = Download
serve-page-download-scenario = the scenario (TOML)
serve-page-download-xlsx = the results (Excel)
serve-page-download-csv = the payments (CSV for French Excel)
serve-page-download-json = the results (JSON)
serve-page-total-funding = Total funding of the contract
serve-page-indicators-kept = This scenario has indicators: they are kept as in the file, and the expected results below apply to missions without indicators.
serve-page-crisis = Serious health crisis recognised by the ARS
serve-page-part = Part
serve-page-flow = What
serve-page-contract-year = Contract year
serve-page-status = status
serve-page-working = Computing…
## --- aci report (#17): the achievement report, its open data and the portfolio ---
report-title = { $cpts } — commitments and results report
report-period-year = Contract year { $year } ({ $start } to { $end })
report-period-all = Contract years { $first } to { $last }
report-generated = Produced by aci { $version } from the scenario "{ $origin }". Every amount is the one the engine computes under the ACI CPTS (agreement of 20 June 2019 and avenant 2); the same data is available as open data (aci report -o report.json or .csv).
report-estimate-banner = Warning: some envelopes are indicative estimates, not national amounts (see the assumptions).
report-cpts = The CPTS
report-signed = Contract signed on
report-terminated = Contract terminated on
report-taille = Taille
report-population = Population covered
report-version = Agreement version
report-habitants = { $population } inhabitants
report-missions = The missions and the ACI calendar
report-col-mission = Mission
report-col-start = Start
report-col-deployed = Deployed
report-col-state = State on { $date }
report-col-calendar = ACI calendar
report-state = { $state ->
        [not_started] not started
        [started] started
        [deployed] deployed
       *[ended] ended
    }
report-on-time = on time
report-starts-late = started late (deadline { $deadline })
report-deployed-late = deployed late (deadline { $deadline })
report-indicators = Indicators, results and amounts
report-result-indicators = Result indicators
report-action-indicators = Action indicators
report-result-intro = They measure a result for patients or the population.
report-action-intro = They measure an action or a deliverable of the CPTS (an indicator is classed here unless the scenario says otherwise).
report-none = None.
report-col-indicator = Indicator
report-col-measures = What it measures
report-col-direction = Direction
report-col-objective = Objective and tiers
report-col-result = Result
report-col-tier = Tier reached
report-col-earned = Amount earned
report-col-max = Out of at most
report-col-trend = Trend
report-col-year = Year
report-direction = { $direction ->
        [falling] must fall
       *[rising] must rise
    }
report-tiers-reached = { $reached } of { $count }
report-done = { $done ->
        [true] done
       *[false] not done
    }
report-not-given = not given
report-not-applicable = not applicable this year
report-mission-share = Achievement of the mission, from 0 to 1, assessed by the CPAM
report-crisis = Serious health crisis recognised by the ARS
report-binary-objective = deliverable done
report-proportional-objective = from { $baseline } (nothing) to { $target } (all)
report-mission-variable = Variable part of the mission: { $paid } paid out of an envelope of { $envelope }
report-funding = Funding of year { $year } and where it comes from
report-col-line = Line
report-col-amount = Amount
report-col-source = Where the values come from
report-source-none = —
report-total = Total
report-assumptions = Assumptions
report-options = Computation options chosen
report-warnings = Points of attention (values that are not primary text, estimates, delays)
report-no-warnings = No point of attention.
report-usagers = For usagers, in short
report-usagers-intro = { $cpts } is a communauté professionnelle territoriale de santé: the health professionals of an area of { $population } inhabitants working together. The Assurance Maladie funds it according to commitments checked every year.
report-usagers-committed = Its commitments measured each year: { $count }. Where it stands in { $period }:
report-usagers-verdict = { $verdict ->
        [reached] objective reached
        [partly] objective partly reached
        [missed] objective not reached
        [not_applicable] not assessed yet
       *[unknown] result not given
    }
report-usagers-money = For contract year { $year }, it receives { $total } for its operation and its missions.
report-amount = €{ $amount }
report-portfolio-title = Portfolio of CPTS
report-portfolio-intro = { $count } CPTS side by side. Click a column header to sort the table.
report-col-cpts = CPTS
report-col-funding-year = Year { $year }
report-col-total = Total
report-col-on-target = Indicators on target
report-col-late = Missions late
report-col-achievement = { $mission } (variable part / envelope)
report-portfolio-funding = Funding per contract year
report-portfolio-achievement = Achievement per mission (the report's last year)
report-recognised = { $recognised ->
        [true] recognised
       *[false] not recognised
    }
report-bad-extension = -o { $file }: the report's format is read from the extension: .html, .pdf, .json, .csv, or .xlsx (the portfolio)
report-no-chromium = a PDF report is printed by Chromium, which was not found: install it (Debian: apt-get install chromium), or name the program with ACI_CHROMIUM=/path/to/chrome; or write -o report.html and print it from a browser
report-pdf-failed = PDF: { $program } did not print the report: { $error }
