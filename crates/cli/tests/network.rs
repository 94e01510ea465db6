//! Many nodes: a log, two witnesses and two mirrors as separate `truce`
//! processes, each in a network namespace of its own on one bridge (`ip
//! netns`, veth), or on loopback ports where namespaces cannot be made (the
//! test says which; `TRUCE_TEST_NO_NETNS=1` asks for loopback). Between each mirror and the log sits a fault-injecting
//! TCP proxy run by the test: it forwards, cuts, or sends a mirror to
//! another server.
//!
//! 1. Both mirrors follow the honest log, witnessed by both witnesses.
//! 2. One mirror is partitioned (its link taken down; on loopback, its
//!    proxy cuts every connection) while the log grows by hundreds of
//!    entries, then healed: it catches up, and neither mirror raises an
//!    alarm.
//! 3. The operator turns malicious: it serves a copy of its log that goes
//!    another way, cosigned by the one witness it shows it to, and its
//!    proxy sends the second mirror there. Each witness and each mirror
//!    alone sees a consistent log (the mirrors' policy is one cosignature
//!    of two); the mirrors compare notes and raise the alarm, with
//!    evidence that `truce verify-evidence` proves offline.

mod common;

use common::*;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};

/// Network namespaces on a bridge, removed when dropped.
struct Net {
    prefix: String,
    subnet: u8,
    names: Vec<String>,
    bridge: String,
}

fn ip(args: &[&str]) -> Result<(), String> {
    let out = std::process::Command::new("ip")
        .args(args)
        .output()
        .map_err(|e| format!("ip {args:?}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "ip {args:?}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

impl Net {
    /// `count` namespaces at 10.77.S.2… on a bridge at 10.77.S.1, or why not.
    fn try_new(count: usize) -> Result<Self, String> {
        let pid = std::process::id();
        let prefix = format!("t{}", pid % 100_000);
        let subnet = (20 + pid % 200) as u8;
        let mut net = Net {
            bridge: format!("{prefix}br"),
            prefix,
            subnet,
            names: Vec::new(),
        };
        let b = net.bridge.clone();
        ip(&["link", "add", &b, "type", "bridge"])?;
        ip(&["addr", "add", &format!("10.77.{subnet}.1/24"), "dev", &b])?;
        ip(&["link", "set", &b, "up"])?;
        for i in 0..count {
            let name = format!("{}n{i}", net.prefix);
            ip(&["netns", "add", &name])?;
            net.names.push(name.clone());
            let (outer, inner) = (net.outer(i), format!("{}e{i}", net.prefix));
            ip(&[
                "link", "add", &outer, "type", "veth", "peer", "name", &inner,
            ])?;
            ip(&["link", "set", &inner, "netns", &name])?;
            ip(&["link", "set", &outer, "master", &b, "up"])?;
            let inside = |args: &[&str]| {
                let mut all = vec!["netns", "exec", &name, "ip"];
                all.extend_from_slice(args);
                ip(&all)
            };
            inside(&["addr", "add", &format!("{}/24", net.addr(i)), "dev", &inner])?;
            inside(&["link", "set", &inner, "up"])?;
            inside(&["link", "set", "lo", "up"])?;
        }
        Ok(net)
    }

    fn outer(&self, i: usize) -> String {
        format!("{}v{i}", self.prefix)
    }

    fn addr(&self, i: usize) -> String {
        format!("10.77.{}.{}", self.subnet, i + 2)
    }

    fn host(&self) -> String {
        format!("10.77.{}.1", self.subnet)
    }
}

impl Drop for Net {
    fn drop(&mut self) {
        for n in &self.names {
            let _ = ip(&["netns", "delete", n]);
        }
        let _ = ip(&["link", "delete", &self.bridge]);
    }
}

/// Where each node runs: a namespace and its address, or loopback.
struct Nodes {
    net: Option<Net>,
}

impl Nodes {
    fn ns(&self, i: usize) -> Option<&str> {
        self.net.as_ref().map(|n| n.names[i].as_str())
    }

    /// The address node `i` listens on.
    fn listen(&self, i: usize) -> String {
        match &self.net {
            Some(n) => format!("{}:{}", n.addr(i), 7000 + i),
            None => "127.0.0.1:0".into(),
        }
    }

    /// Where the test's own proxies listen (reachable from every node).
    fn host(&self) -> String {
        match &self.net {
            Some(n) => format!("{}:0", n.host()),
            None => "127.0.0.1:0".into(),
        }
    }
}

/// A fault-injecting TCP proxy: forwards each connection to its target, or
/// cuts it when there is none. Changing the target cuts the connections
/// open, so nothing in flight crosses over.
struct Proxy {
    addr: SocketAddr,
    target: Arc<Mutex<Option<SocketAddr>>>,
    cut: tokio::sync::watch::Sender<u64>,
    task: tokio::task::JoinHandle<()>,
}

impl Proxy {
    async fn start(listen: &str, target: SocketAddr) -> Self {
        let listener = TcpListener::bind(listen).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let target = Arc::new(Mutex::new(Some(target)));
        let (cut, _) = tokio::sync::watch::channel(0u64);
        let (t, c) = (target.clone(), cut.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else {
                    continue;
                };
                let Some(to) = *t.lock().unwrap() else {
                    drop(inbound);
                    continue;
                };
                let mut cut = c.subscribe();
                tokio::spawn(async move {
                    let Ok(mut outbound) = TcpStream::connect(to).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
                        _ = cut.changed() => {}
                    }
                });
            }
        });
        Self {
            addr,
            target,
            cut,
            task,
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Forward to `to` from now on, or to nothing.
    fn set(&self, to: Option<SocketAddr>) {
        *self.target.lock().unwrap() = to;
        self.cut.send_modify(|n| *n += 1);
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn addr_of(url: &str) -> SocketAddr {
    url.trim_start_matches("http://").parse().unwrap()
}

/// The size of the checkpoint at `url` (0 when there is none).
async fn size_at(url: &str) -> u64 {
    let (_, body) = text(&format!("{url}/checkpoint")).await;
    body.lines()
        .nth(1)
        .and_then(|l| l.parse().ok())
        .unwrap_or(0)
}

fn keygen(dir: &Path, name: &str) -> (std::path::PathBuf, String) {
    let path = dir.join(format!("{name}.key"));
    let vkey = ok(&[
        "keygen",
        "--witness",
        "--name",
        name,
        "--out",
        path.to_str().unwrap(),
    ]);
    (path, vkey.trim().to_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_mirrors_on_their_own_hosts_survive_a_partition_and_catch_a_split_view() {
    // Nodes: 0 the log (both of the operator's servers), 1 and 2 the
    // witnesses, 3 and 4 the mirrors.
    // TRUCE_TEST_NO_NETNS=1 runs the loopback variant where namespaces work.
    let made = if std::env::var("TRUCE_TEST_NO_NETNS").as_deref() == Ok("1") {
        Err("TRUCE_TEST_NO_NETNS=1".to_string())
    } else {
        Net::try_new(5)
    };
    let nodes = match made {
        Ok(net) => {
            eprintln!("running on 5 network namespaces on bridge {}", net.bridge);
            Nodes { net: Some(net) }
        }
        Err(why) => {
            eprintln!("network namespaces not allowed here ({why}): running on loopback ports");
            Nodes { net: None }
        }
    };
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("log");
    let origin = "t.example/network";
    let (log_vkey, founder_path) = init(&data, origin);
    let founder = truce_ledger::note::SignerKey::parse(
        std::fs::read_to_string(&founder_path).unwrap().trim(),
    )
    .unwrap();
    let (k1, w1) = keygen(tmp.path(), "w1.example");
    let (k2, w2) = keygen(tmp.path(), "w2.example");
    let witness = |i: usize, key: &Path, dir: &str| {
        Proc::start_in(
            nodes.ns(i),
            &[
                "witness",
                "--key",
                key.to_str().unwrap(),
                "--log",
                &log_vkey,
                "--data",
                tmp.path().join(dir).to_str().unwrap(),
                "--listen",
                &nodes.listen(i),
            ],
        )
    };
    let wit1 = witness(1, &k1, "w1");
    let wit2 = witness(2, &k2, "w2");
    let peer1 = format!("{w1}@{}", wit1.url);
    let peer2 = format!("{w2}@{}", wit2.url);
    // The log on node 0; the second listen address is for the copy.
    let log_listen = |k: u16| match &nodes.net {
        Some(n) => format!("{}:{}", n.addr(0), 8080 + k),
        None => "127.0.0.1:0".into(),
    };
    let serve_log = |dir: &Path, k: u16, witnesses: &[&str]| {
        let listen = log_listen(k);
        let mut args = vec![
            "serve",
            "--data",
            dir.to_str().unwrap(),
            "--listen",
            &listen,
            "--checkpoint-ms",
            "50",
            "--quota-refusals-per-minute",
            "0",
            "--quota-entries-per-minute",
            "0",
        ];
        let quorum = witnesses.len().to_string();
        for w in witnesses {
            args.extend(["--witness", w]);
        }
        args.extend(["--quorum", &quorum]);
        Proc::start_in(nodes.ns(0), &args)
    };
    let log = serve_log(&data, 0, &[&peer1, &peer2]);
    let p1 = Proxy::start(&nodes.host(), addr_of(&log.url)).await;
    let p2 = Proxy::start(&nodes.host(), addr_of(&log.url)).await;
    // The mirrors' own addresses are fixed before they start: each names
    // the other as its peer.
    let (m_listen1, m_listen2) = match &nodes.net {
        Some(n) => (format!("{}:9001", n.addr(3)), format!("{}:9002", n.addr(4))),
        None => {
            let free = || format!("127.0.0.1:{}", free_port());
            (free(), free())
        }
    };
    let mirror = |i: usize, from: String, listen: &str, peer: &str, dir: &str| {
        Proc::start_in(
            nodes.ns(i),
            &[
                "mirror",
                "--from",
                &from,
                "--log-key",
                &log_vkey,
                "--witness",
                &w1,
                "--witness",
                &w2,
                "--quorum",
                "1",
                "--data",
                tmp.path().join(dir).to_str().unwrap(),
                "--listen",
                listen,
                "--interval-ms",
                "100",
                "--peer",
                &format!("http://{peer}"),
            ],
        )
    };
    let m1 = mirror(3, p1.url(), &m_listen1, &m_listen2, "m1");
    let m2 = mirror(4, p2.url(), &m_listen2, &m_listen1, "m2");

    // 1. Honest: both mirrors follow.
    let n = append_communiques(&log.url, &founder, origin, 1..=20).await;
    for m in [&m1.url, &m2.url] {
        until("a mirror to follow the log", 30, async || {
            size_at(m).await >= n
        })
        .await;
    }

    // 2. The first mirror cut off while the log grows, then healed.
    match &nodes.net {
        Some(net) => ip(&["link", "set", &net.outer(3), "down"]).unwrap(),
        None => p1.set(None),
    }
    let grown = append_communiques(&log.url, &founder, origin, 21..=620).await;
    until("the connected mirror to follow", 60, async || {
        size_at(&m2.url).await >= grown
    })
    .await;
    if nodes.net.is_none() {
        // On loopback the test can still ask the cut-off mirror.
        assert!(
            size_at(&m1.url).await < grown,
            "the cut-off mirror heard nothing"
        );
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    match &nodes.net {
        Some(net) => ip(&["link", "set", &net.outer(3), "up"]).unwrap(),
        None => p1.set(Some(addr_of(&log.url))),
    }
    until("the healed mirror to catch up", 60, async || {
        size_at(&m1.url).await >= grown
    })
    .await;
    for m in [&m1.url, &m2.url] {
        let (status, list) = text(&format!("{m}/evidence")).await;
        assert_eq!(status, 200);
        assert!(list.trim().is_empty(), "no false alarm at {m}: {list}");
    }

    // 3. The operator splits the view: its log, stopped, copied; each copy
    // is served to one witness and, through the proxy, to one mirror.
    drop(log);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let copy = tmp.path().join("copy");
    copy_dir(&data, &copy);
    let a = serve_log(&data, 0, &[&peer1]);
    let b = serve_log(&copy, 1, &[&peer2]);
    p1.set(Some(addr_of(&a.url)));
    p2.set(Some(addr_of(&b.url)));
    // The founder's next sequence number, in both copies.
    let seq = 621;
    let e = |text: &str| {
        truce_ledger::entry::sign_entry(
            &founder,
            origin,
            "communique",
            seq,
            &format!(r#"{{"title":"split","text":"{text}"}}"#),
        )
        .unwrap()
    };
    let (status, v) = post(&a.url, e("what the first mirror is shown")).await;
    assert_eq!(status, 201, "{v}");
    let (status, v) = post(&b.url, e("what the second mirror is shown")).await;
    assert_eq!(status, 201, "{v}");
    let (m, id, said) = split_view_evidence(
        &[&m1.url, &m2.url],
        60,
        tmp.path(),
        &log_vkey,
        &["--witness", &w1, "--witness", &w2],
    )
    .await;
    assert!(said.contains("proven"), "{said}");
    eprintln!("{m} raised {id}: {said}");
    drop((a, b, m1, m2, wit1, wit2));
}
