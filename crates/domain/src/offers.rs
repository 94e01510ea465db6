//! What a reader may do now, and what waits on it — from the one rule set.
//!
//! For every object the reader may see, [`ProcessState::acts_for`] builds a
//! representative act of each kind that could apply to it and asks
//! [`ProcessState::check`] (the rules the sequencer, replay and `truce
//! verify` apply) whether this key may take it now. So no page, route or
//! module holds a rule of its own: an act is offered exactly when the log
//! would take it, up to the body the person writes. Where the rules leave a
//! choice open (the states a round may move to, the parties a version may be
//! relayed to, the penalty the schedule prescribes), each choice is checked
//! and the ones admitted are listed.
//!
//! Only objects the reader may read are considered, so an offer is never an
//! oracle for another party's drafts, cases or evidence. "Waiting" is the
//! subset of offers that somebody expects of this reader (a reply due, a
//! vote, a signature, an appeal window), with its deadline, plus the
//! process's deadlines still ahead; every deadline is judged on the log's
//! clock.
//!
//! Kinds of the ledger itself that need a founding key (`member.invite`)
//! are offered only to such a key ([`truce_ledger::authority::registrar_only`]).

use crate::access::Viewer;
use crate::document::Document;
use crate::export::{unix_from_utc, utc_from_unix};
use crate::monitor::{
    self, AppealDecision, Casualties, Channel, Incident, LocationPrecision, Mechanism, MonitorAct,
    MonitorEvent, Outcome, Reliability, TimePrecision,
};
use crate::publication::{Object, PUBLICATION_SIGN, ReportRef, Sign};
use crate::{
    AGREEMENT_SIGN, AGREEMENT_WITNESS, Act, COMMUNIQUE, DEADLINE_SET, DRAFT_COMMENT, DRAFT_RELAY,
    DRAFT_SUBMIT, Event, MEMBER_ADD, MEMBER_INVITE, MEMBER_REMOVE, MEMBER_ROTATE, PARTICIPANT_ADD,
    PROCESS_DEFINE, ParticipantKind, ProcessState, ROUND_SCHEDULED, ROUND_TRANSITION, Role,
    RoundState, Visibility,
};
use std::sync::Arc;

/// What an act is taken on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// The process as a whole (define it, add to it, report into it).
    Process,
    Member(String),
    /// An open invitation, by the member it invites.
    Invitation(String),
    Round(String),
    Deadline(String),
    Version(String),
    /// The reports the reader may see, as a set (merge some, open a case on some).
    Incidents,
    Evidence(String),
    Commitment(String),
    /// A party's report of action on a commitment (open a case to verify it).
    Action(String),
    Case(String),
    Finding(String),
    Penalty(String),
    /// A report proposed for publication, by its id.
    Report(String),
}

impl Target {
    /// `process`, `member`, `round`, …
    pub fn kind(&self) -> &'static str {
        match self {
            Target::Process => "process",
            Target::Member(_) => "member",
            Target::Invitation(_) => "invitation",
            Target::Round(_) => "round",
            Target::Deadline(_) => "deadline",
            Target::Version(_) => "version",
            Target::Incidents => "incidents",
            Target::Evidence(_) => "evidence",
            Target::Commitment(_) => "commitment",
            Target::Action(_) => "action",
            Target::Case(_) => "case",
            Target::Finding(_) => "finding",
            Target::Penalty(_) => "penalty",
            Target::Report(_) => "report",
        }
    }

    pub fn id(&self) -> Option<&str> {
        match self {
            Target::Process | Target::Incidents => None,
            Target::Member(x)
            | Target::Invitation(x)
            | Target::Round(x)
            | Target::Deadline(x)
            | Target::Version(x)
            | Target::Evidence(x)
            | Target::Commitment(x)
            | Target::Action(x)
            | Target::Case(x)
            | Target::Finding(x)
            | Target::Penalty(x)
            | Target::Report(x) => Some(x),
        }
    }
}

/// One act the reader may take now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub kind: &'static str,
    pub on: Target,
    /// The values the rules admit for the body's open choice, where it has
    /// one (see [`CHOICE`]); empty otherwise.
    pub choices: Vec<String>,
}

/// One thing that waits on the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    /// The act expected (or `deadline.set` for a process deadline ahead).
    pub kind: &'static str,
    pub on: Target,
    /// When it is due, on the log's clock (Unix seconds), if it is.
    pub due: Option<i64>,
    /// A title to show with it (a version's or deadline's), if any.
    pub title: Option<String>,
}

/// What [`ProcessState::acts_for`] answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Acts {
    pub offers: Vec<Offer>,
    pub waiting: Vec<Waiting>,
    /// The time the rules were judged at (the log's clock).
    pub now: i64,
}

/// Every kind a reader can be offered: every kind the domain owns but the
/// invitee's own `member.enrol` (taken on the enrolment page with a code,
/// by a key that is nobody's yet).
pub fn offered_kinds() -> impl Iterator<Item = &'static str> {
    crate::KINDS
        .iter()
        .chain(monitor::KINDS)
        .copied()
        .filter(|k| *k != crate::MEMBER_ENROL)
}

/// What an offer's `choices` are, per kind: the body field they fill.
pub const CHOICE: &[(&str, &str)] = &[
    (DRAFT_SUBMIT, "attribution"),
    (MEMBER_INVITE, "participant"),
    (MEMBER_ADD, "participant"),
    (ROUND_TRANSITION, "to"),
    (DRAFT_RELAY, "to"),
    (DRAFT_COMMENT, "visibility"),
    (monitor::MECHANISM_CONFIGURE, "agreement"),
    (monitor::INCIDENT_REPORT, "channel"),
    (monitor::CASE_OPEN, "team"),
    (monitor::EVIDENCE_TRANSFER, "to"),
    (monitor::CASE_REQUEST, "from"),
    (monitor::CASE_ASSESS, "outcome"),
    (monitor::FINDING_PROPOSE, "outcome"),
    (monitor::PENALTY_IMPOSE, "rule"),
    (monitor::APPEAL_DECIDE, "decision"),
];

/// An id no object has (ids are checked for shape when a body is parsed,
/// not here): a probe never collides with a real object.
const PROBE: &str = "\u{0}probe";

struct Prober<'s, 'k> {
    state: &'s ProcessState,
    act: Act<'k>,
    now: i64,
    offers: Vec<Offer>,
}

impl Prober<'_, '_> {
    fn admits(&self, event: Event) -> bool {
        self.state.check(&self.act, &event).is_ok()
    }

    fn monitor(&self, event: MonitorEvent) -> Event {
        Event::Monitor(MonitorAct {
            at: utc_from_unix(self.now.max(0) as u64),
            at_unix: self.now,
            event,
        })
    }

    /// Offer `kind` on `on` if the rules admit `event`.
    fn offer(&mut self, kind: &'static str, on: Target, event: Event) {
        if self.admits(event) {
            self.offers.push(Offer {
                kind,
                on,
                choices: Vec::new(),
            });
        }
    }

    /// Offer `kind` on `on` with the choices whose event the rules admit.
    fn offer_choices<C: Into<String>>(
        &mut self,
        kind: &'static str,
        on: Target,
        options: impl IntoIterator<Item = (C, Event)>,
    ) {
        let choices: Vec<String> = options
            .into_iter()
            .filter(|(_, e)| self.admits(e.clone()))
            .map(|(c, _)| c.into())
            .collect();
        if !choices.is_empty() {
            self.offers.push(Offer { kind, on, choices });
        }
    }
}

fn probe_document() -> Arc<Document> {
    Arc::new(Document {
        title: Default::default(),
        languages: Vec::new(),
        preamble: Default::default(),
        articles: Vec::new(),
    })
}

impl ProcessState {
    /// The acts the holder of `key` may take now and what waits on it,
    /// judged at the log's clock (or at `now` before the log keeps time).
    /// `registrar` is whether the ledger lets the key register keys.
    pub fn acts_for(&self, key: &str, registrar: bool, now: i64) -> Acts {
        let mut acts = self.probe_all(key, registrar, now);
        if !registrar {
            // The ledger's founders' acts, and acts whose new key the ledger
            // must know first (`key.register`, a founder's act): a member
            // cannot finish them alone, so they are not offered.
            acts.offers.retain(|o| {
                !truce_ledger::authority::registrar_only(o.kind)
                    && !matches!(o.kind, MEMBER_ADD | MEMBER_ROTATE)
            });
        }
        acts
    }

    /// Every act the domain's rules admit from this key now, before the
    /// ledger's own conditions: what [`Self::offered`] audits against.
    fn probe_all(&self, key: &str, registrar: bool, now: i64) -> Acts {
        let now = self.clock.map_or(now, |(_, t)| t);
        let Some(viewer) = self.viewer_for_key(key, registrar) else {
            return Acts {
                now,
                ..Acts::default()
            };
        };
        let mut p = Prober {
            state: self,
            act: Act {
                index: u64::MAX,
                signer: key,
                registrar,
            },
            now,
            offers: Vec::new(),
        };
        self.offer_process(&mut p);
        self.offer_members(&mut p);
        self.offer_rounds(&mut p);
        self.offer_versions(&mut p, &viewer);
        self.offer_monitoring(&mut p, &viewer);
        self.offer_publications(&mut p, &viewer);
        let waiting = self.waiting(&p.offers, &viewer, now);
        Acts {
            offers: p.offers,
            waiting,
            now,
        }
    }

    fn offer_process(&self, p: &mut Prober<'_, '_>) {
        p.offer(
            PROCESS_DEFINE,
            Target::Process,
            Event::ProcessDefined {
                process: PROBE.into(),
                title: PROBE.into(),
                witness_quorum: None,
            },
        );
        p.offer(
            PARTICIPANT_ADD,
            Target::Process,
            Event::ParticipantAdded {
                participant: PROBE.into(),
                kind: ParticipantKind::Party,
                name: PROBE.into(),
            },
        );
        let invite = |participant: &str| Event::MemberInvited {
            member: PROBE.into(),
            participant: participant.into(),
            name: PROBE.into(),
            roles: vec![Role::Observer],
            code_sha256: PROBE.into(),
            valid_hours: None,
        };
        let add = |participant: &str| Event::MemberAdded {
            member: PROBE.into(),
            participant: participant.into(),
            name: PROBE.into(),
            roles: vec![Role::Observer],
            key: PROBE.into(),
        };
        let ids: Vec<&String> = self.participants.keys().collect();
        p.offer_choices(
            MEMBER_INVITE,
            Target::Process,
            ids.iter().map(|id| (id.as_str(), invite(id))),
        );
        p.offer_choices(
            MEMBER_ADD,
            Target::Process,
            ids.iter().map(|id| (id.as_str(), add(id))),
        );
        p.offer(
            ROUND_SCHEDULED,
            Target::Process,
            Event::RoundScheduled {
                round: PROBE.into(),
                title: PROBE.into(),
                place: PROBE.into(),
                starts: PROBE.into(),
                ends: PROBE.into(),
            },
        );
        p.offer(
            DEADLINE_SET,
            Target::Process,
            Event::DeadlineSet {
                deadline: PROBE.into(),
                title: PROBE.into(),
                due: PROBE.into(),
                round: None,
            },
        );
        p.offer(
            COMMUNIQUE,
            Target::Process,
            Event::Communique {
                title: PROBE.into(),
                text: PROBE.into(),
            },
        );
        let fresh = |attributed: bool| Event::DraftSubmitted {
            version: PROBE.into(),
            draft: PROBE.into(),
            parent: None,
            content: PROBE.into(),
            attributed,
            at: None,
            document: Some(probe_document()),
        };
        p.offer_choices(
            DRAFT_SUBMIT,
            Target::Process,
            [("attributed", fresh(true)), ("unattributed", fresh(false))],
        );
        let quorum = self.mediators().count().min(1) as u32;
        let configure = |agreement: &str| {
            p.monitor(MonitorEvent::Configure(Box::new(Mechanism {
                agreement: agreement.into(),
                entry_into_force: utc_from_unix(0),
                force_unix: 0,
                territories: Vec::new(),
                categories: monitor::DEFAULT_CATEGORIES
                    .iter()
                    .map(|c| (*c).into())
                    .collect(),
                finding_quorum: quorum,
                joint_teams: false,
                reply_hours: 72,
                appeal_days: 14,
                appeal_body: Vec::new(),
                commitments: Vec::new(),
                penalties: Vec::new(),
                index: 0,
            })))
        };
        let adopted: Vec<(String, Event)> = self
            .adopted
            .iter()
            .map(|v| (v.clone(), configure(v)))
            .collect();
        p.offer_choices(monitor::MECHANISM_CONFIGURE, Target::Process, adopted);
        if let Some(m) = self.monitor.mechanism.as_deref() {
            let category = m.categories.first().cloned().unwrap_or_default();
            let report = |public: bool| {
                p.monitor(MonitorEvent::Report {
                    incident: Box::new(probe_incident(&category)),
                    public,
                })
            };
            let channels = [("own", report(false)), ("public", report(true))];
            p.offer_choices(monitor::INCIDENT_REPORT, Target::Process, channels);
            let import = p.monitor(MonitorEvent::Import {
                batch: PROBE.into(),
                content: PROBE.into(),
                rows: 0,
                incidents: Some(Arc::new(Vec::new())),
            });
            p.offer(monitor::INCIDENT_IMPORT, Target::Process, import);
        }
        let evidence = p.monitor(MonitorEvent::Evidence {
            content: PROBE.into(),
            media_type: "text/plain".into(),
            size: 0,
            name: PROBE.into(),
            incident: None,
            case: None,
            checked: true,
        });
        p.offer(monitor::EVIDENCE_SUBMIT, Target::Process, evidence);
    }

    fn offer_members(&self, p: &mut Prober<'_, '_>) {
        let now = self.clock.map(|(_, t)| t);
        for i in self
            .invitations
            .values()
            .filter(|i| i.status(now) == "pending")
        {
            p.offer(
                crate::MEMBER_UNINVITE,
                Target::Invitation(i.member.clone()),
                Event::InvitationRevoked {
                    member: i.member.clone(),
                    reason: PROBE.into(),
                },
            );
        }
        for m in self.members.values().filter(|m| m.removed.is_none()) {
            let on = Target::Member(m.id.clone());
            p.offer(
                MEMBER_REMOVE,
                on.clone(),
                Event::MemberRemoved {
                    member: m.id.clone(),
                    reason: PROBE.into(),
                },
            );
            p.offer(
                MEMBER_ROTATE,
                on,
                Event::MemberRotated {
                    member: m.id.clone(),
                    key: PROBE.into(),
                },
            );
        }
    }

    fn offer_rounds(&self, p: &mut Prober<'_, '_>) {
        for r in self.rounds.values() {
            let states = [
                RoundState::Scheduled,
                RoundState::InSession,
                RoundState::Stalled,
                RoundState::Suspended,
                RoundState::Resumed,
                RoundState::Concluded,
            ];
            let options = states.map(|to| {
                (
                    to.as_str(),
                    Event::RoundTransition {
                        round: r.id.clone(),
                        to,
                        reason: Some(PROBE.into()),
                        outcome: None,
                        party: None,
                        at: None,
                    },
                )
            });
            p.offer_choices(ROUND_TRANSITION, Target::Round(r.id.clone()), options);
        }
    }

    fn offer_versions(&self, p: &mut Prober<'_, '_>, viewer: &Viewer) {
        for v in self
            .versions
            .values()
            .filter(|v| self.can_see_version(viewer, v))
        {
            let on = Target::Version(v.id.clone());
            let amend = |attributed: bool| Event::DraftSubmitted {
                version: PROBE.into(),
                draft: v.draft.clone(),
                parent: Some(v.id.clone()),
                content: PROBE.into(),
                attributed,
                at: None,
                document: Some(v.document.clone()),
            };
            p.offer_choices(
                DRAFT_SUBMIT,
                on.clone(),
                [("attributed", amend(true)), ("unattributed", amend(false))],
            );
            let relays: Vec<(String, Event)> = self
                .parties()
                .map(|x| {
                    (
                        x.id.clone(),
                        Event::DraftRelayed {
                            version: v.id.clone(),
                            to: vec![x.id.clone()],
                            note: None,
                            at: None,
                        },
                    )
                })
                .collect();
            p.offer_choices(DRAFT_RELAY, on.clone(), relays);
            if let Some((_, clause)) = v.document.clauses().next() {
                let comments = [
                    Visibility::Internal,
                    Visibility::Mediators,
                    Visibility::Shared,
                ]
                .map(|visibility| {
                    (
                        visibility.as_str(),
                        Event::CommentAdded {
                            comment: PROBE.into(),
                            version: v.id.clone(),
                            clause: clause.eid.clone(),
                            content: PROBE.into(),
                            visibility,
                            at: None,
                        },
                    )
                });
                p.offer_choices(DRAFT_COMMENT, on.clone(), comments);
            }
            p.offer(
                AGREEMENT_SIGN,
                on.clone(),
                Event::Signed {
                    version: v.id.clone(),
                    content: v.content.clone(),
                    at: None,
                },
            );
            p.offer(
                AGREEMENT_WITNESS,
                on.clone(),
                Event::Witnessed {
                    version: v.id.clone(),
                    content: v.content.clone(),
                    at: None,
                },
            );
            p.offer(
                PUBLICATION_SIGN,
                on,
                Event::Publication(Sign {
                    object: Object::Agreement(v.id.clone()),
                    report: None,
                    checked: true,
                }),
            );
        }
    }

    /// Reports: propose one for publication, or sign one proposed.
    fn offer_publications(&self, p: &mut Prober<'_, '_>, viewer: &Viewer) {
        let probe = ReportRef {
            sha256: PROBE.into(),
            from: "2000-01-01".into(),
            to: "2000-01-01".into(),
            size: 1,
            title: PROBE.into(),
        };
        p.offer(
            PUBLICATION_SIGN,
            Target::Process,
            Event::Publication(Sign {
                object: Object::Report(PROBE.into()),
                report: Some(probe),
                checked: true,
            }),
        );
        if !viewer.is_mediator() {
            return;
        }
        for pb in self.publications.values() {
            if let (Object::Report(id), None) = (&pb.object, pb.published) {
                p.offer(
                    PUBLICATION_SIGN,
                    Target::Report(id.clone()),
                    Event::Publication(Sign {
                        object: pb.object.clone(),
                        report: pb.report.clone(),
                        checked: true,
                    }),
                );
            }
        }
    }

    fn offer_monitoring(&self, p: &mut Prober<'_, '_>, viewer: &Viewer) {
        let mon = &self.monitor;
        let Some(m) = mon.mechanism.as_deref() else {
            return;
        };
        // Reports, as a set: two the reader sees that are not merged. Only
        // the mediators and monitors merge or open cases, so nobody else
        // pays for the scan (the rules would refuse them all the same).
        let monitor = matches!(viewer, Viewer::Member { member, .. }
            if self.members.get(member).is_some_and(|m| m.has(Role::Monitor)));
        let (first, second) = if viewer.is_mediator() || monitor {
            let view = self.incident_view(viewer);
            let mut open = mon
                .incidents
                .iter()
                .filter(|i| i.merged_into.is_none() && view.sees(i));
            (
                open.next().map(|i| i.id.clone()),
                open.next().map(|i| i.id.clone()),
            )
        } else {
            (None, None)
        };
        if let (Some(a), Some(b)) = (&first, &second) {
            let merge = p.monitor(MonitorEvent::Merge {
                into: a.clone(),
                merged: vec![b.clone()],
                reason: PROBE.into(),
            });
            p.offer(monitor::INCIDENT_MERGE, Target::Incidents, merge);
        }
        // Who may be on a team: active members of the mediators and the
        // parties; the probe names one of each, as joint teams need.
        let candidates: Vec<&crate::Member> = self
            .members
            .values()
            .filter(|x| x.removed.is_none())
            .collect();
        let mut team: Vec<String> = Vec::new();
        let mut covered: Vec<&str> = Vec::new();
        for x in &candidates {
            let kind = self.participant_kind(&x.participant);
            if matches!(
                kind,
                Some(ParticipantKind::Mediator | ParticipantKind::Party)
            ) && !covered.contains(&x.participant.as_str())
            {
                covered.push(&x.participant);
                team.push(x.id.clone());
            }
        }
        let team_choices: Vec<String> = candidates.iter().map(|x| x.id.clone()).collect();
        let open_case = |p: &mut Prober<'_, '_>, on: Target, incidents: Vec<String>, action| {
            let event = p.monitor(MonitorEvent::CaseOpen {
                case: PROBE.into(),
                incidents,
                action,
                accused: None,
                team: team.clone(),
                reply_hours: None,
            });
            if p.admits(event) {
                p.offers.push(Offer {
                    kind: monitor::CASE_OPEN,
                    on,
                    choices: team_choices.clone(),
                });
            }
        };
        if let Some(a) = &first {
            open_case(p, Target::Incidents, vec![a.clone()], None);
        }
        // Only the mediators open cases: nobody else pays for the loop.
        if viewer.is_mediator() {
            for a in mon.actions.values() {
                open_case(
                    p,
                    Target::Action(a.id.clone()),
                    Vec::new(),
                    Some(a.id.clone()),
                );
            }
        }
        for e in mon.evidence.values() {
            if !self.can_read_evidence(viewer, &e.content) {
                continue;
            }
            let on = Target::Evidence(e.content.clone());
            let access = p.monitor(MonitorEvent::Access {
                content: e.content.clone(),
                purpose: PROBE.into(),
            });
            p.offer(monitor::EVIDENCE_ACCESS, on.clone(), access);
            let transfers: Vec<(String, Event)> = self
                .participants
                .keys()
                .filter(|x| **x != e.holder)
                .map(|x| {
                    let t = p.monitor(MonitorEvent::Transfer {
                        content: e.content.clone(),
                        to: x.clone(),
                        note: PROBE.into(),
                    });
                    (x.clone(), t)
                })
                .collect();
            p.offer_choices(monitor::EVIDENCE_TRANSFER, on, transfers);
        }
        for c in &m.commitments {
            let action = p.monitor(MonitorEvent::Action {
                action: PROBE.into(),
                commitment: c.id.clone(),
                summary: PROBE.into(),
                evidence: Vec::new(),
            });
            p.offer(
                monitor::ACTION_REPORT,
                Target::Commitment(c.id.clone()),
                action,
            );
        }
        let outcomes = [
            Outcome::Confirmed,
            Outcome::NotConfirmed,
            Outcome::NoViolation,
            Outcome::Inconclusive,
            Outcome::Verified,
            Outcome::NotVerified,
        ];
        for c in mon.cases.values().filter(|c| self.can_see_case(viewer, c)) {
            let on = Target::Case(c.id.clone());
            let requests: Vec<(String, Event)> = self
                .participants
                .keys()
                .map(|from| {
                    let r = p.monitor(MonitorEvent::Request {
                        case: c.id.clone(),
                        request: PROBE.into(),
                        from: from.clone(),
                        what: PROBE.into(),
                        due: utc_from_unix(p.now.max(0) as u64),
                    });
                    (from.clone(), r)
                })
                .collect();
            p.offer_choices(monitor::CASE_REQUEST, on.clone(), requests);
            let reply = p.monitor(MonitorEvent::Reply {
                case: c.id.clone(),
                statement: PROBE.into(),
                evidence: Vec::new(),
                request: None,
            });
            p.offer(monitor::CASE_REPLY, on.clone(), reply);
            let assessments: Vec<(&str, Event)> = outcomes
                .iter()
                .map(|&outcome| {
                    let a = p.monitor(MonitorEvent::Assess {
                        case: c.id.clone(),
                        happened: 50,
                        responsible: 50,
                        attributed_to: None,
                        outcome,
                        note: PROBE.into(),
                    });
                    (outcome.as_str(), a)
                })
                .collect();
            p.offer_choices(monitor::CASE_ASSESS, on.clone(), assessments);
            let proposals: Vec<(&str, Event)> = outcomes
                .iter()
                .map(|&outcome| {
                    let f = p.monitor(MonitorEvent::Propose {
                        finding: PROBE.into(),
                        case: c.id.clone(),
                        outcome,
                        party: None,
                        category: None,
                        severity: None,
                        commitments: Vec::new(),
                        summary: PROBE.into(),
                    });
                    (outcome.as_str(), f)
                })
                .collect();
            p.offer_choices(monitor::FINDING_PROPOSE, on, proposals);
        }
        for f in mon
            .findings
            .values()
            .filter(|f| self.can_see_finding(viewer, f))
        {
            let on = Target::Finding(f.id.clone());
            let vote = p.monitor(MonitorEvent::Vote {
                finding: f.id.clone(),
                concur: true,
                reason: None,
            });
            p.offer(monitor::FINDING_VOTE, on.clone(), vote);
            // Once a statement is proposed, each mediator signs that text.
            let publish = p.monitor(MonitorEvent::Publish {
                finding: f.id.clone(),
                statement: f
                    .statement
                    .as_ref()
                    .map_or_else(|| PROBE.into(), |(_, s)| s.clone()),
            });
            p.offer(monitor::FINDING_PUBLISH, on.clone(), publish);
            if let Some((rule, _)) = viewer.is_mediator().then(|| mon.prescribed(m, f)).flatten() {
                let impose = p.monitor(MonitorEvent::Impose {
                    penalty: PROBE.into(),
                    finding: f.id.clone(),
                    rule: rule.id.clone(),
                    detail: None,
                });
                p.offer_choices(monitor::PENALTY_IMPOSE, on, [(rule.id.clone(), impose)]);
            }
        }
        for x in mon
            .penalties
            .values()
            .filter(|x| self.can_see_penalty(viewer, x))
        {
            let on = Target::Penalty(x.id.clone());
            let appeal = p.monitor(MonitorEvent::Appeal {
                penalty: x.id.clone(),
                grounds: PROBE.into(),
            });
            p.offer(monitor::PENALTY_APPEAL, on.clone(), appeal);
            let decisions = [
                AppealDecision::Upheld,
                AppealDecision::Overturned,
                AppealDecision::Varied,
            ]
            .map(|decision| {
                let d = p.monitor(MonitorEvent::Decide {
                    penalty: x.id.clone(),
                    decision,
                    reason: PROBE.into(),
                });
                (decision.as_str(), d)
            });
            p.offer_choices(monitor::APPEAL_DECIDE, on.clone(), decisions);
            let serve = p.monitor(MonitorEvent::Serve {
                penalty: x.id.clone(),
                note: PROBE.into(),
            });
            p.offer(monitor::PENALTY_SERVE, on.clone(), serve);
            let lift = p.monitor(MonitorEvent::Lift {
                penalty: x.id.clone(),
                reason: PROBE.into(),
            });
            p.offer(monitor::PENALTY_LIFT, on, lift);
        }
    }

    /// The offers somebody expects of this reader, with their deadlines,
    /// and the process's deadlines ahead; soonest first, undated last.
    fn waiting(&self, offers: &[Offer], viewer: &Viewer, now: i64) -> Vec<Waiting> {
        let mon = &self.monitor;
        let me = viewer.participant();
        let member = match viewer {
            Viewer::Member { member, .. } => Some(member.as_str()),
            _ => None,
        };
        let mut out = Vec::new();
        let mut push = |kind, on: &Target, due: Option<i64>, title: Option<String>| {
            out.push(Waiting {
                kind,
                on: on.clone(),
                due,
                title,
            })
        };
        for o in offers {
            let id = o.on.id().unwrap_or_default();
            match o.kind {
                // Expected only of the newest version of a draft not yet
                // adopted: an older text may still be signed, but nobody waits for it.
                AGREEMENT_SIGN | AGREEMENT_WITNESS | DRAFT_RELAY
                    // (Only versions the reader sees count: a hidden amendment
                    // must not make an item vanish, which would betray it.)
                    if self.versions.get(id).is_some_and(|v| {
                        !self.versions.values().any(|x| {
                            x.draft == v.draft
                                && (x.parent.as_deref() == Some(id) || self.adopted.contains(&x.id))
                                && self.can_see_version(viewer, x)
                        })
                    }) =>
                {
                    let title = self.versions.get(id).map(|v| {
                        v.document
                            .text_in(&v.document.title, v.document.primary_language())
                            .to_owned()
                    });
                    push(o.kind, &o.on, None, title);
                }
                monitor::CASE_REPLY => {
                    let Some(c) = mon.cases.get(id) else { continue };
                    let replied = |request: Option<&str>| {
                        c.replies.iter().any(|r| {
                            Some(r.party.as_str()) == me && r.request.as_deref() == request
                        })
                    };
                    if c.accused.as_deref() == me
                        && !c.replies.iter().any(|r| Some(r.party.as_str()) == me)
                    {
                        push(o.kind, &o.on, unix_from_utc(&c.reply_due), None);
                    }
                    for r in c.requests.iter().filter(|r| Some(r.from.as_str()) == me) {
                        if !replied(Some(&r.id)) {
                            push(o.kind, &o.on, unix_from_utc(&r.due), Some(r.what.clone()));
                        }
                    }
                }
                monitor::CASE_ASSESS => {
                    let Some(c) = mon.cases.get(id) else { continue };
                    if !c
                        .assessments
                        .iter()
                        .any(|a| Some(a.member.as_str()) == member)
                    {
                        push(o.kind, &o.on, None, None);
                    }
                }
                monitor::FINDING_PROPOSE
                    if mon.cases.get(id).is_some_and(|c| !c.assessments.is_empty()) =>
                {
                    push(o.kind, &o.on, None, None);
                }
                monitor::FINDING_VOTE | monitor::APPEAL_DECIDE => {
                    push(o.kind, &o.on, None, None);
                }
                // Another mediator has begun publishing it: the rest are awaited.
                monitor::FINDING_PUBLISH
                    if mon.findings.get(id).is_some_and(|f| !f.publishers.is_empty()) =>
                {
                    push(o.kind, &o.on, None, None);
                }
                PUBLICATION_SIGN if matches!(o.on, Target::Report(_)) => {
                    push(o.kind, &o.on, None, None);
                }
                PUBLICATION_SIGN
                    if matches!(o.on, Target::Version(_))
                        && self.publication(&Object::Agreement(id.to_owned())).is_some() =>
                {
                    push(o.kind, &o.on, None, None);
                }
                monitor::PENALTY_APPEAL => {
                    let due = mon
                        .penalties
                        .get(id)
                        .zip(mon.mechanism.as_deref())
                        .map(|(x, m)| x.imposed_unix + i64::from(m.appeal_days) * 86_400);
                    push(o.kind, &o.on, due, None);
                }
                monitor::PENALTY_SERVE => {
                    // Once no appeal can come, or it is decided.
                    let Some(x) = mon.penalties.get(id) else {
                        continue;
                    };
                    let closes = mon
                        .mechanism
                        .as_deref()
                        .map_or(0, |m| x.imposed_unix + i64::from(m.appeal_days) * 86_400);
                    let decided = x.appeal.as_ref().is_some_and(|a| a.decision.is_some());
                    if decided || (x.appeal.is_none() && now > closes) {
                        push(o.kind, &o.on, None, None);
                    }
                }
                _ => {}
            }
        }
        for d in self.deadlines.values() {
            // A date is due at the end of that day.
            let day = if d.due.len() == 10 { 86_399 } else { 0 };
            let due = unix_from_utc(&d.due).map(|t| t + day);
            if due.is_some_and(|t| t >= now) {
                push(
                    DEADLINE_SET,
                    &Target::Deadline(d.id.clone()),
                    due,
                    Some(d.title.clone()),
                );
            }
        }
        out.sort_by_key(|w| (w.due.is_none(), w.due));
        out
    }
}

/// A report that passes every rule of its own: the probe for `incident.report`.
fn probe_incident(category: &str) -> Incident {
    Incident {
        id: PROBE.into(),
        index: u64::MAX,
        reported_unix: 0,
        reporter_member: PROBE.into(),
        reporter_participant: PROBE.into(),
        channel: Channel::Party,
        occurred: utc_from_unix(0),
        occurred_unix: 0,
        time_precision: TimePrecision::Day,
        lat_e6: 0,
        lon_e6: 0,
        location_precision: LocationPrecision::District,
        place: PROBE.into(),
        category: category.into(),
        actors: Vec::new(),
        alleged_party: None,
        casualties: Casualties::default(),
        narrative: PROBE.into(),
        source: PROBE.into(),
        reliability: Reliability::Unknown,
        evidence: Vec::new(),
        merged_into: None,
        batch: None,
        acled: None,
    }
}

impl ProcessState {
    /// Whether `event`, signed as `act`, was among the acts offered to its
    /// signer: the audit that the offers miss nothing the log takes
    /// (`truce verify --offers` runs it on every entry). `Err` says what was
    /// not offered.
    pub fn offered(&self, act: &Act<'_>, event: &Event, now: i64) -> Result<(), String> {
        use MonitorEvent as M;
        let one = |s: &str| vec![s.to_owned()];
        let (kind, on, chosen): (&str, Target, Vec<String>) = match event {
            Event::Clock { .. } | Event::MemberEnrolled { .. } => return Ok(()),
            Event::ProcessDefined { .. } => (PROCESS_DEFINE, Target::Process, vec![]),
            Event::ParticipantAdded { .. } => (PARTICIPANT_ADD, Target::Process, vec![]),
            Event::MemberInvited { participant, .. } => {
                (MEMBER_INVITE, Target::Process, one(participant))
            }
            Event::MemberAdded { participant, .. } => {
                (MEMBER_ADD, Target::Process, one(participant))
            }
            Event::MemberRemoved { member, .. } => {
                (MEMBER_REMOVE, Target::Member(member.clone()), vec![])
            }
            Event::InvitationRevoked { member, .. } => (
                crate::MEMBER_UNINVITE,
                Target::Invitation(member.clone()),
                vec![],
            ),
            Event::MemberRotated { member, .. } => {
                (MEMBER_ROTATE, Target::Member(member.clone()), vec![])
            }
            Event::RoundScheduled { .. } => (ROUND_SCHEDULED, Target::Process, vec![]),
            Event::RoundTransition { round, to, .. } => (
                ROUND_TRANSITION,
                Target::Round(round.clone()),
                one(to.as_str()),
            ),
            Event::DeadlineSet { .. } => (DEADLINE_SET, Target::Process, vec![]),
            Event::Communique { .. } => (COMMUNIQUE, Target::Process, vec![]),
            Event::DraftSubmitted {
                parent, attributed, ..
            } => (
                DRAFT_SUBMIT,
                parent.clone().map_or(Target::Process, Target::Version),
                one(if *attributed {
                    "attributed"
                } else {
                    "unattributed"
                }),
            ),
            Event::DraftRelayed { version, to, .. } => {
                (DRAFT_RELAY, Target::Version(version.clone()), to.clone())
            }
            Event::CommentAdded {
                version,
                visibility,
                ..
            } => (
                DRAFT_COMMENT,
                Target::Version(version.clone()),
                one(visibility.as_str()),
            ),
            Event::Signed { version, .. } => {
                (AGREEMENT_SIGN, Target::Version(version.clone()), vec![])
            }
            Event::Witnessed { version, .. } => {
                (AGREEMENT_WITNESS, Target::Version(version.clone()), vec![])
            }
            Event::Publication(sign) => match &sign.object {
                Object::Agreement(v) => (PUBLICATION_SIGN, Target::Version(v.clone()), vec![]),
                Object::Report(id) if self.publications.contains_key(&sign.object) => {
                    (PUBLICATION_SIGN, Target::Report(id.clone()), vec![])
                }
                Object::Report(_) => (PUBLICATION_SIGN, Target::Process, vec![]),
            },
            Event::Monitor(a) => match &a.event {
                M::Configure(m) => (
                    monitor::MECHANISM_CONFIGURE,
                    Target::Process,
                    one(&m.agreement),
                ),
                M::Report { public, .. } => (
                    monitor::INCIDENT_REPORT,
                    Target::Process,
                    one(if *public { "public" } else { "own" }),
                ),
                M::Import { .. } => (monitor::INCIDENT_IMPORT, Target::Process, vec![]),
                M::Merge { .. } => (monitor::INCIDENT_MERGE, Target::Incidents, vec![]),
                M::Evidence { .. } => (monitor::EVIDENCE_SUBMIT, Target::Process, vec![]),
                M::Access { content, .. } => (
                    monitor::EVIDENCE_ACCESS,
                    Target::Evidence(content.clone()),
                    vec![],
                ),
                M::Transfer { content, to, .. } => (
                    monitor::EVIDENCE_TRANSFER,
                    Target::Evidence(content.clone()),
                    one(to),
                ),
                M::Action { commitment, .. } => (
                    monitor::ACTION_REPORT,
                    Target::Commitment(commitment.clone()),
                    vec![],
                ),
                M::CaseOpen {
                    action: Some(x),
                    team,
                    ..
                } => (monitor::CASE_OPEN, Target::Action(x.clone()), team.clone()),
                M::CaseOpen { team, .. } => (monitor::CASE_OPEN, Target::Incidents, team.clone()),
                M::Request { case, from, .. } => {
                    (monitor::CASE_REQUEST, Target::Case(case.clone()), one(from))
                }
                M::Reply { case, .. } => (monitor::CASE_REPLY, Target::Case(case.clone()), vec![]),
                M::Assess { case, outcome, .. } => (
                    monitor::CASE_ASSESS,
                    Target::Case(case.clone()),
                    one(outcome.as_str()),
                ),
                M::Propose { case, outcome, .. } => (
                    monitor::FINDING_PROPOSE,
                    Target::Case(case.clone()),
                    one(outcome.as_str()),
                ),
                M::Vote { finding, .. } => (
                    monitor::FINDING_VOTE,
                    Target::Finding(finding.clone()),
                    vec![],
                ),
                M::Publish { finding, .. } => (
                    monitor::FINDING_PUBLISH,
                    Target::Finding(finding.clone()),
                    vec![],
                ),
                M::Impose { finding, rule, .. } => (
                    monitor::PENALTY_IMPOSE,
                    Target::Finding(finding.clone()),
                    one(rule),
                ),
                M::Appeal { penalty, .. } => (
                    monitor::PENALTY_APPEAL,
                    Target::Penalty(penalty.clone()),
                    vec![],
                ),
                M::Decide {
                    penalty, decision, ..
                } => (
                    monitor::APPEAL_DECIDE,
                    Target::Penalty(penalty.clone()),
                    one(decision.as_str()),
                ),
                M::Serve { penalty, .. } => (
                    monitor::PENALTY_SERVE,
                    Target::Penalty(penalty.clone()),
                    vec![],
                ),
                M::Lift { penalty, .. } => (
                    monitor::PENALTY_LIFT,
                    Target::Penalty(penalty.clone()),
                    vec![],
                ),
            },
        };
        let acts = self.probe_all(act.signer, act.registrar, now);
        let offer = acts
            .offers
            .iter()
            .find(|o| o.kind == kind && o.on == on)
            .ok_or_else(|| format!("{kind} on {on:?} was not offered to {}", act.signer))?;
        if let Some(c) = chosen.iter().find(|c| !offer.choices.contains(c)) {
            return Err(format!(
                "{kind} on {on:?} was offered to {} with {:?}, not {c:?}",
                act.signer, offer.choices
            ));
        }
        Ok(())
    }
}

impl Waiting {
    /// One line in plain English: what is expected, on what, never any of
    /// its text (a reminder goes to a calendar or a mailbox outside Truce).
    pub fn describe(&self) -> String {
        let id = self.on.id().unwrap_or_default();
        match self.kind {
            AGREEMENT_SIGN => format!("Sign version {id} if your delegation accepts it"),
            AGREEMENT_WITNESS => format!("Witness version {id}"),
            DRAFT_RELAY => format!("Relay version {id} to the parties that do not hold it"),
            monitor::CASE_REPLY => format!("Reply in case {id}"),
            monitor::CASE_ASSESS => format!("Assess case {id}"),
            monitor::FINDING_PROPOSE => format!("Propose a finding on case {id}"),
            monitor::FINDING_VOTE => format!("Vote on finding {id}"),
            monitor::PENALTY_APPEAL => format!("The appeal period of penalty {id} closes"),
            monitor::APPEAL_DECIDE => format!("Decide the appeal of penalty {id}"),
            monitor::PENALTY_SERVE => format!("Serve penalty {id}"),
            monitor::FINDING_PUBLISH => format!("Sign the publication of finding {id}"),
            PUBLICATION_SIGN => format!("Sign the publication of {} {id}", self.on.kind()),
            DEADLINE_SET => format!("Process deadline {id}"),
            other => format!("{other} on {} {id}", self.on.kind()),
        }
    }

    /// A stable name for this item (kind, object, due), so a reminder is
    /// sent once per item and a calendar event keeps its UID.
    pub fn key(&self) -> String {
        format!(
            "{}.{}.{}.{}",
            self.kind,
            self.on.kind(),
            self.on.id().unwrap_or_default(),
            self.due.map_or_else(String::new, |d| d.to_string())
        )
    }
}
