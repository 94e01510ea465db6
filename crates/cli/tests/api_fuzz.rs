//! The OpenAPI document checked against the running server by a
//! schema-driven fuzzer (schemathesis): every operation, generated inputs,
//! no 5xx and every response conforming to its documented schema. Runs
//! against a served copy of the demo, as the public.

mod common;

use common::*;

#[test]
fn the_openapi_document_holds_under_schemathesis() {
    let st = std::env::var("SCHEMATHESIS").unwrap_or_else(|_| "st".into());
    let found = std::process::Command::new(&st)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            !std::env::var("TRUCE_REQUIRE_FUZZ").is_ok_and(|v| v == "1"),
            "TRUCE_REQUIRE_FUZZ=1 but schemathesis ({st}) is not installed (scripts/test.sh installs it)"
        );
        eprintln!("skipping: schemathesis not installed");
        return;
    }
    let demo = Demo::new();
    let server = serve(&demo.dir, &[]);
    let tmp = tempfile::tempdir().unwrap();
    let report = tmp.path().join("junit.xml");
    let out = std::process::Command::new(&st)
        .args([
            "run",
            &format!("{}/openapi.json", server.url),
            "--checks",
            "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance",
            "--max-examples",
            "25",
            "--generation-deterministic",
            "--request-timeout",
            "20",
            "--workers",
            "2",
            "--report",
            "junit",
            "--report-junit-path",
            report.to_str().unwrap(),
        ])
        .env("NO_COLOR", "1")
        .output()
        .expect("run schemathesis");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "schemathesis found failures:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains("Tested:") && stdout.contains("generated"),
        "schemathesis ran nothing:\n{stdout}"
    );
    // The server survived it and still answers.
    let rt = tokio::runtime::Runtime::new().unwrap();
    let health = rt.block_on(async { http().get(format!("{}/healthz", server.url)).send().await });
    assert!(
        health.is_ok_and(|r| r.status() == 200),
        "the server stopped answering under the fuzzer"
    );
}
