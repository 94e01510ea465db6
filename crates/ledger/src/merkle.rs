//! RFC 6962 / RFC 9162 Merkle tree hashing: leaf and node hashes, tree heads,
//! inclusion and consistency proofs (generation and verification), and an
//! in-memory tree of complete subtree hashes that serves proofs and tiles.
//!
//! Proof generation is written against [`HashReader`], the one storage seam of
//! this module, so a tree kept anywhere can produce proofs. Verification
//! follows the RFC 9162 §2.1.3.2 and §2.1.4.2 algorithms in the decomposed
//! form used by transparency-dev/merkle, whose test vectors it passes.

use sha2::{Digest, Sha256};
use thiserror::Error;

/// A SHA-256 Merkle tree hash.
pub type Hash = [u8; 32];

/// `SHA-256(0x00 || entry)`.
pub fn leaf_hash(entry: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(entry);
    h.finalize().into()
}

/// `SHA-256(0x01 || left || right)`.
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The root of the empty tree, `SHA-256("")`.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// Why a proof did not verify, or could not be produced.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ProofError {
    #[error("index {index} is outside a tree of size {size}")]
    IndexOutOfRange { index: u64, size: u64 },
    #[error("size {old} is larger than size {new}")]
    SizesReversed { old: u64, new: u64 },
    #[error("size {size} is larger than the tree ({available} entries)")]
    SizeTooLarge { size: u64, available: u64 },
    #[error("the proof has {got} hashes, a proof for these sizes has {want}")]
    WrongProofLength { got: usize, want: usize },
    #[error("the proof does not lead to the expected root hash")]
    RootMismatch,
    #[error("a consistency proof between equal sizes must be empty")]
    NonEmptyProof,
    #[error("a consistency proof from the empty tree is meaningless")]
    FromEmptyTree,
    #[error("a consistency proof between different sizes cannot be empty")]
    EmptyProof,
    #[error(
        "[{start}, {end}) is not a subtree (its start must be a multiple of the power of two that holds it)"
    )]
    NotASubtree { start: u64, end: u64 },
}

/// Read access to the hashes of complete subtrees: `node(level, index)` is the
/// Merkle tree hash of leaves `[index << level, (index + 1) << level)`.
/// Implementations only need to answer for subtrees that are complete.
pub trait HashReader {
    fn node(&self, level: u8, index: u64) -> Hash;
}

/// The largest power of two strictly smaller than `n` (n ≥ 2).
fn split_point(n: u64) -> u64 {
    debug_assert!(n >= 2);
    1u64 << (63 - (n - 1).leading_zeros())
}

/// The Merkle tree hash of leaves `[lo, hi)` (`MTH(D[lo:hi])`), built from
/// complete subtrees read from `reader`.
pub fn subtree_root<R: HashReader + ?Sized>(reader: &R, lo: u64, hi: u64) -> Hash {
    let n = hi - lo;
    if n == 0 {
        return empty_root();
    }
    if n.is_power_of_two() && lo.is_multiple_of(n) {
        let level = n.trailing_zeros() as u8;
        return reader.node(level, lo >> level);
    }
    let k = split_point(n);
    node_hash(
        &subtree_root(reader, lo, lo + k),
        &subtree_root(reader, lo + k, hi),
    )
}

/// The RFC 6962 §2.1.1 audit path for leaf `index` in the tree of `size`
/// leaves, from the leaf's sibling up to the root's child.
pub fn inclusion_proof<R: HashReader + ?Sized>(
    reader: &R,
    index: u64,
    size: u64,
) -> Result<Vec<Hash>, ProofError> {
    if index >= size {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    let mut proof = Vec::new();
    path(reader, index, 0, size, &mut proof);
    Ok(proof)
}

fn path<R: HashReader + ?Sized>(reader: &R, m: u64, lo: u64, hi: u64, out: &mut Vec<Hash>) {
    let n = hi - lo;
    if n <= 1 {
        return;
    }
    let k = split_point(n);
    if m < k {
        path(reader, m, lo, lo + k, out);
        out.push(subtree_root(reader, lo + k, hi));
    } else {
        path(reader, m - k, lo + k, hi, out);
        out.push(subtree_root(reader, lo, lo + k));
    }
}

/// The RFC 6962 §2.1.2 consistency proof from size `old` to size `new`.
pub fn consistency_proof<R: HashReader + ?Sized>(
    reader: &R,
    old: u64,
    new: u64,
) -> Result<Vec<Hash>, ProofError> {
    if old > new {
        return Err(ProofError::SizesReversed { old, new });
    }
    let mut proof = Vec::new();
    if old == 0 || old == new {
        return Ok(proof);
    }
    subproof(reader, old, 0, new, true, &mut proof);
    Ok(proof)
}

fn subproof<R: HashReader + ?Sized>(
    reader: &R,
    m: u64,
    lo: u64,
    hi: u64,
    complete: bool,
    out: &mut Vec<Hash>,
) {
    let n = hi - lo;
    if m == n {
        if !complete {
            out.push(subtree_root(reader, lo, hi));
        }
        return;
    }
    let k = split_point(n);
    if m <= k {
        subproof(reader, m, lo, lo + k, complete, out);
        out.push(subtree_root(reader, lo + k, hi));
    } else {
        subproof(reader, m - k, lo + k, hi, false, out);
        out.push(subtree_root(reader, lo, lo + k));
    }
}

/// Number of proof hashes below the border, and on the right border, for an
/// inclusion proof of `index` in a tree of `size` (RFC 9162 decomposition).
fn decompose_inclusion(index: u64, size: u64) -> (usize, usize) {
    let inner = (64 - (index ^ (size - 1)).leading_zeros()) as usize;
    let border = (index >> inner).count_ones() as usize;
    (inner, border)
}

fn chain_inner(mut seed: Hash, proof: &[Hash], index: u64) -> Hash {
    for (i, h) in proof.iter().enumerate() {
        seed = if (index >> i) & 1 == 0 {
            node_hash(&seed, h)
        } else {
            node_hash(h, &seed)
        };
    }
    seed
}

fn chain_inner_right(mut seed: Hash, proof: &[Hash], index: u64) -> Hash {
    for (i, h) in proof.iter().enumerate() {
        if (index >> i) & 1 == 1 {
            seed = node_hash(h, &seed);
        }
    }
    seed
}

fn chain_border_right(mut seed: Hash, proof: &[Hash]) -> Hash {
    for h in proof {
        seed = node_hash(h, &seed);
    }
    seed
}

/// The root that an inclusion proof leads to.
pub fn root_from_inclusion_proof(
    index: u64,
    size: u64,
    leaf: &Hash,
    proof: &[Hash],
) -> Result<Hash, ProofError> {
    if index >= size {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    let (inner, border) = decompose_inclusion(index, size);
    if proof.len() != inner + border {
        return Err(ProofError::WrongProofLength {
            got: proof.len(),
            want: inner + border,
        });
    }
    let res = chain_inner(*leaf, &proof[..inner], index);
    Ok(chain_border_right(res, &proof[inner..]))
}

/// Verify that `leaf` is at `index` in the tree of `size` leaves with `root`.
pub fn verify_inclusion(
    index: u64,
    size: u64,
    leaf: &Hash,
    proof: &[Hash],
    root: &[u8],
) -> Result<(), ProofError> {
    let got = root_from_inclusion_proof(index, size, leaf, proof)?;
    if got.as_slice() == root {
        Ok(())
    } else {
        Err(ProofError::RootMismatch)
    }
}

/// Verify that the tree of `size1` leaves with `root1` is a prefix of the tree
/// of `size2` leaves with `root2`. Roots are compared as bytes, so a root of
/// the wrong length simply does not match.
pub fn verify_consistency(
    size1: u64,
    size2: u64,
    proof: &[Hash],
    root1: &[u8],
    root2: &[u8],
) -> Result<(), ProofError> {
    if size2 < size1 {
        return Err(ProofError::SizesReversed {
            old: size1,
            new: size2,
        });
    }
    if size1 == 0 {
        // RFC 9162 §2.1.4: a proof from the empty tree proves nothing, so it is
        // refused; callers that accept any first tree (a witness's first
        // checkpoint) handle size 0 themselves.
        return Err(ProofError::FromEmptyTree);
    }
    if size1 == size2 {
        if !proof.is_empty() {
            return Err(ProofError::NonEmptyProof);
        }
        return if root1 == root2 {
            Ok(())
        } else {
            Err(ProofError::RootMismatch)
        };
    }
    if proof.is_empty() {
        return Err(ProofError::EmptyProof);
    }
    let (mut inner, border) = decompose_inclusion(size1 - 1, size2);
    let shift = size1.trailing_zeros() as usize;
    inner -= shift;
    let (seed, rest) = if size1 == 1u64 << shift {
        (
            Hash::try_from(root1).map_err(|_| ProofError::RootMismatch)?,
            proof,
        )
    } else {
        (proof[0], &proof[1..])
    };
    let start = proof.len() - rest.len();
    if proof.len() != start + inner + border {
        return Err(ProofError::WrongProofLength {
            got: proof.len(),
            want: start + inner + border,
        });
    }
    let mask = (size1 - 1) >> shift;
    let hash1 = chain_border_right(
        chain_inner_right(seed, &rest[..inner], mask),
        &rest[inner..],
    );
    if hash1.as_slice() != root1 {
        return Err(ProofError::RootMismatch);
    }
    let hash2 = chain_border_right(chain_inner(seed, &rest[..inner], mask), &rest[inner..]);
    if hash2.as_slice() != root2 {
        return Err(ProofError::RootMismatch);
    }
    Ok(())
}

/// Computes tree heads incrementally as leaves stream past, keeping only the
/// O(log n) right border. Used by audits that must not hold the whole tree.
#[derive(Debug, Clone, Default)]
pub struct RootBuilder {
    /// Complete subtrees along the right border: (level, hash), highest first.
    border: Vec<(u8, Hash)>,
    size: u64,
}

impl RootBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    pub fn push(&mut self, leaf: Hash) {
        let mut node = (0u8, leaf);
        while let Some(&(level, hash)) = self.border.last() {
            if level != node.0 {
                break;
            }
            self.border.pop();
            node = (level + 1, node_hash(&hash, &node.1));
        }
        self.border.push(node);
        self.size += 1;
    }

    /// The tree head of every leaf pushed so far.
    pub fn root(&self) -> Hash {
        let mut iter = self.border.iter().rev();
        match iter.next() {
            None => empty_root(),
            Some(&(_, first)) => iter.fold(first, |acc, (_, h)| node_hash(h, &acc)),
        }
    }
}

/// Every complete subtree hash of a tree, level by level: `levels[l][i]` is
/// `node(l, i)`. About 64 bytes per leaf. Pure data; the server keeps one in
/// memory, rebuilt from stored leaf hashes at start.
#[derive(Debug, Clone, Default)]
pub struct MemoryTree {
    levels: Vec<Vec<Hash>>,
}

impl MemoryTree {
    pub fn new() -> Self {
        Self {
            levels: vec![Vec::new()],
        }
    }

    pub fn with_capacity(leaves: usize) -> Self {
        Self {
            levels: vec![Vec::with_capacity(leaves)],
        }
    }

    pub fn size(&self) -> u64 {
        self.levels.first().map_or(0, |l| l.len() as u64)
    }

    pub fn push(&mut self, leaf: Hash) {
        if self.levels.is_empty() {
            self.levels.push(Vec::new());
        }
        self.levels[0].push(leaf);
        let mut level = 0;
        while self.levels[level].len().is_multiple_of(2) {
            let n = self.levels[level].len();
            let parent = node_hash(&self.levels[level][n - 2], &self.levels[level][n - 1]);
            if self.levels.len() == level + 1 {
                self.levels.push(Vec::new());
            }
            self.levels[level + 1].push(parent);
            level += 1;
        }
    }

    pub fn leaf(&self, index: u64) -> Option<Hash> {
        self.levels
            .first()?
            .get(usize::try_from(index).ok()?)
            .copied()
    }

    /// The complete subtree hash at (level, index), if that subtree is complete.
    pub fn complete_node(&self, level: u8, index: u64) -> Option<Hash> {
        self.levels
            .get(level as usize)?
            .get(usize::try_from(index).ok()?)
            .copied()
    }

    /// The tree head at `size` (any size up to the current one).
    pub fn root_at(&self, size: u64) -> Result<Hash, ProofError> {
        self.check_size(size)?;
        Ok(subtree_root(self, 0, size))
    }

    pub fn root(&self) -> Hash {
        subtree_root(self, 0, self.size())
    }

    pub fn check_size(&self, size: u64) -> Result<(), ProofError> {
        if size > self.size() {
            return Err(ProofError::SizeTooLarge {
                size,
                available: self.size(),
            });
        }
        Ok(())
    }

    pub fn inclusion_proof(&self, index: u64, size: u64) -> Result<Vec<Hash>, ProofError> {
        self.check_size(size)?;
        inclusion_proof(self, index, size)
    }

    pub fn consistency_proof(&self, old: u64, new: u64) -> Result<Vec<Hash>, ProofError> {
        self.check_size(new)?;
        consistency_proof(self, old, new)
    }

    /// Bytes held by the hash levels (for memory accounting in benchmarks).
    pub fn heap_bytes(&self) -> usize {
        self.levels.iter().map(|l| l.capacity() * 32).sum()
    }
}

impl HashReader for MemoryTree {
    fn node(&self, level: u8, index: u64) -> Hash {
        self.levels[level as usize][index as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive_root(leaves: &[Hash]) -> Hash {
        match leaves.len() {
            0 => empty_root(),
            1 => leaves[0],
            n => {
                let k = split_point(n as u64) as usize;
                node_hash(&naive_root(&leaves[..k]), &naive_root(&leaves[k..]))
            }
        }
    }

    fn tree(n: u64) -> (MemoryTree, Vec<Hash>) {
        let mut t = MemoryTree::new();
        let mut leaves = Vec::new();
        for i in 0..n {
            let l = leaf_hash(format!("entry {i}").as_bytes());
            t.push(l);
            leaves.push(l);
        }
        (t, leaves)
    }

    #[test]
    fn roots_match_the_recursive_definition() {
        let (t, leaves) = tree(70);
        let mut b = RootBuilder::new();
        for n in 0..=70u64 {
            assert_eq!(
                t.root_at(n).unwrap(),
                naive_root(&leaves[..n as usize]),
                "size {n}"
            );
            if n > 0 {
                b.push(leaves[n as usize - 1]);
            }
            assert_eq!(
                b.root(),
                naive_root(&leaves[..n as usize]),
                "builder size {n}"
            );
        }
    }

    #[test]
    fn every_generated_proof_verifies() {
        let (t, _) = tree(40);
        for size in 1..=40u64 {
            let root = t.root_at(size).unwrap();
            for index in 0..size {
                let p = t.inclusion_proof(index, size).unwrap();
                verify_inclusion(index, size, &t.leaf(index).unwrap(), &p, &root).unwrap();
            }
            for old in 1..=size {
                let p = t.consistency_proof(old, size).unwrap();
                verify_consistency(old, size, &p, &t.root_at(old).unwrap(), &root).unwrap();
            }
        }
    }

    #[test]
    fn a_changed_leaf_breaks_proofs() {
        let (t, _) = tree(9);
        let root = t.root();
        let p = t.inclusion_proof(4, 9).unwrap();
        assert_eq!(
            verify_inclusion(4, 9, &leaf_hash(b"other"), &p, &root),
            Err(ProofError::RootMismatch)
        );
    }
}
