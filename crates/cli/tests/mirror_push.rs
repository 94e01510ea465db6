//! C2SP `tlog-mirror` between a real log and a real `truce mirror` process:
//! the log pushes its checkpoints and entries, the mirror cosigns only once
//! it holds every entry, and the log adds that cosignature to what it
//! serves. Then the push endpoint is attacked by hand: probes, an unknown
//! origin, a checkpoint the log did not sign or the witnesses did not
//! cosign, a package with one entry changed, a body cut inside a package;
//! and an honest upload sent as a prefix and a gzip remainder.

mod common;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use common::*;
use sha2::{Digest, Sha256};
use std::io::Write as _;
use std::time::{Duration, Instant};
use truce_ledger::checkpoint;
use truce_ledger::mirror_wire::{self, MirrorInfo};
use truce_ledger::note::{SignerKey, VerifierKey};
use truce_ledger::subtree;

/// A log in this process with a witness and, when given, a mirror to push to.
async fn serve(
    w: &WitnessedLog,
    mirror: Option<truce_server::WitnessPeer>,
) -> truce_server::RunningServer {
    let mut config = w.config("127.0.0.1:0".parse().unwrap(), None);
    config.mirrors = mirror.into_iter().collect();
    truce_server::start(open_store(&w.data).await, w.log_key.clone(), config)
        .await
        .unwrap()
}

/// POST `body` and answer (status, content type, body).
async fn post_raw(url: &str, body: Vec<u8>, gzip: bool) -> (u16, String, String) {
    let mut req = http()
        .post(url)
        .header("Content-Type", "application/octet-stream");
    if gzip {
        req = req.header("Content-Encoding", "gzip");
    }
    let r = req.body(body).send().await.unwrap();
    let status = r.status().as_u16();
    let ctype = r
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, ctype, r.text().await.unwrap())
}

/// The `add-entries` body for `[start, end)` of `server`'s log, with
/// `tamper` applied to the packages' bytes before they are joined.
async fn entries_body(
    server: &truce_server::RunningServer,
    origin: &str,
    start: u64,
    end: u64,
    packages: std::ops::Range<usize>,
    tamper: impl Fn(u64, &mut Vec<u8>),
) -> Vec<u8> {
    let mut body = mirror_wire::Header {
        origin: origin.to_owned(),
        upload_start: start,
        upload_end: end,
        ticket: Vec::new(),
    }
    .encode()
    .unwrap();
    let all: Vec<_> = mirror_wire::packages(start, end).collect();
    for p in &all[packages] {
        let rows = server.log.store.entries(p.start, p.end).await.unwrap();
        let mut entries: Vec<Vec<u8>> = rows.into_iter().map(|r| r.bytes).collect();
        for (k, e) in entries.iter_mut().enumerate() {
            tamper(p.start + k as u64, e);
        }
        let proof = server
            .log
            .with_tree(|t| subtree::consistency_proof(t, p.subtree_start, p.end, end))
            .unwrap();
        body.extend(
            mirror_wire::encode_package(entries.iter().map(Vec::as_slice), &proof).unwrap(),
        );
    }
    body
}

/// An `add-checkpoint` body from `old` to the log's published checkpoint.
fn checkpoint_body(server: &truce_server::RunningServer, old: u64, note: &str) -> String {
    let size = server.log.published().unwrap().checkpoint.size;
    let mut body = format!("old {old}\n");
    if old > 0 && old < size {
        for h in server
            .log
            .with_tree(|t| t.consistency_proof(old, size))
            .unwrap()
        {
            body.push_str(&B64.encode(h));
            body.push('\n');
        }
    }
    body.push('\n');
    body.push_str(note);
    body
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_log_pushes_to_a_mirror_that_cosigns_only_what_it_holds() {
    let w = WitnessedLog::new("t.example/pushed").await;
    // The mirror's --from leads nowhere: whatever it holds was pushed.
    let dead_url = format!("http://127.0.0.1:{}", free_port());
    let mdir = w.tmp.path().join("mirror");
    let wv = w.witness_vkey();
    let mirror = Proc::start(&[
        "mirror",
        "--from",
        &dead_url,
        "--log-key",
        &w.log_vkey,
        "--witness",
        &wv,
        "--data",
        mdir.to_str().unwrap(),
        "--listen",
        "127.0.0.1:0",
        "--interval-ms",
        "3600000",
    ]);
    let m = mirror.url.clone();
    let mkey = SignerKey::parse(
        std::fs::read_to_string(mdir.join("mirror.key"))
            .unwrap()
            .trim(),
    )
    .unwrap()
    .verifier();
    let log_vkey = VerifierKey::parse(&w.log_vkey).unwrap();
    let witness = w.witness_key.verifier();

    let server = serve(
        &w,
        Some(truce_server::WitnessPeer {
            key: mkey.clone(),
            url: m.clone(),
        }),
    )
    .await;
    let url = format!("http://{}", server.addr);
    w.act(
        &server,
        1,
        "process.define",
        r#"{"process":"p","title":"Pushed"}"#,
    )
    .await;
    // More than two packages of 256, the first of them unaligned to the
    // mirror's next entry after the first push.
    w.bulk(&server, 2, 700).await;
    let size = w
        .act(&server, 701, "communique", r#"{"title":"last","text":"x"}"#)
        .await;

    // The log serves its checkpoint with the mirror's cosignature once the
    // mirror holds all of it.
    let deadline = Instant::now() + Duration::from_secs(30);
    let served = loop {
        let (_, cp) = text(&format!("{url}/checkpoint")).await;
        if let Ok(v) = checkpoint::open(&cp, &log_vkey, &[witness.clone(), mkey.clone()], 2)
            && v.checkpoint.size == size
        {
            break cp;
        }
        assert!(
            Instant::now() < deadline,
            "no mirror cosignature at {size}: {cp}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(served.contains("— truce-mirror "), "{served}");

    // The mirror serves the same checkpoint, cosigned by itself, at its
    // root and under the origin's hash, and its replica is the log.
    let prefix = hex::encode(Sha256::digest(w.origin.as_bytes()));
    for path in ["checkpoint".to_owned(), format!("{prefix}/checkpoint")] {
        let (status, cp) = text(&format!("{m}/{path}")).await;
        assert_eq!(status, 200, "{path}");
        let v = checkpoint::open(&cp, &log_vkey, &[witness.clone(), mkey.clone()], 2)
            .unwrap_or_else(|e| panic!("{path}: {e}\n{cp}"));
        assert_eq!(v.checkpoint.size, size);
    }
    let (status, _) = text(&format!("{m}/{}/checkpoint", "0".repeat(64))).await;
    assert_eq!(status, 404, "another origin's prefix");
    verify_url_ok(&m, &w.log_vkey, &wv, size);

    // --- The push endpoint, attacked by hand. The log stops pushing.
    w.stop(server).await;
    let server = serve(&w, None).await;
    w.bulk(&server, 702, 1000).await;
    let big = w
        .act(
            &server,
            1001,
            "communique",
            r#"{"title":"more","text":"y"}"#,
        )
        .await;
    let note = server.log.published().unwrap().note.to_string();

    // A probe says where the mirror is.
    let (status, ctype, body) = post_raw(
        &format!("{m}/add-entries"),
        entries_body(&server, &w.origin, 0, 0, 0..0, |_, _| {}).await,
        false,
    )
    .await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(ctype, "text/x.tlog.mirror-info");
    assert_eq!(
        MirrorInfo::parse(&body).unwrap(),
        MirrorInfo {
            size,
            next: size,
            ticket: vec![]
        }
    );
    // Another log's origin.
    let (status, _, _) = post_raw(
        &format!("{m}/add-entries"),
        entries_body(&server, "t.example/other", 0, 0, 0..0, |_, _| {}).await,
        false,
    )
    .await;
    assert_eq!(status, 404);
    // A checkpoint signed by a key that is not the log's.
    let forger = SignerKey::from_seed("t.example/pushed", 1, [7; 32]).unwrap();
    let forged = checkpoint::Checkpoint {
        origin: w.origin.clone(),
        size: big,
        root: server.log.with_tree(|t| t.root_at(big).unwrap()),
    }
    .sign(&forger)
    .unwrap()
    .to_string();
    let (status, _, body) = post_raw(
        &format!("{m}/add-checkpoint"),
        checkpoint_body(&server, size, &forged).into_bytes(),
        false,
    )
    .await;
    assert_eq!(status, 403, "{body}");
    // The log's signature but not the witness's: the mirror requires it.
    let unwitnessed = checkpoint::Checkpoint {
        origin: w.origin.clone(),
        size: big,
        root: server.log.with_tree(|t| t.root_at(big).unwrap()),
    }
    .sign(&w.log_key)
    .unwrap()
    .to_string();
    let (status, _, body) = post_raw(
        &format!("{m}/add-checkpoint"),
        checkpoint_body(&server, size, &unwitnessed).into_bytes(),
        false,
    )
    .await;
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("quorum"), "{body}");
    // An old size the mirror does not hold: 409 with its size.
    let (status, ctype, body) = post_raw(
        &format!("{m}/add-checkpoint"),
        checkpoint_body(&server, 5, &note).into_bytes(),
        false,
    )
    .await;
    assert_eq!(
        (status, ctype.as_str(), body.as_str()),
        (409, "text/x.tlog.size", format!("{size}\n").as_str())
    );
    // The real cosigned checkpoint becomes the mirror's pending one; it is
    // not cosigned yet, and the mirror's own checkpoint has not moved.
    let (status, _, body) = post_raw(
        &format!("{m}/add-checkpoint"),
        checkpoint_body(&server, size, &note).into_bytes(),
        false,
    )
    .await;
    assert_eq!((status, body.as_str()), (200, ""));
    let (_, cp) = text(&format!("{m}/checkpoint")).await;
    assert_eq!(cp.lines().nth(1), Some(size.to_string().as_str()));

    // One entry changed by one byte: the package's proof fails, nothing is
    // stored.
    let target = size;
    let tampered = entries_body(&server, &w.origin, size, big, 0..1, |i, e| {
        if i == target {
            let last = e.len() - 1;
            e[last] ^= 1;
        }
    })
    .await;
    let (status, _, body) = post_raw(&format!("{m}/add-entries"), tampered, false).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("not part of the checkpoint"), "{body}");
    // A header without packages is a body that ended before any: 400.
    let (status, _, body) = post_raw(
        &format!("{m}/add-entries"),
        entries_body(&server, &w.origin, size, big, 0..0, |_, _| {}).await,
        false,
    )
    .await;
    assert_eq!(status, 400, "{body}");
    let probe = async || {
        let (status, _, body) = post_raw(
            &format!("{m}/add-entries"),
            entries_body(&server, &w.origin, 0, 0, 0..0, |_, _| {}).await,
            false,
        )
        .await;
        assert_eq!(status, 409, "{body}");
        MirrorInfo::parse(&body).unwrap()
    };
    assert_eq!(probe().await.next, size, "nothing stored");
    // A body cut inside its first package: 400, nothing stored.
    let mut cut = entries_body(&server, &w.origin, size, big, 0..1, |_, _| {}).await;
    cut.truncate(cut.len() - 40);
    let (status, _, body) = post_raw(&format!("{m}/add-entries"), cut, false).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        probe().await,
        MirrorInfo {
            size: big,
            next: size,
            ticket: vec![]
        }
    );

    // One entry changed in the second package: the first, authenticated,
    // is kept; the second is refused and nothing of it is stored.
    let first_end = mirror_wire::packages(size, big).next().unwrap().end;
    let second = entries_body(&server, &w.origin, size, big, 0..2, |i, e| {
        if i == first_end + 1 {
            e[0] ^= 1;
        }
    })
    .await;
    let (status, _, body) = post_raw(&format!("{m}/add-entries"), second, false).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(probe().await.next, first_end, "the first package kept");

    // An honest upload: the first package alone (202, where to go on),
    // then the rest gzip-compressed (200 and the mirror's cosignature).
    let first = entries_body(&server, &w.origin, size, big, 0..1, |_, _| {}).await;
    let (status, ctype, body) = post_raw(&format!("{m}/add-entries"), first, false).await;
    assert_eq!(
        (status, ctype.as_str()),
        (202, "text/x.tlog.mirror-info"),
        "{body}"
    );
    let info = MirrorInfo::parse(&body).unwrap();
    assert_eq!(info.size, big);
    assert_eq!(
        info.next,
        mirror_wire::packages(size, big).next().unwrap().end
    );
    let count = mirror_wire::packages(info.next, big).count();
    let rest = entries_body(&server, &w.origin, info.next, big, 0..count, |_, _| {}).await;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&rest).unwrap();
    let (status, _, line) = post_raw(&format!("{m}/add-entries"), gz.finish().unwrap(), true).await;
    assert_eq!(status, 200, "{line}");
    let mut cosigned = truce_ledger::note::Note::parse(&note).unwrap();
    cosigned.add_signature(truce_ledger::note::SignatureLine::parse(line.trim_end()).unwrap());
    checkpoint::open(
        &cosigned.to_string(),
        &log_vkey,
        &[witness.clone(), mkey.clone()],
        2,
    )
    .expect("the mirror's cosignature verifies");
    verify_url_ok(&m, &w.log_vkey, &wv, big);
    let (_, list) = text(&format!("{m}/evidence")).await;
    assert!(list.trim().is_empty(), "no alarm: {list}");
    drop(mirror);
}
