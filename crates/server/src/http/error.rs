//! API errors: every refusal is a status code and a JSON body
//! `{"error": "…", "reason": {"id": …, "args": {…}}}` that says what is
//! wrong: `error` in English, `reason` for saying it in the reader's
//! language (the reasons catalogues, `truce_ledger::reason`). Client
//! mistakes are 4xx; only the server's own failures (storage down) are 5xx.
//! The one place the engine's refusals become status codes.

use crate::engine::EngineError;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use truce_domain::DomainError;
use truce_ledger::Reason;
use truce_ledger::entry::EntryError;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    /// The English sentence (the reason's text).
    pub message: String,
    pub reason: Option<Reason>,
}

impl ApiError {
    /// A refusal for `reason`: its English is the message.
    pub fn refuse(status: StatusCode, reason: Reason) -> Self {
        Self {
            status,
            message: reason.text.clone(),
            reason: Some(reason),
        }
    }
    pub fn bad_request(reason: Reason) -> Self {
        Self::refuse(StatusCode::BAD_REQUEST, reason)
    }
    pub fn not_found(reason: Reason) -> Self {
        Self::refuse(StatusCode::NOT_FOUND, reason)
    }
    pub fn unavailable(reason: Reason) -> Self {
        Self::refuse(StatusCode::SERVICE_UNAVAILABLE, reason)
    }
    /// The server's own failure (a renderer that could not finish).
    pub fn internal(reason: Reason) -> Self {
        Self::refuse(StatusCode::INTERNAL_SERVER_ERROR, reason)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(ErrorJson {
                error: self.message,
                reason: self.reason,
            }),
        )
            .into_response()
    }
}

/// A quota's refusal: 429 naming the quota and when to retry.
impl From<crate::engine::quota::Exceeded> for ApiError {
    fn from(e: crate::engine::quota::Exceeded) -> Self {
        Self::refuse(StatusCode::TOO_MANY_REQUESTS, e.message)
    }
}

impl From<EngineError> for ApiError {
    fn from(e: EngineError) -> Self {
        match e {
            EngineError::Entry(e) => e.into(),
            EngineError::Domain(e) => e.into(),
            EngineError::Disclosure(e) => e.into(),
            EngineError::Quota(e) => e.into(),
            EngineError::Reserved(m) => Self::refuse(StatusCode::FORBIDDEN, m),
            EngineError::Invalid(m) => Self::bad_request(m),
            EngineError::Unprocessable(m) => Self::refuse(StatusCode::UNPROCESSABLE_ENTITY, m),
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
        Self::refuse(status, e.reason())
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
        Self::refuse(status, e.reason())
    }
}

impl From<truce_domain::disclosure::DisclosureError> for ApiError {
    fn from(e: truce_domain::disclosure::DisclosureError) -> Self {
        let status = match &e {
            truce_domain::disclosure::DisclosureError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            _ => StatusCode::BAD_REQUEST,
        };
        Self::refuse(status, e.reason())
    }
}

impl From<truce_store::StoreError> for ApiError {
    fn from(e: truce_store::StoreError) -> Self {
        tracing::error!("storage: {e}");
        Self::unavailable(truce_ledger::reason!(
            "storage-unavailable",
            "storage unavailable: {detail}",
            detail = e
        ))
    }
}

/// Every refusal: a 4xx (or a 503 when storage fails) with what is wrong,
/// in English and as a reason the pages say in the reader's language.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorJson {
    /// What is wrong, in English.
    pub error: String,
    /// The same as a message id of the reasons catalogues and its
    /// arguments (absent where there is none).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<RefusalReasonJson>)]
    pub reason: Option<Reason>,
}

/// A reason's schema: `{"id": "…", "args": {name: "text" or a reason}}`,
/// as `truce_ledger::Reason` serializes.
pub struct RefusalReasonJson;

impl utoipa::PartialSchema for RefusalReasonJson {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, Type};
        use utoipa::openapi::{Ref, RefOr};
        let arg = OneOfBuilder::new()
            .item(ObjectBuilder::new().schema_type(Type::String))
            .item(Ref::from_schema_name("RefusalReasonJson"))
            .build();
        ObjectBuilder::new()
            .description(Some(
                "why, for saying it in the reader's language: a message id of the reasons catalogues and its arguments",
            ))
            .property(
                "id",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some("the message id, e.g. \"session-expired\"")),
            )
            .required("id")
            .property(
                "args",
                ObjectBuilder::new()
                    .schema_type(Type::Object)
                    .description(Some(
                        "the arguments by name: each a string, or a reason of its own",
                    ))
                    .additional_properties(Some(RefOr::T(Schema::OneOf(arg)))),
            )
            .required("args")
            .into()
    }
}

impl utoipa::ToSchema for RefusalReasonJson {
    fn name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("RefusalReasonJson")
    }
}
