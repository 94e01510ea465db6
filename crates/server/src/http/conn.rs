//! Connections that a hostile client cannot hold open: the accept loop in
//! front of the HTTP routes.
//!
//! - **Header-read timeout**: a connection must send its first byte, and
//!   then a whole request head, within [`Limits::header_read`]; half a
//!   request line, or a silent connection, is closed.
//! - **Idle timeout**: a kept-alive connection on which nothing moves either
//!   way for [`Limits::idle`] is closed (the server-sent events stream sends
//!   a keep-alive every 15 s, so it stays).
//! - **A cap on open connections** below the process's descriptor limit
//!   (raised to the hard limit at start), and a smaller cap per client
//!   address, so one address cannot take every slot. A connection over a
//!   cap is closed at once, before any byte of it is read.
//! - **A request timeout** ([`request_timeout`]): a request that has not
//!   been answered within [`Limits::request`] (a body trickled in, say) is
//!   answered 408; the server-sent events stream is exempt.

use axum::Router;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tower::ServiceExt as _;

/// How long and how many.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// From a connection's start (or its last response) to a whole request head.
    pub header_read: Duration,
    /// From a request's head to its response.
    pub request: Duration,
    /// A connection with no byte read or written for this long is closed.
    pub idle: Duration,
    /// Open connections in all.
    pub connections: usize,
    /// Open connections from one client address.
    pub per_address: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            header_read: Duration::from_secs(10),
            request: Duration::from_secs(60),
            idle: Duration::from_secs(45),
            connections: 1024,
            per_address: 256,
        }
    }
}

impl Limits {
    /// The defaults with at most `max_connections`, capped below this process's descriptor
    /// limit (after raising the soft limit to the hard one): a quarter of
    /// the descriptors stay for the database, the witnesses and the logs.
    pub fn for_this_process(max_connections: usize) -> Self {
        let mut limits = Self {
            connections: max_connections.max(2),
            ..Self::default()
        };
        if let Ok((soft, hard)) = rlimit::Resource::NOFILE.get() {
            let raised = if soft < hard {
                rlimit::Resource::NOFILE
                    .set(hard, hard)
                    .map_or(soft, |()| hard)
            } else {
                soft
            };
            let cap = usize::try_from(raised / 4 * 3).unwrap_or(usize::MAX);
            limits.connections = limits.connections.min(cap.max(16));
        }
        limits.per_address = (limits.connections / 2).max(1);
        limits
    }
}

/// Open connections, in all and per address.
#[derive(Debug, Default)]
struct Slots {
    total: usize,
    by_address: HashMap<IpAddr, usize>,
}

/// A held slot; released when the connection ends.
struct Slot {
    slots: Arc<Mutex<Slots>>,
    ip: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut s = self.slots.lock().expect("lock");
        s.total -= 1;
        if let Some(n) = s.by_address.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                s.by_address.remove(&self.ip);
            }
        }
    }
}

/// The address a per-address cap counts by: an IPv4 address, or an IPv6
/// address's /64 (one subscriber's whole prefix).
pub(crate) fn address_of(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
        v4 => v4,
    }
}

fn take_slot(slots: &Arc<Mutex<Slots>>, ip: IpAddr, limits: &Limits) -> Option<Slot> {
    let mut s = slots.lock().expect("lock");
    let mine = s.by_address.get(&ip).copied().unwrap_or(0);
    if s.total >= limits.connections || mine >= limits.per_address {
        return None;
    }
    s.total += 1;
    *s.by_address.entry(ip).or_default() += 1;
    Some(Slot {
        slots: slots.clone(),
        ip,
    })
}

/// Serve `app` on `listener` until the task is dropped, within `limits`.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    refusals: Arc<crate::engine::quota::Buckets>,
) -> std::io::Result<()> {
    let slots = Arc::new(Mutex::new(Slots::default()));
    // HTTP/1.1 only: an HTTP/2 connection multiplies streams (and their
    // bodies) past every per-connection limit, and keeps itself alive with
    // pings past the header timeout. Truce's clients do not need it.
    let mut builder = Builder::new(TokioExecutor::new()).http1_only();
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read)
        .keep_alive(true);
    let builder = Arc::new(builder);
    // Refusals are logged once a second with their count: a flood of them
    // must not turn into a flood of log lines.
    let mut refused: u64 = 0;
    let mut refused_logged = std::time::Instant::now();
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(x) => x,
            Err(e) => {
                // Out of descriptors or a reset before accept: back off a
                // little instead of spinning, and keep serving.
                tracing::warn!("accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // An address over its allowance of refused requests is turned away
        // before a byte is read.
        let address = address_of(peer.ip());
        let over = refusals
            .exhausted(&address.to_string(), std::time::Instant::now())
            .is_some();
        let slot = if over {
            None
        } else {
            take_slot(&slots, address, &limits)
        };
        let Some(slot) = slot else {
            drop(stream);
            refused += 1;
            if refused_logged.elapsed() >= Duration::from_secs(1) {
                tracing::warn!(
                    "{refused} connection(s) turned away in the last {:.0} s: too many open, or too many refused requests (the last from {peer})",
                    refused_logged.elapsed().as_secs_f64()
                );
                refused = 0;
                refused_logged = std::time::Instant::now();
            }
            continue;
        };
        let _ = stream.set_nodelay(true);
        let builder = builder.clone();
        let app = app.clone();
        let (header_read, idle) = (limits.header_read, limits.idle);
        tokio::spawn(async move {
            let _slot = slot;
            // A connection that sends nothing is closed at the header
            // timeout (hyper's own timer starts at the first byte).
            let mut first = [0u8; 1];
            if !matches!(
                tokio::time::timeout(header_read, stream.peek(&mut first)).await,
                Ok(Ok(1..))
            ) {
                return;
            }
            let stream = Idle::new(stream, idle);
            let service = hyper::service::service_fn(
                move |mut req: hyper::Request<hyper::body::Incoming>| {
                    req.extensions_mut()
                        .insert(axum::extract::ConnectInfo::<SocketAddr>(peer));
                    app.clone().oneshot(req.map(axum::body::Body::new))
                },
            );
            if let Err(e) = builder
                .serve_connection(TokioIo::new(stream), service)
                .await
            {
                tracing::debug!("connection from {peer}: {e}");
            }
        });
    }
}

/// A stream that fails with `TimedOut` once nothing has been read or
/// written on it for `limit`.
struct Idle {
    inner: tokio::net::TcpStream,
    limit: Duration,
    deadline: std::pin::Pin<Box<tokio::time::Sleep>>,
}

impl Idle {
    fn new(inner: tokio::net::TcpStream, limit: Duration) -> Self {
        Self {
            inner,
            limit,
            deadline: Box::pin(tokio::time::sleep(limit)),
        }
    }

    fn moved(&mut self) {
        self.deadline
            .as_mut()
            .reset(tokio::time::Instant::now() + self.limit);
    }

    fn expired(&mut self, cx: &mut std::task::Context<'_>) -> bool {
        self.deadline.as_mut().poll(cx).is_ready()
    }
}

fn idle_error() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::TimedOut,
        "the connection was idle too long",
    )
}

use std::future::Future as _;
use std::pin::Pin;
use std::task::{Context, Poll};

impl tokio::io::AsyncRead for Idle {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        match Pin::new(&mut self.inner).poll_read(cx, buf) {
            Poll::Ready(r) => {
                if buf.filled().len() > before {
                    self.moved();
                }
                Poll::Ready(r)
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(idle_error())),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl tokio::io::AsyncWrite for Idle {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        match Pin::new(&mut self.inner).poll_write(cx, data) {
            Poll::Ready(Ok(n)) => {
                if n > 0 {
                    self.moved();
                }
                Poll::Ready(Ok(n))
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(idle_error())),
            other => other,
        }
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Refuse with 413, before a byte of the body is read, a request whose
/// announced length is over `limit` (a body sent without a length is cut
/// off at the limit by the route's `DefaultBodyLimit` as it is read).
pub async fn announced_at_most(limit: usize, req: Request, next: Next) -> Response {
    let announced = req
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    match announced {
        Some(n) if n > limit as u64 => super::error::ApiError::refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            truce_ledger::reason!(
                "body-too-large",
                "the body is {n} bytes; this endpoint takes at most {limit}",
                n = n,
                limit = limit
            ),
        )
        .into_response(),
        _ => next.run(req).await,
    }
}

/// Count the refusals (400, 401, 403, 413) each address earns; an address
/// over its allowance gets 429 naming it, before its request is looked at.
pub async fn refusal_limit(
    refusals: Arc<crate::engine::quota::Buckets>,
    req: Request,
    next: Next,
) -> Response {
    let address = req
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map(|c| address_of(c.0.ip()).to_string());
    // A request another site's page made a browser send carries its
    // visitor's address, not the attacker's: it is never charged, so no page
    // can get its visitors turned away. Only a navigation (GET, HEAD) may
    // come from another site; any other method is refused unread.
    if cross_site(req.headers()) {
        if req.method() != axum::http::Method::GET && req.method() != axum::http::Method::HEAD {
            return super::error::ApiError::refuse(
                StatusCode::FORBIDDEN,
                truce_ledger::reason!(
                    "request-cross-site",
                    "a request sent by another site's page is refused: Truce acts come from its own page or a client"
                ),
            )
            .into_response();
        }
        return next.run(req).await;
    }
    let Some(address) = address else {
        return next.run(req).await;
    };
    if let Some(e) = refusals.exhausted(&address, std::time::Instant::now()) {
        let retry_after = e.retry_after;
        let mut resp = super::error::ApiError::from(e).into_response();
        resp.headers_mut().insert(
            axum::http::header::RETRY_AFTER,
            axum::http::HeaderValue::from(retry_after),
        );
        // And the connection is closed: the next one is turned away at once.
        resp.headers_mut().insert(
            axum::http::header::CONNECTION,
            axum::http::HeaderValue::from_static("close"),
        );
        return resp;
    }
    let resp = next.run(req).await;
    if matches!(resp.status().as_u16(), 400 | 401 | 403 | 413) {
        let _ = refusals.take(&address, 1, std::time::Instant::now());
    }
    resp
}

/// Whether a browser sent the request for another site's page (its
/// `Sec-Fetch-Site`): such a request carries its visitor's address, not
/// the attacker's, and is never charged to it.
pub(crate) fn cross_site(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes() != b"same-origin" && v.as_bytes() != b"none")
}

/// Answer 408 to a request not answered within `limit` (middleware; the
/// server-sent events stream is exempt: it is meant to stay open).
pub async fn request_timeout(limit: Duration, req: Request, next: Next) -> Response {
    if req.uri().path() == "/api/v1/events" {
        return next.run(req).await;
    }
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(resp) => resp,
        Err(_) => super::error::ApiError::refuse(
            StatusCode::REQUEST_TIMEOUT,
            truce_ledger::reason!(
                "request-timeout",
                "the request was not completed within {secs} s: send it whole and promptly",
                secs = limit.as_secs()
            ),
        )
        .into_response(),
    }
}
