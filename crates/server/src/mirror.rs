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
//! Each piece is stored under `evidence/` (named by its hash, so it is
//! written once), served at `/evidence/{id}`, printed, and delivered to a
//! webhook: signed with the mirror's key, retried, and idempotent (the same
//! `Idempotency-Key` on every attempt). Nothing the mirror accepts is
//! replaced: a log that misbehaves is not followed further, and the replica
//! keeps what was proven.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use truce_ledger::authority::Authority;
use truce_ledger::checkpoint::{self, Checkpoint};
use truce_ledger::entry::Entry;
use truce_ledger::evidence::{Consistency, EntryProof, Evidence};
use truce_ledger::merkle::{MemoryTree, leaf_hash};
use truce_ledger::note::{SignerKey, VerifierKey};
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
    /// The mirror's own key: it signs webhook deliveries.
    pub key: SignerKey,
}

#[derive(Debug, thiserror::Error)]
pub enum MirrorError {
    #[error(transparent)]
    Store(#[from] truce_store::StoreError),
    #[error("the replica is corrupt at entry {index}: {reason}")]
    Corrupt { index: u64, reason: String },
    #[error("fetching {url}: {reason}")]
    Fetch { url: String, reason: String },
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
    /// Set once the log has misbehaved: it is not followed further.
    halted: Option<String>,
    /// Checkpoint sizes already reported stale (once each).
    stale_reported: Option<u64>,
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

pub struct Mirror {
    config: MirrorConfig,
    store: Arc<dyn LogStore>,
    replica: Mutex<Replica>,
    client: reqwest::Client,
}

impl Mirror {
    /// Open the replica in `store` (checking every stored entry again) and
    /// get ready to follow.
    pub async fn open(
        config: MirrorConfig,
        store: Arc<dyn LogStore>,
    ) -> Result<Arc<Self>, MirrorError> {
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
        let latest = match store.latest_checkpoint().await? {
            Some((cp_size, text)) if cp_size == size => {
                let cp = checkpoint::open(&text, &config.log_key, &[], 0)
                    .map_err(|x| MirrorError::Corrupt {
                        index: size,
                        reason: format!("the stored checkpoint: {x}"),
                    })?
                    .checkpoint;
                Some((cp, text))
            }
            _ => None,
        };
        let halted = std::fs::read_to_string(config.evidence_dir.join("HALTED")).ok();
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
            replica: Mutex::new(Replica {
                tree,
                authority,
                latest,
                halted,
                stale_reported: None,
            }),
        }))
    }

    /// The size of the replica.
    pub async fn size(&self) -> u64 {
        self.replica.lock().await.tree.size()
    }

    async fn fetch(&self, path: &str) -> Result<Vec<u8>, MirrorError> {
        let url = format!("{}/{path}", self.config.source.trim_end_matches('/'));
        let fail = |reason: String| MirrorError::Fetch {
            url: url.clone(),
            reason,
        };
        let resp = self
            .client
            .get(&url)
            .send()
            .await
            .map_err(|e| fail(e.to_string()))?;
        if !resp.status().is_success() {
            return Err(fail(format!("HTTP {}", resp.status())));
        }
        Ok(resp
            .bytes()
            .await
            .map_err(|e| fail(e.to_string()))?
            .to_vec())
    }

    /// One round: fetch the log's checkpoint, check it against everything
    /// seen, mirror the new entries, raise any alarm.
    pub async fn follow_once(&self, now: u64) -> Result<Round, MirrorError> {
        let mut r = self.replica.lock().await;
        if r.halted.is_some() {
            return Ok(Round::Halted);
        }
        let text = String::from_utf8_lossy(&self.fetch("checkpoint").await?).into_owned();
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
        let cp = signed.checkpoint.clone();
        if let Err(e) = checkpoint::open(&text, &c.log_key, &c.witnesses, c.quorum) {
            let id = self
                .alarm(
                    &mut r,
                    "quorum",
                    now,
                    format!(
                        "the checkpoint of size {} lacks the witness quorum: {e}",
                        cp.size
                    ),
                    vec![text.clone()],
                    None,
                    None,
                    false,
                )
                .await?;
            return Ok(Round::Alarm(id));
        }
        // Stale: the newest cosignature is old.
        let newest = signed.cosigners.iter().map(|(_, t)| *t).max();
        if let Some(t) = newest
            && !c.witnesses.is_empty()
            && now.saturating_sub(t) > c.stale_after.as_secs()
            && r.stale_reported != Some(cp.size)
        {
            r.stale_reported = Some(cp.size);
            let id = self
                .alarm(
                    &mut r,
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
            return Ok(Round::Alarm(id));
        }
        let Some((seen, seen_text)) = r.latest.clone() else {
            return self.grow(&mut r, cp, text, now).await;
        };
        if cp.size == seen.size {
            if cp.root == seen.root {
                return Ok(Round::Unchanged);
            }
            let id = self
                .alarm(
                    &mut r,
                    "fork",
                    now,
                    format!("two checkpoints of size {} with different roots", cp.size),
                    vec![seen_text, text],
                    None,
                    None,
                    true,
                )
                .await?;
            return Ok(Round::Alarm(id));
        }
        if cp.size < seen.size {
            // A smaller tree: a rollback if it is a prefix of what was
            // seen, a fork if not.
            let root_there = r.tree.root_at(cp.size).ok();
            if root_there != Some(cp.root) && cp.size > 0 {
                let consistency = consistency(&r.tree, cp.size, seen.size);
                let id = self
                    .alarm(
                        &mut r,
                        "inconsistent",
                        now,
                        format!(
                            "the log now serves a tree of size {} that the tree of size {} it signed before does not extend",
                            cp.size, seen.size
                        ),
                        vec![text, seen_text],
                        consistency,
                        None,
                        true,
                    )
                    .await?;
                return Ok(Round::Alarm(id));
            }
            let id = self
                .alarm(
                    &mut r,
                    "rollback",
                    now,
                    format!(
                        "the log served size {} after size {}: {} entries rolled back",
                        cp.size,
                        seen.size,
                        seen.size - cp.size
                    ),
                    vec![seen_text, text],
                    None,
                    None,
                    true,
                )
                .await?;
            return Ok(Round::Alarm(id));
        }
        self.grow(&mut r, cp, text, now).await
    }

    /// Fetch the entries between the replica and `cp`, check them, and keep
    /// them with the checkpoint once every check has passed.
    async fn grow(
        &self,
        r: &mut Replica,
        cp: Checkpoint,
        text: String,
        now: u64,
    ) -> Result<Round, MirrorError> {
        let have = r.tree.size();
        let mut bytes_new: Vec<Vec<u8>> = Vec::new();
        let mut n = have / TILE_WIDTH;
        while n * TILE_WIDTH < cp.size {
            let width = (cp.size - n * TILE_WIDTH).min(TILE_WIDTH);
            let path = TilePath {
                kind: TileKind::Entries,
                index: n,
                width,
            }
            .to_path();
            let body = self.fetch(&format!("tile/{path}")).await?;
            let entries = tiles::decode_bundle(&body).map_err(|e| MirrorError::Fetch {
                url: path.clone(),
                reason: e.to_string(),
            })?;
            if entries.len() as u64 != width {
                return Err(MirrorError::Fetch {
                    url: path,
                    reason: format!("{} entries, expected {width}", entries.len()),
                });
            }
            let skip = (have.saturating_sub(n * TILE_WIDTH)) as usize;
            bytes_new.extend(entries.into_iter().skip(skip));
            n += 1;
        }
        // The new tree: the replica's plus what was fetched.
        let mut tree = r.tree.clone();
        for b in &bytes_new {
            tree.push(leaf_hash(b));
        }
        if tree.root() != cp.root {
            // The entries served do not make the tree the log signed. That
            // is the log's fault or the network's; nothing is kept.
            tracing::warn!(
                "the log's entries up to {} do not hash to its checkpoint's root; retrying later",
                cp.size
            );
            return Ok(Round::Unchanged);
        }
        // The tree the log signed now must extend the one it signed before.
        if let Some((seen, seen_text)) = r.latest.clone()
            && tree.root_at(seen.size).ok() != Some(seen.root)
        {
            let consistency = consistency(&tree, seen.size, cp.size);
            let id = self
                .alarm(
                    r,
                    "inconsistent",
                    now,
                    format!(
                        "the log's tree of size {} does not extend the tree of size {} it signed before",
                        cp.size, seen.size
                    ),
                    vec![seen_text, text],
                    consistency,
                    None,
                    true,
                )
                .await?;
            return Ok(Round::Alarm(id));
        }
        // Every entry: rights, sequence number, signature.
        let mut authority = r.authority.clone();
        for (k, b) in bytes_new.iter().enumerate() {
            let index = have + k as u64;
            let checked = Entry::parse(b)
                .map_err(|e| e.to_string())
                .and_then(|e| authority.admit(e).map_err(|e| e.to_string()))
                .and_then(|a| a.verify_signature().map(|()| a).map_err(|e| e.to_string()));
            match checked {
                Ok(a) => authority.apply(&a),
                Err(reason) => {
                    let proof = tree
                        .inclusion_proof(index, cp.size)
                        .unwrap_or_default()
                        .iter()
                        .map(|h| B64.encode(h))
                        .collect();
                    let entry = EntryProof {
                        index,
                        bytes: B64.encode(b),
                        inclusion: proof,
                        reason: reason.clone(),
                    };
                    let id = self
                        .alarm(
                            r,
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
            }
        }
        // Durable first, then in memory.
        let rows: Vec<NewEntry> = bytes_new
            .into_iter()
            .map(|b| NewEntry {
                leaf_hash: leaf_hash(&b),
                bytes: b,
                opening: None,
            })
            .collect();
        if !rows.is_empty() {
            self.store.append(have, &rows).await?;
        }
        self.store.put_checkpoint(cp.size, &text).await?;
        r.tree = tree;
        r.authority = authority;
        let grew = cp.size > have;
        let size = cp.size;
        r.latest = Some((cp, text));
        Ok(if grew {
            Round::Grew(size)
        } else {
            Round::Unchanged
        })
    }

    /// Keep, serve, print and deliver one piece of evidence; `halt` stops
    /// following a log that has proven itself untrustworthy.
    #[allow(clippy::too_many_arguments)]
    async fn alarm(
        &self,
        r: &mut Replica,
        kind: &str,
        now: u64,
        summary: String,
        checkpoints: Vec<String>,
        consistency: Option<Consistency>,
        entry: Option<EntryProof>,
        halt: bool,
    ) -> Result<String, MirrorError> {
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
        let id = format!(
            "{kind}-{}",
            &hex::encode(Sha256::digest(
                // The id names what was seen, not when: seeing it again
                // writes nothing new.
                format!("{kind}\n{}", evidence.checkpoints.join("\n")).as_bytes()
            ))[..16]
        );
        let path = self.config.evidence_dir.join(format!("{id}.json"));
        let new = !path.exists();
        if new {
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
                tokio::spawn(deliver(
                    self.client.clone(),
                    url.clone(),
                    id.clone(),
                    json,
                    self.config.key.clone(),
                ));
            }
        }
        if halt {
            let why = format!("{kind}: {summary}");
            let _ = std::fs::write(self.config.evidence_dir.join("HALTED"), &why);
            r.halted = Some(why);
        }
        Ok(id)
    }

    /// Follow the log every `interval` until the task is dropped.
    pub async fn run(self: Arc<Self>, interval: Duration) {
        loop {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            match self.follow_once(now).await {
                Ok(Round::Grew(size)) => tracing::info!("mirrored up to size {size}"),
                Ok(_) => {}
                Err(e) => tracing::warn!("mirror round failed: {e}"),
            }
            tokio::time::sleep(interval).await;
        }
    }
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
async fn deliver(client: reqwest::Client, url: String, id: String, json: String, key: SignerKey) {
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

/// The mirror's routes: its replica as `tlog-tiles`, and its evidence.
pub fn router(mirror: Arc<Mirror>) -> Router {
    Router::new()
        .route("/checkpoint", get(checkpoint))
        .route("/tile/{*path}", get(tile))
        .route("/evidence", get(evidence_list))
        .route("/evidence/{id}", get(evidence))
        .with_state(mirror)
}

fn plain(status: StatusCode, message: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("{message}\n"),
    )
        .into_response()
}

async fn checkpoint(State(m): State<Arc<Mirror>>) -> Response {
    match m.replica.lock().await.latest.clone() {
        Some((_, text)) => {
            let mut resp =
                ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response();
            resp.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("no-cache, max-age=1"),
            );
            resp
        }
        None => plain(StatusCode::NOT_FOUND, "nothing mirrored yet".into()),
    }
}

async fn tile(State(m): State<Arc<Mirror>>, Path(path): Path<String>) -> Response {
    let tp = match TilePath::parse(&path) {
        Ok(t) => t,
        Err(e) => return plain(StatusCode::BAD_REQUEST, e.to_string()),
    };
    let (size, hashes) = {
        let r = m.replica.lock().await;
        let size = r.latest.as_ref().map_or(0, |(c, _)| c.size);
        let hashes = match tp.kind {
            TileKind::Hashes(level) if tiles::tile_exists(&tp, size) => {
                Some(tiles::tile_bytes(&r.tree, level, tp.index, tp.width))
            }
            _ => None,
        };
        (size, hashes)
    };
    if !tiles::tile_exists(&tp, size) {
        return plain(
            StatusCode::NOT_FOUND,
            format!("tile {path} does not exist in a tree of {size} entries"),
        );
    }
    let body = match (tp.kind, hashes) {
        (TileKind::Hashes(_), Some(h)) => h,
        _ => {
            let start = tp.index * TILE_WIDTH;
            match m.store.entries(start, start + tp.width).await {
                Ok(entries) => {
                    match tiles::encode_bundle(entries.iter().map(|e| e.bytes.as_slice())) {
                        Ok(b) => b,
                        Err(e) => return plain(StatusCode::SERVICE_UNAVAILABLE, e.to_string()),
                    }
                }
                Err(e) => return plain(StatusCode::SERVICE_UNAVAILABLE, e.to_string()),
            }
        }
    };
    let cache = if tp.is_partial() {
        "public, max-age=60"
    } else {
        "public, max-age=31536000, immutable"
    };
    (
        [
            (header::CONTENT_TYPE, "application/octet-stream"),
            (header::CACHE_CONTROL, cache),
        ],
        body,
    )
        .into_response()
}

/// The ids of the evidence kept, one per line.
async fn evidence_list(State(m): State<Arc<Mirror>>) -> Response {
    let mut ids: Vec<String> = std::fs::read_dir(&m.config.evidence_dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter_map(|e| {
                    e.file_name()
                        .to_str()
                        .and_then(|n| n.strip_suffix(".json"))
                        .map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    plain(StatusCode::OK, ids.join("\n"))
}

async fn evidence(State(m): State<Arc<Mirror>>, Path(id): Path<String>) -> Response {
    let id = id.trim_end_matches(".json");
    let valid = id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && id.len() <= 64;
    let text = valid
        .then(|| std::fs::read_to_string(m.config.evidence_dir.join(format!("{id}.json"))).ok())
        .flatten();
    match text {
        Some(t) => ([(header::CONTENT_TYPE, "application/json")], t).into_response(),
        None => plain(StatusCode::NOT_FOUND, format!("no evidence {id:?}")),
    }
}
