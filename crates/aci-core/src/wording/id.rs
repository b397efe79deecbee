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
}
