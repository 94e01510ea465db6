//! Truce's domain: the event kinds that carry the process itself, and the
//! pure fold of process state over ledger entries.
//!
//! This first slice knows rounds (scheduled → in session → stalled →
//! suspended → resumed → concluded) and communiqués. Events are parsed from
//! the ledger entry's kind and JSON body; the wire shapes are private, the
//! domain types are plain Rust. Kinds this crate does not know (including the
//! ledger's own `genesis` and `key.*`) pass through untouched.

use serde::Deserialize;
use std::collections::BTreeMap;
use thiserror::Error;

pub const ROUND_SCHEDULED: &str = "round.scheduled";
pub const ROUND_TRANSITION: &str = "round.transition";
pub const COMMUNIQUE: &str = "communique";

#[derive(Debug, Error, PartialEq, Eq)]
pub enum DomainError {
    #[error("invalid {kind} body: {reason}")]
    Body { kind: String, reason: String },
    #[error("round {0:?} is already scheduled")]
    DuplicateRound(String),
    #[error("unknown round {0:?}")]
    UnknownRound(String),
    #[error("round {round:?} cannot move from {from} to {to}")]
    Transition {
        round: String,
        from: RoundState,
        to: RoundState,
    },
    #[error("a {0} needs a stated reason")]
    ReasonRequired(RoundState),
}

/// Where a round stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundState {
    Scheduled,
    InSession,
    Stalled,
    Suspended,
    Resumed,
    Concluded,
}

impl std::fmt::Display for RoundState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Scheduled => "scheduled",
            Self::InSession => "in_session",
            Self::Stalled => "stalled",
            Self::Suspended => "suspended",
            Self::Resumed => "resumed",
            Self::Concluded => "concluded",
        })
    }
}

impl RoundState {
    /// The round state machine.
    pub fn can_move_to(self, to: Self) -> bool {
        use RoundState::*;
        matches!(
            (self, to),
            (Scheduled, InSession)
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoundScheduledWire {
    round: String,
    title: String,
    place: String,
    starts: String,
    ends: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoundTransitionWire {
    round: String,
    to: RoundState,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    outcome: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommuniqueWire {
    title: String,
    text: String,
}

/// A domain event carried by a ledger entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
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
    },
    Communique {
        title: String,
        text: String,
    },
}

fn body<'a, T: Deserialize<'a>>(kind: &str, json: &'a str) -> Result<T, DomainError> {
    serde_json::from_str(json).map_err(|e| DomainError::Body {
        kind: kind.to_owned(),
        reason: e.to_string(),
    })
}

/// Parse the domain event of an entry; `Ok(None)` for kinds the domain does not own.
pub fn parse_event(kind: &str, json: &str) -> Result<Option<Event>, DomainError> {
    Ok(Some(match kind {
        ROUND_SCHEDULED => {
            let w: RoundScheduledWire = body(kind, json)?;
            if w.round.trim().is_empty() {
                return Err(DomainError::Body {
                    kind: kind.into(),
                    reason: "empty round id".into(),
                });
            }
            Event::RoundScheduled {
                round: w.round,
                title: w.title,
                place: w.place,
                starts: w.starts,
                ends: w.ends,
            }
        }
        ROUND_TRANSITION => {
            let w: RoundTransitionWire = body(kind, json)?;
            Event::RoundTransition {
                round: w.round,
                to: w.to,
                reason: w.reason,
                outcome: w.outcome,
            }
        }
        COMMUNIQUE => {
            let w: CommuniqueWire = body(kind, json)?;
            Event::Communique {
                title: w.title,
                text: w.text,
            }
        }
        _ => return Ok(None),
    }))
}

/// A round and its history of (entry index, state).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub id: String,
    pub title: String,
    pub place: String,
    pub starts: String,
    pub ends: String,
    pub state: RoundState,
    pub history: Vec<(u64, RoundState, Option<String>)>,
}

/// The process state folded from the ledger.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProcessState {
    pub rounds: BTreeMap<String, Round>,
    pub communiques: Vec<(u64, String)>,
}

impl ProcessState {
    /// Check that `event` may follow the current state.
    pub fn check(&self, event: &Event) -> Result<(), DomainError> {
        match event {
            Event::RoundScheduled { round, .. } => {
                if self.rounds.contains_key(round) {
                    return Err(DomainError::DuplicateRound(round.clone()));
                }
            }
            Event::RoundTransition {
                round, to, reason, ..
            } => {
                let r = self
                    .rounds
                    .get(round)
                    .ok_or_else(|| DomainError::UnknownRound(round.clone()))?;
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
            }
            Event::Communique { .. } => {}
        }
        Ok(())
    }

    /// Fold a checked event at ledger `index`.
    pub fn apply(&mut self, index: u64, event: Event) {
        match event {
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
                        history: vec![(index, RoundState::Scheduled, None)],
                    },
                );
            }
            Event::RoundTransition {
                round,
                to,
                reason,
                outcome,
            } => {
                if let Some(r) = self.rounds.get_mut(&round) {
                    r.state = to;
                    r.history.push((index, to, reason.or(outcome)));
                }
            }
            Event::Communique { title, .. } => self.communiques.push((index, title)),
        }
    }

    /// Check and fold one entry; unknown kinds pass through.
    pub fn step(&mut self, index: u64, kind: &str, json: &str) -> Result<(), DomainError> {
        if let Some(event) = parse_event(kind, json)? {
            self.check(&event)?;
            self.apply(index, event);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_follow_the_state_machine() {
        let mut s = ProcessState::default();
        s.step(1, ROUND_SCHEDULED, r#"{"round":"istanbul-1","title":"Istanbul","place":"Istanbul","starts":"2025-10-25","ends":"2025-10-30"}"#).unwrap();
        assert!(matches!(
            s.step(
                2,
                ROUND_TRANSITION,
                r#"{"round":"istanbul-1","to":"concluded"}"#
            ),
            Err(DomainError::Transition { .. })
        ));
        s.step(
            2,
            ROUND_TRANSITION,
            r#"{"round":"istanbul-1","to":"in_session"}"#,
        )
        .unwrap();
        assert_eq!(
            s.step(
                3,
                ROUND_TRANSITION,
                r#"{"round":"istanbul-1","to":"suspended"}"#
            ),
            Err(DomainError::ReasonRequired(RoundState::Suspended))
        );
        s.step(
            3,
            ROUND_TRANSITION,
            r#"{"round":"istanbul-1","to":"suspended","reason":"delegation left"}"#,
        )
        .unwrap();
        s.step(
            4,
            ROUND_TRANSITION,
            r#"{"round":"istanbul-1","to":"resumed"}"#,
        )
        .unwrap();
        s.step(
            5,
            ROUND_TRANSITION,
            r#"{"round":"istanbul-1","to":"concluded","outcome":"interim agreement"}"#,
        )
        .unwrap();
        assert_eq!(s.rounds["istanbul-1"].history.len(), 5);
        assert!(s.step(6, "note", "{}").is_ok());
    }
}
