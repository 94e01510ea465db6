//! The state every route shares: the engine, and what only HTTP needs
//! (sessions, per-address and per-key allowances, slots, the diff cache).

use super::sessions::Sessions;
use crate::engine::Log;
use crate::engine::quota::{Buckets, Quotas};
use axum::body::Bytes;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

/// Blob uploads received at once, in all.
pub const MAX_UPLOADS: usize = 4;
/// Batches received at once.
pub const MAX_BATCHES: usize = 4;
/// Diffs computed at once.
pub const MAX_DIFFS: usize = 1;
/// MiB of blobs being sent at once, in all: an answer is held until its
/// reader has taken it, so slow readers cannot make the server hold more.
pub const BLOB_SENDS_MIB: usize = 1024;
/// Blobs and exports being read or sent to one reader (a key, or an
/// address for the public) at once.
pub const BLOB_SENDS_PER_READER: usize = 4;
/// Exports being written at once, in all (each holds its snapshot).
pub const MAX_EXPORTS: usize = 16;
/// The public's live event streams open at once: each holds a connection
/// for as long as its page is open, so an audience of open pages must not
/// fill the connection caps that members need.
pub const PUBLIC_STREAMS: usize = 256;

/// Diffs kept for asking again.
const DIFF_CACHE: usize = 16;

/// A diff answered: (version, against) and its JSON.
type DiffEntry = ((String, String), Bytes);

/// The state every route shares: the engine and what only HTTP needs. It
/// dereferences to the engine, so a handler reads the log as `app.snapshot()`.
pub struct App {
    pub log: Arc<Log>,
    /// Browser sessions (in memory).
    pub sessions: Sessions,
    /// Per-address allowance of refused requests (see [`super::conn`]).
    pub refusals: Arc<Buckets>,
    /// Per-key allowance of diffs (each up to its deadline of CPU).
    pub diff_quota: Buckets,
    /// Per-reader allowance of exports (each reads the whole selection
    /// and holds a snapshot while it is written).
    pub export_quota: Buckets,
    /// Slots for uploads, batches and diffs.
    pub slots: Slots,
    /// The last diffs answered, by (version, against): versions never change.
    diff_cache: Mutex<VecDeque<DiffEntry>>,
    /// The public record and its feed at the latest checkpoint, made once
    /// per checkpoint for every reader.
    pub public_cache: Mutex<Option<Arc<super::reports::PublicCache>>>,
    /// Whether a request is making the public record again.
    pub public_building: std::sync::atomic::AtomicBool,
    /// One PDF typeset at a time: a large report takes seconds of a core
    /// and its memory, so readers queue for it rather than pile up.
    pub typesetting: Arc<tokio::sync::Semaphore>,
    /// The public's allowance of reads (`None`: no limit).
    pub public_pace: Option<super::pace::Pace>,
    /// The public's live event streams ([`PUBLIC_STREAMS`]).
    pub public_streams: Arc<Semaphore>,
}

impl std::ops::Deref for App {
    type Target = Log;
    fn deref(&self) -> &Log {
        &self.log
    }
}

impl App {
    pub fn new(log: Arc<Log>, quotas: &Quotas) -> Self {
        Self {
            log,
            sessions: Sessions::default(),
            refusals: Arc::new(quotas.refusals()),
            diff_quota: quotas.diffs(),
            export_quota: Buckets::new(
                30,
                60,
                truce_ledger::reason!("quota-exports-per-minute", "exports per minute"),
            )
            .of_holders(),
            slots: Slots::default(),
            diff_cache: Mutex::default(),
            public_cache: Mutex::default(),
            public_building: std::sync::atomic::AtomicBool::new(false),
            typesetting: Arc::new(tokio::sync::Semaphore::new(1)),
            public_pace: super::pace::Pace::new(quotas.public_reads_per_second),
            public_streams: Arc::new(Semaphore::new(PUBLIC_STREAMS)),
        }
    }

    /// A diff answered before (the caller has checked the reader may see both).
    pub fn cached_diff(&self, key: &(String, String)) -> Option<Bytes> {
        let cache = self.diff_cache.lock().expect("lock");
        cache.iter().find(|(k, _)| k == key).map(|(_, b)| b.clone())
    }

    pub fn cache_diff(&self, key: (String, String), bytes: Bytes) {
        let mut cache = self.diff_cache.lock().expect("lock");
        cache.retain(|(k, _)| *k != key);
        if cache.len() >= DIFF_CACHE {
            cache.pop_front();
        }
        cache.push_back((key, bytes));
    }
}

/// The server's slots.
pub struct Slots {
    /// Blob uploads being received at once (each may buffer up to the blob
    /// limit), so never-finished uploads cannot hold unbounded memory.
    pub(super) uploads: Arc<Semaphore>,
    /// Keys with an upload being received (one each).
    pub(super) uploading: Arc<Mutex<HashSet<String>>>,
    /// Diffs being computed at once.
    pub diffs: Arc<Semaphore>,
    /// Batches being received at once (each may buffer up to its limit).
    pub(super) batches: Arc<Semaphore>,
    /// Addresses with a batch being received (one each).
    pub(super) batching: Arc<Mutex<HashSet<String>>>,
    /// MiB of blobs being sent.
    pub(super) sending: Arc<Semaphore>,
    /// Exports being written.
    pub(super) exports: Arc<Semaphore>,
    /// Blobs and exports being read or sent, per reader.
    pub(super) senders: Arc<Mutex<HashMap<String, usize>>>,
}

impl Default for Slots {
    fn default() -> Self {
        Self {
            uploads: Arc::new(Semaphore::new(MAX_UPLOADS)),
            uploading: Arc::default(),
            diffs: Arc::new(Semaphore::new(MAX_DIFFS)),
            batches: Arc::new(Semaphore::new(MAX_BATCHES)),
            batching: Arc::default(),
            sending: Arc::new(Semaphore::new(BLOB_SENDS_MIB)),
            exports: Arc::new(Semaphore::new(MAX_EXPORTS)),
            senders: Arc::default(),
        }
    }
}
