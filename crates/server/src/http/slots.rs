//! Slots for requests that buffer or compute a lot (a blob upload, a batch,
//! a diff, a blob sent): a few at once, taken before the work starts; none
//! free is a 429.

use super::app::{App, Slots};
use super::error::ApiError;
use crate::engine::quota::named;
use axum::http::StatusCode;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use truce_ledger::{Reason, reason};

/// A held upload slot (released when the request ends). Taken after the
/// member is authenticated and before its body is read; one at a time per
/// participant (all its keys together), and none free is a 429.
pub struct UploadSlot {
    _permit: OwnedSemaphorePermit,
    key: String,
    /// Who the upload counts against ("participant p", or "key k").
    payer: String,
    uploading: Arc<Mutex<HashSet<String>>>,
}

impl Drop for UploadSlot {
    fn drop(&mut self) {
        self.uploading.lock().expect("lock").remove(&self.payer);
    }
}

impl axum::extract::FromRequestParts<Arc<App>> for UploadSlot {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &Arc<App>,
    ) -> Result<Self, ApiError> {
        let super::auth::MemberKey { key, .. } =
            super::auth::MemberKey::from_request_parts(parts, app).await?;
        let payer = app.payer(&key);
        let slots = &app.slots;
        if !slots.uploading.lock().expect("lock").insert(payer.clone()) {
            return Err(ApiError::refuse(
                StatusCode::TOO_MANY_REQUESTS,
                reason!(
                    "slot-upload-one-at-a-time",
                    "{holder} has an upload being received already: one at a time",
                    holder = payer
                )
                .nest("holder", named(&payer)),
            ));
        }
        let uploading = slots.uploading.clone();
        match slot(
            &slots.uploads,
            reason!("slot-what-blob-uploads", "blob uploads"),
        ) {
            Ok(permit) => Ok(UploadSlot {
                _permit: permit,
                key,
                payer,
                uploading,
            }),
            Err(e) => {
                uploading.lock().expect("lock").remove(&payer);
                Err(e)
            }
        }
    }
}

impl UploadSlot {
    /// The uploading member's key.
    pub fn key(&self) -> &str {
        &self.key
    }
}

/// A held slot for receiving a batch (a few at once, each buffering up to
/// the batch limit; one per client address, since a batch is signed entry by
/// entry and its sender is known only once it is read): taken before its
/// body is read; none free is a 429.
pub struct BatchSlot {
    _permit: OwnedSemaphorePermit,
    address: Option<String>,
    batching: Arc<Mutex<HashSet<String>>>,
}

impl Drop for BatchSlot {
    fn drop(&mut self) {
        if let Some(a) = &self.address {
            self.batching.lock().expect("lock").remove(a);
        }
    }
}

impl axum::extract::FromRequestParts<Arc<App>> for BatchSlot {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &Arc<App>,
    ) -> Result<Self, ApiError> {
        let address = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| super::conn::address_of(c.0.ip()).to_string());
        let batching = app.slots.batching.clone();
        if let Some(a) = &address
            && !batching.lock().expect("lock").insert(a.clone())
        {
            return Err(ApiError::refuse(
                StatusCode::TOO_MANY_REQUESTS,
                reason!(
                    "slot-batch-one-at-a-time",
                    "address {address} has a batch being received already: one at a time",
                    address = a
                ),
            ));
        }
        Ok(BatchSlot {
            _permit: match slot(&app.slots.batches, reason!("slot-what-batches", "batches")) {
                Ok(p) => p,
                Err(e) => {
                    if let Some(a) = &address {
                        batching.lock().expect("lock").remove(a);
                    }
                    return Err(e);
                }
            },
            address,
            batching,
        })
    }
}

/// One of a few slots: taken before the work starts; none free is a 429.
/// `what` names the work in the plural ("blob uploads").
pub fn slot(slots: &Arc<Semaphore>, what: Reason) -> Result<OwnedSemaphorePermit, ApiError> {
    slots.clone().try_acquire_owned().map_err(|_| {
        ApiError::refuse(
            StatusCode::TOO_MANY_REQUESTS,
            reason!(
                "slot-busy",
                "the server is busy with other {what}: retry in a moment",
                what = what
            )
            .nest("what", what.clone()),
        )
    })
}

/// Whole MiB for `len` bytes (at least one).
fn mib_of(len: usize) -> u32 {
    u32::try_from(len.div_ceil(1 << 20).max(1)).unwrap_or(u32::MAX)
}

/// Who a reader is, for slots: its key, or its address for the public (an
/// IPv6 address by its /64, as the connection caps count it).
pub fn reader_name(key: Option<&str>, ip: Option<std::net::IpAddr>) -> String {
    match (key, ip) {
        (Some(k), _) => format!("key {k}"),
        (None, Some(ip)) => format!("address {}", super::conn::address_of(ip)),
        (None, None) => "the public".to_owned(),
    }
}

/// An answer being sent to one reader (a blob, an export): taken before
/// the work starts (a few per reader), given its share of the server's
/// budget (a blob's size in MiB, an export's place among the few written at
/// once), and released when the reader has taken the whole answer or gone.
pub struct SendSlot {
    reader: String,
    senders: Arc<Mutex<HashMap<String, usize>>>,
    budget: Arc<Semaphore>,
    exports: Arc<Semaphore>,
    held: Option<OwnedSemaphorePermit>,
}

impl SendSlot {
    /// One of the reader's few slots, or a 429.
    pub fn take(slots: &Slots, reader: String) -> Result<Self, ApiError> {
        let senders = slots.senders.clone();
        {
            let mut n = senders.lock().expect("lock");
            let count = n.entry(reader.clone()).or_default();
            if *count >= super::app::BLOB_SENDS_PER_READER {
                return Err(ApiError::refuse(
                    StatusCode::TOO_MANY_REQUESTS,
                    reason!(
                        "slot-sends-per-reader",
                        "{holder} has {count} files or exports being sent already: at most {most} at once",
                        holder = reader,
                        count = *count,
                        most = super::app::BLOB_SENDS_PER_READER
                    )
                    .nest("holder", named(&reader)),
                ));
            }
            *count += 1;
        }
        Ok(Self {
            reader,
            senders,
            budget: slots.sending.clone(),
            exports: slots.exports.clone(),
            held: None,
        })
    }

    /// Reserve `len` bytes of the server's budget for blobs being sent
    /// (waiting a few seconds for others to finish), or a 429. Taken before
    /// a blob is read, for as much as it may be; [`Self::shrink_to`] then
    /// gives back what it is not.
    pub async fn reserve(&mut self, len: usize) -> Result<(), ApiError> {
        let permit = tokio::time::timeout(
            std::time::Duration::from_secs(5),
            self.budget.clone().acquire_many_owned(mib_of(len)),
        )
        .await
        .ok()
        .and_then(Result::ok)
        .ok_or_else(|| {
            ApiError::refuse(
                StatusCode::TOO_MANY_REQUESTS,
                reason!(
                    "slot-sending-budget",
                    "the server is sending its {mib} MiB of files already: retry in a moment",
                    mib = super::app::BLOB_SENDS_MIB
                ),
            )
        })?;
        self.held = Some(permit);
        Ok(())
    }

    /// Keep of the reservation only what `len` bytes need.
    pub fn shrink_to(&mut self, len: usize) {
        if let Some(p) = &mut self.held {
            let (have, keep) = (p.num_permits(), mib_of(len) as usize);
            if have > keep {
                drop(p.split(have - keep));
            }
        }
    }

    /// One of the few exports written at once (each holds the snapshot it
    /// reads), or a 429.
    pub fn export(&mut self) -> Result<(), ApiError> {
        self.held = Some(slot(
            &self.exports,
            reason!("slot-what-exports", "exports"),
        )?);
        Ok(())
    }
}

impl Drop for SendSlot {
    fn drop(&mut self) {
        let mut n = self.senders.lock().expect("lock");
        if let Some(count) = n.get_mut(&self.reader) {
            *count -= 1;
            if *count == 0 {
                n.remove(&self.reader);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::app::{BLOB_SENDS_MIB, BLOB_SENDS_PER_READER};

    #[tokio::test]
    async fn a_reader_has_a_few_blobs_in_flight_and_the_server_a_budget_of_bytes() {
        let slots = Slots::default();
        let mut held: Vec<SendSlot> = (0..BLOB_SENDS_PER_READER)
            .map(|_| SendSlot::take(&slots, "key a".into()).unwrap())
            .collect();
        let refused = SendSlot::take(&slots, "key a".into()).err().unwrap();
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(
            refused.message.contains("at most 4 at once"),
            "{}",
            refused.message
        );
        // Another reader is not held up by the first one's reads.
        let mut other = SendSlot::take(&slots, "key b".into()).unwrap();
        // A sent blob gives its slot back.
        held.pop();
        held.push(SendSlot::take(&slots, "key a".into()).unwrap());
        // The budget of bytes: all of it to one blob, then nothing for another.
        held[0].reserve(BLOB_SENDS_MIB << 20).await.unwrap();
        let busy = other.reserve(1).await.err().unwrap();
        assert_eq!(busy.status, StatusCode::TOO_MANY_REQUESTS);
        // What a blob turned out not to need is given back.
        held[0].shrink_to(3 << 20);
        other.reserve((BLOB_SENDS_MIB - 3) << 20).await.unwrap();
        held.clear();
        other.shrink_to(1);
        other.reserve(1).await.unwrap();
        assert_eq!(
            slots.senders.lock().unwrap().len(),
            1,
            "only b's slot is left"
        );
        drop(other);
        assert!(
            slots.senders.lock().unwrap().is_empty(),
            "nothing is kept for readers gone"
        );
    }
}
