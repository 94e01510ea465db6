//! The public's pace: reads by the public (a `GET` or `HEAD` with neither
//! signed headers nor a live session) share an allowance of requests per
//! second, so a crowd, or one hostile reader posing as one, cannot take the
//! machine from the members whose acts the log records. Members' requests
//! never wait for the public.
//!
//! The allowance is a generic cell rate (GCRA): a steady rate with a burst
//! of a second's worth, for the public as a whole and, at a quarter of the
//! rate, for each client address (IPv6 by its /64), so one address cannot
//! hold the whole queue. A read over the allowance is not refused but
//! *waits its turn*, which costs the server nothing while it waits and slows
//! a reader that asks back to back to the allowed pace. Only a read whose
//! turn is further off than [`MAX_WAIT`] is refused, and that refusal is
//! itself held for [`MAX_WAIT`] before it is sent (503 with `Retry-After`),
//! so a reader that ignores it gets one answer per connection every two
//! seconds. Refusals are not charged to the address's allowance of refused
//! requests: a crowd behind one address (a newsroom, a venue's Wi-Fi) must
//! not get the members at that address turned away.
//!
//! A member is known by its signature or session, verified here (not by
//! the mere presence of a header): a request that claims one and does not
//! verify is the public's, and a route that needs a member refuses it.
//!
//! Nothing here reads a body or touches the engine; a refused or waiting
//! read has had nothing of it done.

use super::app::App;
use super::conn::address_of;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse as _, Response};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The longest a public read waits for its turn before it is refused.
pub const MAX_WAIT: Duration = Duration::from_secs(2);

/// The share of the public's allowance one address may take (1/4).
const ADDRESS_SHARE: u32 = 4;

/// One allowance: the time its next request is due (GCRA's theoretical
/// arrival time), its interval and its burst tolerance.
#[derive(Debug, Clone, Copy)]
struct Cell {
    interval: Duration,
    tolerance: Duration,
}

impl Cell {
    fn new(per_second: u64) -> Self {
        let interval = Duration::from_secs(1) / per_second.clamp(1, 1_000_000) as u32;
        // A burst of a second's worth (at least one more).
        let burst = per_second.clamp(1, 1_000_000) as u32;
        Self {
            interval,
            tolerance: interval * burst.saturating_sub(1).max(1),
        }
    }

    /// When a request arriving `now` may start, given the due time `due`.
    fn allowed(&self, due: Option<Instant>, now: Instant) -> Instant {
        match due {
            Some(due) => due.checked_sub(self.tolerance).unwrap_or(now).max(now),
            None => now,
        }
    }

    /// The due time after a request arriving `now` is given its turn: it
    /// is charged at its arrival, so a read held back by its address's
    /// share does not hold back other addresses' reads.
    fn next_due(&self, due: Option<Instant>, now: Instant) -> Instant {
        due.map_or(now, |d| d.max(now)) + self.interval
    }
}

/// What a public read is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    /// Go on now.
    Now,
    /// Go on after this wait (the turn is reserved).
    Wait(Duration),
    /// Over the allowance by more than [`MAX_WAIT`]: try again after this.
    Refused(Duration),
}

#[derive(Debug, Default)]
struct Due {
    public: Option<Instant>,
    addresses: HashMap<IpAddr, Instant>,
    /// The size of `addresses` after its last sweep.
    swept: usize,
}

/// The public's allowance (see the module doc).
#[derive(Debug)]
pub struct Pace {
    public: Cell,
    address: Cell,
    per_second: u64,
    due: Mutex<Due>,
}

impl Pace {
    /// The allowance of `per_second` public reads; `None` for 0 (no limit).
    pub fn new(per_second: u64) -> Option<Self> {
        (per_second > 0).then(|| Self {
            public: Cell::new(per_second),
            address: Cell::new((per_second / u64::from(ADDRESS_SHARE)).max(1)),
            per_second,
            due: Mutex::default(),
        })
    }

    /// Public reads allowed per second.
    pub fn per_second(&self) -> u64 {
        self.per_second
    }

    /// The turn of a public read from `address` arriving `now`; a turn
    /// given is reserved.
    pub fn turn(&self, address: Option<IpAddr>, now: Instant) -> Turn {
        let mut due = self.due.lock().expect("lock");
        let mine = address.and_then(|a| due.addresses.get(&a).copied());
        let start = self
            .public
            .allowed(due.public, now)
            .max(address.map_or(now, |_| self.address.allowed(mine, now)));
        let wait = start - now;
        if wait > MAX_WAIT {
            return Turn::Refused(wait - MAX_WAIT);
        }
        due.public = Some(self.public.next_due(due.public, now));
        if let Some(a) = address {
            due.addresses.insert(a, self.address.next_due(mine, now));
            // An address whose due time has passed is as good as new: swept
            // when the map has doubled since the last sweep, so it holds at
            // most about twice the addresses read in the last few seconds.
            if due.addresses.len() > (2 * due.swept).max(1024) {
                due.addresses.retain(|_, d| *d > now);
                due.swept = due.addresses.len();
            }
        }
        if wait.is_zero() {
            Turn::Now
        } else {
            Turn::Wait(wait)
        }
    }
}

/// Middleware: a public read waits its turn, or is refused (503) when its
/// turn is too far off. A request with signed headers or a session cookie
/// is authenticated here (and the route reuses the answer): a current
/// member's goes on at once; one that does not verify is the public's.
pub async fn public_pace(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let Some(pace) = &app.public_pace else {
        return next.run(req).await;
    };
    if !matches!(req.method().as_str(), "GET" | "HEAD") {
        return next.run(req).await;
    }
    let (mut parts, body) = req.into_parts();
    let claims = parts.headers.contains_key(super::auth::KEY_HEADER)
        || super::sessions::cookie_token(&parts.headers).is_some();
    if claims && let Ok((viewer, Some(key))) = super::auth::authenticate(&parts, &app) {
        parts
            .extensions
            .insert(super::auth::Authenticated(viewer, Some(key)));
        return next.run(Request::from_parts(parts, body)).await;
    }
    let req = Request::from_parts(parts, body);
    let address = req
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map(|c| address_of(c.0.ip()));
    match pace.turn(address, Instant::now()) {
        Turn::Now => {}
        Turn::Wait(d) => tokio::time::sleep(d).await,
        Turn::Refused(after) => {
            // Held as long as the longest wait before it is answered: a
            // reader that asks again at once gets one refusal per
            // connection every two seconds, which costs the server nothing.
            tokio::time::sleep(MAX_WAIT).await;
            let secs = after.as_secs() + 1;
            let mut resp = super::error::ApiError::refuse(
                StatusCode::SERVICE_UNAVAILABLE,
                truce_ledger::reason!(
                    "pace-public-reads-taken",
                    "the public's allowance of {per_second} reads a second is taken: try again in {secs} s (members who sign in are not held; the static site, `truce publish-site`, serves the public record from anywhere)",
                    per_second = pace.per_second(),
                    secs = secs
                ),
            )
            .into_response();
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
            return resp;
        }
    }
    next.run(req).await
}

/// For a client of a Truce server: whether an answer is the pace's 503
/// asking it to come back, and after how long (at most a minute).
pub fn asked_to_wait(resp: &reqwest::Response) -> Option<Duration> {
    if resp.status() != reqwest::StatusCode::SERVICE_UNAVAILABLE {
        return None;
    }
    let secs: u64 = resp
        .headers()
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .parse()
        .ok()?;
    (secs <= 60).then(|| Duration::from_secs(secs.max(1)))
}

/// For a client of a Truce server: send a read, and when the public's pace
/// answers 503 with a `Retry-After` (of at most a minute), wait as told and
/// ask again, a few times, so a reader of the public gets through a crowd
/// rather than failing in it.
pub async fn send_paced(
    make: impl Fn() -> reqwest::RequestBuilder,
) -> reqwest::Result<reqwest::Response> {
    let mut tries = 0;
    loop {
        let resp = make().send().await?;
        match asked_to_wait(&resp) {
            Some(wait) if tries < 5 => {
                tries += 1;
                tokio::time::sleep(wait).await;
            }
            _ => return Ok(resp),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(n: u8) -> Option<IpAddr> {
        Some(IpAddr::from([10, 0, 0, n]))
    }

    #[test]
    fn a_burst_goes_at_once_then_reads_wait_their_turn_then_are_refused() {
        let pace = Pace::new(100).expect("a pace");
        let now = Instant::now();
        // Spread over many addresses: only the public's allowance counts.
        let mut turns = Vec::new();
        for i in 0..400u32 {
            turns.push(pace.turn(Some(IpAddr::from(i.to_be_bytes())), now));
        }
        let at_once = turns.iter().filter(|t| **t == Turn::Now).count();
        assert_eq!(at_once, 100, "a second's worth at once");
        // Then 10 ms apart, up to two seconds of waiting.
        assert_eq!(turns[100], Turn::Wait(Duration::from_millis(10)));
        assert_eq!(turns[299], Turn::Wait(Duration::from_millis(2000)));
        assert!(matches!(turns[300], Turn::Refused(_)), "{:?}", turns[300]);
        // A refused read reserved nothing; time frees turns again.
        let later = now + Duration::from_secs(5);
        assert_eq!(pace.turn(a(1), later), Turn::Now);
    }

    #[test]
    fn one_address_takes_at_most_a_quarter_and_others_still_go() {
        let pace = Pace::new(100).expect("a pace");
        let now = Instant::now();
        let mine: Vec<Turn> = (0..200).map(|_| pace.turn(a(1), now)).collect();
        assert_eq!(mine.iter().filter(|t| **t == Turn::Now).count(), 25);
        // Its 26th waits 40 ms (a quarter of the rate); later ones are
        // refused once their turn is more than two seconds off.
        assert_eq!(mine[25], Turn::Wait(Duration::from_millis(40)));
        assert!(mine.iter().any(|t| matches!(t, Turn::Refused(_))));
        // Another address still has the rest of the public's burst.
        assert_eq!(pace.turn(a(2), now), Turn::Now);
    }

    #[test]
    fn no_pace_at_zero_and_the_address_map_stays_small() {
        assert!(Pace::new(0).is_none());
        let pace = Pace::new(1000).expect("a pace");
        let start = Instant::now();
        for i in 0..20_000u32 {
            let now = start + Duration::from_millis(u64::from(i));
            pace.turn(Some(IpAddr::from(i.to_be_bytes())), now);
        }
        let held = pace.due.lock().expect("lock").addresses.len();
        assert!(held < 5_000, "{held} addresses held");
    }
}
