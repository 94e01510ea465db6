//! The joint monitoring and verification mechanism: the agreement's
//! commitments and penalty schedule (`mechanism.configure`), incident
//! reports and imports, evidence with its chain of custody, action reports,
//! verification cases with the right of reply, findings that take effect at
//! the agreement's quorum, and penalties with one appeal.
//!
//! Types live here; the JSON bodies in [`wire`], the rules each act must
//! satisfy and the fold in [`rules`], the compliance engine in
//! [`compliance`], the ACLED CSV mapping in [`acled`], the map index in
//! [`index`]. Every time the mechanism reasons about (deadlines, appeal
//! periods, windows) is the log's own time (`log.time`, see
//! [`crate::ProcessState::act_time`]); the `at` an act's signer claims is
//! kept in the signed body but decides nothing.

pub mod acled;
pub mod compliance;
pub mod index;
pub mod rules;
pub mod view;
pub mod wire;

use std::collections::BTreeMap;
use std::sync::Arc;

pub const MECHANISM_CONFIGURE: &str = "mechanism.configure";
pub const INCIDENT_REPORT: &str = "incident.report";
pub const INCIDENT_IMPORT: &str = "incident.import";
pub const INCIDENT_MERGE: &str = "incident.merge";
pub const EVIDENCE_SUBMIT: &str = "evidence.submit";
pub const EVIDENCE_ACCESS: &str = "evidence.access";
pub const EVIDENCE_TRANSFER: &str = "evidence.transfer";
pub const ACTION_REPORT: &str = "action.report";
pub const CASE_OPEN: &str = "case.open";
pub const CASE_REQUEST: &str = "case.request";
pub const CASE_REPLY: &str = "case.reply";
pub const CASE_ASSESS: &str = "case.assess";
pub const FINDING_PROPOSE: &str = "finding.propose";
pub const FINDING_VOTE: &str = "finding.vote";
pub const FINDING_PUBLISH: &str = "finding.publish";
pub const PENALTY_IMPOSE: &str = "penalty.impose";
pub const PENALTY_APPEAL: &str = "penalty.appeal";
pub const APPEAL_DECIDE: &str = "appeal.decide";
pub const PENALTY_SERVE: &str = "penalty.serve";
pub const PENALTY_LIFT: &str = "penalty.lift";

pub const KINDS: &[&str] = &[
    MECHANISM_CONFIGURE,
    INCIDENT_REPORT,
    INCIDENT_IMPORT,
    INCIDENT_MERGE,
    EVIDENCE_SUBMIT,
    EVIDENCE_ACCESS,
    EVIDENCE_TRANSFER,
    ACTION_REPORT,
    CASE_OPEN,
    CASE_REQUEST,
    CASE_REPLY,
    CASE_ASSESS,
    FINDING_PROPOSE,
    FINDING_VOTE,
    FINDING_PUBLISH,
    PENALTY_IMPOSE,
    PENALTY_APPEAL,
    APPEAL_DECIDE,
    PENALTY_SERVE,
    PENALTY_LIFT,
];

/// Incident categories when the agreement names none.
pub const DEFAULT_CATEGORIES: &[&str] = &[
    "armed_clash",
    "air_drone_strike",
    "shelling",
    "cross_border_raid",
    "ied",
    "attack_on_civilians",
    "movement_of_forces",
    "obstruction_of_monitors",
    "hostile_propaganda",
    "other",
];

/// Largest evidence file.
pub const MAX_EVIDENCE_BYTES: u64 = 64 * 1024 * 1024;

macro_rules! names {
    ($t:ident { $($v:ident => $s:literal),* $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $t { $($v),* }
        impl $t {
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$v => $s),* }
            }
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some(Self::$v),)* _ => None }
            }
            pub const ALL: &'static [&'static str] = &[$($s),*];
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

names!(Modality { Obligation => "obligation", Prohibition => "prohibition", Permission => "permission" });
names!(Severity { Minor => "minor", Moderate => "moderate", Serious => "serious", Grave => "grave" });
names!(PenaltyKind { FormalNotice => "formal_notice", PublicAttribution => "public_attribution", Fine => "fine", BenefitSuspension => "benefit_suspension", Referral => "referral" });
names!(TimePrecision { Exact => "exact", Hour => "hour", Day => "day", Week => "week", Month => "month" });
names!(LocationPrecision { Exact => "exact", Near => "near", District => "district", Province => "province" });
names!(Reliability { Confirmed => "confirmed", Probable => "probable", Possible => "possible", Doubtful => "doubtful", Unknown => "unknown" });
names!(Channel { Monitor => "monitor", Party => "party", Mediator => "mediator", Public => "public" });
names!(Outcome { Confirmed => "confirmed", NotConfirmed => "not_confirmed", NoViolation => "no_violation", Inconclusive => "inconclusive", Verified => "verified", NotVerified => "not_verified" });
names!(IncidentStatus { Reported => "reported", UnderVerification => "under_verification", Confirmed => "confirmed", NotConfirmed => "not_confirmed", Merged => "merged" });
names!(AppealDecision { Upheld => "upheld", Overturned => "overturned", Varied => "varied" });
names!(CommitmentState { Pending => "pending", InForce => "in_force", Suspended => "suspended", Met => "met", Overdue => "overdue", Breached => "breached" });

/// When an obligation falls due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Due {
    Continuing,
    Date(String),
    DaysAfterForce(u32),
}

/// "While no verified …": the commitment is suspended once a finding
/// confirms a violation of one of `categories` attributed to `by`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    pub text: String,
    pub categories: Vec<String>,
    pub by: String,
    /// How long a confirmed violation suspends it; until further notice when `None`.
    pub suspends_days: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commitment {
    pub id: String,
    /// The eId of the agreement's clause.
    pub clause: String,
    pub modality: Modality,
    pub bearer: String,
    pub beneficiary: Option<String>,
    pub action: String,
    /// The armed groups or forces the commitment concerns.
    pub concerns: Vec<String>,
    /// Geographic scope in words, and optionally as a distance from the border.
    pub area: Option<String>,
    pub within_km: Option<u32>,
    pub from: Option<String>,
    pub until: Option<String>,
    pub condition: Option<Condition>,
    pub reciprocal_of: Option<String>,
    pub depends_on: Vec<String>,
    pub due: Due,
    pub verification: String,
    pub breached_by: Vec<String>,
}

/// One row of the penalty schedule: the `nth` confirmed violation of one of
/// `categories` by the same party within `window_days`, at `min_severity`
/// or worse, leads to `penalty`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PenaltyRule {
    pub id: String,
    pub categories: Vec<String>,
    pub min_severity: Severity,
    pub nth: u32,
    pub window_days: u32,
    pub penalty: PenaltyKind,
    pub detail: String,
    pub amount: Option<String>,
    pub benefit: Option<String>,
    pub cure_days: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mechanism {
    pub agreement: String,
    pub entry_into_force: String,
    pub force_unix: i64,
    /// (party, country) pairs, for the border computation.
    pub territories: Vec<(String, String)>,
    pub categories: Vec<String>,
    /// Mediator participants whose concurrence makes a finding take effect.
    pub finding_quorum: u32,
    /// Whether every verification team must include a member of each party.
    pub joint_teams: bool,
    pub reply_hours: u32,
    pub appeal_days: u32,
    /// Participants whose mediator members decide appeals.
    pub appeal_body: Vec<String>,
    pub commitments: Vec<Commitment>,
    pub penalties: Vec<PenaltyRule>,
    pub index: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Casualties {
    pub best: u32,
    pub low: u32,
    pub high: u32,
}

/// ACLED columns kept so an imported row exports as it came.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AcledExtra {
    pub event_id_cnty: String,
    pub disorder_type: String,
    pub event_type: String,
    pub sub_event_type: String,
    pub actor1: String,
    pub assoc_actor_1: String,
    pub inter1: String,
    pub actor2: String,
    pub assoc_actor_2: String,
    pub inter2: String,
    pub interaction: String,
    pub civilian_targeting: String,
    pub iso: String,
    pub region: String,
    pub country: String,
    pub admin1: String,
    pub admin2: String,
    pub admin3: String,
    pub source_scale: String,
    pub tags: String,
    pub timestamp: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incident {
    pub id: String,
    pub index: u64,
    /// The log's time when it was reported (or imported).
    pub reported_unix: i64,
    pub reporter_member: String,
    pub reporter_participant: String,
    pub channel: Channel,
    pub occurred: String,
    pub occurred_unix: i64,
    pub time_precision: TimePrecision,
    /// Microdegrees, WGS84.
    pub lat_e6: i32,
    pub lon_e6: i32,
    pub location_precision: LocationPrecision,
    pub place: String,
    pub category: String,
    pub actors: Vec<String>,
    pub alleged_party: Option<String>,
    pub casualties: Casualties,
    pub narrative: String,
    pub source: String,
    pub reliability: Reliability,
    pub evidence: Vec<String>,
    pub merged_into: Option<String>,
    /// The import batch it came in, if imported.
    pub batch: Option<String>,
    pub acled: Option<Box<AcledExtra>>,
}

impl Incident {
    pub fn lat(&self) -> f64 {
        f64::from(self.lat_e6) / 1e6
    }
    pub fn lon(&self) -> f64 {
        f64::from(self.lon_e6) / 1e6
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportBatch {
    pub batch: String,
    pub content: String,
    pub rows: u32,
    pub index: u64,
    pub by: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merge {
    pub into: String,
    pub merged: Vec<String>,
    pub reason: String,
    pub index: u64,
    pub by: String,
}

/// One link of an evidence file's chain of custody.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Custody {
    pub index: u64,
    pub at: String,
    pub member: String,
    pub participant: String,
    /// "submitted", "accessed" or "transferred".
    pub event: &'static str,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub content: String,
    pub media_type: String,
    pub size: u64,
    pub name: String,
    pub submitter_participant: String,
    /// The participant now holding custody.
    pub holder: String,
    pub incident: Option<String>,
    pub case: Option<String>,
    pub custody: Vec<Custody>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionReport {
    pub id: String,
    pub commitment: String,
    pub party: String,
    pub member: String,
    pub summary: String,
    pub evidence: Vec<String>,
    pub index: u64,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceRequest {
    pub id: String,
    pub from: String,
    pub what: String,
    pub due: String,
    pub index: u64,
    pub by: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub party: String,
    pub member: String,
    pub statement: String,
    pub evidence: Vec<String>,
    pub request: Option<String>,
    pub index: u64,
    pub at: String,
    pub late: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub member: String,
    pub participant: String,
    /// Confidence (0–100) that it happened, and in who is responsible.
    pub happened: u8,
    pub responsible: u8,
    pub attributed_to: Option<String>,
    pub outcome: Outcome,
    pub note: String,
    pub index: u64,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub id: String,
    pub incidents: Vec<String>,
    pub action: Option<String>,
    pub accused: Option<String>,
    pub team: Vec<String>,
    pub opened_by: String,
    pub index: u64,
    pub at: String,
    pub reply_due: String,
    pub requests: Vec<EvidenceRequest>,
    pub replies: Vec<Reply>,
    pub assessments: Vec<Assessment>,
    pub finding: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    pub member: String,
    pub participant: String,
    /// Cast for a mediator participant: only these count towards the quorum
    /// (a party on the team votes and may dissent on record, but never
    /// decides a finding).
    pub mediator: bool,
    pub concur: bool,
    pub reason: Option<String>,
    pub index: u64,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub id: String,
    pub case: String,
    pub outcome: Outcome,
    pub party: Option<String>,
    pub category: Option<String>,
    pub severity: Option<Severity>,
    /// Commitments the finding names as breached (all those its category
    /// breaches when empty), or the commitment an action case verifies.
    pub commitments: Vec<String>,
    pub summary: String,
    pub proposed_by: String,
    pub index: u64,
    pub at: String,
    pub votes: Vec<Vote>,
    /// (entry index, time) at which the quorum was reached.
    pub effective: Option<(u64, i64)>,
    /// (entry index, statement) at which the quorum of mediator
    /// participants signed its publication.
    pub published: Option<(u64, String)>,
    /// The log's time when it was published.
    pub published_unix: Option<i64>,
    /// The mediator participants that signed its publication so far.
    pub publishers: Vec<crate::publication::Signer>,
    /// (entry index, text) of the statement the first signer proposed; the
    /// others sign the same text.
    pub statement: Option<(u64, String)>,
    /// When the incidents happened: the latest of the case's incidents.
    pub incident_unix: i64,
}

impl Finding {
    pub fn dissents(&self) -> impl Iterator<Item = &Vote> {
        self.votes.iter().filter(|v| !v.concur)
    }
    pub fn is_violation(&self) -> bool {
        self.outcome == Outcome::Confirmed && self.effective.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appeal {
    pub grounds: String,
    pub member: String,
    pub index: u64,
    pub at: String,
    pub decision: Option<(AppealDecision, String, String, u64)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Penalty {
    pub id: String,
    pub finding: String,
    pub party: String,
    pub rule: String,
    pub kind: PenaltyKind,
    pub detail: String,
    /// Which confirmed violation in the window this was.
    pub count: u32,
    pub index: u64,
    pub at: String,
    pub imposed_unix: i64,
    pub appeal: Option<Appeal>,
    pub served: Option<(u64, String)>,
    pub lifted: Option<(u64, String)>,
}

impl Penalty {
    /// "imposed", "appealed", "overturned", "served" or "lifted".
    pub fn status(&self) -> &'static str {
        if self.lifted.is_some() {
            "lifted"
        } else if matches!(&self.appeal, Some(a) if matches!(a.decision, Some((AppealDecision::Overturned, ..))))
        {
            "overturned"
        } else if self.served.is_some() {
            "served"
        } else if matches!(&self.appeal, Some(a) if a.decision.is_none()) {
            "appealed"
        } else {
            "imposed"
        }
    }
}

/// The mechanism's state, folded from the ledger.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MonitorState {
    pub mechanism: Option<Arc<Mechanism>>,
    pub incidents: Vec<Incident>,
    pub incident_ix: std::collections::HashMap<String, usize>,
    pub imports: Vec<ImportBatch>,
    pub merges: Vec<Merge>,
    pub evidence: BTreeMap<String, Evidence>,
    pub actions: BTreeMap<String, ActionReport>,
    pub cases: BTreeMap<String, Case>,
    pub findings: BTreeMap<String, Finding>,
    pub penalties: BTreeMap<String, Penalty>,
    pub index: index::IncidentIndex,
}

impl MonitorState {
    pub fn incident(&self, id: &str) -> Option<&Incident> {
        self.incident_ix.get(id).map(|&i| &self.incidents[i])
    }
}

/// One monitoring act, with the time its signer states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonitorAct {
    pub at: String,
    pub at_unix: i64,
    pub event: MonitorEvent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonitorEvent {
    Configure(Box<Mechanism>),
    Report {
        incident: Box<Incident>,
        /// A mediator relaying a report from the public channel.
        public: bool,
    },
    Import {
        batch: String,
        content: String,
        rows: u32,
        /// The parsed CSV, attached by the caller before checking.
        incidents: Option<Arc<Vec<Incident>>>,
    },
    Merge {
        into: String,
        merged: Vec<String>,
        reason: String,
    },
    Evidence {
        content: String,
        media_type: String,
        size: u64,
        name: String,
        incident: Option<String>,
        case: Option<String>,
        /// Set once the caller has attached the bytes and they passed the
        /// type and size checks.
        checked: bool,
    },
    Access {
        content: String,
        purpose: String,
    },
    Transfer {
        content: String,
        to: String,
        note: String,
    },
    Action {
        action: String,
        commitment: String,
        summary: String,
        evidence: Vec<String>,
    },
    CaseOpen {
        case: String,
        incidents: Vec<String>,
        action: Option<String>,
        accused: Option<String>,
        team: Vec<String>,
        reply_hours: Option<u32>,
    },
    Request {
        case: String,
        request: String,
        from: String,
        what: String,
        due: String,
    },
    Reply {
        case: String,
        statement: String,
        evidence: Vec<String>,
        request: Option<String>,
    },
    Assess {
        case: String,
        happened: u8,
        responsible: u8,
        attributed_to: Option<String>,
        outcome: Outcome,
        note: String,
    },
    Propose {
        finding: String,
        case: String,
        outcome: Outcome,
        party: Option<String>,
        category: Option<String>,
        severity: Option<Severity>,
        commitments: Vec<String>,
        summary: String,
    },
    Vote {
        finding: String,
        concur: bool,
        reason: Option<String>,
    },
    Publish {
        finding: String,
        statement: String,
    },
    Impose {
        penalty: String,
        finding: String,
        rule: String,
        detail: Option<String>,
    },
    Appeal {
        penalty: String,
        grounds: String,
    },
    Decide {
        penalty: String,
        decision: AppealDecision,
        reason: String,
    },
    Serve {
        penalty: String,
        note: String,
    },
    Lift {
        penalty: String,
        reason: String,
    },
}

/// The media type the bytes are, for the types evidence may have.
pub fn sniff_media_type(bytes: &[u8]) -> Option<&'static str> {
    let starts = |p: &[u8]| bytes.starts_with(p);
    if starts(b"\xFF\xD8\xFF") {
        Some("image/jpeg")
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Some("image/gif")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else if starts(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        Some("video/mp4")
    } else if starts(b"\x1A\x45\xDF\xA3") {
        Some("video/webm")
    } else if std::str::from_utf8(bytes).is_ok() {
        Some("text/plain")
    } else {
        None
    }
}

/// Media types evidence may have.
pub const EVIDENCE_TYPES: &[&str] = &[
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
    "application/pdf",
    "video/mp4",
    "video/webm",
    "text/plain",
];
