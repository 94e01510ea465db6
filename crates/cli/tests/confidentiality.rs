//! Confidentiality as an attacker tries it, through the real interfaces (the
//! `truce` binary, HTTP on a real port):
//!
//! - **The canary test.** On the demo, one act of every sealed kind (the list
//!   comes from the code's disclosure table, so a new kind fails here until it
//!   has its canary) carries a unique marker in every confidential field.
//!   Then the other party, an observer, a removed member and the public each
//!   fetch every byte they can reach — every entry, receipt, opening, tile,
//!   blob, version, comment, diff, export, incident, case, finding, penalty,
//!   the server-sent events and the pages — and the bytes are searched raw
//!   and after decoding every base64 run inside them, recursively. No marker
//!   may turn up where the disclosure table says it may not.
//! - The attacks that leaked before, as regressions: naming another party's
//!   draft, comment or evidence hash in one's own act; confirming a guessed
//!   short comment against the log; reading a bridging text's author.
//! - Selective disclosure: a published finding's sealed entries open to the
//!   public, who check them offline with `truce verify-receipt --opening`; a
//!   tampered opening fails.

mod common;

use common::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use truce_domain::disclosure;

/// Who reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Reader {
    OtherParty,
    Observer,
    Removed,
    Public,
}

const ALL: &[Reader] = &[
    Reader::OtherParty,
    Reader::Observer,
    Reader::Removed,
    Reader::Public,
];
/// Hidden from everyone but the acting party and the mediators.
const PARTY_PRIVATE: &[Reader] = ALL;
/// Hidden from everyone outside the case (the other party is in it).
const CASE: &[Reader] = &[Reader::Observer, Reader::Removed, Reader::Public];
/// Hidden from the public (every member may read it).
const MEMBERS: &[Reader] = &[Reader::Removed, Reader::Public];

struct Canaries {
    run: String,
    /// marker → (kinds it was put in, readers who must not find it)
    markers: BTreeMap<String, (Vec<&'static str>, &'static [Reader])>,
}

impl Canaries {
    fn new() -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        Self {
            run: format!("{:08x}", nanos ^ std::process::id()),
            markers: BTreeMap::new(),
        }
    }
    /// A text marker (upper case, survives any JSON escaping unchanged).
    fn text(&mut self, kind: &'static str, tag: &str, hidden: &'static [Reader]) -> String {
        let m = format!(
            "CNRY{}{}X",
            tag.to_ascii_uppercase().replace('-', ""),
            self.run
        );
        self.markers.insert(m.clone(), (vec![kind], hidden));
        m
    }
    /// An id marker (an id is 1–64 lower-case letters, digits and `-`).
    fn id(&mut self, kind: &'static str, tag: &str, hidden: &'static [Reader]) -> String {
        self.ids(&[kind], tag, hidden)
    }
    /// An id marker that several kinds of act carry.
    fn ids(&mut self, kinds: &[&'static str], tag: &str, hidden: &'static [Reader]) -> String {
        let m = format!("cnry-{tag}-{}", self.run);
        self.markers.insert(m.clone(), (kinds.to_vec(), hidden));
        m
    }
}

/// Fetch `path` as a reader with a key file (signed) or as the public.
async fn get(url: &str, key: Option<&str>, path: &str) -> (u16, Vec<u8>) {
    fetch(url, key.map(Path::new), path).await
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// Everything a reader can fetch: (path, status, bytes).
async fn crawl(url: &str, key: Option<&str>, extra: &[String]) -> Vec<(String, u16, Vec<u8>)> {
    let size = get_json(&format!("{url}/api/v1/log")).await["size"]
        .as_u64()
        .unwrap();
    let mut paths: Vec<String> = vec![
        "/checkpoint".into(),
        "/api/v1/log".into(),
        "/api/v1/process".into(),
        "/api/v1/whoami".into(),
        "/api/v1/versions".into(),
        "/api/v1/agreement".into(),
        "/api/v1/calendar.ics".into(),
        "/api/v1/mechanism".into(),
        "/api/v1/compliance".into(),
        "/api/v1/incidents".into(),
        "/api/v1/incidents.geojson".into(),
        "/api/v1/incidents.csv".into(),
        "/api/v1/incidents/duplicates".into(),
        "/api/v1/incidents/clusters?cell=1".into(),
        "/api/v1/cases".into(),
        "/api/v1/findings".into(),
        "/api/v1/penalties".into(),
        "/api/v1/record".into(),
        "/api/v1/disclosure".into(),
        "/openapi.json".into(),
        "/".into(),
        "/negotiation".into(),
        "/map".into(),
        "/verification".into(),
        "/compliance".into(),
        "/ledger".into(),
        "/public".into(),
        "/api/v1/public".into(),
        "/api/v1/public/feed.atom".into(),
        "/api/v1/publications".into(),
        "/api/v1/report?from=2025-01-01&to=2026-12-31".into(),
        "/api/v1/report?from=2025-01-01&to=2026-12-31&format=csv".into(),
        "/api/v1/report?from=2025-01-01&to=2026-12-31&format=geojson".into(),
        "/api/v1/report?from=2025-01-01&to=2026-12-31&format=html".into(),
        "/api/v1/report?from=2025-01-01&to=2026-12-31&format=pdf".into(),
    ];
    for i in 0..size {
        paths.push(format!("/api/v1/entries/{i}"));
        paths.push(format!("/api/v1/entries/{i}/receipt"));
        paths.push(format!("/api/v1/entries/{i}/opening"));
    }
    for t in 0..size.div_ceil(256) {
        let w = (size - t * 256).min(256);
        let p = if w == 256 {
            String::new()
        } else {
            format!(".p/{w}")
        };
        paths.push(format!("/tile/entries/{t:03}{p}"));
        paths.push(format!("/tile/0/{t:03}{p}"));
    }
    // Whatever the lists name, read one by one.
    let mut more = Vec::new();
    for (list, prefix) in [
        ("/api/v1/versions", "/api/v1/versions/"),
        ("/api/v1/cases", "/api/v1/cases/"),
        ("/api/v1/incidents", "/api/v1/incidents/"),
    ] {
        let (_, body) = get(url, key, list).await;
        if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&body) {
            let items = v
                .as_array()
                .cloned()
                .or_else(|| v["incidents"].as_array().cloned())
                .unwrap_or_default();
            for it in items {
                if let Some(id) = it["id"].as_str() {
                    more.push(format!("{prefix}{id}"));
                }
            }
        }
    }
    paths.extend(more);
    paths.extend(extra.iter().cloned());
    let mut out = Vec::new();
    for p in paths {
        let (status, body) = get(url, key, &p).await;
        out.push((p, status, body));
    }
    // The server-sent events: whatever arrives in the first half second.
    let mut req = http().get(format!("{url}/api/v1/events"));
    if key.is_none() {
        req = req.header("Accept", "text/event-stream");
    }
    if let Ok(Ok(mut resp)) =
        tokio::time::timeout(std::time::Duration::from_secs(2), req.send()).await
    {
        let mut sse = Vec::new();
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_millis(500);
        while let Ok(Ok(Some(chunk))) = tokio::time::timeout_at(deadline, resp.chunk()).await {
            sse.extend_from_slice(&chunk);
        }
        out.push(("/api/v1/events".into(), 200, sse));
    }
    out
}

fn must(args: &[&str]) -> String {
    act(args).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

fn keygen(dir: &Path, name: &str) -> (String, String) {
    let path = dir.join(format!("{}.key", name.replace('/', "-")));
    let vkey = ok(&["keygen", "--name", name, "--out", path.to_str().unwrap()]);
    (path.to_str().unwrap().to_owned(), vkey.trim().to_owned())
}

#[tokio::test(flavor = "multi_thread")]
async fn canaries_of_every_sealed_kind_stay_with_their_audience() {
    let demo = Demo::new();
    let tmp = tempfile::tempdir().unwrap();
    let mut c = Canaries::new();
    use disclosure::TABLE;
    use truce_domain::monitor as mk;

    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let (tr, qa, pk, af) = (
        demo.key("mediator-turkiye"),
        demo.key("mediator-qatar"),
        demo.key("party-pakistan"),
        demo.key("party-afghanistan"),
    );
    let start = size(u).await;
    let url = ["--url", u];
    let with = |key: &str, rest: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = rest.iter().map(|s| s.to_string()).collect();
        v.extend(url.iter().map(|s| s.to_string()));
        v.push("--key".into());
        v.push(key.to_owned());
        v
    };
    let run = |args: Vec<String>| must(&args.iter().map(String::as_str).collect::<Vec<_>>());

    // An observer, and a second Pakistani delegate who will be removed.
    let (obs, obs_vkey) = keygen(tmp.path(), "observer.example/reader");
    let (pk2, pk2_vkey) = keygen(tmp.path(), "party.pk/second-delegate");
    run(with(
        &tr,
        &[
            "process",
            "add-participant",
            "--id",
            "obs",
            "--kind",
            "observer",
            "--name",
            "Observer mission",
        ],
    ));
    run(with(
        &tr,
        &[
            "member",
            "add",
            "--member",
            "obs-1",
            "--participant",
            "obs",
            "--name",
            "Observer",
            "--role",
            "observer",
            "--member-key",
            &obs_vkey,
        ],
    ));
    run(with(
        &tr,
        &[
            "member",
            "add",
            "--member",
            "pk-2",
            "--participant",
            "pk",
            "--name",
            "Second delegate",
            "--role",
            "delegate",
            "--member-key",
            &pk2_vkey,
        ],
    ));

    // --- the negotiation -------------------------------------------------
    // Pakistan's own draft, never relayed: its id and text are Pakistan's.
    let v_secret = c.id(truce_domain::DRAFT_SUBMIT, "v-secret", PARTY_PRIVATE);
    let secret_text = c.text(truce_domain::DRAFT_SUBMIT, "draft-text", PARTY_PRIVATE);
    let secret_title = c.text(truce_domain::DRAFT_SUBMIT, "draft-title", PARTY_PRIVATE);
    let f = tmp.path().join("secret.json");
    std::fs::write(&f, document(&secret_title, "agreed", &secret_text)).unwrap();
    run(with(
        &pk,
        &[
            "draft",
            "submit",
            "--file",
            f.to_str().unwrap(),
            "--version",
            &v_secret,
            "--draft",
            "canary-draft",
        ],
    ));
    // An internal comment on it, and one for the mediators.
    let internal = c.text(truce_domain::DRAFT_COMMENT, "internal", PARTY_PRIVATE);
    let c_id = c.id(truce_domain::DRAFT_COMMENT, "comment", PARTY_PRIVATE);
    run(with(
        &pk,
        &[
            "draft",
            "comment",
            "--version",
            &v_secret,
            "--clause",
            "art_1__para_1",
            "--text",
            &internal,
            "--visibility",
            "internal",
            "--id",
            &c_id,
        ],
    ));
    let for_mediators = c.text(truce_domain::DRAFT_COMMENT, "for-mediators", PARTY_PRIVATE);
    run(with(
        &pk,
        &[
            "draft",
            "comment",
            "--version",
            &v_secret,
            "--clause",
            "art_1__para_1",
            "--text",
            &for_mediators,
            "--visibility",
            "mediators",
        ],
    ));

    // A version relayed to the other side with a note, signed by both and
    // witnessed by both mediators: hidden from the public only.
    let v_sign = c.ids(
        &[
            truce_domain::DRAFT_SUBMIT,
            truce_domain::AGREEMENT_SIGN,
            truce_domain::AGREEMENT_WITNESS,
        ],
        "v-sign",
        MEMBERS,
    );
    let sign_text = c.text(truce_domain::DRAFT_SUBMIT, "signed-text", MEMBERS);
    let f = tmp.path().join("sign.json");
    std::fs::write(&f, document("Addendum", "agreed", &sign_text)).unwrap();
    run(with(
        &pk,
        &[
            "draft",
            "submit",
            "--file",
            f.to_str().unwrap(),
            "--version",
            &v_sign,
            "--draft",
            "canary-addendum",
        ],
    ));
    let note = c.text(truce_domain::DRAFT_RELAY, "relay-note", CASE);
    run(with(
        &tr,
        &[
            "draft",
            "relay",
            "--version",
            &v_sign,
            "--to",
            "af",
            "--note",
            &note,
        ],
    ));
    run(with(&pk, &["sign", "--version", &v_sign]));
    run(with(&af, &["sign", "--version", &v_sign]));
    run(with(&tr, &["sign", "--version", &v_sign, "--witness"]));
    run(with(&qa, &["sign", "--version", &v_sign, "--witness"]));

    // A mediator's unattributed bridging text, relayed to both parties.
    let v_bridge = c.id(truce_domain::DRAFT_SUBMIT, "v-bridge", MEMBERS);
    let f = tmp.path().join("bridge.json");
    std::fs::write(
        &f,
        document("Bridging text", "agreed", "The mediators propose a bridge."),
    )
    .unwrap();
    run(with(
        &qa,
        &[
            "draft",
            "submit",
            "--file",
            f.to_str().unwrap(),
            "--version",
            &v_bridge,
            "--draft",
            "canary-bridge",
            "--unattributed",
        ],
    ));
    run(with(
        &tr,
        &[
            "draft",
            "relay",
            "--version",
            &v_bridge,
            "--to",
            "pk",
            "--to",
            "af",
        ],
    ));

    // --- the mechanism ---------------------------------------------------
    let at = |d: &str| format!("2025-11-{d}Z");
    // A report Pakistan keeps to itself (no case), with evidence, custody
    // and a merge of a second report into it.
    let inc_a = c.id(mk::INCIDENT_REPORT, "inc-private", PARTY_PRIVATE);
    let narrative = c.text(mk::INCIDENT_REPORT, "narrative", PARTY_PRIVATE);
    let source = c.text(mk::INCIDENT_REPORT, "source", PARTY_PRIVATE);
    let place = c.text(mk::INCIDENT_REPORT, "place", PARTY_PRIVATE);
    let actor = c.text(mk::INCIDENT_REPORT, "actor", PARTY_PRIVATE);
    run(with(
        &pk,
        &[
            "incident",
            "report",
            "--at",
            &at("24T10:00:00"),
            "--id",
            &inc_a,
            "--occurred",
            "2025-11-24T03:00:00Z",
            "--lat",
            "31.1",
            "--lon",
            "66.9",
            "--place",
            &place,
            "--actor",
            &actor,
            "--category",
            "armed_clash",
            "--alleged-party",
            "af",
            "--casualties",
            "0-1-2",
            "--narrative",
            &narrative,
            "--source",
            &source,
        ],
    ));
    let inc_dup = c.id(mk::INCIDENT_REPORT, "inc-dup", PARTY_PRIVATE);
    run(with(
        &pk,
        &[
            "incident",
            "report",
            "--at",
            &at("24T10:05:00"),
            "--id",
            &inc_dup,
            "--occurred",
            "2025-11-24T03:05:00Z",
            "--lat",
            "31.1",
            "--lon",
            "66.9",
            "--category",
            "armed_clash",
            "--narrative",
            "Same event.",
            "--source",
            "delegation report",
        ],
    ));
    let merge_reason = c.text(mk::INCIDENT_MERGE, "merge-reason", PARTY_PRIVATE);
    run(with(
        &tr,
        &[
            "incident",
            "merge",
            "--at",
            &at("24T10:10:00"),
            "--into",
            &inc_a,
            "--reason",
            &merge_reason,
            &inc_dup,
        ],
    ));
    let evidence_body = c.text(mk::EVIDENCE_SUBMIT, "evidence-bytes", PARTY_PRIVATE);
    let evidence_name = c.text(mk::EVIDENCE_SUBMIT, "evidence-name", PARTY_PRIVATE);
    let photo = tmp.path().join(format!("{evidence_name}.png"));
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend_from_slice(evidence_body.as_bytes());
    std::fs::write(&photo, &png).unwrap();
    let evidence = run(with(
        &pk,
        &[
            "evidence",
            "add",
            "--at",
            &at("24T10:20:00"),
            photo.to_str().unwrap(),
            "--incident",
            &inc_a,
        ],
    ));
    let evidence = evidence
        .split_whitespace()
        .find(|w| w.len() == 64)
        .expect("the evidence hash")
        .to_owned();
    let purpose = c.text(mk::EVIDENCE_ACCESS, "purpose", PARTY_PRIVATE);
    let got = tmp.path().join("got.png");
    run(with(
        &tr,
        &[
            "evidence",
            "get",
            "--at",
            &at("24T10:30:00"),
            &evidence,
            "--out",
            got.to_str().unwrap(),
            "--purpose",
            &purpose,
        ],
    ));
    let transfer_note = c.text(mk::EVIDENCE_TRANSFER, "transfer-note", PARTY_PRIVATE);
    run(with(
        &pk,
        &[
            "evidence",
            "transfer",
            "--at",
            &at("24T10:40:00"),
            &evidence,
            "--to",
            "tr",
            "--note",
            &transfer_note,
        ],
    ));
    // Pakistan's report of its own action, in no case yet.
    let action_id = c.id(mk::ACTION_REPORT, "action", PARTY_PRIVATE);
    let action_summary = c.text(mk::ACTION_REPORT, "action-summary", PARTY_PRIVATE);
    run(with(
        &pk,
        &[
            "action",
            "--at",
            &at("24T11:00:00"),
            "--id",
            &action_id,
            "--commitment",
            "action-pk",
            "--summary",
            &action_summary,
        ],
    ));

    // A case both parties are in, to a finding in effect (not published),
    // a penalty, its appeal, decision, service and lifting.
    let inc_b = c.id(mk::INCIDENT_REPORT, "inc-case", CASE);
    let narrative_b = c.text(mk::INCIDENT_REPORT, "narrative-case", CASE);
    run(with(
        &pk,
        &[
            "incident",
            "report",
            "--at",
            &at("25T09:00:00"),
            "--id",
            &inc_b,
            "--occurred",
            "2025-11-25T02:00:00Z",
            "--lat",
            "33.9",
            "--lon",
            "70.1",
            "--category",
            "armed_clash",
            "--alleged-party",
            "af",
            "--narrative",
            &narrative_b,
            "--source",
            "delegation report",
        ],
    ));
    let case = c.id(mk::CASE_OPEN, "case", CASE);
    run(with(
        &tr,
        &[
            "case",
            "open",
            "--at",
            &at("25T10:00:00"),
            "--id",
            &case,
            "--incident",
            &inc_b,
            "--accused",
            "af",
            "--team",
            "tr-secretariat",
            "--team",
            "qa-secretariat",
            "--team",
            "pk-head",
            "--team",
            "af-head",
        ],
    ));
    let what = c.text(mk::CASE_REQUEST, "request", CASE);
    let req_id = c.id(mk::CASE_REQUEST, "req", CASE);
    run(with(
        &tr,
        &[
            "case",
            "request",
            "--at",
            &at("25T10:30:00"),
            "--case",
            &case,
            "--id",
            &req_id,
            "--from",
            "pk",
            "--what",
            &what,
            "--due",
            "2025-11-27T10:00:00Z",
        ],
    ));
    let statement = c.text(mk::CASE_REPLY, "reply", CASE);
    run(with(
        &af,
        &[
            "case",
            "reply",
            "--at",
            &at("25T11:00:00"),
            "--case",
            &case,
            "--statement",
            &statement,
        ],
    ));
    let assess = c.text(mk::CASE_ASSESS, "assess", CASE);
    run(with(
        &tr,
        &[
            "case",
            "assess",
            "--at",
            &at("25T12:00:00"),
            "--case",
            &case,
            "--happened",
            "90",
            "--responsible",
            "80",
            "--attributed-to",
            "af",
            "--outcome",
            "confirmed",
            "--note",
            &assess,
        ],
    ));
    let finding = c.id(mk::FINDING_PROPOSE, "finding", CASE);
    let summary = c.text(mk::FINDING_PROPOSE, "summary", CASE);
    run(with(
        &tr,
        &[
            "finding",
            "propose",
            "--at",
            &at("25T13:00:00"),
            "--case",
            &case,
            "--id",
            &finding,
            "--outcome",
            "confirmed",
            "--party",
            "af",
            "--category",
            "armed_clash",
            "--severity",
            "moderate",
            "--summary",
            &summary,
        ],
    ));
    let vote_reason = c.text(mk::FINDING_VOTE, "vote-reason", CASE);
    run(with(
        &qa,
        &[
            "finding",
            "vote",
            "--at",
            &at("25T14:00:00"),
            "--finding",
            &finding,
            "--concur",
            "--reason",
            &vote_reason,
        ],
    ));
    // One mediator of the two signs the finding's publication: below the
    // quorum nothing is published, and its statement stays with the case.
    let publish_statement = c.text(mk::FINDING_PUBLISH, "publish-statement", CASE);
    run(with(
        &tr,
        &[
            "finding",
            "publish",
            "--at",
            &at("25T15:00:00"),
            "--finding",
            &finding,
            "--statement",
            &publish_statement,
        ],
    ));
    // A report one mediator proposes for publication: its id and hash stay
    // with the mediators until the quorum signs.
    let report = c.id(truce_domain::publication::PUBLICATION_SIGN, "report", ALL);
    run(with(
        &tr,
        &[
            "publish",
            "report",
            "--id",
            &report,
            "--from",
            "2025-11-01",
            "--to",
            "2025-11-30",
        ],
    ));
    let penalty = c.id(mk::PENALTY_IMPOSE, "penalty", CASE);
    let detail = c.text(mk::PENALTY_IMPOSE, "detail", CASE);
    run(with(
        &tr,
        &[
            "penalty",
            "impose",
            "--at",
            &at("26T09:00:00"),
            "--finding",
            &finding,
            "--id",
            &penalty,
            "--detail",
            &detail,
        ],
    ));
    let serve_note = c.text(mk::PENALTY_SERVE, "serve-note", CASE);
    run(with(
        &tr,
        &[
            "penalty",
            "serve",
            "--at",
            &at("26T10:00:00"),
            "--penalty",
            &penalty,
            "--note",
            &serve_note,
        ],
    ));
    let grounds = c.text(mk::PENALTY_APPEAL, "grounds", CASE);
    run(with(
        &af,
        &[
            "penalty",
            "appeal",
            "--at",
            &at("26T11:00:00"),
            "--penalty",
            &penalty,
            "--grounds",
            &grounds,
        ],
    ));
    let decision = c.text(mk::APPEAL_DECIDE, "decision", CASE);
    run(with(
        &qa,
        &[
            "penalty",
            "decide",
            "--at",
            &at("26T12:00:00"),
            "--penalty",
            &penalty,
            "--decision",
            "upheld",
            "--reason",
            &decision,
        ],
    ));
    let lift = c.text(mk::PENALTY_LIFT, "lift", CASE);
    run(with(
        &tr,
        &[
            "penalty",
            "lift",
            "--at",
            &at("26T13:00:00"),
            "--penalty",
            &penalty,
            "--reason",
            &lift,
        ],
    ));

    // An ACLED import (the operator's tool, on the data directory beside the
    // running server, which folds it in at its next append) whose notes
    // carry a canary: only the mediators and the importer read it. Its time
    // is now, so it comes after every act above.
    let import_note = c.text(mk::INCIDENT_IMPORT, "import", PARTY_PRIVATE);
    let csv = tmp.path().join("acled.csv");
    std::fs::write(
        &csv,
        format!(
            "{}\nCNRY1,2025-11-24,2025,1,Political violence,Battles,Armed clash,Generated Actor A,,1,Generated Actor B,,Civilians,17,,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,Kurram,,Parachinar,33.9000,70.1000,2,Local media,Local,{import_note},0,,1764000000\n",
            mk::acled::COLUMNS.join(",")
        ),
    )
    .unwrap();
    must(&[
        "import",
        "acled",
        "--data",
        demo.dir.to_str().unwrap(),
        csv.to_str().unwrap(),
    ]);

    // The second delegate is removed, for a reason Pakistan and the
    // mediators know.
    let removal = c.text(truce_domain::MEMBER_REMOVE, "removal", PARTY_PRIVATE);
    run(with(
        &tr,
        &["member", "remove", "--member", "pk-2", "--reason", &removal],
    ));

    // The mechanism's terms (configured by the demo, once): every member
    // reads them, the public does not. Its own long texts are the canaries.
    let configure_index = {
        let store = open_store(&demo.dir).await;
        let n = store.size().await.unwrap();
        let entries = store.entries(0, n).await.unwrap();
        let openings: BTreeMap<u64, Vec<u8>> =
            store.openings(0, n).await.unwrap().into_iter().collect();
        let e = entries
            .iter()
            .find(|e| {
                truce_ledger::entry::Entry::parse(&e.bytes).unwrap().kind == mk::MECHANISM_CONFIGURE
            })
            .expect("the demo configures the mechanism");
        let opened: serde_json::Value = serde_json::from_slice(&openings[&e.index]).unwrap();
        for commitment in opened["fields"]["commitments"].as_array().unwrap() {
            let text = commitment["action"].as_str().unwrap().to_owned();
            c.markers
                .insert(text, (vec![mk::MECHANISM_CONFIGURE], MEMBERS));
        }
        e.index
    };
    assert!(configure_index < start);

    // Every sealed kind of the code's table carries a canary here.
    let kinds_with_canary: BTreeSet<&str> = c
        .markers
        .values()
        .flat_map(|(k, _)| k.iter().copied())
        .collect();
    let size_now = size(u).await;
    let mut kinds_logged = BTreeSet::new();
    for i in start..size_now {
        let v = get_json(&format!("{u}/api/v1/entries/{i}")).await;
        let kind = v["payloadType"].as_str().unwrap().to_owned();
        kinds_logged.insert(
            kind.trim_start_matches("application/vnd.truce.")
                .trim_end_matches("+json")
                .to_owned(),
        );
    }
    for r in TABLE.iter().filter(|r| r.sealed) {
        assert!(
            kinds_with_canary.contains(r.kind),
            "sealed kind {} has no canary in this test",
            r.kind
        );
        assert!(
            kinds_logged.contains(r.kind)
                || r.kind == mk::MECHANISM_CONFIGURE
                || r.kind == mk::INCIDENT_IMPORT,
            "the scenario appended no {} entry",
            r.kind
        );
    }

    // Every reader fetches everything, including every blob and evidence
    // file the log knows of, by hash.
    let blob_hashes: BTreeSet<String> = {
        // Every SHA-256 any sealed act names (documents, comments, notes,
        // files, evidence), read as the operator from the openings.
        let store = open_store(&demo.dir).await;
        let n = store.size().await.unwrap();
        let mut hashes = BTreeSet::new();
        for (_, o) in store.openings(0, n).await.unwrap() {
            let text = String::from_utf8(o).unwrap();
            for w in text.split(|c: char| !c.is_ascii_hexdigit()) {
                if w.len() == 64 {
                    hashes.insert(w.to_owned());
                }
            }
        }
        hashes
    };
    assert!(
        blob_hashes.contains(&evidence),
        "the crawl asks for the evidence file"
    );
    let mut extra = Vec::new();
    for h in &blob_hashes {
        extra.push(format!("/api/v1/blobs/{h}"));
        extra.push(format!("/api/v1/evidence/{h}"));
        extra.push(format!("/api/v1/evidence/{h}/custody"));
    }
    for id in [&v_secret, &v_sign, &v_bridge] {
        for suffix in [
            "",
            "/comments",
            "/export.md",
            "/export.akn",
            "/diff?against=v4",
        ] {
            extra.push(format!("/api/v1/versions/{id}{suffix}"));
        }
    }
    for id in [&inc_a, &inc_dup, &inc_b] {
        extra.push(format!("/api/v1/incidents/{id}"));
    }
    extra.push(format!("/api/v1/cases/{case}"));

    let keys: BTreeMap<Reader, Option<&str>> = [
        (Reader::OtherParty, Some(af.as_str())),
        (Reader::Observer, Some(obs.as_str())),
        (Reader::Removed, Some(pk2.as_str())),
        (Reader::Public, None),
    ]
    .into();
    let mut leaks = Vec::new();
    let mut fetched = 0;
    for (&reader, key) in &keys {
        let pages = crawl(u, *key, &extra).await;
        if reader == Reader::Removed {
            // A removed member's key opens nothing: every read that knows its
            // reader is a 401 (what needs no reader is the public's anyway).
            for (path, status, _) in &pages {
                let reads_as_reader = [
                    "/api/v1/whoami",
                    "/api/v1/versions",
                    "/api/v1/process",
                    "/api/v1/cases",
                    "/api/v1/incidents",
                    "/api/v1/findings",
                    "/api/v1/blobs/",
                ]
                .iter()
                .any(|p| path.starts_with(p));
                if reads_as_reader || path.ends_with("/opening") {
                    assert_eq!(*status, 401, "a removed member's GET {path}");
                }
            }
        }
        for (path, status, body) in &pages {
            fetched += body.len();
            let mut all = Vec::new();
            decodings(body, 3, &mut all);
            for (marker, (kinds, hidden)) in &c.markers {
                // A refusal may echo the id the reader itself asked for.
                if path.contains(marker.as_str()) {
                    continue;
                }
                if hidden.contains(&reader) && all.iter().any(|b| contains(b, marker)) {
                    leaks.push(format!(
                        "{reader:?} found the {} canary {marker} in GET {path} ({status})",
                        kinds.join("/")
                    ));
                }
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "confidential content leaked:\n{}",
        leaks.join("\n")
    );
    assert!(fetched > 100_000, "the crawl fetched only {fetched} bytes");

    // A stolen database file alone hands over none of it: openings and
    // blobs are encrypted at rest, under a key kept beside it, not in it.
    let mut stolen = Vec::new();
    for f in [
        "truce.db",
        "truce.db-wal",
        "truce-blobs.db",
        "truce-blobs.db-wal",
    ] {
        if let Ok(b) = std::fs::read(demo.dir.join(f)) {
            stolen.extend(b);
        }
    }
    assert!(stolen.len() > 100_000);
    for marker in c.markers.keys() {
        assert!(
            !contains(&stolen, marker),
            "the database file holds {marker} in plain text"
        );
    }
    // Blobs are not even filed under their content's hash.
    for h in &blob_hashes {
        let raw = hex::decode(h).unwrap();
        assert!(
            !stolen.windows(32).any(|w| w == raw.as_slice()) && !contains(&stolen, h),
            "the database names content by its hash {h}"
        );
    }

    // The entitled do read it: the same search is not blind.
    let (_, body) = get(u, Some(&pk), &format!("/api/v1/versions/{v_secret}")).await;
    assert!(
        contains(&body, &secret_text),
        "Pakistan reads its own draft"
    );
    let (_, body) = get(u, Some(&af), &format!("/api/v1/cases/{case}")).await;
    assert!(contains(&body, &statement), "the accused reads its case");
    let (_, body) = get(u, Some(&obs), "/api/v1/mechanism").await;
    let term = c
        .markers
        .iter()
        .find(|(_, (k, _))| k.contains(&mk::MECHANISM_CONFIGURE))
        .unwrap()
        .0;
    assert!(
        contains(&body, term),
        "an observer reads the mechanism's terms"
    );
}

/// What becomes public is a verifiable disclosure: the demo's published
/// finding (finding-chaman) opens to the public, who checks the opening
/// offline against the entry the receipt proves in the cosigned checkpoint;
/// a tampered opening fails; an unpublished finding stays sealed.
#[tokio::test(flavor = "multi_thread")]
async fn a_published_finding_is_checked_offline_by_the_public() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let tr = demo.key("mediator-turkiye");
    let findings = read_json(u, None, "/api/v1/findings").await;
    let published = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "finding-chaman")
        .expect("the public reads the published finding");
    let index = published["index"].as_u64().unwrap();
    let summary = published["summary"].as_str().unwrap().to_owned();

    let tmp = tempfile::tempdir().unwrap();
    let file = |name: &str, bytes: &[u8]| {
        let p = tmp.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_str().unwrap().to_owned()
    };
    let (s1, entry) = get(u, None, &format!("/api/v1/entries/{index}")).await;
    let (s2, receipt) = get(u, None, &format!("/api/v1/entries/{index}/receipt")).await;
    let (s3, opening) = get(u, None, &format!("/api/v1/entries/{index}/opening")).await;
    assert_eq!((s1, s2, s3), (200, 200, 200));
    let (entry, receipt, opening_file) = (
        file("entry.json", &entry),
        file("entry.receipt", &receipt),
        file("opening.json", &opening),
    );
    let info = get_json(&format!("{u}/api/v1/log")).await;
    let log_key = info["log_key"].as_str().unwrap().to_owned();
    // The demo's witnesses (one per mediator) cosigned its last checkpoint.
    let witnesses = demo.witness_vkeys();
    let mut args = vec!["verify-receipt", "--log-key", &log_key];
    for w in &witnesses {
        args.extend(["--witness", w.as_str()]);
    }
    args.extend(["--quorum", "2"]);
    drop(server); // offline from here
    let mut good = args.clone();
    good.extend([
        receipt.as_str(),
        entry.as_str(),
        "--opening",
        opening_file.as_str(),
    ]);
    let out = ok(&good);
    assert!(
        out.contains("cosigned by 2")
            && out.contains("the opening matches")
            && out.contains(&summary),
        "{out}"
    );
    // One character of the revealed text changed: the check fails.
    let text = String::from_utf8(opening).unwrap();
    let tampered = file(
        "tampered.json",
        text.replacen("Chaman", "Chamen", 1).as_bytes(),
    );
    assert_ne!(
        std::fs::read(&tampered).unwrap(),
        std::fs::read(&opening_file).unwrap()
    );
    let mut bad = args.clone();
    bad.extend([
        receipt.as_str(),
        entry.as_str(),
        "--opening",
        tampered.as_str(),
    ]);
    let out = run(&bad);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("does not match the entry's commitment"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // An unpublished finding's proposal stays sealed to the public.
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let all = read_json(u, Some(Path::new(&tr)), "/api/v1/findings").await;
    let unpublished: Vec<u64> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["published"] == false)
        .map(|f| f["index"].as_u64().unwrap())
        .collect();
    for i in unpublished {
        let (status, _) = get(u, None, &format!("/api/v1/entries/{i}/opening")).await;
        assert_eq!(status, 404, "unpublished finding at entry {i}");
        let (status, _) = get(u, Some(&tr), &format!("/api/v1/entries/{i}/opening")).await;
        assert_eq!(status, 200, "the mediators open it");
    }
}
