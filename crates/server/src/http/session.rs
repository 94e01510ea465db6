//! Browser sign-in routes: challenge, sign-in with a member's own key,
//! the current session, sign-out, and invitation look-ups. The store of
//! sessions is in [`super::sessions`].

use super::app::App;
use super::error::ApiError;
use super::sessions::*;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::time::Instant;
use truce_ledger::reason;
use utoipa::ToSchema;

pub fn router() -> axum::Router<Arc<App>> {
    axum::Router::new()
        .route("/api/v1/session/challenge", post(challenge))
        .route(
            "/api/v1/session",
            post(sign_in).get(current).delete(sign_out),
        )
        .route("/api/v1/invitations/{code_sha256}", get(invitation))
}

#[derive(Serialize, ToSchema)]
pub struct ChallengeJson {
    /// Sign `truce-session/v1\n{origin}\n{challenge}\n` with the member's key.
    challenge: String,
    origin: String,
    expires_in: u64,
}

/// A one-time sign-in challenge (rate limited per client address).
#[utoipa::path(post, path = "/api/v1/session/challenge", tag = "session",
    responses((status = 200, body = ChallengeJson), (status = 429, body = super::error::ErrorJson)))]
async fn challenge(
    State(log): State<Arc<App>>,
    ClientIp(ip): ClientIp,
) -> Result<Json<ChallengeJson>, ApiError> {
    log.sessions.attempt(ip)?;
    Ok(Json(ChallengeJson {
        challenge: log.sessions.challenge(),
        origin: log.origin().to_owned(),
        expires_in: CHALLENGE_LIFETIME.as_secs(),
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignInJson {
    /// The key id (`name+hex`).
    key: String,
    challenge: String,
    /// Base64 Ed25519 signature over the session message.
    signature: String,
}

#[derive(Serialize, ToSchema)]
pub struct SessionJson {
    key: String,
    /// Send it back as `X-Truce-CSRF` on every request that changes anything.
    csrf: String,
    expires_in: u64,
    viewer: super::negotiation::ViewerJson,
}

fn unauthorized(reason: truce_ledger::Reason) -> ApiError {
    ApiError::refuse(StatusCode::UNAUTHORIZED, reason)
}

fn not_signed_in() -> ApiError {
    unauthorized(reason!("session-not-signed-in", "not signed in"))
}

fn expired() -> ApiError {
    unauthorized(reason!(
        "session-expired",
        "the session has expired or was signed out"
    ))
}

/// Sign in: answer a challenge with the member's key; sets the session cookie.
#[utoipa::path(post, path = "/api/v1/session", tag = "session", request_body = SignInJson,
    responses((status = 200, body = SessionJson), (status = 400, body = super::error::ErrorJson),
        (status = 401, body = super::error::ErrorJson), (status = 429, body = super::error::ErrorJson)))]
async fn sign_in(
    State(log): State<Arc<App>>,
    ClientIp(ip): ClientIp,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    log.sessions.attempt(ip)?;
    let req: SignInJson = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(reason!(
            "session-sign-in-body-invalid",
            "the sign-in body is not valid: {detail}",
            detail = e
        ))
    })?;
    let signature = B64.decode(&req.signature).map_err(|_| {
        ApiError::bad_request(reason!(
            "session-signature-not-base64",
            "signature is not base64"
        ))
    })?;
    if !log.sessions.take_challenge(&req.challenge) {
        return Err(unauthorized(reason!(
            "session-challenge-unknown",
            "the challenge is unknown, used or expired: ask for a new one"
        )));
    }
    let viewer = super::auth::viewer_for_key(&log, &req.key)?;
    let vkey = log.with_authority(|a| a.key(&req.key).map(|r| r.key.clone()));
    let Some(vkey) = vkey else {
        return Err(super::auth::unknown_key(&req.key));
    };
    let message = session_message(log.origin(), &req.challenge);
    if !vkey.verify_raw(message.as_bytes(), &signature) {
        return Err(unauthorized(reason!(
            "session-signature-does-not-verify",
            "the signature does not verify under key {key} (sign {message:?})",
            key = req.key,
            message = message
        )));
    }
    let (token, session) = log.sessions.open(req.key.clone());
    let body = SessionJson {
        key: req.key,
        csrf: session.csrf,
        expires_in: SESSION_LIFETIME.as_secs(),
        viewer: super::negotiation::viewer_json(&viewer),
    };
    let cookie = format!(
        "{COOKIE}={token}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age={}",
        SESSION_LIFETIME.as_secs()
    );
    let mut resp = Json(body).into_response();
    resp.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie)
            .map_err(|_| ApiError::bad_request(reason!("session-bad-cookie", "bad cookie")))?,
    );
    Ok(resp)
}

/// The current session, if signed in with a cookie.
#[utoipa::path(get, path = "/api/v1/session", tag = "session",
    responses((status = 200, body = SessionJson), (status = 401, body = super::error::ErrorJson)))]
async fn current(
    State(log): State<Arc<App>>,
    headers: HeaderMap,
) -> Result<Json<SessionJson>, ApiError> {
    let token = cookie_token(&headers).ok_or_else(not_signed_in)?;
    let session = log.sessions.get(&token).ok_or_else(expired)?;
    let viewer = super::auth::viewer_for_key(&log, &session.key)?;
    Ok(Json(SessionJson {
        key: session.key,
        csrf: session.csrf,
        expires_in: session
            .expires
            .saturating_duration_since(Instant::now())
            .as_secs(),
        viewer: super::negotiation::viewer_json(&viewer),
    }))
}

/// Sign out: ends the session (needs the CSRF header).
#[utoipa::path(delete, path = "/api/v1/session", tag = "session",
    params(("X-Truce-CSRF" = String, Header, description = "the session's CSRF token")),
    responses((status = 204), (status = 401, body = super::error::ErrorJson), (status = 403, body = super::error::ErrorJson)))]
async fn sign_out(State(log): State<Arc<App>>, headers: HeaderMap) -> Result<Response, ApiError> {
    let token = cookie_token(&headers).ok_or_else(not_signed_in)?;
    let session = log.sessions.get(&token).ok_or_else(expired)?;
    super::auth::check_csrf(&headers, &session)?;
    log.sessions.close(&token);
    let mut resp = StatusCode::NO_CONTENT.into_response();
    resp.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static(
            "truce_session=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0",
        ),
    );
    Ok(resp)
}

/// An invitation, looked up by the SHA-256 (hex) of its code: whoever holds
/// the code learns whom it enrols (rate limited per client address).
#[utoipa::path(get, path = "/api/v1/invitations/{code_sha256}", tag = "session",
    params(("code_sha256" = String, Path, description = "hex SHA-256 of the invitation code")),
    responses((status = 200, body = super::negotiation::InvitationJson), (status = 400, body = super::error::ErrorJson),
        (status = 404, body = super::error::ErrorJson), (status = 429, body = super::error::ErrorJson)))]
async fn invitation(
    State(log): State<Arc<App>>,
    ClientIp(ip): ClientIp,
    Path(code_sha256): Path<String>,
) -> Result<Json<super::negotiation::InvitationJson>, ApiError> {
    log.sessions.attempt(ip)?;
    let hash = code_sha256.to_ascii_lowercase();
    if crate::engine::parse_sha256(&hash).is_none() {
        return Err(ApiError::bad_request(reason!(
            "invite-code-hash-malformed",
            "code_sha256 must be 64 hex digits (the SHA-256 of the code)"
        )));
    }
    // A founding invitation is the ledger's (the genesis's) alone.
    let founding = log.with_authority(|a| {
        a.founding_invitation(&hash).map(|(used, expires)| {
            super::negotiation::founding_invitation_json(
                a.process().unwrap_or_default(),
                used,
                expires,
                a.time().map(|(_, t)| t),
            )
        })
    });
    if let Some(f) = founding {
        return Ok(Json(f));
    }
    log.with_domain(|d| {
        let i = d.invitations.get(&hash).ok_or_else(|| {
            ApiError::not_found(reason!(
                "invite-no-such-code",
                "no invitation has this code"
            ))
        })?;
        Ok(Json(super::negotiation::invitation_json(d, i)))
    })
}
