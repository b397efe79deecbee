//! `aci serve`: the binary is started on a free port and asked over HTTP. Its amounts must be
//! the CLI's on every fixture, every bad input of the corpus must get a 4xx problem+json (never
//! a 5xx, never a crash), and its answers must match its own OpenAPI document.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde::Deserialize;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_aci");

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A server for one test, stopped (SIGTERM) when dropped.
struct Server {
    child: Child,
    base: String,
    agent: ureq::Agent,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(BIN)
            .args(["serve", "--port", "0"])
            .env("LC_ALL", "fr_FR.UTF-8")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("aci serve starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let start = line
            .find("http://")
            .expect("the first line gives the address");
        let base = line[start..]
            .split_whitespace()
            .next()
            .unwrap()
            .trim_end_matches('/')
            .to_string();
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        Server { child, base, agent }
    }

    /// POST `body` to `path`; (status, content type, body).
    fn post(&self, path: &str, content_type: &str, body: &[u8]) -> (u16, String, Vec<u8>) {
        let r = self
            .agent
            .post(&format!("{}{path}", self.base))
            .header("content-type", content_type)
            .send(body)
            .unwrap_or_else(|e| panic!("POST {path}: {e}"));
        answer(r)
    }

    fn get(&self, path: &str, headers: &[(&str, &str)]) -> (u16, String, Vec<u8>) {
        let mut req = self.agent.get(&format!("{}{path}", self.base));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        answer(req.call().unwrap_or_else(|e| panic!("GET {path}: {e}")))
    }

    /// Sends SIGTERM and waits: the server must stop by itself, with exit code 0.
    fn stop(mut self) -> std::process::Output {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let child = std::mem::replace(&mut self.child, Command::new("true").spawn().unwrap());
        child.wait_with_output().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn answer(mut r: ureq::http::Response<ureq::Body>) -> (u16, String, Vec<u8>) {
    let status = r.status().as_u16();
    let ct = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = r
        .body_mut()
        .with_config()
        .limit(50 * 1024 * 1024)
        .read_to_vec()
        .unwrap();
    (status, ct, body)
}

fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(bytes)))
}

/// The CLI's JSON for `args`, in English.
fn cli(args: &[&str]) -> (i32, Vec<u8>) {
    let out = Command::new(BIN)
        .args(args)
        .env("LC_ALL", "en_US.UTF-8")
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), out.stdout)
}

/// Fails on the first place where `a` and `b` differ, naming it (the documents are long).
fn same(a: &Value, b: &Value, what: &str) {
    fn first_difference(a: &Value, b: &Value, at: String) -> Option<String> {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => x
                .keys()
                .chain(y.keys())
                .find_map(|k| first_difference(&x[k.as_str()], &y[k.as_str()], format!("{at}.{k}")))
                .or_else(|| (x.len() != y.len()).then(|| format!("{at}: keys differ"))),
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
                .iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (u, v))| first_difference(u, v, format!("{at}[{i}]"))),
            _ if a == b => None,
            _ => Some(format!("{at}: {a} ≠ {b}")),
        }
    }
    if let Some(d) = first_difference(a, b, String::new()) {
        panic!("{what}: the API's answer differs from the CLI's at {d}");
    }
}

fn fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures"))
        .unwrap()
        .chain(std::fs::read_dir(root().join("tests/golden")).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_api_gives_the_cli_s_result_on_every_fixture() {
    let server = Server::start();
    let mut compared = 0;
    for file in fixtures() {
        let path = file.to_str().unwrap();
        let (code, stdout) = cli(&["simulate", path, "--format", "json"]);
        let text = std::fs::read(&file).unwrap();
        let (status, ct, body) = server.post("/api/v1/simulate?lang=en", "application/toml", &text);
        if code == 0 {
            assert_eq!(status, 200, "{path}: {}", String::from_utf8_lossy(&body));
            // The whole result, every amount and word, is the CLI's.
            same(&json(&body), &json(&stdout), path);
            compared += 1;
        } else {
            // A file the CLI refuses (a forecast spec, a broken scenario) is refused too.
            assert!((400..500).contains(&status), "{path}: {status}");
            assert_eq!(ct, "application/problem+json", "{path}");
        }
    }
    assert!(compared >= 5, "only {compared} fixtures compared");
}

#[test]
fn json_and_toml_bodies_give_the_same_result_and_explanations_are_the_cli_s() {
    let server = Server::start();
    let (_, _, scenario) = server.get("/api/v1/examples/urban-taille3", &[]);
    let (status, _, from_json) =
        server.post("/api/v1/simulate?lang=en", "application/json", &scenario);
    assert_eq!(status, 200);
    let (_, stdout) = cli(&["simulate", "urban-taille3", "--format", "json"]);
    same(&json(&from_json), &json(&stdout), "urban-taille3");

    let (_, _, line) = server.post(
        "/api/v1/explain/line?lang=en&year=5&line=fonctionnement",
        "application/json",
        &scenario,
    );
    let (_, stdout) = cli(&[
        "explain",
        "urban-taille3",
        "--year",
        "5",
        "--line",
        "fonctionnement",
        "--format",
        "json",
    ]);
    same(&json(&line), &json(&stdout), "explain --line");

    let date = json(&from_json)["flows"][3]["date"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, _, paid) = server.post(
        &format!("/api/v1/explain/payment?lang=en&date={date}"),
        "application/json",
        &scenario,
    );
    assert_eq!(status, 200);
    let (_, stdout) = cli(&[
        "explain",
        "urban-taille3",
        "--payment",
        &date,
        "--format",
        "json",
    ]);
    same(&json(&paid), &json(&stdout), "explain --payment");

    // The year of /year is the year of the simulation.
    let (_, _, year) = server.post("/api/v1/year?lang=en&year=5", "application/json", &scenario);
    same(&json(&year), &json(&from_json)["years"][4], "year 5");
}

#[derive(Deserialize)]
struct Corpus {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    run: Vec<String>,
    file: Option<String>,
    file_name: Option<String>,
    generate: Option<String>,
    exit: i32,
}

fn generated(kind: &str, json: bool) -> Vec<u8> {
    match kind {
        "binary" => (0..=255u8).chain(0..=255u8).rev().collect(),
        "huge" => {
            let mut s = String::from("format = \"aci-scenario/1\"\ntitle = \"");
            s.push_str(&"x".repeat(30 * 1024 * 1024));
            s.push_str("\"\n");
            s.into_bytes()
        }
        "deeply-nested" => {
            let depth = 100_000;
            let head = if json { "{\"format\": " } else { "format = " };
            let tail = if json { "}" } else { "\n" };
            format!("{head}{}{}{tail}", "[".repeat(depth), "]".repeat(depth)).into_bytes()
        }
        other => panic!("unknown generator '{other}'"),
    }
}

/// Every input file of the corpus, posted to every route that reads a scenario: a 2xx, or a
/// 4xx problem+json that says something; never a 5xx, and the server still answers after.
#[test]
fn the_bad_input_corpus_gets_4xx_problems_never_5xx() {
    let server = Server::start();
    let routes = [
        "/api/v1/simulate",
        "/api/v1/check",
        "/api/v1/year?year=1",
        "/api/v1/explain/line?year=1",
        "/api/v1/export/xlsx",
        "/api/v1/chart.svg",
        "/api/v1/forecast",
    ];
    let mut failures = Vec::new();
    let mut refused = 0;
    for file in [
        "cli-scenarios.toml",
        "cli-french.toml",
        "cli-files-and-options.toml",
    ] {
        let text = std::fs::read_to_string(root().join("tests/bad-inputs").join(file)).unwrap();
        let corpus: Corpus = toml::from_str(&text).unwrap();
        for case in corpus.case {
            let file_name = case.file_name.as_deref().unwrap_or("plan.toml");
            let is_json = file_name.ends_with(".json");
            let body = match (&case.file, &case.generate) {
                (Some(t), _) => t.clone().into_bytes(),
                // The 30 MB file: the server closes the connection once past the limit, so the
                // client sees a broken pipe; the limit's answer is tested with 2 MB below.
                (None, Some(kind)) if kind == "huge" => continue,
                (None, Some(kind)) => generated(kind, is_json),
                (None, None) => continue,
            };
            let ct = if is_json {
                "application/json"
            } else {
                "application/toml"
            };
            for route in routes {
                let (status, rct, answer) = server.post(route, ct, &body);
                let what = format!("{file} / {} / {route}", case.name);
                if status >= 500 {
                    failures.push(format!(
                        "{what}: {status} {}",
                        String::from_utf8_lossy(&answer)
                    ));
                } else if status >= 400 {
                    refused += 1;
                    if rct != "application/problem+json" {
                        failures.push(format!("{what}: {status} as {rct}"));
                        continue;
                    }
                    let p = json(&answer);
                    let detail = p["detail"].as_str().unwrap_or("");
                    if detail.is_empty() || p["kind"].as_str().is_none() || p["status"] != status {
                        failures.push(format!("{what}: incomplete problem {p}"));
                    }
                    if detail.contains("panicked") {
                        failures.push(format!("{what}: {detail}"));
                    }
                } else if route == "/api/v1/simulate"
                    && case
                        .run
                        .first()
                        .is_some_and(|r| r == "simulate" || r == "check")
                    && case.exit == 1
                {
                    failures.push(format!(
                        "{what}: the CLI refuses it, the API answered {status}"
                    ));
                }
            }
        }
    }
    // Still up.
    assert_eq!(server.get("/api/v1/examples", &[]).0, 200);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(refused > 50, "only {refused} refusals: is the corpus read?");
}

#[test]
fn problems_are_in_french_by_default_and_in_the_language_asked() {
    let server = Server::start();
    let bad = br#"{"format": "aci-scenario/1", "contract": {"name": "X", "signed": "2023-03-01", "population": 0}}"#;
    let (status, ct, fr) = server.post("/api/v1/simulate", "application/json", bad);
    assert_eq!((status, ct.as_str()), (422, "application/problem+json"));
    let fr = json(&fr);
    assert_eq!(fr["kind"], "out_of_range");
    assert!(
        fr["detail"].as_str().unwrap().contains("population"),
        "{fr}"
    );
    let (_, _, en) = server.post("/api/v1/simulate?lang=en", "application/json", bad);
    let en = json(&en);
    assert_eq!(en["kind"], "out_of_range");
    assert_ne!(fr["detail"], en["detail"]);
    assert!(en["detail"].as_str().unwrap().contains("allowed"), "{en}");
    let (_, _, by_header) = server.get("/api/v1/nowhere", &[("accept-language", "en-GB,fr;q=0.5")]);
    assert!(
        json(&by_header)["detail"]
            .as_str()
            .unwrap()
            .starts_with("nothing at")
    );
    let (_, _, words) = server.get("/api/v1/words", &[]);
    assert_eq!(
        json(&words)["text"]["serve-page-signed"],
        "Signature du contrat"
    );
    // A source's status in words (the explanation dialog shows it), keyed by its JSON value.
    assert_eq!(json(&words)["statuses"]["secondary"], "source secondaire");
    assert_eq!(
        json(&words)["statuses"]["this_contract"],
        "clause propre à ce contrat"
    );
}

#[test]
fn limits_refuse_with_problems() {
    let server = Server::start();
    let (_, _, scenario) = server.get("/api/v1/examples/urban-taille3", &[]);
    let body = format!(
        r#"{{"scenario": {}, "spec": {{"draws": 100000001}}}}"#,
        String::from_utf8(scenario).unwrap()
    );
    let (status, _, p) = server.post("/api/v1/forecast", "application/json", body.as_bytes());
    assert_eq!(status, 422);
    assert_eq!(json(&p)["kind"], "too_many_draws");
    let (status, ct, _) = server.get("/api/v1/simulate", &[]);
    assert_eq!((status, ct.as_str()), (405, "application/problem+json"));
    let (status, _, _) = server.get("/api/v1/examples/..%2F..%2Fetc%2Fpasswd", &[]);
    assert_eq!(status, 404);
    let (status, ct, _) = server.post("/api/v1/simulate", "text/html", b"<p>");
    assert_eq!((status, ct.as_str()), (415, "application/problem+json"));
    // A body declared over the limit is refused before it is sent (`Expect: 100-continue`,
    // as curl asks for a large body): the answer cannot race the upload.
    let answer = raw_exchange(
        &server.base,
        "POST /api/v1/simulate HTTP/1.1\r\nHost: aci\r\nContent-Type: application/json\r\n\
         Content-Length: 2097152\r\nExpect: 100-continue\r\n\r\n",
    );
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
    assert!(answer.contains("\"kind\":\"body_too_large\""), "{answer}");
}

/// Writes `request` (headers only) on a fresh connection and reads the answer until the server
/// closes it or stays silent for 5 s.
fn raw_exchange(base: &str, request: &str) -> String {
    use std::io::{Read, Write};
    let address = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = Vec::new();
    let mut chunk = [0u8; 4096];
    while let Ok(n) = stream.read(&mut chunk) {
        if n == 0 {
            break;
        }
        answer.extend_from_slice(&chunk[..n]);
        if String::from_utf8_lossy(&answer).contains("}") {
            break;
        }
    }
    String::from_utf8_lossy(&answer).into_owned()
}

/// The answers validate against the OpenAPI document's own schemas.
#[test]
fn answers_match_the_openapi_document() {
    let server = Server::start();
    let (status, _, doc) = server.get("/api/v1/openapi.json", &[]);
    assert_eq!(status, 200);
    let doc = json(&doc);
    for path in [
        "/api/v1/simulate",
        "/api/v1/explain/line",
        "/api/v1/forecast",
        "/api/v1/rules",
        "/api/v1/examples",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} not documented");
    }
    let against = |name: &str| {
        let schema = serde_json::json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$ref": format!("#/components/schemas/{name}"),
            "components": doc["components"],
        });
        jsonschema::validator_for(&schema).unwrap()
    };
    for (name, _, _) in aci_core_examples() {
        let (_, _, scenario) = server.get(&format!("/api/v1/examples/{name}"), &[]);
        let scenario = json(&scenario);
        assert!(against("Scenario").is_valid(&scenario), "{name}: scenario");
        let (_, _, result) = server.post(
            "/api/v1/simulate",
            "application/json",
            scenario.to_string().as_bytes(),
        );
        let result = json(&result);
        let v = against("SimulationResult");
        let errors: Vec<String> = v
            .iter_errors(&result)
            .map(|e| e.to_string())
            .take(3)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    let (_, _, p) = server.get("/api/v1/nowhere", &[]);
    assert!(against("Problem").is_valid(&json(&p)));
}

fn aci_core_examples() -> Vec<(String, String, String)> {
    let (_, _, list) = {
        let s = Server::start();
        s.get("/api/v1/examples", &[])
    };
    json(&list)
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap().to_string(),
                String::new(),
                String::new(),
            )
        })
        .collect()
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let server = Server::start();
    assert_eq!(server.get("/", &[]).0, 200);
    let out = server.stop();
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("arrêté"),
        "{out:?}"
    );
}
