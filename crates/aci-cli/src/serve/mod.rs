//! `aci serve`: the JSON API under `/api/v1` and the page that uses it, from one binary.
//!
//! Safety by default: bound to 127.0.0.1 unless `--bind` says otherwise, a request body of at
//! most [`MAX_BODY`] bytes, [`TIME_LIMIT`] per request, forecasts of at most [`MAX_DRAWS`] draws,
//! no file read beyond what the binary embeds (the page, the shipped examples and rules), a
//! clean stop on Ctrl-C (requests under way are finished first).

mod api;
mod assets;
mod openapi;
mod problem;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use std::collections::HashMap;

use aci_core::RuleBook;
use aci_core::wording::{self, id, text};

use crate::load::CliError;
use problem::Problem;

/// Largest request body: a scenario is a few kilobytes; 1 MiB leaves room for any real one.
pub const MAX_BODY: usize = 1024 * 1024;
/// Longest time a request may take (a simulation takes well under a millisecond).
pub const TIME_LIMIT: Duration = Duration::from_secs(10);
/// Most draws of a forecast asked over HTTP (the CLI has no cap).
pub const MAX_DRAWS: u64 = 100_000;

/// What every handler shares.
#[derive(Clone)]
pub struct App {
    pub rules: Arc<RuleBook>,
    pub time_limit: Duration,
}

type Q = Result<Query<HashMap<String, String>>, QueryRejection>;
type B = Result<Bytes, BytesRejection>;

/// A route whose work is `f` (a function of [`api`]).
macro_rules! route {
    ($f:path) => {
        |State(app): State<App>, q: Q, h: HeaderMap, b: B| async move {
            api::answer(app, q, h, b, $f).await
        }
    };
}

/// The application: the API, the OpenAPI document, the page.
pub fn router(rules: Arc<RuleBook>, time_limit: Duration) -> Router {
    let app = App { rules, time_limit };
    let api = Router::new()
        .route("/simulate", post(route!(api::simulate)))
        .route("/year", post(route!(api::year)))
        .route("/explain/line", post(route!(api::explain_line)))
        .route("/explain/payment", post(route!(api::explain_payment)))
        .route("/check", post(route!(api::check)))
        .route("/forecast", post(route!(api::forecast)))
        .route("/rules", get(route!(api::rules)))
        .route("/examples", get(route!(api::examples)))
        .route(
            "/examples/{name}",
            get(
                |State(app): State<App>, Path(name): Path<String>, q: Q, h: HeaderMap, b: B| async move {
                    api::answer(app, q, h, b, move |r| api::example(&name, r)).await
                },
            ),
        )
        .route("/words", get(route!(api::words)))
        .route("/calendar", get(route!(api::calendar)))
        .route(
            "/export/{format}",
            post(
                |State(app): State<App>, Path(format): Path<String>, q: Q, h: HeaderMap, b: B| async move {
                    api::answer(app, q, h, b, move |r| api::export(&format, r)).await
                },
            ),
        )
        .route("/scenario.toml", post(route!(api::scenario_toml)))
        .route("/scenario.json", post(route!(api::scenario_json)))
        .route("/chart.svg", post(route!(api::chart)))
        .route("/warnings", post(route!(api::warnings)))
        .route("/openapi.json", get(openapi::document));
    Router::new()
        .nest("/api/v1", api)
        .merge(assets::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn(refuse_declared_oversize))
        .with_state(app)
}

/// A body whose declared length is over the limit is refused before a byte of it is read: a
/// client that sent `Expect: 100-continue` is never asked for it, and the connection is not
/// closed under unread bytes (which resets it before the client reads the answer). A body
/// without a declared length is still cut at the limit as it is read.
async fn refuse_declared_oversize(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let declared = request
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    match declared {
        Some(length) if length > MAX_BODY as u64 => {
            wording::with_lang(request_lang(request.uri(), request.headers()), || {
                let reason = format!("Content-Length: {length}");
                Problem::new(
                    axum::http::StatusCode::PAYLOAD_TOO_LARGE,
                    "body_too_large",
                    text(
                        id::SERVE_BODY_REFUSED,
                        &[("limit", &MAX_BODY), ("reason", &reason)],
                    ),
                )
                .into_response()
            })
        }
        _ => next.run(request).await,
    }
}

fn request_lang(uri: &Uri, headers: &HeaderMap) -> wording::Lang {
    let params = Query::<HashMap<String, String>>::try_from_uri(uri)
        .map(|q| q.0)
        .unwrap_or_default();
    api::lang_of(&params, headers)
}

async fn not_found(uri: Uri, headers: HeaderMap) -> Response {
    wording::with_lang(request_lang(&uri, &headers), || {
        Problem::not_found(uri.path()).into_response()
    })
}

async fn method_not_allowed(uri: Uri, headers: HeaderMap) -> Response {
    wording::with_lang(request_lang(&uri, &headers), || {
        Problem::new(
            axum::http::StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            text(id::SERVE_METHOD_NOT_ALLOWED, &[("path", &uri.path())]),
        )
        .into_response()
    })
}

/// `aci serve`: listens until Ctrl-C (or SIGTERM), then finishes the requests under way.
pub fn run(rules: RuleBook, bind: &str, port: u16) -> Result<(), CliError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // The stack of a main thread: the readers recurse into nested input as deep as the
        // CLI lets them, and the bad-input corpus checks it.
        .thread_stack_size(8 * 1024 * 1024)
        .build()
        .map_err(|e| CliError::io(e.to_string()))?;
    runtime.block_on(async move {
        let address = format!("{bind}:{port}");
        let listener = tokio::net::TcpListener::bind(&address).await.map_err(|e| {
            CliError::io(text(
                id::SERVE_CANNOT_LISTEN,
                &[("address", &address), ("reason", &e)],
            ))
        })?;
        let local = listener
            .local_addr()
            .map_err(|e| CliError::io(e.to_string()))?;
        // The first line says where to go (tests read the port from it when given port 0).
        println!(
            "{}",
            text(id::SERVE_LISTENING, &[("url", &format!("http://{local}/"))])
        );
        let app = router(Arc::new(rules), TIME_LIMIT);
        axum::serve(listener, app)
            .with_graceful_shutdown(stop_signal())
            .await
            .map_err(|e| CliError::io(e.to_string()))?;
        eprintln!("{}", text(id::SERVE_STOPPED, &[]));
        Ok(())
    })
}

/// Ctrl-C, or SIGTERM on Unix (what a service manager sends).
async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
