//! `truce verify`: replay a whole log — from a data directory, a database,
//! or a remote server's `tlog-tiles` — recomputing every leaf hash and the
//! tree head, checking every envelope's signature, key rights and sequence
//! number, and the checkpoint's signature and cosignatures. Signatures are
//! checked in parallel; the first bad index is reported. From a store, every
//! entry is also folded through every rule of the process
//! (`truce_domain::fold`, the sequencer's own), so an act the rules refuse
//! fails the audit even when its signature is good.

use anyhow::{Context, Result, anyhow, bail};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use truce_ledger::Hash;
use truce_ledger::audit::{AuditFailure, Auditor, check_signature};
use truce_ledger::authority::Admission;
use truce_ledger::checkpoint::{self, VerifiedCheckpoint};
use truce_ledger::merkle::leaf_hash;
use truce_ledger::note::VerifierKey;
use truce_ledger::tiles::{self, TILE_WIDTH, TileKind, TilePath};
use truce_store::LogStore;

/// Entries per audit chunk.
const CHUNK: u64 = 32_768;

/// What an audit established.
#[derive(Debug)]
pub struct Report {
    pub entries: u64,
    pub checkpoint_size: u64,
    pub cosigners: Vec<(String, u64)>,
    pub root: Hash,
    /// Sealed entries whose opening was checked against the commitment, and
    /// how many sealed entries there were (a remote audit holds no openings).
    pub opened: u64,
    pub sealed: u64,
    /// Stored contents (blobs) checked against their hashes, when the audit
    /// holds them.
    pub blobs: Option<u64>,
    /// Entries folded through every rule of the process (the domain's, the
    /// territory rule), when the audit holds their openings.
    pub rules: Option<u64>,
    /// Acts checked to have been offered to their signer (`--offers`).
    pub offers: Option<u64>,
    /// What each witness asked said of this log's freshness (empty: none
    /// could be asked).
    pub freshness: Vec<String>,
    /// The log's time at the checkpoint (the last `log.time` in it: index,
    /// unix seconds), checked to be no later than any cosignature on it.
    pub log_time: Option<(u64, u64)>,
}

/// How far a cosignature's timestamp may lag the log's time it covers.
pub const WITNESS_SKEW: u64 = 300;

/// How far the log's time at a checkpoint may trail the first cosignature
/// on it. An honest log's trails by the time since its last act (plus a
/// minute): a log idle while its witnesses were unreachable trails by that
/// long. Beyond a day the log's clock was behind its witnesses'.
pub const MAX_WITNESS_LAG: u64 = 86_400;

/// One entry to audit, with the leaf hash the store recorded for it (if any).
pub struct AuditItem {
    pub index: u64,
    pub bytes: Vec<u8>,
    pub stored_leaf: Option<Hash>,
}

/// The incremental audit: feed chunks in order. Rights and sequence numbers
/// are checked in log order on one thread while the previous chunk's
/// signatures are verified in parallel on the others.
pub struct Audit {
    auditor: Auditor,
    checkpoint_size: u64,
    root_at_checkpoint: Option<Hash>,
    /// The log's time when the replay reached the checkpoint's size.
    time_at_checkpoint: Option<(u64, u64)>,
    /// Admitted entries whose signatures are not checked yet.
    pending: Vec<Admission>,
    progress: ProgressBar,
    /// Entries of a sealed kind seen so far.
    sealed: u64,
}

/// The lowest-index signature failure among `admissions`.
fn check_signatures(admissions: &[Admission]) -> Result<(), AuditFailure> {
    match admissions
        .par_iter()
        .filter_map(|a| check_signature(a).err())
        .min_by_key(|f| f.index)
    {
        Some(f) => Err(f),
        None => Ok(()),
    }
}

impl Audit {
    pub fn new(log_key: VerifierKey, checkpoint_size: u64, total: u64) -> Self {
        let progress = ProgressBar::new(total);
        progress.set_style(
            ProgressStyle::with_template(
                "{spinner} verifying {pos}/{len} entries [{bar:40}] {per_sec} eta {eta}",
            )
            .expect("template")
            .progress_chars("=> "),
        );
        Self {
            sealed: 0,
            auditor: Auditor::new(log_key),
            checkpoint_size,
            root_at_checkpoint: None,
            time_at_checkpoint: None,
            pending: Vec::new(),
            progress,
        }
    }

    /// Check form, rights and sequence numbers of `items`, in order.
    fn admit_all(&mut self, items: &[AuditItem]) -> (Vec<Admission>, Option<AuditFailure>) {
        let mut admissions = Vec::with_capacity(items.len());
        for item in items {
            if item.index != self.auditor.size() {
                let failure = AuditFailure {
                    index: self.auditor.size(),
                    reason: format!("missing: the next entry read has index {}", item.index),
                };
                return (admissions, Some(failure));
            }
            if let Some(stored) = item.stored_leaf
                && stored != leaf_hash(&item.bytes)
            {
                let failure = AuditFailure {
                    index: item.index,
                    reason: "the stored leaf hash does not match the entry's bytes (the entry was altered)".into(),
                };
                return (admissions, Some(failure));
            }
            match self.auditor.admit(&item.bytes) {
                Ok(a) => admissions.push(a),
                Err(e) => return (admissions, Some(e)),
            }
            if self.auditor.size() == self.checkpoint_size {
                self.root_at_checkpoint = Some(self.auditor.root());
                self.time_at_checkpoint = self.auditor.authority().time();
            }
        }
        (admissions, None)
    }

    pub fn feed(&mut self, items: &[AuditItem]) -> Result<(), AuditFailure> {
        let previous = std::mem::take(&mut self.pending);
        let (signatures, (admissions, sequential)) =
            rayon::join(|| check_signatures(&previous), || self.admit_all(items));
        // Earlier entries fail first.
        signatures?;
        self.progress.inc(previous.len() as u64);
        if let Some(failure) = sequential {
            check_signatures(&admissions)?;
            return Err(failure);
        }
        self.sealed += admissions
            .iter()
            .filter(|a| truce_domain::disclosure::rule(&a.entry.kind).is_some_and(|r| r.sealed))
            .count() as u64;
        self.pending = admissions;
        Ok(())
    }

    /// Check the replayed tree against the checkpoint.
    pub fn finish(mut self, cp: &VerifiedCheckpoint) -> Result<Report> {
        check_signatures(&std::mem::take(&mut self.pending))?;
        self.progress.finish_and_clear();
        let size = cp.checkpoint.size;
        if self.auditor.size() < size {
            bail!(
                "the checkpoint has {size} entries but only {} could be read",
                self.auditor.size()
            );
        }
        let root = if size == 0 {
            truce_ledger::merkle::empty_root()
        } else {
            self.root_at_checkpoint
                .ok_or_else(|| anyhow!("no tree head at size {size}"))?
        };
        if root != cp.checkpoint.root {
            bail!(
                "the entries do not hash to the checkpoint's root at size {size}: the log was rewritten, \
                 or an entry was altered together with its stored hash"
            );
        }
        // The witnesses bound the log's time from above: nothing in a
        // checkpoint can be dated after a witness saw that checkpoint.
        if let Some((index, t)) = self.time_at_checkpoint {
            for (witness, stamp) in &cp.cosigners {
                if t > stamp.saturating_add(WITNESS_SKEW) {
                    bail!(
                        "the log's time at entry {index} ({}) is later than witness {witness} cosigned the checkpoint holding it ({}): the log dated entries ahead of its witnesses",
                        truce_domain::export::utc_from_unix(t),
                        truce_domain::export::utc_from_unix(*stamp)
                    );
                }
            }
            // …and from below: a log whose clock runs behind its witnesses'
            // (to make late acts look timely) trails them.
            if let Some((witness, first)) = cp.cosigners.iter().min_by_key(|(_, s)| *s)
                && first.saturating_sub(t) > MAX_WITNESS_LAG
            {
                bail!(
                    "the log's time at entry {index} ({}) trails witness {witness}'s cosignature of the checkpoint holding it ({}) by more than {} h: the log's clock was behind its witnesses'",
                    truce_domain::export::utc_from_unix(t),
                    truce_domain::export::utc_from_unix(*first),
                    MAX_WITNESS_LAG / 3600
                );
            }
        }
        Ok(Report {
            entries: self.auditor.size(),
            checkpoint_size: size,
            cosigners: cp.cosigners.clone(),
            root,
            opened: 0,
            sealed: self.sealed,
            blobs: None,
            rules: None,
            offers: None,
            freshness: Vec::new(),
            log_time: self.time_at_checkpoint,
        })
    }
}

/// Audit a log in a store (data directory or database).
pub async fn verify_store(
    store: &dyn LogStore,
    log_key: Option<VerifierKey>,
    asked: &[Asked],
    quorum: usize,
    fold_rules: bool,
    offers: bool,
) -> Result<Report> {
    let witnesses: Vec<VerifierKey> = asked.iter().map(|a| a.key.clone()).collect();
    let witnesses = witnesses.as_slice();
    let log_key = match log_key {
        Some(k) => k,
        None => {
            let s = store
                .get_meta(truce_store::META_LOG_VKEY)
                .await?
                .ok_or_else(|| {
                    anyhow!("the store does not record its log key; pass --log-key VKEY")
                })?;
            crate::keys::parse_vkey(&s)?
        }
    };
    let (_, note) = store.latest_checkpoint().await?.ok_or_else(|| {
        anyhow!("the log has no signed checkpoint yet (start `truce serve` once)")
    })?;
    let cp = checkpoint::open(&note, &log_key, witnesses, quorum)
        .context("the latest checkpoint does not verify")?;
    let total = store.size().await?;
    let mut audit = Audit::new(log_key.clone(), cp.checkpoint.size, total);
    let verifier = log_key.clone();
    // The one fold of every entry, every rule: what the sequencer checked
    // when the act was taken, checked again (signatures are the audit's).
    let mut rules = (
        truce_ledger::authority::Authority::new(log_key),
        truce_domain::ProcessState::default(),
    );
    let mut start = 0;
    let mut opened = 0;
    let mut blobs = 0u64;
    let mut folded = 0u64;
    // The fold stops at the first entry it cannot take; the audit below
    // then names what is wrong with the ledger if that is what it is.
    let mut folding = fold_rules;
    let mut checked_offers = 0u64;
    let mut leaves: Vec<Hash> = Vec::with_capacity(total.min(1 << 24) as usize);
    while start < total {
        let end = (start + CHUNK).min(total);
        let entries = store.entries(start, end).await?;
        // Every sealed entry's stored opening must match its commitment.
        let mut openings: std::collections::HashMap<u64, Vec<u8>> =
            store.openings(start, end).await?.into_iter().collect();
        for e in &entries {
            let Ok(entry) = truce_ledger::entry::Entry::parse(&e.bytes) else {
                folding = false;
                continue; // the audit below names what is wrong with it
            };
            let opening = openings.remove(&e.index);
            let fail = |reason: String| AuditFailure {
                index: e.index,
                reason,
            };
            let body = truce_domain::disclosure::open(&entry.kind, &entry.body, opening.as_deref())
                .map_err(|err| {
                    fail(format!("its {} body and stored opening: {err}", entry.kind))
                })?;
            opened += u64::from(opening.is_some());
            // Every blob it names is stored and is what its hash says.
            let parsed = truce_domain::parse_event(&entry.kind, &body);
            let mut attached = None;
            if let Ok(Some(event)) = &parsed {
                for hash in event.blobs() {
                    let bytes = match truce_server::engine::parse_sha256(hash) {
                        Some(h) => store
                            .get_blob(&h)
                            .await
                            .map_err(|err| fail(format!("the content {hash} it names: {err}")))?,
                        None => None,
                    };
                    let Some(bytes) = bytes else {
                        return Err(
                            fail(format!("the content {hash} it names is not stored")).into()
                        );
                    };
                    use sha2::Digest as _;
                    if hex::encode(sha2::Sha256::digest(&bytes)) != *hash {
                        return Err(fail(format!(
                            "the stored content {hash} it names was altered"
                        ))
                        .into());
                    }
                    blobs += 1;
                    if event.needs_blob() == Some(hash) {
                        attached = Some(bytes);
                    }
                }
            }
            if folding {
                let kind = entry.kind.clone();
                let signer = entry.keyid.clone();
                let breaks = |rule: String| AuditFailure {
                    index: e.index,
                    reason: format!("{kind} signed by {signer} breaks a rule: {rule}"),
                };
                let mut event = parsed.map_err(|x| breaks(x.to_string()))?;
                if let (Some(ev), Some(bytes)) = (&mut event, &attached) {
                    ev.attach_blob(bytes).map_err(|x| breaks(x.to_string()))?;
                }
                if e.index != folded {
                    folding = false;
                    continue;
                }
                // The audit of the offers: every act the log takes was
                // among those its signer was offered just before.
                let not_offered = match (&event, offers) {
                    // The log's time and an invitee's enrolment are nobody's offer.
                    (
                        Some(
                            truce_domain::Event::Clock { .. }
                            | truce_domain::Event::MemberEnrolled { .. },
                        ),
                        _,
                    ) => None,
                    (Some(ev), true) => {
                        let registrar = rules.0.key(&signer).is_some_and(|r| r.may_register);
                        let act = truce_domain::Act {
                            index: e.index,
                            signer: &signer,
                            registrar,
                        };
                        checked_offers += 1;
                        rules.1.offered(&act, ev, 0).err()
                    }
                    _ => None,
                };
                match truce_domain::fold::step(
                    &mut rules.0,
                    &mut rules.1,
                    &truce_server::assets::Boundaries,
                    entry,
                    event,
                    truce_domain::fold::Signature::Trusted,
                ) {
                    Ok(()) if not_offered.is_some() => {
                        return Err(AuditFailure {
                            index: e.index,
                            reason: format!(
                                "{kind} signed by {signer} was admitted but not offered: {}",
                                not_offered.unwrap_or_default()
                            ),
                        }
                        .into());
                    }
                    Ok(()) => folded += 1,
                    // A ledger rule: the audit names it with its own words.
                    Err(truce_domain::fold::Refusal::Entry(_)) => folding = false,
                    Err(rule) => return Err(breaks(rule.to_string()).into()),
                }
            }
        }
        leaves.extend(entries.iter().map(|e| e.leaf_hash));
        let items: Vec<AuditItem> = entries
            .into_iter()
            .map(|e| AuditItem {
                index: e.index,
                bytes: e.bytes,
                stored_leaf: Some(e.leaf_hash),
            })
            .collect();
        if items.len() as u64 != end - start {
            let missing = (start..end)
                .find(|i| !items.iter().any(|e| e.index == *i))
                .unwrap_or(start);
            return Err(AuditFailure {
                index: missing,
                reason: "the entry is missing from the store".into(),
            }
            .into());
        }
        audit.feed(&items)?;
        start = end;
    }
    let mut report = audit.finish(&cp)?;
    report.opened = opened;
    report.blobs = Some(blobs);
    report.rules = fold_rules.then_some(folded);
    report.offers = (fold_rules && offers && folding).then_some(checked_offers);
    report.freshness = freshness(&cp, &verifier, store, asked, leaves).await?;
    Ok(report)
}

/// A witness to ask for its latest checkpoint of the log, and where.
pub struct Asked {
    pub key: VerifierKey,
    /// Its address, if the auditor gave one (`--witness VKEY@URL`).
    pub url: Option<String>,
}

/// Ask witnesses for the latest checkpoint they cosigned, and hold this copy
/// of the log against it: a witness that saw more entries than this copy
/// holds proves a rollback, one that saw another root at a size this copy
/// holds proves a fork. The auditor's witnesses (`flagged`) are asked, at
/// the address given or else the one the data directory records; with none
/// given, the witnesses the directory records (the operator's own record,
/// and said so). A witness that cannot be reached, answers older than the
/// checkpoint this copy holds, or disowns a cosignature it made
/// establishes nothing, and the report says so.
async fn freshness(
    cp: &VerifiedCheckpoint,
    log_key: &VerifierKey,
    store: &dyn LogStore,
    flagged: &[Asked],
    mut leaves: Vec<Hash>,
) -> Result<Vec<String>> {
    let mut recorded: Vec<(VerifierKey, String)> = Vec::new();
    let known = store.get_meta(truce_store::META_WITNESSES).await?;
    for line in known.as_deref().unwrap_or_default().lines() {
        if let Some((k, url)) = line.split_once(' ')
            && let Ok(k) = VerifierKey::parse(k)
        {
            recorded.push((k, url.to_owned()));
        }
    }
    let mut said = Vec::new();
    let mut peers: Vec<(VerifierKey, String, &str)> = Vec::new();
    if flagged.is_empty() {
        for (k, url) in recorded {
            peers.push((k, url, " (as the data directory records it)"));
        }
    } else {
        for a in flagged {
            match (&a.url, recorded.iter().find(|(k, _)| *k == a.key)) {
                (Some(url), _) => peers.push((a.key.clone(), url.clone(), "")),
                (None, Some((_, url))) => peers.push((
                    a.key.clone(),
                    url.clone(),
                    " (at the address the data directory records; give VKEY@URL to choose it)",
                )),
                (None, None) => said.push(format!(
                    "witness {} was not asked: no address for it (give --witness VKEY@URL)",
                    a.key.name()
                )),
            }
        }
    }
    let origin = cp.checkpoint.origin.as_str();
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(5))
        .build()?;
    let mut tree: Option<truce_ledger::merkle::MemoryTree> = None;
    for (key, url, whence) in peers {
        let name = key.name().to_owned();
        let answer = client
            .get(format!("{}/latest", url.trim_end_matches('/')))
            .query(&[("origin", origin)])
            .send()
            .await;
        let resp = match answer {
            Ok(r) => r,
            Err(e) => {
                said.push(format!(
                    "witness {name} at {url}{whence} could not be reached: {e}"
                ));
                continue;
            }
        };
        let status = resp.status();
        let text = resp.text().await.unwrap_or_default();
        let on_checkpoint = cp.cosigners.iter().any(|(id, _)| *id == key.id());
        if status == reqwest::StatusCode::NOT_FOUND {
            said.push(if on_checkpoint {
                format!(
                    "witness {name} at {url}{whence} says it cosigned nothing of this log, yet its cosignature is on the checkpoint: the address is not the witness's"
                )
            } else {
                format!("witness {name}{whence} has cosigned nothing of this log")
            });
            continue;
        }
        if !status.is_success() {
            said.push(format!("witness {name}{whence} answered HTTP {status}"));
            continue;
        }
        let theirs = match checkpoint::open(&text, log_key, std::slice::from_ref(&key), 1) {
            Ok(c) => c.checkpoint,
            Err(e) => {
                said.push(format!(
                    "witness {name}{whence} answered a checkpoint that does not verify: {e}"
                ));
                continue;
            }
        };
        if theirs.size < cp.checkpoint.size {
            said.push(format!(
                "witness {name}{whence} answered size {}, older than the checkpoint this copy holds ({}): a stale or replayed answer establishes nothing",
                theirs.size, cp.checkpoint.size
            ));
            continue;
        }
        if theirs.size > leaves.len() as u64 {
            // The log may have grown while it was audited: read on.
            let now = store.size().await?;
            if now >= theirs.size {
                let more = store.entries(leaves.len() as u64, theirs.size).await?;
                leaves.extend(more.iter().map(|e| leaf_hash(&e.bytes)));
                tree = None;
            }
        }
        let held = leaves.len() as u64;
        if theirs.size > held {
            bail!(
                "rollback: witness {name} cosigned this log at size {} but this copy holds only {held} entries (and a checkpoint at {}): it is behind what the witness saw, so entries were removed or this is an older copy; the witness's signed checkpoint:\n{text}",
                theirs.size,
                cp.checkpoint.size
            );
        }
        let tree = tree.get_or_insert_with(|| {
            let mut t = truce_ledger::merkle::MemoryTree::with_capacity(leaves.len());
            for l in &leaves {
                t.push(*l);
            }
            t
        });
        if tree.root_at(theirs.size).ok() != Some(theirs.root) {
            bail!(
                "fork: witness {name} cosigned this log at size {} with another root than this copy has: the log was rewritten; the witness's signed checkpoint:\n{text}",
                theirs.size
            );
        }
        said.push(format!(
            "fresh: witness {name}{whence} cosigned size {}, which this copy holds",
            theirs.size
        ));
    }
    Ok(said)
}

/// Audit a remote log through its `tlog-tiles` API.
pub async fn verify_url(
    url: &str,
    log_key: VerifierKey,
    witnesses: &[VerifierKey],
    quorum: usize,
) -> Result<Report> {
    let base = url.trim_end_matches('/').to_owned();
    let client = reqwest::Client::new();
    let note = fetch(&client, &format!("{base}/checkpoint")).await?;
    let note = String::from_utf8(note).context("the checkpoint is not UTF-8")?;
    let cp = checkpoint::open(&note, &log_key, witnesses, quorum)
        .context("the checkpoint does not verify")?;
    let size = cp.checkpoint.size;
    let mut audit = Audit::new(log_key, size, size);
    let bundles = size.div_ceil(TILE_WIDTH);
    let mut index = 0u64;
    use futures_util::StreamExt as _;
    let mut stream = futures_util::stream::iter(0..bundles)
        .map(|n| {
            let width = (size - n * TILE_WIDTH).min(TILE_WIDTH);
            let path = TilePath {
                kind: TileKind::Entries,
                index: n,
                width,
            }
            .to_path();
            let (client, u) = (client.clone(), format!("{base}/tile/{path}"));
            async move { (n, width, fetch(&client, &u).await) }
        })
        .buffered(8);
    let mut pending: Vec<AuditItem> = Vec::new();
    while let Some((n, width, body)) = stream.next().await {
        let entries = tiles::decode_bundle(&body?).map_err(|e| anyhow!("entry bundle {n}: {e}"))?;
        if entries.len() as u64 != width {
            bail!(
                "entry bundle {n} holds {} entries, expected {width}",
                entries.len()
            );
        }
        for bytes in entries {
            pending.push(AuditItem {
                index,
                bytes,
                stored_leaf: None,
            });
            index += 1;
        }
        if pending.len() as u64 >= CHUNK {
            audit.feed(&pending)?;
            pending.clear();
        }
    }
    audit.feed(&pending)?;
    audit.finish(&cp)
}

async fn fetch(client: &reqwest::Client, url: &str) -> Result<Vec<u8>> {
    let resp = truce_server::http::pace::send_paced(|| client.get(url))
        .await
        .with_context(|| format!("GET {url}"))?;
    let status = resp.status();
    let body = resp.bytes().await?;
    if !status.is_success() {
        bail!(
            "GET {url}: HTTP {status}: {}",
            String::from_utf8_lossy(&body).trim()
        );
    }
    Ok(body.to_vec())
}
