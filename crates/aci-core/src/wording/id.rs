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
}
