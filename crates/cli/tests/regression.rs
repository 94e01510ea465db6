//! Regression tests: one per bug found, named after what went wrong.

mod common;

use common::*;
use std::path::Path;
use std::time::{Duration, Instant};
use truce_ledger::entry::sign_entry;
use truce_ledger::note::SignerKey;
use truce_store::LogStore as _;

/// `truce submit` looked up `/api/v1/keys/<id>` with the key id unescaped; ids
/// like `mediator.tr/secretariat+5bbd5eec` contain '/', so the lookup hit the
/// wrong path and every submit by such a key failed as "not registered".
#[test]
fn submit_with_a_key_name_containing_a_slash() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let key = dir.path().join("m.key");
    let vkey = ok(&[
        "keygen",
        "--name",
        "mediator.example/secretariat",
        "--out",
        key.to_str().unwrap(),
    ]);
    ok(&[
        "init",
        "--data",
        data.to_str().unwrap(),
        "--origin",
        "t.example/log",
        "--founder",
        vkey.trim(),
    ]);
    let server = serve(&data, &[]);
    let payload = dir.path().join("p.json");
    std::fs::write(&payload, r#"{"title":"t","text":"x"}"#).unwrap();
    // Entry 1 is the log's time, written before the first act.
    for want in ["2", "3"] {
        let idx = ok(&[
            "submit",
            "--url",
            &server.url,
            "--key",
            key.to_str().unwrap(),
            "--type",
            "communique",
            payload.to_str().unwrap(),
        ]);
        assert_eq!(idx.trim(), want);
    }
}

/// Appends used a deferred SQLite transaction (read, then write). When
/// another connection wrote in between — the checkpointer, or a second
/// process such as the demo's setup — SQLite answered "database is locked"
/// at once, without waiting, and the append failed with 503.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn appends_wait_for_concurrent_writers_instead_of_failing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (_, founder_path) = init(&data, "t.example/locks");
    let founder = SignerKey::parse(std::fs::read_to_string(&founder_path).unwrap().trim()).unwrap();
    let server = serve(&data, &[]);
    // Another writer on the same file, writing as fast as it can (bounded).
    let other = truce_store::sqlite::SqliteStore::open(&data.join("truce.db"))
        .await
        .unwrap();
    let writer = tokio::spawn(async move {
        let end = Instant::now() + Duration::from_secs(3);
        let mut n = 0u32;
        while Instant::now() < end && n < 5_000 {
            other.set_meta("noise", &n.to_string()).await.unwrap();
            n += 1;
        }
    });
    for seq in 1..=200 {
        let e = sign_entry(
            &founder,
            "t.example/locks",
            "communique",
            seq,
            r#"{"title":"t","text":"x"}"#,
        )
        .unwrap();
        let (status, v) = post(&server.url, e).await;
        assert_eq!(status, 201, "append {seq} failed: {v}");
    }
    writer.await.unwrap();
}

/// After kill -9, PostgreSQL finished the dead server's last COMMIT after the
/// restarted server had read the log's size. The new server then appended at
/// a stale index and answered 503 "append at index N but the log has M
/// entries" forever. It must fold the entries it did not write and carry on.
/// Made deterministic here with two servers writing to one data directory.
#[tokio::test]
async fn a_server_catches_up_with_entries_it_did_not_write() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (log_vkey, founder_path) = init(&data, "t.example/two-writers");
    let founder = SignerKey::parse(std::fs::read_to_string(&founder_path).unwrap().trim()).unwrap();
    let a = serve(&data, &[]);
    let b = serve(&data, &[]);
    let entry = |seq| {
        sign_entry(
            &founder,
            "t.example/two-writers",
            "communique",
            seq,
            r#"{"title":"t","text":"x"}"#,
        )
        .unwrap()
    };
    let mut seq = 0;
    for round in 0..3u64 {
        for (server, name) in [(&a, "a"), (&b, "b")] {
            seq += 1;
            let (status, v) = post(&server.url, entry(seq)).await;
            assert_eq!(status, 201, "round {round}, server {name}: {v}");
            // Entry 1 is the log's time, written before the first act.
            assert_eq!(
                v["index"].as_u64(),
                Some(seq + 1),
                "round {round}, server {name}"
            );
        }
    }
    // A replay of an entry the other server wrote is refused by both.
    for server in [&a, &b] {
        let (status, v) = post(&server.url, entry(2)).await;
        assert_eq!(status, 409, "{v}");
    }
    drop((a, b));
    let out = ok(&[
        "verify",
        "--data",
        data.to_str().unwrap(),
        "--log-key",
        &log_vkey,
    ]);
    assert!(out.starts_with("ok: 8 entries"), "{out}");
}

/// Write `body` to a file and submit it as `kind` with `key` (sealed as the
/// disclosure table says, like every act of the CLI).
fn submit_as(url: &str, key: &str, kind: &str, body: &serde_json::Value) -> Result<String, String> {
    let f = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(f.path(), body.to_string()).unwrap();
    act(&[
        "submit",
        "--url",
        url,
        "--key",
        key,
        "--type",
        kind,
        f.path().to_str().unwrap(),
    ])
}

/// A party learnt the SHA-256 of the other side's unrelayed draft from the
/// public log, named it in a `draft.submit` (or a `draft.comment`) of its
/// own, and `/api/v1/blobs/{h}` and its own "version" served the other
/// side's text; citing the other side's evidence in a case reply bypassed
/// `evidence.access`. A hash was a capability. Now an act may name only a
/// blob its own participant uploaded, and cite only evidence it may read;
/// both refusals read exactly like naming a hash that does not exist.
#[tokio::test(flavor = "multi_thread")]
async fn quoting_another_partys_hash_reads_nothing() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let (tr, pk, af) = (
        demo.key("mediator-turkiye"),
        demo.key("party-pakistan"),
        demo.key("party-afghanistan"),
    );
    let tmp = tempfile::tempdir().unwrap();
    // Pakistan's unrelayed draft, and its evidence in no case Afghanistan is in.
    let doc = tmp.path().join("d.json");
    std::fs::write(
        &doc,
        document(
            "Own text",
            "proposed",
            "Pakistan's position, for the mediators only.",
        ),
    )
    .unwrap();
    act(&[
        "draft",
        "submit",
        "--url",
        u,
        "--key",
        &pk,
        "--file",
        doc.to_str().unwrap(),
        "--version",
        "pk-private",
        "--draft",
        "pk-d",
    ])
    .unwrap();
    let h = read_json(u, Some(Path::new(&tr)), "/api/v1/versions/pk-private").await["content"]
        .as_str()
        .unwrap()
        .to_owned();
    // A case both parties are in.
    act(&[
        "incident",
        "report",
        "--url",
        u,
        "--key",
        &pk,
        "--at",
        "2025-11-24T08:00:00Z",
        "--id",
        "inc-q",
        "--occurred",
        "2025-11-24T01:00:00Z",
        "--lat",
        "31.0",
        "--lon",
        "66.5",
        "--category",
        "armed_clash",
        "--alleged-party",
        "af",
        "--narrative",
        "x",
        "--source",
        "y",
    ])
    .unwrap();
    act(&[
        "case",
        "open",
        "--url",
        u,
        "--key",
        &tr,
        "--at",
        "2025-11-24T08:30:00Z",
        "--id",
        "case-q",
        "--incident",
        "inc-q",
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
    ])
    .unwrap();
    let photo = tmp.path().join("p.png");
    std::fs::write(&photo, b"\x89PNG\r\n\x1a\nprivate evidence").unwrap();
    let out = act(&[
        "evidence",
        "add",
        "--url",
        u,
        "--key",
        &pk,
        "--at",
        "2025-11-24T09:00:00Z",
        photo.to_str().unwrap(),
    ])
    .unwrap();
    let e = out
        .split_whitespace()
        .find(|w| w.len() == 64)
        .unwrap()
        .to_owned();

    let before = size(u).await;
    let refusals = [
        (
            truce_domain::DRAFT_SUBMIT,
            serde_json::json!({"version": "af-steal", "draft": "af-d", "content": h}),
            "has not been uploaded",
        ),
        (
            truce_domain::DRAFT_COMMENT,
            serde_json::json!({"comment": "af-c", "version": "v4", "clause": "art_1__para_1", "content": h, "visibility": "internal"}),
            "has not been uploaded",
        ),
        (
            truce_domain::DRAFT_COMMENT,
            serde_json::json!({"comment": "af-e", "version": "v4", "clause": "art_1__para_1", "content": e, "visibility": "internal"}),
            "has not been uploaded",
        ),
        (
            truce_domain::monitor::CASE_REPLY,
            serde_json::json!({"case": "case-q", "statement": "See this.", "evidence": [e], "at": "2025-11-24T10:00:00Z"}),
            "not evidence you may cite",
        ),
        (
            truce_domain::monitor::INCIDENT_REPORT,
            serde_json::json!({"incident": "af-inc", "occurred": "2025-11-24T01:00:00Z", "lat": 31.0, "lon": 66.0, "category": "armed_clash", "narrative": "x", "source": "y", "evidence": [e], "at": "2025-11-24T10:00:00Z"}),
            "not evidence you may cite",
        ),
    ];
    for (kind, body, why) in &refusals {
        let err =
            submit_as(u, &af, kind, body).expect_err(&format!("{kind} naming another's hash"));
        assert!(err.contains(why) && err.contains("(4"), "{kind}: {err}");
    }
    // The same answer as for a hash nobody ever uploaded: no oracle.
    let nothing = "ab".repeat(32);
    let err = submit_as(
        u,
        &af,
        truce_domain::DRAFT_SUBMIT,
        &serde_json::json!({"version": "af-x", "draft": "af-d", "content": nothing}),
    )
    .unwrap_err();
    assert!(err.contains("has not been uploaded"), "{err}");
    assert_eq!(size(u).await, before, "a refused act changed the log");
    // Nothing of it can be read by the other side, and no read went unrecorded.
    for path in [
        format!("/api/v1/blobs/{h}"),
        format!("/api/v1/blobs/{e}"),
        format!("/api/v1/evidence/{e}"),
        "/api/v1/versions/af-steal".into(),
    ] {
        let (status, _) = read_as(u, Some(Path::new(&af)), &path).await;
        assert_eq!(status, 404, "{path}");
    }
    let custody = read_json(
        u,
        Some(Path::new(&tr)),
        &format!("/api/v1/evidence/{e}/custody"),
    )
    .await;
    assert!(!custody.to_string().contains("af-head"), "{custody}");
}

/// Comment texts were blobs named by their unsalted SHA-256 on the public
/// log: a short internal comment ("No.") could be confirmed by hashing a
/// guess. Now the log holds a salted commitment only.
#[tokio::test(flavor = "multi_thread")]
async fn guessing_a_short_comment_confirms_nothing() {
    use sha2::Digest as _;
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let pk = demo.key("party-pakistan");
    let mut recorded = Vec::new();
    for id in ["no-1", "no-2"] {
        let out = act(&[
            "draft",
            "comment",
            "--url",
            u,
            "--key",
            &pk,
            "--version",
            "v4",
            "--clause",
            "art_1__para_1",
            "--text",
            "No.",
            "--visibility",
            "internal",
            "--id",
            id,
        ])
        .unwrap();
        recorded.push(recorded_index(&out));
    }
    let guess = hex::encode(sha2::Sha256::digest(b"No."));
    let mut commitments = Vec::new();
    for i in recorded {
        let (_, raw) = read_as(u, None, &format!("/api/v1/entries/{i}")).await;
        let env: serde_json::Value = serde_json::from_str(&raw).unwrap();
        let statement = statement(&env);
        let body = statement["body"].as_object().unwrap();
        assert_eq!(
            body.keys().collect::<Vec<_>>(),
            vec!["sealed"],
            "{statement}"
        );
        assert!(!raw.contains(&guess) && !statement.to_string().contains(&guess));
        commitments.push(body["sealed"].as_str().unwrap().to_owned());
        // The public cannot open it either.
        let (status, _) = read_as(u, None, &format!("/api/v1/entries/{i}/opening")).await;
        assert_eq!(status, 404);
    }
    assert_ne!(
        commitments[0], commitments[1],
        "the same text commits differently each time"
    );
}

/// The mediators' unattributed bridging text (the demo's v4) showed the
/// mediator who signed it to any party that looked up its entry.
#[tokio::test(flavor = "multi_thread")]
async fn a_bridging_texts_author_stays_with_the_mediators() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let (tr, af) = (demo.key("mediator-turkiye"), demo.key("party-afghanistan"));
    let as_tr = read_json(u, Some(Path::new(&tr)), "/api/v1/versions/v4").await;
    let as_af = read_json(u, Some(Path::new(&af)), "/api/v1/versions/v4").await;
    assert_eq!(as_tr["author_participant"], "tr");
    assert_eq!(as_af["author_participant"], "mediators");
    assert_eq!(as_af["author_member"], "mediators");
    let submitted = as_tr["index"].as_u64().unwrap();
    let shown = as_af["index"].as_u64().unwrap();
    assert_ne!(shown, submitted, "the party is pointed at the submission");
    let relays: Vec<u64> = as_tr["relays"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["to"] == "af")
        .map(|r| r["index"].as_u64().unwrap())
        .collect();
    assert_eq!(
        relays,
        vec![shown],
        "the party reads the version from its relay"
    );
    let (status, _) = read_as(
        u,
        Some(Path::new(&af)),
        &format!("/api/v1/entries/{submitted}/opening"),
    )
    .await;
    assert_eq!(status, 404, "the submission's opening is the mediators'");
    let (status, _) = read_as(
        u,
        Some(Path::new(&tr)),
        &format!("/api/v1/entries/{submitted}/opening"),
    )
    .await;
    assert_eq!(status, 200);
    let entry = read_json(u, None, &format!("/api/v1/entries/{submitted}")).await;
    let statement = statement(&entry);
    assert_eq!(
        statement["body"]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        vec!["sealed"],
        "{statement}"
    );
}

/// Unknown kinds passed through the domain untouched and were appended; a
/// client could also put a confidential field on the public log by leaving
/// it out of the opening.
#[tokio::test(flavor = "multi_thread")]
async fn unknown_kinds_are_refused() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let pk = demo.key("party-pakistan");
    let before = size(u).await;
    // The CLI will not sign it, and the server will not take it.
    let err = submit_as(u, &pk, "draft.secret", &serde_json::json!({"x": 1})).unwrap_err();
    assert!(err.contains("unknown kind \"draft.secret\""), "{err}");
    let key = SignerKey::parse(std::fs::read_to_string(&pk).unwrap().trim()).unwrap();
    let origin = get_json(&format!("{u}/api/v1/log")).await["origin"]
        .as_str()
        .unwrap()
        .to_owned();
    let seq =
        get_json(&format!("{u}/api/v1/keys/{}", key.id().replace('/', "%2F"))).await["last_seq"]
            .as_u64()
            .unwrap()
            + 1;
    let (status, v) = post(
        u,
        sign_entry(&key, &origin, "draft.secret", seq, r#"{"x":1}"#).unwrap(),
    )
    .await;
    assert_eq!(status, 400, "{v}");
    assert!(v["error"].as_str().unwrap().contains("unknown kind"), "{v}");
    // A sealed kind whose confidential field is left on the public body.
    let body = r#"{"comment":"c","version":"v4","clause":"art_1__para_1","content":"00","visibility":"internal"}"#;
    let (status, v) = post(
        u,
        sign_entry(&key, &origin, "draft.comment", seq, body).unwrap(),
    )
    .await;
    assert_eq!(status, 400, "{v}");
    assert!(v["error"].as_str().unwrap().contains("is sealed"), "{v}");
    assert_eq!(size(u).await, before);
}

/// `truce verify --data` never looked at stored content: an opening (the
/// sealed part of an entry) changed in the database went unnoticed.
#[tokio::test(flavor = "multi_thread")]
async fn tampered_openings_are_named() {
    let demo = Demo::new();
    let d = demo.dir.to_str().unwrap();
    let out = ok(&["verify", "--data", d]);
    assert!(
        out.contains("sealed entries' openings match their commitments"),
        "{out}"
    );
    let store = truce_store::sqlite::SqliteStore::open(&demo.dir.join("truce.db"))
        .await
        .unwrap();
    let (index, mut opening) = store
        .openings(0, 1000)
        .await
        .unwrap()
        .into_iter()
        .nth(3)
        .unwrap();
    let n = opening.len();
    opening[n - 3] ^= 1;
    sqlx::query("UPDATE openings SET bytes = ? WHERE idx = ?")
        .bind(&opening)
        .bind(index as i64)
        .execute(store.pool())
        .await
        .unwrap();
    let out = run(&["verify", "--data", d]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("entry {index}")) && err.contains("does not decrypt"),
        "{err}"
    );
}

/// A communiqué could be signed by any key the ledger admitted, member or
/// not: a key with no role in the process spoke in the process's name. Now
/// every kind has its roles; a key without one is refused.
#[tokio::test(flavor = "multi_thread")]
async fn a_key_without_a_role_states_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (_, founder_path) = init(&data, "t.example/roles");
    let founder = SignerKey::parse(std::fs::read_to_string(&founder_path).unwrap().trim()).unwrap();
    let server = serve(&data, &[]);
    let u = server.url.as_str();
    let nobody = SignerKey::from_seed("nobody", 1, [9; 32]).unwrap();
    let body = format!(r#"{{"key":"{}"}}"#, nobody.verifier());
    let e = sign_entry(&founder, "t.example/roles", "key.register", 1, &body).unwrap();
    assert_eq!(post(u, e).await.0, 201);
    let statement = r#"{"title":"t","text":"in the process's name"}"#;
    let e = sign_entry(&nobody, "t.example/roles", "communique", 1, statement).unwrap();
    let (status, v) = post(u, e).await;
    assert_eq!(status, 403, "{v}");
    assert!(
        v["error"]
            .as_str()
            .unwrap()
            .contains("is not a member's key"),
        "{v}"
    );
    // Nor does a member whose role is to observe.
    let observer = SignerKey::from_seed("observer", 1, [8; 32]).unwrap();
    let setup = [
        (
            "key.register",
            format!(r#"{{"key":"{}"}}"#, observer.verifier()),
        ),
        (
            "process.define",
            r#"{"process":"p","title":"P"}"#.to_owned(),
        ),
        (
            "participant.add",
            r#"{"participant":"obs","kind":"observer","name":"O"}"#.to_owned(),
        ),
        (
            "member.add",
            format!(
                r#"{{"member":"obs-1","participant":"obs","name":"O","roles":["observer"],"key":"{}"}}"#,
                observer.id()
            ),
        ),
    ];
    for (n, (kind, body)) in setup.iter().enumerate() {
        let e = sign_entry(&founder, "t.example/roles", kind, n as u64 + 2, body).unwrap();
        let (status, v) = post(u, e).await;
        assert_eq!(status, 201, "{kind}: {v}");
    }
    let e = sign_entry(&observer, "t.example/roles", "communique", 1, statement).unwrap();
    let (status, v) = post(u, e).await;
    assert_eq!(status, 403, "{v}");
    assert!(
        v["error"]
            .as_str()
            .unwrap()
            .contains("only the mediators and the parties' delegates may"),
        "{v}"
    );
    // The secretariat (a founding key) may.
    let e = sign_entry(&founder, "t.example/roles", "communique", 6, statement).unwrap();
    assert_eq!(post(u, e).await.0, 201);
}

/// Stored content was never checked: a draft or comment blob changed in the
/// database was served and passed `truce verify`.
#[tokio::test(flavor = "multi_thread")]
async fn tampered_content_is_named() {
    let demo = Demo::new();
    let d = demo.dir.to_str().unwrap();
    let out = ok(&["verify", "--data", d]);
    assert!(
        out.contains("stored contents named by the entries match their hashes"),
        "{out}"
    );
    let store = truce_store::sqlite::SqliteStore::open(&demo.dir.join("truce.db"))
        .await
        .unwrap();
    let (name, mut bytes): (Vec<u8>, Vec<u8>) =
        sqlx::query_as("SELECT sha256, bytes FROM blobs ORDER BY sha256 LIMIT 1")
            .fetch_one(store.blob_pool())
            .await
            .unwrap();
    let n = bytes.len();
    bytes[n / 2] ^= 1;
    sqlx::query("UPDATE blobs SET bytes = ? WHERE sha256 = ?")
        .bind(&bytes)
        .bind(&name)
        .execute(store.blob_pool())
        .await
        .unwrap();
    let out = run(&["verify", "--data", d]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("entry ") && err.contains("does not decrypt"),
        "{err}"
    );
}

/// Found by a red-team pass: refusals that told a party what it may not
/// read. Signing the other side's unrelayed version with a wrong hash named
/// the real hash; amending it named its draft; asking for evidence told
/// "forbidden" from "does not exist". Each now reads like naming nothing.
#[tokio::test(flavor = "multi_thread")]
async fn refusals_tell_nothing_of_what_one_may_not_read() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let (tr, pk, af) = (
        demo.key("mediator-turkiye"),
        demo.key("party-pakistan"),
        demo.key("party-afghanistan"),
    );
    let tmp = tempfile::tempdir().unwrap();
    let doc = tmp.path().join("d.json");
    std::fs::write(&doc, document("T", "agreed", "Pakistan only.")).unwrap();
    act(&[
        "draft",
        "submit",
        "--url",
        u,
        "--key",
        &pk,
        "--file",
        doc.to_str().unwrap(),
        "--version",
        "pk-hidden",
        "--draft",
        "pk-hidden-draft",
    ])
    .unwrap();
    let real = read_json(u, Some(Path::new(&tr)), "/api/v1/versions/pk-hidden").await["content"]
        .as_str()
        .unwrap()
        .to_owned();
    let zero = "0".repeat(64);
    let hidden = act(&[
        "sign",
        "--url",
        u,
        "--key",
        &af,
        "--version",
        "pk-hidden",
        "--content",
        &zero,
    ])
    .unwrap_err();
    let missing = act(&[
        "sign",
        "--url",
        u,
        "--key",
        &af,
        "--version",
        "no-such",
        "--content",
        &zero,
    ])
    .unwrap_err();
    assert!(!hidden.contains(&real), "{hidden}");
    assert_eq!(
        hidden.replace("pk-hidden", "X"),
        missing.replace("no-such", "X")
    );
    let amend = |parent: &str| {
        act(&[
            "draft",
            "submit",
            "--url",
            u,
            "--key",
            &af,
            "--file",
            doc.to_str().unwrap(),
            "--version",
            "af-try",
            "--draft",
            "any",
            "--parent",
            parent,
        ])
        .unwrap_err()
    };
    let (hidden, missing) = (amend("pk-hidden"), amend("no-such"));
    assert!(!hidden.contains("pk-hidden-draft"), "{hidden}");
    assert_eq!(
        hidden.replace("pk-hidden", "X"),
        missing.replace("no-such", "X")
    );
    // Evidence: another's file and no file read alike.
    let photo = tmp.path().join("p.png");
    std::fs::write(&photo, b"\x89PNG\r\n\x1a\nPakistan's file").unwrap();
    let out = act(&[
        "evidence",
        "add",
        "--url",
        u,
        "--key",
        &pk,
        "--at",
        "2025-11-24T09:00:00Z",
        photo.to_str().unwrap(),
    ])
    .unwrap();
    let e = out
        .split_whitespace()
        .find(|w| w.len() == 64)
        .unwrap()
        .to_owned();
    let nothing = "ab".repeat(32);
    let out = tmp.path().join("out");
    for verb in [["evidence", "get"], ["evidence", "transfer"]] {
        let ask = |h: &str| {
            let mut args = vec![
                verb[0],
                verb[1],
                "--url",
                u,
                "--key",
                &af,
                "--at",
                "2025-11-24T10:00:00Z",
                h,
            ];
            if verb[1] == "get" {
                args.extend(["--out", out.to_str().unwrap()]);
            } else {
                args.extend(["--to", "af", "--note", "x"]);
            }
            act(&args).unwrap_err()
        };
        let (theirs, none) = (ask(&e), ask(&nothing));
        assert_eq!(
            theirs.replace(&e, "H"),
            none.replace(&nothing, "H"),
            "{verb:?}"
        );
    }
}

/// Found by a red-team pass: the public's copy of a published finding
/// carried the schedule's count of violations, recomputed over every
/// finding, published or not; and the Markdown export pointed a party at the
/// entry (and time) of a bridging text's submission, whose signer names the
/// mediator who wrote it.
#[tokio::test(flavor = "multi_thread")]
async fn published_records_and_exports_tell_nothing_unpublished() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let (tr, af) = (demo.key("mediator-turkiye"), demo.key("party-afghanistan"));
    let public = read_json(u, None, "/api/v1/findings").await;
    for f in public.as_array().unwrap() {
        assert!(
            f["prescribed_rule"].is_null() && f["violation_count"].is_null(),
            "{f}"
        );
    }
    let commission = read_json(u, Some(Path::new(&tr)), "/api/v1/findings").await;
    assert!(
        commission
            .as_array()
            .unwrap()
            .iter()
            .any(|f| !f["prescribed_rule"].is_null())
    );
    let submitted = read_json(u, Some(Path::new(&tr)), "/api/v1/versions/v4").await["index"]
        .as_u64()
        .unwrap();
    let (_, md) = read_as(u, Some(Path::new(&af)), "/api/v1/versions/v4/export.md").await;
    assert!(md.contains("submitted"), "{md}");
    assert!(!md.contains(&format!("| {submitted} |")), "{md}");
    let (_, akn) = read_as(u, Some(Path::new(&af)), "/api/v1/versions/v4/export.akn").await;
    assert!(!akn.contains(&format!("entry {submitted} ")), "{akn}");
}

/// Found by a red-team pass: a party's concurring vote counted towards the
/// mediators' quorum, so the accusing party and one mediator could decide a
/// finding.
#[tokio::test(flavor = "multi_thread")]
async fn a_partys_vote_never_decides_a_finding() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let (tr, qa, pk) = (
        demo.key("mediator-turkiye"),
        demo.key("mediator-qatar"),
        demo.key("party-pakistan"),
    );
    act(&[
        "incident",
        "report",
        "--url",
        u,
        "--key",
        &pk,
        "--at",
        "2025-11-24T08:00:00Z",
        "--id",
        "inc-v",
        "--occurred",
        "2025-11-24T01:00:00Z",
        "--lat",
        "31.0",
        "--lon",
        "66.5",
        "--category",
        "armed_clash",
        "--alleged-party",
        "af",
        "--narrative",
        "x",
        "--source",
        "y",
    ])
    .unwrap();
    act(&[
        "case",
        "open",
        "--url",
        u,
        "--key",
        &tr,
        "--at",
        "2025-11-24T08:30:00Z",
        "--id",
        "case-v",
        "--incident",
        "inc-v",
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
    ])
    .unwrap();
    act(&[
        "finding",
        "propose",
        "--url",
        u,
        "--key",
        &tr,
        "--at",
        "2025-11-24T09:00:00Z",
        "--case",
        "case-v",
        "--id",
        "finding-v",
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
    ])
    .unwrap();
    act(&[
        "finding",
        "vote",
        "--url",
        u,
        "--key",
        &pk,
        "--at",
        "2025-11-24T09:10:00Z",
        "--finding",
        "finding-v",
        "--concur",
    ])
    .unwrap();
    let effective = |v: serde_json::Value| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "finding-v")
            .unwrap()["effective_index"]
            .clone()
    };
    let f = read_json(u, Some(Path::new(&tr)), "/api/v1/findings").await;
    assert!(
        effective(f).is_null(),
        "one mediator and a party decided it"
    );
    act(&[
        "finding",
        "vote",
        "--url",
        u,
        "--key",
        &qa,
        "--at",
        "2025-11-24T09:20:00Z",
        "--finding",
        "finding-v",
        "--concur",
    ])
    .unwrap();
    let f = read_json(u, Some(Path::new(&tr)), "/api/v1/findings").await;
    assert!(!effective(f).is_null(), "both mediators decide it");
}

/// One delegate froze the whole mechanism: an `incident.report` dated
/// 2099-12-31 was accepted, and from then on every monitoring act of every
/// member was refused as "earlier than the last monitoring act". A claimed
/// time beyond the server's clock (and a small skew) is now refused.
#[tokio::test(flavor = "multi_thread")]
async fn an_act_dated_2099_blocks_nobody() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let (pk, af) = (demo.key("party-pakistan"), demo.key("party-afghanistan"));
    let report = |key: &str, id: &str, at: &str, occurred: &str| {
        act(&[
            "incident",
            "report",
            "--url",
            u,
            "--key",
            key,
            "--at",
            at,
            "--id",
            id,
            "--occurred",
            occurred,
            "--lat",
            "31.0",
            "--lon",
            "66.5",
            "--category",
            "armed_clash",
            "--narrative",
            "x",
            "--source",
            "y",
        ])
    };
    for (at, occurred) in [
        ("2099-12-31T00:00:00Z", "2025-11-24T01:00:00Z"),
        ("2025-11-24T02:00:00Z", "2099-12-31T00:00:00Z"),
    ] {
        let before = size(u).await;
        let err = report(&pk, "inc-2099", at, occurred).unwrap_err();
        assert!(
            err.contains("(400") && err.contains("may not lie in the future"),
            "{err}"
        );
        assert_eq!(size(u).await, before);
    }
    // The other party acts as before.
    report(
        &af,
        "inc-honest",
        "2025-11-24T03:00:00Z",
        "2025-11-24T01:30:00Z",
    )
    .unwrap();
}

/// `truce verify-receipt` given both witnesses' keys but no `--quorum`
/// accepted a receipt from which every cosignature had been stripped: the
/// quorum defaulted to zero. It now defaults to every witness given.
#[tokio::test(flavor = "multi_thread")]
async fn a_receipt_stripped_of_its_cosignatures_fails_by_default() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let (_, entry) = fetch(u, None, "/api/v1/entries/3").await;
    let (_, receipt) = read_as(u, None, "/api/v1/entries/3/receipt").await;
    let log_key = get_json(&format!("{u}/api/v1/log")).await["log_key"]
        .as_str()
        .unwrap()
        .to_owned();
    drop(server);
    let witnesses = demo.witness_vkeys();
    let stripped: String = receipt
        .lines()
        .filter(|l| !l.starts_with("\u{2014} witness."))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(stripped, receipt, "the receipt carried cosignatures");
    let tmp = tempfile::tempdir().unwrap();
    let path = |name: &str, bytes: &[u8]| {
        let p = tmp.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_str().unwrap().to_owned()
    };
    let (e, good, bad) = (
        path("e.json", &entry),
        path("good.receipt", receipt.as_bytes()),
        path("bad.receipt", stripped.as_bytes()),
    );
    let args = |r: &str| {
        let mut a = vec![
            "verify-receipt".to_owned(),
            "--log-key".into(),
            log_key.clone(),
        ];
        for w in &witnesses {
            a.extend(["--witness".to_owned(), w.clone()]);
        }
        a.extend([r.to_owned(), e.clone()]);
        a
    };
    let good_args = args(&good);
    let out = ok(&good_args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(out.contains("cosigned by 2"), "{out}");
    let bad_args = args(&bad);
    let out = run(&bad_args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(
        !out.status.success(),
        "a receipt with no cosignature passed"
    );
}

/// Issue 15: `truce verify` checked signatures, rights and sequence numbers
/// but never the process's rules, so an act a member signed and a colluding
/// operator wrote into the store behind the sequencer (here a party
/// re-defining the process, which only the secretariat may) passed as "ok",
/// while the server refused to start on that store. Verify now folds every
/// entry through the sequencer's own rules and names the first it refuses.
#[tokio::test(flavor = "multi_thread")]
async fn an_act_inserted_behind_the_sequencer_fails_the_audit() {
    let demo = Demo::new();
    let data = demo.dir.to_str().unwrap();
    let out = ok(&["verify", "--data", data]);
    assert!(
        out.contains("entries replayed through every rule of the process"),
        "{out}"
    );
    let store = open_store(&demo.dir).await;
    let size = store.size().await.unwrap();
    let log_vkey = truce_ledger::note::VerifierKey::parse(
        &store
            .get_meta(truce_store::META_LOG_VKEY)
            .await
            .unwrap()
            .unwrap(),
    )
    .unwrap();
    let (_, authority, _) = truce_server::engine::replay(store.as_ref(), log_vkey, size)
        .await
        .unwrap();
    let pk = SignerKey::parse(
        std::fs::read_to_string(demo.key("party-pakistan"))
            .unwrap()
            .trim(),
    )
    .unwrap();
    let seq = authority.key(&pk.id()).unwrap().last_seq + 1;
    let origin = store
        .get_meta(truce_store::META_ORIGIN)
        .await
        .unwrap()
        .unwrap();
    let bytes = sign_entry(
        &pk,
        &origin,
        "process.define",
        seq,
        r#"{"process":"pk-af-2025","title":"Rewritten by one party"}"#,
    )
    .unwrap();
    store
        .append(
            size,
            &[truce_store::NewEntry {
                leaf_hash: truce_ledger::merkle::leaf_hash(&bytes),
                bytes,
                opening: None,
            }],
        )
        .await
        .unwrap();
    drop(store);
    let err = act(&["verify", "--data", data]).unwrap_err();
    assert!(
        err.contains(&format!(
            "entry {size}: process.define signed by {} breaks a rule:",
            pk.id()
        )),
        "{err}"
    );
    assert!(err.contains("secretariat"), "{err}");
}

/// Issue 15: a copy of a data directory rolled back to an earlier state
/// (its last entries and checkpoints gone, as a restore from an old backup
/// leaves it) passed `truce verify --data` as "ok". Verify now asks the
/// witnesses the log was served with for the latest checkpoint they
/// cosigned, and a copy that holds less than a witness saw fails.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rolled_back_copy_fails_the_audit() {
    let w = WitnessedLog::new("t.example/rollback").await;
    let any: std::net::SocketAddr = "127.0.0.1:0".parse().unwrap();
    let server = w.serve(&w.data, any, None).await;
    w.act(
        &server,
        1,
        "process.define",
        r#"{"process":"r","title":"Rollback"}"#,
    )
    .await;
    w.stop(server).await;
    // The backup: a copy of the whole directory as it is now.
    let old = w.backup("backup");
    let server = w.serve(&w.data, any, None).await;
    w.act(
        &server,
        2,
        "communique",
        r#"{"title":"Later","text":"after the backup"}"#,
    )
    .await;
    w.stop(server).await;
    let wv = w.witness_vkey();
    let data = w.data.to_str().unwrap();
    let out = ok(&["verify", "--data", data, "--witness", &wv]);
    assert!(
        out.contains(
            "ok: fresh: witness witness.example (at the address the data directory records"
        ),
        "{out}"
    );
    let err = act(&["verify", "--data", old.to_str().unwrap(), "--witness", &wv]).unwrap_err();
    assert!(
        err.contains("rollback: witness witness.example cosigned this log at size"),
        "{err}"
    );
    // At the address the auditor gives, not the directory's.
    let at = format!("{wv}@{}", w.witness_url);
    let err = act(&["verify", "--data", old.to_str().unwrap(), "--witness", &at]).unwrap_err();
    assert!(err.contains("rollback: witness witness.example"), "{err}");
    // Even without being told of the witness: the directory names it.
    let err = act(&["verify", "--data", old.to_str().unwrap()]).unwrap_err();
    assert!(err.contains("rollback"), "{err}");
}

/// Found by a newcomer: `truce demo` with its port taken created a
/// one-entry data directory before it failed, and every later run served
/// that silently as "the demo". The port is checked first; a half-made
/// demo is started again; a directory holding another log is left alone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_demo_checks_its_port_first_and_restarts_a_half_made_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().to_string();
    let out = run(&[
        "demo",
        "--data",
        dir.to_str().unwrap(),
        "--listen",
        &port,
        "--no-wait",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("is not free") && err.contains("nothing was created"),
        "{err}"
    );
    assert!(!dir.exists(), "nothing was created");
    drop(busy);

    // What the old demo left behind: a log with the demo's origin and
    // only its genesis.
    init(&dir, "truce.example/pk-af-2025");
    let out = run(&demo_args(&dir, &[]));
    let (said, err) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(out.status.success(), "{said}\n{err}");
    assert!(err.contains("stopped half-way"), "{err}");
    assert!(dir.join("demo-complete").exists());
    let entries: u64 = said
        .split_once(" entries, cosigned")
        .and_then(|(a, _)| a.rsplit('(').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no size in {said}"));
    assert!(entries > 80, "the whole demo was played: {said}");

    // A ready invitation per role, its code in the link's fragment; one
    // works once, from the command line as from a browser.
    let codes: Vec<&str> = said
        .lines()
        .filter_map(|l| l.split_once("/enrol#code=").map(|(_, c)| c.trim()))
        .collect();
    assert_eq!(codes.len(), 3, "{said}");
    let server = serve(&dir, &[]);
    let key = tmp.path().join("newcomer.key");
    ok(&[
        "keygen",
        "--name",
        "newcomer",
        "--out",
        key.to_str().unwrap(),
    ]);
    let enrol = |code: &str| {
        act(&[
            "member",
            "enrol",
            "--url",
            &server.url,
            "--key",
            key.to_str().unwrap(),
            "--code",
            code,
        ])
    };
    enrol(codes[0]).expect("the printed code enrols");
    assert!(enrol(codes[0]).is_err(), "a code works once");

    // A directory that holds another log is not a demo to restart.
    let other = tmp.path().join("other");
    init(&other, "t.example/not-a-demo");
    let out = run(&[
        "demo",
        "--data",
        other.to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
        "--no-wait",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("holds another log"),
        "{err}"
    );
    assert!(other.join("log.key").exists(), "nothing of it was removed");
}

/// Regression: a member of a case's team could still file an assessment
/// after the case's finding took effect (found by the reminders, which then
/// asked the team to assess cases long decided). The record of a decided
/// case is closed to assessments, as it is to replies.
#[tokio::test]
async fn a_decided_case_takes_no_more_assessments() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let tr = demo.key("mediator-turkiye");
    refused(
        u,
        &[
            "case",
            "assess",
            "--url",
            u,
            "--key",
            &tr,
            "--case",
            "case-chaman",
            "--happened",
            "90",
            "--responsible",
            "80",
            "--outcome",
            "confirmed",
            "--note",
            "late",
        ],
        "is decided",
    )
    .await;
    let acts = read_json(u, Some(std::path::Path::new(&tr)), "/api/v1/acts").await;
    assert!(
        !acts["offers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["kind"] == "case.assess" && o["on"]["id"] == "case-chaman"),
        "{acts}"
    );
}

/// Invitation codes used to work forever and could not be withdrawn. Now
/// an invitation may carry a validity (judged on the log's time) and the
/// secretariat withdraws an open one; the enrolment page's lookup says so,
/// and a withdrawn code enrols nobody.
#[tokio::test]
async fn a_withdrawn_invitation_enrols_nobody() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let tr = demo.key("mediator-turkiye");
    let out = ok(&[
        "member",
        "invite",
        "--url",
        u,
        "--key",
        &tr,
        "--member",
        "pk-late",
        "--participant",
        "pk",
        "--name",
        "Late delegate",
        "--role",
        "delegate",
        "--valid-hours",
        "24",
    ]);
    let code = serde_json::from_str::<serde_json::Value>(&out).unwrap()["code"]
        .as_str()
        .unwrap()
        .to_owned();
    let hash = truce_ledger::authority::invitation_hash(&code);
    let inv = get_json(&format!("{u}/api/v1/invitations/{hash}")).await;
    assert_eq!(inv["status"], "pending", "{inv}");
    assert!(
        inv["expires"].as_str().is_some_and(|e| e.ends_with('Z')),
        "{inv}"
    );
    ok(&[
        "member",
        "uninvite",
        "--url",
        u,
        "--key",
        &tr,
        "--member",
        "pk-late",
        "--reason",
        "the delegation named someone else",
    ]);
    let inv = get_json(&format!("{u}/api/v1/invitations/{hash}")).await;
    assert_eq!(inv["status"], "revoked", "{inv}");
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("late.key");
    ok(&[
        "keygen",
        "--name",
        "pk-late",
        "--out",
        key.to_str().unwrap(),
    ]);
    refused(
        u,
        &[
            "member",
            "enrol",
            "--url",
            u,
            "--key",
            key.to_str().unwrap(),
            "--code",
            &code,
        ],
        "withdrawn",
    )
    .await;
}

/// The mechanism's editor asks the server whether the log would take its
/// terms (`POST /api/v1/check`): the domain's and the territory rule's
/// verdict for this key, with nothing appended. It answers what a refused
/// submission would, no more, and only to a signed-in member.
#[tokio::test]
async fn a_check_gives_the_rules_verdict_and_appends_nothing() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let (tr, pk) = (demo.key("mediator-turkiye"), demo.key("party-pakistan"));
    let before = size(u).await;
    let check = |kind: &str, body: &str| format!(r#"{{"kind":"{kind}","body":{body}}}"#);
    let verdict = |(status, body): (u16, String)| {
        assert_eq!(status, 200, "{body}");
        serde_json::from_str::<serde_json::Value>(&body).unwrap()
    };
    let ok = verdict(
        send_as(
            u,
            Path::new(&pk),
            "POST",
            "/api/v1/check",
            &check("communique", r#"{"title":"t","text":"x"}"#),
        )
        .await,
    );
    assert_eq!(ok["admitted"], true, "{ok}");
    let terms = r#"{"agreement":"v4","entry_into_force":"2025-11-06","commitments":[],"at":"2025-11-06T00:00:00Z"}"#;
    let no = verdict(
        send_as(
            u,
            Path::new(&tr),
            "POST",
            "/api/v1/check",
            &check("mechanism.configure", terms),
        )
        .await,
    );
    assert_eq!(no["admitted"], false);
    assert!(
        no["reason"]
            .as_str()
            .unwrap()
            .contains("already configured"),
        "{no}"
    );
    let party = verdict(send_as(u, Path::new(&pk), "POST", "/api/v1/check", &check("round.scheduled",
        r#"{"round":"r9","title":"x","place":"x","starts":"2025-12-01","ends":"2025-12-02"}"#)).await);
    assert!(
        party["reason"]
            .as_str()
            .unwrap()
            .contains("only the mediators"),
        "{party}"
    );
    let (status, body) = send_as(u, Path::new(&pk), "POST", "/api/v1/check", "not json").await;
    assert_eq!(status, 400, "{body}");
    let public = http()
        .post(format!("{u}/api/v1/check"))
        .body(check("communique", r#"{"title":"t","text":"x"}"#))
        .send()
        .await
        .unwrap();
    assert_eq!(public.status().as_u16(), 401);
    assert_eq!(size(u).await, before, "a check appends nothing");
}

/// A demo started to one stage and stopped half-way is started again, not
/// finished as another stage's: a whole demo that stopped after the
/// negotiation is not taken for a finished `--stage agreement` demo; and a
/// finished demo refuses to be run as another stage.
#[test]
fn a_demo_is_never_taken_for_another_stage() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    ok(&demo_args(&dir, &["--stage", "agreement"]));
    assert_eq!(
        std::fs::read_to_string(dir.join("demo-complete")).unwrap(),
        "agreement"
    );
    // As a whole demo would look had it stopped after the negotiation.
    std::fs::remove_file(dir.join("demo-complete")).unwrap();
    std::fs::write(dir.join("demo-stage"), "full").unwrap();
    let out = run(&demo_args(&dir, &["--stage", "agreement"]));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("stopped half-way"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.join("demo-stage")).unwrap(),
        "agreement"
    );
    let out = run(&demo_args(&dir, &[]));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("played to --stage agreement"), "{err}");
}
