//! The print view of a report: what the PDF typesets, as plain strings in
//! the order they appear on the page.
//!
//! [`view`] turns the report's data (the `truce-report/v1` twin) into the
//! headings, rows and charts the Typst template lays out, with the same
//! labels as the HTML ([`super::SUMMARY_ROWS`], [`super::TIMELINESS_ROWS`],
//! [`super::ITEM_SECTIONS`]), so the PDF and the HTML cannot say different
//! things. Pure: the same data gives the same view, and so the same PDF.

use super::{CLOSING, GROUPINGS, ITEM_SECTIONS, SUMMARY_ROWS, TIMELINESS_ROWS, bars, cell, hidden};
use serde_json::{Value, json};

/// Rows a section of the printed annex lists at most. Every count, chart
/// and the map cover every item; a month of 100,000 incidents is not 2,500
/// pages to print (nor 15 GB and two minutes to typeset), and every item
/// is in the attached JSON twin and the HTML report.
pub const PRINT_ROWS: usize = 2_000;

/// Text a PDF may show: bidi overrides and control characters dropped (the
/// same rule as the HTML's escaper, without the entities).
fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !hidden(*c) && (!c.is_control() || *c == '\n'))
        .collect()
}

/// Entries of a list the page shows at most (titles, ids in a cell,
/// commitments): beyond, the page says how many more.
pub const LIST_MAX: usize = 200;

/// The language a typesetter takes: the primary subtag of a BCP 47 code,
/// two or three ASCII letters (`tr-TR` is `tr`), else none.
fn lang(code: &str) -> Value {
    let primary = code.split(['-', '_']).next().unwrap_or("");
    if (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic()) {
        Value::from(primary.to_ascii_lowercase())
    } else {
        Value::Null
    }
}

/// At most [`LIST_MAX`] ids of a list, then how many more.
fn ids(a: &[Value]) -> String {
    let mut s = a
        .iter()
        .take(LIST_MAX)
        .map(show)
        .collect::<Vec<_>>()
        .join(", ");
    if a.len() > LIST_MAX {
        s.push_str(&format!(" and {} more", a.len() - LIST_MAX));
    }
    s
}

fn show(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        other => clean(&cell(other)),
    }
}

/// The print view of `data`, whose JSON twin hashes to `json_sha256`, with
/// its map when there is one.
pub fn view(data: &Value, json_sha256: &str, map: Option<&super::map::Map>) -> Value {
    let s = &data["summary"];
    let party = data["party"]
        .as_str()
        .map(|p| format!(" (party {})", clean(p)))
        .unwrap_or_default();
    let intro = format!(
        "Audience: {}{party}. Period {} to {}, compared with {} to {}. Made at log size {}.",
        show(&data["audience"]),
        show(&data["period"]["from"]),
        show(&data["period"]["to"]),
        show(&data["previous"]["from"]),
        show(&data["previous"]["to"]),
        show(&data["made_at"]["size"]),
    );
    let agreement = data["agreement"].as_object().map(|a| {
        json!({
            "line": format!(
                "Agreement: version {}, content SHA-256 {}",
                show(&a.get("version").cloned().unwrap_or_default()),
                show(&a.get("content").cloned().unwrap_or_default())
            ),
            "titles": a.get("titles").and_then(Value::as_array).into_iter().flatten().take(LIST_MAX).map(|t| json!({
                "lang": lang(t["code"].as_str().unwrap_or("")),
                "rtl": t["rtl"] == true,
                "text": show(&t["title"]),
            })).collect::<Vec<_>>(),
        })
    });
    let summary: Vec<Value> = SUMMARY_ROWS
        .iter()
        .map(|(k, label, _)| json!([label, show(&s[*k])]))
        .collect();
    let groups: Vec<Value> = GROUPINGS
        .iter()
        .map(|(name, key)| {
            let list = data["incidents"][*name]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let heading = format!("Incidents {}", name.replace('_', " "));
            let (svg, alt) = bars(&heading, list);
            json!({
                "heading": heading,
                "key": key.replace('_', " "),
                "rows": list.iter().map(|g| json!([show(&g["key"]), show(&g["count"]), show(&g["previous"])])).collect::<Vec<_>>(),
                "svg": svg,
                "alt": format!("{heading}: {}", if alt.is_empty() { "none".into() } else { alt }),
            })
        })
        .collect();
    let restrictions = data["restrictions_on_monitors"]
        .as_array()
        .map(|a| ids(a))
        .unwrap_or_default();
    let t = &data["timeliness"];
    let timeliness: Vec<Value> = TIMELINESS_ROWS
        .iter()
        .map(|(k, label)| {
            let v = &t[*k];
            let shown = match v.as_array() {
                Some(a) => format!("{} {}", a.len(), ids(a)),
                None => show(v),
            };
            json!([label, shown.trim_end()])
        })
        .collect();
    let all_commitments = data["commitments"].as_array().map_or(0, Vec::len);
    let commitments: Vec<Value> = data["commitments"]
        .as_array()
        .into_iter()
        .flatten()
        .take(PRINT_ROWS)
        .map(|c| {
            let why: Vec<String> = c["why"]
                .as_array()
                .into_iter()
                .flatten()
                .take(LIST_MAX)
                .map(|w| match w["entry"].as_u64() {
                    Some(e) => format!("{} (entry {e})", show(&w["text"])),
                    None => show(&w["text"]),
                })
                .collect();
            json!([
                show(&c["id"]),
                show(&c["clause"]),
                show(&c["bearer"]),
                show(&c["state"]),
                why.join("; ")
            ])
        })
        .collect();
    let sections: Vec<Value> = ITEM_SECTIONS
        .iter()
        .map(|(id, heading, cols, _)| {
            let all = data["items"][*id].as_array().map_or(0, Vec::len);
            let rows: Vec<Value> = data["items"][*id]
                .as_array()
                .into_iter()
                .flatten()
                .take(PRINT_ROWS)
                .map(|i| {
                    Value::Array(
                        cols.iter()
                            .map(|c| match (*c, &i[*c]) {
                                ("appeal", Value::Object(a)) => Value::from(format!(
                                    "{} {}",
                                    show(a.get("at").unwrap_or(&Value::Null)),
                                    show(a.get("decision").unwrap_or(&Value::Null))
                                )),
                                (_, v) => Value::from(show(v)),
                            })
                            .collect(),
                    )
                })
                .collect();
            json!({
                "heading": heading,
                "cols": cols.iter().map(|c| c.replace('_', " ")).collect::<Vec<_>>(),
                "rows": rows,
                "note": (all > PRINT_ROWS).then(|| format!(
                    "The first {PRINT_ROWS} of {all} are listed; every one is in the attached JSON twin (with its entry and proof) and in the HTML report."
                )),
            })
        })
        .collect();
    json!({
        "title": show(&data["title"]),
        "intro": intro,
        "agreement": agreement,
        "summary": summary,
        "map": map.map(|m| json!({ "svg": m.svg, "alt": m.alt })),
        "groups": groups,
        "restrictions": if restrictions.is_empty() { "None recorded in the period.".to_owned() } else { restrictions },
        "timeliness": timeliness,
        "commitments": commitments,
        "commitments_note": (all_commitments > PRINT_ROWS).then(|| format!(
            "The first {PRINT_ROWS} of {all_commitments} are listed; every one is in the attached JSON twin and in the HTML report."
        )),
        "sections": sections,
        "checkpoint": data["log"]["checkpoint"].as_str().map(clean),
        "sha256": json_sha256,
        "closing": CLOSING,
    })
}
