//! The server's clock: the time the sequencer writes into the log as
//! `log.time` and a witness puts on its cosignatures.
//!
//! It is the system clock, except for a simulated clock that a caller moves
//! by hand (the demo replays October 2025 on one shared by its sequencer and
//! its witnesses, then hands both back to the system clock). A simulated
//! clock never moves backwards, so the log's time stays monotonic.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Shared: clones read and move the same clock.
#[derive(Debug, Clone, Default)]
pub struct Clock(Arc<AtomicU64>);

/// The stored value that means "the system clock".
const SYSTEM: u64 = 0;

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self::default()
    }

    /// A clock that stands at `unix` until moved.
    pub fn simulated(unix: u64) -> Self {
        Self(Arc::new(AtomicU64::new(unix.max(1))))
    }

    /// Whether the clock is moved by hand.
    pub fn is_simulated(&self) -> bool {
        self.0.load(Ordering::Acquire) != SYSTEM
    }

    /// Unix seconds now.
    pub fn now(&self) -> u64 {
        match self.0.load(Ordering::Acquire) {
            SYSTEM => system_now(),
            t => t,
        }
    }

    /// Move a simulated clock forward to `unix` (never backwards).
    pub fn advance_to(&self, unix: u64) {
        let _ = self
            .0
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| {
                (t != SYSTEM && unix > t).then_some(unix)
            });
    }

    /// From now on, the system clock (if it is not behind the simulation).
    pub fn to_system(&self) {
        let _ = self
            .0
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| {
                (t != SYSTEM && system_now() >= t).then_some(SYSTEM)
            });
    }
}

/// The system's unix seconds now (for what is not the log's clock).
pub fn system_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_simulated_clock_moves_forward_only_then_hands_over() {
        let c = Clock::simulated(1_000);
        let shared = c.clone();
        assert_eq!(c.now(), 1_000);
        shared.advance_to(2_000);
        assert_eq!(c.now(), 2_000);
        shared.advance_to(1_500);
        assert_eq!(c.now(), 2_000);
        c.to_system();
        assert!(shared.now() > 1_700_000_000);
        // The system clock is not moved by hand.
        shared.advance_to(4_000_000_000);
        assert!(shared.now() < 4_000_000_000);
    }
}
