//! The log's own HTTP routes: entry submission (single and batch), entry and
//! key reads, JSON inclusion and consistency proofs, `tlog-proof` receipts,
//! blobs, and the C2SP `tlog-tiles` read API (`/checkpoint`, `/tile/…`).

use super::app::App;
use super::auth::{KeyedReader, Reader};
use super::error::{ApiError, ErrorJson};
use super::sessions::ClientIp;
use super::slots::{SendSlot, reader_name};
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use truce_ledger::receipt::Receipt;
use truce_ledger::tiles::{self, MAX_ENTRY_SIZE, TileKind, TilePath};
use truce_ledger::{Reason, reason};

/// Largest request body for a single entry (bigger bodies get a clear 413):
/// an envelope and an opening, each at most 65,535 bytes, as JSON strings.
const MAX_ENTRY_BODY: usize = 4 * MAX_ENTRY_SIZE;
/// Largest batch request (refused with 413 before it is read further).
const MAX_BATCH_BODY: usize = 8 * 1024 * 1024;
/// Most entries in one batch request.
pub const MAX_BATCH_ENTRIES: usize = 4096;
/// Largest blob.
pub const MAX_BLOB: usize = 64 * 1024 * 1024;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route(
            "/api/v1/entries",
            // 1 MiB: read to the limit, then 413 (an early answer would cut
            // off a client still writing, which then never sees it).
            post(submit).layer(DefaultBodyLimit::max(MAX_ENTRY_BODY)),
        )
        .route(
            "/api/v1/entries/batch",
            // The announced length is checked before a byte of the body is
            // read; a body that runs past it is cut off at the limit.
            post(submit_batch)
                .layer(DefaultBodyLimit::max(MAX_BATCH_BODY))
                .layer(axum::middleware::from_fn(|req, next| {
                    super::conn::announced_at_most(MAX_BATCH_BODY, req, next)
                })),
        )
        .route("/api/v1/entries/{index}", get(entry))
        .route("/api/v1/entries/{index}/receipt", get(receipt))
        .route("/api/v1/entries/{index}/opening", get(opening))
        .route("/api/v1/disclosure", get(disclosure))
        .route("/api/v1/proofs/inclusion", get(inclusion))
        .route("/api/v1/proofs/consistency", get(consistency))
        .route("/api/v1/keys/{id}", get(key))
        .route("/api/v1/log", get(info))
        .route(
            "/api/v1/blobs",
            post(put_blob)
                .layer(DefaultBodyLimit::max(MAX_BLOB))
                .layer(axum::middleware::from_fn(|req, next| {
                    super::conn::announced_at_most(MAX_BLOB, req, next)
                })),
        )
        .route("/api/v1/blobs/{sha256}", get(get_blob))
        .route("/checkpoint", get(checkpoint))
        .route("/tile/{*path}", get(tile))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct AppendedJson {
    index: u64,
    leaf_hash: String,
}

/// A submission whose kind is sealed: the envelope as appended (its body
/// shows only the public part and the commitment) and the opening, each as
/// the exact JSON text signed and committed to.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SealedSubmission {
    envelope: String,
    #[serde(default)]
    opening: Option<String>,
}

/// A sealed submission's shape, as refusals name it.
const SEALED_SHAPE: &str = r#"{"envelope": "<DSSE envelope JSON>", "opening": "<opening JSON>"}"#;

/// Split a submitted item into envelope bytes and opening: either a bare DSSE
/// envelope (a public kind) or `{"envelope": "…", "opening": "…"}`.
fn split_submission(bytes: &[u8]) -> Result<(Vec<u8>, Option<Vec<u8>>), ApiError> {
    let is_sealed = matches!(
        serde_json::from_slice::<serde_json::Value>(bytes),
        Ok(serde_json::Value::Object(m)) if m.contains_key("envelope")
    );
    if !is_sealed {
        if bytes.len() > MAX_ENTRY_SIZE {
            return Err(truce_ledger::entry::EntryError::TooLarge(bytes.len()).into());
        }
        return Ok((bytes.to_vec(), None));
    }
    let s: SealedSubmission = serde_json::from_slice(bytes).map_err(|e| {
        ApiError::bad_request(reason!(
            "body-sealed-submission-invalid",
            "a sealed submission is {shape}: {detail}",
            shape = SEALED_SHAPE,
            detail = e
        ))
    })?;
    Ok((s.envelope.into_bytes(), s.opening.map(String::into_bytes)))
}

/// Append one signed entry: a DSSE envelope whose payload is the statement
/// `{origin, seq, body}`; the payload type names the kind (`application/vnd.truce.<kind>+json`).
/// A kind the disclosure table (`/api/v1/disclosure`) seals is submitted as
/// `{"envelope": "<envelope JSON>", "opening": "<opening JSON>"}`: the body
/// shows only the public fields and `"sealed": hex SHA-256("truce-opening/v1\n" ‖ opening)`,
/// and the opening `{"salt": base64(32 random bytes), "fields": {…}}` carries the rest.
#[utoipa::path(post, path = "/api/v1/entries", tag = "ledger",
    request_body(content = String, content_type = "application/json", description = "a DSSE envelope, or {envelope, opening} for a sealed kind"),
    responses((status = 201, body = AppendedJson),
        (status = 400, body = ErrorJson), (status = 403, body = ErrorJson),
        (status = 404, body = ErrorJson), (status = 409, body = ErrorJson),
        (status = 413, body = ErrorJson), (status = 422, body = ErrorJson),
        (status = 429, body = ErrorJson)))]
async fn submit(
    State(log): State<Arc<App>>,
    body: Bytes,
) -> Result<(StatusCode, Json<AppendedJson>), ApiError> {
    // The route's body limit (MAX_ENTRY_BODY) has already answered 413.
    let (envelope, opening) = split_submission(&body)?;
    let a = log.submit(envelope, opening).await?;
    Ok((
        StatusCode::CREATED,
        Json(AppendedJson {
            index: a.index,
            leaf_hash: B64.encode(a.leaf_hash),
        }),
    ))
}

const TOO_MANY: &str = "a batch holds at most";

/// A batch's items, refused at the first beyond [`MAX_BATCH_ENTRIES`].
struct BoundedBatch(Vec<Box<serde_json::value::RawValue>>);

impl<'de> Deserialize<'de> for BoundedBatch {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Items;
        impl<'de> serde::de::Visitor<'de> for Items {
            type Value = BoundedBatch;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON array of DSSE envelopes")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<BoundedBatch, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Box<serde_json::value::RawValue>>()? {
                    if items.len() == MAX_BATCH_ENTRIES {
                        return Err(serde::de::Error::custom(TOO_MANY));
                    }
                    items.push(item);
                }
                Ok(BoundedBatch(items))
            }
        }
        d.deserialize_seq(Items)
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum BatchItem {
    Ok {
        index: u64,
        leaf_hash: String,
    },
    Err {
        error: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: Option<Reason>,
        status: u16,
    },
}

/// A JSON array of envelopes; each is appended in order and answered in
/// place, so one bad envelope does not sink the others.
/// Append a JSON array of envelopes, each answered in place.
#[utoipa::path(post, path = "/api/v1/entries/batch", tag = "ledger",
    request_body(content = String, content_type = "application/json", description = "a JSON array of DSSE envelopes"),
    responses((status = 200, body = [Object]), (status = 400, body = ErrorJson), (status = 413, body = ErrorJson),
        (status = 429, body = ErrorJson)))]
async fn submit_batch(
    State(log): State<Arc<App>>,
    _slot: super::slots::BatchSlot,
    body: Bytes,
) -> Result<Json<Vec<BatchItem>>, ApiError> {
    // Counted while parsing: the parse stops at the first item too many.
    let items = match serde_json::from_slice::<BoundedBatch>(&body) {
        Ok(b) => b.0,
        Err(e) if e.to_string().starts_with(TOO_MANY) => {
            return Err(ApiError::refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                reason!(
                    "body-batch-too-many",
                    "a batch holds at most {max} entries",
                    max = MAX_BATCH_ENTRIES
                ),
            ));
        }
        Err(e) => {
            return Err(ApiError::bad_request(reason!(
                "body-batch-invalid",
                "a batch is a JSON array of DSSE envelopes: {detail}",
                detail = e
            )));
        }
    };
    let futures = items.into_iter().map(|raw| {
        let log = log.clone();
        async move {
            let (envelope, opening) = split_submission(raw.get().as_bytes())?;
            Ok::<_, ApiError>(log.submit(envelope, opening).await?)
        }
    });
    let results = futures_util::future::join_all(futures).await;
    Ok(Json(
        results
            .into_iter()
            .map(|r| match r {
                Ok(a) => BatchItem::Ok {
                    index: a.index,
                    leaf_hash: B64.encode(a.leaf_hash),
                },
                Err(e) => BatchItem::Err {
                    error: e.message,
                    reason: e.reason,
                    status: e.status.as_u16(),
                },
            })
            .collect(),
    ))
}

fn parse_index(s: &str) -> Result<u64, ApiError> {
    s.parse().map_err(|_| {
        ApiError::bad_request(reason!(
            "entry-index-malformed",
            "{s:?} is not an entry index",
            s = s
        ))
    })
}

/// One entry's envelope, as appended.
#[utoipa::path(get, path = "/api/v1/entries/{index}", tag = "ledger",
    params(("index" = u64, Path, description = "entry index")),
    responses((status = 200, content_type = "application/json", body = Object),
        (status = 400, body = ErrorJson), (status = 404, body = ErrorJson)))]
async fn entry(
    State(log): State<Arc<App>>,
    Path(index): Path<String>,
) -> Result<Response, ApiError> {
    let index = parse_index(&index)?;
    if index >= log.size() {
        return Err(ApiError::not_found(reason!(
            "entry-none-of-size",
            "no entry {index}: the log has {size} entries",
            index = index,
            size = log.size()
        )));
    }
    let e = log.store.entries(index, index + 1).await?;
    let e = e.into_iter().next().ok_or_else(|| {
        ApiError::not_found(reason!("entry-none", "no entry {index}", index = index))
    })?;
    Ok(([(header::CONTENT_TYPE, "application/json")], e.bytes).into_response())
}

/// The opening of an entry's sealed part, to a reader its disclosure rule
/// entitles: `{"salt", "fields"}` as committed to. Anyone holding it checks
/// it against the entry's `"sealed"` commitment (`truce verify-receipt --opening`).
#[utoipa::path(get, path = "/api/v1/entries/{index}/opening", tag = "ledger",
    params(("index" = u64, Path, description = "entry index"), super::negotiation::ReaderHeaders),
    responses((status = 200, content_type = "application/json", body = Object),
        (status = 400, body = ErrorJson), (status = 401, body = ErrorJson), (status = 404, body = ErrorJson)))]
async fn opening(
    State(log): State<Arc<App>>,
    Path(index): Path<String>,
    Reader(viewer): Reader,
) -> Result<Response, ApiError> {
    let index = parse_index(&index)?;
    // One answer for "no such entry", "not sealed" and "not yours to open".
    let refused = || {
        ApiError::not_found(if viewer.is_signed_in() {
            reason!(
                "entry-no-opening",
                "no opening of entry {index} that you may read",
                index = index
            )
        } else {
            reason!(
                "entry-no-opening-sign",
                "no opening of entry {index} that you may read (sign the request)",
                index = index
            )
        })
    };
    let (entry, body, opening) = match log.opened(index).await {
        Ok((entry, body, Some(opening))) => (entry, body, opening),
        Ok(_) => return Err(refused()),
        Err(crate::engine::EngineError::NotFound(_)) => return Err(refused()),
        Err(e) => return Err(e.into()),
    };
    let event = truce_domain::parse_event(&entry.kind, &body)
        .ok()
        .flatten()
        .ok_or_else(refused)?;
    if !log.with_domain(|d| d.may_open(&viewer, &entry.keyid, &event)) {
        return Err(refused());
    }
    Ok(([(header::CONTENT_TYPE, "application/json")], opening).into_response())
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct DisclosureJson {
    kind: String,
    sealed: bool,
    public: Vec<String>,
    audience: String,
}

/// The disclosure table: for every kind the log accepts, whether it is sealed,
/// which fields its entries show in public, and who may open the rest.
#[utoipa::path(get, path = "/api/v1/disclosure", tag = "ledger",
    responses((status = 200, body = [DisclosureJson])))]
async fn disclosure() -> Json<Vec<DisclosureJson>> {
    Json(
        truce_domain::disclosure::TABLE
            .iter()
            .map(|r| DisclosureJson {
                kind: r.kind.into(),
                sealed: r.sealed,
                public: r.public.iter().map(|f| (*f).to_owned()).collect(),
                audience: r.audience.into(),
            })
            .collect(),
    )
}

/// The entry's offline receipt (C2SP tlog-proof) against the published checkpoint.
#[utoipa::path(get, path = "/api/v1/entries/{index}/receipt", tag = "ledger",
    params(("index" = u64, Path, description = "entry index")),
    responses((status = 200, content_type = "text/plain", body = String),
        (status = 400, body = ErrorJson), (status = 404, body = ErrorJson)))]
async fn receipt(
    State(log): State<Arc<App>>,
    Path(index): Path<String>,
) -> Result<Response, ApiError> {
    let index = parse_index(&index)?;
    let published = log
        .published()
        .filter(|p| index < p.checkpoint.size)
        .ok_or_else(|| {
            ApiError::not_found(reason!(
                "entry-not-yet-published",
                "entry {index} is not yet in a published checkpoint",
                index = index
            ))
        })?;
    let proof = log
        .with_tree(|t| t.inclusion_proof(index, published.checkpoint.size))
        .map_err(|e| ApiError::bad_request(proof_refused(e)))?;
    let r = Receipt {
        extra: None,
        index,
        proof,
        checkpoint: published.note.to_string(),
    };
    Ok((
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        r.to_text(),
    )
        .into_response())
}

/// Why a proof cannot be made of the sizes and index asked for.
fn proof_refused(e: truce_ledger::merkle::ProofError) -> Reason {
    use truce_ledger::merkle::ProofError::*;
    match e {
        IndexOutOfRange { index, size } => reason!(
            "proof-index-outside",
            "index {index} is outside a tree of size {size}",
            index = index,
            size = size
        ),
        SizesReversed { old, new } => reason!(
            "proof-sizes-reversed",
            "size {old} is larger than size {new}",
            old = old,
            new = new
        ),
        SizeTooLarge { size, available } => reason!(
            "proof-size-too-large",
            "size {size} is larger than the tree ({available} entries)",
            size = size,
            available = available
        ),
        // Only checking a proof gives the others.
        other => Reason::detail(other),
    }
}

#[derive(Deserialize, utoipa::IntoParams)]
struct InclusionQuery {
    index: u64,
    size: Option<u64>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct InclusionJson {
    index: u64,
    size: u64,
    leaf_hash: String,
    root: String,
    proof: Vec<String>,
}

/// RFC 6962 inclusion proof (base64 hashes).
#[utoipa::path(get, path = "/api/v1/proofs/inclusion", tag = "ledger", params(InclusionQuery),
    responses((status = 200, body = InclusionJson), (status = 400, body = ErrorJson)))]
async fn inclusion(
    State(log): State<Arc<App>>,
    Query(q): Query<InclusionQuery>,
) -> Result<Json<InclusionJson>, ApiError> {
    let size = match q.size {
        Some(s) => s,
        None => log.published().map_or(0, |p| p.checkpoint.size),
    };
    let (leaf, root, proof) = log
        .with_tree(|t| -> Result<_, truce_ledger::merkle::ProofError> {
            let proof = t.inclusion_proof(q.index, size)?;
            Ok((t.leaf(q.index).unwrap_or_default(), t.root_at(size)?, proof))
        })
        .map_err(|e| ApiError::bad_request(proof_refused(e)))?;
    Ok(Json(InclusionJson {
        index: q.index,
        size,
        leaf_hash: B64.encode(leaf),
        root: B64.encode(root),
        proof: proof.iter().map(|h| B64.encode(h)).collect(),
    }))
}

#[derive(Deserialize, utoipa::IntoParams)]
struct ConsistencyQuery {
    old: u64,
    new: Option<u64>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ConsistencyJson {
    old: u64,
    new: u64,
    old_root: String,
    new_root: String,
    proof: Vec<String>,
}

/// RFC 6962 consistency proof (base64 hashes).
#[utoipa::path(get, path = "/api/v1/proofs/consistency", tag = "ledger", params(ConsistencyQuery),
    responses((status = 200, body = ConsistencyJson), (status = 400, body = ErrorJson)))]
async fn consistency(
    State(log): State<Arc<App>>,
    Query(q): Query<ConsistencyQuery>,
) -> Result<Json<ConsistencyJson>, ApiError> {
    let new = match q.new {
        Some(n) => n,
        None => log.published().map_or(0, |p| p.checkpoint.size),
    };
    let (r1, r2, proof) = log
        .with_tree(|t| -> Result<_, truce_ledger::merkle::ProofError> {
            let proof = t.consistency_proof(q.old, new)?;
            Ok((t.root_at(q.old)?, t.root_at(new)?, proof))
        })
        .map_err(|e| ApiError::bad_request(proof_refused(e)))?;
    Ok(Json(ConsistencyJson {
        old: q.old,
        new,
        old_root: B64.encode(r1),
        new_root: B64.encode(r2),
        proof: proof.iter().map(|h| B64.encode(h)).collect(),
    }))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct KeyJson {
    id: String,
    vkey: String,
    may_register: bool,
    label: Option<String>,
    registered_at: u64,
    revoked_at: Option<u64>,
    last_seq: u64,
}

/// A registered key and its last sequence number.
#[utoipa::path(get, path = "/api/v1/keys/{id}", tag = "ledger",
    params(("id" = String, Path, description = "key id name+hex")),
    responses((status = 200, body = KeyJson), (status = 404, body = ErrorJson)))]
async fn key(
    State(log): State<Arc<App>>,
    Path(id): Path<String>,
) -> Result<Json<KeyJson>, ApiError> {
    log.with_authority(|auth| {
        let r = auth.key(&id).ok_or_else(|| {
            ApiError::not_found(reason!("key-unknown", "unknown key {id}", id = id))
        })?;
        Ok(Json(KeyJson {
            id: r.key.id(),
            vkey: r.key.to_string(),
            may_register: r.may_register,
            label: r.label.clone(),
            registered_at: r.registered_at,
            revoked_at: r.revoked_at,
            last_seq: r.last_seq,
        }))
    })
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct InfoJson {
    origin: String,
    process: Option<String>,
    log_key: String,
    size: u64,
    published_size: u64,
    witnesses: Vec<String>,
    quorum: usize,
    #[schema(value_type = Vec<Object>)]
    rounds: Vec<serde_json::Value>,
}

/// The log: origin, key, sizes, witnesses.
#[utoipa::path(get, path = "/api/v1/log", tag = "ledger", responses((status = 200, body = InfoJson)))]
async fn info(State(log): State<Arc<App>>) -> Json<InfoJson> {
    let rounds = log.with_domain(|domain| {
        domain
            .rounds
            .values()
            .map(|r| {
                serde_json::json!({
                    "id": r.id, "title": r.title, "place": r.place,
                    "starts": r.starts, "ends": r.ends, "state": r.state.to_string(),
                })
            })
            .collect()
    });
    Json(InfoJson {
        origin: log.origin().to_owned(),
        process: log.with_authority(|a| a.process().map(str::to_owned)),
        log_key: log.log_key.verifier().to_string(),
        size: log.size(),
        published_size: log.published().map_or(0, |p| p.checkpoint.size),
        witnesses: log.witnesses.iter().map(|w| w.key.to_string()).collect(),
        quorum: log.quorum,
        rounds,
    })
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct BlobJson {
    sha256: String,
    size: usize,
}

/// Store a blob (a draft's document, a comment's text) under its SHA-256; members only.
#[utoipa::path(post, path = "/api/v1/blobs", tag = "ledger", params(super::negotiation::ReaderHeaders),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 201, body = BlobJson), (status = 400, body = ErrorJson),
        (status = 401, body = ErrorJson), (status = 413, body = ErrorJson),
        (status = 429, body = ErrorJson)))]
async fn put_blob(
    State(log): State<Arc<App>>,
    // Extractors run in order: the member is checked, then an upload slot
    // taken, and only then is the body read (at most MAX_BLOB bytes).
    slot: super::slots::UploadSlot,
    body: Bytes,
) -> Result<(StatusCode, Json<BlobJson>), ApiError> {
    if body.is_empty() {
        return Err(ApiError::bad_request(reason!(
            "blob-empty",
            "an empty blob is not stored"
        )));
    }
    // Hashing tens of MiB takes tens of milliseconds: not on an async worker.
    let hash: [u8; 32] = {
        let body = body.clone();
        tokio::task::spawn_blocking(move || Sha256::digest(&body).into())
            .await
            .map_err(|e| {
                ApiError::unavailable(reason!(
                    "blob-hashing-unfinished",
                    "hashing did not finish: {detail}",
                    detail = e
                ))
            })?
    };
    log.put_blob(&hash, &body, slot.key()).await?;
    Ok((
        StatusCode::CREATED,
        Json(BlobJson {
            sha256: hex::encode(hash),
            size: body.len(),
        }),
    ))
}

/// A blob, if a version, comment or note the reader may see references it.
#[utoipa::path(get, path = "/api/v1/blobs/{sha256}", tag = "ledger",
    params(("sha256" = String, Path, description = "lower-case hex SHA-256"), super::negotiation::ReaderHeaders),
    responses((status = 200, content_type = "application/octet-stream", body = Vec<u8>),
        (status = 400, body = ErrorJson), (status = 401, body = ErrorJson), (status = 404, body = ErrorJson),
        (status = 429, body = ErrorJson)))]
async fn get_blob(
    State(log): State<Arc<App>>,
    Path(h): Path<String>,
    KeyedReader { viewer, key }: KeyedReader,
    ClientIp(ip): ClientIp,
) -> Result<Response, ApiError> {
    let hash = crate::engine::parse_sha256(&h).ok_or_else(|| {
        ApiError::bad_request(reason!(
            "blob-hash-malformed",
            "{h:?} is not a hex SHA-256",
            h = h
        ))
    })?;
    let h = hex::encode(hash);
    // The same 404 for "not stored" and "not yours to read", so hashes of
    // confidential text cannot be probed.
    if !log.with_domain(|d| d.can_read_blob(&viewer, &h)) {
        return Err(ApiError::not_found(if viewer.is_signed_in() {
            reason!("blob-none-readable", "no blob {h} that you may read", h = h)
        } else {
            reason!(
                "blob-none-readable-sign",
                "no blob {h} that you may read (sign the request)",
                h = h
            )
        }));
    }
    let mut slot = SendSlot::take(&log.slots, reader_name(key.as_deref(), ip))?;
    // The budget is taken for the largest blob before this one is read.
    slot.reserve(MAX_BLOB).await?;
    let bytes = log
        .store
        .get_blob(&hash)
        .await?
        .ok_or_else(|| ApiError::not_found(reason!("blob-none", "no blob {h}", h = h)))?;
    slot.shrink_to(bytes.len());
    let len = bytes.len();
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_owned()),
            (header::CONTENT_LENGTH, len.to_string()),
        ],
        super::stream::bytes_body(Bytes::from(bytes), slot),
    )
        .into_response())
}

/// The latest published checkpoint (C2SP tlog-checkpoint with cosignatures).
#[utoipa::path(get, path = "/checkpoint", tag = "tiles",
    responses((status = 200, content_type = "text/plain", body = String), (status = 404, body = ErrorJson)))]
async fn checkpoint(State(log): State<Arc<App>>) -> Result<Response, ApiError> {
    let p = log.published().ok_or_else(|| {
        ApiError::not_found(reason!(
            "checkpoint-none-yet",
            "no checkpoint has been published yet"
        ))
    })?;
    let mut resp = (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        p.note.to_string(),
    )
        .into_response();
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache, max-age=1"),
    );
    Ok(resp)
}

/// C2SP tlog-tiles: hash tiles and entry bundles.
#[utoipa::path(get, path = "/tile/{path}", tag = "tiles",
    params(("path" = String, Path, description = "tile path, e.g. 0/000 or entries/000.p/5")),
    responses((status = 200, content_type = "application/octet-stream", body = Vec<u8>),
        (status = 400, body = ErrorJson), (status = 404, body = ErrorJson)))]
async fn tile(State(log): State<Arc<App>>, Path(path): Path<String>) -> Result<Response, ApiError> {
    let tp = TilePath::parse(&path).map_err(|e| {
        ApiError::bad_request(match e {
            truce_ledger::tiles::TileError::Path(why) => reason!(
                "tile-path-malformed",
                "malformed tile path: {why}",
                why = why
            ),
            other => Reason::detail(other),
        })
    })?;
    let size = log.size();
    if !tiles::tile_exists(&tp, size) {
        return Err(ApiError::not_found(reason!(
            "tile-none",
            "tile {path} does not exist in a tree of {size} entries",
            path = path,
            size = size
        )));
    }
    let body = match tp.kind {
        TileKind::Hashes(level) => {
            log.with_tree(|t| tiles::tile_bytes(t, level, tp.index, tp.width))
        }
        TileKind::Entries => {
            let start = tp.index * tiles::TILE_WIDTH;
            let entries = log.store.entries(start, start + tp.width).await?;
            tiles::encode_bundle(entries.iter().map(|e| e.bytes.as_slice()))
                .map_err(|e| ApiError::unavailable(Reason::detail(e)))?
        }
    };
    let mut resp = ([(header::CONTENT_TYPE, "application/octet-stream")], body).into_response();
    let cache = if tp.is_partial() {
        "public, max-age=60"
    } else {
        "public, max-age=31536000, immutable"
    };
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    Ok(resp)
}
