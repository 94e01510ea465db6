//! The monitoring and verification mechanism end to end through the `truce`
//! binary and HTTP on a real port, over the demo's October–November 2025
//! process: the conditional ceasefire's evaluation; a new report taken
//! through a case, replies, a finding at the quorum, the prescribed penalty
//! and one appeal, with every refusal a 4xx naming why and the ledger
//! unchanged; evidence custody; what each role may read; replay from zero;
//! the border computed on known points; ACLED import with bad rows, export,
//! and GeoJSON checked by an independent validator.

mod common;

use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn states(v: &Value) -> Vec<(String, String)> {
    v["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_owned(),
                c["state"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn state_of(v: &Value, id: &str) -> String {
    states(v)
        .into_iter()
        .find(|(c, _)| c == id)
        .unwrap_or_else(|| panic!("no commitment {id}"))
        .1
}

#[tokio::test(flavor = "multi_thread")]
async fn conditional_ceasefire_report_to_appeal_and_who_sees_what() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let url = server.url.clone();
    let u = url.as_str();
    let (tr, qa, pk, af) = (
        demo.key("mediator-turkiye"),
        demo.key("mediator-qatar"),
        demo.key("party-pakistan"),
        demo.key("party-afghanistan"),
    );
    let trp = Path::new(&tr);

    // The conditional ceasefire, as the demo left it.
    let later = read_json(u, Some(trp), "/api/v1/compliance?at=2025-11-24").await;
    assert_eq!(state_of(&later, "ceasefire-af"), "breached");
    assert_eq!(state_of(&later, "ceasefire-pk"), "suspended");
    assert_eq!(state_of(&later, "action-af"), "met");
    let why = later["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "ceasefire-pk")
        .unwrap()["reasons"]
        .to_string();
    assert!(
        why.contains("suspended by its condition") && why.contains("finding-chaman"),
        "{why}"
    );
    // Before the finding took effect, and thirty days after it, the
    // ceasefire binds again.
    let before = read_json(u, Some(trp), "/api/v1/compliance?at=2025-11-11").await;
    assert!(
        states(&before).iter().all(|(_, s)| s == "in_force"),
        "{before}"
    );
    let findings = read_json(u, Some(trp), "/api/v1/findings").await;
    let chaman = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "finding-chaman")
        .unwrap();
    let effective = chaman["effective_index"].as_u64().unwrap();
    let at_effect = read_json(
        u,
        Some(trp),
        &format!("/api/v1/compliance?at=2025-11-24&upto={effective}"),
    )
    .await;
    assert_eq!(
        state_of(&at_effect, "ceasefire-pk"),
        "in_force",
        "the ledger before the finding"
    );
    let mut dissent = chaman["votes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["concur"] == false);
    assert_eq!(
        dissent.next().unwrap()["participant"],
        "af",
        "the dissent is on record"
    );
    let cli = act(&["compliance", "--url", u, "--key", &tr, "--at", "2025-11-24"]).unwrap();
    assert!(
        cli.contains("ceasefire-pk") && cli.contains("suspended"),
        "{cli}"
    );

    // A new report, through a case to a finding, the penalty and an appeal.
    let at = |t: &str| format!("2025-11-{t}Z");
    let c = |args: &[&str]| {
        act(args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
    };
    c(&[
        "incident",
        "report",
        "--url",
        u,
        "--key",
        &pk,
        "--at",
        &at("25T10:00:00"),
        "--id",
        "inc-kurram-1",
        "--occurred",
        "2025-11-25T04:00:00Z",
        "--lat",
        "33.90",
        "--lon",
        "70.10",
        "--category",
        "armed_clash",
        "--alleged-party",
        "af",
        "--casualties",
        "0-1-2",
        "--narrative",
        "Fire exchanged at a post.",
        "--source",
        "delegation report",
    ]);
    // The wrong role opens a case.
    refused(
        u,
        &[
            "case",
            "open",
            "--url",
            u,
            "--key",
            &pk,
            "--at",
            &at("25T11:00:00"),
            "--id",
            "case-kurram",
            "--incident",
            "inc-kurram-1",
            "--accused",
            "af",
            "--team",
            "tr-secretariat",
            "--team",
            "pk-head",
            "--team",
            "af-head",
        ],
        "only the mediators may",
    )
    .await;
    // A team without one of the parties, where the agreement sets joint teams.
    refused(
        u,
        &[
            "case",
            "open",
            "--url",
            u,
            "--key",
            &tr,
            "--at",
            &at("25T11:00:00"),
            "--id",
            "case-kurram",
            "--incident",
            "inc-kurram-1",
            "--accused",
            "af",
            "--team",
            "tr-secretariat",
            "--team",
            "pk-head",
        ],
        "no member of af",
    )
    .await;
    c(&[
        "case",
        "open",
        "--url",
        u,
        "--key",
        &tr,
        "--at",
        &at("25T11:00:00"),
        "--id",
        "case-kurram",
        "--incident",
        "inc-kurram-1",
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
    ]);
    c(&[
        "case",
        "reply",
        "--url",
        u,
        "--key",
        &af,
        "--at",
        &at("26T09:00:00"),
        "--case",
        "case-kurram",
        "--statement",
        "The post returned fire only.",
    ]);
    // The reply claims 26 November 2025; the mechanism dates it by the log's
    // own time (log.time), which no signer sets.
    let case = read_json(u, Some(trp), "/api/v1/cases/case-kurram").await;
    let reply = &case["replies"][0];
    assert_ne!(reply["at"], at("26T09:00:00"), "{reply}");
    assert!(
        reply["at"].as_str().unwrap() > "2026-01-01",
        "the log's time, not the claim: {reply}"
    );
    assert_eq!(reply["late"], false, "{reply}");
    c(&[
        "case",
        "assess",
        "--url",
        u,
        "--key",
        &qa,
        "--at",
        &at("26T10:00:00"),
        "--case",
        "case-kurram",
        "--happened",
        "90",
        "--responsible",
        "70",
        "--attributed-to",
        "af",
        "--outcome",
        "confirmed",
        "--note",
        "Two sources agree.",
    ]);
    refused(
        u,
        &[
            "finding",
            "propose",
            "--url",
            u,
            "--key",
            &pk,
            "--at",
            &at("26T11:00:00"),
            "--case",
            "case-kurram",
            "--id",
            "finding-kurram",
            "--outcome",
            "confirmed",
            "--party",
            "af",
            "--category",
            "armed_clash",
            "--severity",
            "moderate",
            "--summary",
            "x",
        ],
        "only the mediators' members may",
    )
    .await;
    c(&[
        "finding",
        "propose",
        "--url",
        u,
        "--key",
        &qa,
        "--at",
        &at("26T11:00:00"),
        "--case",
        "case-kurram",
        "--id",
        "finding-kurram",
        "--outcome",
        "confirmed",
        "--party",
        "af",
        "--category",
        "armed_clash",
        "--severity",
        "moderate",
        "--summary",
        "An armed clash attributed to af.",
    ]);
    // Without the quorum (both mediators), it cannot be published or penalised.
    refused(
        u,
        &[
            "finding",
            "publish",
            "--url",
            u,
            "--key",
            &qa,
            "--at",
            &at("26T12:00:00"),
            "--finding",
            "finding-kurram",
            "--statement",
            "x",
        ],
        "lacks the quorum",
    )
    .await;
    refused(
        u,
        &[
            "penalty",
            "impose",
            "--url",
            u,
            "--key",
            &qa,
            "--at",
            &at("26T12:00:00"),
            "--finding",
            "finding-kurram",
            "--id",
            "pen-kurram",
            "--rule",
            "first-notice",
        ],
        "lacks the quorum",
    )
    .await;
    refused(
        u,
        &[
            "finding",
            "vote",
            "--url",
            u,
            "--key",
            &af,
            "--at",
            &at("26T12:00:00"),
            "--finding",
            "finding-kurram",
            "--dissent",
        ],
        "states its reason",
    )
    .await;
    c(&[
        "finding",
        "vote",
        "--url",
        u,
        "--key",
        &af,
        "--at",
        &at("26T12:00:00"),
        "--finding",
        "finding-kurram",
        "--dissent",
        "--reason",
        "Fire was returned.",
    ]);
    c(&[
        "finding",
        "vote",
        "--url",
        u,
        "--key",
        &tr,
        "--at",
        &at("26T13:00:00"),
        "--finding",
        "finding-kurram",
        "--concur",
    ]);
    // The second violation by af in 90 days: the schedule calls for public attribution.
    refused(
        u,
        &[
            "penalty",
            "impose",
            "--url",
            u,
            "--key",
            &tr,
            "--at",
            &at("27T09:00:00"),
            "--finding",
            "finding-kurram",
            "--id",
            "pen-kurram",
            "--rule",
            "first-notice",
        ],
        "second-attribution",
    )
    .await;
    c(&[
        "penalty",
        "impose",
        "--url",
        u,
        "--key",
        &tr,
        "--at",
        &at("27T09:00:00"),
        "--finding",
        "finding-kurram",
        "--id",
        "pen-kurram",
    ]);
    let pens = read_json(u, Some(trp), "/api/v1/penalties").await;
    let pen = pens
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "pen-kurram")
        .unwrap();
    assert_eq!(
        (pen["kind"].as_str(), pen["count"].as_u64()),
        (Some("public_attribution"), Some(2))
    );
    refused(
        u,
        &[
            "penalty",
            "appeal",
            "--url",
            u,
            "--key",
            &pk,
            "--at",
            &at("28T09:00:00"),
            "--penalty",
            "pen-kurram",
            "--grounds",
            "x",
        ],
        "only the penalised party may",
    )
    .await;
    // An appeal that claims to be late is on time: the appeal period runs on
    // the log's time (the domain's scenario tests run it out).
    c(&[
        "penalty",
        "appeal",
        "--url",
        u,
        "--key",
        &af,
        "--at",
        &at("28T09:00:00"),
        "--penalty",
        "pen-kurram",
        "--grounds",
        "Fire was returned, not opened.",
    ]);
    refused(
        u,
        &[
            "penalty",
            "appeal",
            "--url",
            u,
            "--key",
            &af,
            "--at",
            &at("28T10:00:00"),
            "--penalty",
            "pen-kurram",
            "--grounds",
            "again",
        ],
        "one appeal only",
    )
    .await;
    refused(
        u,
        &[
            "penalty",
            "serve",
            "--url",
            u,
            "--key",
            &tr,
            "--at",
            &at("28T10:00:00"),
            "--penalty",
            "pen-kurram",
            "--note",
            "x",
        ],
        "is appealed",
    )
    .await;
    refused(
        u,
        &[
            "penalty",
            "decide",
            "--url",
            u,
            "--key",
            &pk,
            "--at",
            &at("29T09:00:00"),
            "--penalty",
            "pen-kurram",
            "--decision",
            "upheld",
            "--reason",
            "x",
        ],
        "appeal body",
    )
    .await;
    c(&[
        "penalty",
        "decide",
        "--url",
        u,
        "--key",
        &qa,
        "--at",
        &at("29T09:00:00"),
        "--penalty",
        "pen-kurram",
        "--decision",
        "overturned",
        "--reason",
        "Self-defence at the post is not a violation.",
    ]);
    let pens = read_json(u, Some(trp), "/api/v1/penalties").await;
    let pen = pens
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "pen-kurram")
        .unwrap();
    assert_eq!(pen["status"], "overturned");

    // Evidence: the type is checked against the bytes; reading is on the record.
    let tmp = tempfile::tempdir().unwrap();
    let fake = tmp.path().join("photo.png");
    std::fs::write(&fake, b"not an image").unwrap();
    refused(
        u,
        &[
            "evidence",
            "add",
            "--url",
            u,
            "--key",
            &pk,
            "--at",
            &at("29T10:00:00"),
            fake.to_str().unwrap(),
            "--media-type",
            "image/png",
        ],
        "declared image/png but its bytes are text/plain",
    )
    .await;
    let png = tmp.path().join("site.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n0000IHDR fake but typed").unwrap();
    let out = act(&[
        "evidence",
        "add",
        "--url",
        u,
        "--key",
        &pk,
        "--at",
        &at("29T10:00:00"),
        png.to_str().unwrap(),
        "--incident",
        "inc-kurram-1",
    ])
    .unwrap();
    let hash = out.lines().last().unwrap().trim().to_owned();
    assert_eq!(hash.len(), 64, "{out}");
    let (status, _) = read_as(u, None, &format!("/api/v1/evidence/{hash}")).await;
    assert_eq!(status, 401, "the public reads no evidence");
    let (status, body) = read_as(u, Some(trp), &format!("/api/v1/evidence/{hash}")).await;
    assert_eq!(status, 403, "a read without an access entry: {body}");
    let got = tmp.path().join("got.png");
    c(&[
        "evidence",
        "get",
        "--url",
        u,
        "--key",
        &tr,
        "--at",
        &at("29T11:00:00"),
        &hash,
        "--out",
        got.to_str().unwrap(),
        "--purpose",
        "assessment",
    ]);
    assert_eq!(std::fs::read(&got).unwrap(), std::fs::read(&png).unwrap());
    let custody = read_json(u, Some(trp), &format!("/api/v1/evidence/{hash}/custody")).await;
    let events: Vec<&str> = custody["custody"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["event"].as_str().unwrap())
        .collect();
    assert_eq!(events, ["submitted", "accessed"]);
    // The accused party may read it (the right of reply); the public may not.
    let (status, _) = read_as(
        u,
        Some(Path::new(&af)),
        &format!("/api/v1/evidence/{hash}/custody"),
    )
    .await;
    assert_eq!(status, 200, "af is accused in the case that cites it");
    let (status, _) = read_as(u, None, &format!("/api/v1/evidence/{hash}/custody")).await;
    assert_eq!(status, 404);

    // Who sees what: the public, the published; a party, its own and its cases.
    let public = read_json(u, None, "/api/v1/incidents").await;
    let ids = |v: &Value| -> Vec<String> {
        let mut x: Vec<String> = v["incidents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_owned())
            .collect();
        x.sort();
        x
    };
    assert_eq!(ids(&public), ["inc-chaman-1", "inc-khost-1"]);
    let (status, _) = read_as(u, None, "/api/v1/compliance").await;
    assert_eq!(status, 401);
    let public_findings = read_json(u, None, "/api/v1/findings").await;
    assert!(
        public_findings
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["published"] == true)
    );
    assert!(!public_findings.to_string().contains("finding-kurram"));
    let (status, _) = read_as(u, None, "/api/v1/cases/case-spin-boldak").await;
    assert_eq!(status, 404, "an unpublished case is not the public's");
    let pk_view = read_json(u, Some(Path::new(&pk)), "/api/v1/incidents").await;
    assert_eq!(
        ids(&pk_view),
        [
            "inc-chaman-1",
            "inc-khost-1",
            "inc-kurram-1",
            "inc-spin-boldak-1"
        ]
    );
    let mediators = read_json(u, Some(trp), "/api/v1/incidents?merged=true").await;
    assert_eq!(mediators["total"], 6);
    let merged = read_json(u, Some(trp), "/api/v1/incidents/inc-chaman-public").await;
    assert_eq!(
        merged["merged_into"], "inc-chaman-1",
        "a merge keeps the original report"
    );
    let (status, _) = read_as(u, Some(Path::new(&pk)), "/api/v1/incidents/duplicates").await;
    assert_eq!(status, 403);
    // Bad input is a 400 naming the field.
    let (status, body) = read_as(u, Some(trp), "/api/v1/incidents?bbox=1,2,3").await;
    assert!(status == 400 && body.contains("bbox"), "{status} {body}");
    let (status, body) = read_as(u, Some(trp), "/api/v1/compliance?at=tomorrow").await;
    assert!(
        status == 400 && body.contains("tomorrow"),
        "{status} {body}"
    );

    // Replay from zero gives the same state.
    let paths = [
        "/api/v1/cases",
        "/api/v1/findings",
        "/api/v1/penalties",
        "/api/v1/incidents?merged=true",
        "/api/v1/compliance?at=2025-12-01",
        "/api/v1/record",
    ];
    let mut before = Vec::new();
    for p in paths {
        before.push(read_json(u, Some(trp), p).await);
    }
    drop(server);
    let again = serve(&demo.dir, &[]);
    for (p, b) in paths.iter().zip(&before) {
        let mut a = read_json(&again.url, Some(trp), p).await;
        let mut b = b.clone();
        if p.starts_with("/api/v1/compliance") {
            a["upto"] = Value::Null;
            b["upto"] = Value::Null;
        }
        assert_eq!(&a, &b, "{p} differs after replay");
    }
    let v = ok(&["verify", "--data", demo.dir.to_str().unwrap()]);
    assert!(v.starts_with("ok: "), "{v}");
}

/// Where known places stand relative to the Pakistan–Afghanistan border.
#[tokio::test(flavor = "multi_thread")]
async fn border_positions_of_known_points() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    for (place, lon, lat, side, country, km) in [
        (
            "Quetta",
            67.00,
            30.18,
            Some("pk"),
            "Pakistan",
            (20.0, 120.0),
        ),
        (
            "Peshawar",
            71.58,
            34.01,
            Some("pk"),
            "Pakistan",
            (30.0, 70.0),
        ),
        ("Torkham", 71.09, 34.10, Some("pk"), "Pakistan", (0.0, 6.0)),
        (
            "Kandahar",
            65.71,
            31.61,
            Some("af"),
            "Afghanistan",
            (60.0, 150.0),
        ),
        (
            "Jalalabad",
            70.45,
            34.43,
            Some("af"),
            "Afghanistan",
            (40.0, 90.0),
        ),
        (
            "Kabul",
            69.17,
            34.53,
            Some("af"),
            "Afghanistan",
            (70.0, 200.0),
        ),
        ("Tehran", 51.39, 35.69, None, "Iran", (1000.0, 2500.0)),
    ] {
        let v = get_json(&format!("{u}/api/v1/border?lon={lon}&lat={lat}")).await;
        assert_eq!(v["side"].as_str(), side, "{place}: {v}");
        assert_eq!(v["country"].as_str(), Some(country), "{place}: {v}");
        let d = v["distance_km"].as_f64().unwrap();
        assert!(
            (km.0..=km.1).contains(&d),
            "{place}: {d} km from the border"
        );
    }
    let line = get_json(&format!("{u}/api/v1/border")).await;
    assert_eq!(line["geometry"]["type"], "MultiLineString");
    let (status, body) = read_as(u, None, "/api/v1/border?lon=500&lat=1").await;
    assert!(status == 400 && body.contains("lon"), "{status} {body}");
}

/// An ACLED-format row, generated (ACLED's own rows may not be redistributed).
fn acled_row(n: usize, lat: &str) -> String {
    let (event, sub) = [
        ("Battles", "Armed clash"),
        (
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        ("Explosions/Remote violence", "Air/drone strike"),
        ("Violence against civilians", "Attack"),
    ][n % 4];
    let day = 1 + n % 28;
    format!(
        "GEN{n},2025-12-{day:02},2025,1,Political violence,{event},{sub},Generated Actor A,,{inter},Generated Actor B,,Civilians,17,,586,Caucasus and Central Asia,Pakistan,Khyber Pakhtunkhwa,Khyber,,\"Place {n}, district\",{lat},{lon:.4},2,Generated source,Local,\"Generated event {n}, for tests\",{f},,1765000000",
        inter = if n.is_multiple_of(2) {
            "State forces"
        } else {
            "1"
        },
        lon = 70.0 + (n % 100) as f64 * 0.01,
        f = n % 5,
    )
}

fn acled_file(dir: &Path, name: &str, rows: &[String]) -> PathBuf {
    let path = dir.join(name);
    let mut s = truce_domain::monitor::acled::COLUMNS.join(",");
    for r in rows {
        s.push('\n');
        s.push_str(r);
    }
    s.push('\n');
    std::fs::write(&path, s).unwrap();
    path
}

#[tokio::test(flavor = "multi_thread")]
async fn acled_import_with_bad_rows_export_and_geojson() {
    let demo = Demo::new();
    let d = demo.dir.to_str().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let size_before = {
        let s = serve(&demo.dir, &[]);
        size(&s.url).await
    };

    // Bad rows: the import names line and column, and stores nothing.
    let mut rows: Vec<String> = (0..10).map(|n| acled_row(n, "33.9000")).collect();
    rows[3] = acled_row(3, "north");
    rows[6] = acled_row(6, "33.9").replace(",2025,1,", ",2025,7,");
    let bad = acled_file(tmp.path(), "bad.csv", &rows);
    let err = act(&["import", "acled", "--data", d, bad.to_str().unwrap()]).unwrap_err();
    assert!(err.contains("line 5, column latitude: \"north\""), "{err}");
    assert!(err.contains("line 8, column time_precision"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    {
        let s = serve(&demo.dir, &[]);
        assert_eq!(
            size(&s.url).await,
            size_before,
            "a failed import stored nothing"
        );
    }
    // --skip-bad imports the rest and reports the bad rows.
    let out = run(&[
        "import",
        "acled",
        "--data",
        d,
        bad.to_str().unwrap(),
        "--skip-bad",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("imported 8 incident(s) in 1 entries; skipped 2")
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 5, column latitude"));
    // Importing the same rows again is refused: they exist.
    let again = act(&[
        "import",
        "acled",
        "--data",
        d,
        bad.to_str().unwrap(),
        "--skip-bad",
    ])
    .unwrap_err();
    assert!(again.contains("already exists"), "{again}");

    // A file over one chunk becomes several signed entries.
    let many: Vec<String> = (100..12_100)
        .map(|n| acled_row(n, &format!("{:.4}", 33.0 + (n % 50) as f64 * 0.01)))
        .collect();
    let big = acled_file(tmp.path(), "big.csv", &many);
    let out = ok(&["import", "acled", "--data", d, big.to_str().unwrap()]);
    assert!(
        out.contains("imported 12000 incident(s) in 3 entries"),
        "{out}"
    );

    let s = serve(&demo.dir, &[]);
    let u = s.url.as_str();
    // Four imports, each preceded by the log's time when a second passed
    // since the last (imports are monitoring acts: their time is exact).
    let grown = size(u).await - size_before;
    assert!((5..=8).contains(&grown), "{grown}");
    let tr = demo.key("mediator-turkiye");
    let all = read_json(
        u,
        Some(Path::new(&tr)),
        "/api/v1/incidents?from=2025-12-01&to=2025-12-31&limit=5",
    )
    .await;
    assert_eq!(all["total"], 12_008);
    assert_eq!(all["incidents"].as_array().unwrap().len(), 5);
    let boxed = read_json(
        u,
        Some(Path::new(&tr)),
        "/api/v1/incidents?bbox=70.0,33.0,70.05,33.05&from=2025-12-01&to=2025-12-10",
    )
    .await;
    for i in boxed["incidents"].as_array().unwrap() {
        let (lon, lat) = (i["lon"].as_f64().unwrap(), i["lat"].as_f64().unwrap());
        assert!(
            (70.0..=70.05).contains(&lon) && (33.0..=33.05).contains(&lat),
            "{i}"
        );
        assert!(i["occurred"].as_str().unwrap() <= "2025-12-10", "{i}");
    }
    assert!(boxed["total"].as_u64().unwrap() > 0);
    // The public sees none of the imported rows (nothing of them is published).
    let public = read_json(u, None, "/api/v1/incidents?from=2025-12-01").await;
    assert_eq!(public["total"], 0);

    // Export: ACLED CSV round-trips the imported rows; GeoJSON passes a validator.
    let csv = ok(&["export", "acled", "--data", d]);
    assert!(csv.starts_with(&truce_domain::monitor::acled::COLUMNS.join(",")));
    assert!(
        csv.contains(
            &acled_row(105, "33.0500")
                .replace(",1,Generated Actor B", ",State forces,Generated Actor B")
        )
    );
    assert_eq!(csv.lines().count(), 1 + 12_008 + 5);
    let geo = tmp.path().join("all.geojson");
    ok(&[
        "export",
        "geojson",
        "--data",
        d,
        "--out",
        geo.to_str().unwrap(),
    ]);
    check_geojson(&geo);
    let fc: Value = serde_json::from_str(&std::fs::read_to_string(&geo).unwrap()).unwrap();
    assert_eq!(fc["features"].as_array().unwrap().len(), 12_013);
    let first = &fc["features"][0];
    assert_eq!(first["geometry"]["type"], "Point");
    let served = tmp.path().join("served.geojson");
    let (status, body) = read_as(
        u,
        Some(Path::new(&tr)),
        "/api/v1/incidents.geojson?bbox=60,29,75,37",
    )
    .await;
    assert_eq!(status, 200);
    std::fs::write(&served, body).unwrap();
    check_geojson(&served);

    // Exports over HTTP are written as they are read (no length is known
    // up front), and hold the same rows as the operator's.
    let resp = get_response(u, Some(Path::new(&tr)), "/api/v1/incidents.csv").await;
    assert_eq!(resp.status(), 200);
    assert!(resp.headers().get("content-length").is_none());
    assert_eq!(resp.headers()["transfer-encoding"], "chunked");
    // (Every row the mediator may see, each as the operator's export has it.)
    let seen = read_json(u, Some(Path::new(&tr)), "/api/v1/incidents?limit=1").await["total"]
        .as_u64()
        .unwrap() as usize;
    let served_csv = resp.text().await.unwrap();
    let operator: std::collections::HashSet<&str> = csv.lines().collect();
    assert_eq!(served_csv.lines().count(), 1 + seen);
    assert!(
        served_csv.lines().all(|l| operator.contains(l)),
        "the served CSV holds a row unlike the operator's export"
    );
    let resp = get_response(u, Some(Path::new(&tr)), "/api/v1/incidents.geojson").await;
    assert_eq!(resp.headers()["transfer-encoding"], "chunked");
    let served: Value = resp.json().await.unwrap();
    assert_eq!(served["features"].as_array().unwrap().len(), seen);
}
