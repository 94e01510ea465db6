//! The disclosure table in `SECURITY.md` is the one in the code, row for row.

#[test]
fn security_md_prints_the_disclosure_table_of_the_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../SECURITY.md");
    let doc = std::fs::read_to_string(path).expect("SECURITY.md at the repository root");
    let table = truce_domain::disclosure::markdown_table();
    assert!(
        doc.contains(&table),
        "SECURITY.md does not hold the disclosure table of the code; paste this:\n{table}"
    );
}

// Scenario tests of who may open what, on the pure fold (fast; the same
// rules the server's `/api/v1/entries/{i}/opening` asks).

use truce_domain::access::Viewer;
use truce_domain::{Act, Event, ParticipantKind, ProcessState};

const FOUNDER: &str = "founder+00000000";

fn act(index: u64, signer: &str) -> Act<'_> {
    Act {
        index,
        signer,
        registrar: signer == FOUNDER,
    }
}

fn doc(text: &str) -> Vec<u8> {
    format!(
        r#"{{"title":{{"en":"T"}},"languages":[{{"code":"en","authoritative":true}}],"articles":[{{"eid":"art_1","paragraphs":[{{"eid":"art_1__para_1","status":"agreed","text":{{"en":"{text}"}}}}]}}]}}"#
    )
    .into_bytes()
}

fn sha(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    hex::encode(sha2::Sha256::digest(bytes))
}

fn member(participant: &str, kind: ParticipantKind, id: &str) -> Viewer {
    Viewer::Member {
        member: id.into(),
        participant: participant.into(),
        kind,
        mediator: kind == ParticipantKind::Mediator,
    }
}

struct World {
    s: ProcessState,
    next: u64,
}

impl World {
    fn new() -> Self {
        let mut w = World {
            s: ProcessState::default(),
            next: 1,
        };
        w.ok(
            FOUNDER,
            "process.define",
            r#"{"process":"p","title":"t"}"#,
            None,
        );
        for (p, k) in [
            ("pk", "party"),
            ("af", "party"),
            ("tr", "mediator"),
            ("obs", "observer"),
        ] {
            let body = format!(r#"{{"participant":"{p}","kind":"{k}","name":"{p}"}}"#);
            w.ok(FOUNDER, "participant.add", &body, None);
        }
        for (m, p, role) in [
            ("pk-1", "pk", "delegate"),
            ("af-1", "af", "delegate"),
            ("tr-1", "tr", "mediator"),
            ("obs-1", "obs", "observer"),
        ] {
            let body = format!(
                r#"{{"member":"{m}","participant":"{p}","name":"{m}","roles":["{role}"],"key":"{m}+k"}}"#
            );
            w.ok(FOUNDER, "member.add", &body, None);
        }
        w
    }

    fn ok(&mut self, signer: &str, kind: &str, body: &str, blob: Option<&[u8]>) -> Event {
        let i = self.next;
        self.next += 1;
        self.s
            .step(&act(i, signer), kind, body, blob)
            .unwrap_or_else(|e| panic!("{kind}: {e}"));
        let mut e = truce_domain::parse_event(kind, body).unwrap().unwrap();
        if let Some(b) = blob {
            e.attach_blob(b).unwrap();
        }
        e
    }

    /// Who, of pk, af, tr, obs and the public, may open `event` signed by `signer`.
    fn audience(&self, signer: &str, event: &Event) -> Vec<&'static str> {
        let readers = [
            ("pk", member("pk", ParticipantKind::Party, "pk-1")),
            ("af", member("af", ParticipantKind::Party, "af-1")),
            ("tr", member("tr", ParticipantKind::Mediator, "tr-1")),
            ("obs", member("obs", ParticipantKind::Observer, "obs-1")),
            ("public", Viewer::Public),
        ];
        readers
            .iter()
            .filter(|(_, v)| self.s.may_open(v, signer, event))
            .map(|(n, _)| *n)
            .collect()
    }
}

#[test]
fn a_draft_opens_to_its_author_and_the_mediators_then_to_whom_it_is_relayed() {
    let mut w = World::new();
    let d = doc("Pakistan's text");
    let submit = w.ok(
        "pk-1+k",
        "draft.submit",
        &format!(r#"{{"version":"v1","draft":"d","content":"{}"}}"#, sha(&d)),
        Some(&d),
    );
    assert_eq!(w.audience("pk-1+k", &submit), ["pk", "tr"]);
    let internal = w.ok(
        "pk-1+k",
        "draft.comment",
        &format!(r#"{{"comment":"c1","version":"v1","clause":"art_1__para_1","content":"{}","visibility":"internal"}}"#, sha(b"no")),
        None,
    );
    let for_mediators = w.ok(
        "pk-1+k",
        "draft.comment",
        &format!(r#"{{"comment":"c2","version":"v1","clause":"art_1__para_1","content":"{}","visibility":"mediators"}}"#, sha(b"hm")),
        None,
    );
    let relay = w.ok(
        "tr-1+k",
        "draft.relay",
        &format!(
            r#"{{"version":"v1","to":["af"],"note":"{}"}}"#,
            sha(b"note")
        ),
        None,
    );
    // The relay widens who reads the draft — and nothing else.
    assert_eq!(w.audience("pk-1+k", &submit), ["pk", "af", "tr"]);
    assert_eq!(w.audience("pk-1+k", &internal), ["pk"]);
    assert_eq!(w.audience("pk-1+k", &for_mediators), ["pk", "tr"]);
    assert_eq!(w.audience("tr-1+k", &relay), ["af", "tr"]);
}

#[test]
fn a_bridging_texts_submission_opens_to_the_mediators_only() {
    let mut w = World::new();
    let d = doc("A bridge");
    let submit = w.ok(
        "tr-1+k",
        "draft.submit",
        &format!(
            r#"{{"version":"b1","draft":"d","content":"{}","attributed":false}}"#,
            sha(&d)
        ),
        Some(&d),
    );
    w.ok(
        "tr-1+k",
        "draft.relay",
        r#"{"version":"b1","to":["pk","af"]}"#,
        None,
    );
    let pk = member("pk", ParticipantKind::Party, "pk-1");
    assert!(
        w.s.can_see_version(&pk, &w.s.versions["b1"]),
        "the party reads the text"
    );
    assert_eq!(
        w.audience("tr-1+k", &submit),
        ["tr"],
        "but not who wrote it"
    );
}

#[test]
fn a_removal_opens_to_the_mediators_and_the_members_participant() {
    let mut w = World::new();
    let removal = w.ok(
        FOUNDER,
        "member.remove",
        r#"{"member":"pk-1","reason":"left"}"#,
        None,
    );
    // The founder is the secretariat: it reads as the mediators.
    let secretariat = Viewer::Secretariat;
    assert!(w.s.may_open(&secretariat, FOUNDER, &removal));
    let af = member("af", ParticipantKind::Party, "af-1");
    assert!(!w.s.may_open(&af, FOUNDER, &removal));
    let pk_other = member("pk", ParticipantKind::Party, "pk-9");
    assert!(w.s.may_open(&pk_other, FOUNDER, &removal));
}
