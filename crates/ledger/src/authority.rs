//! Who may sign: a pure fold over the log's own entries. The genesis (entry
//! 0, signed by the log key) names the process and its founding keys;
//! `key.register` and `key.revoke` entries, signed by a key allowed to
//! register, change the set; every other entry must be signed by a
//! registered, unrevoked key with a sequence number above its last one.
//!
//! A registrar may also invite a member without knowing their key:
//! `member.invite` carries only the SHA-256 of a one-time code. The invitee's
//! own new key then signs `member.enrol` with the code and the key, which
//! registers that key (without registrar rights) and uses up the invitation.
//! This is how a browser key, which never leaves the browser, joins the log.
//! The genesis may carry founding invitations (`"invitations": [{"code_sha256",
//! "expires"}]`) instead of, or beside, founding keys: a key enrolled by one
//! is a founder, with a founder's rights. So a secretariat whose key is made
//! in a browser can found a process that nobody set up with a key file. A
//! founding invitation expires at its `expires` (unix seconds, judged against
//! the log's time); a registrar's invitation (`member.invite`) never grants
//! registrar rights, and expires as the domain's rules say. Founders are
//! peers, as founding keys always were: only the genesis makes one.
//!
//! The log key signs the genesis and one more kind: `log.time`, the
//! sequencer's clock. Its body `{"time": <unix seconds>}` must be strictly
//! later than the last one; the log's time at an index is the last
//! `log.time` before it. Deadlines are judged against this time, never a
//! signer's claim, and `truce verify` bounds it by the witnesses'
//! cosignature timestamps.
//!
//! Checking rights ([`Authority::admit`]) is separate from checking the
//! signature ([`Admission::verify_signature`]) so callers can verify
//! signatures in parallel while rights are applied in log order.

use crate::entry::{Entry, EntryError};
use crate::note::{ALG_ED25519, VerifierKey};
use crate::reason::Reason;
use serde::Deserialize;
use std::collections::HashMap;

/// Entry kind of the genesis.
pub const GENESIS: &str = "genesis";
/// Entry kind that registers a key.
pub const KEY_REGISTER: &str = "key.register";
/// Entry kind that revokes a key.
pub const KEY_REVOKE: &str = "key.revoke";
/// Entry kind, signed by a registrar, that invites a member by a code's hash.
pub const MEMBER_INVITE: &str = "member.invite";
/// Entry kind, signed by the invitee's new key, that redeems an invitation.
pub const MEMBER_ENROL: &str = "member.enrol";
/// Entry kind, signed by the log key, that records the sequencer's clock.
pub const LOG_TIME: &str = "log.time";

/// Kinds only a key that may register keys (a founder's) may sign: the
/// ledger's own rule, which [`Authority::admit`] applies and which a reader
/// asking what it may do is told.
pub fn registrar_only(kind: &str) -> bool {
    matches!(kind, KEY_REGISTER | MEMBER_INVITE)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimeWire {
    time: u64,
}

/// The ledger's part of an invitation (the domain reads the rest).
#[derive(Deserialize)]
struct InviteWire {
    code_sha256: String,
}

/// A founding invitation in the genesis.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FoundingWire {
    code_sha256: String,
    expires: u64,
}

/// What the ledger knows of an invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Invitation {
    /// The entry that redeemed it, if any.
    used: Option<u64>,
    /// When it expires (unix seconds, the log's time): founding ones only,
    /// whose key is a founder.
    expires: Option<u64>,
}

#[derive(Deserialize)]
struct EnrolWire {
    code: String,
    key: String,
}

/// Hex SHA-256 of an invitation code, as `member.invite` names it.
pub fn invitation_hash(code: &str) -> String {
    use sha2::Digest as _;
    hex::encode(sha2::Sha256::digest(code.as_bytes()))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GenesisWire {
    process: String,
    founders: Vec<String>,
    #[serde(default)]
    invitations: Vec<FoundingWire>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegisterWire {
    key: String,
    #[serde(default)]
    may_register: bool,
    #[serde(default)]
    label: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RevokeWire {
    key: String,
    #[serde(default)]
    reason: Option<String>,
}

/// A key the log knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRecord {
    pub key: VerifierKey,
    pub may_register: bool,
    pub label: Option<String>,
    pub registered_at: u64,
    pub revoked_at: Option<u64>,
    pub last_seq: u64,
}

/// What an admitted entry changes once applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    Genesis {
        process: String,
        founders: Vec<VerifierKey>,
        /// Founding invitations: code hash and expiry (unix seconds).
        invitations: Vec<(String, u64)>,
    },
    Register {
        key: Box<VerifierKey>,
        may_register: bool,
        label: Option<String>,
    },
    Revoke {
        id: String,
    },
    Invite {
        code_sha256: String,
    },
    Enrol {
        key: Box<VerifierKey>,
        code_sha256: String,
        /// Whether the invitation is a founding one: its key is a founder.
        founding: bool,
    },
    /// The log's clock moves to `unix` seconds.
    Time {
        unix: u64,
    },
}

/// An entry whose rights and sequence number check out, waiting for its
/// signature check and to be applied.
#[derive(Debug, Clone)]
pub struct Admission {
    pub index: u64,
    pub signer: VerifierKey,
    pub entry: Entry,
    pub effect: Effect,
}

impl Admission {
    pub fn verify_signature(&self) -> Result<(), EntryError> {
        if self.entry.verify_signature(&self.signer) {
            Ok(())
        } else {
            Err(EntryError::BadSignature(self.signer.id()))
        }
    }
}

/// The set of keys and their sequence numbers as of some log size.
#[derive(Debug, Clone)]
pub struct Authority {
    log_key: VerifierKey,
    process: Option<String>,
    keys: HashMap<String, KeyRecord>,
    /// Invitation code hash → what the ledger knows of it.
    invitations: HashMap<String, Invitation>,
    /// The log key's last sequence number (genesis, then `log.time`).
    log_seq: u64,
    /// The last `log.time`: its index and unix seconds.
    time: Option<(u64, u64)>,
    size: u64,
}

impl Authority {
    /// An authority for the empty log whose checkpoints `log_key` signs.
    pub fn new(log_key: VerifierKey) -> Self {
        Self {
            log_key,
            process: None,
            keys: HashMap::new(),
            invitations: HashMap::new(),
            log_seq: 0,
            time: None,
            size: 0,
        }
    }

    /// The log's time: the index and unix seconds of the last `log.time`.
    pub fn time(&self) -> Option<(u64, u64)> {
        self.time
    }

    /// The sequence number the log key's next `log.time` must carry.
    pub fn next_log_seq(&self) -> u64 {
        self.log_seq + 1
    }

    pub fn origin(&self) -> &str {
        self.log_key.name()
    }
    pub fn log_key(&self) -> &VerifierKey {
        &self.log_key
    }
    pub fn process(&self) -> Option<&str> {
        self.process.as_deref()
    }
    /// Entries applied so far: the index the next entry gets.
    pub fn size(&self) -> u64 {
        self.size
    }
    pub fn key(&self, id: &str) -> Option<&KeyRecord> {
        self.keys.get(id)
    }
    pub fn keys(&self) -> impl Iterator<Item = &KeyRecord> {
        self.keys.values()
    }

    /// Check `entry` as the next entry of the log (index [`Self::size`]).
    pub fn admit(&self, entry: Entry) -> Result<Admission, EntryError> {
        self.admit_at(self.size, entry)
    }

    fn admit_at(&self, index: u64, entry: Entry) -> Result<Admission, EntryError> {
        if entry.origin != self.origin() {
            return Err(EntryError::WrongOrigin {
                got: entry.origin.clone(),
                want: self.origin().to_owned(),
            });
        }
        if index == 0 {
            return self.admit_genesis(entry);
        }
        if entry.kind == GENESIS {
            return Err(EntryError::SecondGenesis);
        }
        if entry.keyid == self.log_key.id() {
            return self.admit_time(index, entry);
        }
        let record = match self.keys.get(&entry.keyid) {
            Some(r) => r,
            None if entry.kind == MEMBER_ENROL => return self.admit_enrolment(index, entry),
            None => return Err(EntryError::UnknownKey(entry.keyid.clone())),
        };
        if let Some(at) = record.revoked_at {
            return Err(EntryError::RevokedKey {
                key: entry.keyid.clone(),
                at,
            });
        }
        if entry.seq <= record.last_seq {
            return Err(EntryError::Replay {
                key: entry.keyid.clone(),
                last: record.last_seq,
                got: entry.seq,
            });
        }
        if registrar_only(&entry.kind) && !record.may_register {
            return Err(EntryError::NotRegistrar(entry.keyid.clone()));
        }
        let effect = match entry.kind.as_str() {
            KEY_REGISTER => {
                let w: RegisterWire = serde_json::from_str(&entry.body)
                    .map_err(|e| EntryError::Registration(Reason::detail(e)))?;
                let key = parse_member_key(&w.key).map_err(EntryError::Registration)?;
                if key.id() == self.log_key.id() || self.keys.contains_key(&key.id()) {
                    return Err(EntryError::AlreadyRegistered(key.id()));
                }
                Effect::Register {
                    key: Box::new(key),
                    may_register: w.may_register,
                    label: w.label,
                }
            }
            KEY_REVOKE => {
                let w: RevokeWire = serde_json::from_str(&entry.body)
                    .map_err(|e| EntryError::Registration(Reason::detail(e)))?;
                let _ = w.reason;
                let id = match VerifierKey::parse(&w.key) {
                    Ok(k) => k.id(),
                    Err(_) => w.key.clone(),
                };
                let target = self
                    .keys
                    .get(&id)
                    .ok_or_else(|| EntryError::UnknownKey(id.clone()))?;
                if target.revoked_at.is_some() {
                    return Err(EntryError::Registration(crate::reason!(
                        "key-already-revoked",
                        "key {id} is already revoked",
                        id = id
                    )));
                }
                // A key may always revoke itself; others need registrar rights.
                if id != entry.keyid && !record.may_register {
                    return Err(EntryError::NotRegistrar(entry.keyid.clone()));
                }
                Effect::Revoke { id }
            }
            MEMBER_INVITE => {
                let w: InviteWire = serde_json::from_str(&entry.body)
                    .map_err(|e| EntryError::Registration(Reason::detail(e)))?;
                let hash = code_hash(&w.code_sha256).map_err(EntryError::Registration)?;
                if self.invitations.contains_key(&hash) {
                    return Err(EntryError::Registration(crate::reason!(
                        "invitation-exists",
                        "an invitation with this code exists already"
                    )));
                }
                Effect::Invite { code_sha256: hash }
            }
            MEMBER_ENROL => return Err(EntryError::AlreadyRegistered(entry.keyid.clone())),
            LOG_TIME => {
                return Err(EntryError::Time(crate::reason!(
                    "time-not-log-key",
                    "only the log key signs log.time, not {key}",
                    key = entry.keyid
                )));
            }
            _ => Effect::None,
        };
        Ok(Admission {
            index,
            signer: record.key.clone(),
            entry,
            effect,
        })
    }

    /// `member.enrol` by a key the log does not know yet: the key in the body
    /// must be the signer's, and the code must redeem an unused invitation.
    fn admit_enrolment(&self, index: u64, entry: Entry) -> Result<Admission, EntryError> {
        let w: EnrolWire = serde_json::from_str(&entry.body)
            .map_err(|e| EntryError::Registration(Reason::detail(e)))?;
        let key = parse_member_key(&w.key).map_err(EntryError::Registration)?;
        if key.id() != entry.keyid {
            return Err(EntryError::Registration(crate::reason!(
                "enrol-other-key",
                "the enrolment is signed by {signer} but enrols key {key}",
                signer = entry.keyid,
                key = key.id()
            )));
        }
        let code_sha256 = invitation_hash(&w.code);
        match self.invitations.get(&code_sha256) {
            None => Err(EntryError::Registration(crate::reason!(
                "invitation-unknown",
                "no invitation has this code"
            ))),
            Some(Invitation { used: Some(at), .. }) => {
                Err(EntryError::Registration(crate::reason!(
                    "invitation-used",
                    "the invitation was already used, at entry {at}",
                    at = at
                )))
            }
            Some(Invitation {
                expires: Some(e), ..
            }) if self.time.is_some_and(|(_, now)| now > *e) => {
                Err(EntryError::Registration(crate::reason!(
                    "founding-invitation-expired",
                    "the founding invitation expired at unix time {expired} (the log's time is {now})",
                    expired = e,
                    now = self.time.map_or(0, |(_, now)| now)
                )))
            }
            Some(i) => Ok(Admission {
                index,
                signer: key.clone(),
                entry,
                effect: Effect::Enrol {
                    key: Box::new(key),
                    code_sha256,
                    founding: i.expires.is_some(),
                },
            }),
        }
    }

    /// Whether an invitation exists and the entry that used it, if any.
    pub fn invitation(&self, code_sha256: &str) -> Option<Option<u64>> {
        self.invitations.get(code_sha256).map(|i| i.used)
    }

    /// A founding invitation: the entry that used it, if any, and when it
    /// expires (unix seconds); `None` when the genesis holds no such code.
    pub fn founding_invitation(&self, code_sha256: &str) -> Option<(Option<u64>, u64)> {
        let i = self.invitations.get(code_sha256)?;
        Some((i.used, i.expires?))
    }

    /// `log.time`, the only kind the log key signs after the genesis.
    fn admit_time(&self, index: u64, entry: Entry) -> Result<Admission, EntryError> {
        if entry.kind != LOG_TIME {
            return Err(EntryError::LogKeyMisuse);
        }
        if entry.seq <= self.log_seq {
            return Err(EntryError::Replay {
                key: entry.keyid.clone(),
                last: self.log_seq,
                got: entry.seq,
            });
        }
        let w: TimeWire = serde_json::from_str(&entry.body).map_err(|e| {
            EntryError::Time(crate::reason!(
                "time-body",
                "the body is not a time in unix seconds: {detail}",
                detail = e
            ))
        })?;
        if let Some((at, last)) = self.time
            && w.time <= last
        {
            return Err(EntryError::Time(crate::reason!(
                "time-backwards",
                "time {time} is not later than the log's time {last} (entry {at}): the log's clock only moves forward",
                time = w.time,
                last = last,
                at = at
            )));
        }
        Ok(Admission {
            index,
            signer: self.log_key.clone(),
            entry,
            effect: Effect::Time { unix: w.time },
        })
    }

    fn admit_genesis(&self, entry: Entry) -> Result<Admission, EntryError> {
        if entry.kind != GENESIS {
            return Err(EntryError::NotGenesis);
        }
        if entry.keyid != self.log_key.id() {
            return Err(EntryError::GenesisSigner(self.log_key.id()));
        }
        let w: GenesisWire = serde_json::from_str(&entry.body)
            .map_err(|e| EntryError::Genesis(Reason::detail(e)))?;
        if w.process.trim().is_empty() {
            return Err(EntryError::Genesis(crate::reason!(
                "genesis-no-name",
                "the process name is empty"
            )));
        }
        if w.founders.is_empty() && w.invitations.is_empty() {
            return Err(EntryError::Genesis(crate::reason!(
                "genesis-no-founder",
                "at least one founding key or founding invitation is required"
            )));
        }
        let mut invitations: Vec<(String, u64)> = Vec::new();
        for i in &w.invitations {
            let hash = code_hash(&i.code_sha256).map_err(EntryError::Genesis)?;
            if invitations.iter().any(|(h, _)| *h == hash) {
                return Err(EntryError::Genesis(crate::reason!(
                    "genesis-invitation-twice",
                    "founding invitation {hash} is listed twice",
                    hash = hash
                )));
            }
            invitations.push((hash, i.expires));
        }
        let mut founders: Vec<VerifierKey> = Vec::new();
        for f in &w.founders {
            let key = parse_member_key(f).map_err(EntryError::Genesis)?;
            if key.id() == self.log_key.id() || founders.iter().any(|k| k.id() == key.id()) {
                return Err(EntryError::Genesis(crate::reason!(
                    "genesis-founder-twice",
                    "founding key {key} is listed twice or is the log key",
                    key = key.id()
                )));
            }
            founders.push(key);
        }
        Ok(Admission {
            index: 0,
            signer: self.log_key.clone(),
            entry,
            effect: Effect::Genesis {
                process: w.process,
                founders,
                invitations,
            },
        })
    }

    /// Apply an admitted entry. The caller has checked the signature.
    pub fn apply(&mut self, admission: &Admission) {
        debug_assert_eq!(admission.index, self.size);
        let index = admission.index;
        if let Some(r) = self.keys.get_mut(&admission.entry.keyid) {
            r.last_seq = admission.entry.seq;
        } else if admission.entry.keyid == self.log_key.id() {
            self.log_seq = admission.entry.seq;
        }
        match &admission.effect {
            Effect::None => {}
            Effect::Genesis {
                process,
                founders,
                invitations,
            } => {
                self.process = Some(process.clone());
                for (hash, expires) in invitations {
                    self.invitations.insert(
                        hash.clone(),
                        Invitation {
                            used: None,
                            expires: Some(*expires),
                        },
                    );
                }
                for key in founders {
                    self.keys.insert(
                        key.id(),
                        KeyRecord {
                            key: key.clone(),
                            may_register: true,
                            label: Some("founder".into()),
                            registered_at: 0,
                            revoked_at: None,
                            last_seq: 0,
                        },
                    );
                }
            }
            Effect::Register {
                key,
                may_register,
                label,
            } => {
                self.keys.insert(
                    key.id(),
                    KeyRecord {
                        key: (**key).clone(),
                        may_register: *may_register,
                        label: label.clone(),
                        registered_at: index,
                        revoked_at: None,
                        last_seq: 0,
                    },
                );
            }
            Effect::Time { unix } => self.time = Some((index, *unix)),
            Effect::Revoke { id } => {
                if let Some(r) = self.keys.get_mut(id) {
                    r.revoked_at = Some(index);
                }
            }
            Effect::Invite { code_sha256 } => {
                self.invitations.insert(
                    code_sha256.clone(),
                    Invitation {
                        used: None,
                        expires: None,
                    },
                );
            }
            Effect::Enrol {
                key,
                code_sha256,
                founding,
            } => {
                if let Some(i) = self.invitations.get_mut(code_sha256) {
                    i.used = Some(index);
                }
                self.keys.insert(
                    key.id(),
                    KeyRecord {
                        key: (**key).clone(),
                        may_register: *founding,
                        label: Some(
                            if *founding {
                                "founder, enrolled by invitation"
                            } else {
                                "enrolled by invitation"
                            }
                            .into(),
                        ),
                        registered_at: index,
                        revoked_at: None,
                        last_seq: admission.entry.seq,
                    },
                );
            }
        }
        self.size += 1;
    }

    /// Admit, verify and apply in one step (for sequential callers).
    pub fn append(&mut self, bytes: &[u8]) -> Result<Admission, EntryError> {
        let admission = self.admit(Entry::parse(bytes)?)?;
        admission.verify_signature()?;
        self.apply(&admission);
        Ok(admission)
    }
}

/// An invitation code's hash as an entry names it: 64 hex digits, lowercased.
fn code_hash(s: &str) -> Result<String, Reason> {
    let hash = s.to_ascii_lowercase();
    if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(crate::reason!(
            "code-hash-hex",
            "code_sha256 must be 64 hex digits"
        ));
    }
    Ok(hash)
}

/// A member key: an Ed25519 signed-note verifier key (type 0x01), not weak.
fn parse_member_key(s: &str) -> Result<VerifierKey, Reason> {
    let key = VerifierKey::parse(s).map_err(|e| {
        crate::reason!(
            "key-unparsable",
            "key {key:?}: {detail}",
            key = s,
            detail = e
        )
    })?;
    if key.alg() != ALG_ED25519 {
        return Err(crate::reason!(
            "key-not-ed25519",
            "key {key} is not an Ed25519 signing key (type 0x01)",
            key = key.id()
        ));
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::sign_entry;
    use crate::note::SignerKey;

    fn key(name: &str, seed: u8) -> SignerKey {
        SignerKey::from_seed(name, ALG_ED25519, [seed; 32]).unwrap()
    }

    fn genesis(log: &SignerKey, founders: &[&SignerKey]) -> Vec<u8> {
        let f: Vec<String> = founders
            .iter()
            .map(|k| format!("{:?}", k.verifier().to_string()))
            .collect();
        let body = format!(r#"{{"process":"test","founders":[{}]}}"#, f.join(","));
        sign_entry(log, log.name(), GENESIS, 1, &body).unwrap()
    }

    #[test]
    fn the_log_key_keeps_the_clock_and_it_only_moves_forward() {
        let log = key("log.example", 1);
        let founder = key("founder", 2);
        let o = "log.example";
        let mut a = Authority::new(log.verifier());
        a.append(&genesis(&log, &[&founder])).unwrap();
        assert_eq!(a.time(), None);
        assert_eq!(a.next_log_seq(), 2);
        let tick = |seq: u64, t: u64| {
            sign_entry(&log, o, LOG_TIME, seq, &format!(r#"{{"time":{t}}}"#)).unwrap()
        };
        a.append(&tick(2, 1_000)).unwrap();
        assert_eq!(a.time(), Some((1, 1_000)));
        // Not later, replayed, or signed by anyone else: refused.
        assert!(matches!(
            a.append(&tick(3, 1_000)),
            Err(EntryError::Time(_))
        ));
        assert!(matches!(
            a.append(&tick(2, 2_000)),
            Err(EntryError::Replay { .. })
        ));
        let forged = sign_entry(&founder, o, LOG_TIME, 1, r#"{"time":5000}"#).unwrap();
        assert!(matches!(a.append(&forged), Err(EntryError::Time(_))));
        assert_eq!(
            a.time(),
            Some((1, 1_000)),
            "a member's log.time is no clock"
        );
        assert!(matches!(
            a.append(&sign_entry(&log, o, LOG_TIME, 3, r#"{"time":9,"x":1}"#).unwrap()),
            Err(EntryError::Time(_))
        ));
        assert_eq!(
            a.append(&sign_entry(&log, o, "note", 3, "{}").unwrap())
                .unwrap_err(),
            EntryError::LogKeyMisuse
        );
        a.append(&tick(3, 2_000)).unwrap();
        assert_eq!(a.time(), Some((2, 2_000)));
    }

    #[test]
    fn keys_come_from_the_log_itself() {
        let log = key("log.example", 1);
        let founder = key("founder", 2);
        let member = key("member", 3);
        let mut a = Authority::new(log.verifier());
        let o = "log.example";
        assert_eq!(
            a.append(&sign_entry(&founder, o, "note", 1, "{}").unwrap())
                .unwrap_err(),
            EntryError::NotGenesis
        );
        a.append(&genesis(&log, &[&founder])).unwrap();
        let unknown = sign_entry(&member, o, "note", 1, "{}").unwrap();
        assert_eq!(
            a.append(&unknown).unwrap_err(),
            EntryError::UnknownKey(member.id())
        );
        let reg = format!(r#"{{"key":"{}"}}"#, member.verifier());
        a.append(&sign_entry(&founder, o, KEY_REGISTER, 1, &reg).unwrap())
            .unwrap();
        a.append(&unknown).unwrap();
        // Replays and stale sequence numbers are refused.
        assert!(matches!(a.append(&unknown), Err(EntryError::Replay { .. })));
        // A plain member cannot register keys.
        let other = key("other", 4);
        let reg2 = format!(r#"{{"key":"{}"}}"#, other.verifier());
        assert_eq!(
            a.append(&sign_entry(&member, o, KEY_REGISTER, 2, &reg2).unwrap())
                .unwrap_err(),
            EntryError::NotRegistrar(member.id())
        );
        // Revoked keys sign nothing afterwards.
        let rev = format!(r#"{{"key":"{}"}}"#, member.id());
        a.append(&sign_entry(&founder, o, KEY_REVOKE, 2, &rev).unwrap())
            .unwrap();
        assert!(matches!(
            a.append(&sign_entry(&member, o, "note", 5, "{}").unwrap()),
            Err(EntryError::RevokedKey { .. })
        ));
        // Entries for another log are refused.
        assert!(matches!(
            a.append(&sign_entry(&founder, "elsewhere", "note", 9, "{}").unwrap()),
            Err(EntryError::WrongOrigin { .. })
        ));
        assert_eq!(a.size(), 4);
        // An invitation is redeemed once, by the key it registers.
        let invitee = key("invitee", 5);
        let invite = format!(r#"{{"code_sha256":"{}"}}"#, invitation_hash("open sesame"));
        assert_eq!(
            a.append(&sign_entry(&invitee, o, MEMBER_INVITE, 1, &invite).unwrap())
                .unwrap_err(),
            EntryError::UnknownKey(invitee.id())
        );
        a.append(&sign_entry(&founder, o, MEMBER_INVITE, 3, &invite).unwrap())
            .unwrap();
        let enrol = |k: &SignerKey, code: &str, seq| {
            let body = format!(r#"{{"code":"{code}","key":"{}"}}"#, k.verifier());
            sign_entry(k, o, MEMBER_ENROL, seq, &body).unwrap()
        };
        assert!(matches!(
            a.append(&enrol(&invitee, "wrong code", 1)),
            Err(EntryError::Registration(m)) if m.text.contains("no invitation")
        ));
        let wrong_body = format!(r#"{{"code":"open sesame","key":"{}"}}"#, other.verifier());
        assert!(matches!(
            a.append(&sign_entry(&invitee, o, MEMBER_ENROL, 1, &wrong_body).unwrap()),
            Err(EntryError::Registration(m)) if m.text.contains("signed by")
        ));
        a.append(&enrol(&invitee, "open sesame", 1)).unwrap();
        assert_eq!(a.key(&invitee.id()).unwrap().last_seq, 1);
        assert!(!a.key(&invitee.id()).unwrap().may_register);
        assert!(matches!(
            a.append(&enrol(&other, "open sesame", 1)),
            Err(EntryError::Registration(m)) if m.text.contains("already used")
        ));
        a.append(&sign_entry(&invitee, o, "note", 2, "{}").unwrap())
            .unwrap();
    }

    #[test]
    fn a_forged_signature_is_refused_and_changes_nothing() {
        let log = key("log.example", 1);
        let founder = key("founder", 2);
        let impostor = key("founder", 9);
        let mut a = Authority::new(log.verifier());
        a.append(&genesis(&log, &[&founder])).unwrap();
        let mut forged = sign_entry(&impostor, "log.example", "note", 1, "{}").unwrap();
        // Claim the founder's key id.
        let s = String::from_utf8(forged.clone())
            .unwrap()
            .replace(&impostor.id(), &founder.id());
        forged = s.into_bytes();
        assert_eq!(
            a.append(&forged).unwrap_err(),
            EntryError::BadSignature(founder.id())
        );
        assert_eq!(a.size(), 1);
        assert_eq!(a.key(&founder.id()).unwrap().last_seq, 0);
    }

    #[test]
    fn a_founding_invitation_enrols_a_founder_once_and_not_after_it_expires() {
        let log = key("log.example", 1);
        let o = "log.example";
        let code = "FOUND-ING12-CODE3-45678";
        let late = "LATE0-LATE1-LATE2-LATE3";
        let body = format!(
            r#"{{"process":"p","founders":[],"invitations":[{{"code_sha256":"{}","expires":2000}},{{"code_sha256":"{}","expires":1500}}]}}"#,
            invitation_hash(code),
            invitation_hash(late)
        );
        let mut a = Authority::new(log.verifier());
        a.append(&sign_entry(&log, o, GENESIS, 1, &body).unwrap())
            .unwrap();
        assert_eq!(
            a.founding_invitation(&invitation_hash(code)),
            Some((None, 2000))
        );
        assert!(
            a.keys().next().is_none(),
            "no founding key until one enrols"
        );
        a.append(&sign_entry(&log, o, LOG_TIME, 2, r#"{"time":1600}"#).unwrap())
            .unwrap();
        let enrol = |k: &SignerKey, c: &str| {
            let body =
                serde_json::json!({ "code": c, "key": k.verifier().to_string() }).to_string();
            sign_entry(k, o, MEMBER_ENROL, 1, &body).unwrap()
        };
        let secretariat = key("secretariat", 3);
        a.append(&enrol(&secretariat, code)).unwrap();
        let r = a.key(&secretariat.id()).unwrap();
        assert!(r.may_register, "a founding invitation's key is a founder");
        assert_eq!(r.label.as_deref(), Some("founder, enrolled by invitation"));
        assert_eq!(
            a.founding_invitation(&invitation_hash(code)),
            Some((Some(2), 2000))
        );
        // Used once only.
        let thief = key("thief", 4);
        assert!(matches!(
            a.append(&enrol(&thief, code)).unwrap_err(),
            EntryError::Registration(m) if m.text.contains("already used")
        ));
        // The other code is past its expiry on the log's clock.
        assert!(matches!(
            a.append(&enrol(&thief, late)).unwrap_err(),
            EntryError::Registration(m) if m.text.contains("expired")
        ));
        // The founder invites; an invitation grants no registrar rights,
        // whatever its body claims (regression, red team: a member given
        // rights could revoke the founders and mint keys that outlive it).
        let invite = |seq: u64, c: &str| {
            let body =
                serde_json::json!({ "code_sha256": invitation_hash(c), "may_register": true })
                    .to_string();
            sign_entry(&secretariat, o, MEMBER_INVITE, seq, &body).unwrap()
        };
        a.append(&invite(2, "SEC02")).unwrap();
        let second = key("second", 5);
        a.append(&enrol(&second, "SEC02")).unwrap();
        assert!(!a.key(&second.id()).unwrap().may_register);
        assert_eq!(
            a.key(&second.id()).unwrap().label.as_deref(),
            Some("enrolled by invitation")
        );
        let reg = |k: &SignerKey, seq: u64, new: &SignerKey| {
            let body = serde_json::json!({ "key": new.verifier().to_string() }).to_string();
            sign_entry(k, o, KEY_REGISTER, seq, &body).unwrap()
        };
        assert_eq!(
            a.append(&reg(&second, 2, &key("y", 8))).unwrap_err(),
            EntryError::NotRegistrar(second.id())
        );
        let revoke = serde_json::json!({ "key": secretariat.verifier().to_string() }).to_string();
        assert_eq!(
            a.append(&sign_entry(&second, o, KEY_REVOKE, 2, &revoke).unwrap())
                .unwrap_err(),
            EntryError::NotRegistrar(second.id())
        );
        // The founder registers as a founder may.
        a.append(&reg(&secretariat, 3, &key("x", 7))).unwrap();
    }

    #[test]
    fn a_genesis_needs_a_founder_or_a_founding_invitation_and_names_each_once() {
        let log = key("log.example", 1);
        let o = "log.example";
        let h = invitation_hash("C");
        for (body, why) in [
            (r#"{"process":"p","founders":[]}"#.to_owned(), "at least one founding key or founding invitation"),
            (format!(r#"{{"process":"p","founders":[],"invitations":[{{"code_sha256":"{h}","expires":1}},{{"code_sha256":"{h}","expires":2}}]}}"#), "listed twice"),
            (r#"{"process":"p","founders":[],"invitations":[{"code_sha256":"abc","expires":1}]}"#.to_owned(), "64 hex digits"),
            (format!(r#"{{"process":"p","founders":[],"invitations":[{{"code_sha256":"{h}"}}]}}"#), "expires"),
        ] {
            let a = Authority::new(log.verifier());
            let e = a
                .admit(Entry::parse(&sign_entry(&log, o, GENESIS, 1, &body).unwrap()).unwrap())
                .unwrap_err();
            assert!(e.to_string().contains(why), "{body}: {e}");
        }
    }
}
