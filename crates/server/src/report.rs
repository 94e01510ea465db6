//! Reports made verifiable: the domain's report data
//! ([`truce_domain::report`]) with the log's evidence for every entry it
//! counts — the cosigned checkpoint it was made at, each entry's bytes, its
//! RFC 6962 inclusion proof and, where the reader may open it, the opening
//! of its sealed part — and the offline check of such a file
//! ([`verify`], behind `truce verify-report`); its renderings ([`render`]:
//! JSON, CSV, GeoJSON, HTML and the PDF typeset by `truce_pdf`) and the
//! check of a PDF against the twin it carries ([`verify_pdf`]).
//!
//! Used by the HTTP side (`/api/v1/report`, at the latest published
//! checkpoint) and by the CLI (`truce report --data`, at a stored checkpoint
//! of the operator's data directory); no HTTP here.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use truce_domain::ProcessState;
use truce_domain::access::Viewer;
use truce_domain::geo::Frontier;
use truce_domain::report::{Period, Request};
use truce_ledger::entry::Entry;
use truce_ledger::merkle::Hash;
use truce_ledger::note::VerifierKey;
use truce_ledger::{Reason, reason};
use truce_store::LogStore;

/// Entries read from the store at a time.
const CHUNK: u64 = 2_048;

/// Where a report is made: the state folded to a checkpoint, and that checkpoint.
pub struct At<'a> {
    pub state: &'a ProcessState,
    pub size: u64,
    /// The cosigned checkpoint note at `size`, verbatim.
    pub note: &'a str,
    pub origin: &'a str,
    pub frontier: Option<&'a Frontier>,
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum MakeError {
    #[error(transparent)]
    Store(#[from] truce_store::StoreError),
    #[error("entry {0} is not in the store")]
    Missing(u64),
    #[error("no inclusion proof for entry {index}: {reason}")]
    Proof { index: u64, reason: String },
}

impl MakeError {
    /// Why, as the catalogues say it (the store's own words as they are).
    pub fn reason(&self) -> Reason {
        match self {
            Self::Store(e) => Reason::detail(e),
            Self::Missing(index) => reason!(
                "report-entry-missing",
                "entry {index} is not in the store",
                index = index
            ),
            Self::Proof { index, reason } => reason!(
                "report-no-inclusion-proof",
                "no inclusion proof for entry {index}: {detail}",
                index = index,
                detail = reason
            ),
        }
    }
}

/// The report `viewer` may read for `period`, with the log's evidence for
/// every entry it counts. `prove` gives the inclusion proofs of indices at
/// `at.size` (the caller holds the tree).
pub async fn make(
    store: &dyn LogStore,
    at: &At<'_>,
    viewer: &Viewer,
    period: &Period,
    id: &str,
    prove: impl Fn(&[u64]) -> Result<Vec<Vec<Hash>>, String>,
) -> Result<Value, MakeError> {
    let report = at.state.report(&Request {
        id,
        viewer,
        period,
        size: at.size,
        frontier: at.frontier,
    });
    let wanted: Vec<u64> = report
        .entries
        .iter()
        .copied()
        .filter(|i| *i < at.size)
        .collect();
    let proofs = prove(&wanted).map_err(|reason| MakeError::Proof {
        index: wanted.first().copied().unwrap_or(0),
        reason,
    })?;
    let mut entries = Vec::with_capacity(wanted.len());
    let mut pos = 0;
    while pos < wanted.len() {
        // Read from the first wanted entry to the last wanted one within a
        // chunk, not a whole chunk for one entry.
        let lo = wanted[pos];
        let last = wanted[pos..]
            .iter()
            .take_while(|i| **i < lo + CHUNK)
            .last()
            .copied()
            .unwrap_or(lo);
        let hi = (last + 1).min(at.size);
        let stored = store.entries(lo, hi).await?;
        let openings: std::collections::HashMap<u64, Vec<u8>> =
            store.openings(lo, hi).await?.into_iter().collect();
        while pos < wanted.len() && wanted[pos] < hi {
            let index = wanted[pos];
            let e = stored
                .iter()
                .find(|e| e.index == index)
                .ok_or(MakeError::Missing(index))?;
            let opening = openings
                .get(&index)
                .filter(|o| may_open(at.state, viewer, &e.bytes, o));
            entries.push(json!({
                "index": index,
                "entry": B64.encode(&e.bytes),
                "opening": opening.map(|o| B64.encode(o)),
                "proof": proofs[pos].iter().map(|h| B64.encode(h)).collect::<Vec<_>>(),
            }));
            pos += 1;
        }
    }
    let mut data = report.data;
    if let Some(o) = data.as_object_mut() {
        o.insert(
            "log".into(),
            json!({ "origin": at.origin, "size": at.size, "checkpoint": at.note }),
        );
        o.insert("entries".into(), Value::Array(entries));
    }
    Ok(data)
}

/// Whether `viewer` may read the opening of the entry `bytes`.
fn may_open(state: &ProcessState, viewer: &Viewer, bytes: &[u8], opening: &[u8]) -> bool {
    let Ok(entry) = Entry::parse(bytes) else {
        return false;
    };
    let Ok(body) = truce_domain::disclosure::open(&entry.kind, &entry.body, Some(opening)) else {
        return false;
    };
    match truce_domain::parse_event(&entry.kind, &body) {
        Ok(Some(event)) => state.may_open(viewer, &entry.keyid, &event),
        _ => false,
    }
}

/// The inclusion proofs of `indices` in the first `size` leaves of `tree`
/// (the `prove` argument of [`make`]).
pub fn proofs(
    tree: &truce_ledger::merkle::MemoryTree,
    indices: &[u64],
    size: u64,
) -> Result<Vec<Vec<Hash>>, String> {
    indices
        .iter()
        .map(|i| tree.inclusion_proof(*i, size).map_err(|e| e.to_string()))
        .collect()
}

/// The report's bytes as served: pretty JSON, keys sorted, one newline at
/// the end, so the same report is always the same bytes.
pub fn to_bytes(data: &Value) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(data).unwrap_or_default();
    v.push(b'\n');
    v
}

/// A report's renderings: the JSON twin and what is made from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Geojson,
    Html,
    Pdf,
}

impl Format {
    /// Every format, in the order the API lists them.
    pub const ALL: [Format; 5] = [
        Format::Json,
        Format::Csv,
        Format::Geojson,
        Format::Html,
        Format::Pdf,
    ];

    /// The format named `s` (`json`, `csv`, `geojson`, `html`, `pdf`), or
    /// why not, naming them all.
    pub fn parse(s: &str) -> Result<Self, String> {
        Self::parse_or_refuse(s).map_err(String::from)
    }

    /// [`Self::parse`], refused with a reason.
    pub fn parse_or_refuse(s: &str) -> Result<Self, Reason> {
        Self::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Self::ALL.iter().map(|f| f.name()).collect();
                reason!(
                    "report-format-unknown",
                    "format {format:?} is not one of {all}",
                    format = s,
                    all = names.join(", ")
                )
            })
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Geojson => "geojson",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv; charset=utf-8",
            Format::Geojson => "application/geo+json",
            Format::Html => "text/html; charset=utf-8",
            Format::Pdf => "application/pdf",
        }
    }
}

/// The SHA-256 (hex) of bytes: how the renderings name their JSON twin.
fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Render a report's data in `format`. Every rendering is made from the
/// same data; the HTML and the PDF name the JSON twin by its hash, and the
/// PDF carries the twin itself. The PDF takes seconds for a large report:
/// call it off the async workers.
pub fn render(data: &Value, format: Format) -> Result<Vec<u8>, truce_pdf::PdfError> {
    let json = to_bytes(data);
    Ok(match format {
        Format::Json => json,
        Format::Csv => truce_domain::report::csv(data).into_bytes(),
        Format::Geojson => to_bytes(&truce_domain::report::geojson(data)),
        Format::Html => {
            let map = truce_domain::report::map::draw(data, &crate::assets::geography());
            truce_domain::report::html(data, Some(&sha256_hex(&json)), map.as_ref()).into_bytes()
        }
        Format::Pdf => pdf_of(data, &json)?,
    })
}

fn pdf_of(data: &Value, twin: &[u8]) -> Result<Vec<u8>, truce_pdf::PdfError> {
    let map = truce_domain::report::map::draw(data, &crate::assets::geography());
    let view = truce_domain::report::print::view(data, &sha256_hex(twin), map.as_ref());
    let view = serde_json::to_vec(&view).unwrap_or_default();
    crate::assets::typesetter().render(&view, twin)
}

/// Check a PDF given the report attached to it (read by
/// `truce_pdf::attachment`, in a process of its own where the file is not
/// trusted): the twin as [`verify`] does, and the PDF must be exactly what
/// that twin typesets to.
pub fn verify_pdf(
    bytes: &[u8],
    twin: &[u8],
    log_key: &VerifierKey,
    witnesses: &[VerifierKey],
    quorum: usize,
) -> Result<Verified, String> {
    let twin = twin.to_vec();
    let mut verified = verify(&twin, log_key, witnesses, quorum)?;
    let data: Value = serde_json::from_slice(&twin)
        .map_err(|e| format!("the attached report is not JSON: {e}"))?;
    if to_bytes(&data) != twin {
        return Err(
            "the attached report is not in the form Truce writes (pretty JSON, keys sorted)".into(),
        );
    }
    let again = pdf_of(&data, &twin).map_err(|e| e.to_string())?;
    if again != bytes {
        return Err(
            "the PDF is not what its attached report typesets to: its pages or bytes were changed"
                .into(),
        );
    }
    verified.pdf = true;
    Ok(verified)
}

/// What [`verify`] found.
#[derive(Debug)]
pub struct Verified {
    pub origin: String,
    pub size: u64,
    pub cosigners: usize,
    pub entries: usize,
    pub opened: usize,
    pub items: usize,
    /// Imported incidents, held to their batch's entry only.
    pub imported: usize,
    /// Whether the file was a PDF, typeset again from its attached twin
    /// and found identical.
    pub pdf: bool,
}

fn field<'a>(v: &'a Value, path: &str) -> Result<&'a Value, String> {
    v.pointer(path)
        .filter(|x| !x.is_null())
        .ok_or_else(|| format!("the report has no {path}"))
}

/// The field of an entry's body that names the object an item is.
fn names(kind: &str, section: &str, body: &Value, id: &str) -> bool {
    let s = |p: &str| body.pointer(p).and_then(Value::as_str) == Some(id);
    match (section, kind) {
        ("incidents", "incident.report") => s("/incident"),
        ("cases", "case.open") => s("/case"),
        ("findings", "finding.propose") => s("/finding"),
        ("penalties", "penalty.impose") => s("/penalty"),
        _ => false,
    }
}

/// Check a report file offline: the checkpoint's signature and the
/// witnesses' quorum, every entry's inclusion proof, every opening against
/// its entry's commitment, every item against the entry it names (its kind
/// and id, where the reader could open it), and every count against the
/// items. `Err` names the first thing that does not hold.
pub fn verify(
    bytes: &[u8],
    log_key: &VerifierKey,
    witnesses: &[VerifierKey],
    quorum: usize,
) -> Result<Verified, String> {
    let data: Value =
        serde_json::from_slice(bytes).map_err(|e| format!("the report is not JSON: {e}"))?;
    if field(&data, "/schema")? != truce_domain::report::SCHEMA {
        return Err(format!(
            "the report's schema is not {}",
            truce_domain::report::SCHEMA
        ));
    }
    // The period is one, and the previous period is the one before it.
    let period = truce_domain::report::Period::new(
        field(&data, "/period/from")?.as_str().unwrap_or(""),
        field(&data, "/period/to")?.as_str().unwrap_or(""),
    )
    .map_err(|e| format!("the report's period: {e}"))?;
    let previous = period.previous();
    if data["previous"]["from"].as_str() != Some(previous.from.as_str())
        || data["previous"]["to"].as_str() != Some(previous.to.as_str())
    {
        return Err(format!(
            "the report compares with another period than the one before {} to {}",
            period.from, period.to
        ));
    }
    let note = field(&data, "/log/checkpoint")?
        .as_str()
        .ok_or("log.checkpoint is not text")?;
    let cp = truce_ledger::checkpoint::open(note, log_key, witnesses, quorum)
        .map_err(|e| format!("the report's checkpoint does not verify: {e}"))?;
    let size = cp.checkpoint.size;
    if field(&data, "/log/size")?.as_u64() != Some(size)
        || field(&data, "/made_at/size")?.as_u64() != Some(size)
    {
        return Err(format!(
            "the report says it was made at another size than its checkpoint's ({size})"
        ));
    }
    let mut bodies = std::collections::HashMap::new();
    let mut kinds = std::collections::HashMap::new();
    let mut opened = 0;
    let entries = field(&data, "/entries")?
        .as_array()
        .ok_or("entries is not a list")?;
    for e in entries {
        let index = e["index"].as_u64().ok_or("an entry has no index")?;
        let bytes = e["entry"]
            .as_str()
            .and_then(|s| B64.decode(s).ok())
            .ok_or_else(|| format!("entry {index}'s bytes are not base64"))?;
        let proof: Vec<Hash> = e["proof"]
            .as_array()
            .ok_or_else(|| format!("entry {index} has no proof"))?
            .iter()
            .map(|h| {
                h.as_str()
                    .and_then(|s| B64.decode(s).ok())
                    .and_then(|b| <Hash>::try_from(b.as_slice()).ok())
                    .ok_or_else(|| {
                        format!("entry {index}'s proof holds a hash that is not 32 bytes of base64")
                    })
            })
            .collect::<Result<_, _>>()?;
        truce_ledger::merkle::verify_inclusion(
            index,
            size,
            &truce_ledger::merkle::leaf_hash(&bytes),
            &proof,
            &cp.checkpoint.root,
        )
        .map_err(|err| format!("entry {index} is not in the checkpoint's tree: {err}"))?;
        let entry =
            Entry::parse(&bytes).map_err(|err| format!("entry {index} does not parse: {err}"))?;
        let body = match e["opening"].as_str() {
            Some(o) => {
                let o = B64
                    .decode(o)
                    .map_err(|_| format!("entry {index}'s opening is not base64"))?;
                opened += 1;
                truce_domain::disclosure::open(&entry.kind, &entry.body, Some(&o))
                    .map_err(|err| format!("entry {index}'s opening does not match it: {err}"))?
            }
            None => entry.body.clone(),
        };
        let body: Value = serde_json::from_str(&body)
            .map_err(|err| format!("entry {index}'s body is not JSON: {err}"))?;
        kinds.insert(index, entry.kind.clone());
        bodies.insert(index, body);
    }
    let items = truce_domain::report::item_entries(&data)?;
    let mut imported = 0;
    for (section, id, index) in &items {
        let kind = kinds.get(index).ok_or_else(|| {
            format!("{section} item {id} names entry {index}, which the report does not carry")
        })?;
        let body = &bodies[index];
        // An imported incident rests on its batch's entry; the batch's CSV is
        // not carried, so its row is not checked (and is said so).
        if *section == "incidents" && kind == "incident.import" {
            imported += 1;
            continue;
        }
        // Every other item's entry is one its reader may open, and must be opened.
        if body.get(truce_domain::disclosure::SEALED_FIELD).is_some() {
            return Err(format!(
                "{section} item {id} names entry {index}, whose opening the report does not carry"
            ));
        }
        if !names(kind, section, body, id) {
            return Err(format!(
                "{section} item {id} names entry {index}, a {kind} that is not it"
            ));
        }
        if let Some(item) = find_item(&data, section, id)
            && let Some(field) = disagreement(kind, section, item, body)
        {
            return Err(format!(
                "{section} item {id} says another {field} than its entry {index} records"
            ));
        }
    }
    // A published finding's statement is the one its publishing entry signed.
    let mut seen: BTreeSet<u64> = items.iter().map(|x| x.2).collect();
    for f in data["items"]["findings"].as_array().into_iter().flatten() {
        let Some(at) = f["published"].as_u64() else {
            if !f["statement"].is_null() {
                return Err(format!(
                    "finding {} shows a statement but no entry that published it",
                    f["id"]
                ));
            }
            continue;
        };
        let body = bodies.get(&at).ok_or_else(|| {
            format!(
                "finding {} names publishing entry {at}, which the report does not carry",
                f["id"]
            )
        })?;
        if kinds.get(&at).map(String::as_str) != Some(truce_domain::monitor::FINDING_PUBLISH)
            || body.get(truce_domain::disclosure::SEALED_FIELD).is_some()
            || body["finding"] != f["id"]
        {
            return Err(format!(
                "finding {} names entry {at}, which is not an opened publication of it",
                f["id"]
            ));
        }
        if body["statement"] != f["statement"] {
            return Err(format!(
                "finding {} shows another statement than its publishing entry {at} signed",
                f["id"]
            ));
        }
        seen.insert(at);
    }
    truce_domain::report::recount(&data)?;
    if seen.len() != entries.len() {
        return Err(format!(
            "the report carries {} entries but its items name {}",
            entries.len(),
            seen.len()
        ));
    }
    Ok(Verified {
        origin: cp.checkpoint.origin,
        size,
        cosigners: cp.cosigners.len(),
        entries: entries.len(),
        opened,
        items: items.len(),
        imported,
        pdf: false,
    })
}

fn find_item<'a>(data: &'a Value, section: &str, id: &str) -> Option<&'a Value> {
    data["items"][section]
        .as_array()?
        .iter()
        .find(|i| i["id"].as_str() == Some(id))
}

/// The first field an item shows otherwise than the (opened) entry that
/// recorded it, if any: what a report can say of an item beyond its id is
/// held to the signed record where the record says it.
fn disagreement(kind: &str, section: &str, item: &Value, body: &Value) -> Option<&'static str> {
    let same_str = |a: &Value, b: &Value| a == b;
    let near = |a: &Value, b: &Value| match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-6,
        _ => false,
    };
    match (section, kind) {
        ("incidents", "incident.report") => {
            let party = body.get("alleged_party").cloned().unwrap_or(Value::Null);
            let party = if party.is_null() {
                Value::from("unattributed")
            } else {
                party
            };
            if !same_str(&item["category"], &body["category"]) {
                Some("category")
            } else if !same_str(&item["alleged_party"], &party) {
                Some("alleged party")
            } else if !near(&item["lat"], &body["lat"]) || !near(&item["lon"], &body["lon"]) {
                Some("place")
            } else if item["casualties"].as_u64()
                != Some(body["casualties"]["best"].as_u64().unwrap_or(0))
            {
                Some("casualty count")
            } else if body["occurred"].as_str().is_none()
                || item["occurred"].as_str() != body["occurred"].as_str()
            {
                Some("time of occurrence")
            } else if item["place"].as_str() != Some(body["place"].as_str().unwrap_or("")) {
                Some("place name")
            } else {
                None
            }
        }
        ("findings", "finding.propose") => {
            let opt = |k: &str| body.get(k).cloned().unwrap_or(Value::Null);
            if !same_str(&item["outcome"], &body["outcome"]) {
                Some("outcome")
            } else if !same_str(&item["case"], &body["case"]) {
                Some("case")
            } else if !same_str(&item["party"], &opt("party")) {
                Some("party")
            } else if !same_str(&item["category"], &opt("category")) {
                Some("category")
            } else if !same_str(&item["severity"], &opt("severity")) {
                Some("severity")
            } else {
                None
            }
        }
        ("cases", "case.open") => {
            // A case opened on an action report lists no incidents.
            let none = item["incidents"].as_array().is_some_and(Vec::is_empty)
                && body.get("incidents").is_none();
            (!(same_str(&item["incidents"], &body["incidents"]) || none)).then_some("incidents")
        }
        ("penalties", "penalty.impose") => {
            if !same_str(&item["finding"], &body["finding"]) {
                Some("finding")
            } else if !same_str(&item["rule"], &body["rule"]) {
                Some("rule")
            } else {
                None
            }
        }
        _ => None,
    }
}
