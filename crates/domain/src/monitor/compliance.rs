//! The compliance engine: each commitment's state at a point of the ledger
//! and a moment in time, and the entries that made it so.
//!
//! Only findings that took effect (reached the quorum) before the ledger
//! point count. In order of precedence a commitment is:
//! - `pending` before it starts (entry into force, or its own `from`) or
//!   while a commitment it depends on is not met;
//! - `breached` when an effective confirmed finding attributes a violation
//!   of a category that breaches it to its bearer, for an incident inside
//!   its temporal scope and not while it was suspended;
//! - `met` for an obligation once a verification case verified the
//!   bearer's action report, or for a prohibition whose period ended unbroken;
//! - `suspended` while its condition is unfulfilled (a confirmed violation
//!   of the condition's categories by the named party, for the condition's
//!   days or until further notice) or its reciprocal counterpart is breached;
//! - `overdue` for an obligation past its deadline;
//! - otherwise `in_force`.

use super::*;
use crate::ProcessState;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// The entry that made it so, if one did.
    pub index: Option<u64>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitmentStatus {
    pub id: String,
    pub clause: String,
    pub bearer: String,
    pub state: CommitmentState,
    pub reasons: Vec<Reason>,
}

/// A suspension: from, until (exclusive), and why.
type Suspension = (i64, i64, Reason);

fn why(index: Option<u64>, text: String) -> Reason {
    Reason { index, text }
}

fn day_end(date: &str) -> i64 {
    crate::export::unix_from_utc(date).map_or(i64::MAX, |t| t + 86_399)
}

fn time(t: i64) -> String {
    crate::export::utc_from_unix(t.max(0) as u64)
}

/// Effective findings in view: taken effect at an entry before `upto` and
/// no later than `now`.
fn in_view(f: &Finding, upto: u64, now: i64) -> bool {
    f.effective.is_some_and(|(i, t)| i < upto && t <= now)
}

/// Each commitment's state over the first `upto` entries, at time `now`, as
/// the commission knows it (every finding in effect).
pub fn evaluate(state: &ProcessState, upto: u64, now: i64) -> Vec<CommitmentStatus> {
    evaluate_as(state, &crate::access::Viewer::Secretariat, upto, now)
}

/// Each commitment's state as `viewer` may know it: only findings the
/// viewer may read count, so a state never betrays an unpublished finding
/// to a reader outside its case.
pub fn evaluate_as(
    state: &ProcessState,
    viewer: &crate::access::Viewer,
    upto: u64,
    now: i64,
) -> Vec<CommitmentStatus> {
    let mon = &state.monitor;
    let Some(m) = mon.mechanism.as_deref().filter(|m| m.index < upto) else {
        return vec![];
    };
    let findings: Vec<&Finding> = mon
        .findings
        .values()
        .filter(|f| in_view(f, upto, now) && state.can_see_finding(viewer, f))
        .collect();

    // Suspension intervals from each commitment's condition.
    let condition_suspensions = |c: &Commitment| -> Vec<Suspension> {
        let Some(k) = &c.condition else { return vec![] };
        findings
            .iter()
            .filter(|f| {
                f.outcome == Outcome::Confirmed
                    && f.party.as_ref() == Some(&k.by)
                    && f.category.as_ref().is_some_and(|x| k.categories.contains(x))
            })
            .map(|f| {
                let (i, t) = f.effective.unwrap_or_default();
                let end = k
                    .suspends_days
                    .map_or(i64::MAX, |d| t + i64::from(d) * 86_400);
                let until = if end == i64::MAX {
                    "until further notice".to_owned()
                } else {
                    format!("until {}", time(end))
                };
                (
                    t,
                    end,
                    why(
                        Some(i),
                        format!(
                            "suspended by its condition ({}): finding {} confirmed a {} attributed to {}, effective {} {until}",
                            k.text,
                            f.id,
                            f.category.as_deref().unwrap_or(""),
                            k.by,
                            time(t)
                        ),
                    ),
                )
            })
            .collect()
    };

    // First pass: breaches, with only the conditions' suspensions.
    let breaches = |c: &Commitment, suspended: &[Suspension]| {
        let start = m.force_unix.max(
            c.from
                .as_deref()
                .and_then(crate::export::unix_from_utc)
                .unwrap_or(i64::MIN),
        );
        let end = c.until.as_deref().map_or(i64::MAX, day_end);
        let mut out = Vec::new();
        let mut excused = Vec::new();
        for f in &findings {
            let relevant = f.outcome == Outcome::Confirmed
                && f.party.as_deref() == Some(c.bearer.as_str())
                && f.category
                    .as_ref()
                    .is_some_and(|x| c.breached_by.contains(x))
                && (f.commitments.is_empty() || f.commitments.contains(&c.id))
                && (start..=end).contains(&f.incident_unix);
            if !relevant {
                continue;
            }
            let (i, _) = f.effective.unwrap_or_default();
            if let Some((_, _, r)) = suspended
                .iter()
                .find(|(a, b, _)| (*a..*b).contains(&f.incident_unix))
            {
                excused.push(why(
                    Some(i),
                    format!(
                        "finding {} is not a breach: the commitment was suspended when it happened ({})",
                        f.id, r.text
                    ),
                ));
            } else {
                out.push(why(
                    Some(i),
                    format!(
                        "breached: finding {} confirmed a {} ({}) attributed to {} on {}",
                        f.id,
                        f.category.as_deref().unwrap_or(""),
                        f.severity.map(Severity::as_str).unwrap_or(""),
                        c.bearer,
                        time(f.incident_unix)
                    ),
                ));
            }
        }
        (out, excused)
    };

    let first: Vec<(Vec<Suspension>, Vec<Reason>)> = m
        .commitments
        .iter()
        .map(|c| {
            let s = condition_suspensions(c);
            let (b, _) = breaches(c, &s);
            (s, b)
        })
        .collect();

    let mut out: Vec<CommitmentStatus> = Vec::with_capacity(m.commitments.len());
    for (n, c) in m.commitments.iter().enumerate() {
        let mut suspended = first[n].0.clone();
        if let Some(x) = &c.reciprocal_of
            && let Some(k) = m.commitments.iter().position(|y| &y.id == x)
        {
            for b in &first[k].1 {
                let t = b
                    .index
                    .and_then(|i| {
                        findings
                            .iter()
                            .find(|f| f.effective.map(|e| e.0) == Some(i))
                    })
                    .and_then(|f| f.effective)
                    .map_or(i64::MIN, |e| e.1);
                suspended.push((
                    t,
                    i64::MAX,
                    why(
                        b.index,
                        format!(
                            "suspended by reciprocity: {x}, its counterpart, was {}",
                            b.text
                        ),
                    ),
                ));
            }
        }
        let (breach, excused) = breaches(c, &suspended);
        let mut reasons = vec![why(
            Some(m.index),
            format!(
                "{} of {} (clause {}), in force from {}",
                c.modality, c.bearer, c.clause, m.entry_into_force
            ),
        )];
        let start = m.force_unix.max(
            c.from
                .as_deref()
                .and_then(crate::export::unix_from_utc)
                .unwrap_or(i64::MIN),
        );
        let waiting: Vec<&str> = c
            .depends_on
            .iter()
            .filter(|d| {
                out.iter()
                    .find(|s| &s.id == *d)
                    .is_none_or(|s| s.state != CommitmentState::Met)
            })
            .map(String::as_str)
            .collect();
        let verified = findings
            .iter()
            .find(|f| f.outcome == Outcome::Verified && f.commitments.contains(&c.id));
        let due = match &c.due {
            Due::Continuing => None,
            Due::Date(d) => Some(day_end(d)),
            Due::DaysAfterForce(d) => Some(m.force_unix + i64::from(*d) * 86_400),
        };
        let ended = c.until.as_deref().is_some_and(|u| now > day_end(u));
        let active_suspension = suspended.iter().find(|(a, b, _)| (*a..*b).contains(&now));
        let state = if now < start {
            reasons.push(why(None, format!("pending: it starts {}", time(start))));
            CommitmentState::Pending
        } else if !breach.is_empty() {
            reasons.extend(breach);
            CommitmentState::Breached
        } else if !waiting.is_empty() {
            reasons.push(why(
                None,
                format!("pending: it depends on {}, not yet met", waiting.join(", ")),
            ));
            CommitmentState::Pending
        } else if let Some(f) = verified {
            reasons.push(why(
                f.effective.map(|e| e.0),
                format!("met: finding {} verified the action reported", f.id),
            ));
            CommitmentState::Met
        } else if ended && c.modality != Modality::Obligation {
            reasons.push(why(
                None,
                format!(
                    "met: its period ended on {} without a breach",
                    c.until.as_deref().unwrap_or("")
                ),
            ));
            CommitmentState::Met
        } else if let Some((_, _, r)) = active_suspension {
            reasons.push(r.clone());
            CommitmentState::Suspended
        } else if c.modality == Modality::Obligation && due.is_some_and(|d| now > d) {
            reasons.push(why(
                None,
                format!(
                    "overdue: due {} and no verified action report",
                    time(due.unwrap_or_default())
                ),
            ));
            CommitmentState::Overdue
        } else {
            for (_, _, r) in &suspended {
                reasons.push(why(
                    r.index,
                    format!("(an earlier suspension has ended) {}", r.text),
                ));
            }
            CommitmentState::InForce
        };
        reasons.extend(excused);
        out.push(CommitmentStatus {
            id: c.id.clone(),
            clause: c.clause.clone(),
            bearer: c.bearer.clone(),
            state,
            reasons,
        });
    }
    out
}
