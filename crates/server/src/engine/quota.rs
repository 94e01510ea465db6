//! Quotas: how many entries and how many blob bytes one participant (all
//! its keys together; a key of no participant on its own) may add over
//! time, and how many diffs one key may ask for, as token buckets (a burst
//! of up to one period's allowance, refilled continuously). Beyond them the answer is 429 naming the limit
//! and when to retry; other keys are unaffected. Per-address: how many
//! requests an address may have refused (400, 401, 403, 413) a minute;
//! beyond it, its new connections are closed at once and its requests on
//! open ones get 429, so a flood of junk costs the server next to nothing
//! while other addresses go on. Kept in memory: a restart
//! refills every bucket, which costs an attacker a restart it cannot cause.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;
use truce_ledger::{Reason, reason};

/// The public's reads per second by default: what the public record's
/// benchmark (`truce bench attack --only public-crowd`) showed two cores
/// serve beside a busy log without slowing its appends by a tenth.
pub const PUBLIC_READS_PER_SECOND: u64 = 200;

/// The allowances; zero means unlimited.
#[derive(Debug, Clone, Copy)]
pub struct Quotas {
    /// Entries one participant (or a key of none) may append per minute.
    pub entries_per_minute: u64,
    /// Blob bytes one participant (or a key of none) may upload per hour.
    pub blob_bytes_per_hour: u64,
    /// Refused requests one address may make per minute.
    pub refusals_per_minute: u64,
    /// Reads by the public (no signature, no session) per second, in all;
    /// past it they wait their turn (see `http::pace`).
    pub public_reads_per_second: u64,
}

impl Default for Quotas {
    fn default() -> Self {
        Self {
            entries_per_minute: 6_000,
            blob_bytes_per_hour: 2 << 30,
            refusals_per_minute: 600,
            public_reads_per_second: PUBLIC_READS_PER_SECOND,
        }
    }
}

impl Quotas {
    /// Entries per key, in bursts of ten seconds' worth (a small allowance
    /// whole): nobody takes the sequencer's capacity for a minute at once.
    pub fn entries(&self) -> Buckets {
        let n = self.entries_per_minute;
        Buckets::new(
            n,
            60,
            reason!("quota-entries-per-minute", "entries per minute"),
        )
        .with_burst((n / 6).max(n.min(60)))
        .of_holders()
    }

    /// Blob bytes per key, in bursts of an eighth of the hour's (a 64 MiB
    /// file always fits).
    pub fn blob_bytes(&self) -> Buckets {
        let n = self.blob_bytes_per_hour;
        Buckets::new(
            n,
            3600,
            reason!("quota-blob-bytes-per-hour", "blob bytes per hour"),
        )
        .with_burst((n / 8).max(n.min(64 << 20)))
        .of_holders()
    }

    /// Diffs per key: each may take its deadline of CPU and megabytes.
    pub fn diffs(&self) -> Buckets {
        Buckets::new(
            60,
            60,
            reason!("quota-diffs-per-minute", "diffs per minute"),
        )
    }

    /// Refused requests per address.
    pub fn refusals(&self) -> Buckets {
        Buckets::new(
            self.refusals_per_minute,
            60,
            reason!("quota-refusals-per-minute", "refused requests per minute"),
        )
        .of_addresses()
    }
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// One allowance per key.
#[derive(Debug)]
pub struct Buckets {
    /// The allowance per period, as named in messages.
    amount: u64,
    capacity: f64,
    per_second: f64,
    /// What is counted, per what period ("entries per minute").
    what: Reason,
    /// What a bucket belongs to, for messages: "key" or "address".
    subject: &'static str,
    keys: Mutex<HashMap<String, Bucket>>,
}

/// A holder of allowances or slots as messages name it ("participant p",
/// "key k", "address a", "the public"), as a reason of its own so a page
/// says its noun in the reader's language.
pub fn named(holder: &str) -> Reason {
    match holder.split_once(' ') {
        Some(("participant", participant)) => reason!(
            "holder-participant",
            "participant {participant}",
            participant = participant
        ),
        Some(("key", key)) => reason!("holder-key", "key {key}", key = key),
        Some(("address", address)) => {
            reason!("holder-address", "address {address}", address = address)
        }
        _ if holder == "the public" => reason!("holder-public", "the public"),
        _ => Reason::detail(holder),
    }
}

/// Why a quota refused: what, and in how many seconds to retry.
#[derive(Debug, Clone, PartialEq)]
pub struct Exceeded {
    pub message: Reason,
    pub retry_after: u64,
}

impl Buckets {
    /// `amount` per `period_secs`, as a burst of that much; zero: unlimited.
    pub fn new(amount: u64, period_secs: u64, what: Reason) -> Self {
        Self {
            amount,
            capacity: amount as f64,
            per_second: amount as f64 / period_secs as f64,
            what,
            subject: "key",
            keys: Mutex::default(),
        }
    }

    /// A burst smaller than the period's allowance (at least 1): the rest
    /// comes at the refill rate, so no key takes a period's worth at once.
    pub fn with_burst(mut self, burst: u64) -> Self {
        if self.capacity > 0.0 {
            self.capacity = (burst.max(1) as f64).min(self.capacity);
        }
        self
    }

    /// Buckets that belong to addresses (for messages).
    pub fn of_addresses(mut self) -> Self {
        self.subject = "address";
        self
    }

    /// Buckets whose keys name their holder themselves ("participant p",
    /// "key k"): several keys of one participant share one allowance.
    pub fn of_holders(mut self) -> Self {
        self.subject = "";
        self
    }

    /// Whether `key` has nothing left now (without taking anything).
    pub fn exhausted(&self, key: &str, now: Instant) -> Option<Exceeded> {
        if self.capacity == 0.0 {
            return None;
        }
        let keys = self.keys.lock().expect("lock");
        let tokens = self.level(keys.get(key)?, now);
        (tokens < 1.0).then(|| self.exceeded(key, ((1.0 - tokens) / self.per_second).ceil() as u64))
    }

    /// What `b` holds at `now`, refilled since it was last touched.
    fn level(&self, b: &Bucket, now: Instant) -> f64 {
        (b.tokens + now.duration_since(b.at).as_secs_f64() * self.per_second).min(self.capacity)
    }

    fn exceeded(&self, key: &str, wait: u64) -> Exceeded {
        let retry = wait.min(86_400);
        let holder = if self.subject.is_empty() {
            key.to_owned()
        } else {
            format!("{} {key}", self.subject)
        };
        let message = reason!(
            "quota-over",
            "{holder} is over its quota of {amount} {what}: retry in {retry} s",
            holder = holder,
            amount = self.amount,
            what = self.what,
            retry = retry
        );
        Exceeded {
            message: message
                .nest("holder", named(&holder))
                .nest("what", self.what.clone()),
            retry_after: retry,
        }
    }

    /// Take `n` from `key`'s allowance, or say when it will have them.
    pub fn take(&self, key: &str, n: u64, now: Instant) -> Result<(), Exceeded> {
        if self.capacity == 0.0 {
            return Ok(());
        }
        let n = n as f64;
        let mut keys = self.keys.lock().expect("lock");
        // Forget keys whose buckets are full again, so the map stays small.
        if keys.len() > 10_000 {
            keys.retain(|_, b| self.level(b, now) < self.capacity);
        }
        let b = keys.entry(key.to_owned()).or_insert(Bucket {
            tokens: self.capacity,
            at: now,
        });
        b.tokens = self.level(b, now);
        b.at = now;
        if n <= b.tokens {
            b.tokens -= n;
            return Ok(());
        }
        let wait = if n > self.capacity {
            // More than a burst at once can never be taken.
            u64::MAX
        } else {
            ((n - b.tokens) / self.per_second).ceil() as u64
        };
        Err(self.exceeded(key, wait))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_burst_then_the_refill_rate_and_other_keys_unaffected() {
        let q = Buckets::new(
            60,
            60,
            reason!("quota-entries-per-minute", "entries per minute"),
        );
        let t = Instant::now();
        for _ in 0..60 {
            q.take("a", 1, t).unwrap();
        }
        let e = q.take("a", 1, t).unwrap_err();
        assert_eq!(e.retry_after, 1);
        assert!(
            e.message.text.contains("60 entries per minute"),
            "{}",
            e.message
        );
        assert_eq!(e.message.id, "quota-over");
        assert_eq!(e.message.arg("holder"), Some("key a"));
        q.take("b", 1, t).unwrap();
        q.take("a", 1, t + Duration::from_secs(1)).unwrap();
        assert!(q.take("a", 1, t + Duration::from_secs(1)).is_err());
        // Zero is unlimited.
        let free = Buckets::new(
            0,
            60,
            reason!("quota-entries-per-minute", "entries per minute"),
        );
        for _ in 0..1000 {
            free.take("a", 1, t).unwrap();
        }
    }
}
