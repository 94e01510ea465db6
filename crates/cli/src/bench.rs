//! `truce bench`: measured figures for BENCHMARKS.md, each printed as
//! Markdown with the machine it ran on.
//!
//! - `ed25519`: the machine's raw strict single-verify and batch-verify rates,
//!   on one core and on all cores — the physical limit of a log that checks
//!   every signature.
//! - `append`: a real `truce serve` child process under many concurrent HTTP
//!   clients (pre-signed entries); entries/s, ack latency and time from
//!   submission to inclusion in a published checkpoint.
//! - `log`: builds an N-entry log, audits it with `truce verify`'s code,
//!   then serves it from a child `truce serve` and measures inclusion-proof
//!   latency and the server's resident memory.

use crate::{datadir, keys, verify};
use anyhow::{Context, Result, bail};
use clap::Subcommand;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use rayon::prelude::*;
use std::io::BufRead as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use truce_ledger::authority::KEY_REGISTER;
use truce_ledger::checkpoint::Checkpoint;
use truce_ledger::entry::sign_entry;
use truce_ledger::merkle::{RootBuilder, leaf_hash};
use truce_ledger::note::SignerKey;
use truce_store::{LogStore, NewEntry};

#[derive(Subcommand)]
pub enum Which {
    /// Raw Ed25519 verification rates.
    Ed25519 {
        #[arg(long, default_value_t = 200_000)]
        signatures: usize,
    },
    /// Sustained appends over HTTP.
    Append {
        #[arg(long, default_value_t = 64)]
        clients: usize,
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        /// Entries per request (1 = one envelope per POST; more uses the batch endpoint).
        #[arg(long, default_value_t = 1)]
        per_request: usize,
    },
    /// Build, audit and serve an N-entry log.
    Log {
        #[arg(long, default_value_t = 1_000_000)]
        entries: u64,
        #[arg(long, default_value_t = 20_000)]
        proof_requests: usize,
        /// Keep the built log here (default: a temporary directory).
        #[arg(long)]
        data: Option<std::path::PathBuf>,
    },
    /// The monitoring mechanism: ACLED import, compliance over a large
    /// ledger, map queries over many incidents.
    Monitoring {
        #[arg(long, default_value_t = 1_000_000)]
        incidents: usize,
        #[arg(long, default_value_t = 1_000_000)]
        entries: usize,
        #[arg(long, default_value_t = 2_000)]
        queries: usize,
    },
    /// What sealing confidential acts costs: per entry in process, appends
    /// of public and of sealed acts over HTTP, bytes per entry on the demo's log.
    Disclosure {
        #[arg(long, default_value_t = 32)]
        clients: usize,
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        /// Entries for the per-entry measurement.
        #[arg(long, default_value_t = 50_000)]
        entries: usize,
    },
    /// Honest appends while an attacker runs each attack of issue 12 in
    /// turn (slow headers, huge anonymous bodies, an unknown key naming a
    /// large blob, a member's floods and huge diffs), against the default
    /// limits; ratios to the run without an attacker.
    Attack {
        #[arg(long, default_value_t = 8)]
        clients: usize,
        #[arg(long, default_value_t = 8)]
        seconds: u64,
        /// Run only this attack (and the baseline).
        #[arg(long)]
        only: Option<String>,
        /// The server's allowance of public reads a second (its default
        /// unless given; 0: no limit), to weigh the crowd against appends.
        #[arg(long)]
        public_reads_per_second: Option<u64>,
    },
    /// `truce mirror`: catch-up from zero over loopback against a served
    /// N-entry log, as a ratio to `truce verify --url` of the same log in
    /// the same run; then the mirror's lag behind a log taking appends.
    Mirror {
        #[arg(long, default_value_t = 100_000)]
        entries: u64,
        /// Seconds of appends for the lag measurement.
        #[arg(long, default_value_t = 20)]
        seconds: u64,
        /// The log's allowance of public reads a second (its default unless
        /// given; 0: no limit): the mirror and `verify --url` read as the public.
        #[arg(long)]
        public_reads_per_second: Option<u64>,
    },
    /// Reports: a month's commission report over N imported incidents, as
    /// JSON (with every entry's proof), HTML, CSV, GeoJSON and PDF: seconds
    /// per report and the server's peak memory.
    Report {
        #[arg(long, default_value_t = 100_000)]
        incidents: usize,
        /// Reports of each format.
        #[arg(long, default_value_t = 3)]
        loads: usize,
    },
    /// The web UI: first load of each main page in headless Chromium, with
    /// the demo alone and with N imported incidents, and the map's redraw
    /// after pans and zooms. Needs `chromium` and `web/node_modules`.
    Web {
        /// Incidents to import for the second run (0 for the demo alone).
        #[arg(long, default_value_t = 100_000)]
        incidents: usize,
        /// Loads of each page.
        #[arg(long, default_value_t = 5)]
        loads: usize,
        /// The repository's web/ directory (for bench/pages.mjs and playwright-core).
        #[arg(long, default_value = "web")]
        web: std::path::PathBuf,
        /// The interface languages to load each page in (comma-separated:
        /// en, ur, ps, fa, tr, ar).
        #[arg(long, default_value = "en", value_delimiter = ',')]
        langs: Vec<String>,
    },
}

pub async fn run(which: Which) -> Result<()> {
    println!("{}", machine());
    match which {
        Which::Report { incidents, loads } => report_bench(incidents, loads).await?,
        Which::Ed25519 { signatures } => {
            let r = ed25519_rates(signatures);
            println!("{}", r.markdown());
        }
        Which::Append {
            clients,
            seconds,
            per_request,
        } => append(clients, seconds, per_request).await?,
        Which::Log {
            entries,
            proof_requests,
            data,
        } => log_bench(entries, proof_requests, data).await?,
        Which::Monitoring {
            incidents,
            entries,
            queries,
        } => monitoring(incidents, entries, queries).await?,
        Which::Web {
            incidents,
            loads,
            web,
            langs,
        } => web_pages(incidents, loads, &web, &langs).await?,
        Which::Mirror {
            entries,
            seconds,
            public_reads_per_second,
        } => mirror_bench(entries, seconds, public_reads_per_second).await?,
        Which::Disclosure {
            clients,
            seconds,
            entries,
        } => crate::bench_disclosure::disclosure(clients, seconds, entries).await?,
        Which::Attack {
            clients,
            seconds,
            only,
            public_reads_per_second,
        } => crate::bench_attack::attack(clients, seconds, only, public_reads_per_second).await?,
    }
    Ok(())
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines().next().map(|l| {
                l.split_whitespace()
                    .nth(1)
                    .unwrap_or("0")
                    .parse::<u64>()
                    .unwrap_or(0)
                    / 1024
                    / 1024
            })
        })
        .unwrap_or(0);
    format!(
        "machine: {} cores ({cpu}), {mem} GiB; {} {}",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}

pub struct Ed25519Rates {
    pub single_1: f64,
    pub single_all: f64,
    pub batch_1: f64,
    pub batch_all: f64,
}

impl Ed25519Rates {
    pub(crate) fn markdown(&self) -> String {
        format!(
            "| Ed25519 (ed25519-dalek) | 1 core | all cores |\n|---|---|---|\n| strict single verify | {:.0}/s | {:.0}/s |\n| batch verify (64 per batch) | {:.0}/s | {:.0}/s |",
            self.single_1, self.single_all, self.batch_1, self.batch_all
        )
    }
}

pub fn ed25519_rates(n: usize) -> Ed25519Rates {
    let keys: Vec<SigningKey> = (0..64u8)
        .map(|i| SigningKey::from_bytes(&[i.wrapping_add(1); 32]))
        .collect();
    let items: Vec<(Vec<u8>, Signature, VerifyingKey)> = (0..n)
        .into_par_iter()
        .map(|i| {
            let k = &keys[i % keys.len()];
            let msg =
                format!("message {i} of the benchmark, about the size of an entry's PAE header")
                    .into_bytes();
            let sig = k.sign(&msg);
            (msg, sig, k.verifying_key())
        })
        .collect();
    let single = |items: &[(Vec<u8>, Signature, VerifyingKey)]| {
        items.iter().all(|(m, s, k)| k.verify_strict(m, s).is_ok())
    };
    let batch = |chunk: &[(Vec<u8>, Signature, VerifyingKey)]| {
        let msgs: Vec<&[u8]> = chunk.iter().map(|(m, _, _)| m.as_slice()).collect();
        let sigs: Vec<Signature> = chunk.iter().map(|(_, s, _)| *s).collect();
        let keys: Vec<VerifyingKey> = chunk.iter().map(|(_, _, k)| *k).collect();
        ed25519_dalek::verify_batch(&msgs, &sigs, &keys).is_ok()
    };
    let rate = |f: &dyn Fn() -> bool| {
        let t = Instant::now();
        assert!(f(), "benchmark signatures must verify");
        n as f64 / t.elapsed().as_secs_f64()
    };
    Ed25519Rates {
        single_1: rate(&|| single(&items)),
        single_all: rate(&|| items.par_chunks(1024).all(single)),
        batch_1: rate(&|| items.chunks(64).all(batch)),
        batch_all: rate(&|| items.par_chunks(64).all(batch)),
    }
}

/// A child `truce serve` on a free port.
pub(crate) struct ChildServer {
    child: Child,
    pub(crate) url: String,
}

impl ChildServer {
    /// Without per-key allowances: benchmarks measure the log.
    pub(crate) fn start(dir: &Path, extra: &[&str]) -> Result<Self> {
        let mut args = vec![
            "--quota-entries-per-minute",
            "0",
            "--quota-blob-mib-per-hour",
            "0",
            "--quota-refusals-per-minute",
            "0",
        ];
        args.extend_from_slice(extra);
        Self::spawn(dir, &args)
    }

    /// With every default limit, as an operator runs it.
    pub(crate) fn start_with_limits(dir: &Path, extra: &[&str]) -> Result<Self> {
        Self::spawn(dir, extra)
    }

    fn spawn(dir: &Path, extra: &[&str]) -> Result<Self> {
        let exe = std::env::current_exe()?;
        let mut child = std::process::Command::new(exe)
            .args(["serve", "--data"])
            .arg(dir)
            .args(["--listen", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()?;
        let stdout = child.stdout.take().context("child stdout")?;
        let mut line = String::new();
        std::io::BufReader::new(stdout).read_line(&mut line)?;
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .map(str::to_owned)
            .with_context(|| format!("truce serve did not report its address: {line:?}"))?;
        Ok(Self { child, url })
    }

    pub(crate) fn rss_mib(&self) -> f64 {
        (self.rss_probe())()
    }

    /// A probe of the server's resident memory in MiB, for another task.
    pub(crate) fn rss_probe(&self) -> impl Fn() -> f64 + Send + 'static {
        let path = format!("/proc/{}/status", self.child.id());
        move || {
            std::fs::read_to_string(&path)
                .ok()
                .and_then(|s| {
                    s.lines()
                        .find(|l| l.starts_with("VmRSS:"))
                        .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
                })
                .map_or(0.0, |kib| kib / 1024.0)
        }
    }
}

impl Drop for ChildServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// A data directory with a founder and `members` registered member keys.
async fn log_with_members(
    dir: &Path,
    members: usize,
) -> Result<(SignerKey, Vec<SignerKey>, Arc<dyn LogStore>)> {
    let log_key = keys::generate("bench.truce.example/log", false)?;
    let founder = keys::generate("bench-founder", false)?;
    let store = datadir::init_dir(
        dir,
        &log_key,
        "benchmark",
        &datadir::Founding::keys(&[founder.verifier()]),
    )
    .await?;
    let members: Vec<SignerKey> = (0..members)
        .map(|i| keys::generate(&format!("bench-member-{i}"), false))
        .collect::<Result<_>>()?;
    let mut rows = Vec::new();
    for (i, m) in members.iter().enumerate() {
        // Registrars, so they act as the secretariat (a communiqué needs a role).
        let body = serde_json::json!({ "key": m.verifier().to_string(), "may_register": true })
            .to_string();
        let bytes = sign_entry(&founder, log_key.name(), KEY_REGISTER, i as u64 + 1, &body)?;
        rows.push(NewEntry {
            leaf_hash: leaf_hash(&bytes),
            bytes,
            opening: None,
        });
    }
    store.append(1, &rows).await?;
    Ok((log_key, members, store))
}

async fn append(clients: usize, seconds: u64, per_request: usize) -> Result<()> {
    if clients == 0 || per_request == 0 {
        bail!("--clients and --per-request must be at least 1");
    }
    let tmp = tempfile::tempdir()?;
    let (log_key, members, store) = log_with_members(tmp.path(), clients).await?;
    drop(store);
    let origin = log_key.name().to_owned();
    // Pre-sign generously: up to 25,000 entries/s per second of the run.
    let per_client = (25_000 * seconds as usize / clients).max(per_request * 4);
    let presigned: Vec<Vec<Vec<u8>>> = members
        .par_iter()
        .map(|m| {
            (0..per_client)
                .map(|s| {
                    let body = format!(
                        r#"{{"title":"bench","text":"entry {s} from {}"}}"#,
                        m.name()
                    );
                    sign_entry(m, &origin, "communique", s as u64 + 1, &body).expect("sign")
                })
                .collect()
        })
        .collect();
    let server = ChildServer::start(tmp.path(), &[])?;
    let url = server.url.clone();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(clients * 2)
        .build()?;
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();

    // Watch published checkpoint sizes to time inclusion.
    let watcher = {
        let (http, url) = (http.clone(), url.clone());
        tokio::spawn(async move {
            let mut seen: Vec<(f64, u64)> = Vec::new();
            let end = deadline + Duration::from_secs(5);
            while Instant::now() < end {
                if let Ok(r) = http.get(format!("{url}/checkpoint")).send().await
                    && let Ok(t) = r.text().await
                    && let Some(size) = t.lines().nth(1).and_then(|l| l.parse::<u64>().ok())
                    && seen.last().is_none_or(|(_, s)| *s < size)
                {
                    seen.push((started.elapsed().as_secs_f64(), size));
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            seen
        })
    };

    let acks = drive(&http, &url, presigned, per_request, started, deadline).await?;
    let elapsed = acks.iter().map(|a| a.1).fold(0.0, f64::max);
    let seen = watcher.await?;
    let mut ack_lat: Vec<f64> = acks.iter().map(|a| (a.1 - a.0) * 1000.0).collect();
    ack_lat.sort_by(f64::total_cmp);
    let mut incl_lat: Vec<f64> = acks
        .iter()
        .filter_map(|(sent, _, idx)| {
            seen.iter()
                .find(|(_, size)| *size > *idx)
                .map(|(t, _)| (t - sent) * 1000.0)
        })
        .collect();
    incl_lat.sort_by(f64::total_cmp);
    let rss = server.rss_mib();
    drop(server);
    let rates = ed25519_rates(100_000);
    println!("{}", rates.markdown());
    println!();
    println!("| appends over HTTP | value |\n|---|---|");
    println!("| clients × entries per request | {clients} × {per_request} |");
    println!(
        "| entries acknowledged (durable) | {} in {elapsed:.1} s |",
        acks.len()
    );
    println!(
        "| throughput | {:.0} entries/s |",
        acks.len() as f64 / elapsed
    );
    println!(
        "| ratio to strict single-verify, all cores | {:.2} |",
        acks.len() as f64 / elapsed / rates.single_all
    );
    println!(
        "| ack latency p50 / p99 | {:.1} / {:.1} ms |",
        percentile(&ack_lat, 0.5),
        percentile(&ack_lat, 0.99)
    );
    println!(
        "| submission → published checkpoint p50 / p99 | {:.0} / {:.0} ms ({} of {} seen included) |",
        percentile(&incl_lat, 0.5),
        percentile(&incl_lat, 0.99),
        incl_lat.len(),
        acks.len()
    );
    println!("| server RSS after the run | {rss:.0} MiB |");
    Ok(())
}

/// One task per client posting its presigned submissions in order (one per
/// request, or `per_request` per batch) until `deadline`; every
/// acknowledgement as (sent, acked, index), seconds since `started`.
pub(crate) async fn drive(
    http: &reqwest::Client,
    url: &str,
    presigned: Vec<Vec<Vec<u8>>>,
    per_request: usize,
    started: Instant,
    deadline: Instant,
) -> Result<Vec<(f64, f64, u64)>> {
    let mut tasks = Vec::new();
    for (n, entries) in presigned.into_iter().enumerate() {
        // Batches are received one at a time per address: each batching
        // client comes from an address of its own (127.0.0.10 on), as
        // separate machines would.
        let http = if per_request > 1 {
            reqwest::Client::builder()
                .local_address(std::net::IpAddr::from([127, 0, 0, 10 + (n % 200) as u8]))
                .build()?
        } else {
            http.clone()
        };
        let url = url.to_owned();
        tasks.push(tokio::spawn(async move {
            let mut acks: Vec<(f64, f64, u64)> = Vec::new(); // (sent, acked, index)
            for chunk in entries.chunks(per_request) {
                if Instant::now() >= deadline {
                    break;
                }
                let sent = started.elapsed().as_secs_f64();
                let indexes: Vec<u64> = if per_request == 1 {
                    let r = http
                        .post(format!("{url}/api/v1/entries"))
                        .body(chunk[0].clone())
                        .send()
                        .await?;
                    let v: serde_json::Value = r.json().await?;
                    if v["index"].is_null() {
                        bail!("an append was refused: {v}");
                    }
                    v["index"].as_u64().into_iter().collect()
                } else {
                    let mut body = b"[".to_vec();
                    body.extend(chunk.join(&b","[..]));
                    body.push(b']');
                    let r = http
                        .post(format!("{url}/api/v1/entries/batch"))
                        .body(body)
                        .send()
                        .await?;
                    let v: Vec<serde_json::Value> = r.json().await?;
                    v.iter().filter_map(|x| x["index"].as_u64()).collect()
                };
                let acked = started.elapsed().as_secs_f64();
                acks.extend(indexes.into_iter().map(|i| (sent, acked, i)));
            }
            anyhow::Ok(acks)
        }));
    }
    let mut acks = Vec::new();
    for t in tasks {
        acks.extend(t.await??);
    }
    Ok(acks)
}

/// Build an N-entry log directly in a data directory (signed by 64 keys,
/// with a signed checkpoint over the whole), for the audit and proof benches.
async fn build_log(dir: &Path, n: u64) -> Result<SignerKey> {
    let (log_key, members, store) = log_with_members(dir, 64).await?;
    let origin = log_key.name().to_owned();
    let mut roots = RootBuilder::new();
    for e in store.entries(0, store.size().await?).await? {
        roots.push(e.leaf_hash);
    }
    let bar = indicatif::ProgressBar::new(n);
    let mut next = roots.size();
    let mut seqs = vec![0u64; members.len()];
    while next < n {
        let count = (n - next).min(50_000);
        let plan: Vec<(usize, u64, u64)> = (0..count)
            .map(|i| {
                let idx = next + i;
                let m = (idx as usize) % members.len();
                seqs[m] += 1;
                (m, seqs[m], idx)
            })
            .collect();
        let rows: Vec<NewEntry> = plan
            .par_iter()
            .map(|(m, seq, idx)| {
                let body = format!(r#"{{"title":"incident report {idx}","text":"synthetic entry for the benchmark"}}"#);
                let bytes = sign_entry(&members[*m], &origin, "communique", *seq, &body).expect("sign");
                NewEntry { leaf_hash: leaf_hash(&bytes), bytes, opening: None }
            })
            .collect();
        for r in &rows {
            roots.push(r.leaf_hash);
        }
        store.append(next, &rows).await?;
        next += count;
        bar.set_position(next);
    }
    bar.finish_and_clear();
    let cp = Checkpoint {
        origin,
        size: roots.size(),
        root: roots.root(),
    };
    store
        .put_checkpoint(cp.size, &cp.sign(&log_key)?.to_string())
        .await?;
    Ok(log_key)
}

/// A mirror in this process following `url`, its replica and evidence in `dir`.
async fn bench_mirror(
    dir: &Path,
    url: &str,
    log_key: truce_ledger::note::VerifierKey,
) -> Result<Arc<truce_server::mirror::Mirror>> {
    std::fs::create_dir_all(dir)?;
    let store: Arc<dyn LogStore> =
        Arc::new(truce_store::sqlite::SqliteStore::open(&dir.join("mirror.db")).await?);
    let config = truce_server::mirror::MirrorConfig {
        source: url.to_owned(),
        log_key,
        witnesses: Vec::new(),
        quorum: 0,
        stale_after: std::time::Duration::from_secs(86_400),
        evidence_dir: dir.join("evidence"),
        webhook: None,
        key: keys::generate("bench-mirror", true)?,
        peers: Vec::new(),
    };
    Ok(truce_server::mirror::Mirror::open(config, store).await?)
}

/// `truce serve`'s arguments for an allowance of public reads (none: its
/// default).
pub(crate) fn pace_args(per_second: Option<u64>) -> Vec<String> {
    per_second
        .map(|n| vec!["--public-reads-per-second".to_owned(), n.to_string()])
        .unwrap_or_default()
}

async fn mirror_bench(n: u64, seconds: u64, pace: Option<u64>) -> Result<()> {
    let pace = pace_args(pace);
    let pace: Vec<&str> = pace.iter().map(String::as_str).collect();
    use truce_server::mirror::Round;
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("log");
    let log_key = build_log(&dir, n).await?.verifier();
    let server = ChildServer::start(&dir, &pace)?;
    // The independent audit of the same log over the same tiles.
    let t = Instant::now();
    let report = verify::verify_url(&server.url, log_key.clone(), &[], 0).await?;
    let verify_s = t.elapsed().as_secs_f64();
    let verify_rate = report.entries as f64 / verify_s;
    // The mirror from zero: every checkpoint and entry checked, stored, kept.
    let mirror = bench_mirror(&tmp.path().join("mirror"), &server.url, log_key.clone()).await?;
    let t = Instant::now();
    loop {
        match mirror.follow_once(0).await? {
            Round::Grew(s) if s >= n => break,
            Round::Grew(_) | Round::Unchanged => {}
            other => bail!("the mirror raised {other:?} on an honest log"),
        }
        if t.elapsed().as_secs() > 3600 {
            bail!("the mirror did not catch up within an hour");
        }
    }
    let catch_up_s = t.elapsed().as_secs_f64();
    let catch_up_rate = n as f64 / catch_up_s;
    drop(server);

    // The same catch-up pushed by the log over tlog-mirror: a mirror that
    // follows nothing (its source is the stopped server), the log started
    // with --mirror; from the log's start to the mirror's cosignature.
    let pushed = bench_mirror(
        &tmp.path().join("pushed"),
        "http://127.0.0.1:9",
        log_key.clone(),
    )
    .await?;
    let (maddr, _serving) =
        truce_server::start_mirror(pushed.clone(), "127.0.0.1:0".parse()?).await?;
    let target = format!("{}@http://{maddr}", pushed.verifier());
    let t = Instant::now();
    let server = ChildServer::start(&dir, &[&["--mirror", target.as_str()][..], &pace].concat())?;
    while pushed.size().await < n {
        if t.elapsed().as_secs() > 3600 {
            bail!("the push did not finish within an hour");
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    // Stored is not yet cosigned: wait for the log to show the cosignature.
    let http = reqwest::Client::new();
    loop {
        let cp = http
            .get(format!("{}/checkpoint", server.url))
            .send()
            .await?
            .text()
            .await?;
        if cp.contains(&format!("— {} ", pushed.verifier().name())) {
            break;
        }
        if t.elapsed().as_secs() > 3600 {
            bail!("the log did not show the mirror's cosignature within an hour");
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let push_s = t.elapsed().as_secs_f64();
    let push_rate = n as f64 / push_s;
    drop(server);

    // Lag: a small log taking one append every 100 ms, a mirror polling
    // every 100 ms; for each append, from its acknowledgement to the
    // mirror holding it.
    let small = tmp.path().join("small");
    let (small_key, members, store) = log_with_members(&small, 1).await?;
    drop(store);
    let server = ChildServer::start(&small, &pace)?;
    let origin = small_key.name().to_owned();
    let mirror = bench_mirror(
        &tmp.path().join("mirror2"),
        &server.url,
        small_key.verifier(),
    )
    .await?;
    let follower = tokio::spawn(mirror.clone().run(std::time::Duration::from_millis(100)));
    // When the mirror came to hold each size, sampled every 5 ms.
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sampler = {
        let (mirror, stop) = (mirror.clone(), stop.clone());
        let limit = Instant::now() + std::time::Duration::from_secs(seconds + 60);
        tokio::spawn(async move {
            let mut seen: Vec<(u64, Instant)> = Vec::new();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) && Instant::now() < limit {
                let size = mirror.size().await;
                if seen.last().is_none_or(|(s, _)| *s < size) {
                    seen.push((size, Instant::now()));
                }
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
            seen
        })
    };
    let http = reqwest::Client::new();
    let mut acked: Vec<(u64, Instant)> = Vec::new();
    let until = Instant::now() + std::time::Duration::from_secs(seconds);
    let mut seq = 0;
    while Instant::now() < until {
        seq += 1;
        let body = format!(r#"{{"title":"lag {seq}","text":"steady appends"}}"#);
        let bytes = sign_entry(&members[0], &origin, "communique", seq, &body)?;
        let v: serde_json::Value = http
            .post(format!("{}/api/v1/entries", server.url))
            .body(bytes)
            .send()
            .await?
            .json()
            .await?;
        let index = v["index"]
            .as_u64()
            .with_context(|| format!("an append was refused: {v}"))?;
        acked.push((index, Instant::now()));
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let last = acked.last().map_or(0, |(i, _)| *i);
    let deadline = Instant::now() + std::time::Duration::from_secs(30);
    while mirror.size().await <= last && Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut seen = sampler.await?;
    follower.abort();
    // The sampler may have stopped just before the last size it would
    // have seen (the wait above saw it first): that one is taken now.
    let size = mirror.size().await;
    if seen.last().is_none_or(|(s, _)| *s < size) {
        seen.push((size, Instant::now()));
    }
    let mut lags = Vec::with_capacity(acked.len());
    for (index, at) in &acked {
        let Some((_, when)) = seen.iter().find(|(size, _)| size > index) else {
            bail!("the mirror never held entry {index}");
        };
        lags.push(when.saturating_duration_since(*at).as_secs_f64() * 1000.0);
    }
    lags.sort_by(f64::total_cmp);
    println!("| {n}-entry log | value |\n|---|---|");
    println!(
        "| `truce verify --url` over loopback | {verify_s:.1} s, {verify_rate:.0} entries/s |"
    );
    println!(
        "| mirror catch-up from zero (checked, stored, served) | {catch_up_s:.1} s, {catch_up_rate:.0} entries/s |"
    );
    println!(
        "| mirror catch-up ÷ verify, same run | {:.2} |",
        catch_up_rate / verify_rate
    );
    println!(
        "| pushed by the log over tlog-mirror, to the mirror's cosignature | {push_s:.1} s, {push_rate:.0} entries/s |"
    );
    println!(
        "| pushed ÷ followed catch-up, same run | {:.2} |",
        push_rate / catch_up_rate
    );
    println!(
        "| lag behind a log taking 10 appends/s, {} appends: p50 / p99 | {:.0} / {:.0} ms |",
        lags.len(),
        percentile(&lags, 0.5),
        percentile(&lags, 0.99)
    );
    Ok(())
}

async fn log_bench(n: u64, proof_requests: usize, data: Option<std::path::PathBuf>) -> Result<()> {
    let tmp = tempfile::tempdir()?;
    let dir = data.unwrap_or_else(|| tmp.path().join("log"));
    let t = Instant::now();
    if !dir.join(datadir::DB_FILE).exists() {
        build_log(&dir, n).await?;
    }
    let build_s = t.elapsed().as_secs_f64();
    let store = datadir::Location::Dir(dir.clone()).open_store().await?;
    let size = store.size().await?;

    let rates = ed25519_rates(200_000);
    // The ledger's audit alone (tree, signatures, rights), then the same
    // with every entry folded through the process's rules, in one run.
    let t = Instant::now();
    let ledger_only = verify::verify_store(store.as_ref(), None, &[], 0, false, false).await?;
    let ledger_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let report = verify::verify_store(store.as_ref(), None, &[], 0, true, false).await?;
    let verify_s = t.elapsed().as_secs_f64();
    drop(store);
    let ledger_rate = ledger_only.entries as f64 / ledger_s;
    let verify_rate = report.entries as f64 / verify_s;

    let t = Instant::now();
    let server = ChildServer::start(&dir, &[])?;
    let startup_s = t.elapsed().as_secs_f64();
    let http = reqwest::Client::new();
    // Warm up, then measure with 8 concurrent clients.
    let _ = http
        .get(format!(
            "{}/api/v1/proofs/inclusion?index=0&size={size}",
            server.url
        ))
        .send()
        .await?;
    let per_task = proof_requests.div_ceil(8);
    let mut tasks = Vec::new();
    for t in 0..8u64 {
        let (http, url) = (http.clone(), server.url.clone());
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::with_capacity(per_task);
            let mut x = t.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
            for _ in 0..per_task {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let index = x % size;
                let s = Instant::now();
                let r = http
                    .get(format!(
                        "{url}/api/v1/proofs/inclusion?index={index}&size={size}"
                    ))
                    .send()
                    .await?;
                if !r.status().is_success() {
                    bail!("proof request failed: {}", r.status());
                }
                r.bytes().await?;
                lat.push(s.elapsed().as_secs_f64() * 1000.0);
            }
            Ok(lat)
        }));
    }
    let mut lat = Vec::new();
    for t in tasks {
        lat.extend(t.await??);
    }
    lat.sort_by(f64::total_cmp);
    let rss = server.rss_mib();
    println!("{}", rates.markdown());
    println!();
    println!("| {size}-entry log | value |\n|---|---|");
    println!("| build (sign + store, all cores) | {build_s:.1} s |");
    println!("| audit, ledger rules only | {ledger_s:.1} s, {ledger_rate:.0} entries/s |");
    println!(
        "| `truce verify` (every rule of the process folded) | {verify_s:.1} s, {verify_rate:.0} entries/s |"
    );
    println!(
        "| verify with the fold ÷ ledger-only audit | {:.2} |",
        verify_rate / ledger_rate
    );
    println!(
        "| verify ÷ batch-verify, all cores | {:.2} |",
        verify_rate / rates.batch_all
    );
    println!(
        "| verify ÷ batch-verify, 1 core | {:.2} |",
        verify_rate / rates.batch_1
    );
    println!("| server start (rebuild from store) | {startup_s:.1} s |");
    println!(
        "| inclusion proof over HTTP, 8 clients, {} requests: p50 / p99 | {:.2} / {:.2} ms |",
        lat.len(),
        percentile(&lat, 0.5),
        percentile(&lat, 0.99)
    );
    println!("| server RSS serving the log | {rss:.0} MiB |");
    Ok(())
}

/// The monitoring mechanism at scale, over the demo's process: generate an
/// ACLED CSV of `incidents` rows around the border, import it (parse, check,
/// sign, store), fold a ledger of `entries` incident reports in the domain
/// and evaluate compliance over it, then time map queries (a random box and
/// 30-day window, signed as a mediator) over HTTP against the imported log.
pub async fn monitoring(incidents: usize, entries: usize, queries: usize) -> Result<()> {
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("demo");
    crate::demo::run(&dir, "127.0.0.1:0".parse()?, true, crate::demo::Stage::Full).await?;

    // 1. Generate and import.
    let t = Instant::now();
    let file = tmp.path().join("incidents.csv");
    std::fs::write(&file, synthetic_acled(incidents))?;
    let generated = t.elapsed();
    let t = Instant::now();
    let report = crate::monitor::import_acled(&dir, &file, false, None, false).await?;
    let imported = t.elapsed();
    monitoring_rest(
        dir, tmp, incidents, entries, queries, generated, imported, report,
    )
    .await
}

/// A small deterministic generator (xorshift64) for synthetic data.
fn xorshift(mut state: u64) -> impl FnMut() -> u64 {
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}

/// `n` ACLED rows spread over the border region and half a year.
fn synthetic_acled(incidents: usize) -> String {
    synthetic_acled_over(incidents, 180)
}

/// `n` ACLED rows spread over the border region and `days` from 1 December 2025.
fn synthetic_acled_over(incidents: usize, days: u64) -> String {
    use std::fmt::Write as _;
    let mut csv = truce_domain::monitor::acled::COLUMNS.join(",");
    csv.push('\n');
    let mut next = xorshift(0x2545_f491_4f6c_dd1d);
    for n in 0..incidents {
        let r = next();
        let lat = 29.0 + (r % 8_000) as f64 / 1_000.0;
        let lon = 62.0 + ((r >> 16) % 13_000) as f64 / 1_000.0;
        let day = (r >> 32) % days;
        let date = truce_domain::export::utc_from_unix(1_764_547_200 + day * 86_400);
        let (ev, sub) = [
            ("Battles", "Armed clash"),
            (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
            ),
            ("Explosions/Remote violence", "Air/drone strike"),
            ("Violence against civilians", "Attack"),
        ][(r >> 40) as usize % 4];
        let _ = writeln!(
            csv,
            "BENCH{n},{d},{y},1,Political violence,{ev},{sub},Actor A,,State forces,Actor B,,Civilians,17,,0,Region,Country,Admin1,Admin2,,Place {n},{lat:.4},{lon:.4},2,Generated,Local,Generated event {n},{f},,1765000000",
            d = &date[..10],
            y = &date[..4],
            f = r % 4,
        );
    }
    csv
}

#[allow(clippy::too_many_arguments)]
async fn monitoring_rest(
    dir: PathBuf,
    _tmp: tempfile::TempDir,
    incidents: usize,
    entries: usize,
    queries: usize,
    generated: Duration,
    imported: Duration,
    report: crate::monitor::ImportReport,
) -> Result<()> {
    // 2. Fold a ledger of `entries` incident reports and evaluate compliance.
    let key = crate::keys::read(&dir.join("keys").join("party-pakistan.key"))?;
    let store = crate::datadir::Location::Dir(dir.clone())
        .open_store()
        .await?;
    let log_key = crate::keys::read(&dir.join(crate::datadir::LOG_KEY_FILE))?;
    let size = store.size().await?;
    let (_, _, mut state) =
        truce_server::engine::replay(store.as_ref(), log_key.verifier(), size).await?;
    let mut domain = truce_domain::ProcessState {
        monitor: Default::default(),
        ..state.clone()
    };
    // Keep the mechanism and its findings; drop the imported incidents so
    // the fold measures the entries alone.
    domain.monitor.mechanism = state.monitor.mechanism.clone();
    domain.monitor.findings = std::mem::take(&mut state.monitor.findings);
    domain.monitor.cases = std::mem::take(&mut state.monitor.cases);
    domain.monitor.actions = std::mem::take(&mut state.monitor.actions);
    domain.clock = state.clock;
    drop(state);
    let signer = key.id();
    let t = Instant::now();
    for n in 0..entries {
        let body = format!(
            r#"{{"incident":"r-{n}","occurred":"2026-01-01T00:00:00Z","lat":{lat:.4},"lon":{lon:.4},"category":"armed_clash","narrative":"Generated report {n}.","source":"bench","at":"2030-01-02T00:00:00Z"}}"#,
            lat = 29.0 + (n % 8_000) as f64 / 1_000.0,
            lon = 62.0 + (n % 13_000) as f64 / 1_000.0,
        );
        let act = truce_domain::Act {
            index: size + n as u64,
            signer: &signer,
            registrar: false,
        };
        domain.step(&act, truce_domain::monitor::INCIDENT_REPORT, &body, None)?;
    }
    let folded = t.elapsed();
    let mut evals = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        let s = truce_domain::monitor::compliance::evaluate(&domain, u64::MAX, 1_767_225_600);
        evals.push(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(s);
    }
    evals.sort_by(f64::total_cmp);
    drop(domain);

    // 3. Map queries over HTTP against the imported log.
    let server = truce_server::start(
        store,
        log_key,
        truce_server::ServerConfig::new("127.0.0.1:0".parse()?),
    )
    .await?;
    let url = format!("http://{}", server.addr);
    let tr = crate::keys::read(&dir.join("keys").join("mediator-turkiye.key"))?;
    let client = crate::client::Client::connect(&url, Some(tr)).await?;
    let mut lat_ms = Vec::with_capacity(queries);
    let mut returned = 0u64;
    let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
    for _ in 0..queries {
        let r = next();
        let lon = 62.0 + (r % 12_000) as f64 / 1_000.0;
        let lat = 29.0 + ((r >> 16) % 7_000) as f64 / 1_000.0;
        let day = (r >> 32) % 150;
        let from = truce_domain::export::utc_from_unix(1_764_547_200 + day * 86_400);
        let to = truce_domain::export::utc_from_unix(1_764_547_200 + (day + 30) * 86_400);
        let path = format!(
            "/api/v1/incidents?bbox={lon:.3},{lat:.3},{:.3},{:.3}&from={from}&to={to}&limit=500",
            lon + 1.0,
            lat + 1.0
        );
        let t = Instant::now();
        let v = client.get_json(&path).await?;
        lat_ms.push(t.elapsed().as_secs_f64() * 1e3);
        returned += v["incidents"].as_array().map_or(0, |a| a.len() as u64);
    }
    lat_ms.sort_by(f64::total_cmp);
    let rss = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS"))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("").to_owned())
        })
        .unwrap_or_default();
    println!("| measure | value |\n|---|---|");
    println!(
        "| generate {incidents} ACLED rows | {:.1} s |",
        generated.as_secs_f64()
    );
    println!(
        "| import {} rows ({} entries; parse, check, sign, store) | {:.1} s = {:.0} rows/s |",
        report.imported,
        report.entries,
        imported.as_secs_f64(),
        report.imported as f64 / imported.as_secs_f64()
    );
    println!(
        "| fold {entries} incident.report entries (parse, check, apply, index) | {:.1} s = {:.0} entries/s |",
        folded.as_secs_f64(),
        entries as f64 / folded.as_secs_f64()
    );
    println!(
        "| compliance over that ledger, p50 / max of 20 | {:.3} / {:.3} ms |",
        percentile(&evals, 0.5),
        evals.last().copied().unwrap_or_default()
    );
    println!(
        "| map query (1°×1° box, 30-day window, ≤500 returned, signed, HTTP) over {} incidents, {queries} queries: p50 / p95 / p99 | {:.1} / {:.1} / {:.1} ms |",
        report.imported + 5,
        percentile(&lat_ms, 0.5),
        percentile(&lat_ms, 0.95),
        percentile(&lat_ms, 0.99)
    );
    println!(
        "| mean incidents returned per query | {:.0} |",
        returned as f64 / queries.max(1) as f64
    );
    println!("| process RSS at the end | {rss} kB |");
    server.task.abort();
    Ok(())
}

/// First page loads and map responsiveness in headless Chromium, for the
/// demo alone and with `incidents` imported.
async fn web_pages(incidents: usize, loads: usize, web: &Path, langs: &[String]) -> Result<()> {
    let script = web.join("bench/pages.mjs");
    anyhow::ensure!(
        script.exists(),
        "{} not found: run from the repository root or pass --web",
        script.display()
    );
    let mut runs = vec![0];
    if incidents > 0 {
        runs.push(incidents);
    }
    let mut table = String::from(
        "| incidents | language | page | first load p50 (ms) | max (ms) |\n|---:|---|---|---:|---:|\n",
    );
    let mut maps = String::new();
    for n in runs {
        let tmp = tempfile::tempdir()?;
        let dir = tmp.path().join("demo");
        crate::demo::run(&dir, "127.0.0.1:0".parse()?, true, crate::demo::Stage::Full).await?;
        if n > 0 {
            let file = tmp.path().join("incidents.csv");
            std::fs::write(&file, synthetic_acled(n))?;
            crate::monitor::import_acled(&dir, &file, false, None, false).await?;
        }
        let server = ChildServer::start(&dir, &[])?;
        // A mediator's browser member, invited by the secretariat.
        let founder = crate::keys::read(&dir.join("keys").join("mediator-turkiye.key"))?;
        let client = crate::client::Client::connect(&server.url, Some(founder)).await?;
        let code = crate::negotiate::invitation_code();
        client
            .act(
                truce_domain::MEMBER_INVITE,
                &serde_json::json!({
                    "member": "bench-web", "participant": "tr", "name": "Bench", "roles": ["mediator"],
                    "code_sha256": truce_ledger::authority::invitation_hash(&code),
                }),
            )
            .await?;
        let out = std::process::Command::new("node")
            .arg("bench/pages.mjs")
            .current_dir(web)
            .env("TRUCE_URL", &server.url)
            .env("TRUCE_CODE", &code)
            .env("TRUCE_LOADS", loads.to_string())
            .env("TRUCE_LANGS", langs.join(","))
            .output()
            .context("running node")?;
        anyhow::ensure!(
            out.status.success(),
            "the page benchmark failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout)?;
        for p in v["pages"].as_array().into_iter().flatten() {
            table.push_str(&format!(
                "| {n} | {} | {} | {:.0} | {:.0} |\n",
                p["lang"].as_str().unwrap_or("en"),
                p["page"].as_str().unwrap_or_default(),
                p["p50"].as_f64().unwrap_or_default(),
                p["max"].as_f64().unwrap_or_default()
            ));
        }
        let m = &v["map"];
        maps.push_str(&format!(
            "- {n} incidents: {} pans and zooms, redraw p50 {:.0} ms, p95 {:.0} ms, max {:.0} ms ({} in view at the widest, drawn as {})\n",
            m["moves"], m["p50"].as_f64().unwrap_or_default(), m["p95"].as_f64().unwrap_or_default(),
            m["max"].as_f64().unwrap_or_default(), m["total"], m["mode"].as_str().unwrap_or_default()
        ));
        drop(server);
    }
    println!("{table}\nMap responsiveness (time from a pan or zoom to the redrawn map):\n{maps}");
    Ok(())
}

/// The server's peak resident memory so far (VmHWM) in MiB.
fn peak_mib(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

/// `truce bench report`: the demo with `incidents` more over December 2025,
/// then December's commission report in each format, `loads` times each.
async fn report_bench(incidents: usize, loads: usize) -> Result<()> {
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("demo");
    crate::demo::run(&dir, "127.0.0.1:0".parse()?, true, crate::demo::Stage::Full).await?;
    let file = tmp.path().join("incidents.csv");
    std::fs::write(&file, synthetic_acled_over(incidents, 31))?;
    let started = Instant::now();
    crate::monitor::import_acled(&dir, &file, false, None, false).await?;
    println!(
        "imported {incidents} incidents in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let server = ChildServer::start(&dir, &[])?;
    let pid = server.child.id();
    let key = crate::keys::read(&dir.join("keys").join("mediator-turkiye.key"))?;
    let client = crate::client::Client::connect(&server.url, Some(key)).await?;
    // Wait for the checkpoint to cover the import.
    for _ in 0..600 {
        let info = client.get_json("/api/v1/log").await?;
        if info["published_size"] == info["size"] {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let base = peak_mib(pid);
    println!("server peak memory before any report: {base:.0} MiB");
    let mut table = String::from(
        "| format | bytes | seconds p50 | max | server peak memory after (MiB) |\n|---|---:|---:|---:|---:|\n",
    );
    for format in ["json", "html", "csv", "geojson", "pdf"] {
        let mut times = Vec::new();
        let mut size = 0;
        for _ in 0..loads {
            let t = Instant::now();
            let body = client
                .get_bytes(&format!(
                    "/api/v1/report?from=2025-12-01&to=2025-12-31&format={format}"
                ))
                .await?;
            times.push(t.elapsed().as_secs_f64());
            size = body.len();
        }
        times.sort_by(f64::total_cmp);
        table.push_str(&format!(
            "| {format} | {size} | {:.2} | {:.2} | {:.0} |\n",
            percentile(&times, 0.5),
            times.last().copied().unwrap_or_default(),
            peak_mib(pid)
        ));
    }
    println!("{table}");
    Ok(())
}
