//! Answers written a part at a time. A large read (an export of every
//! incident) is rendered as the client reads it, a few hundred items per
//! part, from the snapshot it started on: a slow reader holds that snapshot,
//! its send slot and one part, never the whole answer; nothing is rendered
//! for a reader who has gone; and a reader who has not taken it all within
//! [`DEADLINE`] is cut off, so no snapshot is held for ever.

use super::slots::SendSlot;
use axum::body::{Body, Bytes};
use std::ops::Range;
use std::time::{Duration, Instant};

/// Items rendered per part.
pub const PART: usize = 256;

/// The longest an answer may take to be read.
pub const DEADLINE: Duration = Duration::from_secs(600);

/// Something that renders its items a range at a time.
pub trait Parts: Send + Sync + 'static {
    /// How many items there are.
    fn len(&self) -> usize;
    /// Whether there are none (the answer is its head and tail).
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// What comes before the first item.
    fn head(&self) -> Vec<u8>;
    /// Append items `range` to `out`.
    fn part(&self, range: Range<usize>, out: &mut Vec<u8>);
    /// What comes after the last item.
    fn tail(&self) -> Vec<u8>;
}

/// Where a body being written has got to.
enum At {
    Head,
    Item(usize),
    Tail,
}

/// A response body of `parts`: its head, its items [`PART`] at a time, its
/// tail, each rendered only when the client has taken the one before. The
/// slot is held until the last part is taken, the reader has gone or the
/// deadline has passed (the connection is then cut: the answer is short).
pub fn body(parts: impl Parts, slot: SendSlot) -> Body {
    body_until(parts, slot, Instant::now() + DEADLINE)
}

fn body_until(parts: impl Parts, slot: SendSlot, until: Instant) -> Body {
    let stream = futures_util::stream::unfold(
        (At::Head, parts, slot),
        move |(at, parts, slot)| async move {
            if Instant::now() > until {
                let late = std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    "the answer was not read within its deadline",
                );
                return match at {
                    At::Tail => None,
                    _ => Some((Err(late), (At::Tail, parts, slot))),
                };
            }
            let (bytes, next) = match at {
                At::Head => (parts.head(), At::Item(0)),
                At::Item(i) if i < parts.len() => {
                    let end = (i + PART).min(parts.len());
                    let mut out = Vec::new();
                    parts.part(i..end, &mut out);
                    (out, At::Item(end))
                }
                At::Item(_) => (parts.tail(), At::Tail),
                At::Tail => return None,
            };
            Some((Ok(Bytes::from(bytes)), (next, parts, slot)))
        },
    );
    Body::from_stream(stream)
}

/// Bytes already in memory (a blob) as a body that holds its send slot
/// until the reader has taken the last part, has gone, or the deadline has
/// passed.
pub fn bytes_body(bytes: Bytes, slot: SendSlot) -> Body {
    /// Bytes per part.
    struct Chunks(Bytes);
    impl Parts for Chunks {
        fn len(&self) -> usize {
            self.0.len().div_ceil(CHUNK)
        }
        fn head(&self) -> Vec<u8> {
            Vec::new()
        }
        fn part(&self, range: Range<usize>, out: &mut Vec<u8>) {
            let end = (range.end * CHUNK).min(self.0.len());
            out.extend_from_slice(&self.0[range.start * CHUNK..end]);
        }
        fn tail(&self) -> Vec<u8> {
            Vec::new()
        }
    }
    const CHUNK: usize = 256;
    body(Chunks(bytes), slot)
}

/// Write all of `parts` to `w`, a part at a time (for files and pipes).
pub fn write(parts: &impl Parts, w: &mut impl std::io::Write) -> std::io::Result<()> {
    w.write_all(&parts.head())?;
    let mut i = 0;
    let mut out = Vec::new();
    while i < parts.len() {
        let end = (i + PART).min(parts.len());
        out.clear();
        parts.part(i..end, &mut out);
        w.write_all(&out)?;
        i = end;
    }
    w.write_all(&parts.tail())?;
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::app::Slots;

    struct Numbers(usize);
    impl Parts for Numbers {
        fn len(&self) -> usize {
            self.0
        }
        fn head(&self) -> Vec<u8> {
            b"[".to_vec()
        }
        fn part(&self, range: Range<usize>, out: &mut Vec<u8>) {
            for i in range {
                if i > 0 {
                    out.push(b',');
                }
                out.extend_from_slice(i.to_string().as_bytes());
            }
        }
        fn tail(&self) -> Vec<u8> {
            b"]".to_vec()
        }
    }

    async fn read(body: Body) -> Result<Vec<u8>, axum::Error> {
        axum::body::to_bytes(body, usize::MAX)
            .await
            .map(|b| b.to_vec())
    }

    #[tokio::test]
    async fn a_body_is_its_parts_in_order_and_gives_its_slot_back() {
        let slots = Slots::default();
        let slot = SendSlot::take(&slots, "key a".into()).unwrap();
        let got = read(body(Numbers(1000), slot)).await.unwrap();
        let mut whole = Vec::new();
        write(&Numbers(1000), &mut whole).unwrap();
        assert_eq!(got, whole);
        let v: Vec<usize> = serde_json::from_slice(&got).unwrap();
        assert_eq!(v, (0..1000).collect::<Vec<_>>());
        assert!(slots.senders.lock().unwrap().is_empty());
        let blob: Vec<u8> = (0..200_000u32).map(|i| i as u8).collect();
        let slot = SendSlot::take(&slots, "key a".into()).unwrap();
        let got = read(bytes_body(Bytes::from(blob.clone()), slot))
            .await
            .unwrap();
        assert_eq!(got, blob);
    }

    #[tokio::test]
    async fn an_answer_not_read_by_its_deadline_is_cut_off_and_its_slot_freed() {
        let slots = Slots::default();
        let slot = SendSlot::take(&slots, "key a".into()).unwrap();
        let late = body_until(Numbers(1000), slot, Instant::now() - Duration::from_secs(1));
        let err = read(late).await.unwrap_err();
        assert!(err.to_string().contains("deadline"), "{err}");
        assert!(slots.senders.lock().unwrap().is_empty());
    }
}
