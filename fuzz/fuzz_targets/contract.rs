//! Contract data and yearly results as files: arbitrary text read as a `ContractSpec` and as
//! `YearResults`, in TOML and in JSON. What parses is checked, then computed for every year.
#![no_main]

use aci_core::RuleBook;
use aci_core::contract::{Contract, ContractSpec};
use aci_core::funding::YearResults;
use libfuzzer_sys::fuzz_target;

/// A contract engaging every mission, with one indicator of each shape, for fuzzed results.
const RICH: &str = r#"
name = "fuzz"
signed = "2022-04-15"
population = 120000
[[missions]]
id = "acces_aux_soins"
start = "2022-10-15"
variable = "35000"
indicators = [
  { id = "a", kind = "binary", amount = "5000" },
  { id = "b", kind = "tiered", direction = "falling", unit = "count", tiers = [ { threshold = "3000", amount = "5000" }, { threshold = "1000", amount = "15000" } ] },
  { id = "c", kind = "proportional", direction = "rising", unit = "percent", baseline = "0", target = "20", amount = "15000" },
]
[[missions]]
id = "prevention"
start = "2023-04-15"
indicators = [ { id = "d", kind = "tiered", direction = "rising", unit = "rate", between = "linear", tiers = [ { threshold = "0.5", amount = "7500" }, { threshold = "0.6", amount = "17500" } ] } ]
[[missions]]
id = "crises_sanitaires"
start = "2022-10-15"
[[missions]]
id = "qualite_pertinence"
start = "2024-04-15"
fixed = "15000"
variable = "15000"
"#;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let rules = RuleBook::shipped();
    let mut contracts = Vec::new();
    if let Ok(spec) = toml::from_str::<ContractSpec>(text) {
        contracts.push(spec);
    }
    if let Ok(spec) = serde_json::from_str::<ContractSpec>(text) {
        contracts.push(spec);
    }
    for spec in contracts {
        if let Ok(contract) = Contract::new(spec) {
            for options in aci_fuzz::option_sets() {
                aci_fuzz::exercise(rules, options, &contract, &YearResults::default());
            }
        }
    }
    let mut results = Vec::new();
    if let Ok(r) = toml::from_str::<YearResults>(text) {
        results.push(r);
    }
    if let Ok(r) = serde_json::from_str::<YearResults>(text) {
        results.push(r);
    }
    if !results.is_empty() {
        let contract = Contract::new(toml::from_str(RICH).expect("fixture")).expect("valid");
        for r in &results {
            for options in aci_fuzz::option_sets() {
                aci_fuzz::exercise(rules, options, &contract, r);
            }
        }
    }
});
