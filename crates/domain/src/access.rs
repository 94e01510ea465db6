//! Confidentiality: the one place that decides who may read what. Every
//! read the server offers (versions, comments, relay notes, blobs, exports)
//! asks here.
//!
//! - Until relayed, a version is visible only to its author's participant
//!   and the mediators; once relayed to a party, to that party too.
//! - A party's internal comments are visible only to that party; its
//!   comments for the mediators to it and the mediators; a mediator's shared
//!   annotation to everyone who can read the version.
//! - A relay note: the mediators and the parties it was relayed to.
//! - An adopted agreement: every member; once the mediators publish it
//!   ([`crate::publication`]), everyone. Otherwise the public reads the
//!   ledger (which holds only hashes of confidential text) and the process
//!   outline.

use crate::{Comment, Member, ParticipantKind, ProcessState, Relay, Version, Visibility};

/// Who is reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Viewer {
    /// Not signed in.
    Public,
    /// A founding key acting as the secretariat: reads as a mediator.
    Secretariat,
    Member {
        member: String,
        participant: String,
        kind: ParticipantKind,
        mediator: bool,
    },
}

impl Viewer {
    pub fn is_mediator(&self) -> bool {
        matches!(
            self,
            Viewer::Secretariat | Viewer::Member { mediator: true, .. }
        )
    }

    pub fn participant(&self) -> Option<&str> {
        match self {
            Viewer::Member { participant, .. } => Some(participant),
            _ => None,
        }
    }

    pub fn is_signed_in(&self) -> bool {
        !matches!(self, Viewer::Public)
    }
}

impl ProcessState {
    /// The viewer behind a key: its member if current, the secretariat for a
    /// founding key that is no member's, or `None` for a retired or unknown key.
    pub fn viewer_for_key(&self, key: &str, registrar: bool) -> Option<Viewer> {
        if self.retired_keys.contains_key(key) {
            return None;
        }
        if let Some(m) = self.key_owner.get(key).and_then(|m| self.members.get(m)) {
            return Some(self.viewer_for_member(m));
        }
        registrar.then_some(Viewer::Secretariat)
    }

    /// The viewer an acting member or founding key reads as.
    pub(crate) fn viewer_of_actor(&self, actor: &crate::Actor<'_>) -> Option<Viewer> {
        match actor {
            crate::Actor::Member(m) => self.viewer_for_key(&m.key, false),
            crate::Actor::Registrar(_) => Some(Viewer::Secretariat),
        }
    }

    fn viewer_for_member(&self, m: &Member) -> Viewer {
        let kind = self
            .participant_kind(&m.participant)
            .unwrap_or(ParticipantKind::Observer);
        Viewer::Member {
            member: m.id.clone(),
            participant: m.participant.clone(),
            kind,
            mediator: kind == ParticipantKind::Mediator,
        }
    }

    pub fn can_see_version(&self, viewer: &Viewer, v: &Version) -> bool {
        if viewer.is_mediator() || self.agreement_published(&v.id) {
            return true;
        }
        match viewer.participant() {
            Some(p) if v.author_participant == p || v.relayed_to(p).is_some() => true,
            Some(_) => self.adopted.contains(&v.id),
            None => false,
        }
    }

    pub fn can_see_comment(&self, viewer: &Viewer, c: &Comment) -> bool {
        let own = viewer.participant() == Some(c.author_participant.as_str())
            || (matches!(viewer, Viewer::Secretariat) && c.author_participant == "secretariat");
        match c.visibility {
            Visibility::Internal => own,
            Visibility::Mediators => own || viewer.is_mediator(),
            // A published agreement is the public's; its annotations are
            // the members' still.
            Visibility::Shared => {
                viewer.is_signed_in()
                    && self
                        .versions
                        .get(&c.version)
                        .is_some_and(|v| self.can_see_version(viewer, v))
            }
        }
    }

    pub fn can_see_relay_note(&self, viewer: &Viewer, r: &Relay) -> bool {
        viewer.is_mediator() || viewer.participant() == Some(r.to.as_str())
    }

    /// Whether any visible version, comment or relay note references `hash`.
    pub fn can_read_blob(&self, viewer: &Viewer, hash: &str) -> bool {
        self.versions.values().any(|v| {
            (v.content == hash && self.can_see_version(viewer, v))
                || v.relays
                    .iter()
                    .any(|r| r.note.as_deref() == Some(hash) && self.can_see_relay_note(viewer, r))
        }) || self
            .comments
            .iter()
            .any(|c| c.content == hash && self.can_see_comment(viewer, c))
            || self.can_read_report_blob(viewer, hash)
    }

    /// The author as `viewer` may know it: an unattributed bridging text
    /// reads as the mediators' to the parties.
    pub fn shown_author(&self, viewer: &Viewer, v: &Version) -> (String, String) {
        if !v.attributed && !viewer.is_mediator() {
            ("mediators".into(), "mediators".into())
        } else {
            (v.author_member.clone(), v.author_participant.clone())
        }
    }

    /// The entry `viewer` is pointed at for a version: its submission —
    /// except that a party reads an unattributed bridging text from the
    /// relay that brought it, since the submission's signer would name the
    /// mediator who wrote it.
    pub fn shown_index(&self, viewer: &Viewer, v: &Version) -> u64 {
        if v.attributed || viewer.is_mediator() {
            return v.index;
        }
        v.relays
            .iter()
            .filter(|r| viewer.participant() == Some(r.to.as_str()))
            .map(|r| r.index)
            .min()
            .unwrap_or(v.index)
    }

    /// Versions `viewer` may read, in submission order.
    pub fn visible_versions<'a>(&'a self, viewer: &'a Viewer) -> impl Iterator<Item = &'a Version> {
        self.version_order
            .iter()
            .filter_map(|id| self.versions.get(id))
            .filter(|v| self.can_see_version(viewer, v))
    }
}
