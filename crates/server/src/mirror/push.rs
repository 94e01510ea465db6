//! C2SP `tlog-mirror`: a log pushes to the mirror instead of waiting to be
//! followed. `add-checkpoint` moves the mirror's *pending* checkpoint on (a
//! witness's checks: the log's signature, the witness quorum, a consistency
//! proof from the pending checkpoint before); `add-entries` streams the
//! entries up to a pending checkpoint in packages of at most 256, each
//! authenticated by a subtree consistency proof before anything of it is
//! stored, and each entry checked against the ledger's rules like a
//! followed one. Only once every entry up to the checkpoint is durably
//! stored does the mirror make it its own checkpoint and answer with its
//! `cosignature/v1`: a mirror's cosignature says "stored here, served here".
//!
//! Nobody needs to sign in to push: whatever is pushed is proven against a
//! checkpoint the log signed and the witnesses cosigned, so a stranger can
//! push nothing the log did not publish. A body is read one package at a
//! time (at most 16.8 MB, the spec's bound), never whole.

use super::routes::plain;
use super::{Mirror, Replica};
use crate::witness::{Refused, conflict_size};
use axum::body::Body;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt as _;
use truce_ledger::Hash;
use truce_ledger::authority::Authority;
use truce_ledger::checkpoint::{self, Checkpoint};
use truce_ledger::merkle::{RootBuilder, leaf_hash};
use truce_ledger::mirror_wire::{self, MIRROR_INFO, MirrorInfo, Package};
use truce_ledger::subtree;
use truce_store::NewEntry;

/// Pending checkpoints kept, so a client can finish an upload against one
/// that a newer checkpoint has already replaced.
const PENDING_KEPT: usize = 8;
/// How far below the mirror's next entry an upload may start.
const MAX_REWIND: u64 = 8192;
/// Longest origin or ticket read from a request.
const MAX_HEADER_FIELD: usize = 1024;

/// Entries stored in one transaction at most.
const BATCH_ENTRIES: usize = 8192;
/// Bytes of entries a batch holds at most before it is stored.
const BATCH_BYTES: usize = 32 << 20;

/// Packages checked but not yet stored: they extend the replica as it was
/// at `base`.
struct Batch {
    base: u64,
    /// The authority after the batch's entries.
    authority: Authority,
    rows: Vec<NewEntry>,
    /// Bytes of the entries in `rows`.
    bytes: usize,
}

impl Batch {
    fn next(&self) -> u64 {
        self.base + self.rows.len() as u64
    }
}

/// Why a package was not stored.
enum PackageError {
    /// 422: its proof or an entry failed.
    Refused(String),
    /// 409: it starts beyond what the mirror holds.
    Gap,
    /// 503: the store failed.
    Store(String),
}

impl PackageError {
    fn into_response(self, end: u64, next: u64) -> Response {
        match self {
            PackageError::Refused(why) => plain(StatusCode::UNPROCESSABLE_ENTITY, why),
            PackageError::Gap => mirror_info(StatusCode::CONFLICT, end, next),
            PackageError::Store(e) => plain(StatusCode::SERVICE_UNAVAILABLE, e),
        }
    }
}

impl Mirror {
    /// The largest checkpoint the mirror knows: its newest pending one or
    /// its own.
    fn current(r: &Replica) -> Option<(Checkpoint, String)> {
        match (r.pending.last(), &r.latest) {
            (Some(p), Some(l)) if p.0.size < l.0.size => Some(l.clone()),
            (Some(p), _) => Some(p.clone()),
            (None, l) => l.clone(),
        }
    }

    /// `POST add-checkpoint`: move the pending checkpoint on. Answers as a
    /// witness does (404, 403, 400, 409 `text/x.tlog.size`, 422), with an
    /// empty body on success: the mirror signs only once it holds the
    /// entries.
    pub async fn add_checkpoint(&self, body: &[u8], now: u64) -> Response {
        let req = match crate::witness::AddCheckpoint::parse(body) {
            Ok(r) => r,
            Err(message) => return plain(StatusCode::BAD_REQUEST, message),
        };
        let c = &self.config;
        let cp = req.checkpoint.clone();
        if cp.origin != c.log_key.name() {
            return plain(
                StatusCode::NOT_FOUND,
                format!("unknown log origin {:?}", cp.origin),
            );
        }
        if let Err((status, message)) = req.verify_log(&c.log_key) {
            return plain(status, message);
        }
        if let Err(e) = checkpoint::open(&req.note_text, &c.log_key, &c.witnesses, c.quorum) {
            return plain(
                StatusCode::FORBIDDEN,
                format!("the checkpoint lacks the witness quorum this mirror requires: {e}"),
            );
        }
        let fork = {
            let mut r = self.replica.write().await;
            if let Some(why) = &r.halted {
                return plain(
                    StatusCode::FORBIDDEN,
                    format!("this mirror no longer follows the log: {why}"),
                );
            }
            let current = Self::current(&r);
            match req.extends(current.as_ref().map(|(c, _)| (c.size, c.root))) {
                Ok(()) => {
                    r.pending.retain(|(p, _)| p.size != cp.size);
                    r.pending.push((cp.clone(), req.note_text.clone()));
                    let excess = r.pending.len().saturating_sub(PENDING_KEPT);
                    r.pending.drain(..excess);
                    None
                }
                Err(Refused::Conflict(size)) => return conflict_size(size),
                Err(Refused::Status(status, message)) => return plain(status, message),
                Err(Refused::OtherRoot(_)) => current.map(|(_, text)| text),
            }
        };
        if let Some(seen_text) = fork {
            // Two checkpoints of one size with two roots, both signed by
            // the log: proof enough to stop following it.
            if let Err(e) = self
                .alarm(
                    "fork",
                    now,
                    format!(
                        "the log pushed a checkpoint of size {} with another root than the one it showed before",
                        cp.size
                    ),
                    vec![seen_text, req.note_text],
                    None,
                    None,
                    true,
                )
                .await
            {
                tracing::error!("keeping the evidence of a fork: {e}");
            }
            return conflict_size(cp.size);
        }
        (StatusCode::OK, "").into_response()
    }

    /// `POST add-entries`: read the packages one at a time, authenticate
    /// each against the pending checkpoint it names, check its entries and
    /// store them; once the replica reaches that checkpoint, make it the
    /// mirror's own and answer with the mirror's cosignature.
    pub async fn add_entries(&self, body: Body, now: u64) -> Response {
        let mut rd = BodyReader::new(body);
        let header = match read_header(&mut rd).await {
            Ok(h) => h,
            Err(message) => return plain(StatusCode::BAD_REQUEST, message),
        };
        if header.origin != self.config.log_key.name() {
            return plain(
                StatusCode::NOT_FOUND,
                format!("unknown log origin {:?}", header.origin),
            );
        }
        let (start, end) = (header.upload_start, header.upload_end);
        let (target, next, current_size) = {
            let r = self.replica.read().await;
            if let Some(why) = &r.halted {
                return plain(
                    StatusCode::FORBIDDEN,
                    format!("this mirror no longer follows the log: {why}"),
                );
            }
            let latest_size = r.latest.as_ref().map_or(0, |(c, _)| c.size);
            let target = r
                .pending
                .iter()
                .chain(r.latest.iter())
                .find(|(c, _)| c.size == end && end >= latest_size)
                .cloned();
            let current_size = Self::current(&r).map_or(0, |(c, _)| c.size);
            (target, r.tree.size(), current_size)
        };
        let Some((target, target_text)) = target else {
            return mirror_info(StatusCode::CONFLICT, current_size, next);
        };
        if start > end {
            return plain(
                StatusCode::BAD_REQUEST,
                format!("upload_start {start} is beyond upload_end {end}"),
            );
        }
        if start > next || next.saturating_sub(start) > MAX_REWIND {
            return mirror_info(StatusCode::CONFLICT, end, next);
        }
        // Checked packages gather into one batch, stored in one transaction
        // once it holds enough entries or the body ends: nothing is stored
        // before it is authenticated, and nothing authenticated is lost.
        let mut saved = false;
        let mut batch: Option<Batch> = None;
        let mut refused: Option<PackageError> = None;
        for package in mirror_wire::packages(start, end) {
            let Some((entries, proof)) = read_package(&mut rd, package).await else {
                // The body ended or broke inside this package: what came
                // before it stands, this one is discarded.
                break;
            };
            match self
                .check_package(&mut batch, package, &target, entries, proof)
                .await
            {
                Ok(()) => saved = true,
                Err(e) => {
                    if let PackageError::Refused(why) = &e {
                        tracing::warn!("add-entries refused at {}: {why}", package.start);
                    }
                    refused = Some(e);
                    break;
                }
            }
            if batch
                .as_ref()
                .is_some_and(|b| b.rows.len() >= BATCH_ENTRIES || b.bytes >= BATCH_BYTES)
                && let Err(e) = self.commit(batch.take()).await
            {
                return e.into_response(end, self.size().await);
            }
        }
        if let Err(e) = self.commit(batch.take()).await {
            return e.into_response(end, self.size().await);
        }
        if let Some(e) = refused {
            return e.into_response(end, self.size().await);
        }
        self.finish(target, target_text, saved, now).await
    }

    /// Authenticate one package against `target` and check its new entries
    /// on top of the replica and the packages already in `batch`; add them
    /// to the batch.
    async fn check_package(
        &self,
        batch: &mut Option<Batch>,
        package: Package,
        target: &Checkpoint,
        entries: Vec<Vec<u8>>,
        proof: Vec<Hash>,
    ) -> Result<(), PackageError> {
        let (next, mut authority, subtree, base) = {
            let r = self.replica.read().await;
            if let Some(why) = &r.halted {
                return Err(PackageError::Refused(format!(
                    "this mirror no longer follows the log: {why}"
                )));
            }
            let (base, next) = match batch.as_ref() {
                Some(b) => (b.base, b.next()),
                None => (r.tree.size(), r.tree.size()),
            };
            if package.start > next {
                return Err(PackageError::Gap);
            }
            let leaf = |i: u64| -> Option<Hash> {
                if i < base {
                    r.tree.leaf(i)
                } else {
                    batch
                        .as_ref()
                        .and_then(|b| b.rows.get((i - base) as usize))
                        .map(|row| row.leaf_hash)
                }
            };
            let mut subtree = RootBuilder::new();
            for i in package.subtree_start..package.start {
                subtree.push(leaf(i).ok_or(PackageError::Gap)?);
            }
            for (k, e) in entries.iter().enumerate() {
                let h = leaf_hash(e);
                // An entry the replica holds already must be the same one:
                // otherwise the checkpoint pushed is not the tree stored.
                let i = package.start + k as u64;
                if i < next && leaf(i) != Some(h) {
                    return Err(PackageError::Refused(format!(
                        "entry {i} is not the entry this mirror holds at {i}"
                    )));
                }
                subtree.push(h);
            }
            let authority = match batch.as_ref() {
                Some(b) => b.authority.clone(),
                None => r.authority.clone(),
            };
            (next, authority, subtree, base)
        };
        subtree::verify_consistency(
            package.subtree_start,
            package.end,
            target.size,
            &proof,
            &subtree.root(),
            &target.root,
        )
        .map_err(|e| {
            PackageError::Refused(format!(
                "entries [{}, {}) are not part of the checkpoint of size {}: {e}",
                package.start, package.end, target.size
            ))
        })?;
        // Only what the replica lacks is checked and kept.
        let skip = (next - package.start) as usize;
        let fresh: Vec<Vec<u8>> = entries.into_iter().skip(skip).collect();
        if fresh.is_empty() {
            return Ok(());
        }
        if let Some((k, reason)) = super::check_entries(&mut authority, &fresh).await {
            return Err(PackageError::Refused(format!(
                "entry {} breaks a rule of the ledger: {reason}",
                next + k as u64
            )));
        }
        let b = batch.get_or_insert_with(|| Batch {
            base,
            authority: authority.clone(),
            rows: Vec::new(),
            bytes: 0,
        });
        b.authority = authority;
        b.bytes += fresh.iter().map(Vec::len).sum::<usize>();
        b.rows.extend(super::new_rows(fresh));
        Ok(())
    }

    /// Store a batch in one transaction, if the replica is still where the
    /// batch began (otherwise another update came first: the client goes
    /// on from the replica's new size).
    async fn commit(&self, batch: Option<Batch>) -> Result<(), PackageError> {
        let Some(batch) = batch else { return Ok(()) };
        if batch.rows.is_empty() {
            return Ok(());
        }
        let _turn = self.update.lock().await;
        let mut r = self.replica.write().await;
        if r.halted.is_some() || r.tree.size() != batch.base {
            return Err(PackageError::Gap);
        }
        self.store
            .append(batch.base, &batch.rows)
            .await
            .map_err(|e| PackageError::Store(e.to_string()))?;
        for row in &batch.rows {
            r.tree.push(row.leaf_hash);
        }
        r.authority = batch.authority;
        Ok(())
    }

    /// After the packages: the mirror's checkpoint moves to `target` once
    /// the replica holds all of it (200 with the cosignature), or the
    /// client is told where to go on (202) or that nothing came (400).
    async fn finish(&self, target: Checkpoint, text: String, saved: bool, now: u64) -> Response {
        let _turn = self.update.lock().await;
        let mut r = self.replica.write().await;
        if let Some(why) = &r.halted {
            return plain(
                StatusCode::FORBIDDEN,
                format!("this mirror no longer follows the log: {why}"),
            );
        }
        let next = r.tree.size();
        if next < target.size {
            return if saved {
                mirror_info(StatusCode::ACCEPTED, target.size, next)
            } else {
                plain(
                    StatusCode::BAD_REQUEST,
                    format!("no complete entry package arrived (the mirror holds {next} entries)"),
                )
            };
        }
        let latest_size = r.latest.as_ref().map_or(0, |(c, _)| c.size);
        if target.size < latest_size {
            let current = Self::current(&r).map_or(0, |(c, _)| c.size);
            return mirror_info(StatusCode::CONFLICT, current, next);
        }
        if r.tree.root_at(target.size).ok() != Some(target.root) {
            // Every package was proven against this root, so this is the
            // replica's own fault, not the client's.
            tracing::error!("the replica does not make the root of size {}", target.size);
            return plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "the replica does not make the checkpoint's root".into(),
            );
        }
        if target.size > latest_size {
            // Durable before it is signed.
            if let Err(e) = self.store.put_checkpoint(target.size, &text).await {
                return plain(StatusCode::SERVICE_UNAVAILABLE, e.to_string());
            }
            self.set_latest(&mut r, target.clone(), text, now);
        }
        match self.cosign(&target, now) {
            Ok(line) => (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                line,
            )
                .into_response(),
            Err(e) => plain(StatusCode::SERVICE_UNAVAILABLE, e),
        }
    }
}

async fn read_header(rd: &mut BodyReader) -> Result<mirror_wire::Header, String> {
    let truncated = || "the request ends inside its header".to_string();
    let origin_len = rd.u16().await.ok_or_else(truncated)? as usize;
    if origin_len > MAX_HEADER_FIELD {
        return Err(format!("an origin of {origin_len} bytes is too long"));
    }
    let origin = rd.bytes(origin_len).await.ok_or_else(truncated)?;
    let origin = String::from_utf8(origin).map_err(|_| "the origin is not UTF-8".to_string())?;
    let upload_start = rd.u64().await.ok_or_else(truncated)?;
    let upload_end = rd.u64().await.ok_or_else(truncated)?;
    let ticket_len = rd.u16().await.ok_or_else(truncated)? as usize;
    if ticket_len > MAX_HEADER_FIELD {
        return Err(format!("a ticket of {ticket_len} bytes is too long"));
    }
    let ticket = rd.bytes(ticket_len).await.ok_or_else(truncated)?;
    Ok(mirror_wire::Header {
        origin,
        upload_start,
        upload_end,
        ticket,
    })
}

/// One whole package, or `None` if the body ends or breaks inside it (or
/// its proof is longer than the spec allows, which no package can be).
async fn read_package(rd: &mut BodyReader, p: Package) -> Option<(Vec<Vec<u8>>, Vec<Hash>)> {
    rd.next_part();
    let mut entries = Vec::with_capacity((p.end - p.start) as usize);
    for _ in p.start..p.end {
        let len = rd.u16().await? as usize;
        entries.push(rd.bytes(len).await?);
    }
    let count = rd.bytes(1).await?[0] as usize;
    if count > mirror_wire::MAX_PACKAGE_HASHES {
        return None;
    }
    let mut proof = Vec::with_capacity(count);
    for _ in 0..count {
        proof.push(Hash::try_from(rd.bytes(32).await?).ok()?);
    }
    Some((entries, proof))
}

/// How long one package (or the header) may take to arrive: a body that
/// trickles is cut there, and what came before stands.
const PACKAGE_DEADLINE: std::time::Duration = std::time::Duration::from_secs(60);

/// Reads a request body a few bytes at a time as it arrives, holding at
/// most what the caller asked for plus one network chunk.
struct BodyReader {
    stream: axum::body::BodyDataStream,
    buf: Vec<u8>,
    pos: usize,
    done: bool,
    /// When the part being read must have arrived.
    deadline: tokio::time::Instant,
}

impl BodyReader {
    fn new(body: Body) -> Self {
        Self {
            stream: body.into_data_stream(),
            buf: Vec::new(),
            pos: 0,
            done: false,
            deadline: tokio::time::Instant::now() + PACKAGE_DEADLINE,
        }
    }

    /// Start the clock for the next part.
    fn next_part(&mut self) {
        self.deadline = tokio::time::Instant::now() + PACKAGE_DEADLINE;
    }

    /// The next `n` bytes, or `None` if the body ends (or fails) first.
    async fn bytes(&mut self, n: usize) -> Option<Vec<u8>> {
        while self.buf.len() - self.pos < n {
            if self.done {
                return None;
            }
            if self.pos > 0 {
                self.buf.drain(..self.pos);
                self.pos = 0;
            }
            match tokio::time::timeout_at(self.deadline, self.stream.next()).await {
                Ok(Some(Ok(chunk))) => self.buf.extend_from_slice(&chunk),
                Ok(Some(Err(e))) => {
                    tracing::debug!("add-entries body: {e}");
                    self.done = true;
                }
                Ok(None) => self.done = true,
                Err(_) => {
                    tracing::debug!("add-entries body: too slow");
                    self.done = true;
                }
            }
        }
        let out = self.buf[self.pos..self.pos + n].to_vec();
        self.pos += n;
        Some(out)
    }

    async fn u16(&mut self) -> Option<u16> {
        let b = self.bytes(2).await?;
        Some(u16::from_be_bytes([b[0], b[1]]))
    }

    async fn u64(&mut self) -> Option<u64> {
        let b = self.bytes(8).await?;
        Some(u64::from_be_bytes(b.try_into().ok()?))
    }
}

fn mirror_info(status: StatusCode, size: u64, next: u64) -> Response {
    let info = MirrorInfo {
        size,
        next,
        ticket: Vec::new(),
    };
    (
        status,
        [(header::CONTENT_TYPE, MIRROR_INFO)],
        info.to_text(),
    )
        .into_response()
}
