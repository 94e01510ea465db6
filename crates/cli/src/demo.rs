//! `truce demo`: the October 2025 process as data, through the real code
//! paths. It creates a log whose founders are the two mediators'
//! secretariats, starts one witness per mediator and the server (quorum 2),
//! then plays the process over HTTP as each member would, every act a signed
//! entry: the participants and members, the Doha and Istanbul rounds with the
//! stall, walk-out and resumption, four draft versions shuttled through the
//! mediators (with comments, brackets and the mediators' bridging text), the
//! interim understanding of 30 October signed by both delegations and
//! witnessed by both mediators, and the 6 November meeting.
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
    keys::load_or_create(&dir.join(file), name, witness)
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

/// One step of the demo script.
pub(crate) enum Step<'a> {
    /// (signer, kind, body): one signed act.
    Act(&'a SignerKey, &'static str, serde_json::Value),
    /// An evidence file: the signer uploads it and records it; later steps
    /// name its hash as "@name".
    Evidence {
        by: &'a SignerKey,
        name: &'static str,
        text: &'static str,
        incident: Option<&'static str>,
        at: &'static str,
    },
    /// A draft version: the signer uploads the document, then submits it.
    Submit {
        by: &'a SignerKey,
        version: &'static str,
        parent: Option<&'static str>,
        attributed: bool,
        at: &'static str,
        document: serde_json::Value,
    },
    /// A report published: the first signer proposes the public report of
    /// the period, the next signs the one proposed.
    PublishReport {
        by: &'a SignerKey,
        id: &'static str,
        from: &'static str,
        to: &'static str,
    },
    /// A comment: the signer uploads the text, then comments.
    Comment {
        by: &'a SignerKey,
        id: &'static str,
        version: &'static str,
        clause: &'static str,
        visibility: &'static str,
        at: &'static str,
        text: &'static str,
    },
}

const DRAFT: &str = "istanbul-interim";

fn languages() -> serde_json::Value {
    serde_json::json!([
        { "code": "en", "name": "English", "authoritative": true },
        { "code": "ur", "name": "Urdu" },
        { "code": "ps", "name": "Pashto" },
        { "code": "tr", "name": "Turkish" }
    ])
}

fn para(eid: &str, num: &str, status: &str, en: &str) -> serde_json::Value {
    serde_json::json!({ "eid": eid, "num": num, "status": status, "text": { "en": en } })
}

fn bracketed(eid: &str, num: &str, en: &str, alternatives: &[&str]) -> serde_json::Value {
    serde_json::json!({
        "eid": eid, "num": num, "status": "bracketed", "text": { "en": en },
        "alternatives": alternatives.iter().map(|a| serde_json::json!({ "en": a })).collect::<Vec<_>>()
    })
}

fn article(
    eid: &str,
    num: &str,
    heading: &str,
    paragraphs: Vec<serde_json::Value>,
) -> serde_json::Value {
    serde_json::json!({ "eid": eid, "num": num, "heading": { "en": heading }, "paragraphs": paragraphs })
}

fn title() -> serde_json::Value {
    serde_json::json!({
        "en": "Interim understanding on the continuation of the ceasefire",
        "ur": "جنگ بندی کے تسلسل پر عبوری مفاہمت",
        "ps": "د اوربند د دوام په اړه لنډمهاله تفاهم",
        "tr": "Ateşkesin sürdürülmesine ilişkin geçici mutabakat"
    })
}

fn ceasefire_article(status: &str) -> serde_json::Value {
    serde_json::json!({
        "eid": "art_1", "num": "1",
        "heading": { "en": "Ceasefire", "ur": "جنگ بندی", "ps": "اوربند", "tr": "Ateşkes" },
        "paragraphs": [{
            "eid": "art_1__para_1", "num": "1", "status": status,
            "text": {
                "en": "The parties continue the ceasefire agreed in Doha on 19 October 2025.",
                "ur": "فریقین 19 اکتوبر 2025 کو دوحہ میں طے پانے والی جنگ بندی کو جاری رکھیں گے۔",
                "ps": "لوري د ۲۰۲۵ کال د اکتوبر په ۱۹ مه په دوحه کې هوکړه شوی اوربند ته دوام ورکوي.",
                "tr": "Taraflar, 19 Ekim 2025'te Doha'da kararlaştırılan ateşkesi sürdürür."
            }
        }]
    })
}

fn document(articles: Vec<serde_json::Value>) -> serde_json::Value {
    serde_json::json!({
        "title": title(),
        "languages": languages(),
        "preamble": { "en": "The delegations, meeting through the mediation of the Republic of Türkiye and the State of Qatar, record the following in writing. No verbal commitment forms part of this text." },
        "articles": articles
    })
}

const NO_ATTACKS: &str =
    "Neither party allows its territory to be used for attacks against the other.";
const ACTION: &str = "Each party takes clear, verifiable and effective action against armed groups operating from its territory against the other, including the groups named in the annex.";
const ACTION_ALT: &str = "Each party addresses the security concerns raised by the other through dialogue within the mechanism established under Article 3.";
const STRIKES: &str =
    "Each party refrains from air strikes and drone operations on the territory of the other.";
const STRIKES_ALT: &str =
    "Each party refrains from cross-border strikes of any kind while the ceasefire holds.";
const MECHANISM: &str = "The parties establish a joint monitoring and verification mechanism that ensures the maintenance of peace and imposes penalties on the violating party.";
const MEETING: &str = "The parties meet at principal level in Istanbul on 6 November 2025 to decide the modalities of implementation.";

/// The script, in log order.
fn script(c: &Cast) -> Vec<Step<'_>> {
    use serde_json::json;
    let reg =
        |k: &SignerKey, label: &str| json!({ "key": k.verifier().to_string(), "label": label });
    let participant =
        |id: &str, kind: &str, name: &str| json!({ "participant": id, "kind": kind, "name": name });
    let member = |id: &str, participant: &str, name: &str, roles: &[&str], key: &SignerKey| json!({ "member": id, "participant": participant, "name": name, "roles": roles, "key": key.id() });
    let round = |id: &str, title: &str, place: &str, starts: &str, ends: &str| json!({ "round": id, "title": title, "place": place, "starts": starts, "ends": ends });
    let to = |id: &str, state: &str, at: &str| json!({ "round": id, "to": state, "at": at });
    let relay =
        |version: &str, to: &[&str], at: &str| json!({ "version": version, "to": to, "at": at });
    let (tr, qa, pk, af) = (&c.turkiye, &c.qatar, &c.pakistan, &c.afghanistan);
    vec![
        Step::Act(
            tr,
            "process.define",
            json!({ "process": "pk-af-2025", "title": PROCESS }),
        ),
        Step::Act(
            tr,
            "participant.add",
            participant("tr", "mediator", "Republic of Türkiye (mediator)"),
        ),
        Step::Act(
            qa,
            "participant.add",
            participant("qa", "mediator", "State of Qatar (mediator)"),
        ),
        Step::Act(
            tr,
            "participant.add",
            participant("pk", "party", "Pakistan delegation"),
        ),
        Step::Act(
            qa,
            "participant.add",
            participant("af", "party", "Afghanistan delegation"),
        ),
        Step::Act(
            tr,
            "member.add",
            member(
                "tr-secretariat",
                "tr",
                "Türkiye mediation secretariat",
                &["secretariat", "mediator", "witness"],
                tr,
            ),
        ),
        Step::Act(
            qa,
            "member.add",
            member(
                "qa-secretariat",
                "qa",
                "Qatar mediation secretariat",
                &["secretariat", "mediator", "witness"],
                qa,
            ),
        ),
        Step::Act(
            tr,
            "key.register",
            reg(pk, "Pakistan delegation, head of delegation"),
        ),
        Step::Act(
            tr,
            "member.add",
            member(
                "pk-head",
                "pk",
                "Head of the Pakistan delegation",
                &["signatory", "delegate"],
                pk,
            ),
        ),
        Step::Act(
            qa,
            "key.register",
            reg(af, "Afghanistan delegation, head of delegation"),
        ),
        Step::Act(
            qa,
            "member.add",
            member(
                "af-head",
                "af",
                "Head of the Afghanistan delegation",
                &["signatory", "delegate"],
                af,
            ),
        ),
        Step::Act(
            qa,
            "round.scheduled",
            round(
                "doha-2025-10",
                "First round",
                "Doha",
                "2025-10-18",
                "2025-10-19",
            ),
        ),
        Step::Act(
            qa,
            "round.transition",
            to("doha-2025-10", "in_session", "2025-10-18T10:00:00Z"),
        ),
        Step::Act(
            qa,
            "round.transition",
            json!({ "round": "doha-2025-10", "to": "concluded", "at": "2025-10-19T20:00:00Z", "outcome": "Both parties agreed to an immediate ceasefire and to meet again in Istanbul" }),
        ),
        Step::Act(
            tr,
            "round.scheduled",
            round(
                "istanbul-2025-10",
                "Second round",
                "Istanbul",
                "2025-10-25",
                "2025-10-30",
            ),
        ),
        Step::Act(
            tr,
            "round.transition",
            to("istanbul-2025-10", "in_session", "2025-10-25T09:00:00Z"),
        ),
        Step::Act(
            tr,
            "communique",
            json!({ "title": "Working method", "text": "The delegations do not meet directly. Every proposal is submitted in writing to the mediators, relayed to the other delegation, and returned with its amendments. No verbal commitment is recorded as agreed." }),
        ),
        Step::Submit {
            by: pk,
            version: "v1",
            parent: None,
            attributed: true,
            at: "2025-10-25T16:00:00Z",
            document: document(vec![
                ceasefire_article("proposed"),
                article(
                    "art_2",
                    "2",
                    "Use of territory",
                    vec![
                        para("art_2__para_1", "1", "proposed", NO_ATTACKS),
                        para("art_2__para_2", "2", "proposed", ACTION),
                    ],
                ),
                article(
                    "art_3",
                    "3",
                    "Monitoring and verification",
                    vec![para("art_3__para_1", "1", "proposed", MECHANISM)],
                ),
            ]),
        },
        Step::Comment {
            by: pk,
            id: "pk-c1",
            version: "v1",
            clause: "art_2__para_2",
            visibility: "internal",
            at: "2025-10-25T15:00:00Z",
            text: "Internal: the annex must name the groups; hold firm on 'verifiable'.",
        },
        Step::Act(
            tr,
            "draft.relay",
            relay("v1", &["af"], "2025-10-26T08:00:00Z"),
        ),
        Step::Submit {
            by: af,
            version: "v2",
            parent: Some("v1"),
            attributed: true,
            at: "2025-10-26T19:00:00Z",
            document: document(vec![
                ceasefire_article("agreed_ad_referendum"),
                article(
                    "art_2",
                    "2",
                    "Use of territory",
                    vec![
                        para("art_2__para_1", "1", "agreed_ad_referendum", NO_ATTACKS),
                        bracketed("art_2__para_2", "2", ACTION, &[ACTION_ALT]),
                        para("art_2__para_3", "3", "proposed", STRIKES),
                    ],
                ),
                article(
                    "art_3",
                    "3",
                    "Monitoring and verification",
                    vec![para("art_3__para_1", "1", "proposed", MECHANISM)],
                ),
            ]),
        },
        Step::Comment {
            by: af,
            id: "af-c1",
            version: "v2",
            clause: "art_2__para_3",
            visibility: "mediators",
            at: "2025-10-26T19:05:00Z",
            text: "For the mediators: the assurance on air and drone operations is a condition of our acceptance of Article 2.",
        },
        Step::Act(
            qa,
            "draft.relay",
            relay("v2", &["pk"], "2025-10-27T09:00:00Z"),
        ),
        Step::Submit {
            by: pk,
            version: "v3",
            parent: Some("v2"),
            attributed: true,
            at: "2025-10-28T12:00:00Z",
            document: document(vec![
                ceasefire_article("agreed_ad_referendum"),
                article(
                    "art_2",
                    "2",
                    "Use of territory",
                    vec![
                        para("art_2__para_1", "1", "agreed_ad_referendum", NO_ATTACKS),
                        bracketed("art_2__para_2", "2", ACTION, &[ACTION_ALT]),
                        bracketed("art_2__para_3", "3", STRIKES, &[STRIKES_ALT]),
                    ],
                ),
                article(
                    "art_3",
                    "3",
                    "Monitoring and verification",
                    vec![para(
                        "art_3__para_1",
                        "1",
                        "agreed_ad_referendum",
                        MECHANISM,
                    )],
                ),
            ]),
        },
        Step::Act(
            tr,
            "draft.relay",
            relay("v3", &["af"], "2025-10-28T15:00:00Z"),
        ),
        Step::Act(
            tr,
            "round.transition",
            json!({ "round": "istanbul-2025-10", "to": "stalled", "at": "2025-10-28T20:00:00Z", "reason": "Positions on verifiable action against armed groups and on assurances against cross-border strikes remained apart after several written exchanges" }),
        ),
        Step::Act(
            qa,
            "round.transition",
            json!({ "round": "istanbul-2025-10", "to": "suspended", "at": "2025-10-29T18:00:00Z", "party": "pk", "reason": "29 October: a delegation announced that the talks had ended without result and prepared to leave" }),
        ),
        Step::Act(
            tr,
            "round.transition",
            json!({ "round": "istanbul-2025-10", "to": "resumed", "at": "2025-10-29T23:00:00Z", "reason": "The mediators asked both delegations to continue; talks resumed" }),
        ),
        Step::Submit {
            by: tr,
            version: "v4",
            parent: Some("v3"),
            attributed: false,
            at: "2025-10-30T10:00:00Z",
            document: document(vec![
                ceasefire_article("agreed"),
                article(
                    "art_2",
                    "2",
                    "Use of territory",
                    vec![
                        para("art_2__para_1", "1", "agreed", NO_ATTACKS),
                        para("art_2__para_2", "2", "agreed", ACTION),
                        para("art_2__para_3", "3", "agreed", STRIKES),
                    ],
                ),
                article(
                    "art_3",
                    "3",
                    "Monitoring and verification",
                    vec![para("art_3__para_1", "1", "agreed", MECHANISM)],
                ),
                article(
                    "art_4",
                    "4",
                    "Implementation",
                    vec![para("art_4__para_1", "1", "agreed", MEETING)],
                ),
            ]),
        },
        Step::Comment {
            by: tr,
            id: "tr-c1",
            version: "v4",
            clause: "art_2__para_2",
            visibility: "shared",
            at: "2025-10-30T10:05:00Z",
            text: "Mediators' note: verification of this commitment is the first task of the mechanism under Article 3.",
        },
        Step::Act(
            tr,
            "draft.relay",
            relay("v4", &["pk", "af"], "2025-10-30T11:00:00Z"),
        ),
        Step::Act(
            pk,
            "agreement.sign",
            json!({ "version": "v4", "content": "@v4", "at": "2025-10-30T16:00:00Z" }),
        ),
        Step::Act(
            af,
            "agreement.sign",
            json!({ "version": "v4", "content": "@v4", "at": "2025-10-30T16:05:00Z" }),
        ),
        Step::Act(
            tr,
            "agreement.witness",
            json!({ "version": "v4", "content": "@v4", "at": "2025-10-30T16:10:00Z" }),
        ),
        Step::Act(
            qa,
            "agreement.witness",
            json!({ "version": "v4", "content": "@v4", "at": "2025-10-30T16:12:00Z" }),
        ),
        Step::Act(
            tr,
            "round.transition",
            json!({ "round": "istanbul-2025-10", "to": "concluded", "at": "2025-10-30T18:00:00Z", "outcome": "Interim understanding of 30 October 2025, signed by both delegations and witnessed by both mediators" }),
        ),
        Step::Act(
            qa,
            "communique",
            json!({ "title": "Joint statement of the mediators, 31 October 2025", "text": "The parties agreed to continue the ceasefire agreed in Doha; to establish a joint monitoring and verification mechanism that ensures the maintenance of peace and imposes penalties on the violating party; and to meet at principal level in Istanbul on 6 November 2025 to decide the modalities of implementation." }),
        ),
        Step::Act(
            qa,
            "round.scheduled",
            round(
                "istanbul-2025-11-06",
                "Principal-level meeting",
                "Istanbul",
                "2025-11-06",
                "2025-11-06",
            ),
        ),
        Step::Act(
            qa,
            "deadline.set",
            json!({ "deadline": "mechanism-modalities", "title": "Modalities of the monitoring and verification mechanism to be decided", "due": "2025-11-06", "round": "istanbul-2025-11-06" }),
        ),
    ]
}

/// Replace every "@name" string in `v` by the hash recorded under that name.
fn resolve(v: &mut serde_json::Value, contents: &std::collections::HashMap<&str, String>) {
    match v {
        serde_json::Value::String(s) => {
            if let Some(h) = s.strip_prefix('@').and_then(|n| contents.get(n)) {
                *s = h.clone();
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| resolve(x, contents)),
        serde_json::Value::Object(o) => o.values_mut().for_each(|x| resolve(x, contents)),
        _ => {}
    }
}

/// How far the demo's script runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Stage {
    /// The negotiation, then the mechanism's first weeks.
    Full,
    /// The negotiation to the adopted agreement, and no further: the
    /// mechanism is for the mediators to configure (in the browser's editor
    /// on /compliance, or with `truce mechanism configure`).
    Agreement,
}

impl Stage {
    /// As `--stage` spells it.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Full => "full",
            Stage::Agreement => "agreement",
        }
    }
}

/// The script up to `stage`: the negotiation, then the mechanism's first weeks.
fn all_steps(c: &Cast, stage: Stage) -> Vec<Step<'_>> {
    let monitoring = match stage {
        Stage::Full => {
            crate::demo_monitor::script(&c.turkiye, &c.qatar, &c.pakistan, &c.afghanistan)
        }
        Stage::Agreement => Vec::new(),
    };
    script(c).into_iter().chain(monitoring).collect()
}

/// When a step says it was done, in unix seconds.
fn step_time(step: &Step<'_>) -> Option<u64> {
    let at = match step {
        Step::Act(_, _, body) => body.get("at").and_then(|v| v.as_str())?,
        Step::Submit { at, .. } | Step::Comment { at, .. } | Step::Evidence { at, .. } => at,
        Step::PublishReport { .. } => return None,
    };
    truce_domain::export::unix_from_utc(at).and_then(|t| u64::try_from(t).ok())
}

/// Run the script through the server's HTTP API, as each member would,
/// moving the log's (simulated) clock to each step's date first.
async fn play(url: &str, c: &Cast, clock: &truce_server::clock::Clock, stage: Stage) -> Result<()> {
    let mut clients = std::collections::HashMap::new();
    let mut contents = std::collections::HashMap::new();
    for step in all_steps(c, stage) {
        if let Some(t) = step_time(&step) {
            clock.advance_to(t);
        }
        let by = match &step {
            Step::Act(k, ..) => *k,
            Step::Submit { by, .. }
            | Step::Comment { by, .. }
            | Step::Evidence { by, .. }
            | Step::PublishReport { by, .. } => *by,
        };
        if let std::collections::hash_map::Entry::Vacant(slot) = clients.entry(by.id()) {
            slot.insert(crate::client::Client::connect(url, Some(by.clone())).await?);
        }
        let client = &clients[&by.id()];
        match step {
            Step::Act(_, kind, mut body) => {
                // "@v4" stands for the content hash of version v4, "@ev-…"
                // for an evidence file's.
                resolve(&mut body, &contents);
                client
                    .act(kind, &body)
                    .await
                    .with_context(|| format!("demo act {kind} by {}", by.id()))?;
            }
            Step::Submit {
                version,
                parent,
                attributed,
                at,
                document,
                ..
            } => {
                let hash = client.put_blob(document.to_string().into_bytes()).await?;
                let mut body = serde_json::json!({ "version": version, "draft": DRAFT, "content": hash, "attributed": attributed, "at": at });
                if let Some(p) = parent {
                    body["parent"] = serde_json::json!(p);
                }
                client
                    .act("draft.submit", &body)
                    .await
                    .with_context(|| format!("demo draft {version}"))?;
                contents.insert(version, hash);
            }
            Step::Evidence {
                name,
                text,
                incident,
                at,
                ..
            } => {
                let hash = client.put_blob(text.as_bytes().to_vec()).await?;
                let mut body = serde_json::json!({ "content": hash, "media_type": "text/plain", "size": text.len(), "name": format!("{name}.txt"), "at": at });
                if let Some(i) = incident {
                    body["incident"] = serde_json::json!(i);
                }
                client
                    .act("evidence.submit", &body)
                    .await
                    .with_context(|| format!("demo evidence {name}"))?;
                contents.insert(name, hash);
            }
            Step::PublishReport { id, from, to, .. } => {
                crate::report::sign_report(
                    client,
                    url,
                    id,
                    Some((from.to_owned(), to.to_owned())),
                    None,
                )
                .await
                .with_context(|| format!("demo report {id}"))?;
            }
            Step::Comment {
                id,
                version,
                clause,
                visibility,
                at,
                text,
                ..
            } => {
                let hash = client.put_blob(text.as_bytes().to_vec()).await?;
                client
                    .act(
                        "draft.comment",
                        &serde_json::json!({ "comment": id, "version": version, "clause": clause, "content": hash, "visibility": visibility, "at": at }),
                    )
                    .await
                    .with_context(|| format!("demo comment {id}"))?;
            }
        }
    }
    Ok(())
}

/// Remove what a half-made demo left in `dir` (its members' keys stay).
fn restart(dir: &Path) -> Result<()> {
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        if e.file_name() == "keys" {
            continue;
        }
        let path = e.path();
        let removed = if e.file_type()?.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        // A file gone meanwhile (SQLite drops its -wal and -shm files when
        // the last connection closes) is as good as removed.
        match removed {
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            other => other.with_context(|| format!("removing {}", path.display()))?,
        }
    }
    Ok(())
}

/// Names the stage a demo was started to, before its script is played.
const STARTED: &str = "demo-stage";

/// Written once a demo has been played whole and cosigned.
const COMPLETE: &str = "demo-complete";

pub async fn run(dir: &Path, listen: SocketAddr, no_wait: bool, stage: Stage) -> Result<()> {
    // The port first: nothing is made for a demo that cannot be served.
    drop(std::net::TcpListener::bind(listen).with_context(|| {
        format!(
            "port {listen} is not free (is another demo running? try --listen 127.0.0.1:0); nothing was created"
        )
    })?);
    let mut fresh = !dir.join(datadir::DB_FILE).exists();
    // A finished demo names the stage it was played to (empty: the whole
    // script, as before stages); another stage is refused, not mixed in.
    if let Ok(made) = std::fs::read_to_string(dir.join(COMPLETE)) {
        let made = if made.trim().is_empty() {
            "full"
        } else {
            made.trim()
        };
        anyhow::ensure!(
            made == stage.name(),
            "{} holds a demo played to --stage {made}; run it with --stage {made}, or give --data another directory",
            dir.display()
        );
    }
    let c = cast(dir)?;
    if !fresh && !dir.join(COMPLETE).exists() {
        // A demo that stopped half-way (or one made before the mark was
        // written): a whole one holds more entries than the script has steps.
        let (size, origin) = {
            let store = datadir::Location::Dir(dir.to_owned()).open_store().await?;
            (
                store.size().await?,
                store.get_meta(truce_store::META_ORIGIN).await?,
            )
        };
        if origin.as_deref() != Some(ORIGIN) {
            anyhow::bail!(
                "{} holds another log ({}), not a demo: give the demo a directory of its own",
                dir.display(),
                origin.as_deref().unwrap_or("no origin")
            );
        }
        // The stage it was started to (a demo made before stages: the whole
        // script): a half-played demo of another stage is started again.
        let started = std::fs::read_to_string(dir.join(STARTED)).unwrap_or_else(|_| "full".into());
        if started.trim() == stage.name() && size as usize >= all_steps(&c, stage).len() {
            std::fs::write(dir.join(COMPLETE), stage.name())?;
        } else {
            eprintln!(
                "{}: a demo that stopped half-way ({size} entries); starting it again",
                dir.display()
            );
            restart(dir)?;
            fresh = true;
        }
    }
    let log_key = if fresh {
        let log_key = keys::generate(ORIGIN, false)?;
        let founders = [c.turkiye.verifier(), c.qatar.verifier()];
        datadir::init_dir(dir, &log_key, PROCESS, &datadir::Founding::keys(&founders)).await?;
        std::fs::write(dir.join(STARTED), stage.name())?;
        log_key
    } else {
        keys::read(&dir.join(datadir::LOG_KEY_FILE))?
    };
    let store = datadir::Location::Dir(dir.to_owned()).open_store().await?;
    // A fresh demo replays October 2025 on a simulated clock, shared by the
    // sequencer and the witnesses, so the log's time is the script's; then
    // both run on the system clock.
    let clock = if fresh {
        let start = all_steps(&c, stage).iter().filter_map(step_time).min();
        truce_server::clock::Clock::simulated(start.context("the demo script has no dates")? - 3600)
    } else {
        truce_server::clock::Clock::system()
    };

    // One witness per mediator, in this process, on ports of their own.
    let mut peers = Vec::new();
    for (key, sub) in [
        (&c.witness_tr, "witness-turkiye"),
        (&c.witness_qa, "witness-qatar"),
    ] {
        let w = truce_server::witness::Witness::open_with_clock(
            key.clone(),
            vec![log_key.verifier()],
            &dir.join(sub),
            clock.clone(),
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
    config.clock = clock.clone();
    let server = truce_server::start(store, log_key.clone(), config)
        .await
        .with_context(|| format!("starting the server on {listen} (is another demo running? try --listen 127.0.0.1:0)"))?;
    let url = format!("http://{}", server.addr);

    if fresh {
        play(&url, &c, &clock, stage).await?;
    }
    // A newcomer signs in with one click: a one-time invitation per role,
    // made now (on the demo's clock, cosigned with the rest), its code in
    // the link's fragment (never sent to the server).
    let secretariat = crate::client::Client::connect(&url, Some(c.turkiye.clone())).await?;
    let at = server.log.size();
    let mut invites = Vec::new();
    for (participant, role, who) in [
        ("pk", "delegate", "a Pakistan delegate"),
        ("af", "delegate", "an Afghanistan delegate"),
        ("tr", "mediator", "a mediator for Türkiye"),
    ] {
        let code = crate::negotiate::invitation_code();
        secretariat
            .act(
                truce_domain::MEMBER_INVITE,
                &serde_json::json!({
                    "member": format!("newcomer-{participant}-{at}"),
                    "participant": participant,
                    "name": format!("Newcomer ({who})"),
                    "roles": [role],
                    "code_sha256": truce_ledger::authority::invitation_hash(&code),
                }),
            )
            .await
            .with_context(|| format!("inviting {who}"))?;
        invites.push((who, code));
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
    clock.to_system();
    // The last cosignatures carry the script's dates: a log that stays
    // that way looks stale to anyone who checks (the mirror below would
    // raise that alarm at once). The log writes today's time and the
    // witnesses cosign it.
    let behind = server
        .log
        .with_domain(|d| d.clock.map(|(_, t)| t))
        .is_some_and(|t| t + 60 < truce_server::engine::clock::system_now() as i64);
    if behind {
        let target = server.log.size() + 1;
        server.log.beat();
        tokio::time::timeout(
            Duration::from_secs(30),
            published.wait_for(|s| *s >= target),
        )
        .await
        .context("the witnesses did not cosign the log's time within 30 s")??;
    }
    if fresh {
        std::fs::write(dir.join(COMPLETE), stage.name())?;
    }

    // A mirror, as a monitor or a party would run one: it follows the log
    // from outside and raises an alarm with evidence if the log misbehaves.
    let mirror_dir = dir.join("mirror");
    let mirror_key = load_or_create(
        &dir.join("keys"),
        "mirror-cosigner.key",
        "demo.mirror",
        true,
    )?;
    let mirror = truce_server::mirror::Mirror::open(
        truce_server::mirror::MirrorConfig {
            source: url.clone(),
            log_key: log_key.verifier(),
            witnesses: peers.iter().map(|p| p.key.clone()).collect(),
            quorum: peers.len(),
            stale_after: Duration::from_secs(24 * 3600),
            evidence_dir: mirror_dir.join("evidence"),
            webhook: None,
            key: mirror_key,
            peers: Vec::new(),
        },
        std::sync::Arc::new(
            truce_store::sqlite::SqliteStore::open(&{
                std::fs::create_dir_all(&mirror_dir)?;
                mirror_dir.join("mirror.db")
            })
            .await?,
        ),
    )
    .await?;
    let (mirror_addr, _mirror_task) =
        truce_server::start_mirror(mirror.clone(), std::net::SocketAddr::new(listen.ip(), 0))
            .await?;
    tokio::spawn(mirror.run(Duration::from_secs(1)));

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
    println!(
        "  mirror           http://{mirror_addr} (its replica as tlog-tiles; alarms at http://{mirror_addr}/evidence)"
    );
    println!(
        "Sign in as a newcomer (one click each; the link works once, the key is made in the browser):"
    );
    for (who, code) in &invites {
        println!("  {who:<26} {url}/enrol#code={code}");
    }
    println!("Look at:");
    println!("  {url}/checkpoint                 the cosigned checkpoint (C2SP tlog-checkpoint)");
    println!("  {url}/api/v1/log                 process, rounds and log state");
    println!("  {url}/api/v1/process             participants, rounds, the agreement");
    println!("  {url}/api/v1/agreement           signatures, witnesses and their receipts");
    println!("  {url}/api/v1/calendar.ics        rounds and deadlines (iCalendar)");
    println!("  {url}/openapi.json               the API (OpenAPI 3.1)");
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
    println!("Exports (the operator reads as the secretariat):");
    for (what, cmd) in [
        ("the agreement as Akoma Ntoso", "akn"),
        ("the agreement as Markdown", "md"),
        ("rounds and deadlines", "ics"),
    ] {
        println!("  truce export {cmd} --data {}    {what}", dir.display());
    }
    println!(
        "Drafts are confidential: read them with a member's key, e.g.\n  truce draft list --url {url} --key {}",
        dir.join("keys").join("party-pakistan.key").display()
    );
    if no_wait {
        return Ok(());
    }
    println!("Serving until interrupted (Ctrl-C).");
    crate::wait(server.task).await
}
