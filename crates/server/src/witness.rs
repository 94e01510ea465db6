//! A C2SP `tlog-witness`: `POST /add-checkpoint` checks a log's checkpoint
//! against the latest one it cosigned for that origin (consistency proof),
//! persists the new state atomically, and answers with a `cosignature/v1`
//! line. Status codes follow the spec exactly: 404 unknown origin, 403 no
//! valid log signature, 400 malformed or old size beyond the checkpoint, 409
//! (`text/x.tlog.size`) old size mismatch or same size with another root,
//! 422 bad consistency proof.

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::sync::Mutex;
use truce_ledger::Hash;
use truce_ledger::checkpoint::{self, CheckpointError};
use truce_ledger::merkle;
use truce_ledger::note::{Note, SignerKey, VerifierKey};

/// Most proof lines a request may carry (the spec's limit).
const MAX_PROOF_LINES: usize = 63;
/// Largest request body accepted.
pub const MAX_REQUEST: usize = 64 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum WitnessError {
    #[error("witness state file {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("witness state file {path} is corrupt: {reason}")]
    Corrupt { path: PathBuf, reason: String },
    #[error(
        "the witness key must be a cosignature/v1 key (type 0x04); make one with `truce keygen --witness`"
    )]
    NotCosigner,
}

#[derive(Serialize, Deserialize, Clone, Default)]
struct LogRecord {
    size: u64,
    root: String,
    /// The signed checkpoint as cosigned: the log's signature and this
    /// witness's, so what the log showed can be proven to others.
    #[serde(default)]
    note: Option<String>,
}

/// The witness: its key, the logs it follows, and its persisted state.
pub struct Witness {
    key: SignerKey,
    logs: Vec<VerifierKey>,
    state_path: PathBuf,
    /// origin → latest cosigned (size, root). The mutex makes check-and-persist atomic.
    state: Mutex<BTreeMap<String, LogRecord>>,
    /// The clock its cosignature timestamps come from.
    clock: crate::engine::clock::Clock,
}

impl Witness {
    pub fn open(
        key: SignerKey,
        logs: Vec<VerifierKey>,
        data_dir: &Path,
    ) -> Result<Arc<Self>, WitnessError> {
        Self::open_with_clock(key, logs, data_dir, crate::engine::clock::Clock::system())
    }

    /// A witness whose timestamps come from `clock` (the demo shares its
    /// simulated clock with the log it witnesses).
    pub fn open_with_clock(
        key: SignerKey,
        logs: Vec<VerifierKey>,
        data_dir: &Path,
        clock: crate::engine::clock::Clock,
    ) -> Result<Arc<Self>, WitnessError> {
        if key.alg() != truce_ledger::note::ALG_COSIGNATURE_V1 {
            return Err(WitnessError::NotCosigner);
        }
        let io = |source| WitnessError::Io {
            path: data_dir.to_owned(),
            source,
        };
        std::fs::create_dir_all(data_dir).map_err(io)?;
        let state_path = data_dir.join("witness-state.json");
        let state = match std::fs::read(&state_path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| WitnessError::Corrupt {
                path: state_path.clone(),
                reason: e.to_string(),
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
            Err(source) => {
                return Err(WitnessError::Io {
                    path: state_path,
                    source,
                });
            }
        };
        Ok(Arc::new(Self {
            key,
            logs,
            state_path,
            state: Mutex::new(state),
            clock,
        }))
    }

    pub fn verifier(&self) -> VerifierKey {
        self.key.verifier()
    }

    /// The latest checkpoint of `origin` this witness cosigned, as a signed
    /// note carrying the log's signature and its own.
    pub async fn latest(&self, origin: &str) -> Option<String> {
        self.state.lock().await.get(origin)?.note.clone()
    }

    /// The latest cosigned size for an origin.
    pub async fn cosigned_size(&self, origin: &str) -> Option<u64> {
        self.state.lock().await.get(origin).map(|r| r.size)
    }

    fn persist(&self, state: &BTreeMap<String, LogRecord>) -> std::io::Result<()> {
        let tmp = self.state_path.with_extension("json.tmp");
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(&serde_json::to_vec_pretty(state).map_err(std::io::Error::other)?)?;
        f.sync_all()?;
        std::fs::rename(&tmp, &self.state_path)?;
        if let Some(dir) = self.state_path.parent() {
            std::fs::File::open(dir)?.sync_all()?;
        }
        Ok(())
    }

    /// Handle one add-checkpoint request body; `now` is the cosignature time.
    pub async fn add_checkpoint(&self, body: &[u8], now: u64) -> Response {
        let req = match AddCheckpoint::parse(body) {
            Ok(r) => r,
            Err(message) => return plain(StatusCode::BAD_REQUEST, &message),
        };
        let (note, cp) = (&req.note, &req.checkpoint);
        let Some(log_key) = self.logs.iter().find(|k| k.name() == cp.origin) else {
            return plain(
                StatusCode::NOT_FOUND,
                &format!("unknown log origin {:?}", cp.origin),
            );
        };
        if let Err((status, message)) = req.verify_log(log_key) {
            return plain(status, &message);
        }
        let mut state = self.state.lock().await;
        let current = match state.get(&cp.origin) {
            None => None,
            Some(rec) => match B64.decode(&rec.root).ok().and_then(|r| r.try_into().ok()) {
                Some(root) => Some((rec.size, root)),
                None => {
                    return plain(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        "the witness state is corrupt",
                    );
                }
            },
        };
        match req.extends(current) {
            Ok(()) => {}
            Err(Refused::Conflict(size) | Refused::OtherRoot(size)) => return conflict_size(size),
            Err(Refused::Status(status, message)) => return plain(status, &message),
        }
        let line = match self.key.sign_note(&note.text, now) {
            Ok(l) => l,
            Err(e) => return plain(StatusCode::BAD_REQUEST, &e.to_string()),
        };
        let mut cosigned = note.clone();
        cosigned.add_signature(line.clone());
        let mut next = state.clone();
        next.insert(
            cp.origin.clone(),
            LogRecord {
                size: cp.size,
                root: B64.encode(cp.root),
                note: Some(cosigned.to_string()),
            },
        );
        if let Err(e) = self.persist(&next) {
            tracing::error!("witness cannot persist its state: {e}");
            return plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "the witness cannot persist its state",
            );
        }
        *state = next;
        (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            line.to_string(),
        )
            .into_response()
    }
}

/// Why an `add-checkpoint` request does not extend what this side holds.
pub(crate) enum Refused {
    /// 409 with the size held: the request's old size is not it.
    Conflict(u64),
    /// The size held, with another root than the log's new checkpoint: a
    /// witness answers 409; a mirror also keeps the fork's evidence.
    OtherRoot(u64),
    /// Any other refusal, with its status.
    Status(StatusCode, String),
}

/// A parsed `add-checkpoint` request (tlog-witness), shared with the
/// mirror's endpoint of the same name.
pub(crate) struct AddCheckpoint {
    pub old: u64,
    pub proof: Vec<Hash>,
    pub note: Note,
    pub checkpoint: checkpoint::Checkpoint,
    /// The signed checkpoint as sent.
    pub note_text: String,
}

impl AddCheckpoint {
    /// The checks that need only the log's key: its signature (403, or
    /// 400 for a malformed note) and an old size within the checkpoint
    /// (400).
    pub(crate) fn verify_log(&self, log_key: &VerifierKey) -> Result<(), (StatusCode, String)> {
        match checkpoint::open(&self.note_text, log_key, &[], 0) {
            Ok(_) => {}
            Err(CheckpointError::Note(e))
                if !matches!(e, truce_ledger::note::NoteError::InvalidSignature(_)) =>
            {
                return Err((StatusCode::BAD_REQUEST, e.to_string()));
            }
            Err(e) => {
                return Err((
                    StatusCode::FORBIDDEN,
                    format!("not signed by the log key: {e}"),
                ));
            }
        }
        if self.old > self.checkpoint.size {
            return Err((
                StatusCode::BAD_REQUEST,
                format!(
                    "old size {} is larger than the checkpoint size {}",
                    self.old, self.checkpoint.size
                ),
            ));
        }
        Ok(())
    }

    /// Whether the checkpoint extends `current`, the (size, root) this side
    /// holds: the old size must be it, and the consistency proof (none
    /// between equal sizes or from nothing) must lead from it (422).
    pub(crate) fn extends(&self, current: Option<(u64, Hash)>) -> Result<(), Refused> {
        let cp = &self.checkpoint;
        let held = current.map_or(0, |(size, _)| size);
        if self.old != held {
            return Err(Refused::Conflict(held));
        }
        match current {
            Some((size, root)) if size == cp.size => {
                if root != cp.root {
                    return Err(Refused::OtherRoot(size));
                }
                if !self.proof.is_empty() {
                    return Err(Refused::Status(
                        StatusCode::BAD_REQUEST,
                        "the proof must be empty when the sizes are equal".into(),
                    ));
                }
            }
            Some((size, root)) => {
                merkle::verify_consistency(size, cp.size, &self.proof, &root, &cp.root).map_err(
                    |e| {
                        Refused::Status(
                            StatusCode::UNPROCESSABLE_ENTITY,
                            format!("the consistency proof does not verify: {e}"),
                        )
                    },
                )?;
            }
            None if !self.proof.is_empty() => {
                return Err(Refused::Status(
                    StatusCode::BAD_REQUEST,
                    "the proof must be empty when the old size is zero".into(),
                ));
            }
            None => {}
        }
        Ok(())
    }

    /// Parse a request body; the error names what is malformed (a 400).
    pub(crate) fn parse(body: &[u8]) -> Result<Self, String> {
        let text = std::str::from_utf8(body).map_err(|_| "the request is not UTF-8".to_string())?;
        let (head, note_text) = text
            .split_once("\n\n")
            .ok_or_else(|| "no empty line before the checkpoint".to_string())?;
        let mut lines = head.split('\n');
        let old = match lines.next().and_then(|l| l.strip_prefix("old ")) {
            Some(d)
                if !d.is_empty()
                    && d.bytes().all(|b| b.is_ascii_digit())
                    && (d == "0" || !d.starts_with('0')) =>
            {
                d.parse::<u64>()
                    .map_err(|_| "the old size is too large".to_string())?
            }
            _ => return Err("the first line must be `old <size>`".into()),
        };
        let mut proof: Vec<Hash> = Vec::new();
        for l in lines {
            let h = B64
                .decode(l)
                .ok()
                .and_then(|h| Hash::try_from(h).ok())
                .ok_or_else(|| {
                    "a consistency proof line is not a base64 SHA-256 hash".to_string()
                })?;
            proof.push(h);
            if proof.len() > MAX_PROOF_LINES {
                return Err("more than 63 consistency proof lines".into());
            }
        }
        let note = Note::parse(note_text)
            .map_err(|e| format!("the checkpoint is not a signed note: {e}"))?;
        let checkpoint =
            checkpoint::Checkpoint::from_text(&note.text).map_err(|e| e.to_string())?;
        Ok(Self {
            old,
            proof,
            note,
            checkpoint,
            note_text: note_text.to_owned(),
        })
    }
}

fn plain(status: StatusCode, message: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("{message}\n"),
    )
        .into_response()
}

/// A 409 with the size this side holds (`text/x.tlog.size`).
pub(crate) fn conflict_size(size: u64) -> Response {
    (
        StatusCode::CONFLICT,
        [(header::CONTENT_TYPE, "text/x.tlog.size")],
        format!("{size}\n"),
    )
        .into_response()
}

/// The witness's HTTP routes.
pub fn router(witness: Arc<Witness>) -> Router {
    Router::new()
        .route("/add-checkpoint", post(add_checkpoint))
        .route("/", get(about))
        .route("/latest", get(latest))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_REQUEST))
        .with_state(witness)
}

async fn add_checkpoint(State(w): State<Arc<Witness>>, body: axum::body::Bytes) -> Response {
    let now = w.clock.now();
    w.add_checkpoint(&body, now).await
}

#[derive(Deserialize)]
struct LatestQuery {
    origin: String,
}

/// `GET /latest?origin=…`: the latest checkpoint of a log this witness
/// cosigned, with the log's signature and its own, so anyone can tell
/// whether a log they are shown is as recent as what the witness saw.
async fn latest(
    State(w): State<Arc<Witness>>,
    axum::extract::Query(q): axum::extract::Query<LatestQuery>,
) -> Response {
    match w.latest(&q.origin).await {
        Some(note) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            note,
        )
            .into_response(),
        None => plain(
            StatusCode::NOT_FOUND,
            &format!("no checkpoint of {:?} cosigned here", q.origin),
        ),
    }
}

async fn about(State(w): State<Arc<Witness>>) -> String {
    let logs: Vec<String> = w.logs.iter().map(|k| k.to_string()).collect();
    format!(
        "Truce witness\nkey {}\nlogs\n{}\n",
        w.verifier(),
        logs.join("\n")
    )
}
