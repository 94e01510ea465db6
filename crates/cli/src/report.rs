//! Reports and publication from the command line: `truce report` (from a
//! server, as the reader a key is, or offline from a data directory at its
//! latest checkpoint), `truce publish agreement|report` (one mediator
//! participant's signature; the object is published at the quorum),
//! `truce verify-report` (offline, against the log's and witnesses' keys)
//! and `truce publish-site` (the public record as a static site).

use crate::client::Client;
use crate::negotiate::Conn;
use anyhow::{Context, Result, bail};
use clap::Subcommand;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use truce_domain::access::Viewer;
use truce_domain::report::Period;

pub use truce_server::report::Format;

/// Render a report's data in `format` (the twins of the JSON).
pub fn render(data: &Value, format: Format) -> Result<Vec<u8>> {
    truce_server::report::render(data, format).context("typesetting the report")
}

fn write_out(out: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match out {
        Some(p) => std::fs::write(p, bytes).with_context(|| format!("writing {}", p.display())),
        None => {
            use std::io::Write as _;
            std::io::stdout().write_all(bytes)?;
            Ok(())
        }
    }
}

/// `truce report`.
#[allow(clippy::too_many_arguments)]
pub async fn report(
    url: Option<String>,
    key: Option<PathBuf>,
    data: Option<PathBuf>,
    from: String,
    to: String,
    format: Format,
    id: Option<String>,
    out: Option<PathBuf>,
) -> Result<()> {
    let period = Period::new(&from, &to).map_err(anyhow::Error::msg)?;
    let id = id.unwrap_or_else(|| format!("report-{from}-{to}"));
    let bytes = match (url, data) {
        (Some(url), None) => {
            let conn = Conn { url, key };
            let c = conn.client().await?;
            let path = format!(
                "/api/v1/report?from={from}&to={to}&format={}&id={id}",
                format.name()
            );
            c.get_bytes(&path).await?
        }
        (None, Some(dir)) => {
            if key.is_some() {
                bail!(
                    "--key reads as a member over --url; a data directory's report is the commission's"
                );
            }
            let data = offline(&dir, &period, &id).await?;
            render(&data, format)?
        }
        _ => bail!("name either --url (a server) or --data (a data directory)"),
    };
    write_out(out.as_deref(), &bytes)
}

/// The commission's report from a data directory, at its latest stored
/// checkpoint: the log replayed to exactly that size, so two runs give the
/// same bytes.
async fn offline(dir: &Path, period: &Period, id: &str) -> Result<Value> {
    let key = crate::keys::read(&dir.join(crate::datadir::LOG_KEY_FILE))
        .with_context(|| format!("{} is not a Truce data directory", dir.display()))?;
    let store = crate::datadir::Location::Dir(dir.to_owned())
        .open_store()
        .await?;
    let (size, note) = store
        .latest_checkpoint()
        .await?
        .context("the log has no checkpoint yet: serve it until one is cosigned")?;
    let (tree, _, state) =
        truce_server::engine::replay(store.as_ref(), key.verifier(), size).await?;
    let frontier = truce_server::assets::frontier(&state);
    let at = truce_server::report::At {
        state: &state,
        size,
        note: &note,
        origin: key.name(),
        frontier: frontier.as_deref(),
    };
    let prove = |indices: &[u64]| truce_server::report::proofs(&tree, indices, size);
    Ok(
        truce_server::report::make(store.as_ref(), &at, &Viewer::Secretariat, period, id, prove)
            .await?,
    )
}

#[derive(Subcommand)]
pub enum PublishCmd {
    /// Sign the publication of the adopted agreement (published at the
    /// process's witness quorum of mediator participants).
    Agreement {
        #[command(flatten)]
        conn: Conn,
        /// The adopted version (default: the agreement in force).
        #[arg(long)]
        version: Option<String>,
    },
    /// Propose the public report of a period for publication, or sign one
    /// another mediator proposed (the same id); published at the finding quorum.
    Report {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        id: String,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        #[arg(long)]
        title: Option<String>,
    },
}

/// `truce publish`.
pub async fn publish(cmd: PublishCmd) -> Result<()> {
    match cmd {
        PublishCmd::Agreement { conn, version } => {
            let c = conn.client().await?;
            let version = match version {
                Some(v) => v,
                None => c.get_json("/api/v1/agreement").await?["version"]
                    .as_str()
                    .context("no agreement is adopted")?
                    .to_owned(),
            };
            let index = c
                .act(
                    truce_domain::publication::PUBLICATION_SIGN,
                    &json!({ "object": "agreement", "id": version }),
                )
                .await?;
            println!("signed the publication of agreement {version} at entry {index}");
        }
        PublishCmd::Report {
            conn,
            id,
            from,
            to,
            title,
        } => {
            let c = conn.client().await?;
            let period = match (from, to) {
                (Some(f), Some(t)) => Some((f, t)),
                (None, None) => None,
                _ => bail!("give both --from and --to, or neither to sign a proposed report"),
            };
            let (sha, index) = sign_report(&c, &conn.url, &id, period, title).await?;
            println!("signed the publication of report {id} ({sha}) at entry {index}");
        }
    }
    Ok(())
}

/// Sign the publication of report `id`: the one another mediator proposed
/// (its data twin read and stored again, so the signer holds what it signs),
/// or, with a period, the public report of that period at the latest
/// checkpoint that covers the whole log. Answers its hash and the entry.
pub async fn sign_report(
    c: &Client,
    url: &str,
    id: &str,
    period: Option<(String, String)>,
    title: Option<String>,
) -> Result<(String, u64)> {
    let under_way: Vec<Value> = serde_json::from_value(c.get_json("/api/v1/publications").await?)?;
    let proposed = under_way
        .iter()
        .find(|p| p["object"] == "report" && p["id"] == id);
    let (bytes, mut reference) = match (proposed, period) {
        (Some(p), _) => {
            let r = p["report"].clone();
            let sha = r["sha256"].as_str().context("the proposal names no hash")?;
            (c.get_bytes(&format!("/api/v1/blobs/{sha}")).await?, r)
        }
        (None, Some((from, to))) => {
            // The public report: only what the public may already read.
            let public = Client::connect(url, None).await?;
            wait_for_checkpoint(&public).await?;
            let bytes = public
                .get_bytes(&format!(
                    "/api/v1/report?from={from}&to={to}&id={id}&format=json"
                ))
                .await?;
            let data: Value = serde_json::from_slice(&bytes)?;
            let title = title.unwrap_or_else(|| data["title"].as_str().unwrap_or("").to_owned());
            let reference = json!({
                "sha256": "",
                "from": from,
                "to": to,
                "size": data["made_at"]["size"],
                "title": title,
            });
            (bytes, reference)
        }
        (None, None) => bail!("no report {id} is proposed: give --from and --to to propose it"),
    };
    let sha = c.put_blob(bytes).await?;
    reference["sha256"] = json!(sha);
    let index = c
        .act(
            truce_domain::publication::PUBLICATION_SIGN,
            &json!({ "object": "report", "id": id, "report": reference }),
        )
        .await?;
    Ok((sha, index))
}

/// Wait (ten seconds at most) until the published checkpoint covers the
/// log as it was when asked.
async fn wait_for_checkpoint(c: &Client) -> Result<()> {
    let size = c.get_json("/api/v1/log").await?["size"]
        .as_u64()
        .unwrap_or(0);
    for _ in 0..100 {
        let info = c.get_json("/api/v1/log").await?;
        if info["published_size"].as_u64().unwrap_or(0) >= size {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    bail!("no checkpoint covering the log was cosigned within ten seconds")
}

/// The address space a PDF's reader may take: the largest PDF read, the
/// largest twin inflated, a copy of each, the parser's deep stack and room.
const PDF_READER_MEMORY: u64 = 3 << 30;
/// How long a PDF's reader may take.
const PDF_READER_SECONDS: u64 = 300;
/// The PDF reader's exit status when it refuses the file (its reason on
/// standard error); clap's own usage errors are 2.
const REFUSED: i32 = 3;

/// The report attached to a PDF, read by `truce read-pdf-attachment` in a
/// child process confined to [`PDF_READER_MEMORY`] and
/// [`PDF_READER_SECONDS`]: a file whose own compressed streams inflate past
/// every bound (which the parser inflates to find its objects) kills the
/// child, not this process, and is refused by name.
fn read_pdf_attachment(file: &Path) -> Result<Vec<u8>> {
    let tmp = tempfile::tempdir()?;
    let out = tmp.path().join("report.json");
    let mut child = std::process::Command::new(std::env::current_exe()?)
        .arg("read-pdf-attachment")
        .arg("--out")
        .arg(&out)
        .arg("--")
        .arg(file)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .context("starting the PDF's reader")?;
    // Its words are read as they come (the first 64 KiB kept), so a child
    // that says much cannot block on a full pipe.
    let said = child.stderr.take().map(|err| {
        std::thread::spawn(move || {
            use std::io::Read as _;
            let mut kept = Vec::new();
            let mut err = err;
            let _ = (&mut err).take(64 << 10).read_to_end(&mut kept);
            let _ = std::io::copy(&mut err, &mut std::io::sink());
            String::from_utf8_lossy(&kept).into_owned()
        })
    });
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(PDF_READER_SECONDS) {
            let _ = child.kill();
            let _ = child.wait();
            bail!("reading the PDF took more than {PDF_READER_SECONDS} s: refused");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let said = said.and_then(|t| t.join().ok()).unwrap_or_default();
    if !status.success() {
        let said = said.trim().trim_start_matches("error: ");
        match status.code() {
            // Its refusal, in its words.
            Some(REFUSED) if !said.is_empty() => bail!("{said}"),
            // It could not start, read or write (not the file's doing).
            Some(_) => bail!("the PDF's reader failed ({status}): {said}"),
            // Killed: by its memory limit (an allocation it was refused
            // aborts it), or by a fault in the parser.
            None => bail!(
                "the PDF could not be read within {} GiB of memory ({status}): a compressed stream in it inflates past every bound, or it is not a PDF Truce wrote",
                PDF_READER_MEMORY >> 30
            ),
        }
    }
    let len = std::fs::metadata(&out)?.len();
    if len > truce_pdf::MAX_TWIN {
        bail!(
            "the attached report is more than {} bytes",
            truce_pdf::MAX_TWIN
        );
    }
    Ok(std::fs::read(&out)?)
}

/// `truce read-pdf-attachment`: limit this process's memory, then read
/// the PDF's attached report into `out`. A refusal exits with status
/// [`REFUSED`] and its reason; running out of memory aborts the process.
pub fn read_pdf_attachment_confined(file: &Path, out: &Path) -> Result<()> {
    rlimit::setrlimit(rlimit::Resource::AS, PDF_READER_MEMORY, PDF_READER_MEMORY)
        .context("limiting the PDF reader's memory")?;
    let len = std::fs::metadata(file)
        .with_context(|| format!("reading {}", file.display()))?
        .len();
    if len > truce_pdf::MAX_PDF as u64 {
        eprintln!("error: the PDF is more than {} bytes", truce_pdf::MAX_PDF);
        std::process::exit(REFUSED);
    }
    let pdf = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    match truce_pdf::attachment(&pdf) {
        Ok(twin) => std::fs::write(out, twin).with_context(|| format!("writing {}", out.display())),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(REFUSED);
        }
    }
}

/// `truce verify-report`.
pub fn verify_report(
    file: &Path,
    log_key: &truce_ledger::note::VerifierKey,
    witnesses: &[truce_ledger::note::VerifierKey],
    quorum: usize,
) -> Result<()> {
    let len = std::fs::metadata(file)
        .with_context(|| format!("reading {}", file.display()))?
        .len();
    let limit = truce_pdf::MAX_TWIN.max(truce_pdf::MAX_PDF as u64);
    if len > limit {
        bail!(
            "{}: {len} bytes is more than a report may be ({limit} bytes)",
            file.display()
        );
    }
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let v = if bytes.starts_with(b"%PDF-") {
        // The PDF is parsed by a process of its own, confined: a hostile
        // file's compressed streams cannot take this machine's memory.
        let twin =
            read_pdf_attachment(file).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
        truce_server::report::verify_pdf(&bytes, &twin, log_key, witnesses, quorum)
    } else {
        truce_server::report::verify(&bytes, log_key, witnesses, quorum)
    }
    .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    if v.pdf {
        println!(
            "ok: the PDF is exactly what its attached report typesets to; the attached report:"
        );
    }
    println!(
        "ok: {} items over {} entries of {} at size {}, cosigned by {}; {} openings match their commitments; every count matches its items",
        v.items, v.entries, v.origin, v.size, v.cosigners, v.opened
    );
    if v.imported > 0 {
        println!(
            "note: {} imported incidents are held to their batch's entry only (the batch's rows are not in the report)",
            v.imported
        );
    }
    if witnesses.is_empty() {
        println!(
            "note: NOT checked against any witness: the log's key alone signed what was checked (give --witness)"
        );
    }
    Ok(())
}

fn safe_name(id: &str) -> Result<&str> {
    if !id.is_empty()
        && id.len() <= 100
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !id.starts_with('.')
    {
        Ok(id)
    } else {
        bail!("{id:?} is not a name a file may take")
    }
}

/// `truce publish-site`: the public record as files any static host serves.
pub async fn publish_site(url: &str, out: &Path) -> Result<()> {
    let c = Client::connect(url, None).await?;
    let mut record = c.get_json("/api/v1/public").await?;
    // The record holds each list's newest items; the site holds them all,
    // paged in as the record counts them (a server whose pages do not add
    // up is refused, not followed).
    use truce_server::http::reports::{PUBLIC_LIST_PAGE, PUBLIC_LISTS};
    for list in PUBLIC_LISTS {
        let total = record["counts"][list].as_u64().unwrap_or(0);
        let held = record[list].as_array().map_or(0, Vec::len) as u64;
        if total <= held {
            continue;
        }
        if total > 10_000_000 {
            bail!("the server counts {total} {list}: more than a site is written with");
        }
        let mut items: Vec<serde_json::Value> = Vec::new();
        for _ in 0..total.div_ceil(PUBLIC_LIST_PAGE as u64) {
            let offset = items.len();
            let page = c
                .get_json(&format!("/api/v1/public/lists/{list}?offset={offset}"))
                .await?;
            let got = page["items"].as_array().cloned().unwrap_or_default();
            if page["offset"].as_u64() != Some(offset as u64)
                || page["total"].as_u64().is_none_or(|t| t < total)
                || got.is_empty()
                || got.len() > PUBLIC_LIST_PAGE
            {
                bail!(
                    "the server's page of {list} at {offset} does not continue the {total} it counted"
                );
            }
            items.extend(got);
        }
        if (items.len() as u64) < total {
            bail!(
                "the server's pages of {list} hold {} of the {total} it counted",
                items.len()
            );
        }
        // Pages made after the record may hold more: the site is the record's.
        items.truncate(total as usize);
        record[list] = serde_json::Value::Array(items);
    }
    std::fs::create_dir_all(out.join("reports"))?;
    std::fs::create_dir_all(out.join("agreements"))?;
    std::fs::create_dir_all(out.join("entries"))?;
    let mut files = 0;
    let mut put = |path: PathBuf, bytes: &[u8]| -> Result<()> {
        std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
        files += 1;
        Ok(())
    };
    put(
        out.join("public.json"),
        &truce_server::report::to_bytes(&record),
    )?;
    put(
        out.join("feed.atom"),
        &c.get_bytes("/api/v1/public/feed.atom").await?,
    )?;
    put(out.join("checkpoint"), &c.get_bytes("/checkpoint").await?)?;
    // Every entry a "check it" needs, with its opening where the public has one.
    let mut entries: Vec<u64> = vec![];
    for a in record["agreements"].as_array().into_iter().flatten() {
        let v = safe_name(a["version"].as_str().unwrap_or(""))?;
        put(
            out.join("agreements").join(format!("{v}.json")),
            &c.get_bytes(&format!("/api/v1/versions/{v}")).await?,
        )?;
        put(
            out.join("agreements").join(format!("{v}.md")),
            &c.get_bytes(&format!("/api/v1/versions/{v}/export.md"))
                .await?,
        )?;
        let content = a["content"].as_str().unwrap_or("");
        if content.len() == 64 && content.chars().all(|c| c.is_ascii_hexdigit()) {
            put(
                out.join("agreements").join(format!("{v}.document.json")),
                &c.get_bytes(&format!("/api/v1/blobs/{content}")).await?,
            )?;
        }
        entries.extend(a["entry"].as_u64());
        for s in ["signatures", "witnesses"] {
            entries.extend(
                a[s].as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|x| x["entry"].as_u64()),
            );
        }
    }
    for f in record["findings"].as_array().into_iter().flatten() {
        entries.extend(f["entry"].as_u64());
        entries.extend(f["published_entry"].as_u64());
    }
    for r in record["reports"].as_array().into_iter().flatten() {
        let id = safe_name(r["id"].as_str().unwrap_or(""))?;
        let sha = r["sha256"].as_str().unwrap_or("");
        let bytes = c.get_bytes(&format!("/api/v1/blobs/{sha}")).await?;
        {
            use sha2::Digest as _;
            let got = hex::encode(sha2::Sha256::digest(&bytes));
            anyhow::ensure!(
                got == sha,
                "report {id}: the server's bytes hash to {got}, not the published {sha}"
            );
        }
        let data: Value =
            serde_json::from_slice(&bytes).with_context(|| format!("report {id} is not JSON"))?;
        for format in [Format::Csv, Format::Geojson, Format::Html, Format::Pdf] {
            put(
                out.join("reports").join(format!("{id}.{}", format.name())),
                &render(&data, format)?,
            )?;
        }
        put(out.join("reports").join(format!("{id}.json")), &bytes)?;
    }
    entries.sort_unstable();
    entries.dedup();
    for i in entries {
        put(
            out.join("entries").join(format!("{i}.json")),
            &c.get_bytes(&format!("/api/v1/entries/{i}")).await?,
        )?;
        if let Ok(o) = c.get_bytes(&format!("/api/v1/entries/{i}/opening")).await {
            put(out.join("entries").join(format!("{i}.opening.json")), &o)?;
        }
    }
    let index = truce_server::http::reports::site_index(&record);
    put(out.join("index.html"), index.as_bytes())?;
    println!("wrote {files} files to {}", out.display());
    Ok(())
}
