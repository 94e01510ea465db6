//! Ledger entries: DSSE envelopes (JSON, one Ed25519 signature over the DSSE
//! pre-authentication encoding) whose payload is a Truce statement
//! `{"origin": …, "seq": …, "body": …}`. The payload type names the event
//! kind: `application/vnd.truce.<kind>+json`.
//!
//! The envelope bytes as submitted are the log entry (the Merkle leaf), so
//! they are kept verbatim; this module only parses and checks them.

use crate::note::{SignerKey, VerifierKey};
use crate::reason::Reason;
use crate::tiles::MAX_ENTRY_SIZE;
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD as B64, URL_SAFE as B64URL};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use thiserror::Error;

const PAYLOAD_TYPE_PREFIX: &str = "application/vnd.truce.";
const PAYLOAD_TYPE_SUFFIX: &str = "+json";

/// Why an entry was refused. Every variant names what is wrong; its words
/// are [`EntryError::reason`]'s.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum EntryError {
    TooLarge(usize),
    /// The envelope does not parse (serde's words).
    Envelope(String),
    PayloadBase64,
    SignatureCount(usize),
    SignatureEncoding,
    PayloadType(String),
    /// The statement does not parse (serde's words).
    Statement(String),
    WrongOrigin {
        got: String,
        want: String,
    },
    ZeroSeq,
    UnknownKey(String),
    RevokedKey {
        key: String,
        at: u64,
    },
    Replay {
        key: String,
        last: u64,
        got: u64,
    },
    BadSignature(String),
    NotGenesis,
    SecondGenesis,
    GenesisSigner(String),
    Genesis(Reason),
    NotRegistrar(String),
    Registration(Reason),
    AlreadyRegistered(String),
    LogKeyMisuse,
    Time(Reason),
}

impl EntryError {
    /// What is wrong, in the catalogues' terms.
    pub fn reason(&self) -> Reason {
        use EntryError::*;
        match self {
            TooLarge(n) => crate::reason!(
                "entry-too-large",
                "the entry is {n} bytes; an entry is at most 65535 bytes (store larger content as a blob and reference its SHA-256)",
                n = n
            ),
            Envelope(detail) => crate::reason!(
                "entry-not-dsse",
                "the entry is not a DSSE JSON envelope: {detail}",
                detail = detail
            ),
            PayloadBase64 => {
                crate::reason!(
                    "entry-payload-base64",
                    "the envelope payload is not valid base64"
                )
            }
            SignatureCount(n) => crate::reason!(
                "entry-signature-count",
                "the envelope carries {n} signatures; Truce entries carry exactly one",
                n = n
            ),
            SignatureEncoding => crate::reason!(
                "entry-signature-encoding",
                "the signature is not 64 bytes of base64"
            ),
            PayloadType(t) => crate::reason!(
                "entry-payload-type",
                "payload type {t:?} is not application/vnd.truce.<kind>+json",
                t = t
            ),
            Statement(detail) => crate::reason!(
                "entry-not-statement",
                "the payload is not a Truce statement: {detail}",
                detail = detail
            ),
            WrongOrigin { got, want } => crate::reason!(
                "entry-wrong-origin",
                "the statement is for log {got:?}, this log is {want:?}",
                got = got,
                want = want
            ),
            ZeroSeq => crate::reason!(
                "entry-zero-seq",
                "sequence number 0 is not allowed; a signer's first entry has seq 1"
            ),
            UnknownKey(key) => crate::reason!(
                "entry-unknown-key",
                "unknown key {key}: it was never registered in this log",
                key = key
            ),
            RevokedKey { key, at } => crate::reason!(
                "entry-revoked-key",
                "key {key} was revoked at entry {at} and signs nothing afterwards",
                key = key,
                at = at
            ),
            Replay { key, last, got } => crate::reason!(
                "entry-replay",
                "replayed or out-of-order entry: key {key} already used seq {last}, this entry has seq {got}",
                key = key,
                last = last,
                got = got
            ),
            BadSignature(key) => crate::reason!(
                "entry-bad-signature",
                "the signature does not verify against key {key}",
                key = key
            ),
            NotGenesis => crate::reason!(
                "entry-not-genesis",
                "the first entry of a log must be its genesis"
            ),
            SecondGenesis => crate::reason!(
                "entry-second-genesis",
                "a log has exactly one genesis, at index 0"
            ),
            GenesisSigner(key) => crate::reason!(
                "entry-genesis-signer",
                "the genesis must be signed by the log key {key}",
                key = key
            ),
            Genesis(why) => crate::reason!("entry-genesis", "invalid genesis: {why}", why = why)
                .nest("why", why.clone()),
            NotRegistrar(key) => crate::reason!(
                "entry-not-registrar",
                "key {key} may not register or revoke keys",
                key = key
            ),
            Registration(why) => crate::reason!(
                "entry-registration",
                "invalid key registration: {why}",
                why = why
            )
            .nest("why", why.clone()),
            AlreadyRegistered(key) => crate::reason!(
                "entry-already-registered",
                "key {key} is already registered",
                key = key
            ),
            LogKeyMisuse => crate::reason!(
                "entry-log-key-misuse",
                "the log key signs only the genesis, log.time entries and checkpoints"
            ),
            Time(why) => crate::reason!("entry-time", "invalid log.time: {why}", why = why)
                .nest("why", why.clone()),
        }
    }
}

impl std::fmt::Display for EntryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason().text)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeWire {
    payload: String,
    #[serde(rename = "payloadType")]
    payload_type: String,
    signatures: Vec<SignatureWire>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignatureWire {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    keyid: String,
    sig: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StatementWire<'a> {
    #[serde(borrow)]
    origin: std::borrow::Cow<'a, str>,
    seq: u64,
    #[serde(borrow)]
    body: &'a RawValue,
}

/// The DSSE pre-authentication encoding:
/// `"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body`.
pub fn pae(payload_type: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + payload_type.len() + 32);
    out.extend_from_slice(b"DSSEv1 ");
    out.extend_from_slice(payload_type.len().to_string().as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload_type.as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload.len().to_string().as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload);
    out
}

/// `application/vnd.truce.<kind>+json`.
pub fn payload_type_for(kind: &str) -> String {
    format!("{PAYLOAD_TYPE_PREFIX}{kind}{PAYLOAD_TYPE_SUFFIX}")
}

fn is_valid_kind(kind: &str) -> bool {
    let mut chars = kind.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
        && kind.len() <= 64
}

/// A parsed, not yet authorised, entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: String,
    pub payload_type: String,
    pub origin: String,
    pub seq: u64,
    /// The statement body as JSON text.
    pub body: String,
    /// The signer's key id, `name+hash`.
    pub keyid: String,
    pub signature: [u8; 64],
    payload: Vec<u8>,
}

impl Entry {
    pub fn parse(bytes: &[u8]) -> Result<Self, EntryError> {
        if bytes.len() > MAX_ENTRY_SIZE {
            return Err(EntryError::TooLarge(bytes.len()));
        }
        let env: EnvelopeWire =
            serde_json::from_slice(bytes).map_err(|e| EntryError::Envelope(e.to_string()))?;
        let payload = B64
            .decode(&env.payload)
            .or_else(|_| B64URL.decode(&env.payload))
            .map_err(|_| EntryError::PayloadBase64)?;
        if env.signatures.len() != 1 {
            return Err(EntryError::SignatureCount(env.signatures.len()));
        }
        let sig = &env.signatures[0];
        let signature: [u8; 64] = B64
            .decode(&sig.sig)
            .or_else(|_| B64URL.decode(&sig.sig))
            .ok()
            .and_then(|s| s.try_into().ok())
            .ok_or(EntryError::SignatureEncoding)?;
        let kind = env
            .payload_type
            .strip_prefix(PAYLOAD_TYPE_PREFIX)
            .and_then(|k| k.strip_suffix(PAYLOAD_TYPE_SUFFIX))
            .filter(|k| is_valid_kind(k))
            .ok_or_else(|| EntryError::PayloadType(env.payload_type.clone()))?
            .to_owned();
        let st: StatementWire<'_> =
            serde_json::from_slice(&payload).map_err(|e| EntryError::Statement(e.to_string()))?;
        if st.seq == 0 {
            return Err(EntryError::ZeroSeq);
        }
        let (origin, seq, body) = (st.origin.into_owned(), st.seq, st.body.get().to_owned());
        Ok(Self {
            kind,
            payload_type: env.payload_type,
            origin,
            seq,
            body,
            keyid: sig.keyid.clone(),
            signature,
            payload,
        })
    }

    /// The bytes the signature covers.
    pub fn pae(&self) -> Vec<u8> {
        pae(&self.payload_type, &self.payload)
    }

    pub fn verify_signature(&self, key: &VerifierKey) -> bool {
        key.verify_raw(&self.pae(), &self.signature)
    }
}

/// Build and sign an entry: the envelope bytes to submit.
pub fn sign_entry(
    signer: &SignerKey,
    origin: &str,
    kind: &str,
    seq: u64,
    body_json: &str,
) -> Result<Vec<u8>, EntryError> {
    if !is_valid_kind(kind) {
        return Err(EntryError::PayloadType(payload_type_for(kind)));
    }
    let body: &RawValue =
        serde_json::from_str(body_json).map_err(|e| EntryError::Statement(e.to_string()))?;
    let payload = serde_json::to_vec(&StatementWire {
        origin: origin.into(),
        seq,
        body,
    })
    .map_err(|e| EntryError::Statement(e.to_string()))?;
    let payload_type = payload_type_for(kind);
    let sig = signer.sign_raw(&pae(&payload_type, &payload));
    let env = EnvelopeWire {
        payload: B64.encode(&payload),
        payload_type,
        signatures: vec![SignatureWire {
            keyid: signer.id(),
            sig: B64.encode(sig),
        }],
    };
    let bytes = serde_json::to_vec(&env).map_err(|e| EntryError::Envelope(e.to_string()))?;
    if bytes.len() > MAX_ENTRY_SIZE {
        return Err(EntryError::TooLarge(bytes.len()));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::note::ALG_ED25519;

    #[test]
    fn pae_matches_the_dsse_spec_example() {
        // From the DSSE protocol document: PAE("http://example.com/HelloWorld", "hello world").
        assert_eq!(
            pae("http://example.com/HelloWorld", b"hello world"),
            b"DSSEv1 29 http://example.com/HelloWorld 11 hello world".to_vec()
        );
    }

    #[test]
    fn signed_entries_parse_and_verify() {
        let k = SignerKey::from_seed("alice", ALG_ED25519, [7; 32]).unwrap();
        let bytes = sign_entry(&k, "log.example", "note", 3, r#"{"text":"hi"}"#).unwrap();
        let e = Entry::parse(&bytes).unwrap();
        assert_eq!(
            (e.kind.as_str(), e.seq, e.origin.as_str()),
            ("note", 3, "log.example")
        );
        assert_eq!(e.body, r#"{"text":"hi"}"#);
        assert!(e.verify_signature(&k.verifier()));
        let other = SignerKey::from_seed("alice", ALG_ED25519, [8; 32]).unwrap();
        assert!(!e.verify_signature(&other.verifier()));
    }

    #[test]
    fn malformed_entries_name_the_problem() {
        assert!(matches!(
            Entry::parse(b"nope"),
            Err(EntryError::Envelope(_))
        ));
        assert!(matches!(
            Entry::parse(&vec![b' '; 70_000]),
            Err(EntryError::TooLarge(70_000))
        ));
        let no_sig = br#"{"payload":"e30=","payloadType":"application/vnd.truce.note+json","signatures":[]}"#;
        assert_eq!(Entry::parse(no_sig), Err(EntryError::SignatureCount(0)));
    }
}
