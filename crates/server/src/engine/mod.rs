//! The engine: the running log, knowing nothing of HTTP. Its in-memory
//! tree, authority and domain snapshot are rebuilt from the store at start
//! ([`sequencer::replay`]); the group-commit [`sequencer`] makes appends
//! durable and writes the log's time; the [`checkpointer`] signs tree heads
//! and gathers witness cosignatures. Refusals are [`EngineError`]s, which the
//! HTTP side maps to status codes.
//!
//! Data flows one way: [`Log::submit`] parses the envelope and verifies its
//! signature (in parallel, against the keys known so far), the sequencer
//! re-checks rights and sequence numbers in log order, writes a whole batch in
//! one transaction, and only then updates memory and answers.

pub mod checkpointer;
pub mod clock;
pub mod error;
pub mod pusher;
pub mod quota;
pub mod sequencer;

pub use error::EngineError;
pub use sequencer::{TICK, replay};

use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, oneshot, watch};
use truce_domain::Event;
use truce_domain::ProcessState;
use truce_ledger::Hash;
use truce_ledger::authority::Authority;
use truce_ledger::checkpoint::Checkpoint;
use truce_ledger::entry::Entry;
use truce_ledger::merkle::MemoryTree;
use truce_ledger::note::{Note, SignerKey, VerifierKey};
use truce_ledger::{Reason, reason};
use truce_store::LogStore;

/// Most entries written in one transaction.
pub const MAX_BATCH: usize = 8192;

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

pub(crate) struct Submission {
    bytes: Vec<u8>,
    /// The opening of the entry's sealed part, checked against its commitment.
    opening: Option<Vec<u8>>,
    entry: Entry,
    /// The domain event, with any document blob it names attached.
    event: Option<Event>,
    /// The key the handler verified the signature with, if it knew it.
    verified_with: Option<VerifierKey>,
    reply: oneshot::Sender<Result<Appended, EngineError>>,
}

/// The latest published checkpoint: signed by the log, with the witness
/// cosignatures gathered so far.
#[derive(Debug, Clone)]
pub struct Published {
    pub checkpoint: Checkpoint,
    pub note: Note,
    /// The domain state folded to exactly `checkpoint.size`: what a report
    /// made "at this checkpoint" reads, so the same checkpoint always gives
    /// the same report.
    pub state: Option<Arc<ProcessState>>,
}

pub struct Log {
    pub store: Arc<dyn LogStore>,
    pub log_key: SignerKey,
    pub witnesses: Vec<WitnessPeer>,
    pub quorum: usize,
    /// The sequencer's clock, recorded in the log as `log.time`.
    pub clock: clock::Clock,
    tree: RwLock<MemoryTree>,
    /// The authority and domain state as of the last committed batch. The
    /// domain state is an immutable snapshot: a reader takes the `Arc` (the
    /// lock is held only for that) and works on it as long as it likes; the
    /// sequencer swaps in the next snapshot after each commit, so no reader
    /// ever delays the writer and no writer waits for a reader.
    authority: RwLock<Authority>,
    /// The domain snapshot and the log size it is folded to.
    domain: RwLock<(u64, Arc<ProcessState>)>,
    published: RwLock<Option<Published>>,
    sequencer: mpsc::Sender<Submission>,
    size_tx: watch::Sender<u64>,
    published_tx: watch::Sender<u64>,
    /// Who holds each blob (the keys that uploaded it), as far as asked:
    /// filled from the store on first use and on every upload.
    holders: RwLock<std::collections::HashMap<Hash, Vec<String>>>,
    /// Wakes an idle sequencer to write the log's time (see
    /// [`checkpointer::HEARTBEAT`]).
    heartbeat: tokio::sync::Notify,
    /// How long the log stays idle before its heartbeat, in milliseconds.
    heartbeat_ms: std::sync::atomic::AtomicU64,
    /// Per-key allowances (429 beyond them).
    entry_quota: quota::Buckets,
    blob_quota: quota::Buckets,
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
        quotas: &quota::Quotas,
        clock: clock::Clock,
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
                        let state = (cp_size == size).then(|| Arc::new(domain.clone()));
                        Some(Published {
                            checkpoint,
                            note,
                            state,
                        })
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
            domain: RwLock::new((size, Arc::new(domain))),
            published: RwLock::new(published),
            sequencer: tx,
            size_tx,
            published_tx,
            holders: RwLock::default(),
            heartbeat: tokio::sync::Notify::new(),
            heartbeat_ms: std::sync::atomic::AtomicU64::new(
                checkpointer::HEARTBEAT.as_millis() as u64
            ),
            entry_quota: quotas.entries(),
            blob_quota: quotas.blob_bytes(),
        });
        tokio::spawn(sequencer::run(log.clone(), rx));
        tokio::spawn(checkpointer::run(log.clone(), checkpoint_interval));
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
        self.domain.read().expect("lock").1.clone()
    }
    /// The committed domain state and the log size it is folded to.
    pub fn snapshot_sized(&self) -> (u64, Arc<ProcessState>) {
        self.domain.read().expect("lock").clone()
    }
    pub fn published(&self) -> Option<Published> {
        self.published.read().expect("lock").clone()
    }
    /// Read access to the tree (held briefly; never across an await).
    pub fn with_tree<T>(&self, f: impl FnOnce(&MemoryTree) -> T) -> T {
        f(&self.tree.read().expect("lock"))
    }
    /// How long the log may stay idle before it writes its time anyway
    /// ([`checkpointer::HEARTBEAT`] unless set).
    pub fn set_heartbeat(&self, every: Duration) {
        self.heartbeat_ms.store(
            every.as_millis().max(1) as u64,
            std::sync::atomic::Ordering::Relaxed,
        );
    }

    /// Write the log's time now, as an idle log's heartbeat does: a new
    /// checkpoint, cosigned afresh. (The demo calls it when its simulated
    /// clock hands over to the system's, so the cosignatures it leaves are
    /// today's, not the script's.)
    pub fn beat(&self) {
        self.heartbeat.notify_one();
    }

    pub(crate) fn heartbeat_every(&self) -> Duration {
        Duration::from_millis(self.heartbeat_ms.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// Whose allowances an act of `key` is charged to: its participant's,
    /// shared by all the participant's keys, so a party cannot multiply its
    /// allowance by enrolling keys; a key of no participant pays its own.
    pub fn payer(&self, key: &str) -> String {
        let current = |d: &ProcessState| {
            d.key_owner
                .get(key)
                .and_then(|m| d.members.get(m))
                .map(|m| m.participant.clone())
        };
        match self.with_domain(current) {
            Some(p) => format!("participant {p}"),
            None => format!("key {key}"),
        }
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
    ) -> Result<Appended, EngineError> {
        let entry = Entry::parse(&bytes)?;
        if entry.kind == truce_ledger::authority::GENESIS {
            return Err(truce_ledger::entry::EntryError::SecondGenesis.into());
        }
        if entry.kind == truce_ledger::authority::LOG_TIME {
            return Err(EngineError::Reserved(reason!(
                "entry-log-time-reserved",
                "log.time is the sequencer's own record of its clock: nobody submits it"
            )));
        }
        // Verify the signature here, in parallel with other requests, when the
        // key is already known; the sequencer verifies the rest.
        let known = self.with_authority(|a| {
            a.key(&entry.keyid)
                .map(|r| (r.key.clone(), r.last_seq, r.revoked_at))
        });
        let verified_with = match known {
            // A revoked or retired key signs nothing: refused before its
            // signature is checked or anything is charged, so a removed
            // member cannot spend its old participant's allowance.
            Some((_, _, Some(at))) => {
                return Err(truce_ledger::entry::EntryError::RevokedKey {
                    key: entry.keyid.clone(),
                    at,
                }
                .into());
            }
            Some(_)
                if let Some((member, at, why)) =
                    self.with_domain(|d| d.retired_keys.get(&entry.keyid).cloned()) =>
            {
                return Err(truce_domain::DomainError::KeyRetired {
                    key: entry.keyid.clone(),
                    member,
                    at,
                    why,
                }
                .into());
            }
            Some((key, last_seq, None)) => {
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
                self.entry_quota
                    .take(&self.payer(&entry.keyid), 1, Instant::now())?;
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
                let event = prepare_parsed(self.store.as_ref(), event).await?;
                self.check_report_proposal(&event).await?;
                Some(event)
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
            .map_err(|_| shutting_down())?;
        rx.await.map_err(|_| shutting_down())?
    }

    /// A stored entry with its full body: the public body with the stored
    /// opening (if sealed) checked against the commitment and merged in, and
    /// the opening itself. For the server's own reads and its access checks.
    pub async fn opened(
        &self,
        index: u64,
    ) -> Result<(Entry, String, Option<Vec<u8>>), EngineError> {
        let missing =
            || EngineError::NotFound(reason!("entry-none", "no entry {index}", index = index));
        if index >= self.size() {
            return Err(missing());
        }
        let stored = self.store.entries(index, index + 1).await?;
        let e = stored.first().ok_or_else(missing)?;
        let entry =
            Entry::parse(&e.bytes).map_err(|x| EngineError::Unavailable(unreadable(index, x)))?;
        let opening = self
            .store
            .openings(index, index + 1)
            .await?
            .pop()
            .map(|(_, o)| o);
        let body = open_stored(&entry, opening.as_deref())
            .map_err(|x| EngineError::Unavailable(unreadable(index, x)))?;
        Ok((entry, body, opening))
    }

    /// Store a blob uploaded by `holder` (a key id), recording who holds it,
    /// within the holder's allowance of blob bytes.
    pub async fn put_blob(
        &self,
        hash: &Hash,
        bytes: &[u8],
        holder: &str,
    ) -> Result<(), EngineError> {
        self.blob_quota
            .take(&self.payer(holder), bytes.len() as u64, Instant::now())?;
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
    async fn blob_holders(&self, hash: &Hash) -> Result<Vec<String>, EngineError> {
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
    async fn check_possession(&self, signer: &str, event: &Event) -> Result<(), EngineError> {
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

/// A SHA-256 named in lower- or upper-case hex, as blobs are addressed.
pub fn parse_sha256(hex_hash: &str) -> Option<Hash> {
    hex::decode(hex_hash).ok().and_then(|b| b.try_into().ok())
}

impl Log {
    /// The report `viewer` may read for `period`, made at `published` from
    /// `state` (the domain folded to exactly its size), with the proofs
    /// from this log's tree.
    pub async fn report_at(
        &self,
        published: &Published,
        state: &ProcessState,
        viewer: &truce_domain::access::Viewer,
        period: &truce_domain::report::Period,
        id: &str,
    ) -> Result<serde_json::Value, crate::report::MakeError> {
        let size = published.checkpoint.size;
        let frontier = crate::assets::frontier(state);
        let note = published.note.to_string();
        let at = crate::report::At {
            state,
            size,
            note: &note,
            origin: self.origin(),
            frontier: frontier.as_deref(),
        };
        let prove = |indices: &[u64]| self.with_tree(|t| crate::report::proofs(t, indices, size));
        crate::report::make(self.store.as_ref(), &at, viewer, period, id, prove).await
    }

    /// A report proposed for publication must be exactly the public report
    /// the server makes of its period at the latest published checkpoint:
    /// one mediator cannot publish the commission's report relabelled, or
    /// counts of its own. (Co-signers sign the hash so proposed.)
    async fn check_report_proposal(&self, event: &Event) -> Result<(), EngineError> {
        use truce_domain::publication::{Object, Sign};
        let Event::Publication(Sign {
            object: object @ Object::Report(id),
            report: Some(r),
            ..
        }) = event
        else {
            return Ok(());
        };
        if self.snapshot().publication(object).is_some() {
            return Ok(());
        }
        let refused = |why: Reason| EngineError::Domain(truce_domain::DomainError::Refused(why));
        let published = self.published();
        let (Some(p), Some(state)) = (
            published.as_ref(),
            published.as_ref().and_then(|p| p.state.clone()),
        ) else {
            return Err(EngineError::Unavailable(reason!(
                "report-no-checkpoint-yet",
                "no checkpoint to check the report against yet: try again in a moment"
            )));
        };
        let size = p.checkpoint.size;
        if r.size != size {
            return Err(refused(reason!(
                "report-stale-size",
                "report {id} was made at log size {made} but the latest checkpoint is at {size}: make it again and sign that",
                id = id,
                made = r.size,
                size = size
            )));
        }
        let period = truce_domain::report::Period::new(&r.from, &r.to).map_err(refused)?;
        let data = self
            .report_at(
                p,
                &state,
                &truce_domain::access::Viewer::Public,
                &period,
                id,
            )
            .await
            .map_err(|e| EngineError::Unavailable(e.reason()))?;
        let expected = crate::report::to_bytes(&data);
        use sha2::Digest as _;
        if hex::encode(sha2::Sha256::digest(&expected)) != r.sha256 {
            return Err(refused(reason!(
                "report-not-the-public-one",
                "report {id} is not the public report of {from} to {to} at log size {size}: only that may be published",
                id = id,
                from = r.from,
                to = r.to,
                size = size
            )));
        }
        Ok(())
    }
}

/// Parse an entry's domain event (from its full body, the sealed part
/// opened) and attach the blob it is checked against. Nothing is changed.
pub async fn prepare_event(
    store: &dyn LogStore,
    kind: &str,
    body: &str,
) -> Result<Option<Event>, EngineError> {
    match truce_domain::parse_event(kind, body)? {
        Some(event) => Ok(Some(prepare_parsed(store, event).await?)),
        None => Ok(None),
    }
}

/// [`prepare_event`] for an event already parsed.
async fn prepare_parsed(store: &dyn LogStore, mut event: Event) -> Result<Event, EngineError> {
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
                EngineError::Unavailable(reason!(
                    "content-check-unfinished",
                    "checking the content did not finish: {detail}",
                    detail = e
                ))
            })??;
    }
    Ok(event)
}

/// The engine cannot take the act: it is stopping.
fn shutting_down() -> EngineError {
    EngineError::Unavailable(reason!("log-shutting-down", "the log is shutting down"))
}

/// A stored entry that does not read back (the store's fault, not the client's).
fn unreadable(index: u64, detail: impl std::fmt::Display) -> Reason {
    reason!(
        "entry-stored-unreadable",
        "stored entry {index}: {detail}",
        index = index,
        detail = detail
    )
}

/// How far ahead of the server's clock a claimed time may be.
pub const MAX_CLOCK_SKEW: i64 = 300;

/// A time a client claims (when it acted, when an incident happened) is
/// data, never the clock: one beyond the server's clock and a small skew is
/// refused, so no act dated ahead can block everyone else's later acts.
fn check_not_ahead(event: &Event, now: i64) -> Result<(), EngineError> {
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
            return Err(EngineError::Invalid(reason!(
                "time-ahead-of-clock",
                "{field} {text} is {ahead} s ahead of the server's clock: a claimed time may not lie in the future (more than {skew} s)",
                field = field,
                text = text,
                ahead = unix - now,
                skew = MAX_CLOCK_SKEW
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

pub(crate) async fn prepare_stored(
    store: &dyn LogStore,
    e: &truce_store::StoredEntry,
    opening: Option<&[u8]>,
) -> Result<Option<Event>, String> {
    let entry = Entry::parse(&e.bytes).map_err(|x| x.to_string())?;
    let body = open_stored(&entry, opening)?;
    prepare_event(store, &entry.kind, &body)
        .await
        .map_err(|x| x.to_string())
}
