//! Reminders: what waits on each member — a reply due, an evidence
//! request, a vote, a signature, an appeal window closing, a process
//! deadline — as the domain's offers say ([`truce_domain::offers`]), sent
//! by e-mail through the SMTP relay named in the configuration, and served
//! as an iCalendar feed per member at a secret address.
//!
//! A member sets its address itself (`PUT /api/v1/reminders`); it is kept
//! in the store's metadata, never in the log. Each item is mailed once
//! (its [`Waiting::key`] names it, due time included, so a moved deadline
//! is mailed again), when it has no deadline or its deadline is within the
//! lead time. A reminder says what is expected and by when, with ids, never
//! a draft's, a case's or a request's text: it leaves Truce.
//!
//! The feed's address carries a token, an HMAC of the member and its
//! current key under a secret the server makes once: a bearer capability
//! that rotating the key (or removing the member) revokes.
//!
//! [`Waiting::key`]: truce_domain::offers::Waiting::key

use crate::engine::Log;
use hmac::Mac as _;
use std::sync::Arc;
use std::time::Duration;
use truce_domain::export::utc_from_unix;
use truce_domain::offers::Waiting;
use truce_ledger::{Reason, reason};
use truce_store::StoreError;

const META_EMAIL: &str = "reminders.email/";
const META_SENT: &str = "reminders.sent/";
const META_SECRET: &str = "reminders.feed-secret";

/// Where and how reminders are mailed.
#[derive(Debug, Clone)]
pub struct Mailer {
    /// The SMTP relay, `host:port` (plain SMTP to a relay the operator runs).
    pub relay: String,
    /// The sender address.
    pub from: String,
    /// The server's address as members reach it, for the link in each mail.
    pub public_url: String,
    /// How often the reminders are worked out.
    pub every: Duration,
    /// How long before its deadline an item is mailed.
    pub lead: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum ReminderError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the e-mail address {0:?} is not valid: {1}")]
    Address(String, Reason),
    #[error("reminders are for members: this key is no member's")]
    NotAMember,
    #[error("mailing through {relay}: {why}")]
    Smtp { relay: String, why: String },
}

impl ReminderError {
    /// Why, as the catalogues say it (`why` nested: it is a reason of its own).
    pub fn reason(&self) -> Reason {
        match self {
            Self::Address(address, why) => reason!(
                "reminder-address-invalid",
                "the e-mail address {address:?} is not valid: {why}",
                address = address,
                why = why
            )
            .nest("why", why.clone()),
            Self::NotAMember => reason!(
                "reminder-not-a-member",
                "reminders are for members: this key is no member's"
            ),
            // The store's own words: the server's failure, not the reader's.
            Self::Store(e) => Reason::detail(e),
            Self::Smtp { relay, why } => reason!(
                "reminder-smtp-failed",
                "mailing through {relay}: {why}",
                relay = relay,
                why = why
            ),
        }
    }
}

/// An address a member may give: one mailbox, at most 254 bytes, no
/// control characters, as `lettre` parses it.
pub fn check_address(s: &str) -> Result<lettre::Address, ReminderError> {
    let bad = |why: Reason| ReminderError::Address(s.chars().take(80).collect(), why);
    if s.len() > 254 {
        return Err(bad(reason!(
            "reminder-address-too-long",
            "longer than 254 bytes"
        )));
    }
    if s.chars().any(char::is_control) {
        return Err(bad(reason!(
            "reminder-address-control-character",
            "it holds a control character"
        )));
    }
    if !s.is_ascii() {
        return Err(bad(reason!(
            "reminder-address-not-ascii",
            "only ASCII addresses are mailed (the relay may not speak SMTPUTF8)"
        )));
    }
    let a = s
        .parse::<lettre::Address>()
        .map_err(|e| bad(Reason::detail(e)))?;
    let domain = a.domain();
    if domain.starts_with('[')
        || domain.parse::<std::net::IpAddr>().is_ok()
        || !domain.contains('.')
    {
        return Err(bad(reason!(
            "reminder-address-domain",
            "the domain must be a name with a dot, not an address or a single label"
        )));
    }
    Ok(a)
}

/// The member's address, if it gave one with the key it holds now: an
/// address set with a key since rotated counts for nothing (whoever set it
/// may have held a stolen key).
pub async fn address(log: &Log, member: &str, key: &str) -> Result<Option<String>, ReminderError> {
    Ok(log
        .store
        .get_meta(&format!("{META_EMAIL}{member}"))
        .await?
        .and_then(|v| {
            let (k, a) = v.split_once('\n')?;
            (k == key && !a.is_empty()).then(|| a.to_owned())
        }))
}

/// Set (or, with `None`, remove) the member's address, for its key `key`.
pub async fn set_address(
    log: &Log,
    member: &str,
    key: &str,
    address: Option<&str>,
) -> Result<(), ReminderError> {
    if let Some(a) = address {
        check_address(a)?;
    }
    log.store
        .set_meta(
            &format!("{META_EMAIL}{member}"),
            &format!("{key}\n{}", address.unwrap_or("")),
        )
        .await?;
    Ok(())
}

/// The feed secret, made on first use and kept in the store.
pub async fn feed_secret(log: &Log) -> Result<Vec<u8>, ReminderError> {
    if let Some(s) = log.store.get_meta(META_SECRET).await? {
        return match hex::decode(&s) {
            Ok(bytes) if bytes.len() == 32 => Ok(bytes),
            _ => Err(ReminderError::Store(StoreError::Corrupt(
                "the reminders' feed secret is not 32 bytes of hex".into(),
            ))),
        };
    }
    let mut bytes = vec![0u8; 32];
    getrandom::getrandom(&mut bytes).expect("the operating system's random source");
    log.store
        .set_meta(META_SECRET, &hex::encode(&bytes))
        .await?;
    Ok(bytes)
}

fn mac(secret: &[u8], member: &str, key: &str) -> hmac::Hmac<sha2::Sha256> {
    let mut m = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret).expect("any key length");
    m.update(format!("truce-feed/v1\n{member}\n{key}\n").as_bytes());
    m
}

/// The token in a member's feed address, bound to its current key.
pub fn feed_token(secret: &[u8], member: &str, key: &str) -> String {
    hex::encode(mac(secret, member, key).finalize().into_bytes())
}

/// Whether `token` is the member's current token (compared in constant time).
pub fn token_matches(secret: &[u8], member: &str, key: &str, token: &str) -> bool {
    hex::decode(token).is_ok_and(|t| mac(secret, member, key).verify_slice(&t).is_ok())
}

/// The key an active member holds now: `None` for a member that does not
/// exist or was removed, or whose key the ledger revoked (a stolen key is
/// revoked at once, before the secretariat rotates it).
pub fn current_key(log: &Log, member: &str) -> Option<String> {
    let key = log.with_domain(|d| {
        d.members
            .get(member)
            .filter(|m| m.removed.is_none())
            .map(|m| m.key.clone())
    })?;
    let live = log.with_authority(|a| a.key(&key).is_some_and(|r| r.revoked_at.is_none()));
    live.then_some(key)
}

/// What waits on an active member now, and the log's time: `None` for a
/// member that does not exist or was removed.
pub fn waiting(log: &Log, member: &str) -> Option<(Vec<Waiting>, i64)> {
    let key = current_key(log, member)?;
    let registrar = log.with_authority(|a| a.key(&key).is_some_and(|r| r.may_register));
    let now = crate::engine::clock::system_now() as i64;
    let acts = log.snapshot().acts_for(&key, registrar, now);
    Some((acts.waiting, acts.now))
}

/// [`waiting`] on a blocking thread: its cost grows with what the member sees.
pub async fn waiting_off(log: &Arc<Log>, member: &str) -> Option<(Vec<Waiting>, i64)> {
    let (log, member) = (log.clone(), member.to_owned());
    tokio::task::spawn_blocking(move || waiting(&log, &member))
        .await
        .ok()
        .flatten()
}

/// Work out and mail reminders every `mailer.every`, for as long as the
/// server runs. A relay that fails is tried again next round; nothing is
/// marked sent until the relay took it.
pub async fn run(log: Arc<Log>, mailer: Mailer) {
    loop {
        match round(&log, &mailer).await {
            Ok(0) => {}
            Ok(n) => tracing::info!("mailed reminders to {n} member(s)"),
            Err(e) => tracing::warn!("reminders: {e}"),
        }
        tokio::time::sleep(mailer.every).await;
    }
}

/// One round: for each member with an address, the items not mailed yet
/// that are due within the lead time (or have no deadline), in one mail.
/// Returns how many members were mailed.
pub async fn round(log: &Arc<Log>, mailer: &Mailer) -> Result<usize, ReminderError> {
    let members: Vec<String> = log.with_domain(|d| {
        d.members
            .values()
            .filter(|m| m.removed.is_none())
            .map(|m| m.id.clone())
            .collect()
    });
    let mut mailed = 0;
    for member in members {
        // One member's failure (an address the relay refuses) is that
        // member's: it is logged and tried again next round, and everyone
        // after it is still mailed.
        match remind(log, mailer, &member).await {
            Ok(true) => mailed += 1,
            Ok(false) => {}
            Err(e @ ReminderError::Store(_)) => return Err(e),
            Err(e) => tracing::warn!("reminders for {member}: {e}"),
        }
    }
    Ok(mailed)
}

/// The most items one mail lists (the rest follow in the next rounds).
pub const MAX_ITEMS: usize = 50;

/// Mail one member what is new for it; whether a mail went out.
async fn remind(log: &Arc<Log>, mailer: &Mailer, member: &str) -> Result<bool, ReminderError> {
    let Some(key) = current_key(log, member) else {
        return Ok(false);
    };
    let Some(to) = address(log, member, &key).await? else {
        return Ok(false);
    };
    let Some((waiting, now)) = waiting_off(log, member).await else {
        return Ok(false);
    };
    let horizon = now.saturating_add(mailer.lead.as_secs().min(i64::MAX as u64) as i64);
    let sent_key = format!("{META_SENT}{member}");
    let sent: std::collections::HashSet<String> = log
        .store
        .get_meta(&sent_key)
        .await?
        .map(|s| s.lines().map(str::to_owned).collect())
        .unwrap_or_default();
    let fresh: Vec<&Waiting> = waiting
        .iter()
        .filter(|w| w.due.is_none_or(|d| d <= horizon))
        .filter(|w| !sent.contains(&w.key()))
        .take(MAX_ITEMS)
        .collect();
    if fresh.is_empty() {
        return Ok(false);
    }
    send(mailer, &to, member, &fresh).await?;
    // Keep only what still waits, so the list stays as short as the work.
    let now_sent: std::collections::HashSet<String> = fresh.iter().map(|w| w.key()).collect();
    let keep: Vec<String> = waiting
        .iter()
        .map(Waiting::key)
        .filter(|k| sent.contains(k) || now_sent.contains(k))
        .collect();
    log.store.set_meta(&sent_key, &keep.join("\n")).await?;
    Ok(true)
}

/// The mail's text: one line per item with its deadline, and where to act.
pub fn body(items: &[&Waiting], public_url: &str) -> String {
    let mut out = String::from("Waiting on you in Truce:\n\n");
    for w in items {
        out.push_str("- ");
        out.push_str(&w.describe());
        if let Some(d) = w.due {
            out.push_str(" — due ");
            out.push_str(&utc_from_unix(d.max(0) as u64));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "\nSign in at {}/ to act. This reminder holds no text of the process; every act is signed in your browser.\n",
        public_url.trim_end_matches('/')
    ));
    out
}

async fn send(
    mailer: &Mailer,
    to: &str,
    member: &str,
    items: &[&Waiting],
) -> Result<(), ReminderError> {
    use lettre::AsyncTransport as _;
    let smtp = |why: String| ReminderError::Smtp {
        relay: mailer.relay.clone(),
        why,
    };
    let from: lettre::message::Mailbox = mailer
        .from
        .parse()
        .map_err(|e| smtp(format!("the sender {:?}: {e}", mailer.from)))?;
    let to: lettre::message::Mailbox = check_address(to)?.into();
    let subject = match items {
        [one] => format!("Truce: {}", one.describe()),
        _ => format!("Truce: {} acts wait on you ({member})", items.len()),
    };
    let message = lettre::Message::builder()
        .from(from)
        .to(to)
        .subject(subject)
        .header(lettre::message::header::ContentType::TEXT_PLAIN)
        .body(body(items, &mailer.public_url))
        .map_err(|e| smtp(e.to_string()))?;
    let (host, port) = mailer
        .relay
        .rsplit_once(':')
        .and_then(|(h, p)| Some((h, p.parse::<u16>().ok()?)))
        .ok_or_else(|| smtp("the relay is not host:port".into()))?;
    let transport = lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::builder_dangerous(host)
        .port(port)
        .timeout(Some(Duration::from_secs(20)))
        .build();
    transport
        .send(message)
        .await
        .map_err(|e| smtp(e.to_string()))?;
    Ok(())
}
