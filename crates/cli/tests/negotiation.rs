//! The negotiation end to end through the `truce` binary and HTTP on a real
//! port: a whole shuttle from first draft to a signed, witnessed agreement
//! with every refusal checked (4xx, reason named, ledger unchanged); the
//! confidentiality rules tried from each role on every endpoint; replay
//! from zero giving identical state; the Akoma Ntoso export validated
//! against the OASIS XSD; the iCalendar feed parsed back.

mod common;

use base64::Engine as _;
use common::*;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use truce_ledger::note::SignerKey;

fn keygen(dir: &Path, name: &str) -> (PathBuf, String) {
    let path = dir.join(format!("{name}.key"));
    let vkey = ok(&["keygen", "--name", name, "--out", path.to_str().unwrap()]);
    (path, vkey.trim().to_owned())
}

fn doc(articles: Value) -> String {
    json!({
        "title": { "en": "Test understanding", "ur": "عبوری مفاہمت" },
        "languages": [{ "code": "en", "authoritative": true }, { "code": "ur" }],
        "articles": articles
    })
    .to_string()
}

fn para(eid: &str, status: &str, en: &str) -> Value {
    json!({ "eid": eid, "status": status, "text": { "en": en } })
}

#[tokio::test(flavor = "multi_thread")]
async fn a_whole_shuttle_to_a_signed_witnessed_agreement() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    let (log_vkey, founder) = init(&dir, "truce.test/shuttle");
    let (pk, pk_vkey) = keygen(tmp.path(), "pk-head");
    let (af, af_vkey) = keygen(tmp.path(), "af-head");
    let (pk2, pk2_vkey) = keygen(tmp.path(), "pk-delegate");
    let server = serve(&dir, &[]);
    let url = server.url.clone();
    let u = url.as_str();
    let f = founder.to_str().unwrap();
    let (pkk, afk) = (pk.to_str().unwrap(), af.to_str().unwrap());
    let founder_vkey = {
        let k = SignerKey::parse(std::fs::read_to_string(&founder).unwrap().trim()).unwrap();
        k.verifier().to_string()
    };
    let c = |args: &[&str]| {
        act(args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
    };
    c(&[
        "process",
        "define",
        "--url",
        u,
        "--key",
        f,
        "--id",
        "test",
        "--title",
        "Test talks",
    ]);
    for (id, kind, name) in [
        ("tr", "mediator", "Mediator T"),
        ("pk", "party", "Party P"),
        ("af", "party", "Party A"),
    ] {
        c(&[
            "process",
            "add-participant",
            "--url",
            u,
            "--key",
            f,
            "--id",
            id,
            "--kind",
            kind,
            "--name",
            name,
        ]);
    }
    c(&[
        "member",
        "add",
        "--url",
        u,
        "--key",
        f,
        "--member",
        "tr-sec",
        "--participant",
        "tr",
        "--name",
        "T secretariat",
        "--role",
        "secretariat",
        "--role",
        "mediator",
        "--role",
        "witness",
        "--member-key",
        &founder_vkey,
    ]);
    c(&[
        "member",
        "add",
        "--url",
        u,
        "--key",
        f,
        "--member",
        "pk-head",
        "--participant",
        "pk",
        "--name",
        "P head",
        "--role",
        "signatory",
        "--role",
        "delegate",
        "--member-key",
        &pk_vkey,
    ]);
    c(&[
        "member",
        "add",
        "--url",
        u,
        "--key",
        f,
        "--member",
        "af-head",
        "--participant",
        "af",
        "--name",
        "A head",
        "--role",
        "signatory",
        "--role",
        "delegate",
        "--member-key",
        &af_vkey,
    ]);
    c(&[
        "member",
        "add",
        "--url",
        u,
        "--key",
        f,
        "--member",
        "pk-del",
        "--participant",
        "pk",
        "--name",
        "P delegate",
        "--role",
        "delegate",
        "--member-key",
        &pk2_vkey,
    ]);

    // Roles that do not fit, and acts by the wrong role.
    refused(
        u,
        &[
            "member",
            "add",
            "--url",
            u,
            "--key",
            f,
            "--member",
            "x",
            "--participant",
            "pk",
            "--name",
            "X",
            "--role",
            "witness",
            "--member-key",
            &pk_vkey,
        ],
        "does not fit",
    )
    .await;
    refused(
        u,
        &[
            "round",
            "schedule",
            "--url",
            u,
            "--key",
            pkk,
            "--round",
            "r1",
            "--title",
            "R",
            "--place",
            "Doha",
            "--starts",
            "2025-10-18",
            "--ends",
            "2025-10-19",
        ],
        "only the mediators",
    )
    .await;
    c(&[
        "round",
        "schedule",
        "--url",
        u,
        "--key",
        f,
        "--round",
        "r1",
        "--title",
        "R",
        "--place",
        "Doha",
        "--starts",
        "2025-10-18",
        "--ends",
        "2025-10-19",
    ]);
    refused(
        u,
        &[
            "round", "move", "--url", u, "--key", f, "--round", "r1", "--to", "resumed",
        ],
        "cannot move from scheduled to resumed",
    )
    .await;
    c(&[
        "round",
        "move",
        "--url",
        u,
        "--key",
        f,
        "--round",
        "r1",
        "--to",
        "in_session",
    ]);
    refused(
        u,
        &[
            "round",
            "move",
            "--url",
            u,
            "--key",
            f,
            "--round",
            "r1",
            "--to",
            "suspended",
            "--party",
            "pk",
        ],
        "needs a stated reason",
    )
    .await;
    c(&[
        "round",
        "move",
        "--url",
        u,
        "--key",
        f,
        "--round",
        "r1",
        "--to",
        "suspended",
        "--party",
        "pk",
        "--reason",
        "a delegation left",
    ]);
    c(&[
        "round",
        "deadline",
        "--url",
        u,
        "--key",
        f,
        "--deadline",
        "reply",
        "--title",
        "Reply due",
        "--due",
        "2025-10-21T12:00:00Z",
        "--round",
        "r1",
    ]);

    // The shuttle.
    let files = tmp.path();
    let v1 = files.join("v1.json");
    std::fs::write(&v1, doc(json!([{ "eid": "art_1", "paragraphs": [
        para("art_1__para_1", "agreed", "The ceasefire continues."),
        { "eid": "art_1__para_2", "status": "bracketed", "text": { "en": "Action is verifiable." }, "alternatives": [{ "en": "Action is discussed." }] },
        para("art_1__para_4", "agreed", "Talks continue.")
    ]}]))).unwrap();
    let v1s = v1.to_str().unwrap();
    let err = act(&[
        "draft",
        "submit",
        "--url",
        u,
        "--key",
        f,
        "--file",
        "/nonexistent.json",
        "--version",
        "v0",
        "--draft",
        "d",
    ])
    .unwrap_err();
    assert!(err.contains("reading /nonexistent.json"), "{err}");
    let bad = files.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"title":{"en":"x"},"languages":[{"code":"en"}],"articles":[]}"#,
    )
    .unwrap();
    let err = act(&[
        "draft",
        "submit",
        "--url",
        u,
        "--key",
        pkk,
        "--file",
        bad.to_str().unwrap(),
        "--version",
        "v0",
        "--draft",
        "d",
    ])
    .unwrap_err();
    assert!(err.contains("no language is marked authoritative"), "{err}");
    c(&[
        "draft",
        "submit",
        "--url",
        u,
        "--key",
        pkk,
        "--file",
        v1s,
        "--version",
        "v1",
        "--draft",
        "d",
    ]);
    refused(
        u,
        &[
            "draft",
            "submit",
            "--url",
            u,
            "--key",
            afk,
            "--file",
            v1s,
            "--version",
            "v2",
            "--draft",
            "d",
            "--parent",
            "v1",
        ],
        // Unrelayed, v1 does not exist for af: the refusal tells it nothing.
        "version \"v1\" does not exist",
    )
    .await;
    refused(
        u,
        &[
            "draft",
            "relay",
            "--url",
            u,
            "--key",
            pkk,
            "--version",
            "v1",
            "--to",
            "af",
        ],
        "only the mediators relay",
    )
    .await;
    refused(
        u,
        &[
            "draft",
            "relay",
            "--url",
            u,
            "--key",
            f,
            "--version",
            "v1",
            "--to",
            "pk",
        ],
        "own draft",
    )
    .await;
    c(&[
        "draft",
        "relay",
        "--url",
        u,
        "--key",
        f,
        "--version",
        "v1",
        "--to",
        "af",
        "--note",
        "Please review Article 1.",
    ]);
    refused(
        u,
        &[
            "draft",
            "relay",
            "--url",
            u,
            "--key",
            f,
            "--version",
            "v1",
            "--to",
            "af",
        ],
        "not with the mediators",
    )
    .await;
    c(&[
        "draft",
        "comment",
        "--url",
        u,
        "--key",
        afk,
        "--version",
        "v1",
        "--clause",
        "art_1__para_2",
        "--text",
        "A internal: resist this",
        "--visibility",
        "internal",
        "--id",
        "a1",
    ]);
    refused(
        u,
        &[
            "draft",
            "comment",
            "--url",
            u,
            "--key",
            afk,
            "--version",
            "v1",
            "--clause",
            "art_9",
            "--text",
            "x",
            "--id",
            "a2",
        ],
        "does not exist",
    )
    .await;
    refused(
        u,
        &[
            "draft",
            "comment",
            "--url",
            u,
            "--key",
            afk,
            "--version",
            "v1",
            "--clause",
            "art_1",
            "--text",
            "x",
            "--visibility",
            "shared",
            "--id",
            "a3",
        ],
        "never send to each other",
    )
    .await;
    let v2 = files.join("v2.json");
    std::fs::write(&v2, doc(json!([{ "eid": "art_1", "paragraphs": [
        { "eid": "art_1__para_2", "status": "bracketed", "text": { "en": "Action is verifiable and effective." }, "alternatives": [{ "en": "Action is discussed." }] },
        para("art_1__para_4", "agreed", "Talks continue."),
        para("art_1__para_1", "agreed", "The ceasefire continues."),
        para("art_1__para_3", "proposed", "No strikes.")
    ]}]))).unwrap();
    c(&[
        "draft",
        "submit",
        "--url",
        u,
        "--key",
        afk,
        "--file",
        v2.to_str().unwrap(),
        "--version",
        "v2",
        "--draft",
        "d",
        "--parent",
        "v1",
    ]);
    c(&[
        "draft",
        "relay",
        "--url",
        u,
        "--key",
        f,
        "--version",
        "v2",
        "--to",
        "pk",
    ]);

    // The diff names what moved, changed and was added, word by word.
    let diff = read_json(u, Some(&pk), "/api/v1/versions/v2/diff?against=v1").await;
    let change = |eid: &str| {
        diff.as_array()
            .unwrap()
            .iter()
            .find(|c| c["eid"] == eid)
            .unwrap()["change"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(change("art_1__para_3"), "added");
    assert_eq!(change("art_1__para_2"), "changed");
    assert_eq!(change("art_1__para_1"), "moved");
    assert!(diff.to_string().contains(r#"{"op":"same","text":"Action is "},{"op":"deleted","text":"verifiable."},{"op":"inserted","text":"verifiable and effective."}"#), "{diff}");

    let (_, pk_v2) = read_as(u, Some(&pk), "/api/v1/versions/v2").await;
    let pk_v2: Value = serde_json::from_str(&pk_v2).unwrap();
    refused(
        u,
        &["sign", "--url", u, "--key", pkk, "--version", "v2"],
        "nothing is agreed until everything is agreed",
    )
    .await;
    let v3 = files.join("v3.json");
    std::fs::write(
        &v3,
        doc(json!([{ "eid": "art_1", "paragraphs": [
            para("art_1__para_1", "agreed", "The ceasefire continues."),
            para("art_1__para_2", "agreed", "Action is verifiable and effective."),
            para("art_1__para_3", "agreed", "No strikes.")
        ]}])),
    )
    .unwrap();
    c(&[
        "draft",
        "submit",
        "--url",
        u,
        "--key",
        pk2.to_str().unwrap(),
        "--file",
        v3.to_str().unwrap(),
        "--version",
        "v3",
        "--draft",
        "d",
        "--parent",
        "v2",
    ]);
    refused(
        u,
        &["sign", "--url", u, "--key", pkk, "--version", "v3"],
        "has not been relayed to af",
    )
    .await;
    c(&[
        "draft",
        "relay",
        "--url",
        u,
        "--key",
        f,
        "--version",
        "v3",
        "--to",
        "af",
    ]);
    let old_hash = pk_v2["content"].as_str().unwrap();
    refused(
        u,
        &[
            "sign",
            "--url",
            u,
            "--key",
            pkk,
            "--version",
            "v3",
            "--content",
            old_hash,
        ],
        "the text changed",
    )
    .await;
    refused(
        u,
        &[
            "sign",
            "--url",
            u,
            "--key",
            pk2.to_str().unwrap(),
            "--version",
            "v3",
        ],
        "authorised signatory",
    )
    .await;
    refused(
        u,
        &[
            "sign",
            "--url",
            u,
            "--key",
            f,
            "--version",
            "v3",
            "--witness",
        ],
        "still lacks the signature",
    )
    .await;
    c(&["sign", "--url", u, "--key", pkk, "--version", "v3"]);
    refused(
        u,
        &["sign", "--url", u, "--key", pkk, "--version", "v3"],
        "already signed",
    )
    .await;
    let status = read_json(u, Some(&af), "/api/v1/agreement").await;
    assert_eq!(status["adopted"], false);
    assert_eq!(status["adoption"]["missing_signatures"], json!(["af"]));
    refused(
        u,
        &[
            "sign",
            "--url",
            u,
            "--key",
            afk,
            "--version",
            "v3",
            "--witness",
        ],
        "witness the agreement",
    )
    .await;
    c(&["sign", "--url", u, "--key", afk, "--version", "v3"]);
    let status = read_json(u, Some(&af), "/api/v1/agreement").await;
    assert_eq!(
        status["adopted"], false,
        "no agreement before the mediators witness"
    );
    assert_eq!(status["adoption"]["missing_witnesses"], json!(["tr"]));
    c(&[
        "sign",
        "--url",
        u,
        "--key",
        f,
        "--version",
        "v3",
        "--witness",
    ]);
    let status = read_json(u, None, "/api/v1/agreement").await;
    assert_eq!(status["adopted"], true, "{status}");
    // The public learns that it is adopted, not which version (sealed).
    assert_eq!(status["version"], serde_json::Value::Null, "{status}");
    let status = read_json(u, Some(&af), "/api/v1/agreement").await;
    assert_eq!(status["version"], "v3");

    // A receipt per signature, verified offline.
    let _ = wait_for_checkpoint(u, size(u).await, 0).await;
    drop(server);
    let receipts = tmp.path().join("receipts");
    let out = ok(&[
        "export",
        "receipts",
        "--data",
        dir.to_str().unwrap(),
        "--out",
        receipts.to_str().unwrap(),
    ]);
    assert!(out.starts_with("3 receipts"), "{out}");
    for e in std::fs::read_dir(&receipts).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "receipt") {
            let entry = p.with_extension("json");
            let out = ok(&[
                "verify-receipt",
                "--log-key",
                &log_vkey,
                p.to_str().unwrap(),
                entry.to_str().unwrap(),
            ]);
            assert!(out.starts_with("ok: entry"), "{out}");
        }
    }

    // A removed member's key signs nothing and reads nothing afterwards.
    let server = serve(&dir, &[]);
    let u = server.url.as_str();
    c(&[
        "member", "remove", "--url", u, "--key", f, "--member", "af-head", "--reason", "replaced",
    ]);
    refused(
        u,
        &[
            "round", "move", "--url", u, "--key", afk, "--round", "r1", "--to", "resumed",
            "--reason", "x",
        ],
        "signs nothing afterwards",
    )
    .await;
    refused(
        u,
        &[
            "draft",
            "comment",
            "--url",
            u,
            "--key",
            afk,
            "--version",
            "v3",
            "--clause",
            "art_1",
            "--text",
            "late",
            "--id",
            "late",
        ],
        "retired",
    )
    .await;
    let (status, body) = read_as(u, Some(&af), "/api/v1/versions").await;
    assert_eq!(status, 401, "{body}");
    // Rotation: the old key is retired, the new one acts.
    let (pk_new, pk_new_vkey) = keygen(tmp.path(), "pk-head-2");
    c(&[
        "member",
        "rotate",
        "--url",
        u,
        "--key",
        f,
        "--member",
        "pk-head",
        "--new-key",
        &pk_new_vkey,
    ]);
    refused(
        u,
        &[
            "round", "move", "--url", u, "--key", pkk, "--round", "r1", "--to", "resumed",
            "--reason", "x",
        ],
        "rotated to a new key",
    )
    .await;
    c(&[
        "draft",
        "comment",
        "--url",
        u,
        "--key",
        pk_new.to_str().unwrap(),
        "--version",
        "v3",
        "--clause",
        "art_1",
        "--text",
        "new key",
        "--id",
        "new",
    ]);
    // Every act was a ledger entry; the whole log audits.
    drop(server);
    let out = ok(&["verify", "--data", dir.to_str().unwrap()]);
    assert!(out.starts_with("ok:"), "{out}");
}

fn demo(dir: &Path) {
    let out = demo_at(dir);
    assert!(out.contains("cosigned by 2 of 2"), "{out}");
}

#[tokio::test(flavor = "multi_thread")]
async fn confidentiality_from_every_role_on_every_endpoint() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    demo(&dir);
    let keys = dir.join("keys");
    let (pk, af, tr) = (
        keys.join("party-pakistan.key"),
        keys.join("party-afghanistan.key"),
        keys.join("mediator-turkiye.key"),
    );
    let server = serve(&dir, &[]);
    let u = server.url.as_str();
    // Pakistan submits v5 and it is not relayed: only Pakistan and the mediators read it.
    let v5 = tmp.path().join("v5.json");
    std::fs::write(&v5, doc(json!([{ "eid": "art_1", "paragraphs": [para("art_1__para_1", "proposed", "Secret P proposal.")] }]))).unwrap();
    ok(&[
        "draft",
        "submit",
        "--url",
        u,
        "--key",
        pk.to_str().unwrap(),
        "--file",
        v5.to_str().unwrap(),
        "--version",
        "v5",
        "--draft",
        "istanbul-interim",
        "--parent",
        "v4",
    ]);
    ok(&[
        "draft",
        "comment",
        "--url",
        u,
        "--key",
        pk.to_str().unwrap(),
        "--version",
        "v5",
        "--clause",
        "art_1",
        "--text",
        "P internal on v5",
        "--id",
        "p5",
    ]);
    let v5_json = read_json(u, Some(&pk), "/api/v1/versions/v5").await;
    let v5_hash = v5_json["content"].as_str().unwrap().to_owned();
    let comments = read_json(u, Some(&pk), "/api/v1/versions/v5/comments").await;
    let p5_hash = comments[0]["content"].as_str().unwrap().to_owned();

    let unrelayed = [
        "/api/v1/versions/v5".to_owned(),
        "/api/v1/versions/v5/comments".to_owned(),
        "/api/v1/versions/v5/diff?against=v4".to_owned(),
        "/api/v1/versions/v4/diff?against=v5".to_owned(),
        "/api/v1/versions/v5/export.md".to_owned(),
        "/api/v1/versions/v5/export.akn".to_owned(),
        format!("/api/v1/blobs/{v5_hash}"),
        format!("/api/v1/blobs/{p5_hash}"),
    ];
    for (who, key) in [
        ("the other party", Some(af.as_path())),
        ("the public", None),
    ] {
        for path in &unrelayed {
            let (status, body) = read_as(u, key, path).await;
            assert_eq!(status, 404, "{who} read {path}: {body}");
            assert!(
                !body.contains("Secret P proposal"),
                "{who} saw the text via {path}"
            );
        }
        let list = read_json(u, key, "/api/v1/versions").await;
        assert!(
            !list.to_string().contains("\"v5\""),
            "{who} listed v5: {list}"
        );
    }
    // The author and the mediators read it; the mediators do not read the party's internal comment.
    for key in [&pk, &tr] {
        for path in &unrelayed[..6] {
            let (status, body) = read_as(u, Some(key), path).await;
            assert_eq!(
                status,
                200,
                "{} could not read {path}: {body}",
                key.display()
            );
        }
    }
    let (status, _) = read_as(u, Some(&tr), &format!("/api/v1/blobs/{p5_hash}")).await;
    assert_eq!(status, 404, "a party's internal comment is its own");
    let tr_comments = read_json(u, Some(&tr), "/api/v1/versions/v5/comments").await;
    assert_eq!(tr_comments, json!([]));
    // The demo's comments: Pakistan's internal note on v1 is Pakistan's; Afghanistan's note for the mediators is not Pakistan's.
    let af_v1 = read_json(u, Some(&af), "/api/v1/versions/v1/comments").await;
    assert!(!af_v1.to_string().contains("pk-c1"), "{af_v1}");
    let pk_v1 = read_json(u, Some(&pk), "/api/v1/versions/v1/comments").await;
    assert!(pk_v1.to_string().contains("pk-c1"), "{pk_v1}");
    let pk_v2 = read_json(u, Some(&pk), "/api/v1/versions/v2/comments").await;
    assert!(!pk_v2.to_string().contains("af-c1"), "{pk_v2}");
    let tr_v2 = read_json(u, Some(&tr), "/api/v1/versions/v2/comments").await;
    assert!(tr_v2.to_string().contains("af-c1"), "{tr_v2}");
    // The mediators' shared annotation on v4 reaches both parties; the unattributed bridging text reads as the mediators'.
    for key in [&pk, &af] {
        let c = read_json(u, Some(key), "/api/v1/versions/v4/comments").await;
        assert!(c.to_string().contains("tr-c1"), "{c}");
        let v4 = read_json(u, Some(key), "/api/v1/versions/v4").await;
        assert_eq!(v4["author_participant"], "mediators", "{v4}");
    }
    assert_eq!(
        read_json(u, Some(&tr), "/api/v1/versions/v4").await["author_participant"],
        "tr"
    );
    // The public sees the outline and no member list; of the texts, only
    // the agreement the mediators published (the demo publishes v4), never
    // a draft, and none of the members' annotations on it.
    let public = read_json(u, None, "/api/v1/process").await;
    assert_eq!(public["agreement"], "v4");
    assert_eq!(public["agreement_adopted"], true);
    assert_eq!(public["members"], json!([]));
    let versions = read_json(u, None, "/api/v1/versions").await;
    let ids: Vec<&str> = versions
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["v4"]);
    let (status, body) = read_as(u, None, "/api/v1/versions/v4/comments").await;
    assert!(!body.contains("tr-c1"), "{status}: {body}");
    // A forged signature is refused, not read as public.
    let origin = "truce.example/pk-af-2025";
    let msg = truce_server::auth::read_message(origin, "GET", "/api/v1/versions", 0);
    let key = SignerKey::parse(std::fs::read_to_string(&af).unwrap().trim()).unwrap();
    let resp = http()
        .get(format!("{u}/api/v1/versions"))
        .header(
            "X-Truce-Key",
            SignerKey::parse(std::fs::read_to_string(&pk).unwrap().trim())
                .unwrap()
                .id(),
        )
        .header(
            "X-Truce-Created",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs()
                .to_string(),
        )
        .header(
            "X-Truce-Signature",
            base64::engine::general_purpose::STANDARD.encode(key.sign_raw(msg.as_bytes())),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
    // Blobs are stored by members only.
    let resp = http()
        .post(format!("{u}/api/v1/blobs"))
        .body("x")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
}

#[tokio::test(flavor = "multi_thread")]
async fn replay_from_zero_gives_identical_state() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    demo(&dir);
    let tr = dir.join("keys").join("mediator-turkiye.key");
    let paths = [
        "/api/v1/process",
        "/api/v1/versions",
        "/api/v1/agreement",
        "/api/v1/versions/v2/comments",
        "/api/v1/versions/v4/diff?against=v1",
    ];
    let mut before = Vec::new();
    {
        let server = serve(&dir, &[]);
        for p in paths {
            before.push(read_json(&server.url, Some(&tr), p).await);
        }
    }
    // A copy of the log's entries only (no blobs of state, nothing else) rebuilds the same state.
    let server = serve(&dir, &[]);
    for (p, b) in paths.iter().zip(&before) {
        let mut after = read_json(&server.url, Some(&tr), p).await;
        let mut b = b.clone();
        if *p == "/api/v1/process" {
            // The viewer block is the same too; nothing is time-dependent.
            after["viewer"] = Value::Null;
            b["viewer"] = Value::Null;
        }
        assert_eq!(after, b, "{p} differs after replay");
    }
    assert_eq!(before[0]["agreement"], "v4");
    assert_eq!(before[1].as_array().unwrap().len(), 4);
    drop(server);
    let out = ok(&["verify", "--data", dir.to_str().unwrap()]);
    assert!(out.starts_with("ok:"), "{out}");
}

fn xmllint(path: &Path) {
    let xsd = std::env::var("TRUCE_SHARED_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
        .join("schemas/akomantoso30/akomantoso30.xsd");
    assert!(
        xsd.exists(),
        "the Akoma Ntoso XSD is missing at {}",
        xsd.display()
    );
    let out = std::process::Command::new("xmllint")
        .args([
            "--noout",
            "--schema",
            xsd.to_str().unwrap(),
            path.to_str().unwrap(),
        ])
        .output()
        .expect("xmllint (libxml2-utils) must be installed: .ci/run installs it");
    assert!(
        out.status.success(),
        "{} is not valid Akoma Ntoso 3.0: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn exports_validate_and_parse_back() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    demo(&dir);
    let d = dir.to_str().unwrap();
    // Akoma Ntoso: the agreement as a collection of languages, each language alone, and a draft version.
    let mut files = Vec::new();
    for (name, extra) in [
        ("all", vec![]),
        ("en", vec!["--lang", "en"]),
        ("ur", vec!["--lang", "ur"]),
        ("ps", vec!["--lang", "ps"]),
        ("v2", vec!["--version", "v2"]),
    ] {
        let out = tmp.path().join(format!("{name}.xml"));
        let mut args = vec!["export", "akn", "--data", d, "--out", out.to_str().unwrap()];
        args.extend(extra);
        ok(&args);
        xmllint(&out);
        files.push(std::fs::read_to_string(&out).unwrap());
    }
    let all = &files[0];
    assert!(all.contains("<documentCollection name=\"agreement\">"));
    for lang in ["eng", "urd", "pus", "tur"] {
        assert!(
            all.contains(&format!("<FRBRlanguage language=\"{lang}\"/>")),
            "{lang}"
        );
    }
    assert!(all.contains("<workflow source=\"#truce\">") && all.contains("refersTo=\"#relayed\""));
    assert!(files[1].contains("<paragraph eId=\"art_2__para_2\" class=\"agreed\">"));
    assert!(files[1].contains("<conclusions>") && files[1].contains("as=\"#signatory\""));
    assert!(files[2].contains("style=\"direction: rtl\""));
    assert!(
        files[4].contains("class=\"bracketed\"")
            && files[4].contains("<documentCollection name=\"draft\">")
    );
    // Markdown, with right-to-left text marked.
    let md = ok(&["export", "md", "--data", d]);
    assert!(
        md.contains("# Interim understanding") && md.contains("<div dir=\"rtl\" lang=\"ur\">"),
        "{md}"
    );
    assert!(md.contains("adopted: signed by every party and witnessed by the mediators"));
    // iCalendar, parsed back by an independent parser.
    let ics_path = tmp.path().join("cal.ics");
    ok(&[
        "export",
        "ics",
        "--data",
        d,
        "--out",
        ics_path.to_str().unwrap(),
    ]);
    let ics = std::fs::read_to_string(&ics_path).unwrap();
    assert!(
        ics.lines().all(|l| l.len() <= 75),
        "a line is longer than 75 octets"
    );
    assert!(ics.contains("\r\n"));
    let cal: icalendar::Calendar = ics.parse().expect("icalendar parses the feed");
    use icalendar::{Component as _, EventLike as _};
    let events: Vec<_> = cal.components.iter().filter_map(|c| c.as_event()).collect();
    assert_eq!(events.len(), 4, "three rounds and one deadline");
    let istanbul = events
        .iter()
        .find(|e| {
            e.get_summary()
                .is_some_and(|s| s.starts_with("Second round"))
        })
        .unwrap();
    assert_eq!(istanbul.get_location(), Some("Istanbul"));
    assert_eq!(
        istanbul.get_start(),
        Some(icalendar::DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2025, 10, 25).unwrap()
        ))
    );
    assert!(
        istanbul
            .get_description()
            .unwrap()
            .contains("suspended 2025-10-29")
    );
    // Bad requests name what is wrong.
    let out = run(&["export", "akn", "--data", d, "--version", "v99"]);
    assert!(
        !out.status.success()
            && String::from_utf8_lossy(&out.stderr).contains("no version \"v99\"")
    );
    // The server serves the same, and its OpenAPI document names every route.
    let server = serve(&dir, &[]);
    let api = get_json(&format!("{}/openapi.json", server.url)).await;
    assert_eq!(api["openapi"], "3.1.0");
    for p in [
        "/api/v1/entries",
        "/api/v1/versions/{id}",
        "/api/v1/versions/{id}/diff",
        "/api/v1/agreement",
        "/api/v1/calendar.ics",
        "/api/v1/blobs/{sha256}",
        "/checkpoint",
    ] {
        assert!(
            api["paths"].get(p).is_some(),
            "{p} missing from the OpenAPI document"
        );
    }
    let served = http()
        .get(format!("{}/api/v1/calendar.ics", server.url))
        .send()
        .await
        .unwrap();
    assert_eq!(
        served.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let served: icalendar::Calendar = served.text().await.unwrap().parse().unwrap();
    assert_eq!(served.components.len(), 4);
}
