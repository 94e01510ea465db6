//! The engine without HTTP: a log opened over a real SQLite store, acts
//! submitted to it directly, refusals as the engine's own errors (no status
//! codes), and a restart that replays to the same state.

use std::sync::Arc;
use std::time::Duration;
use truce_domain::DomainError;
use truce_ledger::authority::{GENESIS, LOG_TIME};
use truce_ledger::entry::{EntryError, sign_entry};
use truce_ledger::note::{ALG_ED25519, SignerKey};
use truce_server::engine::{EngineError, Log};
use truce_server::engine::{clock::Clock, quota::Quotas};
use truce_store::LogStore;
use truce_store::sqlite::SqliteStore;

const ORIGIN: &str = "engine.test/log";

fn key(name: &str, seed: u8) -> SignerKey {
    SignerKey::from_seed(name, ALG_ED25519, [seed; 32]).unwrap()
}

/// A store holding only the genesis, which names `founder`.
async fn new_store(
    dir: &std::path::Path,
    log_key: &SignerKey,
    founder: &SignerKey,
) -> Arc<dyn LogStore> {
    let store = SqliteStore::open(&dir.join("truce.db")).await.unwrap();
    let body = serde_json::json!({
        "process": "engine-test",
        "founders": [founder.verifier().to_string()],
    })
    .to_string();
    let bytes = sign_entry(log_key, ORIGIN, GENESIS, 1, &body).unwrap();
    store
        .append(
            0,
            &[truce_store::NewEntry {
                leaf_hash: truce_ledger::merkle::leaf_hash(&bytes),
                bytes,
                opening: None,
            }],
        )
        .await
        .unwrap();
    store
        .set_meta(truce_store::META_ORIGIN, ORIGIN)
        .await
        .unwrap();
    Arc::new(store)
}

async fn open(store: Arc<dyn LogStore>, log_key: &SignerKey, clock: Clock) -> Arc<Log> {
    Log::open(
        store,
        log_key.clone(),
        vec![],
        0,
        Duration::from_millis(50),
        &Quotas::default(),
        clock,
    )
    .await
    .unwrap()
}

fn title(log: &Log) -> Option<String> {
    log.with_domain(|d| d.process.as_ref().map(|p| p.title.clone()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_engine_admits_refuses_and_replays_without_http() {
    let dir = tempfile::tempdir().unwrap();
    let log_key = key(ORIGIN, 1);
    let founder = key("founder", 2);
    let stranger = key("stranger", 3);
    let store = new_store(dir.path(), &log_key, &founder).await;
    let clock = Clock::simulated(1_760_000_000);
    let log = open(store.clone(), &log_key, clock.clone()).await;
    assert_eq!(log.size(), 1);

    // An act the rules admit: written after the log's time, and folded in.
    let define = |seq: u64| {
        sign_entry(
            &founder,
            ORIGIN,
            "process.define",
            seq,
            r#"{"process":"engine-test","title":"Engine test"}"#,
        )
        .unwrap()
    };
    let appended = log.submit(define(1), None).await.unwrap();
    assert_eq!(appended.index, 2, "a log.time goes before the first act");
    assert_eq!(log.size(), 3);
    assert_eq!(log.with_authority(|a| a.time()), Some((1, 1_760_000_000)));
    assert_eq!(title(&log).as_deref(), Some("Engine test"));

    // Refusals are the engine's own errors, and change nothing.
    let again = log.submit(define(2), None).await.unwrap_err();
    assert!(matches!(again, EngineError::Domain(_)), "{again:?}");
    assert!(again.to_string().contains("already defined"), "{again}");
    let replayed = log.submit(define(1), None).await.unwrap_err();
    assert!(
        matches!(replayed, EngineError::Entry(EntryError::Replay { .. })),
        "{replayed:?}"
    );
    let unknown = sign_entry(
        &stranger,
        ORIGIN,
        "communique",
        1,
        r#"{"title":"x","text":"y"}"#,
    )
    .unwrap();
    let unknown = log.submit(unknown, None).await.unwrap_err();
    assert!(
        matches!(unknown, EngineError::Entry(EntryError::UnknownKey(_))),
        "{unknown:?}"
    );
    let forged = sign_entry(&log_key, ORIGIN, LOG_TIME, 3, r#"{"time":4102444800}"#).unwrap();
    let forged = log.submit(forged, None).await.unwrap_err();
    assert!(matches!(forged, EngineError::Reserved(_)), "{forged:?}");
    assert_eq!(log.size(), 3, "refused acts are not stored");
    assert_eq!(store.size().await.unwrap(), 3);

    // No reads past the end.
    assert!(matches!(log.opened(3).await, Err(EngineError::NotFound(_))));
    let (entry, body, _) = log.opened(2).await.unwrap();
    assert_eq!(entry.kind, "process.define");
    assert!(body.contains("Engine test"));

    // The checkpointer publishes the tree head (no witnesses, quorum 0).
    let mut published = log.watch_published();
    tokio::time::timeout(
        Duration::from_secs(10),
        published.wait_for(|size| *size == 3),
    )
    .await
    .expect("a checkpoint of size 3 within 10 s")
    .unwrap();
    let root = log.with_tree(|t| t.root());
    assert_eq!(log.published().unwrap().checkpoint.root, root);

    // A second engine over the same store replays to the same state.
    let reopened = open(store.clone(), &log_key, clock).await;
    assert_eq!(reopened.size(), 3);
    assert_eq!(reopened.with_tree(|t| t.root()), root);
    assert_eq!(
        reopened.with_authority(|a| a.key(&founder.id()).map(|k| k.last_seq)),
        Some(1)
    );
    assert_eq!(title(&reopened).as_deref(), Some("Engine test"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_engine_refuses_a_store_of_another_log() {
    let dir = tempfile::tempdir().unwrap();
    let log_key = key(ORIGIN, 1);
    let store = new_store(dir.path(), &log_key, &key("founder", 2)).await;
    let other = key("other.test/log", 4);
    let err = Log::open(
        store,
        other,
        vec![],
        0,
        Duration::from_millis(50),
        &Quotas::default(),
        Clock::system(),
    )
    .await
    .err()
    .expect("refused");
    assert!(err.to_string().contains("origin"), "{err}");
}

/// Found by a red-team pass: allowances were per key, so a party could
/// multiply its share by enrolling keys. Every current key of a participant
/// now draws on one allowance, a removed member's key on none; other
/// participants are unaffected.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_participants_keys_share_one_allowance() {
    let dir = tempfile::tempdir().unwrap();
    let log_key = key(ORIGIN, 1);
    let founder = key("founder", 2);
    let (k1, k2, other) = (key("p-one", 5), key("p-two", 6), key("q-one", 7));
    let gone = key("p-gone", 8);
    let store = new_store(dir.path(), &log_key, &founder).await;
    let log = Log::open(
        store,
        log_key.clone(),
        vec![],
        0,
        Duration::from_millis(50),
        &Quotas {
            entries_per_minute: 60,
            ..Quotas::default()
        },
        Clock::system(),
    )
    .await
    .unwrap();
    let mut seq = 0;
    let mut founder_act = |kind: &str, body: serde_json::Value| {
        seq += 1;
        sign_entry(&founder, ORIGIN, kind, seq, &body.to_string()).unwrap()
    };
    let mut setup = vec![
        founder_act(
            "process.define",
            serde_json::json!({"process": "t", "title": "T"}),
        ),
        founder_act(
            "participant.add",
            serde_json::json!({"participant": "p", "kind": "party", "name": "P"}),
        ),
        founder_act(
            "participant.add",
            serde_json::json!({"participant": "q", "kind": "party", "name": "Q"}),
        ),
    ];
    for (m, p, k) in [
        ("p1", "p", &k1),
        ("p2", "p", &k2),
        ("p3", "p", &gone),
        ("q1", "q", &other),
    ] {
        setup.push(founder_act(
            "key.register",
            serde_json::json!({"key": k.verifier().to_string(), "label": m}),
        ));
        setup.push(founder_act(
            "member.add",
            serde_json::json!({"member": m, "participant": p, "name": m,
                "roles": ["delegate"], "key": k.id()}),
        ));
    }
    // A third member of P is removed again (found by a red-team pass: a
    // removed member's old key still paid with its participant's allowance,
    // so it could leave its former colleagues none).
    for bytes in setup {
        log.submit(bytes, None).await.unwrap();
    }
    let (public, opening) = truce_domain::disclosure::seal(
        "member.remove",
        r#"{"member":"p3","reason":"left the delegation"}"#,
        [7; truce_domain::disclosure::SALT_BYTES],
    )
    .unwrap();
    seq += 1;
    let remove = sign_entry(&founder, ORIGIN, "member.remove", seq, &public).unwrap();
    log.submit(remove, opening.map(String::into_bytes))
        .await
        .unwrap();
    let communique = |k: &SignerKey, seq: u64| {
        sign_entry(k, ORIGIN, "communique", seq, r#"{"title":"t","text":"x"}"#).unwrap()
    };
    for _ in 0..100 {
        let e = log.submit(communique(&gone, 1), None).await.unwrap_err();
        assert!(
            matches!(e, EngineError::Domain(DomainError::KeyRetired { .. })),
            "{e:?}"
        );
    }
    // The first key spends the participant's whole burst: the removed
    // member's refusals took nothing of it.
    for seq in 1..=60 {
        log.submit(communique(&k1, seq), None).await.unwrap();
    }
    // The participant's second key finds nothing left…
    let e = log.submit(communique(&k2, 1), None).await.unwrap_err();
    assert!(matches!(e, EngineError::Quota(_)), "{e:?}");
    assert!(
        e.to_string()
            .starts_with("participant p is over its quota of 60 entries per minute"),
        "{e}"
    );
    // …while another participant's key is charged to its own.
    log.submit(communique(&other, 1), None).await.unwrap();
}

/// Found by a red-team pass: an idle log signed nothing new, so its
/// checkpoint's cosignatures aged until a mirror called it stale, and its
/// time trailed the witnesses' until `truce verify` called it behind. An
/// idle log now writes its time every `HEARTBEAT`, and the checkpoint
/// moves on with it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_log_writes_its_time_on_a_heartbeat() {
    let dir = tempfile::tempdir().unwrap();
    let log_key = key(ORIGIN, 1);
    let founder = key("founder", 2);
    let store = new_store(dir.path(), &log_key, &founder).await;
    let clock = Clock::simulated(1_760_000_000);
    let log = open(store, &log_key, clock.clone()).await;
    log.set_heartbeat(Duration::from_millis(500));
    let define = sign_entry(
        &founder,
        ORIGIN,
        "process.define",
        1,
        r#"{"process":"idle","title":"Idle"}"#,
    )
    .unwrap();
    log.submit(define, None).await.unwrap();
    let mut published = log.watch_published();
    published.wait_for(|s| *s == 3).await.unwrap();
    // Nothing happens for longer than the heartbeat.
    clock.advance_to(1_760_000_000 + 700);
    tokio::time::timeout(Duration::from_secs(20), published.wait_for(|s| *s == 4))
        .await
        .expect("a heartbeat within 20 s")
        .unwrap();
    assert_eq!(log.size(), 4, "one log.time entry, nothing else");
    assert_eq!(log.with_authority(|a| a.time()), Some((3, 1_760_000_700)));
    let (entry, _, _) = log.opened(3).await.unwrap();
    assert_eq!(entry.kind, LOG_TIME);
}
