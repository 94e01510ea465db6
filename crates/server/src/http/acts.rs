//! What the reader may do now, and what waits on it: `GET /api/v1/acts`,
//! answered by the domain's [`truce_domain::offers`] (the same rules the
//! sequencer applies), for the key the request is signed or the session
//! was opened with. The web UI shows exactly these acts and nothing else;
//! the public is offered nothing.

use super::app::App;
use super::auth::{KeyedReader, MemberKey};
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
use truce_ledger::{Reason, reason};
use utoipa::ToSchema;

pub fn router() -> Router<Arc<App>> {
    Router::new().route("/api/v1/acts", get(acts)).route(
        "/api/v1/check",
        axum::routing::post(check).layer(axum::extract::DefaultBodyLimit::max(MAX_CHECK)),
    )
}

/// The largest act body checked (a mechanism's terms are the largest).
const MAX_CHECK: usize = 256 * 1024;

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

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckJson {
    /// The entry kind, e.g. `mechanism.configure`.
    kind: String,
    /// The body as it would be signed (its opened form for a sealed kind).
    body: serde_json::Value,
}

#[derive(Serialize, ToSchema)]
pub struct VerdictJson {
    /// Whether the log would take this act from this key now.
    admitted: bool,
    /// Why not, in the rules' words.
    reason: Option<String>,
    /// The same as a reason of the reasons catalogues (its id and
    /// arguments), for saying it in the reader's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<super::error::RefusalReasonJson>)]
    why: Option<Reason>,
}

/// Check an act against every rule of the process — the domain's and the
/// territory rule — as the signed-in reader's, without taking it: what a
/// refused submission would say, and nothing is appended or stored.
#[utoipa::path(post, path = "/api/v1/check", tag = "negotiation", params(ReaderHeaders),
    request_body = CheckJson,
    responses((status = 200, body = VerdictJson), (status = 400, body = super::error::ErrorJson),
        (status = 401, body = super::error::ErrorJson), (status = 413, body = super::error::ErrorJson)))]
pub async fn check(
    State(log): State<Arc<App>>,
    MemberKey { key, .. }: MemberKey,
    body: axum::body::Bytes,
) -> Result<Json<VerdictJson>, ApiError> {
    let req: CheckJson = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(reason!(
            "body-check-invalid",
            "the check is not valid: {detail}",
            detail = e
        ))
    })?;
    let registrar = log.with_authority(|a| a.key(&key).is_some_and(|r| r.may_register));
    let domain = log.snapshot();
    let verdict = off_workers(move || {
        let refuse = |why: Reason| VerdictJson {
            admitted: false,
            reason: Some(why.text.clone()),
            why: Some(why),
        };
        let event = match truce_domain::parse_event(&req.kind, &req.body.to_string()) {
            Ok(Some(e)) => e,
            Ok(None) => {
                return Ok(refuse(reason!(
                    "check-not-an-act",
                    "{kind} is not an act of the process",
                    kind = req.kind
                )));
            }
            Err(e) => return Ok(refuse(e.reason())),
        };
        if truce_ledger::authority::registrar_only(&req.kind) && !registrar {
            return Ok(refuse(reason!(
                "check-founding-key-only",
                "only a founding key may sign {kind}",
                kind = req.kind
            )));
        }
        if let Some(hash) = event.needs_blob() {
            return Ok(refuse(reason!(
                "check-content-checked-on-submit",
                "this act names the content {hash}, which is checked when it is submitted",
                hash = hash
            )));
        }
        let act = truce_domain::Act {
            index: u64::MAX,
            signer: &key,
            registrar,
        };
        if let Err(e) = domain
            .check_signer(&act)
            .and_then(|()| domain.check(&act, &event))
        {
            return Ok(refuse(e.reason()));
        }
        if let truce_domain::Event::Monitor(truce_domain::monitor::MonitorAct {
            event: truce_domain::monitor::MonitorEvent::Configure(m),
            ..
        }) = &event
            && let Err(e) = truce_domain::fold::World::check_territories(
                &crate::assets::Boundaries,
                &m.territories,
            )
        {
            return Ok(refuse(truce_domain::fold::Refusal::Territories(e).reason()));
        }
        Ok(VerdictJson {
            admitted: true,
            reason: None,
            why: None,
        })
    })
    .await?;
    Ok(Json(verdict))
}
