//! Per-key quotas: how many entries and how many blob bytes one key may add
//! over time, as token buckets (a burst of up to one period's allowance,
//! refilled continuously). Beyond them the answer is 429 naming the limit
//! and when to retry; other keys are unaffected. Kept in memory: a restart
//! refills every bucket, which costs an attacker a restart it cannot cause.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

/// The allowances; zero means unlimited.
#[derive(Debug, Clone, Copy)]
pub struct Quotas {
    /// Entries one key may append per minute.
    pub entries_per_minute: u64,
    /// Blob bytes one key may upload per hour.
    pub blob_bytes_per_hour: u64,
}

impl Default for Quotas {
    fn default() -> Self {
        Self {
            entries_per_minute: 6_000,
            blob_bytes_per_hour: 2 << 30,
        }
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
    capacity: f64,
    per_second: f64,
    what: &'static str,
    keys: Mutex<HashMap<String, Bucket>>,
}

/// Why a quota refused: what, and in how many seconds to retry.
#[derive(Debug, Clone, PartialEq)]
pub struct Exceeded {
    pub message: String,
    pub retry_after: u64,
}

impl Buckets {
    /// `amount` per `period_secs`, as a burst of that much; zero: unlimited.
    pub fn new(amount: u64, period_secs: u64, what: &'static str) -> Self {
        Self {
            capacity: amount as f64,
            per_second: amount as f64 / period_secs as f64,
            what,
            keys: Mutex::default(),
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
            let (cap, rate) = (self.capacity, self.per_second);
            keys.retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * rate < cap);
        }
        let b = keys.entry(key.to_owned()).or_insert(Bucket {
            tokens: self.capacity,
            at: now,
        });
        b.tokens = (b.tokens + now.duration_since(b.at).as_secs_f64() * self.per_second)
            .min(self.capacity);
        b.at = now;
        if n <= b.tokens {
            b.tokens -= n;
            return Ok(());
        }
        let wait = if n > self.capacity {
            u64::MAX
        } else {
            ((n - b.tokens) / self.per_second).ceil() as u64
        };
        Err(Exceeded {
            message: format!(
                "key {key} is over its quota of {} {}: retry in {} s",
                self.capacity,
                self.what,
                wait.min(86_400)
            ),
            retry_after: wait.min(86_400),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_burst_then_the_refill_rate_and_other_keys_unaffected() {
        let q = Buckets::new(60, 60, "entries per minute");
        let t = Instant::now();
        for _ in 0..60 {
            q.take("a", 1, t).unwrap();
        }
        let e = q.take("a", 1, t).unwrap_err();
        assert_eq!(e.retry_after, 1);
        assert!(e.message.contains("60 entries per minute"), "{}", e.message);
        q.take("b", 1, t).unwrap();
        q.take("a", 1, t + Duration::from_secs(1)).unwrap();
        assert!(q.take("a", 1, t + Duration::from_secs(1)).is_err());
        // Zero is unlimited.
        let free = Buckets::new(0, 60, "entries per minute");
        for _ in 0..1000 {
            free.take("a", 1, t).unwrap();
        }
    }
}
