//! The one fold of an entry: entry in, then admitted (with what it changes)
//! or refused with the rule that refuses it, then the next state out. The
//! sequencer, start-up replay, catch-up and `truce verify` all fold through
//! here, so a rule checked when an act is taken is the rule checked when
//! the log is audited.
//!
//! Pure: the entry arrives parsed, its sealed part opened against its
//! commitment and any document it is checked against attached (that is I/O,
//! done by the caller); the built-in data a rule consults (the boundaries
//! for the territory rule) is passed in as a [`World`].

use crate::monitor::{MonitorAct, MonitorEvent};
use crate::{Act, DomainError, Event, ProcessState, Reason, reason};
use truce_ledger::authority::{Admission, Authority};
use truce_ledger::entry::{Entry, EntryError};
use truce_ledger::note::VerifierKey;

/// Built-in data that rules consult.
pub trait World {
    /// Whether a mechanism's territories name countries that share a border.
    fn check_territories(&self, territories: &[(String, String)]) -> Result<(), Reason>;
}

/// A world with no data: every territory rule refuses, so a caller that
/// cannot consult the boundaries cannot admit a mechanism by mistake.
pub struct NoWorld;

impl World for NoWorld {
    fn check_territories(&self, _: &[(String, String)]) -> Result<(), Reason> {
        Err(reason!(
            "territories-no-world",
            "no boundaries to check them against"
        ))
    }
}

/// Why an entry was refused: the ledger's rules, the domain's, or the
/// territory rule. Its words are [`Refusal::reason`]'s.
#[derive(Debug)]
pub enum Refusal {
    Entry(EntryError),
    Domain(DomainError),
    /// The [`World`]'s words.
    Territories(Reason),
}

impl Refusal {
    /// What is wrong, in the catalogues' terms.
    pub fn reason(&self) -> Reason {
        match self {
            Refusal::Entry(e) => e.reason(),
            Refusal::Domain(e) => e.reason(),
            Refusal::Territories(why) => {
                reason!("territories-refused", "territories: {why}", why = why)
                    .nest("why", why.clone())
            }
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason().text)
    }
}

/// Its words are the whole of it: no source behind them, as the ledger's
/// and the domain's own errors have none.
impl std::error::Error for Refusal {}

impl From<EntryError> for Refusal {
    fn from(e: EntryError) -> Self {
        Refusal::Entry(e)
    }
}

impl From<DomainError> for Refusal {
    fn from(e: DomainError) -> Self {
        Refusal::Domain(e)
    }
}

/// How far an entry's signature is to be checked.
#[derive(Debug, Clone, Copy)]
pub enum Signature<'a> {
    /// Check it here.
    Check,
    /// Already checked, with this key (checked again if the ledger's key
    /// for the signer is another one).
    VerifiedWith(&'a VerifierKey),
    /// Checked elsewhere (a replay of the operator's own store at start,
    /// or an audit that verifies signatures in parallel).
    Trusted,
}

/// An entry every rule admits, ready to apply.
#[derive(Debug, Clone)]
pub struct Admitted {
    pub admission: Admission,
    /// Its domain event, if the domain owns its kind.
    pub event: Option<Event>,
    /// Whether its key may register keys (the founders).
    pub registrar: bool,
}

impl Admitted {
    /// The domain's view of who signed it.
    pub fn act(&self) -> Act<'_> {
        Act {
            index: self.admission.index,
            signer: &self.admission.entry.keyid,
            registrar: self.registrar,
        }
    }
}

/// Every rule for one entry, in log order, against the state as it stands:
/// the ledger's (rights, sequence number, signature), the domain's (this
/// member may do this act now), and the territory rule. Nothing changes.
pub fn check(
    authority: &Authority,
    state: &ProcessState,
    world: &dyn World,
    entry: Entry,
    event: Option<Event>,
    signature: Signature<'_>,
) -> Result<Admitted, Refusal> {
    let admission = authority.admit(entry)?;
    // A key enrolled by a founding invitation is a founder from its
    // enrolment on, the enrolment included.
    let registrar = authority
        .key(&admission.entry.keyid)
        .is_some_and(|r| r.may_register)
        || matches!(
            admission.effect,
            truce_ledger::authority::Effect::Enrol { founding: true, .. }
        );
    match signature {
        Signature::Check => admission.verify_signature()?,
        Signature::VerifiedWith(k) if *k != admission.signer => admission.verify_signature()?,
        Signature::VerifiedWith(_) | Signature::Trusted => {}
    }
    let admitted = Admitted {
        admission,
        event,
        registrar,
    };
    let act = admitted.act();
    state.check_signer(&act)?;
    if let Some(event) = &admitted.event {
        // The domain's rules first: only who may configure the mechanism
        // gets its territories checked against the boundaries.
        state.check(&act, event)?;
        if let Event::Monitor(MonitorAct {
            event: MonitorEvent::Configure(m),
            ..
        }) = event
        {
            world
                .check_territories(&m.territories)
                .map_err(Refusal::Territories)?;
        }
    }
    Ok(admitted)
}

/// Apply an admitted entry to the authority and the state.
pub fn apply(authority: &mut Authority, state: &mut ProcessState, admitted: &Admitted) {
    if let Some(event) = &admitted.event {
        state.apply(&admitted.act(), event.clone());
    }
    authority.apply(&admitted.admission);
}

/// [`check`], then [`apply`]: one entry folded into the state, or refused
/// with nothing changed.
pub fn step(
    authority: &mut Authority,
    state: &mut ProcessState,
    world: &dyn World,
    entry: Entry,
    event: Option<Event>,
    signature: Signature<'_>,
) -> Result<(), Refusal> {
    let admitted = check(authority, state, world, entry, event, signature)?;
    apply(authority, state, &admitted);
    Ok(())
}
