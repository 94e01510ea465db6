//! Data directories and databases: where a log lives (`DIR/truce.db` and
//! `DIR/log.key`, or a PostgreSQL URL with a separate log key file), and
//! writing a new log's genesis.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use truce_ledger::authority::GENESIS;
use truce_ledger::entry::sign_entry;
use truce_ledger::merkle::leaf_hash;
use truce_ledger::note::{SignerKey, VerifierKey};
use truce_store::{LogStore, NewEntry};

pub const DB_FILE: &str = "truce.db";
pub const LOG_KEY_FILE: &str = "log.key";
pub const LOG_VKEY_FILE: &str = "log.vkey";

/// Where a log is stored.
#[derive(Debug, Clone)]
pub enum Location {
    Dir(PathBuf),
    Database {
        url: String,
        log_key: Option<PathBuf>,
    },
}

impl Location {
    pub fn from_args(
        data: Option<PathBuf>,
        database: Option<String>,
        log_key: Option<PathBuf>,
    ) -> Result<Self> {
        match (data, database) {
            (Some(d), None) => Ok(Self::Dir(d)),
            (None, Some(url)) => Ok(Self::Database { url, log_key }),
            (Some(_), Some(_)) => bail!("give either --data DIR or --database URL, not both"),
            (None, None) => bail!("give --data DIR (embedded SQLite) or --database postgres://…"),
        }
    }

    pub async fn open_store(&self) -> Result<Arc<dyn LogStore>> {
        match self {
            Self::Dir(d) => {
                let db = d.join(DB_FILE);
                if !db.exists() {
                    bail!(
                        "{} holds no log: run `truce init --data {}` first",
                        d.display(),
                        d.display()
                    );
                }
                Ok(Arc::new(truce_store::sqlite::SqliteStore::open(&db).await?))
            }
            Self::Database { url, .. } => Ok(truce_store::open_url(url)
                .await
                .with_context(|| "opening the database")?),
        }
    }

    pub fn log_key_path(&self) -> Result<PathBuf> {
        match self {
            Self::Dir(d) => Ok(d.join(LOG_KEY_FILE)),
            Self::Database {
                log_key: Some(p), ..
            } => Ok(p.clone()),
            Self::Database { log_key: None, .. } => {
                bail!("with --database, give the log key file with --log-key FILE")
            }
        }
    }
}

/// Write the genesis of a new log into an empty store.
pub async fn write_genesis(
    store: &dyn LogStore,
    log_key: &SignerKey,
    process: &str,
    founders: &[VerifierKey],
) -> Result<()> {
    if store.size().await? != 0 {
        bail!("this log already has entries; it was initialised before");
    }
    let founders: Vec<String> = founders.iter().map(ToString::to_string).collect();
    let body = serde_json::json!({ "process": process, "founders": founders }).to_string();
    let bytes = sign_entry(log_key, log_key.name(), GENESIS, 1, &body)?;
    // Check it exactly as the server would before storing it.
    truce_ledger::authority::Authority::new(log_key.verifier()).append(&bytes)?;
    store
        .set_meta(truce_store::META_ORIGIN, log_key.name())
        .await?;
    store
        .set_meta(truce_store::META_LOG_VKEY, &log_key.verifier().to_string())
        .await?;
    store
        .append(
            0,
            &[NewEntry {
                opening: None,
                leaf_hash: leaf_hash(&bytes),
                bytes,
            }],
        )
        .await?;
    Ok(())
}

/// Create a data directory with its SQLite file, log key and genesis.
pub async fn init_dir(
    dir: &Path,
    log_key: &SignerKey,
    process: &str,
    founders: &[VerifierKey],
) -> Result<Arc<dyn LogStore>> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    if dir.join(DB_FILE).exists() {
        bail!("{} already holds a log", dir.display());
    }
    crate::keys::write_new(&dir.join(LOG_KEY_FILE), log_key)?;
    std::fs::write(dir.join(LOG_VKEY_FILE), format!("{}\n", log_key.verifier()))?;
    let store: Arc<dyn LogStore> =
        Arc::new(truce_store::sqlite::SqliteStore::open(&dir.join(DB_FILE)).await?);
    write_genesis(store.as_ref(), log_key, process, founders).await?;
    Ok(store)
}
