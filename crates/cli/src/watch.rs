//! `truce watch`: a party's light monitor of its own view of the log. It
//! keeps no replica, only the largest cosigned checkpoint it has been shown
//! (in a state file), and holds every new one against it, as the web UI's
//! log watch does: the log's signature and the witness quorum first, then
//! the same size with another root is a fork, a smaller size a rollback,
//! and a larger one must come with a consistency proof from the log that
//! binds the root it remembers to the new one. When the proof binds
//! another root, the log has rewritten what this party saw, and the proof
//! itself is the evidence. Each alarm is written as an evidence file
//! (`truce verify-evidence` checks it offline) and ends the command with
//! a non-zero status.

use anyhow::{Context, Result, bail};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use std::path::{Path, PathBuf};
use std::time::Duration;
use truce_ledger::Hash;
use truce_ledger::checkpoint;
use truce_ledger::evidence::{Consistency, Evidence};
use truce_ledger::merkle;
use truce_ledger::note::VerifierKey;

pub struct Watch {
    pub url: String,
    pub log_key: VerifierKey,
    pub witnesses: Vec<VerifierKey>,
    pub quorum: usize,
    /// The checkpoint remembered (its signed note, as served).
    pub state: PathBuf,
    /// Where evidence files go.
    pub evidence_dir: PathBuf,
}

/// What one look found.
#[derive(Debug)]
pub enum Look {
    First(u64),
    Same(u64),
    Extends {
        from: u64,
        to: u64,
    },
    /// An alarm: its evidence file.
    Alarm(PathBuf),
}

impl Watch {
    /// Look at the log's checkpoint once.
    pub async fn look(&self) -> Result<Look> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()?;
        let base = self.url.trim_end_matches('/');
        let text = client
            .get(format!("{base}/checkpoint"))
            .send()
            .await?
            .error_for_status()?
            .text()
            .await?;
        let new = checkpoint::open(&text, &self.log_key, &self.witnesses, self.quorum)
            .with_context(|| format!("the checkpoint {base} serves proves nothing"))?
            .checkpoint;
        let seen_text = match std::fs::read_to_string(&self.state) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                self.remember(&text)?;
                return Ok(Look::First(new.size));
            }
            Err(e) => return Err(e).with_context(|| format!("reading {}", self.state.display())),
        };
        let seen = checkpoint::open(&seen_text, &self.log_key, &self.witnesses, self.quorum)
            .with_context(|| format!("the checkpoint remembered in {}", self.state.display()))?
            .checkpoint;
        if new.size == seen.size {
            if new.root == seen.root {
                self.remember(&text)?;
                return Ok(Look::Same(new.size));
            }
            let summary = format!("two checkpoints of size {} with different roots", new.size);
            return self.alarm("fork", summary, vec![seen_text, text], None);
        }
        if new.size < seen.size {
            let summary = format!(
                "the log served size {} after size {}: {} entries rolled back",
                new.size,
                seen.size,
                seen.size - new.size
            );
            return self.alarm("rollback", summary, vec![seen_text, text], None);
        }
        #[derive(serde::Deserialize)]
        struct Proof {
            old_root: String,
            proof: Vec<String>,
        }
        let p: Proof = client
            .get(format!(
                "{base}/api/v1/proofs/consistency?old={}&new={}",
                seen.size, new.size
            ))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await
            .context("the log's consistency proof")?;
        let hash = |s: &str| -> Result<Hash> {
            B64.decode(s)
                .ok()
                .and_then(|b| Hash::try_from(b).ok())
                .context("a hash in the consistency proof is not base64 SHA-256")
        };
        let old_root = hash(&p.old_root)?;
        let proof = p
            .proof
            .iter()
            .map(|h| hash(h))
            .collect::<Result<Vec<_>>>()?;
        if merkle::verify_consistency(seen.size, new.size, &proof, &old_root, &new.root).is_err() {
            bail!(
                "the log's consistency proof from size {} to {} does not verify: it has not shown that its new tree extends the one remembered (try again; if it persists, it cannot)",
                seen.size,
                new.size
            );
        }
        if old_root != seen.root {
            // The new tree, by the log's own proof, holds another tree at
            // the size remembered: history rewritten.
            let summary = format!(
                "the log's tree of size {} does not extend the tree of size {} it showed before",
                new.size, seen.size
            );
            let consistency = Consistency {
                root: p.old_root,
                proof: p.proof,
            };
            return self.alarm(
                "inconsistent",
                summary,
                vec![seen_text, text],
                Some(consistency),
            );
        }
        self.remember(&text)?;
        Ok(Look::Extends {
            from: seen.size,
            to: new.size,
        })
    }

    /// Keep `text` as the checkpoint seen (written whole, then renamed).
    fn remember(&self, text: &str) -> Result<()> {
        write_atomically(&self.state, text)
    }

    fn alarm(
        &self,
        kind: &str,
        summary: String,
        checkpoints: Vec<String>,
        consistency: Option<Consistency>,
    ) -> Result<Look> {
        let evidence = Evidence {
            truce_evidence: 1,
            kind: kind.to_owned(),
            origin: self.log_key.name().to_owned(),
            detected_at: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            summary: summary.clone(),
            checkpoints,
            consistency,
            entry: None,
        };
        std::fs::create_dir_all(&self.evidence_dir)
            .with_context(|| format!("creating {}", self.evidence_dir.display()))?;
        let path = self
            .evidence_dir
            .join(format!("{kind}-{}.json", evidence.detected_at));
        write_atomically(&path, &evidence.to_json())?;
        eprintln!(
            "ALARM {kind}: {summary}\n  evidence: {} (check it with truce verify-evidence)",
            path.display()
        );
        Ok(Look::Alarm(path))
    }
}

fn write_atomically(path: &Path, text: &str) -> Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, text)
        .and_then(|()| std::fs::rename(&tmp, path))
        .with_context(|| format!("writing {}", path.display()))
}
