//! JSON bodies of the monitoring kinds and their conversion into
//! [`MonitorAct`]s: every field checked for form here (ids, ranges, names,
//! dates); whether the act is allowed is [`super::rules`]' business.

use super::*;
use crate::export::unix_from_utc;
use crate::wire::Checker;
use crate::{DomainError, reason};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConditionBody {
    text: String,
    categories: Vec<String>,
    by: String,
    #[serde(default)]
    suspends_days: Option<u32>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum DueBody {
    Word(String),
    Date { date: String },
    After { days_after_force: u32 },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommitmentBody {
    id: String,
    clause: String,
    modality: String,
    bearer: String,
    #[serde(default)]
    beneficiary: Option<String>,
    action: String,
    #[serde(default)]
    concerns: Vec<String>,
    #[serde(default)]
    area: Option<String>,
    #[serde(default)]
    within_km: Option<u32>,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    until: Option<String>,
    #[serde(default)]
    condition: Option<ConditionBody>,
    #[serde(default)]
    reciprocal_of: Option<String>,
    #[serde(default)]
    depends_on: Vec<String>,
    #[serde(default)]
    deadline: Option<DueBody>,
    verification: String,
    #[serde(default)]
    breached_by: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PenaltyRuleBody {
    id: String,
    categories: Vec<String>,
    #[serde(default)]
    min_severity: Option<String>,
    #[serde(default)]
    nth: Option<u32>,
    #[serde(default)]
    window_days: Option<u32>,
    penalty: String,
    detail: String,
    #[serde(default)]
    amount: Option<String>,
    #[serde(default)]
    benefit: Option<String>,
    #[serde(default)]
    cure_days: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigureBody {
    agreement: String,
    entry_into_force: String,
    #[serde(default)]
    territories: BTreeMap<String, String>,
    #[serde(default)]
    categories: Option<Vec<String>>,
    #[serde(default)]
    finding_quorum: Option<u32>,
    #[serde(default)]
    joint_teams: Option<bool>,
    #[serde(default)]
    reply_hours: Option<u32>,
    #[serde(default)]
    appeal_days: Option<u32>,
    #[serde(default)]
    appeal_body: Option<Vec<String>>,
    commitments: Vec<CommitmentBody>,
    #[serde(default)]
    penalties: Vec<PenaltyRuleBody>,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CasualtiesBody {
    #[serde(default)]
    best: u32,
    #[serde(default)]
    low: Option<u32>,
    #[serde(default)]
    high: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportBody {
    incident: String,
    occurred: String,
    #[serde(default)]
    time_precision: Option<String>,
    lat: f64,
    lon: f64,
    #[serde(default)]
    location_precision: Option<String>,
    #[serde(default)]
    place: Option<String>,
    category: String,
    #[serde(default)]
    actors: Vec<String>,
    #[serde(default)]
    alleged_party: Option<String>,
    #[serde(default)]
    casualties: Option<CasualtiesBody>,
    narrative: String,
    source: String,
    #[serde(default)]
    reliability: Option<String>,
    #[serde(default)]
    evidence: Vec<String>,
    #[serde(default)]
    channel: Option<String>,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportBody {
    batch: String,
    content: String,
    rows: u32,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MergeBody {
    into: String,
    merged: Vec<String>,
    reason: String,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EvidenceBody {
    content: String,
    media_type: String,
    size: u64,
    name: String,
    #[serde(default)]
    incident: Option<String>,
    #[serde(default)]
    case: Option<String>,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AccessBody {
    content: String,
    purpose: String,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TransferBody {
    content: String,
    to: String,
    note: String,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionBody {
    action: String,
    commitment: String,
    summary: String,
    #[serde(default)]
    evidence: Vec<String>,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseOpenBody {
    case: String,
    #[serde(default)]
    incidents: Vec<String>,
    #[serde(default)]
    action: Option<String>,
    #[serde(default)]
    accused: Option<String>,
    team: Vec<String>,
    #[serde(default)]
    reply_hours: Option<u32>,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestBody {
    case: String,
    request: String,
    from: String,
    what: String,
    due: String,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplyBody {
    case: String,
    statement: String,
    #[serde(default)]
    evidence: Vec<String>,
    #[serde(default)]
    request: Option<String>,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssessBody {
    case: String,
    happened: u8,
    responsible: u8,
    #[serde(default)]
    attributed_to: Option<String>,
    outcome: String,
    note: String,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProposeBody {
    finding: String,
    case: String,
    outcome: String,
    #[serde(default)]
    party: Option<String>,
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    severity: Option<String>,
    #[serde(default)]
    commitments: Vec<String>,
    summary: String,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VoteBody {
    finding: String,
    vote: String,
    #[serde(default)]
    reason: Option<String>,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PublishBody {
    finding: String,
    statement: String,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImposeBody {
    penalty: String,
    finding: String,
    rule: String,
    #[serde(default)]
    detail: Option<String>,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AppealBody {
    penalty: String,
    grounds: String,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DecideBody {
    penalty: String,
    decision: String,
    reason: String,
    at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PenaltyNoteBody {
    penalty: String,
    #[serde(alias = "reason")]
    note: String,
    at: String,
}

impl Checker<'_> {
    fn ids(&self, field: &str, v: Vec<String>) -> Result<Vec<String>, DomainError> {
        v.into_iter().map(|x| self.id(field, x)).collect()
    }

    fn hashes(&self, field: &str, v: Vec<String>) -> Result<Vec<String>, DomainError> {
        v.into_iter().map(|x| self.hash(field, x)).collect()
    }

    fn name<T>(
        &self,
        field: &str,
        v: &str,
        parse: fn(&str) -> Option<T>,
        all: &[&str],
    ) -> Result<T, DomainError> {
        parse(v).ok_or_else(|| {
            self.fail(reason!(
                "body-not-one-of",
                "{field} {v:?} is not one of {all}",
                field = field,
                v = v,
                all = all.join(", ")
            ))
        })
    }

    fn opt_text(
        &self,
        field: &str,
        v: Option<String>,
        max: usize,
    ) -> Result<Option<String>, DomainError> {
        v.map(|x| self.text(field, x, max)).transpose()
    }

    fn opt_id(&self, field: &str, v: Option<String>) -> Result<Option<String>, DomainError> {
        v.map(|x| self.id(field, x)).transpose()
    }

    fn opt_date(&self, field: &str, v: Option<String>) -> Result<Option<String>, DomainError> {
        v.map(|x| self.date(field, x)).transpose()
    }

    fn time(&self, field: &str, v: String) -> Result<(String, i64), DomainError> {
        let v = self.date_or_time(field, v)?;
        let t = unix_from_utc(&v).ok_or_else(|| {
            self.fail(reason!(
                "body-not-a-time",
                "{field} {v:?} is not a time",
                field = field,
                v = v
            ))
        })?;
        Ok((v, t))
    }

    fn act(&self, at: String, event: MonitorEvent) -> Result<MonitorAct, DomainError> {
        let at = self
            .at(Some(at))?
            .ok_or_else(|| self.fail(reason!("body-at-missing", "at is missing")))?;
        let at_unix = unix_from_utc(&at)
            .ok_or_else(|| self.fail(reason!("body-at-not-a-time", "at is not a time")))?;
        Ok(MonitorAct { at, at_unix, event })
    }
}

fn commitment(c: &Checker<'_>, w: CommitmentBody) -> Result<Commitment, DomainError> {
    let id = c.id("commitment id", w.id)?;
    let due = match w.deadline {
        None => Due::Continuing,
        Some(DueBody::Word(s)) if s == "continuing" => Due::Continuing,
        Some(DueBody::Word(s)) => {
            return Err(c.fail(reason!(
                "mech-deadline-shape",
                "commitment {id}: deadline {s:?} is not \"continuing\", {date} or {days}",
                id = id,
                s = s,
                date = r#"{"date": …}"#,
                days = r#"{"days_after_force": …}"#
            )));
        }
        Some(DueBody::Date { date }) => Due::Date(c.date("deadline date", date)?),
        Some(DueBody::After { days_after_force }) => Due::DaysAfterForce(days_after_force),
    };
    let condition = w
        .condition
        .map(|k| {
            if k.categories.is_empty() {
                return Err(c.fail(reason!(
                    "mech-condition-no-categories",
                    "commitment {id}: a condition names no categories",
                    id = id
                )));
            }
            Ok(Condition {
                text: c.text("condition text", k.text, 2000)?,
                categories: c.ids("condition category", k.categories)?,
                by: c.id("condition by", k.by)?,
                suspends_days: k.suspends_days,
            })
        })
        .transpose()?;
    Ok(Commitment {
        clause: c.text("clause", w.clause, 200)?,
        modality: c.name("modality", &w.modality, Modality::parse, Modality::ALL)?,
        bearer: c.id("bearer", w.bearer)?,
        beneficiary: c.opt_id("beneficiary", w.beneficiary)?,
        action: c.text("action", w.action, 4000)?,
        concerns: w
            .concerns
            .into_iter()
            .map(|x| c.text("concerns", x, 200))
            .collect::<Result<_, _>>()?,
        area: c.opt_text("area", w.area, 500)?,
        within_km: w.within_km,
        from: c.opt_date("from", w.from)?,
        until: c.opt_date("until", w.until)?,
        condition,
        reciprocal_of: c.opt_id("reciprocal_of", w.reciprocal_of)?,
        depends_on: c.ids("depends_on", w.depends_on)?,
        due,
        verification: c.text("verification", w.verification, 2000)?,
        breached_by: c.ids("breached_by", w.breached_by)?,
        id,
    })
}

fn penalty_rule(c: &Checker<'_>, w: PenaltyRuleBody) -> Result<PenaltyRule, DomainError> {
    if w.categories.is_empty() {
        return Err(c.fail(reason!(
            "mech-penalty-rule-no-categories",
            "penalty rule {rule}: names no categories",
            rule = w.id
        )));
    }
    if w.nth == Some(0) {
        return Err(c.fail(reason!(
            "mech-penalty-rule-nth",
            "penalty rule {rule}: nth counts from 1",
            rule = w.id
        )));
    }
    Ok(PenaltyRule {
        id: c.id("penalty rule id", w.id)?,
        categories: c.ids("penalty category", w.categories)?,
        min_severity: match w.min_severity {
            Some(s) => c.name("min_severity", &s, Severity::parse, Severity::ALL)?,
            None => Severity::Minor,
        },
        nth: w.nth.unwrap_or(1),
        window_days: w.window_days.unwrap_or(365),
        penalty: c.name("penalty", &w.penalty, PenaltyKind::parse, PenaltyKind::ALL)?,
        detail: c.text("detail", w.detail, 2000)?,
        amount: c.opt_text("amount", w.amount, 200)?,
        benefit: c.opt_text("benefit", w.benefit, 500)?,
        cure_days: w.cure_days,
    })
}

fn coordinate(c: &Checker<'_>, field: &str, v: f64, limit: f64) -> Result<i32, DomainError> {
    if !v.is_finite() || v.abs() > limit {
        return Err(c.fail(reason!(
            "incident-coordinate-range",
            "{field} {v} is outside ±{limit}",
            field = field,
            v = v,
            limit = limit
        )));
    }
    Ok((v * 1e6).round() as i32)
}

/// Check the casualty figures: low ≤ best ≤ high.
pub(crate) fn casualties(
    c: &Checker<'_>,
    best: u32,
    low: Option<u32>,
    high: Option<u32>,
) -> Result<Casualties, DomainError> {
    let (low, high) = (low.unwrap_or(best), high.unwrap_or(best));
    if !(low <= best && best <= high) {
        return Err(c.fail(reason!(
            "incident-casualties-order",
            "casualties must have low ≤ best ≤ high, not {low} / {best} / {high}",
            low = low,
            best = best,
            high = high
        )));
    }
    Ok(Casualties { best, low, high })
}

/// An incident report's fields, as checked for form; the reporter is filled
/// in when the act is applied.
fn incident(c: &Checker<'_>, w: ReportBody) -> Result<(String, Incident, bool), DomainError> {
    let (occurred, occurred_unix) = c.time("occurred", w.occurred)?;
    let k = w.casualties.unwrap_or(CasualtiesBody {
        best: 0,
        low: None,
        high: None,
    });
    let public = match w.channel.as_deref() {
        None => false,
        Some("public") => true,
        Some(other) => {
            return Err(c.fail(reason!(
                "incident-channel",
                "channel {other:?}: only \"public\" may be given (a mediator relaying the public's report); otherwise the channel is the reporter's",
                other = other
            )));
        }
    };
    let i = Incident {
        id: c.id("incident", w.incident)?,
        index: 0,
        reported_unix: 0,
        reporter_member: String::new(),
        reporter_participant: String::new(),
        channel: Channel::Public,
        occurred,
        occurred_unix,
        time_precision: match w.time_precision {
            Some(s) => c.name(
                "time_precision",
                &s,
                TimePrecision::parse,
                TimePrecision::ALL,
            )?,
            None => TimePrecision::Exact,
        },
        lat_e6: coordinate(c, "lat", w.lat, 90.0)?,
        lon_e6: coordinate(c, "lon", w.lon, 180.0)?,
        location_precision: match w.location_precision {
            Some(s) => c.name(
                "location_precision",
                &s,
                LocationPrecision::parse,
                LocationPrecision::ALL,
            )?,
            None => LocationPrecision::Exact,
        },
        place: c.opt_text("place", w.place, 200)?.unwrap_or_default(),
        category: c.id("category", w.category)?,
        actors: w
            .actors
            .into_iter()
            .map(|x| c.text("actors", x, 200))
            .collect::<Result<_, _>>()?,
        alleged_party: c.opt_id("alleged_party", w.alleged_party)?,
        casualties: casualties(c, k.best, k.low, k.high)?,
        narrative: c.text("narrative", w.narrative, 20_000)?,
        source: c.text("source", w.source, 500)?,
        reliability: match w.reliability {
            Some(s) => c.name("reliability", &s, Reliability::parse, Reliability::ALL)?,
            None => Reliability::Unknown,
        },
        evidence: c.hashes("evidence", w.evidence)?,
        merged_into: None,
        batch: None,
        acled: None,
    };
    Ok((w.at, i, public))
}

/// Parse a monitoring kind's body; `Ok(None)` for kinds this module does not own.
pub fn parse(kind: &str, json: &str) -> Result<Option<MonitorAct>, DomainError> {
    let c = Checker { kind };
    let (at, event) = match kind {
        MECHANISM_CONFIGURE => {
            let w: ConfigureBody = c.body(json)?;
            let entry_into_force = c.date("entry_into_force", w.entry_into_force)?;
            let force_unix = unix_from_utc(&entry_into_force).unwrap_or_default();
            if w.finding_quorum == Some(0) {
                return Err(c.fail(reason!(
                    "mech-quorum-zero",
                    "finding_quorum must be at least 1"
                )));
            }
            let categories = match w.categories {
                Some(v) if v.is_empty() => {
                    return Err(c.fail(reason!("mech-categories-empty", "categories is empty")));
                }
                Some(v) => c.ids("category", v)?,
                None => DEFAULT_CATEGORIES.iter().map(|s| (*s).to_owned()).collect(),
            };
            let mut territories = Vec::new();
            for (p, country) in w.territories {
                territories.push((
                    c.id("territory party", p)?,
                    c.text("territory", country, 200)?,
                ));
            }
            let m = Mechanism {
                agreement: c.id("agreement", w.agreement)?,
                entry_into_force,
                force_unix,
                territories,
                categories,
                finding_quorum: w.finding_quorum.unwrap_or(0),
                joint_teams: w.joint_teams.unwrap_or(true),
                reply_hours: w.reply_hours.unwrap_or(72),
                appeal_days: w.appeal_days.unwrap_or(14),
                appeal_body: c.ids("appeal_body", w.appeal_body.unwrap_or_default())?,
                commitments: w
                    .commitments
                    .into_iter()
                    .map(|x| commitment(&c, x))
                    .collect::<Result<_, _>>()?,
                penalties: w
                    .penalties
                    .into_iter()
                    .map(|x| penalty_rule(&c, x))
                    .collect::<Result<_, _>>()?,
                index: 0,
            };
            (w.at, MonitorEvent::Configure(Box::new(m)))
        }
        INCIDENT_REPORT => {
            let w: ReportBody = c.body(json)?;
            let (at, i, public) = incident(&c, w)?;
            (
                at,
                MonitorEvent::Report {
                    incident: Box::new(i),
                    public,
                },
            )
        }
        INCIDENT_IMPORT => {
            let w: ImportBody = c.body(json)?;
            if w.rows == 0 {
                return Err(c.fail(reason!(
                    "import-no-rows",
                    "rows is 0: an import carries at least one row"
                )));
            }
            (
                w.at,
                MonitorEvent::Import {
                    batch: c.id("batch", w.batch)?,
                    content: c.hash("content", w.content)?,
                    rows: w.rows,
                    incidents: None,
                },
            )
        }
        INCIDENT_MERGE => {
            let w: MergeBody = c.body(json)?;
            if w.merged.is_empty() {
                return Err(c.fail(reason!("incident-merged-empty", "merged is empty")));
            }
            (
                w.at,
                MonitorEvent::Merge {
                    into: c.id("into", w.into)?,
                    merged: c.ids("merged", w.merged)?,
                    reason: c.text("reason", w.reason, 2000)?,
                },
            )
        }
        EVIDENCE_SUBMIT => {
            let w: EvidenceBody = c.body(json)?;
            if !EVIDENCE_TYPES.contains(&w.media_type.as_str()) {
                return Err(c.fail(reason!(
                    "evidence-media-type",
                    "media_type {media_type:?} is not one of {types}",
                    media_type = w.media_type,
                    types = EVIDENCE_TYPES.join(", ")
                )));
            }
            if w.size == 0 || w.size > MAX_EVIDENCE_BYTES {
                return Err(c.fail(reason!(
                    "evidence-size-range",
                    "size {size} is not between 1 and {max} bytes",
                    size = w.size,
                    max = MAX_EVIDENCE_BYTES
                )));
            }
            (
                w.at,
                MonitorEvent::Evidence {
                    content: c.hash("content", w.content)?,
                    media_type: w.media_type,
                    size: w.size,
                    name: c.text("name", w.name, 300)?,
                    incident: c.opt_id("incident", w.incident)?,
                    case: c.opt_id("case", w.case)?,
                    checked: false,
                },
            )
        }
        EVIDENCE_ACCESS => {
            let w: AccessBody = c.body(json)?;
            (
                w.at,
                MonitorEvent::Access {
                    content: c.hash("content", w.content)?,
                    purpose: c.text("purpose", w.purpose, 1000)?,
                },
            )
        }
        EVIDENCE_TRANSFER => {
            let w: TransferBody = c.body(json)?;
            (
                w.at,
                MonitorEvent::Transfer {
                    content: c.hash("content", w.content)?,
                    to: c.id("to", w.to)?,
                    note: c.text("note", w.note, 1000)?,
                },
            )
        }
        ACTION_REPORT => {
            let w: ActionBody = c.body(json)?;
            (
                w.at,
                MonitorEvent::Action {
                    action: c.id("action", w.action)?,
                    commitment: c.id("commitment", w.commitment)?,
                    summary: c.text("summary", w.summary, 20_000)?,
                    evidence: c.hashes("evidence", w.evidence)?,
                },
            )
        }
        CASE_OPEN => {
            let w: CaseOpenBody = c.body(json)?;
            if w.incidents.is_empty() == w.action.is_none() {
                return Err(c.fail(reason!(
                    "case-incidents-or-action",
                    "a case concerns either incidents or one action report: give exactly one of incidents and action"
                )));
            }
            if w.team.is_empty() {
                return Err(c.fail(reason!("case-team-empty", "team is empty")));
            }
            (
                w.at,
                MonitorEvent::CaseOpen {
                    case: c.id("case", w.case)?,
                    incidents: c.ids("incidents", w.incidents)?,
                    action: c.opt_id("action", w.action)?,
                    accused: c.opt_id("accused", w.accused)?,
                    team: c.ids("team", w.team)?,
                    reply_hours: w.reply_hours,
                },
            )
        }
        CASE_REQUEST => {
            let w: RequestBody = c.body(json)?;
            (
                w.at,
                MonitorEvent::Request {
                    case: c.id("case", w.case)?,
                    request: c.id("request", w.request)?,
                    from: c.id("from", w.from)?,
                    what: c.text("what", w.what, 4000)?,
                    due: c.date_or_time("due", w.due)?,
                },
            )
        }
        CASE_REPLY => {
            let w: ReplyBody = c.body(json)?;
            (
                w.at,
                MonitorEvent::Reply {
                    case: c.id("case", w.case)?,
                    statement: c.text("statement", w.statement, 20_000)?,
                    evidence: c.hashes("evidence", w.evidence)?,
                    request: c.opt_id("request", w.request)?,
                },
            )
        }
        CASE_ASSESS => {
            let w: AssessBody = c.body(json)?;
            if w.happened > 100 || w.responsible > 100 {
                return Err(c.fail(reason!(
                    "case-confidence-range",
                    "confidences are percentages, 0 to 100"
                )));
            }
            (
                w.at,
                MonitorEvent::Assess {
                    case: c.id("case", w.case)?,
                    happened: w.happened,
                    responsible: w.responsible,
                    attributed_to: c.opt_id("attributed_to", w.attributed_to)?,
                    outcome: c.name("outcome", &w.outcome, Outcome::parse, Outcome::ALL)?,
                    note: c.text("note", w.note, 20_000)?,
                },
            )
        }
        FINDING_PROPOSE => {
            let w: ProposeBody = c.body(json)?;
            let outcome = c.name("outcome", &w.outcome, Outcome::parse, Outcome::ALL)?;
            let severity = w
                .severity
                .map(|s| c.name("severity", &s, Severity::parse, Severity::ALL))
                .transpose()?;
            if outcome == Outcome::Confirmed
                && (w.party.is_none() || w.category.is_none() || severity.is_none())
            {
                return Err(c.fail(reason!(
                    "finding-confirmed-fields",
                    "a confirmed violation names the party it is attributed to, its category and its severity"
                )));
            }
            (
                w.at,
                MonitorEvent::Propose {
                    finding: c.id("finding", w.finding)?,
                    case: c.id("case", w.case)?,
                    outcome,
                    party: c.opt_id("party", w.party)?,
                    category: c.opt_id("category", w.category)?,
                    severity,
                    commitments: c.ids("commitments", w.commitments)?,
                    summary: c.text("summary", w.summary, 20_000)?,
                },
            )
        }
        FINDING_VOTE => {
            let w: VoteBody = c.body(json)?;
            let concur = match w.vote.as_str() {
                "concur" => true,
                "dissent" => false,
                v => {
                    return Err(c.fail(reason!(
                        "finding-vote-value",
                        "vote {v:?} is not one of concur, dissent",
                        v = v
                    )));
                }
            };
            if !concur && w.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
                return Err(c.fail(reason!(
                    "finding-dissent-reason",
                    "a dissent states its reason"
                )));
            }
            (
                w.at,
                MonitorEvent::Vote {
                    finding: c.id("finding", w.finding)?,
                    concur,
                    reason: c.opt_text("reason", w.reason, 20_000)?,
                },
            )
        }
        FINDING_PUBLISH => {
            let w: PublishBody = c.body(json)?;
            (
                w.at,
                MonitorEvent::Publish {
                    finding: c.id("finding", w.finding)?,
                    statement: c.text("statement", w.statement, 20_000)?,
                },
            )
        }
        PENALTY_IMPOSE => {
            let w: ImposeBody = c.body(json)?;
            (
                w.at,
                MonitorEvent::Impose {
                    penalty: c.id("penalty", w.penalty)?,
                    finding: c.id("finding", w.finding)?,
                    rule: c.id("rule", w.rule)?,
                    detail: c.opt_text("detail", w.detail, 4000)?,
                },
            )
        }
        PENALTY_APPEAL => {
            let w: AppealBody = c.body(json)?;
            (
                w.at,
                MonitorEvent::Appeal {
                    penalty: c.id("penalty", w.penalty)?,
                    grounds: c.text("grounds", w.grounds, 20_000)?,
                },
            )
        }
        APPEAL_DECIDE => {
            let w: DecideBody = c.body(json)?;
            (
                w.at,
                MonitorEvent::Decide {
                    penalty: c.id("penalty", w.penalty)?,
                    decision: c.name(
                        "decision",
                        &w.decision,
                        AppealDecision::parse,
                        AppealDecision::ALL,
                    )?,
                    reason: c.text("reason", w.reason, 20_000)?,
                },
            )
        }
        PENALTY_SERVE => {
            let w: PenaltyNoteBody = c.body(json)?;
            (
                w.at,
                MonitorEvent::Serve {
                    penalty: c.id("penalty", w.penalty)?,
                    note: c.text("note", w.note, 4000)?,
                },
            )
        }
        PENALTY_LIFT => {
            let w: PenaltyNoteBody = c.body(json)?;
            (
                w.at,
                MonitorEvent::Lift {
                    penalty: c.id("penalty", w.penalty)?,
                    reason: c.text("reason", w.note, 4000)?,
                },
            )
        }
        _ => return Ok(None),
    };
    c.act(at, event).map(Some)
}
