//! C2SP `tlog-cosignature` Ed25519 `cosignature/v1`: the signed message and
//! the timestamp carried in a cosignature line. Signing and verifying go
//! through [`crate::note`] keys of type 0x04.

use crate::note::{NoteError, SignatureLine};

/// `cosignature/v1\ntime T\n` followed by the checkpoint note text.
pub fn signed_message(checkpoint_text: &str, timestamp: u64) -> String {
    format!("cosignature/v1\ntime {timestamp}\n{checkpoint_text}")
}

/// The timestamp of a cosignature line's signature bytes (after the key ID):
/// exactly 8 bytes of big-endian time and 64 bytes of Ed25519 signature.
pub fn timestamp(line: &SignatureLine) -> Result<u64, NoteError> {
    if line.sig.len() != 72 {
        return Err(NoteError::MalformedSignature(
            line.to_string().trim_end().to_owned(),
        ));
    }
    let ts = u64::from_be_bytes(line.sig[..8].try_into().expect("8 bytes"));
    if ts > i64::MAX as u64 {
        return Err(NoteError::MalformedSignature(
            line.to_string().trim_end().to_owned(),
        ));
    }
    Ok(ts)
}
