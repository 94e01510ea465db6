//! C2SP `tlog-checkpoint`: the note text `origin\nsize\nbase64(root)\n`, signed
//! by the log key whose name is the origin, with witness cosignatures.

use crate::merkle::Hash;
use crate::note::{ALG_COSIGNATURE_V1, ALG_ED25519, Note, NoteError, SignerKey, VerifierKey};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CheckpointError {
    #[error("checkpoint text: {0}")]
    Text(&'static str),
    #[error("checkpoint note: {0}")]
    Note(#[from] NoteError),
    #[error("the checkpoint origin {got:?} is not the log's origin {want:?}")]
    WrongOrigin { got: String, want: String },
    #[error(
        "the log key is named {key:?}, but checkpoints must be signed by a key named after the origin {origin:?}"
    )]
    KeyNameNotOrigin { key: String, origin: String },
    #[error("the checkpoint is not signed by the log key")]
    NoLogSignature,
    #[error("{got} of the required {want} witness cosignatures verify")]
    NoQuorum { got: usize, want: usize },
}

/// A tree head: origin, size and root hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
}

impl Checkpoint {
    /// The note text; Truce writes no extension lines.
    pub fn to_text(&self) -> String {
        format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            B64.encode(self.root)
        )
    }

    /// Parse a checkpoint note text. Extension lines are accepted (the spec
    /// allows them) and ignored.
    pub fn from_text(text: &str) -> Result<Self, CheckpointError> {
        let body = text
            .strip_suffix('\n')
            .ok_or(CheckpointError::Text("no final newline"))?;
        let mut lines = body.split('\n');
        let origin = lines
            .next()
            .filter(|l| !l.is_empty())
            .ok_or(CheckpointError::Text("empty origin"))?;
        let size = lines.next().ok_or(CheckpointError::Text("no size line"))?;
        if size.is_empty()
            || !size.bytes().all(|b| b.is_ascii_digit())
            || (size.len() > 1 && size.starts_with('0'))
        {
            return Err(CheckpointError::Text(
                "the size must be a decimal without leading zeroes",
            ));
        }
        let size: u64 = size
            .parse()
            .map_err(|_| CheckpointError::Text("the size is too large"))?;
        let root = lines
            .next()
            .ok_or(CheckpointError::Text("no root hash line"))?;
        let root: Hash = B64
            .decode(root)
            .ok()
            .and_then(|r| r.try_into().ok())
            .ok_or(CheckpointError::Text(
                "the root hash must be 32 bytes of base64",
            ))?;
        if lines.any(|l| l.is_empty()) {
            return Err(CheckpointError::Text("empty extension line"));
        }
        Ok(Self {
            origin: origin.to_owned(),
            size,
            root,
        })
    }

    /// Sign with the log key (named after the origin) into a note.
    pub fn sign(&self, log_key: &SignerKey) -> Result<Note, CheckpointError> {
        if log_key.name() != self.origin {
            return Err(CheckpointError::KeyNameNotOrigin {
                key: log_key.name().into(),
                origin: self.origin.clone(),
            });
        }
        Ok(crate::note::sign(&self.to_text(), log_key)?)
    }
}

/// A checkpoint whose log signature verified, with the witnesses that cosigned it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedCheckpoint {
    pub checkpoint: Checkpoint,
    pub note: Note,
    /// (witness key id `name+hash`, timestamp) of each verified cosignature.
    pub cosigners: Vec<(String, u64)>,
}

/// Open a signed checkpoint: the log key (type 0x01, named after the origin)
/// must have signed it, and at least `quorum` of `witnesses` (type 0x04) must
/// have cosigned it. Signatures from unknown keys are ignored.
pub fn open(
    note_text: &str,
    log_key: &VerifierKey,
    witnesses: &[VerifierKey],
    quorum: usize,
) -> Result<VerifiedCheckpoint, CheckpointError> {
    let note = Note::parse(note_text)?;
    let checkpoint = Checkpoint::from_text(&note.text)?;
    if checkpoint.origin != log_key.name() {
        return Err(CheckpointError::WrongOrigin {
            got: checkpoint.origin,
            want: log_key.name().into(),
        });
    }
    let mut known = vec![log_key.clone()];
    known.extend(
        witnesses
            .iter()
            .filter(|w| w.alg() == ALG_COSIGNATURE_V1)
            .cloned(),
    );
    let verified = note.verify(&known).map_err(|e| match e {
        NoteError::NoVerifiedSignature => CheckpointError::NoLogSignature,
        other => CheckpointError::Note(other),
    })?;
    if !verified
        .iter()
        .any(|v| v.alg == ALG_ED25519 && v.key_id == log_key.key_id() && v.name == log_key.name())
    {
        return Err(CheckpointError::NoLogSignature);
    }
    let cosigners: Vec<(String, u64)> = verified
        .iter()
        .filter(|v| v.alg == ALG_COSIGNATURE_V1)
        .map(|v| {
            (
                format!("{}+{:08x}", v.name, v.key_id),
                v.timestamp.unwrap_or(0),
            )
        })
        .collect();
    if cosigners.len() < quorum {
        return Err(CheckpointError::NoQuorum {
            got: cosigners.len(),
            want: quorum,
        });
    }
    Ok(VerifiedCheckpoint {
        checkpoint,
        note,
        cosigners,
    })
}
