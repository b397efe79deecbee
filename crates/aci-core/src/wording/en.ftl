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
