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
/// The key the log's content (openings and blobs) is encrypted with at rest.
pub const CONTENT_KEY_FILE: &str = "content.key";

/// Where a log is stored.
#[derive(Debug, Clone)]
pub enum Location {
    Dir(PathBuf),
    Database {
        url: String,
        log_key: Option<PathBuf>,
        /// The content key file (`--content-key`); without it, content is
        /// stored unencrypted.
        content_key: Option<PathBuf>,
    },
}

impl Location {
    pub fn from_args(
        data: Option<PathBuf>,
        database: Option<String>,
        log_key: Option<PathBuf>,
        content_key: Option<PathBuf>,
    ) -> Result<Self> {
        match (data, database) {
            (Some(_), None) if content_key.is_some() => {
                bail!(
                    "--content-key is for --database; a data directory keeps its own ({CONTENT_KEY_FILE})"
                )
            }
            (Some(d), None) => Ok(Self::Dir(d)),
            (None, Some(url)) => Ok(Self::Database {
                url,
                log_key,
                content_key,
            }),
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
                let store = Arc::new(truce_store::sqlite::SqliteStore::open(&db).await?);
                with_content_key(store, Some(&d.join(CONTENT_KEY_FILE)), false).await
            }
            Self::Database {
                url, content_key, ..
            } => {
                let store = truce_store::open_url(url)
                    .await
                    .with_context(|| "opening the database")?;
                with_content_key(store, content_key.as_deref(), true).await
            }
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

/// Wrap a store in its content key when the key file exists (a data
/// directory's is optional only for logs made before content was encrypted;
/// a `--content-key` given must exist). A store sealed with a key cannot be
/// opened without it.
pub async fn with_content_key(
    store: Arc<dyn LogStore>,
    key_file: Option<&Path>,
    must_exist: bool,
) -> Result<Arc<dyn LogStore>> {
    match key_file {
        Some(path) if path.exists() || must_exist => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read content key {}", path.display()))?;
            let key = truce_store::encrypted::ContentKey::parse(&text)
                .with_context(|| format!("content key {}", path.display()))?;
            Ok(Arc::new(
                truce_store::encrypted::Encrypted::open(store, key).await?,
            ))
        }
        _ => {
            truce_store::encrypted::require_no_key(store.as_ref()).await?;
            tracing::warn!("this log's content is stored unencrypted (no content key)");
            Ok(store)
        }
    }
}

/// Create a new content key file.
pub fn new_content_key(path: &Path) -> Result<()> {
    crate::keys::write_secret(path, &truce_store::encrypted::ContentKey::generate()?)
}

/// Who founds a log: founding keys, and founding invitations (a code's
/// hash and its expiry in unix seconds) whose enrolled key is a founder.
#[derive(Debug, Clone, Default)]
pub struct Founding {
    pub keys: Vec<VerifierKey>,
    pub invitations: Vec<(String, u64)>,
}

impl Founding {
    /// Founded by these keys alone.
    pub fn keys(keys: &[VerifierKey]) -> Self {
        Self {
            keys: keys.to_vec(),
            invitations: Vec::new(),
        }
    }
}

/// Write the genesis of a new log into an empty store.
pub async fn write_genesis(
    store: &dyn LogStore,
    log_key: &SignerKey,
    process: &str,
    founding: &Founding,
) -> Result<()> {
    if store.size().await? != 0 {
        bail!("this log already has entries; it was initialised before");
    }
    let founders: Vec<String> = founding.keys.iter().map(ToString::to_string).collect();
    let mut body = serde_json::json!({ "process": process, "founders": founders });
    if !founding.invitations.is_empty() {
        body["invitations"] = founding
            .invitations
            .iter()
            .map(|(hash, expires)| serde_json::json!({ "code_sha256": hash, "expires": expires }))
            .collect();
    }
    let body = body.to_string();
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
    founding: &Founding,
) -> Result<Arc<dyn LogStore>> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    if dir.join(DB_FILE).exists() {
        bail!("{} already holds a log", dir.display());
    }
    crate::keys::write_new(&dir.join(LOG_KEY_FILE), log_key)?;
    std::fs::write(dir.join(LOG_VKEY_FILE), format!("{}\n", log_key.verifier()))?;
    let key_file = dir.join(CONTENT_KEY_FILE);
    new_content_key(&key_file)?;
    let store: Arc<dyn LogStore> =
        Arc::new(truce_store::sqlite::SqliteStore::open(&dir.join(DB_FILE)).await?);
    let store = with_content_key(store, Some(&key_file), true).await?;
    write_genesis(store.as_ref(), log_key, process, founding).await?;
    Ok(store)
}
