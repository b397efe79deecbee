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
