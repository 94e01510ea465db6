//! The pusher: hands each published checkpoint, and the entries up to it,
//! to the mirrors named in the configuration over C2SP `tlog-mirror`
//! (`add-checkpoint`, then `add-entries` in packages of 256 with subtree
//! consistency proofs). A mirror answers with its cosignature once it has
//! stored everything; the pusher checks it against the mirror's key and
//! adds it to the published checkpoint, so a reader can see which mirrors
//! hold the log as far as it goes.
//!
//! A mirror that is down or refuses is retried on the next checkpoint, or
//! after [`RETRY`]; it never holds up the log.

use super::{Log, Published, WitnessPeer};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use std::sync::Arc;
use std::time::Duration;
use truce_ledger::checkpoint;
use truce_ledger::mirror_wire::{self, MIRROR_INFO, MirrorInfo};
use truce_ledger::note::SignatureLine;
use truce_ledger::subtree;

/// How long to wait before pushing again to a mirror that failed.
pub const RETRY: Duration = Duration::from_secs(5);
/// Most bytes of entries in one `add-entries` request (a prefix of the
/// canonical sequence; the mirror says where to go on).
const MAX_REQUEST_BYTES: usize = 8 << 20;
/// Most requests in one push (8,192 entries each at most).
const MAX_REQUESTS: usize = 100_000;
/// Longest one push may take before it is given up and tried again.
const MAX_PUSH: Duration = Duration::from_secs(600);

/// Push to every mirror, each from a task of its own, so a slow or hostile
/// mirror holds up only itself.
pub async fn run(log: Arc<Log>, mirrors: Vec<WitnessPeer>) {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .expect("HTTP client");
    let tasks: Vec<_> = mirrors
        .into_iter()
        .map(|m| tokio::spawn(follow(log.clone(), client.clone(), m)))
        .collect();
    for t in tasks {
        let _ = t.await;
    }
}

async fn follow(log: Arc<Log>, client: reqwest::Client, mirror: WitnessPeer) {
    // The pending size the mirror last told of, and the size it last cosigned.
    let mut known: Option<u64> = None;
    let mut done = 0u64;
    let mut rx = log.watch_published();
    loop {
        let mut failed = false;
        if let Some(published) = log.published()
            && published.checkpoint.size > done
        {
            let size = published.checkpoint.size;
            let pushed = tokio::time::timeout(
                MAX_PUSH,
                push(&log, &client, &mirror, &published, &mut known),
            )
            .await
            .unwrap_or_else(|_| Err(format!("no answer within {} s", MAX_PUSH.as_secs())));
            match pushed {
                Ok(line) => {
                    done = size;
                    let mut p = log.published.write().expect("lock");
                    if let Some(p) = p.as_mut()
                        && p.checkpoint.size == size
                    {
                        p.note.add_signature(line);
                    }
                }
                Err(e) => {
                    failed = true;
                    known = None;
                    tracing::warn!("mirror {} did not take size {size}: {e}", mirror.key.id());
                }
            }
        }
        let wait = rx.changed();
        if failed {
            let _ = tokio::time::timeout(RETRY, wait).await;
        } else if wait.await.is_err() {
            return;
        }
    }
}

/// Push `published` to one mirror; its verified cosignature line.
async fn push(
    log: &Log,
    client: &reqwest::Client,
    mirror: &WitnessPeer,
    published: &Published,
    known: &mut Option<u64>,
) -> Result<SignatureLine, String> {
    let base = mirror.url.trim_end_matches('/');
    let size = published.checkpoint.size;
    let note = published.note.to_string();
    // 1. The pending checkpoint, from what the mirror last said it holds.
    for _ in 0..2 {
        let old = known.unwrap_or(0);
        if old > size {
            return Err(format!(
                "the mirror holds size {old}, beyond this log's {size}"
            ));
        }
        let proof = if old == 0 || old == size {
            Vec::new()
        } else {
            log.with_tree(|t| t.consistency_proof(old, size))
                .map_err(|e| e.to_string())?
        };
        let mut body = format!("old {old}\n");
        for h in &proof {
            body.push_str(&B64.encode(h));
            body.push('\n');
        }
        body.push('\n');
        body.push_str(&note);
        let resp = client
            .post(format!("{base}/add-checkpoint"))
            .body(body)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let status = resp.status();
        let text = resp.text().await.unwrap_or_default();
        match status.as_u16() {
            200 => {
                *known = Some(size);
                break;
            }
            409 => {
                let theirs = text.trim().parse::<u64>().map_err(|_| {
                    format!("add-checkpoint: 409 without a size: {:?}", text.trim())
                })?;
                if theirs == old {
                    return Err(format!("add-checkpoint refused at size {old}: {text}"));
                }
                *known = Some(theirs);
            }
            _ => return Err(format!("add-checkpoint: HTTP {status}: {}", text.trim())),
        }
    }
    if *known != Some(size) {
        return Err("the mirror did not take the checkpoint".into());
    }
    // 2. The entries: a header-only request says where the mirror is.
    let mut start = size;
    for _ in 0..MAX_REQUESTS {
        let body = entries_body(log, size, start).await?;
        let resp = client
            .post(format!("{base}/add-entries"))
            .header("Content-Type", "application/octet-stream")
            .body(body)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let status = resp.status();
        let is_info = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with(MIRROR_INFO));
        let text = resp.text().await.unwrap_or_default();
        match status.as_u16() {
            200 => return verify_cosignature(log, mirror, published, &text),
            202 | 409 if is_info => {
                let info = MirrorInfo::parse(&text)
                    .ok_or_else(|| format!("add-entries: a malformed answer {text:?}"))?;
                if info.size != size {
                    return Err(format!(
                        "add-entries: the mirror's pending size is {}, not {size}",
                        info.size
                    ));
                }
                if info.next > size {
                    return Err(format!(
                        "the mirror holds {} entries, beyond {size}",
                        info.next
                    ));
                }
                // A 202 must move on (the mirror stored something); a 409
                // says where to start, once.
                if (status.as_u16() == 202 && info.next <= start)
                    || (status.as_u16() == 409 && info.next == start)
                {
                    return Err(format!(
                        "add-entries: HTTP {status} at {start} without progress (next {})",
                        info.next
                    ));
                }
                start = info.next;
            }
            _ => return Err(format!("add-entries: HTTP {status}: {}", text.trim())),
        }
    }
    Err("add-entries did not finish".into())
}

/// An `add-entries` body for `[start, size)`: the header, then as many
/// packages as fit in [`MAX_REQUEST_BYTES`] (at least one), at most 32.
async fn entries_body(log: &Log, size: u64, start: u64) -> Result<Vec<u8>, String> {
    let header = mirror_wire::Header {
        origin: log.origin().to_owned(),
        upload_start: start,
        upload_end: size,
        ticket: Vec::new(),
    };
    let mut body = header
        .encode()
        .ok_or_else(|| "the origin is too long".to_string())?;
    for p in mirror_wire::packages(start, size).take(mirror_wire::MAX_PACKAGES_PER_REQUEST) {
        if body.len() >= MAX_REQUEST_BYTES {
            break;
        }
        let rows = log
            .store
            .entries(p.start, p.end)
            .await
            .map_err(|e| e.to_string())?;
        let proof = log
            .with_tree(|t| subtree::consistency_proof(t, p.subtree_start, p.end, size))
            .map_err(|e| e.to_string())?;
        let package = mirror_wire::encode_package(rows.iter().map(|r| r.bytes.as_slice()), &proof)
            .ok_or_else(|| format!("an entry in [{}, {}) is too long to push", p.start, p.end))?;
        body.extend_from_slice(&package);
    }
    Ok(body)
}

/// The mirror's cosignature on `published`, checked against its key.
fn verify_cosignature(
    log: &Log,
    mirror: &WitnessPeer,
    published: &Published,
    text: &str,
) -> Result<SignatureLine, String> {
    for line in text.lines().filter(|l| !l.is_empty()) {
        let Ok(sig) = SignatureLine::parse(line) else {
            continue;
        };
        let mut note = published.note.clone();
        note.signatures
            .retain(|s| s.key_id != sig.key_id || s.name != sig.name);
        note.add_signature(sig.clone());
        if checkpoint::open(
            &note.to_string(),
            &log.log_key.verifier(),
            std::slice::from_ref(&mirror.key),
            1,
        )
        .is_ok()
        {
            return Ok(sig);
        }
    }
    Err(format!(
        "the mirror answered without a valid cosignature of {}: {text:?}",
        mirror.key.id()
    ))
}
