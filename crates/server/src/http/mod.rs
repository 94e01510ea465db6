//! The HTTP side: routes by area over the engine. It owns everything the
//! engine need not know: browser sessions, per-address allowances, slots
//! for heavy requests, the cache of diffs, and the mapping of the engine's
//! refusals to status codes ([`error`]), and the public's pace ([`pace`]).
//!
//! Areas: the log's own API and `tlog-tiles` ([`tlog`]), the negotiation
//! ([`negotiation`]), what a reader may do now ([`acts`]), reminders ([`reminders`]), the monitoring mechanism ([`monitoring`]), sign-in
//! ([`session`]) and the web UI ([`web`]); [`router`] puts them together.
//! Areas depend on [`app`], [`auth`], [`error`], [`slots`] and [`sessions`],
//! never on each other's routes, and nothing here is used by the engine.

pub mod acts;
pub mod app;
pub mod auth;
pub mod conn;
pub mod error;
pub mod monitoring;
pub mod negotiation;
pub mod openapi;
pub mod pace;
pub mod reminders;
pub mod reports;
pub mod session;
pub mod sessions;
pub mod slots;
pub mod stream;
pub mod tlog;
pub mod web;
pub mod work;

pub use app::App;
use axum::Router;
use axum::routing::get;
use error::ApiError;
use std::sync::Arc;

/// Every route of the server, with its security headers.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .merge(tlog::routes())
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/openapi.json", get(openapi::serve))
        .merge(negotiation::router())
        .merge(acts::router())
        .merge(reminders::router())
        .merge(monitoring::router())
        .merge(reports::router())
        .merge(session::router())
        .merge(web::router())
        .fallback(|| async {
            ApiError::not_found(truce_ledger::reason!("endpoint-none", "no such endpoint"))
        })
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            pace::public_pace,
        ))
        .layer(axum::middleware::from_fn(web::security_headers))
        .with_state(app)
}
