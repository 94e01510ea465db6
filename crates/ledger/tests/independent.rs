//! Independent implementations accept what Truce writes, and Truce accepts
//! what they write: Cloudflare's `signed_note` (a port of Go's
//! golang.org/x/mod/sumdb/note) and `tlog_tiles` (a port of Go's
//! golang.org/x/mod/sumdb/tlog) check our notes, checkpoints, tile paths
//! and proofs.

use truce_ledger::checkpoint::Checkpoint;
use truce_ledger::merkle::{self, MemoryTree};
use truce_ledger::note::{ALG_ED25519, Note, SignerKey, VerifierKey};
use truce_ledger::tiles::{TileKind, TilePath};

fn log_key() -> SignerKey {
    SignerKey::from_seed("example.com/truce-log", ALG_ED25519, [21; 32]).unwrap()
}

fn tree(n: u64) -> MemoryTree {
    let mut t = MemoryTree::new();
    for i in 0..n {
        t.push(merkle::leaf_hash(format!("entry {i}").as_bytes()));
    }
    t
}

#[test]
fn signed_note_verifies_our_checkpoints() {
    let key = log_key();
    let t = tree(1000);
    let cp = Checkpoint {
        origin: key.name().into(),
        size: 1000,
        root: t.root(),
    };
    let note = cp.sign(&key).unwrap().to_string();

    let verifier = signed_note::StandardVerifier::new(&key.verifier().to_string()).unwrap();
    let list = signed_note::VerifierList::new(vec![Box::new(verifier)]);
    let parsed = signed_note::Note::from_bytes(note.as_bytes()).unwrap();
    let (verified, unverified) = parsed.verify(&list).unwrap();
    assert_eq!((verified.len(), unverified.len()), (1, 0));

    let theirs = tlog_tiles::Checkpoint::from_bytes(parsed.text()).unwrap();
    assert_eq!(
        (theirs.origin(), theirs.size(), theirs.hash().0),
        (key.name(), 1000, t.root())
    );
    assert_eq!(theirs.to_bytes(), cp.to_text().as_bytes());
}

#[test]
fn we_verify_notes_signed_by_signed_note() {
    let ours = log_key();
    // The same key in their signer format is our file format.
    let signer = signed_note::StandardSigner::new(&ours.to_secret_string()).unwrap();
    let mut n = signed_note::Note::new(b"hello from another implementation\n", &[]).unwrap();
    n.add_sigs(&[&signer]).unwrap();
    let text = String::from_utf8(n.to_bytes()).unwrap();
    let parsed = Note::parse(&text).unwrap();
    assert_eq!(parsed.verify(&[ours.verifier()]).unwrap().len(), 1);
    // And their verifier key string for it is ours, byte for byte.
    let theirs = signed_note::new_ed25519_verifier_key(ours.name(), ours.verifier().public_key());
    assert_eq!(theirs, ours.verifier().to_string());
    assert_eq!(VerifierKey::parse(&theirs).unwrap(), ours.verifier());
}

#[test]
fn tlog_tiles_agrees_on_paths_and_tiles() {
    for (level, index, width) in [
        (0u8, 0u64, 256u32),
        (0, 1_234_067, 17),
        (1, 999, 256),
        (2, 1000, 1),
        (3, 5, 200),
    ] {
        let ours = TilePath {
            kind: TileKind::Hashes(level),
            index,
            width: u64::from(width),
        }
        .to_path();
        let theirs = tlog_tiles::Tile::new(8, level, index, width, false).path();
        assert_eq!(theirs, format!("tile/8/{ours}"));
        let data = TilePath {
            kind: TileKind::Entries,
            index,
            width: u64::from(width),
        }
        .to_path();
        let theirs = tlog_tiles::Tile::new(8, 0, index, width, true).path();
        assert_eq!(
            theirs.replacen("tile/8/data/", "tile/entries/", 1),
            format!("tile/{data}")
        );
    }
}

#[test]
fn tlog_tiles_checks_our_proofs() {
    let t = tree(700);
    let h = |x: [u8; 32]| tlog_tiles::Hash(x);
    for size in [1u64, 2, 3, 255, 256, 257, 513, 700] {
        let root = h(t.root_at(size).unwrap());
        for index in [0, size / 3, size - 1] {
            let proof: Vec<tlog_tiles::Hash> = t
                .inclusion_proof(index, size)
                .unwrap()
                .into_iter()
                .map(h)
                .collect();
            tlog_tiles::check_record(&proof, size, root, index, h(t.leaf(index).unwrap())).unwrap();
            assert!(tlog_tiles::check_record(&proof, size, root, index, h([0; 32])).is_err());
        }
        for old in [1, size / 2, size] {
            if old == 0 {
                continue;
            }
            let proof: Vec<tlog_tiles::Hash> = t
                .consistency_proof(old, size)
                .unwrap()
                .into_iter()
                .map(h)
                .collect();
            tlog_tiles::check_tree(&proof, size, root, old, h(t.root_at(old).unwrap())).unwrap();
        }
    }
}
