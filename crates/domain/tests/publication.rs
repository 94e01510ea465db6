//! Publication on the pure fold: nothing becomes public by one mediator's
//! hand; the agreement opens to everyone at the witness quorum of mediator
//! participants, a report at the finding quorum, and only the public report
//! of a period may be published. Every act taken here was offered first.

use truce_domain::access::Viewer;
use truce_domain::offers::Target;
use truce_domain::publication::Object;
use truce_domain::{Act, ProcessState};

const FOUNDER: &str = "founder+00000000";
const PK: &str = "pk+00000001";
const AF: &str = "af+00000002";
const TR: &str = "tr+00000003";
const QA: &str = "qa+00000004";

fn act(index: u64, signer: &str) -> Act<'_> {
    Act {
        index,
        signer,
        registrar: signer == FOUNDER,
    }
}

struct Log {
    s: ProcessState,
    next: u64,
}

impl Log {
    /// Take an act that must have been offered and must be admitted.
    fn take(&mut self, signer: &str, kind: &str, body: &str, blob: Option<&[u8]>) {
        let mut event = truce_domain::parse_event(kind, body)
            .unwrap()
            .expect("a domain kind");
        if let Some(b) = blob {
            event.attach_blob(b).unwrap();
        }
        self.s
            .offered(&act(self.next, signer), &event, 0)
            .unwrap_or_else(|e| panic!("{kind} by {signer}: {e}"));
        self.s
            .step(&act(self.next, signer), kind, body, blob)
            .unwrap_or_else(|e| panic!("{kind} by {signer}: {e}"));
        self.next += 1;
    }

    /// An act the rules refuse: the reason, and nothing changed.
    fn refused(&mut self, signer: &str, kind: &str, body: &str, blob: Option<&[u8]>) -> String {
        let before = self.s.clone();
        let err = self
            .s
            .step(&act(self.next, signer), kind, body, blob)
            .expect_err("refused");
        assert_eq!(self.s, before, "a refusal changed the state");
        err.to_string()
    }

    fn offered(&self, key: &str, kind: &str, on: Target) -> bool {
        self.s
            .acts_for(key, key == FOUNDER, 0)
            .offers
            .iter()
            .any(|o| o.kind == kind && o.on == on)
    }
}

const DOC: &str = r#"{"title":{"en":"Interim understanding"},"languages":[{"code":"en","authoritative":true}],
  "articles":[{"eid":"art_1","paragraphs":[{"eid":"art_1__para_1","status":"agreed","text":{"en":"A ceasefire."}}]}]}"#;

fn sha(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Two parties and two mediators, and v1 adopted.
fn adopted() -> Log {
    let mut l = Log {
        s: ProcessState::default(),
        next: 1,
    };
    l.take(
        FOUNDER,
        "process.define",
        r#"{"process":"p","title":"t"}"#,
        None,
    );
    for (id, kind) in [
        ("pk", "party"),
        ("af", "party"),
        ("tr", "mediator"),
        ("qa", "mediator"),
    ] {
        let body = format!(r#"{{"participant":"{id}","kind":"{kind}","name":"{id}"}}"#);
        l.take(FOUNDER, "participant.add", &body, None);
    }
    for (id, p, roles, key) in [
        ("pk-d", "pk", r#"["signatory","delegate"]"#, PK),
        ("af-d", "af", r#"["signatory","delegate"]"#, AF),
        ("tr-m", "tr", r#"["mediator","witness"]"#, TR),
        ("qa-m", "qa", r#"["mediator","witness"]"#, QA),
    ] {
        let body = format!(
            r#"{{"member":"{id}","participant":"{p}","name":"{id}","roles":{roles},"key":"{key}"}}"#
        );
        l.take(FOUNDER, "member.add", &body, None);
    }
    let hash = sha(DOC.as_bytes());
    let submit = format!(r#"{{"version":"v1","draft":"d1","content":"{hash}"}}"#);
    l.take(PK, "draft.submit", &submit, Some(DOC.as_bytes()));
    l.take(TR, "draft.relay", r#"{"version":"v1","to":["af"]}"#, None);
    let sign = format!(r#"{{"version":"v1","content":"{hash}"}}"#);
    l.take(PK, "agreement.sign", &sign, None);
    l.take(AF, "agreement.sign", &sign, None);
    l.take(TR, "agreement.witness", &sign, None);
    l.take(QA, "agreement.witness", &sign, None);
    assert_eq!(l.s.adopted, ["v1"]);
    l
}

#[test]
fn the_agreement_is_public_only_at_the_quorum_of_mediators() {
    let mut l = adopted();
    let v1 = l.s.versions["v1"].clone();
    let publish = r#"{"object":"agreement","id":"v1"}"#;
    assert!(!l.s.can_see_version(&Viewer::Public, &v1));
    // A party may not publish; it is not even offered.
    assert!(!l.offered(PK, "publication.sign", Target::Version("v1".into())));
    let e = l.refused(PK, "publication.sign", publish, None);
    assert!(e.contains("only a mediator participant's mediators"), "{e}");
    // One mediator's signature publishes nothing.
    assert!(l.offered(TR, "publication.sign", Target::Version("v1".into())));
    l.take(TR, "publication.sign", publish, None);
    assert!(!l.s.agreement_published("v1"));
    assert!(!l.s.can_see_version(&Viewer::Public, &v1));
    assert!(!l.s.can_read_blob(&Viewer::Public, &v1.content));
    let e = l.refused(TR, "publication.sign", publish, None);
    assert!(e.contains("tr has already signed"), "{e}");
    // The other mediator is now waited on.
    let waiting = l.s.acts_for(QA, false, 0).waiting;
    assert!(
        waiting
            .iter()
            .any(|w| w.kind == "publication.sign" && w.on == Target::Version("v1".into())),
        "{waiting:?}"
    );
    l.take(QA, "publication.sign", publish, None);
    assert!(l.s.agreement_published("v1"));
    assert!(l.s.can_see_version(&Viewer::Public, &v1));
    assert!(l.s.can_read_blob(&Viewer::Public, &v1.content));
    // The submission's and signatures' openings are the public's now.
    let submitted = truce_domain::parse_event(
        "draft.submit",
        &format!(
            r#"{{"version":"v1","draft":"d1","content":"{}"}}"#,
            v1.content
        ),
    )
    .unwrap()
    .unwrap();
    assert!(l.s.may_open(&Viewer::Public, PK, &submitted));
    let e = l.refused(QA, "publication.sign", publish, None);
    assert!(e.contains("already published"), "{e}");
}

#[test]
fn only_an_adopted_version_is_published() {
    let mut l = adopted();
    let hash = sha(DOC.as_bytes());
    let submit = format!(r#"{{"version":"v2","draft":"d1","parent":"v1","content":"{hash}"}}"#);
    l.take(AF, "draft.submit", &submit, Some(DOC.as_bytes()));
    let e = l.refused(
        TR,
        "publication.sign",
        r#"{"object":"agreement","id":"v2"}"#,
        None,
    );
    assert!(e.contains("not an adopted agreement"), "{e}");
    let e = l.refused(
        TR,
        "publication.sign",
        r#"{"object":"agreement","id":"v9"}"#,
        None,
    );
    assert!(e.contains("v9"), "{e}");
    let e = truce_domain::parse_event("publication.sign", r#"{"object":"finding","id":"f1"}"#)
        .unwrap_err()
        .to_string();
    assert!(e.contains("finding.publish"), "{e}");
}

fn report_json(audience: &str, from: &str, to: &str, size: u64) -> Vec<u8> {
    serde_json::json!({
        "schema": "truce-report/v1", "id": "r1", "audience": audience,
        "period": { "from": from, "to": to }, "log": { "size": size },
    })
    .to_string()
    .into_bytes()
}

fn sign_report(sha256: &str, size: u64) -> String {
    format!(
        r#"{{"object":"report","id":"r1","report":{{"sha256":"{sha256}","from":"2025-11-01","to":"2025-11-30","size":{size},"title":"November"}}}}"#
    )
}

#[test]
fn only_the_public_report_is_published_and_at_the_quorum() {
    let mut l = adopted();
    // The commission's report may not be published whole.
    let commission = report_json("commission", "2025-11-01", "2025-11-30", 40);
    let mut event =
        truce_domain::parse_event("publication.sign", &sign_report(&sha(&commission), 40))
            .unwrap()
            .unwrap();
    let e = event.attach_blob(&commission).unwrap_err().to_string();
    assert!(e.contains("not the public report"), "{e}");
    // Nor one whose period or size is not what is signed.
    let other = report_json("public", "2025-10-01", "2025-11-30", 40);
    let mut event = truce_domain::parse_event("publication.sign", &sign_report(&sha(&other), 40))
        .unwrap()
        .unwrap();
    let e = event.attach_blob(&other).unwrap_err().to_string();
    assert!(e.contains("period"), "{e}");
    // Unread, it is refused.
    let public = report_json("public", "2025-11-01", "2025-11-30", 40);
    let body = sign_report(&sha(&public), 40);
    let e = l.refused(TR, "publication.sign", &body, None);
    assert!(e.contains("not checked"), "{e}");
    // Proposed by one mediator: the mediators read it, the public does not.
    assert!(l.offered(TR, "publication.sign", Target::Process));
    assert!(!l.offered(PK, "publication.sign", Target::Process));
    l.take(TR, "publication.sign", &body, Some(&public));
    let object = Object::Report("r1".into());
    assert!(!l.s.is_published(&object));
    assert!(l.s.can_read_blob(&Viewer::Secretariat, &sha(&public)));
    assert!(!l.s.can_read_blob(&Viewer::Public, &sha(&public)));
    // The other mediator signs the same report or none.
    let changed = report_json("public", "2025-11-01", "2025-11-30", 41);
    let e = l.refused(
        QA,
        "publication.sign",
        &sign_report(&sha(&changed), 41),
        Some(&changed),
    );
    assert!(e.contains("another hash"), "{e}");
    assert!(l.offered(QA, "publication.sign", Target::Report("r1".into())));
    l.take(QA, "publication.sign", &body, Some(&public));
    assert!(l.s.is_published(&object));
    assert!(l.s.can_read_blob(&Viewer::Public, &sha(&public)));
}
