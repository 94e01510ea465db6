//! Reports and the public record.
//!
//! - `GET /api/v1/report?from&to&format`: the compliance report the reader
//!   may read (the commission's, a party's own record, or the public's),
//!   made at the latest published checkpoint from the state folded to
//!   exactly that checkpoint, so it never waits on the sequencer and the
//!   same checkpoint gives the same bytes. `json` carries the log's evidence
//!   for every entry it counts; `csv`, `geojson` and `html` are its twins.
//! - `GET /api/v1/public`: the process at a glance for anyone, from the same
//!   snapshot, cached per checkpoint, with an `ETag`.
//! - `GET /api/v1/public/feed.atom`: an Atom feed (RFC 4287) of what was published.

use super::app::App;
use super::auth::KeyedReader;
use super::error::ApiError;
use super::sessions::ClientIp;
use super::slots::{SendSlot, reader_name};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};
use std::sync::Arc;
use truce_domain::ProcessState;
use truce_domain::access::Viewer;
use truce_domain::publication::Object;
use truce_domain::report::{Period, esc};
use truce_ledger::{Reason, reason};
use utoipa::IntoParams;

pub fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/api/v1/report", get(report))
        .route("/api/v1/public", get(public_record))
        .route("/api/v1/public/feed.atom", get(feed))
        .route("/api/v1/public/lists/{list}", get(public_list))
        .route("/api/v1/publications", get(publications))
        .route("/api/v1/published-reports/{sha256}", get(published_report))
}

#[derive(Deserialize, IntoParams)]
pub struct FormatQuery {
    /// `json` (default: the published bytes), `csv`, `geojson`, `html` or `pdf`.
    #[serde(default)]
    format: Option<String>,
}

fn parse_format(q: Option<&str>) -> Result<crate::report::Format, ApiError> {
    crate::report::Format::parse_or_refuse(q.unwrap_or("json")).map_err(ApiError::bad_request)
}

/// A report's HTML runs no script: its own policy on the response.
fn with_report_csp(mut resp: Response, format: crate::report::Format) -> Response {
    if format == crate::report::Format::Html {
        resp.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(REPORT_CSP),
        );
    }
    resp
}

/// Render `data` in `format` off the async workers; a PDF one at a time,
/// the turn held by the work itself (a reader who hangs up does not free
/// it while the typesetter runs), a reader waiting at most a minute.
async fn render_off_workers(
    log: &App,
    data: Value,
    format: crate::report::Format,
) -> Result<Vec<u8>, ApiError> {
    let turn = if format == crate::report::Format::Pdf {
        Some(
            tokio::time::timeout(
                std::time::Duration::from_secs(60),
                log.typesetting.clone().acquire_owned(),
            )
            .await
            .ok()
            .and_then(Result::ok)
            .ok_or_else(|| {
                ApiError::unavailable(reason!(
                    "report-typesetter-busy",
                    "the typesetter is busy with other reports: try again in a moment"
                ))
            })?,
        )
    } else {
        None
    };
    tokio::task::spawn_blocking(move || {
        let _turn = turn;
        crate::report::render(&data, format)
    })
    .await
    .map_err(|e| {
        ApiError::internal(reason!(
            "report-renderer-failed",
            "the report's renderer failed: {detail}",
            detail = e
        ))
    })?
    // The typesetter's own words.
    .map_err(|e| ApiError::internal(Reason::detail(e)))
}

/// The same 404 for a hash that is not stored and one not published.
fn no_published_report(h: &str) -> ApiError {
    ApiError::not_found(reason!(
        "report-none-published",
        "no published report {h}",
        h = h
    ))
}

/// A published report (by its data twin's SHA-256, as the publication
/// signed it) in any format, for anyone: the JSON is the published bytes,
/// the others are made from them (the PDF carries them attached, so
/// `truce verify-report` checks it, and the footer names the signed hash).
/// Not published, or not a report: 404, the same as for an unknown hash.
#[utoipa::path(get, path = "/api/v1/published-reports/{sha256}", tag = "reports",
    params(("sha256" = String, Path, description = "the report's data twin, lower-case hex SHA-256"), FormatQuery),
    responses((status = 200, body = Object), (status = 304), (status = 400, body = super::error::ErrorJson),
        (status = 404, body = super::error::ErrorJson), (status = 429, body = super::error::ErrorJson),
        (status = 503, body = super::error::ErrorJson)))]
async fn published_report(
    State(log): State<Arc<App>>,
    axum::extract::Path(h): axum::extract::Path<String>,
    KeyedReader { key, .. }: KeyedReader,
    ClientIp(ip): ClientIp,
    Query(q): Query<FormatQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let format = parse_format(q.format.as_deref())?;
    let hash = crate::engine::parse_sha256(&h).ok_or_else(|| {
        ApiError::bad_request(reason!(
            "blob-hash-malformed",
            "{h:?} is not a hex SHA-256",
            h = h
        ))
    })?;
    let h = hex::encode(hash);
    // What the public may read is what was published.
    if !log.with_domain(|d| d.can_read_report_blob(&Viewer::Public, &h)) {
        return Err(no_published_report(&h));
    }
    // Published reports never change: one tag per hash and format.
    let tag = format!("\"{h}-{}\"", format.name());
    if not_modified(&headers, &tag) {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, tag)]).into_response());
    }
    let reader = reader_name(key.as_deref(), ip);
    log.export_quota
        .take(&reader, 1, std::time::Instant::now())?;
    let slot = SendSlot::take(&log.slots, reader)?;
    let bytes = log
        .store
        .get_blob(&hash)
        .await?
        .ok_or_else(|| no_published_report(&h))?;
    let body = if format == crate::report::Format::Json {
        bytes
    } else {
        let data: Value = serde_json::from_slice(&bytes).map_err(|e| {
            ApiError::internal(reason!(
                "report-published-not-json",
                "the published report is not JSON: {detail}",
                detail = e
            ))
        })?;
        render_off_workers(&log, data, format).await?
    };
    drop(slot);
    let resp = (
        [
            (header::CONTENT_TYPE, format.content_type().to_owned()),
            (header::ETAG, tag),
            (
                header::CACHE_CONTROL,
                "public, max-age=86400, immutable".to_owned(),
            ),
        ],
        body,
    )
        .into_response();
    Ok(with_report_csp(resp, format))
}

/// Publications as the reader may know them: the mediators see those under
/// way with what each would publish; everyone else only those done.
#[utoipa::path(get, path = "/api/v1/publications", tag = "reports",
    params(super::negotiation::ReaderHeaders), responses((status = 200, body = [Object])))]
async fn publications(
    State(log): State<Arc<App>>,
    super::auth::Reader(viewer): super::auth::Reader,
) -> Json<Vec<Value>> {
    let d = log.snapshot();
    Json(
        d.publications
            .values()
            .filter(|p| p.published.is_some() || viewer.is_mediator())
            .map(|p| {
                json!({
                    "object": p.object.kind(),
                    "id": p.object.id(),
                    "report": p.report.as_ref().map(|r| json!({
                        "sha256": r.sha256, "from": r.from, "to": r.to, "size": r.size, "title": r.title,
                    })),
                    "signers": p.signers.iter().map(|s| json!({ "participant": s.participant, "member": s.member, "entry": s.index })).collect::<Vec<_>>(),
                    "quorum": d.publication_quorum(&p.object),
                    "published_entry": p.published.map(|x| x.0),
                })
            })
            .collect(),
    )
}

/// The content security policy of a report's HTML: no script at all, its
/// own inline stylesheet only.
pub const REPORT_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

#[derive(Deserialize, IntoParams)]
pub struct ReportQuery {
    /// First day, `YYYY-MM-DD`.
    from: String,
    /// Last day, `YYYY-MM-DD` (inclusive).
    to: String,
    /// `json` (default), `csv`, `geojson`, `html` or `pdf`.
    #[serde(default)]
    format: Option<String>,
    /// The report's id (default `report-FROM-TO`).
    #[serde(default)]
    id: Option<String>,
}

fn report_id(q: &ReportQuery) -> Result<String, ApiError> {
    let id =
        q.id.clone()
            .unwrap_or_else(|| format!("report-{}-{}", q.from, q.to));
    let ok = !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(id)
    } else {
        Err(ApiError::bad_request(reason!(
            "report-id-malformed",
            "id: 1 to 100 of A-Z a-z 0-9 - _ ."
        )))
    }
}

/// The state at the latest published checkpoint, with the checkpoint.
fn at_checkpoint(log: &App) -> Result<(crate::engine::Published, Arc<ProcessState>), ApiError> {
    let p = log.published().ok_or_else(|| {
        ApiError::unavailable(reason!(
            "report-no-checkpoint-cosigned",
            "no checkpoint is cosigned yet: try again in a moment"
        ))
    })?;
    let state = p.state.clone().ok_or_else(|| {
        ApiError::unavailable(reason!(
            "report-checkpoint-being-cosigned",
            "the next checkpoint is being cosigned: try again in a moment"
        ))
    })?;
    Ok((p, state))
}

/// A compliance report for a period, as the reader may read it: the
/// commission's (mediators), a party's own record, or the public's (only
/// what was published). `json` is the `truce-report/v1` data with the
/// cosigned checkpoint, every counted entry, its inclusion proof and the
/// openings the reader may read (`truce verify-report` checks it offline);
/// `csv`, `geojson`, `html` and `pdf` (typeset with Typst, tagged for
/// PDF/UA-1, the JSON attached) are its twins.
#[utoipa::path(get, path = "/api/v1/report", tag = "reports",
    params(ReportQuery, super::negotiation::ReaderHeaders),
    responses((status = 200, content_type = "application/json", body = Object),
        (status = 400, body = super::error::ErrorJson), (status = 429, body = super::error::ErrorJson),
        (status = 503, body = super::error::ErrorJson)))]
async fn report(
    State(log): State<Arc<App>>,
    KeyedReader { viewer, key }: KeyedReader,
    ClientIp(ip): ClientIp,
    Query(q): Query<ReportQuery>,
) -> Result<Response, ApiError> {
    let format = parse_format(q.format.as_deref())?;
    let period = Period::new(&q.from, &q.to).map_err(ApiError::bad_request)?;
    let id = report_id(&q)?;
    let reader = reader_name(key.as_deref(), ip);
    log.export_quota
        .take(&reader, 1, std::time::Instant::now())?;
    let mut slot = SendSlot::take(&log.slots, reader)?;
    slot.export()?;
    let (published, state) = at_checkpoint(&log)?;
    let data = make(&log, &published, &state, &viewer, &period, &id).await?;
    let body = render_off_workers(&log, data, format).await?;
    drop(slot);
    let (content_type, ext) = (format.content_type(), format.name());
    let resp = (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{id}.{ext}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        body,
    )
        .into_response();
    Ok(with_report_csp(resp, format))
}

/// Make a report at `published` (the state folded to its size).
pub async fn make(
    log: &App,
    published: &crate::engine::Published,
    state: &ProcessState,
    viewer: &Viewer,
    period: &Period,
    id: &str,
) -> Result<Value, ApiError> {
    log.report_at(published, state, viewer, period, id)
        .await
        .map_err(|e| match e {
            crate::report::MakeError::Store(s) => {
                ApiError::from(crate::engine::EngineError::from(s))
            }
            other => ApiError::unavailable(other.reason()),
        })
}

/// The public record at a checkpoint: what the mediators published, the
/// process's rounds and communiqués, and each commitment's state as the
/// public may know it. Pure: the same state gives the same JSON.
pub fn public_json(state: &ProcessState, size: u64, note: &str) -> Value {
    let viewer = Viewer::Public;
    let time = |t: i64| truce_domain::export::utc_from_unix(t.max(0) as u64);
    let agreements: Vec<Value> = state
        .adopted
        .iter()
        .filter(|v| state.agreement_published(v))
        .filter_map(|v| state.versions.get(v))
        .map(|v| {
            let p = state.publication(&Object::Agreement(v.id.clone()));
            let (index, at) = p.and_then(|p| p.published).unwrap_or_default();
            json!({
                "version": v.id,
                "draft": v.draft,
                "title": v.document.text_in(&v.document.title, v.document.primary_language()),
                "languages": v.document.languages.iter().map(|l| l.code.clone()).collect::<Vec<_>>(),
                "content": v.content,
                // The submission, where the public may open it: an
                // unattributed bridging text's names its mediator, so it is
                // checked through the signatures, which commit to its hash too.
                "entry": v.attributed.then_some(v.index),
                "signatures": v.signatures.iter().map(|s| json!({ "participant": s.participant, "entry": s.index })).collect::<Vec<_>>(),
                "witnesses": v.witnesses.iter().map(|s| json!({ "participant": s.participant, "entry": s.index })).collect::<Vec<_>>(),
                "published_entry": index,
                "published": time(at),
                "signers": p.map(|p| p.signers.iter().map(|s| s.participant.clone()).collect::<Vec<_>>()),
            })
        })
        .collect();
    let mon = &state.monitor;
    let mut findings: Vec<_> = mon
        .findings
        .values()
        .filter(|f| f.published.is_some())
        .collect();
    findings.sort_by_key(|f| f.published.as_ref().map(|p| p.0));
    let findings: Vec<Value> = findings
        .iter()
        .map(|f| {
            let penalties: Vec<Value> = mon
                .penalties
                .values()
                .filter(|p| p.finding == f.id && state.can_see_penalty(&viewer, p))
                .map(|p| {
                    json!({
                        "id": p.id,
                        "entry": p.index,
                        "party": p.party,
                        "kind": p.kind.as_str(),
                        "rule": p.rule,
                        "imposed": p.at,
                        "status": p.status(),
                        "appeal": p.appeal.as_ref().map(truce_domain::report::appeal),
                        "served_entry": p.served.as_ref().map(|s| s.0),
                        "lifted_entry": p.lifted.as_ref().map(|s| s.0),
                    })
                })
                .collect();
            let (index, statement) = f.published.clone().unwrap_or_default();
            json!({
                "id": f.id,
                "entry": f.index,
                "case": f.case,
                "outcome": f.outcome.as_str(),
                "party": f.party,
                "category": f.category,
                "summary": f.summary,
                "statement": statement,
                "dissents": f.dissents().count(),
                "published_entry": index,
                "published": f.published_unix.map(time),
                "signers": f.publishers.iter().map(|s| s.participant.clone()).collect::<Vec<_>>(),
                "penalties": penalties,
            })
        })
        .collect();
    let reports: Vec<Value> = state
        .publications
        .values()
        .filter_map(|p| Some((p, p.report.as_ref()?, p.published?)))
        .map(|(p, r, (index, at))| {
            json!({
                "id": p.object.id(),
                "title": r.title,
                "from": r.from,
                "to": r.to,
                "size": r.size,
                "sha256": r.sha256,
                "published_entry": index,
                "published": time(at),
                "signers": p.signers.iter().map(|s| s.participant.clone()).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut reports = reports;
    reports.sort_by_key(|r| r["published_entry"].as_u64());
    let now = state.clock.map_or(0, |(_, t)| t);
    let statuses = if state.public_commitments(&viewer) {
        truce_domain::monitor::compliance::evaluate_as(state, &viewer, size, now)
    } else {
        Vec::new()
    };
    let commitments: Vec<Value> = statuses
            .into_iter()
            .map(|c| json!({ "id": c.id, "clause": c.clause, "bearer": c.bearer, "state": c.state.as_str() }))
            .collect();
    // Rounds in the order they were scheduled (their ids are the
    // mediators' names, in no order), so pages of them stay put.
    let mut rounds: Vec<_> = state.rounds.values().collect();
    rounds.sort_by_key(|r| (r.history.first().map(|h| h.index), r.id.clone()));
    let rounds: Vec<Value> = rounds
        .into_iter()
        .map(|r| json!({ "id": r.id, "title": r.title, "place": r.place, "starts": r.starts, "ends": r.ends, "state": r.state.as_str() }))
        .collect();
    let communiques: Vec<Value> = state
        .communiques
        .iter()
        .map(|(i, title, text)| json!({ "entry": i, "title": title, "text": text }))
        .collect();
    json!({
        "process": state.process.as_ref().map(|p| json!({ "id": p.id, "title": p.title })),
        "parties": state.parties().map(|p| json!({ "id": p.id, "name": p.name })).collect::<Vec<_>>(),
        "mediators": state.mediators().map(|p| json!({ "id": p.id, "name": p.name })).collect::<Vec<_>>(),
        "checkpoint": { "size": size, "note": note, "log_time": time(now) },
        "agreements": agreements,
        "rounds": rounds,
        "communiques": communiques,
        "findings": findings,
        "reports": reports,
        "commitments": commitments,
    })
}

fn etag(p: &crate::engine::Published) -> String {
    format!(
        "\"pub2-{}-{}\"",
        p.checkpoint.size,
        hex::encode(&p.checkpoint.root[..8])
    )
}

fn not_modified(headers: &HeaderMap, tag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"))
}

fn cached(tag: String, content_type: &'static str, body: axum::body::Bytes) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::ETAG, tag),
            (
                header::CACHE_CONTROL,
                "public, max-age=10, stale-while-revalidate=60".to_owned(),
            ),
        ],
        body,
    )
        .into_response()
}

/// How long the public record may trail the log: under a crowd and a busy
/// log it is made again at most this often, whatever the checkpoints.
const PUBLIC_REFRESH: std::time::Duration = std::time::Duration::from_secs(2);

/// The public record's lists that grow with the process, oldest first.
pub const PUBLIC_LISTS: [&str; 4] = ["rounds", "communiques", "findings", "reports"];

/// Items of each list the public record holds (the newest), and a page of
/// [`public_list`] at most: the record stays a glance, whatever the log's
/// length, and the rest is a page away.
pub const PUBLIC_LIST_PAGE: usize = 100;

/// The record at a glance: each of [`PUBLIC_LISTS`] cut to its newest
/// [`PUBLIC_LIST_PAGE`] items, and `counts` of every list's whole length.
/// `full`'s lists are taken out whole (for the pages) and `full` becomes
/// the glance; nothing is copied but the newest items.
pub fn public_glance(full: &mut Value) -> [Vec<Value>; 4] {
    let mut counts = serde_json::Map::new();
    let lists = PUBLIC_LISTS.map(|list| {
        let items = match full[list].take() {
            Value::Array(items) => items,
            _ => Vec::new(),
        };
        counts.insert(list.into(), json!(items.len()));
        let newest = &items[items.len().saturating_sub(PUBLIC_LIST_PAGE)..];
        full[list] = Value::Array(newest.to_vec());
        items
    });
    full["counts"] = Value::Object(counts);
    lists
}

/// Make the public record at the latest checkpoint (on a blocking thread).
fn build_public(log: &App) -> Result<Arc<PublicCache>, ApiError> {
    let (published, state) = at_checkpoint(log)?;
    let note = published.note.to_string();
    let mut glance = public_json(&state, published.checkpoint.size, &note);
    let lists = public_glance(&mut glance);
    Ok(Arc::new(PublicCache {
        tag: etag(&published),
        json: axum::body::Bytes::from(crate::report::to_bytes(&glance)),
        atom: axum::body::Bytes::from(atom(&glance, log.origin())),
        lists,
        built: std::time::Instant::now(),
    }))
}

/// The public record's JSON and Atom feed, made once per checkpoint and
/// shared by every reader. One request at a time makes it again, off the
/// async workers, and never more often than [`PUBLIC_REFRESH`]; meanwhile
/// every reader gets the one made last, so a crowd never holds up the log.
async fn public_bytes(log: &Arc<App>) -> Result<(String, Arc<PublicCache>), ApiError> {
    use std::sync::atomic::Ordering;
    let current = log.public_cache.lock().expect("lock").clone();
    let latest = log.published().map(|p| etag(&p));
    if let Some(c) = &current
        && (Some(&c.tag) == latest.as_ref()
            || c.built.elapsed() < PUBLIC_REFRESH
            || log.public_building.load(Ordering::Acquire))
    {
        return Ok((c.tag.clone(), c.clone()));
    }
    if log
        .public_building
        .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
        .is_err()
    {
        // Another request is making it; nothing older to give: wait for it.
        for _ in 0..200 {
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            if let Some(c) = log.public_cache.lock().expect("lock").clone() {
                return Ok((c.tag.clone(), c));
            }
        }
        return Err(ApiError::unavailable(reason!(
            "public-record-being-made",
            "the public record is being made: try again in a moment"
        )));
    }
    let app = log.clone();
    let made = tokio::task::spawn_blocking(move || build_public(&app))
        .await
        .map_err(|e| {
            ApiError::unavailable(reason!(
                "public-record-failed",
                "the public record could not be made: {detail}",
                detail = e
            ))
        });
    log.public_building.store(false, Ordering::Release);
    let c = made??;
    *log.public_cache.lock().expect("lock") = Some(c.clone());
    Ok((c.tag.clone(), c))
}

/// What [`public_bytes`] keeps.
#[derive(Debug)]
pub struct PublicCache {
    tag: String,
    json: axum::body::Bytes,
    atom: axum::body::Bytes,
    /// Each of [`PUBLIC_LISTS`] whole, for [`public_list`]'s pages.
    lists: [Vec<Value>; 4],
    built: std::time::Instant,
}

#[derive(Deserialize, IntoParams)]
pub struct ListQuery {
    /// The first item's place in the list, oldest first (default 0).
    #[serde(default)]
    offset: Option<String>,
}

/// A page of one of the public record's lists (`rounds`, `communiques`,
/// `findings`, `reports`), oldest first: up to 100 items from `offset`, and
/// the list's `total`. The record itself holds each list's newest 100;
/// these pages hold the rest. Same snapshot, `ETag` and caching as the
/// record.
#[utoipa::path(get, path = "/api/v1/public/lists/{list}", tag = "reports",
    params(("list" = String, Path, description = "rounds, communiques, findings or reports"), ListQuery),
    responses((status = 200, body = Object), (status = 304), (status = 400, body = super::error::ErrorJson),
        (status = 404, body = super::error::ErrorJson), (status = 503, body = super::error::ErrorJson)))]
async fn public_list(
    State(log): State<Arc<App>>,
    axum::extract::Path(list): axum::extract::Path<String>,
    Query(q): Query<ListQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let Some(which) = PUBLIC_LISTS.iter().position(|l| *l == list) else {
        return Err(ApiError::not_found(reason!(
            "public-list-none",
            "no public list {list:?}: the lists are {lists}",
            list = list,
            lists = PUBLIC_LISTS.join(", ")
        )));
    };
    let offset: usize = match q.offset.as_deref() {
        None => 0,
        Some(o) => o.parse().map_err(|_| {
            ApiError::bad_request(reason!(
                "public-list-offset-malformed",
                "offset {offset:?} is not a place in the list (0, 1, 2, …)",
                offset = o
            ))
        })?,
    };
    let (tag, c) = public_bytes(&log).await?;
    if not_modified(&headers, &tag) {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, tag)]).into_response());
    }
    let items = &c.lists[which];
    let page: Vec<&Value> = items.iter().skip(offset).take(PUBLIC_LIST_PAGE).collect();
    let body = json!({
        "list": PUBLIC_LISTS[which],
        "offset": offset,
        "total": items.len(),
        "items": page,
    });
    Ok(cached(
        tag,
        "application/json",
        axum::body::Bytes::from(crate::report::to_bytes(&body)),
    ))
}

/// The process at a glance, for anyone: the published agreement, rounds
/// and communiqués, published findings with their penalties and appeals,
/// published reports, and each commitment's state as the public may know
/// it. Served from the snapshot at the latest checkpoint; `ETag` per
/// checkpoint. A glance: each growing list holds its newest 100 items,
/// `counts` says how many there are, and `/api/v1/public/lists/{list}`
/// pages through the rest.
#[utoipa::path(get, path = "/api/v1/public", tag = "reports",
    responses((status = 200, body = Object), (status = 304), (status = 503, body = super::error::ErrorJson)))]
async fn public_record(
    State(log): State<Arc<App>>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (tag, c) = public_bytes(&log).await?;
    if not_modified(&headers, &tag) {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, tag)]).into_response());
    }
    Ok(cached(tag, "application/json", c.json.clone()))
}

/// An Atom feed (RFC 4287) of the publications: the agreement, findings
/// and reports, newest first.
#[utoipa::path(get, path = "/api/v1/public/feed.atom", tag = "reports",
    responses((status = 200, content_type = "application/atom+xml"), (status = 304)))]
async fn feed(State(log): State<Arc<App>>, headers: HeaderMap) -> Result<Response, ApiError> {
    let (tag, c) = public_bytes(&log).await?;
    if not_modified(&headers, &tag) {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, tag)]).into_response());
    }
    Ok(cached(
        tag,
        "application/atom+xml; charset=utf-8",
        c.atom.clone(),
    ))
}

/// The Atom feed of a public record (from [`public_json`]).
pub fn atom(data: &Value, origin: &str) -> String {
    use sha2::Digest as _;
    let tag = hex::encode(&sha2::Sha256::digest(origin.as_bytes())[..8]);
    let s = |v: &Value| v.as_str().unwrap_or("").to_owned();
    // (published entry, id, title, updated, link, summary)
    let mut items: Vec<(u64, String, String, String, String, String)> = vec![];
    for a in data["agreements"].as_array().into_iter().flatten() {
        items.push((
            a["published_entry"].as_u64().unwrap_or(0),
            format!("agreement/{}", s(&a["version"])),
            format!("Agreement published: {}", s(&a["title"])),
            s(&a["published"]),
            format!("/public#agreement-{}", s(&a["version"])),
            format!(
                "Version {}, content SHA-256 {}",
                s(&a["version"]),
                s(&a["content"])
            ),
        ));
    }
    for f in data["findings"].as_array().into_iter().flatten() {
        items.push((
            f["published_entry"].as_u64().unwrap_or(0),
            format!("finding/{}", s(&f["id"])),
            format!(
                "Finding {} published: {}",
                s(&f["id"]),
                s(&f["outcome"]).replace('_', " ")
            ),
            s(&f["published"]),
            format!("/public#finding-{}", s(&f["id"])),
            s(&f["statement"]),
        ));
    }
    for r in data["reports"].as_array().into_iter().flatten() {
        items.push((
            r["published_entry"].as_u64().unwrap_or(0),
            format!("report/{}", s(&r["id"])),
            format!("Report published: {}", s(&r["title"])),
            s(&r["published"]),
            format!("/api/v1/blobs/{}", s(&r["sha256"])),
            format!(
                "{} to {}, data SHA-256 {}",
                s(&r["from"]),
                s(&r["to"]),
                s(&r["sha256"])
            ),
        ));
    }
    items.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let title = data["process"]["title"].as_str().unwrap_or("Truce");
    let updated = items
        .first()
        .map(|i| i.3.clone())
        .unwrap_or_else(|| s(&data["checkpoint"]["log_time"]));
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>{} — publications</title>\n  <id>urn:truce:{tag}:publications</id>\n  <updated>{}</updated>\n  <author><name>The mediators</name></author>\n  <link rel=\"self\" href=\"/api/v1/public/feed.atom\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"/public\"/>\n",
        esc(title),
        esc(&updated)
    );
    for (index, id, title, updated, link, summary) in items {
        out.push_str(&format!(
            "  <entry>\n    <id>urn:truce:{tag}:{}</id>\n    <title>{}</title>\n    <updated>{}</updated>\n    <link href=\"{}\"/>\n    <summary>{} (log entry {index})</summary>\n  </entry>\n",
            esc(&id),
            esc(&title),
            esc(&updated),
            esc(&link),
            esc(&summary)
        ));
    }
    out.push_str("</feed>\n");
    out
}

/// The static site's front page (`truce publish-site`): the public record
/// as plain HTML, no script, every item linked to the files beside it.
pub fn site_index(data: &Value) -> String {
    let s = |v: &Value| {
        esc(&match v {
            Value::String(x) => x.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        })
    };
    let title = data["process"]["title"].as_str().unwrap_or("Truce");
    let mut h = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{} — public record</title>\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.atom\">\
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.45}}code{{word-break:break-all}}</style>\
</head><body>\n<h1>{}</h1>\n<p>The public record at log size {} (<a href=\"checkpoint\">cosigned checkpoint</a>, <a href=\"public.json\">data</a>, <a href=\"feed.atom\">Atom feed</a>).</p>\n",
        esc(title),
        esc(title),
        s(&data["checkpoint"]["size"])
    );
    h.push_str("<h2>The agreement</h2>\n");
    let agreements = data["agreements"].as_array().cloned().unwrap_or_default();
    if agreements.is_empty() {
        h.push_str("<p>No agreement is published.</p>\n");
    }
    for a in &agreements {
        let v = s(&a["version"]);
        h.push_str(&format!(
            "<section id=\"agreement-{v}\"><h3>{}</h3><p>Version {v}, content SHA-256 <code>{}</code>; published at entry {} ({}). \
<a href=\"agreements/{v}.md\">Text</a> · <a href=\"agreements/{v}.json\">data</a> · <a href=\"entries/{}.json\">submission entry</a></p></section>\n",
            s(&a["title"]), s(&a["content"]), s(&a["published_entry"]), s(&a["published"]), s(&a["entry"])
        ));
    }
    h.push_str("<h2>Rounds</h2>\n<ul>\n");
    for r in data["rounds"].as_array().into_iter().flatten() {
        h.push_str(&format!(
            "<li>{} — {}, {} to {} ({})</li>\n",
            s(&r["title"]),
            s(&r["place"]),
            s(&r["starts"]),
            s(&r["ends"]),
            s(&r["state"]).replace('_', " ")
        ));
    }
    h.push_str("</ul>\n<h2>Communiqués</h2>\n");
    for c in data["communiques"].as_array().into_iter().flatten() {
        h.push_str(&format!(
            "<h3>{}</h3><p>{}</p>\n",
            s(&c["title"]),
            s(&c["text"])
        ));
    }
    h.push_str("<h2>Findings</h2>\n");
    for f in data["findings"].as_array().into_iter().flatten() {
        let id = s(&f["id"]);
        h.push_str(&format!(
            "<section id=\"finding-{id}\"><h3>Finding {id}: {}</h3><p>{}</p><p>Party: {}; category: {}; dissents on record: {}; published at entry {} (<a href=\"entries/{}.json\">finding entry</a>).</p>\n",
            s(&f["outcome"]).replace('_', " "), s(&f["statement"]), s(&f["party"]), s(&f["category"]).replace('_', " "),
            s(&f["dissents"]), s(&f["published_entry"]), s(&f["entry"])
        ));
        for p in f["penalties"].as_array().into_iter().flatten() {
            let appeal = match p["appeal"].as_object() {
                Some(a) => format!(
                    "; appealed {} — {}",
                    s(&a["at"]),
                    a.get("decision")
                        .map(&s)
                        .filter(|x| !x.is_empty())
                        .unwrap_or_else(|| "undecided".into())
                ),
                None => String::new(),
            };
            h.push_str(&format!(
                "<p>Penalty {}: {} on {}, {}{appeal}.</p>\n",
                s(&p["id"]),
                s(&p["kind"]).replace('_', " "),
                s(&p["party"]),
                s(&p["status"])
            ));
        }
        h.push_str("</section>\n");
    }
    h.push_str("<h2>Reports</h2>\n<ul>\n");
    for r in data["reports"].as_array().into_iter().flatten() {
        let id = s(&r["id"]);
        h.push_str(&format!(
            "<li>{} ({} to {}): <a href=\"reports/{id}.html\">HTML</a> · <a href=\"reports/{id}.pdf\">PDF</a> · <a href=\"reports/{id}.json\">JSON with proofs</a> · <a href=\"reports/{id}.csv\">CSV</a> · <a href=\"reports/{id}.geojson\">GeoJSON</a>; SHA-256 <code>{}</code></li>\n",
            s(&r["title"]), s(&r["from"]), s(&r["to"]), s(&r["sha256"])
        ));
    }
    h.push_str("</ul>\n<h2>Commitments</h2>\n<ul>\n");
    for c in data["commitments"].as_array().into_iter().flatten() {
        h.push_str(&format!(
            "<li>{} (clause {}, borne by {}): {}</li>\n",
            s(&c["id"]),
            s(&c["clause"]),
            s(&c["bearer"]),
            s(&c["state"]).replace('_', " ")
        ));
    }
    h.push_str("</ul>\n<p>Check a report offline with <code>truce verify-report FILE --log-key … --witness …</code>.</p>\n</body></html>\n");
    h
}
