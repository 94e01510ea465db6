//! API errors: every refusal is a status code and a JSON body
//! `{"error": "…"}` that says what is wrong. Client mistakes are 4xx; only
//! the server's own failures (storage down) are 5xx. The one place the
//! engine's refusals become status codes.

use crate::engine::EngineError;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use truce_domain::DomainError;
use truce_ledger::entry::EntryError;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
        }
    }
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, message)
    }
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(StatusCode::SERVICE_UNAVAILABLE, message)
    }
    /// The server's own failure (a renderer that could not finish).
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(serde_json::json!({ "error": self.message })),
        )
            .into_response()
    }
}

/// A quota's refusal: 429 naming the quota and when to retry.
impl From<crate::engine::quota::Exceeded> for ApiError {
    fn from(e: crate::engine::quota::Exceeded) -> Self {
        Self::new(StatusCode::TOO_MANY_REQUESTS, e.message)
    }
}

impl From<EngineError> for ApiError {
    fn from(e: EngineError) -> Self {
        match e {
            EngineError::Entry(e) => e.into(),
            EngineError::Domain(e) => e.into(),
            EngineError::Disclosure(e) => e.into(),
            EngineError::Quota(e) => e.into(),
            EngineError::Reserved(m) => Self::new(StatusCode::FORBIDDEN, m),
            EngineError::Invalid(m) => Self::bad_request(m),
            EngineError::Unprocessable(m) => Self::new(StatusCode::UNPROCESSABLE_ENTITY, m),
            EngineError::NotFound(m) => Self::not_found(m),
            EngineError::Store(e) => e.into(),
            EngineError::Unavailable(m) => Self::unavailable(m),
        }
    }
}

impl From<EntryError> for ApiError {
    fn from(e: EntryError) -> Self {
        use EntryError::*;
        let status = match &e {
            TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            UnknownKey(_)
            | RevokedKey { .. }
            | BadSignature(_)
            | NotRegistrar(_)
            | GenesisSigner(_)
            | LogKeyMisuse => StatusCode::FORBIDDEN,
            Replay { .. } | AlreadyRegistered(_) | SecondGenesis | NotGenesis => {
                StatusCode::CONFLICT
            }
            _ => StatusCode::BAD_REQUEST,
        };
        Self::new(status, e.to_string())
    }
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        use DomainError::*;
        let status = match &e {
            Body { .. } | ReasonRequired(_) | BadDocument { .. } => StatusCode::BAD_REQUEST,
            Unknown { .. } => StatusCode::NOT_FOUND,
            NotAMember { .. } | KeyRetired { .. } | Forbidden { .. } => StatusCode::FORBIDDEN,
            ContentMissing { .. } | Bracketed { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            _ => StatusCode::CONFLICT,
        };
        Self::new(status, e.to_string())
    }
}

impl From<truce_domain::disclosure::DisclosureError> for ApiError {
    fn from(e: truce_domain::disclosure::DisclosureError) -> Self {
        let status = match &e {
            truce_domain::disclosure::DisclosureError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            _ => StatusCode::BAD_REQUEST,
        };
        Self::new(status, e.to_string())
    }
}

impl From<truce_store::StoreError> for ApiError {
    fn from(e: truce_store::StoreError) -> Self {
        tracing::error!("storage: {e}");
        Self::unavailable(format!("storage unavailable: {e}"))
    }
}

/// Every refusal: a 4xx (or a 503 when storage fails) with what is wrong.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorJson {
    pub error: String,
}
