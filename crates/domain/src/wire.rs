//! The JSON bodies of the domain's entry kinds, private to this crate, and
//! their conversion into [`Event`]s. Every field is checked here for form
//! (ids, dates, names); whether the act is allowed is the state's business.

use crate::{
    AGREEMENT_SIGN, AGREEMENT_WITNESS, COMMUNIQUE, DEADLINE_SET, DRAFT_COMMENT, DRAFT_RELAY,
    DRAFT_SUBMIT, MEMBER_ADD, MEMBER_ENROL, MEMBER_INVITE, MEMBER_REMOVE, MEMBER_ROTATE,
    MEMBER_UNINVITE, PARTICIPANT_ADD, PROCESS_DEFINE, ROUND_SCHEDULED, ROUND_TRANSITION,
};
use crate::{DomainError, Event, ParticipantKind, Reason, Role, RoundState, Visibility, reason};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProcessDefine {
    process: String,
    title: String,
    #[serde(default)]
    witness_quorum: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParticipantAdd {
    participant: String,
    kind: String,
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberAdd {
    member: String,
    participant: String,
    name: String,
    roles: Vec<String>,
    key: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberInvite {
    member: String,
    participant: String,
    name: String,
    roles: Vec<String>,
    code_sha256: String,
    #[serde(default)]
    valid_hours: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberUninvite {
    member: String,
    reason: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberEnrol {
    code: String,
    key: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberRemove {
    member: String,
    reason: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberRotate {
    member: String,
    key: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoundScheduled {
    round: String,
    title: String,
    place: String,
    starts: String,
    ends: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoundTransition {
    round: String,
    to: String,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    outcome: Option<String>,
    #[serde(default)]
    party: Option<String>,
    #[serde(default)]
    at: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineSet {
    deadline: String,
    title: String,
    due: String,
    #[serde(default)]
    round: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LogTime {
    time: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Communique {
    title: String,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftSubmit {
    version: String,
    draft: String,
    #[serde(default)]
    parent: Option<String>,
    content: String,
    #[serde(default = "yes")]
    attributed: bool,
    #[serde(default)]
    at: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftRelay {
    version: String,
    to: Vec<String>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    at: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftComment {
    comment: String,
    version: String,
    clause: String,
    content: String,
    visibility: String,
    #[serde(default)]
    at: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Endorse {
    version: String,
    content: String,
    #[serde(default)]
    at: Option<String>,
}

pub(crate) struct Checker<'k> {
    pub(crate) kind: &'k str,
}

impl Checker<'_> {
    /// A body refused, saying why.
    pub(crate) fn fail(&self, reason: Reason) -> DomainError {
        DomainError::Body {
            kind: self.kind.to_owned(),
            reason,
        }
    }

    pub(crate) fn body<'a, T: Deserialize<'a>>(&self, json: &'a str) -> Result<T, DomainError> {
        serde_json::from_str(json).map_err(|e| self.fail(Reason::detail(e)))
    }

    /// Ids: 1–64 of lower-case letters, digits, `.`, `_`, `-`.
    pub(crate) fn id(&self, field: &str, v: String) -> Result<String, DomainError> {
        if v.is_empty()
            || v.len() > 64
            || !v.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-')
            })
        {
            return Err(self.fail(reason!(
                "body-not-an-id",
                "{field} {v:?} is not an id (1–64 lower-case letters, digits, '.', '_', '-')",
                field = field,
                v = v
            )));
        }
        Ok(v)
    }

    /// A member's roles: at least one, each known.
    fn roles(&self, roles: &[String]) -> Result<Vec<Role>, DomainError> {
        if roles.is_empty() {
            return Err(self.fail(reason!("body-no-role", "a member needs at least one role")));
        }
        roles
            .iter()
            .map(|r| {
                Role::parse(r).ok_or_else(|| {
                    self.fail(reason!(
                        "body-not-one-of",
                        "{field} {v:?} is not one of {all}",
                        field = "role",
                        v = r,
                        all = Role::ALL.join(", ")
                    ))
                })
            })
            .collect()
    }

    pub(crate) fn text(&self, field: &str, v: String, max: usize) -> Result<String, DomainError> {
        if v.trim().is_empty() {
            return Err(self.fail(reason!("body-empty", "{field} is empty", field = field)));
        }
        if v.chars().count() > max {
            return Err(self.fail(reason!(
                "body-too-long",
                "{field} is longer than {max} characters",
                field = field,
                max = max
            )));
        }
        Ok(v)
    }

    pub(crate) fn hash(&self, field: &str, v: String) -> Result<String, DomainError> {
        if v.len() != 64
            || !v
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        {
            return Err(self.fail(reason!(
                "body-not-sha256",
                "{field} {v:?} is not a SHA-256 in lower-case hex",
                field = field,
                v = v
            )));
        }
        Ok(v)
    }

    pub(crate) fn date(&self, field: &str, v: String) -> Result<String, DomainError> {
        if !valid_date(&v) {
            return Err(self.fail(reason!(
                "body-not-a-date",
                "{field} {v:?} is not a date (YYYY-MM-DD)",
                field = field,
                v = v
            )));
        }
        Ok(v)
    }

    pub(crate) fn date_or_time(&self, field: &str, v: String) -> Result<String, DomainError> {
        if !valid_date(&v) && !valid_datetime(&v) {
            return Err(self.fail(reason!(
                "body-not-date-or-time",
                "{field} {v:?} is neither a date (YYYY-MM-DD) nor a UTC time (YYYY-MM-DDTHH:MM:SSZ)",
                field = field,
                v = v
            )));
        }
        Ok(v)
    }

    pub(crate) fn at(&self, v: Option<String>) -> Result<Option<String>, DomainError> {
        v.map(|v| {
            if valid_datetime(&v) {
                Ok(v)
            } else {
                Err(self.fail(reason!(
                    "body-at-not-utc",
                    "at {v:?} is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)",
                    v = v
                )))
            }
        })
        .transpose()
    }
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `YYYY-MM-DD` with a real day of the month.
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(y), Some(m), Some(d)) = (digits(&s[0..4]), digits(&s[5..7]), digits(&s[8..10]))
    else {
        return false;
    };
    (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d)
}

/// Days in month `m` (1–12) of year `y`.
pub(crate) fn days_in_month(y: u32, m: u32) -> u32 {
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        _ => 28,
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ`.
pub fn valid_datetime(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 20 || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z' {
        return false;
    }
    valid_date(&s[..10])
        && digits(&s[11..13]).is_some_and(|h| h < 24)
        && digits(&s[14..16]).is_some_and(|m| m < 60)
        && digits(&s[17..19]).is_some_and(|x| x < 60)
}

/// Parse the domain event of an entry; `Ok(None)` for kinds the domain does not own.
pub fn parse_event(kind: &str, json: &str) -> Result<Option<Event>, DomainError> {
    if let Some(a) = crate::monitor::wire::parse(kind, json)? {
        return Ok(Some(Event::Monitor(a)));
    }
    if kind == crate::publication::PUBLICATION_SIGN {
        return crate::publication::parse(json).map(Some);
    }
    let c = Checker { kind };
    Ok(Some(match kind {
        PROCESS_DEFINE => {
            let w: ProcessDefine = c.body(json)?;
            if w.witness_quorum == Some(0) {
                return Err(c.fail(reason!(
                    "body-witness-quorum",
                    "witness_quorum must be at least 1"
                )));
            }
            Event::ProcessDefined {
                process: c.id("process", w.process)?,
                title: c.text("title", w.title, 500)?,
                witness_quorum: w.witness_quorum,
            }
        }
        PARTICIPANT_ADD => {
            let w: ParticipantAdd = c.body(json)?;
            let kind = ParticipantKind::parse(&w.kind).ok_or_else(|| {
                c.fail(reason!(
                    "body-not-one-of",
                    "{field} {v:?} is not one of {all}",
                    field = "kind",
                    v = w.kind,
                    all = ParticipantKind::ALL.join(", ")
                ))
            })?;
            Event::ParticipantAdded {
                participant: c.id("participant", w.participant)?,
                kind,
                name: c.text("name", w.name, 200)?,
            }
        }
        MEMBER_ADD => {
            let w: MemberAdd = c.body(json)?;
            let roles = c.roles(&w.roles)?;
            Event::MemberAdded {
                member: c.id("member", w.member)?,
                participant: c.id("participant", w.participant)?,
                name: c.text("name", w.name, 200)?,
                roles,
                key: c.text("key", w.key, 300)?,
            }
        }
        MEMBER_INVITE => {
            let w: MemberInvite = c.body(json)?;
            let roles = c.roles(&w.roles)?;
            let code_sha256 = w.code_sha256.to_ascii_lowercase();
            if code_sha256.len() != 64 || !code_sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(c.fail(reason!(
                    "code-hash-hex",
                    "code_sha256 must be 64 hex digits"
                )));
            }
            if w.valid_hours.is_some_and(|h| h == 0 || h > 24 * 366) {
                return Err(c.fail(reason!(
                    "body-valid-hours",
                    "valid_hours must be from 1 to 8784 (a year)"
                )));
            }
            Event::MemberInvited {
                member: c.id("member", w.member)?,
                participant: c.id("participant", w.participant)?,
                name: c.text("name", w.name, 200)?,
                roles,
                code_sha256,
                valid_hours: w.valid_hours,
            }
        }
        MEMBER_UNINVITE => {
            let w: MemberUninvite = c.body(json)?;
            Event::InvitationRevoked {
                member: c.id("member", w.member)?,
                reason: c.text("reason", w.reason, 2000)?,
            }
        }
        MEMBER_ENROL => {
            let w: MemberEnrol = c.body(json)?;
            let key = truce_ledger::note::VerifierKey::parse(&w.key)
                .map_err(|e| c.fail(reason!("body-key", "key: {detail}", detail = e)))?;
            Event::MemberEnrolled {
                code_sha256: truce_ledger::authority::invitation_hash(&w.code),
                key: key.id(),
            }
        }
        MEMBER_REMOVE => {
            let w: MemberRemove = c.body(json)?;
            Event::MemberRemoved {
                member: c.id("member", w.member)?,
                reason: c.text("reason", w.reason, 2000)?,
            }
        }
        MEMBER_ROTATE => {
            let w: MemberRotate = c.body(json)?;
            Event::MemberRotated {
                member: c.id("member", w.member)?,
                key: c.text("key", w.key, 300)?,
            }
        }
        ROUND_SCHEDULED => {
            let w: RoundScheduled = c.body(json)?;
            let starts = c.date("starts", w.starts)?;
            let ends = c.date("ends", w.ends)?;
            if ends < starts {
                return Err(c.fail(reason!(
                    "body-round-reversed",
                    "the round ends ({ends}) before it starts ({starts})",
                    ends = ends,
                    starts = starts
                )));
            }
            Event::RoundScheduled {
                round: c.id("round", w.round)?,
                title: c.text("title", w.title, 500)?,
                place: c.text("place", w.place, 200)?,
                starts,
                ends,
            }
        }
        ROUND_TRANSITION => {
            let w: RoundTransition = c.body(json)?;
            let to = RoundState::parse(&w.to).ok_or_else(|| {
                c.fail(reason!(
                    "body-not-one-of",
                    "{field} {v:?} is not one of {all}",
                    field = "to",
                    v = w.to,
                    all = RoundState::ALL.join(", ")
                ))
            })?;
            Event::RoundTransition {
                round: c.id("round", w.round)?,
                to,
                reason: w.reason,
                outcome: w.outcome,
                party: w.party.map(|p| c.id("party", p)).transpose()?,
                at: c.at(w.at)?,
            }
        }
        DEADLINE_SET => {
            let w: DeadlineSet = c.body(json)?;
            Event::DeadlineSet {
                deadline: c.id("deadline", w.deadline)?,
                title: c.text("title", w.title, 500)?,
                due: c.date_or_time("due", w.due)?,
                round: w.round.map(|r| c.id("round", r)).transpose()?,
            }
        }
        crate::LOG_TIME => {
            let w: LogTime = c.body(json)?;
            Event::Clock {
                unix: i64::try_from(w.time)
                    .map_err(|_| c.fail(reason!("body-time-range", "time is out of range")))?,
            }
        }
        COMMUNIQUE => {
            let w: Communique = c.body(json)?;
            Event::Communique {
                title: c.text("title", w.title, 500)?,
                text: c.text("text", w.text, 20_000)?,
            }
        }
        DRAFT_SUBMIT => {
            let w: DraftSubmit = c.body(json)?;
            Event::DraftSubmitted {
                version: c.id("version", w.version)?,
                draft: c.id("draft", w.draft)?,
                parent: w.parent.map(|p| c.id("parent", p)).transpose()?,
                content: c.hash("content", w.content)?,
                attributed: w.attributed,
                at: c.at(w.at)?,
                document: None,
            }
        }
        DRAFT_RELAY => {
            let w: DraftRelay = c.body(json)?;
            if w.to.is_empty() {
                return Err(c.fail(reason!("body-relay-no-party", "to names no party")));
            }
            Event::DraftRelayed {
                version: c.id("version", w.version)?,
                to: w
                    .to
                    .into_iter()
                    .map(|t| c.id("to", t))
                    .collect::<Result<_, _>>()?,
                note: w.note.map(|n| c.hash("note", n)).transpose()?,
                at: c.at(w.at)?,
            }
        }
        DRAFT_COMMENT => {
            let w: DraftComment = c.body(json)?;
            let visibility = Visibility::parse(&w.visibility).ok_or_else(|| {
                c.fail(reason!(
                    "body-not-one-of",
                    "{field} {v:?} is not one of {all}",
                    field = "visibility",
                    v = w.visibility,
                    all = Visibility::ALL.join(", ")
                ))
            })?;
            Event::CommentAdded {
                comment: c.id("comment", w.comment)?,
                version: c.id("version", w.version)?,
                clause: w.clause,
                content: c.hash("content", w.content)?,
                visibility,
                at: c.at(w.at)?,
            }
        }
        AGREEMENT_SIGN | AGREEMENT_WITNESS => {
            let w: Endorse = c.body(json)?;
            let (version, content, at) = (
                c.id("version", w.version)?,
                c.hash("content", w.content)?,
                c.at(w.at)?,
            );
            if kind == AGREEMENT_SIGN {
                Event::Signed {
                    version,
                    content,
                    at,
                }
            } else {
                Event::Witnessed {
                    version,
                    content,
                    at,
                }
            }
        }
        _ => return Ok(None),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(valid_date("2025-10-30") && valid_date("2024-02-29"));
        assert!(!valid_date("2025-02-29") && !valid_date("2025-13-01") && !valid_date("25-10-30"));
        assert!(valid_datetime("2025-10-30T23:59:59Z"));
        assert!(!valid_datetime("2025-10-30T24:00:00Z") && !valid_datetime("2025-10-30 10:00:00Z"));
    }

    #[test]
    fn bodies_name_what_is_wrong() {
        let e = parse_event(
            ROUND_SCHEDULED,
            r#"{"round":"r","title":"t","place":"p","starts":"2025-10-19","ends":"2025-10-18"}"#,
        )
        .unwrap_err();
        assert!(
            e.to_string().contains("ends (2025-10-18) before it starts"),
            "{e}"
        );
        let e = parse_event(
            MEMBER_ADD,
            r#"{"member":"m","participant":"p","name":"n","roles":["king"],"key":"k"}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("role \"king\""), "{e}");
        let e = parse_event(
            DRAFT_SUBMIT,
            r#"{"version":"v1","draft":"d","content":"abc"}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("not a SHA-256"), "{e}");
        assert_eq!(parse_event("key.register", "{}"), Ok(None));
    }
}
