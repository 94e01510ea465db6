//! Truce's storage: one trait, [`LogStore`], with an implementation per
//! backend — embedded SQLite ([`sqlite::SqliteStore`]) and PostgreSQL
//! ([`postgres::PgStore`]) — each with its own sqlx migrations.
//!
//! The store knows bytes, indexes and hashes; it does not know what an entry
//! means or whether it is allowed. An append returns only once its
//! transaction has committed durably.

pub mod encrypted;
pub mod postgres;
pub mod sqlite;

use async_trait::async_trait;
use std::sync::Arc;
use thiserror::Error;
use truce_ledger::Hash;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("append at index {got} but the log has {size} entries")]
    NotAtEnd { got: u64, size: u64 },
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("unsupported database URL {0:?}: use sqlite:PATH or postgres://…")]
    Url(String),
    #[error("content key: {0}")]
    Key(String),
}

/// An entry to append: its bytes and RFC 6962 leaf hash, and the opening of
/// its sealed part (kept beside the log, never in it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    pub leaf_hash: Hash,
    pub bytes: Vec<u8>,
    pub opening: Option<Vec<u8>>,
}

/// A stored entry as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEntry {
    pub index: u64,
    pub leaf_hash: Hash,
    pub bytes: Vec<u8>,
}

/// Persistent storage of one log.
#[async_trait]
pub trait LogStore: Send + Sync {
    /// Append `entries` at `first_index` (which must equal the current size)
    /// in one transaction; returns once the transaction is durable.
    async fn append(&self, first_index: u64, entries: &[NewEntry]) -> Result<(), StoreError>;
    /// Number of entries.
    async fn size(&self) -> Result<u64, StoreError>;
    /// Entries `[start, end)`, in index order.
    async fn entries(&self, start: u64, end: u64) -> Result<Vec<StoredEntry>, StoreError>;
    /// Leaf hashes `[start, end)`, in index order.
    async fn leaf_hashes(&self, start: u64, end: u64) -> Result<Vec<Hash>, StoreError>;
    /// Record (or replace, with more cosignatures) the signed checkpoint of `size`.
    async fn put_checkpoint(&self, size: u64, note: &str) -> Result<(), StoreError>;
    /// The signed checkpoint with the largest size.
    async fn latest_checkpoint(&self) -> Result<Option<(u64, String)>, StoreError>;
    /// Store a blob under its SHA-256 (idempotent).
    async fn put_blob(&self, sha256: &Hash, bytes: &[u8]) -> Result<(), StoreError>;
    async fn get_blob(&self, sha256: &Hash) -> Result<Option<Vec<u8>>, StoreError>;
    /// Record that `holder` (a key id) uploaded the blob (idempotent).
    async fn add_blob_holder(&self, sha256: &Hash, holder: &str) -> Result<(), StoreError>;
    /// The keys that uploaded the blob.
    async fn blob_holders(&self, sha256: &Hash) -> Result<Vec<String>, StoreError>;
    /// The openings of entries `[start, end)` that have one, in index order.
    async fn openings(&self, start: u64, end: u64) -> Result<Vec<(u64, Vec<u8>)>, StoreError>;
    async fn get_meta(&self, key: &str) -> Result<Option<String>, StoreError>;
    async fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError>;
}

/// Metadata key: the log's origin.
pub const META_ORIGIN: &str = "origin";
/// Metadata key: the log's verifier key.
pub const META_LOG_VKEY: &str = "log_vkey";
/// Metadata key: the witnesses the log was last served with, one
/// `VKEY URL` per line, so `truce verify` can ask them how far the log had
/// got.
pub const META_WITNESSES: &str = "witnesses";

/// Open the store a URL names: `postgres://…` / `postgresql://…`, or
/// `sqlite:PATH` (created if missing). Runs migrations.
pub async fn open_url(url: &str) -> Result<Arc<dyn LogStore>, StoreError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(postgres::PgStore::connect(url).await?))
    } else if let Some(path) = url.strip_prefix("sqlite:") {
        Ok(Arc::new(
            sqlite::SqliteStore::open(std::path::Path::new(path.trim_start_matches("//"))).await?,
        ))
    } else {
        Err(StoreError::Url(url.to_owned()))
    }
}

pub(crate) fn to_hash(bytes: &[u8], index: i64) -> Result<Hash, StoreError> {
    bytes.try_into().map_err(|_| {
        StoreError::Corrupt(format!(
            "leaf hash of entry {index} is {} bytes",
            bytes.len()
        ))
    })
}

/// Rows per multi-row INSERT (SQLite allows 32766 bound parameters).
pub(crate) const INSERT_CHUNK: usize = 2000;
