//! Subtrees and subtree consistency proofs, as the Merkle Tree Certificates
//! draft (draft-ietf-plants-merkle-tree-certs, §4) defines them and C2SP
//! `tlog-mirror` uses them: a mirror takes a log's entries 256 at a time,
//! each package with a proof that the subtree it makes is part of the tree
//! the log signed, so nothing is stored before it is authenticated.
//!
//! A subtree `[start, end)` is valid when it is a node of some Merkle tree:
//! `start` is a multiple of the smallest power of two at least `end - start`.
//! `SUBTREE_PROOF(start, end, D[n])` is built by walking down from the root,
//! keeping at each level the hash of the half that does not hold the
//! subtree. With `start = 0` it is the RFC 6962 consistency proof; with
//! `end = start + 1`, the inclusion proof.

use crate::Hash;
use crate::merkle::{HashReader, ProofError, node_hash, subtree_root};

/// Whether `[start, end)` is a subtree of the draft (a node of some tree).
pub fn is_valid(start: u64, end: u64) -> bool {
    if start >= end {
        return false;
    }
    let width = (end - start).next_power_of_two();
    start.is_multiple_of(width)
}

/// The largest power of two strictly smaller than `n` (n ≥ 2).
fn split(n: u64) -> u64 {
    1u64 << (63 - (n - 1).leading_zeros())
}

/// That `[start, end)` is a subtree within a tree of `n` leaves.
fn check(start: u64, end: u64, n: u64) -> Result<(), ProofError> {
    if !is_valid(start, end) {
        return Err(ProofError::NotASubtree { start, end });
    }
    if end > n {
        return Err(ProofError::SizeTooLarge {
            size: end,
            available: n,
        });
    }
    Ok(())
}

/// `SUBTREE_PROOF(start, end, D[n])`: that the subtree `[start, end)` is
/// part of the tree of `n` leaves read from `reader`.
pub fn consistency_proof<R: HashReader + ?Sized>(
    reader: &R,
    start: u64,
    end: u64,
    n: u64,
) -> Result<Vec<Hash>, ProofError> {
    check(start, end, n)?;
    let mut out = Vec::new();
    subproof(reader, start, end, 0, n, true, &mut out);
    Ok(out)
}

/// `SUBTREE_SUBPROOF` in absolute positions: the subtree `[s, e)` inside
/// the node `[lo, hi)`; `known` says whether the verifier holds `[s, e)`'s
/// hash already (true at the top).
fn subproof<R: HashReader + ?Sized>(
    reader: &R,
    s: u64,
    e: u64,
    lo: u64,
    hi: u64,
    known: bool,
    out: &mut Vec<Hash>,
) {
    if s == lo && e == hi {
        if !known {
            out.push(subtree_root(reader, lo, hi));
        }
        return;
    }
    let mid = lo + split(hi - lo);
    if e <= mid {
        subproof(reader, s, e, lo, mid, known, out);
        out.push(subtree_root(reader, mid, hi));
    } else if mid <= s {
        subproof(reader, s, e, mid, hi, known, out);
        out.push(subtree_root(reader, lo, mid));
    } else {
        // A valid subtree that straddles the split starts at `lo`: its
        // left half is the node's, its right half lies in the right child.
        subproof(reader, mid, e, mid, hi, false, out);
        out.push(subtree_root(reader, lo, mid));
    }
}

/// Verify that `subtree_hash` is the hash of the subtree `[start, end)` of
/// the tree of `n` leaves whose root is `root`.
pub fn verify_consistency(
    start: u64,
    end: u64,
    n: u64,
    proof: &[Hash],
    subtree_hash: &Hash,
    root: &Hash,
) -> Result<(), ProofError> {
    check(start, end, n)?;
    let (sub, whole, used) = fold(start, end, 0, n, true, subtree_hash, proof)?;
    if used != proof.len() {
        return Err(ProofError::WrongProofLength {
            got: proof.len(),
            want: used,
        });
    }
    if sub != *subtree_hash || whole != *root {
        return Err(ProofError::RootMismatch);
    }
    Ok(())
}

/// The verifier's side of [`subproof`]: each level above the base takes the
/// last unused hash of the proof. Returns the hash of the subtree as the
/// proof makes it, the hash of the node `[lo, hi)`, and how many of the
/// proof's hashes it used (counted from the front).
fn fold(
    s: u64,
    e: u64,
    lo: u64,
    hi: u64,
    known: bool,
    node: &Hash,
    proof: &[Hash],
) -> Result<(Hash, Hash, usize), ProofError> {
    let short = || ProofError::WrongProofLength {
        got: proof.len(),
        want: proof.len() + 1,
    };
    if s == lo && e == hi {
        if known {
            return Ok((*node, *node, 0));
        }
        let h = *proof.first().ok_or_else(short)?;
        return Ok((h, h, 1));
    }
    let mid = lo + split(hi - lo);
    // The deeper levels' hashes come first in the proof, then this level's
    // sibling.
    let (sub, inner, used) = if e <= mid {
        fold(s, e, lo, mid, known, node, proof)?
    } else if mid <= s {
        fold(s, e, mid, hi, known, node, proof)?
    } else if s == lo {
        fold(mid, e, mid, hi, false, node, proof)?
    } else {
        return Err(ProofError::NotASubtree { start: s, end: e });
    };
    let sibling = *proof.get(used).ok_or_else(short)?;
    Ok(if e <= mid {
        (sub, node_hash(&inner, &sibling), used + 1)
    } else if mid <= s {
        (sub, node_hash(&sibling, &inner), used + 1)
    } else {
        (
            node_hash(&sibling, &sub),
            node_hash(&sibling, &inner),
            used + 1,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merkle::{MemoryTree, leaf_hash};

    fn tree(n: u64) -> MemoryTree {
        let mut t = MemoryTree::new();
        for i in 0..n {
            t.push(leaf_hash(&i.to_be_bytes()));
        }
        t
    }

    fn mth(t: &MemoryTree, lo: u64, hi: u64) -> Hash {
        subtree_root(t, lo, hi)
    }

    #[test]
    fn the_drafts_examples_of_subtrees() {
        assert!(is_valid(4, 8));
        assert!(is_valid(8, 13));
        assert!(is_valid(8, 16));
        assert!(!is_valid(1, 5));
        assert!(!is_valid(6, 10));
        assert!(!is_valid(3, 3));
        // The packages of tlog-mirror: 256-aligned, at most 256 wide.
        assert!(is_valid(512, 513));
        assert!(is_valid(512, 700));
        assert!(is_valid(512, 768));
    }

    #[test]
    fn the_drafts_example_proofs() {
        let t = tree(14);
        // [4, 8) in a tree of 14: MTH(D[0:4]), then MTH(D[8:14]).
        let p = consistency_proof(&t, 4, 8, 14).unwrap();
        assert_eq!(p, vec![mth(&t, 0, 4), mth(&t, 8, 14)]);
        verify_consistency(4, 8, 14, &p, &mth(&t, 4, 8), &mth(&t, 0, 14)).unwrap();
        // [8, 13) in a tree of 14: d[12], d[13], MTH(D[8:12]), MTH(D[0:8]).
        let p = consistency_proof(&t, 8, 13, 14).unwrap();
        assert_eq!(
            p,
            vec![
                mth(&t, 12, 13),
                mth(&t, 13, 14),
                mth(&t, 8, 12),
                mth(&t, 0, 8)
            ]
        );
        verify_consistency(8, 13, 14, &p, &mth(&t, 8, 13), &mth(&t, 0, 14)).unwrap();
    }

    #[test]
    fn from_zero_it_is_the_rfc_consistency_proof_and_of_one_leaf_the_inclusion_proof() {
        let t = tree(37);
        for end in 1..=37 {
            let p = consistency_proof(&t, 0, end, 37).unwrap();
            if end < 37 {
                assert_eq!(p, t.consistency_proof(end, 37).unwrap(), "size {end}");
            } else {
                assert!(p.is_empty());
            }
        }
        for i in 0..37 {
            let p = consistency_proof(&t, i, i + 1, 37).unwrap();
            assert_eq!(p, t.inclusion_proof(i, 37).unwrap(), "leaf {i}");
        }
    }

    #[test]
    fn every_subtree_of_every_small_tree_proves_and_nothing_else_does() {
        for n in 1..=40u64 {
            let t = tree(n);
            let root = t.root_at(n).unwrap();
            for start in 0..n {
                for end in start + 1..=n {
                    if !is_valid(start, end) {
                        assert!(consistency_proof(&t, start, end, n).is_err());
                        continue;
                    }
                    let h = mth(&t, start, end);
                    let p = consistency_proof(&t, start, end, n).unwrap();
                    verify_consistency(start, end, n, &p, &h, &root)
                        .unwrap_or_else(|e| panic!("[{start},{end}) in {n}: {e}"));
                    // Another subtree hash, a changed hash, a shorter or
                    // longer proof: refused.
                    let other = leaf_hash(b"other");
                    assert!(verify_consistency(start, end, n, &p, &other, &root).is_err());
                    for k in 0..p.len() {
                        let mut bad = p.clone();
                        bad[k][0] ^= 1;
                        assert!(verify_consistency(start, end, n, &bad, &h, &root).is_err());
                    }
                    if let Some((_, shorter)) = p.split_last() {
                        assert!(verify_consistency(start, end, n, shorter, &h, &root).is_err());
                    }
                    let mut longer = p.clone();
                    longer.push(other);
                    assert!(verify_consistency(start, end, n, &longer, &h, &root).is_err());
                }
            }
        }
    }

    #[test]
    fn a_subtree_beyond_the_tree_is_refused() {
        let t = tree(10);
        assert!(consistency_proof(&t, 8, 12, 10).is_err());
        assert!(verify_consistency(8, 12, 10, &[], &mth(&t, 8, 10), &t.root()).is_err());
    }
}
