//! Regression tests: one per bug found, named after what went wrong.

mod common;

use common::*;
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
    for want in ["1", "2"] {
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
            assert_eq!(
                v["index"].as_u64(),
                Some(seq),
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
    assert!(out.starts_with("ok: 7 entries"), "{out}");
}
