//! The OpenAPI 3.1 document of `/api/v1`, generated from the types: the scenario and result
//! formats are the JSON Schemas schemars derives from aci-core's serde types (the same as
//! `aci schema`), put under `components/schemas`; the paths are listed here.

use axum::http::header;
use axum::response::IntoResponse;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use super::problem::HTTP_KINDS;

/// Makes the schema of one type with a generator.
type SchemaOf = fn(&mut schemars::SchemaGenerator) -> schemars::Schema;

/// Schemas of one direction (read: deserialize contract; written: serialize contract), their
/// definitions under `#/components/schemas/` with `suffix` after each name.
fn schemas(for_serialize: bool, roots: &[(&str, SchemaOf)], suffix: &str) -> Map<String, Value> {
    let mut settings = SchemaSettings::draft2020_12();
    settings.definitions_path = "/components/schemas".into();
    if for_serialize {
        settings = settings.for_serialize();
    } else {
        settings = settings.for_deserialize();
    }
    let mut generator = settings.into_generator();
    let mut out = Map::new();
    for (name, make) in roots {
        let schema = make(&mut generator);
        out.insert(format!("{name}{suffix}"), schema.to_value());
    }
    for (name, schema) in generator.take_definitions(true) {
        out.insert(format!("{name}{suffix}"), schema);
    }
    if !suffix.is_empty() {
        // References inside the written schemas point at the suffixed names.
        let mut v = Value::Object(out);
        rename_refs(&mut v, suffix);
        let Value::Object(o) = v else { unreachable!() };
        out = o;
    }
    out
}

fn rename_refs(v: &mut Value, suffix: &str) {
    match v {
        Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                if k == "$ref"
                    && let Value::String(s) = x
                    && s.starts_with("#/components/schemas/")
                {
                    s.push_str(suffix);
                } else {
                    rename_refs(x, suffix);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| rename_refs(x, suffix)),
        _ => {}
    }
}

fn of<T: schemars::JsonSchema>(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
    g.subschema_for::<T>()
}

/// The document.
pub fn build() -> Value {
    use aci_core::funding::{Line, YearFunding};
    use aci_core::payments::CashFlow;
    use aci_core::simulation::{Scenario, Simulation};
    let mut components = schemas(false, &[("Scenario", of::<Scenario>)], "");
    // Written types get a suffix: a type both read and written may have two shapes.
    components.extend(schemas(
        true,
        &[
            ("Simulation", of::<Simulation>),
            ("YearFunding", of::<YearFunding>),
            ("Line", of::<Line>),
            ("CashFlow", of::<CashFlow>),
        ],
        "Result",
    ));
    // `subschema_for` on a root gives a `$ref` to itself: take the definitions instead.
    components.retain(|_, v| {
        v.get("$ref")
            .is_none_or(|_| v.as_object().is_some_and(|o| o.len() > 1))
    });
    components.insert(
        "Problem".into(),
        json!({
            "type": "object",
            "description": "An error (RFC 9457): `kind` is one of the library's error kinds (docs/errors.md) or of the HTTP layer.",
            "required": ["type", "title", "status", "detail", "kind"],
            "properties": {
                "type": {"type": "string"},
                "title": {"type": "string"},
                "status": {"type": "integer"},
                "detail": {"type": "string"},
                "kind": {"type": "string", "enum": kinds()},
                "problems": {"type": "array", "items": {"type": "object",
                    "required": ["message"],
                    "properties": {"line": {"type": "integer"}, "message": {"type": "string"}}}}
            }
        }),
    );
    let scenario_body = json!({
        "required": true,
        "description": "A scenario (format aci-scenario/1): JSON, or the TOML of a scenario file with Content-Type application/toml.",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Scenario"}},
            "application/toml": {"schema": {"type": "string"}}
        }
    });
    let lang = json!({"name": "lang", "in": "query", "required": false,
        "description": "Language of the texts: fr (default) or en; else Accept-Language.",
        "schema": {"type": "string", "enum": ["fr", "en"]}});
    let errors = |codes: &[&str]| -> Value {
        let mut m = Map::new();
        for c in codes {
            m.insert(
                c.to_string(),
                json!({"description": "A problem", "content": {
                "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}),
            );
        }
        Value::Object(m)
    };
    let ok = |schema: Value, media: &str| json!({"description": "OK", "content": {media: {"schema": schema}}});
    let post = |summary: &str, params: Value, answer: Value| {
        let mut responses = errors(&["400", "413", "415", "422", "503"]);
        responses
            .as_object_mut()
            .unwrap()
            .insert("200".into(), answer);
        json!({"post": {"summary": summary, "parameters": params, "requestBody": scenario_body.clone(), "responses": responses}})
    };
    let get = |summary: &str, params: Value, answer: Value| {
        let mut responses = errors(&["400", "404", "422"]);
        responses
            .as_object_mut()
            .unwrap()
            .insert("200".into(), answer);
        json!({"get": {"summary": summary, "parameters": params, "responses": responses}})
    };
    let r = |name: &str| json!({"$ref": format!("#/components/schemas/{name}")});
    let q = |name: &str, required: bool, schema: Value| json!({"name": name, "in": "query", "required": required, "schema": schema});
    let json_ = "application/json";
    let paths = json!({
        "/api/v1/simulate": post("Simulate a scenario: funding per contract year, payments, calendar years, warnings (aci simulate --format json)", json!([lang]), ok(r("SimulationResult"), json_)),
        "/api/v1/year": post("One contract year, each line explained", json!([lang, q("year", true, json!({"type": "integer", "minimum": 1}))]), ok(r("YearFundingResult"), json_)),
        "/api/v1/explain/line": post("Why a line of a contract year is this amount (aci explain --year N [--line KEY])", json!([lang, q("year", true, json!({"type": "integer", "minimum": 1})), q("line", false, json!({"type": "string"}))]), ok(json!({"type": "array", "items": r("LineResult")}), json_)),
        "/api/v1/explain/payment": post("How the payments of a date were computed (aci explain --payment DATE[:FLOW])", json!([lang, q("date", true, json!({"type": "string", "format": "date"})), q("flow", false, json!({"type": "string"}))]), ok(json!({"type": "array", "items": r("CashFlowResult")}), json_)),
        "/api/v1/check": post("Every problem of a scenario (aci check)", json!([lang]), ok(json!({"type": "object", "required": ["valid", "errors", "report"], "properties": {"valid": {"type": "boolean"}, "errors": {"type": "integer"}, "report": {"type": "string"}}}), json_)),
        "/api/v1/forecast": {"post": {"summary": "Monte Carlo forecast (aci forecast; spec format: docs/forecast.md), at most 100 000 draws",
            "parameters": [lang],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["scenario"],
                "properties": {"scenario": r("Scenario"), "spec": {"type": "object", "description": "The forecast spec of docs/forecast.md"}}}}}},
            "responses": {"200": ok(json!({"type": "object"}), json_), "400": errors(&["400"])["400"].clone(), "413": errors(&["413"])["413"].clone(), "415": errors(&["415"])["415"].clone(), "422": errors(&["422"])["422"].clone(), "503": errors(&["503"])["503"].clone()}}},
        "/api/v1/rules": get("The agreement versions and every value shipped, with source and status (aci rules --format json)", json!([lang, q("version", false, json!({"type": "string"}))]), ok(json!({"type": "object"}), json_)),
        "/api/v1/examples": get("The shipped example scenarios", json!([lang]), ok(json!({"type": "array", "items": {"type": "object", "required": ["name", "title"], "properties": {"name": {"type": "string"}, "title": {"type": "string"}}}}), json_)),
        "/api/v1/examples/{name}": get("One shipped example, as a scenario (JSON), or its TOML with ?format=toml",
            json!([lang, {"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}, q("format", false, json!({"type": "string", "enum": ["json", "toml"]}))]),
            json!({"description": "OK", "content": {"application/json": {"schema": r("Scenario")}, "application/toml": {"schema": {"type": "string"}}}})),
        "/api/v1/words": get("The page's words in a language, from the core's catalogue", json!([lang]), ok(json!({"type": "object"}), json_)),
        "/api/v1/calendar": get("The taille of a population and the ACI calendar of each mission from a signature date",
            json!([lang, q("signed", true, json!({"type": "string", "format": "date"})), q("population", false, json!({"type": "integer", "minimum": 0}))]), ok(json!({"type": "object"}), json_)),
        "/api/v1/export/{format}": {"post": {"summary": "The results as a file: xlsx, csv or json (the CLI's writers)",
            "parameters": [lang, {"name": "format", "in": "path", "required": true, "schema": {"type": "string", "enum": ["xlsx", "csv", "json"]}},
                q("table", false, json!({"type": "string", "enum": ["flows", "lines", "calendar"]})), q("csv", false, json!({"type": "string", "enum": ["standard", "excel-fr"]}))],
            "requestBody": scenario_body.clone(),
            "responses": {"200": {"description": "The file", "content": {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}},
                "text/csv": {"schema": {"type": "string"}}, "application/json": {"schema": r("SimulationResult")}}},
                "400": errors(&["400"])["400"].clone(), "404": errors(&["404"])["404"].clone(), "413": errors(&["413"])["413"].clone(), "415": errors(&["415"])["415"].clone(), "422": errors(&["422"])["422"].clone(), "503": errors(&["503"])["503"].clone()}}},
        "/api/v1/scenario.json": post("The scenario read (TOML or JSON) as JSON", json!([lang]), ok(r("Scenario"), json_)),
        "/api/v1/scenario.toml": post("The scenario as a TOML file", json!([lang]), ok(json!({"type": "string"}), "application/toml")),
        "/api/v1/chart.svg": post("The payment chart by mission (aci simulate --chart x.svg)", json!([lang]), ok(json!({"type": "string"}), "image/svg+xml")),
        "/api/v1/warnings": post("The simulation's warnings in words", json!([lang]), ok(json!({"type": "array", "items": {"type": "string"}}), json_)),
    });
    json!({
        "openapi": "3.1.0",
        "info": {"title": "aci", "version": env!("CARGO_PKG_VERSION"),
            "description": "ACI CPTS funding over HTTP: the engine of the aci command. Amounts are decimal strings in euros."},
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "paths": paths,
        "components": {"schemas": components},
    })
}

fn kinds() -> Vec<&'static str> {
    let mut k: Vec<&str> = aci_core::error::KINDS.iter().map(|(_, k)| *k).collect();
    k.extend(HTTP_KINDS);
    k
}

pub async fn document() -> impl IntoResponse {
    static DOC: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    let body = DOC.get_or_init(|| serde_json::to_vec_pretty(&build()).unwrap_or_default());
    (
        [(header::CONTENT_TYPE, "application/json")],
        body.as_slice(),
    )
}
