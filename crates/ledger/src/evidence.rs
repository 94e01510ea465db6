//! Evidence of a log's misbehaviour that a third party checks offline, with
//! nothing but the log's public key (and the witnesses', for a rollback).
//!
//! A mirror writes one when it sees:
//! - **fork**: two checkpoints the log signed of the same size with
//!   different roots;
//! - **inconsistent**: a checkpoint whose tree does not extend an earlier
//!   one's. The evidence carries both, the root at the smaller size that the
//!   larger tree commits to, and the consistency proof binding that root to
//!   the larger checkpoint; that root differs from the smaller checkpoint's;
//! - **rollback**: a checkpoint smaller than one already seen, served after
//!   it. The witnesses' cosignature timestamps date both, so the order is
//!   proven when they are given;
//! - **rule**: an entry the ledger's rules refuse, with its inclusion proof
//!   in a signed checkpoint;
//! - **stale** and **quorum**: the latest checkpoint the log served and what
//!   was wrong with it (too old; too few cosignatures). These record what
//!   the mirror saw; they prove that the log signed that checkpoint, not
//!   when the mirror saw it.
//!
//! JSON, base64 for hashes and entry bytes; [`Evidence::check`] says what the
//! file proves or why it proves nothing. A fork and an inconsistent tree are
//! proven by the log's own signatures; a rollback is proven only when one
//! witness's clock dates the smaller checkpoint later; for the rest the file
//! proves that the log signed what it holds, and the rest is the mirror's
//! report ("observed").

use crate::checkpoint::{self, VerifiedCheckpoint};
use crate::merkle::{self, Hash, leaf_hash};
use crate::note::VerifierKey;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};

/// The kinds of evidence.
pub const KINDS: &[&str] = &[
    "fork",
    "inconsistent",
    "rollback",
    "rule",
    "stale",
    "quorum",
];

/// One piece of evidence.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The format, 1.
    pub truce_evidence: u32,
    /// One of [`KINDS`].
    pub kind: String,
    /// The log's origin.
    pub origin: String,
    /// When the mirror saw it (its own clock, unix seconds).
    pub detected_at: u64,
    /// What went wrong, in words.
    pub summary: String,
    /// The signed checkpoints, the one seen first first.
    pub checkpoints: Vec<String>,
    /// For `inconsistent`: the consistency proof from the first
    /// checkpoint's size to the second's, and the root at the first size
    /// that it binds to the second checkpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consistency: Option<Consistency>,
    /// For `rule`: the entry and its inclusion proof in the first checkpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<EntryProof>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Consistency {
    /// The root at the smaller size that the larger tree commits to.
    pub root: String,
    pub proof: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct EntryProof {
    pub index: u64,
    /// The entry's bytes, base64.
    pub bytes: String,
    pub inclusion: Vec<String>,
    /// The rule it breaks.
    pub reason: String,
}

/// Why a file proves nothing.
#[derive(Debug, thiserror::Error)]
pub enum EvidenceError {
    #[error("not Truce evidence: {0}")]
    Format(String),
    #[error("checkpoint {n}: {source}")]
    Checkpoint {
        n: usize,
        source: checkpoint::CheckpointError,
    },
    #[error("{0}")]
    NotProven(String),
}

fn hash_of(b64: &str) -> Result<Hash, EvidenceError> {
    B64.decode(b64)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| EvidenceError::Format(format!("{b64:?} is not a base64 SHA-256")))
}

impl Evidence {
    pub fn parse(text: &str) -> Result<Self, EvidenceError> {
        let e: Evidence =
            serde_json::from_str(text).map_err(|e| EvidenceError::Format(e.to_string()))?;
        if e.truce_evidence != 1 || !KINDS.contains(&e.kind.as_str()) {
            return Err(EvidenceError::Format(format!(
                "format {} kind {:?}",
                e.truce_evidence, e.kind
            )));
        }
        Ok(e)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Open every checkpoint against the log key, with the cosignatures of
    /// `witnesses` (any number: none are required here).
    fn opened(
        &self,
        log_key: &VerifierKey,
        witnesses: &[VerifierKey],
    ) -> Result<Vec<VerifiedCheckpoint>, EvidenceError> {
        self.checkpoints
            .iter()
            .enumerate()
            .map(|(n, text)| {
                checkpoint::open(text, log_key, witnesses, 0)
                    .map_err(|source| EvidenceError::Checkpoint { n, source })
            })
            .collect()
    }

    /// Check what the evidence proves, offline: every checkpoint is signed
    /// by the log, and the claim of its kind holds. The answer says in
    /// words what is proven.
    pub fn check(
        &self,
        log_key: &VerifierKey,
        witnesses: &[VerifierKey],
    ) -> Result<String, EvidenceError> {
        let cps = self.opened(log_key, witnesses)?;
        let need = |n: usize| {
            if cps.len() < n {
                Err(EvidenceError::Format(format!(
                    "a {} needs {n} checkpoints",
                    self.kind
                )))
            } else {
                Ok(())
            }
        };
        let origin = log_key.name();
        match self.kind.as_str() {
            "fork" => {
                need(2)?;
                let (a, b) = (&cps[0].checkpoint, &cps[1].checkpoint);
                if a.size != b.size || a.root == b.root {
                    return Err(EvidenceError::NotProven(format!(
                        "the checkpoints are of sizes {} and {} with {} roots: no fork",
                        a.size,
                        b.size,
                        if a.root == b.root {
                            "equal"
                        } else {
                            "different"
                        }
                    )));
                }
                Ok(format!(
                    "proven: log {origin} signed two different trees of size {}",
                    a.size
                ))
            }
            "inconsistent" => {
                need(2)?;
                let (small, large) = if cps[0].checkpoint.size <= cps[1].checkpoint.size {
                    (&cps[0].checkpoint, &cps[1].checkpoint)
                } else {
                    (&cps[1].checkpoint, &cps[0].checkpoint)
                };
                let c = self
                    .consistency
                    .as_ref()
                    .ok_or_else(|| EvidenceError::Format("no consistency proof".into()))?;
                let root = hash_of(&c.root)?;
                let proof = c
                    .proof
                    .iter()
                    .map(|h| hash_of(h))
                    .collect::<Result<Vec<_>, _>>()?;
                merkle::verify_consistency(small.size, large.size, &proof, &root, &large.root)
                    .map_err(|e| {
                        EvidenceError::NotProven(format!(
                            "the proof does not bind the root to the larger checkpoint: {e}"
                        ))
                    })?;
                if root == small.root {
                    return Err(EvidenceError::NotProven(
                        "the larger tree extends the smaller one: no inconsistency".into(),
                    ));
                }
                Ok(format!(
                    "proven: log {origin} signed a tree of size {} that does not extend the tree of size {} it signed",
                    large.size, small.size
                ))
            }
            "rollback" => {
                need(2)?;
                let (first, then) = (&cps[0], &cps[1]);
                if then.checkpoint.size >= first.checkpoint.size {
                    return Err(EvidenceError::NotProven(
                        "the second checkpoint is not smaller than the first".into(),
                    ));
                }
                let (n, m) = (first.checkpoint.size, then.checkpoint.size);
                // Only one witness's own clock orders two checkpoints: the
                // same witness cosigned the smaller one later.
                let later = first.cosigners.iter().find_map(|(w, a)| {
                    then.cosigners
                        .iter()
                        .find(|(v, b)| v == w && b > a)
                        .map(|(_, b)| (w, *a, *b))
                });
                Ok(match later {
                    Some((w, a, b)) => format!(
                        "proven: log {origin} had size {n}, cosigned by {w} at {a}, and then size {m}, cosigned by {w} later, at {b}: a rollback"
                    ),
                    None => format!(
                        "observed: log {origin} signed a tree of size {n} (proven); the mirror reports that it then served size {m}, which is a rollback to whoever is shown it as the latest (no witness given dates it later)"
                    ),
                })
            }
            "rule" => {
                need(1)?;
                let cp = &cps[0].checkpoint;
                let e = self
                    .entry
                    .as_ref()
                    .ok_or_else(|| EvidenceError::Format("no entry".into()))?;
                let bytes = B64
                    .decode(&e.bytes)
                    .map_err(|x| EvidenceError::Format(format!("entry bytes: {x}")))?;
                let proof = e
                    .inclusion
                    .iter()
                    .map(|h| hash_of(h))
                    .collect::<Result<Vec<_>, _>>()?;
                merkle::verify_inclusion(e.index, cp.size, &leaf_hash(&bytes), &proof, &cp.root)
                    .map_err(|x| {
                        EvidenceError::NotProven(format!(
                            "the entry is not proven to be in the log: {x}"
                        ))
                    })?;
                Ok(format!(
                    "observed: entry {} is in log {origin} at size {} (proven by its inclusion proof); the mirror reports that it breaks a rule: {} (replay the log with `truce verify --url` to see it refused)",
                    e.index, cp.size, e.reason
                ))
            }
            "quorum" => {
                need(1)?;
                let c = &cps[0];
                Ok(format!(
                    "observed: log {origin} signed a checkpoint of size {} carrying {} cosignature(s) of the {} witness(es) given (proven); the mirror reports that the log served it short of its quorum",
                    c.checkpoint.size,
                    c.cosigners.len(),
                    witnesses.len()
                ))
            }
            _ => {
                need(1)?;
                let c = &cps[0];
                let newest = c.cosigners.iter().map(|(_, t)| *t).max();
                Ok(format!(
                    "observed: log {origin} signed a checkpoint of size {} whose newest cosignature of the witnesses given is {} (proven); the mirror reports that the log still served it at {}",
                    c.checkpoint.size,
                    newest.map_or("none".to_owned(), |t| format!("from {t}")),
                    self.detected_at
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkpoint::Checkpoint;
    use crate::note::{ALG_ED25519, SignerKey};

    const ORIGIN: &str = "evidence.test/log";

    fn log_key() -> SignerKey {
        SignerKey::from_seed(ORIGIN, ALG_ED25519, [1; 32]).unwrap()
    }

    fn tree(leaves: &[&[u8]]) -> MemoryTree {
        let mut t = MemoryTree::new();
        for l in leaves {
            t.push(leaf_hash(l));
        }
        t
    }

    fn signed(t: &MemoryTree, size: u64) -> String {
        Checkpoint {
            origin: ORIGIN.into(),
            size,
            root: t.root_at(size).unwrap(),
        }
        .sign(&log_key())
        .unwrap()
        .to_string()
    }

    fn evidence(kind: &str, checkpoints: Vec<String>) -> Evidence {
        Evidence {
            truce_evidence: 1,
            kind: kind.into(),
            origin: ORIGIN.into(),
            detected_at: 0,
            summary: String::new(),
            checkpoints,
            consistency: None,
            entry: None,
        }
    }

    use crate::merkle::MemoryTree;

    #[test]
    fn a_fork_is_two_roots_of_one_size() {
        let (a, b) = (tree(&[b"1", b"2", b"3"]), tree(&[b"1", b"2", b"x"]));
        let vk = log_key().verifier();
        let fork = evidence("fork", vec![signed(&a, 3), signed(&b, 3)]);
        let said = Evidence::parse(&fork.to_json())
            .unwrap()
            .check(&vk, &[])
            .unwrap();
        assert!(
            said.starts_with("proven: log evidence.test/log signed two different trees of size 3")
        );
        let same = evidence("fork", vec![signed(&a, 3), signed(&a, 3)]);
        assert!(matches!(
            same.check(&vk, &[]),
            Err(EvidenceError::NotProven(_))
        ));
        // Another key's checkpoints prove nothing about this log.
        let other = SignerKey::from_seed(ORIGIN, ALG_ED25519, [2; 32]).unwrap();
        assert!(matches!(
            fork.check(&other.verifier(), &[]),
            Err(EvidenceError::Checkpoint { .. })
        ));
    }

    #[test]
    fn an_inconsistent_tree_is_proven_by_the_larger_trees_own_proof() {
        let large = tree(&[b"1", b"2", b"3", b"4"]);
        let forked = tree(&[b"1", b"2", b"x"]);
        let vk = log_key().verifier();
        let consistency = |t: &MemoryTree| Consistency {
            root: B64.encode(t.root_at(3).unwrap()),
            proof: t
                .consistency_proof(3, 4)
                .unwrap()
                .iter()
                .map(|h| B64.encode(h))
                .collect(),
        };
        let mut e = evidence("inconsistent", vec![signed(&forked, 3), signed(&large, 4)]);
        e.consistency = Some(consistency(&large));
        assert!(e.check(&vk, &[]).unwrap().contains("does not extend"));
        // A proof that does not bind its root to the larger checkpoint.
        let mut forged = e.clone();
        forged.consistency = Some(Consistency {
            root: B64.encode(forked.root_at(3).unwrap()),
            ..consistency(&large)
        });
        assert!(matches!(
            forged.check(&vk, &[]),
            Err(EvidenceError::NotProven(_))
        ));
        // An honest pair: the larger tree extends the smaller one.
        let mut honest = evidence("inconsistent", vec![signed(&large, 3), signed(&large, 4)]);
        honest.consistency = Some(consistency(&large));
        assert!(matches!(
            honest.check(&vk, &[]),
            Err(EvidenceError::NotProven(_))
        ));
    }

    #[test]
    fn a_rule_breaking_entry_is_proven_to_be_in_the_log() {
        let t = tree(&[b"1", b"bad entry", b"3"]);
        let vk = log_key().verifier();
        let proof = |bytes: &[u8]| EntryProof {
            index: 1,
            bytes: B64.encode(bytes),
            inclusion: t
                .inclusion_proof(1, 3)
                .unwrap()
                .iter()
                .map(|h| B64.encode(h))
                .collect(),
            reason: "an unknown key".into(),
        };
        let mut e = evidence("rule", vec![signed(&t, 3)]);
        e.entry = Some(proof(b"bad entry"));
        assert!(
            e.check(&vk, &[])
                .unwrap()
                .starts_with("observed: entry 1 is in log")
        );
        e.entry = Some(proof(b"another entry"));
        assert!(matches!(
            e.check(&vk, &[]),
            Err(EvidenceError::NotProven(_))
        ));
        assert!(matches!(
            Evidence::parse(r#"{"truce_evidence":2}"#),
            Err(EvidenceError::Format(_))
        ));
    }

    #[test]
    fn a_rollback_is_proven_only_by_one_witness_dating_the_smaller_tree_later() {
        use crate::note::{ALG_COSIGNATURE_V1, Note};
        let t = tree(&[b"1", b"2", b"3", b"4"]);
        let vk = log_key().verifier();
        let w1 = SignerKey::from_seed("w1.example", ALG_COSIGNATURE_V1, [4; 32]).unwrap();
        let w2 = SignerKey::from_seed("w2.example", ALG_COSIGNATURE_V1, [5; 32]).unwrap();
        let cosigned = |size: u64, by: &[(&SignerKey, u64)]| {
            let mut n = Note::parse(&signed(&t, size)).unwrap();
            for (w, at) in by {
                n.add_signature(w.sign_note(&n.text, *at).unwrap());
            }
            n.to_string()
        };
        let ws = [w1.verifier(), w2.verifier()];
        // w1 saw size 4 at 100 and size 3 at 200: the log went back.
        let e = evidence(
            "rollback",
            vec![cosigned(4, &[(&w1, 100)]), cosigned(3, &[(&w1, 200)])],
        );
        assert!(
            e.check(&vk, &ws).unwrap().starts_with("proven: log"),
            "{:?}",
            e.check(&vk, &ws)
        );
        // Two witnesses' clocks order nothing: one fast, one slow.
        let e = evidence(
            "rollback",
            vec![cosigned(4, &[(&w1, 100)]), cosigned(3, &[(&w2, 200)])],
        );
        assert!(e.check(&vk, &ws).unwrap().starts_with("observed: "));
        // An honest older checkpoint after a newer one proves nothing more.
        let e = evidence(
            "rollback",
            vec![cosigned(4, &[(&w1, 200)]), cosigned(3, &[(&w1, 100)])],
        );
        assert!(e.check(&vk, &ws).unwrap().starts_with("observed: "));
    }
}
