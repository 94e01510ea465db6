//! Who is reading: requests are signed by the member's own key (the server
//! never holds it). A signed request carries three headers:
//!
//! - `X-Truce-Key`: the key id (`name+hex`),
//! - `X-Truce-Created`: Unix seconds when it was signed (±300 s of the server's clock),
//! - `X-Truce-Signature`: base64 Ed25519 over
//!   `truce-read/v1\n{origin}\n{METHOD}\n{path and query}\n{created}\n`.
//!
//! A browser instead carries the session cookie of [`super::sessions`]; a
//! cookie-authenticated request that is not a GET must also carry the
//! session's CSRF token in `X-Truce-CSRF`. Either way the key is checked on
//! every request, so a revoked key or a removed member's session stops at once.
//!
//! No headers and no cookie means the public. A bad signature, a stale time, an unknown,
//! revoked or retired key is a 401 naming why — never silently public.

use super::app::App;
use super::error::ApiError;
use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};
use truce_domain::access::Viewer;
use truce_ledger::{Reason, reason};

pub const KEY_HEADER: &str = "x-truce-key";
pub const CREATED_HEADER: &str = "x-truce-created";
pub const SIGNATURE_HEADER: &str = "x-truce-signature";
/// How far a signed request's time may be from the server's.
pub const MAX_SKEW_SECS: i64 = 300;

/// The message a reader signs.
pub fn read_message(origin: &str, method: &str, path_and_query: &str, created: i64) -> String {
    format!("truce-read/v1\n{origin}\n{method}\n{path_and_query}\n{created}\n")
}

/// The authenticated reader of a request.
pub struct Reader(pub Viewer);

/// The authenticated reader and the key it authenticated with (`None` for
/// the public), for acts that record who did them (a blob's holder).
pub struct KeyedReader {
    pub viewer: Viewer,
    pub key: Option<String>,
}

/// A signed-in member and its key, refused (401) before anything else of
/// the request — its body above all — is read.
pub struct MemberKey {
    pub viewer: Viewer,
    pub key: String,
}

impl FromRequestParts<Arc<App>> for MemberKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, log: &Arc<App>) -> Result<Self, ApiError> {
        match authenticate(parts, log)? {
            (viewer, Some(key)) if viewer.is_signed_in() => Ok(MemberKey { viewer, key }),
            _ => Err(unauthorized(reason!(
                "auth-members-only",
                "only members may do this: sign the request with your key (nothing of its body was read)"
            ))),
        }
    }
}

impl FromRequestParts<Arc<App>> for KeyedReader {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, log: &Arc<App>) -> Result<Self, ApiError> {
        let (viewer, key) = authenticate(parts, log)?;
        Ok(KeyedReader { viewer, key })
    }
}

fn unauthorized(reason: Reason) -> ApiError {
    ApiError::refuse(StatusCode::UNAUTHORIZED, reason)
}

impl FromRequestParts<Arc<App>> for Reader {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, log: &Arc<App>) -> Result<Self, ApiError> {
        authenticate(parts, log).map(|(viewer, _)| Reader(viewer))
    }
}

/// Who a request was found to be from, kept in its extensions by the
/// public's pace ([`super::pace`]) so the route does not check it again.
#[derive(Clone)]
pub(crate) struct Authenticated(pub Viewer, pub Option<String>);

/// Decide who a request is from: its signed headers, its session cookie, or
/// the public.
pub(crate) fn authenticate(parts: &Parts, log: &App) -> Result<(Viewer, Option<String>), ApiError> {
    if let Some(Authenticated(viewer, key)) = parts.extensions.get::<Authenticated>() {
        return Ok((viewer.clone(), key.clone()));
    }
    {
        let header = |name: &str| -> Result<Option<&str>, ApiError> {
            parts
                .headers
                .get(name)
                .map(|v| {
                    v.to_str().map_err(|_| {
                        unauthorized(reason!(
                            "auth-header-not-text",
                            "header {name} is not text",
                            name = name
                        ))
                    })
                })
                .transpose()
        };
        let Some(key) = header(KEY_HEADER)? else {
            let Some(token) = super::sessions::cookie_token(&parts.headers) else {
                return Ok((Viewer::Public, None));
            };
            let session = log.sessions.get(&token).ok_or_else(|| {
                unauthorized(reason!(
                    "session-expired-sign-in",
                    "the session has expired or was signed out: sign in again"
                ))
            })?;
            if !matches!(parts.method.as_str(), "GET" | "HEAD" | "OPTIONS") {
                check_csrf(&parts.headers, &session)?;
            }
            return Ok((
                viewer_for_key(log, &session.key)?,
                Some(session.key.clone()),
            ));
        };
        let created: i64 = header(CREATED_HEADER)?
            .ok_or_else(|| needs(CREATED_HEADER))?
            .parse()
            .map_err(|_| {
                unauthorized(reason!(
                    "auth-created-not-seconds",
                    "{header} is not Unix seconds",
                    header = CREATED_HEADER
                ))
            })?;
        let signature = B64
            .decode(header(SIGNATURE_HEADER)?.ok_or_else(|| needs(SIGNATURE_HEADER))?)
            .map_err(|_| {
                unauthorized(reason!(
                    "auth-signature-not-base64",
                    "{header} is not base64",
                    header = SIGNATURE_HEADER
                ))
            })?;
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        if (now - created).abs() > MAX_SKEW_SECS {
            return Err(unauthorized(reason!(
                "auth-signed-too-far-from-now",
                "the request was signed at {created}, more than {skew} s from the server's time {now}",
                created = created,
                skew = MAX_SKEW_SECS,
                now = now
            )));
        }
        let vkey = log.with_authority(|a| a.key(key).map(|r| r.key.clone()));
        let viewer = viewer_for_key(log, key)?;
        let vkey = vkey.ok_or_else(|| unknown_key(key))?;
        let path = parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_owned(), |p| p.as_str().to_owned());
        let message = read_message(log.origin(), parts.method.as_str(), &path, created);
        if !vkey.verify_raw(message.as_bytes(), &signature) {
            return Err(unauthorized(reason!(
                "auth-signature-does-not-verify",
                "the request signature does not verify under key {key} (sign {message:?})",
                key = key,
                message = message
            )));
        }
        Ok((viewer, Some(key.to_owned())))
    }
}

/// Who a key reads as, now: refused if unknown, revoked, retired or no
/// member's. The one place both signed requests and sessions are decided.
pub fn viewer_for_key(log: &App, key: &str) -> Result<Viewer, ApiError> {
    let registrar = log.with_authority(|a| match a.key(key) {
        Some(r) if r.revoked_at.is_none() => Ok(r.may_register),
        Some(r) => Err(unauthorized(reason!(
            "auth-key-revoked",
            "key {key} was revoked at entry {at}",
            key = key,
            at = r.revoked_at.unwrap_or_default()
        ))),
        None => Err(unknown_key(key)),
    })?;
    log.with_domain(|d| d.viewer_for_key(key, registrar))
        .ok_or_else(|| {
            unauthorized(reason!(
                "auth-key-of-no-member",
                "key {key} is retired or belongs to no member of this process",
                key = key
            ))
        })
}

/// A signed request's key header without the header it needs beside it.
fn needs(needed: &str) -> ApiError {
    unauthorized(reason!(
        "auth-header-needs",
        "{header} needs {needed}",
        header = KEY_HEADER,
        needed = needed
    ))
}

/// A key the log does not know.
pub(crate) fn unknown_key(key: &str) -> ApiError {
    unauthorized(reason!("auth-unknown-key", "unknown key {key}", key = key))
}

/// A cookie-authenticated change must echo the session's CSRF token.
pub fn check_csrf(
    headers: &axum::http::HeaderMap,
    session: &super::sessions::Session,
) -> Result<(), ApiError> {
    match headers
        .get(super::sessions::CSRF_HEADER)
        .and_then(|v| v.to_str().ok())
    {
        Some(t) if t == session.csrf => Ok(()),
        Some(_) => Err(ApiError::refuse(
            StatusCode::FORBIDDEN,
            reason!(
                "session-csrf-mismatch",
                "the X-Truce-CSRF token does not match this session's"
            ),
        )),
        None => Err(ApiError::refuse(
            StatusCode::FORBIDDEN,
            reason!(
                "session-csrf-missing",
                "a signed-in change needs the session's X-Truce-CSRF header"
            ),
        )),
    }
}
