//! The log's own time: every deadline is judged against `log.time`, the
//! sequencer's clock written into the log, never against the time a signer
//! claims. These scenarios fold the demo's real log up to a point, then
//! move the log's clock as the sequencer would and take the next act with a
//! claimed time that lies.

mod common;

use common::*;
use serde_json::{Value, json};
use truce_domain::{Act, DomainError, ProcessState};
use truce_ledger::entry::Entry;
use truce_ledger::note::SignerKey;

/// The demo's state just before the first entry of `kind` whose opened body
/// contains `needle`, with what it takes to go on folding.
struct Fold {
    state: ProcessState,
    index: u64,
    log_key: String,
}

impl Fold {
    async fn before(demo: &Demo, kind: &str, needle: &str) -> Self {
        let store = open_store(&demo.dir).await;
        let log_key = SignerKey::parse(
            std::fs::read_to_string(demo.dir.join("log.key"))
                .unwrap()
                .trim(),
        )
        .unwrap();
        let size = store.size().await.unwrap();
        let openings: std::collections::HashMap<u64, Vec<u8>> =
            store.openings(0, size).await.unwrap().into_iter().collect();
        let at = store
            .entries(0, size)
            .await
            .unwrap()
            .into_iter()
            .find(|e| {
                let entry = Entry::parse(&e.bytes).unwrap();
                entry.kind == kind
                    && truce_server::engine::open_stored(
                        &entry,
                        openings.get(&e.index).map(Vec::as_slice),
                    )
                    .unwrap()
                    .contains(needle)
            })
            .unwrap_or_else(|| panic!("the demo has no {kind} with {needle}"))
            .index;
        let (_, _, state) = truce_server::engine::replay(store.as_ref(), log_key.verifier(), at)
            .await
            .unwrap();
        Self {
            state,
            index: at,
            log_key: log_key.id(),
        }
    }

    /// The sequencer's `log.time`.
    fn tick(&mut self, unix: i64) {
        let signer = self.log_key.clone();
        self.step(&signer, "log.time", json!({ "time": unix }))
            .unwrap();
    }

    fn step(&mut self, signer: &str, kind: &str, body: Value) -> Result<(), DomainError> {
        let act = Act {
            index: self.index,
            signer,
            registrar: false,
        };
        self.state.step(&act, kind, &body.to_string(), None)?;
        self.index += 1;
        Ok(())
    }
}

fn unix(at: &str) -> i64 {
    truce_domain::export::unix_from_utc(at).unwrap()
}

fn key_id(demo: &Demo, who: &str) -> String {
    SignerKey::parse(std::fs::read_to_string(demo.key(who)).unwrap().trim())
        .unwrap()
        .id()
}

#[tokio::test]
async fn a_backdated_reply_is_late_by_the_logs_time() {
    let demo = Demo::new();
    let pk = key_id(&demo, "party-pakistan");
    let mut f = Fold::before(&demo, "case.reply", "case-khost").await;
    let due = f.state.monitor.cases["case-khost"].reply_due.clone();
    assert_eq!(
        due, "2025-11-14T13:00:00Z",
        "72 hours from the case's opening"
    );
    // The reply arrives a day after it was due, claiming to be on time.
    f.tick(unix("2025-11-15T13:00:00Z"));
    f.step(
        &pk,
        "case.reply",
        json!({ "case": "case-khost", "statement": "On time, we say.", "at": "2025-11-13T12:00:00Z" }),
    )
    .unwrap();
    let reply = f.state.monitor.cases["case-khost"]
        .replies
        .last()
        .unwrap()
        .clone();
    assert!(reply.late, "{reply:?}");
    assert_eq!(
        reply.at, "2025-11-15T13:00:00Z",
        "dated by the log: {reply:?}"
    );
}

#[tokio::test]
async fn the_appeal_period_runs_out_on_the_logs_time() {
    let demo = Demo::new();
    let af = key_id(&demo, "party-afghanistan");
    let appeal = |at: &str| json!({ "penalty": "pen-chaman", "grounds": "We appeal.", "at": at });
    // Imposed 13 November with 14 days to appeal: on the 28th it is too late,
    // whatever the appeal claims.
    let mut f = Fold::before(&demo, "penalty.appeal", "pen-chaman").await;
    f.tick(unix("2025-11-28T10:00:01Z"));
    let err = f
        .step(&af, "penalty.appeal", appeal("2025-11-16T12:00:00Z"))
        .unwrap_err();
    assert!(err.to_string().contains("appeal period ended"), "{err}");
    // On the 20th it is on time, even when the appeal claims the year 2099:
    // a claim decides nothing and blocks nobody after it.
    let mut f = Fold::before(&demo, "penalty.appeal", "pen-chaman").await;
    f.tick(unix("2025-11-20T10:00:00Z"));
    f.step(&af, "penalty.appeal", appeal("2099-12-31T00:00:00Z"))
        .unwrap();
    let qa = key_id(&demo, "mediator-qatar");
    f.tick(unix("2025-11-21T10:00:00Z"));
    f.step(
        &qa,
        "appeal.decide",
        json!({ "penalty": "pen-chaman", "decision": "upheld", "reason": "The notice stands.", "at": "2025-11-21T10:00:00Z" }),
    )
    .unwrap();
}

#[tokio::test]
async fn the_logs_clock_only_moves_forward_and_a_log_from_before_it_keeps_its_claims() {
    let demo = Demo::new();
    let af = key_id(&demo, "party-afghanistan");
    let mut f = Fold::before(&demo, "penalty.appeal", "pen-chaman").await;
    let (_, now) = f.state.clock.unwrap();
    let signer = f.log_key.clone();
    let err = f
        .step(&signer, "log.time", json!({ "time": now - 1 }))
        .unwrap_err();
    assert!(err.to_string().contains("not later"), "{err}");
    // A log written before the log kept its time has only its signers'
    // claims: they are what it is replayed with (the sequencer now writes a
    // log.time before every act, so a new log never comes here).
    f.state.clock = None;
    let err = f
        .step(
            &af,
            "penalty.appeal",
            json!({ "penalty": "pen-chaman", "grounds": "x", "at": "2025-12-20T12:00:00Z" }),
        )
        .unwrap_err();
    assert!(err.to_string().contains("appeal period ended"), "{err}");
    f.step(
        &af,
        "penalty.appeal",
        json!({ "penalty": "pen-chaman", "grounds": "x", "at": "2025-11-16T12:00:00Z" }),
    )
    .unwrap();
}

/// The witnesses bound the log's time from both sides: a log whose clock
/// runs ahead of its witnesses', or trails them by more than a day (to make
/// late acts look timely), fails `truce verify`; one in step passes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_bounds_the_logs_time_by_its_witnesses_from_both_sides() {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    for (offset, says) in [
        (
            -3 * 86_400_i64,
            "by more than 24 h: the log's clock was behind",
        ),
        (3 * 86_400, "the log dated entries ahead of its witnesses"),
        (-600, ""),
    ] {
        let w = WitnessedLog::new(&format!("t.example/clock{}", offset.abs())).await;
        let clock = truce_server::clock::Clock::simulated((now + offset) as u64);
        let server = w
            .serve(&w.data, "127.0.0.1:0".parse().unwrap(), Some(clock))
            .await;
        w.act(
            &server,
            1,
            "process.define",
            r#"{"process":"clock","title":"Clock"}"#,
        )
        .await;
        w.stop(server).await;
        let out = run(&[
            "verify",
            "--data",
            w.data.to_str().unwrap(),
            "--witness",
            &w.witness_vkey(),
        ]);
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        if says.is_empty() {
            assert!(out.status.success(), "{stderr}");
            assert!(stdout.contains("trails the first by 6"), "{stdout}");
        } else {
            assert!(!out.status.success(), "offset {offset}: {stdout}");
            assert!(stderr.contains(says), "offset {offset}: {stderr}");
        }
    }
}
