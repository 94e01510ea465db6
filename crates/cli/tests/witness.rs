//! The `truce witness` binary against the C2SP `tlog-witness` protocol:
//! every status code the spec names, the 409 body and content type, the
//! cosignature it returns, and state that survives a restart.

mod common;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use common::*;
use truce_ledger::checkpoint::Checkpoint;
use truce_ledger::merkle::{MemoryTree, leaf_hash};
use truce_ledger::note::{ALG_ED25519, Note, SignerKey, VerifierKey};

struct Setup {
    _dir: tempfile::TempDir,
    log: SignerKey,
    tree: MemoryTree,
    witness_vkey: VerifierKey,
    args: Vec<String>,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let log = SignerKey::from_seed("example.com/witnessed-log", ALG_ED25519, [11; 32]).unwrap();
    let key = dir.path().join("w.key");
    let vk = ok(&[
        "keygen",
        "--name",
        "witness.example/w1",
        "--out",
        key.to_str().unwrap(),
        "--witness",
    ]);
    let mut tree = MemoryTree::new();
    for i in 0..20u32 {
        tree.push(leaf_hash(&i.to_be_bytes()));
    }
    let args = vec![
        "witness".into(),
        "--key".into(),
        key.to_str().unwrap().into(),
        "--listen".into(),
        "127.0.0.1:0".into(),
        "--log".into(),
        log.verifier().to_string(),
        "--data".into(),
        dir.path().join("state").to_str().unwrap().into(),
    ];
    Setup {
        _dir: dir,
        log,
        tree,
        witness_vkey: VerifierKey::parse(vk.trim()).unwrap(),
        args,
    }
}

impl Setup {
    fn start(&self) -> Proc {
        let a: Vec<&str> = self.args.iter().map(String::as_str).collect();
        Proc::start(&a)
    }

    fn checkpoint(&self, size: u64) -> Note {
        Checkpoint {
            origin: "example.com/witnessed-log".into(),
            size,
            root: self.tree.root_at(size).unwrap(),
        }
        .sign(&self.log)
        .unwrap()
    }

    fn body(&self, old: u64, new: u64, note: &Note) -> String {
        let mut b = format!("old {old}\n");
        if old > 0 && old < new {
            for h in self.tree.consistency_proof(old, new).unwrap() {
                b.push_str(&B64.encode(h));
                b.push('\n');
            }
        }
        b.push('\n');
        b.push_str(&note.to_string());
        b
    }
}

async fn add(url: &str, body: String) -> (u16, String, String) {
    let r = http()
        .post(format!("{url}/add-checkpoint"))
        .body(body)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let ct = r
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, ct, r.text().await.unwrap())
}

#[tokio::test]
async fn status_codes_follow_the_spec() {
    let s = setup();
    let w = s.start();
    let url = &w.url;

    // First checkpoint: old 0, empty proof → 200 and a cosignature that verifies.
    let cp5 = s.checkpoint(5);
    let (status, _, body) = add(url, s.body(0, 5, &cp5)).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.starts_with("\u{2014} witness.example/w1 "), "{body}");
    let cosigned = Note::parse(&format!("{}\n{body}", cp5.text)).unwrap();
    let v = cosigned
        .verify(std::slice::from_ref(&s.witness_vkey))
        .unwrap();
    assert_eq!(v[0].alg, 0x04);
    assert!(v[0].timestamp.unwrap() > 1_700_000_000);

    // 409 with text/x.tlog.size when the old size is not the witness's.
    let cp9 = s.checkpoint(9);
    let (status, ct, body) = add(url, s.body(0, 9, &cp9)).await;
    assert_eq!(
        (status, ct.as_str(), body.as_str()),
        (409, "text/x.tlog.size", "5\n")
    );
    let (status, ct, body) = add(url, s.body(3, 9, &cp9)).await;
    assert_eq!(
        (status, ct.as_str(), body.as_str()),
        (409, "text/x.tlog.size", "5\n")
    );

    // 200 with a correct consistency proof from 5 to 9.
    assert_eq!(add(url, s.body(5, 9, &cp9)).await.0, 200);

    // 422 with a wrong proof (a proof for other sizes).
    let cp12 = s.checkpoint(12);
    let mut wrong = "old 9\n".to_string();
    for h in s.tree.consistency_proof(8, 12).unwrap() {
        wrong.push_str(&B64.encode(h));
        wrong.push('\n');
    }
    wrong.push('\n');
    wrong.push_str(&cp12.to_string());
    assert_eq!(add(url, wrong).await.0, 422);

    // 409 for the same size with a different root.
    let forked = Checkpoint {
        origin: "example.com/witnessed-log".into(),
        size: 9,
        root: [7; 32],
    }
    .sign(&s.log)
    .unwrap();
    let (status, ct, body) = add(url, s.body(9, 9, &forked)).await;
    assert_eq!(
        (status, ct.as_str(), body.as_str()),
        (409, "text/x.tlog.size", "9\n")
    );
    // Same size, same root: cosigned again.
    assert_eq!(add(url, s.body(9, 9, &cp9)).await.0, 200);

    // 400: old size beyond the checkpoint; malformed bodies.
    assert_eq!(add(url, s.body(15, 12, &cp12)).await.0, 400);
    assert_eq!(
        add(url, "old 9\nnot base64!\n\n".to_owned() + &cp12.to_string())
            .await
            .0,
        400
    );
    assert_eq!(add(url, "hello".into()).await.0, 400);
    assert_eq!(add(url, format!("old 09\n\n{cp12}")).await.0, 400);

    // 404: a log the witness does not follow.
    let stranger = SignerKey::from_seed("example.com/other-log", ALG_ED25519, [12; 32]).unwrap();
    let other = Checkpoint {
        origin: "example.com/other-log".into(),
        size: 1,
        root: [1; 32],
    }
    .sign(&stranger)
    .unwrap();
    assert_eq!(add(url, format!("old 0\n\n{other}")).await.0, 404);

    // 403: the right origin signed by another key.
    let impostor =
        SignerKey::from_seed("example.com/witnessed-log", ALG_ED25519, [13; 32]).unwrap();
    let fake = Checkpoint {
        origin: "example.com/witnessed-log".into(),
        size: 12,
        root: s.tree.root_at(12).unwrap(),
    }
    .sign(&impostor)
    .unwrap();
    assert_eq!(add(url, s.body(9, 12, &fake)).await.0, 403);

    // Nothing refused moved the witness: it still stands at 9.
    let (status, _, body) = add(url, s.body(0, 12, &cp12)).await;
    assert_eq!((status, body.as_str()), (409, "9\n"));
}

#[tokio::test]
async fn state_survives_a_restart() {
    let s = setup();
    {
        let w = s.start();
        assert_eq!(add(&w.url, s.body(0, 7, &s.checkpoint(7))).await.0, 200);
    }
    let w = s.start();
    let (status, ct, body) = add(&w.url, s.body(0, 10, &s.checkpoint(10))).await;
    assert_eq!(
        (status, ct.as_str(), body.as_str()),
        (409, "text/x.tlog.size", "7\n")
    );
    assert_eq!(add(&w.url, s.body(7, 10, &s.checkpoint(10))).await.0, 200);
}
