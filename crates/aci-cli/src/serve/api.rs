//! The routes of `/api/v1`. Each request is answered on a blocking thread, in its own language
//! (`?lang=`, else `Accept-Language`, else French), within the time limit; a scenario comes as
//! the body, JSON (the scenario format) or TOML (`Content-Type: application/toml`), and is read
//! by the CLI's own reader, so its problems are the CLI's, line by line.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::Query;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use aci_core::RuleBook;
use aci_core::contract::Contract;
use aci_core::forecast::ForecastSpec;
use aci_core::mission::MissionId;
use aci_core::payments::{Flow, Part};
use aci_core::simulation::{Scenario, Simulation};
use aci_core::wording::{self, Lang, id, text};
use aci_core::{Engine, funding::Item};
use clap::ValueEnum;

use super::problem::Problem;
use super::{App, MAX_DRAWS};
use crate::export::{self, CsvDialect};
use crate::load::{self, Loaded};
use crate::{TextOrJson, check, reading};

/// What a handler's work gets: the request, read.
pub struct Request {
    pub lang: Lang,
    pub rules: Arc<RuleBook>,
    pub params: HashMap<String, String>,
    pub toml: bool,
    pub body: Bytes,
}

type Answer = Result<Response, Problem>;

/// The language of the answer: `?lang=`, else the first language of `Accept-Language` with a
/// catalogue, else French (the language of the texts and of most users).
pub fn lang_of(params: &HashMap<String, String>, headers: &HeaderMap) -> Lang {
    if let Some(l) = params.get("lang").and_then(|l| Lang::parse(l)) {
        return l;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.split(',')
                .filter_map(|part| Lang::parse(part.split(';').next().unwrap_or("").trim()))
                .next()
        })
        .unwrap_or(Lang::Fr)
}

/// Runs `work` on a blocking thread in the request's language, within the time limit; any
/// rejection of the request (a body too large, a query that does not parse) becomes a problem.
pub async fn answer(
    app: App,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
    work: impl FnOnce(&Request) -> Answer + Send + 'static,
) -> Response {
    let params = query.map(|q| q.0).unwrap_or_default();
    let lang = lang_of(&params, &headers);
    let body = match body {
        Ok(b) => b,
        Err(e) => {
            let (status, kind) = match e.status() {
                StatusCode::PAYLOAD_TOO_LARGE => (StatusCode::PAYLOAD_TOO_LARGE, "body_too_large"),
                _ => (StatusCode::BAD_REQUEST, "bad_request"),
            };
            let detail = wording::with_lang(lang, || {
                text(
                    id::SERVE_BODY_REFUSED,
                    &[("limit", &super::MAX_BODY), ("reason", &e.body_text())],
                )
            });
            return Problem::new(status, kind, detail).into_response();
        }
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let toml = content_type.contains("toml") || content_type.starts_with("text/plain");
    let media_ok =
        body.is_empty() || toml || content_type.is_empty() || content_type.contains("json");
    if !media_ok {
        let detail = wording::with_lang(lang, || {
            text(id::SERVE_MEDIA_TYPE, &[("type", &content_type)])
        });
        return Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            detail,
        )
        .into_response();
    }
    let request = Request {
        lang,
        rules: app.rules.clone(),
        params,
        toml,
        body,
    };
    let job = tokio::task::spawn_blocking(move || {
        wording::with_lang(lang, || {
            work(&request).unwrap_or_else(|p| p.into_response())
        })
    });
    match tokio::time::timeout(app.time_limit, job).await {
        Ok(Ok(response)) => response,
        Ok(Err(_)) => {
            let detail = wording::with_lang(lang, || text(id::SERVE_INTERNAL, &[]));
            Problem::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", detail).into_response()
        }
        Err(_) => {
            let detail = wording::with_lang(lang, || {
                text(id::SERVE_TIMEOUT, &[("seconds", &app.time_limit.as_secs())])
            });
            Problem::new(StatusCode::SERVICE_UNAVAILABLE, "timeout", detail).into_response()
        }
    }
}

/// A JSON answer.
pub fn json<T: serde::Serialize>(value: &T) -> Answer {
    let body = serde_json::to_vec(value)
        .map_err(|e| Problem::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()))?;
    Ok(bytes("application/json", body, None))
}

/// An answer of `content_type`, as a download named `file` when given.
pub fn bytes(content_type: &'static str, body: Vec<u8>, file: Option<&str>) -> Response {
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Some(name) = file
        && let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
    {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

fn bad_request(detail: String) -> Problem {
    Problem::new(StatusCode::BAD_REQUEST, "bad_request", detail)
}

/// The body as text.
fn body_text(req: &Request) -> Result<&str, Problem> {
    std::str::from_utf8(&req.body).map_err(|_| bad_request(text(id::SERVE_NOT_UTF8, &[])))
}

/// The scenario of the body, read as the CLI reads a file (every problem, with its line).
pub fn scenario_of(req: &Request) -> Result<Loaded, Problem> {
    let text = body_text(req)?;
    let origin = if req.toml {
        "scenario.toml"
    } else {
        "scenario.json"
    };
    let scenario = reading::read(origin, text).map_err(Problem::reading)?;
    Ok(Loaded {
        origin: "scenario".into(),
        text: text.to_string(),
        scenario,
        places: None,
    })
}

fn simulated(req: &Request) -> Result<(Loaded, Simulation), Problem> {
    let loaded = scenario_of(req)?;
    let sim = aci_core::simulation::simulate(&req.rules, &loaded.scenario)
        .map_err(|e| Problem::core(&e))?;
    Ok((loaded, sim))
}

/// A required query parameter.
fn param<'a>(req: &'a Request, name: &str) -> Result<&'a str, Problem> {
    req.params
        .get(name)
        .map(String::as_str)
        .ok_or_else(|| bad_request(text(id::SERVE_MISSING_PARAMETER, &[("name", &name)])))
}

/// A query parameter that must be one of `allowed`.
fn choice<T: ValueEnum + Clone>(req: &Request, name: &str, default: T) -> Result<T, Problem> {
    let Some(value) = req.params.get(name) else {
        return Ok(default);
    };
    T::from_str(value, true).map_err(|_| {
        let allowed: Vec<String> = T::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_string()))
            .collect();
        bad_request(text(
            id::SERVE_BAD_PARAMETER,
            &[
                ("name", &name),
                ("value", value),
                ("allowed", &allowed.join(", ")),
            ],
        ))
    })
}

// --- the routes ---------------------------------------------------------------------------------

pub fn simulate(req: &Request) -> Answer {
    json(&simulated(req)?.1)
}

/// One contract year: its lines, each explained.
pub fn year(req: &Request) -> Answer {
    let (_, sim) = simulated(req)?;
    let n: u32 = param(req, "year")?
        .parse()
        .map_err(|_| year_not_a_number(req))?;
    match sim.years.iter().find(|y| y.year.number == n) {
        Some(y) => json(y),
        None => Err(Problem::cli(&load::CliError::input(text(
            id::CLI_YEAR_NOT_SIMULATED,
            &[("year", &n), ("years", &sim.years.len())],
        )))),
    }
}

fn year_not_a_number(req: &Request) -> Problem {
    let value = req.params.get("year").cloned().unwrap_or_default();
    bad_request(text(
        id::SERVE_BAD_PARAMETER,
        &[
            ("name", &"year"),
            ("value", &value),
            ("allowed", &"1, 2, 3…"),
        ],
    ))
}

/// `aci explain --year N [--line KEY] --format json`.
pub fn explain_line(req: &Request) -> Answer {
    let (loaded, sim) = simulated(req)?;
    let n: u32 = param(req, "year")?
        .parse()
        .map_err(|_| year_not_a_number(req))?;
    let line = req.params.get("line").map(String::as_str);
    let out = crate::explain_line(
        &sim,
        &loaded.scenario.contract.missions,
        n,
        line,
        TextOrJson::Json,
    )
    .map_err(|e| Problem::cli(&e))?;
    Ok(bytes("application/json", out.into_bytes(), None))
}

/// `aci explain --payment DATE[:FLOW] --format json`.
pub fn explain_payment(req: &Request) -> Answer {
    let (_, sim) = simulated(req)?;
    let mut arg = param(req, "date")?.to_string();
    if let Some(flow) = req.params.get("flow") {
        arg = format!("{arg}:{flow}");
    }
    let out = crate::explain_payment(&sim, &arg, TextOrJson::Json).map_err(|e| Problem::cli(&e))?;
    Ok(bytes("application/json", out.into_bytes(), None))
}

/// `aci check`: every problem of the scenario, not just the first.
pub fn check(req: &Request) -> Answer {
    let text = body_text(req)?;
    let origin = if req.toml {
        "scenario.toml"
    } else {
        "scenario.json"
    };
    let reading = match reading::read(origin, text) {
        Ok(scenario) => load::Reading::Read(Box::new(Loaded {
            origin: "scenario".into(),
            text: text.to_string(),
            scenario,
            places: None,
        })),
        Err(problems) => load::Reading::Problems {
            problems: problems.iter().map(|p| p.located("scenario")).collect(),
            origin: "scenario".into(),
        },
    };
    let report = check::check_reading(&req.rules, "scenario", Ok(reading));
    json(&serde_json::json!({
        "valid": report.errors == 0,
        "errors": report.errors,
        "report": report.text,
    }))
}

/// `aci forecast`: the body is `{"scenario": …, "spec": …}`; the draws are capped.
pub fn forecast(req: &Request) -> Answer {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Body {
        scenario: serde_json::Value,
        #[serde(default)]
        spec: Option<serde_json::Value>,
    }
    let body: Body = serde_json::from_slice(&req.body).map_err(|e| {
        Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "reading",
            text(id::READING_SYNTAX, &[("format", &"JSON"), ("message", &e)]),
        )
    })?;
    let scenario_text = body.scenario.to_string();
    let scenario: Scenario =
        reading::read("scenario.json", &scenario_text).map_err(Problem::reading)?;
    let mut spec: ForecastSpec = serde_json::from_value(
        body.spec.unwrap_or_else(|| serde_json::json!({})),
    )
    .map_err(|e| {
        Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "reading",
            format!("spec: {e}"),
        )
    })?;
    if spec.draws > MAX_DRAWS {
        return Err(Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "too_many_draws",
            text(
                id::SERVE_TOO_MANY_DRAWS,
                &[("draws", &spec.draws), ("max", &MAX_DRAWS)],
            ),
        ));
    }
    // The server's threads answer other requests: one worker per forecast.
    spec.threads = 1;
    let contract = Contract::new(scenario.contract.clone()).map_err(|e| Problem::core(&e))?;
    let engine = Engine::new(&req.rules, scenario.options);
    let forecast = spec
        .run(&engine, &contract)
        .map_err(|e| Problem::core(&e))?;
    json(&forecast)
}

/// `aci rules --format json [--version V]`.
pub fn rules(req: &Request) -> Answer {
    let version = req.params.get("version");
    if let Some(v) = version
        && req.rules.version(v).is_none()
    {
        let ids: Vec<&str> = req.rules.versions.iter().map(|v| v.id.as_str()).collect();
        return Err(Problem::new(
            StatusCode::NOT_FOUND,
            "not_found",
            text(
                id::CLI_UNKNOWN_VERSION,
                &[("version", v), ("ids", &ids.join(", "))],
            ),
        ));
    }
    let versions: Vec<_> = req
        .rules
        .versions
        .iter()
        .filter(|v| version.is_none_or(|id| &v.id == id))
        .collect();
    json(&serde_json::json!({ "sources": req.rules.sources, "versions": versions }))
}

/// The shipped examples: name and one-line description.
pub fn examples(_: &Request) -> Answer {
    let list: Vec<_> = crate::examples::ALL
        .iter()
        .map(|(name, _, title)| serde_json::json!({ "name": name, "title": title }))
        .collect();
    json(&list)
}

/// One shipped example: the scenario as JSON, or its TOML text with `?format=toml`.
pub fn example(name: &str, req: &Request) -> Answer {
    let text = aci_core::examples::get(name).ok_or_else(|| {
        Problem::new(
            StatusCode::NOT_FOUND,
            "not_found",
            wording::text(
                id::CLI_NO_EXAMPLE,
                &[("name", &name), ("names", &aci_core::examples::names())],
            ),
        )
    })?;
    if req.params.get("format").is_some_and(|f| f == "toml") {
        return Ok(bytes("application/toml", text.as_bytes().to_vec(), None));
    }
    let scenario = reading::read(&format!("{name}.toml"), text).map_err(Problem::reading)?;
    json(&scenario)
}

/// The words of the page in the request's language: every `serve-` message of the catalogue,
/// the missions' and lines' labels.
pub fn words(req: &Request) -> Answer {
    let texts: serde_json::Map<String, serde_json::Value> = id::ALL
        .iter()
        .filter(|i| i.starts_with("serve-page-"))
        .map(|i| (i.to_string(), text(i, &[]).into()))
        .collect();
    let missions: serde_json::Map<String, serde_json::Value> = MissionId::ALL
        .iter()
        .map(|m| (m.key().to_string(), m.label().into()))
        .collect();
    // Lines and payment flows share their keys; the lettre d'intention is a flow only.
    let mut items = serde_json::Map::new();
    for item in [Item::Operating, Item::OperatingUpliftDifference]
        .into_iter()
        .chain(
            MissionId::ALL
                .iter()
                .flat_map(|m| [Item::Fixed(*m), Item::Variable(*m)]),
        )
    {
        items.insert(item.key(), item.label().into());
    }
    let letter = Flow::LetterOfIntent;
    items.insert(letter.key(), letter.label().into());
    let parts: serde_json::Map<String, serde_json::Value> =
        [Part::InFull, Part::Advance, Part::Balance, Part::Repayment]
            .into_iter()
            .map(|p| (p.key().to_string(), p.label().into()))
            .collect();
    // How each cited value is known, keyed by its JSON value (`secondary`, `this_contract`…).
    use aci_core::provenance::Status;
    let statuses: serde_json::Map<String, serde_json::Value> = [
        Status::Primary,
        Status::Secondary,
        Status::Contract,
        Status::Negotiation,
        Status::ThisContract,
        Status::UserTable,
        Status::Estimate,
    ]
    .into_iter()
    .filter_map(|s| {
        let key = serde_json::to_value(s).ok()?.as_str()?.to_string();
        Some((key, s.label().into()))
    })
    .collect();
    json(&serde_json::json!({
        "lang": req.lang.tag(),
        "text": texts,
        "missions": missions,
        "items": items,
        "parts": parts,
        "statuses": statuses,
    }))
}

/// What the page shows as the form is filled: the taille of a population and the ACI calendar
/// of each mission from a signature date (the rule data's months, as `aci new` proposes them).
pub fn calendar(req: &Request) -> Answer {
    let signed: jiff::civil::Date = param(req, "signed")?.parse().map_err(|_| {
        bad_request(text(
            id::SERVE_BAD_PARAMETER,
            &[
                ("name", &"signed"),
                (
                    "value",
                    &req.params.get("signed").cloned().unwrap_or_default(),
                ),
                ("allowed", &"YYYY-MM-DD"),
            ],
        ))
    })?;
    let version = req
        .rules
        .version_at(signed)
        .map_err(|e| Problem::core(&e))?;
    let taille = match req.params.get("population") {
        None => None,
        Some(p) => {
            let n: u64 = p.trim().parse().map_err(|_| {
                bad_request(text(
                    id::SERVE_BAD_PARAMETER,
                    &[
                        ("name", &"population"),
                        ("value", p),
                        ("allowed", &"0, 1, 2…"),
                    ],
                ))
            })?;
            let population = aci_core::taille::check_population("population", n)
                .map_err(|e| Problem::core(&e))?;
            let boundary = aci_core::Options::default().boundary;
            Some(version.thresholds().classify(population, boundary).number())
        }
    };
    let mut missions = Vec::new();
    for m in version.missions() {
        let Some((mandatory, months)) = crate::guided::calendar_of(&req.rules, version, m) else {
            continue;
        };
        let start = months
            .map(|n| aci_core::calendar::add_months(signed, n))
            .transpose()
            .map_err(|e| Problem::core(&e))?;
        missions.push(serde_json::json!({
            "id": m.key(), "label": m.label(), "mandatory": mandatory,
            "months": months, "start": start,
        }));
    }
    json(&serde_json::json!({
        "version": version.id, "taille": taille, "missions": missions,
    }))
}

/// The results as a file: `xlsx`, `csv` (`?table=flows|lines|calendar`, `?csv=standard|excel-fr`)
/// or `json`, written by the CLI's writers.
pub fn export(format: &str, req: &Request) -> Answer {
    let (loaded, sim) = simulated(req)?;
    let missions = &loaded.scenario.contract.missions;
    let cli = |e: load::CliError| Problem::cli(&e);
    match format {
        "xlsx" => Ok(bytes(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            crate::workbook::xlsx(&sim, missions).map_err(cli)?,
            Some("aci-results.xlsx"),
        )),
        "json" => Ok(bytes(
            "application/json",
            export::json(&sim).map_err(cli)?.into_bytes(),
            Some("aci-results.json"),
        )),
        "csv" => {
            let dialect = choice(req, "csv", CsvDialect::Standard)?;
            let table = choice(req, "table", crate::CsvTable::Flows)?;
            let out = match table {
                crate::CsvTable::Flows => export::csv_flows(&sim, dialect),
                crate::CsvTable::Lines => export::csv_lines(&sim, missions, dialect),
                crate::CsvTable::Calendar => export::csv_calendar(&sim, dialect),
            }
            .map_err(cli)?;
            Ok(bytes(
                "text/csv; charset=utf-8",
                out.into_bytes(),
                Some("aci-results.csv"),
            ))
        }
        other => Err(Problem::not_found(&format!("/api/v1/export/{other}"))),
    }
}

/// The scenario of the body (TOML or JSON) as JSON: how the page opens a file.
pub fn scenario_json(req: &Request) -> Answer {
    json(&scenario_of(req)?.scenario)
}

/// The scenario of the body as a TOML file (what `aci simulate` reads).
pub fn scenario_toml(req: &Request) -> Answer {
    let loaded = scenario_of(req)?;
    let out = toml::to_string(&loaded.scenario)
        .map_err(|e| Problem::new(StatusCode::UNPROCESSABLE_ENTITY, "input", e.to_string()))?;
    Ok(bytes(
        "application/toml",
        out.into_bytes(),
        Some("scenario.toml"),
    ))
}

/// The chart by mission of `aci simulate --chart x.svg`.
pub fn chart(req: &Request) -> Answer {
    let (_, sim) = simulated(req)?;
    Ok(bytes(
        "image/svg+xml",
        crate::chart::svg(&sim).into_bytes(),
        None,
    ))
}

/// The simulation's warnings in words.
pub fn warnings(req: &Request) -> Answer {
    let (_, sim) = simulated(req)?;
    let list: Vec<String> = sim.warnings.iter().map(|w| w.to_string()).collect();
    json(&list)
}
