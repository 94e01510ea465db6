//! The negotiation's read API: the process outline, versions, comments,
//! diffs, adoption status, exports and the calendar — every read filtered
//! through `truce_domain::access` for the signed-in [`Reader`]. Writes are
//! signed envelopes posted to `/api/v1/entries`; nothing here changes state.
//! API types are this module's own, converted from domain types here.

use super::app::App;
use super::auth::Reader;
use super::error::ApiError;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};
use truce_domain::access::Viewer;
use truce_domain::diff::{ClauseDiff, WordChange};
use truce_domain::{AdoptionStatus, Endorsement, ProcessState, Version};
use truce_ledger::{Reason, reason};
use utoipa::{IntoParams, ToSchema};

pub fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/api/v1/process", get(process))
        .route("/api/v1/whoami", get(whoami))
        .route("/api/v1/versions", get(versions))
        .route("/api/v1/versions/{id}", get(version))
        .route("/api/v1/versions/{id}/comments", get(comments))
        .route("/api/v1/versions/{id}/diff", get(diff))
        .route("/api/v1/versions/{id}/export.md", get(export_md))
        .route("/api/v1/versions/{id}/export.akn", get(export_akn))
        .route("/api/v1/agreement", get(agreement))
        .route("/api/v1/calendar.ics", get(calendar))
}

#[derive(Serialize, ToSchema)]
pub struct ViewerJson {
    /// public, secretariat or member.
    kind: &'static str,
    member: Option<String>,
    participant: Option<String>,
    mediator: bool,
}

pub fn viewer_json(v: &Viewer) -> ViewerJson {
    match v {
        Viewer::Public => ViewerJson {
            kind: "public",
            member: None,
            participant: None,
            mediator: false,
        },
        Viewer::Secretariat => ViewerJson {
            kind: "secretariat",
            member: None,
            participant: None,
            mediator: true,
        },
        Viewer::Member {
            member,
            participant,
            mediator,
            ..
        } => ViewerJson {
            kind: "member",
            member: Some(member.clone()),
            participant: Some(participant.clone()),
            mediator: *mediator,
        },
    }
}

#[derive(Serialize, ToSchema)]
pub struct ParticipantJson {
    id: String,
    kind: String,
    name: String,
}

#[derive(Serialize, ToSchema)]
pub struct MemberJson {
    id: String,
    participant: String,
    name: String,
    roles: Vec<String>,
    key: String,
    removed_at: Option<u64>,
    removed_reason: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RoundStepJson {
    index: u64,
    state: String,
    note: Option<String>,
    party: Option<String>,
    at: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RoundJson {
    id: String,
    title: String,
    place: String,
    starts: String,
    ends: String,
    state: String,
    history: Vec<RoundStepJson>,
}

#[derive(Serialize, ToSchema)]
pub struct DeadlineJson {
    id: String,
    title: String,
    due: String,
    round: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CommuniqueJson {
    index: u64,
    title: String,
    text: String,
}

/// An invitation (never its code): as the secretariat and the mediators
/// list it, and as its code's holder looks it up.
#[derive(Serialize, ToSchema)]
pub struct InvitationJson {
    member: String,
    participant: String,
    participant_name: Option<String>,
    name: String,
    roles: Vec<String>,
    invited_at: u64,
    enrolled_at: Option<u64>,
    /// pending, used, expired or revoked (judged on the log's time).
    status: &'static str,
    /// When the code stops enrolling anyone (UTC), if it does.
    expires: Option<String>,
    /// A founding invitation of the genesis: its key becomes a founder (a
    /// secretariat key that may register keys and invite), no member of any
    /// participant.
    founding: bool,
}

pub fn invitation_json(d: &ProcessState, i: &truce_domain::Invitation) -> InvitationJson {
    InvitationJson {
        member: i.member.clone(),
        participant: i.participant.clone(),
        participant_name: d.participants.get(&i.participant).map(|p| p.name.clone()),
        name: i.name.clone(),
        roles: i.roles.iter().map(|r| r.to_string()).collect(),
        invited_at: i.invited_at,
        enrolled_at: i.enrolled_at,
        status: i.status(d.clock.map(|(_, t)| t)),
        expires: i
            .expires
            .map(|e| truce_domain::export::utc_from_unix(e.max(0) as u64)),
        founding: false,
    }
}

/// A founding invitation of the genesis, as the enrolment page shows it:
/// `used` is the entry that redeemed it, `expires` unix seconds, `now` the
/// log's time.
pub fn founding_invitation_json(
    process: &str,
    used: Option<u64>,
    expires: u64,
    now: Option<u64>,
) -> InvitationJson {
    let status = if used.is_some() {
        "used"
    } else if now.is_some_and(|t| t > expires) {
        "expired"
    } else {
        "pending"
    };
    InvitationJson {
        member: "founder".into(),
        participant: String::new(),
        participant_name: Some(process.to_owned()),
        name: "founder".into(),
        roles: vec!["secretariat".into()],
        invited_at: 0,
        enrolled_at: used,
        status,
        expires: Some(truce_domain::export::utc_from_unix(expires)),
        founding: true,
    }
}

#[derive(Serialize, ToSchema)]
pub struct ProcessJson {
    id: Option<String>,
    title: Option<String>,
    witness_quorum: usize,
    participants: Vec<ParticipantJson>,
    /// Members are listed to signed-in readers only.
    members: Vec<MemberJson>,
    /// Invitations, to the secretariat and the mediators only.
    invitations: Vec<InvitationJson>,
    rounds: Vec<RoundJson>,
    deadlines: Vec<DeadlineJson>,
    communiques: Vec<CommuniqueJson>,
    /// The adopted agreement's version id, if any and the reader may read it.
    agreement: Option<String>,
    /// Whether an agreement is adopted (the public learns that, not its text or id).
    agreement_adopted: bool,
    viewer: ViewerJson,
}

/// The process outline: participants, members (signed-in readers), rounds,
/// deadlines, communiqués and whether an agreement is adopted.
#[utoipa::path(get, path = "/api/v1/process", tag = "negotiation",
    params(ReaderHeaders),
    responses((status = 200, body = ProcessJson), (status = 401, body = super::error::ErrorJson)))]
async fn process(State(log): State<Arc<App>>, Reader(viewer): Reader) -> Json<ProcessJson> {
    Json(log.with_domain(|d| {
        ProcessJson {
            id: d.process.as_ref().map(|p| p.id.clone()),
            title: d.process.as_ref().map(|p| p.title.clone()),
            witness_quorum: d.witness_quorum(),
            participants: d
                .participants
                .values()
                .map(|p| ParticipantJson {
                    id: p.id.clone(),
                    kind: p.kind.to_string(),
                    name: p.name.clone(),
                })
                .collect(),
            members: if viewer.is_signed_in() {
                d.members
                    .values()
                    .map(|m| MemberJson {
                        id: m.id.clone(),
                        participant: m.participant.clone(),
                        name: m.name.clone(),
                        roles: m.roles.iter().map(|r| r.to_string()).collect(),
                        key: m.key.clone(),
                        removed_at: m.removed.as_ref().map(|r| r.0),
                        // The reason is the sealed part of member.remove.
                        removed_reason: m
                            .removed
                            .as_ref()
                            .filter(|_| {
                                viewer.is_mediator()
                                    || viewer.participant() == Some(m.participant.as_str())
                            })
                            .map(|r| r.1.clone()),
                    })
                    .collect()
            } else {
                vec![]
            },
            invitations: if viewer.is_mediator() {
                d.invitations
                    .values()
                    .map(|i| invitation_json(d, i))
                    .collect()
            } else {
                vec![]
            },
            rounds: d
                .rounds
                .values()
                .map(|r| RoundJson {
                    id: r.id.clone(),
                    title: r.title.clone(),
                    place: r.place.clone(),
                    starts: r.starts.clone(),
                    ends: r.ends.clone(),
                    state: r.state.to_string(),
                    history: r
                        .history
                        .iter()
                        .map(|h| RoundStepJson {
                            index: h.index,
                            state: h.state.to_string(),
                            note: h.note.clone(),
                            party: h.party.clone(),
                            at: h.at.clone(),
                        })
                        .collect(),
                })
                .collect(),
            deadlines: d
                .deadlines
                .values()
                .map(|x| DeadlineJson {
                    id: x.id.clone(),
                    title: x.title.clone(),
                    due: x.due.clone(),
                    round: x.round.clone(),
                })
                .collect(),
            communiques: d
                .communiques
                .iter()
                .map(|(i, t, x)| CommuniqueJson {
                    index: *i,
                    title: t.clone(),
                    text: x.clone(),
                })
                .collect(),
            agreement: d
                .agreement()
                .filter(|v| d.can_see_version(&viewer, v))
                .map(|v| v.id.clone()),
            agreement_adopted: d.agreement().is_some(),
            viewer: viewer_json(&viewer),
        }
    }))
}

/// Who the signed request's key reads as.
#[utoipa::path(get, path = "/api/v1/whoami", tag = "negotiation", params(ReaderHeaders),
    responses((status = 200, body = ViewerJson), (status = 401, body = super::error::ErrorJson)))]
async fn whoami(Reader(viewer): Reader) -> Json<ViewerJson> {
    Json(viewer_json(&viewer))
}

/// The signed-request headers (see the `auth` module); omit all three to read as the public.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Header)]
#[allow(dead_code)]
pub struct ReaderHeaders {
    /// Key id (`name+hex`) of the reader's registered key.
    #[param(rename = "X-Truce-Key")]
    key: Option<String>,
    /// Unix seconds when the request was signed.
    #[param(rename = "X-Truce-Created")]
    created: Option<String>,
    /// Base64 Ed25519 signature over `truce-read/v1\n{origin}\n{METHOD}\n{path?query}\n{created}\n`.
    #[param(rename = "X-Truce-Signature")]
    signature: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct EndorsementJson {
    index: u64,
    member: String,
    participant: String,
    at: Option<String>,
    /// The tlog-proof receipt of this signature's entry.
    receipt: String,
}

fn endorsement(e: &Endorsement) -> EndorsementJson {
    EndorsementJson {
        index: e.index,
        member: e.member.clone(),
        participant: e.participant.clone(),
        at: e.at.clone(),
        receipt: format!("/api/v1/entries/{}/receipt", e.index),
    }
}

#[derive(Serialize, ToSchema)]
pub struct AdoptionJson {
    adopted: bool,
    signed: Vec<EndorsementJson>,
    /// Parties whose signatory has not signed.
    missing_signatures: Vec<String>,
    witnessed: Vec<EndorsementJson>,
    /// Mediators who have not witnessed, while the quorum is not met.
    missing_witnesses: Vec<String>,
    witness_quorum: usize,
}

fn adoption(a: &AdoptionStatus) -> AdoptionJson {
    AdoptionJson {
        adopted: a.adopted,
        signed: a.signed.iter().map(endorsement).collect(),
        missing_signatures: a.missing_signatures.clone(),
        witnessed: a.witnessed.iter().map(endorsement).collect(),
        missing_witnesses: a.missing_witnesses.clone(),
        witness_quorum: a.witness_quorum,
    }
}

#[derive(Serialize, ToSchema)]
pub struct RelayJson {
    index: u64,
    by: String,
    to: String,
    /// SHA-256 of the mediators' note, when the reader may read it.
    note: Option<String>,
    at: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ClauseJson {
    eid: String,
    article: String,
    status: String,
}

#[derive(Serialize, ToSchema)]
pub struct VersionJson {
    id: String,
    draft: String,
    parent: Option<String>,
    author_member: String,
    author_participant: String,
    content: String,
    index: u64,
    at: Option<String>,
    title: String,
    languages: Vec<String>,
    authoritative: Vec<String>,
    relays: Vec<RelayJson>,
    clauses: Vec<ClauseJson>,
    /// Relayed to every party and nothing bracketed.
    bracketed: Vec<String>,
    adoption: AdoptionJson,
    /// The document blob as submitted (the full read only; absent from the list).
    #[schema(value_type = Object)]
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<serde_json::Value>,
}

fn version_json(d: &ProcessState, viewer: &Viewer, v: &Version) -> VersionJson {
    let (author_member, author_participant) = d.shown_author(viewer, v);
    let doc = &v.document;
    VersionJson {
        id: v.id.clone(),
        draft: v.draft.clone(),
        // A parent the reader may not read is not named to it.
        parent: v.parent.clone().filter(|p| {
            d.versions
                .get(p)
                .is_some_and(|x| d.can_see_version(viewer, x))
        }),
        author_member,
        author_participant,
        content: v.content.clone(),
        index: d.shown_index(viewer, v),
        at: v.at.clone(),
        title: doc.text_in(&doc.title, doc.primary_language()).to_owned(),
        languages: doc.languages.iter().map(|l| l.code.clone()).collect(),
        authoritative: doc
            .languages
            .iter()
            .filter(|l| l.authoritative)
            .map(|l| l.code.clone())
            .collect(),
        relays: v
            .relays
            .iter()
            .filter(|r| {
                viewer.is_mediator()
                    || viewer.participant() == Some(r.to.as_str())
                    || viewer.participant() == Some(v.author_participant.as_str())
            })
            .map(|r| RelayJson {
                index: r.index,
                by: r.by.clone(),
                to: r.to.clone(),
                note: r.note.clone().filter(|_| d.can_see_relay_note(viewer, r)),
                at: r.at.clone(),
            })
            .collect(),
        clauses: doc
            .clauses()
            .map(|(a, p)| ClauseJson {
                eid: p.eid.clone(),
                article: a.eid.clone(),
                status: p.status.as_str().to_owned(),
            })
            .collect(),
        bracketed: doc.bracketed().into_iter().map(str::to_owned).collect(),
        adoption: adoption(&d.adoption(v)),
        document: None,
    }
}

/// Find a version `viewer` may read; the same 404 whether it does not exist
/// or is not the reader's to see, so ids do not leak.
fn visible<'a>(d: &'a ProcessState, viewer: &Viewer, id: &str) -> Result<&'a Version, ApiError> {
    d.versions
        .get(id)
        .filter(|v| d.can_see_version(viewer, v))
        .ok_or_else(|| {
            ApiError::not_found(if viewer.is_signed_in() {
                reason!(
                    "version-none-readable",
                    "no version {id:?} that you may read",
                    id = id
                )
            } else {
                reason!(
                    "version-none-readable-sign",
                    "no version {id:?} that you may read (sign the request: drafts are confidential)",
                    id = id
                )
            })
        })
}

/// The versions the reader may see, oldest first.
#[utoipa::path(get, path = "/api/v1/versions", tag = "negotiation", params(ReaderHeaders),
    responses((status = 200, body = [VersionJson]), (status = 401, body = super::error::ErrorJson)))]
async fn versions(State(log): State<Arc<App>>, Reader(viewer): Reader) -> Json<Vec<VersionJson>> {
    Json(log.with_domain(|d| {
        d.visible_versions(&viewer)
            .map(|v| version_json(d, &viewer, v))
            .collect()
    }))
}

/// A blob the domain state names. The state only names stored blobs, so a
/// missing one means the store lost it: a server failure, not the reader's.
pub(crate) async fn read_blob(log: &App, hash: &str) -> Result<Vec<u8>, ApiError> {
    let h = crate::engine::parse_sha256(hash).ok_or_else(|| {
        ApiError::unavailable(reason!(
            "blob-stored-hash-malformed",
            "{hash:?} is not a SHA-256",
            hash = hash
        ))
    })?;
    log.store.get_blob(&h).await?.ok_or_else(|| {
        ApiError::unavailable(reason!(
            "blob-missing-from-store",
            "blob {hash} is missing from the store",
            hash = hash
        ))
    })
}

async fn read_document(log: &App, hash: &str) -> Result<serde_json::Value, ApiError> {
    serde_json::from_slice(&read_blob(log, hash).await?).map_err(|e| {
        ApiError::unavailable(reason!(
            "blob-stored-not-json",
            "stored blob {hash} is not JSON: {detail}",
            hash = hash,
            detail = e
        ))
    })
}

/// One version with its document, if the reader may see it.
#[utoipa::path(get, path = "/api/v1/versions/{id}", tag = "negotiation",
    params(("id" = String, Path, description = "version id"), ReaderHeaders),
    responses((status = 200, body = VersionJson), (status = 401, body = super::error::ErrorJson),
        (status = 404, body = super::error::ErrorJson)))]
async fn version(
    State(log): State<Arc<App>>,
    Path(id): Path<String>,
    Reader(viewer): Reader,
) -> Result<Json<VersionJson>, ApiError> {
    let mut v =
        log.with_domain(|d| visible(d, &viewer, &id).map(|v| version_json(d, &viewer, v)))?;
    v.document = Some(read_document(&log, &v.content).await?);
    Ok(Json(v))
}

#[derive(Serialize, ToSchema)]
pub struct CommentJson {
    id: String,
    clause: String,
    author_member: String,
    author_participant: String,
    visibility: String,
    content: String,
    text: String,
    index: u64,
    at: Option<String>,
}

/// The comments on a version that the reader may see, with their text.
#[utoipa::path(get, path = "/api/v1/versions/{id}/comments", tag = "negotiation",
    params(("id" = String, Path, description = "version id"), ReaderHeaders),
    responses((status = 200, body = [CommentJson]), (status = 401, body = super::error::ErrorJson),
        (status = 404, body = super::error::ErrorJson)))]
async fn comments(
    State(log): State<Arc<App>>,
    Path(id): Path<String>,
    Reader(viewer): Reader,
) -> Result<Json<Vec<CommentJson>>, ApiError> {
    let list = log.with_domain(|d| {
        visible(d, &viewer, &id)?;
        Ok::<_, ApiError>(
            d.comments
                .iter()
                .filter(|c| c.version == id && d.can_see_comment(&viewer, c))
                .map(|c| CommentJson {
                    id: c.id.clone(),
                    clause: c.clause.clone(),
                    author_member: c.author_member.clone(),
                    author_participant: c.author_participant.clone(),
                    visibility: c.visibility.to_string(),
                    content: c.content.clone(),
                    text: String::new(),
                    index: c.index,
                    at: c.at.clone(),
                })
                .collect::<Vec<_>>(),
        )
    })?;
    let mut out = Vec::with_capacity(list.len());
    for mut c in list {
        c.text = String::from_utf8_lossy(&read_blob(&log, &c.content).await?).into_owned();
        out.push(c);
    }
    Ok(Json(out))
}

#[derive(Deserialize, IntoParams)]
pub struct DiffQuery {
    /// The version to compare against (the older one, usually).
    against: String,
}

#[derive(Serialize, ToSchema)]
pub struct WordJson {
    /// same, inserted or deleted.
    op: &'static str,
    text: String,
}

#[derive(Serialize, ToSchema)]
pub struct LanguageChangeJson {
    language: String,
    words: Vec<WordJson>,
}

#[derive(Serialize, ToSchema)]
pub struct ClauseDiffJson {
    eid: String,
    /// added, removed, changed, moved, moved_and_changed or unchanged.
    change: &'static str,
    article_before: Option<String>,
    article_after: Option<String>,
    status_before: Option<&'static str>,
    status_after: Option<&'static str>,
    languages: Vec<LanguageChangeJson>,
}

fn clause_diff(c: ClauseDiff) -> ClauseDiffJson {
    ClauseDiffJson {
        eid: c.eid,
        change: c.change.as_str(),
        article_before: c.article_before,
        article_after: c.article_after,
        status_before: c.status_before,
        status_after: c.status_after,
        languages: c
            .words
            .into_iter()
            .map(|(language, words)| LanguageChangeJson {
                language,
                words: words
                    .into_iter()
                    .map(|w| match w {
                        WordChange::Same(text) => WordJson { op: "same", text },
                        WordChange::Inserted(text) => WordJson {
                            op: "inserted",
                            text,
                        },
                        WordChange::Deleted(text) => WordJson {
                            op: "deleted",
                            text,
                        },
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Clause-level diff from `against` to this version, with word-level changes.
#[utoipa::path(get, path = "/api/v1/versions/{id}/diff", tag = "negotiation",
    params(("id" = String, Path, description = "version id"), DiffQuery, ReaderHeaders),
    responses((status = 200, body = [ClauseDiffJson]), (status = 401, body = super::error::ErrorJson),
        (status = 404, body = super::error::ErrorJson), (status = 429, body = super::error::ErrorJson)))]
async fn diff(
    State(log): State<Arc<App>>,
    Path(id): Path<String>,
    Query(q): Query<DiffQuery>,
    reader: super::auth::KeyedReader,
) -> Result<Response, ApiError> {
    let viewer = reader.viewer;
    // The documents are taken from a snapshot; the diff runs on a blocking
    // thread, and its word level stops refining at a deadline, so a large
    // diff delays only itself.
    let (a, b) = log.with_domain(|d| -> Result<_, ApiError> {
        let b = visible(d, &viewer, &id)?;
        let a = visible(d, &viewer, &q.against)?;
        Ok((a.document.clone(), b.document.clone()))
    })?;
    // Versions never change: a diff asked for again (by anyone who may read
    // both) is answered from the cache, so asking repeatedly costs nothing.
    let key = (id.clone(), q.against.clone());
    let json = |bytes: axum::body::Bytes| {
        ([(header::CONTENT_TYPE, "application/json")], bytes).into_response()
    };
    // Each key has an allowance of diffs (60 a minute; 429 beyond): a diff
    // answer can be megabytes, computed or not.
    if let Some(k) = &reader.key {
        log.diff_quota.take(k, 1, std::time::Instant::now())?;
    }
    if let Some(bytes) = log.cached_diff(&key) {
        return Ok(json(bytes));
    }
    // A few at once: each may take its deadline of CPU and its answer's memory.
    let permit = super::slots::slot(&log.slots.diffs, reason!("slot-what-diffs", "diffs"))?;
    let deadline = std::time::Instant::now() + DIFF_DEADLINE;
    let diff = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        truce_domain::diff::diff_until(&a, &b, Some(deadline))
    })
    .await
    .map_err(|_| ApiError::unavailable(reason!("diff-failed", "the diff failed")))?;
    let body: Vec<ClauseDiffJson> = diff.into_iter().map(clause_diff).collect();
    let bytes = axum::body::Bytes::from(
        serde_json::to_vec(&body).map_err(|e| ApiError::unavailable(Reason::detail(e)))?,
    );
    log.cache_diff(key, bytes.clone());
    Ok(json(bytes))
}

/// How long a diff refines word by word before it reports the rest of each
/// changed text as replaced whole.
const DIFF_DEADLINE: std::time::Duration = std::time::Duration::from_secs(2);

/// A version as Markdown, every language side by side.
#[utoipa::path(get, path = "/api/v1/versions/{id}/export.md", tag = "negotiation",
    params(("id" = String, Path, description = "version id"), ReaderHeaders),
    responses((status = 200, content_type = "text/markdown", body = String),
        (status = 401, body = super::error::ErrorJson), (status = 404, body = super::error::ErrorJson)))]
async fn export_md(
    State(log): State<Arc<App>>,
    Path(id): Path<String>,
    Reader(viewer): Reader,
) -> Result<Response, ApiError> {
    // Bounded by one document (at most 4 MiB per language), rendered off
    // the async workers on the snapshot the request began with.
    let d = log.snapshot();
    let text = super::work::off_workers(move || {
        visible(&d, &viewer, &id).map(|v| truce_domain::export::markdown(&d, &viewer, v))
    })
    .await?;
    Ok((
        [(header::CONTENT_TYPE, "text/markdown; charset=utf-8")],
        text,
    )
        .into_response())
}

#[derive(Deserialize, IntoParams)]
pub struct LangQuery {
    /// One language's `doc` instead of the collection of all languages.
    lang: Option<String>,
}

/// A version as Akoma Ntoso 3.0 XML (one FRBR expression per language).
#[utoipa::path(get, path = "/api/v1/versions/{id}/export.akn", tag = "negotiation",
    params(("id" = String, Path, description = "version id"), LangQuery, ReaderHeaders),
    responses((status = 200, content_type = "application/akn+xml", body = String),
        (status = 401, body = super::error::ErrorJson), (status = 404, body = super::error::ErrorJson)))]
async fn export_akn(
    State(log): State<Arc<App>>,
    Path(id): Path<String>,
    Query(q): Query<LangQuery>,
    Reader(viewer): Reader,
) -> Result<Response, ApiError> {
    let origin = log.origin().to_owned();
    let d = log.snapshot();
    let text = super::work::off_workers(move || {
        visible(&d, &viewer, &id)
            .map(|v| truce_domain::export::akoma_ntoso(&d, &viewer, v, &origin, q.lang.as_deref()))
    })
    .await?;
    Ok((
        [(header::CONTENT_TYPE, "application/akn+xml; charset=utf-8")],
        text,
    )
        .into_response())
}

#[derive(Serialize, ToSchema)]
pub struct AgreementJson {
    /// The adopted version, or the version furthest along towards adoption,
    /// when the reader may read it.
    version: Option<String>,
    adopted: bool,
    content: Option<String>,
    adoption: Option<AdoptionJson>,
}

/// The agreement: the adopted version with its signatures and receipts, or,
/// while none is adopted, the most-signed version and who is still missing.
#[utoipa::path(get, path = "/api/v1/agreement", tag = "negotiation", params(ReaderHeaders),
    responses((status = 200, body = AgreementJson), (status = 401, body = super::error::ErrorJson)))]
async fn agreement(State(log): State<Arc<App>>, Reader(viewer): Reader) -> Json<AgreementJson> {
    Json(log.with_domain(|d| {
        let candidate = d.agreement().or_else(|| {
            d.visible_versions(&viewer)
                .filter(|v| !v.signatures.is_empty())
                .max_by_key(|v| (v.signatures.len() + v.witnesses.len(), v.index))
        });
        match candidate {
            Some(v) if d.can_see_version(&viewer, v) => AgreementJson {
                version: Some(v.id.clone()),
                adopted: d.adopted.contains(&v.id),
                content: Some(v.content.clone()),
                adoption: Some(adoption(&d.adoption(v))),
            },
            // The public learns that an agreement was adopted and by whose
            // signatures (each with its receipt), not its text, id or hash:
            // those are the sealed part of the signatures.
            Some(v) if d.adopted.contains(&v.id) => AgreementJson {
                version: None,
                adopted: true,
                content: None,
                adoption: Some(adoption(&d.adoption(v))),
            },
            _ => AgreementJson {
                version: None,
                adopted: false,
                content: None,
                adoption: None,
            },
        }
    }))
}

fn now_utc() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    truce_domain::export::utc_from_unix(secs)
}

/// Rounds and deadlines as an RFC 5545 iCalendar feed.
#[utoipa::path(get, path = "/api/v1/calendar.ics", tag = "negotiation",
    responses((status = 200, content_type = "text/calendar", body = String)))]
async fn calendar(State(log): State<Arc<App>>) -> Response {
    let origin = log.origin().to_owned();
    let text = log.with_domain(|d| truce_domain::export::icalendar(d, &origin, &now_utc()));
    (
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        text,
    )
        .into_response()
}
