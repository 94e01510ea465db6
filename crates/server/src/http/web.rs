//! The web UI: its pages and assets, all built into the binary (see
//! `build.rs`), the server-sent event stream that keeps pages live, and the
//! security headers every response carries.
//!
//! Pages are one HTML shell and scripts that read the same JSON API as
//! every other client, so the API's access rules are the pages' rules: the
//! browser only ever shows what the API let its session read.

use super::app::App;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use truce_ledger::reason;

include!(concat!(env!("OUT_DIR"), "/web_assets.rs"));

/// The pages; each serves the shell, whose script draws the page.
pub const PAGES: &[&str] = &[
    "/",
    "/process",
    "/negotiation",
    "/map",
    "/verification",
    "/compliance",
    "/ledger",
    "/public",
    "/enrol",
    "/signin",
];

/// Content security policy: nothing but this origin, no inline script or
/// style, no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; \
    base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub fn router() -> Router<Arc<App>> {
    let mut r = Router::new()
        .route("/assets/{*path}", get(serve_asset))
        .route("/api/v1/events", get(events));
    for page in PAGES {
        r = r.route(page, get(shell));
    }
    r
}

/// A built-in asset by its URL path.
pub fn asset_bytes(path: &str) -> Option<&'static [u8]> {
    asset(path).map(|(b, _)| b)
}

/// An asset's bytes and entity tag.
fn asset(path: &str) -> Option<(&'static [u8], &'static str)> {
    WEB_ASSETS
        .binary_search_by(|(p, _, _)| (*p).cmp(path))
        .ok()
        .map(|n| (WEB_ASSETS[n].1, WEB_ASSETS[n].2))
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") | Some("mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("ftl") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

async fn shell() -> Response {
    match asset_bytes("/assets/index.html") {
        Some(b) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            b,
        )
            .into_response(),
        None => super::error::ApiError::not_found(reason!(
            "web-ui-not-built",
            "the web UI was not built in"
        ))
        .into_response(),
    }
}

async fn serve_asset(Path(path): Path<String>, headers: HeaderMap) -> Response {
    let url = format!("/assets/{path}");
    match asset(&url) {
        // Assets change with the binary; revalidate, never go stale. A
        // browser that holds this binary's bytes gets 304 and keeps them.
        Some((_, etag))
            if headers
                .get(header::IF_NONE_MATCH)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.split(',').any(|t| t.trim() == etag)) =>
        {
            (
                StatusCode::NOT_MODIFIED,
                [(header::ETAG, etag), (header::CACHE_CONTROL, "no-cache")],
            )
                .into_response()
        }
        Some((b, etag)) => (
            [
                (header::CONTENT_TYPE, content_type(&url)),
                (header::CACHE_CONTROL, "no-cache"),
                (header::ETAG, etag),
            ],
            b,
        )
            .into_response(),
        None => super::error::ApiError::not_found(reason!(
            "web-asset-none",
            "no asset {url}",
            url = url
        ))
        .into_response(),
    }
}

/// Server-sent events: `size` with the log's size now and whenever entries
/// are committed, so open pages refresh without reloading. Carries no
/// content: entries are public in the log's tiles anyway, and each page
/// re-reads what its session may see. The public's streams are capped at
/// [`super::app::PUBLIC_STREAMS`] open at once (503 beyond); a member's are not.
#[utoipa::path(get, path = "/api/v1/events", tag = "web",
    responses((status = 200, content_type = "text/event-stream", body = SizeEventJson),
        (status = 503, body = super::error::ErrorJson)))]
async fn events(State(log): State<Arc<App>>, parts: axum::http::request::Parts) -> Response {
    // A member's stream is its own; the public's take one of a few hundred
    // places, given back when the page goes.
    let member = super::auth::authenticate(&parts, &log).is_ok_and(|(_, key)| key.is_some());
    let place = if member {
        None
    } else {
        match log.public_streams.clone().try_acquire_owned() {
            Ok(place) => Some(place),
            Err(_) => {
                let mut resp = super::error::ApiError::unavailable(reason!(
                    "stream-public-full",
                    "the public's {streams} live streams are all open: the page works without one (reload it to see new entries); a member who signs in has its own",
                    streams = super::app::PUBLIC_STREAMS
                ))
                .into_response();
                resp.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
                return resp;
            }
        }
    };
    let rx = log.watch_size();
    let stream =
        futures_util::stream::unfold((rx, true, place), |(mut rx, first, place)| async move {
            if !first && rx.changed().await.is_err() {
                return None;
            }
            let size = *rx.borrow_and_update();
            let event = Event::default().event("size").data(size.to_string());
            Some((Ok::<_, Infallible>(event), (rx, false, place)))
        });
    Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response()
}

/// One server-sent event: `event: size`, `data:` the log's size in decimal.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct SizeEventJson {
    /// Always `size`.
    event: String,
    /// The number of entries in the log.
    data: String,
}

/// Add the security headers to every response, and give the API's
/// plain-text refusals (axum's own, for a query or path that does not
/// parse) the JSON shape every other refusal has.
pub async fn security_headers(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let mut resp = next.run(req).await;
    let plain = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain"));
    if api && plain && resp.status().is_client_error() {
        let status = resp.status();
        let text = axum::body::to_bytes(std::mem::take(resp.body_mut()), 64 * 1024)
            .await
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_else(|_| status.to_string());
        // Axum's own words (a parser's): no catalogue says them.
        resp = super::error::ApiError::refuse(status, truce_ledger::Reason::detail(text))
            .into_response();
    }
    let h = resp.headers_mut();
    // A response with a stricter policy of its own (a report's HTML) keeps it.
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(self)"),
    );
    if resp.status() == StatusCode::TOO_MANY_REQUESTS {
        resp.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
    }
    resp
}
