//! Truce's ledger: the formats and rules of a signed, witnessed Merkle log.
//!
//! Pure: no I/O, no clock, no randomness. Callers pass in bytes, time and
//! seeds; the only storage seam is [`merkle::HashReader`].

pub mod audit;
pub mod authority;
pub mod checkpoint;
pub mod cosignature;
pub mod entry;
pub mod evidence;
pub mod merkle;
pub mod mirror_wire;
pub mod note;
pub mod reason;
pub mod receipt;
pub mod subtree;
pub mod tiles;

pub use merkle::Hash;
pub use reason::Reason;
