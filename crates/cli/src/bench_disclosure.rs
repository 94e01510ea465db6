//! `truce bench disclosure`: what sealing confidential acts costs, measured
//! in one run so the figures compare.
//!
//! 1. Per entry, in this process: the signer's sealing (salt, commitment) and
//!    the server's opening (check against the commitment, merge) beside the
//!    strict signature check every entry gets anyway.
//! 2. Appends over HTTP to one real `truce serve` by the same clients: first
//!    public communiqués, then sealed comments (an envelope and an opening
//!    each), each as a ratio to the raw strict-verify rate of this machine.
//! 3. Bytes per entry on the demo's log: each sealed act as it is on the log
//!    (public part and commitment) against the same act unsealed, and the
//!    openings kept beside the log.

use crate::bench::{ChildServer, drive, ed25519_rates, percentile};
use crate::{client, datadir, keys};
use anyhow::{Context, Result, bail};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use std::time::{Duration, Instant};
use truce_ledger::authority::KEY_REGISTER;
use truce_ledger::entry::{Entry, sign_entry};
use truce_ledger::merkle::leaf_hash;
use truce_ledger::note::SignerKey;
use truce_store::NewEntry;

const ORIGIN: &str = "bench.truce.example/disclosure";

fn comment_body(i: usize, content: &str) -> String {
    serde_json::json!({
        "comment": format!("c-{i}"), "version": "v1", "clause": "art_1__para_1",
        "content": content, "visibility": "internal",
        "at": "2025-11-01T09:00:00Z",
    })
    .to_string()
}

pub async fn disclosure(clients: usize, seconds: u64, entries: usize) -> Result<()> {
    if clients == 0 || entries == 0 {
        bail!("--clients and --entries must be at least 1");
    }
    cpu_per_entry(entries)?;
    http_appends(clients, seconds).await?;
    demo_bytes().await?;
    Ok(())
}

/// Part 1: microseconds per entry, one core.
fn cpu_per_entry(n: usize) -> Result<()> {
    let key = keys::generate("party.pk/delegate", false)?;
    let content = "ab".repeat(32);
    let bodies: Vec<String> = (0..n).map(|i| comment_body(i, &content)).collect();
    let kind = truce_domain::DRAFT_COMMENT;

    let t = Instant::now();
    let plain: Vec<Vec<u8>> = bodies
        .iter()
        .enumerate()
        .map(|(i, b)| sign_entry(&key, ORIGIN, kind, i as u64 + 1, b))
        .collect::<Result<_, _>>()?;
    let sign_only = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let sealed: Vec<(Vec<u8>, Option<String>)> = bodies
        .iter()
        .enumerate()
        .map(|(i, b)| client::seal_and_sign(&key, ORIGIN, kind, i as u64 + 1, b))
        .collect::<Result<_>>()?;
    let seal_and_sign = t.elapsed().as_secs_f64();
    drop(plain);

    let vkey = key.verifier();
    let t = Instant::now();
    let parsed: Vec<Entry> = sealed
        .iter()
        .map(|(e, _)| {
            let entry = Entry::parse(e)?;
            anyhow::ensure!(
                entry.verify_signature(&vkey),
                "a benchmark signature failed"
            );
            Ok(entry)
        })
        .collect::<Result<_>>()?;
    let verify = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for (entry, (_, opening)) in parsed.iter().zip(&sealed) {
        let body = truce_domain::disclosure::open(
            &entry.kind,
            &entry.body,
            opening.as_deref().map(str::as_bytes),
        )?;
        std::hint::black_box(body);
    }
    let open = t.elapsed().as_secs_f64();
    let us = |s: f64| s * 1e6 / n as f64;
    println!("| per entry, one core ({n} sealed comments) | µs |\n|---|---|");
    println!(
        "| sign (the client, unsealed body) | {:.1} |",
        us(sign_only)
    );
    println!(
        "| seal and sign (the client: salt, commitment, signature) | {:.1} |",
        us(seal_and_sign)
    );
    println!(
        "| parse and strict-verify (the server, every entry) | {:.1} |",
        us(verify)
    );
    println!(
        "| open: check the opening against the commitment and merge (the server) | {:.1} = {:.0} % of the verify |",
        us(open),
        open / verify * 100.0
    );
    println!();
    Ok(())
}

/// A data directory with a process, a party and a mediator, and `clients`
/// delegates of the party (each key registered and made a member).
async fn process_with_delegates(dir: &std::path::Path, clients: usize) -> Result<Vec<SignerKey>> {
    let log_key = keys::generate(ORIGIN, false)?;
    let founder = keys::generate("bench-secretariat", false)?;
    let store = datadir::init_dir(
        dir,
        &log_key,
        "benchmark",
        &datadir::Founding::keys(&[founder.verifier()]),
    )
    .await?;
    let members: Vec<SignerKey> = (0..clients)
        .map(|i| keys::generate(&format!("party.pk/delegate-{i}"), false))
        .collect::<Result<_>>()?;
    let mut bodies: Vec<(&str, String)> = vec![
        (
            truce_domain::PROCESS_DEFINE,
            r#"{"process":"bench","title":"Benchmark"}"#.into(),
        ),
        (
            truce_domain::PARTICIPANT_ADD,
            r#"{"participant":"pk","kind":"party","name":"Party"}"#.into(),
        ),
        (
            truce_domain::PARTICIPANT_ADD,
            r#"{"participant":"tr","kind":"mediator","name":"Mediator"}"#.into(),
        ),
    ];
    for (i, m) in members.iter().enumerate() {
        bodies.push((KEY_REGISTER, format!(r#"{{"key":"{}"}}"#, m.verifier())));
        bodies.push((
            truce_domain::MEMBER_ADD,
            format!(
                r#"{{"member":"pk-{i}","participant":"pk","name":"Delegate {i}","roles":["delegate"],"key":"{}"}}"#,
                m.id()
            ),
        ));
    }
    let mut rows = Vec::new();
    for (seq, (kind, body)) in bodies.iter().enumerate() {
        let bytes = sign_entry(&founder, ORIGIN, kind, seq as u64 + 1, body)?;
        rows.push(NewEntry {
            leaf_hash: leaf_hash(&bytes),
            bytes,
            opening: None,
        });
    }
    store.append(1, &rows).await?;
    Ok(members)
}

struct Run {
    acked: usize,
    elapsed: f64,
    p50: f64,
    p99: f64,
    bytes: usize,
}

impl Run {
    /// Two phases of the same kind as one (latency percentiles: the worse).
    fn join(x: &Run, y: &Run) -> Run {
        Run {
            acked: x.acked + y.acked,
            elapsed: x.elapsed + y.elapsed,
            p50: x.p50.max(y.p50),
            p99: x.p99.max(y.p99),
            bytes: (x.bytes + y.bytes) / 2,
        }
    }
}

async fn measure(
    http: &reqwest::Client,
    url: &str,
    presigned: Vec<Vec<Vec<u8>>>,
    seconds: u64,
) -> Result<Run> {
    let bytes: usize = presigned.iter().flatten().map(Vec::len).sum();
    let count: usize = presigned.iter().map(Vec::len).sum();
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let acks = drive(http, url, presigned, 1, started, deadline).await?;
    let elapsed = acks.iter().map(|a| a.1).fold(0.0, f64::max);
    let mut lat: Vec<f64> = acks.iter().map(|a| (a.1 - a.0) * 1000.0).collect();
    lat.sort_by(f64::total_cmp);
    Ok(Run {
        acked: acks.len(),
        elapsed,
        p50: percentile(&lat, 0.5),
        p99: percentile(&lat, 0.99),
        bytes: bytes / count.max(1),
    })
}

/// Part 2: the same clients append public, then sealed, acts to one server.
async fn http_appends(clients: usize, seconds: u64) -> Result<()> {
    let tmp = tempfile::tempdir()?;
    let members = process_with_delegates(tmp.path(), clients).await?;
    let server = ChildServer::start(tmp.path(), &[])?;
    let url = server.url.clone();
    // The version everyone comments on, and the comment text's blob, which
    // every delegate's participant holds (one upload).
    let first = client::Client::connect(&url, Some(members[0].clone())).await?;
    let doc = serde_json::json!({
        "title": {"en": "Benchmark text"}, "languages": [{"code": "en", "authoritative": true}],
        "articles": [{"eid": "art_1", "paragraphs": [{"eid": "art_1__para_1", "status": "proposed",
            "text": {"en": "The parties agree."}}]}]
    });
    let doc_hash = first.put_blob(doc.to_string().into_bytes()).await?;
    first
        .act(
            truce_domain::DRAFT_SUBMIT,
            &serde_json::json!({"version": "v1", "draft": "d", "content": doc_hash}),
        )
        .await?;
    let text = first
        .put_blob(b"Agreed in substance; the wording needs work.".to_vec())
        .await?;
    // Four phases of half the time each, public-sealed-sealed-public, so a
    // drift over the run (a growing log and database) weighs on both alike.
    let half = seconds.div_ceil(2);
    let per_phase = (12_000 * half as usize / clients).max(8);
    let kind = truce_domain::DRAFT_COMMENT;
    let mut phases: Vec<Vec<Vec<Vec<u8>>>> = vec![Vec::new(), Vec::new(), Vec::new(), Vec::new()];
    for (c, m) in members.iter().enumerate() {
        let base = if c == 0 { 2 } else { 1 };
        for (p, phase) in phases.iter_mut().enumerate() {
            let sealed = p == 1 || p == 2;
            let mut list = Vec::with_capacity(per_phase);
            for i in 0..per_phase {
                let seq = base + (p * per_phase + i) as u64;
                let n = (p * clients + c) * per_phase + i;
                list.push(if sealed {
                    client::sealed_submission(m, ORIGIN, kind, seq, &comment_body(n, &text))?
                } else {
                    let body = format!(
                        r#"{{"title":"bench","text":"statement {n} from {}"}}"#,
                        m.name()
                    );
                    sign_entry(m, ORIGIN, "communique", seq, &body)?
                });
            }
            phase.push(list);
        }
    }
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(clients * 2)
        .build()?;
    let mut runs = Vec::new();
    for phase in phases {
        runs.push(measure(&http, &url, phase, half).await?);
    }
    let a = Run::join(&runs[0], &runs[3]);
    let b = Run::join(&runs[1], &runs[2]);
    let rss = server.rss_mib();
    drop(server);
    let rates = ed25519_rates(100_000);
    println!("{}", rates.markdown());
    println!();
    println!(
        "| appends over HTTP, {clients} clients, 2 × {half} s each (public, sealed, sealed, public) | public communiqués | sealed comments |\n|---|---|---|"
    );
    let tput = |r: &Run| r.acked as f64 / r.elapsed;
    println!(
        "| entries acknowledged (durable) | {} in {:.1} s | {} in {:.1} s |",
        a.acked, a.elapsed, b.acked, b.elapsed
    );
    println!(
        "| throughput | {:.0} entries/s | {:.0} entries/s |",
        tput(&a),
        tput(&b)
    );
    println!(
        "| ratio to strict single-verify, all cores | {:.3} | {:.3} |",
        tput(&a) / rates.single_all,
        tput(&b) / rates.single_all
    );
    println!(
        "| ack latency p50 / p99 (the worse phase) | {:.1} / {:.1} ms | {:.1} / {:.1} ms |",
        a.p50, a.p99, b.p50, b.p99
    );
    println!(
        "| bytes per request (envelope; sealed: envelope and opening) | {} | {} |",
        a.bytes, b.bytes
    );
    println!(
        "| sealed throughput / public throughput | {:.2} | |",
        tput(&b) / tput(&a)
    );
    println!("| server RSS after both runs | {rss:.0} MiB | |");
    println!();
    Ok(())
}

/// Part 3: the demo's log, sealed and (computed) unsealed.
async fn demo_bytes() -> Result<()> {
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("demo");
    crate::demo::run(&dir, "127.0.0.1:0".parse()?, true, crate::demo::Stage::Full).await?;
    let store = datadir::Location::Dir(dir).open_store().await?;
    let size = store.size().await?;
    let entries = store.entries(0, size).await?;
    let openings: std::collections::HashMap<u64, Vec<u8>> =
        store.openings(0, size).await?.into_iter().collect();
    let (mut sealed_n, mut after, mut before, mut opened, mut all) = (0u64, 0, 0, 0, 0);
    for e in &entries {
        all += e.bytes.len();
        let Some(opening) = openings.get(&e.index) else {
            continue;
        };
        let entry = Entry::parse(&e.bytes)?;
        let full = truce_domain::disclosure::open(&entry.kind, &entry.body, Some(opening))?;
        // The same envelope with the full body in its payload.
        let mut env: serde_json::Value = serde_json::from_slice(&e.bytes)?;
        let mut statement: serde_json::Value =
            serde_json::from_slice(&B64.decode(env["payload"].as_str().context("payload")?)?)?;
        statement["body"] = serde_json::from_str(&full)?;
        env["payload"] = B64.encode(statement.to_string()).into();
        sealed_n += 1;
        after += e.bytes.len();
        before += env.to_string().len();
        opened += opening.len();
    }
    let n = sealed_n.max(1) as usize;
    println!("| the demo's log ({size} entries, {sealed_n} sealed) | bytes |\n|---|---|");
    println!(
        "| all entries on the log, mean | {} |",
        all / size.max(1) as usize
    );
    println!(
        "| a sealed entry on the log, mean (public part and commitment) | {} |",
        after / n
    );
    println!("| the same acts unsealed, mean | {} |", before / n);
    println!(
        "| their openings, kept beside the log, mean | {} |",
        opened / n
    );
    Ok(())
}
