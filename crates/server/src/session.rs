//! Browser sign-in: challenge–response sessions over a member's own key.
//!
//! The browser holds a non-extractable WebCrypto Ed25519 key. To sign in it
//! asks for a one-time challenge, signs
//! `truce-session/v1\n{origin}\n{challenge}\n` and gets back a short-lived
//! session cookie (`HttpOnly`, `Secure`, `SameSite=Strict`) and a CSRF
//! token. A session only stands for its key: every request re-checks that
//! the key is registered, unrevoked and a current member's (in [`crate::auth`]),
//! so removing a member or revoking a key ends their sessions at once.
//! Sign-in, challenges and invitation look-ups are rate limited per client
//! address. Sessions live in memory: a restart signs everyone out.

use crate::error::ApiError;
use crate::log::Log;
use axum::Json;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD as B64, URL_SAFE_NO_PAD as B64URL};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use utoipa::ToSchema;

/// The session cookie's name.
pub const COOKIE: &str = "truce_session";
/// The header a cookie-authenticated request that changes anything must carry.
pub const CSRF_HEADER: &str = "x-truce-csrf";
/// How long a session lasts.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(30 * 60);
/// How long a challenge may be answered.
pub const CHALLENGE_LIFETIME: Duration = Duration::from_secs(120);
/// Sign-in attempts (challenges, sign-ins, enrolment look-ups) per client
/// address per [`RATE_WINDOW`].
pub const RATE_LIMIT: usize = 30;
pub const RATE_WINDOW: Duration = Duration::from_secs(60);
/// Client addresses tracked before aged-out ones are forgotten.
const MAX_TRACKED_ADDRESSES: usize = 10_000;
/// Open challenges kept at most (oldest dropped first).
const MAX_CHALLENGES: usize = 10_000;

/// The message a browser signs to sign in.
pub fn session_message(origin: &str, challenge: &str) -> String {
    format!("truce-session/v1\n{origin}\n{challenge}\n")
}

/// A signed-in browser.
#[derive(Debug, Clone)]
pub struct Session {
    pub key: String,
    pub csrf: String,
    pub expires: Instant,
}

#[derive(Default)]
struct Inner {
    challenges: HashMap<String, Instant>,
    sessions: HashMap<String, Session>,
    attempts: HashMap<IpAddr, VecDeque<Instant>>,
}

/// The server's sessions, challenges and sign-in rate limits.
#[derive(Default)]
pub struct Sessions {
    inner: Mutex<Inner>,
}

fn random_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).expect("the operating system's random source");
    B64URL.encode(bytes)
}

impl Sessions {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Count a sign-in attempt from `ip`; refuse past the limit.
    pub fn attempt(&self, ip: Option<IpAddr>) -> Result<(), ApiError> {
        let Some(ip) = ip else { return Ok(()) };
        let now = Instant::now();
        let mut inner = self.lock();
        // Forget addresses whose attempts have all aged out, so the table
        // stays as small as the set of recent clients.
        if inner.attempts.len() >= MAX_TRACKED_ADDRESSES {
            inner.attempts.retain(|_, seen| {
                seen.back()
                    .is_some_and(|t| now.duration_since(*t) <= RATE_WINDOW)
            });
        }
        let seen = inner.attempts.entry(ip).or_default();
        while seen
            .front()
            .is_some_and(|t| now.duration_since(*t) > RATE_WINDOW)
        {
            seen.pop_front();
        }
        if seen.len() >= RATE_LIMIT {
            return Err(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                format!(
                    "too many sign-in attempts from {ip}: at most {RATE_LIMIT} per {} s; try again later",
                    RATE_WINDOW.as_secs()
                ),
            ));
        }
        seen.push_back(now);
        Ok(())
    }

    pub fn challenge(&self) -> String {
        let token = random_token();
        let now = Instant::now();
        let mut inner = self.lock();
        inner
            .challenges
            .retain(|_, t| now.duration_since(*t) < CHALLENGE_LIFETIME);
        if inner.challenges.len() >= MAX_CHALLENGES {
            let oldest = inner
                .challenges
                .iter()
                .min_by_key(|(_, t)| **t)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                inner.challenges.remove(&k);
            }
        }
        inner.challenges.insert(token.clone(), now);
        token
    }

    /// Use up a challenge; false if unknown or expired.
    fn take_challenge(&self, challenge: &str) -> bool {
        self.lock()
            .challenges
            .remove(challenge)
            .is_some_and(|t| t.elapsed() < CHALLENGE_LIFETIME)
    }

    fn open(&self, key: String) -> (String, Session) {
        let token = random_token();
        let session = Session {
            key,
            csrf: random_token(),
            expires: Instant::now() + SESSION_LIFETIME,
        };
        let mut inner = self.lock();
        let now = Instant::now();
        inner.sessions.retain(|_, s| s.expires > now);
        inner.sessions.insert(token.clone(), session.clone());
        (token, session)
    }

    /// The live session behind a cookie token.
    pub fn get(&self, token: &str) -> Option<Session> {
        let mut inner = self.lock();
        match inner.sessions.get(token) {
            Some(s) if s.expires > Instant::now() => Some(s.clone()),
            Some(_) => {
                inner.sessions.remove(token);
                None
            }
            None => None,
        }
    }

    fn close(&self, token: &str) {
        self.lock().sessions.remove(token);
    }
}

/// The session token in a request's cookies, if any.
pub fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
}

/// The client's address, when the server was started with connection info.
pub struct ClientIp(pub Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}

pub fn router() -> axum::Router<Arc<Log>> {
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
    responses((status = 200, body = ChallengeJson), (status = 429, body = crate::api::ErrorJson)))]
async fn challenge(
    State(log): State<Arc<Log>>,
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
    viewer: crate::negotiation::ViewerJson,
}

fn unauthorized(message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, message)
}

/// Sign in: answer a challenge with the member's key; sets the session cookie.
#[utoipa::path(post, path = "/api/v1/session", tag = "session", request_body = SignInJson,
    responses((status = 200, body = SessionJson), (status = 400, body = crate::api::ErrorJson),
        (status = 401, body = crate::api::ErrorJson), (status = 429, body = crate::api::ErrorJson)))]
async fn sign_in(
    State(log): State<Arc<Log>>,
    ClientIp(ip): ClientIp,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    log.sessions.attempt(ip)?;
    let req: SignInJson = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad_request(format!("the sign-in body is not valid: {e}")))?;
    let signature = B64
        .decode(&req.signature)
        .map_err(|_| ApiError::bad_request("signature is not base64"))?;
    if !log.sessions.take_challenge(&req.challenge) {
        return Err(unauthorized(
            "the challenge is unknown, used or expired: ask for a new one",
        ));
    }
    let viewer = crate::auth::viewer_for_key(&log, &req.key)?;
    let vkey = log.with_authority(|a| a.key(&req.key).map(|r| r.key.clone()));
    let Some(vkey) = vkey else {
        return Err(unauthorized(format!("unknown key {}", req.key)));
    };
    let message = session_message(log.origin(), &req.challenge);
    if !vkey.verify_raw(message.as_bytes(), &signature) {
        return Err(unauthorized(format!(
            "the signature does not verify under key {} (sign {message:?})",
            req.key
        )));
    }
    let (token, session) = log.sessions.open(req.key.clone());
    let body = SessionJson {
        key: req.key,
        csrf: session.csrf,
        expires_in: SESSION_LIFETIME.as_secs(),
        viewer: crate::negotiation::viewer_json(&viewer),
    };
    let cookie = format!(
        "{COOKIE}={token}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age={}",
        SESSION_LIFETIME.as_secs()
    );
    let mut resp = Json(body).into_response();
    resp.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie).map_err(|_| ApiError::bad_request("bad cookie"))?,
    );
    Ok(resp)
}

/// The current session, if signed in with a cookie.
#[utoipa::path(get, path = "/api/v1/session", tag = "session",
    responses((status = 200, body = SessionJson), (status = 401, body = crate::api::ErrorJson)))]
async fn current(
    State(log): State<Arc<Log>>,
    headers: HeaderMap,
) -> Result<Json<SessionJson>, ApiError> {
    let token = cookie_token(&headers).ok_or_else(|| unauthorized("not signed in"))?;
    let session = log
        .sessions
        .get(&token)
        .ok_or_else(|| unauthorized("the session has expired or was signed out"))?;
    let viewer = crate::auth::viewer_for_key(&log, &session.key)?;
    Ok(Json(SessionJson {
        key: session.key,
        csrf: session.csrf,
        expires_in: session
            .expires
            .saturating_duration_since(Instant::now())
            .as_secs(),
        viewer: crate::negotiation::viewer_json(&viewer),
    }))
}

/// Sign out: ends the session (needs the CSRF header).
#[utoipa::path(delete, path = "/api/v1/session", tag = "session",
    params(("X-Truce-CSRF" = String, Header, description = "the session's CSRF token")),
    responses((status = 204), (status = 401, body = crate::api::ErrorJson), (status = 403, body = crate::api::ErrorJson)))]
async fn sign_out(State(log): State<Arc<Log>>, headers: HeaderMap) -> Result<Response, ApiError> {
    let token = cookie_token(&headers).ok_or_else(|| unauthorized("not signed in"))?;
    let session = log
        .sessions
        .get(&token)
        .ok_or_else(|| unauthorized("the session has expired or was signed out"))?;
    crate::auth::check_csrf(&headers, &session)?;
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

#[derive(Serialize, ToSchema)]
pub struct InvitationJson {
    member: String,
    participant: String,
    participant_name: Option<String>,
    name: String,
    roles: Vec<String>,
    invited_at: u64,
    enrolled_at: Option<u64>,
}

/// An invitation, looked up by the SHA-256 (hex) of its code: whoever holds
/// the code learns whom it enrols (rate limited per client address).
#[utoipa::path(get, path = "/api/v1/invitations/{code_sha256}", tag = "session",
    params(("code_sha256" = String, Path, description = "hex SHA-256 of the invitation code")),
    responses((status = 200, body = InvitationJson), (status = 400, body = crate::api::ErrorJson),
        (status = 404, body = crate::api::ErrorJson), (status = 429, body = crate::api::ErrorJson)))]
async fn invitation(
    State(log): State<Arc<Log>>,
    ClientIp(ip): ClientIp,
    Path(code_sha256): Path<String>,
) -> Result<Json<InvitationJson>, ApiError> {
    log.sessions.attempt(ip)?;
    let hash = code_sha256.to_ascii_lowercase();
    if crate::log::parse_sha256(&hash).is_none() {
        return Err(ApiError::bad_request(
            "code_sha256 must be 64 hex digits (the SHA-256 of the code)",
        ));
    }
    log.with_domain(|d| {
        let i = d
            .invitations
            .get(&hash)
            .ok_or_else(|| ApiError::not_found("no invitation has this code"))?;
        Ok(Json(InvitationJson {
            member: i.member.clone(),
            participant: i.participant.clone(),
            participant_name: d.participants.get(&i.participant).map(|p| p.name.clone()),
            name: i.name.clone(),
            roles: i.roles.iter().map(|r| r.to_string()).collect(),
            invited_at: i.invited_at,
            enrolled_at: i.enrolled_at,
        }))
    })
}
