//! Reports and the public record, through the `truce` binary and HTTP on a
//! real port:
//!
//! - the demo's November report: the same log prefix and period give the
//!   same bytes (twice over HTTP, and from the data directory offline);
//!   `truce verify-report` accepts it and refuses it after one byte of an
//!   embedded proof or of the body is changed; the CSV parses (Python's
//!   `csv`), the GeoJSON passes `@placemarkio/check-geojson`, the HTML holds
//!   the same counts, each linked to its items;
//! - the PDF: the same bytes twice and offline; `pdfinfo`, `pdftotext`,
//!   `pdfdetach` and `pdftoppm` (poppler-utils) read it: tagged, the counts
//!   of the JSON and the HTML, the agreement's Urdu title in its own
//!   characters, the JSON twin attached byte for byte, every page inked;
//!   `truce verify-report` accepts it and refuses it after one byte of a
//!   page or of an attached proof is changed;
//! - the published report, the Atom feed and the static site;
//! - nothing public before the mediators publish it: a canary from the
//!   adopted text is found nowhere the public can fetch until the quorum of
//!   mediators has signed, and then it is;
//! - a party's record holds nothing of the other party's unpublished acts;
//! - the public record is a glance however long the log: each growing list
//!   holds its newest 100, the pages hold the rest, the static site all.

mod common;

use common::*;
use std::path::Path;

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// Whether `needle` is in `bytes`, raw or decoded ([`decodings`]: base64,
/// and a PDF's text and attached files).
fn holds(bytes: &[u8], needle: &str) -> bool {
    let mut all = Vec::new();
    decodings(bytes, 3, &mut all);
    all.iter().any(|b| contains(b, needle))
}

/// Every path the public can fetch, with what it answered.
async fn public_bytes(url: &str, extra: &[String]) -> Vec<(String, u16, Vec<u8>)> {
    let size = get_json(&format!("{url}/api/v1/log")).await["size"]
        .as_u64()
        .unwrap();
    let mut paths: Vec<String> = [
        "/checkpoint",
        "/api/v1/log",
        "/api/v1/process",
        "/api/v1/versions",
        "/api/v1/agreement",
        "/api/v1/public",
        "/api/v1/public/feed.atom",
        "/api/v1/publications",
        "/api/v1/findings",
        "/api/v1/penalties",
        "/api/v1/record",
        "/api/v1/incidents",
        "/api/v1/report?from=2025-01-01&to=2026-12-31",
        "/api/v1/report?from=2025-01-01&to=2026-12-31&format=csv",
        "/api/v1/report?from=2025-01-01&to=2026-12-31&format=html",
        "/api/v1/report?from=2025-01-01&to=2026-12-31&format=geojson",
        "/api/v1/report?from=2025-01-01&to=2026-12-31&format=pdf",
        "/public",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for i in 0..size {
        paths.push(format!("/api/v1/entries/{i}"));
        paths.push(format!("/api/v1/entries/{i}/opening"));
    }
    paths.extend(extra.iter().cloned());
    let mut out = Vec::new();
    for p in paths {
        let (status, body) = fetch(url, None, &p).await;
        out.push((p, status, body));
    }
    out
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// `truce verify-report` on `file`: Ok(what it printed) or Err(its error).
fn verify_report(file: &Path, log_key: &str, witnesses: &[String]) -> Result<String, String> {
    let mut args = vec!["verify-report", "--log-key", log_key];
    for w in witnesses {
        args.extend(["--witness", w.as_str()]);
    }
    args.push(file.to_str().unwrap());
    let out = run(&args);
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// What `truce verify-report` says refusing `bytes` written as `name`.
fn refusal(dir: &Path, name: &str, bytes: &[u8], log_key: &str) -> String {
    verify_report(&write(dir, name, bytes), log_key, &[]).unwrap_err()
}

/// Afghanistan (`af`, its key) reports shelling by Pakistan on 20 November
/// 2025 at (lat, lon), with a narrative and a place name.
fn af_reports_shelling(
    u: &str,
    af: &str,
    id: &str,
    (lat, lon): (&str, &str),
    narrative: &str,
    place: &str,
) {
    ok(&[
        "incident",
        "report",
        "--url",
        u,
        "--key",
        af,
        "--id",
        id,
        "--occurred",
        "2025-11-20T10:00:00Z",
        "--lat",
        lat,
        "--lon",
        lon,
        "--category",
        "shelling",
        "--alleged-party",
        "pk",
        "--narrative",
        narrative,
        "--source",
        "delegation",
        "--place",
        place,
    ]);
}

/// Rows of a CSV file as Python's `csv` module reads them (header first).
fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='')))))",
            path.to_str().unwrap(),
        ])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

async fn log_key(url: &str) -> String {
    get_json(&format!("{url}/api/v1/log")).await["log_key"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The public record once it is made at the latest checkpoint (it may
/// trail the log by a moment under load).
async fn fresh_public(url: &str) -> serde_json::Value {
    settled(url).await;
    let mut record = serde_json::Value::Null;
    until(
        "the public record at the latest checkpoint",
        20,
        async || {
            let size = get_json(&format!("{url}/api/v1/log")).await["published_size"].clone();
            record = get_json(&format!("{url}/api/v1/public")).await;
            record["checkpoint"]["size"] == size
        },
    )
    .await;
    record
}

/// Wait until the published checkpoint covers the whole log.
async fn settled(url: &str) {
    until("the checkpoint to cover the log", 20, async || {
        let info = get_json(&format!("{url}/api/v1/log")).await;
        info["published_size"] == info["size"]
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_report_is_reproducible_verifiable_and_its_twins_agree() {
    let demo = Demo::new();
    let tmp = tempfile::tempdir().unwrap();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    settled(u).await;
    let lk = log_key(u).await;
    let period = ["--from", "2025-10-01", "--to", "2025-11-30"];
    let report = |key: Option<&str>, format: &str, out: &Path| {
        let mut args = vec![
            "report",
            "--url",
            u,
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend(period);
        if let Some(k) = key {
            args.extend(["--as", k]);
        }
        ok(&args);
        std::fs::read(out).unwrap()
    };

    // The public report, twice: the same bytes.
    let a = report(None, "json", &tmp.path().join("a.json"));
    let b = report(None, "json", &tmp.path().join("b.json"));
    assert_eq!(a, b, "the same checkpoint and period gave different bytes");
    let data: serde_json::Value = serde_json::from_slice(&a).unwrap();
    assert_eq!(data["schema"], "truce-report/v1");
    assert_eq!(data["audience"], "public");
    let said = verify_report(&tmp.path().join("a.json"), &lk, &[]).expect("verifies");
    assert!(said.starts_with("ok: "), "{said}");
    // Only published findings, and the violation confirmed over a dissent is one.
    let findings = data["items"]["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| !f["published"].is_null()));
    assert!(
        findings
            .iter()
            .any(|f| f["id"] == "finding-chaman" && f["dissents"] == 1)
    );
    assert_eq!(data["summary"]["violations"], 1);
    assert_eq!(data["summary"]["appeals"], 1);
    // The public reads the commitments' states (the agreement is published),
    // not the reasons that quote the mechanism's terms, nor which violation
    // in the window a penalty is (that counts unpublished findings).
    let commitments = data["commitments"].as_array().unwrap();
    assert!(!commitments.is_empty());
    assert!(
        commitments
            .iter()
            .all(|c| c["why"] == serde_json::json!([]))
    );
    assert!(
        data["items"]["penalties"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["count"].is_null())
    );
    // Regressions (red team): a report whose item is listed twice, or whose
    // item's entry is carried without its opening, is refused.
    let mut twice = data.clone();
    let first = twice["items"]["findings"][0].clone();
    twice["items"]["findings"]
        .as_array_mut()
        .unwrap()
        .push(first);
    let e = refusal(
        tmp.path(),
        "twice.json",
        &serde_json::to_vec(&twice).unwrap(),
        &lk,
    );
    assert!(e.contains("listed twice"), "{e}");
    let mut closed = data.clone();
    for e in closed["entries"].as_array_mut().unwrap() {
        e["opening"] = serde_json::Value::Null;
    }
    let e = refusal(
        tmp.path(),
        "closed.json",
        &serde_json::to_vec(&closed).unwrap(),
        &lk,
    );
    assert!(e.contains("whose opening the report does not carry"), "{e}");

    // One byte of a proof, or of the body, changed: refused, naming what.
    let text = String::from_utf8(a.clone()).unwrap();
    let proof_at = text.find("\"proof\": [\n").unwrap() + "\"proof\": [\n".len();
    let quote = proof_at + text[proof_at..].find('"').unwrap() + 1;
    let mut bad = a.clone();
    bad[quote] = if bad[quote] == b'A' { b'B' } else { b'A' };
    let e = refusal(tmp.path(), "bad-proof.json", &bad, &lk);
    assert!(e.contains("not in the checkpoint's tree"), "{e}");
    let count = format!("\"violations\": {}", data["summary"]["violations"]);
    let tampered = text.replacen(&count, "\"violations\": 7", 1);
    assert_ne!(tampered, text);
    let e = refusal(tmp.path(), "bad-count.json", tampered.as_bytes(), &lk);
    assert!(e.contains("summary.violations"), "{e}");
    // An item's field changed where its signed entry says otherwise.
    let moved = text.replacen(
        "\"outcome\": \"confirmed\"",
        "\"outcome\": \"not_confirmed\"",
        1,
    );
    assert_ne!(moved, text);
    let e = refusal(tmp.path(), "bad-item.json", moved.as_bytes(), &lk);
    assert!(
        e.contains("another outcome") || e.contains("summary.violations"),
        "{e}"
    );
    // Regressions (red team): an item's place name, or the period it is
    // compared with, changed where the record says otherwise.
    let renamed = text.replacen(
        "\"place\": \"near Chaman\"",
        "\"place\": \"near Quetta\"",
        1,
    );
    assert_ne!(renamed, text);
    let e = refusal(tmp.path(), "bad-place.json", renamed.as_bytes(), &lk);
    assert!(e.contains("another place name"), "{e}");
    let shifted = text.replacen(
        &format!(
            "\"from\": \"{}\"",
            data["previous"]["from"].as_str().unwrap()
        ),
        "\"from\": \"2024-01-01\"",
        1,
    );
    assert_ne!(shifted, text);
    let e = refusal(tmp.path(), "bad-previous.json", shifted.as_bytes(), &lk);
    assert!(e.contains("another period"), "{e}");
    // Regression (red team): a published finding's statement rewritten.
    let statement = findings[0]["statement"].as_str().unwrap();
    let reworded = text.replacen(
        &serde_json::to_string(statement).unwrap(),
        "\"The mechanism finds no violation.\"",
        1,
    );
    assert_ne!(reworded, text);
    let e = refusal(tmp.path(), "bad-statement.json", reworded.as_bytes(), &lk);
    assert!(e.contains("another statement"), "{e}");
    // Another log's key refuses it.
    let other = ok(&[
        "keygen",
        "--name",
        "truce.example/pk-af-2025",
        "--out",
        tmp.path().join("other.key").to_str().unwrap(),
    ]);
    let e = verify_report(&tmp.path().join("a.json"), other.trim(), &[]).unwrap_err();
    assert!(e.contains("checkpoint does not verify"), "{e}");

    // The commission's report: the same checkpoint, more than the public's;
    // made offline from the data directory, the very same bytes.
    let tr = demo.key("mediator-turkiye");
    let commission = report(Some(&tr), "json", &tmp.path().join("c.json"));
    let c: serde_json::Value = serde_json::from_slice(&commission).unwrap();
    assert_eq!(c["audience"], "commission");
    assert!(c["summary"]["incidents"].as_u64() > data["summary"]["incidents"].as_u64());
    verify_report(&tmp.path().join("c.json"), &lk, &[]).expect("the commission's verifies");
    let offline = |name: &str| {
        let out = tmp.path().join(name);
        let mut args = vec![
            "report",
            "--data",
            demo.dir.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend(period);
        ok(&args);
        std::fs::read(out).unwrap()
    };
    let o1 = offline("o1.json");
    assert_eq!(o1, offline("o2.json"), "two offline runs differ");
    assert_eq!(
        o1, commission,
        "offline and served reports at one checkpoint differ"
    );

    // Regression (red team): one mediator proposing the commission's report
    // relabelled as the public's is refused, and nothing is appended.
    let relabelled = String::from_utf8(commission.clone()).unwrap().replacen(
        "\"audience\": \"commission\"",
        "\"audience\": \"public\"",
        1,
    );
    let (status, stored) = send_as(u, Path::new(&tr), "POST", "/api/v1/blobs", &relabelled).await;
    assert!(status == 200 || status == 201, "{status}: {stored}");
    let sha: String = {
        use sha2::Digest as _;
        hex::encode(sha2::Sha256::digest(relabelled.as_bytes()))
    };
    let body = serde_json::json!({ "object": "report", "id": "forged", "report": {
        "sha256": sha, "from": "2025-10-01", "to": "2025-11-30",
        "size": c["made_at"]["size"], "title": "Forged" } });
    let payload = write(tmp.path(), "forged-act.json", body.to_string().as_bytes());
    let before = size(u).await;
    let out = run(&[
        "submit",
        "--url",
        u,
        "--key",
        &tr,
        "--type",
        "publication.sign",
        payload.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is not the public report"), "{err}");
    assert_eq!(size(u).await, before);

    // A party's own record.
    let pk = report(
        Some(&demo.key("party-pakistan")),
        "json",
        &tmp.path().join("pk.json"),
    );
    let p: serde_json::Value = serde_json::from_slice(&pk).unwrap();
    assert_eq!(
        (p["audience"].as_str(), p["party"].as_str()),
        (Some("party"), Some("pk"))
    );
    verify_report(&tmp.path().join("pk.json"), &lk, &[]).expect("the party's verifies");

    // The twins agree with the JSON.
    let items = |d: &serde_json::Value| -> usize {
        ["incidents", "cases", "findings", "penalties"]
            .iter()
            .map(|s| d["items"][s].as_array().unwrap().len())
            .sum()
    };
    let csv = tmp.path().join("c.csv");
    report(Some(&tr), "csv", &csv);
    let rows = csv_rows(&csv);
    assert_eq!(rows[0][0], "section");
    assert_eq!(rows.len() - 1, items(&c), "one CSV row per item");
    let geo = tmp.path().join("c.geojson");
    report(Some(&tr), "geojson", &geo);
    assert_eq!(
        check_geojson(&geo),
        c["items"]["incidents"].as_array().unwrap().len()
    );
    let html = String::from_utf8(report(Some(&tr), "html", &tmp.path().join("c.html"))).unwrap();
    assert!(!html.contains("<script"), "a report's HTML runs nothing");
    for i in c["items"]["incidents"].as_array().unwrap() {
        let id = i["id"].as_str().unwrap();
        assert!(
            html.contains(&format!("id=\"incident-{id}\"")),
            "{id} has no row"
        );
        assert!(
            html.contains(&format!("href=\"#incident-{id}\"")),
            "no count links to {id}"
        );
    }
    // A map of the period's incidents over the built-in boundaries, each
    // incident on it; then a chart per grouping, drawn in the HTML (no
    // script), a bar per key.
    assert_eq!(html.matches("<svg").count(), 5);
    let map_at = html.find("<figure class=\"map\"><svg").unwrap();
    let map = &html[map_at..map_at + html[map_at..].find("</svg>").unwrap()];
    assert!(map.contains("<path d=\"M"), "the map has no boundaries");
    for country in ["Afghanistan", "Pakistan"] {
        assert!(
            map.contains(&format!(">{country}</text>")),
            "the map does not name {country}"
        );
    }
    for i in c["items"]["incidents"].as_array().unwrap() {
        if i["period"] == "current" {
            let id = i["id"].as_str().unwrap();
            assert!(map.contains(id), "{id} is not on the map");
        }
    }
    let categories = c["incidents"]["by_category"].as_array().unwrap().len();
    let chart_at = html.find("<h2 id=\"by_category\">").unwrap();
    let first_chart = &html[chart_at..chart_at + html[chart_at..].find("</svg>").unwrap()];
    assert_eq!(first_chart.matches("class=\"now\"").count(), categories);
    let incidents = c["summary"]["incidents"].as_u64().unwrap();
    assert!(html.contains(&format!("<a href=\"#incidents\">{incidents}</a>")));
    let resp = get_response(
        u,
        None,
        "/api/v1/report?from=2025-10-01&to=2025-11-30&format=html",
    )
    .await;
    assert_eq!(resp.status(), 200);
    assert!(
        resp.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("default-src 'none'"),
        "the report's HTML keeps its own policy"
    );

    // Bad requests are named, never 5xx, and change nothing.
    let before = size(u).await;
    for (q, what) in [
        ("from=2025-13-01&to=2025-11-30", "from"),
        ("from=2025-11-30&to=2025-11-01", "ends"),
        ("from=2025-11-01&to=2025-11-30&format=docx", "format"),
        ("from=2025-11-01&to=2025-11-30&id=../x", "id"),
        ("to=2025-11-30", "from"),
    ] {
        let (status, body) = read_as(u, None, &format!("/api/v1/report?{q}")).await;
        assert_eq!(status, 400, "{q}: {body}");
        assert!(body.contains(what), "{q}: {body}");
    }
    assert_eq!(size(u).await, before);

    // The published report: its blob is the public's, and verifies against
    // the demo's witnesses as it was cosigned.
    let record = fresh_public(u).await;
    let published = &record["reports"][0];
    assert_eq!(published["id"], "report-2025-11");
    assert_eq!(published["signers"], serde_json::json!(["tr", "qa"]));
    let sha = published["sha256"].as_str().unwrap();
    let (status, blob) = fetch(u, None, &format!("/api/v1/blobs/{sha}")).await;
    assert_eq!(status, 200);
    let blob_path = write(tmp.path(), "published.json", &blob);
    let said = verify_report(&blob_path, &lk, &demo.witness_vkeys())
        .expect("the published report verifies");
    assert!(said.contains("cosigned by 2"), "{said}");

    // The Atom feed is well-formed XML with one entry per publication.
    let (status, atom) = fetch(u, None, "/api/v1/public/feed.atom").await;
    assert_eq!(status, 200);
    let feed = write(tmp.path(), "feed.atom", &atom);
    let lint = std::process::Command::new("xmllint")
        .args(["--noout", feed.to_str().unwrap()])
        .output()
        .expect("xmllint runs");
    assert!(
        lint.status.success(),
        "{}",
        String::from_utf8_lossy(&lint.stderr)
    );
    let atom = String::from_utf8(atom).unwrap();
    let publications = record["agreements"].as_array().unwrap().len()
        + record["findings"].as_array().unwrap().len()
        + record["reports"].as_array().unwrap().len();
    assert_eq!(atom.matches("<entry>").count(), publications);
    assert!(atom.contains("agreement/v4"));
    // It is cached per checkpoint.
    let etag = get_response(u, None, "/api/v1/public").await.headers()["etag"]
        .to_str()
        .unwrap()
        .to_owned();
    let resp = http()
        .get(format!("{u}/api/v1/public"))
        .header("If-None-Match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 304);

    // The static site: every file a mirror serves, the report verifiable there.
    let site = tmp.path().join("site");
    ok(&["publish-site", "--url", u, "--out", site.to_str().unwrap()]);
    for f in [
        "index.html",
        "public.json",
        "feed.atom",
        "checkpoint",
        "agreements/v4.md",
        "agreements/v4.json",
        "reports/report-2025-11.json",
        "reports/report-2025-11.html",
        "reports/report-2025-11.csv",
        "reports/report-2025-11.geojson",
        "reports/report-2025-11.pdf",
    ] {
        assert!(site.join(f).is_file(), "{f} missing from the site");
    }
    verify_report(
        &site.join("reports/report-2025-11.json"),
        &lk,
        &demo.witness_vkeys(),
    )
    .expect("the site's report verifies");
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    let statement = record["findings"][0]["statement"].as_str().unwrap();
    assert!(index.contains("v4") && index.contains(&statement.replace('\'', "&#39;")));
    check_geojson(&site.join("reports/report-2025-11.geojson"));

    // The published report as PDF, for anyone: the site's bytes, verified
    // against the witnesses, the signed hash in its footer; immutable, so
    // cached by hash; an unknown or unpublished hash is a 404.
    let (status, pdf) = fetch(
        u,
        None,
        &format!("/api/v1/published-reports/{sha}?format=pdf"),
    )
    .await;
    assert_eq!(status, 200);
    let site_pdf = site.join("reports/report-2025-11.pdf");
    assert_eq!(
        pdf,
        std::fs::read(&site_pdf).unwrap(),
        "the site's PDF differs from the server's"
    );
    let said =
        verify_report(&site_pdf, &lk, &demo.witness_vkeys()).expect("the published PDF verifies");
    assert!(said.contains("cosigned by 2"), "{said}");
    let (text, attached) = pdf_contents(&pdf);
    assert_eq!(
        attached,
        vec![blob.clone()],
        "the published PDF does not carry the published bytes"
    );
    assert!(
        text.contains(sha),
        "the footer does not name the signed hash"
    );
    let resp = http()
        .get(format!("{u}/api/v1/published-reports/{sha}?format=pdf"))
        .header("If-None-Match", format!("\"{sha}-pdf\""))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 304);
    let (status, json) = fetch(u, None, &format!("/api/v1/published-reports/{sha}")).await;
    assert_eq!((status, json), (200, blob.clone()));
    let unknown = "0".repeat(64);
    let (status, _) = fetch(
        u,
        None,
        &format!("/api/v1/published-reports/{unknown}?format=pdf"),
    )
    .await;
    assert_eq!(status, 404);
    let (status, _) = fetch(
        u,
        None,
        &format!("/api/v1/published-reports/{sha}?format=docx"),
    )
    .await;
    assert_eq!(status, 400);
}

/// Run a poppler-utils tool on `args`: its standard output.
fn poppler(tool: &str, args: &[&std::ffi::OsStr]) -> String {
    let out = std::process::Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) does not run: {e}"));
    assert!(out.status.success(), "{tool}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Whether a PNG page (as `pdftoppm` writes it, 8-bit) has ink: more than
/// a few samples visibly darker than white. Decoded, filters undone, by Python's
/// standard library alone.
fn has_ink(png: &Path) -> bool {
    let script = r#"
import sys, zlib, struct
d = open(sys.argv[1], 'rb').read()
assert d[:8] == b'\x89PNG\r\n\x1a\n'
pos, idat = 8, b''
while pos < len(d):
    n, = struct.unpack('>I', d[pos:pos+4]); t = d[pos+4:pos+8]; c = d[pos+8:pos+8+n]
    if t == b'IHDR': w, h, bd, ct = struct.unpack('>IIBB', c[:10])
    if t == b'IDAT': idat += c
    pos += 12 + n
assert bd == 8
bpp = {0: 1, 2: 3, 4: 2, 6: 4}[ct]
raw, stride, prev, dark, i = zlib.decompress(idat), w * bpp, bytearray(w * bpp), 0, 0
for y in range(h):
    f = raw[i]; line = bytearray(raw[i+1:i+1+stride]); i += 1 + stride
    for x in range(stride):
        a = line[x-bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x-bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    dark += sum(1 for v in line if v < 200)
    prev = line
print(dark)
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(png)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse::<u64>()
        .unwrap()
        > 50
}

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_report_typesets_to_a_pdf_that_verifies_and_agrees_with_its_twins() {
    let demo = Demo::new();
    let tmp = tempfile::tempdir().unwrap();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    settled(u).await;
    let lk = log_key(u).await;
    let tr = demo.key("mediator-turkiye");
    let get = |format: &str, name: &str| {
        let out = tmp.path().join(name);
        ok(&[
            "report",
            "--url",
            u,
            "--as",
            &tr,
            "--from",
            "2025-10-01",
            "--to",
            "2025-11-30",
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ]);
        (out.clone(), std::fs::read(out).unwrap())
    };
    // The commission's report: twice the same bytes, and offline too.
    let (pdf_path, pdf) = get("pdf", "c.pdf");
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(
        pdf,
        get("pdf", "c2.pdf").1,
        "two PDFs of one checkpoint differ"
    );
    let offline = tmp.path().join("offline.pdf");
    ok(&[
        "report",
        "--data",
        demo.dir.to_str().unwrap(),
        "--from",
        "2025-10-01",
        "--to",
        "2025-11-30",
        "--format",
        "pdf",
        "--out",
        offline.to_str().unwrap(),
    ]);
    assert_eq!(
        pdf,
        std::fs::read(&offline).unwrap(),
        "offline and served PDFs differ"
    );
    let (_, json) = get("json", "c.json");
    let data: serde_json::Value = serde_json::from_slice(&json).unwrap();

    // Independent tools read it: pdfinfo (tagged, its title), pdfdetach
    // (the attached twin is the JSON report, byte for byte).
    let info = poppler("pdfinfo", &[pdf_path.as_os_str()]);
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(field("Tagged:"), "yes", "{info}");
    assert!(info.contains("compliance report"), "{info}");
    let pages: u32 = field("Pages:").parse().unwrap();
    assert!(pages >= 2, "{info}");
    let (text, attached) = pdf_contents(&pdf);
    assert_eq!(
        attached,
        vec![json.clone()],
        "the attached twin is not the JSON report"
    );
    // Row by row, as the page lays the tables out.
    let layout = poppler(
        "pdftotext",
        &["-layout".as_ref(), pdf_path.as_os_str(), "-".as_ref()],
    );

    // The text holds the same counts as the JSON and the HTML, and the
    // agreement's Urdu title in its own characters.
    let html = String::from_utf8(get("html", "c.html").1).unwrap();
    for (key, label) in [
        ("incidents", "Incidents reported in the period"),
        ("incidents_previous", "Incidents in the previous period"),
        ("cases_opened", "Cases opened"),
        ("violations", "Violations confirmed"),
        ("penalties", "Penalties imposed"),
        ("appeals", "Penalties appealed"),
    ] {
        let n = &data["summary"][key];
        assert!(
            layout.lines().any(|l| {
                let words: Vec<&str> = l.split_whitespace().collect();
                words.join(" ") == format!("{label} {n}")
            }),
            "the PDF's text lacks a row {label:?} {n}: {layout}"
        );
        assert!(
            html.contains(&format!("<tr><th>{label}</th><td class=\"n\"><a href="))
                && html.contains(&format!("\">{n}</a></td></tr>")),
            "the HTML lacks {label} {n}"
        );
    }
    assert!(text.contains("Map of the period’s incidents"), "{text}");
    let urdu = "جنگ بندی کے تسلسل پر عبوری مفاہمت";
    assert_eq!(
        data["agreement"]["titles"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["code"] == "ur")
            .map(|t| t["title"].clone()),
        Some(serde_json::json!(urdu))
    );
    let words: Vec<&str> = urdu.split(' ').collect();
    for w in &words {
        assert!(
            text.contains(w),
            "the PDF's text lacks the Urdu word {w}: {text}"
        );
    }
    assert!(
        text.lines().any(|l| words.iter().all(|w| l.contains(w))),
        "the Urdu title is not on one line of the PDF's text: {text}"
    );

    // Every page renders to a PNG with ink on it (kept with the test output).
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-pages");
    let _ = std::fs::remove_dir_all(&shots);
    std::fs::create_dir_all(&shots).unwrap();
    poppler(
        "pdftoppm",
        &[
            "-r".as_ref(),
            "40".as_ref(),
            "-png".as_ref(),
            pdf_path.as_os_str(),
            shots.join("page").as_os_str(),
        ],
    );
    let mut pngs: Vec<_> = std::fs::read_dir(&shots)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pngs.sort();
    assert_eq!(pngs.len() as u32, pages);
    for p in &pngs {
        assert!(has_ink(p), "{} is blank", p.display());
    }
    std::fs::write(shots.join("report.pdf"), &pdf).unwrap();
    eprintln!("report pages in {}", shots.display());

    // verify-report accepts it, and refuses it after one byte of the pages
    // or of an embedded proof is changed.
    let said = verify_report(&pdf_path, &lk, &[]).expect("the PDF verifies");
    assert!(
        said.contains("exactly what its attached report typesets to"),
        "{said}"
    );
    let mid = pdf.len() / 3;
    let stream = mid + pdf[mid..].windows(6).position(|w| w == b"stream").unwrap() + 40;
    let mut page = pdf.clone();
    page[stream] ^= 0x20;
    let e = refusal(tmp.path(), "page.pdf", &page, &lk);
    assert!(
        e.contains("not what its attached report typesets to") || e.contains("not a PDF"),
        "{e}"
    );
    // The attached twin with one proof byte changed, written back into the
    // PDF (recompressed, the file's length kept where zlib allows).
    let tampered = python_swap_attachment(&pdf, &json, tmp.path());
    let e = refusal(tmp.path(), "proof.pdf", &tampered, &lk);
    assert!(e.contains("not in the checkpoint's tree"), "{e}");
    // Not a report at all: a named refusal, not a crash.
    let e = refusal(tmp.path(), "empty.pdf", b"%PDF-1.7\n%%EOF\n", &lk);
    assert!(e.contains("PDF"), "{e}");

    // Regression (red team): a character no built-in font draws (an emoji,
    // Hebrew) in a member's free text does not stop the PDF: it is drawn as
    // a replacement, and the attached twin keeps it as recorded.
    let af = demo.key("party-afghanistan");
    af_reports_shelling(
        u,
        &af,
        "inc-glyphs",
        ("31.0", "66.4"),
        "n",
        "near Chaman 🔥 שלום",
    );
    settled(u).await;
    let (glyphs_path, glyphs) = get("pdf", "glyphs.pdf");
    let (text, attached) = pdf_contents(&glyphs);
    assert!(text.contains("near Chaman"), "{text}");
    assert!(String::from_utf8_lossy(&attached[0]).contains("near Chaman 🔥 שלום"));
    verify_report(&glyphs_path, &lk, &[]).expect("the PDF with replaced glyphs verifies");

    // The format is named when it is not one the server makes.
    let (status, body) = fetch(
        u,
        None,
        "/api/v1/report?from=2025-10-01&to=2025-11-30&format=docx",
    )
    .await;
    assert_eq!(status, 400);
    assert!(String::from_utf8_lossy(&body).contains("pdf"));
}

/// `pdf` with its attached `twin` replaced by the twin with one byte of
/// its first proof changed: the embedded file's stream is found by its
/// inflated bytes, and replaced (with its /Length) by the new deflated one.
/// The cross-reference offsets after it move; readers repair that.
fn python_swap_attachment(pdf: &[u8], twin: &[u8], dir: &Path) -> Vec<u8> {
    let text = String::from_utf8(twin.to_vec()).unwrap();
    let at = text.find("\"proof\": [\n").unwrap() + "\"proof\": [\n".len();
    let quote = at + text[at..].find('"').unwrap() + 1;
    let mut bad = twin.to_vec();
    bad[quote] = if bad[quote] == b'A' { b'B' } else { b'A' };
    let (p, t, b, o) = (
        write(dir, "in.pdf", pdf),
        write(dir, "twin.json", twin),
        write(dir, "bad.json", &bad),
        dir.join("out.pdf"),
    );
    let script = r#"
import sys, zlib, re
pdf, twin, bad = (open(f, 'rb').read() for f in sys.argv[1:4])
for m in re.finditer(rb'stream\r?\n', pdf):
    start = m.end()
    end = pdf.find(b'endstream', start)
    body = pdf[start:end].rstrip(b'\r\n')
    if body == twin:
        new = bad
    else:
        try:
            if zlib.decompress(body) != twin:
                continue
        except zlib.error:
            continue
        new = zlib.compress(bad, 9)
    head = pdf[:m.start()]
    d = head.rfind(b'<<')
    dict_ = re.sub(rb'/Length \d+', b'/Length %d' % len(new), head[d:])
    out = head[:d] + dict_ + m.group(0) + new + b'\n' + pdf[end:]
    open(sys.argv[4], 'wb').write(out)
    break
else:
    sys.exit('no stream holds the twin')
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .args([&p, &t, &b, &o])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    std::fs::read(o).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn nothing_is_public_before_the_mediators_publish_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    ok(&demo_args(&dir, &["--stage", "agreement"]));
    let key = |who: &str| {
        dir.join("keys")
            .join(format!("{who}.key"))
            .to_str()
            .unwrap()
            .to_owned()
    };
    let server = serve(&dir, &[]);
    let u = server.url.as_str();
    settled(u).await;
    // The adopted text, as a mediator reads it; a sentence of it is the canary.
    let tr = key("mediator-turkiye");
    let v4 = read_json(u, Some(Path::new(&tr)), "/api/v1/versions/v4").await;
    let content = v4["content"].as_str().unwrap().to_owned();
    let canary: String = v4["document"]["articles"][1]["paragraphs"][0]["text"]["en"]
        .as_str()
        .unwrap()
        .chars()
        .take(48)
        .collect();
    assert!(canary.len() > 30, "{canary}");
    let blob = format!("/api/v1/blobs/{content}");
    let leaks = |found: &[(String, u16, Vec<u8>)]| -> Vec<String> {
        found
            .iter()
            .filter(|(_, status, body)| *status < 400 && holds(body, &canary))
            .map(|(p, ..)| p.clone())
            .collect()
    };
    let found = public_bytes(u, std::slice::from_ref(&blob)).await;
    assert!(
        found.iter().all(|(_, s, _)| *s < 500),
        "a 5xx: {:?}",
        found
            .iter()
            .filter(|x| x.1 >= 500)
            .map(|x| &x.0)
            .collect::<Vec<_>>()
    );
    assert_eq!(
        leaks(&found),
        Vec::<String>::new(),
        "the text is public before publication"
    );
    let record = fresh_public(u).await;
    assert_eq!(record["agreements"], serde_json::json!([]));

    // One mediator signs: still nothing.
    let said = ok(&[
        "publish",
        "agreement",
        "--url",
        u,
        "--key",
        &tr,
        "--version",
        "v4",
    ]);
    assert!(
        said.contains("signed the publication of agreement v4"),
        "{said}"
    );
    settled(u).await;
    assert_eq!(
        leaks(&public_bytes(u, std::slice::from_ref(&blob)).await),
        Vec::<String>::new()
    );
    // A party may not publish; a second signature of the same mediator is refused.
    let before = size(u).await;
    for (who, why) in [
        ("party-pakistan", "only a mediator"),
        ("mediator-turkiye", "already signed"),
    ] {
        let out = run(&[
            "publish",
            "agreement",
            "--url",
            u,
            "--key",
            &key(who),
            "--version",
            "v4",
        ]);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(why), "{who}: {err}");
    }
    assert_eq!(size(u).await, before);

    // The other mediator signs: the text is the public's, and checks out.
    ok(&[
        "publish",
        "agreement",
        "--url",
        u,
        "--key",
        &key("mediator-qatar"),
    ]);
    settled(u).await;
    let found = public_bytes(u, std::slice::from_ref(&blob)).await;
    let leaks = leaks(&found);
    assert!(
        leaks.contains(&"/api/v1/versions/v4".to_owned()) || leaks.iter().any(|p| p == &blob),
        "{leaks:?}"
    );
    let (status, bytes) = fetch(u, None, &blob).await;
    assert_eq!(status, 200);
    use sha2::Digest as _;
    assert_eq!(hex::encode(sha2::Sha256::digest(&bytes)), content);
    let record = fresh_public(u).await;
    assert_eq!(record["agreements"][0]["version"], "v4");
    assert_eq!(
        record["agreements"][0]["signers"],
        serde_json::json!(["tr", "qa"])
    );
    // Each signature's opening is the public's and names the text's hash
    // (v4 is the mediators' unattributed text: its submission stays theirs,
    // as it would name the mediator who wrote it).
    assert_eq!(record["agreements"][0]["entry"], serde_json::Value::Null);
    let entry = record["agreements"][0]["signatures"][0]["entry"]
        .as_u64()
        .unwrap();
    let (status, opening) = fetch(u, None, &format!("/api/v1/entries/{entry}/opening")).await;
    assert_eq!(status, 200);
    assert!(holds(&opening, &content));
    // Annotations on the published text stay the members'.
    let (status, _) = fetch(u, None, "/api/v1/versions/v4/comments").await;
    assert!(status == 401 || status == 404 || status == 200);
    if status == 200 {
        let (_, c) = fetch(u, None, "/api/v1/versions/v4/comments").await;
        assert_eq!(
            serde_json::from_slice::<serde_json::Value>(&c).unwrap(),
            serde_json::json!([])
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_partys_record_holds_nothing_of_the_other_partys_unpublished_acts() {
    let demo = Demo::new();
    let tmp = tempfile::tempdir().unwrap();
    let server = serve(&demo.dir, &[]);
    let u = server.url.as_str();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let id = format!("cnry-af-{nanos:08x}");
    let narrative = format!("CNRYAFNARRATIVE{nanos:08x}X");
    let af = demo.key("party-afghanistan");
    af_reports_shelling(u, &af, &id, ("33.9", "70.1"), &narrative, &narrative);
    settled(u).await;
    let read = |key: Option<String>, name: &str| {
        let out = tmp.path().join(name);
        let mut args = vec![
            "report",
            "--url",
            u,
            "--from",
            "2025-11-01",
            "--to",
            "2025-11-30",
            "--out",
            out.to_str().unwrap(),
        ];
        if let Some(k) = &key {
            args.extend(["--as", k.as_str()]);
        }
        ok(&args);
        std::fs::read(out).unwrap()
    };
    let own = read(Some(af.clone()), "af.json");
    assert!(
        holds(&own, &id) && holds(&own, &narrative),
        "af's own record lacks its report"
    );
    let commission = read(Some(demo.key("mediator-qatar")), "qa.json");
    assert!(holds(&commission, &id));
    for (who, bytes) in [
        ("pk", read(Some(demo.key("party-pakistan")), "pk.json")),
        ("public", read(None, "public.json")),
    ] {
        assert!(
            !holds(&bytes, &id),
            "{who}'s report names af's unpublished report"
        );
        assert!(
            !holds(&bytes, &narrative),
            "{who}'s report holds af's narrative"
        );
    }
    for format in ["csv", "html", "geojson", "pdf"] {
        let (status, body) = fetch(
            u,
            Some(Path::new(&demo.key("party-pakistan"))),
            &format!("/api/v1/report?from=2025-11-01&to=2025-11-30&format={format}"),
        )
        .await;
        assert_eq!(status, 200);
        assert!(
            !holds(&body, &id) && !holds(&body, &narrative),
            "pk's {format} leaks"
        );
    }
}

/// The public record is a glance however long the log grows (a crowd reads
/// kilobytes, not the whole history): each growing list holds its newest
/// 100 items and `counts` all of them; `/api/v1/public/lists/{list}` pages
/// hold the rest, in order; the static site holds every one. Bad pages get
/// a 4xx naming what is wrong.
#[tokio::test(flavor = "multi_thread")]
async fn the_public_record_is_a_glance_and_its_pages_hold_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("log");
    let (_, founder_path) = init(&data, "t.example/glance");
    let server = serve(&data, &[]);
    let u = server.url.as_str();
    let founder = truce_ledger::note::SignerKey::parse(
        std::fs::read_to_string(&founder_path).unwrap().trim(),
    )
    .unwrap();
    let end = append_communiques(u, &founder, "t.example/glance", 1..=130).await;
    let record = fresh_public(u).await;
    assert!(record["checkpoint"]["size"].as_u64().unwrap() >= end);
    assert_eq!(record["counts"]["communiques"], 130, "{}", record["counts"]);
    let shown = record["communiques"].as_array().unwrap();
    assert_eq!(shown.len(), 100);
    let first = get_json(&format!("{u}/api/v1/public/lists/communiques")).await;
    let rest = get_json(&format!("{u}/api/v1/public/lists/communiques?offset=100")).await;
    assert_eq!(
        (first["total"].clone(), first["offset"].clone()),
        (130.into(), 0.into())
    );
    assert_eq!(rest["items"].as_array().unwrap().len(), 30);
    let all: Vec<serde_json::Value> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .chain(rest["items"].as_array().unwrap())
        .cloned()
        .collect();
    assert_eq!(all.len(), 130);
    let entries: Vec<u64> = all.iter().map(|c| c["entry"].as_u64().unwrap()).collect();
    assert!(
        entries.windows(2).all(|w| w[0] < w[1]),
        "oldest first: {entries:?}"
    );
    assert_eq!(&all[30..], &shown[..], "the record holds the newest 100");
    assert_eq!(
        get_json(&format!("{u}/api/v1/public/lists/communiques?offset=500")).await["items"],
        serde_json::json!([])
    );
    // Bad pages: named, 4xx, nothing changed.
    let (status, body) = text(&format!("{u}/api/v1/public/lists/drafts")).await;
    assert_eq!(status, 404, "{body}");
    assert!(
        body.contains("rounds, communiques, findings, reports"),
        "{body}"
    );
    let (status, body) = text(&format!("{u}/api/v1/public/lists/communiques?offset=-1")).await;
    assert_eq!(status, 400, "{body}");
    assert!(
        body.contains("offset \\\"-1\\\" is not a place in the list"),
        "{body}"
    );
    assert_eq!(size(u).await, end);
    // The static site holds every communiqué.
    let site = dir.path().join("site");
    ok(&["publish-site", "--url", u, "--out", site.to_str().unwrap()]);
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.join("public.json")).unwrap()).unwrap();
    assert_eq!(written["communiques"].as_array().unwrap().len(), 130);
    assert_eq!(written["communiques"].as_array().unwrap(), &all);
}

/// Found by a red-team pass: a PDF whose own compressed streams inflate
/// past every bound (here its cross-reference stream: 13 MB that inflate to
/// 4 GB, which the parser must inflate to find any object) took the
/// verifier's memory. `truce verify-report` now reads a PDF in a child
/// process confined to 3 GiB: the child dies, the verifier refuses the file
/// by name and lives.
#[test]
fn a_pdf_whose_streams_inflate_past_every_bound_is_refused_by_name() {
    let tmp = tempfile::tempdir().unwrap();
    let bomb = tmp.path().join("bomb.pdf");
    let script = r#"
import sys, zlib
c = zlib.compressobj(1)
zeros = bytes(64 << 20)
data = b"".join(c.compress(zeros) for _ in range(64)) + c.flush()
head = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
cat = b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
pages = b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
x = (b"3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>\nstream\n" % len(data)) + data + b"\nendstream\nendobj\n"
off = len(head) + len(cat) + len(pages)
open(sys.argv[1], "wb").write(head + cat + pages + x + b"startxref\n%d\n%%%%EOF\n" % off)
"#;
    let made = std::process::Command::new("python3")
        .args(["-c", script, bomb.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(made.success());
    let size = std::fs::metadata(&bomb).unwrap().len();
    assert!(size < 32 << 20, "{size} bytes");
    let key = tmp.path().join("log.key");
    let vkey = ok(&[
        "keygen",
        "--name",
        "t.example/bomb",
        "--out",
        key.to_str().unwrap(),
    ]);
    let out = run(&[
        "verify-report",
        "--log-key",
        vkey.trim(),
        bomb.to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("bomb.pdf: the PDF could not be read within 3 GiB of memory"),
        "{err}"
    );
    // A file too large to be a report is refused before it is read.
    let huge = tmp.path().join("huge.json");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len((512 << 20) + 1).unwrap();
    let out = run(&[
        "verify-report",
        "--log-key",
        vkey.trim(),
        huge.to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("is more than a report may be (536870912 bytes)"),
        "{err}"
    );
}
