//! C2SP `tlog-tiles`: tile and entry-bundle paths (`tile/<L>/<N>[.p/<W>]`,
//! `tile/entries/<N>[.p/<W>]`), tile contents from a [`HashReader`], and the
//! uint16 length-prefixed entry bundle encoding.

use crate::merkle::{Hash, HashReader};
use thiserror::Error;

/// Hashes in a full tile.
pub const TILE_WIDTH: u64 = 256;
/// Levels of the Merkle tree that one tile spans.
pub const TILE_HEIGHT: u8 = 8;
/// Largest entry an entry bundle can carry.
pub const MAX_ENTRY_SIZE: usize = 65_535;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum TileError {
    #[error("malformed tile path: {0}")]
    Path(&'static str),
    #[error("an entry of {0} bytes does not fit a bundle (at most 65535)")]
    EntryTooLarge(usize),
    #[error("truncated entry bundle")]
    Truncated,
}

/// What a tile path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TileKind {
    /// A Merkle tree tile at this level (0..=63).
    Hashes(u8),
    /// An entry bundle.
    Entries,
}

/// A parsed tile path: kind, index and width (256 for a full tile).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TilePath {
    pub kind: TileKind,
    pub index: u64,
    pub width: u64,
}

impl TilePath {
    pub fn is_partial(&self) -> bool {
        self.width < TILE_WIDTH
    }

    /// Parse the part of the URL after `tile/`, e.g. `0/x001/234.p/5` or `entries/007`.
    pub fn parse(path: &str) -> Result<Self, TileError> {
        let (first, rest) = path.split_once('/').ok_or(TileError::Path("too short"))?;
        let kind = if first == "entries" {
            TileKind::Entries
        } else {
            let level =
                parse_decimal(first).ok_or(TileError::Path("the level must be a decimal"))?;
            if level > 63 {
                return Err(TileError::Path("the level must be at most 63"));
            }
            TileKind::Hashes(level as u8)
        };
        let (index_part, width) = match rest.split_once(".p/") {
            Some((idx, w)) => {
                let w = parse_decimal(w).ok_or(TileError::Path("the width must be a decimal"))?;
                if !(1..=255).contains(&w) {
                    return Err(TileError::Path("a partial width must be between 1 and 255"));
                }
                (idx, w)
            }
            None => (rest, TILE_WIDTH),
        };
        let elems: Vec<&str> = index_part.split('/').collect();
        let mut index: u64 = 0;
        for (i, e) in elems.iter().enumerate() {
            let last = i + 1 == elems.len();
            let digits = if last {
                *e
            } else {
                e.strip_prefix('x')
                    .ok_or(TileError::Path("non-final index elements start with x"))?
            };
            if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(TileError::Path("index elements are three digits"));
            }
            index = index
                .checked_mul(1000)
                .and_then(|v| v.checked_add(digits.parse::<u64>().ok()?))
                .ok_or(TileError::Path("index too large"))?;
        }
        if format_index(index) != index_part {
            return Err(TileError::Path("the index is not in canonical form"));
        }
        Ok(Self { kind, index, width })
    }

    /// The path after `tile/`.
    pub fn to_path(&self) -> String {
        let kind = match self.kind {
            TileKind::Hashes(l) => l.to_string(),
            TileKind::Entries => "entries".to_owned(),
        };
        let mut s = format!("{kind}/{}", format_index(self.index));
        if self.is_partial() {
            s.push_str(&format!(".p/{}", self.width));
        }
        s
    }
}

fn parse_decimal(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || (s.len() > 1 && s.starts_with('0'))
    {
        return None;
    }
    s.parse().ok()
}

/// `1234067` → `x001/x234/067`.
pub fn format_index(mut n: u64) -> String {
    let mut parts = vec![format!("{:03}", n % 1000)];
    n /= 1000;
    while n > 0 {
        parts.push(format!("x{:03}", n % 1000));
        n /= 1000;
    }
    parts.reverse();
    parts.join("/")
}

/// Number of hashes that exist at tile level `level` in a tree of `size` leaves.
pub fn hashes_at_level(size: u64, level: u8) -> u64 {
    let shift = u32::from(level) * u32::from(TILE_HEIGHT);
    if shift >= 64 { 0 } else { size >> shift }
}

/// Does `path` name a tile that exists in a tree of `size` leaves?
pub fn tile_exists(path: &TilePath, size: u64) -> bool {
    let level = match path.kind {
        TileKind::Hashes(l) => l,
        TileKind::Entries => 0,
    };
    let available = hashes_at_level(size, level);
    path.index
        .checked_mul(TILE_WIDTH)
        .and_then(|start| start.checked_add(path.width))
        .is_some_and(|end| end <= available)
}

/// The bytes of a Merkle tree tile: `width` hashes of tree height `8 * level`.
/// The caller checks [`tile_exists`] first.
pub fn tile_bytes<R: HashReader + ?Sized>(
    reader: &R,
    level: u8,
    index: u64,
    width: u64,
) -> Vec<u8> {
    let height = level * TILE_HEIGHT;
    let mut out = Vec::with_capacity(width as usize * 32);
    for i in 0..width {
        out.extend_from_slice(&reader.node(height, index * TILE_WIDTH + i));
    }
    out
}

/// Encode entries as a bundle of uint16 big-endian length-prefixed entries.
pub fn encode_bundle<'a>(
    entries: impl IntoIterator<Item = &'a [u8]>,
) -> Result<Vec<u8>, TileError> {
    let mut out = Vec::new();
    for e in entries {
        let len = u16::try_from(e.len()).map_err(|_| TileError::EntryTooLarge(e.len()))?;
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(e);
    }
    Ok(out)
}

/// Decode an entry bundle.
pub fn decode_bundle(mut data: &[u8]) -> Result<Vec<Vec<u8>>, TileError> {
    let mut out = Vec::new();
    while !data.is_empty() {
        if data.len() < 2 {
            return Err(TileError::Truncated);
        }
        let len = u16::from_be_bytes([data[0], data[1]]) as usize;
        data = &data[2..];
        if data.len() < len {
            return Err(TileError::Truncated);
        }
        out.push(data[..len].to_vec());
        data = &data[len..];
    }
    Ok(out)
}

/// Split tile bytes into hashes.
pub fn tile_hashes(data: &[u8]) -> Option<Vec<Hash>> {
    if !data.len().is_multiple_of(32) {
        return None;
    }
    Some(
        data.chunks_exact(32)
            .map(|c| c.try_into().expect("32 bytes"))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_follow_the_spec_examples() {
        assert_eq!(format_index(1_234_067), "x001/x234/067");
        assert_eq!(format_index(0), "000");
        let p = TilePath::parse("0/x001/x234/067.p/8").unwrap();
        assert_eq!(
            p,
            TilePath {
                kind: TileKind::Hashes(0),
                index: 1_234_067,
                width: 8
            }
        );
        assert_eq!(p.to_path(), "0/x001/x234/067.p/8");
        assert_eq!(
            TilePath::parse("entries/001").unwrap().kind,
            TileKind::Entries
        );
        for bad in [
            "0/1",
            "0/x000/001",
            "01/000",
            "64/000",
            "0/000.p/0",
            "0/000.p/256",
            "0/001/002",
            "x/000",
            "0/000.p/08",
        ] {
            assert!(TilePath::parse(bad).is_err(), "{bad} must be refused");
        }
    }

    #[test]
    fn tile_counts_match_the_spec_example() {
        // "a tree of size 70,000 will be represented by 273 full level 0 tiles,
        // one partial level 0 tile of width 112, one full level 1 tile, one
        // partial level 1 tile of width 17, and one partial level 2 tile of width 1."
        let size = 70_000;
        let full0 = TilePath {
            kind: TileKind::Hashes(0),
            index: 272,
            width: 256,
        };
        assert!(tile_exists(&full0, size));
        assert!(!tile_exists(
            &TilePath {
                index: 273,
                ..full0
            },
            size
        ));
        assert!(tile_exists(
            &TilePath {
                index: 273,
                width: 112,
                ..full0
            },
            size
        ));
        assert!(!tile_exists(
            &TilePath {
                index: 273,
                width: 113,
                ..full0
            },
            size
        ));
        let l1 = TilePath {
            kind: TileKind::Hashes(1),
            index: 0,
            width: 256,
        };
        assert!(tile_exists(&l1, size));
        assert!(tile_exists(
            &TilePath {
                index: 1,
                width: 17,
                ..l1
            },
            size
        ));
        assert!(!tile_exists(
            &TilePath {
                index: 1,
                width: 18,
                ..l1
            },
            size
        ));
        assert!(tile_exists(
            &TilePath {
                kind: TileKind::Hashes(2),
                index: 0,
                width: 1
            },
            size
        ));
        assert!(!tile_exists(
            &TilePath {
                kind: TileKind::Hashes(3),
                index: 0,
                width: 1
            },
            size
        ));
    }

    #[test]
    fn bundles_round_trip() {
        let entries: Vec<&[u8]> = vec![b"a", b"", b"hello"];
        let b = encode_bundle(entries.iter().copied()).unwrap();
        assert_eq!(b, [0, 1, b'a', 0, 0, 0, 5, b'h', b'e', b'l', b'l', b'o']);
        assert_eq!(
            decode_bundle(&b).unwrap(),
            vec![b"a".to_vec(), vec![], b"hello".to_vec()]
        );
        assert!(decode_bundle(&b[..b.len() - 1]).is_err());
    }
}
