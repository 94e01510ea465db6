//! Browser sessions: the in-memory store of sessions, one-time challenges
//! and sign-in attempts per address (the routes are in `session`).
//!
//! The browser holds a non-extractable WebCrypto Ed25519 key. To sign in it
//! asks for a one-time challenge, signs
//! `truce-session/v1\n{origin}\n{challenge}\n` and gets back a short-lived
//! session cookie (`HttpOnly`, `Secure`, `SameSite=Strict`) and a CSRF
//! token. A session only stands for its key: every request re-checks that
//! the key is registered, unrevoked and a current member's (in `auth`),
//! so removing a member or revoking a key ends their sessions at once.
//! Sign-in, challenges and invitation look-ups are rate limited per client
//! address. Sessions live in memory: a restart signs everyone out.

use super::error::ApiError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL;
use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

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
            return Err(ApiError::refuse(
                StatusCode::TOO_MANY_REQUESTS,
                truce_ledger::reason!(
                    "session-too-many-attempts",
                    "too many sign-in attempts from {ip}: at most {limit} per {window} s; try again later",
                    ip = ip,
                    limit = RATE_LIMIT,
                    window = RATE_WINDOW.as_secs()
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
    pub fn take_challenge(&self, challenge: &str) -> bool {
        self.lock()
            .challenges
            .remove(challenge)
            .is_some_and(|t| t.elapsed() < CHALLENGE_LIFETIME)
    }

    pub fn open(&self, key: String) -> (String, Session) {
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

    pub fn close(&self, token: &str) {
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
