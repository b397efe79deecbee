//! Rule files: arbitrary text, and structured mutations of the shipped file (replace a value,
//! drop, duplicate or move a line). A file that loads is then used for every contract year.
#![no_main]

use aci_core::RuleBook;
use aci_core::contract::{Contract, ContractSpec};
use aci_core::funding::YearResults;
use aci_core::rules::SHIPPED_TOML;
use libfuzzer_sys::fuzz_target;

fn mutate_shipped(edits: &[u8]) -> String {
    let mut lines: Vec<String> = SHIPPED_TOML.lines().map(str::to_owned).collect();
    let mut rest = edits;
    while rest.len() >= 4 {
        let n = lines.len().max(1);
        let at = usize::from(u16::from_le_bytes([rest[0], rest[1]])) % n;
        let op = rest[2] % 4;
        let len = usize::from(rest[3] % 32).min(rest.len() - 4);
        let payload = String::from_utf8_lossy(&rest[4..4 + len]).into_owned();
        rest = &rest[4 + len..];
        if lines.is_empty() {
            lines.push(payload);
            continue;
        }
        match op {
            // Replace what follows `=` (or the whole line).
            0 => {
                let line = &mut lines[at];
                match line.find('=') {
                    Some(i) => line.replace_range(i + 1.., &format!(" {payload}")),
                    None => *line = payload,
                }
            }
            1 => {
                lines.remove(at);
            }
            2 => {
                let l = lines[at].clone();
                lines.insert(at, l);
            }
            _ => {
                let to = len % n;
                lines.swap(at, to);
            }
        }
    }
    lines.join("\n")
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = if mode % 2 == 0 {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        mutate_shipped(rest)
    };
    let Ok(rules) = RuleBook::from_toml_str(&text) else {
        return;
    };
    for (signed, years, ops) in [
        ("2019-10-01", None, true),
        ("2021-06-15", Some(5), false),
        ("2024-02-29", None, true),
    ] {
        let mut spec: ContractSpec = toml::from_str(&format!(
            r#"
            name = "fuzz"
            signed = "{signed}"
            population = [ {{ population = 39999 }}, {{ from = "2025-01-01", population = 180000 }} ]
            [[missions]]
            id = "acces_aux_soins"
            start = "{signed}"
            [[missions]]
            id = "crises_sanitaires"
            start = "{signed}"
            [[missions]]
            id = "prevention"
            start = "{signed}"
            "#
        ))
        .expect("fixture parses");
        spec.years = years;
        if ops {
            spec.operating_amount = None;
        }
        let contract = Contract::new(spec).expect("fixture is valid");
        let results = YearResults {
            crisis_recognised: true,
            ..YearResults::default()
        };
        for options in aci_fuzz::option_sets() {
            aci_fuzz::exercise(&rules, options, &contract, &results);
        }
    }
});
