//! The mechanism's read API: its terms, the compliance engine, incidents
//! (map queries, duplicates, ACLED CSV and RFC 7946 GeoJSON exports), the
//! border, evidence with its chain of custody, cases, findings, penalties
//! and each party's record. Every read is filtered through the domain's
//! view rules for the signed-in [`Reader`]; writes are signed envelopes
//! posted to `/api/v1/entries`. API types are this module's own.

use super::app::App;
use super::auth::{KeyedReader, Reader};
use super::error::ApiError;
use super::sessions::ClientIp;
use super::slots::{SendSlot, reader_name};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;
use truce_domain::ProcessState;
use truce_domain::access::Viewer;
use truce_domain::geo::Frontier;
use truce_domain::monitor::index::MapQuery;
use truce_domain::monitor::{
    Case, Finding, Incident, IncidentStatus, Mechanism, Penalty, compliance,
};
use truce_ledger::reason;
use utoipa::{IntoParams, ToSchema};

use super::negotiation::ReaderHeaders;

pub fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/api/v1/mechanism", get(mechanism))
        .route("/api/v1/compliance", get(compliance_now))
        .route("/api/v1/incidents", get(incidents))
        .route("/api/v1/incidents.geojson", get(incidents_geojson))
        .route("/api/v1/incidents.csv", get(incidents_csv))
        .route("/api/v1/incidents/duplicates", get(duplicates))
        .route("/api/v1/incidents/clusters", get(clusters))
        .route("/api/v1/incidents/{id}", get(incident))
        .route("/api/v1/border", get(border))
        .route("/api/v1/evidence/{sha256}", get(evidence))
        .route("/api/v1/evidence/{sha256}/custody", get(custody))
        .route("/api/v1/cases", get(cases))
        .route("/api/v1/cases/{id}", get(case))
        .route("/api/v1/findings", get(findings))
        .route("/api/v1/penalties", get(penalties))
        .route("/api/v1/record", get(record))
}

fn members_only(viewer: &Viewer) -> Result<(), ApiError> {
    if viewer.is_signed_in() {
        Ok(())
    } else {
        Err(ApiError::refuse(
            axum::http::StatusCode::UNAUTHORIZED,
            reason!(
                "mech-members-only",
                "the mechanism's terms and compliance are for members: sign the request with your key"
            ),
        ))
    }
}

fn mechanism_of(d: &ProcessState) -> Result<&Mechanism, ApiError> {
    d.monitor.mechanism.as_deref().ok_or_else(|| {
        ApiError::not_found(reason!(
            "mech-none-configured",
            "the monitoring mechanism is not configured"
        ))
    })
}

/// The mechanism's terms as configured: commitments, penalty schedule,
/// categories and procedure. Its JSON is the `mechanism.configure` body.
#[utoipa::path(get, path = "/api/v1/mechanism", tag = "monitoring", params(ReaderHeaders),
    responses((status = 200, body = Object), (status = 401, body = super::error::ErrorJson),
        (status = 404, body = super::error::ErrorJson)))]
async fn mechanism(
    State(log): State<Arc<App>>,
    Reader(viewer): Reader,
) -> Result<Response, ApiError> {
    members_only(&viewer)?;
    let (index, categories) =
        log.with_domain(|d| mechanism_of(d).map(|m| (m.index, m.categories.clone())))?;
    let (_, body, _) = log.opened(index).await?;
    let mut body: serde_json::Value = serde_json::from_str(&body).map_err(|e| {
        ApiError::unavailable(reason!(
            "mech-entry-unreadable",
            "the mechanism's entry: {detail}",
            detail = e
        ))
    })?;
    body["index"] = index.into();
    // The categories in force (the defaults when the body names none).
    body["categories"] = categories.into();
    Ok(Json(body).into_response())
}

#[derive(Deserialize, IntoParams)]
pub struct ComplianceQuery {
    /// Evaluate over the first `upto` entries (the ledger as it was); all by default.
    upto: Option<u64>,
    /// The moment to evaluate at (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ`); now by default.
    at: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ReasonJson {
    index: Option<u64>,
    text: String,
}

#[derive(Serialize, ToSchema)]
pub struct CommitmentStatusJson {
    id: String,
    clause: String,
    bearer: String,
    /// pending, in_force, suspended, met, overdue or breached.
    state: String,
    reasons: Vec<ReasonJson>,
}

#[derive(Serialize, ToSchema)]
pub struct ComplianceJson {
    upto: u64,
    at: String,
    commitments: Vec<CommitmentStatusJson>,
}

fn status_json(s: &compliance::CommitmentStatus) -> CommitmentStatusJson {
    CommitmentStatusJson {
        id: s.id.clone(),
        clause: s.clause.clone(),
        bearer: s.bearer.clone(),
        state: s.state.to_string(),
        reasons: s
            .reasons
            .iter()
            .map(|r| ReasonJson {
                index: r.index,
                text: r.text.clone(),
            })
            .collect(),
    }
}

/// Each commitment's state, and why, at a point of the ledger and a moment.
#[utoipa::path(get, path = "/api/v1/compliance", tag = "monitoring",
    params(ComplianceQuery, ReaderHeaders),
    responses((status = 200, body = ComplianceJson), (status = 400, body = super::error::ErrorJson),
        (status = 401, body = super::error::ErrorJson)))]
async fn compliance_now(
    State(log): State<Arc<App>>,
    Reader(viewer): Reader,
    Query(q): Query<ComplianceQuery>,
) -> Result<Json<ComplianceJson>, ApiError> {
    members_only(&viewer)?;
    let now = match &q.at {
        Some(s) => truce_domain::export::unix_from_utc(s)
            .ok_or_else(|| ApiError::bad_request(not_a_time("at", s)))?,
        None => log.clock.now() as i64,
    };
    let size = log.size();
    let upto = q.upto.unwrap_or(size).min(size);
    Ok(Json(log.with_domain(|d| {
        ComplianceJson {
            upto,
            at: truce_domain::export::utc_from_unix(now.max(0) as u64),
            commitments: compliance::evaluate_as(d, &viewer, upto, now)
                .iter()
                .map(status_json)
                .collect(),
        }
    })))
}

#[derive(Deserialize, IntoParams, Default)]
pub struct IncidentQuery {
    /// `min_lon,min_lat,max_lon,max_lat` in degrees.
    bbox: Option<String>,
    /// From this time (inclusive), `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ`.
    from: Option<String>,
    /// Up to this time (inclusive; a date means its whole day).
    to: Option<String>,
    category: Option<String>,
    /// Alleged party.
    party: Option<String>,
    /// The side of the border: a party id.
    side: Option<String>,
    /// Include reports merged into others (default false).
    merged: Option<bool>,
    /// Verification status as the reader may know it: reported,
    /// under_verification, confirmed, not_confirmed or merged.
    status: Option<String>,
    /// At most this many (default 1000, at most 10000).
    limit: Option<usize>,
    /// `/api/v1/incidents/clusters` only: grid cell size in degrees (0.01 to 10; default 0.5).
    cell: Option<f64>,
}

#[derive(Serialize, ToSchema)]
pub struct ClusterJson {
    /// Mean position of the cell's incidents.
    lon: f64,
    lat: f64,
    count: usize,
    /// The most common category in the cell.
    category: String,
}

#[derive(Serialize, ToSchema)]
pub struct ClustersJson {
    total: usize,
    cell: f64,
    clusters: Vec<ClusterJson>,
}

#[derive(Serialize, ToSchema)]
pub struct BorderPositionJson {
    /// The party whose territory holds the point, if either's.
    side: Option<String>,
    country: Option<String>,
    /// Kilometres from the border between the parties.
    distance_km: f64,
}

#[derive(Serialize, ToSchema)]
pub struct IncidentJson {
    id: String,
    index: u64,
    /// Verification status as the reader may know it.
    status: String,
    reporter: String,
    channel: String,
    occurred: String,
    time_precision: String,
    lat: f64,
    lon: f64,
    location_precision: String,
    place: String,
    category: String,
    actors: Vec<String>,
    alleged_party: Option<String>,
    casualties_best: u32,
    casualties_low: u32,
    casualties_high: u32,
    narrative: String,
    source: String,
    reliability: String,
    evidence: Vec<String>,
    merged_into: Option<String>,
    batch: Option<String>,
    border: Option<BorderPositionJson>,
}

#[derive(Serialize, ToSchema)]
pub struct IncidentsJson {
    /// Matching incidents the reader may see.
    total: usize,
    incidents: Vec<IncidentJson>,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Incident id → verification status, as one reader may know it.
pub type Statuses<'d> = HashMap<&'d str, IncidentStatus>;

fn incident_json(
    i: &Incident,
    frontier: Option<&Frontier>,
    statuses: &Statuses<'_>,
) -> IncidentJson {
    let status = statuses.get(i.id.as_str()).copied();
    incident_json_with(i, frontier, status)
}

/// [`incident_json`] with the incident's status as the reader sees it.
fn incident_json_with(
    i: &Incident,
    frontier: Option<&Frontier>,
    status: Option<IncidentStatus>,
) -> IncidentJson {
    IncidentJson {
        id: i.id.clone(),
        index: i.index,
        status: status.unwrap_or(IncidentStatus::Reported).to_string(),
        reporter: i.reporter_participant.clone(),
        channel: i.channel.to_string(),
        occurred: i.occurred.clone(),
        time_precision: i.time_precision.to_string(),
        lat: i.lat(),
        lon: i.lon(),
        location_precision: i.location_precision.to_string(),
        place: i.place.clone(),
        category: i.category.clone(),
        actors: i.actors.clone(),
        alleged_party: i.alleged_party.clone(),
        casualties_best: i.casualties.best,
        casualties_low: i.casualties.low,
        casualties_high: i.casualties.high,
        narrative: i.narrative.clone(),
        source: i.source.clone(),
        reliability: i.reliability.to_string(),
        evidence: i.evidence.clone(),
        merged_into: i.merged_into.clone(),
        batch: i.batch.clone(),
        border: frontier.map(|f| {
            let p = f.position(i.lon(), i.lat());
            BorderPositionJson {
                side: p.side,
                country: p.country,
                distance_km: round1(p.distance_km),
            }
        }),
    }
}

/// A time in a query that is not one.
fn not_a_time(field: &str, s: &str) -> truce_ledger::Reason {
    reason!(
        "query-not-a-time",
        "{field} {value:?} is neither YYYY-MM-DD nor YYYY-MM-DDTHH:MM:SSZ",
        field = field,
        value = s
    )
}

fn parse_query(q: &IncidentQuery) -> Result<MapQuery, ApiError> {
    let mut m = MapQuery::everything();
    if let Some(b) = &q.bbox {
        let v: Vec<f64> = b
            .split(',')
            .map(|x| x.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| {
                ApiError::bad_request(reason!(
                    "query-bbox-not-numbers",
                    "bbox {bbox:?} is not four numbers",
                    bbox = b
                ))
            })?;
        let [w, s, e, n] = v[..] else {
            return Err(ApiError::bad_request(reason!(
                "query-bbox-not-four",
                "bbox {bbox:?} is not min_lon,min_lat,max_lon,max_lat",
                bbox = b
            )));
        };
        if !(w <= e && s <= n && w >= -180.0 && e <= 180.0 && s >= -90.0 && n <= 90.0) {
            return Err(ApiError::bad_request(reason!(
                "query-bbox-not-a-box",
                "bbox {bbox:?} is not a box in WGS84 degrees with min ≤ max",
                bbox = b
            )));
        }
        let e6 = |x: f64| (x * 1e6).round() as i32;
        (m.min_lon, m.min_lat, m.max_lon, m.max_lat) = (e6(w), e6(s), e6(e), e6(n));
    }
    let time = |field: &str, s: &Option<String>, end: bool| -> Result<Option<i64>, ApiError> {
        s.as_ref()
            .map(|s| {
                truce_domain::export::unix_from_utc(s)
                    .map(|t| if end && s.len() == 10 { t + 86_399 } else { t })
                    .ok_or_else(|| ApiError::bad_request(not_a_time(field, s)))
            })
            .transpose()
    };
    if let Some(t) = time("from", &q.from, false)? {
        m.from = t;
    }
    if let Some(t) = time("to", &q.to, true)? {
        m.to = t;
    }
    Ok(m)
}

/// The visible incidents matching `q`, newest first, up to `limit`, how
/// many matched, and their statuses as the reader may know them.
fn select<'d>(
    d: &'d ProcessState,
    viewer: &Viewer,
    q: &IncidentQuery,
    frontier: Option<&Frontier>,
    limit: usize,
) -> Result<(usize, Vec<&'d Incident>, Statuses<'d>), ApiError> {
    let (mut hits, statuses) = matching(d, viewer, q, frontier)?;
    let total = hits.len();
    if total > limit {
        hits.select_nth_unstable_by(limit, |a, b| {
            (b.occurred_unix, b.index).cmp(&(a.occurred_unix, a.index))
        });
        hits.truncate(limit);
    }
    hits.sort_by(|a, b| (b.occurred_unix, &b.id).cmp(&(a.occurred_unix, &a.id)));
    Ok((total, hits, statuses))
}

/// Every visible incident matching `q`, in no order.
fn matching<'d>(
    d: &'d ProcessState,
    viewer: &Viewer,
    q: &IncidentQuery,
    frontier: Option<&Frontier>,
) -> Result<(Vec<&'d Incident>, Statuses<'d>), ApiError> {
    let m = parse_query(q)?;
    let status = q
        .status
        .as_deref()
        .map(|s| {
            IncidentStatus::parse(s).ok_or_else(|| {
                ApiError::bad_request(reason!(
                    "query-status-unknown",
                    "status {status:?} is not one of {all}",
                    status = s,
                    all = IncidentStatus::ALL.join(", ")
                ))
            })
        })
        .transpose()?;
    let statuses = d.incident_statuses(viewer);
    let view = d.incident_view(viewer);
    let all = &d.monitor.incidents;
    let mut hits: Vec<&Incident> = d
        .monitor
        .index
        .query(&m, |n| (all[n as usize].lon_e6, all[n as usize].lat_e6))
        .into_iter()
        .map(|n| &all[n as usize])
        .filter(|i| {
            view.sees(i)
                && (q.merged.unwrap_or(false) || i.merged_into.is_none())
                && q.category.as_ref().is_none_or(|c| &i.category == c)
                && q.party
                    .as_ref()
                    .is_none_or(|p| i.alleged_party.as_ref() == Some(p))
        })
        .collect();
    if let Some(side) = &q.side {
        let f = frontier.ok_or_else(|| {
            ApiError::bad_request(reason!(
                "query-side-no-border",
                "side: the mechanism names no two territories with a border"
            ))
        })?;
        hits.retain(|i| f.position(i.lon(), i.lat()).side.as_ref() == Some(side));
    }
    if let Some(want) = status {
        hits.retain(|i| {
            statuses
                .get(i.id.as_str())
                .copied()
                .unwrap_or(IncidentStatus::Reported)
                == want
        });
    }
    Ok((hits, statuses))
}

fn limit(q: &IncidentQuery) -> Result<usize, ApiError> {
    match q.limit {
        None => Ok(1000),
        Some(n) if (1..=10_000).contains(&n) => Ok(n),
        Some(n) => Err(ApiError::bad_request(reason!(
            "query-limit-range",
            "limit {n} is not between 1 and 10000",
            n = n
        ))),
    }
}

/// Incidents on the map: in a box and a time window, by category, alleged
/// party or side of the border; each with where it stands relative to the border.
#[utoipa::path(get, path = "/api/v1/incidents", tag = "monitoring",
    params(IncidentQuery, ReaderHeaders),
    responses((status = 200, body = IncidentsJson), (status = 400, body = super::error::ErrorJson),
        (status = 401, body = super::error::ErrorJson)))]
async fn incidents(
    State(log): State<Arc<App>>,
    Reader(viewer): Reader,
    Query(q): Query<IncidentQuery>,
) -> Result<Json<IncidentsJson>, ApiError> {
    let limit = limit(&q)?;
    let d = log.snapshot();
    super::work::off_workers(move || {
        let f = crate::assets::frontier(&d);
        let (total, hits, statuses) = select(&d, &viewer, &q, f.as_deref(), limit)?;
        Ok(Json(IncidentsJson {
            total,
            incidents: hits
                .into_iter()
                .map(|i| incident_json(i, f.as_deref(), &statuses))
                .collect(),
        }))
    })
    .await
}

/// Incidents counted on a grid, for maps too full to draw one marker per
/// report: the same filters as `/api/v1/incidents`, one cluster per
/// non-empty cell of `cell` degrees.
#[utoipa::path(get, path = "/api/v1/incidents/clusters", tag = "monitoring",
    params(IncidentQuery, ReaderHeaders),
    responses((status = 200, body = ClustersJson), (status = 400, body = super::error::ErrorJson),
        (status = 401, body = super::error::ErrorJson)))]
async fn clusters(
    State(log): State<Arc<App>>,
    Reader(viewer): Reader,
    Query(q): Query<IncidentQuery>,
) -> Result<Json<ClustersJson>, ApiError> {
    let cell = q.cell.unwrap_or(0.5);
    if !(0.01..=10.0).contains(&cell) {
        return Err(ApiError::bad_request(reason!(
            "query-cell-range",
            "cell {cell} is not between 0.01 and 10 degrees",
            cell = cell
        )));
    }
    let d = log.snapshot();
    super::work::off_workers(move || {
        let d = &*d;
        let f = crate::assets::frontier(d);
        let (hits, _) = matching(d, &viewer, &q, f.as_deref())?;
        // (count, sum of lon, sum of lat, categories) per cell.
        type Cell<'a> = (usize, f64, f64, HashMap<&'a str, usize>);
        let mut cells: HashMap<(i64, i64), Cell<'_>> = HashMap::new();
        for i in &hits {
            let key = (
                (i.lon() / cell).floor() as i64,
                (i.lat() / cell).floor() as i64,
            );
            let c = cells.entry(key).or_default();
            c.0 += 1;
            c.1 += i.lon();
            c.2 += i.lat();
            *c.3.entry(i.category.as_str()).or_default() += 1;
        }
        let mut clusters: Vec<ClusterJson> = cells
            .into_values()
            .map(|(n, lon, lat, cats)| ClusterJson {
                lon: (lon / n as f64 * 1e5).round() / 1e5,
                lat: (lat / n as f64 * 1e5).round() / 1e5,
                count: n,
                category: cats
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
                    .map(|(c, _)| c.to_owned())
                    .unwrap_or_default(),
            })
            .collect();
        clusters.sort_by(|a, b| b.count.cmp(&a.count).then(a.lon.total_cmp(&b.lon)));
        Ok(Json(ClustersJson {
            total: hits.len(),
            cell,
            clusters,
        }))
    })
    .await
}

/// One incident report.
#[utoipa::path(get, path = "/api/v1/incidents/{id}", tag = "monitoring",
    params(("id" = String, Path, description = "incident id"), ReaderHeaders),
    responses((status = 200, body = IncidentJson), (status = 401, body = super::error::ErrorJson),
        (status = 404, body = super::error::ErrorJson)))]
async fn incident(
    State(log): State<Arc<App>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<Json<IncidentJson>, ApiError> {
    log.with_domain(|d| {
        let f = crate::assets::frontier(d);
        d.monitor
            .incident(&id)
            .filter(|i| d.incident_view(&viewer).sees(i))
            .map(|i| {
                Json(incident_json(
                    i,
                    f.as_deref(),
                    &d.incident_statuses(&viewer),
                ))
            })
            .ok_or_else(|| {
                ApiError::not_found(reason!(
                    "incident-none-readable",
                    "no incident {id} that you may read",
                    id = id
                ))
            })
    })
}

/// An export of chosen incidents, written a part at a time (see
/// [`super::stream`]) from the snapshot it was chosen on, as a reader sees
/// them: their statuses as far as the reader may know, and the border.
pub struct IncidentExport {
    d: Arc<ProcessState>,
    /// Positions in `d.monitor.incidents`, in the export's order.
    chosen: Vec<usize>,
    statuses: HashMap<String, IncidentStatus>,
    frontier: Option<Arc<Frontier>>,
    format: ExportFormat,
}

/// The formats of an incident export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// RFC 7946 GeoJSON, one Feature per incident.
    GeoJson,
    /// ACLED's 31-column CSV.
    Acled,
}

impl IncidentExport {
    /// Export `chosen` (incidents of `d`, in this order) to `viewer`.
    pub fn new(
        d: Arc<ProcessState>,
        chosen: &[&Incident],
        viewer: &Viewer,
        format: ExportFormat,
    ) -> Self {
        let chosen = chosen
            .iter()
            .filter_map(|i| d.monitor.incident_ix.get(&i.id).copied())
            .collect();
        let statuses = d
            .incident_statuses(viewer)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        let frontier = crate::assets::frontier(&d);
        Self {
            d,
            chosen,
            statuses,
            frontier,
            format,
        }
    }

    fn incidents(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = &Incident> {
        self.chosen[range]
            .iter()
            .map(|&k| &self.d.monitor.incidents[k])
    }

    /// One RFC 7946 Feature: the incident's point (six decimal places, about
    /// 10 cm: §11.2) and its fields as properties.
    fn feature(&self, i: &Incident) -> serde_json::Value {
        let status = self.statuses.get(&i.id).copied();
        let j = incident_json_with(i, self.frontier.as_deref(), status);
        let mut props = serde_json::to_value(&j).unwrap_or_default();
        if let Some(o) = props.as_object_mut() {
            o.remove("lat");
            o.remove("lon");
        }
        let r6 = |x: f64| (x * 1e6).round() / 1e6;
        serde_json::json!({
            "type": "Feature",
            "id": i.id,
            "geometry": { "type": "Point", "coordinates": [r6(i.lon()), r6(i.lat())] },
            "properties": props,
        })
    }

    /// The country a native report lies in, for ACLED's `country` column.
    fn country(&self, i: &Incident) -> Option<String> {
        self.frontier
            .as_ref()
            .and_then(|f| f.position(i.lon(), i.lat()).country)
            .or_else(|| {
                crate::assets::geography()
                    .country_at(i.lon(), i.lat())
                    .map(str::to_owned)
            })
    }
}

impl super::stream::Parts for IncidentExport {
    fn len(&self) -> usize {
        self.chosen.len()
    }
    fn head(&self) -> Vec<u8> {
        match self.format {
            ExportFormat::GeoJson => br#"{"type":"FeatureCollection","features":["#.to_vec(),
            ExportFormat::Acled => truce_domain::monitor::acled::header(),
        }
    }
    fn part(&self, range: std::ops::Range<usize>, out: &mut Vec<u8>) {
        match self.format {
            ExportFormat::GeoJson => {
                let first = range.start;
                for (k, i) in self.incidents(range).enumerate() {
                    if first + k > 0 {
                        out.push(b',');
                    }
                    // Writing JSON to memory cannot fail.
                    let _ = serde_json::to_writer(&mut *out, &self.feature(i));
                }
            }
            ExportFormat::Acled => {
                truce_domain::monitor::acled::write_rows(out, self.incidents(range), |i| {
                    self.country(i)
                })
            }
        }
    }
    fn tail(&self) -> Vec<u8> {
        match self.format {
            ExportFormat::GeoJson => b"]}".to_vec(),
            ExportFormat::Acled => Vec::new(),
        }
    }
}

/// Incidents as an RFC 7946 GeoJSON FeatureCollection (`application/geo+json`),
/// the same selection as `/api/v1/incidents`; written as it is read.
#[utoipa::path(get, path = "/api/v1/incidents.geojson", tag = "monitoring",
    params(IncidentQuery, ReaderHeaders),
    responses((status = 200, content_type = "application/geo+json", body = Object),
        (status = 400, body = super::error::ErrorJson), (status = 429, body = super::error::ErrorJson)))]
async fn incidents_geojson(
    State(log): State<Arc<App>>,
    reader: KeyedReader,
    ip: ClientIp,
    Query(q): Query<IncidentQuery>,
) -> Result<Response, ApiError> {
    export(&log, reader, ip, &q, ExportFormat::GeoJson)
}

/// Incidents as ACLED-style CSV (the 31 columns of ACLED's export), oldest
/// first; written as it is read.
#[utoipa::path(get, path = "/api/v1/incidents.csv", tag = "monitoring",
    params(IncidentQuery, ReaderHeaders),
    responses((status = 200, content_type = "text/csv", body = String),
        (status = 400, body = super::error::ErrorJson), (status = 429, body = super::error::ErrorJson)))]
async fn incidents_csv(
    State(log): State<Arc<App>>,
    reader: KeyedReader,
    ip: ClientIp,
    Query(q): Query<IncidentQuery>,
) -> Result<Response, ApiError> {
    export(&log, reader, ip, &q, ExportFormat::Acled)
}

/// An incident export as a body written as it is read, holding one of the
/// reader's send slots and one of the few export slots.
fn export(
    log: &App,
    KeyedReader { viewer, key }: KeyedReader,
    ClientIp(ip): ClientIp,
    q: &IncidentQuery,
    format: ExportFormat,
) -> Result<Response, ApiError> {
    let limit = q.limit.map_or(Ok(usize::MAX), |_| limit(q))?;
    let reader = reader_name(key.as_deref(), ip);
    log.export_quota
        .take(&reader, 1, std::time::Instant::now())?;
    let mut slot = SendSlot::take(&log.slots, reader)?;
    slot.export()?;
    let d = log.snapshot();
    let export = {
        let f = crate::assets::frontier(&d);
        let (_, mut hits, _) = select(&d, &viewer, q, f.as_deref(), limit)?;
        let content_type = match format {
            ExportFormat::GeoJson => "application/geo+json",
            ExportFormat::Acled => {
                // ACLED's order: oldest first.
                hits.sort_by_key(|i| (i.occurred_unix, i.index));
                "text/csv; charset=utf-8"
            }
        };
        (
            content_type,
            IncidentExport::new(d.clone(), &hits, &viewer, format),
        )
    };
    Ok((
        [(header::CONTENT_TYPE, export.0)],
        super::stream::body(export.1, slot),
    )
        .into_response())
}

#[derive(Deserialize, IntoParams)]
pub struct DuplicateQuery {
    /// Kilometres apart at most (default 10).
    km: Option<f64>,
    /// Hours apart at most (default 24).
    hours: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct DuplicateJson {
    a: String,
    b: String,
    category: String,
    km: f64,
    hours: f64,
}

/// Pairs of unmerged reports likely to describe one incident (same
/// category, near in time and place), proposed for merging. Mediators only.
#[utoipa::path(get, path = "/api/v1/incidents/duplicates", tag = "monitoring",
    params(DuplicateQuery, ReaderHeaders),
    responses((status = 200, body = [DuplicateJson]), (status = 403, body = super::error::ErrorJson)))]
async fn duplicates(
    State(log): State<Arc<App>>,
    Reader(viewer): Reader,
    Query(q): Query<DuplicateQuery>,
) -> Result<Json<Vec<DuplicateJson>>, ApiError> {
    if !viewer.is_mediator() {
        return Err(ApiError::refuse(
            axum::http::StatusCode::FORBIDDEN,
            reason!(
                "incident-duplicates-mediators-only",
                "duplicate proposals are for the mediators, who merge reports"
            ),
        ));
    }
    let km = q.km.unwrap_or(10.0);
    let hours = q.hours.unwrap_or(24);
    if !(km.is_finite() && (0.0..=500.0).contains(&km) && (0..=24 * 30).contains(&hours)) {
        return Err(ApiError::bad_request(reason!(
            "query-duplicates-range",
            "km must be between 0 and 500, hours between 0 and 720"
        )));
    }
    let d = log.snapshot();
    Ok(Json(
        super::work::off_workers(move || {
            Ok(d.duplicate_candidates(km, hours, 1000)
                .into_iter()
                .map(|(a, b, km)| DuplicateJson {
                    a: a.id.clone(),
                    b: b.id.clone(),
                    category: a.category.clone(),
                    km: round1(km),
                    hours: (b.occurred_unix - a.occurred_unix) as f64 / 3600.0,
                })
                .collect())
        })
        .await?,
    ))
}

#[derive(Deserialize, IntoParams)]
pub struct BorderQuery {
    lon: Option<f64>,
    lat: Option<f64>,
}

/// The border between the parties' territories as GeoJSON (a
/// MultiLineString from Natural Earth), or with `lon` and `lat`, where that
/// point stands relative to it.
#[utoipa::path(get, path = "/api/v1/border", tag = "monitoring", params(BorderQuery),
    responses((status = 200, content((BorderPositionJson = "application/json"), (Object = "application/geo+json"))), (status = 400, body = super::error::ErrorJson),
        (status = 404, body = super::error::ErrorJson)))]
async fn border(
    State(log): State<Arc<App>>,
    Query(q): Query<BorderQuery>,
) -> Result<Response, ApiError> {
    let f = log.with_domain(crate::assets::frontier).ok_or_else(|| {
        ApiError::not_found(reason!(
            "border-none",
            "the mechanism names no two territories with a border"
        ))
    })?;
    match (q.lon, q.lat) {
        (Some(lon), Some(lat)) => {
            if !(lon.is_finite() && lat.is_finite() && lon.abs() <= 180.0 && lat.abs() <= 90.0) {
                return Err(ApiError::bad_request(reason!(
                    "query-lon-lat-range",
                    "lon and lat must be WGS84 degrees"
                )));
            }
            let p = f.position(lon, lat);
            Ok(Json(BorderPositionJson {
                side: p.side,
                country: p.country,
                distance_km: round1(p.distance_km),
            })
            .into_response())
        }
        (None, None) => {
            let lines: Vec<[[f64; 2]; 2]> = f.border().segments().collect();
            Ok((
                [(header::CONTENT_TYPE, "application/geo+json")],
                serde_json::json!({
                    "type": "Feature",
                    "properties": { "between": [f.border().a, f.border().b], "source": "Natural Earth 1:10m (world-atlas)" },
                    "geometry": { "type": "MultiLineString", "coordinates": lines },
                })
                .to_string(),
            )
                .into_response())
        }
        _ => Err(ApiError::bad_request(reason!(
            "query-lon-lat-both",
            "give both lon and lat, or neither"
        ))),
    }
}

/// The same 404 for evidence that does not exist and evidence not the reader's.
fn no_evidence(h: &str) -> ApiError {
    ApiError::not_found(reason!(
        "evidence-none-readable",
        "no evidence {h} that you may read",
        h = h
    ))
}

fn parse_hash(h: &str) -> Result<String, ApiError> {
    crate::engine::parse_sha256(h)
        .map(hex::encode)
        .ok_or_else(|| {
            ApiError::bad_request(reason!(
                "evidence-hash-malformed",
                "{h:?} is not a SHA-256 in hex",
                h = h
            ))
        })
}

/// An evidence file. Every read is on the record: the reader's member must
/// first sign an `evidence.access` entry for it, which this checks.
#[utoipa::path(get, path = "/api/v1/evidence/{sha256}", tag = "monitoring",
    params(("sha256" = String, Path, description = "the file's SHA-256"), ReaderHeaders),
    responses((status = 200, content_type = "application/octet-stream", body = Vec<u8>),
        (status = 401, body = super::error::ErrorJson), (status = 403, body = super::error::ErrorJson),
        (status = 404, body = super::error::ErrorJson)))]
async fn evidence(
    State(log): State<Arc<App>>,
    Reader(viewer): Reader,
    Path(h): Path<String>,
) -> Result<Response, ApiError> {
    let h = parse_hash(&h)?;
    let member = match &viewer {
        Viewer::Member { member, .. } => member.clone(),
        Viewer::Secretariat => "secretariat".to_owned(),
        Viewer::Public => {
            return Err(ApiError::refuse(
                axum::http::StatusCode::UNAUTHORIZED,
                reason!(
                    "evidence-members-only",
                    "evidence is read by members, each read on the record: sign the request"
                ),
            ));
        }
    };
    let media_type = log.with_domain(|d| {
        let e = d
            .monitor
            .evidence
            .get(&h)
            .filter(|_| d.can_read_evidence(&viewer, &h))
            .ok_or_else(|| no_evidence(&h))?;
        let on_record = e.custody.iter().any(|c| {
            c.event == "accessed" && (c.member == member || (member == "secretariat" && c.participant == "secretariat"))
        });
        if !on_record {
            return Err(ApiError::refuse(
                axum::http::StatusCode::FORBIDDEN,
                reason!(
                    "evidence-access-not-recorded",
                    "reading evidence {h} is on the record: sign an evidence.access entry for it first (truce evidence get does)",
                    h = h
                ),
            ));
        }
        Ok(e.media_type.clone())
    })?;
    let bytes = super::negotiation::read_blob(&log, &h).await?;
    Ok(([(header::CONTENT_TYPE, media_type)], bytes).into_response())
}

#[derive(Serialize, ToSchema)]
pub struct CustodyJson {
    index: u64,
    at: String,
    member: String,
    participant: String,
    /// submitted, accessed or transferred.
    event: String,
    note: String,
}

#[derive(Serialize, ToSchema)]
pub struct EvidenceJson {
    sha256: String,
    media_type: String,
    size: u64,
    name: String,
    submitted_by: String,
    holder: String,
    incident: Option<String>,
    case: Option<String>,
    custody: Vec<CustodyJson>,
}

/// An evidence file's description and its whole chain of custody.
#[utoipa::path(get, path = "/api/v1/evidence/{sha256}/custody", tag = "monitoring",
    params(("sha256" = String, Path, description = "the file's SHA-256"), ReaderHeaders),
    responses((status = 200, body = EvidenceJson), (status = 404, body = super::error::ErrorJson)))]
async fn custody(
    State(log): State<Arc<App>>,
    Reader(viewer): Reader,
    Path(h): Path<String>,
) -> Result<Json<EvidenceJson>, ApiError> {
    let h = parse_hash(&h)?;
    log.with_domain(|d| {
        let e = d
            .monitor
            .evidence
            .get(&h)
            .filter(|_| d.can_read_evidence(&viewer, &h))
            .ok_or_else(|| no_evidence(&h))?;
        Ok(Json(EvidenceJson {
            sha256: e.content.clone(),
            media_type: e.media_type.clone(),
            size: e.size,
            name: e.name.clone(),
            submitted_by: e.submitter_participant.clone(),
            holder: e.holder.clone(),
            incident: e.incident.clone(),
            case: e.case.clone(),
            custody: e
                .custody
                .iter()
                .map(|c| CustodyJson {
                    index: c.index,
                    at: c.at.clone(),
                    member: c.member.clone(),
                    participant: c.participant.clone(),
                    event: c.event.to_owned(),
                    note: c.note.clone(),
                })
                .collect(),
        }))
    })
}

#[derive(Serialize, ToSchema)]
pub struct VoteJson {
    member: String,
    participant: String,
    concur: bool,
    reason: Option<String>,
    index: u64,
    at: String,
}

#[derive(Serialize, ToSchema)]
pub struct FindingJson {
    id: String,
    case: String,
    outcome: String,
    party: Option<String>,
    category: Option<String>,
    severity: Option<String>,
    commitments: Vec<String>,
    summary: String,
    proposed_by: String,
    index: u64,
    at: String,
    votes: Vec<VoteJson>,
    /// The quorum of concurring mediators it needs.
    quorum: u32,
    /// The entry at which it took effect, once the quorum concurred.
    effective_index: Option<u64>,
    published: bool,
    statement: Option<String>,
    /// The statement the first mediator proposed for publication (each
    /// signs the same text), while the quorum is not yet reached.
    proposed_statement: Option<String>,
    /// Mediator participants that signed its publication so far.
    publishers: Vec<String>,
    /// The penalty the schedule prescribes (rule id), for a confirmed violation.
    prescribed_rule: Option<String>,
    prescribed_penalty: Option<String>,
    /// Which violation in the rule's window this is.
    violation_count: Option<u32>,
}

fn finding_json(d: &ProcessState, viewer: &Viewer, f: &Finding) -> FindingJson {
    // What the schedule prescribes counts every violation in its window,
    // published or not: only the commission, which reads them all, sees it.
    let prescribed = d
        .monitor
        .mechanism
        .as_deref()
        .filter(|_| viewer.is_mediator())
        .and_then(|m| d.monitor.prescribed(m, f));
    FindingJson {
        id: f.id.clone(),
        case: f.case.clone(),
        outcome: f.outcome.to_string(),
        party: f.party.clone(),
        category: f.category.clone(),
        severity: f.severity.map(|s| s.to_string()),
        commitments: f.commitments.clone(),
        summary: f.summary.clone(),
        proposed_by: f.proposed_by.clone(),
        index: f.index,
        at: f.at.clone(),
        votes: f
            .votes
            .iter()
            .map(|v| VoteJson {
                member: v.member.clone(),
                participant: v.participant.clone(),
                concur: v.concur,
                reason: v.reason.clone(),
                index: v.index,
                at: v.at.clone(),
            })
            .collect(),
        quorum: d.finding_quorum(),
        effective_index: f.effective.map(|e| e.0),
        published: f.published.is_some(),
        statement: f.published.as_ref().map(|p| p.1.clone()),
        proposed_statement: f.statement.as_ref().map(|p| p.1.clone()),
        publishers: f.publishers.iter().map(|s| s.participant.clone()).collect(),
        prescribed_rule: prescribed.map(|(r, _)| r.id.clone()),
        prescribed_penalty: prescribed.map(|(r, _)| r.penalty.to_string()),
        violation_count: prescribed.map(|(_, n)| n),
    }
}

#[derive(Serialize, ToSchema)]
pub struct ReplyJson {
    party: String,
    member: String,
    statement: String,
    evidence: Vec<String>,
    request: Option<String>,
    index: u64,
    at: String,
    late: bool,
}

#[derive(Serialize, ToSchema)]
pub struct AssessmentJson {
    member: String,
    participant: String,
    happened: u8,
    responsible: u8,
    attributed_to: Option<String>,
    outcome: String,
    note: String,
    index: u64,
    at: String,
}

#[derive(Serialize, ToSchema)]
pub struct RequestJson {
    id: String,
    from: String,
    what: String,
    due: String,
    index: u64,
    by: String,
}

#[derive(Serialize, ToSchema)]
pub struct CaseJson {
    id: String,
    /// open, awaiting_quorum or decided.
    state: String,
    incidents: Vec<String>,
    action: Option<String>,
    accused: Option<String>,
    team: Vec<String>,
    opened_by: String,
    index: u64,
    at: String,
    reply_due: String,
    /// Whether the accused party has replied.
    replied: bool,
    requests: Vec<RequestJson>,
    replies: Vec<ReplyJson>,
    assessments: Vec<AssessmentJson>,
    finding: Option<FindingJson>,
}

fn case_json(d: &ProcessState, viewer: &Viewer, c: &Case) -> CaseJson {
    let finding = c.finding.as_ref().and_then(|f| d.monitor.findings.get(f));
    CaseJson {
        id: c.id.clone(),
        state: match finding {
            None => "open",
            Some(f) if f.effective.is_none() => "awaiting_quorum",
            Some(_) => "decided",
        }
        .into(),
        incidents: c.incidents.clone(),
        action: c.action.clone(),
        accused: c.accused.clone(),
        team: c.team.clone(),
        opened_by: c.opened_by.clone(),
        index: c.index,
        at: c.at.clone(),
        reply_due: c.reply_due.clone(),
        replied: c
            .replies
            .iter()
            .any(|r| Some(&r.party) == c.accused.as_ref()),
        requests: c
            .requests
            .iter()
            .map(|r| RequestJson {
                id: r.id.clone(),
                from: r.from.clone(),
                what: r.what.clone(),
                due: r.due.clone(),
                index: r.index,
                by: r.by.clone(),
            })
            .collect(),
        replies: c
            .replies
            .iter()
            .map(|r| ReplyJson {
                party: r.party.clone(),
                member: r.member.clone(),
                statement: r.statement.clone(),
                evidence: r.evidence.clone(),
                request: r.request.clone(),
                index: r.index,
                at: r.at.clone(),
                late: r.late,
            })
            .collect(),
        assessments: c
            .assessments
            .iter()
            .map(|a| AssessmentJson {
                member: a.member.clone(),
                participant: a.participant.clone(),
                happened: a.happened,
                responsible: a.responsible,
                attributed_to: a.attributed_to.clone(),
                outcome: a.outcome.to_string(),
                note: a.note.clone(),
                index: a.index,
                at: a.at.clone(),
            })
            .collect(),
        finding: finding.map(|f| finding_json(d, viewer, f)),
    }
}

/// Verification cases the reader may see.
#[utoipa::path(get, path = "/api/v1/cases", tag = "monitoring", params(ReaderHeaders),
    responses((status = 200, body = [CaseJson])))]
async fn cases(State(log): State<Arc<App>>, Reader(viewer): Reader) -> Json<Vec<CaseJson>> {
    Json(log.with_domain(|d| {
        d.monitor
            .cases
            .values()
            .filter(|c| d.can_see_case(&viewer, c))
            .map(|c| case_json(d, &viewer, c))
            .collect()
    }))
}

/// One verification case: team, deadlines, requests, replies, assessments, finding.
#[utoipa::path(get, path = "/api/v1/cases/{id}", tag = "monitoring",
    params(("id" = String, Path, description = "case id"), ReaderHeaders),
    responses((status = 200, body = CaseJson), (status = 404, body = super::error::ErrorJson)))]
async fn case(
    State(log): State<Arc<App>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<Json<CaseJson>, ApiError> {
    log.with_domain(|d| {
        d.monitor
            .cases
            .get(&id)
            .filter(|c| d.can_see_case(&viewer, c))
            .map(|c| Json(case_json(d, &viewer, c)))
            .ok_or_else(|| {
                ApiError::not_found(reason!(
                    "case-none-readable",
                    "no case {id} that you may read",
                    id = id
                ))
            })
    })
}

/// Findings the reader may see: the public sees the published ones.
#[utoipa::path(get, path = "/api/v1/findings", tag = "monitoring", params(ReaderHeaders),
    responses((status = 200, body = [FindingJson])))]
async fn findings(State(log): State<Arc<App>>, Reader(viewer): Reader) -> Json<Vec<FindingJson>> {
    Json(log.with_domain(|d| {
        d.monitor
            .findings
            .values()
            .filter(|f| d.can_see_finding(&viewer, f))
            .map(|f| finding_json(d, &viewer, f))
            .collect()
    }))
}

#[derive(Serialize, ToSchema)]
pub struct PenaltyJson {
    id: String,
    finding: String,
    party: String,
    rule: String,
    kind: String,
    detail: String,
    count: u32,
    index: u64,
    at: String,
    /// imposed, appealed, overturned, served or lifted.
    status: String,
    appeal_grounds: Option<String>,
    appeal_deadline: Option<String>,
    appeal_decision: Option<String>,
    appeal_reason: Option<String>,
}

fn penalty_json(d: &ProcessState, p: &Penalty) -> PenaltyJson {
    let days = d.monitor.mechanism.as_ref().map_or(0, |m| m.appeal_days);
    PenaltyJson {
        id: p.id.clone(),
        finding: p.finding.clone(),
        party: p.party.clone(),
        rule: p.rule.clone(),
        kind: p.kind.to_string(),
        detail: p.detail.clone(),
        count: p.count,
        index: p.index,
        at: p.at.clone(),
        status: p.status().into(),
        appeal_grounds: p.appeal.as_ref().map(|a| a.grounds.clone()),
        appeal_deadline: Some(truce_domain::export::utc_from_unix(
            (p.imposed_unix + i64::from(days) * 86_400).max(0) as u64,
        )),
        appeal_decision: p
            .appeal
            .as_ref()
            .and_then(|a| a.decision.as_ref())
            .map(|x| x.0.to_string()),
        appeal_reason: p
            .appeal
            .as_ref()
            .and_then(|a| a.decision.as_ref())
            .map(|x| x.1.clone()),
    }
}

/// Penalties the reader may see.
#[utoipa::path(get, path = "/api/v1/penalties", tag = "monitoring", params(ReaderHeaders),
    responses((status = 200, body = [PenaltyJson])))]
async fn penalties(State(log): State<Arc<App>>, Reader(viewer): Reader) -> Json<Vec<PenaltyJson>> {
    Json(log.with_domain(|d| {
        d.monitor
            .penalties
            .values()
            .filter(|p| d.can_see_penalty(&viewer, p))
            .map(|p| penalty_json(d, p))
            .collect()
    }))
}

#[derive(Serialize, ToSchema)]
pub struct PartyRecordJson {
    party: String,
    /// Confirmed violations in effect, as findings.
    violations: Vec<FindingJson>,
    penalties: Vec<PenaltyJson>,
    /// Commitments the party bears, by state.
    commitments: Vec<CommitmentStatusJson>,
}

/// Each party's record: its confirmed violations and penalties the reader
/// may see, and the state of the commitments it bears (members only).
#[utoipa::path(get, path = "/api/v1/record", tag = "monitoring", params(ReaderHeaders),
    responses((status = 200, body = [PartyRecordJson])))]
async fn record(State(log): State<Arc<App>>, Reader(viewer): Reader) -> Json<Vec<PartyRecordJson>> {
    let now = log.clock.now() as i64;
    let size = log.size();
    Json(log.with_domain(|d| {
        let statuses = if viewer.is_signed_in() {
            compliance::evaluate_as(d, &viewer, size, now)
        } else {
            vec![]
        };
        d.parties()
            .map(|p| PartyRecordJson {
                party: p.id.clone(),
                violations: d
                    .monitor
                    .findings
                    .values()
                    .filter(|f| f.is_violation() && f.party.as_ref() == Some(&p.id))
                    .filter(|f| d.can_see_finding(&viewer, f))
                    .map(|f| finding_json(d, &viewer, f))
                    .collect(),
                penalties: d
                    .monitor
                    .penalties
                    .values()
                    .filter(|x| x.party == p.id && d.can_see_penalty(&viewer, x))
                    .map(|x| penalty_json(d, x))
                    .collect(),
                commitments: statuses
                    .iter()
                    .filter(|s| s.bearer == p.id)
                    .map(status_json)
                    .collect(),
            })
            .collect()
    }))
}
