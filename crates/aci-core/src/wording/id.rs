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
    // --- the results workbook (XLSX), the French-Excel CSV, the chart's bars (h-xlsx-out) ---
    SHEET_OPTIONS = "sheet-options";
    SHEET_SOURCES = "sheet-sources";
    /// `$title`: the scenario's title; `$signed`: the signature date.
    XLSX_TITLE = "xlsx-title";
    XLSX_CONTRACT_YEAR = "xlsx-contract-year";
    XLSX_START = "xlsx-start";
    /// The contract year's end: the next anniversary, not part of the year.
    XLSX_END = "xlsx-end";
    XLSX_VERSION = "xlsx-version";
    XLSX_POPULATION = "xlsx-population";
    XLSX_KEY = "xlsx-key";
    XLSX_NOT_APPLICABLE = "xlsx-not-applicable";
    XLSX_RULE = "xlsx-rule";
    XLSX_FORMULA = "xlsx-formula";
    XLSX_EXPLANATION = "xlsx-explanation";
    XLSX_WARNING = "xlsx-warning";
    XLSX_OPTION = "xlsx-option";
    XLSX_MEANING = "xlsx-meaning";
    XLSX_TAG = "xlsx-tag";
    XLSX_ARTICLE = "xlsx-article";
    XLSX_LINK = "xlsx-link";
    XLSX_NOTE = "xlsx-note";
    XLSX_USED_IN = "xlsx-used-in";
    /// The payment option `variable_delay_months`: `$months`.
    XLSX_VARIABLE_DELAY = "xlsx-variable-delay";
    // --- how a value is known (`provenance::Status::label`) ---
    STATUS_PRIMARY = "status-primary";
    STATUS_SECONDARY = "status-secondary";
    STATUS_CONTRACT = "status-contract";
    STATUS_NEGOTIATION = "status-negotiation";
    STATUS_THIS_CONTRACT = "status-this-contract";
    STATUS_USER_TABLE = "status-user-table";
    STATUS_ESTIMATE = "status-estimate";
    // --- what a simulation's inputs may be (simulation.rs) ---
    // --- the indicative estimate of a national amount (estimate.rs) ---
    ESTIMATE_SOURCE_TITLE = "estimate-source-title";
    ESTIMATE_RANGE_AGREE = "estimate-range-agree";
    ESTIMATE_RANGE = "estimate-range";
    ESTIMATE_DERIVATION = "estimate-derivation";
    // --- what an overflow error names (`money::add`, `money::mul`… in the modules above) ---
    OVERFLOW_KEPT_ADVANCE = "overflow-kept-advance";
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
    // --- the chart's bars, one colour per mission ---
    /// `$what`: operating, a mission or the lettre d'intention; `$quarter`: [`CHART_QUARTER`].
    CHART_BAR = "chart-bar";
    /// `$quarter` (1 to 4), `$year`.
    CHART_QUARTER = "chart-quarter";
    // --- what each option means (`Options::describe`, `Boundary::describe`) ---
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
    // --- errors (the core's `Error`, the CLI's and the Python binding's messages) ---
    ERROR_RULE_FILE_SYNTAX = "error-rule-file-syntax";
    ERROR_RULE_FILE_INVALID = "error-rule-file-invalid";
    ERROR_BEFORE_FIRST_VERSION = "error-before-first-version";
    ERROR_OUT_OF_RANGE = "error-out-of-range";
    ERROR_SUB_CENT_AMOUNT = "error-sub-cent-amount";
    ERROR_DATES_OUT_OF_ORDER = "error-dates-out-of-order";
    ERROR_MISSION_BEFORE_CONTRACT = "error-mission-before-contract";
    ERROR_DUPLICATE = "error-duplicate";
    ERROR_UNKNOWN_MISSION = "error-unknown-mission";
    ERROR_TIERS_NOT_ORDERED = "error-tiers-not-ordered";
    ERROR_INDICATORS_EXCEED_ENVELOPE = "error-indicators-exceed-envelope";
    ERROR_OVERFLOW = "error-overflow";
    ERROR_YEAR_OUT_OF_RANGE = "error-year-out-of-range";
    ERROR_UNKNOWN_INDICATOR = "error-unknown-indicator";
    ERROR_OBSERVATION_KIND = "error-observation-kind";
    ERROR_MISSING_MISSION_AMOUNT = "error-missing-mission-amount";
    ERROR_ENVELOPE_TABLE = "error-envelope-table";
    ERROR_MISSING_PARAMETER = "error-missing-parameter";
    /// `$name`: the known name nearest to a mistyped one (`suggest::did_you_mean`).
    ERROR_DID_YOU_MEAN = "error-did-you-mean";
    OVERFLOW_YEARLY_TOTAL = "overflow-yearly-total";
    OVERFLOW_VARIABLE_PART = "overflow-variable-part";
    OVERFLOW_INDICATORS_TOTAL = "overflow-indicators-total";
    OVERFLOW_PROPORTIONAL_INDICATOR = "overflow-proportional-indicator";
    OVERFLOW_ADVANCE = "overflow-advance";
    OVERFLOW_LINE_AFTER_TERMINATION = "overflow-line-after-termination";
    OVERFLOW_ESTIMATED_ENVELOPE = "overflow-estimated-envelope";
    OVERFLOW_CUMULATIVE_CASH = "overflow-cumulative-cash";
    OVERFLOW_CONTRACT_TOTAL = "overflow-contract-total";
    OVERFLOW_GROWN_POPULATION = "overflow-grown-population";
    OVERFLOW_POPULATION_GROWTH_FACTOR = "overflow-population-growth-factor";
    OVERFLOW_FORECAST_CENTS = "overflow-forecast-cents";
    VALUE_MISSING = "value-missing";
    VALUE_NONE = "value-none";
    ALLOWED_RANGE = "allowed-range";
    ALLOWED_AMOUNT = "allowed-amount";
    ALLOWED_POPULATION = "allowed-population";
    ALLOWED_ONE_OR_MORE = "allowed-one-or-more";
    ALLOWED_DATES_UP_TO_9999 = "allowed-dates-up-to-9999";
    ALLOWED_EVERY_RESULT = "allowed-every-result";
    ALLOWED_ENGAGED_MISSIONS = "allowed-engaged-missions";
    EXPECTED_MISSION_INDICATORS = "expected-mission-indicators";
    GOT_MISSION_SHARE = "got-mission-share";
    HINT_OPERATING_AMOUNT = "hint-operating-amount";
    ALLOWED_CONTRACT_YEARS = "allowed-contract-years";
    ALLOWED_TERMINATED = "allowed-terminated";
    PROBLEM_VERSION_NOT_IN_RULES = "problem-version-not-in-rules";
    WHAT_LETTER_OF_INTENT = "what-letter-of-intent";
    PROBLEM_TAILLE_THRESHOLDS = "problem-taille-thresholds";
    ALLOWED_FIRST_POPULATION_FROM = "allowed-first-population-from";
    ALLOWED_LATER_POPULATION_FROM = "allowed-later-population-from";
    WHAT_POPULATION_ORDER = "what-population-order";
    ALLOWED_AT_LEAST_ONE_FIGURE = "allowed-at-least-one-figure";
    ALLOWED_NO_CRISIS_INDICATORS = "allowed-no-crisis-indicators";
    VALUE_INDICATORS = "value-indicators";
    WHAT_MISSION_END = "what-mission-end";
    WHAT_MISSION_DEPLOYED = "what-mission-deployed";
    ALLOWED_UNIT_RATE = "allowed-unit-rate";
    ALLOWED_UNIT_PERCENT = "allowed-unit-percent";
    ALLOWED_UNIT_COUNT = "allowed-unit-count";
    ALLOWED_REQUIRED_FOR_KIND = "allowed-required-for-kind";
    ALLOWED_NON_EMPTY_ID = "allowed-non-empty-id";
    ALLOWED_AT_LEAST_ONE_TIER = "allowed-at-least-one-tier";
    ORDER_INCREASING = "order-increasing";
    ORDER_DECREASING = "order-decreasing";
    PROBLEM_BASELINE_TARGET = "problem-baseline-target";
    PROBLEM_TIER_PAIR = "problem-tier-pair";
    EXPECTED_DONE = "expected-done";
    EXPECTED_VALUE = "expected-value";
    ALLOWED_PROBABILITY = "allowed-probability";
    ALLOWED_SHARE = "allowed-share";
    EXPECTED_VALUE_DISTRIBUTION = "expected-value-distribution";
    GOT_PROBABILITY_DONE = "got-probability-done";
    EXPECTED_PROBABILITY_DONE = "expected-probability-done";
    GOT_VALUE_DISTRIBUTION = "got-value-distribution";
    ALLOWED_AT_LEAST_ONE_VALUE = "allowed-at-least-one-value";
    VALUE_PROBABILITIES_SUM = "value-probabilities-sum";
    ALLOWED_PROBABILITIES_SUM = "allowed-probabilities-sum";
    ALLOWED_UNIFORM = "allowed-uniform";
    ALLOWED_DRAWN_OUTCOME = "allowed-drawn-outcome";
    ALLOWED_AT_MOST_VALUES = "allowed-at-most-values";
    VALUE_TOO_MANY = "value-too-many";
    ALLOWED_OUTCOMES = "allowed-outcomes";
    FIELD_GROWN_POPULATION = "field-grown-population";
    ALLOWED_MISSION_WITHOUT_INDICATORS = "allowed-mission-without-indicators";
    DECIMAL_FRENCH_FORM = "decimal-french-form";
    DECIMAL_PERCENT = "decimal-percent";
    DECIMAL_OTHER = "decimal-other";
    DECIMAL_UNQUOTED = "decimal-unquoted";
    EXPECTING_DECIMAL = "expecting-decimal";
    DATE_ISO_FORM = "date-iso-form";
    DATE_NO_MONTH = "date-no-month";
    DATE_NO_DAY = "date-no-day";
    DATE_DAY_FIRST = "date-day-first";
    DATE_OTHER = "date-other";
    DATE_EMPTY = "date-empty";
    EXPECTING_DATE = "expecting-date";
    /// A day in words: `$day` the day's number (`$first`: yes on the 1st), `$month` a `month-N`.
    DATE_LONG = "date-long";
    MONTH_1 = "month-1";
    MONTH_2 = "month-2";
    MONTH_3 = "month-3";
    MONTH_4 = "month-4";
    MONTH_5 = "month-5";
    MONTH_6 = "month-6";
    MONTH_7 = "month-7";
    MONTH_8 = "month-8";
    MONTH_9 = "month-9";
    MONTH_10 = "month-10";
    MONTH_11 = "month-11";
    MONTH_12 = "month-12";
    OBSERVATION_UNQUOTED = "observation-unquoted";
    EXPECTING_OBSERVATION = "expecting-observation";
    POPULATION_LIST_INSIDE = "population-list-inside";
    EXPECTING_POPULATION = "expecting-population";
    EXPECTING_POPULATION_SERIES = "expecting-population-series";
    POPULATION_NEGATIVE = "population-negative";
    POPULATION_DECIMAL_PART = "population-decimal-part";
    POPULATION_NOT_WHOLE = "population-not-whole";
    POPULATION_TEXT_NUMBER = "population-text-number";
    POPULATION_TEXT = "population-text";
    POPULATION_TABLE = "population-table";
    ENVELOPE_CELL_CSV = "envelope-cell-csv";
    ENVELOPE_CELL_XLSX = "envelope-cell-xlsx";
    ENVELOPE_HEADER_CSV = "envelope-header-csv";
    ENVELOPE_HEADER_XLSX = "envelope-header-xlsx";
    ENVELOPE_AMOUNT_HOW = "envelope-amount-how";
    ENVELOPE_AMOUNT_EMPTY = "envelope-amount-empty";
    ENVELOPE_AMOUNT_MIXED = "envelope-amount-mixed";
    ENVELOPE_AMOUNT_NOT = "envelope-amount-not";
    ENVELOPE_AMOUNT_DECIMALS = "envelope-amount-decimals";
    ENVELOPE_AMOUNT_RANGE = "envelope-amount-range";
    ENVELOPE_NO_COLUMN = "envelope-no-column";
    ENVELOPE_UNKNOWN_VERSION = "envelope-unknown-version";
    ENVELOPE_BAD_TAILLE = "envelope-bad-taille";
    ENVELOPE_BAD_KEY = "envelope-bad-key";
    ENVELOPE_NOT_A_CELL = "envelope-not-a-cell";
    ENVELOPE_TWICE = "envelope-twice";
    ENVELOPE_AT = "envelope-at";
    ENVELOPE_CONTRADICTS = "envelope-contradicts";
    /// `$one`: yes for a single cell.
    ENVELOPE_ABSENT = "envelope-absent";
    ENVELOPE_MORE = "envelope-more";
    ENVELOPE_UNSUPPORTED = "envelope-unsupported";
    ENVELOPE_CANNOT_READ = "envelope-cannot-read";
    ENVELOPE_NOT_UTF8 = "envelope-not-utf8";
    ENVELOPE_BAD_CSV = "envelope-bad-csv";
    ENVELOPE_EMPTY_FILE = "envelope-empty-file";
    ENVELOPE_NO_SHEET = "envelope-no-sheet";
    ENVELOPE_SHEET_UNREADABLE = "envelope-sheet-unreadable";
    ENVELOPE_SHEET_EMPTY = "envelope-sheet-empty";
    ENVELOPE_CANNOT_WRITE_CSV = "envelope-cannot-write-csv";
    RULES_CANNOT_READ = "rules-cannot-read";
    RULES_FORMAT = "rules-format";
    RULES_NO_VERSION_FILE = "rules-no-version-file";
    RULES_NO_VERSION_BOOK = "rules-no-version-book";
    RULES_UNKNOWN_SOURCE = "rules-unknown-source";
    RULES_OVERLAP = "rules-overlap";
    RULES_NOT_EARLIER_VERSION = "rules-not-earlier-version";
    RULES_UNKNOWN_KEY = "rules-unknown-key";
    RULES_DROP_NEEDS_INHERITS = "rules-drop-needs-inherits";
    RULES_MISSING_THRESHOLD = "rules-missing-threshold";
    RULES_TAILLE_NOT_EXPECTED = "rules-taille-not-expected";
    RULES_TAILLE_MISSING = "rules-taille-missing";
    RULES_NOT_BOOLEAN = "rules-not-boolean";
    RULES_ALLOWED_MONEY = "rules-allowed-money";
    RULES_ALLOWED_COUNT = "rules-allowed-count";
    RULES_STATUS_NOT_IN_FILE = "rules-status-not-in-file";
    /// An error line of the command; `$message` the error.
    CLI_ERROR = "cli-error";
    CLI_WARNING = "cli-warning";
    CLI_PROBLEMS_ABOVE = "cli-problems-above";
    CLI_UNREADABLE_ABOVE = "cli-unreadable-above";
    CLI_FOLDER = "cli-folder";
    CLI_NOT_UTF8 = "cli-not-utf8";
    CLI_CANNOT_READ = "cli-cannot-read";
    CLI_CANNOT_WRITE_OUTPUT = "cli-cannot-write-output";
    CLI_CANNOT_WRITE = "cli-cannot-write";
    CLI_NO_SCENARIO = "cli-no-scenario";
    CLI_SCENARIO_EXTENSION = "cli-scenario-extension";
    CLI_NO_EXAMPLE = "cli-no-example";
    CLI_YEAR_NOT_SIMULATED = "cli-year-not-simulated";
    CLI_UNKNOWN_LINE = "cli-unknown-line";
    CLI_LINE_NOT_IN_YEAR = "cli-line-not-in-year";
    CLI_PAYMENT_NOT_A_DATE = "cli-payment-not-a-date";
    CLI_NO_PAYMENT_ON = "cli-no-payment-on";
    CLI_NO_PAYMENT_OF = "cli-no-payment-of";
    CLI_EXPLAIN_NEEDS = "cli-explain-needs";
    CLI_UNKNOWN_VERSION = "cli-unknown-version";
    CLI_OUTPUT_NEEDS_TEMPLATE = "cli-output-needs-template";
    CLI_NO_ENVELOPES_FILE = "cli-no-envelopes-file";
    CLI_UNKNOWN_EXTENSION = "cli-unknown-extension";
    CLI_NO_EXTENSION = "cli-no-extension";
    CLI_OR = "cli-or";
    CLI_BAD_EXTENSION = "cli-bad-extension";
    CLI_XLSX_NEEDS_FILE = "cli-xlsx-needs-file";
    CLI_FORMAT_CONTRADICTS = "cli-format-contradicts";
    CLI_OUTPUT_IS_INPUT = "cli-output-is-input";
    CLI_THE_SCENARIO = "cli-the-scenario";
    CLI_SAME_OUTPUT = "cli-same-output";
    CHECK_NOTE_READS_FIRST = "check-note-reads-first";
    CHECK_COUNT = "check-count";
    CHECK_FORMAT = "check-format";
    CHECK_YEAR_TWICE = "check-year-twice";
    CHECK_IN_YEAR = "check-in-year";
    CHECK_IN_YEARS = "check-in-years";
    CHECK_YEAR = "check-year";
    CHECK_YEAR_RANGE = "check-year-range";
    CHECK_YEAR_LIST = "check-year-list";
    /// The field a problem is about, before the problem.
    READING_AT = "reading-at";
    READING_DUPLICATE_KEY = "reading-duplicate-key";
    /// A TOML or JSON grammar error; `$message` is the parser's own, in English.
    READING_SYNTAX = "reading-syntax";
    READING_UNKNOWN_FIELD = "reading-unknown-field";
    READING_MISSING_FIELD = "reading-missing-field";
    READING_UNKNOWN_VALUE = "reading-unknown-value";
    READING_NOT_ACCEPTED = "reading-not-accepted";
    READING_EXAMPLE_LINE = "reading-example-line";
    READING_EXAMPLE_TABLE = "reading-example-table";
    EXPECTED_WHOLE_NUMBER = "expected-whole-number";
    EXPECTED_BOOLEAN = "expected-boolean";
    EXPECTED_TEXT = "expected-text";
    EXPECTED_LIST = "expected-list";
    EXPECTED_TABLE = "expected-table";
    /// serde's words for what a file has, `$value` as serde quotes it.
    GOT_STRING = "got-string";
    GOT_INTEGER = "got-integer";
    GOT_FLOAT = "got-float";
    GOT_BOOLEAN = "got-boolean";
    GOT_SEQUENCE = "got-sequence";
    GOT_MAP = "got-map";
    PY_FLOAT = "py-float";
    PY_AT_ROW = "py-at-row";
    /// A problem of a field given from Python: its path, then the problem.
    PY_FIELD = "py-field";
    /// serde's `unknown field`: `$raw` is serde's English message; `$name`, `$allowed` its parts.
    PY_UNKNOWN_FIELD = "py-unknown-field";
    PY_MISSING_FIELD = "py-missing-field";
    PY_UNKNOWN_VARIANT = "py-unknown-variant";
    PY_UNKNOWN_OPTION = "py-unknown-option";
    PY_OPTIONS_TYPE = "py-options-type";
    PY_NOT_FINITE = "py-not-finite";
    PY_EXPECTED_DECIMAL = "py-expected-decimal";
    PY_NAT = "py-nat";
    PY_DATETIME = "py-datetime";
    PY_EXPECTED_DATE = "py-expected-date";
    PY_TIME_OF_DAY = "py-time-of-day";
    PY_DATE_RANGE = "py-date-range";
    PY_EXPECTED_INT = "py-expected-int";
    PY_NOT_WHOLE = "py-not-whole";
    PY_ZERO_OR_MORE = "py-zero-or-more";
    PY_CANNOT_USE = "py-cannot-use";
    PY_VALUE = "py-value";
    PY_KEYS_STRINGS = "py-keys-strings";
    PY_EXPECTED_MAPPING = "py-expected-mapping";
    PY_THRESHOLDS = "py-thresholds";
    PY_LANG = "py-lang";
    PY_NO_SUCH_FILE = "py-no-such-file";
    PY_NO_EXAMPLE_HINT = "py-no-example-hint";
    PY_NO_PAYMENT_ON = "py-no-payment-on";
    PY_NO_PAYMENT_OF = "py-no-payment-of";
    // --- the fill-in scenario workbook (`aci new --xlsx`, read by `aci simulate plan.xlsx`) ---
    XLSX_IN_SHEET_CONTRACT = "xlsx-in-sheet-contract";
    XLSX_IN_SHEET_POPULATION = "xlsx-in-sheet-population";
    XLSX_IN_SHEET_MISSIONS = "xlsx-in-sheet-missions";
    XLSX_IN_SHEET_INDICATORS = "xlsx-in-sheet-indicators";
    XLSX_IN_SHEET_RESULTS = "xlsx-in-sheet-results";
    XLSX_IN_FIELD = "xlsx-in-field";
    XLSX_IN_VALUE = "xlsx-in-value";
    XLSX_IN_YES = "xlsx-in-yes";
    XLSX_IN_NO = "xlsx-in-no";
    XLSX_IN_NAME = "xlsx-in-name";
    XLSX_IN_NAME_NOTE = "xlsx-in-name-note";
    XLSX_IN_SIGNED = "xlsx-in-signed";
    XLSX_IN_SIGNED_NOTE = "xlsx-in-signed-note";
    XLSX_IN_LETTER = "xlsx-in-letter";
    XLSX_IN_LETTER_NOTE = "xlsx-in-letter-note";
    XLSX_IN_POPULATION = "xlsx-in-population";
    XLSX_IN_POPULATION_NOTE = "xlsx-in-population-note";
    XLSX_IN_POPULATION_SERIES_NOTE = "xlsx-in-population-series-note";
    XLSX_IN_FROM = "xlsx-in-from";
    XLSX_IN_FROM_NOTE = "xlsx-in-from-note";
    XLSX_IN_YEARS = "xlsx-in-years";
    XLSX_IN_YEARS_NOTE = "xlsx-in-years-note";
    XLSX_IN_OPERATING = "xlsx-in-operating";
    XLSX_IN_OPERATING_NOTE = "xlsx-in-operating-note";
    XLSX_IN_OPERATING_CLAUSE = "xlsx-in-operating-clause";
    XLSX_IN_CLAUSE_NOTE = "xlsx-in-clause-note";
    XLSX_IN_TERMINATED = "xlsx-in-terminated";
    XLSX_IN_TERMINATED_NOTE = "xlsx-in-terminated-note";
    XLSX_IN_TITLE = "xlsx-in-title";
    XLSX_IN_TITLE_NOTE = "xlsx-in-title-note";
    XLSX_IN_DESCRIPTION = "xlsx-in-description";
    XLSX_IN_OPT_BOUNDARY = "xlsx-in-opt-boundary";
    XLSX_IN_OPT_PRORATION = "xlsx-in-opt-proration";
    XLSX_IN_OPT_UPLIFT = "xlsx-in-opt-uplift";
    XLSX_IN_OPT_VERSION_DATE = "xlsx-in-opt-version-date";
    XLSX_IN_OPT_PRORATE_VARIABLE = "xlsx-in-opt-prorate-variable";
    XLSX_IN_OPT_MISSING_OBSERVATION = "xlsx-in-opt-missing-observation";
    XLSX_IN_OPT_ENVELOPES = "xlsx-in-opt-envelopes";
    XLSX_IN_OPTION_NOTE = "xlsx-in-option-note";
    XLSX_IN_VARIABLE_DELAY = "xlsx-in-variable-delay";
    XLSX_IN_VARIABLE_DELAY_NOTE = "xlsx-in-variable-delay-note";
    XLSX_IN_MISSION = "xlsx-in-mission";
    XLSX_IN_MISSION_NOTE = "xlsx-in-mission-note";
    XLSX_IN_START = "xlsx-in-start";
    XLSX_IN_START_NOTE = "xlsx-in-start-note";
    XLSX_IN_END = "xlsx-in-end";
    XLSX_IN_END_NOTE = "xlsx-in-end-note";
    XLSX_IN_DEPLOYED = "xlsx-in-deployed";
    XLSX_IN_DEPLOYED_NOTE = "xlsx-in-deployed-note";
    XLSX_IN_FIXED = "xlsx-in-fixed";
    XLSX_IN_FIXED_NOTE = "xlsx-in-fixed-note";
    XLSX_IN_FIXED_FIRST_YEAR = "xlsx-in-fixed-first-year";
    XLSX_IN_FIXED_FIRST_YEAR_NOTE = "xlsx-in-fixed-first-year-note";
    XLSX_IN_VARIABLE = "xlsx-in-variable";
    XLSX_IN_VARIABLE_NOTE = "xlsx-in-variable-note";
    XLSX_IN_CLAUSE = "xlsx-in-clause";
    XLSX_IN_INDICATOR_MISSION_NOTE = "xlsx-in-indicator-mission-note";
    XLSX_IN_INDICATOR = "xlsx-in-indicator";
    XLSX_IN_INDICATOR_NOTE = "xlsx-in-indicator-note";
    XLSX_IN_LABEL = "xlsx-in-label";
    XLSX_IN_LABEL_NOTE = "xlsx-in-label-note";
    XLSX_IN_KIND = "xlsx-in-kind";
    XLSX_IN_KIND_NOTE = "xlsx-in-kind-note";
    XLSX_IN_DIRECTION = "xlsx-in-direction";
    XLSX_IN_DIRECTION_NOTE = "xlsx-in-direction-note";
    XLSX_IN_UNIT = "xlsx-in-unit";
    XLSX_IN_UNIT_NOTE = "xlsx-in-unit-note";
    XLSX_IN_AMOUNT = "xlsx-in-amount";
    XLSX_IN_AMOUNT_NOTE = "xlsx-in-amount-note";
    XLSX_IN_BASELINE = "xlsx-in-baseline";
    XLSX_IN_BASELINE_NOTE = "xlsx-in-baseline-note";
    XLSX_IN_TARGET = "xlsx-in-target";
    XLSX_IN_TARGET_NOTE = "xlsx-in-target-note";
    XLSX_IN_BETWEEN = "xlsx-in-between";
    XLSX_IN_BETWEEN_NOTE = "xlsx-in-between-note";
    XLSX_IN_TIER_THRESHOLD = "xlsx-in-tier-threshold";
    XLSX_IN_TIER_AMOUNT = "xlsx-in-tier-amount";
    XLSX_IN_TIER_NOTE = "xlsx-in-tier-note";
    XLSX_IN_RESULT_KIND = "xlsx-in-result-kind";
    XLSX_IN_RESULT_KIND_NOTE = "xlsx-in-result-kind-note";
    XLSX_IN_RESULT_ID = "xlsx-in-result-id";
    XLSX_IN_RESULT_ID_NOTE = "xlsx-in-result-id-note";
    XLSX_IN_RESULT_YEAR = "xlsx-in-result-year";
    XLSX_IN_RESULT_YEAR_NOTE = "xlsx-in-result-year-note";
    XLSX_IN_NOTE_DATE = "xlsx-in-note-date";
    XLSX_IN_NOTE_CHOICES = "xlsx-in-note-choices";
    XLSX_IN_ERR_DATE_AS_TEXT = "xlsx-in-err-date-as-text";
    XLSX_IN_ERR_NOT_A_DATE = "xlsx-in-err-not-a-date";
    XLSX_IN_ERR_NOT_A_NUMBER = "xlsx-in-err-not-a-number";
    XLSX_IN_ERR_NOT_WHOLE = "xlsx-in-err-not-whole";
    XLSX_IN_ERR_NOT_YES_NO = "xlsx-in-err-not-yes-no";
    XLSX_IN_ERR_NOT_ALLOWED = "xlsx-in-err-not-allowed";
    XLSX_IN_ERR_REQUIRED = "xlsx-in-err-required";
    XLSX_IN_ERR_UNKNOWN_MISSION = "xlsx-in-err-unknown-mission";
    XLSX_IN_ERR_DUPLICATE_ROW = "xlsx-in-err-duplicate-row";
    XLSX_IN_ERR_NO_SHEET = "xlsx-in-err-no-sheet";
    XLSX_IN_ERR_UNREADABLE = "xlsx-in-err-unreadable";
    XLSX_IN_ERR_NO_KEYS = "xlsx-in-err-no-keys";
    XLSX_IN_ERR_POPULATION_TWICE = "xlsx-in-err-population-twice";
    XLSX_IN_ERR_ID_WITH_CRISIS = "xlsx-in-err-id-with-crisis";
    XLSX_IN_DID_YOU_MEAN = "xlsx-in-did-you-mean";
    XLSX_IN_WRITTEN = "xlsx-in-written";
    // --- `aci new`, the guided creation on a terminal ---
    NEW_NO_TERMINAL = "new-no-terminal";
    NEW_INTRO = "new-intro";
    NEW_ASK_NAME = "new-ask-name";
    NEW_ASK_SIGNED = "new-ask-signed";
    NEW_ASK_LETTER = "new-ask-letter";
    NEW_ASK_POPULATION = "new-ask-population";
    NEW_TAILLE = "new-taille";
    NEW_ASK_MISSION = "new-ask-mission";
    NEW_MANDATORY = "new-mandatory";
    NEW_ASK_START = "new-ask-start";
    NEW_ASK_START_FREE = "new-ask-start-free";
    NEW_ASK_AMOUNT = "new-ask-amount";
    NEW_FIXED_FIRST_YEAR = "new-fixed-first-year";
    NEW_ASK_ACHIEVEMENT = "new-ask-achievement";
    NEW_ASK_OUTPUT = "new-ask-output";
    NEW_WRITTEN = "new-written";
    NEW_BAD_DATE = "new-bad-date";
    NEW_BAD_POPULATION = "new-bad-population";
    NEW_BAD_SHARE = "new-bad-share";
    NEW_BAD_AMOUNT = "new-bad-amount";
    NEW_BAD_OUTPUT = "new-bad-output";
    NEW_BAD_NAME = "new-bad-name";
    NEW_BEFORE_SIGNATURE = "new-before-signature";
    NEW_TOML_HEADER = "new-toml-header";
    NEW_TOML_MISSION = "new-toml-mission";
    NEW_TOML_AMOUNTS = "new-toml-amounts";
    NEW_TOML_YEARS = "new-toml-years";
    // --- aci new: a mission's indicators (crates/aci-cli/src/guided/indicators.rs) ---
    NEW_ASK_INDICATORS = "new-ask-indicators";
    NEW_ASK_INDICATOR_ID = "new-ask-indicator-id";
    NEW_ASK_INDICATOR_LABEL = "new-ask-indicator-label";
    NEW_ASK_INDICATOR_KIND = "new-ask-indicator-kind";
    NEW_ASK_INDICATOR_AMOUNT = "new-ask-indicator-amount";
    NEW_ASK_INDICATOR_DIRECTION = "new-ask-indicator-direction";
    NEW_ASK_INDICATOR_UNIT = "new-ask-indicator-unit";
    NEW_ASK_INDICATOR_TIERS = "new-ask-indicator-tiers";
    NEW_ASK_INDICATOR_BASELINE = "new-ask-indicator-baseline";
    NEW_ASK_INDICATOR_TARGET = "new-ask-indicator-target";
    NEW_ASK_INDICATOR_DONE = "new-ask-indicator-done";
    NEW_ASK_INDICATOR_RESULT = "new-ask-indicator-result";
    NEW_INDICATOR_REFUSED = "new-indicator-refused";
    NEW_BAD_COUNT = "new-bad-count";
    NEW_BAD_INDICATOR_ID = "new-bad-indicator-id";
    NEW_INDICATOR_ID_TAKEN = "new-indicator-id-taken";
    NEW_BAD_INDICATOR_KIND = "new-bad-indicator-kind";
    NEW_BAD_INDICATOR_DIRECTION = "new-bad-indicator-direction";
    NEW_BAD_INDICATOR_UNIT = "new-bad-indicator-unit";
    NEW_BAD_TIERS = "new-bad-tiers";
    NEW_BAD_VALUE = "new-bad-value";
}
