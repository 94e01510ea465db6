//! Who may take each monitoring act and when, and the fold of accepted acts.
//!
//! - The mediators configure the mechanism once, over the adopted agreement.
//! - Any member reports incidents (its participant's kind is the channel;
//!   a mediator may relay the public's); the secretariat imports batches.
//! - Evidence is cited only once submitted; reading it is an `evidence.access`
//!   entry by someone the access rules let read it.
//! - The mediators open cases, with a team; the parties reply; team members
//!   assess; a mediator proposes a finding, which takes effect when the
//!   agreement's quorum of mediator participants concur. Dissent is kept.
//! - A confirmed finding's penalty is the one the schedule prescribes; the
//!   penalised party appeals once within the period; the appeal body decides.

use super::*;
use crate::state::{forbidden, refused};
use crate::{Act, Actor, DomainError, ParticipantKind, ProcessState, Role, reason};

fn unknown(what: &'static str, id: &str) -> DomainError {
    DomainError::Unknown {
        what,
        id: id.to_owned(),
    }
}

fn duplicate(what: &'static str, id: &str) -> DomainError {
    DomainError::Duplicate {
        what,
        id: id.to_owned(),
    }
}

impl MonitorState {
    fn finding(&self, id: &str) -> Result<&Finding, DomainError> {
        self.findings.get(id).ok_or_else(|| unknown("finding", id))
    }
    fn case(&self, id: &str) -> Result<&Case, DomainError> {
        self.cases.get(id).ok_or_else(|| unknown("case", id))
    }
    fn penalty(&self, id: &str) -> Result<&Penalty, DomainError> {
        self.penalties.get(id).ok_or_else(|| unknown("penalty", id))
    }

    /// The rule the schedule prescribes for a confirmed finding, and which
    /// violation in the rule's window it is (counting earlier confirmed
    /// findings against the same party, and this one).
    pub fn prescribed<'m>(&self, m: &'m Mechanism, f: &Finding) -> Option<(&'m PenaltyRule, u32)> {
        let (Some(party), Some(category), Some(severity)) = (&f.party, &f.category, f.severity)
        else {
            return None;
        };
        if f.outcome != Outcome::Confirmed {
            return None;
        }
        let mut best: Option<(&PenaltyRule, u32)> = None;
        for rule in &m.penalties {
            if !rule.categories.contains(category) || severity < rule.min_severity {
                continue;
            }
            let window = i64::from(rule.window_days) * 86_400;
            let count = self
                .findings
                .values()
                .filter(|g| {
                    g.id == f.id
                        || (g.is_violation()
                            && g.party.as_ref() == Some(party)
                            && g.category
                                .as_ref()
                                .is_some_and(|c| rule.categories.contains(c))
                            && g.incident_unix <= f.incident_unix
                            && f.incident_unix - g.incident_unix <= window)
                })
                .count() as u32;
            if rule.nth <= count
                && best.is_none_or(|(b, _)| (rule.nth, rule.min_severity) > (b.nth, b.min_severity))
            {
                best = Some((rule, count));
            }
        }
        best
    }

    /// Whether the case's finding has taken effect.
    fn decided(&self, case: &Case) -> bool {
        case.finding
            .as_ref()
            .and_then(|f| self.findings.get(f))
            .is_some_and(|f| f.effective.is_some())
    }

    /// Whether `participant` holds or is concerned by the case.
    pub fn case_concerns(&self, case: &Case, participant: &str) -> bool {
        case.accused.as_deref() == Some(participant)
            || case.incidents.iter().any(|i| {
                self.incident(i)
                    .is_some_and(|x| x.reporter_participant == participant)
            })
            || case
                .action
                .as_ref()
                .and_then(|a| self.actions.get(a))
                .is_some_and(|a| a.party == participant)
    }
}

impl ProcessState {
    fn mechanism(&self) -> Result<&Mechanism, DomainError> {
        self.monitor.mechanism.as_deref().ok_or_else(|| {
            refused(reason!(
                "mech-not-configured",
                "the monitoring mechanism is not configured yet (mechanism.configure)"
            ))
        })
    }

    fn party(&self, id: &str, field: &str) -> Result<(), DomainError> {
        if self.participant_kind(id) != Some(ParticipantKind::Party) {
            return Err(refused(reason!(
                "mech-not-a-party",
                "{field} {id:?} is not a party to the process",
                field = field,
                id = id
            )));
        }
        Ok(())
    }

    fn category(&self, m: &Mechanism, c: &str) -> Result<(), DomainError> {
        if !m.categories.iter().any(|x| x == c) {
            return Err(refused(reason!(
                "mech-unknown-category",
                "category {c:?} is not one the agreement sets: {categories}",
                c = c,
                categories = m.categories.join(", ")
            )));
        }
        Ok(())
    }

    /// A mediator participant's member acting as such (founding keys are
    /// the secretariat and do not count towards quorums).
    pub(crate) fn mediator_member<'a>(&self, actor: &Actor<'a>) -> Option<&'a crate::Member> {
        match actor {
            Actor::Member(m) if self.is_mediator(actor) => Some(m),
            _ => None,
        }
    }

    /// A case an act names, as its actor may know it: one the actor may not
    /// read does not exist for it (one answer, no oracle).
    fn case_as(&self, actor: &Actor<'_>, id: &str) -> Result<&Case, DomainError> {
        let c = self.monitor.case(id)?;
        if self.is_mediator(actor)
            || self
                .viewer_of_actor(actor)
                .is_some_and(|v| self.can_see_case(&v, c))
        {
            Ok(c)
        } else {
            Err(unknown("case", id))
        }
    }

    /// Evidence may be cited only by whom may read it: a hash is never a
    /// capability. Unknown and unreadable evidence get the same answer, so
    /// citing is no oracle for which hashes exist.
    fn cited_evidence(&self, actor: &Actor<'_>, hashes: &[String]) -> Result<(), DomainError> {
        let viewer = self.viewer_of_actor(actor);
        for h in hashes {
            if !viewer
                .as_ref()
                .is_some_and(|v| self.can_read_evidence(v, h))
            {
                return Err(refused(reason!(
                    "evidence-not-citable",
                    "evidence {h} is not evidence you may cite: submit it (evidence.submit) before citing it, and cite only evidence your participant may read",
                    h = h
                )));
            }
        }
        Ok(())
    }

    /// Whether `viewer`'s participant may read an evidence file.
    pub fn can_read_evidence(&self, viewer: &crate::access::Viewer, hash: &str) -> bool {
        let Some(e) = self.monitor.evidence.get(hash) else {
            return false;
        };
        if viewer.is_mediator() {
            return true;
        }
        let cited_in = |case: &Case| {
            e.case.as_deref() == Some(case.id.as_str())
                || case
                    .replies
                    .iter()
                    .any(|r| r.evidence.iter().any(|x| x == hash))
                || case.incidents.iter().any(|i| {
                    e.incident.as_deref() == Some(i.as_str())
                        || self
                            .monitor
                            .incident(i)
                            .is_some_and(|x| x.evidence.iter().any(|y| y == hash))
                })
        };
        match viewer.participant() {
            Some(p) => {
                e.submitter_participant == p
                    || e.holder == p
                    || self
                        .monitor
                        .cases
                        .values()
                        .any(|c| cited_in(c) && self.monitor.case_concerns(c, p))
            }
            None => self.monitor.cases.values().any(|c| {
                cited_in(c)
                    && c.finding
                        .as_ref()
                        .and_then(|f| self.monitor.findings.get(f))
                        .is_some_and(|f| f.published.is_some())
            }),
        }
    }

    pub(crate) fn check_monitor(
        &self,
        actor: &Actor<'_>,
        act: &MonitorAct,
    ) -> Result<(), DomainError> {
        let (_, now) = self.act_time(act);
        let mon = &self.monitor;
        match &act.event {
            MonitorEvent::Configure(m) => {
                if !self.is_mediator(actor) {
                    return Err(forbidden(
                        actor,
                        "configure the mechanism",
                        reason!("rule-mediators", "only the mediators may"),
                    ));
                }
                if mon.mechanism.is_some() {
                    return Err(refused(reason!(
                        "mech-configured",
                        "the mechanism is already configured"
                    )));
                }
                if !self.adopted.contains(&m.agreement) {
                    return Err(refused(reason!(
                        "mech-agreement-not-adopted",
                        "version {version} is not an adopted agreement: commitments are the adopted text's",
                        version = m.agreement
                    )));
                }
                let doc = &self.versions[&m.agreement].document;
                for (p, _) in &m.territories {
                    self.party(p, "territory")?;
                }
                for b in &m.appeal_body {
                    if self.participant_kind(b) != Some(ParticipantKind::Mediator) {
                        return Err(refused(reason!(
                            "mech-appeal-body-not-mediator",
                            "appeal_body {body:?} is not a mediator",
                            body = b
                        )));
                    }
                }
                let mut seen: Vec<&str> = Vec::new();
                for c in &m.commitments {
                    if seen.contains(&c.id.as_str()) {
                        return Err(duplicate("commitment", &c.id));
                    }
                    if !doc.has_clause(&c.clause) {
                        return Err(refused(reason!(
                            "mech-commitment-no-clause",
                            "commitment {commitment}: the agreement has no clause {clause:?}",
                            commitment = c.id,
                            clause = c.clause
                        )));
                    }
                    self.party(&c.bearer, "bearer")?;
                    if let Some(b) = &c.beneficiary {
                        self.party(b, "beneficiary")?;
                    }
                    for x in c
                        .breached_by
                        .iter()
                        .chain(c.condition.iter().flat_map(|k| &k.categories))
                    {
                        self.category(m, x)?;
                    }
                    if let Some(k) = &c.condition {
                        self.party(&k.by, "condition by")?;
                    }
                    // Dependencies point backwards, so they cannot form a cycle.
                    for d in c.depends_on.iter().chain(&c.reciprocal_of) {
                        let forward_reciprocal = c.reciprocal_of.as_ref() == Some(d)
                            && m.commitments.iter().any(|x| &x.id == d);
                        if !seen.contains(&d.as_str()) && !forward_reciprocal {
                            return Err(refused(reason!(
                                "mech-commitment-not-before",
                                "commitment {commitment}: {d:?} is not a commitment listed before it",
                                commitment = c.id,
                                d = d
                            )));
                        }
                    }
                    if c.modality == Modality::Prohibition && c.breached_by.is_empty() {
                        return Err(refused(reason!(
                            "mech-prohibition-no-categories",
                            "commitment {commitment}: a prohibition names the violation categories that breach it",
                            commitment = c.id
                        )));
                    }
                    seen.push(&c.id);
                }
                let mut rules: Vec<&str> = Vec::new();
                for r in &m.penalties {
                    if rules.contains(&r.id.as_str()) {
                        return Err(duplicate("penalty rule", &r.id));
                    }
                    for x in &r.categories {
                        self.category(m, x)?;
                    }
                    rules.push(&r.id);
                }
                let mediators = self.mediators().count() as u32;
                if m.finding_quorum > mediators {
                    return Err(refused(reason!(
                        "mech-quorum-too-large",
                        "finding_quorum {quorum} is more than the {mediators} mediators",
                        quorum = m.finding_quorum,
                        mediators = mediators
                    )));
                }
            }
            MonitorEvent::Report {
                incident: i,
                public,
            } => {
                let m = self.mechanism()?;
                if mon.incident_ix.contains_key(&i.id) {
                    return Err(duplicate("incident", &i.id));
                }
                self.category(m, &i.category)?;
                if let Some(p) = &i.alleged_party {
                    self.party(p, "alleged_party")?;
                }
                if *public && !self.is_mediator(actor) {
                    return Err(forbidden(
                        actor,
                        "file a report for the public channel",
                        reason!(
                            "rule-mediators-relay-public",
                            "only the mediators relay the public's reports"
                        ),
                    ));
                }
                self.cited_evidence(actor, &i.evidence)?;
            }
            MonitorEvent::Import {
                batch, incidents, ..
            } => {
                let m = self.mechanism()?;
                if !self.is_secretariat(actor) && !self.is_mediator(actor) {
                    return Err(forbidden(
                        actor,
                        "import incidents",
                        reason!("rule-secretariat", "only the secretariat may"),
                    ));
                }
                if mon.imports.iter().any(|b| &b.batch == batch) {
                    return Err(duplicate("import batch", batch));
                }
                let Some(rows) = incidents else {
                    return Err(refused(reason!(
                        "import-csv-missing",
                        "the import's CSV has not been attached"
                    )));
                };
                let mut fresh = std::collections::HashSet::new();
                for i in rows.iter() {
                    if mon.incident_ix.contains_key(&i.id) || !fresh.insert(i.id.as_str()) {
                        return Err(duplicate("incident", &i.id));
                    }
                    self.category(m, &i.category)?;
                }
            }
            MonitorEvent::Merge { into, merged, .. } => {
                let monitor = matches!(actor, Actor::Member(x) if x.has(Role::Monitor));
                if !self.is_mediator(actor) && !monitor {
                    return Err(forbidden(
                        actor,
                        "merge reports",
                        reason!(
                            "rule-mediators-and-monitors",
                            "only the mediators and monitors may"
                        ),
                    ));
                }
                // A monitor merges only reports it may read: a merge widens
                // who reads the merged ones, and no act from outside their
                // audience may do that.
                let viewer = self.viewer_of_actor(actor);
                let view = viewer
                    .as_ref()
                    .filter(|_| !self.is_mediator(actor))
                    .map(|v| self.incident_view(v));
                let readable = |i: &Incident| view.as_ref().is_none_or(|v| v.sees(i));
                let target = mon
                    .incident(into)
                    .filter(|i| readable(i))
                    .ok_or_else(|| unknown("incident", into))?;
                if target.merged_into.is_some() {
                    return Err(refused(reason!(
                        "incident-target-merged",
                        "incident {into} is itself merged into another",
                        into = into
                    )));
                }
                for x in merged {
                    let i = mon
                        .incident(x)
                        .filter(|i| readable(i))
                        .ok_or_else(|| unknown("incident", x))?;
                    if x == into {
                        return Err(refused(reason!(
                            "incident-merge-self",
                            "an incident cannot be merged into itself"
                        )));
                    }
                    if let Some(t) = &i.merged_into {
                        return Err(refused(reason!(
                            "incident-already-merged",
                            "incident {x} is already merged into {t}",
                            x = x,
                            t = t
                        )));
                    }
                }
            }
            MonitorEvent::Evidence {
                content,
                incident,
                case,
                checked,
                ..
            } => {
                if !checked {
                    return Err(DomainError::ContentMissing {
                        hash: content.clone(),
                    });
                }
                if mon.evidence.contains_key(content) {
                    return Err(duplicate("evidence", content));
                }
                // Evidence is linked only to what its submitter may read: an
                // id is no oracle, and nobody adds to another party's case.
                if let Some(i) = incident {
                    let viewer = self.viewer_of_actor(actor);
                    let view = viewer.as_ref().map(|v| self.incident_view(v));
                    mon.incident(i)
                        .filter(|x| view.as_ref().is_some_and(|v| v.sees(x)))
                        .ok_or_else(|| unknown("incident", i))?;
                }
                if let Some(c) = case {
                    self.case_as(actor, c)?;
                }
            }
            MonitorEvent::Access { content, .. } => {
                // Unknown and unreadable evidence get one answer: naming a
                // hash is no oracle for which files exist.
                let viewer = self.viewer_of_actor(actor);
                if !viewer.is_some_and(|v| self.can_read_evidence(&v, content)) {
                    return Err(forbidden(
                        actor,
                        "access this evidence",
                        reason!(
                            "rule-evidence-access",
                            "there is no such evidence that its submitter, its holder, the mediators or the parties of a case citing it could give you"
                        ),
                    ));
                }
            }
            MonitorEvent::Transfer { content, to, .. } => {
                let (_, participant) = Self::actor_ids(actor);
                let holds = mon
                    .evidence
                    .get(content)
                    .is_some_and(|e| e.holder == participant || self.is_mediator(actor));
                if !holds {
                    return Err(forbidden(
                        actor,
                        "transfer this evidence",
                        reason!(
                            "rule-evidence-holder",
                            "only the holder of existing evidence, or the mediators, may"
                        ),
                    ));
                }
                if !self.participants.contains_key(to) {
                    return Err(unknown("participant", to));
                }
            }
            MonitorEvent::Action {
                action,
                commitment,
                evidence,
                ..
            } => {
                let m = self.mechanism()?;
                let c = m
                    .commitments
                    .iter()
                    .find(|c| &c.id == commitment)
                    .ok_or_else(|| unknown("commitment", commitment))?;
                let party = self.party_of(actor).map(|m| m.participant.as_str());
                if party != Some(c.bearer.as_str()) {
                    return Err(forbidden(
                        actor,
                        "report action on this commitment",
                        reason!(
                            "rule-bearer-delegates",
                            "only the delegates of the party that bears it may"
                        ),
                    ));
                }
                if c.modality != Modality::Obligation {
                    return Err(refused(reason!(
                        "action-not-obligation",
                        "commitment {commitment} is a {modality}: only obligations are met by action",
                        commitment = commitment,
                        modality = c.modality
                    )));
                }
                if mon.actions.contains_key(action) {
                    return Err(duplicate("action report", action));
                }
                self.cited_evidence(actor, evidence)?;
            }
            MonitorEvent::CaseOpen {
                case,
                incidents,
                action,
                accused,
                team,
                ..
            } => {
                let m = self.mechanism()?;
                if !self.is_mediator(actor) {
                    return Err(forbidden(
                        actor,
                        "open a case",
                        reason!("rule-mediators", "only the mediators may"),
                    ));
                }
                if mon.cases.contains_key(case) {
                    return Err(duplicate("case", case));
                }
                for i in incidents {
                    let x = mon.incident(i).ok_or_else(|| unknown("incident", i))?;
                    if let Some(t) = &x.merged_into {
                        return Err(refused(reason!(
                            "case-incident-merged",
                            "incident {i} was merged into {t}: name {t} instead",
                            i = i,
                            t = t
                        )));
                    }
                }
                if let Some(a) = action {
                    let r = mon
                        .actions
                        .get(a)
                        .ok_or_else(|| unknown("action report", a))?;
                    if accused.as_ref().is_some_and(|p| p != &r.party) {
                        return Err(refused(reason!(
                            "case-action-accused",
                            "an action case concerns the party that reported the action"
                        )));
                    }
                }
                if let Some(p) = accused {
                    self.party(p, "accused")?;
                }
                let mut mediator = false;
                let mut parties = std::collections::BTreeSet::new();
                for t in team {
                    let member = self.active_member(t)?;
                    match self.participant_kind(&member.participant) {
                        Some(ParticipantKind::Mediator) => mediator = true,
                        Some(ParticipantKind::Party) => {
                            parties.insert(member.participant.as_str());
                        }
                        _ => {}
                    }
                }
                if !mediator {
                    return Err(refused(reason!(
                        "case-team-no-mediator",
                        "a verification team includes at least one mediator member"
                    )));
                }
                if m.joint_teams {
                    let missing: Vec<&str> = self
                        .parties()
                        .map(|p| p.id.as_str())
                        .filter(|p| !parties.contains(p))
                        .collect();
                    if !missing.is_empty() {
                        return Err(refused(reason!(
                            "case-team-not-joint",
                            "the agreement sets joint teams: the team has no member of {missing}",
                            missing = missing.join(", ")
                        )));
                    }
                }
            }
            MonitorEvent::Request { case, from, .. } => {
                let c = self.case_as(actor, case)?;
                let on_team = matches!(actor, Actor::Member(x) if c.team.contains(&x.id));
                if !on_team && !self.is_mediator(actor) {
                    return Err(forbidden(
                        actor,
                        "request evidence",
                        reason!(
                            "rule-team-and-mediators",
                            "only the case's team and the mediators may"
                        ),
                    ));
                }
                if mon.decided(c) {
                    return Err(refused(reason!(
                        "case-decided",
                        "case {case} is decided",
                        case = case
                    )));
                }
                if !self.participants.contains_key(from) {
                    return Err(unknown("participant", from));
                }
            }
            MonitorEvent::Reply {
                case,
                evidence,
                request,
                ..
            } => {
                if self.party_of(actor).is_none() {
                    return Err(forbidden(
                        actor,
                        "reply in a case",
                        reason!("rule-party-delegates", "only a party's delegates may"),
                    ));
                }
                // Only in a case its party may read (it concerns the party,
                // or a member of it is on the team).
                let c = self.case_as(actor, case)?;
                if mon.decided(c) {
                    return Err(refused(reason!(
                        "case-decided-replies",
                        "case {case} is decided: the record of replies is closed",
                        case = case
                    )));
                }
                if let Some(r) = request
                    && !c.requests.iter().any(|x| &x.id == r)
                {
                    return Err(unknown("evidence request", r));
                }
                self.cited_evidence(actor, evidence)?;
            }
            MonitorEvent::Assess {
                case,
                attributed_to,
                outcome,
                ..
            } => {
                let c = self.case_as(actor, case)?;
                if !matches!(actor, Actor::Member(x) if c.team.contains(&x.id)) {
                    return Err(forbidden(
                        actor,
                        "assess this case",
                        reason!("rule-team-members", "only members of the case's team may"),
                    ));
                }
                if mon.decided(c) {
                    return Err(refused(reason!(
                        "case-decided-assessments",
                        "case {case} is decided: its assessments are closed",
                        case = case
                    )));
                }
                if let Some(p) = attributed_to {
                    self.party(p, "attributed_to")?;
                }
                check_outcome(c, *outcome)?;
            }
            MonitorEvent::Propose {
                finding,
                case,
                outcome,
                party,
                category,
                commitments,
                ..
            } => {
                let m = self.mechanism()?;
                if self.mediator_member(actor).is_none() {
                    return Err(forbidden(
                        actor,
                        "propose a finding",
                        reason!("rule-mediator-members", "only the mediators' members may"),
                    ));
                }
                let c = mon.case(case)?;
                if mon.findings.contains_key(finding) {
                    return Err(duplicate("finding", finding));
                }
                if let Some(f) = &c.finding {
                    return Err(refused(reason!(
                        "case-has-finding",
                        "case {case} already has finding {f}",
                        case = case,
                        f = f
                    )));
                }
                check_outcome(c, *outcome)?;
                if let Some(p) = party {
                    self.party(p, "party")?;
                }
                if let Some(x) = category {
                    self.category(m, x)?;
                }
                for x in commitments {
                    if !m.commitments.iter().any(|c| &c.id == x) {
                        return Err(unknown("commitment", x));
                    }
                }
            }
            MonitorEvent::Vote { finding, .. } => {
                let f = mon.finding(finding)?;
                let c = self
                    .case_as(actor, &f.case)
                    .map_err(|_| unknown("finding", finding))?;
                let member = match actor {
                    Actor::Member(x) => x,
                    Actor::Registrar(_) => {
                        return Err(forbidden(
                            actor,
                            "vote on a finding",
                            reason!(
                                "rule-mediators-and-team",
                                "only the mediators and the case's team may"
                            ),
                        ));
                    }
                };
                if self.mediator_member(actor).is_none() && !c.team.contains(&member.id) {
                    return Err(forbidden(
                        actor,
                        "vote on a finding",
                        reason!(
                            "rule-mediators-and-team",
                            "only the mediators and the case's team may"
                        ),
                    ));
                }
                if f.votes.iter().any(|v| v.member == member.id) {
                    return Err(refused(reason!(
                        "finding-already-voted",
                        "member {member} has already voted on {finding}",
                        member = member.id,
                        finding = finding
                    )));
                }
                if f.effective.is_some() {
                    return Err(refused(reason!(
                        "finding-in-effect",
                        "finding {finding} has already taken effect",
                        finding = finding
                    )));
                }
            }
            MonitorEvent::Publish { finding, statement } => {
                let Some(member) = self.mediator_member(actor) else {
                    return Err(forbidden(
                        actor,
                        "publish a finding",
                        reason!(
                            "rule-publication-mediators",
                            "only a mediator participant's mediators may, each for its participant"
                        ),
                    ));
                };
                let f = mon.finding(finding)?;
                if f.effective.is_none() {
                    return Err(self.not_in_effect(finding));
                }
                if f.published.is_some() {
                    return Err(refused(reason!(
                        "finding-published",
                        "finding {finding} is already published",
                        finding = finding
                    )));
                }
                if let Some(s) = f
                    .publishers
                    .iter()
                    .find(|s| s.participant == member.participant)
                {
                    return Err(refused(reason!(
                        "finding-already-signed",
                        "{participant} has already signed the publication of finding {finding} (entry {at})",
                        participant = member.participant,
                        finding = finding,
                        at = s.index
                    )));
                }
                if let Some((at, proposed)) = &f.statement
                    && proposed != statement
                {
                    return Err(refused(reason!(
                        "finding-statement-differs",
                        "the statement differs from the one proposed at entry {at}: each mediator signs the same text",
                        at = at
                    )));
                }
            }
            MonitorEvent::Impose {
                penalty,
                finding,
                rule,
                ..
            } => {
                let m = self.mechanism()?;
                if !self.is_mediator(actor) {
                    return Err(forbidden(
                        actor,
                        "impose a penalty",
                        reason!(
                            "rule-commission",
                            "only the mediators, as the commission, may"
                        ),
                    ));
                }
                if mon.penalties.contains_key(penalty) {
                    return Err(duplicate("penalty", penalty));
                }
                let f = mon.finding(finding)?;
                if f.effective.is_none() {
                    return Err(self.not_in_effect(finding));
                }
                if f.outcome != Outcome::Confirmed {
                    return Err(refused(reason!(
                        "penalty-not-confirmed",
                        "finding {finding} is {outcome}: only a confirmed violation is penalised",
                        finding = finding,
                        outcome = f.outcome
                    )));
                }
                if let Some(p) = mon.penalties.values().find(|p| &p.finding == finding) {
                    return Err(refused(reason!(
                        "penalty-exists",
                        "finding {finding} already has penalty {penalty}",
                        finding = finding,
                        penalty = p.id
                    )));
                }
                match mon.prescribed(m, f) {
                    Some((r, n)) if &r.id == rule => {
                        let _ = n;
                    }
                    Some((r, n)) => {
                        return Err(refused(reason!(
                            "penalty-wrong-rule",
                            "penalty {rule:?} is not in the schedule for this finding: violation {n} of its kind in the window calls for rule {prescribed} ({kind})",
                            rule = rule,
                            n = n,
                            prescribed = r.id,
                            kind = r.penalty
                        )));
                    }
                    None => {
                        return Err(refused(reason!(
                            "penalty-not-prescribed",
                            "penalty {rule:?} is not in the schedule: the schedule prescribes no penalty for this finding",
                            rule = rule
                        )));
                    }
                }
            }
            MonitorEvent::Appeal { penalty, .. } => {
                let m = self.mechanism()?;
                // A penalty the actor may not see does not exist for it.
                let p = mon
                    .penalty(penalty)
                    .ok()
                    .filter(|p| {
                        self.viewer_of_actor(actor)
                            .is_some_and(|v| self.can_see_penalty(&v, p))
                    })
                    .ok_or_else(|| unknown("penalty", penalty))?;
                if self.party_of(actor).map(|x| x.participant.as_str()) != Some(p.party.as_str()) {
                    return Err(forbidden(
                        actor,
                        "appeal this penalty",
                        reason!("rule-penalised-party", "only the penalised party may"),
                    ));
                }
                if p.appeal.is_some() {
                    return Err(refused(reason!(
                        "appeal-already",
                        "penalty {penalty} has already been appealed: one appeal only",
                        penalty = penalty
                    )));
                }
                if p.lifted.is_some() {
                    return Err(refused(reason!(
                        "appeal-penalty-lifted",
                        "penalty {penalty} was lifted",
                        penalty = penalty
                    )));
                }
                let limit = p.imposed_unix + i64::from(m.appeal_days) * 86_400;
                if now > limit {
                    return Err(refused(reason!(
                        "appeal-period-ended",
                        "the appeal period ended at {end}: {days} days from imposition at {imposed}",
                        end = crate::export::utc_from_unix(limit.max(0) as u64),
                        days = m.appeal_days,
                        imposed = p.at
                    )));
                }
            }
            MonitorEvent::Decide { penalty, .. } => {
                let m = self.mechanism()?;
                let p = mon.penalty(penalty)?;
                let body_member = self.mediator_member(actor).is_some_and(|x| {
                    m.appeal_body.is_empty() || m.appeal_body.contains(&x.participant)
                });
                if !body_member {
                    return Err(forbidden(
                        actor,
                        "decide an appeal",
                        reason!("rule-appeal-body", "only the agreement's appeal body may"),
                    ));
                }
                match &p.appeal {
                    None => {
                        return Err(refused(reason!(
                            "appeal-none",
                            "penalty {penalty} has not been appealed",
                            penalty = penalty
                        )));
                    }
                    Some(a) if a.decision.is_some() => {
                        return Err(refused(reason!(
                            "appeal-decided",
                            "the appeal of {penalty} is already decided",
                            penalty = penalty
                        )));
                    }
                    Some(_) => {}
                }
            }
            MonitorEvent::Serve { penalty, .. } | MonitorEvent::Lift { penalty, .. } => {
                if !self.is_mediator(actor) {
                    return Err(forbidden(
                        actor,
                        "serve or lift a penalty",
                        reason!("rule-mediators", "only the mediators may"),
                    ));
                }
                let p = mon.penalty(penalty)?;
                let status = p.status();
                let serving = matches!(act.event, MonitorEvent::Serve { .. });
                let ok = if serving {
                    status == "imposed"
                } else {
                    !matches!(status, "lifted" | "overturned")
                };
                if !ok {
                    return Err(refused(if serving {
                        reason!(
                            "penalty-cannot-serve",
                            "penalty {penalty} is {status}: it cannot be served",
                            penalty = penalty,
                            status = status
                        )
                    } else {
                        reason!(
                            "penalty-cannot-lift",
                            "penalty {penalty} is {status}: it cannot be lifted",
                            penalty = penalty,
                            status = status
                        )
                    }));
                }
            }
        }
        Ok(())
    }

    fn not_in_effect(&self, finding: &str) -> DomainError {
        refused(reason!(
            "finding-not-in-effect",
            "finding {finding} has not taken effect: it lacks the quorum of {quorum} concurring mediators",
            finding = finding,
            quorum = self.finding_quorum()
        ))
    }

    /// Mediator participants whose concurrence makes a finding take effect.
    pub fn finding_quorum(&self) -> u32 {
        match self.monitor.mechanism.as_deref() {
            Some(m) if m.finding_quorum > 0 => m.finding_quorum,
            _ => self.mediators().count().max(1) as u32,
        }
    }

    pub(crate) fn apply_monitor(&mut self, act: &Act<'_>, monitor_act: MonitorAct) {
        let index = act.index;
        let Ok(actor) = self.actor(act) else { return };
        let (member, participant) = Self::actor_ids(&actor);
        let channel = channel_of(self, &actor);
        let quorum = self.finding_quorum();
        let mediator_participant = self.mediator_member(&actor).map(|m| m.participant.clone());
        let (at, at_unix) = self.act_time(&monitor_act);
        let MonitorAct { event, .. } = monitor_act;
        let mon = &mut self.monitor;
        match event {
            MonitorEvent::Configure(mut m) => {
                m.index = index;
                mon.mechanism = Some(Arc::new(*m));
            }
            MonitorEvent::Report {
                incident: mut i,
                public,
            } => {
                i.index = index;
                i.reported_unix = at_unix;
                i.reporter_member = member;
                i.reporter_participant = participant;
                i.channel = if public { Channel::Public } else { channel };
                mon.add_incident(*i);
            }
            MonitorEvent::Import {
                batch,
                content,
                rows,
                incidents,
            } => {
                for mut i in incidents.map(|v| (*v).clone()).unwrap_or_default() {
                    i.index = index;
                    i.reported_unix = at_unix;
                    i.reporter_member = member.clone();
                    i.reporter_participant = participant.clone();
                    i.batch = Some(batch.clone());
                    mon.add_incident(i);
                }
                mon.imports.push(ImportBatch {
                    batch,
                    content,
                    rows,
                    index,
                    by: member,
                });
            }
            MonitorEvent::Merge {
                into,
                merged,
                reason,
            } => {
                for x in &merged {
                    if let Some(&n) = mon.incident_ix.get(x) {
                        mon.incidents[n].merged_into = Some(into.clone());
                    }
                }
                mon.merges.push(Merge {
                    into,
                    merged,
                    reason,
                    index,
                    by: member,
                });
            }
            MonitorEvent::Evidence {
                content,
                media_type,
                size,
                name,
                incident,
                case,
                ..
            } => {
                mon.evidence.insert(
                    content.clone(),
                    Evidence {
                        content,
                        media_type,
                        size,
                        name,
                        submitter_participant: participant.clone(),
                        holder: participant.clone(),
                        incident,
                        case,
                        custody: vec![Custody {
                            index,
                            at,
                            member,
                            participant,
                            event: "submitted",
                            note: String::new(),
                        }],
                    },
                );
            }
            MonitorEvent::Access { content, purpose } => {
                if let Some(e) = mon.evidence.get_mut(&content) {
                    e.custody.push(Custody {
                        index,
                        at,
                        member,
                        participant,
                        event: "accessed",
                        note: purpose,
                    });
                }
            }
            MonitorEvent::Transfer { content, to, note } => {
                if let Some(e) = mon.evidence.get_mut(&content) {
                    e.custody.push(Custody {
                        index,
                        at,
                        member,
                        participant,
                        event: "transferred",
                        note: format!("to {to}: {note}"),
                    });
                    e.holder = to;
                }
            }
            MonitorEvent::Action {
                action,
                commitment,
                summary,
                evidence,
            } => {
                mon.actions.insert(
                    action.clone(),
                    ActionReport {
                        id: action,
                        commitment,
                        party: participant,
                        member,
                        summary,
                        evidence,
                        index,
                        at,
                    },
                );
            }
            MonitorEvent::CaseOpen {
                case,
                incidents,
                action,
                accused,
                team,
                reply_hours,
            } => {
                let hours = reply_hours
                    .or(mon.mechanism.as_ref().map(|m| m.reply_hours))
                    .unwrap_or(72);
                let accused = accused.or_else(|| {
                    action
                        .as_ref()
                        .and_then(|a| mon.actions.get(a))
                        .map(|a| a.party.clone())
                });
                mon.cases.insert(
                    case.clone(),
                    Case {
                        id: case,
                        incidents,
                        action,
                        accused,
                        team,
                        opened_by: member,
                        index,
                        reply_due: crate::export::utc_from_unix(
                            (at_unix + i64::from(hours) * 3600).max(0) as u64,
                        ),
                        at,
                        requests: vec![],
                        replies: vec![],
                        assessments: vec![],
                        finding: None,
                    },
                );
            }
            MonitorEvent::Request {
                case,
                request,
                from,
                what,
                due,
            } => {
                if let Some(c) = mon.cases.get_mut(&case) {
                    c.requests.push(EvidenceRequest {
                        id: request,
                        from,
                        what,
                        due,
                        index,
                        by: member,
                    });
                }
            }
            MonitorEvent::Reply {
                case,
                statement,
                evidence,
                request,
            } => {
                if let Some(c) = mon.cases.get_mut(&case) {
                    let due = request
                        .as_ref()
                        .and_then(|r| c.requests.iter().find(|x| &x.id == r))
                        .map_or(c.reply_due.as_str(), |r| r.due.as_str());
                    let late = crate::export::unix_from_utc(due).is_some_and(|d| at_unix > d);
                    c.replies.push(Reply {
                        party: participant,
                        member,
                        statement,
                        evidence,
                        request,
                        index,
                        at,
                        late,
                    });
                }
            }
            MonitorEvent::Assess {
                case,
                happened,
                responsible,
                attributed_to,
                outcome,
                note,
            } => {
                if let Some(c) = mon.cases.get_mut(&case) {
                    c.assessments.push(Assessment {
                        member,
                        participant,
                        happened,
                        responsible,
                        attributed_to,
                        outcome,
                        note,
                        index,
                        at,
                    });
                }
            }
            MonitorEvent::Propose {
                finding,
                case,
                outcome,
                party,
                category,
                severity,
                commitments,
                summary,
            } => {
                let incident_unix = mon
                    .cases
                    .get(&case)
                    .map(|c| {
                        c.incidents
                            .iter()
                            .filter_map(|i| mon.incident(i))
                            .map(|i| i.occurred_unix)
                            .max()
                            .or_else(|| {
                                c.action
                                    .as_ref()
                                    .and_then(|a| mon.actions.get(a))
                                    .and_then(|a| crate::export::unix_from_utc(&a.at))
                            })
                            .unwrap_or(at_unix)
                    })
                    .unwrap_or(at_unix);
                let commitments = if commitments.is_empty() {
                    // An action case verifies its action's commitment.
                    mon.cases
                        .get(&case)
                        .and_then(|c| c.action.as_ref())
                        .and_then(|a| mon.actions.get(a))
                        .map(|a| vec![a.commitment.clone()])
                        .unwrap_or_default()
                } else {
                    commitments
                };
                let mut f = Finding {
                    id: finding.clone(),
                    case: case.clone(),
                    outcome,
                    party,
                    category,
                    severity,
                    commitments,
                    summary,
                    proposed_by: member.clone(),
                    index,
                    at: at.clone(),
                    votes: vec![Vote {
                        member,
                        participant,
                        mediator: true,
                        concur: true,
                        reason: None,
                        index,
                        at,
                    }],
                    effective: None,
                    published: None,
                    publishers: Vec::new(),
                    statement: None,
                    published_unix: None,
                    incident_unix,
                };
                if concurring(&f) >= quorum as usize {
                    f.effective = Some((index, at_unix));
                }
                mon.findings.insert(finding.clone(), f);
                if let Some(c) = mon.cases.get_mut(&case) {
                    c.finding = Some(finding);
                }
            }
            MonitorEvent::Vote {
                finding,
                concur,
                reason,
            } => {
                if let Some(f) = mon.findings.get_mut(&finding) {
                    f.votes.push(Vote {
                        member,
                        mediator: mediator_participant.is_some(),
                        participant: mediator_participant.unwrap_or(participant),
                        concur,
                        reason,
                        index,
                        at,
                    });
                    if f.effective.is_none() && concurring(f) >= quorum as usize {
                        f.effective = Some((index, at_unix));
                    }
                }
            }
            MonitorEvent::Publish { finding, statement } => {
                if let Some(f) = mon.findings.get_mut(&finding) {
                    f.publishers.push(crate::publication::Signer {
                        member,
                        participant: mediator_participant.unwrap_or(participant),
                        index,
                    });
                    f.statement.get_or_insert((index, statement.clone()));
                    if f.published.is_none() && f.publishers.len() >= quorum as usize {
                        f.published = Some((index, statement));
                        f.published_unix = Some(at_unix);
                    }
                }
            }
            MonitorEvent::Impose {
                penalty,
                finding,
                rule,
                detail,
            } => {
                let Some(m) = mon.mechanism.clone() else {
                    return;
                };
                let Some(f) = mon.findings.get(&finding) else {
                    return;
                };
                let Some((r, count)) = mon.prescribed(&m, f) else {
                    return;
                };
                let p = Penalty {
                    id: penalty.clone(),
                    finding,
                    party: f.party.clone().unwrap_or_default(),
                    rule,
                    kind: r.penalty,
                    detail: detail.unwrap_or_else(|| r.detail.clone()),
                    count,
                    index,
                    at,
                    imposed_unix: at_unix,
                    appeal: None,
                    served: None,
                    lifted: None,
                };
                mon.penalties.insert(penalty, p);
            }
            MonitorEvent::Appeal { penalty, grounds } => {
                if let Some(p) = mon.penalties.get_mut(&penalty) {
                    p.appeal = Some(Appeal {
                        grounds,
                        member,
                        index,
                        at,
                        decision: None,
                    });
                }
            }
            MonitorEvent::Decide {
                penalty,
                decision,
                reason,
            } => {
                if let Some(a) = mon
                    .penalties
                    .get_mut(&penalty)
                    .and_then(|p| p.appeal.as_mut())
                {
                    a.decision = Some((decision, reason, member, index));
                }
            }
            MonitorEvent::Serve { penalty, note } => {
                if let Some(p) = mon.penalties.get_mut(&penalty) {
                    p.served = Some((index, note));
                }
            }
            MonitorEvent::Lift { penalty, reason } => {
                if let Some(p) = mon.penalties.get_mut(&penalty) {
                    p.lifted = Some((index, reason));
                }
            }
        }
    }
}

/// Distinct mediator participants concurring.
/// Mediator participants concurring (a party's vote never counts).
fn concurring(f: &Finding) -> usize {
    let mut ps: Vec<&str> = f
        .votes
        .iter()
        .filter(|v| v.concur && v.mediator)
        .map(|v| v.participant.as_str())
        .collect();
    ps.sort_unstable();
    ps.dedup();
    ps.len()
}

fn check_outcome(c: &Case, outcome: Outcome) -> Result<(), DomainError> {
    let action_outcome = matches!(outcome, Outcome::Verified | Outcome::NotVerified);
    let incident_outcome = matches!(
        outcome,
        Outcome::Confirmed | Outcome::NotConfirmed | Outcome::NoViolation
    );
    if c.action.is_some() && incident_outcome {
        return Err(refused(reason!(
            "case-outcome-action",
            "case {case} verifies an action report: its outcome is verified, not_verified or inconclusive",
            case = c.id
        )));
    }
    if c.action.is_none() && action_outcome {
        return Err(refused(reason!(
            "case-outcome-incident",
            "case {case} concerns incidents: its outcome is confirmed, not_confirmed, no_violation or inconclusive",
            case = c.id
        )));
    }
    Ok(())
}

/// The channel an actor's reports come through.
fn channel_of(state: &ProcessState, actor: &Actor<'_>) -> Channel {
    match actor {
        Actor::Registrar(_) => Channel::Mediator,
        Actor::Member(m) => match state.participant_kind(&m.participant) {
            Some(ParticipantKind::Party) => Channel::Party,
            Some(ParticipantKind::Mediator) => Channel::Mediator,
            Some(ParticipantKind::Monitor) => Channel::Monitor,
            _ => Channel::Public,
        },
    }
}

impl MonitorState {
    fn add_incident(&mut self, i: Incident) {
        let n = self.incidents.len();
        self.index
            .insert(n as u32, i.lon_e6, i.lat_e6, i.occurred_unix);
        self.incident_ix.insert(i.id.clone(), n);
        self.incidents.push(i);
    }
}
