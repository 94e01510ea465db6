//! `truce mirror`: keeps the operator honest from outside. It follows a log
//! over C2SP `tlog-tiles`, verifies every checkpoint (the log's signature,
//! the witness quorum, consistency with everything it saw before) and every
//! entry (its signature, the signer's rights, its sequence number), keeps a
//! durable replica in a store of its own, and serves that replica as
//! `tlog-tiles` (`/checkpoint`, `/tile/…`), so readers need not trust the
//! operator's server at all.
//!
//! When the log misbehaves it raises an alarm with evidence a third party
//! checks offline (`truce_ledger::evidence`, `truce verify-evidence`):
//! - a fork (two checkpoints of one size, two roots);
//! - a checkpoint whose tree does not extend the one before;
//! - a rollback (a smaller size than one already seen);
//! - an entry the ledger's rules refuse;
//! - a checkpoint gone stale;
//! - a loss of the witness quorum.
//!
//! A log may also push to it over C2SP `tlog-mirror` ([`push`]): the
//! mirror takes the entries only against a checkpoint the log signed and
//! the witnesses cosigned, and cosigns a checkpoint with its own key only
//! once it has stored every entry up to it. The checkpoint it serves
//! carries that cosignature too, also under `/{sha256(origin)}/` as the
//! spec asks.
//!
//! With `--peer`, it also holds other mirrors' checkpoints against its own
//! tree, so a log that shows each mirror a history of its own is caught.
//!
//! Each piece is stored under `evidence/` (named by its hash, so it is
//! written once), served at `/evidence/{id}`, printed, and delivered to a
//! webhook: signed with the mirror's key, retried, and idempotent (the same
//! `Idempotency-Key` on every attempt). Nothing the mirror accepts is
//! replaced: a log that misbehaves is not followed further, and the replica
//! keeps what was proven.

mod push;
mod routes;

pub use routes::router;

use axum::http::header;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::RwLock;
use truce_ledger::authority::Authority;
use truce_ledger::checkpoint::{self, Checkpoint};
use truce_ledger::entry::Entry;
use truce_ledger::evidence::{Consistency, EntryProof, Evidence};
use truce_ledger::merkle::{MemoryTree, leaf_hash};
use truce_ledger::note::{ALG_COSIGNATURE_V1, SignerKey, VerifierKey};
use truce_ledger::tiles::{self, TILE_WIDTH, TileKind, TilePath};
use truce_store::{LogStore, NewEntry};

/// How to mirror a log.
#[derive(Clone)]
pub struct MirrorConfig {
    /// The log's base URL (its `tlog-tiles` endpoints).
    pub source: String,
    pub log_key: VerifierKey,
    pub witnesses: Vec<VerifierKey>,
    /// Cosignatures a checkpoint needs (a loss of it is an alarm).
    pub quorum: usize,
    /// A checkpoint whose newest cosignature is older than this is stale.
    pub stale_after: Duration,
    /// Where evidence is kept.
    pub evidence_dir: PathBuf,
    /// Where alarms are delivered (POST), if anywhere.
    pub webhook: Option<String>,
    /// The mirror's own key (`cosignature/v1`): it cosigns the checkpoints
    /// it has stored and signs webhook deliveries.
    pub key: SignerKey,
    /// Other mirrors of the same log (base URLs): their checkpoints are
    /// held against this mirror's tree, so a log that shows each mirror
    /// its own history is caught by whichever holds the larger tree.
    pub peers: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum MirrorError {
    #[error(transparent)]
    Store(#[from] truce_store::StoreError),
    #[error("the replica is corrupt at entry {index}: {reason}")]
    Corrupt { index: u64, reason: String },
    #[error("fetching {url}: {reason}")]
    Fetch { url: String, reason: String },
    #[error(
        "the mirror key must be a cosignature/v1 key (type 0x04); make one with `truce keygen --witness`"
    )]
    NotCosigner,
    #[error("evidence file {path}: {source}")]
    Evidence {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What the mirror holds: the verified tree and authority, and the latest
/// checkpoint it accepted (note text).
struct Replica {
    tree: MemoryTree,
    authority: Authority,
    latest: Option<(Checkpoint, String)>,
    /// `latest` with the mirror's own cosignature: what it serves.
    served: Option<String>,
    /// Checkpoints a log pushed (`add-checkpoint`) whose entries are not
    /// all here yet, oldest first; each is consistent with those before.
    pending: Vec<(Checkpoint, String)>,
    /// Set once the log has proven itself untrustworthy (a fork, a tree
    /// that does not extend the one before, an entry the rules refuse): it
    /// is not followed further.
    halted: Option<String>,
}

/// What one round of following found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Round {
    /// Nothing new.
    Unchanged,
    /// Entries up to this size are now mirrored.
    Grew(u64),
    /// An alarm was raised (its evidence id).
    Alarm(String),
    /// The log has misbehaved before; the mirror no longer follows it.
    Halted,
}

/// The largest checkpoint the mirror reads.
const MAX_CHECKPOINT_BYTES: usize = 16 * 1024;
/// The largest entry bundle: 256 entries of at most 65,535 bytes, each with
/// its two-byte length.
const MAX_BUNDLE_BYTES: usize = 256 * (65_535 + 2);
/// Webhook deliveries in flight at once (the rest are kept and served, not
/// delivered).
const MAX_DELIVERIES: usize = 8;

pub struct Mirror {
    config: MirrorConfig,
    store: Arc<dyn LogStore>,
    /// Readers (tiles, checkpoint) take it shared; the follower holds it
    /// shared while it fetches and checks, exclusively only to commit.
    replica: RwLock<Replica>,
    client: reqwest::Client,
    deliveries: Arc<tokio::sync::Semaphore>,
    /// Taken by whatever checks and stores entries (a round of following,
    /// a pushed package), so each starts where the one before ended.
    update: tokio::sync::Mutex<()>,
    /// Pushes (`add-entries`) read at once; more are answered 429.
    pushes: tokio::sync::Semaphore,
}

/// Pushes read at once: each holds at most one package (16.8 MB).
const MAX_PUSHES: usize = 4;

impl Mirror {
    /// Open the replica in `store` (checking every stored entry again) and
    /// get ready to follow.
    pub async fn open(
        config: MirrorConfig,
        store: Arc<dyn LogStore>,
    ) -> Result<Arc<Self>, MirrorError> {
        if config.key.alg() != ALG_COSIGNATURE_V1 {
            return Err(MirrorError::NotCosigner);
        }
        std::fs::create_dir_all(&config.evidence_dir).map_err(|source| MirrorError::Evidence {
            path: config.evidence_dir.clone(),
            source,
        })?;
        let size = store.size().await?;
        let mut tree = MemoryTree::with_capacity(size as usize);
        let mut authority = Authority::new(config.log_key.clone());
        for e in store.entries(0, size).await? {
            let corrupt = |reason: String| MirrorError::Corrupt {
                index: e.index,
                reason,
            };
            let entry = Entry::parse(&e.bytes).map_err(|x| corrupt(x.to_string()))?;
            let admission = authority.admit(entry).map_err(|x| corrupt(x.to_string()))?;
            admission
                .verify_signature()
                .map_err(|x| corrupt(x.to_string()))?;
            authority.apply(&admission);
            tree.push(leaf_hash(&e.bytes));
        }
        // The last checkpoint kept. A mirror killed between storing a
        // round's entries and its checkpoint holds entries beyond it: they
        // were checked before they were stored, and the next round fetches
        // from there.
        let latest = match store.latest_checkpoint().await? {
            Some((cp_size, text)) if cp_size <= size => {
                let cp = checkpoint::open(&text, &config.log_key, &[], 0)
                    .map_err(|x| MirrorError::Corrupt {
                        index: size,
                        reason: format!("the stored checkpoint: {x}"),
                    })?
                    .checkpoint;
                if tree.root_at(cp.size).ok() != Some(cp.root) && cp.size > 0 {
                    return Err(MirrorError::Corrupt {
                        index: cp.size,
                        reason: "the stored checkpoint's root is not the replica's".into(),
                    });
                }
                Some((cp, text))
            }
            _ => None,
        };
        let halted = std::fs::read_to_string(config.evidence_dir.join("HALTED")).ok();
        let mut replica = Replica {
            tree,
            authority,
            latest: None,
            served: None,
            pending: Vec::new(),
            halted,
        };
        if let Some((cp, text)) = latest {
            set_latest(
                &config.key,
                &mut replica,
                cp,
                text,
                crate::engine::clock::system_now(),
            );
        }
        Ok(Arc::new(Self {
            // A new connection each round: whatever answers at the log's
            // address now is what is checked, not a connection kept from
            // before (a failover, or a copy swapped in).
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .pool_max_idle_per_host(0)
                .build()
                .expect("HTTP client"),
            config,
            store,
            replica: RwLock::new(replica),
            deliveries: Arc::new(tokio::sync::Semaphore::new(MAX_DELIVERIES)),
            update: tokio::sync::Mutex::new(()),
            pushes: tokio::sync::Semaphore::new(MAX_PUSHES),
        }))
    }

    /// The mirror's key, as others verify it.
    pub fn verifier(&self) -> VerifierKey {
        self.config.key.verifier()
    }

    /// Make `cp` the mirror's checkpoint (stored already by the caller).
    fn set_latest(&self, r: &mut Replica, cp: Checkpoint, text: String, now: u64) {
        set_latest(&self.config.key, r, cp, text, now);
    }

    /// The mirror's cosignature line on `cp`.
    fn cosign(&self, cp: &Checkpoint, now: u64) -> Result<String, String> {
        self.config
            .key
            .sign_note(&cp.to_text(), now)
            .map(|l| l.to_string())
            .map_err(|e| e.to_string())
    }

    /// The size of the replica.
    pub async fn size(&self) -> u64 {
        self.replica.read().await.tree.size()
    }

    /// GET `url`, reading at most `limit` bytes of its body; `retry`: come
    /// back when the log's public pace asks (the log's own URLs only, never
    /// a peer's, which could stall a round with it).
    async fn get(
        &self,
        url: &str,
        limit: usize,
        retry: bool,
    ) -> Result<Option<Vec<u8>>, MirrorError> {
        let fail = |reason: String| MirrorError::Fetch {
            url: url.to_owned(),
            reason,
        };
        let sent = if retry {
            crate::http::pace::send_paced(|| self.client.get(url)).await
        } else {
            self.client.get(url).send().await
        };
        let mut resp = sent.map_err(|e| fail(e.to_string()))?;
        if !resp.status().is_success() {
            return Ok(None);
        }
        if resp.content_length().is_some_and(|n| n > limit as u64) {
            return Err(fail(format!("more than {limit} bytes")));
        }
        let mut out = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(|e| fail(e.to_string()))? {
            if out.len() + chunk.len() > limit {
                return Err(fail(format!("more than {limit} bytes")));
            }
            out.extend_from_slice(&chunk);
        }
        Ok(Some(out))
    }

    /// GET a path of the log, which must answer.
    async fn fetch(&self, path: &str, limit: usize) -> Result<Vec<u8>, MirrorError> {
        let url = format!("{}/{path}", self.config.source.trim_end_matches('/'));
        self.get(&url, limit, true)
            .await?
            .ok_or(MirrorError::Fetch {
                url,
                reason: "not found, or refused".into(),
            })
    }

    /// The entries `from..to` as the log serves them, bundle by bundle.
    async fn entries(&self, from: u64, to: u64) -> Result<Vec<Vec<u8>>, MirrorError> {
        let mut out: Vec<Vec<u8>> = Vec::new();
        let mut n = from / TILE_WIDTH;
        while n.checked_mul(TILE_WIDTH).is_some_and(|start| start < to) {
            let width = (to - n * TILE_WIDTH).min(TILE_WIDTH);
            let path = TilePath {
                kind: TileKind::Entries,
                index: n,
                width,
            }
            .to_path();
            let body = self
                .fetch(&format!("tile/{path}"), MAX_BUNDLE_BYTES)
                .await?;
            let bundle = tiles::decode_bundle(&body).map_err(|e| MirrorError::Fetch {
                url: path.clone(),
                reason: e.to_string(),
            })?;
            if bundle.len() as u64 != width {
                return Err(MirrorError::Fetch {
                    url: path,
                    reason: format!("{} entries, expected {width}", bundle.len()),
                });
            }
            let skip = from.saturating_sub(n * TILE_WIDTH) as usize;
            out.extend(bundle.into_iter().skip(skip));
            n += 1;
        }
        Ok(out)
    }

    /// One round: fetch the log's checkpoint, hold it against everything
    /// seen (on the log's signature alone, so a forked checkpoint the
    /// witnesses refused is still caught), then check its quorum and age,
    /// and mirror the new entries.
    pub async fn follow_once(&self, now: u64) -> Result<Round, MirrorError> {
        let latest = {
            let r = self.replica.read().await;
            if r.halted.is_some() {
                return Ok(Round::Halted);
            }
            r.latest.clone()
        };
        let text = String::from_utf8_lossy(&self.fetch("checkpoint", MAX_CHECKPOINT_BYTES).await?)
            .into_owned();
        let c = &self.config;
        // The log's own signature first: without it the text proves nothing
        // about the log (it may come from whoever is in the way).
        let signed = match checkpoint::open(&text, &c.log_key, &[], 0) {
            Ok(v) => v,
            Err(e) => {
                tracing::warn!("the log served a checkpoint that does not verify: {e}");
                return Ok(Round::Unchanged);
            }
        };
        let cp = signed.checkpoint;
        if let Some((seen, seen_text)) = &latest {
            if cp.size == seen.size && cp.root != seen.root {
                let id = self
                    .alarm(
                        "fork",
                        now,
                        format!("two checkpoints of size {} with different roots", cp.size),
                        vec![seen_text.clone(), text],
                        None,
                        None,
                        true,
                    )
                    .await?;
                return Ok(Round::Alarm(id));
            }
            if cp.size < seen.size {
                // A smaller tree: a fork if the tree seen does not hold it,
                // a rollback if it does.
                let (root_there, proof) = {
                    let r = self.replica.read().await;
                    (
                        r.tree.root_at(cp.size).ok(),
                        consistency(&r.tree, cp.size, seen.size),
                    )
                };
                if root_there != Some(cp.root) && cp.size > 0 {
                    let id = self
                        .alarm(
                            "inconsistent",
                            now,
                            format!(
                                "the log now serves a tree of size {} that the tree of size {} it signed before does not extend",
                                cp.size, seen.size
                            ),
                            vec![text, seen_text.clone()],
                            proof,
                            None,
                            true,
                        )
                        .await?;
                    return Ok(Round::Alarm(id));
                }
                // Not halting: an old checkpoint replayed by whoever is in
                // the way, or a cache, looks the same. Seen again, it is
                // the same evidence, written once.
                let id = self
                    .alarm(
                        "rollback",
                        now,
                        format!(
                            "the log served size {} after size {}: {} entries rolled back",
                            cp.size,
                            seen.size,
                            seen.size - cp.size
                        ),
                        vec![seen_text.clone(), text],
                        None,
                        None,
                        false,
                    )
                    .await?;
                return Ok(Round::Alarm(id));
            }
        }
        // Only a checkpoint with its quorum is accepted.
        let witnessed = match checkpoint::open(&text, &c.log_key, &c.witnesses, c.quorum) {
            Ok(v) => v,
            Err(e) => {
                let id = self
                    .alarm(
                        "quorum",
                        now,
                        format!(
                            "the checkpoint of size {} lacks the witness quorum: {e}",
                            cp.size
                        ),
                        vec![text],
                        None,
                        None,
                        false,
                    )
                    .await?;
                return Ok(Round::Alarm(id));
            }
        };
        // Stale: the newest of the witnesses' cosignatures is old (the log
        // refreshes an idle checkpoint's cosignatures long before).
        let newest = witnessed.cosigners.iter().map(|(_, t)| *t).max();
        if let Some(t) = newest
            && !c.witnesses.is_empty()
            && now.saturating_sub(t) > c.stale_after.as_secs()
        {
            // Stale is not wrong: a fresher cosignature is kept all the same.
            self.alarm(
                "stale",
                now,
                format!(
                    "the newest cosignature of the log's checkpoint (size {}) is {} s old",
                    cp.size,
                    now.saturating_sub(t)
                ),
                vec![text.clone()],
                None,
                None,
                false,
            )
            .await?;
        }
        if let Some((seen, seen_text)) = &latest
            && seen.size == cp.size
        {
            // Same tree; keep the freshest cosignatures, unless a push
            // moved the mirror on meanwhile (it never goes back).
            if *seen_text != text {
                let _turn = self.update.lock().await;
                let mut r = self.replica.write().await;
                let still = r
                    .latest
                    .as_ref()
                    .is_some_and(|(l, _)| l.size == cp.size && l.root == cp.root);
                if still {
                    self.store.put_checkpoint(cp.size, &text).await?;
                    self.set_latest(&mut r, cp, text, now);
                }
            }
            return Ok(Round::Unchanged);
        }
        self.grow(cp, text, latest, now).await
    }

    /// Fetch the entries between the replica and `cp`, check them, and keep
    /// them with the checkpoint once every check has passed.
    async fn grow(
        &self,
        cp: Checkpoint,
        text: String,
        latest: Option<(Checkpoint, String)>,
        now: u64,
    ) -> Result<Round, MirrorError> {
        let _turn = self.update.lock().await;
        let (have, mut tree, mut authority) = {
            let r = self.replica.read().await;
            (r.tree.size(), r.tree.clone(), r.authority.clone())
        };
        if have >= cp.size {
            // A push brought the entries already: the checkpoint only has
            // to make the replica's root at its size.
            let mut r = self.replica.write().await;
            if r.tree.root_at(cp.size).ok() != Some(cp.root) {
                // The proof: a checkpoint the log signed before (pushed or
                // followed) whose tree this mirror holds whole and that the
                // new one does not fit.
                let held = r
                    .pending
                    .iter()
                    .chain(r.latest.iter())
                    .filter(|(p, _)| {
                        p.size >= cp.size
                            && p.size <= have
                            && r.tree.root_at(p.size).ok() == Some(p.root)
                    })
                    .min_by_key(|(p, _)| p.size)
                    .cloned();
                let proof = held
                    .as_ref()
                    .and_then(|(p, _)| consistency(&r.tree, cp.size, p.size));
                drop(r);
                let Some((held, held_text)) = held else {
                    tracing::warn!(
                        "the log's checkpoint of size {} is not the tree pushed here; retrying later",
                        cp.size
                    );
                    return Ok(Round::Unchanged);
                };
                let (kind, checkpoints, proof) = if held.size == cp.size {
                    ("fork", vec![held_text, text], None)
                } else {
                    ("inconsistent", vec![text, held_text], proof)
                };
                let id = self
                    .alarm(
                        kind,
                        now,
                        format!(
                            "the log's checkpoint of size {} is not the tree it pushed to this mirror",
                            cp.size
                        ),
                        checkpoints,
                        proof,
                        None,
                        true,
                    )
                    .await?;
                return Ok(Round::Alarm(id));
            }
            if r.latest.as_ref().is_some_and(|(l, _)| l.size > cp.size) {
                return Ok(Round::Unchanged);
            }
            self.store.put_checkpoint(cp.size, &text).await?;
            self.set_latest(&mut r, cp, text, now);
            return Ok(Round::Unchanged);
        }
        let fresh = self.entries(have, cp.size).await?;
        for b in &fresh {
            tree.push(leaf_hash(b));
        }
        if tree.root() != cp.root {
            // Either the log's entries do not make the tree it signed (its
            // fault or the network's: retried), or the log rewrote what this
            // mirror holds. Its whole tree as it serves it now tells which.
            let mut whole = MemoryTree::with_capacity(cp.size.min(1 << 24) as usize);
            for b in self.entries(0, cp.size).await? {
                whole.push(leaf_hash(&b));
            }
            if let Some((seen, seen_text)) = latest
                && whole.root() == cp.root
                && whole.root_at(seen.size).ok() != Some(seen.root)
            {
                let proof = consistency(&whole, seen.size, cp.size);
                let id = self
                    .alarm(
                        "inconsistent",
                        now,
                        format!(
                            "the log's tree of size {} does not extend the tree of size {} it signed before",
                            cp.size, seen.size
                        ),
                        vec![seen_text, text],
                        proof,
                        None,
                        true,
                    )
                    .await?;
                return Ok(Round::Alarm(id));
            }
            tracing::warn!(
                "the log's entries up to {} do not hash to its checkpoint's root; retrying later",
                cp.size
            );
            return Ok(Round::Unchanged);
        }
        let failure = check_entries(&mut authority, &fresh).await;
        if let Some((k, reason)) = failure {
            let index = have + k as u64;
            let proof = tree
                .inclusion_proof(index, cp.size)
                .unwrap_or_default()
                .iter()
                .map(|h| B64.encode(h))
                .collect();
            let entry = EntryProof {
                index,
                bytes: B64.encode(&fresh[k]),
                inclusion: proof,
                reason: reason.clone(),
            };
            let id = self
                .alarm(
                    "rule",
                    now,
                    format!("entry {index} breaks a rule of the ledger: {reason}"),
                    vec![text],
                    None,
                    Some(entry),
                    true,
                )
                .await?;
            return Ok(Round::Alarm(id));
        }
        // Durable first, then in memory.
        let rows = new_rows(fresh);
        let mut r = self.replica.write().await;
        if !rows.is_empty() {
            self.store.append(have, &rows).await?;
        }
        self.store.put_checkpoint(cp.size, &text).await?;
        r.tree = tree;
        r.authority = authority;
        let size = cp.size;
        self.set_latest(&mut r, cp, text, now);
        Ok(if size > have {
            Round::Grew(size)
        } else {
            Round::Unchanged
        })
    }

    /// Keep, serve, print and deliver one piece of evidence; `halt` stops
    /// following a log that has proven itself untrustworthy. The id names
    /// what was seen (the kind and the checkpoints' bodies, not their
    /// signature lines, which anyone can strip or add), so seeing it again
    /// writes and delivers nothing new.
    #[allow(clippy::too_many_arguments)]
    async fn alarm(
        &self,
        kind: &str,
        now: u64,
        summary: String,
        checkpoints: Vec<String>,
        consistency: Option<Consistency>,
        entry: Option<EntryProof>,
        halt: bool,
    ) -> Result<String, MirrorError> {
        let bodies: Vec<String> = checkpoints
            .iter()
            .map(|t| {
                truce_ledger::note::Note::parse(t)
                    .map(|n| n.text)
                    .unwrap_or_else(|_| t.clone())
            })
            .collect();
        let id = format!(
            "{kind}-{}",
            &hex::encode(Sha256::digest(
                format!("{kind}\n{}", bodies.join("\n")).as_bytes()
            ))[..16]
        );
        let evidence = Evidence {
            truce_evidence: 1,
            kind: kind.to_owned(),
            origin: self.config.log_key.name().to_owned(),
            detected_at: now,
            summary: summary.clone(),
            checkpoints,
            consistency,
            entry,
        };
        let json = evidence.to_json();
        let path = self.config.evidence_dir.join(format!("{id}.json"));
        if !path.exists() {
            let tmp = path.with_extension("tmp");
            std::fs::write(&tmp, &json)
                .and_then(|()| std::fs::rename(&tmp, &path))
                .map_err(|source| MirrorError::Evidence {
                    path: path.clone(),
                    source,
                })?;
            eprintln!(
                "ALARM {kind}: {summary}\n  evidence: {} (served at /evidence/{id})",
                path.display()
            );
            if let Some(url) = &self.config.webhook {
                match self.deliveries.clone().try_acquire_owned() {
                    Ok(permit) => {
                        tokio::spawn(deliver(
                            self.client.clone(),
                            url.clone(),
                            id.clone(),
                            json,
                            self.config.key.clone(),
                            permit,
                        ));
                    }
                    Err(_) => tracing::warn!(
                        "{MAX_DELIVERIES} deliveries in flight: evidence {id} is kept and served, not delivered"
                    ),
                }
            }
        }
        if halt {
            let why = format!("{kind}: {summary}");
            let _ = std::fs::write(self.config.evidence_dir.join("HALTED"), &why);
            self.replica.write().await.halted = Some(why);
        }
        Ok(id)
    }

    /// Hold a peer mirror's checkpoint against this mirror's tree: a root
    /// the log signed for a size this mirror holds, other than the root it
    /// holds there, is a fork (or an inconsistent tree), proven with the
    /// log's own signatures. A peer ahead is left to the peer, which holds
    /// the larger tree.
    pub async fn compare_peer(&self, peer: &str, now: u64) -> Result<Round, MirrorError> {
        let url = format!("{}/checkpoint", peer.trim_end_matches('/'));
        let Some(body) = self.get(&url, MAX_CHECKPOINT_BYTES, false).await? else {
            return Ok(Round::Unchanged);
        };
        let text = String::from_utf8_lossy(&body).into_owned();
        // Only what the log signed counts; a peer cannot accuse it alone.
        let Ok(theirs) = checkpoint::open(&text, &self.config.log_key, &[], 0) else {
            tracing::warn!("peer {peer} served a checkpoint the log did not sign");
            return Ok(Round::Unchanged);
        };
        let theirs = theirs.checkpoint;
        let (ours, ours_text, held_root, proof) = {
            let r = self.replica.read().await;
            let Some((ours, ours_text)) = r.latest.clone() else {
                return Ok(Round::Unchanged);
            };
            if theirs.size > ours.size || theirs.size == 0 {
                return Ok(Round::Unchanged);
            }
            let held = r.tree.root_at(theirs.size).ok();
            let proof = consistency(&r.tree, theirs.size, ours.size);
            (ours, ours_text, held, proof)
        };
        if held_root == Some(theirs.root) {
            return Ok(Round::Unchanged);
        }
        let id = if theirs.size == ours.size {
            self.alarm(
                "fork",
                now,
                format!(
                    "mirror {peer} was shown a tree of size {} with another root than this mirror was",
                    theirs.size
                ),
                vec![ours_text, text],
                None,
                None,
                true,
            )
            .await?
        } else {
            self.alarm(
                "inconsistent",
                now,
                format!(
                    "mirror {peer} was shown a tree of size {} that the tree of size {} this mirror was shown does not extend",
                    theirs.size, ours.size
                ),
                vec![text, ours_text],
                proof,
                None,
                true,
            )
            .await?
        };
        Ok(Round::Alarm(id))
    }

    /// Follow the log every `interval` until the task is dropped.
    pub async fn run(self: Arc<Self>, interval: Duration) {
        loop {
            let now = crate::engine::clock::system_now();
            match self.follow_once(now).await {
                Ok(Round::Grew(size)) => tracing::info!("mirrored up to size {size}"),
                Ok(_) => {}
                Err(e) => tracing::warn!("mirror round failed: {e}"),
            }
            for peer in &self.config.peers {
                if let Err(e) = self.compare_peer(peer, now).await {
                    tracing::warn!("peer {peer}: {e}");
                }
            }
            tokio::time::sleep(interval).await;
        }
    }
}

/// Make `cp` the replica's checkpoint, served with `key`'s cosignature.
fn set_latest(key: &SignerKey, r: &mut Replica, cp: Checkpoint, text: String, now: u64) {
    let served = truce_ledger::note::Note::parse(&text)
        .ok()
        .and_then(|mut note| {
            let line = key.sign_note(&note.text, now).ok()?;
            note.add_signature(line);
            Some(note.to_string())
        });
    // Pending checkpoints were each proven to extend the one before them.
    // When the new checkpoint is one of them, those above it still extend
    // it; when it came another way (followed, not pushed), none is proven
    // to, so none is kept: the log pushes again with a proof from here.
    let pushed = r
        .pending
        .iter()
        .any(|(p, _)| p.size == cp.size && p.root == cp.root);
    if pushed {
        r.pending.retain(|(p, _)| p.size > cp.size);
    } else {
        r.pending.clear();
    }
    r.served = Some(served.unwrap_or_else(|| text.clone()));
    r.latest = Some((cp, text));
}

/// Entries checked and ready to store (a mirror keeps no openings).
fn new_rows(entries: Vec<Vec<u8>>) -> Vec<NewEntry> {
    entries
        .into_iter()
        .map(|b| NewEntry {
            leaf_hash: leaf_hash(&b),
            bytes: b,
            opening: None,
        })
        .collect()
}

/// Check `entries` in order against `authority` (rights and sequence
/// numbers, applied as they pass), then every signature on every core, off
/// the async workers: the first entry that fails, by position, and why.
async fn check_entries(authority: &mut Authority, entries: &[Vec<u8>]) -> Option<(usize, String)> {
    let mut failed: Option<(usize, String)> = None;
    let mut admissions = Vec::with_capacity(entries.len());
    for (k, b) in entries.iter().enumerate() {
        let admitted = Entry::parse(b)
            .map_err(|e| e.to_string())
            .and_then(|e| authority.admit(e).map_err(|e| e.to_string()));
        match admitted {
            Ok(a) => {
                authority.apply(&a);
                admissions.push(a);
            }
            Err(reason) => {
                failed = Some((k, reason));
                break;
            }
        }
    }
    let bad_signature = tokio::task::spawn_blocking(move || first_bad_signature(&admissions))
        .await
        .unwrap_or_else(|e| Some((0, format!("checking signatures did not finish: {e}"))));
    match (failed, bad_signature) {
        (Some(a), Some(b)) => Some(if b.0 < a.0 { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// The first admission (by position) whose signature does not verify,
/// checked on every core.
fn first_bad_signature(
    admissions: &[truce_ledger::authority::Admission],
) -> Option<(usize, String)> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = admissions.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = admissions
            .chunks(chunk)
            .enumerate()
            .map(|(c, part)| {
                scope.spawn(move || {
                    part.iter().enumerate().find_map(|(k, a)| {
                        a.verify_signature()
                            .err()
                            .map(|e| (c * chunk + k, e.to_string()))
                    })
                })
            })
            .collect();
        handles
            .into_iter()
            .enumerate()
            .filter_map(|(c, h)| match h.join() {
                Ok(found) => found,
                // A check that did not finish clears nothing.
                Err(_) => Some((c * chunk, "its signature check did not finish".into())),
            })
            .min_by_key(|(k, _)| *k)
    })
}

/// The consistency proof from `small` to `large` in `tree`, with the root at
/// `small` it binds to the larger root.
fn consistency(tree: &MemoryTree, small: u64, large: u64) -> Option<Consistency> {
    let root = tree.root_at(small).ok()?;
    let proof = tree.consistency_proof(small, large).ok()?;
    Some(Consistency {
        root: B64.encode(root),
        proof: proof.iter().map(|h| B64.encode(h)).collect(),
    })
}

/// POST evidence to a webhook: signed with the mirror's key
/// (`X-Truce-Signature`, Ed25519 over the body), the same `Idempotency-Key`
/// on every attempt, retried with backoff until a 2xx (at most six times).
async fn deliver(
    client: reqwest::Client,
    url: String,
    id: String,
    json: String,
    key: SignerKey,
    _permit: tokio::sync::OwnedSemaphorePermit,
) {
    let signature = B64.encode(key.sign_raw(json.as_bytes()));
    let mut wait = Duration::from_secs(1);
    for attempt in 1..=6 {
        let sent = client
            .post(&url)
            .header(header::CONTENT_TYPE, "application/json")
            .header("Idempotency-Key", &id)
            .header("X-Truce-Mirror-Key", key.verifier().to_string())
            .header("X-Truce-Signature", &signature)
            .body(json.clone())
            .send()
            .await;
        match sent {
            Ok(r) if r.status().is_success() => return,
            Ok(r) => tracing::warn!("webhook {url}: HTTP {} (attempt {attempt})", r.status()),
            Err(e) => tracing::warn!("webhook {url}: {e} (attempt {attempt})"),
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
    }
    tracing::error!("webhook {url}: evidence {id} not delivered after 6 attempts");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replica(key: &SignerKey) -> Replica {
        Replica {
            tree: MemoryTree::new(),
            authority: Authority::new(key.verifier()),
            latest: None,
            served: None,
            pending: Vec::new(),
            halted: None,
        }
    }

    fn cp(size: u64, root: u8) -> (Checkpoint, String) {
        let c = Checkpoint {
            origin: "t.example/log".into(),
            size,
            root: [root; 32],
        };
        let log = SignerKey::from_seed("t.example/log", 1, [4; 32]).unwrap();
        let text = c.sign(&log).unwrap().to_string();
        (c, text)
    }

    /// Found by review: a checkpoint that came by following, not one of the
    /// pushed ones, kept pushed checkpoints that nothing proved extend it,
    /// and a later push could then store another history's entries after it.
    #[test]
    fn a_followed_checkpoint_drops_the_pending_ones_nothing_proves_extend_it() {
        let key = SignerKey::from_seed("m.example", ALG_COSIGNATURE_V1, [3; 32]).unwrap();
        let mut r = replica(&key);
        r.pending = vec![cp(10, 1), cp(20, 2), cp(30, 3)];
        // One of the pushed checkpoints: those above it stay.
        let (c, t) = cp(20, 2);
        set_latest(&key, &mut r, c, t, 1);
        assert_eq!(
            r.pending.iter().map(|(c, _)| c.size).collect::<Vec<_>>(),
            vec![30]
        );
        assert!(r.served.as_ref().unwrap().contains("— m.example "));
        // Another checkpoint of a size between: nothing pending stays.
        let (c, t) = cp(25, 9);
        set_latest(&key, &mut r, c, t, 2);
        assert!(r.pending.is_empty());
        assert_eq!(r.latest.as_ref().unwrap().0.size, 25);
    }
}
