//! The print view and the map of a report, as pure functions of its data:
//! the annex's cap, the map's dots, boundaries and escaping, and the same
//! bytes for the same data.

use serde_json::{Value, json};
use truce_domain::geo::Geography;
use truce_domain::report::{map, print};

/// Two square countries side by side, sharing the meridian 1°E.
fn squares() -> Geography {
    let topo = json!({
        "type": "Topology",
        "arcs": [
            [[1.0, 0.0], [1.0, 2.0]],
            [[1.0, 2.0], [0.0, 2.0], [0.0, 0.0], [1.0, 0.0]],
            [[1.0, 0.0], [2.0, 0.0], [2.0, 2.0], [1.0, 2.0]]
        ],
        "objects": { "countries": { "type": "GeometryCollection", "geometries": [
            { "type": "Polygon", "id": "1", "properties": { "name": "Westland" }, "arcs": [[0, 1]] },
            { "type": "Polygon", "id": "2", "properties": { "name": "Eastland" }, "arcs": [[2, -1]] }
        ]}}
    });
    Geography::from_topojson(&serde_json::to_vec(&topo).unwrap()).unwrap()
}

fn incident(id: &str, lon: f64, lat: f64, party: &str, period: &str) -> Value {
    json!({
        "id": id, "entry": 7, "period": period, "occurred": "2025-11-08T21:30:00Z",
        "category": "shelling", "alleged_party": party, "side": "w", "km_from_border": 1.0,
        "status": "reported", "place": "near <b>here</b>", "lat": lat, "lon": lon, "casualties": 0
    })
}

fn data(incidents: Vec<Value>) -> Value {
    json!({
        "title": "A report", "audience": "commission", "party": null,
        "period": { "from": "2025-11-01", "to": "2025-11-30" },
        "previous": { "from": "2025-10-02", "to": "2025-10-31" },
        "made_at": { "size": 9 }, "summary": {}, "incidents": {},
        "restrictions_on_monitors": [], "timeliness": {}, "commitments": [],
        "items": { "incidents": incidents, "cases": [], "findings": [], "penalties": [] },
        "log": { "checkpoint": "origin\n9\nroot\n" }
    })
}

#[test]
fn the_map_draws_the_listed_incidents_of_the_period_over_the_boundaries() {
    let geo = squares();
    let d = data(vec![
        incident("inc-<w>", 0.5, 1.0, "w", "current"),
        incident("inc-e", 1.5, 1.0, "e", "current"),
        incident("inc-before", 1.5, 1.5, "e", "previous"),
    ]);
    let m = map::draw(&d, &geo).expect("a map");
    assert_eq!(
        m,
        map::draw(&d, &geo).unwrap(),
        "the same data drew two maps"
    );
    // Two dots (the previous period's incident is not drawn), each named
    // in its title, escaped; the boundaries drawn as paths.
    let dots = m.svg.matches("<circle cx=").count();
    assert_eq!(
        dots,
        2 + 2,
        "two incidents and a legend of two parties: {}",
        m.svg
    );
    assert!(m.svg.contains("inc-&lt;w&gt;"), "{}", m.svg);
    assert!(!m.svg.contains("<b>") && !m.svg.contains("inc-<w>"));
    assert!(!m.svg.contains("inc-before"));
    assert!(m.svg.contains("<path d=\"M"));
    assert!(m.alt.contains("2 incidents"), "{}", m.alt);
    // Nothing in the period: no map.
    let none = data(vec![incident("inc-old", 0.5, 1.0, "w", "previous")]);
    assert!(map::draw(&none, &geo).is_none());
}

#[test]
fn nearby_incidents_share_one_dot() {
    let geo = squares();
    let many: Vec<Value> = (0..500)
        .map(|i| {
            incident(
                &format!("inc-{i}"),
                0.5 + f64::from(i % 5) * 1e-4,
                1.0,
                "w",
                "current",
            )
        })
        .collect();
    let m = map::draw(&data(many), &geo).unwrap();
    // One dot for the 500 and one legend entry.
    assert_eq!(m.svg.matches("<circle cx=").count(), 2, "{}", m.svg);
    assert!(m.svg.contains("and 490 more"));
}

#[test]
fn the_printed_annex_lists_a_bounded_number_of_rows_and_says_so() {
    let n = print::PRINT_ROWS + 25;
    let many: Vec<Value> = (0..n)
        .map(|i| incident(&format!("inc-{i}"), 0.5, 1.0, "w", "current"))
        .collect();
    let v = print::view(&data(many), "ab", None);
    let incidents = &v["sections"][0];
    assert_eq!(incidents["heading"], "Incidents");
    assert_eq!(
        incidents["rows"].as_array().unwrap().len(),
        print::PRINT_ROWS
    );
    let note = incidents["note"].as_str().unwrap();
    assert!(note.contains(&format!("{n}")), "{note}");
    // A short list is whole, with no note.
    let few = print::view(
        &data(vec![incident("inc-1", 0.5, 1.0, "w", "current")]),
        "ab",
        None,
    );
    assert_eq!(few["sections"][0]["rows"].as_array().unwrap().len(), 1);
    assert!(few["sections"][0]["note"].is_null());
    // Bidi overrides and control characters never reach the page.
    let mut odd = incident("inc-\u{202E}x\u{7}", 0.5, 1.0, "w", "current");
    odd["place"] = json!("a\u{2066}b");
    let v = print::view(&data(vec![odd]), "ab", None);
    let row = v["sections"][0]["rows"][0].to_string();
    assert!(
        !row.contains('\u{202E}') && !row.contains('\u{7}') && !row.contains('\u{2066}'),
        "{row}"
    );
}

#[test]
fn an_agreement_title_names_its_language_as_a_typesetter_takes_it() {
    let mut d = data(vec![]);
    d["agreement"] = json!({ "version": "v5", "content": "ab", "titles": [
        { "code": "tr-TR", "rtl": false, "title": "Ateşkes" },
        { "code": "ur", "rtl": true, "title": "جنگ بندی" },
        { "code": "x-private", "rtl": false, "title": "?" },
    ]});
    let v = print::view(&d, "ab", None);
    let langs: Vec<&Value> = v["agreement"]["titles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &t["lang"])
        .collect();
    assert_eq!(langs, [&json!("tr"), &json!("ur"), &Value::Null]);
}
