//! Compliance reports: what the mechanism recorded and decided over a
//! period, for one reader, as a pure function of the fold.
//!
//! [`ProcessState::report`] builds the report's data (the `truce-report/v1`
//! JSON twin, without the log's proofs, which the server adds because only
//! it holds the tree) from what `viewer` may read:
//! - the commission (the mediators) reads everything;
//! - a party reads its own record (what [`crate::monitor::view`] lets it read);
//! - the public reads only what was published.
//!
//! Every count is over a list of items, each naming the entry that
//! recorded it, so a reader (and `truce verify-report`) recounts every table
//! from the items and checks every item against its entry. The same state,
//! log size, period and reader give the same bytes: nothing here reads a
//! clock, and every list is sorted.
//!
//! [`csv`], [`geojson`], [`html`] and [`print::view`] (what the PDF
//! typesets) render the same data, so the twins cannot disagree.

pub mod map;
pub mod print;

use crate::access::Viewer;
use crate::export::{unix_from_utc, utc_from_unix};
use crate::geo::Frontier;
use crate::monitor::{CommitmentState, Incident, IncidentStatus};
use crate::{ProcessState, Reason, reason};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

/// The schema every report names.
pub use crate::publication::REPORT_SCHEMA as SCHEMA;

/// The summary's rows: the field, its label, the section its items are in.
pub const SUMMARY_ROWS: &[(&str, &str, &str)] = &[
    ("incidents", "Incidents reported in the period", "incidents"),
    (
        "incidents_previous",
        "Incidents in the previous period",
        "incidents",
    ),
    ("casualties", "Casualties (best estimate)", "incidents"),
    ("cases_opened", "Cases opened", "cases"),
    ("findings", "Findings in effect", "findings"),
    ("violations", "Violations confirmed", "findings"),
    ("penalties", "Penalties imposed", "penalties"),
    ("appeals", "Penalties appealed", "penalties"),
    (
        "restrictions_on_monitors",
        "Restrictions on the monitors",
        "restrictions",
    ),
];

/// The timeliness table's rows: the field and its label.
pub const TIMELINESS_ROWS: &[(&str, &str)] = &[
    ("report_to_case_hours", "Report to case, median hours"),
    ("case_to_reply_hours", "Case to first reply, median hours"),
    ("case_to_finding_hours", "Case to finding, median hours"),
    ("replies_missing", "Cases whose reply is missing"),
    ("overdue_cases", "Cases overdue"),
];

/// The annexes of items: section, heading, columns shown, an item's noun.
pub const ITEM_SECTIONS: &[(&str, &str, &[&str], &str)] = &[
    (
        "incidents",
        "Incidents",
        &[
            "id",
            "entry",
            "period",
            "occurred",
            "category",
            "alleged_party",
            "side",
            "km_from_border",
            "status",
            "place",
        ],
        "incident",
    ),
    (
        "cases",
        "Cases",
        &[
            "id",
            "entry",
            "opened",
            "accused",
            "reply_due",
            "replies",
            "first_reply",
            "finding",
            "overdue",
        ],
        "case",
    ),
    (
        "findings",
        "Findings",
        &[
            "id",
            "entry",
            "case",
            "outcome",
            "party",
            "category",
            "effective",
            "dissents",
            "statement",
        ],
        "finding",
    ),
    (
        "penalties",
        "Penalties",
        &[
            "id", "entry", "finding", "party", "kind", "imposed", "status", "appeal",
        ],
        "penalty",
    ),
];

/// The sentence that closes every rendering.
pub const CLOSING: &str = "Every row names the log entry that recorded it; the JSON twin carries each entry with its inclusion proof, which truce verify-report checks offline.";

/// A period: whole days, inclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub from: String,
    pub to: String,
    start: i64,
    /// Exclusive end: midnight after `to`.
    end: i64,
}

impl Period {
    /// `from` and `to` as `YYYY-MM-DD`, `to` not before `from`, at most ten years.
    pub fn new(from: &str, to: &str) -> Result<Self, Reason> {
        let day = |name: &str, d: &str| {
            let not_a_date = || {
                reason!(
                    "report-period-date",
                    "{name} {date:?} is not a date (YYYY-MM-DD)",
                    name = name,
                    date = d
                )
            };
            if !crate::wire::valid_date(d) {
                return Err(not_a_date());
            }
            unix_from_utc(d).ok_or_else(not_a_date)
        };
        let start = day("from", from)?;
        let last = day("to", to)?;
        if last < start {
            return Err(reason!(
                "report-period-reversed",
                "the period ends ({to}) before it starts ({from})",
                to = to,
                from = from
            ));
        }
        if last - start > 3_660 * 86_400 {
            return Err(reason!(
                "report-period-too-long",
                "a period is at most ten years"
            ));
        }
        Ok(Self {
            from: from.to_owned(),
            to: to.to_owned(),
            start,
            end: last + 86_400,
        })
    }

    /// The period of the same length just before this one.
    pub fn previous(&self) -> Period {
        let len = self.end - self.start;
        let start = self.start - len;
        Period {
            from: utc_from_unix(start.max(0) as u64)[..10].to_owned(),
            to: utc_from_unix((self.start - 86_400).max(0) as u64)[..10].to_owned(),
            start,
            end: self.start,
        }
    }

    pub fn holds(&self, t: i64) -> bool {
        self.start <= t && t < self.end
    }

    /// The last second of the period.
    pub fn last_second(&self) -> i64 {
        self.end - 1
    }
}

/// What to report on, for whom.
pub struct Request<'a> {
    pub id: &'a str,
    pub viewer: &'a Viewer,
    pub period: &'a Period,
    /// The log size the state is folded to (the checkpoint the report is made at).
    pub size: u64,
    pub frontier: Option<&'a Frontier>,
}

/// A report's data and the entries it counts.
#[derive(Debug, Clone)]
pub struct Report {
    pub data: Value,
    /// Every entry an item names, for the proofs.
    pub entries: BTreeSet<u64>,
}

/// A penalty's appeal as reports and the public record show it.
pub fn appeal(a: &crate::monitor::Appeal) -> Value {
    json!({
        "entry": a.index,
        "at": a.at,
        "decision": a.decision.as_ref().map(|d| d.0.as_str()),
        "decided_entry": a.decision.as_ref().map(|d| d.3),
    })
}

fn audience(viewer: &Viewer) -> (&'static str, Option<&str>) {
    match viewer {
        Viewer::Public => ("public", None),
        v if v.is_mediator() => ("commission", None),
        Viewer::Member {
            participant, kind, ..
        } if *kind == crate::ParticipantKind::Party => ("party", Some(participant.as_str())),
        _ => ("member", None),
    }
}

fn time(t: i64) -> String {
    utc_from_unix(t.max(0) as u64)
}

fn median(mut v: Vec<f64>) -> Value {
    if v.is_empty() {
        return Value::Null;
    }
    v.sort_by(f64::total_cmp);
    let m = if v.len() % 2 == 1 {
        v[v.len() / 2]
    } else {
        (v[v.len() / 2 - 1] + v[v.len() / 2]) / 2.0
    };
    json!((m * 10.0).round() / 10.0)
}

fn hours(a: i64, b: i64) -> f64 {
    ((b - a) as f64 / 3600.0 * 10.0).round() / 10.0
}

/// Groups of items by a key, with the previous period's count per key.
fn groups(items: &[Value], key: &str) -> Value {
    let mut now: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut before: BTreeMap<String, u64> = BTreeMap::new();
    for i in items {
        let k = i[key].as_str().unwrap_or("").to_owned();
        if i["period"] == "previous" {
            *before.entry(k).or_default() += 1;
        } else {
            now.entry(k.clone())
                .or_default()
                .push(i["id"].as_str().unwrap_or("").to_owned());
            before.entry(k).or_default();
        }
    }
    Value::Array(
        before
            .into_iter()
            .map(|(k, previous)| {
                let ids = now.remove(&k).unwrap_or_default();
                json!({ "key": k, "count": ids.len(), "previous": previous, "items": ids })
            })
            .collect(),
    )
}

/// The keys [`groups`] are made over, in the order reports show them.
pub const GROUPINGS: &[(&str, &str)] = &[
    ("by_category", "category"),
    ("by_side", "side"),
    ("by_party", "alleged_party"),
    ("by_status", "status"),
];

impl ProcessState {
    /// Whether `viewer` reads the commitments' states: every member; the
    /// public once the agreement they are terms of is published.
    pub fn public_commitments(&self, viewer: &Viewer) -> bool {
        viewer.is_signed_in()
            || self
                .monitor
                .mechanism
                .as_deref()
                .is_some_and(|m| self.agreement_published(&m.agreement))
    }

    /// The report `req` asks for, over this state (folded to `req.size`).
    pub fn report(&self, req: &Request<'_>) -> Report {
        let viewer = req.viewer;
        let period = req.period;
        let previous = period.previous();
        let mon = &self.monitor;
        let mut entries = BTreeSet::new();
        let (audience, party) = audience(viewer);
        let now = self.clock.map_or(0, |(_, t)| t);
        let at = now.min(period.last_second());

        // Incidents: visible, not merged away, in this period or the one before.
        let view = self.incident_view(viewer);
        let statuses = self.incident_statuses(viewer);
        let mut incidents: Vec<(&Incident, &str)> = mon
            .incidents
            .iter()
            .filter(|i| i.merged_into.is_none() && view.sees(i))
            .filter_map(|i| {
                if period.holds(i.occurred_unix) {
                    Some((i, "current"))
                } else if previous.holds(i.occurred_unix) {
                    Some((i, "previous"))
                } else {
                    None
                }
            })
            .collect();
        incidents.sort_by(|a, b| (a.0.occurred_unix, &a.0.id).cmp(&(b.0.occurred_unix, &b.0.id)));
        let incident_items: Vec<Value> = incidents
            .iter()
            .map(|(i, which)| {
                entries.insert(i.index);
                let pos = req.frontier.map(|f| f.position(i.lon(), i.lat()));
                let side = match (&pos, req.frontier) {
                    (_, None) => "unknown".to_owned(),
                    (Some(p), _) => p.side.clone().unwrap_or_else(|| "elsewhere".into()),
                    (None, _) => "unknown".into(),
                };
                let status = statuses
                    .get(i.id.as_str())
                    .copied()
                    .unwrap_or(IncidentStatus::Reported);
                json!({
                    "id": i.id,
                    "entry": i.index,
                    "period": which,
                    "occurred": i.occurred,
                    "reported": time(i.reported_unix),
                    "category": i.category,
                    "alleged_party": i.alleged_party.clone().unwrap_or_else(|| "unattributed".into()),
                    "side": side,
                    "km_from_border": pos.map(|p| (p.distance_km * 10.0).round() / 10.0),
                    "status": status.as_str(),
                    "place": i.place,
                    "lat": f64::from(i.lat_e6) / 1e6,
                    "lon": f64::from(i.lon_e6) / 1e6,
                    "casualties": i.casualties.best,
                })
            })
            .collect();
        let current = |items: &[Value]| items.iter().filter(|i| i["period"] == "current").count();

        // Findings that took effect in the period, as the reader may read them.
        let mut findings: Vec<_> = mon
            .findings
            .values()
            .filter(|f| f.effective.is_some_and(|(_, t)| period.holds(t)))
            .filter(|f| self.can_see_finding(viewer, f))
            .collect();
        findings.sort_by_key(|f| (f.effective, f.id.clone()));
        let finding_items: Vec<Value> = findings
            .iter()
            .map(|f| {
                entries.insert(f.index);
                // The entry that published it carries the statement shown.
                if let Some((published, _)) = &f.published {
                    entries.insert(*published);
                }
                let (eff_index, eff_at) = f.effective.unwrap_or_default();
                json!({
                    "id": f.id,
                    "entry": f.index,
                    "case": f.case,
                    "outcome": f.outcome.as_str(),
                    "party": f.party,
                    "category": f.category,
                    "severity": f.severity.map(|s| s.as_str()),
                    "commitments": f.commitments,
                    "effective": time(eff_at),
                    "effective_entry": eff_index,
                    "votes": f.votes.len(),
                    "dissents": f.dissents().count(),
                    "published": f.published.as_ref().map(|p| p.0),
                    "statement": f.published.as_ref().map(|p| p.1.clone()),
                })
            })
            .collect();

        // Penalties imposed in the period, with their appeals.
        let mut penalties: Vec<_> = mon
            .penalties
            .values()
            .filter(|p| period.holds(p.imposed_unix))
            .filter(|p| self.can_see_penalty(viewer, p))
            .collect();
        penalties.sort_by_key(|p| (p.imposed_unix, p.id.clone()));
        let penalty_items: Vec<Value> = penalties
            .iter()
            .map(|p| {
                entries.insert(p.index);
                json!({
                    "id": p.id,
                    "entry": p.index,
                    "finding": p.finding,
                    "party": p.party,
                    "rule": p.rule,
                    "kind": p.kind.as_str(),
                    // Which violation in the window: it counts unpublished
                    // findings, so only the commission reads it.
                    "count": viewer.is_mediator().then_some(p.count),
                    "imposed": p.at,
                    "status": p.status(),
                    "appeal": p.appeal.as_ref().map(appeal),
                })
            })
            .collect();

        // Cases opened in the period, and how fast verification went.
        let mut cases: Vec<_> = mon
            .cases
            .values()
            .filter(|c| unix_from_utc(&c.at).is_some_and(|t| period.holds(t)))
            .filter(|c| self.can_see_case(viewer, c))
            .collect();
        cases.sort_by_key(|c| (c.index, c.id.clone()));
        let (mut to_case, mut to_reply, mut to_finding) = (vec![], vec![], vec![]);
        let (mut missing, mut overdue) = (vec![], vec![]);
        let case_items: Vec<Value> = cases
            .iter()
            .map(|c| {
                entries.insert(c.index);
                let opened = unix_from_utc(&c.at).unwrap_or_default();
                let reported = c
                    .incidents
                    .iter()
                    .filter_map(|i| mon.incident(i))
                    .map(|i| i.reported_unix)
                    .min();
                let first_reply = c.replies.iter().filter_map(|r| unix_from_utc(&r.at)).min();
                let finding = c
                    .finding
                    .as_ref()
                    .and_then(|f| mon.findings.get(f))
                    .filter(|f| self.can_see_finding(viewer, f));
                let effective = finding.and_then(|f| f.effective).map(|e| e.1);
                let due = unix_from_utc(&c.reply_due).unwrap_or(i64::MAX);
                // Only an accused party owes a reply.
                let reply_missing = c.accused.is_some() && c.replies.is_empty() && due < at;
                let is_overdue = effective.is_none() && due < at;
                if let Some(r) = reported {
                    to_case.push(hours(r, opened));
                }
                if let Some(r) = first_reply {
                    to_reply.push(hours(opened, r));
                }
                if let Some(e) = effective {
                    to_finding.push(hours(opened, e));
                }
                if reply_missing {
                    missing.push(c.id.clone());
                }
                if is_overdue {
                    overdue.push(c.id.clone());
                }
                json!({
                    "id": c.id,
                    "entry": c.index,
                    "opened": c.at,
                    "incidents": c.incidents,
                    "accused": c.accused,
                    "reply_due": c.reply_due,
                    "replies": c.replies.len(),
                    "first_reply": first_reply.map(time),
                    "finding": finding.map(|f| f.id.clone()),
                    "finding_effective": effective.map(time),
                    "reply_missing": reply_missing,
                    "overdue": is_overdue,
                })
            })
            .collect();

        // Each commitment's state at the period's end, as the reader may know
        // it: the public sees only the states, and only once the agreement
        // is published; the reasons quote the mechanism's terms (the members').
        let statuses = if self.public_commitments(viewer) {
            crate::monitor::compliance::evaluate_as(self, viewer, req.size, at)
        } else {
            Vec::new()
        };
        let commitments: Vec<Value> = statuses
            .into_iter()
            .map(|c| {
                let why: Vec<Value> = c
                    .reasons
                    .iter()
                    .filter(|_| viewer.is_signed_in())
                    .map(|r| json!({ "entry": r.index, "text": r.text }))
                    .collect();
                json!({
                    "id": c.id,
                    "clause": c.clause,
                    "bearer": c.bearer,
                    "state": c.state.as_str(),
                    "why": why,
                })
            })
            .collect();
        let commitment_counts: BTreeMap<&str, usize> = CommitmentState::ALL
            .iter()
            .map(|s| (*s, commitments.iter().filter(|c| c["state"] == *s).count()))
            .collect();

        let restrictions: Vec<&str> = incident_items
            .iter()
            .filter(|i| i["period"] == "current" && i["category"] == "obstruction_of_monitors")
            .filter_map(|i| i["id"].as_str())
            .collect();

        let mut incident_groups = serde_json::Map::new();
        for (name, key) in GROUPINGS {
            incident_groups.insert((*name).into(), groups(&incident_items, key));
        }
        let summary = json!({
            "incidents": current(&incident_items),
            "incidents_previous": incident_items.len() - current(&incident_items),
            "casualties": incident_items
                .iter()
                .filter(|i| i["period"] == "current")
                .map(|i| i["casualties"].as_u64().unwrap_or(0))
                .sum::<u64>(),
            "cases_opened": case_items.len(),
            "findings": finding_items.len(),
            "violations": finding_items.iter().filter(|f| f["outcome"] == "confirmed").count(),
            "penalties": penalty_items.len(),
            "appeals": penalty_items.iter().filter(|p| !p["appeal"].is_null()).count(),
            "restrictions_on_monitors": restrictions.len(),
            "commitments": commitment_counts,
        });
        // The agreement's title in its languages, where the reader may read
        // the agreement (the public: once published). A header, like the
        // title: the version's content hash names the text it is the title of.
        let agreement = self
            .agreement()
            .filter(|v| self.can_see_version(viewer, v))
            .map(|v| {
                let languages: Vec<Value> = v
                    .document
                    .languages
                    .iter()
                    .filter_map(|l| {
                        v.document.title.get(&l.code).map(|t| {
                            json!({
                                "code": l.code,
                                "name": l.name,
                                "rtl": crate::document::Language::is_rtl(&l.code),
                                "title": t,
                            })
                        })
                    })
                    .collect();
                json!({ "version": v.id, "content": v.content, "titles": languages })
            });
        let process = self.process.as_ref();
        let title = format!(
            "{} — compliance report, {} to {}",
            process.map_or("Truce", |p| p.title.as_str()),
            period.from,
            period.to
        );
        let data = json!({
            "schema": SCHEMA,
            "id": req.id,
            "title": title,
            "process": process.map(|p| json!({ "id": p.id, "title": p.title })),
            "audience": audience,
            "party": party,
            "period": { "from": period.from, "to": period.to },
            "previous": { "from": previous.from, "to": previous.to },
            "made_at": { "size": req.size, "log_time": time(now) },
            "agreement": agreement,
            "summary": summary,
            "incidents": incident_groups,
            "restrictions_on_monitors": restrictions,
            "timeliness": {
                "cases": case_items.len(),
                "report_to_case_hours": median(to_case),
                "case_to_reply_hours": median(to_reply),
                "case_to_finding_hours": median(to_finding),
                "replies_missing": missing,
                "overdue_cases": overdue,
            },
            "commitments": commitments,
            "items": {
                "incidents": incident_items,
                "cases": case_items,
                "findings": finding_items,
                "penalties": penalty_items,
            },
        });
        Report { data, entries }
    }
}

/// Recount every table of a report from its items: `Err` names the first
/// count that does not match. (`truce verify-report` runs it.)
pub fn recount(data: &Value) -> Result<(), Reason> {
    let items = |k: &str| data["items"][k].as_array().cloned().unwrap_or_default();
    let incidents = items("incidents");
    for (name, key) in GROUPINGS {
        let want = groups(&incidents, key);
        if data["incidents"][name] != want {
            return Err(reason!(
                "report-recount-grouping",
                "incidents.{name} does not match the incidents listed",
                name = name
            ));
        }
    }
    let s = &data["summary"];
    let cur = incidents
        .iter()
        .filter(|i| i["period"] == "current")
        .count();
    let checks: [(&str, usize); 7] = [
        ("incidents", cur),
        ("incidents_previous", incidents.len() - cur),
        ("cases_opened", items("cases").len()),
        ("findings", items("findings").len()),
        (
            "violations",
            items("findings")
                .iter()
                .filter(|f| f["outcome"] == "confirmed")
                .count(),
        ),
        ("penalties", items("penalties").len()),
        (
            "appeals",
            items("penalties")
                .iter()
                .filter(|p| !p["appeal"].is_null())
                .count(),
        ),
    ];
    for (k, n) in checks {
        if s[k].as_u64() != Some(n as u64) {
            return Err(reason!(
                "report-recount-summary",
                "summary.{key} is {got} but {n} items are listed",
                key = k,
                got = s[k],
                n = n
            ));
        }
    }
    for i in &incidents {
        if i["period"] != "current" && i["period"] != "previous" {
            return Err(reason!(
                "report-recount-period",
                "incident {id} is in period {period}, not current or previous",
                id = i["id"],
                period = i["period"]
            ));
        }
    }
    let restrictions: Vec<&Value> = incidents
        .iter()
        .filter(|i| i["period"] == "current" && i["category"] == "obstruction_of_monitors")
        .map(|i| &i["id"])
        .collect();
    let listed: Vec<&Value> = data["restrictions_on_monitors"]
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    if listed != restrictions
        || s["restrictions_on_monitors"].as_u64() != Some(restrictions.len() as u64)
    {
        return Err(reason!(
            "report-recount-restrictions",
            "restrictions_on_monitors does not match the incidents listed"
        ));
    }
    let commitments = data["commitments"].as_array().cloned().unwrap_or_default();
    for state in CommitmentState::ALL {
        let n = commitments.iter().filter(|c| c["state"] == *state).count() as u64;
        if s["commitments"][state].as_u64() != Some(n) {
            return Err(reason!(
                "report-recount-commitments",
                "summary.commitments.{state} is {got} but {n} commitments are listed so",
                got = s["commitments"][state],
                state = state,
                n = n
            ));
        }
    }
    let casualties: u64 = incidents
        .iter()
        .filter(|i| i["period"] == "current")
        .map(|i| i["casualties"].as_u64().unwrap_or(0))
        .sum();
    if s["casualties"].as_u64() != Some(casualties) {
        return Err(reason!(
            "report-recount-casualties",
            "summary.casualties is {got} but the incidents listed add up to {casualties}",
            got = s["casualties"],
            casualties = casualties
        ));
    }
    Ok(())
}

/// Each item's section, id and the entry it names: what `verify-report`
/// checks against the entries the report carries. An item without a string
/// id and an integer entry, or given twice, is an error.
pub fn item_entries(data: &Value) -> Result<Vec<(&'static str, String, u64)>, Reason> {
    let mut out = vec![];
    let mut seen = BTreeSet::new();
    for section in ["incidents", "cases", "findings", "penalties"] {
        let Some(list) = data["items"][section].as_array() else {
            return Err(reason!(
                "report-items-not-list",
                "items.{section} is not a list",
                section = section
            ));
        };
        for i in list {
            let (Some(id), Some(e)) = (i["id"].as_str(), i["entry"].as_u64()) else {
                return Err(reason!(
                    "report-item-unnamed",
                    "an item of {section} has no id or entry: {item}",
                    section = section,
                    item = i
                ));
            };
            if !seen.insert((section, id)) {
                return Err(reason!(
                    "report-item-twice",
                    "{section} item {id} is listed twice",
                    section = section,
                    id = id
                ));
            }
            out.push((section, id.to_owned(), e));
        }
    }
    Ok(out)
}

fn csv_field(s: &str) -> String {
    // A cell a spreadsheet would run as a formula is prefixed with a quote.
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(cell).collect::<Vec<_>>().join(";"),
        other => other.to_string(),
    }
}

/// The CSV columns: one row per item of every section.
pub const CSV_COLUMNS: &[&str] = &[
    "section", "id", "entry", "period", "date", "category", "party", "side", "status", "outcome",
    "kind", "detail",
];

/// The report's items as CSV (RFC 4180, CRLF), one row per item.
pub fn csv(data: &Value) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    let mut row = |cells: [String; 12]| {
        out.push_str(
            &cells
                .iter()
                .map(|c| csv_field(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    };
    let items = &data["items"];
    for i in items["incidents"].as_array().into_iter().flatten() {
        row([
            "incident".into(),
            cell(&i["id"]),
            cell(&i["entry"]),
            cell(&i["period"]),
            cell(&i["occurred"]),
            cell(&i["category"]),
            cell(&i["alleged_party"]),
            cell(&i["side"]),
            cell(&i["status"]),
            String::new(),
            String::new(),
            cell(&i["place"]),
        ]);
    }
    for c in items["cases"].as_array().into_iter().flatten() {
        let status = if c["overdue"] == true {
            "overdue"
        } else if c["finding"].is_null() {
            "open"
        } else {
            "decided"
        };
        row([
            "case".into(),
            cell(&c["id"]),
            cell(&c["entry"]),
            "current".into(),
            cell(&c["opened"]),
            String::new(),
            cell(&c["accused"]),
            String::new(),
            status.into(),
            String::new(),
            String::new(),
            cell(&c["incidents"]),
        ]);
    }
    for f in items["findings"].as_array().into_iter().flatten() {
        row([
            "finding".into(),
            cell(&f["id"]),
            cell(&f["entry"]),
            "current".into(),
            cell(&f["effective"]),
            cell(&f["category"]),
            cell(&f["party"]),
            String::new(),
            if f["published"].is_null() {
                "unpublished".into()
            } else {
                "published".into()
            },
            cell(&f["outcome"]),
            String::new(),
            cell(&f["case"]),
        ]);
    }
    for p in items["penalties"].as_array().into_iter().flatten() {
        row([
            "penalty".into(),
            cell(&p["id"]),
            cell(&p["entry"]),
            "current".into(),
            cell(&p["imposed"]),
            String::new(),
            cell(&p["party"]),
            String::new(),
            cell(&p["status"]),
            String::new(),
            cell(&p["kind"]),
            cell(&p["finding"]),
        ]);
    }
    out
}

/// The report's incidents as an RFC 7946 FeatureCollection.
pub fn geojson(data: &Value) -> Value {
    let features: Vec<Value> = data["items"]["incidents"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|i| {
            let mut props = i.clone();
            if let Some(o) = props.as_object_mut() {
                o.remove("lat");
                o.remove("lon");
            }
            json!({
                "type": "Feature",
                "id": i["id"],
                "geometry": { "type": "Point", "coordinates": [i["lon"], i["lat"]] },
                "properties": props,
            })
        })
        .collect();
    json!({ "type": "FeatureCollection", "features": features })
}

/// Text escaped for HTML and XML (the report's HTML, the public record's
/// page and Atom feed): markup characters as entities; bidi overrides, which
/// could reorder what a reader sees, and characters XML does not allow,
/// dropped.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' => {}
            c if hidden(c) => {}
            c => o.push(c),
        }
    }
    o
}

/// Characters no rendering of a report shows: bidi overrides and isolates,
/// which could reorder what a reader sees, and the noncharacters U+FFFE and
/// U+FFFF (which XML does not allow).
pub(crate) fn hidden(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FFFE}' | '\u{FFFF}')
}

fn text(v: &Value) -> String {
    esc(&cell(v))
}

fn anchor(section: &str, id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{section}-{safe}")
}

/// The report as one self-contained HTML page: every count links to the
/// items behind it; the map ([`map::draw`]) when the caller gives one. No script; a print stylesheet; the same data as the
/// JSON twin, which it names by hash when the caller gives one.
pub fn html(data: &Value, json_sha256: Option<&str>, map: Option<&map::Map>) -> String {
    let mut h = String::new();
    let title = text(&data["title"]);
    h.push_str(&format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.45}}\
table{{border-collapse:collapse;margin:.5rem 0 1rem}}td,th{{border:1px solid #999;padding:.2rem .5rem;text-align:start}}\
td.n{{text-align:end}}code{{word-break:break-all}}@media print{{a{{color:inherit;text-decoration:none}}}}</style>\
</head><body>\n<h1>{title}</h1>\n"
    ));
    let s = &data["summary"];
    h.push_str(&format!(
        "<p>Audience: <strong>{}</strong>{}. Period {} to {}, compared with {} to {}. Made at log size {}{}.</p>\n",
        text(&data["audience"]),
        data["party"].as_str().map(|p| format!(" (party {})", esc(p))).unwrap_or_default(),
        text(&data["period"]["from"]),
        text(&data["period"]["to"]),
        text(&data["previous"]["from"]),
        text(&data["previous"]["to"]),
        text(&data["made_at"]["size"]),
        json_sha256.map(|x| format!("; data twin SHA-256 <code>{}</code>", esc(x))).unwrap_or_default(),
    ));
    if let Some(titles) = data["agreement"]["titles"].as_array() {
        h.push_str(&format!(
            "<p>Agreement: version {}, content SHA-256 <code>{}</code></p>\n<ul class=\"titles\">\n",
            text(&data["agreement"]["version"]),
            text(&data["agreement"]["content"])
        ));
        for t in titles {
            h.push_str(&format!(
                "<li lang=\"{}\" dir=\"{}\">{}</li>\n",
                text(&t["code"]),
                if t["rtl"] == true { "rtl" } else { "ltr" },
                text(&t["title"])
            ));
        }
        h.push_str("</ul>\n");
    }
    h.push_str("<h2 id=\"summary\">Summary</h2>\n<table>\n");
    for (k, label, section) in SUMMARY_ROWS {
        h.push_str(&format!(
            "<tr><th>{label}</th><td class=\"n\"><a href=\"#{section}\">{}</a></td></tr>\n",
            text(&s[*k])
        ));
    }
    h.push_str("</table>\n");
    if let Some(m) = map {
        h.push_str(&format!(
            "<h2 id=\"map\">Map of the period's incidents</h2>\n<figure class=\"map\">{}</figure>\n",
            m.svg
        ));
    }
    for (name, key) in GROUPINGS {
        h.push_str(&format!(
            "<h2 id=\"{name}\">Incidents {}</h2>\n<table><tr><th>{}</th><th>This period</th><th>Previous</th></tr>\n",
            name.replace('_', " "),
            key.replace('_', " ")
        ));
        for g in data["incidents"][name].as_array().into_iter().flatten() {
            let links: Vec<String> = g["items"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(|id| format!("<a href=\"#{}\">{}</a>", anchor("incident", id), esc(id)))
                .collect();
            h.push_str(&format!(
                "<tr><td>{}</td><td class=\"n\" title=\"{}\">{}</td><td class=\"n\">{}</td></tr>\n",
                text(&g["key"]),
                links.len(),
                if links.is_empty() {
                    "0".into()
                } else {
                    format!("{} — {}", links.len(), links.join(", "))
                },
                text(&g["previous"]),
            ));
        }
        h.push_str("</table>\n");
        h.push_str(&bars_svg(
            &format!("Incidents {}", name.replace('_', " ")),
            data["incidents"][name]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or(&[]),
        ));
    }
    h.push_str("<h2 id=\"restrictions\">Restrictions on the monitors</h2>\n<p>");
    let r: Vec<String> = data["restrictions_on_monitors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|id| format!("<a href=\"#{}\">{}</a>", anchor("incident", id), esc(id)))
        .collect();
    h.push_str(&if r.is_empty() {
        "None recorded in the period.".into()
    } else {
        r.join(", ")
    });
    h.push_str("</p>\n<h2 id=\"timeliness\">Verification timeliness</h2>\n<table>\n");
    let t = &data["timeliness"];
    for (k, label) in TIMELINESS_ROWS {
        let v = &t[*k];
        let shown = match v.as_array() {
            Some(a) => {
                let l: Vec<String> = a
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|id| format!("<a href=\"#{}\">{}</a>", anchor("case", id), esc(id)))
                    .collect();
                format!("{} {}", a.len(), l.join(", "))
            }
            None if v.is_null() => "—".into(),
            None => text(v),
        };
        h.push_str(&format!("<tr><th>{label}</th><td>{shown}</td></tr>\n"));
    }
    h.push_str("</table>\n<h2 id=\"commitments\">Commitments at the end of the period</h2>\n<table><tr><th>Commitment</th><th>Clause</th><th>Bearer</th><th>State</th><th>Why</th></tr>\n");
    for c in data["commitments"].as_array().into_iter().flatten() {
        let why: Vec<String> = c["why"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|w| match w["entry"].as_u64() {
                Some(e) => format!("{} (entry {e})", text(&w["text"])),
                None => text(&w["text"]),
            })
            .collect();
        h.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            text(&c["id"]),
            text(&c["clause"]),
            text(&c["bearer"]),
            text(&c["state"]),
            why.join("; ")
        ));
    }
    h.push_str("</table>\n");
    let section = |h: &mut String, id: &str, title: &str, cols: &[&str], singular: &str| {
        h.push_str(&format!("<h2 id=\"{id}\">{title}</h2>\n<table><tr>"));
        for c in cols {
            h.push_str(&format!("<th>{}</th>", c.replace('_', " ")));
        }
        h.push_str("</tr>\n");
        for i in data["items"][id].as_array().into_iter().flatten() {
            let key = i["id"].as_str().unwrap_or("");
            h.push_str(&format!("<tr id=\"{}\">", anchor(singular, key)));
            for c in cols {
                let v = &i[*c];
                let shown = match (*c, v) {
                    ("appeal", Value::Object(a)) => format!(
                        "{} {}",
                        text(&a["at"].clone()),
                        text(&a.get("decision").cloned().unwrap_or(Value::Null))
                    ),
                    ("case", Value::String(x)) => {
                        format!("<a href=\"#{}\">{}</a>", anchor("case", x), esc(x))
                    }
                    ("finding", Value::String(x)) => {
                        format!("<a href=\"#{}\">{}</a>", anchor("finding", x), esc(x))
                    }
                    _ => text(v),
                };
                h.push_str(&format!("<td>{shown}</td>"));
            }
            h.push_str("</tr>\n");
        }
        h.push_str("</table>\n");
    };
    for (id, title, cols, singular) in ITEM_SECTIONS {
        section(&mut h, id, title, cols, singular);
    }
    h.push_str(&format!("<p>{}</p>\n</body></html>\n", esc(CLOSING)));
    h
}

/// A bar chart (inline SVG, no script) of a grouping: for each key, this
/// period's count and the previous period's, with a title and a text
/// alternative for screen readers. Values are escaped like the HTML's.
pub fn bars_svg(title: &str, groups: &[Value]) -> String {
    let (svg, _) = bars(title, groups);
    format!("<figure class=\"chart\">{svg}</figure>\n")
}

/// The bare SVG of [`bars_svg`] and its text alternative.
pub fn bars(title: &str, groups: &[Value]) -> (String, String) {
    const ROW: usize = 22;
    const LABEL: usize = 190;
    const WIDTH: usize = 640;
    let max = groups
        .iter()
        .flat_map(|g| [g["count"].as_u64(), g["previous"].as_u64()])
        .flatten()
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW * groups.len() + 30;
    let alt: Vec<String> = groups
        .iter()
        .map(|g| {
            format!(
                "{}: {} (previous {})",
                cell(&g["key"]),
                cell(&g["count"]),
                cell(&g["previous"])
            )
        })
        .collect();
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" font-family=\"Noto Sans, sans-serif\" font-size=\"12\"><title>{}</title><desc>{}</desc>",
        esc(title),
        esc(&alt.join("; "))
    );
    let scale = |n: u64| (n as f64 / max as f64 * (WIDTH - LABEL - 60) as f64).round() as usize;
    for (i, g) in groups.iter().enumerate() {
        let y = i * ROW + 4;
        let now = g["count"].as_u64().unwrap_or(0);
        let before = g["previous"].as_u64().unwrap_or(0);
        // A bar of no length is not drawn (a zero-width rect draws nothing
        // anyway, and some renderers warn of it).
        let bar = |class: &str, y: usize, n: u64, h: usize, fill: &str| {
            let w = scale(n);
            if w == 0 {
                String::new()
            } else {
                format!(
                    "<rect class=\"{class}\" x=\"{LABEL}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{fill}\"/>"
                )
            }
        };
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\">{}</text>{}{}<text x=\"{}\" y=\"{}\">{now}</text>",
            y + 10,
            text(&g["key"]),
            bar("now", y, now, 10, "#2b5d8a"),
            bar("previous", y + 11, before, 6, "#a9b8c6"),
            LABEL + scale(now.max(before)) + 6,
            y + 10,
        ));
    }
    let legend = ROW * groups.len() + 20;
    svg.push_str(&format!(
        "<rect x=\"{LABEL}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"#2b5d8a\"/><text x=\"{}\" y=\"{legend}\">this period</text><rect x=\"{}\" y=\"{}\" width=\"10\" height=\"6\" fill=\"#a9b8c6\"/><text x=\"{}\" y=\"{legend}\">previous period</text></svg>",
        legend - 9,
        LABEL + 14,
        LABEL + 110,
        legend - 6,
        LABEL + 124,
    ));
    (svg, alt.join("; "))
}
