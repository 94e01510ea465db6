//! The PostgreSQL store, for deployments that outgrow one machine. Appends
//! are one transaction with an `UNNEST` insert; PostgreSQL's default
//! `synchronous_commit=on` makes a commit durable before it returns.

use crate::{LogStore, NewEntry, StoreError, StoredEntry, to_hash};
use async_trait::async_trait;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgPool, Row};
use std::str::FromStr;
use truce_ledger::Hash;

#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new().max_connections(8).connect(url).await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(Self { pool })
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }
}

/// The PostgreSQL server tests should use: `TRUCE_TEST_POSTGRES_URL`.
/// When it is unset the caller skips, saying so — unless
/// `TRUCE_REQUIRE_POSTGRES=1` (CI), where a missing server is a failure.
pub fn test_server_url() -> Option<String> {
    match std::env::var("TRUCE_TEST_POSTGRES_URL") {
        Ok(u) if !u.is_empty() => Some(u),
        _ => {
            assert!(
                std::env::var("TRUCE_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "TRUCE_REQUIRE_POSTGRES=1 but TRUCE_TEST_POSTGRES_URL is not set"
            );
            eprintln!("SKIPPED: PostgreSQL tests (set TRUCE_TEST_POSTGRES_URL=postgres://…)");
            None
        }
    }
}

/// Create a new, empty database on the server `admin_url` points at and
/// return its URL. For tests and benchmarks that need a clean log.
pub async fn create_scratch_database(admin_url: &str, name: &str) -> Result<String, StoreError> {
    let opts = PgConnectOptions::from_str(admin_url)?;
    let mut conn = opts.connect().await?;
    sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\""))
        .execute(&mut conn)
        .await?;
    sqlx::query(&format!("CREATE DATABASE \"{name}\""))
        .execute(&mut conn)
        .await?;
    conn.close().await?;
    Ok(with_database(admin_url, name))
}

/// `admin_url` with its database name replaced by `name` (query kept).
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    format!("{}/{name}{query}", &base[..path_start])
}

fn idx(i: u64) -> i64 {
    i64::try_from(i).unwrap_or(i64::MAX)
}

#[async_trait]
impl LogStore for PgStore {
    async fn append(&self, first_index: u64, entries: &[NewEntry]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        // Serialise appenders across processes, then check the position.
        sqlx::query("LOCK TABLE entries IN EXCLUSIVE MODE")
            .execute(&mut *tx)
            .await?;
        let size: Option<i64> = sqlx::query_scalar("SELECT MAX(idx) FROM entries")
            .fetch_one(&mut *tx)
            .await?;
        let size = size.map_or(0, |n| n as u64 + 1);
        if size != first_index {
            return Err(StoreError::NotAtEnd {
                got: first_index,
                size,
            });
        }
        let idxs: Vec<i64> = (0..entries.len())
            .map(|i| idx(first_index + i as u64))
            .collect();
        let hashes: Vec<&[u8]> = entries.iter().map(|e| e.leaf_hash.as_slice()).collect();
        let bodies: Vec<&[u8]> = entries.iter().map(|e| e.bytes.as_slice()).collect();
        sqlx::query("INSERT INTO entries (idx, leaf_hash, body) SELECT * FROM UNNEST($1::int8[], $2::bytea[], $3::bytea[])")
            .bind(&idxs)
            .bind(&hashes)
            .bind(&bodies)
            .execute(&mut *tx)
            .await?;
        let (oidx, obytes): (Vec<i64>, Vec<&[u8]>) = entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                e.opening
                    .as_deref()
                    .map(|o| (idx(first_index + i as u64), o))
            })
            .unzip();
        if !oidx.is_empty() {
            sqlx::query(
                "INSERT INTO openings (idx, bytes) SELECT * FROM UNNEST($1::int8[], $2::bytea[])",
            )
            .bind(&oidx)
            .bind(&obytes)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn size(&self) -> Result<u64, StoreError> {
        let n: Option<i64> = sqlx::query_scalar("SELECT MAX(idx) FROM entries")
            .fetch_one(&self.pool)
            .await?;
        Ok(n.map_or(0, |n| n as u64 + 1))
    }

    async fn entries(&self, start: u64, end: u64) -> Result<Vec<StoredEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT idx, leaf_hash, body FROM entries WHERE idx >= $1 AND idx < $2 ORDER BY idx",
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
            "SELECT idx, leaf_hash FROM entries WHERE idx >= $1 AND idx < $2 ORDER BY idx",
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
        sqlx::query("INSERT INTO checkpoints (size, note) VALUES ($1, $2) ON CONFLICT (size) DO UPDATE SET note = excluded.note")
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
            "INSERT INTO blobs (sha256, bytes) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING",
        )
        .bind(sha256.as_slice())
        .bind(bytes)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn get_blob(&self, sha256: &Hash) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT bytes FROM blobs WHERE sha256 = $1")
                .bind(sha256.as_slice())
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    async fn add_blob_holder(&self, sha256: &Hash, holder: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO blob_holders (sha256, holder) VALUES ($1, $2) ON CONFLICT (sha256, holder) DO NOTHING",
        )
        .bind(sha256.as_slice())
        .bind(holder)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn blob_holders(&self, sha256: &Hash) -> Result<Vec<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT holder FROM blob_holders WHERE sha256 = $1 ORDER BY holder")
                .bind(sha256.as_slice())
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn openings(&self, start: u64, end: u64) -> Result<Vec<(u64, Vec<u8>)>, StoreError> {
        let rows = sqlx::query(
            "SELECT idx, bytes FROM openings WHERE idx >= $1 AND idx < $2 ORDER BY idx",
        )
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
        Ok(sqlx::query_scalar("SELECT value FROM meta WHERE key = $1")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(key)
            .bind(value)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
