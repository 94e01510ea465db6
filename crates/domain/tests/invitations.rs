//! Invitations: the secretariat invites by a code's hash; the invitee's own
//! key redeems it once and becomes the member's key.

use truce_domain::{Act, MEMBER_ENROL, MEMBER_INVITE, ProcessState};
use truce_ledger::authority::invitation_hash;

fn act(index: u64, signer: &str, registrar: bool) -> Act<'_> {
    Act {
        index,
        signer,
        registrar,
    }
}

fn new_key() -> String {
    truce_ledger::note::SignerKey::from_seed("pk-web", truce_ledger::note::ALG_ED25519, [9; 32])
        .unwrap()
        .verifier()
        .to_string()
}

fn setup() -> ProcessState {
    let mut s = ProcessState::default();
    let founder = "founder+00000000";
    s.step(
        &act(1, founder, true),
        "process.define",
        r#"{"process":"p","title":"t"}"#,
        None,
    )
    .unwrap();
    s.step(
        &act(2, founder, true),
        "participant.add",
        r#"{"participant":"pk","kind":"party","name":"Pakistan"}"#,
        None,
    )
    .unwrap();
    let invite = format!(
        r#"{{"member":"pk-web","participant":"pk","name":"Delegate","roles":["delegate"],"code_sha256":"{}"}}"#,
        invitation_hash("CODE-1")
    );
    s.step(&act(3, founder, true), MEMBER_INVITE, &invite, None)
        .unwrap();
    s
}

#[test]
fn an_enrolled_key_is_the_members_key() {
    // Regression: the fold once skipped `member.enrol` because its signer
    // was no member yet, so the enrolled key could not sign in.
    let mut s = setup();
    let new_key = new_key();
    let key_id = truce_ledger::note::VerifierKey::parse(&new_key)
        .unwrap()
        .id();
    let body = format!(r#"{{"code":"CODE-1","key":"{new_key}"}}"#);
    s.step(&act(4, &key_id, false), MEMBER_ENROL, &body, None)
        .unwrap();
    assert_eq!(s.key_owner.get(&key_id).map(String::as_str), Some("pk-web"));
    assert_eq!(s.members["pk-web"].participant, "pk");
    assert_eq!(
        s.invitations[&invitation_hash("CODE-1")].enrolled_at,
        Some(4)
    );
    // Used once only.
    let err = s
        .step(&act(5, "other+11111111", false), MEMBER_ENROL, &body, None)
        .unwrap_err();
    assert!(err.to_string().contains("already used"), "{err}");
}

#[test]
fn invitations_refuse_what_member_add_refuses() {
    let mut s = setup();
    let wrong_role = format!(
        r#"{{"member":"x","participant":"pk","name":"X","roles":["mediator"],"code_sha256":"{}"}}"#,
        invitation_hash("CODE-2")
    );
    let err = s
        .step(
            &act(4, "founder+00000000", true),
            MEMBER_INVITE,
            &wrong_role,
            None,
        )
        .unwrap_err();
    assert!(err.to_string().contains("does not fit"), "{err}");
    let again = format!(
        r#"{{"member":"pk-web","participant":"pk","name":"D","roles":["delegate"],"code_sha256":"{}"}}"#,
        invitation_hash("CODE-3")
    );
    let err = s
        .step(
            &act(5, "founder+00000000", true),
            MEMBER_INVITE,
            &again,
            None,
        )
        .unwrap_err();
    assert!(err.to_string().contains("open invitation"), "{err}");
    let unknown = format!(r#"{{"code":"NOPE","key":"{}"}}"#, new_key());
    let err = s
        .step(
            &act(6, "pk-web+00000000", false),
            MEMBER_ENROL,
            &unknown,
            None,
        )
        .unwrap_err();
    assert!(err.to_string().contains("no invitation"), "{err}");
}

fn enrol_body(code: &str) -> (String, String) {
    let vkey = new_key();
    let id = truce_ledger::note::VerifierKey::parse(&vkey).unwrap().id();
    (format!(r#"{{"code":"{code}","key":"{vkey}"}}"#), id)
}

fn tick(s: &mut ProcessState, index: u64, unix: i64) {
    s.step(
        &act(index, "log+00000000", false),
        "log.time",
        &format!(r#"{{"time":{unix}}}"#),
        None,
    )
    .unwrap();
}

#[test]
fn an_invitation_expires_on_the_logs_time_and_can_be_withdrawn() {
    let founder = "founder+00000000";
    let mut s = setup();
    tick(&mut s, 4, 1_000_000);
    let invite = |member: &str, code: &str, hours: &str| {
        format!(
            r#"{{"member":"{member}","participant":"pk","name":"D","roles":["delegate"],"code_sha256":"{}"{hours}}}"#,
            invitation_hash(code)
        )
    };
    s.step(
        &act(5, founder, true),
        MEMBER_INVITE,
        &invite("pk-2", "CODE-2", r#","valid_hours":2"#),
        None,
    )
    .unwrap();
    let i = &s.invitations[&invitation_hash("CODE-2")];
    assert_eq!(i.expires, Some(1_000_000 + 7200));
    assert_eq!(i.status(Some(1_000_000 + 7200)), "pending");
    // Two hours and a second later on the log's clock, the code enrols nobody.
    tick(&mut s, 6, 1_000_000 + 7201);
    let (body, key) = enrol_body("CODE-2");
    let err = s
        .step(&act(7, &key, false), MEMBER_ENROL, &body, None)
        .unwrap_err();
    assert!(err.to_string().contains("expired"), "{err}");
    // Expired, it no longer blocks a new invitation for the same member.
    s.step(
        &act(8, founder, true),
        MEMBER_INVITE,
        &invite("pk-2", "CODE-3", ""),
        None,
    )
    .unwrap();
    // The secretariat withdraws it (offered as such); then it enrols nobody.
    let offers = s.acts_for(founder, true, 0);
    assert!(offers.offers.iter().any(|o| o.kind == "member.uninvite"
        && o.on == truce_domain::offers::Target::Invitation("pk-2".into())));
    s.step(
        &act(9, founder, true),
        "member.uninvite",
        r#"{"member":"pk-2","reason":"sent to the wrong address"}"#,
        None,
    )
    .unwrap();
    assert_eq!(
        s.invitations[&invitation_hash("CODE-3")].status(None),
        "revoked"
    );
    let (body, key) = enrol_body("CODE-3");
    let err = s
        .step(&act(10, &key, false), MEMBER_ENROL, &body, None)
        .unwrap_err();
    assert!(err.to_string().contains("withdrawn"), "{err}");
    // Nothing left to withdraw; a delegate may not withdraw at all.
    let err = s
        .step(
            &act(11, founder, true),
            "member.uninvite",
            r#"{"member":"pk-2","reason":"again"}"#,
            None,
        )
        .unwrap_err();
    assert!(err.to_string().contains("open invitation"), "{err}");
    // The one invitation still open (CODE-1, without end) still enrols.
    let (body, key) = enrol_body("CODE-1");
    s.step(&act(12, &key, false), MEMBER_ENROL, &body, None)
        .unwrap();
    assert_eq!(
        s.invitations[&invitation_hash("CODE-1")].status(None),
        "used"
    );
}

#[test]
fn an_invitation_grants_no_rights_and_a_founding_code_is_the_ledgers() {
    let mut s = setup();
    let founder = "founder+00000000";
    // Regression (red team): an invitation that claimed registrar rights
    // would let a member revoke the founders. The body has no such field.
    let with_rights = format!(
        r#"{{"member":"pk-2","participant":"pk","name":"N","roles":["delegate"],"code_sha256":"{}","may_register":true}}"#,
        invitation_hash("C-2")
    );
    let err = s
        .step(&act(4, founder, true), MEMBER_INVITE, &with_rights, None)
        .unwrap_err();
    assert!(err.to_string().contains("may_register"), "{err}");
    // A code the domain never saw (a founding invitation, which only the
    // genesis holds) enrols only when the ledger vouches for it: the act is
    // then a registrar's.
    let key = new_key();
    let key_id = truce_ledger::note::VerifierKey::parse(&key).unwrap().id();
    let enrol = format!(r#"{{"code":"FOUNDING","key":"{key}"}}"#);
    let err = s
        .step(&act(7, &key_id, false), MEMBER_ENROL, &enrol, None)
        .unwrap_err();
    assert!(
        err.to_string().contains("no invitation has this code"),
        "{err}"
    );
    s.step(&act(7, &key_id, true), MEMBER_ENROL, &enrol, None)
        .unwrap();
    assert!(!s.key_owner.contains_key(&key_id), "a founder is no member");
    // Its key signs as the secretariat.
    s.step(
        &act(8, &key_id, true),
        "communique",
        r#"{"title":"t","text":"x"}"#,
        None,
    )
    .unwrap();
}
