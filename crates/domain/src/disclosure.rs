//! Disclosure: what of each act the public log shows, and who may open the rest.
//!
//! The log is public, so an entry's body holds only its *public part*: the
//! fields this table names as public, and for a sealed kind a hiding
//! commitment `"sealed": hex(SHA-256("truce-opening/v1\n" ‖ opening))` to all
//! of its other fields. The *opening* is a JSON document
//! `{"salt": base64(32 random bytes), "fields": {…}}` that the signer sends
//! beside the envelope; the server keeps it off the log and hands it only to
//! the audience [`ProcessState::may_open`] names. Because the salt is secret
//! and random, a guess at a short comment cannot be confirmed against the
//! commitment; because the signer signs the commitment, nobody (the operator
//! included) can later swap the content.
//!
//! [`TABLE`] is the one disclosure table: every kind the log accepts is in it,
//! and a kind that is not is refused. `SECURITY.md` prints the same table (a
//! test compares them). [`open`] turns a public body and its opening back
//! into the full body the domain parses; [`seal`] is the signer's side.

use crate::access::Viewer;
use crate::monitor::MonitorEvent as M;
use crate::{Event, ProcessState, Reason, reason};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::Deserialize;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use thiserror::Error;

/// The field of a public body that carries the commitment.
pub const SEALED_FIELD: &str = "sealed";
/// Domain separation for commitments.
const COMMIT_PREFIX: &[u8] = b"truce-opening/v1\n";
/// Bytes of salt an opening carries.
pub const SALT_BYTES: usize = 32;
/// Largest opening accepted (the same bound as an entry).
pub const MAX_OPENING: usize = 65_535;

/// How one kind is disclosed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub kind: &'static str,
    /// Whether the kind carries a sealed part at all.
    pub sealed: bool,
    /// Fields shown in public (for an unsealed kind, every field is).
    pub public: &'static [&'static str],
    /// Who may open the sealed part besides the signer's own participant, in
    /// words (the code is [`ProcessState::may_open`]).
    pub audience: &'static str,
}

const fn public(kind: &'static str) -> Rule {
    Rule {
        kind,
        sealed: false,
        public: &[],
        audience: "everyone",
    }
}

const fn sealed(
    kind: &'static str,
    public: &'static [&'static str],
    audience: &'static str,
) -> Rule {
    Rule {
        kind,
        sealed: true,
        public,
        audience,
    }
}

const VERSION: &str = "the signer's participant, the mediators, and each party the version was relayed to (every member once adopted; everyone once the mediators publish the agreement)";

/// The disclosure table: every kind the log accepts.
pub const TABLE: &[Rule] = &[
    public("genesis"),
    public(crate::LOG_TIME),
    public("key.register"),
    public("key.revoke"),
    public(crate::PROCESS_DEFINE),
    public(crate::PARTICIPANT_ADD),
    public(crate::MEMBER_ADD),
    public(crate::MEMBER_INVITE),
    public(crate::MEMBER_ENROL),
    public(crate::MEMBER_UNINVITE),
    sealed(
        crate::MEMBER_REMOVE,
        &["member"],
        "the mediators and the removed member's participant",
    ),
    public(crate::MEMBER_ROTATE),
    public(crate::ROUND_SCHEDULED),
    public(crate::ROUND_TRANSITION),
    public(crate::DEADLINE_SET),
    public(crate::COMMUNIQUE),
    sealed(
        crate::publication::PUBLICATION_SIGN,
        &["object"],
        "the mediators; everyone once the quorum of mediators has signed it",
    ),
    sealed(
        crate::DRAFT_SUBMIT,
        &[],
        "the signer's participant and the mediators; once relayed, each party it was relayed to; once adopted, every member; once the mediators publish the agreement, everyone (a mediator's unattributed bridging text: the mediators only, so no party learns which mediator wrote it)",
    ),
    sealed(
        crate::DRAFT_RELAY,
        &[],
        "the mediators and the parties it is relayed to",
    ),
    sealed(
        crate::DRAFT_COMMENT,
        &[],
        "as the comment's visibility: internal — the author's participant; mediators — and the mediators; shared — whoever may read the version",
    ),
    sealed(crate::AGREEMENT_SIGN, &[], VERSION),
    sealed(crate::AGREEMENT_WITNESS, &[], VERSION),
    sealed(
        crate::monitor::MECHANISM_CONFIGURE,
        &[],
        "every member (the agreement's terms are theirs)",
    ),
    sealed(
        crate::monitor::INCIDENT_REPORT,
        &[],
        "the reporter's participant, the mediators, and whoever may read a case that includes the incident; everyone once its finding is published",
    ),
    sealed(
        crate::monitor::INCIDENT_IMPORT,
        &[],
        "the mediators and the importer's participant",
    ),
    sealed(
        crate::monitor::INCIDENT_MERGE,
        &[],
        "the mediators and whoever may read the report the others were merged into",
    ),
    sealed(
        crate::monitor::EVIDENCE_SUBMIT,
        &[],
        "whoever may read the evidence file (its submitter and holder, the mediators, the parties of a case citing it)",
    ),
    sealed(
        crate::monitor::EVIDENCE_ACCESS,
        &[],
        "whoever may read the evidence file",
    ),
    sealed(
        crate::monitor::EVIDENCE_TRANSFER,
        &[],
        "whoever may read the evidence file",
    ),
    sealed(
        crate::monitor::ACTION_REPORT,
        &[],
        "the reporting party, the mediators, and whoever may read a case verifying it",
    ),
    sealed(
        crate::monitor::CASE_OPEN,
        &[],
        "the mediators, the case's team and the parties it concerns; everyone once its finding is published",
    ),
    sealed(
        crate::monitor::CASE_REQUEST,
        &[],
        "whoever may read the case",
    ),
    sealed(crate::monitor::CASE_REPLY, &[], "whoever may read the case"),
    sealed(
        crate::monitor::CASE_ASSESS,
        &[],
        "whoever may read the case",
    ),
    sealed(
        crate::monitor::FINDING_PROPOSE,
        &[],
        "whoever may read the case; everyone once the finding is published",
    ),
    sealed(
        crate::monitor::FINDING_VOTE,
        &[],
        "whoever may read the case; everyone once the finding is published",
    ),
    sealed(
        crate::monitor::FINDING_PUBLISH,
        &[],
        "whoever may read the finding; everyone once the quorum of mediators has signed its publication",
    ),
    sealed(
        crate::monitor::PENALTY_IMPOSE,
        &[],
        "the penalised party and whoever may read the finding; everyone once it is published",
    ),
    sealed(
        crate::monitor::PENALTY_APPEAL,
        &[],
        "whoever may read the penalty",
    ),
    sealed(
        crate::monitor::APPEAL_DECIDE,
        &[],
        "whoever may read the penalty",
    ),
    sealed(
        crate::monitor::PENALTY_SERVE,
        &[],
        "whoever may read the penalty",
    ),
    sealed(
        crate::monitor::PENALTY_LIFT,
        &[],
        "whoever may read the penalty",
    ),
];

/// The table as Markdown, as `SECURITY.md` prints it.
pub fn markdown_table() -> String {
    let mut out = String::from(
        "| kind | on the public log | who may open the sealed part (and the signer's own participant) |\n|---|---|---|\n",
    );
    for r in TABLE {
        let shown = if !r.sealed {
            "every field".to_owned()
        } else if r.public.is_empty() {
            "the commitment only".to_owned()
        } else {
            format!(
                "{} and the commitment",
                r.public
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let who = if r.sealed {
            r.audience
        } else {
            "— (nothing sealed)"
        };
        out.push_str(&format!("| `{}` | {shown} | {who} |\n", r.kind));
    }
    out
}

/// The rule for `kind`, or `None` for a kind the log does not accept.
pub fn rule(kind: &str) -> Option<&'static Rule> {
    TABLE.iter().find(|r| r.kind == kind)
}

/// Why a public body and its opening do not fit together; its words are
/// [`DisclosureError::reason`]'s.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DisclosureError {
    UnknownKind(String),
    NotObject(String),
    ConfidentialInPublic {
        kind: String,
        field: String,
        public: String,
    },
    NoCommitment {
        kind: String,
    },
    NoOpening {
        kind: String,
    },
    NotSealed(String),
    /// The opening (or a body) does not parse (serde's words, which may
    /// be said within a reason of ours).
    Opening(Reason),
    Salt,
    TooLarge(usize),
    Mismatch {
        got: String,
    },
    PublicInOpening(String),
}

impl DisclosureError {
    /// What is wrong, in the catalogues' terms.
    pub fn reason(&self) -> Reason {
        use DisclosureError::*;
        match self {
            UnknownKind(kind) => reason!(
                "disclosure-unknown-kind",
                "unknown kind {kind:?}: the log accepts only the kinds of its disclosure table",
                kind = kind
            ),
            NotObject(kind) => reason!(
                "disclosure-not-object",
                "the body of a {kind} entry is not a JSON object",
                kind = kind
            ),
            ConfidentialInPublic {
                kind,
                field,
                public,
            } => reason!(
                "disclosure-confidential-in-public",
                "{kind} is sealed: its entry body may show only {public} and \"sealed\", but it shows {field:?} (put it in the opening)",
                kind = kind,
                public = public,
                field = field
            ),
            NoCommitment { kind } => reason!(
                "disclosure-no-commitment",
                "{kind} is sealed: its entry body needs a \"sealed\" commitment (64 hex digits)",
                kind = kind
            ),
            NoOpening { kind } => reason!(
                "disclosure-no-opening",
                "{kind} is sealed: send its opening beside the envelope",
                kind = kind
            ),
            NotSealed(kind) => reason!(
                "disclosure-not-sealed",
                "{kind} is public: it carries no \"sealed\" commitment and no opening",
                kind = kind
            ),
            // The shape is an argument: a reason's English has no literal braces.
            Opening(why) => reason!(
                "disclosure-opening-shape",
                "the opening is not {shape}: {why}",
                shape = "{\"salt\", \"fields\"}",
                why = why
            )
            .nest("why", why.clone()),
            Salt => reason!(
                "disclosure-salt",
                "the opening's salt must be {n} bytes of base64",
                n = SALT_BYTES
            ),
            TooLarge(n) => reason!(
                "disclosure-too-large",
                "the opening is {n} bytes; at most {max}",
                n = n,
                max = MAX_OPENING
            ),
            Mismatch { got } => reason!(
                "disclosure-mismatch",
                "the opening does not match the entry's commitment (it hashes to {got})",
                got = got
            ),
            PublicInOpening(field) => reason!(
                "disclosure-public-in-opening",
                "the opening may not carry the public field {field:?}",
                field = field
            ),
        }
    }
}

impl std::fmt::Display for DisclosureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason().text)
    }
}

/// The commitment to an opening: hex SHA-256 of the prefix and its bytes.
pub fn commitment(opening: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(COMMIT_PREFIX);
    h.update(opening);
    hex::encode(h.finalize())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OpeningWire {
    salt: String,
    fields: UniqueMap,
}

/// A JSON object whose keys are each given once: a repeated key could
/// carry text on the public log that no parser reads (the last one wins).
struct UniqueMap(Map<String, Value>);

impl<'de> Deserialize<'de> for UniqueMap {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> serde::de::Visitor<'de> for Keys {
            type Value = UniqueMap;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<UniqueMap, A::Error> {
                let mut m = Map::new();
                while let Some((k, v)) = a.next_entry::<String, Value>()? {
                    if m.contains_key(&k) {
                        return Err(serde::de::Error::custom(format!(
                            "the key {k:?} is given twice"
                        )));
                    }
                    m.insert(k, v);
                }
                Ok(UniqueMap(m))
            }
        }
        d.deserialize_map(Keys)
    }
}

fn object(kind: &str, json: &str) -> Result<Map<String, Value>, DisclosureError> {
    match serde_json::from_str::<UniqueMap>(json) {
        Ok(UniqueMap(m)) => Ok(m),
        Err(e) if e.to_string().contains("given twice") => Err(DisclosureError::Opening(reason!(
            "disclosure-body-json",
            "the {kind} body: {detail}",
            kind = kind,
            detail = e
        ))),
        Err(_) => Err(DisclosureError::NotObject(kind.into())),
    }
}

/// Split a full body into its public part (with the commitment) and its
/// opening, with the given salt. The signer's side: the CLI and the browser
/// do the same.
pub fn seal(
    kind: &str,
    body: &str,
    salt: [u8; SALT_BYTES],
) -> Result<(String, Option<String>), DisclosureError> {
    let rule = rule(kind).ok_or_else(|| DisclosureError::UnknownKind(kind.into()))?;
    if !rule.sealed {
        return Ok((body.to_owned(), None));
    }
    let mut fields = object(kind, body)?;
    let mut public = Map::new();
    for f in rule.public {
        if let Some(v) = fields.remove(*f) {
            public.insert((*f).to_owned(), v);
        }
    }
    let opening = serde_json::json!({ "salt": B64.encode(salt), "fields": fields }).to_string();
    public.insert(
        SEALED_FIELD.into(),
        Value::String(commitment(opening.as_bytes())),
    );
    Ok((Value::Object(public).to_string(), Some(opening)))
}

/// Check a public body against the table and, for a sealed kind, its
/// opening against the commitment; return the full body the domain parses.
pub fn open(kind: &str, body: &str, opening: Option<&[u8]>) -> Result<String, DisclosureError> {
    let rule = rule(kind).ok_or_else(|| DisclosureError::UnknownKind(kind.into()))?;
    if !rule.sealed {
        if opening.is_some() {
            return Err(DisclosureError::NotSealed(kind.into()));
        }
        if let Ok(Value::Object(m)) = serde_json::from_str::<Value>(body)
            && m.contains_key(SEALED_FIELD)
        {
            return Err(DisclosureError::NotSealed(kind.into()));
        }
        return Ok(body.to_owned());
    }
    let mut public = object(kind, body)?;
    let committed = match public.remove(SEALED_FIELD) {
        Some(Value::String(s))
            if s.len() == 64
                && s.bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) =>
        {
            s
        }
        _ => return Err(DisclosureError::NoCommitment { kind: kind.into() }),
    };
    if let Some(field) = public.keys().find(|k| !rule.public.contains(&k.as_str())) {
        return Err(DisclosureError::ConfidentialInPublic {
            kind: kind.into(),
            field: field.clone(),
            public: if rule.public.is_empty() {
                "nothing".into()
            } else {
                rule.public.join(", ")
            },
        });
    }
    let opening = opening.ok_or_else(|| DisclosureError::NoOpening { kind: kind.into() })?;
    if opening.len() > MAX_OPENING {
        return Err(DisclosureError::TooLarge(opening.len()));
    }
    let got = commitment(opening);
    if got != committed {
        return Err(DisclosureError::Mismatch { got });
    }
    let w: OpeningWire =
        serde_json::from_slice(opening).map_err(|e| DisclosureError::Opening(Reason::detail(e)))?;
    if B64.decode(&w.salt).map(|s| s.len()) != Ok(SALT_BYTES) {
        return Err(DisclosureError::Salt);
    }
    for (k, v) in w.fields.0 {
        if rule.public.contains(&k.as_str()) || k == SEALED_FIELD {
            return Err(DisclosureError::PublicInOpening(k));
        }
        public.insert(k, v);
    }
    Ok(Value::Object(public).to_string())
}

impl ProcessState {
    /// The participant a key belongs (or belonged) to.
    pub fn participant_of_key(&self, key: &str) -> Option<&str> {
        let member = self
            .key_owner
            .get(key)
            .or_else(|| self.retired_keys.get(key).map(|(m, _, _)| m))?;
        self.members.get(member).map(|m| m.participant.as_str())
    }

    /// Whether `viewer` may open the sealed part of an entry signed by
    /// `signer` that carries `event` (as opened). Decided by the act that
    /// introduced the content: its audience now, never widened by a later
    /// act of someone else.
    pub fn may_open(&self, viewer: &Viewer, signer: &str, event: &Event) -> bool {
        let signer_participant = self.participant_of_key(signer);
        let own = match viewer {
            Viewer::Secretariat => signer_participant.is_none(),
            _ => viewer.participant().is_some() && viewer.participant() == signer_participant,
        };
        if own {
            return true;
        }
        let version = |id: &str| {
            self.versions
                .get(id)
                .is_some_and(|v| self.can_see_version(viewer, v))
        };
        let evidence = |h: &str| self.can_read_evidence(viewer, h);
        let case = |id: &str| {
            self.monitor
                .cases
                .get(id)
                .is_some_and(|c| self.can_see_case(viewer, c))
        };
        let finding = |id: &str| {
            self.monitor
                .findings
                .get(id)
                .is_some_and(|f| self.can_see_finding(viewer, f))
        };
        let penalty = |id: &str| {
            self.monitor
                .penalties
                .get(id)
                .is_some_and(|p| self.can_see_penalty(viewer, p))
        };
        let incident = |id: &str| {
            self.monitor
                .incident(id)
                .is_some_and(|i| self.incident_view(viewer).sees(i))
        };
        match event {
            Event::MemberRemoved { member, .. } => {
                viewer.is_mediator()
                    || self.members.get(member).map(|m| m.participant.as_str())
                        == viewer.participant()
            }
            Event::DraftSubmitted { version: id, .. } => match self.versions.get(id) {
                Some(v) if !v.attributed => viewer.is_mediator(),
                Some(v) => self.can_see_version(viewer, v),
                None => false,
            },
            Event::DraftRelayed { to, .. } => {
                viewer.is_mediator()
                    || viewer
                        .participant()
                        .is_some_and(|p| to.iter().any(|t| t == p))
            }
            Event::CommentAdded { comment, .. } => self
                .comment_ix
                .get(comment)
                .and_then(|&i| self.comments.get(i))
                .is_some_and(|c| self.can_see_comment(viewer, c)),
            Event::Signed { version: v, .. } | Event::Witnessed { version: v, .. } => version(v),
            Event::Monitor(a) => match &a.event {
                M::Configure(_) => self.can_see_mechanism(viewer),
                M::Report { incident: i, .. } => incident(&i.id),
                M::Import { .. } => viewer.is_mediator(),
                M::Merge { into, .. } => viewer.is_mediator() || incident(into),
                M::Evidence { content, .. }
                | M::Access { content, .. }
                | M::Transfer { content, .. } => evidence(content),
                M::Action { action, .. } => self
                    .monitor
                    .actions
                    .get(action)
                    .is_some_and(|x| self.can_see_action(viewer, x)),
                M::CaseOpen { case: c, .. }
                | M::Request { case: c, .. }
                | M::Reply { case: c, .. }
                | M::Assess { case: c, .. } => case(c),
                M::Propose { finding: f, .. }
                | M::Vote { finding: f, .. }
                | M::Publish { finding: f, .. } => finding(f),
                M::Impose { penalty: p, .. }
                | M::Appeal { penalty: p, .. }
                | M::Decide { penalty: p, .. }
                | M::Serve { penalty: p, .. }
                | M::Lift { penalty: p, .. } => penalty(p),
            },
            Event::Publication(sign) => viewer.is_mediator() || self.is_published(&sign.object),
            // Public kinds have no sealed part.
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_domain_kind_is_in_the_table_once() {
        let mut kinds: Vec<&str> = crate::KINDS.to_vec();
        kinds.extend(crate::monitor::KINDS);
        for k in &kinds {
            assert!(rule(k).is_some(), "{k} has no disclosure rule");
        }
        for r in TABLE {
            assert_eq!(
                TABLE.iter().filter(|x| x.kind == r.kind).count(),
                1,
                "{}",
                r.kind
            );
        }
    }

    #[test]
    fn seal_then_open_gives_the_body_back() {
        let body = r#"{"comment":"c1","version":"v1","clause":"art_1","content":"aa","visibility":"internal"}"#;
        let (public, opening) = seal(crate::DRAFT_COMMENT, body, [7; 32]).unwrap();
        let opening = opening.unwrap();
        assert!(!public.contains("c1") && !public.contains("internal"));
        let full = open(crate::DRAFT_COMMENT, &public, Some(opening.as_bytes())).unwrap();
        let a: Value = serde_json::from_str(&full).unwrap();
        let b: Value = serde_json::from_str(body).unwrap();
        assert_eq!(a, b);
        // A different salt gives a different commitment for the same text.
        let (public2, _) = seal(crate::DRAFT_COMMENT, body, [8; 32]).unwrap();
        assert_ne!(public, public2);
    }

    #[test]
    fn refusals_name_what_is_wrong() {
        let body = r#"{"comment":"c1","version":"v1","clause":"a","content":"aa","visibility":"internal"}"#;
        let (public, opening) = seal(crate::DRAFT_COMMENT, body, [7; 32]).unwrap();
        let opening = opening.unwrap();
        let e = open(crate::DRAFT_COMMENT, body, Some(opening.as_bytes())).unwrap_err();
        assert!(matches!(e, DisclosureError::NoCommitment { .. }), "{e}");
        let e = open(crate::DRAFT_COMMENT, &public, None).unwrap_err();
        assert!(matches!(e, DisclosureError::NoOpening { .. }), "{e}");
        let tampered = opening.replace("c1", "c2");
        let e = open(crate::DRAFT_COMMENT, &public, Some(tampered.as_bytes())).unwrap_err();
        assert!(matches!(e, DisclosureError::Mismatch { .. }), "{e}");
        let e = open("draft.secret", &public, None).unwrap_err();
        assert!(matches!(e, DisclosureError::UnknownKind(_)), "{e}");
        let leaky = public.replacen('{', r#"{"version":"v1","#, 1);
        let e = open(crate::DRAFT_COMMENT, &leaky, Some(opening.as_bytes())).unwrap_err();
        assert!(
            matches!(e, DisclosureError::ConfidentialInPublic { .. }),
            "{e}"
        );
        let e = open(
            crate::COMMUNIQUE,
            r#"{"title":"t","text":"x"}"#,
            Some(b"{}"),
        )
        .unwrap_err();
        assert!(matches!(e, DisclosureError::NotSealed(_)), "{e}");
        // A key given twice could smuggle text onto the public log.
        let twice = format!(
            r#"{{"sealed":"smuggled text","sealed":"{}"}}"#,
            commitment(opening.as_bytes())
        );
        let e = open(crate::DRAFT_COMMENT, &twice, Some(opening.as_bytes())).unwrap_err();
        assert!(e.to_string().contains("given twice"), "{e}");
        // A short salt is refused even when the commitment matches.
        let short = r#"{"salt":"AAAA","fields":{}}"#;
        let public = format!(r#"{{"sealed":"{}"}}"#, commitment(short.as_bytes()));
        let e = open(crate::DRAFT_COMMENT, &public, Some(short.as_bytes())).unwrap_err();
        assert_eq!(e, DisclosureError::Salt);
    }
}
