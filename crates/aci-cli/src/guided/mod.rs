//! `aci new`: a scenario built from a few answers on a terminal — name, signature date (and
//! lettre d'intention), population (its taille shown at once), the missions engaged and their
//! start dates (the ACI calendar of the rule data proposed), the amounts the rule data lacks
//! for this taille, each mission's indicators ([`indicators`]), the expected achievement or
//! results per year — written as a commented TOML file (or a
//! workbook, for a `.xlsx` name) that is read back before it is kept.
//!
//! Each answer may come from a flag (`--name`, `--signed`, `--letter`, `--population`,
//! `--output`): without a terminal, the flags are the answers and the rest takes the rule
//! data's defaults (no amount or result is ever made up: `aci check` lists what is missing).

use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use aci_core::funding::Item;
use aci_core::mission::{MissionId, VariableBasis};
use aci_core::params::{MissionParam, ParamKey};
use aci_core::rules::Version;
use aci_core::simulation::{SCENARIO_FORMAT, simulate};
use aci_core::taille::Boundary;
use aci_core::wording::{self, id};
use aci_core::{Error, RuleBook, calendar};
use dialoguer::Input;
use dialoguer::console::Term;
use dialoguer::theme::Theme;
use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::load::{self, CliError};
use crate::{reading, xlsx_scenario};

mod indicators;
use indicators::IndicatorAnswer;

/// The answers given as flags.
#[derive(Debug, Default)]
pub struct Flags {
    pub name: Option<String>,
    pub signed: Option<String>,
    pub letter: Option<String>,
    pub population: Option<String>,
    pub output: Option<PathBuf>,
}

/// What the scenario is made of.
struct Answers {
    name: String,
    signed: Date,
    letter: Option<Date>,
    population: u64,
    missions: Vec<(MissionId, Date)>,
    /// (mission, contract field) → amount the user gave.
    amounts: Vec<(MissionId, String, Decimal)>,
    operating: Option<Decimal>,
    /// The indicators of each mission paid on them (a mission absent: on its achievement share).
    indicators: Vec<(MissionId, Vec<IndicatorAnswer>)>,
    /// Achievement share per contract year, of the missions without indicators.
    achievement: Vec<Decimal>,
}

impl Answers {
    fn indicators_of(&self, mission: MissionId) -> &[IndicatorAnswer] {
        self.indicators
            .iter()
            .find(|(m, _)| *m == mission)
            .map_or(&[], |(_, list)| list.as_slice())
    }
}

/// Runs `aci new` with `flags`: asks what they do not say on a terminal, writes the file and
/// prints the command to run next.
pub fn run(rules: &RuleBook, flags: Flags) -> Result<(), CliError> {
    let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if !terminal {
        let missing: Vec<&str> = [
            ("--name NAME", flags.name.is_none()),
            ("--signed DATE", flags.signed.is_none()),
            ("--population N", flags.population.is_none()),
            ("--output FILE", flags.output.is_none()),
        ]
        .into_iter()
        .filter_map(|(f, m)| m.then_some(f))
        .collect();
        if !missing.is_empty() {
            return Err(CliError::usage(wording::text(
                id::NEW_NO_TERMINAL,
                &[("missing", &missing.join(", "))],
            )));
        }
    }
    let ask = Ask {
        term: terminal.then(Term::stderr),
    };
    if ask.term.is_some() {
        ask.say(&wording::text(id::NEW_INTRO, &[]));
    }
    let name = ask.answer(flags.name.as_deref(), id::NEW_ASK_NAME, None, |s| {
        let s = s.trim();
        if s.is_empty() {
            Err(wording::text(id::NEW_BAD_NAME, &[]))
        } else {
            Ok(s.to_string())
        }
    })?;
    let signed = ask.answer(
        flags.signed.as_deref(),
        id::NEW_ASK_SIGNED,
        None,
        parse_date,
    )?;
    let letter = ask.answer(
        flags.letter.as_deref().or(ask.term.is_none().then_some("")),
        id::NEW_ASK_LETTER,
        Some(""),
        |s| {
            if s.trim().is_empty() {
                Ok(None)
            } else {
                parse_date(s).map(Some)
            }
        },
    )?;
    let population = ask.answer(
        flags.population.as_deref(),
        id::NEW_ASK_POPULATION,
        None,
        parse_population,
    )?;
    let version = rules
        .version_at(signed)
        .map_err(|e| CliError::input(e.to_string()))?;
    let taille = version
        .thresholds()
        .classify(population, Boundary::default());
    let shown = wording::grouped_amount(wording::lang(), Decimal::from(population));
    let shown = shown.split([',', '.']).next().unwrap_or(&shown).to_string();
    ask.say(&wording::text(
        id::NEW_TAILLE,
        &[
            ("taille", &taille.number()),
            ("population", &shown),
            ("version", &version.id),
        ],
    ));

    let mut answers = Answers {
        name,
        signed,
        letter,
        population,
        missions: Vec::new(),
        amounts: Vec::new(),
        operating: None,
        indicators: Vec::new(),
        achievement: Vec::new(),
    };
    for mission in MissionId::ALL {
        let Some((mandatory, months)) = calendar_of(rules, version, mission) else {
            continue;
        };
        let engaged = if ask.term.is_none() {
            mandatory
        } else {
            let note = if mandatory {
                wording::text(id::NEW_MANDATORY, &[])
            } else {
                String::new()
            };
            let prompt = wording::text(
                id::NEW_ASK_MISSION,
                &[("mission", &mission.label()), ("mandatory", &note)],
            );
            let default = wording::text(
                if mandatory {
                    id::XLSX_IN_YES
                } else {
                    id::XLSX_IN_NO
                },
                &[],
            );
            ask.answer_with(None, &prompt, Some(&default), yes_no)?
        };
        if !engaged {
            continue;
        }
        let proposed = match months {
            Some(m) => {
                calendar::add_months(signed, m).map_err(|e| CliError::input(e.to_string()))?
            }
            None => signed,
        };
        let prompt = match months {
            Some(m) => (id::NEW_ASK_START, Some(m)),
            None => (id::NEW_ASK_START_FREE, None),
        };
        let default = proposed.to_string();
        let start = ask.answer_with(
            None,
            &match prompt.1 {
                Some(m) => wording::text(prompt.0, &[("months", &m)]),
                None => wording::text(prompt.0, &[]),
            },
            Some(&default),
            |s| {
                let d = parse_date(s)?;
                if d < signed {
                    Err(wording::text(
                        id::NEW_BEFORE_SIGNATURE,
                        &[
                            ("date", &wording::Day(d)),
                            ("signed", &wording::Day(signed)),
                        ],
                    ))
                } else {
                    Ok(d)
                }
            },
        )?;
        answers.missions.push((mission, start));
    }

    // The amounts the rule data lacks for this taille: asked one by one, as the computation
    // meets them (never made up; without a terminal, `aci check` lists them).
    if ask.term.is_some() {
        for _ in 0..3 * MissionId::ALL.len() + 1 {
            let scenario = reading::read("new.toml", &toml_text(&answers))
                .map_err(|p| CliError::input(format!("{p:?}")))?;
            let (what, mission, field) = match simulate(rules, &scenario) {
                Err(Error::MissingMissionAmount {
                    mission,
                    contract_field,
                    ..
                }) => {
                    let what = match contract_field.as_str() {
                        "fixed" => Item::Fixed(mission).label(),
                        "variable" => Item::Variable(mission).label(),
                        _ => wording::text(
                            id::NEW_FIXED_FIRST_YEAR,
                            &[("mission", &mission.label())],
                        ),
                    };
                    (what, Some(mission), contract_field)
                }
                Err(Error::MissingParameter { parameter, .. })
                    if parameter == ParamKey::OperatingAnnual.to_string()
                        && answers.operating.is_none() =>
                {
                    (Item::Operating.label(), None, String::new())
                }
                _ => break,
            };
            let prompt = wording::text(
                id::NEW_ASK_AMOUNT,
                &[
                    ("what", &what),
                    ("taille", &taille.number()),
                    ("version", &version.id),
                ],
            );
            let amount = ask.answer_with(None, &prompt, None, |s| {
                aci_core::envelopes::parse_amount(s)
                    .map_err(|_| wording::text(id::NEW_BAD_AMOUNT, &[("value", &s.trim())]))
            })?;
            match mission {
                Some(m) => answers.amounts.push((m, field, amount)),
                None => answers.operating = Some(amount),
            }
        }
        // The indicators each mission's variable part is paid on (none: its achievement share).
        let mut taken = Vec::new();
        for (mission, _) in answers.missions.clone() {
            if mission.variable_basis() == VariableBasis::Results {
                let list = indicators::ask(&ask, mission, &mut taken)?;
                if !list.is_empty() {
                    answers.indicators.push((mission, list));
                }
            }
        }
        let by_share = answers
            .missions
            .iter()
            .any(|(m, _)| answers.indicators_of(*m).is_empty());
        let years = version.contract_years();
        let mut previous = "1".to_string();
        for year in 1..=years {
            if by_share {
                let prompt = wording::text(id::NEW_ASK_ACHIEVEMENT, &[("year", &year)]);
                let share = ask.answer_with(None, &prompt, Some(&previous), parse_share)?;
                previous = share.to_string();
                answers.achievement.push(share);
            }
            for (_, list) in &mut answers.indicators {
                for indicator in list {
                    indicators::ask_result(&ask, indicator, year)?;
                }
            }
        }
    }

    let output = ask.answer(
        flags.output.as_ref().and_then(|p| p.to_str()),
        id::NEW_ASK_OUTPUT,
        Some("plan.toml"),
        |s| {
            let p = PathBuf::from(s.trim());
            let ext = p
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            match ext.as_deref() {
                Some("toml" | "xlsx") => Ok(p),
                _ => Err(wording::text(id::NEW_BAD_OUTPUT, &[("value", &s.trim())])),
            }
        },
    )?;
    write(rules, &answers, &output)
}

/// Whether `mission` is in `version` (mandatory or not) and the months of the ACI calendar for
/// its start, from the rule data (`aci serve` proposes the same dates).
pub(crate) fn calendar_of(
    rules: &RuleBook,
    version: &Version,
    mission: MissionId,
) -> Option<(bool, Option<u32>)> {
    let mandatory = version.mission(mission)?;
    let months = version
        .decimal(
            ParamKey::Mission(mission, MissionParam::StartWithinMonths),
            None,
        )
        .and_then(|(d, _)| rust_decimal::prelude::ToPrimitive::to_u32(&d));
    let _ = rules;
    Some((mandatory, months))
}

/// Writes the scenario (read back first: a file that would not read is never written).
fn write(rules: &RuleBook, answers: &Answers, output: &Path) -> Result<(), CliError> {
    let text = toml_text(answers);
    let scenario = reading::read("new.toml", &text).map_err(|p| {
        CliError::input(
            p.iter()
                .map(|p| p.located("new.toml"))
                .collect::<Vec<_>>()
                .join("\n"),
        )
    })?;
    if xlsx_scenario::is_workbook(output) {
        let bytes = xlsx_scenario::template::write(Some(&scenario), rules)
            .map_err(|e| CliError::io(format!("XLSX: {e}")))?;
        load::write(output, &bytes)?;
    } else {
        load::write(output, text.as_bytes())?;
    }
    let file = output.display().to_string();
    let next = format!(
        "{}\n  aci check {file}\n  aci simulate {file}\n",
        wording::text(id::NEW_WRITTEN, &[("file", &file)])
    );
    load::emit(None, next.as_bytes())
}

/// `"text"` as TOML writes it.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// `# words`, each line of the words a comment.
fn comment(out: &mut String, words: &str) {
    for line in words.lines() {
        let _ = writeln!(out, "# {line}");
    }
}

/// The scenario as a commented TOML file.
fn toml_text(a: &Answers) -> String {
    let mut out = String::new();
    comment(&mut out, &wording::text(id::NEW_TOML_HEADER, &[]));
    let _ = writeln!(out, "format = {}", quoted(SCENARIO_FORMAT));
    if let Some(l) = a.letter {
        let _ = writeln!(out, "letter_of_intent = \"{l}\"");
    }
    let _ = writeln!(out, "\n[contract]");
    let _ = writeln!(out, "name = {}", quoted(&a.name));
    let _ = writeln!(out, "signed = \"{}\"", a.signed);
    let _ = writeln!(out, "population = {}", a.population);
    if let Some(o) = a.operating {
        comment(&mut out, &wording::text(id::NEW_TOML_AMOUNTS, &[]));
        let _ = writeln!(out, "operating_amount = \"{o}\"");
    }
    for (mission, start) in &a.missions {
        let _ = writeln!(out);
        comment(
            &mut out,
            &wording::text(
                id::NEW_TOML_MISSION,
                &[
                    ("mission", &mission.label()),
                    ("start", &wording::Day(*start)),
                ],
            ),
        );
        let _ = writeln!(out, "[[contract.missions]]");
        let _ = writeln!(out, "id = \"{}\"", mission.key());
        let _ = writeln!(out, "start = \"{start}\"");
        let own: Vec<_> = a.amounts.iter().filter(|(m, _, _)| m == mission).collect();
        if !own.is_empty() {
            comment(&mut out, &wording::text(id::NEW_TOML_AMOUNTS, &[]));
        }
        for (_, field, amount) in own {
            let _ = writeln!(out, "{field} = \"{amount}\"");
        }
        for indicator in a.indicators_of(*mission) {
            indicators::write_toml(&mut out, indicator);
        }
    }
    let years = a.achievement.len().max(
        a.indicators
            .iter()
            .flat_map(|(_, l)| l)
            .map(|i| i.results.len())
            .max()
            .unwrap_or(0),
    );
    if years > 0 && !a.missions.is_empty() {
        let _ = writeln!(out);
        comment(&mut out, &wording::text(id::NEW_TOML_YEARS, &[]));
        for i in 0..years {
            let _ = writeln!(out, "[[years]]\nyear = {}", i + 1);
            if let Some(share) = a.achievement.get(i) {
                let rates: Vec<String> = a
                    .missions
                    .iter()
                    .filter(|(m, _)| a.indicators_of(*m).is_empty())
                    .map(|(m, _)| format!("{} = \"{share}\"", m.key()))
                    .collect();
                let _ = writeln!(out, "missions = {{ {} }}", rates.join(", "));
            }
            let results: Vec<String> = a
                .indicators
                .iter()
                .flat_map(|(_, l)| l)
                .filter_map(|ind| ind.results.get(i).map(|r| format!("{} = {r}", ind.id)))
                .collect();
            if !results.is_empty() {
                let _ = writeln!(out, "indicators = {{ {} }}", results.join(", "));
            }
        }
    }
    out
}

/// `2023-03-01`, or `01/03/2023` (day/month/year, as the question says).
fn parse_date(s: &str) -> Result<Date, String> {
    let s = s.trim();
    let bad = || wording::text(id::NEW_BAD_DATE, &[("value", &s)]);
    if let Ok(d) = s.parse::<Date>() {
        return Ok(d);
    }
    let parts: Vec<&str> = s.split('/').collect();
    let [day, month, year] = parts[..] else {
        return Err(bad());
    };
    let (Ok(day), Ok(month), Ok(year)) =
        (day.parse::<i8>(), month.parse::<i8>(), year.parse::<i16>())
    else {
        return Err(bad());
    };
    if year < 1000 {
        return Err(bad());
    }
    Date::new(year, month, day).map_err(|_| bad())
}

/// A number of inhabitants: digits, spaces between groups allowed (`55 000`).
fn parse_population(s: &str) -> Result<u64, String> {
    let compact: String = s
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    compact
        .parse::<u64>()
        .ok()
        .filter(|n| *n > 0 && compact.chars().all(|c| c.is_ascii_digit()))
        .ok_or_else(|| wording::text(id::NEW_BAD_POPULATION, &[("value", &s.trim())]))
}

/// Yes or no, in the words of either language (`oui`, `o`, `non`, `n`, `yes`, `y`, `no`).
fn yes_no(s: &str) -> Result<bool, String> {
    let t = s.trim().to_lowercase();
    for lang in wording::Lang::ALL {
        let yes = wording::text_in(lang, id::XLSX_IN_YES, &[]);
        let no = wording::text_in(lang, id::XLSX_IN_NO, &[]);
        if t == yes || (t.chars().count() == 1 && yes.starts_with(&t)) {
            return Ok(true);
        }
        if t == no || (t.chars().count() == 1 && no.starts_with(&t)) {
            return Ok(false);
        }
    }
    Err(wording::text(
        id::XLSX_IN_ERR_NOT_YES_NO,
        &[("value", &s.trim())],
    ))
}

/// The prompts' look: dialoguer's plain one, with our catalogue's messages alone on a
/// refused answer (no English "error:" before them).
struct Plain;

impl Theme for Plain {
    fn format_error(&self, f: &mut dyn std::fmt::Write, err: &str) -> std::fmt::Result {
        write!(f, "{err}")
    }
}

/// A share from 0 to 1 (`0.8` or `0,8`).
fn parse_share(s: &str) -> Result<Decimal, String> {
    s.trim()
        .replace(',', ".")
        .parse::<Decimal>()
        .ok()
        .filter(|d| *d >= Decimal::ZERO && *d <= Decimal::ONE)
        .ok_or_else(|| wording::text(id::NEW_BAD_SHARE, &[("value", &s.trim())]))
}

fn terminal_error(e: dialoguer::Error) -> CliError {
    CliError::io(format!("terminal: {e}"))
}

/// Where answers come from: the flags, else the terminal's prompts.
struct Ask {
    term: Option<Term>,
}

impl Ask {
    fn say(&self, words: &str) {
        match &self.term {
            Some(t) => {
                let _ = t.write_line(words);
            }
            None => eprintln!("{words}"),
        }
    }

    /// The answer to question `prompt_id`: the flag's value when given (checked by `parse`),
    /// else asked until `parse` accepts it.
    fn answer<T>(
        &self,
        flag: Option<&str>,
        prompt_id: &str,
        default: Option<&str>,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Result<T, CliError> {
        self.answer_with(flag, &wording::text(prompt_id, &[]), default, parse)
    }

    fn answer_with<T>(
        &self,
        flag: Option<&str>,
        prompt: &str,
        default: Option<&str>,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Result<T, CliError> {
        if let Some(value) = flag.or(self.term.is_none().then_some(default).flatten()) {
            return parse(value).map_err(CliError::usage);
        }
        let Some(term) = &self.term else {
            return Err(CliError::usage(prompt.to_string()));
        };
        let mut input = Input::<String>::with_theme(&Plain)
            .with_prompt(prompt)
            .allow_empty(default == Some(""))
            .validate_with(|s: &String| parse(s).map(|_| ()));
        if let Some(d) = default.filter(|d| !d.is_empty()) {
            input = input.default(d.to_string());
        }
        let text = input.interact_text_on(term).map_err(terminal_error)?;
        parse(&text).map_err(CliError::usage)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everyday_answers_are_read_or_refused_in_words() {
        assert_eq!(parse_date("01/03/2023").unwrap().to_string(), "2023-03-01");
        assert_eq!(
            parse_date(" 2023-03-01 ").unwrap().to_string(),
            "2023-03-01"
        );
        assert!(parse_date("31/02/2023").is_err());
        assert!(parse_date("1er mars").is_err());
        assert_eq!(parse_population("55 000"), Ok(55_000));
        assert!(parse_population("55,000").is_err());
        assert!(parse_population("55.000").is_err());
        assert!(parse_population("0").is_err());
        assert_eq!(parse_share("0,8").unwrap().to_string(), "0.8");
        assert!(parse_share("80").is_err());
        for (word, expected) in [("oui", true), ("O", true), ("n", false), ("no", false)] {
            assert_eq!(yes_no(word), Ok(expected), "{word}");
        }
        assert!(yes_no("peut-être").is_err());
    }
}
