//! The engine's refusals and failures, in the engine's own terms. It knows
//! no HTTP: `http::error` maps each kind to a status code.

use crate::engine::quota::Exceeded;
use truce_domain::DomainError;
use truce_domain::disclosure::DisclosureError;
use truce_ledger::Reason;
use truce_ledger::entry::EntryError;
use truce_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// The ledger's rules refuse the entry (signature, key rights, sequence).
    #[error(transparent)]
    Entry(#[from] EntryError),
    /// The domain's rules refuse the act.
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// The sealed part's opening does not match its commitment.
    #[error(transparent)]
    Disclosure(#[from] DisclosureError),
    /// The signer is over one of its allowances.
    #[error("{}", .0.message)]
    Quota(Exceeded),
    /// An entry nobody may submit (the log's own records).
    #[error("{0}")]
    Reserved(Reason),
    /// The act is malformed in a way the rules do not name (a claimed time
    /// ahead of the clock).
    #[error("{0}")]
    Invalid(Reason),
    /// The act's content fails a check against built-in data.
    #[error("{0}")]
    Unprocessable(Reason),
    /// No such entry.
    #[error("{0}")]
    NotFound(Reason),
    /// The store failed.
    #[error("storage unavailable: {0}")]
    Store(#[from] StoreError),
    /// The engine cannot answer now (shutting down, a stored entry unreadable).
    #[error("{0}")]
    Unavailable(Reason),
}

impl From<truce_domain::fold::Refusal> for EngineError {
    fn from(e: truce_domain::fold::Refusal) -> Self {
        use truce_domain::fold::Refusal;
        match e {
            Refusal::Entry(e) => Self::Entry(e),
            Refusal::Domain(e) => Self::Domain(e),
            territories @ Refusal::Territories(_) => Self::Unprocessable(territories.reason()),
        }
    }
}

impl From<Exceeded> for EngineError {
    fn from(e: Exceeded) -> Self {
        Self::Quota(e)
    }
}
