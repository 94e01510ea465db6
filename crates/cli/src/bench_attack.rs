//! `truce bench attack`: honest appends while an attacker on the same
//! machine runs each attack that issue 12 reproduced, one at a time, against
//! a child `truce serve` on the demo's log with its default limits.
//!
//! `public-crowd` is not an attack but a crowd: readers of the public record
//! from another address, as a busy day would bring them.
//!
//! For each attack: the honest clients' throughput and p99 acknowledgement
//! latency as ratios to the same run without an attacker (measured in the
//! same invocation), what the attacker got back, and the server's peak RSS.
//! The attacker's sockets come from 127.0.0.2, as a second machine's would,
//! so the per-address connection cap applies to it and not to the honest
//! clients on 127.0.0.1. Every loop is bounded by the phase's deadline.

use crate::bench::{ChildServer, drive, percentile};
use crate::client::{Client, sealed_submission};
use anyhow::{Context, Result, bail};
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use truce_ledger::note::SignerKey;

/// The attacks, in the order they run.
const ATTACKS: &[(&str, &str)] = &[
    ("none", "no attacker (the baseline)"),
    (
        "slow-headers",
        "600 connections trickling a request head, one byte a second",
    ),
    (
        "big-batch",
        "anonymous 60 MB batch bodies, 4 at a time, sent as fast as the server takes them",
    ),
    (
        "anonymous-blob",
        "anonymous 64 MiB blob uploads, 4 at a time",
    ),
    (
        "unknown-key-blob",
        "acts signed by an unregistered key naming a stored 48 MiB blob, 8 at a time",
    ),
    (
        "entry-flood",
        "a member key appending as fast as it can, 8 at a time (beyond its allowance: 429)",
    ),
    (
        "blob-flood",
        "a member uploading 32 MiB blobs back to back (beyond its allowance: 429)",
    ),
    (
        "huge-diff",
        "a member asking for the word diff of its two 400 KB versions, 4 at a time",
    ),
    (
        "public-crowd",
        "a crowd reading the public record (/api/v1/public), 32 readers from 32 addresses, back to back",
    ),
];

/// Keys each honest client takes turns with.
const KEYS_PER_CLIENT: usize = 8;

/// What the attacker got back: status (or "closed"/"error") → count.
#[derive(Default)]
struct Outcomes(std::sync::Mutex<BTreeMap<String, u64>>);

impl Outcomes {
    fn add(&self, what: impl Into<String>) {
        *self.0.lock().expect("lock").entry(what.into()).or_default() += 1;
    }
    fn summary(&self) -> String {
        let m = self.0.lock().expect("lock");
        if m.is_empty() {
            return "—".into();
        }
        m.iter()
            .map(|(k, v)| format!("{k} ×{v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

struct Phase {
    name: &'static str,
    acks: usize,
    seconds: f64,
    p50: f64,
    p99: f64,
    rss_peak: f64,
    attacker: String,
}

pub async fn attack(
    clients: usize,
    seconds: u64,
    only: Option<String>,
    public_reads_per_second: Option<u64>,
) -> Result<()> {
    if clients == 0 || seconds == 0 {
        bail!("--clients and --seconds must be at least 1");
    }
    if let Some(o) = &only
        && !ATTACKS.iter().any(|(n, _)| n == o)
    {
        bail!(
            "no attack {o:?}; the attacks are {}",
            ATTACKS
                .iter()
                .map(|(n, _)| *n)
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("demo");
    let exe = std::env::current_exe()?;
    let out = std::process::Command::new(&exe)
        .arg("demo")
        .arg("--data")
        .arg(&dir)
        .args(["--listen", "127.0.0.1:0", "--no-wait"])
        .output()?;
    if !out.status.success() {
        bail!(
            "truce demo failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let extra = crate::bench::pace_args(public_reads_per_second);
    let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
    let server = ChildServer::start_with_limits(&dir, &extra)?;
    let url = server.url.clone();
    let addr: SocketAddr = url
        .trim_start_matches("http://")
        .parse()
        .context("the server's address")?;
    let read_key = |name: &str| -> Result<SignerKey> {
        crate::keys::read(&dir.join("keys").join(format!("{name}.key")))
    };
    let founder = read_key("mediator-turkiye")?;
    let attacker = read_key("party-pakistan")?;
    let secretariat = Client::connect(&url, Some(founder)).await?;
    let origin = secretariat.origin.clone();

    // Honest clients: fresh registered keys for every phase, so no phase
    // runs into the per-key allowance that an earlier one spent, and several
    // keys per client (delegations, not one machine), each well inside its
    // allowance of 100 entries a second.
    let honest: Vec<SignerKey> = (0..clients * KEYS_PER_CLIENT * ATTACKS.len())
        .map(|i| crate::keys::generate(&format!("bench-honest-{i}"), false))
        .collect::<Result<_>>()?;
    for k in &honest {
        secretariat
            .act(
                truce_ledger::authority::KEY_REGISTER,
                &serde_json::json!({ "key": k.verifier().to_string(), "may_register": true }),
            )
            .await?;
    }
    let attacker_client = Client::connect(&url, Some(attacker.clone())).await?;
    // The attacker's material: a stored large blob, two large versions.
    let big_blob: Vec<u8> = (0..48 << 20).map(|i: u32| (i % 251) as u8).collect();
    let big_hash = attacker_client.put_blob(big_blob).await?;
    let words = |salt: u64| {
        let mut x = salt;
        (0..60_000)
            .map(|i| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                if i % 2 == 0 {
                    format!("w{}", x >> 40)
                } else {
                    format!("c{i}")
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    for (v, parent, salt) in [("big-a", None, 1), ("big-b", Some("big-a"), 2)] {
        let doc = serde_json::json!({
            "title": { "en": "Long" },
            "languages": [{ "code": "en", "name": "English", "authoritative": true }],
            "articles": [{ "eid": "art_1", "num": "1", "heading": { "en": "Long" },
                "paragraphs": [{ "eid": "art_1__para_1", "num": "1", "status": "proposed", "text": { "en": words(salt) } }] }]
        });
        let hash = attacker_client
            .put_blob(doc.to_string().into_bytes())
            .await?;
        let mut body = serde_json::json!({ "version": v, "draft": "big", "content": hash });
        if let Some(p) = parent {
            body["parent"] = serde_json::json!(p);
        }
        attacker_client
            .act("draft.submit", &body)
            .await
            .with_context(|| format!("the attacker's version {v}"))?;
    }
    let attacker_seq = Arc::new(AtomicU64::new(
        attacker_client
            .last_seq(&attacker.id())
            .await?
            .context("the attacker's key")?,
    ));

    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(clients * 2)
        .build()?;
    let mut phases = Vec::new();
    for (phase, (name, _)) in ATTACKS.iter().enumerate() {
        if only
            .as_deref()
            .is_some_and(|o| o != *name && *name != "none")
        {
            continue;
        }
        // Presign this phase's honest entries: each client takes turns with
        // its keys.
        let per_key = 100 * seconds as usize;
        let keys =
            &honest[phase * clients * KEYS_PER_CLIENT..(phase + 1) * clients * KEYS_PER_CLIENT];
        let origin = origin.as_str();
        let presigned: Vec<Vec<Vec<u8>>> = keys
            .chunks(KEYS_PER_CLIENT)
            .map(|mine| {
                (0..per_key)
                    .flat_map(|s| {
                        mine.iter().map(move |k| {
                            truce_ledger::entry::sign_entry(
                                k,
                                origin,
                                "communique",
                                s as u64 + 1,
                                r#"{"title":"bench","text":"an honest communique"}"#,
                            )
                            .expect("sign")
                        })
                    })
                    .collect()
            })
            .collect();
        let outcomes = Arc::new(Outcomes::default());
        let started = Instant::now();
        let deadline = started + Duration::from_secs(seconds);
        let attack_task = {
            let ctx = AttackCtx {
                addr,
                url: url.clone(),
                origin: origin.to_owned(),
                attacker: attacker.clone(),
                attacker_seq: attacker_seq.clone(),
                big_hash: big_hash.clone(),
                outcomes: outcomes.clone(),
                deadline,
            };
            let name = *name;
            tokio::spawn(async move { run_attack(name, ctx).await })
        };
        // Let the attack take hold before the honest clients start.
        tokio::time::sleep(Duration::from_millis(if *name == "none" {
            0
        } else {
            1_000
        }))
        .await;
        let honest_started = Instant::now();
        let rss = {
            let pid_rss = server.rss_probe();
            tokio::spawn(async move {
                let mut peak: f64 = 0.0;
                while Instant::now() < deadline + Duration::from_secs(1) {
                    peak = peak.max(pid_rss());
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                peak
            })
        };
        let acks = drive(&http, &url, presigned, 1, honest_started, deadline).await?;
        attack_task.await??;
        let rss_peak = rss.await?;
        let mut lat: Vec<f64> = acks.iter().map(|a| (a.1 - a.0) * 1000.0).collect();
        lat.sort_by(f64::total_cmp);
        let elapsed = acks.iter().map(|a| a.1).fold(0.0, f64::max);
        phases.push(Phase {
            name,
            acks: acks.len(),
            seconds: elapsed,
            p50: percentile(&lat, 0.5),
            p99: percentile(&lat, 0.99),
            rss_peak,
            attacker: outcomes.summary(),
        });
    }
    drop(server);
    print_phases(&phases, clients, seconds);
    Ok(())
}

fn print_phases(phases: &[Phase], clients: usize, seconds: u64) {
    let base = phases.iter().find(|p| p.name == "none");
    println!(
        "| attack ({clients} honest clients, {seconds} s each) | honest entries/s | ratio | ack p50 / p99 | p99 ratio | server peak RSS | the attacker got |"
    );
    println!("|---|---|---|---|---|---|---|");
    for p in phases {
        let rate = p.acks as f64 / p.seconds.max(1e-9);
        let (ratio, p99_ratio) = match base {
            Some(b) => (
                rate / (b.acks as f64 / b.seconds.max(1e-9)),
                p.p99 / b.p99.max(1e-9),
            ),
            None => (f64::NAN, f64::NAN),
        };
        let what = ATTACKS
            .iter()
            .find(|(n, _)| *n == p.name)
            .map_or("", |(_, w)| w);
        println!(
            "| `{}`: {what} | {rate:.0} | {ratio:.2} | {:.1} / {:.1} ms | {p99_ratio:.2} | {:.0} MiB | {} |",
            p.name, p.p50, p.p99, p.rss_peak, p.attacker
        );
    }
}

#[derive(Clone)]
struct AttackCtx {
    addr: SocketAddr,
    url: String,
    origin: String,
    attacker: SignerKey,
    attacker_seq: Arc<AtomicU64>,
    big_hash: String,
    outcomes: Arc<Outcomes>,
    deadline: Instant,
}

/// A TCP connection from 127.0.0.2, as another machine's would be.
async fn connect_from_elsewhere(addr: SocketAddr) -> std::io::Result<tokio::net::TcpStream> {
    let s = tokio::net::TcpSocket::new_v4()?;
    s.bind("127.0.0.2:0".parse().expect("address"))?;
    s.connect(addr).await
}

async fn run_attack(name: &str, ctx: AttackCtx) -> Result<()> {
    let workers = match name {
        "none" => return Ok(()),
        "slow-headers" => 600,
        "big-batch" | "anonymous-blob" | "huge-diff" => 4,
        "blob-flood" => 1,
        "public-crowd" => 32,
        _ => 8,
    };
    if name == "public-crowd" {
        let latencies = Arc::new(std::sync::Mutex::new(Vec::<f64>::new()));
        let started = Instant::now();
        // The crowd runs on a thread and runtime of its own, as another
        // program would: it must not take the honest clients' turns on the
        // benchmark's runtime.
        let (ctx2, lat) = (ctx.clone(), latencies.clone());
        let crowd = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime");
            rt.block_on(async move {
                let mut set = tokio::task::JoinSet::new();
                for w in 0..workers {
                    let (ctx, lat) = (ctx2.clone(), lat.clone());
                    // Each reader from an address of its own (127.0.1.1
                    // on), as a crowd's members would be.
                    let http = reqwest::Client::builder()
                        .local_address(Some(std::net::IpAddr::from([127, 0, 1, 1 + w as u8])))
                        .build()
                        .expect("client");
                    set.spawn(async move {
                        while Instant::now() < ctx.deadline {
                            let outcome = public_read(&http, &ctx, &lat).await;
                            ctx.outcomes.add(outcome);
                        }
                    });
                }
                while set.join_next().await.is_some() {}
            });
        });
        tokio::task::spawn_blocking(move || crowd.join())
            .await?
            .map_err(|_| anyhow::anyhow!("the crowd's thread panicked"))?;
        let mut l = latencies.lock().expect("lock").clone();
        l.sort_by(f64::total_cmp);
        ctx.outcomes.add(format!(
            "{:.0} reads/s, p99 {:.1} ms",
            l.len() as f64 / started.elapsed().as_secs_f64(),
            percentile(&l, 0.99)
        ));
        return Ok(());
    }
    let mut tasks = Vec::new();
    for w in 0..workers {
        let ctx = ctx.clone();
        let name = name.to_owned();
        tasks.push(tokio::spawn(async move {
            while Instant::now() < ctx.deadline {
                let outcome = match name.as_str() {
                    "slow-headers" => slow_headers(&ctx).await,
                    "big-batch" => huge_body(&ctx, "/api/v1/entries/batch", 60_000_000, None).await,
                    "anonymous-blob" => huge_body(&ctx, "/api/v1/blobs", 64 << 20, None).await,
                    "unknown-key-blob" => unknown_key_blob(&ctx, w as u64).await,
                    "entry-flood" => entry_flood(&ctx).await,
                    "blob-flood" => blob_flood(&ctx).await,
                    "huge-diff" => huge_diff(&ctx).await,
                    _ => "unknown attack".to_owned(),
                };
                ctx.outcomes.add(outcome);
            }
        }));
    }
    for t in tasks {
        t.await?;
    }
    Ok(())
}

/// An HTTP client whose connections come from 127.0.0.2, as another
/// machine's would (one per runtime that uses it).
fn client_from_elsewhere() -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(Some("127.0.0.2".parse().expect("address")))
        .build()
        .expect("client")
}

/// One read of the public record, as a member of the public on another
/// machine; its latency is kept.
async fn public_read(
    http: &reqwest::Client,
    ctx: &AttackCtx,
    latencies: &std::sync::Mutex<Vec<f64>>,
) -> String {
    let t = Instant::now();
    match http.get(format!("{}/api/v1/public", ctx.url)).send().await {
        Ok(r) => {
            let status = r.status().as_u16();
            // Told to come back later, a reader does (up to the phase's end).
            let retry_after = truce_server::http::pace::asked_to_wait(&r);
            let ok = r.bytes().await.is_ok();
            if status == 200 && ok {
                latencies
                    .lock()
                    .expect("lock")
                    .push(t.elapsed().as_secs_f64() * 1000.0);
            }
            if let Some(wait) = retry_after {
                let until = (Instant::now() + wait).min(ctx.deadline);
                tokio::time::sleep_until(until.into()).await;
            }
            status.to_string()
        }
        Err(_) => {
            tokio::time::sleep(Duration::from_millis(100)).await;
            "error".into()
        }
    }
}

/// Open a connection and trickle a request head, a byte a second, until
/// the server closes it (or the phase ends).
async fn slow_headers(ctx: &AttackCtx) -> String {
    let Ok(mut s) = connect_from_elsewhere(ctx.addr).await else {
        tokio::time::sleep(Duration::from_millis(200)).await;
        return "refused".into();
    };
    let opened = Instant::now();
    let closed = || async move {
        // Turned away at once (over the connection cap): a slowloris waits
        // a moment before it tries again rather than spinning.
        if opened.elapsed() < Duration::from_secs(1) {
            tokio::time::sleep(Duration::from_millis(500)).await;
            "refused at once".to_owned()
        } else {
            "closed by the server".to_owned()
        }
    };
    let head = b"GET /api/v1/log HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    for b in head.iter() {
        if Instant::now() >= ctx.deadline {
            return "held to the end".into();
        }
        if s.write_all(&[*b]).await.is_err() {
            return closed().await;
        }
        let mut buf = [0u8; 256];
        match tokio::time::timeout(Duration::from_secs(1), s.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return closed().await,
            Ok(Ok(n)) => {
                return format!(
                    "answered {}",
                    String::from_utf8_lossy(&buf[..n.min(12)]).trim()
                );
            }
            Err(_) => {}
        }
    }
    "head sent".into()
}

/// A request announcing a `length`-byte body, sent as fast as the server
/// reads it; what the server answered.
async fn huge_body(ctx: &AttackCtx, path: &str, length: usize, auth: Option<&str>) -> String {
    let Ok(mut s) = connect_from_elsewhere(ctx.addr).await else {
        tokio::time::sleep(Duration::from_millis(200)).await;
        return "refused".into();
    };
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nContent-Length: {length}\r\n{}\r\n",
        auth.unwrap_or("")
    );
    if s.write_all(head.as_bytes()).await.is_err() {
        return "closed by the server".into();
    }
    let chunk = vec![b'['; 64 << 10];
    let mut sent = 0;
    let (mut rd, mut wr) = s.into_split();
    let reader = tokio::spawn(async move {
        let mut buf = vec![0u8; 4096];
        let mut got = Vec::new();
        while let Ok(Ok(n)) = tokio::time::timeout(Duration::from_secs(30), rd.read(&mut buf)).await
        {
            if n == 0 {
                break;
            }
            got.extend_from_slice(&buf[..n]);
            if got.windows(4).any(|w| w == b"\r\n\r\n") {
                break;
            }
        }
        got
    });
    while sent < length && Instant::now() < ctx.deadline && !reader.is_finished() {
        let n = chunk.len().min(length - sent);
        if wr.write_all(&chunk[..n]).await.is_err() {
            break;
        }
        sent += n;
    }
    drop(wr);
    let got = reader.await.unwrap_or_default();
    let text = String::from_utf8_lossy(&got);
    match text.split_whitespace().nth(1) {
        Some(code) => format!("{code} after {} MB", sent >> 20),
        None => {
            tokio::time::sleep(Duration::from_millis(100)).await;
            "closed at once".into()
        }
    }
}

async fn unknown_key_blob(ctx: &AttackCtx, worker: u64) -> String {
    static STRANGER: std::sync::OnceLock<SignerKey> = std::sync::OnceLock::new();
    let stranger = STRANGER.get_or_init(|| {
        SignerKey::from_seed("stranger", truce_ledger::note::ALG_ED25519, [9; 32]).expect("key")
    });
    let body = serde_json::json!({
        "content": ctx.big_hash, "media_type": "application/octet-stream",
        "size": 48 << 20, "name": "x.bin", "at": crate::client::now_utc(),
    })
    .to_string();
    let Ok(sub) = sealed_submission(stranger, &ctx.origin, "evidence.submit", 1 + worker, &body)
    else {
        return "could not sign".into();
    };
    post_status(&ctx.url, "/api/v1/entries", sub).await
}

async fn entry_flood(ctx: &AttackCtx) -> String {
    let seq = ctx.attacker_seq.fetch_add(1, Ordering::SeqCst) + 1;
    let Ok(env) = truce_ledger::entry::sign_entry(
        &ctx.attacker,
        &ctx.origin,
        "communique",
        seq,
        r#"{"title":"flood","text":"flood"}"#,
    ) else {
        return "could not sign".into();
    };
    let status = post_status(&ctx.url, "/api/v1/entries", env).await;
    if status == "429" {
        // Beyond its allowance: the sequence number was not used.
        ctx.attacker_seq.fetch_sub(1, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    status
}

async fn blob_flood(ctx: &AttackCtx) -> String {
    static N: AtomicU64 = AtomicU64::new(0);
    let Ok(client) = Client::connect(&ctx.url, Some(ctx.attacker.clone())).await else {
        return "error".into();
    };
    let n = N.fetch_add(1, Ordering::SeqCst);
    let mut blob = vec![0u8; 32 << 20];
    blob[..8].copy_from_slice(&n.to_le_bytes());
    match client.put_blob(blob).await {
        Ok(_) => "201".into(),
        Err(e) if e.to_string().contains("429") => {
            tokio::time::sleep(Duration::from_millis(200)).await;
            "429".into()
        }
        Err(_) => "error".into(),
    }
}

async fn huge_diff(ctx: &AttackCtx) -> String {
    let Ok(client) = Client::connect(&ctx.url, Some(ctx.attacker.clone())).await else {
        return "error".into();
    };
    match client
        .get_text("/api/v1/versions/big-b/diff?against=big-a")
        .await
    {
        Ok(_) => "200".into(),
        Err(e) => {
            let s = e.to_string();
            if s.contains("429") {
                tokio::time::sleep(Duration::from_millis(100)).await;
                "429".into()
            } else {
                "error".into()
            }
        }
    }
}

async fn post_status(url: &str, path: &str, body: Vec<u8>) -> String {
    static HTTP: std::sync::OnceLock<reqwest::Client> = std::sync::OnceLock::new();
    let http = HTTP.get_or_init(client_from_elsewhere);
    match http.post(format!("{url}{path}")).body(body).send().await {
        Ok(r) => r.status().as_u16().to_string(),
        Err(_) => {
            // Turned away at the door: a client backs off before retrying.
            tokio::time::sleep(Duration::from_millis(100)).await;
            "closed at once".into()
        }
    }
}
