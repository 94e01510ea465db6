//! The checkpointer: signs the tree head with the log key and gathers
//! cosignatures over C2SP `tlog-witness`, publishing a checkpoint once the
//! quorum has cosigned it.

use super::{Log, Published, WitnessPeer};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a log stays idle before it writes its time anyway (a
/// `log.time` entry, cosigned like any other): a mirror calls a checkpoint
/// stale after an hour, and `truce verify` lets the log's time trail its
/// cosignatures by at most a day.
pub const HEARTBEAT: Duration = Duration::from_secs(600);
use truce_domain::ProcessState;
use truce_ledger::checkpoint::Checkpoint;
use truce_ledger::note::Note;

pub(super) async fn run(log: Arc<Log>, interval: Duration) {
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
        // The checkpoint covers what the domain has folded, so it carries
        // the state at exactly its size (the tree may be a batch ahead).
        let (size, state) = log.snapshot_sized();
        let root = log.with_tree(|t| t.root_at(size));
        if let Ok(root) = root
            && size > signed_size
        {
            let checkpoint = Checkpoint {
                origin: log.origin().to_owned(),
                size,
                root,
            };
            match checkpoint.sign(&log.log_key) {
                Ok(note) => {
                    // Until a quorum cosigns, the same size is retried every interval.
                    if publish_round(&log, &client, &mut witness_sizes, checkpoint, note, state)
                        .await
                    {
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
        if log.size() <= signed_size && log.published().is_some() {
            match tokio::time::timeout(log.heartbeat_every(), size_rx.changed()).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) => return,
                // Idle this long: the log writes its time, which makes a new
                // checkpoint for the witnesses to cosign. Its time and its
                // cosignatures stay fresh, so nobody mistakes an idle log
                // for one that stopped or fell behind.
                Err(_) => log.heartbeat.notify_one(),
            }
        }
    }
}

async fn publish_round(
    log: &Log,
    client: &reqwest::Client,
    witness_sizes: &mut [Option<u64>],
    checkpoint: Checkpoint,
    mut note: Note,
    state: Arc<ProcessState>,
) -> bool {
    let store_and_publish = |note: &Note| {
        *log.published.write().expect("lock") = Some(Published {
            checkpoint: checkpoint.clone(),
            note: note.clone(),
            state: Some(state.clone()),
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
