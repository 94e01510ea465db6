//! Property tests: proofs generated for random trees verify, and proofs for
//! the wrong leaf, index or root do not.

use proptest::prelude::*;
use truce_ledger::merkle::{self, MemoryTree};
use truce_ledger::receipt::Receipt;

fn tree(n: u64) -> MemoryTree {
    let mut t = MemoryTree::new();
    for i in 0..n {
        t.push(merkle::leaf_hash(&i.to_be_bytes()));
    }
    t
}

proptest! {
    #[test]
    fn inclusion_round_trips(size in 1u64..600, seed in any::<u64>()) {
        let t = tree(size);
        let index = seed % size;
        let root = t.root();
        let proof = t.inclusion_proof(index, size).unwrap();
        prop_assert!(merkle::verify_inclusion(index, size, &t.leaf(index).unwrap(), &proof, &root).is_ok());
        let other = (index + 1) % size;
        if other != index {
            prop_assert!(merkle::verify_inclusion(other, size, &t.leaf(index).unwrap(), &proof, &root).is_err());
        }
    }

    #[test]
    fn consistency_round_trips(new in 1u64..600, seed in any::<u64>()) {
        let t = tree(new);
        let old = 1 + seed % new;
        let proof = t.consistency_proof(old, new).unwrap();
        let (r1, r2) = (t.root_at(old).unwrap(), t.root_at(new).unwrap());
        prop_assert!(merkle::verify_consistency(old, new, &proof, &r1, &r2).is_ok());
        if old > 0 && old < new {
            let mut bad = r1;
            bad[0] ^= 1;
            prop_assert!(merkle::verify_consistency(old, new, &proof, &bad, &r2).is_err());
        }
    }

    #[test]
    fn receipts_parse_what_they_print(index in 0u64..1_000_000, n in 0usize..20, extra in proptest::option::of(proptest::collection::vec(any::<u8>(), 0..40))) {
        let r = Receipt { extra, index, proof: vec![[7u8; 32]; n], checkpoint: "o\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\u{2014} o AAAAAA==\n".into() };
        prop_assert_eq!(Receipt::parse(&r.to_text()).unwrap(), r);
    }

    #[test]
    fn note_parsing_never_panics(s in "\\PC*") {
        let _ = truce_ledger::note::Note::parse(&s);
        let _ = truce_ledger::note::VerifierKey::parse(&s);
        let _ = truce_ledger::tiles::TilePath::parse(&s);
        let _ = truce_ledger::entry::Entry::parse(s.as_bytes());
    }
}
