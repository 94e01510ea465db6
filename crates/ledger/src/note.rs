//! C2SP `signed-note`: Ed25519 signer and verifier keys, key IDs, note
//! parsing, signing and verification. Also verifies C2SP `tlog-cosignature`
//! Ed25519 `cosignature/v1` lines (signature type 0x04), which are note
//! signatures over a different message.
//!
//! Acceptance rule, the one Truce uses everywhere: signatures are checked
//! with `verify_strict` (canonical S, no small-order R), and weak (small
//! order) public keys are refused when a key is parsed.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};
use std::fmt;
use thiserror::Error;

/// Signature type byte of plain Ed25519 note signatures.
pub const ALG_ED25519: u8 = 0x01;
/// Signature type byte of timestamped Ed25519 witness cosignatures.
pub const ALG_COSIGNATURE_V1: u8 = 0x04;

/// Most signatures a note may carry; the spec asks for at least 16.
pub const MAX_SIGNATURES: usize = 100;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("a key must have the form name+hash+key")]
    Shape,
    #[error("invalid key name {0:?}: it must be non-empty, without spaces or '+'")]
    Name(String),
    #[error("the key hash must be 8 hexadecimal digits")]
    HashSyntax,
    #[error("the key data is not valid base64")]
    Base64,
    #[error("the key hash does not match the key name and key data")]
    HashMismatch,
    #[error("unsupported key type 0x{0:02x}")]
    Algorithm(u8),
    #[error("an Ed25519 key must be 32 bytes")]
    Length,
    #[error("not a valid Ed25519 public key")]
    InvalidPoint,
    #[error("weak Ed25519 public key (small order) refused")]
    Weak,
    #[error("a signer key must start with PRIVATE+KEY+")]
    NotPrivate,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum NoteError {
    #[error("a note must be valid UTF-8")]
    Utf8,
    #[error("the note contains a control character other than newline")]
    ControlCharacter,
    #[error("the note has no blank line separating text from signatures")]
    NoSeparator,
    #[error("the note must end with a newline")]
    NoFinalNewline,
    #[error("malformed signature line {0:?}")]
    MalformedSignature(String),
    #[error("the note has more than {MAX_SIGNATURES} signatures")]
    TooManySignatures,
    #[error("two signatures from the same key {0}")]
    DuplicateSignature(String),
    #[error("the signature by {0} does not verify")]
    InvalidSignature(String),
    #[error("no signature by a known key verifies")]
    NoVerifiedSignature,
    #[error("the text to sign must end with a newline and contain no control characters")]
    BadText,
}

/// `SHA-256(name || 0x0A || type || public key)[:4]` as a big-endian u32.
pub fn key_id(name: &str, alg: u8, public_key: &[u8; 32]) -> u32 {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update([b'\n', alg]);
    h.update(public_key);
    let d = h.finalize();
    u32::from_be_bytes([d[0], d[1], d[2], d[3]])
}

/// A key name: non-empty, no Unicode spaces, no '+', no control characters.
pub fn is_valid_key_name(name: &str) -> bool {
    !name.is_empty()
        && !name
            .chars()
            .any(|c| c.is_whitespace() || c == '+' || c.is_control())
}

fn check_alg(alg: u8) -> Result<(), KeyError> {
    match alg {
        ALG_ED25519 | ALG_COSIGNATURE_V1 => Ok(()),
        other => Err(KeyError::Algorithm(other)),
    }
}

/// Parse a public key under Truce's acceptance rule (valid point, not weak).
pub fn parse_public_key(bytes: &[u8]) -> Result<VerifyingKey, KeyError> {
    let bytes: [u8; 32] = bytes.try_into().map_err(|_| KeyError::Length)?;
    let key = VerifyingKey::from_bytes(&bytes).map_err(|_| KeyError::InvalidPoint)?;
    if key.is_weak() {
        return Err(KeyError::Weak);
    }
    Ok(key)
}

/// A public key that verifies note signatures (`name+hash+base64(type||key)`).
#[derive(Clone, PartialEq, Eq)]
pub struct VerifierKey {
    name: String,
    key_id: u32,
    alg: u8,
    key: VerifyingKey,
}

impl fmt::Debug for VerifierKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "VerifierKey({self})")
    }
}

impl VerifierKey {
    pub fn new(name: &str, alg: u8, key: VerifyingKey) -> Result<Self, KeyError> {
        if !is_valid_key_name(name) {
            return Err(KeyError::Name(name.to_owned()));
        }
        check_alg(alg)?;
        if key.is_weak() {
            return Err(KeyError::Weak);
        }
        Ok(Self {
            name: name.to_owned(),
            key_id: key_id(name, alg, key.as_bytes()),
            alg,
            key,
        })
    }

    pub fn parse(s: &str) -> Result<Self, KeyError> {
        let (name, rest) = s.split_once('+').ok_or(KeyError::Shape)?;
        let (hash, data) = rest.split_once('+').ok_or(KeyError::Shape)?;
        if !is_valid_key_name(name) {
            return Err(KeyError::Name(name.to_owned()));
        }
        if hash.len() != 8 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(KeyError::HashSyntax);
        }
        let want = u32::from_str_radix(hash, 16).map_err(|_| KeyError::HashSyntax)?;
        let data = B64.decode(data).map_err(|_| KeyError::Base64)?;
        let (&alg, key) = data.split_first().ok_or(KeyError::Length)?;
        let key_bytes: [u8; 32] = key.try_into().map_err(|_| KeyError::Length)?;
        if key_id(name, alg, &key_bytes) != want {
            return Err(KeyError::HashMismatch);
        }
        check_alg(alg)?;
        let key = parse_public_key(&key_bytes)?;
        Ok(Self {
            name: name.to_owned(),
            key_id: want,
            alg,
            key,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn key_id(&self) -> u32 {
        self.key_id
    }
    pub fn alg(&self) -> u8 {
        self.alg
    }
    pub fn public_key(&self) -> &VerifyingKey {
        &self.key
    }
    /// `name+hash`: what identifies the key in signature lines and DSSE key ids.
    pub fn id(&self) -> String {
        format!("{}+{:08x}", self.name, self.key_id)
    }

    /// Verify a raw Ed25519 signature under the acceptance rule.
    pub fn verify_raw(&self, message: &[u8], signature: &[u8]) -> bool {
        let Ok(sig) = Signature::from_slice(signature) else {
            return false;
        };
        self.key.verify_strict(message, &sig).is_ok()
    }

    /// Verify one note signature (the bytes after the key ID) over `text`.
    /// Returns the cosignature timestamp for type 0x04 keys.
    fn verify_note_signature(&self, text: &str, sig: &[u8]) -> Option<Option<u64>> {
        match self.alg {
            ALG_ED25519 => self.verify_raw(text.as_bytes(), sig).then_some(None),
            ALG_COSIGNATURE_V1 => {
                if sig.len() != 72 {
                    return None;
                }
                let ts = u64::from_be_bytes(sig[..8].try_into().ok()?);
                if ts > i64::MAX as u64 {
                    return None;
                }
                let msg = crate::cosignature::signed_message(text, ts);
                self.verify_raw(msg.as_bytes(), &sig[8..])
                    .then_some(Some(ts))
            }
            _ => None,
        }
    }
}

impl fmt::Display for VerifierKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut data = vec![self.alg];
        data.extend_from_slice(self.key.as_bytes());
        write!(f, "{}+{:08x}+{}", self.name, self.key_id, B64.encode(data))
    }
}

/// A private key that signs notes (`PRIVATE+KEY+name+hash+base64(type||seed)`).
/// Type 0x04 signer keys are Truce's spelling for a witness's cosigning key.
#[derive(Clone)]
pub struct SignerKey {
    name: String,
    key_id: u32,
    alg: u8,
    key: SigningKey,
}

impl fmt::Debug for SignerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SignerKey({}+{:08x}, private)", self.name, self.key_id)
    }
}

impl SignerKey {
    /// A new key from 32 bytes of randomness supplied by the caller.
    pub fn from_seed(name: &str, alg: u8, seed: [u8; 32]) -> Result<Self, KeyError> {
        if !is_valid_key_name(name) {
            return Err(KeyError::Name(name.to_owned()));
        }
        check_alg(alg)?;
        let key = SigningKey::from_bytes(&seed);
        let pk = key.verifying_key();
        if pk.is_weak() {
            return Err(KeyError::Weak);
        }
        Ok(Self {
            name: name.to_owned(),
            key_id: key_id(name, alg, pk.as_bytes()),
            alg,
            key,
        })
    }

    pub fn parse(s: &str) -> Result<Self, KeyError> {
        let rest = s
            .trim_end()
            .strip_prefix("PRIVATE+KEY+")
            .ok_or(KeyError::NotPrivate)?;
        let (name, rest) = rest.split_once('+').ok_or(KeyError::Shape)?;
        let (hash, data) = rest.split_once('+').ok_or(KeyError::Shape)?;
        if hash.len() != 8 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(KeyError::HashSyntax);
        }
        let want = u32::from_str_radix(hash, 16).map_err(|_| KeyError::HashSyntax)?;
        let data = B64.decode(data).map_err(|_| KeyError::Base64)?;
        let (&alg, seed) = data.split_first().ok_or(KeyError::Length)?;
        let seed: [u8; 32] = seed.try_into().map_err(|_| KeyError::Length)?;
        let key = Self::from_seed(name, alg, seed)?;
        if key.key_id != want {
            return Err(KeyError::HashMismatch);
        }
        Ok(key)
    }

    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn key_id(&self) -> u32 {
        self.key_id
    }
    pub fn alg(&self) -> u8 {
        self.alg
    }
    pub fn id(&self) -> String {
        format!("{}+{:08x}", self.name, self.key_id)
    }

    pub fn verifier(&self) -> VerifierKey {
        VerifierKey {
            name: self.name.clone(),
            key_id: self.key_id,
            alg: self.alg,
            key: self.key.verifying_key(),
        }
    }

    /// The private key in its file form. Keep it secret.
    pub fn to_secret_string(&self) -> String {
        let mut data = vec![self.alg];
        data.extend_from_slice(self.key.as_bytes());
        format!(
            "PRIVATE+KEY+{}+{:08x}+{}",
            self.name,
            self.key_id,
            B64.encode(data)
        )
    }

    pub fn sign_raw(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }

    /// A note signature line over `text` (type 0x01 keys), or a cosignature
    /// line at `timestamp` (type 0x04 keys).
    pub fn sign_note(&self, text: &str, timestamp: u64) -> Result<SignatureLine, NoteError> {
        check_text(text)?;
        let sig = match self.alg {
            ALG_COSIGNATURE_V1 => {
                let msg = crate::cosignature::signed_message(text, timestamp);
                let mut sig = timestamp.to_be_bytes().to_vec();
                sig.extend_from_slice(&self.sign_raw(msg.as_bytes()));
                sig
            }
            _ => self.sign_raw(text.as_bytes()).to_vec(),
        };
        Ok(SignatureLine {
            name: self.name.clone(),
            key_id: self.key_id,
            sig,
        })
    }
}

fn check_text(text: &str) -> Result<(), NoteError> {
    if !text.ends_with('\n') || text.chars().any(|c| c < ' ' && c != '\n') {
        return Err(NoteError::BadText);
    }
    Ok(())
}

/// One signature line: `— name base64(key ID || signature)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureLine {
    pub name: String,
    pub key_id: u32,
    /// The signature bytes after the key ID.
    pub sig: Vec<u8>,
}

impl SignatureLine {
    pub fn parse(line: &str) -> Result<Self, NoteError> {
        let bad = || NoteError::MalformedSignature(line.to_owned());
        let rest = line.strip_prefix("\u{2014} ").ok_or_else(bad)?;
        let (name, b64) = rest.split_once(' ').ok_or_else(bad)?;
        if !is_valid_key_name(name) {
            return Err(bad());
        }
        let raw = B64.decode(b64).map_err(|_| bad())?;
        if raw.len() < 5 {
            return Err(bad());
        }
        let key_id = u32::from_be_bytes([raw[0], raw[1], raw[2], raw[3]]);
        Ok(Self {
            name: name.to_owned(),
            key_id,
            sig: raw[4..].to_vec(),
        })
    }

    pub fn id(&self) -> String {
        format!("{}+{:08x}", self.name, self.key_id)
    }
}

impl fmt::Display for SignatureLine {
    /// The line with its final newline.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut raw = self.key_id.to_be_bytes().to_vec();
        raw.extend_from_slice(&self.sig);
        writeln!(f, "\u{2014} {} {}", self.name, B64.encode(raw))
    }
}

/// A signature that verified, with its cosignature timestamp if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub name: String,
    pub key_id: u32,
    pub alg: u8,
    pub timestamp: Option<u64>,
}

/// A parsed (not yet verified) signed note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub signatures: Vec<SignatureLine>,
}

impl Note {
    pub fn parse(msg: &str) -> Result<Self, NoteError> {
        if msg.chars().any(|c| c < ' ' && c != '\n') {
            return Err(NoteError::ControlCharacter);
        }
        if !msg.ends_with('\n') {
            return Err(NoteError::NoFinalNewline);
        }
        let split = msg.rfind("\n\n").ok_or(NoteError::NoSeparator)?;
        let text = &msg[..split + 1];
        let sigs = &msg[split + 2..];
        if sigs.is_empty() {
            return Err(NoteError::NoSeparator);
        }
        let mut signatures = Vec::new();
        for line in sigs.strip_suffix('\n').unwrap_or(sigs).split('\n') {
            if signatures.len() == MAX_SIGNATURES {
                return Err(NoteError::TooManySignatures);
            }
            signatures.push(SignatureLine::parse(line)?);
        }
        Ok(Self {
            text: text.to_owned(),
            signatures,
        })
    }

    pub fn parse_bytes(msg: &[u8]) -> Result<Self, NoteError> {
        Self::parse(std::str::from_utf8(msg).map_err(|_| NoteError::Utf8)?)
    }

    /// Check every signature by a known key; unknown keys are ignored. Fails
    /// if a known key's signature is bad, appears twice, or none verifies.
    pub fn verify(&self, known: &[VerifierKey]) -> Result<Vec<Verified>, NoteError> {
        let mut verified: Vec<Verified> = Vec::new();
        for line in &self.signatures {
            let Some(key) = known
                .iter()
                .find(|k| k.name == line.name && k.key_id == line.key_id)
            else {
                continue;
            };
            if verified
                .iter()
                .any(|v| v.name == line.name && v.key_id == line.key_id)
            {
                return Err(NoteError::DuplicateSignature(line.id()));
            }
            let timestamp = key
                .verify_note_signature(&self.text, &line.sig)
                .ok_or_else(|| NoteError::InvalidSignature(line.id()))?;
            verified.push(Verified {
                name: line.name.clone(),
                key_id: line.key_id,
                alg: key.alg,
                timestamp,
            });
        }
        if verified.is_empty() {
            return Err(NoteError::NoVerifiedSignature);
        }
        Ok(verified)
    }

    /// Add a signature line unless one from the same key is already present.
    pub fn add_signature(&mut self, line: SignatureLine) -> bool {
        if self
            .signatures
            .iter()
            .any(|s| s.name == line.name && s.key_id == line.key_id)
        {
            return false;
        }
        self.signatures.push(line);
        true
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.text)?;
        for s in &self.signatures {
            write!(f, "{s}")?;
        }
        Ok(())
    }
}

/// Sign `text` with `signer` (type 0x01) into a complete note.
pub fn sign(text: &str, signer: &SignerKey) -> Result<Note, NoteError> {
    let line = signer.sign_note(text, 0)?;
    Ok(Note {
        text: text.to_owned(),
        signatures: vec![line],
    })
}
