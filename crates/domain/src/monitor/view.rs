//! Who may read what of the mechanism, beside [`crate::access`] (which
//! delegates evidence here): the mediators, as the commission, read
//! everything; a party reads its own reports, the cases concerning it (as
//! accused, reporter or bearer of the action) with their findings and
//! penalties, and whatever the commission published; a member on a case's
//! team reads that case; the public reads only what was published.

use super::*;
use crate::ProcessState;
use crate::access::Viewer;
use std::collections::{HashMap, HashSet};

/// One reader's view of the incidents, prepared once per request so a map
/// query over a million incidents asks a hash set, not every case.
#[derive(Debug)]
pub struct IncidentView<'s> {
    all: bool,
    participant: Option<&'s str>,
    via_cases: HashSet<&'s str>,
}

impl IncidentView<'_> {
    pub fn sees(&self, i: &Incident) -> bool {
        self.all
            || self.participant == Some(i.reporter_participant.as_str())
            || self.via_cases.contains(i.id.as_str())
    }
}

impl ProcessState {
    fn member_of(viewer: &Viewer) -> Option<&str> {
        match viewer {
            Viewer::Member { member, .. } => Some(member),
            _ => None,
        }
    }

    fn published(&self, case: &Case) -> bool {
        case.finding
            .as_ref()
            .and_then(|f| self.monitor.findings.get(f))
            .is_some_and(|f| f.published.is_some())
    }

    pub fn can_see_case(&self, viewer: &Viewer, case: &Case) -> bool {
        if viewer.is_mediator() || self.published(case) {
            return true;
        }
        let on_team = Self::member_of(viewer).is_some_and(|m| case.team.iter().any(|t| t == m));
        on_team
            || viewer
                .participant()
                .is_some_and(|p| self.monitor.case_concerns(case, p))
    }

    pub fn can_see_finding(&self, viewer: &Viewer, f: &Finding) -> bool {
        f.published.is_some()
            || self
                .monitor
                .cases
                .get(&f.case)
                .is_some_and(|c| self.can_see_case(viewer, c))
    }

    pub fn can_see_penalty(&self, viewer: &Viewer, p: &Penalty) -> bool {
        viewer.participant() == Some(p.party.as_str())
            || self
                .monitor
                .findings
                .get(&p.finding)
                .is_some_and(|f| self.can_see_finding(viewer, f))
    }

    pub fn can_see_action(&self, viewer: &Viewer, a: &ActionReport) -> bool {
        viewer.is_mediator()
            || viewer.participant() == Some(a.party.as_str())
            || self
                .monitor
                .cases
                .values()
                .any(|c| c.action.as_ref() == Some(&a.id) && self.can_see_case(viewer, c))
    }

    /// The mechanism's terms: every member (the agreement is theirs).
    pub fn can_see_mechanism(&self, viewer: &Viewer) -> bool {
        viewer.is_signed_in()
    }

    pub fn incident_view<'s>(&'s self, viewer: &'s Viewer) -> IncidentView<'s> {
        let all = viewer.is_mediator();
        let mut via_cases = HashSet::new();
        if !all {
            for c in self.monitor.cases.values() {
                if self.can_see_case(viewer, c) {
                    via_cases.extend(c.incidents.iter().map(String::as_str));
                }
            }
            // A merge shows every original report with the one it joined.
            for m in &self.monitor.merges {
                if via_cases.contains(m.into.as_str()) {
                    via_cases.extend(m.merged.iter().map(String::as_str));
                }
            }
        }
        IncidentView {
            all,
            participant: viewer.participant(),
            via_cases,
        }
    }

    /// Where each incident stands in verification, as `viewer` may know it:
    /// only cases the viewer may see count. Incidents in no such case are
    /// `reported` (absent from the map); merged ones are `merged`.
    pub fn incident_statuses(&self, viewer: &Viewer) -> HashMap<&str, IncidentStatus> {
        let mut out = HashMap::new();
        for c in self.monitor.cases.values() {
            if !self.can_see_case(viewer, c) {
                continue;
            }
            let finding = c
                .finding
                .as_ref()
                .and_then(|f| self.monitor.findings.get(f))
                .filter(|f| f.effective.is_some() && self.can_see_finding(viewer, f));
            let status = match finding.map(|f| f.outcome) {
                Some(Outcome::Confirmed) => IncidentStatus::Confirmed,
                Some(_) => IncidentStatus::NotConfirmed,
                None => IncidentStatus::UnderVerification,
            };
            for i in &c.incidents {
                out.insert(i.as_str(), status);
            }
        }
        for i in &self.monitor.incidents {
            if i.merged_into.is_some() {
                out.insert(i.id.as_str(), IncidentStatus::Merged);
            }
        }
        out
    }

    /// Pairs of visible, unmerged reports likely to describe one incident:
    /// the same category, within `km` and `hours` of each other.
    pub fn duplicate_candidates(
        &self,
        km: f64,
        hours: i64,
        limit: usize,
    ) -> Vec<(&Incident, &Incident, f64)> {
        let mut live: Vec<&Incident> = self
            .monitor
            .incidents
            .iter()
            .filter(|i| i.merged_into.is_none())
            .collect();
        live.sort_by_key(|i| i.occurred_unix);
        let window = hours * 3600;
        let mut out = Vec::new();
        for (n, a) in live.iter().enumerate() {
            for b in &live[n + 1..] {
                if b.occurred_unix - a.occurred_unix > window {
                    break;
                }
                if a.category != b.category {
                    continue;
                }
                let d = distance_km(a, b);
                if d <= km {
                    out.push((*a, *b, d));
                    if out.len() >= limit {
                        return out;
                    }
                }
            }
        }
        out
    }
}

/// Great-circle distance between two incidents (haversine).
pub fn distance_km(a: &Incident, b: &Incident) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.lat().to_radians(),
        a.lon().to_radians(),
        b.lat().to_radians(),
        b.lon().to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0088 * h.sqrt().asin()
}
