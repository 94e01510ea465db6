//! The process state folded from the ledger, and the rules each act must
//! satisfy against it: who may act ([`ProcessState::actor`]), the round state
//! machine, the shuttle (a party submits to the mediators, a mediator relays
//! to the other parties, they return amendments through the mediators), and
//! adoption (every party's signatory signs the exact text, then the
//! mediators witness it up to the process quorum).

use crate::reason;
use crate::{
    Act, Document, DomainError, Event, ParticipantKind, Reason, Role, RoundState, Visibility,
};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessInfo {
    pub id: String,
    pub title: String,
    pub witness_quorum: Option<u32>,
    pub defined_at: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub id: String,
    pub kind: ParticipantKind,
    pub name: String,
    pub added_at: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: String,
    pub participant: String,
    pub name: String,
    pub roles: Vec<Role>,
    /// The member's current key id.
    pub key: String,
    pub added_at: u64,
    /// (entry index, reason) once removed.
    pub removed: Option<(u64, String)>,
}

/// A member invited by a one-time code, not yet (or already) enrolled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub member: String,
    pub participant: String,
    pub name: String,
    pub roles: Vec<Role>,
    pub invited_at: u64,
    /// The entry whose key redeemed it.
    pub enrolled_at: Option<u64>,
    /// The log's time after which the code no longer enrols anyone.
    pub expires: Option<i64>,
    /// The entry that withdrew it.
    pub revoked_at: Option<u64>,
}

impl Invitation {
    /// `used`, `revoked`, `expired` or `pending`, at the log's time `now`.
    pub fn status(&self, now: Option<i64>) -> &'static str {
        if self.enrolled_at.is_some() {
            "used"
        } else if self.revoked_at.is_some() {
            "revoked"
        } else if self.expires.zip(now).is_some_and(|(e, n)| n > e) {
            "expired"
        } else {
            "pending"
        }
    }
}

impl Member {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// A round and its history of (entry index, state, reason or outcome).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub id: String,
    pub title: String,
    pub place: String,
    pub starts: String,
    pub ends: String,
    pub state: RoundState,
    pub history: Vec<RoundStep>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundStep {
    pub index: u64,
    pub state: RoundState,
    pub note: Option<String>,
    pub party: Option<String>,
    pub at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub id: String,
    pub title: String,
    pub due: String,
    pub round: Option<String>,
    pub set_at: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relay {
    pub index: u64,
    pub by: String,
    pub to: String,
    pub note: Option<String>,
    pub at: Option<String>,
}

/// A signatory's signature or a mediator's witness endorsement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endorsement {
    pub index: u64,
    pub member: String,
    pub participant: String,
    pub at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub id: String,
    pub draft: String,
    pub parent: Option<String>,
    pub author_member: String,
    pub author_participant: String,
    pub attributed: bool,
    pub content: String,
    pub document: Arc<Document>,
    pub index: u64,
    pub at: Option<String>,
    pub relays: Vec<Relay>,
    pub signatures: Vec<Endorsement>,
    pub witnesses: Vec<Endorsement>,
}

impl Version {
    pub fn relayed_to(&self, participant: &str) -> Option<&Relay> {
        self.relays.iter().find(|r| r.to == participant)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: String,
    pub version: String,
    pub clause: String,
    pub author_member: String,
    pub author_participant: String,
    pub visibility: Visibility,
    pub content: String,
    pub index: u64,
    pub at: Option<String>,
}

/// Who is acting: a member, or a founding key of the log acting as the
/// process secretariat before it is anyone's member key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor<'a> {
    Member(&'a Member),
    Registrar(String),
}

impl std::fmt::Display for Actor<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Actor::Member(m) => write!(f, "member {} ({})", m.id, m.participant),
            Actor::Registrar(k) => write!(f, "founding key {k}"),
        }
    }
}

/// Where adoption of a version stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdoptionStatus {
    pub signed: Vec<Endorsement>,
    pub missing_signatures: Vec<String>,
    pub witnessed: Vec<Endorsement>,
    pub missing_witnesses: Vec<String>,
    pub witness_quorum: usize,
    pub adopted: bool,
}

/// The process state folded from the ledger.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProcessState {
    pub process: Option<ProcessInfo>,
    pub participants: BTreeMap<String, Participant>,
    pub members: BTreeMap<String, Member>,
    /// Current key id → member id.
    pub key_owner: HashMap<String, String>,
    /// Retired key id → (member id, entry index, why).
    pub retired_keys: HashMap<String, (String, u64, crate::Retirement)>,
    pub rounds: BTreeMap<String, Round>,
    pub deadlines: BTreeMap<String, Deadline>,
    pub communiques: Vec<(u64, String, String)>,
    pub versions: BTreeMap<String, Version>,
    /// Version ids in submission order.
    pub version_order: Vec<String>,
    pub comments: Vec<Comment>,
    /// Comment id → position in `comments`.
    pub comment_ix: HashMap<String, usize>,
    /// Invitations by code hash.
    pub invitations: BTreeMap<String, Invitation>,
    /// Versions adopted as agreements, in order of adoption.
    pub adopted: Vec<String>,
    /// The monitoring and verification mechanism.
    pub monitor: crate::monitor::MonitorState,
    /// The log's time: the index and unix seconds of the last `log.time`.
    pub clock: Option<(u64, i64)>,
    /// Publications under way or done ([`crate::publication`]).
    pub publications: BTreeMap<crate::publication::Object, crate::publication::Publication>,
}

pub(crate) fn forbidden(actor: &Actor<'_>, act: &'static str, rule: Reason) -> DomainError {
    DomainError::Forbidden {
        actor: actor.to_string(),
        act,
        rule,
    }
}

pub(crate) fn refused(r: Reason) -> DomainError {
    DomainError::Refused(r)
}

impl ProcessState {
    /// The member or founding key behind `act`, refusing retired keys.
    pub fn actor<'s>(&'s self, act: &Act<'_>) -> Result<Actor<'s>, DomainError> {
        if let Some((member, at, why)) = self.retired_keys.get(act.signer) {
            return Err(DomainError::KeyRetired {
                key: act.signer.to_owned(),
                member: member.clone(),
                at: *at,
                why: *why,
            });
        }
        if let Some(m) = self.key_owner.get(act.signer) {
            return Ok(Actor::Member(&self.members[m]));
        }
        if act.registrar {
            return Ok(Actor::Registrar(act.signer.to_owned()));
        }
        Err(DomainError::NotAMember {
            key: act.signer.to_owned(),
        })
    }

    /// Refuse any entry, of any kind, signed by a retired key.
    pub fn check_signer(&self, act: &Act<'_>) -> Result<(), DomainError> {
        match self.actor(act) {
            Err(e @ DomainError::KeyRetired { .. }) => Err(e),
            _ => Ok(()),
        }
    }

    /// When a monitoring act happened, as `(YYYY-MM-DDTHH:MM:SSZ, unix)`:
    /// the log's time (the last `log.time`), never the `at` its signer
    /// claims — except in a log written before the log kept its time, where
    /// the claim is all there is.
    pub fn act_time(&self, act: &crate::monitor::MonitorAct) -> (String, i64) {
        match self.clock {
            Some((_, t)) => (crate::export::utc_from_unix(t.max(0) as u64), t),
            None => (act.at.clone(), act.at_unix),
        }
    }

    pub fn participant_kind(&self, id: &str) -> Option<ParticipantKind> {
        self.participants.get(id).map(|p| p.kind)
    }

    pub fn parties(&self) -> impl Iterator<Item = &Participant> {
        self.participants
            .values()
            .filter(|p| p.kind == ParticipantKind::Party)
    }

    pub fn mediators(&self) -> impl Iterator<Item = &Participant> {
        self.participants
            .values()
            .filter(|p| p.kind == ParticipantKind::Mediator)
    }

    /// A secretariat act: founding keys, or members with the secretariat role.
    pub(crate) fn is_secretariat(&self, actor: &Actor<'_>) -> bool {
        match actor {
            Actor::Registrar(_) => true,
            Actor::Member(m) => m.has(Role::Secretariat),
        }
    }

    /// Acting for the mediators: founding keys, or a mediator participant's
    /// members with the mediator or secretariat role.
    pub fn is_mediator(&self, actor: &Actor<'_>) -> bool {
        match actor {
            Actor::Registrar(_) => true,
            Actor::Member(m) => {
                self.participant_kind(&m.participant) == Some(ParticipantKind::Mediator)
                    && (m.has(Role::Mediator) || m.has(Role::Secretariat))
            }
        }
    }

    /// The party a delegate or signatory acts for.
    pub(crate) fn party_of<'a>(&self, actor: &Actor<'a>) -> Option<&'a Member> {
        match actor {
            Actor::Member(m)
                if self.participant_kind(&m.participant) == Some(ParticipantKind::Party)
                    && (m.has(Role::Delegate) || m.has(Role::Signatory)) =>
            {
                Some(m)
            }
            _ => None,
        }
    }

    pub(crate) fn actor_ids(actor: &Actor<'_>) -> (String, String) {
        match actor {
            Actor::Member(m) => (m.id.clone(), m.participant.clone()),
            Actor::Registrar(k) => (k.clone(), "secretariat".into()),
        }
    }

    fn version(&self, id: &str) -> Result<&Version, DomainError> {
        self.versions.get(id).ok_or_else(|| DomainError::Unknown {
            what: "version",
            id: id.to_owned(),
        })
    }

    /// A version an act names, as its actor may know it: one the actor may
    /// not read does not exist for it (the same refusal, so naming an id is
    /// no oracle and no refusal tells of its content).
    fn version_as(&self, actor: &Actor<'_>, id: &str) -> Result<&Version, DomainError> {
        let v = self.version(id)?;
        if self.is_mediator(actor)
            || self
                .viewer_of_actor(actor)
                .is_some_and(|viewer| self.can_see_version(&viewer, v))
        {
            Ok(v)
        } else {
            Err(DomainError::Unknown {
                what: "version",
                id: id.to_owned(),
            })
        }
    }

    fn round(&self, id: &str) -> Result<&Round, DomainError> {
        self.rounds.get(id).ok_or_else(|| DomainError::Unknown {
            what: "round",
            id: id.to_owned(),
        })
    }

    /// Whether a version has reached every party (the text all sides read).
    pub fn with_every_party(&self, v: &Version) -> Vec<String> {
        self.parties()
            .filter(|p| p.id != v.author_participant && v.relayed_to(&p.id).is_none())
            .map(|p| p.id.clone())
            .collect()
    }

    /// Mediator endorsements adoption needs.
    pub fn witness_quorum(&self) -> usize {
        let mediators = self.mediators().count();
        self.process
            .as_ref()
            .and_then(|p| p.witness_quorum)
            .map_or(mediators, |q| q as usize)
    }

    /// Who has signed and witnessed `version`, who is missing, and whether
    /// it is adopted.
    pub fn adoption(&self, version: &Version) -> AdoptionStatus {
        let missing_signatures: Vec<String> = self
            .parties()
            .filter(|p| !version.signatures.iter().any(|s| s.participant == p.id))
            .map(|p| p.id.clone())
            .collect();
        let quorum = self.witness_quorum();
        let missing_witnesses: Vec<String> = if version.witnesses.len() >= quorum {
            vec![]
        } else {
            self.mediators()
                .filter(|p| !version.witnesses.iter().any(|w| w.participant == p.id))
                .map(|p| p.id.clone())
                .collect()
        };
        AdoptionStatus {
            signed: version.signatures.clone(),
            adopted: missing_signatures.is_empty()
                && version.witnesses.len() >= quorum
                && self.parties().next().is_some(),
            missing_signatures,
            witnessed: version.witnesses.clone(),
            missing_witnesses,
            witness_quorum: quorum,
        }
    }

    /// The agreement: the last version adopted.
    pub fn agreement(&self) -> Option<&Version> {
        self.adopted.last().and_then(|v| self.versions.get(v))
    }

    /// Check that `event`, signed as `act`, may follow the current state.
    pub fn check(&self, act: &Act<'_>, event: &Event) -> Result<(), DomainError> {
        // The enrolling key is no member yet: the invitation vouches for it.
        if let Event::MemberEnrolled { code_sha256, key } = event {
            // A founding invitation is the ledger's alone (the genesis's):
            // its key becomes a founder, no member, and the ledger has
            // checked it (the act is a registrar's only then).
            let Some(invitation) = self.invitations.get(code_sha256) else {
                if act.registrar && key == act.signer {
                    return self.check_fresh_key(key);
                }
                return Err(refused(reason!(
                    "invitation-unknown",
                    "no invitation has this code"
                )));
            };
            if let Some(at) = invitation.enrolled_at {
                return Err(refused(reason!(
                    "invitation-used",
                    "the invitation was already used, at entry {at}",
                    at = at
                )));
            }
            if let Some(at) = invitation.revoked_at {
                return Err(refused(reason!(
                    "invite-withdrawn",
                    "the invitation was withdrawn by the secretariat at entry {at}",
                    at = at
                )));
            }
            if let (Some(e), Some((_, now))) = (invitation.expires, self.clock)
                && now > e
            {
                return Err(refused(reason!(
                    "invite-expired",
                    "the invitation expired at {expired} (the log's time is {now})",
                    expired = crate::export::utc_from_unix(e.max(0) as u64),
                    now = crate::export::utc_from_unix(now.max(0) as u64)
                )));
            }
            if key != act.signer {
                return Err(refused(reason!(
                    "enrol-other-key",
                    "the enrolment is signed by {signer} but enrols key {key}",
                    signer = act.signer,
                    key = key
                )));
            }
            if self.members.contains_key(&invitation.member) {
                return Err(DomainError::Duplicate {
                    what: "member",
                    id: invitation.member.clone(),
                });
            }
            return self.check_fresh_key(key);
        }
        if let Event::Clock { unix } = event {
            // Signed by the log key: the ledger checked that.
            return match self.clock {
                Some((at, t)) if *unix <= t => Err(refused(reason!(
                    "clock-not-later",
                    "log.time {unix} is not later than the log's time {t} (entry {at})",
                    unix = unix,
                    t = t,
                    at = at
                ))),
                _ => Ok(()),
            };
        }
        let actor = self.actor(act)?;
        match event {
            Event::ProcessDefined { .. } => {
                if !self.is_secretariat(&actor) {
                    return Err(forbidden(
                        &actor,
                        "define the process",
                        reason!("rule-secretariat", "only the secretariat may"),
                    ));
                }
                if self.process.is_some() {
                    return Err(refused(reason!(
                        "process-defined",
                        "the process is already defined"
                    )));
                }
            }
            Event::ParticipantAdded { participant, .. } => {
                if !self.is_secretariat(&actor) {
                    return Err(forbidden(
                        &actor,
                        "add a participant",
                        reason!("rule-secretariat", "only the secretariat may"),
                    ));
                }
                if self.participants.contains_key(participant) {
                    return Err(DomainError::Duplicate {
                        what: "participant",
                        id: participant.clone(),
                    });
                }
            }
            Event::MemberInvited {
                member,
                participant,
                roles,
                code_sha256,
                ..
            } => {
                if self.invitations.contains_key(code_sha256) {
                    return Err(refused(reason!(
                        "invitation-exists",
                        "an invitation with this code exists already"
                    )));
                }
                if matches!(
                    event,
                    Event::MemberInvited {
                        valid_hours: Some(_),
                        ..
                    }
                ) && self.clock.is_none()
                {
                    return Err(refused(reason!(
                        "invite-no-clock",
                        "valid_hours is judged on the log's time, and this log keeps none yet"
                    )));
                }
                let now = self.clock.map(|(_, t)| t);
                if let Some(i) = self
                    .invitations
                    .values()
                    .find(|i| &i.member == member && i.status(now) == "pending")
                {
                    return Err(refused(reason!(
                        "invite-open",
                        "member {member} already has an open invitation (entry {at})",
                        member = member,
                        at = i.invited_at
                    )));
                }
                self.check_new_member(&actor, "invite a member", member, participant, roles)?;
            }
            Event::MemberAdded {
                member,
                participant,
                roles,
                key,
                ..
            } => {
                self.check_new_member(&actor, "add a member", member, participant, roles)?;
                self.check_fresh_key(key)?;
            }
            Event::MemberEnrolled { .. } => unreachable!("checked above"),
            Event::InvitationRevoked { member, .. } => {
                if !self.is_secretariat(&actor) {
                    return Err(forbidden(
                        &actor,
                        "withdraw an invitation",
                        reason!("rule-secretariat", "only the secretariat may"),
                    ));
                }
                let now = self.clock.map(|(_, t)| t);
                if !self
                    .invitations
                    .values()
                    .any(|i| &i.member == member && i.status(now) == "pending")
                {
                    return Err(DomainError::Unknown {
                        what: "open invitation for member",
                        id: member.clone(),
                    });
                }
            }
            Event::MemberRemoved { member, .. } => {
                if !self.is_secretariat(&actor) {
                    return Err(forbidden(
                        &actor,
                        "remove a member",
                        reason!("rule-secretariat", "only the secretariat may"),
                    ));
                }
                self.active_member(member)?;
            }
            Event::MemberRotated { member, key } => {
                let m = self.active_member(member)?;
                let own = matches!(&actor, Actor::Member(a) if a.id == m.id);
                if !own && !self.is_secretariat(&actor) {
                    return Err(forbidden(
                        &actor,
                        "rotate this member's key",
                        reason!(
                            "rule-member-or-secretariat",
                            "only the member itself or the secretariat may"
                        ),
                    ));
                }
                self.check_fresh_key(key)?;
            }
            Event::RoundScheduled { round, .. } => {
                if !self.is_mediator(&actor) {
                    return Err(forbidden(
                        &actor,
                        "schedule a round",
                        reason!("rule-mediators", "only the mediators may"),
                    ));
                }
                if self.rounds.contains_key(round) {
                    return Err(DomainError::Duplicate {
                        what: "round",
                        id: round.clone(),
                    });
                }
            }
            Event::RoundTransition {
                round,
                to,
                reason,
                party,
                ..
            } => {
                if !self.is_mediator(&actor) {
                    return Err(forbidden(
                        &actor,
                        "move a round",
                        reason!("rule-mediators", "only the mediators may"),
                    ));
                }
                let r = self.round(round)?;
                if !r.state.can_move_to(*to) {
                    return Err(DomainError::Transition {
                        round: round.clone(),
                        from: r.state,
                        to: *to,
                    });
                }
                if matches!(to, RoundState::Suspended | RoundState::Stalled)
                    && reason.as_deref().is_none_or(|s| s.trim().is_empty())
                {
                    return Err(DomainError::ReasonRequired(*to));
                }
                if let Some(p) = party
                    && self.participant_kind(p) != Some(ParticipantKind::Party)
                {
                    return Err(refused(reason!(
                        "party-unknown",
                        "{party:?} is not a party to the process",
                        party = p
                    )));
                }
            }
            Event::DeadlineSet { round, .. } => {
                if !self.is_mediator(&actor) {
                    return Err(forbidden(
                        &actor,
                        "set a deadline",
                        reason!("rule-mediators", "only the mediators may"),
                    ));
                }
                if let Some(r) = round {
                    self.round(r)?;
                }
            }
            Event::Communique { .. } => {
                // A public statement attributed to its signer: the mediators'
                // (the secretariat's) or a party's delegation's; a key with no
                // role in the process has nothing to state.
                if !self.is_mediator(&actor) && self.party_of(&actor).is_none() {
                    return Err(forbidden(
                        &actor,
                        "issue a communiqué",
                        reason!(
                            "rule-mediators-or-delegates",
                            "only the mediators and the parties' delegates may"
                        ),
                    ));
                }
            }
            Event::Monitor(a) => self.check_monitor(&actor, a)?,
            Event::Publication(sign) => self.check_publication(&actor, sign)?,
            Event::Clock { .. } => {}
            Event::DraftSubmitted {
                version,
                draft,
                parent,
                content,
                document,
                attributed,
                ..
            } => {
                let mediator = self.is_mediator(&actor);
                let party = self.party_of(&actor);
                if !mediator && party.is_none() {
                    return Err(forbidden(
                        &actor,
                        "submit a draft",
                        reason!(
                            "rule-party-delegates-or-mediators",
                            "only a party's delegates and the mediators may"
                        ),
                    ));
                }
                if !*attributed && !mediator {
                    return Err(forbidden(
                        &actor,
                        "submit a text without attribution",
                        reason!(
                            "rule-unattributed-bridging",
                            "only the mediators' bridging text goes unattributed; a party's draft is always its own"
                        ),
                    ));
                }
                if self.versions.contains_key(version) {
                    return Err(DomainError::Duplicate {
                        what: "version",
                        id: version.clone(),
                    });
                }
                if document.is_none() {
                    return Err(DomainError::ContentMissing {
                        hash: content.clone(),
                    });
                }
                let lineage = self.versions.values().any(|v| &v.draft == draft);
                match parent {
                    None if lineage => {
                        return Err(refused(reason!(
                            "draft-needs-parent",
                            "draft {draft} already has versions: name the parent this version amends",
                            draft = draft
                        )));
                    }
                    None => {}
                    Some(p) => {
                        let pv = self.version_as(&actor, p)?;
                        if &pv.draft != draft {
                            return Err(refused(reason!(
                                "draft-parent-elsewhere",
                                "parent {parent} belongs to draft {owner}, not {draft}",
                                parent = p,
                                owner = pv.draft,
                                draft = draft
                            )));
                        }
                        if let Some(m) = party
                            && pv.author_participant != m.participant
                            && pv.relayed_to(&m.participant).is_none()
                        {
                            return Err(refused(reason!(
                                "draft-parent-not-relayed",
                                "version {parent} has not been relayed to {party}: a party amends only what the mediators relayed to it",
                                parent = p,
                                party = m.participant
                            )));
                        }
                    }
                }
            }
            Event::DraftRelayed { version, to, .. } => {
                if !self.is_mediator(&actor) {
                    return Err(forbidden(
                        &actor,
                        "relay a draft",
                        reason!(
                            "rule-mediators-relay",
                            "only the mediators relay; parties never send to each other directly"
                        ),
                    ));
                }
                let v = self.version(version)?;
                let mut seen = Vec::new();
                for t in to {
                    if seen.contains(&t) {
                        return Err(refused(reason!(
                            "draft-relay-twice",
                            "{to} is named twice",
                            to = t
                        )));
                    }
                    seen.push(t);
                    if self.participant_kind(t) != Some(ParticipantKind::Party) {
                        return Err(refused(reason!(
                            "draft-relay-not-party",
                            "{to:?} is not a party: drafts are relayed to parties",
                            to = t
                        )));
                    }
                    if *t == v.author_participant {
                        return Err(refused(reason!(
                            "draft-relay-own",
                            "version {version} is {to}'s own draft; it is relayed to the other parties",
                            version = version,
                            to = t
                        )));
                    }
                    if let Some(r) = v.relayed_to(t) {
                        return Err(DomainError::NotWithMediators {
                            version: version.clone(),
                            to: t.clone(),
                            at: r.index,
                        });
                    }
                }
            }
            Event::CommentAdded {
                comment,
                version,
                clause,
                visibility,
                ..
            } => {
                let v = self.version_as(&actor, version)?;
                if self.comment_ix.contains_key(comment) {
                    return Err(DomainError::Duplicate {
                        what: "comment",
                        id: comment.clone(),
                    });
                }
                let mediator = self.is_mediator(&actor);
                match self.party_of(&actor) {
                    Some(m) => {
                        if v.author_participant != m.participant
                            && v.relayed_to(&m.participant).is_none()
                        {
                            return Err(refused(reason!(
                                "comment-not-relayed",
                                "version {version} has not been relayed to {party}",
                                version = version,
                                party = m.participant
                            )));
                        }
                        if *visibility == Visibility::Shared {
                            return Err(refused(reason!(
                                "comment-shared-by-party",
                                "a party's comment is internal or for the mediators; parties never send to each other directly"
                            )));
                        }
                    }
                    None if mediator => {}
                    None => {
                        return Err(forbidden(
                            &actor,
                            "comment on a draft",
                            reason!(
                                "rule-parties-delegates-or-mediators",
                                "only the parties' delegates and the mediators may"
                            ),
                        ));
                    }
                }
                if !v.document.has_clause(clause) {
                    return Err(DomainError::Unknown {
                        what: "clause",
                        id: format!("{clause} in version {version}"),
                    });
                }
            }
            Event::Signed {
                version, content, ..
            } => {
                let Some(m) = self.party_of(&actor).filter(|m| m.has(Role::Signatory)) else {
                    return Err(forbidden(
                        &actor,
                        "sign the agreement",
                        reason!("rule-signatory", "only a party's authorised signatory may"),
                    ));
                };
                let v = self.ready_text(&actor, version, content)?;
                if self.adopted.contains(version) {
                    return Err(refused(reason!(
                        "agreement-adopted",
                        "version {version} is already adopted",
                        version = version
                    )));
                }
                if let Some(s) = v.signatures.iter().find(|s| s.participant == m.participant) {
                    return Err(refused(reason!(
                        "agreement-signed-twice",
                        "{party} already signed version {version} at entry {at}",
                        party = m.participant,
                        version = version,
                        at = s.index
                    )));
                }
            }
            Event::Witnessed {
                version, content, ..
            } => {
                let Actor::Member(m) = &actor else {
                    return Err(forbidden(
                        &actor,
                        "witness the agreement",
                        reason!(
                            "rule-witness",
                            "only a mediator's member with the witness or mediator role may"
                        ),
                    ));
                };
                if self.participant_kind(&m.participant) != Some(ParticipantKind::Mediator)
                    || !(m.has(Role::Witness) || m.has(Role::Mediator))
                {
                    return Err(forbidden(
                        &actor,
                        "witness the agreement",
                        reason!(
                            "rule-witness",
                            "only a mediator's member with the witness or mediator role may"
                        ),
                    ));
                }
                let v = self.ready_text(&actor, version, content)?;
                let status = self.adoption(v);
                if !status.missing_signatures.is_empty() {
                    return Err(refused(reason!(
                        "agreement-unsigned",
                        "the mediators witness signatures: version {version} still lacks the signature of {missing}",
                        version = version,
                        missing = status.missing_signatures.join(", ")
                    )));
                }
                if let Some(w) = v.witnesses.iter().find(|w| w.participant == m.participant) {
                    return Err(refused(reason!(
                        "agreement-witnessed-twice",
                        "{mediator} already witnessed version {version} at entry {at}",
                        mediator = m.participant,
                        version = version,
                        at = w.index
                    )));
                }
            }
        }
        Ok(())
    }

    /// The version as a text ready to sign: it names the current content,
    /// every party has it, and nothing is bracketed.
    fn ready_text(
        &self,
        actor: &Actor<'_>,
        version: &str,
        content: &str,
    ) -> Result<&Version, DomainError> {
        let v = self.version_as(actor, version)?;
        if v.content != content {
            return Err(DomainError::TextChanged {
                version: version.to_owned(),
                current: v.content.clone(),
                named: content.to_owned(),
            });
        }
        let missing = self.with_every_party(v);
        if !missing.is_empty() {
            return Err(refused(reason!(
                "agreement-not-with-every-party",
                "version {version} has not been relayed to {missing}: every party must hold the text it signs",
                version = version,
                missing = missing.join(", ")
            )));
        }
        let bracketed = v.document.bracketed();
        if !bracketed.is_empty() {
            return Err(DomainError::Bracketed {
                version: version.to_owned(),
                clauses: bracketed.join(", "),
            });
        }
        Ok(v)
    }

    pub(crate) fn active_member(&self, id: &str) -> Result<&Member, DomainError> {
        let m = self.members.get(id).ok_or_else(|| DomainError::Unknown {
            what: "member",
            id: id.to_owned(),
        })?;
        if let Some((at, _)) = &m.removed {
            return Err(refused(reason!(
                "member-removed",
                "member {id} was removed at entry {at}",
                id = id,
                at = at
            )));
        }
        Ok(m)
    }

    /// A new member's checks, shared by `member.add` and `member.invite`:
    /// the secretariat acts, the id is new and the roles fit the participant.
    fn check_new_member(
        &self,
        actor: &Actor<'_>,
        act: &'static str,
        member: &str,
        participant: &str,
        roles: &[Role],
    ) -> Result<(), DomainError> {
        if !self.is_secretariat(actor) {
            return Err(forbidden(
                actor,
                act,
                reason!("rule-secretariat", "only the secretariat may"),
            ));
        }
        if self.members.contains_key(member) {
            return Err(DomainError::Duplicate {
                what: "member",
                id: member.to_owned(),
            });
        }
        let kind = self
            .participant_kind(participant)
            .ok_or_else(|| DomainError::Unknown {
                what: "participant",
                id: participant.to_owned(),
            })?;
        for r in roles {
            let fits = match r {
                Role::Signatory | Role::Delegate => kind == ParticipantKind::Party,
                Role::Mediator | Role::Witness | Role::Secretariat => {
                    kind == ParticipantKind::Mediator
                }
                Role::Monitor => kind == ParticipantKind::Monitor,
                Role::Observer => true,
            };
            if !fits {
                return Err(refused(reason!(
                    "member-role-unfit",
                    "role {role} does not fit a member of {participant}, which is a {kind}",
                    role = r,
                    participant = participant,
                    kind = kind
                )));
            }
        }
        Ok(())
    }

    fn check_fresh_key(&self, key: &str) -> Result<(), DomainError> {
        if let Some(m) = self.key_owner.get(key) {
            return Err(refused(reason!(
                "member-key-taken",
                "key {key} already belongs to member {member}",
                key = key,
                member = m
            )));
        }
        if let Some((m, at, _)) = self.retired_keys.get(key) {
            return Err(refused(reason!(
                "member-key-retired",
                "key {key} was retired from member {member} at entry {at} and cannot be reused",
                key = key,
                member = m,
                at = at
            )));
        }
        Ok(())
    }

    /// Redeem an invitation: its member joins with the enrolling key.
    fn enrol(&mut self, index: u64, code_sha256: &str, key: String) {
        let Some(i) = self.invitations.get_mut(code_sha256) else {
            return;
        };
        i.enrolled_at = Some(index);
        let i = i.clone();
        self.key_owner.insert(key.clone(), i.member.clone());
        self.members.insert(
            i.member.clone(),
            Member {
                id: i.member,
                participant: i.participant,
                name: i.name,
                roles: i.roles,
                key,
                added_at: index,
                removed: None,
            },
        );
    }

    /// Fold an event that [`Self::check`] accepted.
    pub fn apply(&mut self, act: &Act<'_>, event: Event) {
        let index = act.index;
        let event = match event {
            Event::Communique { title, text } => {
                self.communiques.push((index, title, text));
                return;
            }
            Event::Monitor(a) => {
                self.apply_monitor(act, a);
                return;
            }
            Event::Publication(sign) => {
                self.apply_publication(act, sign);
                return;
            }
            Event::Clock { unix } => {
                self.clock = Some((index, unix));
                return;
            }
            // The enrolling key is no member until this entry makes it one.
            Event::MemberEnrolled { code_sha256, key } => {
                self.enrol(index, &code_sha256, key);
                return;
            }
            e => e,
        };
        let (actor_member, actor_participant) = match self.actor(act) {
            Ok(a) => Self::actor_ids(&a),
            Err(_) => return,
        };
        match event {
            Event::ProcessDefined {
                process,
                title,
                witness_quorum,
            } => {
                self.process = Some(ProcessInfo {
                    id: process,
                    title,
                    witness_quorum,
                    defined_at: index,
                });
            }
            Event::ParticipantAdded {
                participant,
                kind,
                name,
            } => {
                self.participants.insert(
                    participant.clone(),
                    Participant {
                        id: participant,
                        kind,
                        name,
                        added_at: index,
                    },
                );
            }
            Event::MemberAdded {
                member,
                participant,
                name,
                roles,
                key,
            } => {
                self.key_owner.insert(key.clone(), member.clone());
                self.members.insert(
                    member.clone(),
                    Member {
                        id: member,
                        participant,
                        name,
                        roles,
                        key,
                        added_at: index,
                        removed: None,
                    },
                );
            }
            Event::MemberInvited {
                member,
                participant,
                name,
                roles,
                code_sha256,
                valid_hours,
            } => {
                let expires = valid_hours
                    .zip(self.clock)
                    .map(|(h, (_, t))| t.saturating_add(i64::from(h) * 3600));
                self.invitations.insert(
                    code_sha256,
                    Invitation {
                        member,
                        participant,
                        name,
                        roles,
                        invited_at: index,
                        enrolled_at: None,
                        expires,
                        revoked_at: None,
                    },
                );
            }
            Event::InvitationRevoked { member, .. } => {
                let now = self.clock.map(|(_, t)| t);
                if let Some(i) = self
                    .invitations
                    .values_mut()
                    .find(|i| i.member == member && i.status(now) == "pending")
                {
                    i.revoked_at = Some(index);
                }
            }
            Event::MemberEnrolled { .. } => {}
            Event::MemberRemoved { member, reason } => {
                if let Some(m) = self.members.get_mut(&member) {
                    m.removed = Some((index, reason));
                    self.key_owner.remove(&m.key);
                    self.retired_keys.insert(
                        m.key.clone(),
                        (member.clone(), index, crate::Retirement::Removed),
                    );
                }
            }
            Event::MemberRotated { member, key } => {
                if let Some(m) = self.members.get_mut(&member) {
                    let old = std::mem::replace(&mut m.key, key.clone());
                    self.key_owner.remove(&old);
                    self.retired_keys
                        .insert(old, (member.clone(), index, crate::Retirement::Rotated));
                    self.key_owner.insert(key, member);
                }
            }
            Event::RoundScheduled {
                round,
                title,
                place,
                starts,
                ends,
            } => {
                self.rounds.insert(
                    round.clone(),
                    Round {
                        id: round,
                        title,
                        place,
                        starts,
                        ends,
                        state: RoundState::Scheduled,
                        history: vec![RoundStep {
                            index,
                            state: RoundState::Scheduled,
                            note: None,
                            party: None,
                            at: None,
                        }],
                    },
                );
            }
            Event::RoundTransition {
                round,
                to,
                reason,
                outcome,
                party,
                at,
            } => {
                if let Some(r) = self.rounds.get_mut(&round) {
                    r.state = to;
                    r.history.push(RoundStep {
                        index,
                        state: to,
                        note: reason.or(outcome),
                        party,
                        at,
                    });
                }
            }
            Event::DeadlineSet {
                deadline,
                title,
                due,
                round,
            } => {
                self.deadlines.insert(
                    deadline.clone(),
                    Deadline {
                        id: deadline,
                        title,
                        due,
                        round,
                        set_at: index,
                    },
                );
            }
            Event::Communique { .. } => {}
            Event::Monitor(_) | Event::Publication(_) | Event::Clock { .. } => {}
            Event::DraftSubmitted {
                version,
                draft,
                parent,
                content,
                attributed,
                at,
                document,
            } => {
                let Some(document) = document else { return };
                self.version_order.push(version.clone());
                self.versions.insert(
                    version.clone(),
                    Version {
                        id: version,
                        draft,
                        parent,
                        author_member: actor_member,
                        author_participant: actor_participant,
                        attributed,
                        content,
                        document,
                        index,
                        at,
                        relays: vec![],
                        signatures: vec![],
                        witnesses: vec![],
                    },
                );
            }
            Event::DraftRelayed {
                version,
                to,
                note,
                at,
            } => {
                if let Some(v) = self.versions.get_mut(&version) {
                    for t in to {
                        v.relays.push(Relay {
                            index,
                            by: actor_member.clone(),
                            to: t,
                            note: note.clone(),
                            at: at.clone(),
                        });
                    }
                }
            }
            Event::CommentAdded {
                comment,
                version,
                clause,
                content,
                visibility,
                at,
            } => {
                self.comment_ix.insert(comment.clone(), self.comments.len());
                self.comments.push(Comment {
                    id: comment,
                    version,
                    clause,
                    author_member: actor_member,
                    author_participant: actor_participant,
                    visibility,
                    content,
                    index,
                    at,
                });
            }
            Event::Signed { version, at, .. } | Event::Witnessed { version, at, .. } => {
                let witness = self
                    .participant_kind(&actor_participant)
                    .is_some_and(|k| k == ParticipantKind::Mediator);
                let e = Endorsement {
                    index,
                    member: actor_member,
                    participant: actor_participant,
                    at,
                };
                if let Some(v) = self.versions.get_mut(&version) {
                    if witness {
                        v.witnesses.push(e);
                    } else {
                        v.signatures.push(e);
                    }
                }
                if let Some(v) = self.versions.get(&version)
                    && self.adoption(v).adopted
                    && !self.adopted.contains(&version)
                {
                    self.adopted.push(version);
                }
            }
        }
    }

    /// Check and fold one entry. `document` is the content blob a
    /// `draft.submit` names, when the caller holds it. Unknown kinds pass
    /// through, unless signed by a retired key.
    pub fn step(
        &mut self,
        act: &Act<'_>,
        kind: &str,
        json: &str,
        document: Option<&[u8]>,
    ) -> Result<(), DomainError> {
        self.check_signer(act)?;
        if let Some(mut event) = crate::parse_event(kind, json)? {
            if let Some(bytes) = document {
                event.attach_blob(bytes)?;
            }
            self.check(act, &event)?;
            self.apply(act, event);
        }
        Ok(())
    }
}
