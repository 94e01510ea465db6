//! The embedded SQLite store: files in WAL mode with `synchronous=FULL`, so
//! a committed append survives a crash of the process or the machine. The
//! log (entries, openings, checkpoints, blob holders) is one file; blobs are
//! a second file beside it (`<name>-blobs.db`), so writing a 64 MiB upload
//! never holds the lock that appends wait for. A blob is stored before any
//! act names it, so no transaction needs both files. Blobs of data
//! directories made before the split stay in the log's file and are read
//! from there.

use crate::{INSERT_CHUNK, LogStore, NewEntry, StoreError, StoredEntry, to_hash};
use async_trait::async_trait;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{QueryBuilder, Row, SqliteConnection, SqlitePool};
use std::path::Path;
use std::time::Duration;
use truce_ledger::Hash;

#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    blobs: SqlitePool,
}

impl SqliteStore {
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        // Both files durable the same way: WAL, fsync on every commit.
        let pool_of = |file: &Path, foreign_keys: bool| {
            let opts = SqliteConnectOptions::new()
                .filename(file)
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(Duration::from_secs(30))
                .foreign_keys(foreign_keys);
            SqlitePoolOptions::new()
                .max_connections(4)
                .connect_with(opts)
        };
        let pool = pool_of(path, true).await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        let blobs = pool_of(&Self::blob_file(path), false).await?;
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS blobs (sha256 BLOB PRIMARY KEY NOT NULL, bytes BLOB NOT NULL)",
        )
        .execute(&blobs)
        .await?;
        Ok(Self { pool, blobs })
    }

    /// The file blobs are kept in, beside the log's file `path`.
    pub fn blob_file(path: &Path) -> std::path::PathBuf {
        let stem = path
            .file_stem()
            .map_or_else(|| "truce".into(), |s| s.to_string_lossy().into_owned());
        path.with_file_name(format!("{stem}-blobs.db"))
    }

    /// The pool, for tests that need to reach under the trait (tampering).
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// The blob file's pool, likewise.
    pub fn blob_pool(&self) -> &SqlitePool {
        &self.blobs
    }
}

async fn insert_at_end(
    conn: &mut SqliteConnection,
    first_index: u64,
    entries: &[NewEntry],
) -> Result<(), StoreError> {
    let max: Option<i64> = sqlx::query_scalar("SELECT MAX(idx) FROM entries")
        .fetch_one(&mut *conn)
        .await?;
    let size = max.map_or(0, |n| n as u64 + 1);
    if size != first_index {
        return Err(StoreError::NotAtEnd {
            got: first_index,
            size,
        });
    }
    for (c, chunk) in entries.chunks(INSERT_CHUNK).enumerate() {
        let base = first_index + (c * INSERT_CHUNK) as u64;
        let mut qb = QueryBuilder::new("INSERT INTO entries (idx, leaf_hash, body) ");
        qb.push_values(chunk.iter().enumerate(), |mut b, (i, e)| {
            b.push_bind(idx(base + i as u64))
                .push_bind(e.leaf_hash.as_slice())
                .push_bind(e.bytes.as_slice());
        });
        qb.build().execute(&mut *conn).await?;
        let opened: Vec<(u64, &[u8])> = chunk
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.opening.as_deref().map(|o| (base + i as u64, o)))
            .collect();
        if !opened.is_empty() {
            let mut qb = QueryBuilder::new("INSERT INTO openings (idx, bytes) ");
            qb.push_values(opened, |mut b, (i, o)| {
                b.push_bind(idx(i)).push_bind(o);
            });
            qb.build().execute(&mut *conn).await?;
        }
    }
    Ok(())
}

fn idx(i: u64) -> i64 {
    i64::try_from(i).unwrap_or(i64::MAX)
}

#[async_trait]
impl LogStore for SqliteStore {
    async fn append(&self, first_index: u64, entries: &[NewEntry]) -> Result<(), StoreError> {
        // BEGIN IMMEDIATE takes the write lock up front: a deferred transaction
        // that reads first and then writes gets SQLITE_BUSY at once (no busy
        // wait) if another connection wrote in between.
        let mut conn = self.pool.acquire().await?;
        sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await?;
        let result = insert_at_end(&mut conn, first_index, entries).await;
        match result {
            Ok(()) => {
                sqlx::query("COMMIT").execute(&mut *conn).await?;
                Ok(())
            }
            Err(e) => {
                let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
                Err(e)
            }
        }
    }

    async fn size(&self) -> Result<u64, StoreError> {
        let n: Option<i64> = sqlx::query_scalar("SELECT MAX(idx) FROM entries")
            .fetch_one(&self.pool)
            .await?;
        Ok(n.map_or(0, |n| n as u64 + 1))
    }

    async fn entries(&self, start: u64, end: u64) -> Result<Vec<StoredEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT idx, leaf_hash, body FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx",
        )
        .bind(idx(start))
        .bind(idx(end))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                let i: i64 = r.get(0);
                Ok(StoredEntry {
                    index: i as u64,
                    leaf_hash: to_hash(r.get::<&[u8], _>(1), i)?,
                    bytes: r.get(2),
                })
            })
            .collect()
    }

    async fn leaf_hashes(&self, start: u64, end: u64) -> Result<Vec<Hash>, StoreError> {
        let rows = sqlx::query(
            "SELECT idx, leaf_hash FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx",
        )
        .bind(idx(start))
        .bind(idx(end))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| to_hash(r.get::<&[u8], _>(1), r.get(0)))
            .collect()
    }

    async fn put_checkpoint(&self, size: u64, note: &str) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO checkpoints (size, note) VALUES (?, ?) ON CONFLICT (size) DO UPDATE SET note = excluded.note")
            .bind(idx(size))
            .bind(note)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn latest_checkpoint(&self) -> Result<Option<(u64, String)>, StoreError> {
        let row = sqlx::query("SELECT size, note FROM checkpoints ORDER BY size DESC LIMIT 1")
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| (r.get::<i64, _>(0) as u64, r.get(1))))
    }

    async fn put_blob(&self, sha256: &Hash, bytes: &[u8]) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO blobs (sha256, bytes) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
        )
        .bind(sha256.as_slice())
        .bind(bytes)
        .execute(&self.blobs)
        .await?;
        Ok(())
    }

    async fn get_blob(&self, sha256: &Hash) -> Result<Option<Vec<u8>>, StoreError> {
        let found: Option<Vec<u8>> = sqlx::query_scalar("SELECT bytes FROM blobs WHERE sha256 = ?")
            .bind(sha256.as_slice())
            .fetch_optional(&self.blobs)
            .await?;
        if found.is_some() {
            return Ok(found);
        }
        // A data directory from before blobs had their own file.
        Ok(
            sqlx::query_scalar("SELECT bytes FROM blobs WHERE sha256 = ?")
                .bind(sha256.as_slice())
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    async fn add_blob_holder(&self, sha256: &Hash, holder: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO blob_holders (sha256, holder) VALUES (?, ?) ON CONFLICT (sha256, holder) DO NOTHING",
        )
        .bind(sha256.as_slice())
        .bind(holder)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn blob_holders(&self, sha256: &Hash) -> Result<Vec<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT holder FROM blob_holders WHERE sha256 = ? ORDER BY holder")
                .bind(sha256.as_slice())
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn openings(&self, start: u64, end: u64) -> Result<Vec<(u64, Vec<u8>)>, StoreError> {
        let rows =
            sqlx::query("SELECT idx, bytes FROM openings WHERE idx >= ? AND idx < ? ORDER BY idx")
                .bind(idx(start))
                .bind(idx(end))
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .into_iter()
            .map(|r| (r.get::<i64, _>(0) as u64, r.get(1)))
            .collect())
    }

    async fn get_meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar("SELECT value FROM meta WHERE key = ?")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(key)
            .bind(value)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
