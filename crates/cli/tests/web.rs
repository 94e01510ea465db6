//! The web UI and its access control, through the real interfaces: the
//! `truce` binary serving the demo, HTTP on a real port, and a real headless
//! Chromium (Debian's `chromium` driven by `playwright-core`) running
//! `web/tests/e2e.mjs`. Also: the role × endpoint access matrix, asked both
//! with signed requests and with browser sessions (one place decides), and
//! sign-in's refusals (bad signatures, reused challenges, CSRF, rate limits).

mod common;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use common::*;
use std::path::{Path, PathBuf};
use truce_ledger::note::SignerKey;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn required(var: &str) -> bool {
    std::env::var(var).is_ok_and(|v| v == "1")
}

/// Debian's Chromium and playwright-core, or None (the test skips, unless
/// TRUCE_REQUIRE_BROWSER=1 makes it fail).
fn browser() -> Option<String> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let playwright = repo().join("web/node_modules/playwright-core");
    if Path::new(&chromium).exists() && playwright.exists() {
        return Some(chromium);
    }
    assert!(
        !required("TRUCE_REQUIRE_BROWSER"),
        "TRUCE_REQUIRE_BROWSER=1 but {chromium} or {} is missing (scripts/test.sh installs both)",
        playwright.display()
    );
    eprintln!("skipping: no chromium or playwright-core (set TRUCE_REQUIRE_BROWSER=1 to require)");
    None
}

/// Run a browser script of web/tests against a served demo; its stdout,
/// or a failure with both outputs.
fn browser_script(script: &str, chromium: &str, url: &str, data: &Path, shots: &Path) -> String {
    browser_script_with(script, chromium, url, data, shots, &[])
}

/// [`browser_script`] with more environment for the script.
fn browser_script_with(
    script: &str,
    chromium: &str,
    url: &str,
    data: &Path,
    shots: &Path,
    env: &[(&str, &str)],
) -> String {
    let out = std::process::Command::new("node")
        .arg(repo().join("web/tests").join(script))
        .envs(env.iter().copied())
        .current_dir(repo().join("web"))
        .env("TRUCE_URL", url)
        .env("TRUCE_BIN", env!("CARGO_BIN_EXE_truce"))
        .env("TRUCE_DATA", data)
        .env("TRUCE_SHOTS", shots)
        .env("CHROMIUM", chromium)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{script} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

#[test]
fn web_ui_end_to_end_in_headless_chromium() {
    let Some(chromium) = browser() else { return };
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("web-screenshots");
    let _ = std::fs::remove_dir_all(&shots);
    let stdout = browser_script("e2e.mjs", &chromium, &server.url, &demo.dir, &shots);
    assert!(stdout.contains("steps passed"), "{stdout}");
    for page in [
        "overview",
        "negotiation",
        "map",
        "verification",
        "compliance",
        "ledger",
        "public",
        "map-phone",
    ] {
        let png = std::fs::read(shots.join(format!("{page}.png")))
            .unwrap_or_else(|e| panic!("no screenshot of {page}: {e}"));
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 5_000,
            "{page}.png"
        );
    }
    // Every page in every language at both widths (e2e.mjs's last step).
    for lang in ["en", "ur", "ps", "fa", "tr", "ar"] {
        for page in [
            "overview",
            "process",
            "negotiation",
            "map",
            "verification",
            "compliance",
            "ledger",
            "public",
        ] {
            for width in [1280, 390] {
                let name = format!("lang-{lang}-{page}-{width}.png");
                let png = std::fs::read(shots.join(&name))
                    .unwrap_or_else(|e| panic!("no screenshot {name}: {e}"));
                assert!(png.starts_with(b"\x89PNG") && png.len() > 5_000, "{name}");
            }
        }
    }
    eprintln!("screenshots in {}", shots.display());
}

/// The mechanism configured from the browser's structured editor, on a
/// demo that stops at the adopted agreement (`web/tests/mechanism.mjs`).
#[test]
fn the_mechanism_is_configured_in_the_browser_editor() {
    let Some(chromium) = browser() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    ok(&demo_args(&dir, &["--stage", "agreement"]));
    let server = serve(&dir, &[]);
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("web-screenshots");
    let stdout = browser_script("mechanism.mjs", &chromium, &server.url, &dir, &shots);
    assert!(stdout.contains("configured in the browser"), "{stdout}");
    // Regression: the directory of a demo played to one stage is not
    // silently served as, or mixed into, another stage's demo.
    let again = run(&demo_args(&dir, &[]));
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(!again.status.success(), "{err}");
    assert!(err.contains("--stage agreement"), "{err}");
}

/// A whole process set up and run from the browser alone
/// (`web/tests/founding.mjs`): the log is made with a founding invitation
/// and nothing else; every entry after the genesis is then signed in
/// Chromium by a key enrolled there, or by the log's clock.
#[tokio::test(flavor = "multi_thread")]
async fn a_whole_process_is_set_up_and_run_from_the_browser_alone() {
    let Some(chromium) = browser() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("log");
    let out = run(&[
        "init",
        "--data",
        data.to_str().unwrap(),
        "--origin",
        "t.example/founding",
        "--process",
        "browser process",
        "--founding-invitations",
        "2",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("founding invitation"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "the log's key, then the codes: {stdout}");
    let code = lines[1].trim().to_owned();
    let spare = lines[2].trim().to_owned();
    assert_ne!(code, spare);
    assert!(
        !data.join("founder.key").exists(),
        "no key file: the founder's key is made in the browser"
    );
    let server = serve(&data, &[]);
    let u = server.url.clone();
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("web-screenshots");
    let (c, d) = (code.clone(), data.clone());
    let stdout = tokio::task::spawn_blocking(move || {
        browser_script_with(
            "founding.mjs",
            &chromium,
            &u,
            &d,
            &shots,
            &[("TRUCE_FOUNDING_CODE", c.as_str())],
        )
    })
    .await
    .unwrap();
    assert!(stdout.contains("run from the browser"), "{stdout}");
    assert!(
        stdout.contains("step: a refusal is said in the reader's language"),
        "{stdout}"
    );
    // The spare code is still a founding invitation, unused; the used one says so.
    let look = |c: &str| {
        format!(
            "{}/api/v1/invitations/{}",
            server.url,
            truce_ledger::authority::invitation_hash(c)
        )
    };
    let spare = get_json(&look(&spare)).await;
    assert_eq!(spare["founding"], true, "{spare}");
    assert_eq!(spare["status"], "pending", "{spare}");
    let used = get_json(&look(&code)).await;
    assert_eq!(used["status"], "used", "{used}");
    // Every entry's signer: the log key, or a key this run enrolled.
    let size = size(&server.url).await;
    let log_vkey = std::fs::read_to_string(data.join("log.vkey")).unwrap();
    let log_id = truce_ledger::note::VerifierKey::parse(log_vkey.trim())
        .unwrap()
        .id();
    let mut signers = std::collections::BTreeMap::<String, u64>::new();
    for i in 0..size {
        let bytes = http()
            .get(format!("{}/api/v1/entries/{i}", server.url))
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let e = truce_ledger::entry::Entry::parse(&bytes).unwrap();
        *signers.entry(e.keyid).or_default() += 1;
    }
    assert!(size > 40, "a whole process: {size} entries");
    assert_eq!(
        signers.len(),
        6,
        "the log key and five browser keys: {signers:?}"
    );
    for id in signers.keys().filter(|k| **k != log_id) {
        let k = get_json(&format!("{}/api/v1/keys/{id}", server.url)).await;
        let label = k["label"].as_str().unwrap_or_default();
        assert!(label.contains("enrolled by invitation"), "{id}: {k}");
        let founder = label.starts_with("founder");
        let n = signers[id];
        assert!(n >= 2, "{id} signed {n}");
        if founder {
            assert_eq!(k["may_register"], true, "{k}");
        }
    }
}

/// A browser session opened the way the web UI does: challenge, signature, cookie.
struct Session {
    cookie: String,
    csrf: String,
}

async fn sign_in(url: &str, key_file: &str) -> Session {
    let key = SignerKey::parse(std::fs::read_to_string(key_file).unwrap().trim()).unwrap();
    let c = http()
        .post(format!("{url}/api/v1/session/challenge"))
        .send()
        .await
        .unwrap();
    assert_eq!(c.status(), 200);
    let c: serde_json::Value = c.json().await.unwrap();
    let msg = truce_server::sessions::session_message(
        c["origin"].as_str().unwrap(),
        c["challenge"].as_str().unwrap(),
    );
    let resp = http()
        .post(format!("{url}/api/v1/session"))
        .json(&serde_json::json!({
            "key": key.id(), "challenge": c["challenge"], "signature": B64.encode(key.sign_raw(msg.as_bytes())),
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200, "sign-in as {}", key.id());
    let set = resp.headers()["set-cookie"].to_str().unwrap().to_owned();
    for flag in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
        assert!(set.contains(flag), "cookie lacks {flag}: {set}");
    }
    let body: serde_json::Value = resp.json().await.unwrap();
    Session {
        cookie: set.split(';').next().unwrap().to_owned(),
        csrf: body["csrf"].as_str().unwrap().to_owned(),
    }
}

async fn with_cookie(url: &str, s: &Session, path: &str) -> u16 {
    http()
        .get(format!("{url}{path}"))
        .header("Cookie", &s.cookie)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_role_against_every_page_and_endpoint() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let url = server.url.clone();
    let tr = demo.key("mediator-turkiye");
    let conn = |k: &str| {
        vec![
            "--url".to_owned(),
            url.clone(),
            "--key".to_owned(),
            k.to_owned(),
        ]
    };
    let run_act = |args: Vec<String>| {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        act(&refs)
    };
    // An observer enrolled by invitation from the CLI, and one removed after enrolling.
    run_act(
        [
            vec!["process".into(), "add-participant".into()],
            conn(&tr),
            vec![
                "--id".into(),
                "obs".into(),
                "--kind".into(),
                "observer".into(),
                "--name".into(),
                "Observers".into(),
            ],
        ]
        .concat(),
    )
    .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let mut keys = std::collections::BTreeMap::new();
    for who in ["obs-1", "obs-gone"] {
        let file = tmp.path().join(format!("{who}.key"));
        ok(&["keygen", "--name", who, "--out", file.to_str().unwrap()]);
        let invited = run_act(
            [
                vec!["member".into(), "invite".into()],
                conn(&tr),
                vec![
                    "--member".into(),
                    who.into(),
                    "--participant".into(),
                    "obs".into(),
                    "--name".into(),
                    who.into(),
                    "--role".into(),
                    "observer".into(),
                ],
            ]
            .concat(),
        )
        .unwrap();
        let code = serde_json::from_str::<serde_json::Value>(&invited).unwrap()["code"]
            .as_str()
            .unwrap()
            .to_owned();
        run_act(
            [
                vec!["member".into(), "enrol".into()],
                conn(file.to_str().unwrap()),
                vec!["--code".into(), code.clone()],
            ]
            .concat(),
        )
        .unwrap();
        // The code is used up: a second enrolment is refused, naming why.
        let other = tmp.path().join(format!("{who}-2.key"));
        ok(&[
            "keygen",
            "--name",
            &format!("{who}-2"),
            "--out",
            other.to_str().unwrap(),
        ]);
        let err = run_act(
            [
                vec!["member".into(), "enrol".into()],
                conn(other.to_str().unwrap()),
                vec!["--code".into(), code],
            ]
            .concat(),
        )
        .unwrap_err();
        assert!(err.contains("already used") && err.contains("(4"), "{err}");
        keys.insert(who, file.to_str().unwrap().to_owned());
    }
    // pk puts a draft to the mediators that nobody has relayed yet.
    let pk = demo.key("party-pakistan");
    let af = demo.key("party-afghanistan");
    let (_, v4) = read_as(&url, Some(Path::new(&pk)), "/api/v1/versions/v4").await;
    let v4: serde_json::Value = serde_json::from_str(&v4).unwrap();
    let doc_file = tmp.path().join("v5.json");
    std::fs::write(&doc_file, v4["document"].to_string()).unwrap();
    let submit = run_act(
        [
            vec!["draft".into(), "submit".into()],
            conn(&pk),
            vec![
                "--version".into(),
                "v5".into(),
                "--draft".into(),
                "istanbul-interim".into(),
                "--parent".into(),
                "v4".into(),
                "--file".into(),
                doc_file.to_str().unwrap().into(),
            ],
        ]
        .concat(),
    );
    submit.unwrap();

    let sessions = [
        ("mediator", Some(tr.clone())),
        ("party pk", Some(pk.clone())),
        ("party af", Some(af.clone())),
        ("observer", Some(keys["obs-1"].clone())),
        ("removed", Some(keys["obs-gone"].clone())),
        ("public", None),
    ];
    let mut opened = Vec::new();
    for (role, key) in &sessions {
        let s = match key {
            Some(k) => Some(sign_in(&url, k).await),
            None => None,
        };
        opened.push((*role, key.clone(), s));
    }
    // The removed member's key is retired after it signed in.
    run_act(
        [
            vec!["member".into(), "remove".into()],
            conn(&tr),
            vec![
                "--member".into(),
                "obs-gone".into(),
                "--reason".into(),
                "left the mission".into(),
            ],
        ]
        .concat(),
    )
    .unwrap();

    // Expected status per role: mediator, pk, af, observer, removed, public.
    let matrix: &[(&str, [u16; 6])] = &[
        ("/api/v1/process", [200, 200, 200, 200, 401, 200]),
        ("/api/v1/whoami", [200, 200, 200, 200, 401, 200]),
        ("/api/v1/versions", [200, 200, 200, 200, 401, 200]),
        // The other party's unrelayed draft: its author and the mediators only.
        ("/api/v1/versions/v5", [200, 200, 404, 404, 401, 404]),
        (
            "/api/v1/versions/v5/comments",
            [200, 200, 404, 404, 401, 404],
        ),
        (
            "/api/v1/versions/v5/diff?against=v4",
            [200, 200, 404, 404, 401, 404],
        ),
        (
            "/api/v1/versions/v5/export.md",
            [200, 200, 404, 404, 401, 404],
        ),
        // The adopted text: every member; the public too once the mediators
        // published it (the demo does), but not the members' annotations.
        ("/api/v1/versions/v4", [200, 200, 200, 200, 401, 200]),
        // Reports: each reader's own; the public's holds what was published.
        (
            "/api/v1/report?from=2025-11-01&to=2025-11-30",
            [200, 200, 200, 200, 401, 200],
        ),
        // The public record reads no key: the same bytes for everyone.
        ("/api/v1/public", [200, 200, 200, 200, 200, 200]),
        ("/api/v1/publications", [200, 200, 200, 200, 401, 200]),
        ("/api/v1/agreement", [200, 200, 200, 200, 401, 200]),
        // The mechanism's terms and compliance: members only.
        ("/api/v1/mechanism", [200, 200, 200, 200, 401, 401]),
        ("/api/v1/compliance", [200, 200, 200, 200, 401, 401]),
        ("/api/v1/incidents", [200, 200, 200, 200, 401, 200]),
        (
            "/api/v1/incidents/clusters?cell=1",
            [200, 200, 200, 200, 401, 200],
        ),
        ("/api/v1/cases", [200, 200, 200, 200, 401, 200]),
        // An open case concerning pk (accused) with both heads on its team.
        (
            "/api/v1/cases/case-spin-boldak",
            [200, 200, 200, 404, 401, 404],
        ),
        ("/api/v1/findings", [200, 200, 200, 200, 401, 200]),
        ("/api/v1/penalties", [200, 200, 200, 200, 401, 200]),
        // The published record of findings and penalties.
        ("/api/v1/record", [200, 200, 200, 200, 401, 200]),
        // Pages are one shell; their data comes from the API above.
        ("/", [200, 200, 200, 200, 401, 200]),
        ("/negotiation", [200, 200, 200, 200, 401, 200]),
        ("/map", [200, 200, 200, 200, 401, 200]),
        ("/verification", [200, 200, 200, 200, 401, 200]),
        ("/compliance", [200, 200, 200, 200, 401, 200]),
        ("/ledger", [200, 200, 200, 200, 401, 200]),
        ("/public", [200, 200, 200, 200, 401, 200]),
    ];
    let mut failures = Vec::new();
    for (path, expected) in matrix {
        for (n, (role, key, session)) in opened.iter().enumerate() {
            let want = expected[n];
            let pages = !path.starts_with("/api/");
            // Pages serve the shell to anyone; a session whose key was
            // retired gets a 401 from the API calls the page makes.
            let want_signed = if pages { 200 } else { want };
            let (signed, _) = read_as(&url, key.as_deref().map(Path::new), path).await;
            if signed != want_signed {
                failures.push(format!(
                    "{role} GET {path} signed: {signed}, want {want_signed}"
                ));
            }
            if let Some(s) = session {
                let got = with_cookie(&url, s, path).await;
                let want_cookie = if pages { 200 } else { want };
                if got != want_cookie {
                    failures.push(format!(
                        "{role} GET {path} session: {got}, want {want_cookie}"
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "access matrix:\n{}",
        failures.join("\n")
    );

    // Acts: an observer's finding and a removed member's anything are refused.
    refused(
        &url,
        &[
            "finding",
            "propose",
            "--url",
            &url,
            "--key",
            &keys["obs-1"],
            "--case",
            "case-spin-boldak",
            "--id",
            "f-obs",
            "--outcome",
            "confirmed",
            "--summary",
            "observer overreach",
            "--party",
            "pk",
            "--category",
            "armed_clash",
            "--severity",
            "serious",
        ],
        "may not",
    )
    .await;
    refused(
        &url,
        &[
            "round",
            "deadline",
            "--url",
            &url,
            "--key",
            &keys["obs-gone"],
            "--deadline",
            "d-x",
            "--title",
            "x",
            "--due",
            "2026-12-01",
        ],
        "retired",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_refuses_what_it_must() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let url = server.url.clone();
    let pk = SignerKey::parse(
        std::fs::read_to_string(demo.key("party-pakistan"))
            .unwrap()
            .trim(),
    )
    .unwrap();
    let challenge = || async {
        let v: serde_json::Value = http()
            .post(format!("{url}/api/v1/session/challenge"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        v["challenge"].as_str().unwrap().to_owned()
    };
    let attempt = |body: serde_json::Value| {
        let url = url.clone();
        async move {
            let r = http()
                .post(format!("{url}/api/v1/session"))
                .json(&body)
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            let v: serde_json::Value = r.json().await.unwrap_or_default();
            (status, v["error"].as_str().unwrap_or_default().to_owned())
        }
    };
    let origin = get_json(&format!("{url}/api/v1/log")).await["origin"]
        .as_str()
        .unwrap()
        .to_owned();
    let sign = |c: &str| {
        B64.encode(pk.sign_raw(truce_server::sessions::session_message(&origin, c).as_bytes()))
    };
    // A signature over another challenge.
    let c = challenge().await;
    let (s, e) =
        attempt(serde_json::json!({"key": pk.id(), "challenge": c, "signature": sign("other")}))
            .await;
    assert_eq!((s, e.contains("does not verify")), (401, true), "{e}");
    // The challenge was used up by that attempt.
    let (s, e) =
        attempt(serde_json::json!({"key": pk.id(), "challenge": c, "signature": sign(&c)})).await;
    assert_eq!(
        (s, e.contains("unknown, used or expired")),
        (401, true),
        "{e}"
    );
    // Unknown key; malformed bodies.
    let c = challenge().await;
    let (s, e) = attempt(
        serde_json::json!({"key": "nobody+00000000", "challenge": c, "signature": sign(&c)}),
    )
    .await;
    assert_eq!((s, e.contains("unknown key")), (401, true), "{e}");
    let (s, e) = attempt(serde_json::json!({"key": pk.id()})).await;
    assert_eq!((s, e.contains("missing field")), (400, true), "{e}");
    let (s, e) =
        attempt(serde_json::json!({"key": pk.id(), "challenge": "x", "signature": "***"})).await;
    assert_eq!((s, e.contains("not base64")), (400, true), "{e}");

    // A good session; CSRF on changes; oversized upload; sign-out.
    let session = sign_in(&url, &demo.key("party-pakistan")).await;
    let blob = |csrf: Option<&str>, body: Vec<u8>| {
        let mut r = http()
            .post(format!("{url}/api/v1/blobs"))
            .header("Cookie", &session.cookie)
            .body(body);
        if let Some(c) = csrf {
            r = r.header("X-Truce-CSRF", c);
        }
        r.send()
    };
    assert_eq!(blob(None, b"hello".to_vec()).await.unwrap().status(), 403);
    assert_eq!(
        blob(Some("wrong"), b"hello".to_vec())
            .await
            .unwrap()
            .status(),
        403
    );
    assert_eq!(
        blob(Some(&session.csrf), b"hello".to_vec())
            .await
            .unwrap()
            .status(),
        201
    );
    // Over the limit: refused by its announced length, before a byte of the
    // body is read (so the answer comes while the client would still write).
    {
        use std::io::{Read as _, Write as _};
        let mut sock = std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
        write!(
            sock,
            "POST /api/v1/blobs HTTP/1.1\r\nHost: x\r\nCookie: {}\r\nX-Truce-CSRF: {}\r\nContent-Length: {}\r\n\r\n",
            session.cookie,
            session.csrf,
            truce_server::http::tlog::MAX_BLOB + 1
        )
        .unwrap();
        sock.set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .unwrap();
        let mut head = [0u8; 12];
        sock.read_exact(&mut head).unwrap();
        assert_eq!(&head, b"HTTP/1.1 413");
    }
    let out = http()
        .delete(format!("{url}/api/v1/session"))
        .header("Cookie", &session.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 403, "sign-out needs the CSRF token too");
    let out = http()
        .delete(format!("{url}/api/v1/session"))
        .header("Cookie", &session.cookie)
        .header("X-Truce-CSRF", &session.csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 204);
    assert_eq!(with_cookie(&url, &session, "/api/v1/versions").await, 401);

    // Security headers on pages and API answers.
    let page = http().get(format!("{url}/map")).send().await.unwrap();
    let h = page.headers();
    assert!(
        h["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("script-src 'self'")
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["x-frame-options"], "DENY");
    let asset = http()
        .get(format!("{url}/assets/vendor/leaflet.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(asset.status(), 200);
    assert!(
        asset.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    assert_eq!(
        http()
            .get(format!("{url}/assets/nope.js"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );

    // Rate limit: sign-in attempts per address per minute.
    let mut limited = None;
    for n in 0..(truce_server::sessions::RATE_LIMIT + 5) {
        let r = http()
            .post(format!("{url}/api/v1/session/challenge"))
            .send()
            .await
            .unwrap();
        if r.status() == 429 {
            assert_eq!(r.headers()["retry-after"], "60");
            let e: serde_json::Value = r.json().await.unwrap();
            assert!(
                e["error"]
                    .as_str()
                    .unwrap()
                    .contains("too many sign-in attempts")
            );
            limited = Some(n);
            break;
        }
    }
    assert!(
        limited.is_some(),
        "no 429 after {} attempts",
        truce_server::sessions::RATE_LIMIT + 5
    );
    // Reading is not rate limited.
    assert_eq!(
        http()
            .get(format!("{url}/api/v1/process"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_updates_arrive_as_server_sent_events() {
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let url = server.url.clone();
    let mut resp = http()
        .get(format!("{url}/api/v1/events"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["content-type"], "text/event-stream");
    let first = tokio::time::timeout(std::time::Duration::from_secs(10), resp.chunk())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let first = String::from_utf8_lossy(&first).into_owned();
    let size = size(&url).await;
    assert!(
        first.contains(&format!("event: size\ndata: {size}")),
        "{first}"
    );
    let out = act(&[
        "round",
        "deadline",
        "--url",
        &url,
        "--key",
        &demo.key("mediator-turkiye"),
        "--deadline",
        "d-live",
        "--title",
        "Live",
        "--due",
        "2026-12-01",
    ])
    .unwrap();
    // The act, perhaps after the log's time.
    let grown = recorded_index(&out) + 1;
    let mut seen = String::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !seen.contains(&format!("data: {grown}")) && std::time::Instant::now() < deadline {
        if let Ok(Ok(Some(chunk))) =
            tokio::time::timeout(std::time::Duration::from_secs(5), resp.chunk()).await
        {
            seen.push_str(&String::from_utf8_lossy(&chunk));
        }
    }
    assert!(seen.contains(&format!("data: {grown}")), "{seen}");
}

/// The public page of a log with more communiqués than the record holds at
/// a glance: the newest 100, then "show older" pages in the rest, in order
/// (`web/tests/older.mjs`).
#[tokio::test(flavor = "multi_thread")]
async fn the_public_page_pages_in_what_the_glance_leaves_out() {
    let Some(chromium) = browser() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("log");
    let (_, founder_path) = init(&data, "t.example/older");
    let server = serve(&data, &[]);
    let founder = truce_ledger::note::SignerKey::parse(
        std::fs::read_to_string(&founder_path).unwrap().trim(),
    )
    .unwrap();
    for n in 1..=130u64 {
        let e = truce_ledger::entry::sign_entry(
            &founder,
            "t.example/older",
            "communique",
            n,
            &serde_json::json!({ "title": format!("communiqué {n}"), "text": "x" }).to_string(),
        )
        .unwrap();
        let (status, v) = post(&server.url, e).await;
        assert_eq!(status, 201, "{v}");
    }
    let u = server.url.clone();
    until(
        "the public record to hold every communiqué",
        30,
        async || get_json(&format!("{u}/api/v1/public")).await["counts"]["communiques"] == 130,
    )
    .await;
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("web-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let stdout = tokio::task::spawn_blocking(move || {
        browser_script("older.mjs", &chromium, &u, &data, &shots)
    })
    .await
    .unwrap();
    assert!(stdout.contains("older step passed"), "{stdout}");
}
