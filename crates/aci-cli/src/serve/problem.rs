//! Errors of the API as `application/problem+json` (RFC 9457): the status, a stable `kind` for
//! programs (the library's error kinds, `aci_core::error::KINDS`, plus the few of the HTTP layer
//! listed in [`HTTP_KINDS`]), and the catalogue's message in the request's language.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use aci_core::wording::{id, text};

/// The kinds of the HTTP layer, beside the library's.
pub const HTTP_KINDS: &[&str] = &[
    "reading",
    "input",
    "not_found",
    "method_not_allowed",
    "body_too_large",
    "bad_request",
    "unsupported_media_type",
    "too_many_draws",
    "timeout",
    "internal",
];

/// One problem of a scenario file, with its line when known.
#[derive(Debug, Clone, Serialize)]
pub struct Located {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    pub message: String,
}

/// An API error: what the body of a 4xx or 5xx answer says.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    /// `about:blank`: the kind says what happened.
    #[serde(rename = "type")]
    pub type_: &'static str,
    pub title: String,
    pub status: u16,
    /// What went wrong and how to fix it, in the request's language.
    pub detail: String,
    /// A stable id for programs.
    pub kind: &'static str,
    /// Every problem of a scenario that does not read.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Located>,
}

impl Problem {
    pub fn new(status: StatusCode, kind: &'static str, detail: impl Into<String>) -> Self {
        Problem {
            type_: "about:blank",
            title: status.canonical_reason().unwrap_or("error").to_string(),
            status: status.as_u16(),
            detail: detail.into(),
            kind,
            problems: Vec::new(),
        }
    }

    /// The library refused the scenario (422: the request reads, its content breaks a rule).
    pub fn core(e: &aci_core::Error) -> Self {
        Problem::new(StatusCode::UNPROCESSABLE_ENTITY, e.kind(), e.to_string())
    }

    /// A command-level error (a year or a payment that does not exist, an unknown example).
    pub fn cli(e: &crate::load::CliError) -> Self {
        Problem::new(StatusCode::UNPROCESSABLE_ENTITY, "input", e.message.clone())
    }

    /// Every problem of a scenario that does not read.
    pub fn reading(problems: Vec<crate::reading::Problem>) -> Self {
        let detail = problems
            .iter()
            .map(|p| p.located("scenario"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut p = Problem::new(StatusCode::UNPROCESSABLE_ENTITY, "reading", detail);
        p.problems = problems
            .into_iter()
            .map(|p| Located {
                line: p.line,
                message: p.message,
            })
            .collect();
        p
    }

    pub fn not_found(path: &str) -> Self {
        Problem::new(
            StatusCode::NOT_FOUND,
            "not_found",
            text(id::SERVE_NOT_FOUND, &[("path", &path)]),
        )
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::BAD_REQUEST);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut r = (status, body).into_response();
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        r
    }
}
