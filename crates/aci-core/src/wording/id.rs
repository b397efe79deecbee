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
}
