//! The wire format of C2SP `tlog-mirror`'s `add-entries`: the request
//! header, the canonical sequence of entry packages (aligned at multiples of
//! 256, each with a subtree consistency proof), and the
//! `text/x.tlog.mirror-info` answer. Pure: the server streams the body and
//! the log builds it; both use these definitions.

use crate::Hash;

/// Entries per package (the tile width).
pub const PACKAGE_WIDTH: u64 = 256;
/// Most hashes a package's proof may carry.
pub const MAX_PACKAGE_HASHES: usize = 63;
/// Most packages a client sends in one request (the spec's advice).
pub const MAX_PACKAGES_PER_REQUEST: usize = 32;
/// The content type of a 202 or 409 answer.
pub const MIRROR_INFO: &str = "text/x.tlog.mirror-info";

/// The fixed part of an `add-entries` request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub origin: String,
    pub upload_start: u64,
    pub upload_end: u64,
    pub ticket: Vec<u8>,
}

impl Header {
    /// The header's bytes; `None` if the origin or ticket is longer than
    /// 65,535 bytes.
    pub fn encode(&self) -> Option<Vec<u8>> {
        let origin = u16::try_from(self.origin.len()).ok()?;
        let ticket = u16::try_from(self.ticket.len()).ok()?;
        let mut out = Vec::with_capacity(22 + self.origin.len() + self.ticket.len());
        out.extend_from_slice(&origin.to_be_bytes());
        out.extend_from_slice(self.origin.as_bytes());
        out.extend_from_slice(&self.upload_start.to_be_bytes());
        out.extend_from_slice(&self.upload_end.to_be_bytes());
        out.extend_from_slice(&ticket.to_be_bytes());
        out.extend_from_slice(&self.ticket);
        Some(out)
    }
}

/// One package of the canonical sequence: the entries `[start, end)`,
/// proven by the subtree `[subtree_start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Package {
    pub subtree_start: u64,
    pub start: u64,
    pub end: u64,
}

/// The canonical sequence of packages for `[upload_start, upload_end)`.
pub fn packages(upload_start: u64, upload_end: u64) -> impl Iterator<Item = Package> {
    let rounded_start = upload_start - upload_start % PACKAGE_WIDTH;
    let rounded_end = upload_end.div_ceil(PACKAGE_WIDTH) * PACKAGE_WIDTH;
    let count = if upload_start >= upload_end {
        0
    } else {
        (rounded_end - rounded_start) / PACKAGE_WIDTH
    };
    (0..count).map(move |i| {
        let subtree_start = rounded_start + i * PACKAGE_WIDTH;
        Package {
            subtree_start,
            start: upload_start.max(subtree_start),
            end: upload_end.min(subtree_start + PACKAGE_WIDTH),
        }
    })
}

/// One package's bytes: each entry with its two-byte length, then the
/// proof. `None` if an entry is longer than 65,535 bytes or the proof
/// longer than 63 hashes.
pub fn encode_package<'a>(
    entries: impl IntoIterator<Item = &'a [u8]>,
    proof: &[Hash],
) -> Option<Vec<u8>> {
    if proof.len() > MAX_PACKAGE_HASHES {
        return None;
    }
    let mut out = Vec::new();
    for e in entries {
        let len = u16::try_from(e.len()).ok()?;
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(e);
    }
    out.push(proof.len() as u8);
    for h in proof {
        out.extend_from_slice(h);
    }
    Some(out)
}

/// The three lines of a 202 or 409 answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MirrorInfo {
    /// The tree size of a valid pending checkpoint.
    pub size: u64,
    /// The mirror's next entry.
    pub next: u64,
    pub ticket: Vec<u8>,
}

impl MirrorInfo {
    pub fn to_text(&self) -> String {
        use base64::Engine as _;
        format!(
            "{}\n{}\n{}\n",
            self.size,
            self.next,
            base64::engine::general_purpose::STANDARD.encode(&self.ticket)
        )
    }

    /// Parse an answer's body; `None` if it is not three such lines.
    pub fn parse(text: &str) -> Option<Self> {
        use base64::Engine as _;
        let body = text.strip_suffix('\n')?;
        let mut lines = body.split('\n');
        let size = decimal(lines.next()?)?;
        let next = decimal(lines.next()?)?;
        let ticket = base64::engine::general_purpose::STANDARD
            .decode(lines.next()?)
            .ok()?;
        if lines.next().is_some() {
            return None;
        }
        Some(Self { size, next, ticket })
    }
}

/// A decimal number without leading zeros.
fn decimal(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || (s.len() > 1 && s.starts_with('0'))
    {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_canonical_sequence_is_aligned_at_256() {
        let p: Vec<Package> = packages(300, 1000).collect();
        assert_eq!(
            p,
            vec![
                Package {
                    subtree_start: 256,
                    start: 300,
                    end: 512
                },
                Package {
                    subtree_start: 512,
                    start: 512,
                    end: 768
                },
                Package {
                    subtree_start: 768,
                    start: 768,
                    end: 1000
                },
            ]
        );
        assert_eq!(packages(5, 5).count(), 0);
        assert_eq!(
            packages(0, 1).collect::<Vec<_>>(),
            vec![Package {
                subtree_start: 0,
                start: 0,
                end: 1
            }]
        );
        assert_eq!(packages(256, 512).count(), 1);
        for p in packages(3, 5000) {
            assert!(crate::subtree::is_valid(p.subtree_start, p.end));
        }
    }

    #[test]
    fn the_header_and_a_package_are_laid_out_as_the_spec_says() {
        let h = Header {
            origin: "example.com/log".into(),
            upload_start: 1,
            upload_end: 258,
            ticket: vec![9],
        };
        let b = h.encode().unwrap();
        assert_eq!(&b[..2], &[0, 15]);
        assert_eq!(&b[2..17], b"example.com/log");
        assert_eq!(&b[17..25], &1u64.to_be_bytes());
        assert_eq!(&b[25..33], &258u64.to_be_bytes());
        assert_eq!(&b[33..], &[0, 1, 9]);
        let p = encode_package([&b"ab"[..], b"c"], &[[7; 32]]).unwrap();
        assert_eq!(&p[..7], &[0, 2, b'a', b'b', 0, 1, b'c']);
        assert_eq!(p[7], 1);
        assert_eq!(&p[8..], &[7; 32]);
        assert!(encode_package([&vec![0; 70_000][..]], &[]).is_none());
    }

    #[test]
    fn mirror_info_round_trips_and_refuses_what_is_not_it() {
        let i = MirrorInfo {
            size: 10,
            next: 7,
            ticket: vec![],
        };
        assert_eq!(i.to_text(), "10\n7\n\n");
        assert_eq!(MirrorInfo::parse(&i.to_text()), Some(i));
        assert!(MirrorInfo::parse("10\n07\n\n").is_none());
        assert!(MirrorInfo::parse("10\n7\n").is_none());
        assert!(MirrorInfo::parse("10\n7\n\nextra\n").is_none());
    }
}
