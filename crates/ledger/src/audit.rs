//! The offline audit as a pure fold: feed every entry in log order and it
//! checks rights and sequence numbers, recomputes the tree head, and hands
//! back signature checks that the caller may run in parallel. The first
//! failing index wins.

use crate::authority::{Admission, Authority};
use crate::entry::{Entry, EntryError};
use crate::merkle::{Hash, RootBuilder, leaf_hash};
use crate::note::VerifierKey;
use std::fmt;

/// The first thing wrong with a log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditFailure {
    pub index: u64,
    pub reason: String,
}

impl fmt::Display for AuditFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "entry {}: {}", self.index, self.reason)
    }
}

impl std::error::Error for AuditFailure {}

/// Replays a log from its genesis.
#[derive(Debug)]
pub struct Auditor {
    authority: Authority,
    roots: RootBuilder,
}

impl Auditor {
    pub fn new(log_key: VerifierKey) -> Self {
        Self {
            authority: Authority::new(log_key),
            roots: RootBuilder::new(),
        }
    }

    pub fn size(&self) -> u64 {
        self.roots.size()
    }
    pub fn root(&self) -> Hash {
        self.roots.root()
    }
    pub fn authority(&self) -> &Authority {
        &self.authority
    }

    /// Check the next entry's form, rights and sequence number, and fold it
    /// in. The returned admission's signature still has to be verified.
    pub fn admit(&mut self, bytes: &[u8]) -> Result<Admission, AuditFailure> {
        let index = self.roots.size();
        let fail = |e: EntryError| AuditFailure {
            index,
            reason: e.to_string(),
        };
        let admission = self
            .authority
            .admit(Entry::parse(bytes).map_err(fail)?)
            .map_err(fail)?;
        self.authority.apply(&admission);
        self.roots.push(leaf_hash(bytes));
        Ok(admission)
    }
}

/// Verify one admission's signature, as an audit failure.
pub fn check_signature(a: &Admission) -> Result<(), AuditFailure> {
    a.verify_signature().map_err(|e| AuditFailure {
        index: a.index,
        reason: e.to_string(),
    })
}
