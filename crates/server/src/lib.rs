//! Truce's server: the [`engine`] (the running log: sequencer, checkpointer
//! with its witness client, replay, snapshots; no HTTP in it), the [`http`]
//! side over it (routes by area, auth, sessions, allowances), the
//! `tlog-witness` server ([`witness`]), the mirror that follows a log
//! from outside ([`mirror`]) and the members' reminders by mail
//! ([`reminders`]).
//!
//! The server never holds a member's private key: it verifies what members
//! sign and signs only checkpoints, with the log key.

pub mod assets;
pub mod engine;
pub mod http;
pub mod mirror;
pub mod reminders;
pub mod report;
pub mod witness;

pub use engine::{clock, quota};
pub use http::{auth, conn, monitoring, negotiation, session, sessions};

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use truce_ledger::note::SignerKey;
use truce_store::LogStore;

pub use engine::{EngineError, Log, StartError, WitnessPeer};

/// How to run the log server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub listen: SocketAddr,
    pub witnesses: Vec<WitnessPeer>,
    /// Cosignatures a checkpoint needs before `/checkpoint` publishes it.
    pub quorum: usize,
    pub checkpoint_interval: Duration,
    /// Timeouts and connection caps.
    pub limits: http::conn::Limits,
    /// Per-key allowances of entries and blob bytes.
    pub quotas: engine::quota::Quotas,
    /// The clock the sequencer records as `log.time` (the system's).
    pub clock: engine::clock::Clock,
    /// How long the log stays idle before it writes its time anyway.
    pub heartbeat: Duration,
    /// Mirrors the log pushes to over C2SP `tlog-mirror` (key and
    /// submission prefix).
    pub mirrors: Vec<WitnessPeer>,
    /// Where reminders are mailed, if anywhere.
    pub mailer: Option<reminders::Mailer>,
}

impl ServerConfig {
    pub fn new(listen: SocketAddr) -> Self {
        Self {
            listen,
            witnesses: Vec::new(),
            quorum: 0,
            checkpoint_interval: Duration::from_millis(250),
            limits: http::conn::Limits::for_this_process(1024),
            quotas: quota::Quotas::default(),
            clock: clock::Clock::system(),
            heartbeat: engine::checkpointer::HEARTBEAT,
            mirrors: Vec::new(),
            mailer: None,
        }
    }
}

/// A server listening and serving in the background.
pub struct RunningServer {
    pub addr: SocketAddr,
    pub log: Arc<Log>,
    pub app: Arc<http::App>,
    pub task: tokio::task::JoinHandle<std::io::Result<()>>,
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Start(#[from] StartError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

/// Open the log over `store` and serve it. Returns once the socket is bound
/// and the state rebuilt, so the server is ready when this returns.
pub async fn start(
    store: Arc<dyn LogStore>,
    log_key: SignerKey,
    config: ServerConfig,
) -> Result<RunningServer, ServeError> {
    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|source| ServeError::Listen {
            addr: config.listen,
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| ServeError::Listen {
        addr: config.listen,
        source,
    })?;
    if !config.witnesses.is_empty() {
        let list: Vec<String> = config
            .witnesses
            .iter()
            .map(|w| format!("{} {}", w.key, w.url))
            .collect();
        store
            .set_meta(truce_store::META_WITNESSES, &list.join("\n"))
            .await
            .map_err(StartError::Store)?;
    }
    let log = Log::open(
        store,
        log_key,
        config.witnesses,
        config.quorum,
        config.checkpoint_interval,
        &config.quotas,
        config.clock,
    )
    .await?;
    log.set_heartbeat(config.heartbeat);
    // The reminders' feed secret is made now, once, rather than by two
    // first requests racing to make it.
    reminders::feed_secret(&log)
        .await
        .map_err(|e| StartError::Store(truce_store::StoreError::Corrupt(e.to_string())))?;
    tokio::spawn(engine::pusher::run(log.clone(), config.mirrors));
    if let Some(mailer) = config.mailer {
        tokio::spawn(reminders::run(log.clone(), mailer));
    }
    let limits = config.limits;
    let app = Arc::new(http::App::new(log.clone(), &config.quotas));
    let refusals = app.refusals.clone();
    let router = http::router(app.clone())
        .layer(axum::middleware::from_fn(move |req, next| {
            http::conn::request_timeout(limits.request, req, next)
        }))
        .layer(axum::middleware::from_fn(move |req, next| {
            http::conn::refusal_limit(refusals.clone(), req, next)
        }))
        .layer(tower_http::trace::TraceLayer::new_for_http());
    let task = tokio::spawn(http::conn::serve(
        listener,
        router,
        limits,
        app.refusals.clone(),
    ));
    Ok(RunningServer {
        addr,
        log,
        app,
        task,
    })
}

/// Serve a witness on `listen`; returns the bound address once ready.
pub async fn start_witness(
    witness: Arc<witness::Witness>,
    listen: SocketAddr,
) -> std::io::Result<(SocketAddr, tokio::task::JoinHandle<std::io::Result<()>>)> {
    let listener = TcpListener::bind(listen).await?;
    let addr = listener.local_addr()?;
    let app = witness::router(witness);
    Ok((
        addr,
        tokio::spawn(async move { axum::serve(listener, app).await }),
    ))
}

/// Serve a mirror's replica, evidence and `tlog-mirror` endpoints on `listen`; returns the bound
/// address once ready. Following the log is [`mirror::Mirror::run`].
pub async fn start_mirror(
    mirror: Arc<mirror::Mirror>,
    listen: SocketAddr,
) -> std::io::Result<(SocketAddr, tokio::task::JoinHandle<std::io::Result<()>>)> {
    let listener = TcpListener::bind(listen).await?;
    let addr = listener.local_addr()?;
    let app = mirror::router(mirror);
    // The log's accept loop: header and idle timeouts, connection caps in
    // all and per address (a mirror takes pushes from anyone).
    let limits = http::conn::Limits::for_this_process(512);
    let refusals = Arc::new(engine::quota::Buckets::new(
        0,
        60,
        truce_ledger::reason!("quota-refusals-per-minute", "refused requests per minute"),
    ));
    Ok((
        addr,
        tokio::spawn(http::conn::serve(listener, app, limits, refusals)),
    ))
}
