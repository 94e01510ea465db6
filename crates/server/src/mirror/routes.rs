//! The mirror's HTTP: its replica as `tlog-tiles` (at the root and under
//! `/{sha256(origin)}/`, the prefix C2SP `tlog-mirror` names), its
//! evidence, and the `tlog-mirror` submission endpoints a log pushes to.

use super::Mirror;
use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use truce_ledger::tiles::{self, TILE_WIDTH, TileKind, TilePath};

/// The mirror's routes: its replica as `tlog-tiles`, its evidence, and
/// `add-checkpoint` and `add-entries` (gzip accepted).
pub fn router(mirror: Arc<Mirror>) -> Router {
    Router::new()
        .route("/checkpoint", get(checkpoint))
        .route("/tile/{*path}", get(tile))
        .route("/{origin}/checkpoint", get(prefixed_checkpoint))
        .route("/{origin}/tile/{*path}", get(prefixed_tile))
        .route(
            "/add-checkpoint",
            post(add_checkpoint).layer(axum::extract::DefaultBodyLimit::max(
                crate::witness::MAX_REQUEST,
            )),
        )
        .route(
            "/add-entries",
            post(add_entries).layer(tower_http::decompression::RequestDecompressionLayer::new()),
        )
        .route("/evidence", get(evidence_list))
        .route("/evidence/{id}", get(evidence))
        .with_state(mirror)
}

pub(super) fn plain(status: StatusCode, message: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("{message}\n"),
    )
        .into_response()
}

/// Whether `hash` is the lowercase hex SHA-256 of the log's origin.
fn is_origin(m: &Mirror, hash: &str) -> bool {
    hex::encode(Sha256::digest(m.config.log_key.name().as_bytes())) == hash
}

async fn prefixed_checkpoint(m: State<Arc<Mirror>>, Path(origin): Path<String>) -> Response {
    if !is_origin(&m, &origin) {
        return plain(StatusCode::NOT_FOUND, format!("no log {origin} here"));
    }
    checkpoint(m).await
}

async fn prefixed_tile(
    m: State<Arc<Mirror>>,
    Path((origin, path)): Path<(String, String)>,
) -> Response {
    if !is_origin(&m, &origin) {
        return plain(StatusCode::NOT_FOUND, format!("no log {origin} here"));
    }
    tile(m, Path(path)).await
}

async fn add_checkpoint(State(m): State<Arc<Mirror>>, body: axum::body::Bytes) -> Response {
    m.add_checkpoint(&body, crate::engine::clock::system_now())
        .await
}

async fn add_entries(State(m): State<Arc<Mirror>>, body: Body) -> Response {
    let Ok(_slot) = m.pushes.try_acquire() else {
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, "1")],
            "too many uploads at once; try again\n",
        )
            .into_response();
    };
    let mut resp = m
        .add_entries(body, crate::engine::clock::system_now())
        .await;
    resp.headers_mut()
        .insert(header::ACCEPT_ENCODING, HeaderValue::from_static("gzip"));
    resp
}

async fn checkpoint(State(m): State<Arc<Mirror>>) -> Response {
    match m.replica.read().await.served.clone() {
        Some(text) => {
            let mut resp =
                ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response();
            resp.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("no-cache, max-age=1"),
            );
            resp
        }
        None => plain(StatusCode::NOT_FOUND, "nothing mirrored yet".into()),
    }
}

async fn tile(State(m): State<Arc<Mirror>>, Path(path): Path<String>) -> Response {
    let tp = match TilePath::parse(&path) {
        Ok(t) => t,
        Err(e) => return plain(StatusCode::BAD_REQUEST, e.to_string()),
    };
    let (size, hashes) = {
        let r = m.replica.read().await;
        let size = r.latest.as_ref().map_or(0, |(c, _)| c.size);
        let hashes = match tp.kind {
            TileKind::Hashes(level) if tiles::tile_exists(&tp, size) => {
                Some(tiles::tile_bytes(&r.tree, level, tp.index, tp.width))
            }
            _ => None,
        };
        (size, hashes)
    };
    if !tiles::tile_exists(&tp, size) {
        return plain(
            StatusCode::NOT_FOUND,
            format!("tile {path} does not exist in a tree of {size} entries"),
        );
    }
    let body = match (tp.kind, hashes) {
        (TileKind::Hashes(_), Some(h)) => h,
        _ => {
            let start = tp.index * TILE_WIDTH;
            match m.store.entries(start, start + tp.width).await {
                Ok(entries) => {
                    match tiles::encode_bundle(entries.iter().map(|e| e.bytes.as_slice())) {
                        Ok(b) => b,
                        Err(e) => return plain(StatusCode::SERVICE_UNAVAILABLE, e.to_string()),
                    }
                }
                Err(e) => return plain(StatusCode::SERVICE_UNAVAILABLE, e.to_string()),
            }
        }
    };
    let cache = if tp.is_partial() {
        "public, max-age=60"
    } else {
        "public, max-age=31536000, immutable"
    };
    (
        [
            (header::CONTENT_TYPE, "application/octet-stream"),
            (header::CACHE_CONTROL, cache),
        ],
        body,
    )
        .into_response()
}

/// The ids of the evidence kept, one per line.
async fn evidence_list(State(m): State<Arc<Mirror>>) -> Response {
    let mut ids: Vec<String> = std::fs::read_dir(&m.config.evidence_dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter_map(|e| {
                    e.file_name()
                        .to_str()
                        .and_then(|n| n.strip_suffix(".json"))
                        .map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    plain(StatusCode::OK, ids.join("\n"))
}

async fn evidence(State(m): State<Arc<Mirror>>, Path(id): Path<String>) -> Response {
    let id = id.trim_end_matches(".json");
    let valid = id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && id.len() <= 64;
    let text = valid
        .then(|| std::fs::read_to_string(m.config.evidence_dir.join(format!("{id}.json"))).ok())
        .flatten();
    match text {
        Some(t) => ([(header::CONTENT_TYPE, "application/json")], t).into_response(),
        None => plain(StatusCode::NOT_FOUND, format!("no evidence {id:?}")),
    }
}
