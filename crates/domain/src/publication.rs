//! Publication: what the mediators make public, at their quorum.
//!
//! Nothing confidential becomes public by one hand. `publication.sign` is
//! one mediator participant's signature on publishing an object; the object
//! is published at the entry that brings the quorum of distinct mediator
//! participants:
//! - **the adopted agreement** (`"object": "agreement"`, a version id), at
//!   the process's witness quorum: from then on everyone — the public
//!   included — reads the version, its document, and the openings of its
//!   submission, signatures and witnessing, which the public checks against
//!   the commitments on the log;
//! - **a report** (`"object": "report"`), at the finding quorum: its signers
//!   name the SHA-256 of the report's data twin (a blob each signer's
//!   participant uploaded, so each holds what it signs), its period and the
//!   log size it was made at. The report must be the *public* report of that
//!   period, so publishing it discloses nothing the public could not already
//!   read; its hash is then on the log for anyone to compare.
//!
//! A finding is published the same way by `finding.publish` (its penalties,
//! appeals and decisions with it); that kind lives with the mechanism
//! ([`crate::monitor`]) and counts its signatures with [`Signer`] too.
//!
//! The publication act is sealed but for its `object` (agreement or
//! report): the public sees that a publication is under way, never which
//! version or report, nor the report's hash, until it is published; then
//! every signature opens to everyone.

use crate::reason;
use crate::state::{forbidden, refused};
use crate::wire::Checker;
use crate::{Actor, DomainError, Event, ProcessState, Reason};
use serde::Deserialize;

/// The kind of entry that signs a publication.
pub const PUBLICATION_SIGN: &str = "publication.sign";
/// The schema a published report's data twin names.
pub const REPORT_SCHEMA: &str = "truce-report/v1";

/// What is published.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Object {
    /// An adopted version, by id.
    Agreement(String),
    /// A report, by the id its signers give it.
    Report(String),
}

impl Object {
    pub fn kind(&self) -> &'static str {
        match self {
            Object::Agreement(_) => "agreement",
            Object::Report(_) => "report",
        }
    }
    pub fn id(&self) -> &str {
        match self {
            Object::Agreement(x) | Object::Report(x) => x,
        }
    }
}

/// What a report's signers sign: its data twin's hash, period and log size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRef {
    pub sha256: String,
    /// First and last day of the period, `YYYY-MM-DD`, inclusive.
    pub from: String,
    pub to: String,
    /// The log size (checkpoint) the report was made at.
    pub size: u64,
    pub title: String,
}

/// One mediator participant's signature on a publication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    pub member: String,
    pub participant: String,
    pub index: u64,
}

/// A publication under way or done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    pub object: Object,
    pub report: Option<ReportRef>,
    pub signers: Vec<Signer>,
    /// (entry index, log time) at which the quorum was reached.
    pub published: Option<(u64, i64)>,
}

/// The parsed `publication.sign` event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sign {
    pub object: Object,
    pub report: Option<ReportRef>,
    /// Whether the report blob was read and matches (set by the caller
    /// through [`Event::attach_blob`]; an agreement needs no blob).
    pub checked: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportBody {
    sha256: String,
    from: String,
    to: String,
    size: u64,
    title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignBody {
    object: String,
    id: String,
    #[serde(default)]
    report: Option<ReportBody>,
}

/// Parse a `publication.sign` body.
pub(crate) fn parse(json: &str) -> Result<Event, DomainError> {
    let c = Checker {
        kind: PUBLICATION_SIGN,
    };
    let w: SignBody = c.body(json)?;
    let id = c.id("id", w.id)?;
    let (object, report) = match (w.object.as_str(), w.report) {
        ("agreement", None) => (Object::Agreement(id), None),
        ("agreement", Some(_)) => {
            return Err(c.fail(reason!(
                "body-publication-agreement-report",
                "an agreement is published by its version id alone: drop report"
            )));
        }
        ("report", Some(r)) => {
            let from = c.date("report.from", r.from)?;
            let to = c.date("report.to", r.to)?;
            if to < from {
                return Err(c.fail(reason!(
                    "body-publication-period",
                    "the report's period ends ({to}) before it starts ({from})",
                    to = to,
                    from = from
                )));
            }
            if r.size == 0 {
                return Err(c.fail(reason!(
                    "body-publication-size",
                    "report.size must be the log size the report was made at"
                )));
            }
            let r = ReportRef {
                sha256: c.hash("report.sha256", r.sha256)?,
                from,
                to,
                size: r.size,
                title: c.text("report.title", r.title, 500)?,
            };
            (Object::Report(id), Some(r))
        }
        ("report", None) => {
            // The shape is an argument: a reason's English has no literal braces.
            return Err(c.fail(reason!(
                "body-publication-no-report",
                "a report is published with report: {shape}",
                shape = "{sha256, from, to, size, title}"
            )));
        }
        (other, _) => {
            return Err(c.fail(reason!(
                "body-publication-object",
                "object {object:?} is not one of agreement, report (a finding is published by finding.publish)",
                object = other
            )));
        }
    };
    let checked = report.is_none();
    Ok(Event::Publication(Sign {
        object,
        report,
        checked,
    }))
}

impl Sign {
    /// Check a report's data twin against what the signature names: it is
    /// the public report of that period at that log size.
    pub(crate) fn attach(&mut self, bytes: &[u8]) -> Result<(), Reason> {
        let Some(r) = &self.report else {
            return Ok(());
        };
        let v: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
            reason!(
                "publication-report-json",
                "it is not a report's JSON: {detail}",
                detail = e
            )
        })?;
        let field = |p: &str| v.pointer(p).cloned().unwrap_or(serde_json::Value::Null);
        if field("/schema") != REPORT_SCHEMA {
            return Err(reason!(
                "publication-report-schema",
                "its schema is not {schema}",
                schema = REPORT_SCHEMA
            ));
        }
        if field("/audience") != "public" {
            return Err(reason!(
                "publication-report-not-public",
                "it is not the public report: only what was already published may be"
            ));
        }
        if field("/period/from") != r.from.as_str() || field("/period/to") != r.to.as_str() {
            return Err(reason!(
                "publication-report-period",
                "its period is not {from} to {to} as signed",
                from = r.from,
                to = r.to
            ));
        }
        if field("/log/size") != r.size {
            return Err(reason!(
                "publication-report-size",
                "it was not made at log size {size} as signed",
                size = r.size
            ));
        }
        self.checked = true;
        Ok(())
    }
}

impl ProcessState {
    /// Mediator participants whose signatures publish `object`.
    pub fn publication_quorum(&self, object: &Object) -> usize {
        match object {
            Object::Agreement(_) => self.witness_quorum().max(1),
            Object::Report(_) => self.finding_quorum().max(1) as usize,
        }
    }

    /// The publication of `object`, if one is under way or done.
    pub fn publication(&self, object: &Object) -> Option<&Publication> {
        self.publications.get(object)
    }

    /// Whether `object` is published.
    pub fn is_published(&self, object: &Object) -> bool {
        self.publication(object)
            .is_some_and(|p| p.published.is_some())
    }

    /// Whether the adopted version `version` is published.
    pub fn agreement_published(&self, version: &str) -> bool {
        self.is_published(&Object::Agreement(version.to_owned()))
    }

    /// Whether `hash` is the data twin of a report `viewer` may read: the
    /// mediators read one proposed for publication, everyone a published one.
    pub fn can_read_report_blob(&self, viewer: &crate::access::Viewer, hash: &str) -> bool {
        self.publications.values().any(|p| {
            p.report.as_ref().is_some_and(|r| r.sha256 == hash)
                && (p.published.is_some() || viewer.is_mediator())
        })
    }

    pub(crate) fn check_publication(
        &self,
        actor: &Actor<'_>,
        sign: &Sign,
    ) -> Result<(), DomainError> {
        let Some(member) = self.mediator_member(actor) else {
            return Err(forbidden(
                actor,
                "publish",
                reason!(
                    "rule-publication-mediators",
                    "only a mediator participant's mediators may, each for its participant"
                ),
            ));
        };
        match &sign.object {
            Object::Agreement(v) => {
                if !self.versions.contains_key(v) {
                    return Err(DomainError::Unknown {
                        what: "version",
                        id: v.clone(),
                    });
                }
                if !self.adopted.contains(v) {
                    return Err(refused(reason!(
                        "publication-not-adopted",
                        "version {version} is not an adopted agreement: only the agreement is published",
                        version = v
                    )));
                }
            }
            Object::Report(id) => {
                if !sign.checked {
                    return Err(refused(reason!(
                        "publication-report-unchecked",
                        "report {id}'s data twin was not checked against what is signed",
                        id = id
                    )));
                }
                if let (Some(p), Some(r)) = (self.publication(&sign.object), &sign.report)
                    && p.report.as_ref() != Some(r)
                {
                    return Err(refused(reason!(
                        "publication-report-differs",
                        "report {id} was proposed with another hash, period, size or title: sign that one, or publish this under another id",
                        id = id
                    )));
                }
            }
        }
        if let Some(p) = self.publication(&sign.object) {
            if let Some((at, _)) = p.published {
                return Err(refused(reason!(
                    "publication-done",
                    "{object} {id} is already published (entry {at})",
                    object = sign.object.kind(),
                    id = sign.object.id(),
                    at = at
                )));
            }
            if let Some(s) = p
                .signers
                .iter()
                .find(|s| s.participant == member.participant)
            {
                return Err(refused(reason!(
                    "publication-signed-twice",
                    "{mediator} has already signed the publication of {object} {id} (entry {at})",
                    mediator = member.participant,
                    object = sign.object.kind(),
                    id = sign.object.id(),
                    at = s.index
                )));
            }
        }
        Ok(())
    }

    pub(crate) fn apply_publication(&mut self, actor_key: &crate::Act<'_>, sign: Sign) {
        let Ok(actor) = self.actor(actor_key) else {
            return;
        };
        let Some(member) = self.mediator_member(&actor) else {
            return;
        };
        let signer = Signer {
            member: member.id.clone(),
            participant: member.participant.clone(),
            index: actor_key.index,
        };
        let quorum = self.publication_quorum(&sign.object);
        let now = self.clock.map_or(0, |(_, t)| t);
        let p = self
            .publications
            .entry(sign.object.clone())
            .or_insert_with(|| Publication {
                object: sign.object.clone(),
                report: sign.report.clone(),
                signers: Vec::new(),
                published: None,
            });
        p.signers.push(signer);
        if p.published.is_none() && p.signers.len() >= quorum {
            p.published = Some((actor_key.index, now));
        }
    }
}
