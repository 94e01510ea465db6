//! `truce demo`: the October 2025 process as data, through the real code
//! paths. It creates a log whose founders are the two mediators'
//! secretariats, starts one witness per mediator and the server (quorum 2),
//! then submits signed entries over HTTP: the delegations' keys, the Doha and
//! Istanbul rounds with the stall, walk-out and resumption, the mediators'
//! statement on the interim understanding, and the 6 November meeting.
//!
//! Wording is neutral and factual; Truce is a mediator's tool.

use crate::{datadir, keys};
use anyhow::{Context, Result};
use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;
use truce_ledger::note::SignerKey;

const ORIGIN: &str = "truce.example/pk-af-2025";
const PROCESS: &str =
    "Pakistan–Afghanistan ceasefire talks, mediated by Türkiye and Qatar (October 2025)";

struct Cast {
    turkiye: SignerKey,
    qatar: SignerKey,
    pakistan: SignerKey,
    afghanistan: SignerKey,
    witness_tr: SignerKey,
    witness_qa: SignerKey,
}

fn load_or_create(dir: &Path, file: &str, name: &str, witness: bool) -> Result<SignerKey> {
    let path = dir.join(file);
    if path.exists() {
        return keys::read(&path);
    }
    let k = keys::generate(name, witness)?;
    keys::write_new(&path, &k)?;
    Ok(k)
}

fn cast(dir: &Path) -> Result<Cast> {
    let keys_dir = dir.join("keys");
    std::fs::create_dir_all(&keys_dir)?;
    Ok(Cast {
        turkiye: load_or_create(
            &keys_dir,
            "mediator-turkiye.key",
            "mediator.tr/secretariat",
            false,
        )?,
        qatar: load_or_create(
            &keys_dir,
            "mediator-qatar.key",
            "mediator.qa/secretariat",
            false,
        )?,
        pakistan: load_or_create(
            &keys_dir,
            "party-pakistan.key",
            "party.pk/head-of-delegation",
            false,
        )?,
        afghanistan: load_or_create(
            &keys_dir,
            "party-afghanistan.key",
            "party.af/head-of-delegation",
            false,
        )?,
        witness_tr: load_or_create(
            &keys_dir,
            "witness-turkiye.key",
            "witness.mediator.tr",
            true,
        )?,
        witness_qa: load_or_create(&keys_dir, "witness-qatar.key", "witness.mediator.qa", true)?,
    })
}

/// (signer, kind, body) in log order.
fn script(c: &Cast) -> Vec<(&SignerKey, &'static str, serde_json::Value)> {
    use serde_json::json;
    let reg =
        |k: &SignerKey, label: &str| json!({ "key": k.verifier().to_string(), "label": label });
    let round = |id: &str, title: &str, place: &str, starts: &str, ends: &str| json!({ "round": id, "title": title, "place": place, "starts": starts, "ends": ends });
    let to = |id: &str, state: &str| json!({ "round": id, "to": state });
    vec![
        (
            &c.turkiye,
            "key.register",
            reg(&c.pakistan, "Pakistan delegation, head of delegation"),
        ),
        (
            &c.qatar,
            "key.register",
            reg(&c.afghanistan, "Afghanistan delegation, head of delegation"),
        ),
        (
            &c.qatar,
            "round.scheduled",
            round(
                "doha-2025-10",
                "First round",
                "Doha",
                "2025-10-18",
                "2025-10-19",
            ),
        ),
        (
            &c.qatar,
            "round.transition",
            to("doha-2025-10", "in_session"),
        ),
        (
            &c.qatar,
            "round.transition",
            json!({ "round": "doha-2025-10", "to": "concluded", "outcome": "Both parties agreed to an immediate ceasefire and to meet again in Istanbul" }),
        ),
        (
            &c.turkiye,
            "round.scheduled",
            round(
                "istanbul-2025-10",
                "Second round",
                "Istanbul",
                "2025-10-25",
                "2025-10-30",
            ),
        ),
        (
            &c.turkiye,
            "round.transition",
            to("istanbul-2025-10", "in_session"),
        ),
        (
            &c.turkiye,
            "communique",
            json!({ "title": "Working method", "text": "The delegations do not meet directly. Every proposal is submitted in writing to the mediators, relayed to the other delegation, and returned with its amendments. No verbal commitment is recorded as agreed." }),
        ),
        (
            &c.turkiye,
            "round.transition",
            json!({ "round": "istanbul-2025-10", "to": "stalled", "reason": "Positions on verification of action against armed groups and on assurances against cross-border strikes remained apart after several written exchanges" }),
        ),
        (
            &c.qatar,
            "round.transition",
            json!({ "round": "istanbul-2025-10", "to": "suspended", "reason": "29 October: one delegation announced the talks had ended without result and prepared to leave" }),
        ),
        (
            &c.turkiye,
            "round.transition",
            json!({ "round": "istanbul-2025-10", "to": "resumed", "reason": "The mediators asked both delegations to continue; talks resumed" }),
        ),
        (
            &c.turkiye,
            "round.transition",
            json!({ "round": "istanbul-2025-10", "to": "concluded", "outcome": "Interim understanding of 30 October 2025" }),
        ),
        (
            &c.qatar,
            "communique",
            json!({ "title": "Joint statement of the mediators, 31 October 2025", "text": "The parties agreed to continue the ceasefire agreed in Doha; to establish a joint monitoring and verification mechanism that ensures the maintenance of peace and imposes penalties on the violating party; and to meet at principal level in Istanbul on 6 November 2025 to decide the modalities of implementation." }),
        ),
        (
            &c.qatar,
            "round.scheduled",
            round(
                "istanbul-2025-11-06",
                "Principal-level meeting",
                "Istanbul",
                "2025-11-06",
                "2025-11-06",
            ),
        ),
    ]
}

pub async fn run(dir: &Path, listen: SocketAddr, no_wait: bool) -> Result<()> {
    let fresh = !dir.join(datadir::DB_FILE).exists();
    let c = cast(dir)?;
    let log_key = if fresh {
        let log_key = keys::generate(ORIGIN, false)?;
        let founders = [c.turkiye.verifier(), c.qatar.verifier()];
        datadir::init_dir(dir, &log_key, PROCESS, &founders).await?;
        log_key
    } else {
        keys::read(&dir.join(datadir::LOG_KEY_FILE))?
    };
    let store = datadir::Location::Dir(dir.to_owned()).open_store().await?;

    // One witness per mediator, in this process, on ports of their own.
    let mut peers = Vec::new();
    for (key, sub) in [
        (&c.witness_tr, "witness-turkiye"),
        (&c.witness_qa, "witness-qatar"),
    ] {
        let w = truce_server::witness::Witness::open(
            key.clone(),
            vec![log_key.verifier()],
            &dir.join(sub),
        )?;
        let (addr, _task) = truce_server::start_witness(w, "127.0.0.1:0".parse()?).await?;
        peers.push(truce_server::WitnessPeer {
            key: key.verifier(),
            url: format!("http://{addr}"),
        });
    }
    let mut config = truce_server::ServerConfig::new(listen);
    config.witnesses = peers.clone();
    config.quorum = 2;
    let server = truce_server::start(store, log_key.clone(), config)
        .await
        .with_context(|| format!("starting the server on {listen} (is another demo running? try --listen 127.0.0.1:0)"))?;
    let url = format!("http://{}", server.addr);

    if fresh {
        for (signer, kind, body) in script(&c) {
            crate::submit(&url, signer, kind, None, &body.to_string())
                .await
                .with_context(|| format!("demo entry {kind} by {}", signer.id()))?;
        }
    }
    // Wait until the witnesses have cosigned everything appended.
    let mut published = server.log.watch_published();
    let target = server.log.size();
    tokio::time::timeout(
        Duration::from_secs(30),
        published.wait_for(|s| *s >= target),
    )
    .await
    .context("the witnesses did not cosign within 30 s")??;

    println!("Truce demo: {PROCESS}");
    println!("  data directory   {}", dir.display());
    println!(
        "  log              {} ({} entries, cosigned by 2 of 2 mediator witnesses)",
        ORIGIN,
        server.log.size()
    );
    println!("  log key          {}", log_key.verifier());
    for p in &peers {
        println!("  witness          {} at {}", p.key, p.url);
    }
    println!("Look at:");
    println!("  {url}/checkpoint                 the cosigned checkpoint (C2SP tlog-checkpoint)");
    println!("  {url}/api/v1/log                 process, rounds and log state");
    println!("  {url}/api/v1/entries/1           an entry (DSSE envelope)");
    println!("  {url}/api/v1/entries/1/receipt   its offline receipt (C2SP tlog-proof)");
    println!(
        "  {url}/tile/entries/000.p/{}       the entries as a tlog-tiles bundle",
        server.log.size().min(255)
    );
    let witness_flags: String = peers
        .iter()
        .map(|p| format!(" --witness {}", p.key))
        .collect();
    println!("Audit, checking both mediators' cosignatures:");
    println!(
        "  truce verify --data {}{witness_flags} --quorum 2",
        dir.display()
    );
    println!(
        "  truce verify --url {url} --log-key {}{witness_flags} --quorum 2",
        log_key.verifier()
    );
    if no_wait {
        return Ok(());
    }
    println!("Serving until interrupted (Ctrl-C).");
    crate::wait(server.task).await
}
