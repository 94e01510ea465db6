//! The `truce` binary: key generation, log initialisation, the server, the
//! witness, submitting entries, auditing, the demo and the benchmarks.
//! Errors are `anyhow` here and only here; libraries return typed errors.

mod bench;
mod bench_attack;
mod bench_disclosure;
mod client;
mod datadir;
mod demo;
mod demo_monitor;
mod export;
mod keys;
mod monitor;
mod negotiate;
mod report;
mod verify;
mod watch;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;
use truce_ledger::note::VerifierKey;

#[derive(Parser)]
#[command(
    name = "truce",
    version,
    about = "Truce: the signed, witnessed ledger a mediated ceasefire runs on"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a signer key file and print its verifier key.
    Keygen {
        #[arg(long)]
        name: String,
        #[arg(long)]
        out: PathBuf,
        /// A witness cosigning key (cosignature/v1, type 0x04).
        #[arg(long)]
        witness: bool,
    },
    /// Create a log: its key, its storage and its genesis entry.
    Init {
        #[command(flatten)]
        store: StoreArgs,
        /// The log's origin, also the name of its key (e.g. truce.example/pk-af-2025).
        #[arg(long)]
        origin: String,
        /// A founding member's verifier key (repeatable).
        #[arg(long = "founder")]
        founders: Vec<String>,
        /// The name of the process this log records.
        #[arg(long, default_value = "Truce process")]
        process: String,
        /// Put N founding invitations in the genesis and print their one-time
        /// codes, one a line: whoever enrols with one (at /enrol, with a key
        /// made in the browser) is a founder, a secretariat key that may
        /// invite members and register keys. No founder key file is written
        /// then.
        #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=16))]
        founding_invitations: u8,
        /// Hours the founding invitations may be used, on the log's time.
        #[arg(long, default_value_t = 72, value_parser = clap::value_parser!(u32).range(1..=8784))]
        founding_invitation_hours: u32,
    },
    /// Serve the log over HTTP.
    Serve {
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// A witness as VKEY@URL (repeatable).
        #[arg(long = "witness")]
        witnesses: Vec<String>,
        /// Cosignatures a checkpoint needs before it is published.
        #[arg(long, default_value_t = 0)]
        quorum: usize,
        /// A mirror to push to over C2SP tlog-mirror, as VKEY@URL
        /// (repeatable); its cosignature is added to the checkpoint once it
        /// holds every entry.
        #[arg(long = "mirror")]
        mirrors: Vec<String>,
        /// Milliseconds between checkpoints while entries arrive.
        #[arg(long, default_value_t = 250)]
        checkpoint_ms: u64,
        /// Seconds a connection has to send a whole request head (then closed).
        #[arg(long, default_value_t = 10)]
        header_timeout: u64,
        /// Seconds a request has to be answered (then 408).
        #[arg(long, default_value_t = 60)]
        request_timeout: u64,
        /// Most open connections (capped below the descriptor limit); half of
        /// them at most from one address.
        #[arg(long, default_value_t = 1024)]
        max_connections: usize,
        /// Entries one key may append per minute (a burst of as many); 0: no limit.
        #[arg(long, default_value_t = 6000)]
        quota_entries_per_minute: u64,
        /// Blob MiB one key may upload per hour (a burst of as many); 0: no limit.
        #[arg(long, default_value_t = 2048)]
        quota_blob_mib_per_hour: u64,
        /// Refused requests (400, 401, 403, 413) one address may make per
        /// minute before its connections are turned away; 0: no limit.
        #[arg(long, default_value_t = 600)]
        quota_refusals_per_minute: u64,
        /// Reads by the public (no signature, no session) per second, in
        /// all (a quarter of it per address); past it a read waits its turn,
        /// up to 2 s, then gets 503 and Retry-After; 0: no limit.
        #[arg(long, default_value_t = truce_server::quota::PUBLIC_READS_PER_SECOND)]
        public_reads_per_second: u64,
        /// Mail members' reminders through this SMTP relay (`host:port`,
        /// plain SMTP to a relay you run); members set their own address.
        #[arg(long, requires_all = ["mail_from", "public_url"])]
        smtp: Option<String>,
        /// The reminders' sender address.
        #[arg(long)]
        mail_from: Option<String>,
        /// The server's address as members reach it, for the reminders' link.
        #[arg(long)]
        public_url: Option<String>,
        /// Seconds between reminder rounds.
        #[arg(long, default_value_t = 300)]
        remind_every_secs: u64,
        /// Hours before a deadline that its reminder is mailed.
        #[arg(long, default_value_t = 48)]
        remind_lead_hours: u64,
    },
    /// Run a tlog-witness for one or more logs.
    Witness {
        #[arg(long)]
        key: PathBuf,
        #[arg(long, default_value = "127.0.0.1:8090")]
        listen: SocketAddr,
        /// The verifier key of a log to witness (repeatable).
        #[arg(long = "log", required = true)]
        logs: Vec<String>,
        #[arg(long)]
        data: PathBuf,
    },
    /// Mirror a log: follow it over tlog-tiles (and take what it pushes over
    /// tlog-mirror), verify every checkpoint and entry, keep a durable
    /// replica and serve it as tlog-tiles, cosigned; raise
    /// alarms with evidence on a fork, a rollback, an entry that breaks a
    /// rule, a stale checkpoint or a lost witness quorum.
    Mirror {
        /// The log's base URL.
        #[arg(long)]
        from: String,
        #[command(flatten)]
        trust: TrustArgs,
        /// The mirror's directory: replica, evidence, its own key.
        #[arg(long)]
        data: PathBuf,
        #[arg(long, default_value = "127.0.0.1:8095")]
        listen: SocketAddr,
        /// Milliseconds between rounds.
        #[arg(long, default_value_t = 1000)]
        interval_ms: u64,
        /// Seconds after which a checkpoint's newest cosignature is stale.
        #[arg(long, default_value_t = 3600)]
        stale_after: u64,
        /// Where to POST evidence (signed, retried, idempotent).
        #[arg(long)]
        webhook: Option<String>,
        /// Another mirror of the same log (repeatable): its checkpoints are
        /// held against this mirror's tree.
        #[arg(long = "peer")]
        peers: Vec<String>,
    },
    /// A party's light monitor of its own view of the log: remembers the
    /// largest cosigned checkpoint it was shown and holds each new one
    /// against it; on a fork, a rollback or a rewritten history it writes
    /// an evidence file and exits non-zero.
    Watch {
        #[arg(long)]
        url: String,
        #[command(flatten)]
        trust: TrustArgs,
        /// The directory that keeps the checkpoint seen and any evidence.
        #[arg(long)]
        data: PathBuf,
        /// Seconds between looks; 0 looks once.
        #[arg(long, default_value_t = 0)]
        interval_secs: u64,
    },
    /// Check a mirror's evidence file offline: what it proves, or why not.
    VerifyEvidence {
        #[arg(long)]
        log_key: String,
        /// A witness's verifier key (repeatable), to date checkpoints.
        #[arg(long = "witness")]
        witnesses: Vec<String>,
        file: PathBuf,
    },
    /// Sign a JSON payload as an entry and append it; prints the index.
    Submit {
        #[arg(long)]
        url: String,
        #[arg(long)]
        key: PathBuf,
        /// The event kind (e.g. communique, round.scheduled).
        #[arg(long = "type")]
        kind: String,
        /// Sequence number (default: one more than the log has seen from this key).
        #[arg(long)]
        seq: Option<u64>,
        payload: PathBuf,
    },
    /// Audit a whole log; exits non-zero naming the first bad entry.
    Verify {
        #[arg(long)]
        data: Option<PathBuf>,
        #[arg(long)]
        database: Option<String>,
        /// With --database: the content key file, to check the openings.
        #[arg(long)]
        content_key: Option<PathBuf>,
        #[arg(long)]
        url: Option<String>,
        /// The log's verifier key (required with --url).
        #[arg(long)]
        log_key: Option<String>,
        #[arg(long = "witness")]
        witnesses: Vec<String>,
        /// Cosignatures required (default: every witness given).
        #[arg(long)]
        quorum: Option<usize>,
        /// Also check that every act was among the acts its signer was
        /// offered just before (the web UI shows exactly those); slow on
        /// large logs.
        #[arg(long)]
        offers: bool,
    },
    /// Verify a tlog-proof receipt for an entry offline.
    VerifyReceipt {
        #[arg(long)]
        log_key: String,
        #[arg(long = "witness")]
        witnesses: Vec<String>,
        /// Cosignatures required (default: every witness given, never zero
        /// when witnesses are named).
        #[arg(long)]
        quorum: Option<usize>,
        receipt: PathBuf,
        entry: PathBuf,
        /// The opening of the entry's sealed part (from
        /// `/api/v1/entries/{i}/opening`): checked against the entry's
        /// commitment, and the disclosed fields printed.
        #[arg(long)]
        opening: Option<PathBuf>,
    },
    /// A compliance report for a period: the commission's, a party's own
    /// record or the public's, as the reader is (from --url, as --key), or
    /// the commission's from a data directory at its latest checkpoint.
    Report {
        /// A server's base URL.
        #[arg(long)]
        url: Option<String>,
        /// Read as this member (over --url); without it, the public report.
        #[arg(long = "as")]
        key: Option<PathBuf>,
        /// A data directory instead of a server.
        #[arg(long)]
        data: Option<PathBuf>,
        /// First day, YYYY-MM-DD.
        #[arg(long)]
        from: String,
        /// Last day, YYYY-MM-DD (inclusive).
        #[arg(long)]
        to: String,
        /// json (with proofs), csv, geojson, html or pdf (the JSON attached).
        #[arg(long, value_parser = report::Format::parse, default_value = "json")]
        format: report::Format,
        #[arg(long)]
        id: Option<String>,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Sign the publication of the agreement or of a report.
    Publish {
        #[command(subcommand)]
        cmd: report::PublishCmd,
    },
    /// Check a report offline: its checkpoint, every entry's inclusion
    /// proof and opening, every item against its entry, every count. A PDF
    /// is checked through the report it carries, and must be exactly what
    /// that report typesets to.
    VerifyReport {
        #[arg(long)]
        log_key: String,
        #[arg(long = "witness")]
        witnesses: Vec<String>,
        /// Cosignatures required (default: every witness given).
        #[arg(long)]
        quorum: Option<usize>,
        file: PathBuf,
    },
    /// Read the report attached to a PDF into `--out`, confined (memory
    /// and time): what `verify-report` runs to read a PDF it may not trust.
    #[command(hide = true)]
    ReadPdfAttachment {
        #[arg(long)]
        out: PathBuf,
        file: PathBuf,
    },
    /// Write the public record as a static site: an HTML page, its data,
    /// the Atom feed, the published agreement and reports, and the entries
    /// behind them.
    PublishSite {
        #[arg(long)]
        url: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Run the October 2025 process as a demo: log, witnesses and server.
    Demo {
        #[arg(long, default_value = "truce-demo")]
        data: PathBuf,
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// Set up, print, and exit instead of serving until interrupted.
        #[arg(long)]
        no_wait: bool,
        /// How far the October 2025 script runs: `full`, or `agreement` (to
        /// the adopted agreement, leaving the mechanism to configure by hand).
        #[arg(long, value_enum, default_value = "full")]
        stage: demo::Stage,
    },
    /// The process and its participants.
    Process {
        #[command(subcommand)]
        cmd: negotiate::ProcessCmd,
    },
    /// Members: add, remove, rotate keys.
    Member {
        #[command(subcommand)]
        cmd: negotiate::MemberCmd,
    },
    /// Rounds and deadlines.
    Round {
        #[command(subcommand)]
        cmd: negotiate::RoundCmd,
    },
    /// Drafts and the shuttle: submit, relay, comment, list, show, diff.
    Draft {
        #[command(subcommand)]
        cmd: negotiate::DraftCmd,
    },
    /// Sign a version as a party's signatory (or, with --witness, endorse it as a mediator).
    Sign {
        #[command(flatten)]
        conn: negotiate::Conn,
        #[arg(long)]
        version: String,
        /// The SHA-256 of the text you reviewed (default: the server's current one).
        #[arg(long)]
        content: Option<String>,
        #[arg(long)]
        witness: bool,
    },
    /// Export from a data directory: ics, akn, md, receipts.
    Export {
        #[command(subcommand)]
        cmd: export::ExportCmd,
    },
    /// The monitoring mechanism's terms: commitments and penalty schedule.
    Mechanism {
        #[command(subcommand)]
        cmd: monitor::MechanismCmd,
    },
    /// Incident reports: report, list, merge, duplicates.
    Incident {
        #[command(subcommand)]
        cmd: monitor::IncidentCmd,
    },
    /// Evidence files and their chain of custody.
    Evidence {
        #[command(subcommand)]
        cmd: monitor::EvidenceCmd,
    },
    /// Report what a party did to meet an obligation (its delegates).
    Action {
        #[command(flatten)]
        act: monitor::Act,
        #[arg(long)]
        id: String,
        #[arg(long)]
        commitment: String,
        #[arg(long)]
        summary: String,
        #[arg(long = "evidence")]
        evidence: Vec<String>,
    },
    /// Verification cases: open, request evidence, reply, assess, show.
    Case {
        #[command(subcommand)]
        cmd: monitor::CaseCmd,
    },
    /// Findings: propose, vote (quorum), publish, list.
    Finding {
        #[command(subcommand)]
        cmd: monitor::FindingCmd,
    },
    /// Penalties: impose, appeal, decide, serve, lift, list.
    Penalty {
        #[command(subcommand)]
        cmd: monitor::PenaltyCmd,
    },
    /// Each commitment's state and why, at a point of the ledger and a time.
    Compliance {
        #[command(flatten)]
        conn: negotiate::Conn,
        /// Over the first UPTO entries only.
        #[arg(long)]
        upto: Option<u64>,
        /// At this time (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ`); now by default.
        #[arg(long)]
        at: Option<String>,
    },
    /// Import incidents into a data directory's log.
    Import {
        #[command(subcommand)]
        cmd: ImportCmd,
    },
    /// Measure throughput and latency; prints a Markdown report.
    Bench {
        #[command(subcommand)]
        which: bench::Which,
    },
}

/// Where a log is stored, as `init` and `serve` take it.
#[derive(Subcommand)]
enum ImportCmd {
    /// An ACLED CSV export (31 columns). A bad row names its line and
    /// column, and a file with bad rows stores nothing unless --skip-bad.
    Acled {
        #[arg(long)]
        data: PathBuf,
        file: PathBuf,
        /// Import the good rows and report the bad ones.
        #[arg(long)]
        skip_bad: bool,
        /// The importing key (default: the founder's, or the first secretariat key in DIR/keys).
        #[arg(long)]
        key: Option<PathBuf>,
    },
}

/// Whom a follower of the log trusts: the log's key and its witnesses.
#[derive(clap::Args)]
struct TrustArgs {
    /// The log's verifier key.
    #[arg(long)]
    log_key: String,
    /// A witness's verifier key (repeatable).
    #[arg(long = "witness")]
    witnesses: Vec<String>,
    /// Cosignatures a checkpoint needs (default: every witness given).
    #[arg(long)]
    quorum: Option<usize>,
}

impl TrustArgs {
    /// The log key, the witnesses and the quorum (every witness by default).
    fn resolve(&self) -> Result<(VerifierKey, Vec<VerifierKey>, usize)> {
        let witnesses = vkeys(&self.witnesses)?;
        let quorum = self.quorum.unwrap_or(witnesses.len());
        if quorum > witnesses.len() {
            bail!("--quorum {quorum} needs at least that many --witness");
        }
        Ok((keys::parse_vkey(&self.log_key)?, witnesses, quorum))
    }
}

#[derive(clap::Args)]
struct StoreArgs {
    /// A data directory (embedded SQLite and the log key).
    #[arg(long, conflicts_with = "database")]
    data: Option<PathBuf>,
    /// A PostgreSQL URL instead of a data directory.
    #[arg(long)]
    database: Option<String>,
    /// With --database: the log's private key file.
    #[arg(long)]
    log_key: Option<PathBuf>,
    /// With --database: the key file the content (openings, blobs) is
    /// encrypted with at rest; `init` creates it. Keep it off the database
    /// host. (A data directory keeps its own `content.key`.)
    #[arg(long)]
    content_key: Option<PathBuf>,
}

impl StoreArgs {
    fn location(self) -> Result<datadir::Location> {
        datadir::Location::from_args(self.data, self.database, self.log_key, self.content_key)
    }
}

fn main() -> std::process::ExitCode {
    match real_main() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn real_main() -> Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("TRUCE_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    // Before any runtime or thread: this process only reads one PDF, under
    // a memory limit of its own.
    if let Command::ReadPdfAttachment { out, file } = &cli.command {
        return report::read_pdf_attachment_confined(file, out);
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(run(cli.command))
}

fn vkeys(list: &[String]) -> Result<Vec<VerifierKey>> {
    list.iter().map(|s| keys::parse_vkey(s)).collect()
}

async fn run(command: Command) -> Result<()> {
    match command {
        Command::Keygen { name, out, witness } => {
            let key = keys::generate(&name, witness)?;
            keys::write_new(&out, &key)?;
            println!("{}", key.verifier());
        }
        Command::Init {
            store,
            origin,
            founders,
            process,
            founding_invitations,
            founding_invitation_hours,
        } => {
            let location = store.location()?;
            let log = keys::generate(&origin, false)
                .context("the origin must be a valid key name (no spaces or '+')")?;
            let mut founder_keys = vkeys(&founders)?;
            let codes: Vec<String> = (0..founding_invitations)
                .map(|_| negotiate::invitation_code())
                .collect();
            match &location {
                datadir::Location::Dir(dir) => {
                    if founder_keys.is_empty() && codes.is_empty() {
                        std::fs::create_dir_all(dir)?;
                        let path = dir.join("founder.key");
                        let f = keys::generate("founder", false)?;
                        keys::write_new(&path, &f)?;
                        eprintln!(
                            "no --founder given: wrote a founder key to {}",
                            path.display()
                        );
                        founder_keys.push(f.verifier());
                    }
                }
                datadir::Location::Database { .. } => {
                    if founder_keys.is_empty() && codes.is_empty() {
                        bail!(
                            "with --database, name at least one --founder VKEY or give --founding-invitations N"
                        );
                    }
                }
            }
            let founding = datadir::Founding {
                keys: founder_keys,
                invitations: codes
                    .iter()
                    .map(|c| {
                        (
                            truce_ledger::authority::invitation_hash(c),
                            truce_server::engine::clock::system_now()
                                + u64::from(founding_invitation_hours) * 3600,
                        )
                    })
                    .collect(),
            };
            match &location {
                datadir::Location::Dir(dir) => {
                    datadir::init_dir(dir, &log, &process, &founding).await?;
                }
                datadir::Location::Database {
                    url, content_key, ..
                } => {
                    let key_path = location.log_key_path()?;
                    let store = truce_store::open_url(url).await?;
                    if store.size().await? != 0 {
                        bail!("the database already holds a log");
                    }
                    keys::write_new(&key_path, &log)?;
                    if let Some(path) = content_key {
                        datadir::new_content_key(path)?;
                    }
                    let store =
                        datadir::with_content_key(store, content_key.as_deref(), true).await?;
                    datadir::write_genesis(store.as_ref(), &log, &process, &founding).await?;
                }
            }
            println!("{}", log.verifier());
            if !codes.is_empty() {
                eprintln!(
                    "{} founding invitation(s), one code a line after the log's key (valid \
                     {founding_invitation_hours} h on the log's time): enrol with one at /enrol on the \
                     served log; its key is a founder, a secretariat key that may invite and register",
                    codes.len()
                );
            }
            for code in &codes {
                println!("{code}");
            }
        }
        Command::Serve {
            store,
            listen,
            witnesses,
            quorum,
            mirrors,
            checkpoint_ms,
            header_timeout,
            request_timeout,
            max_connections,
            quota_entries_per_minute,
            quota_blob_mib_per_hour,
            quota_refusals_per_minute,
            public_reads_per_second,
            smtp,
            mail_from,
            public_url,
            remind_every_secs,
            remind_lead_hours,
        } => {
            let location = store.location()?;
            let key = keys::read(&location.log_key_path()?)?;
            let store = location.open_store().await?;
            let peers = witnesses
                .iter()
                .map(|w| keys::parse_witness_peer(w))
                .collect::<Result<Vec<_>>>()?;
            if quorum > peers.len() {
                bail!("--quorum {quorum} needs at least that many --witness");
            }
            let mut config = truce_server::ServerConfig::new(listen);
            if let (Some(relay), Some(from), Some(public_url)) = (smtp, mail_from, public_url) {
                truce_server::reminders::check_address(&from)
                    .map_err(|e| anyhow::anyhow!("--mail-from: {e}"))?;
                if relay
                    .rsplit_once(':')
                    .and_then(|(_, p)| p.parse::<u16>().ok())
                    .is_none()
                {
                    bail!("--smtp {relay:?} is not host:port");
                }
                config.mailer = Some(truce_server::reminders::Mailer {
                    relay,
                    from,
                    public_url,
                    every: Duration::from_secs(remind_every_secs.max(1)),
                    lead: Duration::from_secs(remind_lead_hours.min(24 * 366) * 3600),
                });
            }
            config.mirrors = mirrors
                .iter()
                .map(|m| keys::parse_witness_peer(m))
                .collect::<Result<Vec<_>>>()?;
            config.witnesses = peers;
            config.quorum = quorum;
            config.checkpoint_interval = Duration::from_millis(checkpoint_ms.max(10));
            config.limits = truce_server::conn::Limits::for_this_process(max_connections);
            config.limits.header_read = Duration::from_secs(header_timeout.max(1));
            config.limits.request = Duration::from_secs(request_timeout.max(1));
            config.quotas = truce_server::quota::Quotas {
                entries_per_minute: quota_entries_per_minute,
                blob_bytes_per_hour: quota_blob_mib_per_hour << 20,
                refusals_per_minute: quota_refusals_per_minute,
                public_reads_per_second,
            };
            let server = truce_server::start(store, key, config).await?;
            println!(
                "truce serving {} ({} entries) on http://{}",
                server.log.origin(),
                server.log.size(),
                server.addr
            );
            wait(server.task).await?;
        }
        Command::Witness {
            key,
            listen,
            logs,
            data,
        } => {
            let key = keys::read(&key)?;
            let witness = truce_server::witness::Witness::open(key, vkeys(&logs)?, &data)?;
            let vkey = witness.verifier();
            let (addr, task) = truce_server::start_witness(witness, listen).await?;
            println!("truce witness {vkey} on http://{addr}");
            wait(task).await?;
        }
        Command::Mirror {
            from,
            trust,
            data,
            listen,
            interval_ms,
            stale_after,
            webhook,
            peers,
        } => {
            let (log_key, witnesses, quorum) = trust.resolve()?;
            std::fs::create_dir_all(&data)
                .with_context(|| format!("creating {}", data.display()))?;
            let key = keys::load_or_create(&data.join("mirror.key"), "truce-mirror", true)?;
            let store = std::sync::Arc::new(
                truce_store::sqlite::SqliteStore::open(&data.join("mirror.db")).await?,
            );
            let config = truce_server::mirror::MirrorConfig {
                source: from.clone(),
                log_key: log_key.clone(),
                witnesses,
                quorum,
                stale_after: Duration::from_secs(stale_after),
                evidence_dir: data.join("evidence"),
                webhook,
                key: key.clone(),
                peers,
            };
            let mirror = truce_server::mirror::Mirror::open(config, store).await?;
            let (addr, serve) = truce_server::start_mirror(mirror.clone(), listen)
                .await
                .with_context(|| format!("listening on {listen}"))?;
            println!(
                "truce mirror on http://{addr} of {} ({} entries) following {from}, signing as {}",
                log_key.name(),
                mirror.size().await,
                key.verifier()
            );
            let follow = tokio::spawn(mirror.run(Duration::from_millis(interval_ms.max(50))));
            tokio::select! {
                r = serve => { r??; }
                _ = follow => {}
            }
        }
        Command::Watch {
            url,
            trust,
            data,
            interval_secs,
        } => {
            let (log_key, witnesses, quorum) = trust.resolve()?;
            std::fs::create_dir_all(&data)
                .with_context(|| format!("creating {}", data.display()))?;
            let w = watch::Watch {
                url,
                log_key,
                witnesses,
                quorum,
                state: data.join("checkpoint"),
                evidence_dir: data.join("evidence"),
            };
            loop {
                match w.look().await {
                    Ok(watch::Look::First(n)) => println!("first look: size {n}, remembered"),
                    Ok(watch::Look::Same(n)) => println!("size {n}, as seen before"),
                    Ok(watch::Look::Extends { from, to }) => {
                        println!("size {to} extends size {from} (consistency proof checked)")
                    }
                    Ok(watch::Look::Alarm(path)) => {
                        bail!("the log misbehaved: evidence in {}", path.display())
                    }
                    // Watching: a look that failed proves nothing; look again.
                    Err(e) if interval_secs > 0 => eprintln!("warning: {e:#}; looking again"),
                    Err(e) => return Err(e),
                }
                if interval_secs == 0 {
                    break;
                }
                tokio::time::sleep(Duration::from_secs(interval_secs)).await;
            }
        }
        Command::VerifyEvidence {
            log_key,
            witnesses,
            file,
        } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let evidence = truce_ledger::evidence::Evidence::parse(&text)?;
            let said = evidence.check(&keys::parse_vkey(&log_key)?, &vkeys(&witnesses)?)?;
            println!("{said}");
        }
        Command::Submit {
            url,
            key,
            kind,
            seq,
            payload,
        } => {
            let key = keys::read(&key)?;
            let body = std::fs::read_to_string(&payload)
                .with_context(|| format!("reading {}", payload.display()))?;
            let index = client::Client::connect(&url, Some(key))
                .await?
                .act_raw(&kind, seq, &body)
                .await?;
            println!("{index}");
        }
        Command::Verify {
            data,
            database,
            content_key,
            url,
            log_key,
            witnesses,
            quorum,
            offers,
        } => {
            // VKEY, or VKEY@URL: where to ask the witness how far the log had got.
            let asked = witnesses
                .iter()
                .map(|w| {
                    Ok(if w.contains('@') {
                        let peer = keys::parse_witness_peer(w)?;
                        verify::Asked {
                            key: peer.key,
                            url: Some(peer.url),
                        }
                    } else {
                        verify::Asked {
                            key: keys::parse_vkey(w)?,
                            url: None,
                        }
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            let witnesses: Vec<_> = asked.iter().map(|a| a.key.clone()).collect();
            let quorum = quorum.unwrap_or(witnesses.len());
            let log_key = log_key.map(|k| keys::parse_vkey(&k)).transpose()?;
            let report = if let Some(url) = url {
                let Some(log_key) = log_key else {
                    bail!("--url needs --log-key VKEY")
                };
                verify::verify_url(&url, log_key, &witnesses, quorum).await?
            } else {
                let location = datadir::Location::from_args(data, database, None, content_key)?;
                let store = location.open_store().await?;
                verify::verify_store(store.as_ref(), log_key, &asked, quorum, true, offers).await?
            };
            println!(
                "ok: {} entries verified; checkpoint at size {} with root {} and {} cosignature(s)",
                report.entries,
                report.checkpoint_size,
                base64_encode(&report.root),
                report.cosigners.len()
            );
            if let Some(n) = report.blobs {
                println!("ok: {n} stored contents named by the entries match their hashes");
            }
            let fresh = report.freshness.iter().any(|l| l.starts_with("fresh: "));
            for line in &report.freshness {
                if line.starts_with("fresh: ") {
                    println!("ok: {line}");
                } else {
                    println!("note: {line}");
                }
            }
            if !fresh {
                println!(
                    "note: freshness NOT established: no witness confirmed that this is the latest of the log (a rollback to an older copy would look the same); pass --witness and serve with witnesses"
                );
            }
            match report.rules {
                Some(n) => println!(
                    "ok: all {n} entries replayed through every rule of the process (rights, roles, quorums, deadlines, territories)"
                ),
                None => println!(
                    "note: the process's rules were not replayed: the openings of sealed entries are kept by the server (verify its data directory or database to replay them)"
                ),
            }
            if let Some(n) = report.offers {
                println!(
                    "ok: each of the {n} acts was among the acts offered to its signer just before"
                );
            }
            match (report.log_time, report.cosigners.is_empty()) {
                (Some((index, t)), false) => {
                    let first = report.cosigners.iter().map(|(_, s)| *s).min().unwrap_or(t);
                    println!(
                        "ok: the log's time at the checkpoint, {} (entry {index}), is no later than its cosignatures and trails the first by {} s (at most {} h)",
                        truce_domain::export::utc_from_unix(t),
                        first.saturating_sub(t),
                        verify::MAX_WITNESS_LAG / 3600
                    )
                }
                (Some((index, t)), true) => println!(
                    "note: the log's time at the checkpoint is {} (entry {index}); no cosignature bounds it (pass --witness)",
                    truce_domain::export::utc_from_unix(t)
                ),
                (None, _) => {
                    println!("note: the log records no time (log.time) up to the checkpoint")
                }
            }
            if report.opened == report.sealed {
                println!(
                    "ok: all {} sealed entries' openings match their commitments",
                    report.sealed
                );
            } else {
                println!(
                    "note: {} of {} sealed entries' openings checked; the rest are kept by the server and open only to their audience",
                    report.opened, report.sealed
                );
            }
        }
        Command::VerifyReceipt {
            log_key,
            witnesses,
            quorum,
            receipt,
            entry,
            opening,
        } => {
            let text = std::fs::read_to_string(&receipt)?;
            let r = truce_ledger::receipt::Receipt::parse(&text)?;
            let entry = std::fs::read(&entry)?;
            let disclosed = match &opening {
                Some(path) => {
                    let parsed = truce_ledger::entry::Entry::parse(&entry)?;
                    let opening = std::fs::read(path)
                        .with_context(|| format!("reading {}", path.display()))?;
                    let body =
                        truce_domain::disclosure::open(&parsed.kind, &parsed.body, Some(&opening))
                            .with_context(|| {
                                format!("the opening {} does not open this entry", path.display())
                            })?;
                    Some((parsed.kind, body))
                }
                None => None,
            };
            let witnesses = vkeys(&witnesses)?;
            let quorum = quorum.unwrap_or(witnesses.len());
            let cp = r.verify(&entry, &keys::parse_vkey(&log_key)?, &witnesses, quorum)?;
            println!(
                "ok: entry {} is in {} at size {}, cosigned by {}",
                r.index,
                cp.checkpoint.origin,
                cp.checkpoint.size,
                cp.cosigners.len()
            );
            if let Some((kind, body)) = disclosed {
                println!("ok: the opening matches the entry's commitment; its {kind} reads:");
                println!("{body}");
            }
        }
        Command::Demo {
            data,
            listen,
            no_wait,
            stage,
        } => demo::run(&data, listen, no_wait, stage).await?,
        Command::Report {
            url,
            key,
            data,
            from,
            to,
            format,
            id,
            out,
        } => report::report(url, key, data, from, to, format, id, out).await?,
        Command::Publish { cmd } => report::publish(cmd).await?,
        Command::VerifyReport {
            log_key,
            witnesses,
            quorum,
            file,
        } => {
            let witnesses = vkeys(&witnesses)?;
            let quorum = quorum.unwrap_or(witnesses.len());
            report::verify_report(&file, &keys::parse_vkey(&log_key)?, &witnesses, quorum)?;
        }
        Command::ReadPdfAttachment { out, file } => {
            report::read_pdf_attachment_confined(&file, &out)?
        }
        Command::PublishSite { url, out } => report::publish_site(&url, &out).await?,
        Command::Bench { which } => bench::run(which).await?,
        Command::Process { cmd } => negotiate::process(cmd).await?,
        Command::Member { cmd } => negotiate::member(cmd).await?,
        Command::Round { cmd } => negotiate::round(cmd).await?,
        Command::Draft { cmd } => negotiate::draft(cmd).await?,
        Command::Sign {
            conn,
            version,
            content,
            witness,
        } => negotiate::sign(conn, version, content, witness).await?,
        Command::Export { cmd } => export::run(cmd).await?,
        Command::Mechanism { cmd } => monitor::mechanism(cmd).await?,
        Command::Incident { cmd } => monitor::incident(cmd).await?,
        Command::Evidence { cmd } => monitor::evidence(cmd).await?,
        Command::Action {
            act,
            id,
            commitment,
            summary,
            evidence,
        } => monitor::action(act, id, commitment, summary, evidence).await?,
        Command::Case { cmd } => monitor::case(cmd).await?,
        Command::Finding { cmd } => monitor::finding(cmd).await?,
        Command::Penalty { cmd } => monitor::penalty(cmd).await?,
        Command::Compliance { conn, upto, at } => monitor::compliance(conn, upto, at).await?,
        Command::Import {
            cmd:
                ImportCmd::Acled {
                    data,
                    file,
                    skip_bad,
                    key,
                },
        } => {
            let r = monitor::import_acled(&data, &file, skip_bad, key, true).await?;
            for e in &r.skipped {
                eprintln!("skipped {}: {e}", file.display());
            }
            println!(
                "imported {} incident(s) in {} entries; skipped {} bad row(s)",
                r.imported,
                r.entries,
                r.skipped.len()
            );
        }
    }
    Ok(())
}

async fn wait(task: tokio::task::JoinHandle<std::io::Result<()>>) -> Result<()> {
    tokio::select! {
        r = task => { r??; }
        _ = tokio::signal::ctrl_c() => { eprintln!("interrupted; stopping"); }
    }
    Ok(())
}

fn base64_encode(b: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(b)
}
