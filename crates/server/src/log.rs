//! The running log: in-memory tree and authority rebuilt from the store at
//! start, the group-commit sequencer that makes appends durable, and the
//! checkpointer that signs tree heads and gathers witness cosignatures.
//!
//! Data flows one way: a handler parses the envelope and verifies its
//! signature (in parallel, against the keys known so far), the sequencer
//! re-checks rights and sequence numbers in log order, writes a whole batch in
//! one transaction, and only then updates memory and answers.

use crate::error::ApiError;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, oneshot, watch};
use truce_domain::Event;
use truce_domain::ProcessState;
use truce_ledger::Hash;
use truce_ledger::authority::{Admission, Authority};
use truce_ledger::checkpoint::Checkpoint;
use truce_ledger::entry::Entry;
use truce_ledger::merkle::{MemoryTree, leaf_hash};
use truce_ledger::note::{Note, SignerKey, VerifierKey};
use truce_store::{LogStore, NewEntry};

/// Most entries written in one transaction.
pub const MAX_BATCH: usize = 8192;
/// Chunk size when rebuilding from the store.
const REBUILD_CHUNK: u64 = 20_000;

/// A witness this log asks for cosignatures.
#[derive(Debug, Clone)]
pub struct WitnessPeer {
    pub key: VerifierKey,
    /// The witness's submission prefix; `add-checkpoint` is appended.
    pub url: String,
}

/// What an accepted append answers.
#[derive(Debug, Clone, Copy)]
pub struct Appended {
    pub index: u64,
    pub leaf_hash: Hash,
}

struct Submission {
    bytes: Vec<u8>,
    /// The opening of the entry's sealed part, checked against its commitment.
    opening: Option<Vec<u8>>,
    entry: Entry,
    /// The domain event, with any document blob it names attached.
    event: Option<Event>,
    /// The key the handler verified the signature with, if it knew it.
    verified_with: Option<VerifierKey>,
    reply: oneshot::Sender<Result<Appended, ApiError>>,
}

/// The latest published checkpoint: signed by the log, with the witness
/// cosignatures gathered so far.
#[derive(Debug, Clone)]
pub struct Published {
    pub checkpoint: Checkpoint,
    pub note: Note,
}

pub struct Log {
    pub store: Arc<dyn LogStore>,
    pub log_key: SignerKey,
    pub witnesses: Vec<WitnessPeer>,
    pub quorum: usize,
    /// The sequencer's clock, recorded in the log as `log.time`.
    pub clock: crate::clock::Clock,
    tree: RwLock<MemoryTree>,
    /// The authority and domain state as of the last committed batch. The
    /// domain state is an immutable snapshot: a reader takes the `Arc` (the
    /// lock is held only for that) and works on it as long as it likes; the
    /// sequencer swaps in the next snapshot after each commit, so no reader
    /// ever delays the writer and no writer waits for a reader.
    authority: RwLock<Authority>,
    domain: RwLock<Arc<ProcessState>>,
    published: RwLock<Option<Published>>,
    sequencer: mpsc::Sender<Submission>,
    size_tx: watch::Sender<u64>,
    published_tx: watch::Sender<u64>,
    /// Browser sessions (in memory).
    pub sessions: crate::session::Sessions,
    /// Who holds each blob (the keys that uploaded it), as far as asked:
    /// filled from the store on first use and on every upload.
    holders: RwLock<std::collections::HashMap<Hash, Vec<String>>>,
    /// Blob uploads being received at once (each may buffer up to the blob
    /// limit), so never-finished uploads cannot hold unbounded memory.
    uploads: Arc<tokio::sync::Semaphore>,
    /// Keys with an upload being received (one each).
    uploading: Arc<std::sync::Mutex<std::collections::HashSet<String>>>,
    /// Diffs being computed at once.
    pub diffs: Arc<tokio::sync::Semaphore>,
    /// The last diffs answered, by (version, against): versions never change.
    diff_cache: std::sync::Mutex<std::collections::VecDeque<DiffEntry>>,
    /// Batches being received at once (each may buffer up to its limit).
    pub batches: Arc<tokio::sync::Semaphore>,
    /// Per-key allowances (429 beyond them).
    entry_quota: crate::quota::Buckets,
    blob_quota: crate::quota::Buckets,
    /// Per-key allowance of diffs (each up to its deadline of CPU).
    pub diff_quota: crate::quota::Buckets,
    /// Per-address allowance of refused requests (see `conn`).
    pub refusals: Arc<crate::quota::Buckets>,
}

/// A diff answered: (version, against) and its JSON.
type DiffEntry = ((String, String), axum::body::Bytes);

/// Diffs kept for asking again.
const DIFF_CACHE: usize = 16;

/// Blob uploads received at once, in all.
pub const MAX_UPLOADS: usize = 4;

/// A held upload slot (released when the request ends). Taken after the
/// member is authenticated and before its body is read; one per key, and
/// none free is a 429.
pub struct UploadSlot {
    _permit: tokio::sync::OwnedSemaphorePermit,
    key: String,
    uploading: Arc<std::sync::Mutex<std::collections::HashSet<String>>>,
}

impl Drop for UploadSlot {
    fn drop(&mut self) {
        self.uploading.lock().expect("lock").remove(&self.key);
    }
}

impl axum::extract::FromRequestParts<Arc<Log>> for UploadSlot {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        log: &Arc<Log>,
    ) -> Result<Self, ApiError> {
        let busy = |what: String| ApiError::new(axum::http::StatusCode::TOO_MANY_REQUESTS, what);
        let crate::auth::MemberKey { key, .. } =
            crate::auth::MemberKey::from_request_parts(parts, log).await?;
        if !log.uploading.lock().expect("lock").insert(key.clone()) {
            return Err(busy(format!(
                "key {key} has an upload being received already: one at a time"
            )));
        }
        let uploading = log.uploading.clone();
        match slot(&log.uploads, "blob uploads") {
            Ok(permit) => Ok(UploadSlot {
                _permit: permit,
                key,
                uploading,
            }),
            Err(e) => {
                uploading.lock().expect("lock").remove(&key);
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
/// the batch limit): taken before its body is read; none free is a 429.
pub struct BatchSlot(#[allow(dead_code)] tokio::sync::OwnedSemaphorePermit);

impl axum::extract::FromRequestParts<Arc<Log>> for BatchSlot {
    type Rejection = ApiError;

    async fn from_request_parts(
        _parts: &mut axum::http::request::Parts,
        log: &Arc<Log>,
    ) -> Result<Self, ApiError> {
        slot(&log.batches, "batches").map(BatchSlot)
    }
}

/// One of a few slots for work that buffers or computes a lot (a batch, a
/// diff): taken before it starts; none free is a 429.
pub fn slot(
    slots: &Arc<tokio::sync::Semaphore>,
    what: &str,
) -> Result<tokio::sync::OwnedSemaphorePermit, ApiError> {
    slots.clone().try_acquire_owned().map_err(|_| {
        ApiError::new(
            axum::http::StatusCode::TOO_MANY_REQUESTS,
            format!("the server is busy with other {what}: retry in a moment"),
        )
    })
}

/// Why the log could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Store(#[from] truce_store::StoreError),
    #[error("the log is empty: run `truce init` first to write its genesis")]
    Empty,
    #[error("stored entry {index} is invalid: {reason} (run `truce verify` to audit the log)")]
    Corrupt { index: u64, reason: String },
    #[error("the log key is named {key:?} but this log's origin is {origin:?}")]
    WrongKey { key: String, origin: String },
}

impl Log {
    /// Rebuild the in-memory state from the store and start the sequencer
    /// and checkpointer tasks.
    pub async fn open(
        store: Arc<dyn LogStore>,
        log_key: SignerKey,
        witnesses: Vec<WitnessPeer>,
        quorum: usize,
        checkpoint_interval: Duration,
        quotas: crate::quota::Quotas,
        clock: crate::clock::Clock,
    ) -> Result<Arc<Self>, StartError> {
        if let Some(origin) = store.get_meta(truce_store::META_ORIGIN).await?
            && origin != log_key.name()
        {
            return Err(StartError::WrongKey {
                key: log_key.name().into(),
                origin,
            });
        }
        let size = store.size().await?;
        if size == 0 {
            return Err(StartError::Empty);
        }
        let (tree, authority, domain) = replay(store.as_ref(), log_key.verifier(), size).await?;
        let published = match store.latest_checkpoint().await? {
            Some((cp_size, text)) if cp_size <= size => {
                let note = Note::parse(&text).ok();
                let cp = note
                    .as_ref()
                    .and_then(|n| Checkpoint::from_text(&n.text).ok());
                match (note, cp) {
                    (Some(note), Some(checkpoint))
                        if tree.root_at(cp_size).ok() == Some(checkpoint.root) =>
                    {
                        Some(Published { checkpoint, note })
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        let published_size = published.as_ref().map_or(0, |p| p.checkpoint.size);
        let (tx, rx) = mpsc::channel(MAX_BATCH * 4);
        let (size_tx, _) = watch::channel(size);
        let (published_tx, _) = watch::channel(published_size);
        let log = Arc::new(Self {
            store,
            log_key,
            witnesses,
            quorum,
            clock,
            tree: RwLock::new(tree),
            authority: RwLock::new(authority),
            domain: RwLock::new(Arc::new(domain)),
            published: RwLock::new(published),
            sequencer: tx,
            size_tx,
            published_tx,
            sessions: crate::session::Sessions::default(),
            holders: RwLock::default(),
            uploads: Arc::new(tokio::sync::Semaphore::new(MAX_UPLOADS)),
            uploading: Arc::default(),
            diffs: Arc::new(tokio::sync::Semaphore::new(1)),
            diff_cache: std::sync::Mutex::default(),
            batches: Arc::new(tokio::sync::Semaphore::new(4)),
            entry_quota: quotas.entries(),
            blob_quota: quotas.blob_bytes(),
            diff_quota: quotas.diffs(),
            refusals: Arc::new(quotas.refusals()),
        });
        tokio::spawn(sequencer(log.clone(), rx));
        tokio::spawn(checkpointer(log.clone(), checkpoint_interval));
        Ok(log)
    }

    pub fn origin(&self) -> &str {
        self.log_key.name()
    }
    pub fn size(&self) -> u64 {
        *self.size_tx.borrow()
    }
    /// Read the committed authority (held briefly; never across an await).
    pub fn with_authority<T>(&self, f: impl FnOnce(&Authority) -> T) -> T {
        f(&self.authority.read().expect("lock"))
    }
    /// Read the committed domain state: a snapshot, so `f` may take as long
    /// as it needs without delaying anyone else.
    pub fn with_domain<T>(&self, f: impl FnOnce(&ProcessState) -> T) -> T {
        f(&self.snapshot())
    }
    /// The committed domain state as of the last batch, kept as long as the
    /// caller holds it.
    pub fn snapshot(&self) -> Arc<ProcessState> {
        self.domain.read().expect("lock").clone()
    }
    /// A diff answered before (the caller has checked the reader may see both).
    pub fn cached_diff(&self, key: &(String, String)) -> Option<axum::body::Bytes> {
        let cache = self.diff_cache.lock().expect("lock");
        cache.iter().find(|(k, _)| k == key).map(|(_, b)| b.clone())
    }
    pub fn cache_diff(&self, key: (String, String), bytes: axum::body::Bytes) {
        let mut cache = self.diff_cache.lock().expect("lock");
        cache.retain(|(k, _)| *k != key);
        if cache.len() >= DIFF_CACHE {
            cache.pop_front();
        }
        cache.push_back((key, bytes));
    }
    pub fn published(&self) -> Option<Published> {
        self.published.read().expect("lock").clone()
    }
    /// Read access to the tree (held briefly; never across an await).
    pub fn with_tree<T>(&self, f: impl FnOnce(&MemoryTree) -> T) -> T {
        f(&self.tree.read().expect("lock"))
    }
    /// Subscribe to the log's size (committed entries).
    pub fn watch_size(&self) -> watch::Receiver<u64> {
        self.size_tx.subscribe()
    }
    /// Subscribe to the size of the latest published checkpoint.
    pub fn watch_published(&self) -> watch::Receiver<u64> {
        self.published_tx.subscribe()
    }

    /// Parse and verify an envelope and the opening of its sealed part,
    /// then append both durably (the opening beside the log, never in it).
    pub async fn submit(
        &self,
        bytes: Vec<u8>,
        opening: Option<Vec<u8>>,
    ) -> Result<Appended, ApiError> {
        let entry = Entry::parse(&bytes)?;
        if entry.kind == truce_ledger::authority::GENESIS {
            return Err(truce_ledger::entry::EntryError::SecondGenesis.into());
        }
        if entry.kind == truce_ledger::authority::LOG_TIME {
            return Err(ApiError::new(
                axum::http::StatusCode::FORBIDDEN,
                "log.time is the sequencer's own record of its clock: nobody submits it",
            ));
        }
        // Verify the signature here, in parallel with other requests, when the
        // key is already known; the sequencer verifies the rest.
        let known =
            self.with_authority(|a| a.key(&entry.keyid).map(|r| (r.key.clone(), r.last_seq)));
        let verified_with = match known {
            Some((key, last_seq)) => {
                // A replay (a published entry sent again) is refused before
                // anything is charged to the key's allowance.
                if entry.seq <= last_seq {
                    return Err(truce_ledger::entry::EntryError::Replay {
                        key: entry.keyid.clone(),
                        last: last_seq,
                        got: entry.seq,
                    }
                    .into());
                }
                if !entry.verify_signature(&key) {
                    return Err(
                        truce_ledger::entry::EntryError::BadSignature(entry.keyid.clone()).into(),
                    );
                }
                // Charged only for a fresh entry its key has signed: nobody
                // can spend another key's allowance.
                self.entry_quota.take(&entry.keyid, 1, Instant::now())?;
                Some(key)
            }
            // An unknown key signs nothing but its own enrolment: refused
            // before its body is opened, parsed or checked.
            None if entry.kind != truce_ledger::authority::MEMBER_ENROL => {
                return Err(
                    truce_ledger::entry::EntryError::UnknownKey(entry.keyid.clone()).into(),
                );
            }
            None => None,
        };
        let body = truce_domain::disclosure::open(&entry.kind, &entry.body, opening.as_deref())?;
        let event = match truce_domain::parse_event(&entry.kind, &body)? {
            Some(event) => {
                check_not_ahead(&event, self.clock.now() as i64)?;
                self.check_possession(&entry.keyid, &event).await?;
                Some(prepare_parsed(self.store.as_ref(), event).await?)
            }
            None => None,
        };
        let (reply, rx) = oneshot::channel();
        self.sequencer
            .send(Submission {
                bytes,
                opening,
                entry,
                event,
                verified_with,
                reply,
            })
            .await
            .map_err(|_| ApiError::unavailable("the log is shutting down"))?;
        rx.await
            .map_err(|_| ApiError::unavailable("the log is shutting down"))?
    }

    /// A stored entry with its full body: the public body with the stored
    /// opening (if sealed) checked against the commitment and merged in, and
    /// the opening itself. For the server's own reads and its access checks.
    pub async fn opened(&self, index: u64) -> Result<(Entry, String, Option<Vec<u8>>), ApiError> {
        let missing = || ApiError::not_found(format!("no entry {index}"));
        if index >= self.size() {
            return Err(missing());
        }
        let stored = self.store.entries(index, index + 1).await?;
        let e = stored.first().ok_or_else(missing)?;
        let entry = Entry::parse(&e.bytes)
            .map_err(|x| ApiError::unavailable(format!("stored entry {index}: {x}")))?;
        let opening = self
            .store
            .openings(index, index + 1)
            .await?
            .pop()
            .map(|(_, o)| o);
        let body = open_stored(&entry, opening.as_deref())
            .map_err(|x| ApiError::unavailable(format!("stored entry {index}: {x}")))?;
        Ok((entry, body, opening))
    }

    /// Store a blob uploaded by `holder` (a key id), recording who holds it,
    /// within the holder's allowance of blob bytes.
    pub async fn put_blob(&self, hash: &Hash, bytes: &[u8], holder: &str) -> Result<(), ApiError> {
        self.blob_quota
            .take(holder, bytes.len() as u64, Instant::now())?;
        self.store.put_blob(hash, bytes).await?;
        self.store.add_blob_holder(hash, holder).await?;
        let known = self.holders.read().expect("lock").contains_key(hash);
        if known {
            let mut holders = self.holders.write().expect("lock");
            let list = holders.entry(*hash).or_default();
            if !list.iter().any(|k| k == holder) {
                list.push(holder.to_owned());
            }
        }
        Ok(())
    }

    /// The keys that uploaded a blob (cached after the first look-up).
    async fn blob_holders(&self, hash: &Hash) -> Result<Vec<String>, ApiError> {
        if let Some(list) = self.holders.read().expect("lock").get(hash) {
            return Ok(list.clone());
        }
        let list = self.store.blob_holders(hash).await?;
        // Only a blob that exists is cached, so probing unknown hashes
        // costs a query each and grows nothing.
        if !list.is_empty() {
            self.holders
                .write()
                .expect("lock")
                .entry(*hash)
                .or_insert_with(|| list.clone());
        }
        Ok(list)
    }

    /// A hash is never a capability: an act may name a blob only if a key
    /// of its signer's own participant (or the signer itself) uploaded it,
    /// which proves the participant held the bytes. Checked before any blob
    /// is read. Not holding it and its not existing get the same answer.
    async fn check_possession(&self, signer: &str, event: &Event) -> Result<(), ApiError> {
        for hash in event.blobs() {
            let missing = || truce_domain::DomainError::ContentMissing { hash: hash.into() };
            let h = parse_sha256(hash).ok_or_else(missing)?;
            let holders = self.blob_holders(&h).await?;
            let held = self.with_domain(|d| {
                let mine = d.participant_of_key(signer);
                holders
                    .iter()
                    .any(|k| k == signer || (mine.is_some() && d.participant_of_key(k) == mine))
            });
            if !held {
                return Err(missing().into());
            }
        }
        Ok(())
    }
}

async fn sequencer(log: Arc<Log>, mut rx: mpsc::Receiver<Submission>) {
    // Working copies: they run ahead of the committed state by the batch in
    // flight, and are reset from it if a commit fails.
    let mut authority: Authority = log.with_authority(Clone::clone);
    let mut domain: ProcessState = log.with_domain(Clone::clone);
    // The snapshot published before the last one, and the acts it lacks:
    // once its readers are done it becomes the next working copy, so a
    // commit publishes without copying the state (see `publish`).
    let mut spare: Option<Spare> = None;
    // When this process last wrote the log's time, and what it wrote.
    let mut last_tick: Option<(Instant, u64)> = None;
    let mut batch: Vec<Submission> = Vec::with_capacity(MAX_BATCH);
    loop {
        // A batch left over from a failed commit is retried first.
        if batch.is_empty() {
            let Some(first) = rx.recv().await else { return };
            batch.push(first);
        }
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(s) => batch.push(s),
                Err(_) => break,
            }
        }
        // The log's time goes first: every act of the batch is judged at it.
        // It is kept only if an act of the batch is, so a refused act
        // changes nothing, not even the clock. A jump of the system clock (a
        // machine booted before its clock was set) moves it no faster than
        // time really passed since this process last wrote it.
        let mut now = log.clock.now();
        if let (Some((written, at)), false) = (last_tick, log.clock.is_simulated()) {
            now = now.min(at.saturating_add(written.elapsed().as_secs() + TICK));
        }
        // A batch with a monitoring act gets the time to the second, so no
        // act is judged at a time up to a minute old.
        let deadlines = batch
            .iter()
            .any(|s| matches!(s.event, Some(Event::Monitor(_))));
        let mut before_tick = None;
        if authority
            .time()
            .is_none_or(|(_, t)| now >= t.saturating_add(TICK) || (deadlines && now > t))
        {
            match tick(&log.log_key, authority.next_log_seq(), now) {
                Ok(t) => {
                    before_tick = Some((authority.clone(), domain.clock));
                    batch.insert(0, t);
                }
                Err(e) => tracing::error!("cannot sign log.time: {e}"),
            }
        }
        let first_index = authority.size();
        let mut accepted: Vec<(Submission, Appended)> = Vec::with_capacity(batch.len());
        let mut applied: Vec<Applied> = Vec::with_capacity(batch.len());
        let mut rows: Vec<NewEntry> = Vec::with_capacity(batch.len());
        for sub in batch.drain(..) {
            let index = authority.size();
            match admit(&authority, &domain, &sub) {
                Ok((admission, event, registrar)) => {
                    if let Some(e) = &event {
                        domain.apply(&act(&admission, registrar), e.clone());
                    }
                    authority.apply(&admission);
                    let leaf = leaf_hash(&sub.bytes);
                    rows.push(NewEntry {
                        leaf_hash: leaf,
                        bytes: sub.bytes.clone(),
                        opening: sub.opening.clone(),
                    });
                    applied.push((admission, event, registrar));
                    accepted.push((
                        sub,
                        Appended {
                            index,
                            leaf_hash: leaf,
                        },
                    ));
                }
                Err(e) => {
                    let _ = sub.reply.send(Err(e));
                }
            }
        }
        let ticked = before_tick.is_some();
        if let Some((saved_authority, saved_clock)) = before_tick
            && rows.len() == 1
            && accepted.first().is_some_and(|(s, _)| {
                s.entry.kind == truce_ledger::authority::LOG_TIME
                    && s.entry.keyid == log.log_key.id()
            })
        {
            // Only the tick was admitted: take it back.
            authority = saved_authority;
            domain.clock = saved_clock;
            rows.clear();
            applied.clear();
            accepted.clear();
        } else if ticked {
            last_tick = Some((Instant::now(), now));
        }
        if rows.is_empty() {
            continue;
        }
        match log.store.append(first_index, &rows).await {
            Ok(()) => {
                {
                    let mut tree = log.tree.write().expect("lock");
                    for r in &rows {
                        tree.push(r.leaf_hash);
                    }
                }
                {
                    let mut committed_auth = log.authority.write().expect("lock");
                    for (admission, _, _) in &applied {
                        committed_auth.apply(admission);
                    }
                }
                domain = publish(&log, domain, &mut spare, applied);
                log.size_tx.send_replace(authority.size());
                for (sub, appended) in accepted {
                    let _ = sub.reply.send(Ok(appended));
                }
            }
            Err(truce_store::StoreError::NotAtEnd { .. }) => {
                // Someone else's entries are in the store: fold them in, then
                // re-admit this batch against the state that includes them.
                let caught_up = catch_up(&log).await;
                authority = log.with_authority(Clone::clone);
                domain = log.with_domain(Clone::clone);
                spare = None;
                match caught_up {
                    Ok(n) => {
                        tracing::warn!(
                            "the store had {n} entries this server had not written; caught up"
                        );
                        batch = accepted.into_iter().map(|(sub, _)| sub).collect();
                    }
                    Err(reason) => {
                        tracing::error!("cannot catch up with the store: {reason}");
                        for (sub, _) in accepted {
                            let _ = sub.reply.send(Err(ApiError::unavailable(format!(
                                "the store holds entries this server cannot accept: {reason}"
                            ))));
                        }
                    }
                }
            }
            Err(e) => {
                tracing::error!("append of {} entries failed: {e}", rows.len());
                authority = log.with_authority(Clone::clone);
                domain = log.with_domain(Clone::clone);
                spare = None;
                for (sub, _) in accepted {
                    let _ = sub
                        .reply
                        .send(Err(ApiError::unavailable(format!("storage failed: {e}"))));
                }
            }
        }
    }
}

/// An admitted act as the sequencer applies it: the admission, its domain
/// event, and whether its key may register keys.
type Applied = (Admission, Option<Event>, bool);

/// A snapshot published earlier and the acts it lacks.
type Spare = (Arc<ProcessState>, Vec<Applied>);

/// Publish the working copy (which now holds the committed batch) as the
/// readers' snapshot, and return the next working copy: the snapshot before
/// last brought up to date if no reader holds it any more (no copy made),
/// else a copy of the new snapshot.
fn publish(
    log: &Log,
    working: ProcessState,
    spare: &mut Option<Spare>,
    batch: Vec<Applied>,
) -> ProcessState {
    let published = Arc::new(working);
    let previous = std::mem::replace(&mut *log.domain.write().expect("lock"), published.clone());
    let reclaimed = spare
        .take()
        .and_then(|(old, lag)| Arc::try_unwrap(old).ok().map(|s| (s, lag)));
    let next = match reclaimed {
        Some((mut state, lag)) => {
            for (admission, event, registrar) in lag.iter().chain(&batch) {
                if let Some(e) = event {
                    state.apply(&act(admission, *registrar), e.clone());
                }
            }
            state
        }
        // A reader still holds the old snapshot: copy rather than wait.
        None => (*published).clone(),
    };
    *spare = Some((previous, batch));
    next
}

/// The resolution of the log's time for acts no deadline concerns, in
/// seconds: a batch without a monitoring act is preceded by a `log.time`
/// when the last one is this old (one with a monitoring act, whenever the
/// clock moved on by a second).
pub const TICK: u64 = 60;

/// The sequencer's `log.time` entry for `unix`, as a submission nobody
/// waits for.
fn tick(log_key: &SignerKey, seq: u64, unix: u64) -> Result<Submission, String> {
    let body = format!(r#"{{"time":{unix}}}"#);
    let bytes = truce_ledger::entry::sign_entry(
        log_key,
        log_key.name(),
        truce_ledger::authority::LOG_TIME,
        seq,
        &body,
    )
    .map_err(|e| e.to_string())?;
    let entry = Entry::parse(&bytes).map_err(|e| e.to_string())?;
    let event = truce_domain::parse_event(&entry.kind, &entry.body).map_err(|e| e.to_string())?;
    let (reply, _) = oneshot::channel();
    Ok(Submission {
        bytes,
        opening: None,
        entry,
        event,
        verified_with: Some(log_key.verifier()),
        reply,
    })
}

/// Rebuild the tree, the authority and the domain state from the first
/// `size` stored entries, checking rights and domain rules but trusting the
/// store's signatures (`truce verify` re-checks those). Used at start and by
/// the operator's exports, which read a data directory without serving it.
pub async fn replay(
    store: &dyn LogStore,
    log_key: VerifierKey,
    size: u64,
) -> Result<(MemoryTree, Authority, ProcessState), StartError> {
    let mut tree = MemoryTree::with_capacity(size as usize);
    let mut authority = Authority::new(log_key);
    let mut domain = ProcessState::default();
    let mut start = 0;
    while start < size {
        let end = (start + REBUILD_CHUNK).min(size);
        let mut openings: std::collections::HashMap<u64, Vec<u8>> =
            store.openings(start, end).await?.into_iter().collect();
        for e in store.entries(start, end).await? {
            let corrupt = |reason: String| StartError::Corrupt {
                index: e.index,
                reason,
            };
            let opening = openings.remove(&e.index);
            let prepared = prepare_stored(store, &e, opening.as_deref())
                .await
                .map_err(corrupt)?;
            fold_stored(&e, prepared, &mut tree, &mut authority, &mut domain, false)
                .map_err(corrupt)?;
        }
        start = end;
    }
    Ok((tree, authority, domain))
}

/// The domain's view of who signed an admitted entry.
fn act(admission: &Admission, registrar: bool) -> truce_domain::Act<'_> {
    truce_domain::Act {
        index: admission.index,
        signer: &admission.entry.keyid,
        registrar,
    }
}

/// A SHA-256 named in lower- or upper-case hex, as blobs are addressed.
pub fn parse_sha256(hex_hash: &str) -> Option<Hash> {
    hex::decode(hex_hash).ok().and_then(|b| b.try_into().ok())
}

/// Parse an entry's domain event (from its full body, the sealed part
/// opened) and attach the blob it is checked against. Nothing is changed.
pub async fn prepare_event(
    store: &dyn LogStore,
    kind: &str,
    body: &str,
) -> Result<Option<Event>, ApiError> {
    match truce_domain::parse_event(kind, body)? {
        Some(event) => Ok(Some(prepare_parsed(store, event).await?)),
        None => Ok(None),
    }
}

/// [`prepare_event`] for an event already parsed.
async fn prepare_parsed(store: &dyn LogStore, mut event: Event) -> Result<Event, ApiError> {
    if let Event::Monitor(truce_domain::monitor::MonitorAct {
        event: truce_domain::monitor::MonitorEvent::Configure(m),
        ..
    }) = &event
    {
        crate::assets::check_territories(&m.territories).map_err(|e| {
            ApiError::new(
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                format!("territories: {e}"),
            )
        })?;
    }
    // Only the blob the event is checked against is read (a draft's
    // document, an import's file, an evidence file); the others it names
    // were proved stored when the act was submitted (the signer's
    // participant uploaded them), and `truce verify` checks them all.
    if let Some(hash) = event.needs_blob().map(str::to_owned) {
        let missing = || truce_domain::DomainError::ContentMissing { hash: hash.clone() };
        let h = parse_sha256(&hash).ok_or_else(missing)?;
        let bytes = store.get_blob(&h).await?.ok_or_else(missing)?;
        // Hashing and parsing a large file: on a blocking thread.
        event = tokio::task::spawn_blocking(move || event.attach_blob(&bytes).map(|()| event))
            .await
            .map_err(|e| {
                ApiError::unavailable(format!("checking the content did not finish: {e}"))
            })??;
    }
    Ok(event)
}

/// How far ahead of the server's clock a claimed time may be.
pub const MAX_CLOCK_SKEW: i64 = 300;

/// A time a client claims (when it acted, when an incident happened) is
/// data, never the clock: one beyond the server's clock and a small skew is
/// refused, so no act dated ahead can block everyone else's later acts.
fn check_not_ahead(event: &Event, now: i64) -> Result<(), ApiError> {
    let Event::Monitor(a) = event else {
        return Ok(());
    };
    let mut claims = vec![("at", a.at.as_str(), a.at_unix)];
    if let truce_domain::monitor::MonitorEvent::Report { incident, .. } = &a.event {
        claims.push((
            "occurred",
            incident.occurred.as_str(),
            incident.occurred_unix,
        ));
    }
    for (field, text, unix) in claims {
        if unix > now + MAX_CLOCK_SKEW {
            return Err(ApiError::bad_request(format!(
                "{field} {text} is {} s ahead of the server's clock: a claimed time may not lie in the future (more than {MAX_CLOCK_SKEW} s)",
                unix - now
            )));
        }
    }
    Ok(())
}

/// The full body of a stored entry: its public body with the stored opening
/// checked against the commitment and merged in.
pub fn open_stored(entry: &Entry, opening: Option<&[u8]>) -> Result<String, String> {
    truce_domain::disclosure::open(&entry.kind, &entry.body, opening).map_err(|x| x.to_string())
}

async fn prepare_stored(
    store: &dyn LogStore,
    e: &truce_store::StoredEntry,
    opening: Option<&[u8]>,
) -> Result<Option<Event>, String> {
    let entry = Entry::parse(&e.bytes).map_err(|x| x.to_string())?;
    let body = open_stored(&entry, opening)?;
    prepare_event(store, &entry.kind, &body)
        .await
        .map_err(|x| x.message)
}

/// Everything the sequencer checks for one submission, in log order:
/// rights and sequence number, the signature if the handler could not check
/// it, and the domain rules. Nothing is changed here.
fn admit(
    authority: &Authority,
    domain: &ProcessState,
    sub: &Submission,
) -> Result<(Admission, Option<Event>, bool), ApiError> {
    let registrar = authority
        .key(&sub.entry.keyid)
        .is_some_and(|r| r.may_register);
    let admission = authority.admit(sub.entry.clone())?;
    if sub.verified_with.as_ref() != Some(&admission.signer) {
        admission.verify_signature()?;
    }
    let act = act(&admission, registrar);
    domain.check_signer(&act)?;
    if let Some(e) = &sub.event {
        domain.check(&act, e)?;
    }
    Ok((admission, sub.event.clone(), registrar))
}

/// Fold one stored entry into the state: leaf hash, rights, sequence number,
/// domain rules, and the signature when `check_signature`.
fn fold_stored(
    e: &truce_store::StoredEntry,
    event: Option<Event>,
    tree: &mut MemoryTree,
    authority: &mut Authority,
    domain: &mut ProcessState,
    check_signature: bool,
) -> Result<(), String> {
    if leaf_hash(&e.bytes) != e.leaf_hash {
        return Err("its leaf hash does not match its bytes".into());
    }
    let entry = Entry::parse(&e.bytes).map_err(|x| x.to_string())?;
    let registrar = authority.key(&entry.keyid).is_some_and(|r| r.may_register);
    let admission = authority.admit(entry).map_err(|x| x.to_string())?;
    if check_signature {
        admission.verify_signature().map_err(|x| x.to_string())?;
    }
    let act = act(&admission, registrar);
    domain.check_signer(&act).map_err(|x| x.to_string())?;
    if let Some(event) = event {
        domain.check(&act, &event).map_err(|x| x.to_string())?;
        domain.apply(&act, event);
    }
    authority.apply(&admission);
    tree.push(e.leaf_hash);
    Ok(())
}

/// The store holds entries this process has not seen: a previous process
/// (killed mid-commit, whose transaction the database finished after we had
/// read the size) or another writer appended them. Check and fold them into
/// the committed state.
async fn catch_up(log: &Log) -> Result<u64, String> {
    let have = log.with_authority(Authority::size);
    let size = log.store.size().await.map_err(|e| e.to_string())?;
    let entries = log
        .store
        .entries(have, size)
        .await
        .map_err(|e| e.to_string())?;
    let mut openings: std::collections::HashMap<u64, Vec<u8>> = log
        .store
        .openings(have, size)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .collect();
    let mut prepared = Vec::with_capacity(entries.len());
    for e in &entries {
        let opening = openings.remove(&e.index);
        prepared.push(prepare_stored(log.store.as_ref(), e, opening.as_deref()).await?);
    }
    let mut tree = log.tree.write().expect("lock");
    let mut authority = log.authority.write().expect("lock");
    let mut guard = log.domain.write().expect("lock");
    let domain = Arc::make_mut(&mut guard);
    for (e, event) in entries.iter().zip(prepared) {
        if e.index != authority.size() {
            return Err(format!(
                "entry {} is missing from the store",
                authority.size()
            ));
        }
        fold_stored(e, event, &mut tree, &mut authority, domain, true)
            .map_err(|reason| format!("stored entry {} is invalid: {reason}", e.index))?;
    }
    log.size_tx.send_replace(authority.size());
    Ok(entries.len() as u64)
}

async fn checkpointer(log: Arc<Log>, interval: Duration) {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("HTTP client");
    // What each witness last cosigned, learned from its answers.
    let mut witness_sizes: Vec<Option<u64>> = vec![None; log.witnesses.len()];
    let mut signed_size = log.published().map_or(0, |p| p.checkpoint.size);
    let mut size_rx = log.size_tx.subscribe();
    loop {
        let started = Instant::now();
        let (size, root) = log.with_tree(|t| (t.size(), t.root()));
        if size > signed_size {
            let checkpoint = Checkpoint {
                origin: log.origin().to_owned(),
                size,
                root,
            };
            match checkpoint.sign(&log.log_key) {
                Ok(note) => {
                    // Until a quorum cosigns, the same size is retried every interval.
                    if publish_round(&log, &client, &mut witness_sizes, checkpoint, note).await {
                        signed_size = size;
                    }
                }
                Err(e) => tracing::error!("cannot sign checkpoint: {e}"),
            }
        }
        // Wait out the interval, then until there is something new.
        if let Some(rest) = interval.checked_sub(started.elapsed()) {
            tokio::time::sleep(rest).await;
        }
        if log.size() <= signed_size
            && log.published().is_some()
            && size_rx.changed().await.is_err()
        {
            return;
        }
    }
}

async fn publish_round(
    log: &Log,
    client: &reqwest::Client,
    witness_sizes: &mut [Option<u64>],
    checkpoint: Checkpoint,
    mut note: Note,
) -> bool {
    let store_and_publish = |note: &Note| {
        *log.published.write().expect("lock") = Some(Published {
            checkpoint: checkpoint.clone(),
            note: note.clone(),
        });
        log.published_tx.send_replace(checkpoint.size);
    };
    if log.quorum == 0 {
        if let Err(e) = log
            .store
            .put_checkpoint(checkpoint.size, &note.to_string())
            .await
        {
            tracing::error!("storing checkpoint: {e}");
            return false;
        }
        store_and_publish(&note);
    }
    if log.witnesses.is_empty() {
        return log.quorum == 0;
    }
    let requests = log
        .witnesses
        .iter()
        .zip(witness_sizes.iter())
        .map(|(w, known)| ask_witness(log, client, w, *known, &checkpoint, &note));
    let answers = futures_util::future::join_all(requests).await;
    let mut cosigned = 0;
    for ((w, known), answer) in log
        .witnesses
        .iter()
        .zip(witness_sizes.iter_mut())
        .zip(answers)
    {
        match answer {
            Ok(lines) => {
                *known = Some(checkpoint.size);
                for line in lines {
                    if note.add_signature(line) {
                        cosigned += 1;
                    }
                }
            }
            Err(WitnessAnswer::Behind(size)) => *known = Some(size),
            Err(WitnessAnswer::Failed(msg)) => {
                tracing::warn!(
                    "witness {} did not cosign size {}: {msg}",
                    w.key.id(),
                    checkpoint.size
                );
                *known = None;
            }
        }
    }
    if cosigned == 0 && log.quorum == 0 {
        return true;
    }
    if cosigned >= log.quorum {
        if let Err(e) = log
            .store
            .put_checkpoint(checkpoint.size, &note.to_string())
            .await
        {
            tracing::error!("storing cosigned checkpoint: {e}");
            return log.quorum == 0;
        }
        store_and_publish(&note);
        true
    } else {
        tracing::warn!(
            "checkpoint {} has {cosigned} of {} cosignatures; not published",
            checkpoint.size,
            log.quorum
        );
        false
    }
}

enum WitnessAnswer {
    /// 409: the witness has cosigned up to this size.
    Behind(u64),
    Failed(String),
}

/// One `tlog-witness` add-checkpoint exchange, retried once after a 409 that
/// tells us the witness's size.
async fn ask_witness(
    log: &Log,
    client: &reqwest::Client,
    witness: &WitnessPeer,
    known: Option<u64>,
    checkpoint: &Checkpoint,
    note: &Note,
) -> Result<Vec<truce_ledger::note::SignatureLine>, WitnessAnswer> {
    let mut old = known.unwrap_or(0);
    for _ in 0..2 {
        if old > checkpoint.size {
            return Err(WitnessAnswer::Failed(format!(
                "the witness has size {old}, beyond ours ({})",
                checkpoint.size
            )));
        }
        let proof = if old == 0 || old == checkpoint.size {
            Vec::new()
        } else {
            log.with_tree(|t| t.consistency_proof(old, checkpoint.size))
                .map_err(|e| WitnessAnswer::Failed(e.to_string()))?
        };
        let mut body = format!("old {old}\n");
        for h in &proof {
            body.push_str(&B64.encode(h));
            body.push('\n');
        }
        body.push('\n');
        body.push_str(&note.to_string());
        let url = format!("{}/add-checkpoint", witness.url.trim_end_matches('/'));
        let resp = client
            .post(&url)
            .body(body)
            .send()
            .await
            .map_err(|e| WitnessAnswer::Failed(e.to_string()))?;
        let status = resp.status();
        let text = resp
            .text()
            .await
            .map_err(|e| WitnessAnswer::Failed(e.to_string()))?;
        match status.as_u16() {
            200 => {
                // Keep only lines that verify as this witness's cosignature.
                let candidate = format!("{}\n{text}", note.text);
                let parsed = Note::parse(&candidate)
                    .map_err(|e| WitnessAnswer::Failed(format!("bad response: {e}")))?;
                parsed
                    .verify(std::slice::from_ref(&witness.key))
                    .map_err(|e| WitnessAnswer::Failed(format!("bad cosignature: {e}")))?;
                return Ok(parsed
                    .signatures
                    .into_iter()
                    .filter(|s| s.name == witness.key.name() && s.key_id == witness.key.key_id())
                    .collect());
            }
            409 => {
                let size = text
                    .trim()
                    .parse::<u64>()
                    .map_err(|_| WitnessAnswer::Failed(format!("409 without a size: {text:?}")))?;
                if size == old {
                    return Err(WitnessAnswer::Failed(format!(
                        "conflict at size {size}: {text}"
                    )));
                }
                old = size;
                if size > checkpoint.size {
                    return Err(WitnessAnswer::Behind(size));
                }
            }
            code => {
                return Err(WitnessAnswer::Failed(format!(
                    "HTTP {code}: {}",
                    text.trim()
                )));
            }
        }
    }
    Err(WitnessAnswer::Behind(old))
}
