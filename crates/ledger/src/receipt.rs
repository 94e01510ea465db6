//! C2SP `tlog-proof` (`c2sp.org/tlog-proof@v1`): a self-contained,
//! offline-verifiable receipt that an entry is in the log, made of the entry
//! index, its inclusion proof and the (cosigned) checkpoint.

use crate::checkpoint::{self, CheckpointError, VerifiedCheckpoint};
use crate::merkle::{self, Hash, ProofError};
use crate::note::VerifierKey;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use thiserror::Error;

pub const HEADER: &str = "c2sp.org/tlog-proof@v1";

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ReceiptError {
    #[error("malformed tlog-proof: {0}")]
    Format(&'static str),
    #[error(transparent)]
    Checkpoint(#[from] CheckpointError),
    #[error("the inclusion proof does not verify: {0}")]
    Proof(#[from] ProofError),
}

/// A parsed tlog-proof.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub extra: Option<Vec<u8>>,
    pub index: u64,
    pub proof: Vec<Hash>,
    /// The checkpoint note, verbatim.
    pub checkpoint: String,
}

impl Receipt {
    pub fn to_text(&self) -> String {
        let mut s = format!("{HEADER}\n");
        if let Some(extra) = &self.extra {
            s.push_str(&format!("extra {}\n", B64.encode(extra)));
        }
        s.push_str(&format!("index {}\n", self.index));
        for h in &self.proof {
            s.push_str(&B64.encode(h));
            s.push('\n');
        }
        s.push('\n');
        s.push_str(&self.checkpoint);
        s
    }

    pub fn parse(text: &str) -> Result<Self, ReceiptError> {
        let rest = text
            .strip_prefix(HEADER)
            .and_then(|r| r.strip_prefix('\n'))
            .ok_or(ReceiptError::Format(
                "the first line must be c2sp.org/tlog-proof@v1",
            ))?;
        let (head, checkpoint) = rest
            .split_once("\n\n")
            .ok_or(ReceiptError::Format("no empty line before the checkpoint"))?;
        let mut lines = head.split('\n').peekable();
        let mut extra = None;
        if let Some(l) = lines.peek().and_then(|l| l.strip_prefix("extra ")) {
            extra = Some(
                B64.decode(l)
                    .map_err(|_| ReceiptError::Format("extra is not base64"))?,
            );
            lines.next();
        }
        let index = lines
            .next()
            .and_then(|l| l.strip_prefix("index "))
            .filter(|d| {
                !d.is_empty()
                    && d.bytes().all(|b| b.is_ascii_digit())
                    && (d.len() == 1 || !d.starts_with('0'))
            })
            .and_then(|d| d.parse().ok())
            .ok_or(ReceiptError::Format("missing or malformed index line"))?;
        let mut proof = Vec::new();
        for l in lines {
            let h: Hash =
                B64.decode(l)
                    .ok()
                    .and_then(|h| h.try_into().ok())
                    .ok_or(ReceiptError::Format(
                        "a proof line is not a base64 SHA-256 hash",
                    ))?;
            proof.push(h);
        }
        Ok(Self {
            extra,
            index,
            proof,
            checkpoint: checkpoint.to_owned(),
        })
    }

    /// Verify that `entry` is at this receipt's index under a checkpoint signed
    /// by `log_key` and cosigned by `quorum` of `witnesses`.
    pub fn verify(
        &self,
        entry: &[u8],
        log_key: &VerifierKey,
        witnesses: &[VerifierKey],
        quorum: usize,
    ) -> Result<VerifiedCheckpoint, ReceiptError> {
        let cp = checkpoint::open(&self.checkpoint, log_key, witnesses, quorum)?;
        merkle::verify_inclusion(
            self.index,
            cp.checkpoint.size,
            &merkle::leaf_hash(entry),
            &self.proof,
            &cp.checkpoint.root,
        )?;
        Ok(cp)
    }
}
