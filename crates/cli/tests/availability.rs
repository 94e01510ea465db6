//! Availability against a client that does not sign in, as an attacker
//! tries it over real TCP on loopback (every wait bounded): half a request
//! line is closed at the header timeout; connections beyond the cap are
//! closed at once and the slots come back; an anonymous upload or an
//! oversized batch is refused before its body is read.

mod common;

use common::*;
use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::path::Path;
use std::time::{Duration, Instant};

fn addr(url: &str) -> String {
    url.trim_start_matches("http://").to_owned()
}

/// Read until the server closes the connection (or `limit` passes); whether
/// it closed, and what it sent.
fn closed_within(s: &mut TcpStream, limit: Duration) -> (bool, Vec<u8>) {
    s.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let end = Instant::now() + limit;
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    while Instant::now() < end {
        match s.read(&mut buf) {
            Ok(0) => return (true, got),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return (true, got),
            Err(_) => {}
        }
    }
    (false, got)
}

#[tokio::test(flavor = "multi_thread")]
async fn half_a_request_line_is_closed_at_the_header_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    init(&data, "t.example/slow");
    let server = serve(&data, &["--header-timeout", "1"]);
    let mut slow = TcpStream::connect(addr(&server.url)).unwrap();
    slow.write_all(b"GET /api/v1/lo").unwrap();
    let mut idle = TcpStream::connect(addr(&server.url)).unwrap();
    let (closed, _) = closed_within(&mut slow, Duration::from_secs(15));
    assert!(closed, "half a request line was kept open");
    let (closed, _) = closed_within(&mut idle, Duration::from_secs(15));
    assert!(closed, "a silent connection was kept open");
    // Honest clients are served as before.
    assert_eq!(
        get_json(&format!("{}/api/v1/log", server.url)).await["size"],
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn connections_beyond_the_cap_are_closed_at_once_and_slots_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    init(&data, "t.example/cap");
    // Eight in all, four from one address; idle ones go after 2 s.
    let server = serve(&data, &["--max-connections", "8", "--header-timeout", "2"]);
    let hold: Vec<TcpStream> = (0..4)
        .map(|_| TcpStream::connect(addr(&server.url)).unwrap())
        .collect();
    // Give the server a moment to accept the four.
    std::thread::sleep(Duration::from_millis(300));
    let mut extra = TcpStream::connect(addr(&server.url)).unwrap();
    extra
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let (closed, got) = closed_within(&mut extra, Duration::from_secs(5));
    assert!(
        closed && got.is_empty(),
        "a fifth connection from one address was served"
    );
    // The idle four are closed at the header timeout; then honest requests pass.
    for mut s in hold {
        let (closed, _) = closed_within(&mut s, Duration::from_secs(15));
        assert!(closed, "an idle connection outlived the header timeout");
    }
    assert_eq!(
        get_json(&format!("{}/api/v1/log", server.url)).await["size"],
        1
    );
}

/// Send a request head announcing a large body, and none of the body.
fn head_only(url: &str, path: &str, length: usize) -> (bool, String) {
    let mut s = TcpStream::connect(addr(url)).unwrap();
    write!(
        s,
        "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nContent-Length: {length}\r\n\r\n"
    )
    .unwrap();
    s.write_all(&[b'x'; 1024]).unwrap();
    let (_, got) = closed_within(&mut s, Duration::from_secs(5));
    let text = String::from_utf8_lossy(&got).into_owned();
    (!got.is_empty(), text)
}

#[tokio::test(flavor = "multi_thread")]
async fn anonymous_uploads_and_oversized_batches_are_refused_before_their_body() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    init(&data, "t.example/bodies");
    let server = serve(&data, &[]);
    // 60 MB announced, 1 KiB sent: the answer comes without the rest.
    let (answered, text) = head_only(&server.url, "/api/v1/blobs", 60_000_000);
    assert!(answered, "the server waited for an anonymous upload's body");
    assert!(text.starts_with("HTTP/1.1 401"), "{text}");
    assert!(text.contains("nothing of its body was read"), "{text}");
    let (answered, text) = head_only(&server.url, "/api/v1/entries/batch", 60_000_000);
    assert!(answered, "the server waited for an oversized batch's body");
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    // A batch of more entries than allowed is refused while parsing, by count.
    let many = format!("[{}]", vec!["{}"; 4097].join(","));
    let r = http()
        .post(format!("{}/api/v1/entries/batch", server.url))
        .body(many)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 413);
    let v: serde_json::Value = r.json().await.unwrap();
    assert!(v["error"].as_str().unwrap().contains("at most 4096"), "{v}");
    assert_eq!(size(&server.url).await, 1);
}

/// One member's word diff of two 400 KB versions of its own ran 38 s while
/// holding the domain lock, and every other request waited behind it. The
/// diff now runs outside the lock and stops refining at a deadline: other
/// requests are answered while it runs, and it answers too.
#[tokio::test(flavor = "multi_thread")]
async fn a_huge_diff_delays_only_itself() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.clone();
    let pk = demo.key("party-pakistan");
    let tmp = tempfile::tempdir().unwrap();
    // Two texts of about 400 KB that differ in every other word.
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
        let doc = tmp.path().join(format!("{v}.json"));
        std::fs::write(&doc, document("Long", "proposed", &words(salt))).unwrap();
        let mut args = vec![
            "draft",
            "submit",
            "--url",
            &u,
            "--key",
            &pk,
            "--file",
            doc.to_str().unwrap(),
            "--version",
            v,
            "--draft",
            "big",
        ];
        if let Some(p) = parent {
            args.extend(["--parent", p]);
        }
        act(&args).unwrap_or_else(|e| panic!("{v}: {e}"));
    }
    let diff = {
        let (u, pk) = (u.clone(), pk.clone());
        tokio::spawn(async move {
            read_as(
                &u,
                Some(Path::new(&pk)),
                "/api/v1/versions/big-b/diff?against=big-a",
            )
            .await
        })
    };
    // While it runs, the log keeps answering.
    let mut answered_during = 0;
    for _ in 0..200 {
        if diff.is_finished() {
            break;
        }
        let r = http().get(format!("{u}/api/v1/log")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        if !diff.is_finished() {
            answered_during += 1;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let (status, body) = tokio::time::timeout(std::time::Duration::from_secs(120), diff)
        .await
        .expect("the diff answers")
        .unwrap();
    assert_eq!(status, 200, "{}", &body[..body.len().min(300)]);
    assert!(body.contains("art_1__para_1"));
    assert!(
        answered_during > 0,
        "nothing was answered while the diff ran"
    );
}

/// Any registered key could append without limit. Each key now has an
/// allowance of entries (and of blob bytes); beyond it, 429 naming it, while
/// other keys go on — and a forged entry in a key's name spends nothing.
#[tokio::test(flavor = "multi_thread")]
async fn a_keys_allowance_is_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (_, founder_path) = init(&data, "t.example/quota");
    let founder = truce_ledger::note::SignerKey::parse(
        std::fs::read_to_string(&founder_path).unwrap().trim(),
    )
    .unwrap();
    let server = serve(&data, &["--quota-entries-per-minute", "5"]);
    let u = server.url.as_str();
    let o = "t.example/quota";
    let sign = |k: &truce_ledger::note::SignerKey, seq: u64| {
        truce_ledger::entry::sign_entry(k, o, "communique", seq, r#"{"title":"t","text":"x"}"#)
            .unwrap()
    };
    // Forgeries in the founder's name are refused and cost it nothing.
    let impostor = truce_ledger::note::SignerKey::from_seed(founder.name(), 1, [7; 32]).unwrap();
    for seq in 1..=3 {
        let mut forged: serde_json::Value = serde_json::from_slice(&sign(&impostor, seq)).unwrap();
        forged["signatures"][0]["keyid"] = founder.id().into();
        let (status, _) = post(u, forged.to_string().into_bytes()).await;
        assert_eq!(status, 403);
    }
    // A second key, registered (the first of the founder's five).
    let other = truce_ledger::note::SignerKey::from_seed("other", 1, [8; 32]).unwrap();
    let reg = format!(r#"{{"key":"{}","may_register":true}}"#, other.verifier());
    let e = truce_ledger::entry::sign_entry(&founder, o, "key.register", 1, &reg).unwrap();
    assert_eq!(post(u, e).await.0, 201);
    for seq in 2..=5 {
        assert_eq!(post(u, sign(&founder, seq)).await.0, 201, "entry {seq}");
    }
    let (status, v) = post(u, sign(&founder, 6)).await;
    assert_eq!(status, 429, "{v}");
    assert!(
        v["error"]
            .as_str()
            .unwrap()
            .contains("quota of 5 entries per minute"),
        "{v}"
    );
    // The other key is not touched by the founder's quota.
    assert_eq!(post(u, sign(&other, 1)).await.0, 201);
}

/// Found by a red-team pass: resending a key's published entries (anyone
/// can fetch them) spent that key's allowance, though each was refused as a
/// replay. A replay is now refused before anything is charged.
#[tokio::test(flavor = "multi_thread")]
async fn replays_spend_no_allowance() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (_, founder_path) = init(&data, "t.example/replay");
    let founder = truce_ledger::note::SignerKey::parse(
        std::fs::read_to_string(&founder_path).unwrap().trim(),
    )
    .unwrap();
    let server = serve(&data, &["--quota-entries-per-minute", "5"]);
    let u = server.url.as_str();
    let sign = |seq: u64| {
        truce_ledger::entry::sign_entry(
            &founder,
            "t.example/replay",
            "communique",
            seq,
            r#"{"title":"t","text":"x"}"#,
        )
        .unwrap()
    };
    let (status, appended) = post(u, sign(1)).await;
    assert_eq!(status, 201);
    let index = appended["index"].as_u64().unwrap();
    let (_, published) = fetch(u, None, &format!("/api/v1/entries/{index}")).await;
    for _ in 0..20 {
        assert_eq!(post(u, published.clone()).await.0, 409);
    }
    for seq in 2..=5 {
        assert_eq!(post(u, sign(seq)).await.0, 201, "entry {seq}");
    }
}

/// Found by a red-team pass: an HTTP/2 (h2c) connection kept itself alive
/// with pings past the header timeout and multiplied bodies per connection.
/// The server speaks HTTP/1.1 only; an HTTP/2 preface is turned away.
#[tokio::test(flavor = "multi_thread")]
async fn http2_prior_knowledge_is_turned_away() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    init(&data, "t.example/h2");
    let server = serve(&data, &["--header-timeout", "2"]);
    let mut s = TcpStream::connect(addr(&server.url)).unwrap();
    s.write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n").unwrap();
    let (closed, got) = closed_within(&mut s, Duration::from_secs(15));
    assert!(closed, "an HTTP/2 connection was kept open");
    let text = String::from_utf8_lossy(&got);
    assert!(got.is_empty() || text.starts_with("HTTP/1.1 4"), "{text}");
}

/// Found by a red-team pass: one member held every upload slot with slow
/// bodies, and nobody else could upload. Each key now has one upload at a
/// time, and other keys still upload.
#[tokio::test(flavor = "multi_thread")]
async fn one_key_cannot_hold_every_upload() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let u = server.url.clone();
    let (af, pk) = (demo.key("party-afghanistan"), demo.key("party-pakistan"));
    let origin = get_json(&format!("{u}/api/v1/log")).await["origin"]
        .as_str()
        .unwrap()
        .to_owned();
    let headers = |keyfile: &str| {
        let key =
            truce_ledger::note::SignerKey::parse(std::fs::read_to_string(keyfile).unwrap().trim())
                .unwrap();
        let created = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        let msg = truce_server::auth::read_message(&origin, "POST", "/api/v1/blobs", created);
        let sig = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            key.sign_raw(msg.as_bytes()),
        );
        format!(
            "X-Truce-Key: {}\r\nX-Truce-Created: {created}\r\nX-Truce-Signature: {sig}\r\n",
            key.id()
        )
    };
    // Afghanistan starts an upload and trickles it.
    let mut slow = TcpStream::connect(addr(&u)).unwrap();
    write!(
        slow,
        "POST /api/v1/blobs HTTP/1.1\r\nHost: x\r\n{}Content-Length: 1000000\r\n\r\nx",
        headers(&af)
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    // A second upload by the same key is turned away…
    let mut again = TcpStream::connect(addr(&u)).unwrap();
    write!(
        again,
        "POST /api/v1/blobs HTTP/1.1\r\nHost: x\r\n{}Content-Length: 5\r\n\r\nhello",
        headers(&af)
    )
    .unwrap();
    let (_, got) = closed_within(&mut again, Duration::from_secs(5));
    let text = String::from_utf8_lossy(&got);
    assert!(
        text.starts_with("HTTP/1.1 429") && text.contains("one at a time"),
        "{text}"
    );
    // …while Pakistan uploads as usual.
    let mut other = TcpStream::connect(addr(&u)).unwrap();
    write!(other, "POST /api/v1/blobs HTTP/1.1\r\nHost: x\r\n{}Content-Length: 5\r\nConnection: close\r\n\r\nhello", headers(&pk)).unwrap();
    let (_, got) = closed_within(&mut other, Duration::from_secs(5));
    let text = String::from_utf8_lossy(&got);
    assert!(text.starts_with("HTTP/1.1 201"), "{text}");
    drop(slow);
}

/// A read held the domain lock for as long as it ran (an export, a map
/// query over many incidents, a compliance evaluation), and every append
/// waited behind it. Reads now work on a snapshot: an append completes while
/// a reader is in the middle of its read, and the reader's view stays as it
/// was when it began.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_append_completes_while_a_reader_holds_its_snapshot() {
    let demo = Demo::new();
    let store = open_store(&demo.dir).await;
    let log_key = truce_ledger::note::SignerKey::parse(
        std::fs::read_to_string(demo.dir.join("log.key"))
            .unwrap()
            .trim(),
    )
    .unwrap();
    let log = truce_server::Log::open(
        store,
        log_key.clone(),
        vec![],
        0,
        Duration::from_millis(250),
        &truce_server::quota::Quotas::default(),
        truce_server::clock::Clock::system(),
    )
    .await
    .unwrap();
    let tr = truce_ledger::note::SignerKey::parse(
        std::fs::read_to_string(demo.key("mediator-turkiye"))
            .unwrap()
            .trim(),
    )
    .unwrap();
    for round in 0..3 {
        let seq = log.with_authority(|a| a.key(&tr.id()).unwrap().last_seq) + 1;
        let envelope = truce_ledger::entry::sign_entry(
            &tr,
            log_key.name(),
            "communique",
            seq,
            &format!(r#"{{"title":"During a read","text":"round {round}"}}"#),
        )
        .unwrap();
        let appended = log.with_domain(|during| {
            let before = during.communiques.len();
            // The reader is mid-read; the writer must not wait for it.
            let appended = tokio::task::block_in_place(|| {
                tokio::runtime::Handle::current().block_on(tokio::time::timeout(
                    Duration::from_secs(30),
                    log.submit(envelope, None),
                ))
            })
            .expect("the append completed while the read was in progress")
            .unwrap();
            assert_eq!(
                during.communiques.len(),
                before,
                "a snapshot does not change"
            );
            appended
        });
        let after = log.snapshot();
        assert_eq!(
            after.communiques.last().map(|c| c.0),
            Some(appended.index),
            "the next reader sees the append"
        );
    }
}

/// Issue 12: a flood of junk (unknown keys, bad bodies, anonymous uploads)
/// cost the server a parse or more per request, without limit. An address
/// now has an allowance of refused requests; beyond it, 429 naming it and
/// then its connections are closed before a byte is read, while another
/// address is served as before.
#[tokio::test]
async fn an_address_that_keeps_being_refused_is_turned_away_and_others_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (_, founder_path) = init(&data, "t.example/refusals");
    let founder = truce_ledger::note::SignerKey::parse(
        std::fs::read_to_string(&founder_path).unwrap().trim(),
    )
    .unwrap();
    let server = serve(&data, &["--quota-refusals-per-minute", "20"]);
    let u = server.url.as_str();
    let stranger = truce_ledger::note::SignerKey::from_seed("stranger", 1, [7; 32]).unwrap();
    let junk = truce_ledger::entry::sign_entry(
        &stranger,
        "t.example/refusals",
        "communique",
        1,
        r#"{"title":"t","text":"x"}"#,
    )
    .unwrap();
    let mut statuses = Vec::new();
    for _ in 0..40 {
        match http()
            .post(format!("{u}/api/v1/entries"))
            .body(junk.clone())
            .send()
            .await
        {
            Ok(r) => {
                let status = r.status().as_u16();
                let text = r.text().await.unwrap_or_default();
                if status == 429 {
                    assert!(
                        text.contains(
                            "address 127.0.0.1 is over its quota of 20 refused requests per minute"
                        ),
                        "{text}"
                    );
                }
                statuses.push(status);
            }
            Err(_) => statuses.push(0),
        }
    }
    assert_eq!(
        &statuses[..20],
        &[403; 20],
        "an unknown key is refused: {statuses:?}"
    );
    assert!(
        statuses[20..].iter().all(|s| *s == 429 || *s == 0),
        "beyond the allowance: 429 or closed: {statuses:?}"
    );
    // A new connection from that address is closed before it is read.
    let mut s = TcpStream::connect(addr(u)).unwrap();
    let _ = s.write_all(b"GET /api/v1/log HTTP/1.1\r\nHost: x\r\n\r\n");
    let (closed, got) = closed_within(&mut s, Duration::from_secs(5));
    assert!(
        closed && got.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&got)
    );
    // Another address goes on, and its honest act is accepted.
    let elsewhere = reqwest::Client::builder()
        .local_address(Some("127.0.0.2".parse().unwrap()))
        .build()
        .unwrap();
    let good = truce_ledger::entry::sign_entry(
        &founder,
        "t.example/refusals",
        "communique",
        1,
        r#"{"title":"t","text":"x"}"#,
    )
    .unwrap();
    let r = elsewhere
        .post(format!("{u}/api/v1/entries"))
        .body(good)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
}

/// Found by a red-team pass: any web page its visitors opened could send
/// junk to the log in their name (a cross-site `fetch` needs no preflight)
/// and get their address turned away. Another site's requests are never
/// charged to the address, and only navigations are served from them.
#[tokio::test]
async fn another_sites_page_cannot_get_its_visitors_turned_away() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    init(&data, "t.example/cross-site");
    let server = serve(&data, &["--quota-refusals-per-minute", "5"]);
    let u = server.url.as_str();
    for _ in 0..20 {
        let r = http()
            .post(format!("{u}/api/v1/entries"))
            .header("Sec-Fetch-Site", "cross-site")
            .body("x")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403);
        assert!(r.text().await.unwrap().contains("another site"));
    }
    // The visitor's own requests are served as before.
    let r = http().get(format!("{u}/api/v1/log")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let r = http()
        .get(format!("{u}/api/v1/log"))
        .header("Sec-Fetch-Site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status().as_u16(),
        200,
        "a link from another site is followed"
    );
}

/// One GET from `from`: its status, `Retry-After` and body (status 0: the
/// connection was closed).
async fn get_from(from: [u8; 4], url: &str) -> (u16, Option<u64>, String) {
    let client = reqwest::Client::builder()
        .local_address(Some(std::net::IpAddr::from(from)))
        .build()
        .unwrap();
    match client.get(url).send().await {
        Ok(r) => {
            let status = r.status().as_u16();
            let retry = r
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok()?.parse().ok());
            (status, retry, r.text().await.unwrap_or_default())
        }
        Err(_) => (0, None, String::new()),
    }
}

/// A crowd, or an attacker posing as one, cannot take the server from the
/// members: past the public's allowance a public read waits its turn, then
/// is refused (503, `Retry-After`), the refusal itself held two seconds; a
/// member's signed read from that very address, and another address's
/// read, go on. A made-up key header does not skip the queue. Refusals are
/// not charged: a crowd behind one address cannot get it turned away.
#[tokio::test(flavor = "multi_thread")]
async fn the_public_waits_its_turn_and_members_do_not() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (_, founder_path) = init(&data, "t.example/pace");
    let server = serve(
        &data,
        &[
            "--public-reads-per-second",
            "20",
            "--quota-refusals-per-minute",
            "20",
        ],
    );
    let u = server.url.clone();
    let log_url = format!("{u}/api/v1/log");
    let origin = get_json(&log_url).await["origin"]
        .as_str()
        .unwrap()
        .to_owned();
    // 120 public reads at once from 127.0.0.3: a quarter of 20 a second is
    // its share, so 5 go at once, about 10 more wait their turn (up to 2 s)
    // and the rest are refused.
    let started = Instant::now();
    let mut crowd = tokio::task::JoinSet::new();
    for _ in 0..120 {
        let url = log_url.clone();
        crowd.spawn(async move {
            let got = get_from([127, 0, 0, 3], &url).await;
            (got, started.elapsed())
        });
    }
    // While the queue is full: a member's signed read from the same
    // address, and another address's read, are served; a read that only
    // claims a key is the public's and queues with the rest.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let founder = truce_ledger::note::SignerKey::parse(
        std::fs::read_to_string(&founder_path).unwrap().trim(),
    )
    .unwrap();
    let created = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let msg = truce_server::auth::read_message(&origin, "GET", "/api/v1/log", created);
    let from_3 = reqwest::Client::builder()
        .local_address(Some("127.0.0.3".parse().unwrap()))
        .build()
        .unwrap();
    let member = from_3
        .get(&log_url)
        .header("X-Truce-Key", founder.id())
        .header("X-Truce-Created", created.to_string())
        .header("X-Truce-Signature", {
            use base64::Engine as _;
            base64::engine::general_purpose::STANDARD.encode(founder.sign_raw(msg.as_bytes()))
        })
        .send()
        .await
        .unwrap();
    assert_eq!(member.status().as_u16(), 200, "a member's read was held");
    let (other, _, _) = get_from([127, 0, 0, 4], &log_url).await;
    assert_eq!(
        other, 200,
        "another address was held by one address's flood"
    );
    // Thirty reads from 127.0.0.7 that only claim a key (its signature made
    // up) are the public's: at a share of 5 a second they cannot all go.
    let mut claimed = tokio::task::JoinSet::new();
    for _ in 0..30 {
        let (url, key) = (log_url.clone(), founder.id());
        let created = created.to_string();
        claimed.spawn(async move {
            reqwest::Client::builder()
                .local_address(Some("127.0.0.7".parse().unwrap()))
                .build()
                .unwrap()
                .get(url)
                .header("X-Truce-Key", key)
                .header("X-Truce-Created", created)
                .header("X-Truce-Signature", "AAAA")
                .send()
                .await
                .map_or(0, |r| r.status().as_u16())
        });
    }
    let claimed: Vec<u16> = claimed.join_all().await;
    assert!(
        claimed.contains(&503),
        "a made-up signature skipped the queue: {claimed:?}"
    );
    let mut results = Vec::new();
    while let Some(r) = crowd.join_next().await {
        results.push(r.unwrap());
    }
    let served: Vec<Duration> = results
        .iter()
        .filter(|((s, _, _), _)| *s == 200)
        .map(|(_, at)| *at)
        .collect();
    let refused: Vec<_> = results.iter().filter(|r| r.0.0 != 200).collect();
    assert!(
        (15..=25).contains(&served.len()),
        "{} public reads served of 120 (5 at once, about 10 in turn)",
        served.len()
    );
    for ((status, retry, text), at) in &refused {
        assert_eq!(*status, 503, "{text}");
        assert!(retry.is_some_and(|s| s >= 1), "no Retry-After: {text}");
        assert!(
            text.contains("the public's allowance of 20 reads a second is taken"),
            "{text}"
        );
        // Held two seconds before it was answered.
        assert!(*at >= Duration::from_secs(2), "refused after {at:?}");
    }
    // The ones that waited were served in turn, a fifth of a second apart.
    let last = served.iter().max().unwrap();
    assert!(
        *last >= Duration::from_millis(1500),
        "the last public read was served {last:?} after the flood began"
    );
    // Over a hundred refusals, and the address's allowance is 20 refused
    // requests a minute: none was charged, so it is served in its turn.
    until("127.0.0.3 to be served again", 20, async || {
        let (status, _, text) = get_from([127, 0, 0, 3], &log_url).await;
        assert!(status == 200 || status == 503, "{status} {text}");
        status == 200
    })
    .await;
    // Nothing stored changed.
    assert_eq!(get_json(&log_url).await["size"], 1);
}

/// An audience of open public pages cannot fill the connection caps that
/// members need: the public's live event streams are capped (256 open at
/// once; 503 with `Retry-After` beyond), a member's stream is not, and a
/// place is given back when its page goes.
#[tokio::test(flavor = "multi_thread")]
async fn the_publics_live_streams_are_capped_and_a_members_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (_, founder_path) = init(&data, "t.example/streams");
    let server = serve(&data, &[]);
    let u = server.url.clone();
    let events = format!("{u}/api/v1/events");
    let mut open = Vec::new();
    for n in 0..256u32 {
        // From a few addresses, as an audience would be.
        let client = reqwest::Client::builder()
            .local_address(Some(std::net::IpAddr::from([127, 0, 1, (n % 8) as u8 + 1])))
            .build()
            .unwrap();
        let r = client.get(&events).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200, "stream {n}");
        open.push(r);
    }
    let (status, retry, text) = get_from([127, 0, 1, 9], &events).await;
    assert_eq!(status, 503, "{text}");
    assert_eq!(retry, Some(60));
    assert!(
        text.contains("the public's 256 live streams are all open"),
        "{text}"
    );
    // A member's own stream opens.
    let member = get_response(&u, Some(founder_path.as_path()), "/api/v1/events").await;
    assert_eq!(member.status().as_u16(), 200);
    assert_eq!(
        member.headers()["content-type"].to_str().unwrap(),
        "text/event-stream"
    );
    // A page goes; its place comes back once the server notices (at the
    // next event it sends: an entry appended, or the keep-alive).
    drop(open.pop());
    let founder = truce_ledger::note::SignerKey::parse(
        std::fs::read_to_string(&founder_path).unwrap().trim(),
    )
    .unwrap();
    append_communiques(&u, &founder, "t.example/streams", 1..=1).await;
    until("a public stream to open again", 30, async || {
        get_with_timeout(&events).await == 200
    })
    .await;
}

/// The status of a GET whose body is not awaited (an event stream).
async fn get_with_timeout(url: &str) -> u16 {
    match http().get(url).timeout(Duration::from_secs(2)).send().await {
        Ok(r) => r.status().as_u16(),
        Err(_) => 0,
    }
}
