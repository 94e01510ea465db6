//! The demo's second half: the joint monitoring and verification mechanism
//! set up at the 6 November 2025 meeting, and the weeks after it. The
//! mediators configure the interim understanding's commitments (the
//! conditional ceasefire, action on armed groups) and its penalty schedule;
//! reports come in around the border from both delegations and the public
//! channel; joint teams verify them with each side's right of reply; one
//! violation is confirmed over a dissent and penalised, appealed and upheld;
//! another is not confirmed; and each side's action report is verified.
//!
//! The incidents are illustrative, not records of real events; places and
//! dates only give the demo a plausible shape. Wording stays neutral.

use crate::demo::Step;
use serde_json::json;
use truce_ledger::note::SignerKey;

const TEAM: [&str; 4] = ["tr-secretariat", "qa-secretariat", "pk-head", "af-head"];
const CEASEFIRE_CATEGORIES: [&str; 4] = [
    "armed_clash",
    "air_drone_strike",
    "shelling",
    "cross_border_raid",
];

/// The mechanism's terms, as the mediators configure them.
pub fn mechanism(at: &str) -> serde_json::Value {
    json!({
        "agreement": "v4",
        "entry_into_force": "2025-10-30",
        "territories": { "pk": "Pakistan", "af": "Afghanistan" },
        "finding_quorum": 2,
        "joint_teams": true,
        "reply_hours": 72,
        "appeal_days": 14,
        "appeal_body": ["tr", "qa"],
        "commitments": [
            {
                "id": "ceasefire-af", "clause": "art_1__para_1", "modality": "prohibition",
                "bearer": "af", "beneficiary": "pk",
                "action": "No armed attack on the other party's forces or territory: the ceasefire agreed in Doha continues.",
                "concerns": ["armed forces of the party", "armed groups under its control"],
                "area": "the border between the parties and both sides of it",
                "reciprocal_of": "ceasefire-pk",
                "verification": "Incident reports verified by a joint team; findings at the quorum of both mediators",
                "breached_by": CEASEFIRE_CATEGORIES,
            },
            {
                "id": "ceasefire-pk", "clause": "art_1__para_1", "modality": "prohibition",
                "bearer": "pk", "beneficiary": "af",
                "action": "No armed attack on the other party's forces or territory: the ceasefire agreed in Doha continues.",
                "concerns": ["armed forces of the party"],
                "area": "the border between the parties and both sides of it",
                "condition": {
                    "text": "while no verified attack against Pakistan is made from Afghan territory (Article 2.1)",
                    "categories": ["cross_border_raid", "ied", "attack_on_civilians"],
                    "by": "af",
                    "suspends_days": 30,
                },
                "reciprocal_of": "ceasefire-af",
                "verification": "Incident reports verified by a joint team; findings at the quorum of both mediators",
                "breached_by": CEASEFIRE_CATEGORIES,
            },
            {
                "id": "action-af", "clause": "art_2__para_2", "modality": "obligation",
                "bearer": "af", "beneficiary": "pk",
                "action": "Clear, verifiable and effective action against armed groups operating from its territory against the other party.",
                "concerns": ["the groups named in the annex"],
                "deadline": { "days_after_force": 30 },
                "verification": "An action report with evidence, verified by a joint team",
            },
            {
                "id": "action-pk", "clause": "art_2__para_2", "modality": "obligation",
                "bearer": "pk", "beneficiary": "af",
                "action": "Clear, verifiable and effective action against armed groups operating from its territory against the other party.",
                "concerns": ["the groups named in the annex"],
                "deadline": { "days_after_force": 30 },
                "verification": "An action report with evidence, verified by a joint team",
            },
            {
                "id": "no-strikes", "clause": "art_2__para_3", "modality": "prohibition",
                "bearer": "pk", "beneficiary": "af",
                "action": "No air strikes or drone operations on the other party's territory.",
                "verification": "Incident reports verified by a joint team",
                "breached_by": ["air_drone_strike"],
            },
            {
                "id": "no-strikes-af", "clause": "art_2__para_3", "modality": "prohibition",
                "bearer": "af", "beneficiary": "pk",
                "action": "No air strikes or drone operations on the other party's territory.",
                "verification": "Incident reports verified by a joint team",
                "breached_by": ["air_drone_strike"],
            },
        ],
        "penalties": [
            { "id": "first-notice", "categories": ["armed_clash", "air_drone_strike", "shelling", "cross_border_raid", "ied", "attack_on_civilians"], "nth": 1, "window_days": 90, "penalty": "formal_notice", "detail": "Formal notice to the party's head of delegation, with 14 days to cure", "cure_days": 14 },
            { "id": "second-attribution", "categories": ["armed_clash", "air_drone_strike", "shelling", "cross_border_raid", "ied", "attack_on_civilians"], "nth": 2, "window_days": 90, "penalty": "public_attribution", "detail": "Public attribution in a joint statement of the mediators" },
            { "id": "grave-benefit", "categories": ["air_drone_strike", "shelling", "attack_on_civilians"], "min_severity": "grave", "nth": 1, "window_days": 90, "penalty": "benefit_suspension", "detail": "Suspension of the reopening of the border crossings for 30 days", "benefit": "reopening of the border crossings" },
            { "id": "third-referral", "categories": ["armed_clash", "air_drone_strike", "shelling", "cross_border_raid", "ied", "attack_on_civilians"], "nth": 3, "window_days": 90, "penalty": "referral", "detail": "Referral to the principals of both mediators" },
        ],
        "at": at,
    })
}

// One row of the script's data: naming each field at the call would only repeat the JSON.
#[allow(clippy::too_many_arguments)]
fn report(
    id: &str,
    occurred: &str,
    lat: f64,
    lon: f64,
    place: &str,
    category: &str,
    alleged: Option<&str>,
    casualties: (u32, u32, u32),
    narrative: &str,
    at: &str,
) -> serde_json::Value {
    let mut v = json!({
        "incident": id, "occurred": occurred, "time_precision": "hour",
        "lat": lat, "lon": lon, "location_precision": "near", "place": place,
        "category": category, "actors": [],
        "casualties": { "low": casualties.0, "best": casualties.1, "high": casualties.2 },
        "narrative": narrative, "source": "delegation report", "reliability": "possible", "at": at,
    });
    if let Some(p) = alleged {
        v["alleged_party"] = json!(p);
    }
    v
}

/// The monitoring script, in log order, after the negotiation's.
pub fn script<'a>(
    tr: &'a SignerKey,
    qa: &'a SignerKey,
    pk: &'a SignerKey,
    af: &'a SignerKey,
) -> Vec<Step<'a>> {
    let assess = |case: &str,
                  h: u8,
                  r: u8,
                  to: Option<&str>,
                  outcome: &str,
                  note: &str,
                  at: &str| {
        let mut v = json!({ "case": case, "happened": h, "responsible": r, "outcome": outcome, "note": note, "at": at });
        if let Some(p) = to {
            v["attributed_to"] = json!(p);
        }
        v
    };
    let vote = |f: &str, concur: bool, reason: Option<&str>, at: &str| {
        let mut v =
            json!({ "finding": f, "vote": if concur { "concur" } else { "dissent" }, "at": at });
        if let Some(r) = reason {
            v["reason"] = json!(r);
        }
        v
    };
    vec![
        Step::Act(tr, "mechanism.configure", mechanism("2025-11-06T15:00:00Z")),
        // The mediators make the agreement's text public: each signs, and it
        // is published at their quorum.
        Step::Act(
            tr,
            "publication.sign",
            json!({ "object": "agreement", "id": "v4" }),
        ),
        Step::Act(
            qa,
            "publication.sign",
            json!({ "object": "agreement", "id": "v4" }),
        ),
        Step::Act(
            pk,
            "incident.report",
            report(
                "inc-chaman-1",
                "2025-11-08T21:30:00Z",
                30.93,
                66.47,
                "near Chaman",
                "cross_border_raid",
                Some("af"),
                (1, 2, 3),
                "An armed group crossed from the west and attacked a border post; fire was exchanged for about an hour.",
                "2025-11-08T23:00:00Z",
            ),
        ),
        Step::Act(tr, "incident.report", {
            let mut v = report(
                "inc-chaman-public",
                "2025-11-08T22:00:00Z",
                30.92,
                66.45,
                "Chaman border area",
                "cross_border_raid",
                None,
                (0, 2, 4),
                "Residents report gunfire at the border post late in the evening.",
                "2025-11-08T23:30:00Z",
            );
            v["channel"] = json!("public");
            v["source"] = json!("public report to the mediators' line");
            v
        }),
        Step::Act(
            tr,
            "incident.merge",
            json!({ "into": "inc-chaman-1", "merged": ["inc-chaman-public"], "reason": "Same place, same evening, same category: one incident.", "at": "2025-11-09T06:00:00Z" }),
        ),
        Step::Evidence {
            by: pk,
            name: "ev-post-log",
            text: "Border post log extract, 8 November 2025: 21:28 movement observed west of the post; 21:31 post fired upon; 22:35 firing ceased.",
            incident: Some("inc-chaman-1"),
            at: "2025-11-09T07:00:00Z",
        },
        Step::Act(
            tr,
            "case.open",
            json!({ "case": "case-chaman", "incidents": ["inc-chaman-1"], "accused": "af", "team": TEAM, "at": "2025-11-09T09:00:00Z" }),
        ),
        Step::Act(
            tr,
            "case.request",
            json!({ "case": "case-chaman", "request": "req-post-log", "from": "pk", "what": "The complete log of the border post for 8 November.", "due": "2025-11-10T18:00:00Z", "at": "2025-11-09T10:00:00Z" }),
        ),
        Step::Act(
            af,
            "incident.report",
            report(
                "inc-khost-1",
                "2025-11-10T05:00:00Z",
                33.33,
                69.95,
                "near Khost",
                "shelling",
                Some("pk"),
                (0, 0, 1),
                "Shells landed near a village east of the town in the early morning.",
                "2025-11-10T12:00:00Z",
            ),
        ),
        Step::Act(
            pk,
            "case.reply",
            json!({ "case": "case-chaman", "statement": "The post's log is submitted as requested; the attackers withdrew westwards across the border.", "evidence": ["@ev-post-log"], "request": "req-post-log", "at": "2025-11-10T14:00:00Z" }),
        ),
        Step::Act(
            af,
            "case.reply",
            json!({ "case": "case-chaman", "statement": "No forces under the party's control were in the area; the party does not accept responsibility for the group.", "at": "2025-11-11T12:00:00Z" }),
        ),
        Step::Act(
            qa,
            "case.open",
            json!({ "case": "case-khost", "incidents": ["inc-khost-1"], "accused": "pk", "team": TEAM, "at": "2025-11-11T13:00:00Z" }),
        ),
        Step::Act(
            tr,
            "case.assess",
            assess(
                "case-chaman",
                90,
                75,
                Some("af"),
                "confirmed",
                "The post's log and the public report agree on time and place; the group came from and withdrew to the west.",
                "2025-11-11T15:00:00Z",
            ),
        ),
        Step::Act(
            af,
            "case.assess",
            assess(
                "case-chaman",
                60,
                20,
                None,
                "inconclusive",
                "An exchange of fire is likely; who the attackers were is not shown.",
                "2025-11-11T15:30:00Z",
            ),
        ),
        Step::Act(
            pk,
            "case.assess",
            assess(
                "case-chaman",
                95,
                90,
                Some("af"),
                "confirmed",
                "The attack came from across the border.",
                "2025-11-11T16:00:00Z",
            ),
        ),
        Step::Act(
            tr,
            "finding.propose",
            json!({ "finding": "finding-chaman", "case": "case-chaman", "outcome": "confirmed", "party": "af", "category": "cross_border_raid", "severity": "serious", "summary": "A cross-border raid on a border post near Chaman on 8 November 2025, from and back to Afghan territory, is confirmed and attributed to the Afghan side under Article 2.1.", "at": "2025-11-12T09:00:00Z" }),
        ),
        Step::Act(
            af,
            "finding.vote",
            vote(
                "finding-chaman",
                false,
                Some(
                    "The evidence shows where the attackers went, not under whose control they were.",
                ),
                "2025-11-12T10:00:00Z",
            ),
        ),
        Step::Act(
            qa,
            "finding.vote",
            vote("finding-chaman", true, None, "2025-11-12T11:00:00Z"),
        ),
        Step::Act(
            qa,
            "finding.publish",
            json!({ "finding": "finding-chaman", "statement": "The mechanism confirms a cross-border raid near Chaman on 8 November 2025 and attributes it to the Afghan side. One member of the team dissented; the dissent is on record.", "at": "2025-11-12T15:00:00Z" }),
        ),
        Step::Act(
            tr,
            "finding.publish",
            json!({ "finding": "finding-chaman", "statement": "The mechanism confirms a cross-border raid near Chaman on 8 November 2025 and attributes it to the Afghan side. One member of the team dissented; the dissent is on record.", "at": "2025-11-12T15:10:00Z" }),
        ),
        Step::Act(
            tr,
            "penalty.impose",
            json!({ "penalty": "pen-chaman", "finding": "finding-chaman", "rule": "first-notice", "at": "2025-11-13T10:00:00Z" }),
        ),
        Step::Act(
            pk,
            "case.reply",
            json!({ "case": "case-khost", "statement": "No artillery of the party fired in that sector on 10 November.", "at": "2025-11-13T12:00:00Z" }),
        ),
        Step::Act(
            qa,
            "case.assess",
            assess(
                "case-khost",
                40,
                30,
                None,
                "not_confirmed",
                "No craters or fragments were found at the reported place; no second source.",
                "2025-11-13T14:00:00Z",
            ),
        ),
        Step::Act(
            af,
            "case.assess",
            assess(
                "case-khost",
                80,
                70,
                Some("pk"),
                "confirmed",
                "Villagers heard the shells arrive from the east.",
                "2025-11-13T14:30:00Z",
            ),
        ),
        Step::Act(
            pk,
            "case.assess",
            assess(
                "case-khost",
                30,
                10,
                None,
                "not_confirmed",
                "No firing in the sector.",
                "2025-11-13T15:00:00Z",
            ),
        ),
        Step::Act(
            qa,
            "finding.propose",
            json!({ "finding": "finding-khost", "case": "case-khost", "outcome": "not_confirmed", "summary": "Shelling near Khost on 10 November 2025 could not be confirmed: no physical traces and no second source.", "at": "2025-11-14T09:00:00Z" }),
        ),
        Step::Act(
            tr,
            "finding.vote",
            vote("finding-khost", true, None, "2025-11-14T10:00:00Z"),
        ),
        Step::Act(
            tr,
            "finding.publish",
            json!({ "finding": "finding-khost", "statement": "The mechanism could not confirm the reported shelling near Khost on 10 November 2025.", "at": "2025-11-14T12:00:00Z" }),
        ),
        Step::Act(
            qa,
            "finding.publish",
            json!({ "finding": "finding-khost", "statement": "The mechanism could not confirm the reported shelling near Khost on 10 November 2025.", "at": "2025-11-14T12:10:00Z" }),
        ),
        Step::Act(
            qa,
            "incident.report",
            report(
                "inc-torkham-1",
                "2025-11-15T08:00:00Z",
                34.12,
                71.10,
                "near Torkham",
                "movement_of_forces",
                None,
                (0, 0, 0),
                "Vehicles moving towards the crossing on the eastern side, observed by mediators' staff.",
                "2025-11-15T09:00:00Z",
            ),
        ),
        Step::Act(
            af,
            "incident.report",
            report(
                "inc-spin-boldak-1",
                "2025-11-16T03:00:00Z",
                30.99,
                66.41,
                "near Spin Boldak",
                "armed_clash",
                Some("pk"),
                (0, 1, 2),
                "Exchange of fire near the crossing before dawn.",
                "2025-11-16T10:00:00Z",
            ),
        ),
        Step::Act(
            af,
            "penalty.appeal",
            json!({ "penalty": "pen-chaman", "grounds": "The finding attributes the acts of a group the party does not control; the notice should be withdrawn.", "at": "2025-11-16T12:00:00Z" }),
        ),
        Step::Act(
            tr,
            "case.open",
            json!({ "case": "case-spin-boldak", "incidents": ["inc-spin-boldak-1"], "accused": "pk", "team": TEAM, "at": "2025-11-17T09:00:00Z" }),
        ),
        Step::Act(
            qa,
            "appeal.decide",
            json!({ "penalty": "pen-chaman", "decision": "upheld", "reason": "Article 2.1 binds each party not to allow its territory to be used for attacks; control of the group is not required. The formal notice stands.", "at": "2025-11-19T10:00:00Z" }),
        ),
        Step::Act(
            tr,
            "penalty.serve",
            json!({ "penalty": "pen-chaman", "note": "Formal notice delivered to the head of the Afghan delegation.", "at": "2025-11-19T12:00:00Z" }),
        ),
        Step::Evidence {
            by: af,
            name: "ev-af-action",
            text: "Report of measures: members of a named armed group relocated away from the border districts; one camp closed; list of places and dates attached.",
            incident: None,
            at: "2025-11-20T09:00:00Z",
        },
        Step::Act(
            af,
            "action.report",
            json!({ "action": "act-af-1", "commitment": "action-af", "summary": "Members of a named armed group were relocated away from the border districts and one camp was closed.", "evidence": ["@ev-af-action"], "at": "2025-11-20T10:00:00Z" }),
        ),
        Step::Evidence {
            by: pk,
            name: "ev-pk-action",
            text: "Report of measures: two facilities used by a named group closed; movement restrictions in the border districts; list attached.",
            incident: None,
            at: "2025-11-20T11:00:00Z",
        },
        Step::Act(
            pk,
            "action.report",
            json!({ "action": "act-pk-1", "commitment": "action-pk", "summary": "Two facilities used by a named armed group were closed and movement in the border districts restricted.", "evidence": ["@ev-pk-action"], "at": "2025-11-20T12:00:00Z" }),
        ),
        Step::Act(
            qa,
            "case.open",
            json!({ "case": "case-act-af", "action": "act-af-1", "team": TEAM, "at": "2025-11-21T09:00:00Z" }),
        ),
        Step::Act(
            qa,
            "case.open",
            json!({ "case": "case-act-pk", "action": "act-pk-1", "team": TEAM, "at": "2025-11-21T09:05:00Z" }),
        ),
        Step::Act(
            tr,
            "case.assess",
            assess(
                "case-act-af",
                85,
                80,
                Some("af"),
                "verified",
                "Site visit confirmed the camp closed.",
                "2025-11-22T10:00:00Z",
            ),
        ),
        Step::Act(
            tr,
            "case.assess",
            assess(
                "case-act-pk",
                85,
                80,
                Some("pk"),
                "verified",
                "Site visit confirmed both facilities closed.",
                "2025-11-22T10:30:00Z",
            ),
        ),
        Step::Act(
            tr,
            "finding.propose",
            json!({ "finding": "finding-act-af", "case": "case-act-af", "outcome": "verified", "summary": "The reported action is verified: the camp is closed and the group's members relocated.", "at": "2025-11-23T09:00:00Z" }),
        ),
        Step::Act(
            qa,
            "finding.vote",
            vote("finding-act-af", true, None, "2025-11-23T10:00:00Z"),
        ),
        Step::Act(
            qa,
            "finding.propose",
            json!({ "finding": "finding-act-pk", "case": "case-act-pk", "outcome": "verified", "summary": "The reported action is verified: both facilities are closed.", "at": "2025-11-23T11:00:00Z" }),
        ),
        Step::Act(
            tr,
            "finding.vote",
            vote("finding-act-pk", true, None, "2025-11-23T12:00:00Z"),
        ),
        Step::Act(
            tr,
            "finding.publish",
            json!({ "finding": "finding-act-af", "statement": "The mechanism verified the Afghan side's action under Article 2.2.", "at": "2025-11-23T15:00:00Z" }),
        ),
        Step::Act(
            qa,
            "finding.publish",
            json!({ "finding": "finding-act-af", "statement": "The mechanism verified the Afghan side's action under Article 2.2.", "at": "2025-11-23T15:10:00Z" }),
        ),
        Step::Act(
            qa,
            "finding.publish",
            json!({ "finding": "finding-act-pk", "statement": "The mechanism verified the Pakistani side's action under Article 2.2.", "at": "2025-11-23T15:05:00Z" }),
        ),
        Step::Act(
            tr,
            "finding.publish",
            json!({ "finding": "finding-act-pk", "statement": "The mechanism verified the Pakistani side's action under Article 2.2.", "at": "2025-11-23T15:15:00Z" }),
        ),
        // November's public report: proposed by one mediator, signed by the other.
        Step::PublishReport {
            by: tr,
            id: "report-2025-11",
            from: "2025-11-01",
            to: "2025-11-30",
        },
        Step::PublishReport {
            by: qa,
            id: "report-2025-11",
            from: "2025-11-01",
            to: "2025-11-30",
        },
    ]
}
