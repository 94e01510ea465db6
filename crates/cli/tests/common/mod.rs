//! Helpers for the end-to-end tests: run the real `truce` binary, start
//! `truce serve` / `truce witness` on port 0 and learn their address from
//! the line they print once ready (no sleeping), and small HTTP helpers.
#![allow(dead_code)]

use std::io::BufRead as _;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub fn truce() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_truce"));
    c.env("TRUCE_LOG", "warn")
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE");
    c
}

/// Run `truce args…`, returning its output.
pub fn run(args: &[&str]) -> Output {
    truce().args(args).output().expect("run truce")
}

/// Run and require success; returns stdout.
pub fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "truce {args:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A background `truce` process, killed when dropped.
pub struct Proc {
    pub child: Child,
    pub url: String,
}

impl Proc {
    /// Start `truce args…` and wait for the line announcing `http://ADDR`.
    pub fn start(args: &[&str]) -> Self {
        Self::start_in(None, args)
    }

    /// [`Proc::start`] inside network namespace `ns` (`ip netns exec`).
    pub fn start_in(ns: Option<&str>, args: &[&str]) -> Self {
        let mut command = match ns {
            Some(ns) => {
                let mut c = Command::new("ip");
                c.args(["netns", "exec", ns, env!("CARGO_BIN_EXE_truce")])
                    .env("TRUCE_LOG", "warn");
                c
            }
            None => truce(),
        };
        let mut child = command
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn");
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .unwrap();
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?} from truce {args:?}"))
            .to_owned();
        Self { child, url }
    }

    pub fn kill9(&mut self) {
        let _ = self.child.kill(); // SIGKILL on Unix
        let _ = self.child.wait();
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        self.kill9();
    }
}

/// `truce serve` on a free port. The suites provoke hundreds of refusals
/// from one address on purpose (every refusal, every role against every
/// endpoint, the API fuzzer), so the per-address allowance of refused
/// requests is off unless `extra` sets it; `availability.rs` tests it.
pub fn serve(dir: &Path, extra: &[&str]) -> Proc {
    let mut args = vec![
        "serve",
        "--data",
        dir.to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
        "--checkpoint-ms",
        "50",
    ];
    if !extra.contains(&"--quota-refusals-per-minute") {
        args.extend(["--quota-refusals-per-minute", "0"]);
    }
    if !extra.contains(&"--public-reads-per-second") {
        args.extend(["--public-reads-per-second", "0"]);
    }
    args.extend_from_slice(extra);
    Proc::start(&args)
}

/// `truce init` with a generated founder; returns (log vkey, founder key path).
pub fn init(dir: &Path, origin: &str) -> (String, std::path::PathBuf) {
    let out = run(&[
        "init",
        "--data",
        dir.to_str().unwrap(),
        "--origin",
        origin,
        "--process",
        "test process",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap().trim().to_owned(),
        dir.join("founder.key"),
    )
}

pub fn http() -> reqwest::Client {
    reqwest::Client::new()
}

/// Poll `/checkpoint` until it covers `size` entries (bounded: 20 s).
pub async fn wait_for_checkpoint(url: &str, size: u64, cosignatures: usize) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(r) = http().get(format!("{url}/checkpoint")).send().await
            && r.status().is_success()
        {
            {
                let t = r.text().await.unwrap();
                let s: u64 = t.lines().nth(1).unwrap().parse().unwrap();
                let cosigs = t
                    .lines()
                    .filter(|l| l.starts_with('\u{2014}'))
                    .count()
                    .saturating_sub(1);
                if s >= size && cosigs >= cosignatures {
                    return t;
                }
            }
        }
        assert!(
            Instant::now() < deadline,
            "no checkpoint of size {size} with {cosignatures} cosignatures in time"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

pub async fn post(url: &str, body: Vec<u8>) -> (u16, serde_json::Value) {
    let r = http()
        .post(format!("{url}/api/v1/entries"))
        .body(body)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or_default())
}

pub async fn size(url: &str) -> u64 {
    get_json(&format!("{url}/api/v1/log")).await["size"]
        .as_u64()
        .unwrap()
}

pub async fn get_json(url: &str) -> serde_json::Value {
    http().get(url).send().await.unwrap().json().await.unwrap()
}

/// The base64 hashes of a JSON proof.
pub fn proof_hashes(v: &serde_json::Value) -> Vec<[u8; 32]> {
    use base64::Engine as _;
    v.as_array()
        .unwrap()
        .iter()
        .map(|h| {
            base64::engine::general_purpose::STANDARD
                .decode(h.as_str().unwrap())
                .unwrap()
                .try_into()
                .unwrap()
        })
        .collect()
}

/// A log in a scratch PostgreSQL database, made with `truce keygen` and
/// `truce init --database`.
pub struct PgLog {
    pub url: String,
    pub log_key: std::path::PathBuf,
    /// The content key, kept off the database.
    pub content_key: std::path::PathBuf,
    pub log_vkey: String,
    pub founder: truce_ledger::note::SignerKey,
    _dir: tempfile::TempDir,
}

impl PgLog {
    /// `None` (with a printed skip) when no PostgreSQL server is configured.
    pub async fn create(database: &str, origin: &str) -> Option<Self> {
        let admin = truce_store::postgres::test_server_url()?;
        let url = truce_store::postgres::create_scratch_database(&admin, database)
            .await
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let founder_path = dir.path().join("founder.key");
        let founder_vkey = ok(&[
            "keygen",
            "--name",
            "founder",
            "--out",
            founder_path.to_str().unwrap(),
        ]);
        let log_key = dir.path().join("log.key");
        let content_key = dir.path().join("content.key");
        let log_vkey = ok(&[
            "init",
            "--database",
            &url,
            "--log-key",
            log_key.to_str().unwrap(),
            "--content-key",
            content_key.to_str().unwrap(),
            "--origin",
            origin,
            "--founder",
            founder_vkey.trim(),
        ]);
        let founder = truce_ledger::note::SignerKey::parse(
            std::fs::read_to_string(&founder_path).unwrap().trim(),
        )
        .unwrap();
        Some(Self {
            url,
            log_key,
            content_key,
            log_vkey: log_vkey.trim().to_owned(),
            founder,
            _dir: dir,
        })
    }

    pub fn serve(&self) -> Proc {
        Proc::start(&[
            "serve",
            "--database",
            &self.url,
            "--log-key",
            self.log_key.to_str().unwrap(),
            "--content-key",
            self.content_key.to_str().unwrap(),
            "--listen",
            "127.0.0.1:0",
            "--checkpoint-ms",
            "50",
            // Its load clients poll as the public: no pace to run into.
            "--public-reads-per-second",
            "0",
        ])
    }
}

/// Append communiqués signed by `key` with sequence numbers `seqs`, each
/// acknowledged with 201; the log's size after the last (the sequencer may
/// put its `log.time` before an act, so sizes are read, not counted).
pub async fn append_communiques(
    url: &str,
    key: &truce_ledger::note::SignerKey,
    origin: &str,
    seqs: std::ops::RangeInclusive<u64>,
) -> u64 {
    let mut end = 0;
    for seq in seqs {
        let e = truce_ledger::entry::sign_entry(
            key,
            origin,
            "communique",
            seq,
            r#"{"title":"t","text":"x"}"#,
        )
        .unwrap();
        let (status, v) = post(url, e).await;
        assert_eq!(status, 201, "seq {seq}: {v}");
        end = v["index"].as_u64().expect("index") + 1;
    }
    end
}

/// Sign a read with a member's key file, as `truce_server::auth` expects.
pub async fn read_as(url: &str, key: Option<&std::path::Path>, path: &str) -> (u16, String) {
    let (status, body) = fetch(url, key, path).await;
    (status, String::from_utf8_lossy(&body).into_owned())
}

/// GET `path` as a member (a signed read with its key file) or, without a
/// key, as the public; the status and the body's bytes.
pub async fn fetch(url: &str, key: Option<&std::path::Path>, path: &str) -> (u16, Vec<u8>) {
    let resp = get_response(url, key, path).await;
    let status = resp.status().as_u16();
    (status, resp.bytes().await.unwrap().to_vec())
}

/// GET `path` as a member or the public, with the response's headers.
pub async fn get_response(
    url: &str,
    key: Option<&std::path::Path>,
    path: &str,
) -> reqwest::Response {
    let origin = get_json(&format!("{url}/api/v1/log")).await["origin"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut req = http().get(format!("{url}{path}"));
    if let Some(k) = key {
        let key = truce_ledger::note::SignerKey::parse(std::fs::read_to_string(k).unwrap().trim())
            .unwrap();
        let created = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        let msg = truce_server::auth::read_message(&origin, "GET", path, created);
        req = req
            .header("X-Truce-Key", key.id())
            .header("X-Truce-Created", created.to_string())
            .header("X-Truce-Signature", {
                use base64::Engine as _;
                base64::engine::general_purpose::STANDARD.encode(key.sign_raw(msg.as_bytes()))
            });
    }
    req.send().await.unwrap()
}

pub async fn read_json(url: &str, key: Option<&std::path::Path>, path: &str) -> serde_json::Value {
    let (status, body) = read_as(url, key, path).await;
    assert_eq!(status, 200, "GET {path}: {body}");
    serde_json::from_str(&body).unwrap()
}

/// Run a CLI act; `Err(stderr)` when refused.
pub fn act(args: &[&str]) -> Result<String, String> {
    let out = run(args);
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// A refused act: it fails, names the reason, and the log does not grow.
pub async fn refused(url: &str, args: &[&str], reason: &str) {
    let before = size(url).await;
    let err = act(args).expect_err(&format!("{args:?} should be refused"));
    assert!(
        err.contains(reason),
        "{args:?}: expected {reason:?} in {err}"
    );
    assert!(err.contains("(4"), "{args:?}: not a 4xx refusal: {err}");
    assert_eq!(size(url).await, before, "{args:?} changed the ledger");
}

/// Set up the demo in `dir` (`truce demo --no-wait`); returns what it printed.
pub fn demo_at(dir: &Path) -> String {
    ok(&demo_args(dir, &[]))
}

/// `truce demo` into `dir` on a free port, set up and not served, with
/// `extra` arguments (e.g. `--stage agreement`).
pub fn demo_args<'a>(dir: &'a Path, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "demo",
        "--data",
        dir.to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
        "--no-wait",
    ];
    args.extend_from_slice(extra);
    args
}

/// A data directory's store as the server opens it: its SQLite file under
/// its content key (`content.key`), so openings and blobs read decrypted.
pub async fn open_store(dir: &Path) -> std::sync::Arc<dyn truce_store::LogStore> {
    let sqlite = truce_store::sqlite::SqliteStore::open(&dir.join("truce.db"))
        .await
        .unwrap();
    let key = std::fs::read_to_string(dir.join("content.key")).unwrap();
    let key = truce_store::encrypted::ContentKey::parse(&key).unwrap();
    std::sync::Arc::new(
        truce_store::encrypted::Encrypted::open(std::sync::Arc::new(sqlite), key)
            .await
            .unwrap(),
    )
}

/// A draft document of one article with one clause (`art_1__para_1`).
pub fn document(title: &str, status: &str, text: &str) -> String {
    serde_json::json!({
        "title": {"en": title},
        "languages": [{"code": "en", "authoritative": true}],
        "articles": [{"eid": "art_1", "num": "1", "heading": {"en": title},
            "paragraphs": [{"eid": "art_1__para_1", "status": status, "text": {"en": text}}]}]
    })
    .to_string()
}

/// The statement (`{origin, seq, body}`) inside an entry's DSSE envelope.
pub fn statement(envelope: &serde_json::Value) -> serde_json::Value {
    use base64::Engine as _;
    let payload = base64::engine::general_purpose::STANDARD
        .decode(envelope["payload"].as_str().unwrap())
        .unwrap();
    serde_json::from_slice(&payload).unwrap()
}

/// The demo's data directory (`truce demo --no-wait`) in a temporary
/// directory, with its members' key files.
pub struct Demo {
    _tmp: tempfile::TempDir,
    pub dir: std::path::PathBuf,
}

impl Demo {
    pub fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("demo");
        demo_at(&dir);
        Self { _tmp: tmp, dir }
    }

    /// The verifier keys of the demo's two witnesses (one per mediator).
    pub fn witness_vkeys(&self) -> Vec<String> {
        ["witness-turkiye", "witness-qatar"]
            .iter()
            .map(|w| {
                let k = std::fs::read_to_string(self.dir.join("keys").join(format!("{w}.key")))
                    .unwrap();
                truce_ledger::note::SignerKey::parse(k.trim())
                    .unwrap()
                    .verifier()
                    .to_string()
            })
            .collect()
    }

    /// The key file of a demo member, e.g. `party-pakistan`.
    pub fn key(&self, who: &str) -> String {
        self.dir
            .join("keys")
            .join(format!("{who}.key"))
            .to_str()
            .unwrap()
            .to_owned()
    }
}

/// The index in a CLI act's "… recorded at entry N" line.
pub fn recorded_index(out: &str) -> u64 {
    out.trim()
        .rsplit(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no index in {out:?}"))
}

/// A new log (`truce init`) with one witness in this process, served in
/// this process with that witness at quorum 1: for tests of what the
/// witnesses prove (the log's time, rollbacks, mirrors).
pub struct WitnessedLog {
    pub tmp: tempfile::TempDir,
    pub data: std::path::PathBuf,
    pub origin: String,
    pub log_vkey: String,
    pub log_key: truce_ledger::note::SignerKey,
    pub founder: truce_ledger::note::SignerKey,
    pub witness_key: truce_ledger::note::SignerKey,
    pub witness_url: String,
    witness: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Drop for WitnessedLog {
    fn drop(&mut self) {
        self.witness.abort();
    }
}

impl WitnessedLog {
    pub async fn new(origin: &str) -> Self {
        use truce_ledger::note::{ALG_COSIGNATURE_V1, SignerKey, VerifierKey};
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("log");
        let (log_vkey, founder) = init(&data, origin);
        let witness_key =
            SignerKey::from_seed("witness.example", ALG_COSIGNATURE_V1, [9; 32]).unwrap();
        let w = truce_server::witness::Witness::open(
            witness_key.clone(),
            vec![VerifierKey::parse(&log_vkey).unwrap()],
            &tmp.path().join("witness"),
        )
        .unwrap();
        let (waddr, witness) = truce_server::start_witness(w, "127.0.0.1:0".parse().unwrap())
            .await
            .unwrap();
        let read = |p: &Path| SignerKey::parse(std::fs::read_to_string(p).unwrap().trim()).unwrap();
        Self {
            log_key: read(&data.join("log.key")),
            founder: read(&founder),
            data,
            tmp,
            origin: origin.to_owned(),
            log_vkey,
            witness_key,
            witness_url: format!("http://{waddr}"),
            witness,
        }
    }

    /// The witness's verifier key, as the command line takes it.
    pub fn witness_vkey(&self) -> String {
        self.witness_key.verifier().to_string()
    }

    /// Serve the log in `dir` (the log's own or a copy) on `listen`.
    pub async fn serve(
        &self,
        dir: &Path,
        listen: std::net::SocketAddr,
        clock: Option<truce_server::clock::Clock>,
    ) -> truce_server::RunningServer {
        truce_server::start(
            open_store(dir).await,
            self.log_key.clone(),
            self.config(listen, clock),
        )
        .await
        .unwrap()
    }

    /// How the tests serve this log: its witness at quorum 1, no allowances.
    pub fn config(
        &self,
        listen: std::net::SocketAddr,
        clock: Option<truce_server::clock::Clock>,
    ) -> truce_server::ServerConfig {
        let mut config = truce_server::ServerConfig::new(listen);
        config.witnesses = vec![truce_server::WitnessPeer {
            key: self.witness_key.verifier(),
            url: self.witness_url.clone(),
        }];
        config.quorum = 1;
        // The tests append in bursts: no allowance to run into.
        config.quotas = truce_server::quota::Quotas {
            entries_per_minute: 0,
            blob_bytes_per_hour: 0,
            refusals_per_minute: 0,
            public_reads_per_second: 0,
        };
        if let Some(c) = clock {
            config.clock = c;
        }
        config
    }

    /// The founder's act `seq`, appended; returns the log's size once the
    /// witness has cosigned it (bounded: 20 s).
    pub async fn act(
        &self,
        server: &truce_server::RunningServer,
        seq: u64,
        kind: &str,
        body: &str,
    ) -> u64 {
        append_published(server, &self.founder, &self.origin, seq, kind, body).await
    }

    /// The founder's communiqués `from..=to`, appended one after another
    /// (each waits for its commit, not for a checkpoint).
    pub async fn bulk(&self, server: &truce_server::RunningServer, from: u64, to: u64) {
        for seq in from..=to {
            let bytes = truce_ledger::entry::sign_entry(
                &self.founder,
                &self.origin,
                "communique",
                seq,
                &format!(r#"{{"title":"n{seq}","text":"bulk"}}"#),
            )
            .unwrap();
            server.log.submit(bytes, None).await.unwrap();
        }
    }

    /// Stop a server and let its store settle.
    pub async fn stop(&self, server: truce_server::RunningServer) {
        server.task.abort();
        // Once the aborted task has ended its listener is closed, so the
        // address can be served again at once.
        let _ = server.task.await;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }

    /// A copy of the log's directory as it is now (a backup).
    pub fn backup(&self, name: &str) -> std::path::PathBuf {
        let to = self.tmp.path().join(name);
        copy_dir(&self.data, &to);
        to
    }
}

/// `key`'s act `seq`, appended to a server in this process; returns the
/// log's size once a checkpoint covers it (bounded: 20 s).
pub async fn append_published(
    server: &truce_server::RunningServer,
    key: &truce_ledger::note::SignerKey,
    origin: &str,
    seq: u64,
    kind: &str,
    body: &str,
) -> u64 {
    let bytes = truce_ledger::entry::sign_entry(key, origin, kind, seq, body).unwrap();
    server.log.submit(bytes, None).await.unwrap();
    let size = server.log.size();
    let mut published = server.log.watch_published();
    tokio::time::timeout(Duration::from_secs(20), published.wait_for(|s| *s == size))
        .await
        .expect("a checkpoint covered it within 20 s")
        .unwrap();
    size
}

/// `truce verify --url` of a log (or a mirror's replica) with one witness:
/// it must say that `size` entries verified.
pub fn verify_url_ok(url: &str, log_vkey: &str, witness_vkey: &str, size: u64) {
    let out = ok(&[
        "verify",
        "--url",
        url,
        "--log-key",
        log_vkey,
        "--witness",
        witness_vkey,
    ]);
    assert!(
        out.contains(&format!("ok: {size} entries verified")),
        "{out}"
    );
}

/// Wait (at most `secs`) until one of `mirrors` lists a fork or an
/// inconsistent tree among its evidence; fetch it into `dir` and check it
/// with `truce verify-evidence` (extra args: witnesses). Returns the
/// mirror, the evidence id and what `verify-evidence` said.
pub async fn split_view_evidence(
    mirrors: &[&str],
    secs: u64,
    dir: &Path,
    log_vkey: &str,
    extra: &[&str],
) -> (String, String, String) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        for m in mirrors {
            let list = match http().get(format!("{m}/evidence")).send().await {
                Ok(r) => r.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if let Some(id) = list
                .lines()
                .find(|l| l.starts_with("fork-") || l.starts_with("inconsistent-"))
            {
                let body = http()
                    .get(format!("{m}/evidence/{id}"))
                    .send()
                    .await
                    .unwrap()
                    .text()
                    .await
                    .unwrap();
                let file = dir.join(format!("{id}.json"));
                std::fs::write(&file, &body).unwrap();
                let mut args = vec!["verify-evidence", "--log-key", log_vkey];
                args.extend_from_slice(extra);
                args.push(file.to_str().unwrap());
                return (m.to_string(), id.to_owned(), ok(&args));
            }
        }
        assert!(
            Instant::now() < deadline,
            "waited {secs} s for a mirror to catch the split view"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// GET `url`: its status and body (status 0 when nothing answers within 5 s).
pub async fn text(url: &str) -> (u16, String) {
    match http().get(url).timeout(Duration::from_secs(5)).send().await {
        Ok(r) => (r.status().as_u16(), r.text().await.unwrap_or_default()),
        Err(_) => (0, String::new()),
    }
}

/// Poll until `f` holds (bounded: `secs`).
pub async fn until(what: &str, secs: u64, mut f: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !f().await {
        assert!(Instant::now() < deadline, "waited {secs} s for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A free port on the loopback interface.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A copy of the files of directory `from` (a data directory) in `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for f in std::fs::read_dir(from).unwrap() {
        let f = f.unwrap();
        if f.file_type().unwrap().is_file() {
            std::fs::copy(f.path(), to.join(f.file_name())).unwrap();
        }
    }
}

/// The demo's joint verification team, as `truce case open` arguments.
pub const DEMO_TEAM: &[&str] = &[
    "--team",
    "tr-secretariat",
    "--team",
    "qa-secretariat",
    "--team",
    "pk-head",
    "--team",
    "af-head",
];

/// A signed request with a member's key file and a JSON body, as
/// `truce_server::auth` expects; the status and the body.
pub async fn send_as(url: &str, key: &Path, method: &str, path: &str, body: &str) -> (u16, String) {
    let origin = get_json(&format!("{url}/api/v1/log")).await["origin"]
        .as_str()
        .unwrap()
        .to_owned();
    let key =
        truce_ledger::note::SignerKey::parse(std::fs::read_to_string(key).unwrap().trim()).unwrap();
    let created = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let msg = truce_server::auth::read_message(&origin, method, path, created);
    use base64::Engine as _;
    let resp = http()
        .request(method.parse().unwrap(), format!("{url}{path}"))
        .header("X-Truce-Key", key.id())
        .header("X-Truce-Created", created.to_string())
        .header(
            "X-Truce-Signature",
            base64::engine::general_purpose::STANDARD.encode(key.sign_raw(msg.as_bytes())),
        )
        .header("Content-Type", "application/json")
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.text().await.unwrap())
}

/// Every byte string reachable by decoding `bytes`: itself, and recursively
/// every run of 16+ base64 characters in it decoded (standard or URL-safe),
/// and of a PDF its text (`pdftotext`) and attached files (`pdfdetach`).
pub fn decodings(bytes: &[u8], depth: usize, out: &mut Vec<Vec<u8>>) {
    use base64::Engine as _;
    out.push(bytes.to_vec());
    if depth == 0 {
        return;
    }
    // A PDF's pages are compressed: search their text and its attachments.
    if bytes.starts_with(b"%PDF-") {
        let (text, attached) = pdf_contents(bytes);
        out.push(text.into_bytes());
        for a in attached {
            decodings(&a, depth - 1, out);
        }
    }
    let is_b64 = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_');
    let mut i = 0;
    while i < bytes.len() {
        if !is_b64(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_b64(bytes[i]) {
            i += 1;
        }
        let run = &bytes[start..i];
        if run.len() >= 16 {
            for engine in [
                &base64::engine::general_purpose::STANDARD,
                &base64::engine::general_purpose::URL_SAFE,
                &base64::engine::general_purpose::STANDARD_NO_PAD,
            ] {
                if let Ok(d) = engine.decode(run) {
                    decodings(&d, depth - 1, out);
                    break;
                }
            }
        }
    }
}

/// Check a GeoJSON file with `@placemarkio/check-geojson` (RFC 7946, from
/// the web packages); answers its number of features.
pub fn check_geojson(path: &Path) -> usize {
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web");
    let out = std::process::Command::new("node")
        .current_dir(&web)
        .args([
            "-e",
            "const {check} = require('@placemarkio/check-geojson'); const fc = check(require('fs').readFileSync(process.argv[1], 'utf8')); console.log(fc.features.length);",
            path.to_str().unwrap(),
        ])
        .output()
        .expect("node runs (installed with the web assets)");
    assert!(
        out.status.success(),
        "check-geojson refused {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or(0)
}

/// A PDF's text, as `pdftotext` extracts it, and its attached files, as
/// `pdfdetach` saves them (poppler-utils: tools independent of Truce).
pub fn pdf_contents(pdf: &[u8]) -> (String, Vec<Vec<u8>>) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.pdf");
    std::fs::write(&file, pdf).unwrap();
    let text = std::process::Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(text.status.success(), "pdftotext: {text:?}");
    let out = dir.path().join("attached");
    std::fs::create_dir(&out).unwrap();
    let saved = std::process::Command::new("pdfdetach")
        .arg("-saveall")
        .arg("-o")
        .arg(&out)
        .arg(&file)
        .output()
        .expect("pdfdetach (poppler-utils) runs");
    assert!(saved.status.success(), "pdfdetach: {saved:?}");
    let attached = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    (String::from_utf8_lossy(&text.stdout).into_owned(), attached)
}
