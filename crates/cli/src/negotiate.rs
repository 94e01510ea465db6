//! The negotiation from the command line: `truce process|member|round|draft|sign …`.
//! Each act is a signed envelope made with the member's key file and sent
//! to the server; each read is a request signed with that key, so the
//! server shows only what the member may see.

use crate::client::{Client, now_utc};
use crate::keys;
use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use serde_json::json;
use std::path::PathBuf;

/// Where to act and as whom.
#[derive(Args)]
pub struct Conn {
    /// The server's base URL.
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    pub url: String,
    /// The member's key file (reads without it are public).
    #[arg(long)]
    pub key: Option<PathBuf>,
}

impl Conn {
    pub async fn client(&self) -> Result<Client> {
        let key = self.key.as_ref().map(|p| keys::read(p)).transpose()?;
        Client::connect(&self.url, key).await
    }
}

fn print(v: &serde_json::Value) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

#[derive(Subcommand)]
pub enum ProcessCmd {
    /// Define the process (once; secretariat).
    Define {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        id: String,
        #[arg(long)]
        title: String,
        /// Mediators whose witness endorsement adoption needs (default: all).
        #[arg(long)]
        witness_quorum: Option<u32>,
    },
    /// Add a participant: party, mediator, monitor or observer (secretariat).
    AddParticipant {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        id: String,
        #[arg(long)]
        kind: String,
        #[arg(long)]
        name: String,
    },
    /// Show the process as the key's member may see it.
    Show {
        #[command(flatten)]
        conn: Conn,
    },
}

#[derive(Subcommand)]
pub enum MemberCmd {
    /// Register a member's key and add the member (secretariat).
    Add {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        member: String,
        #[arg(long)]
        participant: String,
        #[arg(long)]
        name: String,
        /// signatory, delegate, mediator, witness, secretariat, monitor, observer (repeatable).
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// The member's verifier key (as `truce keygen` prints it).
        #[arg(long)]
        member_key: String,
    },
    /// Invite a member by a one-time code (secretariat): prints the entry
    /// index and the code, which the invitee redeems from a browser or with
    /// `truce member enrol`. Only the code's SHA-256 goes into the ledger.
    Invite {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        member: String,
        #[arg(long)]
        participant: String,
        #[arg(long)]
        name: String,
        /// signatory, delegate, mediator, witness, secretariat, monitor, observer (repeatable).
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// Hours the code may be used, from the log's time at the invitation
        /// (without end if not given).
        #[arg(long)]
        valid_hours: Option<u32>,
    },
    /// Withdraw a member's open invitation before it is used (secretariat).
    Uninvite {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        member: String,
        #[arg(long)]
        reason: String,
    },
    /// Redeem an invitation code with the key in --key, which becomes the member's key.
    Enrol {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        code: String,
    },
    /// Remove a member: its key signs nothing afterwards (secretariat).
    Remove {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        member: String,
        #[arg(long)]
        reason: String,
    },
    /// Register a new key for a member and retire the old one (secretariat).
    Rotate {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        member: String,
        #[arg(long)]
        new_key: String,
    },
}

#[derive(Subcommand)]
pub enum RoundCmd {
    /// Schedule a round (mediators).
    Schedule {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        round: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        place: String,
        #[arg(long)]
        starts: String,
        #[arg(long)]
        ends: String,
    },
    /// Move a round: in_session, stalled, suspended, resumed, concluded (mediators).
    Move {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        round: String,
        #[arg(long)]
        to: String,
        #[arg(long)]
        reason: Option<String>,
        #[arg(long)]
        outcome: Option<String>,
        /// The delegation that walked out (for a suspension).
        #[arg(long)]
        party: Option<String>,
    },
    /// Set a deadline (mediators).
    Deadline {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        deadline: String,
        #[arg(long)]
        title: String,
        /// YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        #[arg(long)]
        due: String,
        #[arg(long)]
        round: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum DraftCmd {
    /// Submit a version to the mediators (a party's delegate; or a mediator's bridging text).
    Submit {
        #[command(flatten)]
        conn: Conn,
        /// The document JSON (title, languages, articles with paragraphs).
        #[arg(long)]
        file: PathBuf,
        #[arg(long)]
        version: String,
        #[arg(long)]
        draft: String,
        /// The version this one amends.
        #[arg(long)]
        parent: Option<String>,
        /// A mediator's bridging text shown to the parties as "the mediators'".
        #[arg(long)]
        unattributed: bool,
    },
    /// Relay a version to other parties (mediators).
    Relay {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        version: String,
        #[arg(long = "to", required = true)]
        to: Vec<String>,
        /// A note or bridging annotation for the receiving party.
        #[arg(long)]
        note: Option<String>,
    },
    /// Comment on a clause: internal, mediators, or shared (mediators only).
    Comment {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        version: String,
        #[arg(long)]
        clause: String,
        #[arg(long)]
        text: String,
        #[arg(long, default_value = "internal")]
        visibility: String,
        /// Comment id (default: derived from the time).
        #[arg(long)]
        id: Option<String>,
    },
    /// List the versions the key may see.
    List {
        #[command(flatten)]
        conn: Conn,
    },
    /// Show one version with its document and comments.
    Show {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        version: String,
    },
    /// Clause-level diff of two versions.
    Diff {
        #[command(flatten)]
        conn: Conn,
        #[arg(long)]
        version: String,
        #[arg(long)]
        against: String,
    },
}

pub async fn process(cmd: ProcessCmd) -> Result<()> {
    match cmd {
        ProcessCmd::Define {
            conn,
            id,
            title,
            witness_quorum,
        } => {
            let mut body = json!({ "process": id, "title": title });
            if let Some(q) = witness_quorum {
                body["witness_quorum"] = json!(q);
            }
            done(
                conn.client()
                    .await?
                    .act(truce_domain::PROCESS_DEFINE, &body)
                    .await?,
            )
        }
        ProcessCmd::AddParticipant {
            conn,
            id,
            kind,
            name,
        } => done(
            conn.client()
                .await?
                .act(
                    truce_domain::PARTICIPANT_ADD,
                    &json!({ "participant": id, "kind": kind, "name": name }),
                )
                .await?,
        ),
        ProcessCmd::Show { conn } => {
            print(&conn.client().await?.get_json("/api/v1/process").await?)
        }
    }
}

/// A one-time invitation code: 20 characters of an unambiguous alphabet
/// (100 bits), in groups of five.
pub fn invitation_code() -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 20];
    getrandom::getrandom(&mut bytes).expect("the operating system's random source");
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(b % 32)]))
        .collect();
    chars
        .chunks(5)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

fn done(index: u64) -> Result<()> {
    println!("{index}");
    Ok(())
}

/// Register `vkey` unless the log knows it already; returns its id.
async fn ensure_registered(client: &Client, vkey: &str, label: &str) -> Result<String> {
    let key = keys::parse_vkey(vkey)?;
    if client.last_seq(&key.id()).await?.is_none() {
        client
            .act(
                truce_ledger::authority::KEY_REGISTER,
                &json!({ "key": key.to_string(), "label": label }),
            )
            .await
            .context("registering the member's key")?;
    }
    Ok(key.id())
}

pub async fn member(cmd: MemberCmd) -> Result<()> {
    match cmd {
        MemberCmd::Add {
            conn,
            member,
            participant,
            name,
            roles,
            member_key,
        } => {
            let c = conn.client().await?;
            let key = ensure_registered(&c, &member_key, &name).await?;
            done(
                c.act(
                    truce_domain::MEMBER_ADD,
                    &json!({ "member": member, "participant": participant, "name": name, "roles": roles, "key": key }),
                )
                .await?,
            )
        }
        MemberCmd::Invite {
            conn,
            member,
            participant,
            name,
            roles,
            valid_hours,
        } => {
            let code = invitation_code();
            let mut body = json!({ "member": member, "participant": participant, "name": name, "roles": roles,
                                   "code_sha256": truce_ledger::authority::invitation_hash(&code) });
            if let Some(h) = valid_hours {
                body["valid_hours"] = json!(h);
            }
            let index = conn
                .client()
                .await?
                .act(truce_domain::MEMBER_INVITE, &body)
                .await?;
            print(&json!({ "index": index, "code": code }))
        }
        MemberCmd::Uninvite {
            conn,
            member,
            reason,
        } => {
            let index = conn
                .client()
                .await?
                .act(
                    truce_domain::MEMBER_UNINVITE,
                    &json!({ "member": member, "reason": reason }),
                )
                .await?;
            print(&json!({ "index": index }))
        }
        MemberCmd::Enrol { conn, code } => {
            let c = conn.client().await?;
            let key = conn
                .key
                .as_ref()
                .map(|p| keys::read(p))
                .transpose()?
                .context("enrolling needs --key, the key to enrol")?;
            done(
                c.act_raw(
                    truce_domain::MEMBER_ENROL,
                    Some(1),
                    &json!({ "code": code.trim(), "key": key.verifier().to_string() }).to_string(),
                )
                .await?,
            )
        }
        MemberCmd::Remove {
            conn,
            member,
            reason,
        } => done(
            conn.client()
                .await?
                .act(
                    truce_domain::MEMBER_REMOVE,
                    &json!({ "member": member, "reason": reason }),
                )
                .await?,
        ),
        MemberCmd::Rotate {
            conn,
            member,
            new_key,
        } => {
            let c = conn.client().await?;
            let key = ensure_registered(&c, &new_key, &member).await?;
            done(
                c.act(
                    truce_domain::MEMBER_ROTATE,
                    &json!({ "member": member, "key": key }),
                )
                .await?,
            )
        }
    }
}

pub async fn round(cmd: RoundCmd) -> Result<()> {
    match cmd {
        RoundCmd::Schedule {
            conn,
            round,
            title,
            place,
            starts,
            ends,
        } => done(
            conn.client()
                .await?
                .act(
                    truce_domain::ROUND_SCHEDULED,
                    &json!({ "round": round, "title": title, "place": place, "starts": starts, "ends": ends }),
                )
                .await?,
        ),
        RoundCmd::Move {
            conn,
            round,
            to,
            reason,
            outcome,
            party,
        } => {
            let mut body = json!({ "round": round, "to": to, "at": now_utc() });
            for (k, v) in [("reason", reason), ("outcome", outcome), ("party", party)] {
                if let Some(v) = v {
                    body[k] = json!(v);
                }
            }
            done(conn.client().await?.act(truce_domain::ROUND_TRANSITION, &body).await?)
        }
        RoundCmd::Deadline {
            conn,
            deadline,
            title,
            due,
            round,
        } => {
            let mut body = json!({ "deadline": deadline, "title": title, "due": due });
            if let Some(r) = round {
                body["round"] = json!(r);
            }
            done(conn.client().await?.act(truce_domain::DEADLINE_SET, &body).await?)
        }
    }
}

pub async fn draft(cmd: DraftCmd) -> Result<()> {
    match cmd {
        DraftCmd::Submit {
            conn,
            file,
            version,
            draft,
            parent,
            unattributed,
        } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            // Check locally first, so a bad document is named before upload.
            truce_domain::Document::parse(&bytes)
                .with_context(|| format!("{} is not a valid draft", file.display()))?;
            let c = conn.client().await?;
            let content = c.put_blob(bytes).await?;
            let mut body =
                json!({ "version": version, "draft": draft, "content": content, "at": now_utc() });
            if let Some(p) = parent {
                body["parent"] = json!(p);
            }
            if unattributed {
                body["attributed"] = json!(false);
            }
            done(c.act(truce_domain::DRAFT_SUBMIT, &body).await?)
        }
        DraftCmd::Relay {
            conn,
            version,
            to,
            note,
        } => {
            let c = conn.client().await?;
            let mut body = json!({ "version": version, "to": to, "at": now_utc() });
            if let Some(n) = note {
                body["note"] = json!(c.put_blob(n.into_bytes()).await?);
            }
            done(c.act(truce_domain::DRAFT_RELAY, &body).await?)
        }
        DraftCmd::Comment {
            conn,
            version,
            clause,
            text,
            visibility,
            id,
        } => {
            if text.trim().is_empty() {
                bail!("the comment text is empty");
            }
            let c = conn.client().await?;
            let content = c.put_blob(text.into_bytes()).await?;
            let id = id.unwrap_or_else(|| {
                format!("c-{}", now_utc().replace([':', '-'], "").to_lowercase())
            });
            done(
                c.act(
                    truce_domain::DRAFT_COMMENT,
                    &json!({ "comment": id, "version": version, "clause": clause, "content": content, "visibility": visibility, "at": now_utc() }),
                )
                .await?,
            )
        }
        DraftCmd::List { conn } => print(&conn.client().await?.get_json("/api/v1/versions").await?),
        DraftCmd::Show { conn, version } => {
            let c = conn.client().await?;
            let mut v = c.get_json(&format!("/api/v1/versions/{version}")).await?;
            v["comments"] = c
                .get_json(&format!("/api/v1/versions/{version}/comments"))
                .await?;
            print(&v)
        }
        DraftCmd::Diff {
            conn,
            version,
            against,
        } => print(
            &conn
                .client()
                .await?
                .get_json(&format!(
                    "/api/v1/versions/{version}/diff?against={against}"
                ))
                .await?,
        ),
    }
}

/// Sign a version as a party's signatory, or endorse it as a mediator's witness.
/// `content` pins the hash of the text the signer reviewed; without it the
/// server's current hash for the version is signed.
pub async fn sign(
    conn: Conn,
    version: String,
    content: Option<String>,
    witness: bool,
) -> Result<()> {
    let c = conn.client().await?;
    let content = match content {
        Some(h) => h,
        None => {
            let v = c.get_json(&format!("/api/v1/versions/{version}")).await?;
            v["content"]
                .as_str()
                .context("the version has no content hash")?
                .to_owned()
        }
    };
    let kind = if witness {
        truce_domain::AGREEMENT_WITNESS
    } else {
        truce_domain::AGREEMENT_SIGN
    };
    done(
        c.act(
            kind,
            &json!({ "version": version, "content": content, "at": now_utc() }),
        )
        .await?,
    )
}
