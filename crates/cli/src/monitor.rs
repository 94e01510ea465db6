//! The monitoring and verification mechanism from the command line:
//! `truce mechanism|incident|evidence|action|case|finding|penalty|compliance …`
//! act as the key's member over HTTP (each act a signed envelope stamped
//! with `--at`, or now); `truce import acled` appends to a data directory.

use crate::client::now_utc;
use crate::negotiate::Conn;
use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Where to act, as whom, and when.
#[derive(Args)]
pub struct Act {
    #[command(flatten)]
    conn: Conn,
    /// The act's time (`YYYY-MM-DDTHH:MM:SSZ`); now by default.
    #[arg(long)]
    at: Option<String>,
}

impl Act {
    async fn send(&self, kind: &str, mut body: Value) -> Result<()> {
        body["at"] = json!(self.at.clone().unwrap_or_else(now_utc));
        let index = self.conn.client().await?.act(kind, &body).await?;
        println!("{kind} recorded at entry {index}");
        Ok(())
    }
}

fn print(v: &Value) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

#[derive(Subcommand)]
pub enum MechanismCmd {
    /// Configure the mechanism from a JSON file: the adopted agreement's
    /// commitments, the penalty schedule and the procedure (mediators; once).
    Configure {
        #[command(flatten)]
        act: Act,
        file: PathBuf,
    },
    /// Show the mechanism's terms.
    Show {
        #[command(flatten)]
        conn: Conn,
    },
}

// Parsed once per run: the size of the report variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
pub enum IncidentCmd {
    /// Report an incident.
    Report {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        id: String,
        /// When it happened: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ`.
        #[arg(long)]
        occurred: String,
        /// exact, hour, day, week or month.
        #[arg(long, default_value = "exact")]
        time_precision: String,
        #[arg(long, allow_hyphen_values = true)]
        lat: f64,
        #[arg(long, allow_hyphen_values = true)]
        lon: f64,
        /// exact, near, district or province.
        #[arg(long, default_value = "exact")]
        location_precision: String,
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        category: String,
        /// An alleged actor (repeatable).
        #[arg(long = "actor")]
        actors: Vec<String>,
        #[arg(long)]
        alleged_party: Option<String>,
        /// Casualties as BEST or LOW-BEST-HIGH.
        #[arg(long, default_value = "0")]
        casualties: String,
        #[arg(long)]
        narrative: String,
        #[arg(long)]
        source: String,
        /// confirmed, probable, possible, doubtful or unknown.
        #[arg(long, default_value = "unknown")]
        reliability: String,
        /// A submitted evidence file's SHA-256 (repeatable).
        #[arg(long = "evidence")]
        evidence: Vec<String>,
        /// Relay a report from the public channel (mediators).
        #[arg(long)]
        public: bool,
    },
    /// Incidents on the map, as the key's member may see them.
    List {
        #[command(flatten)]
        conn: Conn,
        /// min_lon,min_lat,max_lon,max_lat
        #[arg(long, allow_hyphen_values = true)]
        bbox: Option<String>,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        #[arg(long)]
        category: Option<String>,
        #[arg(long)]
        side: Option<String>,
    },
    /// Merge reports that describe one incident into one (every original is kept).
    Merge {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        into: String,
        #[arg(long)]
        reason: String,
        #[arg(required = true)]
        merged: Vec<String>,
    },
    /// Pairs of reports likely to be one incident.
    Duplicates {
        #[command(flatten)]
        conn: Conn,
    },
}

#[derive(Subcommand)]
pub enum EvidenceCmd {
    /// Upload a file and record it as evidence; prints its SHA-256.
    Add {
        #[command(flatten)]
        act: Act,
        file: PathBuf,
        /// The media type (guessed from the bytes by default).
        #[arg(long)]
        media_type: Option<String>,
        #[arg(long)]
        incident: Option<String>,
        #[arg(long)]
        case: Option<String>,
    },
    /// Record an access and download the file.
    Get {
        #[command(flatten)]
        act: Act,
        sha256: String,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value = "review")]
        purpose: String,
    },
    /// Transfer custody to another participant.
    Transfer {
        #[command(flatten)]
        act: Act,
        sha256: String,
        #[arg(long)]
        to: String,
        #[arg(long)]
        note: String,
    },
    /// The chain of custody.
    Custody {
        #[command(flatten)]
        conn: Conn,
        sha256: String,
    },
}

#[derive(Subcommand)]
pub enum CaseCmd {
    /// Open a verification case over incidents or one action report (mediators).
    Open {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        id: String,
        #[arg(long = "incident")]
        incidents: Vec<String>,
        #[arg(long)]
        action: Option<String>,
        #[arg(long)]
        accused: Option<String>,
        /// A team member (repeatable).
        #[arg(long = "team", required = true)]
        team: Vec<String>,
        #[arg(long)]
        reply_hours: Option<u32>,
    },
    /// Request evidence from a participant.
    Request {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        case: String,
        #[arg(long)]
        id: String,
        #[arg(long)]
        from: String,
        #[arg(long)]
        what: String,
        #[arg(long)]
        due: String,
    },
    /// A party's statement and counter-evidence (right of reply).
    Reply {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        case: String,
        #[arg(long)]
        statement: String,
        #[arg(long = "evidence")]
        evidence: Vec<String>,
        #[arg(long)]
        request: Option<String>,
    },
    /// A team member's assessment.
    Assess {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        case: String,
        /// Confidence it happened, 0–100.
        #[arg(long)]
        happened: u8,
        /// Confidence in who is responsible, 0–100.
        #[arg(long)]
        responsible: u8,
        #[arg(long)]
        attributed_to: Option<String>,
        #[arg(long)]
        outcome: String,
        #[arg(long)]
        note: String,
    },
    /// Cases (or one) as the key's member may see them.
    Show {
        #[command(flatten)]
        conn: Conn,
        id: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum FindingCmd {
    /// Propose a finding on a case (a mediator; counts as concurring).
    Propose {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        case: String,
        #[arg(long)]
        id: String,
        /// confirmed, not_confirmed, no_violation, inconclusive; verified or not_verified for an action.
        #[arg(long)]
        outcome: String,
        #[arg(long)]
        party: Option<String>,
        #[arg(long)]
        category: Option<String>,
        #[arg(long)]
        severity: Option<String>,
        #[arg(long = "commitment")]
        commitments: Vec<String>,
        #[arg(long)]
        summary: String,
    },
    /// Concur with or dissent from a proposed finding.
    Vote {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        finding: String,
        #[arg(long, conflicts_with = "concur")]
        dissent: bool,
        #[arg(long)]
        concur: bool,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Publish a finding that took effect (mediators).
    Publish {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        finding: String,
        #[arg(long)]
        statement: String,
    },
    /// Findings as the key's member may see them.
    List {
        #[command(flatten)]
        conn: Conn,
    },
}

#[derive(Subcommand)]
pub enum PenaltyCmd {
    /// Impose the penalty the schedule prescribes for a confirmed finding.
    Impose {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        finding: String,
        #[arg(long)]
        id: String,
        /// The schedule's rule (default: the one it prescribes).
        #[arg(long)]
        rule: Option<String>,
        #[arg(long)]
        detail: Option<String>,
    },
    /// Appeal a penalty (the penalised party, once, within the period).
    Appeal {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        penalty: String,
        #[arg(long)]
        grounds: String,
    },
    /// Decide an appeal: upheld, overturned or varied (the appeal body).
    Decide {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        penalty: String,
        #[arg(long)]
        decision: String,
        #[arg(long)]
        reason: String,
    },
    /// Record a penalty as served.
    Serve {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        penalty: String,
        #[arg(long)]
        note: String,
    },
    /// Lift a penalty.
    Lift {
        #[command(flatten)]
        act: Act,
        #[arg(long)]
        penalty: String,
        #[arg(long)]
        reason: String,
    },
    /// Penalties, and each party's record.
    List {
        #[command(flatten)]
        conn: Conn,
    },
}

pub async fn mechanism(cmd: MechanismCmd) -> Result<()> {
    match cmd {
        MechanismCmd::Configure { act, file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let body: Value = serde_json::from_str(&text)
                .with_context(|| format!("{} is not JSON", file.display()))?;
            act.send(truce_domain::monitor::MECHANISM_CONFIGURE, body)
                .await
        }
        MechanismCmd::Show { conn } => {
            print(&conn.client().await?.get_json("/api/v1/mechanism").await?)
        }
    }
}

fn casualties(s: &str) -> Result<Value> {
    let n: Vec<u32> = s
        .split('-')
        .map(str::parse)
        .collect::<Result<_, _>>()
        .with_context(|| format!("--casualties {s:?} is not BEST or LOW-BEST-HIGH"))?;
    Ok(match n[..] {
        [b] => json!({ "best": b }),
        [l, b, h] => json!({ "best": b, "low": l, "high": h }),
        _ => bail!("--casualties {s:?} is not BEST or LOW-BEST-HIGH"),
    })
}

fn query(pairs: &[(&str, &Option<String>)]) -> String {
    let q: Vec<String> = pairs
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={}", urlencode(v))))
        .collect();
    if q.is_empty() {
        String::new()
    } else {
        format!("?{}", q.join("&"))
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub async fn incident(cmd: IncidentCmd) -> Result<()> {
    use truce_domain::monitor as m;
    match cmd {
        IncidentCmd::Report {
            act,
            id,
            occurred,
            time_precision,
            lat,
            lon,
            location_precision,
            place,
            category,
            actors,
            alleged_party,
            casualties: k,
            narrative,
            source,
            reliability,
            evidence,
            public,
        } => {
            let mut body = json!({
                "incident": id, "occurred": occurred, "time_precision": time_precision,
                "lat": lat, "lon": lon, "location_precision": location_precision,
                "category": category, "actors": actors, "casualties": casualties(&k)?,
                "narrative": narrative, "source": source, "reliability": reliability,
                "evidence": evidence,
            });
            if let Some(p) = place {
                body["place"] = json!(p);
            }
            if let Some(p) = alleged_party {
                body["alleged_party"] = json!(p);
            }
            if public {
                body["channel"] = json!("public");
            }
            act.send(m::INCIDENT_REPORT, body).await
        }
        IncidentCmd::List {
            conn,
            bbox,
            from,
            to,
            category,
            side,
        } => {
            let q = query(&[
                ("bbox", &bbox),
                ("from", &from),
                ("to", &to),
                ("category", &category),
                ("side", &side),
            ]);
            print(
                &conn
                    .client()
                    .await?
                    .get_json(&format!("/api/v1/incidents{q}"))
                    .await?,
            )
        }
        IncidentCmd::Merge {
            act,
            into,
            reason,
            merged,
        } => {
            act.send(
                m::INCIDENT_MERGE,
                json!({ "into": into, "merged": merged, "reason": reason }),
            )
            .await
        }
        IncidentCmd::Duplicates { conn } => print(
            &conn
                .client()
                .await?
                .get_json("/api/v1/incidents/duplicates")
                .await?,
        ),
    }
}

pub async fn evidence(cmd: EvidenceCmd) -> Result<()> {
    use truce_domain::monitor as m;
    match cmd {
        EvidenceCmd::Add {
            act,
            file,
            media_type,
            incident,
            case,
        } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let media_type = match media_type {
                Some(t) => t,
                None => m::sniff_media_type(&bytes)
                    .with_context(|| {
                        format!(
                            "{} is of no type evidence may have ({})",
                            file.display(),
                            m::EVIDENCE_TYPES.join(", ")
                        )
                    })?
                    .to_owned(),
            };
            let size = bytes.len();
            let name = file
                .file_name()
                .map_or("evidence".into(), |n| n.to_string_lossy().into_owned());
            let hash = act.conn.client().await?.put_blob(bytes).await?;
            let mut body =
                json!({ "content": hash, "media_type": media_type, "size": size, "name": name });
            if let Some(i) = incident {
                body["incident"] = json!(i);
            }
            if let Some(c) = case {
                body["case"] = json!(c);
            }
            act.send(m::EVIDENCE_SUBMIT, body).await?;
            println!("{hash}");
            Ok(())
        }
        EvidenceCmd::Get {
            act,
            sha256,
            out,
            purpose,
        } => {
            act.send(
                m::EVIDENCE_ACCESS,
                json!({ "content": sha256, "purpose": purpose }),
            )
            .await?;
            let bytes = act
                .conn
                .client()
                .await?
                .get_bytes(&format!("/api/v1/evidence/{sha256}"))
                .await?;
            std::fs::write(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
            println!("wrote {} bytes to {}", bytes.len(), out.display());
            Ok(())
        }
        EvidenceCmd::Transfer {
            act,
            sha256,
            to,
            note,
        } => {
            act.send(
                m::EVIDENCE_TRANSFER,
                json!({ "content": sha256, "to": to, "note": note }),
            )
            .await
        }
        EvidenceCmd::Custody { conn, sha256 } => print(
            &conn
                .client()
                .await?
                .get_json(&format!("/api/v1/evidence/{sha256}/custody"))
                .await?,
        ),
    }
}

pub async fn action(
    act: Act,
    id: String,
    commitment: String,
    summary: String,
    evidence: Vec<String>,
) -> Result<()> {
    act.send(
        truce_domain::monitor::ACTION_REPORT,
        json!({ "action": id, "commitment": commitment, "summary": summary, "evidence": evidence }),
    )
    .await
}

pub async fn case(cmd: CaseCmd) -> Result<()> {
    use truce_domain::monitor as m;
    match cmd {
        CaseCmd::Open {
            act,
            id,
            incidents,
            action,
            accused,
            team,
            reply_hours,
        } => {
            let mut body = json!({ "case": id, "incidents": incidents, "team": team });
            if let Some(a) = action {
                body["action"] = json!(a);
            }
            if let Some(a) = accused {
                body["accused"] = json!(a);
            }
            if let Some(h) = reply_hours {
                body["reply_hours"] = json!(h);
            }
            act.send(m::CASE_OPEN, body).await
        }
        CaseCmd::Request {
            act,
            case,
            id,
            from,
            what,
            due,
        } => {
            act.send(
                m::CASE_REQUEST,
                json!({ "case": case, "request": id, "from": from, "what": what, "due": due }),
            )
            .await
        }
        CaseCmd::Reply {
            act,
            case,
            statement,
            evidence,
            request,
        } => {
            let mut body = json!({ "case": case, "statement": statement, "evidence": evidence });
            if let Some(r) = request {
                body["request"] = json!(r);
            }
            act.send(m::CASE_REPLY, body).await
        }
        CaseCmd::Assess {
            act,
            case,
            happened,
            responsible,
            attributed_to,
            outcome,
            note,
        } => {
            let mut body = json!({ "case": case, "happened": happened, "responsible": responsible, "outcome": outcome, "note": note });
            if let Some(p) = attributed_to {
                body["attributed_to"] = json!(p);
            }
            act.send(m::CASE_ASSESS, body).await
        }
        CaseCmd::Show { conn, id } => {
            let path = match id {
                Some(i) => format!("/api/v1/cases/{i}"),
                None => "/api/v1/cases".into(),
            };
            print(&conn.client().await?.get_json(&path).await?)
        }
    }
}

pub async fn finding(cmd: FindingCmd) -> Result<()> {
    use truce_domain::monitor as m;
    match cmd {
        FindingCmd::Propose {
            act,
            case,
            id,
            outcome,
            party,
            category,
            severity,
            commitments,
            summary,
        } => {
            let mut body = json!({ "finding": id, "case": case, "outcome": outcome, "commitments": commitments, "summary": summary });
            for (k, v) in [
                ("party", party),
                ("category", category),
                ("severity", severity),
            ] {
                if let Some(v) = v {
                    body[k] = json!(v);
                }
            }
            act.send(m::FINDING_PROPOSE, body).await
        }
        FindingCmd::Vote {
            act,
            finding,
            dissent,
            concur,
            reason,
        } => {
            if dissent == concur {
                bail!("give one of --concur and --dissent");
            }
            let mut body =
                json!({ "finding": finding, "vote": if concur { "concur" } else { "dissent" } });
            if let Some(r) = reason {
                body["reason"] = json!(r);
            }
            act.send(m::FINDING_VOTE, body).await
        }
        FindingCmd::Publish {
            act,
            finding,
            statement,
        } => {
            act.send(
                m::FINDING_PUBLISH,
                json!({ "finding": finding, "statement": statement }),
            )
            .await
        }
        FindingCmd::List { conn } => {
            print(&conn.client().await?.get_json("/api/v1/findings").await?)
        }
    }
}

pub async fn penalty(cmd: PenaltyCmd) -> Result<()> {
    use truce_domain::monitor as m;
    match cmd {
        PenaltyCmd::Impose {
            act,
            finding,
            id,
            rule,
            detail,
        } => {
            let rule = match rule {
                Some(r) => r,
                None => {
                    let all = act
                        .conn
                        .client()
                        .await?
                        .get_json("/api/v1/findings")
                        .await?;
                    let f = all
                        .as_array()
                        .and_then(|a| a.iter().find(|f| f["id"] == finding))
                        .with_context(|| format!("no finding {finding} that you may read"))?;
                    f["prescribed_rule"]
                        .as_str()
                        .with_context(|| {
                            format!("the schedule prescribes no penalty for {finding}")
                        })?
                        .to_owned()
                }
            };
            let mut body = json!({ "penalty": id, "finding": finding, "rule": rule });
            if let Some(d) = detail {
                body["detail"] = json!(d);
            }
            act.send(m::PENALTY_IMPOSE, body).await
        }
        PenaltyCmd::Appeal {
            act,
            penalty,
            grounds,
        } => {
            act.send(
                m::PENALTY_APPEAL,
                json!({ "penalty": penalty, "grounds": grounds }),
            )
            .await
        }
        PenaltyCmd::Decide {
            act,
            penalty,
            decision,
            reason,
        } => {
            act.send(
                m::APPEAL_DECIDE,
                json!({ "penalty": penalty, "decision": decision, "reason": reason }),
            )
            .await
        }
        PenaltyCmd::Serve { act, penalty, note } => {
            act.send(
                m::PENALTY_SERVE,
                json!({ "penalty": penalty, "note": note }),
            )
            .await
        }
        PenaltyCmd::Lift {
            act,
            penalty,
            reason,
        } => {
            act.send(
                m::PENALTY_LIFT,
                json!({ "penalty": penalty, "reason": reason }),
            )
            .await
        }
        PenaltyCmd::List { conn } => {
            let c = conn.client().await?;
            print(&json!({
                "penalties": c.get_json("/api/v1/penalties").await?,
                "record": c.get_json("/api/v1/record").await?,
            }))
        }
    }
}

pub async fn compliance(conn: Conn, upto: Option<u64>, at: Option<String>) -> Result<()> {
    let q = query(&[("upto", &upto.map(|u| u.to_string())), ("at", &at)]);
    let v = conn
        .client()
        .await?
        .get_json(&format!("/api/v1/compliance{q}"))
        .await?;
    for c in v["commitments"].as_array().into_iter().flatten() {
        println!(
            "{:<24} {:<10} {}",
            c["id"].as_str().unwrap_or(""),
            c["state"].as_str().unwrap_or(""),
            c["bearer"].as_str().unwrap_or("")
        );
        for r in c["reasons"].as_array().into_iter().flatten() {
            let at = r["index"]
                .as_u64()
                .map_or(String::new(), |i| format!("[entry {i}] "));
            println!("    {at}{}", r["text"].as_str().unwrap_or(""));
        }
    }
    Ok(())
}

/// Rows per `incident.import` entry: each entry's CSV blob stays a few MB.
pub const IMPORT_CHUNK: usize = 5_000;

/// The key an import signs with: `--key`, else the data directory's
/// `founder.key`, else the first key under `DIR/keys` that the log lets
/// register keys (a founder: the demo's mediators' secretariats).
fn import_key(
    dir: &Path,
    key: Option<PathBuf>,
    log: &truce_server::Log,
) -> Result<truce_ledger::note::SignerKey> {
    if let Some(k) = key {
        return crate::keys::read(&k);
    }
    let founder = dir.join("founder.key");
    if founder.exists() {
        return crate::keys::read(&founder);
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir.join("keys"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    found.sort();
    for p in found {
        if let Ok(k) = crate::keys::read(&p)
            && log.with_authority(|a| a.key(&k.id()).is_some_and(|r| r.may_register))
        {
            return Ok(k);
        }
    }
    bail!(
        "no --key given, and no founder key in {} or {}",
        dir.display(),
        dir.join("keys").display()
    )
}

/// What an import did.
#[derive(Debug)]
pub struct ImportReport {
    pub imported: usize,
    pub skipped: Vec<truce_domain::monitor::acled::RowError>,
    pub entries: usize,
}

/// Import an ACLED CSV into the log in a data directory: parse and check
/// everything first, so a bad file stores nothing; then append one signed
/// `incident.import` entry per [`IMPORT_CHUNK`] rows, each carrying its rows
/// as a CSV blob.
pub async fn import_acled(
    dir: &Path,
    file: &Path,
    skip_bad: bool,
    key: Option<PathBuf>,
    progress: bool,
) -> Result<ImportReport> {
    use truce_domain::monitor::acled;
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let spinner = progress.then(|| {
        let s = indicatif::ProgressBar::new_spinner();
        s.set_message(format!("parsing {}", file.display()));
        s.enable_steady_tick(std::time::Duration::from_millis(200));
        s
    });
    let (good, bad) = acled::parse(&bytes);
    drop(bytes);
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    if !bad.is_empty() && !skip_bad {
        for e in bad.iter().take(20) {
            eprintln!("{}: {e}", file.display());
        }
        if bad.len() > 20 {
            eprintln!("… and {} more", bad.len() - 20);
        }
        bail!(
            "{} bad row(s) in {}; nothing was imported (--skip-bad imports the good rows and reports the bad)",
            bad.len(),
            file.display()
        );
    }
    if good.is_empty() {
        bail!("{} holds no rows to import", file.display());
    }
    let log_key = crate::keys::read(&dir.join(crate::datadir::LOG_KEY_FILE))
        .with_context(|| format!("{} is not a Truce data directory", dir.display()))?;
    let store = crate::datadir::Location::Dir(dir.to_owned())
        .open_store()
        .await?;
    let log = truce_server::Log::open(
        store.clone(),
        log_key,
        vec![],
        0,
        std::time::Duration::from_millis(250),
        // The operator's own import, in process: no per-key allowance.
        &truce_server::quota::Quotas {
            entries_per_minute: 0,
            blob_bytes_per_hour: 0,
            refusals_per_minute: 0,
            public_reads_per_second: 0,
        },
        truce_server::clock::Clock::system(),
    )
    .await?;
    let key = import_key(dir, key, &log)?;
    let stem: String = file
        .file_stem()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .take(40)
        .collect();
    let at = now_utc();
    let stamp = at.replace([':', '-'], "").to_ascii_lowercase();
    // Sign every entry and fold it into a copy of the state first, through
    // the same fold the sequencer runs: nothing is stored unless all pass.
    let mut state = log.with_domain(Clone::clone);
    let mut authority = log.with_authority(Clone::clone);
    let signer = key.id();
    let Some(last_seq) = authority.key(&signer).map(|k| k.last_seq) else {
        bail!("key {signer} is not registered in this log");
    };
    let origin = log.origin().to_owned();
    let mut prepared = Vec::new();
    for (n, chunk) in good.chunks(IMPORT_CHUNK).enumerate() {
        let csv = acled::write(chunk.iter().map(|(_, i)| i), |_| None);
        let hash = {
            use sha2::Digest as _;
            hex::encode(sha2::Sha256::digest(&csv))
        };
        let body = json!({
            "batch": format!("acled-{stem}-{stamp}-{n}"),
            "content": hash, "rows": chunk.len(), "at": at,
        })
        .to_string();
        let (entry, opening) = crate::client::seal_and_sign(
            &key,
            &origin,
            truce_domain::monitor::INCIDENT_IMPORT,
            last_seq + 1 + n as u64,
            &body,
        )?;
        let opening = opening.map(String::into_bytes);
        let refused = |e: String| {
            let first = chunk.first().map_or(0, |c| c.0);
            anyhow::anyhow!("rows from line {first}: {e}; nothing was imported")
        };
        let parsed =
            truce_ledger::entry::Entry::parse(&entry).map_err(|e| refused(e.to_string()))?;
        let full = truce_domain::disclosure::open(&parsed.kind, &parsed.body, opening.as_deref())
            .map_err(|e| refused(e.to_string()))?;
        let mut event =
            truce_domain::parse_event(&parsed.kind, &full).map_err(|e| refused(e.to_string()))?;
        if let Some(e) = &mut event {
            e.attach_blob(&csv).map_err(|e| refused(e.to_string()))?;
        }
        truce_domain::fold::step(
            &mut authority,
            &mut state,
            &truce_server::assets::Boundaries,
            parsed,
            event,
            truce_domain::fold::Signature::Trusted,
        )
        .map_err(|e| refused(e.to_string()))?;
        prepared.push((hash, csv, entry, opening));
    }
    drop(state);
    let bar = progress.then(|| indicatif::ProgressBar::new(good.len() as u64));
    for (n, (hash, csv, entry, opening)) in prepared.into_iter().enumerate() {
        let h = truce_server::engine::parse_sha256(&hash).context("a hash")?;
        log.put_blob(&h, &csv, &signer)
            .await
            .map_err(|e| anyhow::anyhow!("storing import {n}: {e}"))?;
        log.submit(entry, opening)
            .await
            .map_err(|e| anyhow::anyhow!("appending import entry {n}: {e}"))?;
        if let Some(b) = &bar {
            b.inc(IMPORT_CHUNK.min(good.len() - n * IMPORT_CHUNK) as u64);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(ImportReport {
        imported: good.len(),
        entries: good.len().div_ceil(IMPORT_CHUNK),
        skipped: bad,
    })
}
