//! Truce's domain: the event kinds that carry the process itself, and the
//! pure fold of process state over ledger entries.
//!
//! It knows the process and its participants and members (`process.*`,
//! `participant.*`, `member.*`), rounds and deadlines, communiqués, and the
//! negotiation: drafts submitted to the mediators, relayed to the other
//! parties, commented per clause, signed by every party's signatory and
//! witnessed by the mediators (`draft.*`, `agreement.*`). The rules — who may
//! do what, in which order — are checked in [`ProcessState::check`]; the
//! confidentiality rules live in [`access`], the version diff in [`diff`],
//! and the Markdown, Akoma Ntoso and iCalendar exports in [`export`]; what a
//! reader may do now, asked of those same rules, in [`offers`].
//!
//! The ledger has decided *that* a key signed before the domain sees an
//! entry; the domain decides whether that key's member may do this act now.
//! Kinds this crate does not know (the ledger's own `genesis` and `key.*`)
//! pass through, but a key the domain has retired signs nothing.
//! Wire shapes are private; domain types carry no serde derives.

pub mod access;
pub mod diff;
pub mod disclosure;
pub mod document;
pub mod export;
pub mod fold;
pub mod geo;
pub mod monitor;
pub mod offers;
pub mod publication;
pub mod report;
mod state;
mod wire;

pub use document::{ClauseStatus, Document, DocumentError};
pub use state::*;
pub use wire::parse_event;

use std::sync::Arc;
use thiserror::Error;
pub use truce_ledger::Reason;
pub use truce_ledger::reason;

/// The sequencer's clock, signed by the log key (the ledger admits it).
pub const LOG_TIME: &str = "log.time";
pub const PROCESS_DEFINE: &str = "process.define";
pub const PARTICIPANT_ADD: &str = "participant.add";
pub const MEMBER_ADD: &str = "member.add";
pub const MEMBER_REMOVE: &str = "member.remove";
pub const MEMBER_ROTATE: &str = "member.rotate";
/// The secretariat withdraws an open invitation before it is used.
pub const MEMBER_UNINVITE: &str = "member.uninvite";
/// The ledger's own invitation kinds, which the domain also reads.
pub use truce_ledger::authority::{MEMBER_ENROL, MEMBER_INVITE};
pub const ROUND_SCHEDULED: &str = "round.scheduled";
pub const ROUND_TRANSITION: &str = "round.transition";
pub const DEADLINE_SET: &str = "deadline.set";
pub const COMMUNIQUE: &str = "communique";
pub const DRAFT_SUBMIT: &str = "draft.submit";
pub const DRAFT_RELAY: &str = "draft.relay";
pub const DRAFT_COMMENT: &str = "draft.comment";
pub const AGREEMENT_SIGN: &str = "agreement.sign";
pub const AGREEMENT_WITNESS: &str = "agreement.witness";

/// Every kind the domain owns, for documentation and the API.
pub const KINDS: &[&str] = &[
    PROCESS_DEFINE,
    PARTICIPANT_ADD,
    MEMBER_ADD,
    MEMBER_REMOVE,
    MEMBER_ROTATE,
    MEMBER_INVITE,
    MEMBER_ENROL,
    MEMBER_UNINVITE,
    ROUND_SCHEDULED,
    ROUND_TRANSITION,
    DEADLINE_SET,
    COMMUNIQUE,
    DRAFT_SUBMIT,
    DRAFT_RELAY,
    DRAFT_COMMENT,
    AGREEMENT_SIGN,
    AGREEMENT_WITNESS,
    publication::PUBLICATION_SIGN,
];

/// Why the domain refuses an act. Its words are [`DomainError::reason`]'s,
/// which the API sends beside them for the pages to say in the reader's
/// language (`truce_ledger::reason`).
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DomainError {
    /// The body is not the kind's shape (serde's words, or a check's).
    Body {
        kind: String,
        reason: Reason,
    },
    Refused(Reason),
    /// `what` is one of a closed set of nouns ("case", "version", …), which
    /// the catalogues select on.
    Unknown {
        what: &'static str,
        id: String,
    },
    Duplicate {
        what: &'static str,
        id: String,
    },
    NotAMember {
        key: String,
    },
    KeyRetired {
        key: String,
        member: String,
        at: u64,
        why: Retirement,
    },
    Forbidden {
        actor: String,
        act: &'static str,
        rule: Reason,
    },
    Transition {
        round: String,
        from: RoundState,
        to: RoundState,
    },
    ReasonRequired(RoundState),
    ContentMissing {
        hash: String,
    },
    BadDocument {
        hash: String,
        reason: Reason,
    },
    NotWithMediators {
        version: String,
        to: String,
        at: u64,
    },
    TextChanged {
        version: String,
        current: String,
        named: String,
    },
    Bracketed {
        version: String,
        clauses: String,
    },
}

impl DomainError {
    /// What is wrong, in the catalogues' terms.
    pub fn reason(&self) -> Reason {
        use DomainError::*;
        match self {
            Body { kind, reason } => reason!(
                "body-invalid",
                "invalid {kind} body: {why}",
                kind = kind,
                why = reason
            )
            .nest("why", reason.clone()),
            Refused(r) => r.clone(),
            Unknown { what, id } => reason!(
                "unknown",
                "{what} {id:?} does not exist",
                what = what,
                id = id
            )
            .nest("what", thing(what)),
            Duplicate { what, id } => reason!(
                "duplicate",
                "{what} {id:?} already exists",
                what = what,
                id = id
            )
            .nest("what", thing(what)),
            NotAMember { key } => reason!(
                "not-a-member",
                "key {key} is not a member's key; add it with member.add first",
                key = key
            ),
            KeyRetired {
                key,
                member,
                at,
                why,
            } => {
                let why = why.reason();
                reason!(
                    "key-retired",
                    "key {key} was retired at entry {at} (member {member} {why}) and signs nothing afterwards",
                    key = key,
                    at = at,
                    member = member,
                    why = why
                )
                .nest("why", why.clone())
            }
            Forbidden { actor, act, rule } => reason!(
                "forbidden",
                "{actor} may not {act}: {rule}",
                actor = actor,
                act = act,
                rule = rule
            )
            .nest("rule", rule.clone()),
            Transition { round, from, to } => reason!(
                "round-transition",
                "round {round:?} cannot move from {from} to {to}",
                round = round,
                from = from,
                to = to
            )
            .nest("from", from.reason())
            .nest("to", to.reason()),
            ReasonRequired(state) => reason!(
                "reason-required",
                "a {state} needs a stated reason",
                state = state
            )
            .nest("state", state.reason()),
            ContentMissing { hash } => reason!(
                "content-missing",
                "the content {hash} has not been uploaded: POST it to /api/v1/blobs before submitting",
                hash = hash
            ),
            BadDocument { hash, reason } => reason!(
                "bad-document",
                "the content {hash} is not a valid draft: {why}",
                hash = hash,
                why = reason
            )
            .nest("why", reason.clone()),
            NotWithMediators { version, to, at } => reason!(
                "not-with-mediators",
                "version {version} is not with the mediators for {to}: it was already relayed to {to} at entry {at}",
                version = version,
                to = to,
                at = at
            ),
            TextChanged {
                version,
                current,
                named,
            } => reason!(
                "text-changed",
                "the text changed: version {version} has content {current}, but this act names {named}",
                version = version,
                current = current,
                named = named
            ),
            Bracketed { version, clauses } => reason!(
                "bracketed",
                "nothing is agreed until everything is agreed: version {version} still has bracketed clauses ({clauses})",
                version = version,
                clauses = clauses
            ),
        }
    }
}

/// Why a member's key signs nothing any more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retirement {
    /// The member was removed.
    Removed,
    /// The member rotated to a new key.
    Rotated,
}

impl Retirement {
    /// As the refusal of a retired key says it.
    pub fn reason(self) -> Reason {
        match self {
            Retirement::Removed => reason!("retired-removed", "was removed"),
            Retirement::Rotated => reason!("retired-rotated", "rotated to a new key"),
        }
    }
}

/// The noun an `Unknown` or `Duplicate` names, as a reason of its own so a
/// language can say it with its own word (and its own grammar around it).
fn thing(what: &str) -> Reason {
    match what {
        "action report" => reason!("thing-action-report", "action report"),
        "case" => reason!("thing-case", "case"),
        "clause" => reason!("thing-clause", "clause"),
        "comment" => reason!("thing-comment", "comment"),
        "commitment" => reason!("thing-commitment", "commitment"),
        "evidence" => reason!("thing-evidence", "evidence"),
        "evidence request" => reason!("thing-evidence-request", "evidence request"),
        "finding" => reason!("thing-finding", "finding"),
        "import batch" => reason!("thing-import-batch", "import batch"),
        "incident" => reason!("thing-incident", "incident"),
        "member" => reason!("thing-member", "member"),
        "open invitation for member" => {
            reason!("thing-open-invitation", "open invitation for member")
        }
        "participant" => reason!("thing-participant", "participant"),
        "penalty" => reason!("thing-penalty", "penalty"),
        "penalty rule" => reason!("thing-penalty-rule", "penalty rule"),
        "round" => reason!("thing-round", "round"),
        "version" => reason!("thing-version", "version"),
        other => Reason::detail(other),
    }
}

impl std::fmt::Display for DomainError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason().text)
    }
}

/// Who signed an entry and where it sits, as the ledger established it.
#[derive(Debug, Clone, Copy)]
pub struct Act<'a> {
    pub index: u64,
    /// The signing key's id.
    pub signer: &'a str,
    /// Whether the ledger lets this key register keys (the founders): the
    /// domain treats such a key as the process secretariat until it is a
    /// member itself.
    pub registrar: bool,
}

/// A participant's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ParticipantKind {
    Party,
    Mediator,
    Monitor,
    Observer,
}

/// A member's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Head of delegation: signs the agreement for a party.
    Signatory,
    Delegate,
    Mediator,
    Witness,
    Secretariat,
    Monitor,
    Observer,
}

/// Who may read a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Visibility {
    /// The author's own participant only.
    Internal,
    /// The author's participant and the mediators.
    Mediators,
    /// Everyone who can read the version (a mediator's annotation).
    Shared,
}

macro_rules! names {
    ($t:ty { $($v:ident => $s:literal),* $(,)? }) => {
        impl $t {
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$v => $s),* }
            }
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some(Self::$v),)* _ => None }
            }
            pub const ALL: &'static [&'static str] = &[$($s),*];
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

names!(ParticipantKind { Party => "party", Mediator => "mediator", Monitor => "monitor", Observer => "observer" });
names!(Role { Signatory => "signatory", Delegate => "delegate", Mediator => "mediator", Witness => "witness", Secretariat => "secretariat", Monitor => "monitor", Observer => "observer" });
names!(Visibility { Internal => "internal", Mediators => "mediators", Shared => "shared" });
names!(RoundState { Scheduled => "scheduled", InSession => "in_session", Stalled => "stalled", Suspended => "suspended", Resumed => "resumed", Concluded => "concluded" });

/// Where a round stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RoundState {
    Scheduled,
    InSession,
    Stalled,
    Suspended,
    Resumed,
    Concluded,
}

impl RoundState {
    /// The state as a word of the reasons catalogues.
    pub fn reason(self) -> Reason {
        match self {
            RoundState::Scheduled => reason!("round-state-scheduled", "scheduled"),
            RoundState::InSession => reason!("round-state-in-session", "in_session"),
            RoundState::Stalled => reason!("round-state-stalled", "stalled"),
            RoundState::Suspended => reason!("round-state-suspended", "suspended"),
            RoundState::Resumed => reason!("round-state-resumed", "resumed"),
            RoundState::Concluded => reason!("round-state-concluded", "concluded"),
        }
    }

    /// The round state machine.
    pub fn can_move_to(self, to: Self) -> bool {
        use RoundState::*;
        matches!(
            (self, to),
            (Scheduled, InSession)
                | (Scheduled, Concluded)
                | (InSession, Stalled)
                | (InSession, Suspended)
                | (InSession, Concluded)
                | (Stalled, InSession)
                | (Stalled, Suspended)
                | (Stalled, Concluded)
                | (Suspended, Resumed)
                | (Suspended, Concluded)
                | (Resumed, Stalled)
                | (Resumed, Suspended)
                | (Resumed, Concluded)
        )
    }
}

/// A domain event carried by a ledger entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// `log.time`: the log's clock moves to `unix` seconds. Every deadline
    /// is judged against this time, never against a signer's claim.
    Clock {
        unix: i64,
    },
    ProcessDefined {
        process: String,
        title: String,
        /// Mediators whose witness endorsement adoption needs; all when `None`.
        witness_quorum: Option<u32>,
    },
    ParticipantAdded {
        participant: String,
        kind: ParticipantKind,
        name: String,
    },
    MemberAdded {
        member: String,
        participant: String,
        name: String,
        roles: Vec<Role>,
        key: String,
    },
    MemberRemoved {
        member: String,
        reason: String,
    },
    MemberRotated {
        member: String,
        key: String,
    },
    /// The secretariat invites a member by the hash of a one-time code.
    MemberInvited {
        member: String,
        participant: String,
        name: String,
        roles: Vec<Role>,
        code_sha256: String,
        /// Hours the code may be used, from the log's time at the invitation;
        /// without end when `None`.
        valid_hours: Option<u32>,
    },
    /// The secretariat withdraws member `member`'s open invitation.
    InvitationRevoked {
        member: String,
        reason: String,
    },
    /// The invitee's own key redeems the code: it becomes the member's key.
    MemberEnrolled {
        code_sha256: String,
        /// The enrolled key's id.
        key: String,
    },
    RoundScheduled {
        round: String,
        title: String,
        place: String,
        starts: String,
        ends: String,
    },
    RoundTransition {
        round: String,
        to: RoundState,
        reason: Option<String>,
        outcome: Option<String>,
        /// The delegation that walked out, for a suspension.
        party: Option<String>,
        at: Option<String>,
    },
    DeadlineSet {
        deadline: String,
        title: String,
        due: String,
        round: Option<String>,
    },
    Communique {
        title: String,
        text: String,
    },
    DraftSubmitted {
        version: String,
        draft: String,
        parent: Option<String>,
        /// SHA-256 (hex) of the document blob.
        content: String,
        /// For a mediator's bridging text: whether the parties see which
        /// mediator wrote it.
        attributed: bool,
        at: Option<String>,
        /// The parsed blob, attached by the caller before checking.
        document: Option<Arc<Document>>,
    },
    DraftRelayed {
        version: String,
        to: Vec<String>,
        /// SHA-256 of the mediators' note or bridging annotation.
        note: Option<String>,
        at: Option<String>,
    },
    CommentAdded {
        comment: String,
        version: String,
        clause: String,
        content: String,
        visibility: Visibility,
        at: Option<String>,
    },
    Signed {
        version: String,
        content: String,
        at: Option<String>,
    },
    Witnessed {
        version: String,
        content: String,
        at: Option<String>,
    },
    /// A monitoring and verification act ([`monitor`]).
    Monitor(monitor::MonitorAct),
    /// One mediator participant's signature on publishing an object ([`publication`]).
    Publication(publication::Sign),
}

impl Event {
    /// Blobs (SHA-256 hex) this event references, which must be stored.
    pub fn blobs(&self) -> Vec<&str> {
        use monitor::MonitorEvent as M;
        match self {
            Event::DraftSubmitted { content, .. } | Event::CommentAdded { content, .. } => {
                vec![content]
            }
            Event::DraftRelayed { note: Some(n), .. } => vec![n],
            Event::Publication(publication::Sign {
                report: Some(r), ..
            }) => vec![&r.sha256],
            Event::Monitor(a) => match &a.event {
                M::Import { content, .. } | M::Evidence { content, .. } => vec![content],
                _ => vec![],
            },
            _ => vec![],
        }
    }

    /// The blob this event needs attached before it can be checked: a
    /// draft's document, an import's CSV, an evidence file.
    pub fn needs_blob(&self) -> Option<&str> {
        use monitor::MonitorEvent as M;
        match self {
            Event::DraftSubmitted {
                content,
                document: None,
                ..
            } => Some(content),
            Event::Publication(publication::Sign {
                report: Some(r),
                checked: false,
                ..
            }) => Some(&r.sha256),
            Event::Monitor(a) => match &a.event {
                M::Import {
                    content,
                    incidents: None,
                    ..
                }
                | M::Evidence {
                    content,
                    checked: false,
                    ..
                } => Some(content),
                _ => None,
            },
            _ => None,
        }
    }

    /// Attach the blob [`Self::needs_blob`] names: checks that its hash is
    /// the one named, then parses or checks it.
    pub fn attach_blob(&mut self, bytes: &[u8]) -> Result<(), DomainError> {
        use monitor::MonitorEvent as M;
        let Some(named) = self.needs_blob().map(str::to_owned) else {
            return Ok(());
        };
        use sha2::Digest as _;
        let got = hex::encode(sha2::Sha256::digest(bytes));
        if got != named {
            return Err(DomainError::BadDocument {
                hash: named,
                reason: reason!(
                    "blob-hash-mismatch",
                    "the bytes given hash to {got}",
                    got = got
                ),
            });
        }
        match self {
            Event::DraftSubmitted { document, .. } => {
                let d = Document::parse(bytes).map_err(|e| DomainError::BadDocument {
                    hash: named.clone(),
                    reason: e.reason(),
                })?;
                *document = Some(Arc::new(d));
            }
            Event::Publication(sign) => {
                sign.attach(bytes)
                    .map_err(|reason| DomainError::BadDocument {
                        hash: named.clone(),
                        reason,
                    })?;
            }
            Event::Monitor(a) => match &mut a.event {
                M::Import {
                    rows, incidents, ..
                } => {
                    let (good, bad) = monitor::acled::parse(bytes);
                    if let Some(e) = bad.first() {
                        return Err(DomainError::BadDocument {
                            hash: named,
                            reason: reason!(
                                "import-bad-rows",
                                "{bad} bad rows; the first: {first}",
                                bad = bad.len(),
                                first = e
                            )
                            .nest("first", e.reason()),
                        });
                    }
                    if good.len() != *rows as usize {
                        return Err(DomainError::BadDocument {
                            hash: named,
                            reason: reason!(
                                "import-row-count",
                                "it holds {held} rows, not {rows}",
                                held = good.len(),
                                rows = rows
                            ),
                        });
                    }
                    *incidents = Some(Arc::new(good.into_iter().map(|(_, i)| i).collect()));
                }
                M::Evidence {
                    media_type,
                    size,
                    checked,
                    ..
                } => {
                    if bytes.len() as u64 != *size {
                        return Err(DomainError::BadDocument {
                            hash: named,
                            reason: reason!(
                                "evidence-size",
                                "it is {got} bytes, not the {size} declared",
                                got = bytes.len(),
                                size = size
                            ),
                        });
                    }
                    let sniffed = monitor::sniff_media_type(bytes);
                    if sniffed != Some(media_type.as_str()) {
                        return Err(DomainError::BadDocument {
                            hash: named,
                            reason: match sniffed {
                                Some(sniffed) => reason!(
                                    "evidence-type",
                                    "it is declared {declared} but its bytes are {sniffed}",
                                    declared = media_type,
                                    sniffed = sniffed
                                ),
                                None => reason!(
                                    "evidence-type-unknown",
                                    "it is declared {declared} but its bytes are of no accepted type",
                                    declared = media_type
                                ),
                            },
                        });
                    }
                    *checked = true;
                }
                _ => {}
            },
            _ => {}
        }
        Ok(())
    }
}
