//! What the reader may do now, and what waits on it: `GET /api/v1/acts`,
//! answered by the domain's [`truce_domain::offers`] (the same rules the
//! sequencer applies), for the key the request is signed or the session
//! was opened with. The web UI shows exactly these acts and nothing else;
//! the public is offered nothing.

use super::app::App;
use super::auth::KeyedReader;
use super::error::ApiError;
use super::negotiation::ReaderHeaders;
use super::work::off_workers;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use std::sync::Arc;
use truce_domain::export::utc_from_unix;
use truce_domain::offers::{Acts, Target};
use utoipa::ToSchema;

pub fn router() -> Router<Arc<App>> {
    Router::new().route("/api/v1/acts", get(acts))
}

/// What an act is taken on.
#[derive(Serialize, ToSchema)]
pub struct TargetJson {
    /// process, member, round, deadline, version, incidents, evidence,
    /// commitment, action, case, finding or penalty.
    r#type: &'static str,
    /// The object's id (absent for the process and the set of incidents).
    id: Option<String>,
}

fn target(t: &Target) -> TargetJson {
    TargetJson {
        r#type: t.kind(),
        id: t.id().map(str::to_owned),
    }
}

#[derive(Serialize, ToSchema)]
pub struct OfferJson {
    /// The entry kind, e.g. `draft.relay`.
    kind: &'static str,
    on: TargetJson,
    /// The body field the choices fill (e.g. `to` for a round transition), if the rules leave one open.
    choice: Option<&'static str>,
    /// The values of that field the rules admit now.
    choices: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct WaitingJson {
    /// The act expected, or `deadline.set` for a process deadline ahead.
    kind: &'static str,
    on: TargetJson,
    /// When it is due (UTC), judged on the log's clock.
    due: Option<String>,
    title: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ActsJson {
    /// The log's time the rules were judged at (UTC).
    now: String,
    offers: Vec<OfferJson>,
    /// What somebody expects of this reader, soonest first.
    waiting: Vec<WaitingJson>,
}

fn acts_json(a: Acts) -> ActsJson {
    let utc = |t: i64| utc_from_unix(t.max(0) as u64);
    ActsJson {
        now: utc(a.now),
        offers: a
            .offers
            .into_iter()
            .map(|o| OfferJson {
                kind: o.kind,
                on: target(&o.on),
                choice: truce_domain::offers::CHOICE
                    .iter()
                    .find(|(k, _)| *k == o.kind)
                    .map(|(_, f)| *f),
                choices: o.choices,
            })
            .collect(),
        waiting: a
            .waiting
            .into_iter()
            .map(|w| WaitingJson {
                kind: w.kind,
                on: target(&w.on),
                due: w.due.map(utc),
                title: w.title,
            })
            .collect(),
    }
}

/// The acts the signed-in reader may take now, on every object it may see, and what waits on it.
#[utoipa::path(get, path = "/api/v1/acts", tag = "negotiation", params(ReaderHeaders),
    responses((status = 200, body = ActsJson)))]
pub async fn acts(
    State(log): State<Arc<App>>,
    reader: KeyedReader,
) -> Result<impl IntoResponse, ApiError> {
    let now = crate::engine::clock::system_now() as i64;
    let acts = match reader.key {
        None => Acts {
            now: log.with_domain(|d| d.clock.map_or(now, |(_, t)| t)),
            ..Acts::default()
        },
        Some(key) => {
            let registrar = log.with_authority(|a| a.key(&key).is_some_and(|r| r.may_register));
            // Its cost grows with what the reader sees: off the async
            // workers, over the snapshot the request began with.
            let domain = log.snapshot();
            off_workers(move || Ok(domain.acts_for(&key, registrar, now))).await?
        }
    };
    Ok((
        [(header::CACHE_CONTROL, "private, no-store")],
        Json(acts_json(acts)),
    ))
}
