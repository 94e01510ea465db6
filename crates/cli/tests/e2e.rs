//! End-to-end tests through the `truce` binary and HTTP on real ports:
//! keys, init, serve, submit, every refusal, tiles, proofs, receipts,
//! witnesses with a quorum, offline and remote audit, tampering, PostgreSQL.

mod common;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use common::*;
use truce_ledger::checkpoint;
use truce_ledger::entry::sign_entry;
use truce_ledger::merkle::{self, leaf_hash};
use truce_ledger::note::{SignerKey, VerifierKey};
use truce_ledger::tiles;

fn read_key(path: &std::path::Path) -> SignerKey {
    SignerKey::parse(std::fs::read_to_string(path).unwrap().trim()).unwrap()
}

#[test]
fn keygen_writes_keys_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alice.key");
    let p = path.to_str().unwrap();
    let vkey = ok(&["keygen", "--name", "alice.example", "--out", p]);
    let v = VerifierKey::parse(vkey.trim()).unwrap();
    assert_eq!((v.name(), v.alg()), ("alice.example", 0x01));
    assert_eq!(read_key(&path).verifier(), v);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let again = run(&["keygen", "--name", "alice.example", "--out", p]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("must not exist"));
    assert_eq!(
        read_key(&path).verifier(),
        v,
        "the existing key is untouched"
    );

    let w = dir.path().join("w.key");
    let wv = ok(&[
        "keygen",
        "--name",
        "witness.example",
        "--out",
        w.to_str().unwrap(),
        "--witness",
    ]);
    assert_eq!(VerifierKey::parse(wv.trim()).unwrap().alg(), 0x04);
    let bad = run(&[
        "keygen",
        "--name",
        "has space",
        "--out",
        dir.path().join("x").to_str().unwrap(),
    ]);
    assert!(!bad.status.success());
}

#[tokio::test]
async fn a_log_from_init_to_audit() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (log_vkey, founder_path) = init(&data, "test.truce.example/log");
    let log_key = VerifierKey::parse(&log_vkey).unwrap();
    let founder = read_key(&founder_path);
    // init refuses to run twice.
    assert!(
        !run(&["init", "--data", data.to_str().unwrap(), "--origin", "x"])
            .status
            .success()
    );

    let server = serve(&data, &[]);
    let url = server.url.clone();

    // A second secretariat key registered by the founder, through `truce submit`.
    let member_path = dir.path().join("member.key");
    let member_vkey = ok(&[
        "keygen",
        "--name",
        "party.example/delegate",
        "--out",
        member_path.to_str().unwrap(),
    ]);
    let payload = dir.path().join("register.json");
    std::fs::write(
        &payload,
        format!(
            r#"{{"key":"{}","label":"secretariat","may_register":true}}"#,
            member_vkey.trim()
        ),
    )
    .unwrap();
    let idx = ok(&[
        "submit",
        "--url",
        &url,
        "--key",
        founder_path.to_str().unwrap(),
        "--type",
        "key.register",
        payload.to_str().unwrap(),
    ]);
    // Entry 1 is the log's time (log.time), recorded before the first act.
    assert_eq!(idx.trim(), "2");
    let note = dir.path().join("note.json");
    std::fs::write(
        &note,
        r#"{"title":"Statement","text":"The parties met through the mediators."}"#,
    )
    .unwrap();
    for want in 3..=5 {
        let idx = ok(&[
            "submit",
            "--url",
            &url,
            "--key",
            member_path.to_str().unwrap(),
            "--type",
            "communique",
            note.to_str().unwrap(),
        ]);
        assert_eq!(idx.trim(), want.to_string());
    }
    let member = read_key(&member_path);

    // The checkpoint is a C2SP signed note by the log key, covering everything.
    let cp_text = wait_for_checkpoint(&url, 6, 0).await;
    let cp = checkpoint::open(&cp_text, &log_key, &[], 0)
        .unwrap()
        .checkpoint;
    assert_eq!((cp.origin.as_str(), cp.size), ("test.truce.example/log", 6));

    // tlog-tiles: the level-0 tile holds the leaf hashes of the entry bundle.
    let tile = http()
        .get(format!("{url}/tile/0/000.p/6"))
        .send()
        .await
        .unwrap();
    assert_eq!(tile.headers()["content-type"], "application/octet-stream");
    let hashes = tiles::tile_hashes(&tile.bytes().await.unwrap()).unwrap();
    let bundle = http()
        .get(format!("{url}/tile/entries/000.p/6"))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let entries = tiles::decode_bundle(&bundle).unwrap();
    assert_eq!(entries.len(), 6);
    let mut rebuilt = merkle::MemoryTree::new();
    for (e, h) in entries.iter().zip(&hashes) {
        assert_eq!(&leaf_hash(e), h);
        rebuilt.push(*h);
    }
    assert_eq!(rebuilt.root(), cp.root);
    for (path, status) in [
        ("0/000.p/7", 404),
        ("0/000", 404),
        ("1/000.p/1", 404),
        ("0/0", 400),
        ("0/000.p/0", 400),
        ("entries/x001", 400),
    ] {
        let r = http()
            .get(format!("{url}/tile/{path}"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), status, "tile/{path}");
    }

    // JSON proofs verify against the checkpoint.
    let p = get_json(&format!("{url}/api/v1/proofs/inclusion?index=3&size=6")).await;
    let proof = proof_hashes(&p["proof"]);
    merkle::verify_inclusion(3, 6, &leaf_hash(&entries[3]), &proof, &cp.root).unwrap();
    let c = get_json(&format!("{url}/api/v1/proofs/consistency?old=2&new=6")).await;
    let cproof = proof_hashes(&c["proof"]);
    let old_root = B64.decode(c["old_root"].as_str().unwrap()).unwrap();
    merkle::verify_consistency(2, 6, &cproof, &old_root, &cp.root).unwrap();
    assert_eq!(rebuilt.root_at(2).unwrap().to_vec(), old_root);
    for q in ["index=6&size=6", "index=0&size=99", "index=abc"] {
        let r = http()
            .get(format!("{url}/api/v1/proofs/inclusion?{q}"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 400, "{q}");
    }

    // A tlog-proof receipt verifies offline with `truce verify-receipt`.
    let receipt = http()
        .get(format!("{url}/api/v1/entries/2/receipt"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(receipt.starts_with("c2sp.org/tlog-proof@v1\nindex 2\n"));
    let rpath = dir.path().join("e2.tlog-proof");
    std::fs::write(&rpath, &receipt).unwrap();
    let epath = dir.path().join("e2.json");
    let entry2 = http()
        .get(format!("{url}/api/v1/entries/2"))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(entry2.as_ref(), entries[2].as_slice());
    std::fs::write(&epath, &entry2).unwrap();
    ok(&[
        "verify-receipt",
        "--log-key",
        &log_vkey,
        rpath.to_str().unwrap(),
        epath.to_str().unwrap(),
    ]);
    std::fs::write(&epath, &entries[3]).unwrap();
    assert!(
        !run(&[
            "verify-receipt",
            "--log-key",
            &log_vkey,
            rpath.to_str().unwrap(),
            epath.to_str().unwrap()
        ])
        .status
        .success()
    );

    // Remote audit over tlog-tiles.
    let out = ok(&["verify", "--url", &url, "--log-key", &log_vkey]);
    assert!(out.starts_with("ok: 6 entries verified"), "{out}");
    // …and a wrong log key is refused.
    let other = SignerKey::from_seed("test.truce.example/log", 1, [5; 32])
        .unwrap()
        .verifier()
        .to_string();
    assert!(
        !run(&["verify", "--url", &url, "--log-key", &other])
            .status
            .success()
    );

    // The sequence numbers survive a restart (the state is rebuilt from the store).
    drop(server);
    let server = serve(&data, &[]);
    let replay = sign_entry(
        &member,
        "test.truce.example/log",
        "communique",
        3,
        r#"{"title":"t","text":"x"}"#,
    )
    .unwrap();
    assert_eq!(post(&server.url, replay).await.0, 409);
    let fresh = sign_entry(
        &member,
        "test.truce.example/log",
        "communique",
        4,
        r#"{"title":"t","text":"x"}"#,
    )
    .unwrap();
    let (status, appended) = post(&server.url, fresh).await;
    assert_eq!(status, 201);
    // A log.time may precede it if a minute passed since the last one.
    let size = appended["index"].as_u64().unwrap() + 1;
    assert!((7..=8).contains(&size), "{appended}");
    wait_for_checkpoint(&server.url, size, 0).await;
    drop(server);
    let _ = founder;

    // Offline audit of the data directory.
    let out = ok(&["verify", "--data", data.to_str().unwrap()]);
    assert!(
        out.starts_with(&format!("ok: {size} entries verified")),
        "{out}"
    );
    assert!(out.contains("the log's time at the checkpoint is"), "{out}");
}

#[tokio::test]
async fn refusals_are_4xx_that_say_why_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (_, founder_path) = init(&data, "test.truce.example/refusals");
    let founder = read_key(&founder_path);
    let server = serve(&data, &[]);
    let url = &server.url;
    let o = "test.truce.example/refusals";
    let stranger = SignerKey::from_seed("stranger", 1, [3; 32]).unwrap();
    let impostor = SignerKey::from_seed("founder", 1, [4; 32]).unwrap();
    let good = sign_entry(
        &founder,
        o,
        "communique",
        1,
        r#"{"title":"t","text":"first"}"#,
    )
    .unwrap();
    assert_eq!(post(url, good.clone()).await.0, 201);
    // The genesis, the log's time, the communiqué.
    let settled = size(url).await;
    assert_eq!(settled, 3);

    let forged = String::from_utf8(
        sign_entry(&impostor, o, "communique", 7, r#"{"title":"t","text":"x"}"#).unwrap(),
    )
    .unwrap()
    .replace(&impostor.id(), &founder.id())
    .into_bytes();
    let mut bad_b64 = String::from_utf8(good.clone()).unwrap();
    bad_b64 = bad_b64.replacen("\"payload\":\"", "\"payload\":\"%%", 1);
    let huge_body = format!(r#"{{"title":"t","text":"{}"}}"#, "a".repeat(70_000));
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        ("not JSON", b"hello".to_vec(), 400, "not a DSSE JSON envelope"),
        ("unsigned", br#"{"payload":"e30=","payloadType":"application/vnd.truce.communique+json","signatures":[]}"#.to_vec(), 400, "exactly one"),
        ("bad base64", bad_b64.into_bytes(), 400, "base64"),
        ("replayed", good.clone(), 409, "replayed"),
        ("unknown key", sign_entry(&stranger, o, "communique", 1, r#"{"title":"t","text":"x"}"#).unwrap(), 403, "unknown key"),
        ("forged signature", forged, 403, "does not verify"),
        ("other log", sign_entry(&founder, "elsewhere", "communique", 9, r#"{"title":"t","text":"x"}"#).unwrap(), 400, "this log is"),
        ("oversized", { let mut v = b"{\"payload\":\"".to_vec(); v.extend(vec![b'A'; 70_000]); v }, 413, "at most 65535"),
        ("second genesis", sign_entry(&founder, o, "genesis", 5, r#"{"process":"p","founders":[]}"#).unwrap(), 409, "exactly one genesis"),
        ("bad round move", sign_entry(&founder, o, "round.transition", 6, r#"{"round":"nope","to":"concluded"}"#).unwrap(), 404, "round \"nope\" does not exist"),
        ("bad round body", sign_entry(&founder, o, "round.scheduled", 6, r#"{"round":"r"}"#).unwrap(), 400, "missing field"),
        ("short signature", br#"{"payload":"e30=","payloadType":"application/vnd.truce.communique+json","signatures":[{"keyid":"x","sig":"AAAA"}]}"#.to_vec(), 400, "signature is not 64 bytes"),
        ("bad payload type", format!(r#"{{"payload":"e30=","payloadType":"text/plain","signatures":[{{"keyid":"x","sig":"{}"}}]}}"#, B64.encode([0u8; 64])).into_bytes(), 400, "is not application/vnd.truce"),
    ];
    assert!(
        sign_entry(&founder, o, "communique", 6, &huge_body).is_err(),
        "the signer refuses oversized entries too"
    );
    for (name, body, status, needle) in cases {
        let (got, v) = post(url, body).await;
        let msg = v["error"].as_str().unwrap_or_default().to_owned();
        assert_eq!(got, status, "{name}: {msg}");
        assert!(
            msg.contains(needle),
            "{name}: {msg:?} should mention {needle:?}"
        );
        // The reason beside it says the same from the English catalogue, so
        // every language's page can say it.
        assert_eq!(say_in_english(&v["reason"]), msg, "{name}: {v}");
        assert_eq!(size(url).await, settled, "{name} changed the log");
    }
    // A 1 MiB+ body is refused by the body limit, still as 413.
    let r = http()
        .post(format!("{url}/api/v1/entries"))
        .body(vec![b' '; 2 * 1024 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 413);
    // Unknown ids and paths.
    for (path, status) in [
        ("/api/v1/entries/99", 404),
        ("/api/v1/entries/x", 400),
        ("/api/v1/keys/nobody+00000000", 404),
        ("/api/v1/blobs/zz", 400),
        ("/nowhere", 404),
    ] {
        let r = http().get(format!("{url}{path}")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), status, "{path}");
        let v: serde_json::Value = r.json().await.unwrap();
        assert!(
            v["error"].as_str().is_some_and(|s| !s.is_empty()),
            "{path} says why"
        );
        assert_eq!(say_in_english(&v["reason"]), v["error"], "{path}");
    }
    // The batch form answers each envelope in place.
    let ok_entry = sign_entry(
        &founder,
        o,
        "communique",
        10,
        r#"{"title":"t","text":"batch"}"#,
    )
    .unwrap();
    let batch = format!(
        "[{},{}]",
        String::from_utf8(ok_entry).unwrap(),
        String::from_utf8(good).unwrap()
    );
    let r: serde_json::Value = http()
        .post(format!("{url}/api/v1/entries/batch"))
        .body(batch)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(r[0]["index"], 3);
    assert_eq!(r[1]["status"], 409);
    let r = http()
        .post(format!("{url}/api/v1/entries/batch"))
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);

    // Blobs hold confidential text: only members store them, and an
    // unreferenced or unknown hash reads as absent (negotiation.rs reads
    // them signed, by role).
    let r = http()
        .post(format!("{url}/api/v1/blobs"))
        .body(vec![42u8; 300_000])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let v: serde_json::Value = r.json().await.unwrap();
    assert!(
        v["error"].as_str().unwrap().contains("sign the request"),
        "{v}"
    );
    let r = http()
        .get(format!("{url}/api/v1/blobs/{}", "ab".repeat(32)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
}

#[tokio::test]
async fn tampering_with_any_stored_entry_is_named() {
    use sqlx::Connection as _;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (_, founder_path) = init(&data, "test.truce.example/tamper");
    let founder = read_key(&founder_path);
    {
        let server = serve(&data, &[]);
        let n = append_communiques(&server.url, &founder, "test.truce.example/tamper", 1..=6).await;
        wait_for_checkpoint(&server.url, n, 0).await;
    }
    ok(&["verify", "--data", data.to_str().unwrap()]);
    let db = format!("sqlite:{}", data.join("truce.db").display());
    let original: Vec<u8> = {
        let mut c = sqlx::SqliteConnection::connect(&db).await.unwrap();
        sqlx::query_scalar("SELECT body FROM entries WHERE idx = 4")
            .fetch_one(&mut c)
            .await
            .unwrap()
    };
    // Flip one byte at several positions; each time verify names entry 4.
    for pos in [0, 10, original.len() / 2, original.len() - 1] {
        let mut c = sqlx::SqliteConnection::connect(&db).await.unwrap();
        let mut bad = original.clone();
        bad[pos] ^= 0x01;
        sqlx::query("UPDATE entries SET body = ? WHERE idx = 4")
            .bind(&bad)
            .execute(&mut c)
            .await
            .unwrap();
        let out = run(&["verify", "--data", data.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "tampered byte {pos} went unnoticed");
        assert!(err.contains("entry 4"), "byte {pos}: {err}");
        // Rewriting the stored leaf hash too is caught by the signature or the root.
        sqlx::query("UPDATE entries SET leaf_hash = ? WHERE idx = 4")
            .bind(leaf_hash(&bad).to_vec())
            .execute(&mut c)
            .await
            .unwrap();
        let out = run(&["verify", "--data", data.to_str().unwrap()]);
        assert!(
            !out.status.success(),
            "byte {pos} with matching hash went unnoticed"
        );
        sqlx::query("UPDATE entries SET body = ?, leaf_hash = ? WHERE idx = 4")
            .bind(&original)
            .bind(leaf_hash(&original).to_vec())
            .execute(&mut c)
            .await
            .unwrap();
    }
    ok(&["verify", "--data", data.to_str().unwrap()]);
    // A deleted entry is named too.
    let mut c = sqlx::SqliteConnection::connect(&db).await.unwrap();
    sqlx::query("DELETE FROM entries WHERE idx = 2")
        .execute(&mut c)
        .await
        .unwrap();
    let out = run(&["verify", "--data", data.to_str().unwrap()]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("entry 2"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn witnesses_cosign_and_the_quorum_is_enforced() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (log_vkey, founder_path) = init(&data, "test.truce.example/witnessed");
    let founder = read_key(&founder_path);
    let mut witnesses = Vec::new();
    let mut peers = Vec::new();
    let mut wkeys = Vec::new();
    for name in ["w1.example", "w2.example"] {
        let kp = dir.path().join(format!("{name}.key"));
        let vk = ok(&[
            "keygen",
            "--name",
            name,
            "--out",
            kp.to_str().unwrap(),
            "--witness",
        ])
        .trim()
        .to_owned();
        let wdir = dir.path().join(name);
        let w = Proc::start(&[
            "witness",
            "--key",
            kp.to_str().unwrap(),
            "--listen",
            "127.0.0.1:0",
            "--log",
            &log_vkey,
            "--data",
            wdir.to_str().unwrap(),
        ]);
        peers.push(format!("{vk}@{}", w.url));
        wkeys.push(vk);
        witnesses.push(w);
    }
    let server = serve(
        &data,
        &[
            "--witness",
            &peers[0],
            "--witness",
            &peers[1],
            "--quorum",
            "2",
        ],
    );
    let n = append_communiques(&server.url, &founder, "test.truce.example/witnessed", 1..=3).await;
    let text = wait_for_checkpoint(&server.url, n, 2).await;
    let w: Vec<VerifierKey> = wkeys
        .iter()
        .map(|k| VerifierKey::parse(k).unwrap())
        .collect();
    let cp = checkpoint::open(&text, &VerifierKey::parse(&log_vkey).unwrap(), &w, 2).unwrap();
    assert_eq!(cp.cosigners.len(), 2);
    let out = ok(&[
        "verify",
        "--url",
        &server.url,
        "--log-key",
        &log_vkey,
        "--witness",
        &wkeys[0],
        "--witness",
        &wkeys[1],
        "--quorum",
        "2",
    ]);
    assert!(out.contains("2 cosignature(s)"), "{out}");

    // A receipt carries the cosignatures and verifies with the quorum offline.
    let receipt = http()
        .get(format!("{}/api/v1/entries/1/receipt", server.url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let entry = http()
        .get(format!("{}/api/v1/entries/1", server.url))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let r = truce_ledger::receipt::Receipt::parse(&receipt).unwrap();
    r.verify(&entry, &VerifierKey::parse(&log_vkey).unwrap(), &w, 2)
        .unwrap();

    // With one witness down, new entries are stored but no checkpoint reaches
    // the quorum, so /checkpoint keeps the last witnessed one.
    witnesses[1].kill9();
    let e = sign_entry(
        &founder,
        "test.truce.example/witnessed",
        "communique",
        4,
        r#"{"title":"t","text":"x"}"#,
    )
    .unwrap();
    assert_eq!(post(&server.url, e).await.0, 201);
    let mut published = Vec::new();
    for _ in 0..10 {
        let t = http()
            .get(format!("{}/checkpoint", server.url))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        published.push(t.lines().nth(1).unwrap().to_owned());
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        published.iter().all(|s| *s == n.to_string()),
        "{published:?}"
    );
    // The local audit needs the quorum only when asked for it.
    drop(server);
    ok(&[
        "verify",
        "--data",
        data.to_str().unwrap(),
        "--witness",
        &wkeys[0],
        "--witness",
        &wkeys[1],
        "--quorum",
        "2",
    ]);
}

#[tokio::test]
async fn postgres_backend_end_to_end() {
    let Some(pg) = PgLog::create("truce_test_e2e", "pg.truce.example/log").await else {
        return;
    };
    let server = pg.serve();
    let n = append_communiques(&server.url, &pg.founder, "pg.truce.example/log", 1..=20).await;
    wait_for_checkpoint(&server.url, n, 0).await;
    let out = ok(&["verify", "--url", &server.url, "--log-key", &pg.log_vkey]);
    assert!(out.starts_with(&format!("ok: {n} entries")), "{out}");
    drop(server);
    let out = ok(&[
        "verify",
        "--database",
        &pg.url,
        "--content-key",
        pg.content_key.to_str().unwrap(),
    ]);
    assert!(out.starts_with(&format!("ok: {n} entries")), "{out}");
}

#[test]
fn the_demo_runs_and_its_log_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let out = ok(&[
        "demo",
        "--data",
        data.to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
        "--no-wait",
    ]);
    assert!(
        out.contains("cosigned by 2 of 2 mediator witnesses"),
        "{out}"
    );
    // The audit command the demo prints works as printed, with both cosignatures.
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with("truce verify --data"))
        .expect("audit line");
    let args: Vec<&str> = line.split_whitespace().skip(1).collect();
    let v = ok(&args);
    // 94 acts (the mediators' publications of the agreement, the findings
    // and November's report among them), each preceded by the log's time
    // where the script's clock moved on: the demo replays October 2025 on a
    // simulated clock; then three invitations for newcomers, and the log's
    // time when the script hands over to the system's clock (so its
    // cosignatures are fresh).
    assert!(v.starts_with("ok: 169 entries verified"), "{v}");
    assert!(v.contains("2 cosignature(s)"), "{v}");
    // Regression: the last cosignatures carried the script's dates, so the
    // demo's own mirror raised a "stale" alarm as soon as it started. The
    // log now writes today's time when the script hands over to the
    // system's clock, and the witnesses cosign that.
    let at = v
        .split_once("the log's time at the checkpoint, ")
        .and_then(|(_, rest)| rest.get(..20))
        .and_then(truce_domain::export::unix_from_utc)
        .unwrap_or_else(|| panic!("no log time in {v}"));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!(
        (now - at).abs() < 3600,
        "the log's time is not today's: {v}"
    );
    assert!(
        ok(&["export", "ics", "--data", data.to_str().unwrap()]).contains("2025"),
        "the process itself keeps the script's dates"
    );
    // Every act of the whole process, negotiation and mechanism, was among
    // those the server offered its signer (what the web UI shows) just before.
    let audit = ok(&["verify", "--data", data.to_str().unwrap(), "--offers"]);
    assert!(
        audit.contains("each of the 94 acts was among the acts offered to its signer"),
        "{audit}"
    );
    // Running it again reuses the log rather than writing it twice.
    let again = ok(&[
        "demo",
        "--data",
        data.to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
        "--no-wait",
    ]);
    // Only the new run's invitations (and the log's time) are added.
    let n: u64 = again
        .split_once(" entries, cosigned")
        .and_then(|(a, _)| a.rsplit('(').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no size in {again}"));
    assert!((170..=175).contains(&n), "{again}");
}

/// After a restart the log no longer knows what each witness last cosigned:
/// it asks with `old 0`, learns the size from the 409, and retries with a
/// consistency proof — the witness keeps cosigning.
#[tokio::test]
async fn the_log_catches_up_with_its_witness_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (log_vkey, founder_path) = init(&data, "test.truce.example/restart");
    let founder = read_key(&founder_path);
    let kp = dir.path().join("w.key");
    let vk = ok(&[
        "keygen",
        "--name",
        "w.example",
        "--out",
        kp.to_str().unwrap(),
        "--witness",
    ]);
    let w = Proc::start(&[
        "witness",
        "--key",
        kp.to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
        "--log",
        &log_vkey,
        "--data",
        dir.path().join("w").to_str().unwrap(),
    ]);
    let peer = format!("{}@{}", vk.trim(), w.url);
    for round in 1..=3u64 {
        let server = serve(&data, &["--witness", &peer, "--quorum", "1"]);
        let seqs = 3 * round - 2..=3 * round;
        let n = append_communiques(&server.url, &founder, "test.truce.example/restart", seqs).await;
        let text = wait_for_checkpoint(&server.url, n, 1).await;
        let wkey = VerifierKey::parse(vk.trim()).unwrap();
        checkpoint::open(&text, &VerifierKey::parse(&log_vkey).unwrap(), &[wkey], 1).unwrap();
    }
}

/// A refusal's `reason` said from `web/app/i18n/reasons/en.ftl`, as a page
/// in English would say it (English's messages are plain `{ $x }` text).
fn say_in_english(reason: &serde_json::Value) -> String {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web/app/i18n/reasons/en.ftl");
    let catalogue = std::fs::read_to_string(path).expect("the English reasons");
    let id = reason["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no reason id in {reason}"));
    let line = catalogue
        .lines()
        .find_map(|l| l.strip_prefix(id)?.strip_prefix(" = "))
        .unwrap_or_else(|| panic!("no English reason {id}"));
    let mut out = line.to_owned();
    for (name, arg) in reason["args"].as_object().expect("args").iter() {
        let said = match arg {
            serde_json::Value::String(s) => s.clone(),
            nested => say_in_english(nested),
        };
        out = out.replace(&format!("{{ ${name} }}"), &said);
    }
    out
}
