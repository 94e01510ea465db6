//! Content at rest, encrypted: a [`LogStore`] that wraps another and keeps
//! the content Truce must not hand to whoever holds the database file alone.
//!
//! - Openings (the sealed part of entries) and blobs (draft documents,
//!   comment texts, relay notes, ACLED files, evidence) are sealed with
//!   XChaCha20-Poly1305 under a 32-byte content key kept *outside* the
//!   database (`content.key` in a data directory, a separate file for
//!   PostgreSQL), with a random 192-bit nonce each; the associated data binds
//!   an opening to its entry index and a blob to its hash, so stored values
//!   cannot be swapped between rows.
//! - Blobs are filed under HMAC-SHA256(key, SHA-256 of the content), not the
//!   content's own hash, so the database does not let a thief confirm a
//!   guessed short comment by hashing it.
//! - Entries, leaf hashes, checkpoints and metadata are the public log and
//!   stay as they are.
//!
//! The store records the key's id (`META_CONTENT_KEY`) when the log is
//! created; opening it with another key, or without one, is refused.

use crate::{LogStore, NewEntry, StoreError, StoredEntry};
use async_trait::async_trait;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use truce_ledger::Hash;

/// Metadata key: the id of the content key the log's content is sealed with.
pub const META_CONTENT_KEY: &str = "content_key_id";
const NONCE: usize = 24;

/// The content key: 32 random bytes, from which an encryption key and a
/// blob-naming key are derived.
#[derive(Clone)]
pub struct ContentKey {
    cipher: XChaCha20Poly1305,
    names: [u8; 32],
    id: String,
}

impl std::fmt::Debug for ContentKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ContentKey({})", self.id)
    }
}

fn derive(label: &[u8], secret: &[u8; 32]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(label);
    h.update(secret);
    h.finalize().into()
}

impl ContentKey {
    /// A new random key, as the text a key file holds.
    pub fn generate() -> Result<String, StoreError> {
        let mut secret = [0u8; 32];
        getrandom::getrandom(&mut secret)
            .map_err(|e| StoreError::Key(format!("no randomness for a content key: {e}")))?;
        Ok(format!("truce-content-key/v1 {}\n", B64.encode(secret)))
    }

    /// Parse a key file's text.
    pub fn parse(text: &str) -> Result<Self, StoreError> {
        let bad =
            || StoreError::Key("not a Truce content key (truce-content-key/v1 <base64>)".into());
        let b64 = text
            .trim()
            .strip_prefix("truce-content-key/v1 ")
            .ok_or_else(bad)?;
        let secret: [u8; 32] = B64
            .decode(b64.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(bad)?;
        let enc = derive(b"truce-content-encryption/v1\n", &secret);
        Ok(Self {
            cipher: XChaCha20Poly1305::new(&enc.into()),
            names: derive(b"truce-content-names/v1\n", &secret),
            id: hex_prefix(&derive(b"truce-content-key-id/v1\n", &secret)),
        })
    }

    /// A short public id of the key (recorded in the store's metadata).
    pub fn id(&self) -> &str {
        &self.id
    }

    fn seal(&self, aad: &[u8], plain: &[u8]) -> Result<Vec<u8>, StoreError> {
        let mut nonce = [0u8; NONCE];
        getrandom::getrandom(&mut nonce)
            .map_err(|e| StoreError::Key(format!("no randomness for a nonce: {e}")))?;
        let sealed = self
            .cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
            .map_err(|_| StoreError::Key("encryption failed".into()))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    fn open(&self, aad: &[u8], stored: &[u8], what: &str) -> Result<Vec<u8>, StoreError> {
        let fail = || {
            StoreError::Corrupt(format!(
                "{what} does not decrypt under this log's content key: it was altered, or the key is not this log's"
            ))
        };
        if stored.len() < NONCE {
            return Err(fail());
        }
        let (nonce, sealed) = stored.split_at(NONCE);
        self.cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad })
            .map_err(|_| fail())
    }

    /// The name a blob is filed under.
    fn blob_name(&self, sha256: &Hash) -> Hash {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.names).expect("any key length");
        mac.update(sha256);
        mac.finalize().into_bytes().into()
    }
}

fn hex_prefix(h: &[u8; 32]) -> String {
    h[..8].iter().map(|b| format!("{b:02x}")).collect()
}

fn opening_aad(index: u64) -> Vec<u8> {
    let mut aad = b"truce-opening/".to_vec();
    aad.extend_from_slice(index.to_string().as_bytes());
    aad
}

fn blob_aad(sha256: &Hash) -> Vec<u8> {
    let mut aad = b"truce-blob/".to_vec();
    aad.extend_from_slice(sha256);
    aad
}

/// A store whose content (openings and blobs) is encrypted at rest.
pub struct Encrypted {
    inner: Arc<dyn LogStore>,
    key: ContentKey,
}

impl Encrypted {
    /// Wrap `inner`. A store that records a different content key, or holds
    /// content but records none, is refused; a new store records this one.
    pub async fn open(inner: Arc<dyn LogStore>, key: ContentKey) -> Result<Self, StoreError> {
        match inner.get_meta(META_CONTENT_KEY).await? {
            Some(id) if id == key.id() => {}
            Some(id) => {
                return Err(StoreError::Key(format!(
                    "this log's content is sealed with content key {id}, not {}",
                    key.id()
                )));
            }
            None if inner.size().await? > 1 => {
                return Err(StoreError::Key(
                    "this log's content was stored unencrypted: it cannot be opened with a content key"
                        .into(),
                ));
            }
            None => inner.set_meta(META_CONTENT_KEY, key.id()).await?,
        }
        Ok(Self { inner, key })
    }
}

/// Refuse to open without a key a store whose content is encrypted.
pub async fn require_no_key(store: &dyn LogStore) -> Result<(), StoreError> {
    match store.get_meta(META_CONTENT_KEY).await? {
        Some(id) => Err(StoreError::Key(format!(
            "this log's content is sealed with content key {id}: give its key file"
        ))),
        None => Ok(()),
    }
}

#[async_trait]
impl LogStore for Encrypted {
    async fn append(&self, first_index: u64, entries: &[NewEntry]) -> Result<(), StoreError> {
        let sealed = entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                Ok(NewEntry {
                    leaf_hash: e.leaf_hash,
                    bytes: e.bytes.clone(),
                    opening: e
                        .opening
                        .as_deref()
                        .map(|o| self.key.seal(&opening_aad(first_index + i as u64), o))
                        .transpose()?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        self.inner.append(first_index, &sealed).await
    }
    async fn size(&self) -> Result<u64, StoreError> {
        self.inner.size().await
    }
    async fn entries(&self, start: u64, end: u64) -> Result<Vec<StoredEntry>, StoreError> {
        self.inner.entries(start, end).await
    }
    async fn leaf_hashes(&self, start: u64, end: u64) -> Result<Vec<Hash>, StoreError> {
        self.inner.leaf_hashes(start, end).await
    }
    async fn put_checkpoint(&self, size: u64, note: &str) -> Result<(), StoreError> {
        self.inner.put_checkpoint(size, note).await
    }
    async fn latest_checkpoint(&self) -> Result<Option<(u64, String)>, StoreError> {
        self.inner.latest_checkpoint().await
    }
    async fn put_blob(&self, sha256: &Hash, bytes: &[u8]) -> Result<(), StoreError> {
        // Tens of milliseconds for a large blob: not on an async worker.
        let (key, aad, plain) = (self.key.clone(), blob_aad(sha256), bytes.to_vec());
        let sealed = tokio::task::spawn_blocking(move || key.seal(&aad, &plain))
            .await
            .map_err(|e| StoreError::Key(format!("encryption did not finish: {e}")))??;
        self.inner
            .put_blob(&self.key.blob_name(sha256), &sealed)
            .await
    }
    async fn get_blob(&self, sha256: &Hash) -> Result<Option<Vec<u8>>, StoreError> {
        match self.inner.get_blob(&self.key.blob_name(sha256)).await? {
            Some(stored) => {
                let (key, aad) = (self.key.clone(), blob_aad(sha256));
                tokio::task::spawn_blocking(move || key.open(&aad, &stored, "a stored blob"))
                    .await
                    .map_err(|e| StoreError::Key(format!("decryption did not finish: {e}")))?
                    .map(Some)
            }
            None => Ok(None),
        }
    }
    async fn add_blob_holder(&self, sha256: &Hash, holder: &str) -> Result<(), StoreError> {
        self.inner
            .add_blob_holder(&self.key.blob_name(sha256), holder)
            .await
    }
    async fn blob_holders(&self, sha256: &Hash) -> Result<Vec<String>, StoreError> {
        self.inner.blob_holders(&self.key.blob_name(sha256)).await
    }
    async fn openings(&self, start: u64, end: u64) -> Result<Vec<(u64, Vec<u8>)>, StoreError> {
        self.inner
            .openings(start, end)
            .await?
            .into_iter()
            .map(|(i, stored)| {
                let what = format!("the stored opening of entry {i}");
                Ok((i, self.key.open(&opening_aad(i), &stored, &what)?))
            })
            .collect()
    }
    async fn get_meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.get_meta(key).await
    }
    async fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner.set_meta(key, value).await
    }
}
