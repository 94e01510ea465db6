//! Members watch too: the browser's log watch and a party's `truce watch`
//! against an operator that serves, on one address, copies of its log that
//! went different ways after a backup. A real headless Chromium with one
//! persistent profile visits the log three times (`web/tests/watch.mjs`):
//! it remembers the checkpoint, checks that a larger one extends it, and
//! raises the alarm on a fork, with evidence `truce verify-evidence`
//! proves offline. `truce watch` does the same from the command line, and
//! also catches a rollback and a rewritten history that the log's own
//! consistency proof gives away.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::time::Duration;
use truce_ledger::note::SignerKey;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One visit; panics unless the page said what `expect` names.
fn visit(
    url: &str,
    profile: &Path,
    expect: &str,
    out: &Path,
    shot: &Path,
    chromium: &str,
) -> String {
    let run = std::process::Command::new("node")
        .arg(repo().join("web/tests/watch.mjs"))
        .current_dir(repo().join("web"))
        .env("TRUCE_URL", url)
        .env("PROFILE", profile)
        .env("EXPECT", expect)
        .env("OUT", out)
        .env("SHOT", shot)
        .env("CHROMIUM", chromium)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&run.stdout).into_owned();
    assert!(
        run.status.success() && stdout.contains("watch step passed"),
        "the {expect} visit failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    stdout
}

/// A log and its backup, served in turn on one address.
struct Operator {
    tmp: tempfile::TempDir,
    data: PathBuf,
    origin: &'static str,
    log_vkey: String,
    log_key: SignerKey,
    founder: SignerKey,
    listen: std::net::SocketAddr,
}

impl Operator {
    fn new(origin: &'static str) -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("log");
        let (log_vkey, founder) = init(&data, origin);
        let read = |p: &Path| SignerKey::parse(std::fs::read_to_string(p).unwrap().trim()).unwrap();
        let listen = format!("127.0.0.1:{}", free_port()).parse().unwrap();
        Self {
            log_key: read(&data.join("log.key")),
            founder: read(&founder),
            tmp,
            data,
            origin,
            log_vkey,
            listen,
        }
    }

    /// `truce verify-evidence` proves the evidence file at `path`.
    fn proven(&self, path: &Path) {
        let out = ok(&[
            "verify-evidence",
            "--log-key",
            &self.log_vkey,
            path.to_str().unwrap(),
        ]);
        assert!(out.contains("proven"), "{out}");
    }

    fn url(&self) -> String {
        format!("http://{}", self.listen)
    }

    async fn serve(&self, dir: &Path) -> truce_server::RunningServer {
        let mut config = truce_server::ServerConfig::new(self.listen);
        config.quotas.refusals_per_minute = 0;
        truce_server::start(open_store(dir).await, self.log_key.clone(), config)
            .await
            .unwrap()
    }

    async fn stop(&self, server: truce_server::RunningServer) {
        server.task.abort();
        let _ = server.task.await;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }

    /// Serve `dir`, append the founder's communiqués `seqs` to it, stop.
    async fn append(&self, dir: &Path, seqs: std::ops::RangeInclusive<u64>, text: &str) {
        let s = self.serve(dir).await;
        for seq in seqs {
            let body = format!(r#"{{"title":"n{seq}","text":"{text}"}}"#);
            append_published(&s, &self.founder, self.origin, seq, "communique", &body).await;
        }
        self.stop(s).await;
    }

    /// The log with its process defined, and a backup of it.
    async fn with_backup(&self) -> PathBuf {
        let s = self.serve(&self.data).await;
        append_published(
            &s,
            &self.founder,
            self.origin,
            1,
            "process.define",
            r#"{"process":"w","title":"Watched"}"#,
        )
        .await;
        self.stop(s).await;
        let other = self.tmp.path().join("other");
        copy_dir(&self.data, &other);
        other
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_partys_light_monitor_catches_a_rollback_and_a_rewritten_history() {
    let op = Operator::new("t.example/cli-watched");
    let backup = op.with_backup().await;
    let data = op.tmp.path().join("watcher");
    let url = op.url();
    let watch = |expect_ok: bool| {
        let out = run(&[
            "watch",
            "--url",
            &url,
            "--log-key",
            &op.log_vkey,
            "--data",
            data.to_str().unwrap(),
        ]);
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.status.success(), expect_ok, "{said}");
        said
    };
    let s = op.serve(&op.data).await;
    assert!(watch(true).contains("first look"));
    assert!(watch(true).contains("as seen before"));
    op.stop(s).await;
    op.append(&op.data, 2..=3, "to all").await;
    let s = op.serve(&op.data).await;
    let said = watch(true);
    assert!(said.contains("extends size"), "{said}");
    op.stop(s).await;

    // The backup, served as the log: a rollback.
    let s = op.serve(&backup).await;
    let said = watch(false);
    assert!(said.contains("ALARM rollback"), "{said}");
    op.stop(s).await;
    // The backup grown another way, larger than what was seen: the log's
    // own consistency proof binds another root at the size remembered.
    op.append(&backup, 2..=6, "to one").await;
    let s = op.serve(&backup).await;
    let said = watch(false);
    assert!(said.contains("ALARM inconsistent"), "{said}");
    op.stop(s).await;
    let file = std::fs::read_dir(data.join("evidence"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("inconsistent-")
        })
        .expect("the evidence file");
    op.proven(&file);
    // What it remembers is still the honest checkpoint.
    let kept = std::fs::read_to_string(data.join("checkpoint")).unwrap();
    assert_eq!(kept.lines().nth(1), Some("5"), "{kept}");
}

/// Chromium's path, or `None` (and why) when the browser tests cannot run.
fn chromium() -> Option<String> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if Path::new(&chromium).exists() && repo().join("web/node_modules/playwright-core").exists() {
        return Some(chromium);
    }
    assert!(
        std::env::var("TRUCE_REQUIRE_BROWSER").as_deref() != Ok("1"),
        "TRUCE_REQUIRE_BROWSER=1 but chromium or playwright-core is missing"
    );
    eprintln!("skipping: no chromium or playwright-core");
    None
}

/// Found by review: the browser took the witnesses and the quorum from the
/// log on every look, so a log could drop its witnesses (quorum 0) and be
/// believed. The ones first seen are kept; a lower quorum is an alarm.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_browser_holds_the_log_to_the_witnesses_it_first_saw() {
    let Some(chromium) = chromium() else { return };
    let w = WitnessedLog::new("t.example/witnessed-watch").await;
    let listen: std::net::SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
    let url = format!("http://{listen}");
    let profile = w.tmp.path().join("profile");
    let out = w.tmp.path().join("none.json");
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("web-watch");
    std::fs::create_dir_all(&shots).unwrap();
    let server = w.serve(&w.data, listen, None).await;
    w.act(
        &server,
        1,
        "process.define",
        r#"{"process":"q","title":"Quorum"}"#,
    )
    .await;
    visit(
        &url,
        &profile,
        "first",
        &out,
        &shots.join("quorum-first.png"),
        &chromium,
    );
    w.stop(server).await;
    // The same log served asking for no cosignature at all (quorum 0): the
    // old watch believed the log's new policy and counted none.
    let mut config = w.config(listen, None);
    config.quorum = 0;
    let server = truce_server::start(open_store(&w.data).await, w.log_key.clone(), config)
        .await
        .unwrap();
    w.act(
        &server,
        2,
        "communique",
        r#"{"title":"Unwitnessed","text":"x"}"#,
    )
    .await;
    let said = visit(
        &url,
        &profile,
        "alarm",
        &out,
        &shots.join("quorum-alarm.png"),
        &chromium,
    );
    assert!(said.contains("ALARM (keys changed)"), "{said}");
    assert!(said.contains("quorum of 0 instead of 1"), "{said}");
    w.stop(server).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_browser_catches_a_log_that_shows_it_two_histories() {
    let Some(chromium) = chromium() else { return };
    let op = Operator::new("t.example/watched");
    let url = op.url();
    let profile = op.tmp.path().join("profile");
    let evidence = op.tmp.path().join("evidence.json");
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("web-watch");
    std::fs::create_dir_all(&shots).unwrap();
    let backup = op.with_backup().await;

    let a = op.serve(&op.data).await;
    visit(
        &url,
        &profile,
        "first",
        &evidence,
        &shots.join("first.png"),
        &chromium,
    );
    op.stop(a).await;
    op.append(&op.data, 2..=2, "to all").await;
    let a = op.serve(&op.data).await;
    visit(
        &url,
        &profile,
        "extends",
        &evidence,
        &shots.join("extends.png"),
        &chromium,
    );
    // A second reader, who first comes now.
    let profile2 = op.tmp.path().join("profile2");
    visit(
        &url,
        &profile2,
        "first",
        &evidence,
        &shots.join("first2.png"),
        &chromium,
    );
    op.stop(a).await;

    // The other history, the same size, on the same address.
    op.append(&backup, 2..=2, "to one").await;
    let b = op.serve(&backup).await;
    let said = visit(
        &url,
        &profile,
        "alarm",
        &evidence,
        &shots.join("alarm.png"),
        &chromium,
    );
    assert!(said.contains("ALARM (fork)"), "{said}");
    op.proven(&evidence);
    op.stop(b).await;
    // The other history grown past it: the log's own consistency proof
    // binds another root at the size the second reader saw.
    op.append(&backup, 3..=4, "to one").await;
    let b = op.serve(&backup).await;
    let said = visit(
        &url,
        &profile2,
        "alarm",
        &evidence,
        &shots.join("alarm2.png"),
        &chromium,
    );
    assert!(said.contains("ALARM (inconsistent history)"), "{said}");
    op.proven(&evidence);
    op.stop(b).await;
}
