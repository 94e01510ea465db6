//! The group-commit sequencer and the one fold of a stored entry.
//!
//! The sequencer takes submissions in arrival order, writes the log's time
//! before a batch, re-checks each act against the working state in log
//! order, writes the admitted ones in one transaction and only then
//! publishes the next snapshot and answers. [`replay`] and catch-up fold
//! stored entries with the same checks.

use super::{Appended, EngineError, Log, MAX_BATCH, StartError, Submission, prepare_stored};
use crate::assets::Boundaries;
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::{mpsc, oneshot};
use truce_domain::fold::{self, Admitted, Signature};
use truce_domain::{Event, ProcessState};
use truce_ledger::authority::Authority;
use truce_ledger::entry::Entry;
use truce_ledger::merkle::{MemoryTree, leaf_hash};
use truce_ledger::note::{SignerKey, VerifierKey};
use truce_store::{LogStore, NewEntry};

/// Chunk size when rebuilding from the store.
const REBUILD_CHUNK: u64 = 20_000;

pub(super) async fn run(log: Arc<Log>, mut rx: mpsc::Receiver<Submission>) {
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
        // A batch left over from a failed commit is retried first. An idle
        // log is woken by the checkpointer's heartbeat to write its time.
        let mut heartbeat = false;
        if batch.is_empty() {
            tokio::select! {
                first = rx.recv() => {
                    let Some(first) = first else { return };
                    batch.push(first);
                }
                () = log.heartbeat.notified() => heartbeat = true,
            }
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
        let mut applied: Vec<Admitted> = Vec::with_capacity(batch.len());
        let mut rows: Vec<NewEntry> = Vec::with_capacity(batch.len());
        for sub in batch.drain(..) {
            let index = authority.size();
            let signature = match &sub.verified_with {
                Some(k) => Signature::VerifiedWith(k),
                None => Signature::Check,
            };
            match fold::check(
                &authority,
                &domain,
                &Boundaries,
                sub.entry.clone(),
                sub.event.clone(),
                signature,
            ) {
                Ok(admitted) => {
                    fold::apply(&mut authority, &mut domain, &admitted);
                    let leaf = leaf_hash(&sub.bytes);
                    rows.push(NewEntry {
                        leaf_hash: leaf,
                        bytes: sub.bytes.clone(),
                        opening: sub.opening.clone(),
                    });
                    applied.push(admitted);
                    accepted.push((
                        sub,
                        Appended {
                            index,
                            leaf_hash: leaf,
                        },
                    ));
                }
                Err(e) => {
                    let _ = sub.reply.send(Err(e.into()));
                }
            }
        }
        let ticked = before_tick.is_some();
        if let Some((saved_authority, saved_clock)) = before_tick
            && !heartbeat
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
        } else if ticked && !log.clock.is_simulated() {
            // Only the system clock's ticks bound the next: a simulated
            // clock (the demo's script) says nothing of the system's, so a
            // hand-over from it starts afresh, as a restart does.
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
                    for admitted in &applied {
                        committed_auth.apply(&admitted.admission);
                    }
                }
                domain = publish(&log, domain, &mut spare, applied, authority.size());
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
                            let _ = sub.reply.send(Err(EngineError::Unavailable(
                                truce_ledger::reason!(
                                    "store-foreign-entries",
                                    "the store holds entries this server cannot accept: {detail}",
                                    detail = reason
                                ),
                            )));
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
                        .send(Err(EngineError::Unavailable(truce_ledger::reason!(
                            "storage-failed",
                            "storage failed: {detail}",
                            detail = e
                        ))));
                }
            }
        }
    }
}

/// A snapshot published earlier and the acts it lacks.
type Spare = (Arc<ProcessState>, Vec<Admitted>);

/// Publish the working copy (which now holds the committed batch) as the
/// readers' snapshot, and return the next working copy: the snapshot before
/// last brought up to date if no reader holds it any more (no copy made),
/// else a copy of the new snapshot.
fn publish(
    log: &Log,
    working: ProcessState,
    spare: &mut Option<Spare>,
    batch: Vec<Admitted>,
    size: u64,
) -> ProcessState {
    let published = Arc::new(working);
    let (_, previous) = std::mem::replace(
        &mut *log.domain.write().expect("lock"),
        (size, published.clone()),
    );
    let reclaimed = spare
        .take()
        .and_then(|(old, lag)| Arc::try_unwrap(old).ok().map(|s| (s, lag)));
    let next = match reclaimed {
        Some((mut state, lag)) => {
            for admitted in lag.iter().chain(&batch) {
                if let Some(e) = &admitted.event {
                    state.apply(&admitted.act(), e.clone());
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

/// Fold one stored entry into the state through the one fold: its leaf
/// hash, then every rule; the signature checked when `check_signature`.
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
    let signature = if check_signature {
        Signature::Check
    } else {
        Signature::Trusted
    };
    fold::step(authority, domain, &Boundaries, entry, event, signature)
        .map_err(|x| x.to_string())?;
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
    let domain = Arc::make_mut(&mut guard.1);
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
    guard.0 = authority.size();
    log.size_tx.send_replace(authority.size());
    Ok(entries.len() as u64)
}
