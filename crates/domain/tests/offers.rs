//! What a reader is offered: exactly the acts the rules admit from its key,
//! on objects it may see, with the choices the rules leave open; and every
//! act the fold takes was offered to its signer just before.

use truce_domain::offers::{Acts, Target};
use truce_domain::{Act, ProcessState};

const FOUNDER: &str = "founder+00000000";
const PK: &str = "pk+00000001";
const AF: &str = "af+00000002";
const TR: &str = "tr+00000003";

fn act(signer: &str) -> Act<'_> {
    Act {
        index: 1,
        signer,
        registrar: signer == FOUNDER,
    }
}

/// Take an act as `signer`, first checking that it was offered.
fn take(s: &mut ProcessState, signer: &str, kind: &str, body: &str, blob: Option<&[u8]>) {
    let mut event = truce_domain::parse_event(kind, body)
        .unwrap()
        .expect("a domain kind");
    if let Some(b) = blob {
        event.attach_blob(b).unwrap();
    }
    s.offered(&act(signer), &event, 0)
        .unwrap_or_else(|e| panic!("{kind} by {signer}: {e}"));
    s.step(&act(signer), kind, body, blob)
        .unwrap_or_else(|e| panic!("{kind} by {signer}: {e}"));
}

fn acts(s: &ProcessState, key: &str) -> Acts {
    s.acts_for(key, key == FOUNDER, 0)
}

fn has(a: &Acts, kind: &str, on: Target) -> bool {
    a.offers.iter().any(|o| o.kind == kind && o.on == on)
}

fn choices(a: &Acts, kind: &str, on: Target) -> Vec<String> {
    a.offers
        .iter()
        .find(|o| o.kind == kind && o.on == on)
        .map(|o| o.choices.clone())
        .unwrap_or_default()
}

const DOC: &str = r#"{"title":{"en":"Interim understanding"},"languages":[{"code":"en","authoritative":true}],
  "articles":[{"eid":"art_1","paragraphs":[{"eid":"art_1__para_1","status":"agreed","text":{"en":"A ceasefire."}}]}]}"#;

fn setup() -> ProcessState {
    let mut s = ProcessState::default();
    assert!(has(&acts(&s, FOUNDER), "process.define", Target::Process));
    take(
        &mut s,
        FOUNDER,
        "process.define",
        r#"{"process":"p","title":"t"}"#,
        None,
    );
    for (id, kind) in [("pk", "party"), ("af", "party"), ("tr", "mediator")] {
        let body = format!(r#"{{"participant":"{id}","kind":"{kind}","name":"{id}"}}"#);
        take(&mut s, FOUNDER, "participant.add", &body, None);
    }
    for (id, p, roles, key) in [
        ("pk-d", "pk", r#"["signatory","delegate"]"#, PK),
        ("af-d", "af", r#"["signatory","delegate"]"#, AF),
        ("tr-m", "tr", r#"["mediator","witness"]"#, TR),
    ] {
        let body = format!(
            r#"{{"member":"{id}","participant":"{p}","name":"{id}","roles":{roles},"key":"{key}"}}"#
        );
        take(&mut s, FOUNDER, "member.add", &body, None);
    }
    s
}

#[test]
fn the_secretariat_and_a_member_are_offered_what_the_rules_admit() {
    let s = setup();
    let founder = acts(&s, FOUNDER);
    assert!(
        !has(&founder, "process.define", Target::Process),
        "defined once"
    );
    assert!(has(&founder, "participant.add", Target::Process));
    assert_eq!(
        choices(&founder, "member.invite", Target::Process),
        ["af", "pk", "tr"],
        "any participant: the roles are the invitation's to fit"
    );
    for m in ["pk-d", "af-d", "tr-m"] {
        assert!(has(&founder, "member.remove", Target::Member(m.into())));
        assert!(has(&founder, "member.rotate", Target::Member(m.into())));
    }
    let pk = acts(&s, PK);
    // A member may rotate its own key by the rules, but the new key must be
    // registered in the ledger first, which only a founder can do: not offered.
    assert!(!pk.offers.iter().any(|o| o.kind == "member.rotate"));
    let rotate =
        truce_domain::parse_event("member.rotate", r#"{"member":"pk-d","key":"pk+00000099"}"#)
            .unwrap()
            .unwrap();
    assert!(
        s.offered(&act(PK), &rotate, 0).is_ok(),
        "the audit follows the rules"
    );
    // Only the mediators' bridging text goes unattributed.
    assert_eq!(
        choices(&pk, "draft.submit", Target::Process),
        ["attributed"]
    );
    assert_eq!(
        choices(&acts(&s, TR), "draft.submit", Target::Process),
        ["attributed", "unattributed"]
    );
    assert!(!pk.offers.iter().any(|o| o.kind == "member.remove"
        || o.kind == "member.invite"
        || o.kind == "member.add"
        || o.kind == "participant.add"
        || o.kind == "round.scheduled"));
    assert!(has(&pk, "draft.submit", Target::Process));
    assert!(has(&pk, "communique", Target::Process));
    // Nothing for a key that is nobody's, nor for the ledger's own kinds
    // without a founding key.
    assert!(acts(&s, "stranger+00000009").offers.is_empty());
    let tr = acts(&s, TR);
    assert!(has(&tr, "round.scheduled", Target::Process));
    assert!(
        !has(&tr, "member.invite", Target::Process),
        "a registrar's act"
    );
}

#[test]
fn the_shuttle_is_offered_step_by_step_and_only_on_what_the_reader_sees() {
    let mut s = setup();
    use sha2::Digest as _;
    let hash = hex::encode(sha2::Sha256::digest(DOC.as_bytes()));
    let submit = format!(r#"{{"version":"v1","draft":"d1","content":"{hash}"}}"#);
    take(&mut s, PK, "draft.submit", &submit, Some(DOC.as_bytes()));
    let v1 = || Target::Version("v1".into());
    // The other party is offered nothing on a version it may not read: no oracle.
    assert!(!acts(&s, AF).offers.iter().any(|o| o.on == v1()));
    let tr = acts(&s, TR);
    assert_eq!(
        choices(&tr, "draft.relay", v1()),
        ["af"],
        "not back to its author"
    );
    assert_eq!(
        choices(&tr, "draft.comment", v1()),
        ["internal", "mediators", "shared"]
    );
    assert!(
        !has(&acts(&s, PK), "agreement.sign", v1()),
        "af does not hold it yet"
    );
    take(
        &mut s,
        TR,
        "draft.relay",
        r#"{"version":"v1","to":["af"]}"#,
        None,
    );
    assert!(
        !has(&acts(&s, TR), "draft.relay", v1()),
        "relayed to every other party"
    );
    let af = acts(&s, AF);
    assert_eq!(
        choices(&af, "draft.comment", v1()),
        ["internal", "mediators"],
        "parties never send to each other"
    );
    assert!(has(&af, "draft.submit", v1()));
    // Signing waits on each signatory, with the version's title.
    let pk = acts(&s, PK);
    assert!(has(&pk, "agreement.sign", v1()));
    let w = pk
        .waiting
        .iter()
        .find(|w| w.kind == "agreement.sign")
        .expect("waiting");
    assert_eq!(w.title.as_deref(), Some("Interim understanding"));
    assert!(
        !has(&acts(&s, TR), "agreement.witness", v1()),
        "no signatures yet"
    );
    // Regression (red team): an amendment the other party has not been
    // shown must not make pk's "sign v1" vanish, which would betray it.
    let amend = format!(r#"{{"version":"v1-af","draft":"d1","parent":"v1","content":"{hash}"}}"#);
    take(&mut s, AF, "draft.submit", &amend, Some(DOC.as_bytes()));
    assert!(
        acts(&s, PK)
            .waiting
            .iter()
            .any(|w| w.kind == "agreement.sign"),
        "pk's waiting changed with af's hidden amendment"
    );
    let sign = format!(r#"{{"version":"v1","content":"{hash}"}}"#);
    take(&mut s, PK, "agreement.sign", &sign, None);
    take(&mut s, AF, "agreement.sign", &sign, None);
    assert!(!has(&acts(&s, PK), "agreement.sign", v1()), "signed once");
    assert!(has(&acts(&s, TR), "agreement.witness", v1()));
    take(&mut s, TR, "agreement.witness", &sign, None);
    assert_eq!(s.adopted, ["v1"]);
    // Adopted: the mechanism may be configured on it.
    assert_eq!(
        choices(&acts(&s, TR), "mechanism.configure", Target::Process),
        ["v1"]
    );
}

#[test]
fn a_round_offers_the_moves_its_state_machine_allows() {
    let mut s = setup();
    take(
        &mut s,
        TR,
        "round.scheduled",
        r#"{"round":"r1","title":"Doha","place":"Doha","starts":"2025-10-18","ends":"2025-10-19"}"#,
        None,
    );
    let r1 = || Target::Round("r1".into());
    assert_eq!(
        choices(&acts(&s, TR), "round.transition", r1()),
        ["in_session", "concluded"]
    );
    assert!(!has(&acts(&s, PK), "round.transition", r1()));
    take(
        &mut s,
        TR,
        "round.transition",
        r#"{"round":"r1","to":"in_session"}"#,
        None,
    );
    assert_eq!(
        choices(&acts(&s, TR), "round.transition", r1()),
        ["stalled", "suspended", "concluded"]
    );
}

#[test]
fn an_act_not_offered_is_caught() {
    let s = setup();
    // The party relaying: refused by the rules, so never offered; the audit says so.
    let event = truce_domain::parse_event(
        "round.scheduled",
        r#"{"round":"r9","title":"x","place":"x","starts":"2025-10-18","ends":"2025-10-19"}"#,
    )
    .unwrap()
    .unwrap();
    let err = s.offered(&act(PK), &event, 0).unwrap_err();
    assert!(
        err.contains("round.scheduled") && err.contains("not offered"),
        "{err}"
    );
}

#[test]
fn every_kind_but_the_enrolment_can_be_offered() {
    let kinds: Vec<&str> = truce_domain::offers::offered_kinds().collect();
    assert!(!kinds.contains(&"member.enrol") && !kinds.contains(&"log.time"));
    assert_eq!(
        kinds.len(),
        truce_domain::KINDS.len() + truce_domain::monitor::KINDS.len() - 1
    );
    for (kind, _) in truce_domain::offers::CHOICE {
        assert!(kinds.contains(kind), "{kind}");
    }
}

/// Regression (red team): a party could submit its text as unattributed
/// and, once relayed, the other party saw it as the mediators' bridging text.
#[test]
fn a_party_cannot_pass_its_text_off_as_the_mediators() {
    let mut s = setup();
    use sha2::Digest as _;
    let hash = hex::encode(sha2::Sha256::digest(DOC.as_bytes()));
    let body = format!(r#"{{"version":"v1","draft":"d1","content":"{hash}","attributed":false}}"#);
    let err = s
        .step(&act(PK), "draft.submit", &body, Some(DOC.as_bytes()))
        .unwrap_err();
    assert!(err.to_string().contains("unattributed"), "{err}");
    take(&mut s, TR, "draft.submit", &body, Some(DOC.as_bytes()));
}

/// Regression (red team): a party could link evidence to a case it may not
/// read (adding to another party's record, and learning that the case
/// exists), and `case.request` answered a hidden case differently from a
/// case that does not exist. Both now answer as for an unknown id.
#[test]
fn hidden_cases_answer_as_unknown_ones() {
    let mut s = setup();
    use sha2::Digest as _;
    let hash = hex::encode(sha2::Sha256::digest(DOC.as_bytes()));
    take(
        &mut s,
        PK,
        "draft.submit",
        &format!(r#"{{"version":"v1","draft":"d1","content":"{hash}"}}"#),
        Some(DOC.as_bytes()),
    );
    take(
        &mut s,
        TR,
        "draft.relay",
        r#"{"version":"v1","to":["af"]}"#,
        None,
    );
    let sign = format!(r#"{{"version":"v1","content":"{hash}"}}"#);
    take(&mut s, PK, "agreement.sign", &sign, None);
    take(&mut s, AF, "agreement.sign", &sign, None);
    take(&mut s, TR, "agreement.witness", &sign, None);
    let at = r#""at":"2025-11-01T00:00:00Z""#;
    take(
        &mut s,
        TR,
        "mechanism.configure",
        &format!(
            r#"{{"agreement":"v1","entry_into_force":"2025-10-30","joint_teams":false,"finding_quorum":1,"commitments":[],{at}}}"#
        ),
        None,
    );
    // af reports; the mediators open a case only af and they may read.
    take(
        &mut s,
        AF,
        "incident.report",
        &format!(
            r#"{{"incident":"inc-af","occurred":"2025-10-31T10:00:00Z","lat":31.0,"lon":66.5,"category":"armed_clash","narrative":"n","source":"s",{at}}}"#
        ),
        None,
    );
    take(
        &mut s,
        TR,
        "case.open",
        &format!(
            r#"{{"case":"case-af","incidents":["inc-af"],"accused":"af","team":["tr-m"],{at}}}"#
        ),
        None,
    );
    let pk_answer = |s: &mut ProcessState, kind: &str, body: String, blob: Option<&[u8]>| {
        s.step(&act(PK), kind, &body, blob).unwrap_err().to_string()
    };
    let text = b"a note";
    let ev = |case: &str| {
        format!(
            r#"{{"content":"{}","media_type":"text/plain","size":6,"name":"n.txt","case":"{case}",{at}}}"#,
            hex::encode(sha2::Sha256::digest(text))
        )
    };
    let hidden = pk_answer(&mut s, "evidence.submit", ev("case-af"), Some(text));
    let absent = pk_answer(&mut s, "evidence.submit", ev("case-none"), Some(text));
    assert_eq!(
        hidden.replace("case-af", "X"),
        absent.replace("case-none", "X")
    );
    let req = |case: &str| {
        format!(
            r#"{{"case":"{case}","request":"r1","from":"af","what":"w","due":"2025-11-02T00:00:00Z",{at}}}"#
        )
    };
    let hidden = pk_answer(&mut s, "case.request", req("case-af"), None);
    let absent = pk_answer(&mut s, "case.request", req("case-none"), None);
    assert_eq!(
        hidden.replace("case-af", "X"),
        absent.replace("case-none", "X")
    );
    // Nor is the hidden case among pk's offers.
    assert!(
        !acts(&s, PK)
            .offers
            .iter()
            .any(|o| o.on == Target::Case("case-af".into()))
    );
    assert!(has(
        &acts(&s, AF),
        "case.reply",
        Target::Case("case-af".into())
    ));
}
