//! API errors: every refusal is a status code and a JSON body
//! `{"error": "…"}` that says what is wrong. Client mistakes are 4xx; only
//! the server's own failures (storage down) are 5xx.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
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
impl From<crate::quota::Exceeded> for ApiError {
    fn from(e: crate::quota::Exceeded) -> Self {
        Self::new(StatusCode::TOO_MANY_REQUESTS, e.message)
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
