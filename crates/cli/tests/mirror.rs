//! `truce mirror` against a real log and a real witness: it follows the log
//! over tlog-tiles, serves a replica that `truce verify --url` accepts, and
//! when the operator serves a rolled-back copy it raises an alarm whose
//! evidence is kept, served, delivered to a webhook (signed, retried with
//! one idempotency key) and checked offline by `truce verify-evidence`;
//! mirrors that compare notes catch a log showing each a history of its
//! own; a mirror killed mid-sync resumes.

mod common;

use common::*;
use std::io::{BufRead as _, Read as _, Write as _};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use truce_ledger::note::{SignerKey, VerifierKey};

/// Deliveries a webhook received: (header lines, body).
type Deliveries = Arc<Mutex<Vec<(Vec<String>, String)>>>;

/// A webhook receiver on a free port: answers 503 to the first delivery and
/// 200 to the rest, and keeps (headers, body) of each.
fn webhook() -> (String, Deliveries) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let got: Deliveries = Arc::default();
    let seen = got.clone();
    std::thread::spawn(move || {
        for (n, stream) in listener.incoming().take(20).enumerate() {
            let Ok(mut stream) = stream else { continue };
            stream
                .set_read_timeout(Some(Duration::from_secs(5)))
                .unwrap();
            let mut reader = std::io::BufReader::new(stream.try_clone().unwrap());
            let mut headers = Vec::new();
            let mut length = 0usize;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                let line = line.trim_end().to_owned();
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
                headers.push(line);
            }
            let mut body = vec![0u8; length.min(1 << 20)];
            let _ = reader.read_exact(&mut body);
            seen.lock()
                .unwrap()
                .push((headers, String::from_utf8_lossy(&body).into_owned()));
            let status = if n == 0 {
                "503 Service Unavailable"
            } else {
                "200 OK"
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
    });
    (url, got)
}

fn header<'a>(headers: &'a [String], name: &str) -> Option<&'a str> {
    headers.iter().find_map(|h| {
        let (k, v) = h.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mirror_follows_the_log_and_proves_a_rollback() {
    let w = WitnessedLog::new("t.example/mirrored").await;
    let origin = w.origin.as_str();
    let log_vkey = w.log_vkey.clone();
    // One port for the log, whichever copy of it is served.
    let listen: std::net::SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
    let url = format!("http://{listen}");
    let server = w.serve(&w.data, listen, None).await;
    w.act(
        &server,
        1,
        "process.define",
        r#"{"process":"m","title":"Mirrored"}"#,
    )
    .await;
    w.stop(server).await;
    // The copy the operator will later serve instead.
    let backup = w.backup("backup");
    let server = w.serve(&w.data, listen, None).await;
    w.act(
        &server,
        2,
        "communique",
        r#"{"title":"One","text":"first"}"#,
    )
    .await;
    let size = w
        .act(
            &server,
            3,
            "communique",
            r#"{"title":"Two","text":"second"}"#,
        )
        .await;

    // The mirror follows it.
    let (hook, deliveries) = webhook();
    let mdir = w.tmp.path().join("mirror");
    let wv = w.witness_vkey();
    let mirror = Proc::start(&[
        "mirror",
        "--from",
        &url,
        "--log-key",
        &log_vkey,
        "--witness",
        &wv,
        "--data",
        mdir.to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
        "--interval-ms",
        "100",
        "--webhook",
        &hook,
    ]);
    let m = mirror.url.clone();
    until("the mirror to catch up", 30, async || {
        let (status, body) = text(&format!("{m}/checkpoint")).await;
        status == 200 && body.lines().nth(1) == Some(size.to_string().as_str())
    })
    .await;
    // A mirror that calls a checkpoint stale once its newest cosignature is
    // more than a second old says so, and keeps the checkpoint all the same.
    let strict = Proc::start(&[
        "mirror",
        "--from",
        &url,
        "--log-key",
        &log_vkey,
        "--witness",
        &w.witness_vkey(),
        "--data",
        w.tmp.path().join("strict").to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
        "--interval-ms",
        "100",
        "--stale-after",
        "1",
    ]);
    let sm = strict.url.clone();
    until("the stale alarm", 30, async || {
        let (_, list) = text(&format!("{sm}/evidence")).await;
        list.lines().any(|l| l.starts_with("stale-"))
    })
    .await;
    let (_, cp) = text(&format!("{sm}/checkpoint")).await;
    assert_eq!(cp.lines().nth(1), Some(size.to_string().as_str()));
    drop(strict);
    // Its replica is a log in its own right: the independent audit accepts it.
    let out = ok(&[
        "verify",
        "--url",
        &m,
        "--log-key",
        &log_vkey,
        "--witness",
        &wv,
    ]);
    assert!(
        out.contains(&format!("ok: {size} entries verified")),
        "{out}"
    );

    // The operator serves the rolled-back copy at the same address.
    w.stop(server).await;
    let rolled_back = w.serve(&backup, listen, None).await;
    until("the rollback alarm", 30, async || {
        let (_, list) = text(&format!("{m}/evidence")).await;
        list.lines().any(|l| l.starts_with("rollback-"))
    })
    .await;
    let (_, list) = text(&format!("{m}/evidence")).await;
    let id = list.lines().find(|l| l.starts_with("rollback-")).unwrap();
    let (status, evidence) = text(&format!("{m}/evidence/{id}")).await;
    assert_eq!(status, 200);
    let kept = std::fs::read_to_string(mdir.join("evidence").join(format!("{id}.json"))).unwrap();
    assert_eq!(kept, evidence, "the evidence served is the evidence kept");
    let file = w.tmp.path().join("evidence.json");
    std::fs::write(&file, &evidence).unwrap();
    let said = ok(&[
        "verify-evidence",
        "--log-key",
        &log_vkey,
        "--witness",
        &wv,
        file.to_str().unwrap(),
    ]);
    // The log's signature on the larger tree is proven; that it then served
    // the smaller one is the mirror's report (the witness dates the smaller
    // checkpoint earlier: it is a genuine old one, replayed).
    assert!(
        said.starts_with(&format!(
            "observed: log {origin} signed a tree of size {size} (proven)"
        )),
        "{said}"
    );
    // Evidence from another log's key proves nothing.
    let other = SignerKey::from_seed(origin, truce_ledger::note::ALG_ED25519, [3; 32]).unwrap();
    assert!(
        !run(&[
            "verify-evidence",
            "--log-key",
            &other.verifier().to_string(),
            file.to_str().unwrap(),
        ])
        .status
        .success()
    );

    // The webhook got it: refused once, delivered again with the same
    // idempotency key, signed by the mirror's key.
    until("the webhook's second delivery", 30, async || {
        deliveries.lock().unwrap().len() >= 2
    })
    .await;
    let got = deliveries.lock().unwrap().clone();
    let keys: Vec<&str> = got
        .iter()
        .map(|(h, _)| header(h, "idempotency-key").unwrap())
        .collect();
    assert!(keys.iter().all(|k| *k == id), "{keys:?}");
    let (headers, body) = &got[1];
    assert_eq!(body, &evidence);
    let mirror_key = VerifierKey::parse(header(headers, "x-truce-mirror-key").unwrap()).unwrap();
    let signature = base64::Engine::decode(
        &base64::engine::general_purpose::STANDARD,
        header(headers, "x-truce-signature").unwrap(),
    )
    .unwrap();
    assert!(mirror_key.verify_raw(body.as_bytes(), &signature));

    // The mirror keeps the larger tree it verified, and does not take the
    // smaller one.
    let (_, cp) = text(&format!("{m}/checkpoint")).await;
    assert_eq!(cp.lines().nth(1), Some(size.to_string().as_str()));
    drop(rolled_back);
}

/// A log that shows each mirror a history of its own (two servers over
/// copies of one log, the same key, different entries after the copy):
/// each mirror alone sees a consistent log, but mirrors that compare notes
/// (`--peer`) catch it, with evidence that proves it offline.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mirrors_that_compare_notes_catch_a_split_view() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("log");
    let origin = "t.example/split";
    let (log_vkey, founder) = init(&data, origin);
    let log_key = SignerKey::parse(
        std::fs::read_to_string(data.join("log.key"))
            .unwrap()
            .trim(),
    )
    .unwrap();
    let founder = SignerKey::parse(std::fs::read_to_string(founder).unwrap().trim()).unwrap();
    let serve = |dir: std::path::PathBuf| {
        let log_key = log_key.clone();
        async move {
            let mut config = truce_server::ServerConfig::new("127.0.0.1:0".parse().unwrap());
            config.quotas.refusals_per_minute = 0;
            truce_server::start(open_store(&dir).await, log_key, config)
                .await
                .unwrap()
        }
    };
    let a = serve(data.clone()).await;
    append_published(
        &a,
        &founder,
        origin,
        1,
        "process.define",
        r#"{"process":"s","title":"Split"}"#,
    )
    .await;
    a.task.abort();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let other = tmp.path().join("other");
    copy_dir(&data, &other);
    // One history for the first mirror, another for the second.
    let a = serve(data.clone()).await;
    append_published(
        &a,
        &founder,
        origin,
        2,
        "communique",
        r#"{"title":"To one","text":"what one is shown"}"#,
    )
    .await;
    let b = serve(other.clone()).await;
    append_published(
        &b,
        &founder,
        origin,
        2,
        "communique",
        r#"{"title":"To two","text":"what two is shown"}"#,
    )
    .await;
    let (p1, p2) = (free_port(), free_port());
    let mirror = |from: String, port: u16, peer: u16, dir: &str| {
        Proc::start(&[
            "mirror",
            "--from",
            &from,
            "--log-key",
            &log_vkey,
            "--data",
            tmp.path().join(dir).to_str().unwrap(),
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--interval-ms",
            "100",
            "--peer",
            &format!("http://127.0.0.1:{peer}"),
        ])
    };
    let m1 = mirror(format!("http://{}", a.addr), p1, p2, "m1");
    let m2 = mirror(format!("http://{}", b.addr), p2, p1, "m2");
    let (_, _, said) =
        split_view_evidence(&[&m1.url, &m2.url], 30, tmp.path(), &log_vkey, &[]).await;
    assert!(
        said.starts_with(&format!("proven: log {origin} signed")),
        "{said}"
    );
}

/// A mirror killed (SIGKILL) while it syncs resumes from its replica:
/// nothing it stored is lost or stored twice, and it catches up.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mirror_killed_mid_sync_resumes_with_nothing_lost_or_doubled() {
    let w = WitnessedLog::new("t.example/resume").await;
    let server = w.serve(&w.data, "127.0.0.1:0".parse().unwrap(), None).await;
    w.act(
        &server,
        1,
        "process.define",
        r#"{"process":"k","title":"Kill"}"#,
    )
    .await;
    // Enough entries for a sync of several tiles (one sequence number
    // after another: each waits for its commit).
    w.bulk(&server, 2, 1501).await;
    let size = w
        .act(
            &server,
            1502,
            "communique",
            r#"{"title":"last","text":"x"}"#,
        )
        .await;
    let mdir = w.tmp.path().join("mirror");
    let wv = w.witness_vkey();
    let url = format!("http://{}", server.addr);
    let args = [
        "mirror",
        "--from",
        url.as_str(),
        "--log-key",
        &w.log_vkey,
        "--witness",
        &wv,
        "--data",
        mdir.to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
        "--interval-ms",
        "50",
    ];
    let mut first = Proc::start(&args);
    tokio::time::sleep(Duration::from_millis(150)).await;
    first.kill9();
    let again = Proc::start(&args);
    let m = again.url.clone();
    until("the restarted mirror to catch up", 30, async || {
        let (status, body) = text(&format!("{m}/checkpoint")).await;
        status == 200 && body.lines().nth(1) == Some(size.to_string().as_str())
    })
    .await;
    // Every entry once, in order: the replica is the log.
    verify_url_ok(&m, &w.log_vkey, &wv, size);
    let (_, list) = text(&format!("{m}/evidence")).await;
    assert!(list.trim().is_empty(), "no alarm: {list}");
}
