//! Reminders over HTTP: a member sets the address its reminders go to
//! (`GET`/`PUT /api/v1/reminders`, its own only) and learns its calendar
//! feed's secret address; the feed itself
//! (`GET /api/v1/reminders/{member}/{token}/calendar.ics`) needs no
//! sign-in, since a calendar application cannot sign, and answers 404 alike
//! for an unknown member, a removed one and a wrong or outdated token.

use super::app::App;
use super::auth::MemberKey;
use super::error::ApiError;
use crate::reminders::{self, ReminderError};
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use truce_domain::access::Viewer;
use truce_ledger::reason;
use utoipa::ToSchema;

/// The largest settings body read.
const MAX_BODY: usize = 1024;

pub fn router() -> Router<Arc<App>> {
    Router::new()
        .route(
            "/api/v1/reminders",
            get(settings)
                .put(set_settings)
                .layer(DefaultBodyLimit::max(MAX_BODY)),
        )
        .route("/api/v1/reminders/{member}/{token}/calendar.ics", get(feed))
}

fn refused(e: ReminderError) -> ApiError {
    match e {
        ReminderError::Address(..) | ReminderError::NotAMember => ApiError::bad_request(e.reason()),
        other => ApiError::unavailable(other.reason()),
    }
}

fn member_of(viewer: &Viewer) -> Result<&str, ApiError> {
    match viewer {
        Viewer::Member { member, .. } => Ok(member),
        _ => Err(refused(ReminderError::NotAMember)),
    }
}

#[derive(Serialize, ToSchema)]
pub struct RemindersJson {
    /// Where this member's reminders are mailed (none: not mailed).
    email: Option<String>,
    /// The path of this member's calendar feed: a secret, valid until the
    /// member's key is rotated.
    feed: String,
}

async fn settings_json(log: &App, member: &str, key: &str) -> Result<RemindersJson, ApiError> {
    let secret = reminders::feed_secret(log).await.map_err(refused)?;
    Ok(RemindersJson {
        email: reminders::address(log, member, key)
            .await
            .map_err(refused)?,
        feed: format!(
            "/api/v1/reminders/{member}/{}/calendar.ics",
            reminders::feed_token(&secret, member, key)
        ),
    })
}

/// The signed-in member's reminder settings and the address of its calendar feed.
#[utoipa::path(get, path = "/api/v1/reminders", tag = "negotiation",
    params(super::negotiation::ReaderHeaders),
    responses((status = 200, body = RemindersJson), (status = 400, body = super::error::ErrorJson),
        (status = 401, body = super::error::ErrorJson)))]
pub async fn settings(
    State(log): State<Arc<App>>,
    MemberKey { viewer, key }: MemberKey,
) -> Result<Json<RemindersJson>, ApiError> {
    let member = member_of(&viewer)?;
    Ok(Json(settings_json(&log, member, &key).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetRemindersJson {
    /// The address to mail reminders to; null to stop mailing.
    email: Option<String>,
}

/// Set where the signed-in member's reminders are mailed (null: nowhere).
#[utoipa::path(put, path = "/api/v1/reminders", tag = "negotiation",
    params(super::negotiation::ReaderHeaders), request_body = SetRemindersJson,
    responses((status = 200, body = RemindersJson), (status = 400, body = super::error::ErrorJson),
        (status = 401, body = super::error::ErrorJson), (status = 413, body = super::error::ErrorJson)))]
pub async fn set_settings(
    State(log): State<Arc<App>>,
    MemberKey { viewer, key }: MemberKey,
    body: axum::body::Bytes,
) -> Result<Json<RemindersJson>, ApiError> {
    let member = member_of(&viewer)?;
    let req: SetRemindersJson = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(reason!(
            "reminder-settings-invalid",
            "the reminder settings are not valid: {detail}",
            detail = e
        ))
    })?;
    let email = req
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty());
    reminders::set_address(&log, member, &key, email)
        .await
        .map_err(refused)?;
    Ok(Json(settings_json(&log, member, &key).await?))
}

/// A member's reminders as an RFC 5545 calendar, at the secret address `GET /api/v1/reminders` gives.
#[utoipa::path(get, path = "/api/v1/reminders/{member}/{token}/calendar.ics", tag = "negotiation",
    params(("member" = String, Path), ("token" = String, Path)),
    responses((status = 200, content_type = "text/calendar"), (status = 404, body = super::error::ErrorJson)))]
pub async fn feed(
    State(log): State<Arc<App>>,
    Path((member, token)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let none = || {
        ApiError::not_found(reason!(
            "reminder-feed-none",
            "no such calendar feed (a rotated key or a removed member ends it)"
        ))
    };
    if member.len() > 200 || token.len() != 64 {
        return Err(none());
    }
    let key = reminders::current_key(&log, &member).ok_or_else(none)?;
    let secret = reminders::feed_secret(&log).await.map_err(refused)?;
    if !reminders::token_matches(&secret, &member, &key, &token) {
        return Err(none());
    }
    let (waiting, _) = reminders::waiting_off(&log.log, &member)
        .await
        .ok_or_else(none)?;
    let stamp = truce_domain::export::utc_from_unix(crate::engine::clock::system_now());
    let items: Vec<truce_domain::export::Reminder> = waiting
        .iter()
        .filter_map(|w| {
            Some(truce_domain::export::Reminder {
                key: w.key(),
                summary: w.describe(),
                category: w.kind.to_owned(),
                due: w.due?,
            })
        })
        .collect();
    let ics = truce_domain::export::reminders_icalendar(&items, log.origin(), &member, &stamp);
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "private, no-store"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        ics,
    )
        .into_response())
}
