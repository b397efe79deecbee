//! The message ids of the catalogues, one constant each: code names a message through these,
//! so an id used is an id listed, and the tests check every catalogue defines every one.

macro_rules! message_ids {
    ($($(#[$doc:meta])* $name:ident = $id:literal;)*) => {
        $($(#[$doc])* pub const $name: &str = $id;)*
        /// Every message id.
        pub const ALL: &[&str] = &[$($id),*];
    };
}

message_ids! {
    // --- lines of a year (`Item::label`); `$mission` is the mission's label ---
    ITEM_OPERATING = "item-operating";
    ITEM_OPERATING_UPLIFT_DIFFERENCE = "item-operating-uplift-difference";
    ITEM_FIXED = "item-fixed";
    ITEM_VARIABLE = "item-variable";
    // --- payments (`Flow::label`, `Part::label`) ---
    FLOW_LETTER_OF_INTENT = "flow-letter-of-intent";
    PART_IN_FULL = "part-in-full";
    PART_ADVANCE = "part-advance";
    PART_BALANCE = "part-balance";
    PART_REPAYMENT = "part-repayment";
    // --- missions (`MissionId::label`) ---
    MISSION_ACCES_AUX_SOINS = "mission-acces_aux_soins";
    MISSION_PARCOURS = "mission-parcours";
    MISSION_PREVENTION = "mission-prevention";
    MISSION_CRISES_SANITAIRES = "mission-crises_sanitaires";
    MISSION_QUALITE_PERTINENCE = "mission-qualite_pertinence";
    MISSION_ACCOMPAGNEMENT_PROFESSIONNELS = "mission-accompagnement_professionnels";
    // --- why a line does not apply, in a few words ---
    NA_NOT_ENGAGED = "na-not-engaged";
    NA_NOT_STARTED = "na-not-started";
    /// `$date`: the mission's end.
    NA_ENDED = "na-ended";
    NA_NOT_IN_VERSION = "na-not-in-version";
    // --- a year's warnings (`funding::Warning`) ---
    YEAR_WARNING_MISSION_NOT_IN_VERSION = "year-warning-mission-not-in-version";
    YEAR_WARNING_ESTIMATED_ENVELOPE = "year-warning-estimated-envelope";
    YEAR_WARNING_ABOVE_CEILING = "year-warning-above-ceiling";
    // --- a simulation's warnings (`simulation::SimWarning`) ---
    WARNING_MISSION_STARTS_LATE = "warning-mission-starts-late";
    WARNING_MISSION_DEPLOYED_LATE = "warning-mission-deployed-late";
    WARNING_MANDATORY_MISSION_MISSING = "warning-mandatory-mission-missing";
    WARNING_NOT_PRIMARY_TEXT = "warning-not-primary-text";
    WARNING_ESTIMATED_ENVELOPE = "warning-estimated-envelope";
    /// `$year`, `$warning`: a year's own warning in the simulation's list.
    WARNING_IN_YEAR = "warning-in-year";
    WARNING_MISSING_INPUTS = "warning-missing-inputs";
    WARNING_NO_LETTER_OF_INTENT_AMOUNT = "warning-no-letter-of-intent-amount";
    WARNING_TERMINATED = "warning-terminated";
    // --- the CLI's year-by-year table (`aci simulate`) ---
    TABLE_SUMMARY = "table-summary";
    TABLE_OPTIONS = "table-options";
    TABLE_FUNDING_TITLE = "table-funding-title";
    TABLE_LINE = "table-line";
    TABLE_YEAR_NUMBER = "table-year-number";
    TABLE_TOTAL = "table-total";
    TABLE_TAILLE_VERSION = "table-taille-version";
    TABLE_NOT_ENGAGED = "table-not-engaged";
    TABLE_TERMINATED = "table-terminated";
    TABLE_PAYMENTS_TITLE = "table-payments-title";
    TABLE_DATE = "table-date";
    TABLE_YEAR = "table-year";
    TABLE_FOR = "table-for";
    TABLE_PART = "table-part";
    TABLE_AMOUNT = "table-amount";
    TABLE_CUMULATIVE = "table-cumulative";
    TABLE_CALENDAR_TITLE = "table-calendar-title";
    TABLE_PAID = "table-paid";
    TABLE_ACCRUED = "table-accrued";
    TABLE_CUMULATIVE_PAID = "table-cumulative-paid";
    TABLE_TOTALS = "table-totals";
    TABLE_WARNINGS = "table-warnings";
    TABLE_HINT_LINE = "table-hint-line";
    TABLE_HINT_PAYMENT = "table-hint-payment";
    // --- `aci explain` ---
    EXPLAIN_YEAR = "explain-year";
    EXPLAIN_LINE = "explain-line";
    EXPLAIN_LINE_NOT_APPLICABLE = "explain-line-not-applicable";
    EXPLAIN_PAYMENTS = "explain-payments";
    EXPLAIN_BEFORE_CONTRACT = "explain-before-contract";
    EXPLAIN_CONTRACT_YEAR = "explain-contract-year";
    EXPLAIN_PAYMENT = "explain-payment";
    // --- `aci rules` ---
    RULES_IN_FORCE = "rules-in-force";
    RULES_KEY = "rules-key";
    RULES_TAILLE = "rules-taille";
    RULES_VALUE = "rules-value";
    RULES_STATUS = "rules-status";
    RULES_SOURCE = "rules-source";
    RULES_INHERITED = "rules-inherited";
    RULES_SOURCES = "rules-sources";
    RULES_STATUS_LEGEND = "rules-status-legend";
    // --- the payment chart (SVG, PNG, HTML) ---
    CHART_SUBTITLE = "chart-subtitle";
    CHART_NO_PAYMENT = "chart-no-payment";
    CHART_LEGEND_PAYMENTS = "chart-legend-payments";
    CHART_LEGEND_CUMULATIVE = "chart-legend-cumulative";
    CHART_FOOTER = "chart-footer";
    CHART_CALENDAR_TITLE = "chart-calendar-title";
    CHART_EARNED = "chart-earned";
    // --- sheets of the XLSX export ---
    SHEET_PAYMENTS = "sheet-payments";
    SHEET_CONTRACT_YEARS = "sheet-contract-years";
    SHEET_CALENDAR_YEARS = "sheet-calendar-years";
    SHEET_WARNINGS = "sheet-warnings";
    // --- payments: how each payment was computed (payments.rs); `*_RULE_*` take no argument ---
    /// `$number`, `$start`, `$end`: a contract year as payments cite it.
    PAYMENT_CONTRACT_YEAR = "payment-contract-year";
    PAYMENT_FACT_LINE = "payment-fact-line";
    PAYMENT_FACT_VARIABLE_DELAY = "payment-fact-variable-delay";
    PAYMENT_FACT_ADVANCE_PAID = "payment-fact-advance-paid";
    /// `$at`: `anniversary` or `start`.
    PAYMENT_FACT_PAID_ON = "payment-fact-paid-on";
    PAYMENT_RULE_OPERATING_SIGNATURE = "payment-rule-operating-signature";
    PAYMENT_FORMULA_OPERATING_IN_FULL = "payment-formula-operating-in-full";
    PAYMENT_RULE_OPERATING_ADVANCE = "payment-rule-operating-advance";
    PAYMENT_FORMULA_ADVANCE = "payment-formula-advance";
    PAYMENT_RULE_OPERATING_BALANCE = "payment-rule-operating-balance";
    PAYMENT_FORMULA_BALANCE = "payment-formula-balance";
    PAYMENT_RULE_UPLIFT_DIFFERENCE = "payment-rule-uplift-difference";
    PAYMENT_FORMULA_IN_FULL = "payment-formula-in-full";
    PAYMENT_RULE_FIXED_ADVANCE = "payment-rule-fixed-advance";
    /// `$at`: `anniversary` or `start`.
    PAYMENT_FORMULA_FIXED_ADVANCE = "payment-formula-fixed-advance";
    PAYMENT_RULE_FIXED_BALANCE = "payment-rule-fixed-balance";
    PAYMENT_RULE_VARIABLE = "payment-rule-variable";
    PAYMENT_RULE_LETTER_OF_INTENT = "payment-rule-letter-of-intent";
    PAYMENT_FORMULA_LETTER_OF_INTENT = "payment-formula-letter-of-intent";
    PAYMENT_RULE_REPAYMENT = "payment-rule-repayment";
    PAYMENT_FORMULA_REPAYMENT = "payment-formula-repayment";
    /// `$formula`, `$rule`: a payment's computation on one line (`CashFlow::in_words`).
    PAYMENT_IN_WORDS = "payment-in-words";
    PAYMENT_VERSION_NOT_IN_BOOK = "payment-version-not-in-book";
    PAYMENT_LETTER_AFTER_SIGNATURE = "payment-letter-after-signature";
    // --- termination before term: what a line keeps (termination.rs) ---
    TERMINATION_FACT_AMOUNT = "termination-fact-amount";
    TERMINATION_FACT_PAID = "termination-fact-paid";
    /// `$unit`: `days` or `months`.
    TERMINATION_FACT_KEPT_FOR = "termination-fact-kept-for";
    TERMINATION_FACT_LINE = "termination-fact-line";
    /// `$part`: the part's key (`in_full`, `advance`, `balance`, `repayment`).
    TERMINATION_NOT_PAID = "termination-not-paid";
    TERMINATION_FORMULA_NOTHING_PAID = "termination-formula-nothing-paid";
    TERMINATION_FORMULA_KEPT = "termination-formula-kept";
    TERMINATION_FORMULA_ONE = "termination-formula-one";
    TERMINATION_FORMULA_SUM = "termination-formula-sum";
    TERMINATION_FORMULA_NOT_PAID = "termination-formula-not-paid";
    TERMINATION_RULE_KEPT_PRO_RATA = "termination-rule-kept-pro-rata";
    TERMINATION_RULE_NOT_PAID = "termination-rule-not-paid";
    TERMINATION_RULE_ONE_OFF = "termination-rule-one-off";
    // --- how a value is known (`provenance::Status::label`) ---
    STATUS_PRIMARY = "status-primary";
    STATUS_SECONDARY = "status-secondary";
    STATUS_CONTRACT = "status-contract";
    STATUS_NEGOTIATION = "status-negotiation";
    STATUS_THIS_CONTRACT = "status-this-contract";
    STATUS_USER_TABLE = "status-user-table";
    STATUS_ESTIMATE = "status-estimate";
    // --- what a simulation's inputs may be (simulation.rs) ---
    SIMULATION_YEARS_ALLOWED = "simulation-years-allowed";
    SIMULATION_YEARS_ALLOWED_SHORT = "simulation-years-allowed-short";
    SIMULATION_TERMINATED_ALLOWED = "simulation-terminated-allowed";
    SIMULATION_DATES_ALLOWED = "simulation-dates-allowed";
    // --- the indicative estimate of a national amount (estimate.rs) ---
    ESTIMATE_SOURCE_TITLE = "estimate-source-title";
    ESTIMATE_RANGE_AGREE = "estimate-range-agree";
    ESTIMATE_RANGE = "estimate-range";
    ESTIMATE_DERIVATION = "estimate-derivation";
    // --- what an overflow error names (`money::add`, `money::mul`… in the modules above) ---
    OVERFLOW_AN_ADVANCE = "overflow-an-advance";
    OVERFLOW_CUMULATIVE_CASH = "overflow-cumulative-cash";
    OVERFLOW_YEARLY_TOTAL = "overflow-yearly-total";
    OVERFLOW_LINE_AFTER_TERMINATION = "overflow-line-after-termination";
    OVERFLOW_KEPT_ADVANCE = "overflow-kept-advance";
    OVERFLOW_CONTRACT_TOTAL = "overflow-contract-total";
    OVERFLOW_ESTIMATED_ENVELOPE = "overflow-estimated-envelope";
    // --- an indicator's rule in words (`Indicator::describe_rule`); `$direction`: rising or
    // falling, `$between`: step or linear; amounts in euros, thresholds in the indicator's unit ---
    INDICATOR_BINARY = "indicator-binary";
    INDICATOR_TIERED = "indicator-tiered";
    /// One tier of `$tiers` in `indicator-tiered`.
    INDICATOR_TIER = "indicator-tier";
    /// Between two tiers of `$tiers`.
    INDICATOR_TIER_SEPARATOR = "indicator-tier-separator";
    INDICATOR_PROPORTIONAL = "indicator-proportional";
    /// `$rule` followed by one of its modifiers' `$modifier`.
    INDICATOR_MODIFIED = "indicator-modified";
    // --- explanations of a year's lines (`funding::explanation`); amounts `Amount`, dates `Day` ---
    FUNDING_RULE_OPERATING_CONTRACT = "funding-rule-operating-contract";
    FUNDING_RULE_OPERATING_FIRST_YEAR = "funding-rule-operating-first-year";
    FUNDING_RULE_OPERATING_YEARLY = "funding-rule-operating-yearly";
    FUNDING_RULE_UPLIFT_DIFFERENCE = "funding-rule-uplift-difference";
    FUNDING_RULE_FIXED = "funding-rule-fixed";
    FUNDING_RULE_CRISIS = "funding-rule-crisis";
    FUNDING_RULE_INDICATORS = "funding-rule-indicators";
    FUNDING_RULE_SHARE = "funding-rule-share";
    /// `$year`, `$start`, `$end`: the `contract_year` fact.
    FUNDING_CONTRACT_YEAR = "funding-contract-year";
    FUNDING_OPERATING_CONTRACT = "funding-operating-contract";
    FUNDING_OPERATING = "funding-operating";
    FUNDING_OPERATING_UPLIFTED = "funding-operating-uplifted";
    FUNDING_UPLIFT_ELIGIBLE = "funding-uplift-eligible";
    FUNDING_UPLIFT_NOT_ELIGIBLE = "funding-uplift-not-eligible";
    FUNDING_UPLIFT_DIFFERENCE = "funding-uplift-difference";
    /// `$from` to `$to`, `$num` of `$den` `$unit` (`days` or `months`): the `active` fact.
    FUNDING_ACTIVE = "funding-active";
    FUNDING_FIXED_FULL_YEAR = "funding-fixed-full-year";
    FUNDING_FIXED_PRORATED = "funding-fixed-prorated";
    FUNDING_CRISIS_RECOGNISED = "funding-crisis-recognised";
    FUNDING_CRISIS_NOT_RECOGNISED = "funding-crisis-not-recognised";
    /// `$terms`: each indicator's amount, joined by " + ".
    FUNDING_INDICATORS_SUM = "funding-indicators-sum";
    FUNDING_SHARE = "funding-share";
    FUNDING_NO_ACHIEVEMENT = "funding-no-achievement";
    /// `$formula`: the variable part's formula before the proration.
    FUNDING_VARIABLE_PRORATED = "funding-variable-prorated";
    FUNDING_OBSERVED_DONE = "funding-observed-done";
    FUNDING_OBSERVED_NOT_DONE = "funding-observed-not-done";
    // --- what each option means (`Options::describe`, explanations' option facts) ---
    OPTION_BOUNDARY_AS_WORDED = "option-boundary-as_worded";
    OPTION_BOUNDARY_LOWER_INCLUSIVE = "option-boundary-lower_inclusive";
    OPTION_BOUNDARY_UPPER_INCLUSIVE = "option-boundary-upper_inclusive";
    OPTION_PRORATION_DAYS = "option-proration-days";
    OPTION_PRORATION_MONTHS = "option-proration-months";
    OPTION_UPLIFT_ONE_OFF = "option-uplift-one_off";
    OPTION_UPLIFT_ANNUAL = "option-uplift-annual";
    OPTION_VERSION_DATE_YEAR_START = "option-version_date-year_start";
    OPTION_VERSION_DATE_YEAR_END = "option-version_date-year_end";
    OPTION_PRORATE_VARIABLE_TRUE = "option-prorate_variable-true";
    OPTION_PRORATE_VARIABLE_FALSE = "option-prorate_variable-false";
    OPTION_MISSING_OBSERVATION_ZERO = "option-missing_observation-zero";
    OPTION_MISSING_OBSERVATION_ERROR = "option-missing_observation-error";
    OPTION_ENVELOPES_RULE_DATA = "option-envelopes-rule_data";
    OPTION_ENVELOPES_ESTIMATE = "option-envelopes-estimate";
    // --- an explanation for people (`Explanation`'s `Display`, `aci explain`) ---
    EXPLANATION_RULE = "explanation-rule";
    EXPLANATION_THEN = "explanation-then";
    EXPLANATION_INPUT = "explanation-input";
    EXPLANATION_KEY_TAILLE = "explanation-key-taille";
    EXPLANATION_VALUE = "explanation-value";
    EXPLANATION_NOTE = "explanation-note";
    EXPLANATION_INDICATOR = "explanation-indicator";
    EXPLANATION_MISSING = "explanation-missing";
    EXPLANATION_OPTION = "explanation-option";
}
