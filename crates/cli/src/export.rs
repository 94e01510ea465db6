//! `truce export …`: the operator's exports straight from a data directory
//! (what `truce demo --data DIR` leaves), without serving it: the calendar,
//! the agreement or any version as Akoma Ntoso or Markdown, and the
//! agreement's signature receipts. The operator reads as the secretariat.

use crate::datadir;
use anyhow::{Context, Result, bail};
use clap::Subcommand;
use std::path::{Path, PathBuf};
use truce_domain::access::Viewer;
use truce_domain::{ProcessState, Version};
use truce_server::monitoring::{ExportFormat, IncidentExport};

#[derive(Subcommand)]
pub enum ExportCmd {
    /// Rounds and deadlines as RFC 5545 iCalendar.
    Ics {
        #[arg(long)]
        data: PathBuf,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The agreement (or --version) as Akoma Ntoso 3.0 XML.
    Akn {
        #[arg(long)]
        data: PathBuf,
        #[arg(long)]
        version: Option<String>,
        /// One language's document (default: all languages as a collection).
        #[arg(long)]
        lang: Option<String>,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The agreement (or --version) as Markdown.
    Md {
        #[arg(long)]
        data: PathBuf,
        #[arg(long)]
        version: Option<String>,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Every incident as ACLED-style CSV (ACLED's 31 columns).
    Acled {
        #[arg(long)]
        data: PathBuf,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Every incident as an RFC 7946 GeoJSON FeatureCollection.
    Geojson {
        #[arg(long)]
        data: PathBuf,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The agreement's signatures: each entry and its tlog-proof receipt,
    /// for `truce verify-receipt`.
    Receipts {
        #[arg(long)]
        data: PathBuf,
        #[arg(long)]
        version: Option<String>,
        /// Directory to write entry-N.json and entry-N.receipt into.
        #[arg(long)]
        out: PathBuf,
    },
}

struct Loaded {
    store: std::sync::Arc<dyn truce_store::LogStore>,
    origin: String,
    tree: truce_ledger::merkle::MemoryTree,
    domain: ProcessState,
}

async fn load(dir: &Path) -> Result<Loaded> {
    let key = crate::keys::read(&dir.join(datadir::LOG_KEY_FILE))
        .with_context(|| format!("{} is not a Truce data directory", dir.display()))?;
    let store = datadir::Location::Dir(dir.to_owned()).open_store().await?;
    let size = store.size().await?;
    let (tree, _, domain) =
        truce_server::engine::replay(store.as_ref(), key.verifier(), size).await?;
    Ok(Loaded {
        store,
        origin: key.name().to_owned(),
        tree,
        domain,
    })
}

fn pick<'a>(d: &'a ProcessState, version: Option<&str>) -> Result<&'a Version> {
    match version {
        Some(v) => d
            .versions
            .get(v)
            .with_context(|| format!("no version {v:?} in this log")),
        None => d
            .agreement()
            .context("no agreement is adopted yet: name a --version"),
    }
}

fn emit(out: Option<&Path>, text: &str) -> Result<()> {
    match out {
        Some(p) => std::fs::write(p, text).with_context(|| format!("writing {}", p.display())),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// Write an export a part at a time to `out` or standard output.
fn emit_parts(out: Option<&Path>, parts: &impl truce_server::http::stream::Parts) -> Result<()> {
    use truce_server::http::stream::write;
    match out {
        Some(p) => {
            let f = std::fs::File::create(p).with_context(|| format!("writing {}", p.display()))?;
            write(parts, &mut std::io::BufWriter::new(f))
                .with_context(|| format!("writing {}", p.display()))
        }
        None => write(parts, &mut std::io::stdout().lock()).context("writing to standard output"),
    }
}

pub async fn run(cmd: ExportCmd) -> Result<()> {
    match cmd {
        ExportCmd::Ics { data, out } => {
            let l = load(&data).await?;
            let text =
                truce_domain::export::icalendar(&l.domain, &l.origin, &crate::client::now_utc());
            emit(out.as_deref(), &text)
        }
        ExportCmd::Akn {
            data,
            version,
            lang,
            out,
        } => {
            let l = load(&data).await?;
            let v = pick(&l.domain, version.as_deref())?;
            let text = truce_domain::export::akoma_ntoso(
                &l.domain,
                &Viewer::Secretariat,
                v,
                &l.origin,
                lang.as_deref(),
            );
            emit(out.as_deref(), &text)
        }
        ExportCmd::Md { data, version, out } => {
            let l = load(&data).await?;
            let v = pick(&l.domain, version.as_deref())?;
            emit(
                out.as_deref(),
                &truce_domain::export::markdown(&l.domain, &Viewer::Secretariat, v),
            )
        }
        ExportCmd::Acled { data, out } => {
            let l = load(&data).await?;
            let d = std::sync::Arc::new(l.domain);
            let mut all: Vec<_> = d.monitor.incidents.iter().collect();
            all.sort_by_key(|i| (i.occurred_unix, i.index));
            let export =
                IncidentExport::new(d.clone(), &all, &Viewer::Secretariat, ExportFormat::Acled);
            emit_parts(out.as_deref(), &export)
        }
        ExportCmd::Geojson { data, out } => {
            let l = load(&data).await?;
            let d = std::sync::Arc::new(l.domain);
            let all: Vec<_> = d.monitor.incidents.iter().collect();
            let export =
                IncidentExport::new(d.clone(), &all, &Viewer::Secretariat, ExportFormat::GeoJson);
            emit_parts(out.as_deref(), &export)
        }
        ExportCmd::Receipts { data, version, out } => {
            let l = load(&data).await?;
            let v = pick(&l.domain, version.as_deref())?;
            let Some((size, note)) = l.store.latest_checkpoint().await? else {
                bail!("the log has no published checkpoint yet");
            };
            std::fs::create_dir_all(&out)?;
            let mut n = 0;
            for e in v.signatures.iter().chain(&v.witnesses) {
                if e.index >= size {
                    bail!(
                        "entry {} is not yet in the published checkpoint (size {size})",
                        e.index
                    );
                }
                let proof = l.tree.inclusion_proof(e.index, size)?;
                let receipt = truce_ledger::receipt::Receipt {
                    extra: None,
                    index: e.index,
                    proof,
                    checkpoint: note.clone(),
                };
                let bytes = l.store.entries(e.index, e.index + 1).await?;
                let entry = bytes.first().context("entry missing from the store")?;
                std::fs::write(out.join(format!("entry-{}.json", e.index)), &entry.bytes)?;
                // The sealed part, for `truce verify-receipt --opening`.
                if let Some((_, opening)) = l.store.openings(e.index, e.index + 1).await?.pop() {
                    std::fs::write(out.join(format!("entry-{}.opening.json", e.index)), opening)?;
                }
                std::fs::write(
                    out.join(format!("entry-{}.receipt", e.index)),
                    receipt.to_text(),
                )?;
                n += 1;
            }
            println!("{n} receipts written to {}", out.display());
            Ok(())
        }
    }
}
