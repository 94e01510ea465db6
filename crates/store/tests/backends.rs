//! The same storage test suite against both backends: SQLite in a temporary
//! directory, and PostgreSQL in a scratch database on the server named by
//! `TRUCE_TEST_POSTGRES_URL` (skipped, saying so, when unset; `.ci/run`
//! sets it and `TRUCE_REQUIRE_POSTGRES=1`, so CI never skips it).

use std::sync::Arc;
use truce_ledger::merkle::leaf_hash;
use truce_store::{LogStore, NewEntry, StoreError};

fn entry(i: u64) -> NewEntry {
    let bytes = format!("entry number {i}").into_bytes();
    NewEntry {
        leaf_hash: leaf_hash(&bytes),
        bytes,
        // Every third entry carries an opening, kept beside it.
        opening: i
            .is_multiple_of(3)
            .then(|| format!("opening {i}").into_bytes()),
    }
}

async fn exercise(store: Arc<dyn LogStore>) {
    assert_eq!(store.size().await.unwrap(), 0);
    assert!(store.latest_checkpoint().await.unwrap().is_none());

    let batch: Vec<NewEntry> = (0..5000).map(entry).collect();
    store.append(0, &batch[..1]).await.unwrap();
    store.append(1, &batch[1..]).await.unwrap();
    assert_eq!(store.size().await.unwrap(), 5000);
    let openings = store.openings(2990, 3010).await.unwrap();
    assert_eq!(
        openings.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
        vec![2991, 2994, 2997, 3000, 3003, 3006, 3009]
    );
    assert_eq!(openings[3].1, b"opening 3000");

    // Blob holders: recorded once per key, listed in order.
    let h = [9u8; 32];
    assert!(store.blob_holders(&h).await.unwrap().is_empty());
    store.add_blob_holder(&h, "b+1").await.unwrap();
    store.add_blob_holder(&h, "a+2").await.unwrap();
    store.add_blob_holder(&h, "b+1").await.unwrap();
    assert_eq!(store.blob_holders(&h).await.unwrap(), vec!["a+2", "b+1"]);

    // Appending anywhere but the end is refused and changes nothing.
    let err = store.append(10, &[entry(99)]).await.unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::NotAtEnd {
                got: 10,
                size: 5000
            }
        ),
        "{err}"
    );
    assert_eq!(store.size().await.unwrap(), 5000);

    let got = store.entries(4990, 6000).await.unwrap();
    assert_eq!(got.len(), 10);
    assert_eq!(got[0].index, 4990);
    assert_eq!(got[0].bytes, batch[4990].bytes);
    assert_eq!(got[9].leaf_hash, batch[4999].leaf_hash);
    let hashes = store.leaf_hashes(0, 5000).await.unwrap();
    assert_eq!(hashes.len(), 5000);
    assert!(hashes.iter().zip(&batch).all(|(h, e)| h == &e.leaf_hash));

    store.put_checkpoint(10, "cp ten\n").await.unwrap();
    store.put_checkpoint(5000, "cp\n").await.unwrap();
    store
        .put_checkpoint(5000, "cp with cosignatures\n")
        .await
        .unwrap();
    assert_eq!(
        store.latest_checkpoint().await.unwrap(),
        Some((5000, "cp with cosignatures\n".into()))
    );

    let blob = vec![7u8; 200_000];
    let h = truce_ledger::merkle::empty_root();
    store.put_blob(&h, &blob).await.unwrap();
    store
        .put_blob(&h, b"ignored: content-addressed blobs never change")
        .await
        .unwrap();
    assert_eq!(store.get_blob(&h).await.unwrap(), Some(blob));
    assert_eq!(store.get_blob(&[1; 32]).await.unwrap(), None);

    assert_eq!(store.get_meta("origin").await.unwrap(), None);
    store.set_meta("origin", "a").await.unwrap();
    store.set_meta("origin", "b").await.unwrap();
    assert_eq!(
        store.get_meta("origin").await.unwrap().as_deref(),
        Some("b")
    );
}

#[tokio::test]
async fn sqlite_backend() {
    let dir = tempfile::tempdir().unwrap();
    let store = truce_store::sqlite::SqliteStore::open(&dir.path().join("log.db"))
        .await
        .unwrap();
    exercise(Arc::new(store)).await;
    // Reopening finds everything again.
    let again = truce_store::sqlite::SqliteStore::open(&dir.path().join("log.db"))
        .await
        .unwrap();
    assert_eq!(again.size().await.unwrap(), 5000);
}

#[tokio::test]
async fn postgres_backend() {
    let Some(admin) = truce_store::postgres::test_server_url() else {
        return;
    };
    let url = truce_store::postgres::create_scratch_database(&admin, "truce_test_store")
        .await
        .unwrap();
    let store = truce_store::open_url(&url).await.unwrap();
    exercise(store).await;
    let again = truce_store::open_url(&url).await.unwrap();
    assert_eq!(again.size().await.unwrap(), 5000);
}

#[tokio::test]
async fn unknown_urls_are_refused() {
    assert!(matches!(
        truce_store::open_url("mysql://x").await,
        Err(StoreError::Url(_))
    ));
}

/// The same suite through the content-at-rest encryption, then a look under
/// it: the backend holds neither an opening nor a blob in plain text, files
/// no blob under its hash, and refuses another key or none.
async fn exercise_encrypted(inner: Arc<dyn LogStore>) {
    use truce_store::encrypted::{ContentKey, Encrypted, require_no_key};
    let key = ContentKey::parse(&ContentKey::generate().unwrap()).unwrap();
    let store = Arc::new(Encrypted::open(inner.clone(), key.clone()).await.unwrap());
    exercise(store.clone()).await;
    let raw = inner.openings(2990, 3010).await.unwrap();
    assert_eq!(raw.len(), 7);
    assert!(
        raw.iter()
            .all(|(i, o)| !o.windows(7).any(|w| w == b"opening")
                && o.len() == format!("opening {i}").len() + 24 + 16)
    );
    let h = truce_ledger::merkle::empty_root();
    assert_eq!(
        inner.get_blob(&h).await.unwrap(),
        None,
        "filed under its hash"
    );
    store.add_blob_holder(&h, "k+1").await.unwrap();
    assert!(inner.blob_holders(&h).await.unwrap().is_empty());
    assert_eq!(store.blob_holders(&h).await.unwrap(), vec!["k+1"]);
    // Another key, or none, is refused.
    let other = ContentKey::parse(&ContentKey::generate().unwrap()).unwrap();
    let err = Encrypted::open(inner.clone(), other).await.err().unwrap();
    assert!(err.to_string().contains("sealed with content key"), "{err}");
    let err = require_no_key(inner.as_ref()).await.unwrap_err();
    assert!(err.to_string().contains("give its key file"), "{err}");
    // The right key opens it all again.
    let again = Encrypted::open(inner.clone(), key).await.unwrap();
    assert_eq!(
        again.openings(3000, 3001).await.unwrap()[0].1,
        b"opening 3000"
    );
}

#[tokio::test]
async fn sqlite_backend_encrypted_at_rest() {
    let dir = tempfile::tempdir().unwrap();
    let store = truce_store::sqlite::SqliteStore::open(&dir.path().join("log.db"))
        .await
        .unwrap();
    exercise_encrypted(Arc::new(store)).await;
}

#[tokio::test]
async fn postgres_backend_encrypted_at_rest() {
    let Some(admin) = truce_store::postgres::test_server_url() else {
        return;
    };
    let url = truce_store::postgres::create_scratch_database(&admin, "truce_test_store_enc")
        .await
        .unwrap();
    exercise_encrypted(truce_store::open_url(&url).await.unwrap()).await;
}

/// A 64 MiB upload held the write lock that appends wait for (issue 12):
/// blobs now live in a file of their own beside the log's, and a data
/// directory from before the split still reads its blobs from the log's file.
#[tokio::test]
async fn sqlite_blobs_have_a_file_of_their_own_and_old_blobs_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("truce.db");
    let store = truce_store::sqlite::SqliteStore::open(&path).await.unwrap();
    assert_eq!(
        truce_store::sqlite::SqliteStore::blob_file(&path),
        dir.path().join("truce-blobs.db")
    );
    let h = [7u8; 32];
    store.put_blob(&h, b"new").await.unwrap();
    let in_log: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM blobs")
        .fetch_one(store.pool())
        .await
        .unwrap();
    let in_blobs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM blobs")
        .fetch_one(store.blob_pool())
        .await
        .unwrap();
    assert_eq!((in_log, in_blobs), (0, 1));
    // A blob stored the old way, in the log's own file.
    let old = [8u8; 32];
    sqlx::query("INSERT INTO blobs (sha256, bytes) VALUES (?, ?)")
        .bind(old.as_slice())
        .bind(b"old".as_slice())
        .execute(store.pool())
        .await
        .unwrap();
    assert_eq!(
        store.get_blob(&h).await.unwrap().as_deref(),
        Some(&b"new"[..])
    );
    assert_eq!(
        store.get_blob(&old).await.unwrap().as_deref(),
        Some(&b"old"[..])
    );
    assert_eq!(store.get_blob(&[9u8; 32]).await.unwrap(), None);
}
