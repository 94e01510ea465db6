//! The map of a report: the period's incidents over the built-in Natural
//! Earth boundaries, as an SVG drawn here (no tile server, no script).
//!
//! [`draw`] takes the report's data (only its listed incidents, so a reader's
//! map shows what that reader's report lists) and the boundaries; the same
//! data and boundaries give the same bytes. Incidents closer than a few
//! pixels share one dot, sized by how many it holds, so a month of 100,000
//! incidents stays a map of some thousands of dots, not a file of 100,000.

use super::{cell, esc};
use crate::geo::Geography;
use serde_json::Value;
use std::collections::BTreeMap;

/// A drawn map and its text alternative.
#[derive(Debug, Clone, PartialEq)]
pub struct Map {
    pub svg: String,
    pub alt: String,
}

const WIDTH: f64 = 640.0;
const MAX_HEIGHT: f64 = 560.0;
/// Dots closer than this many pixels are one.
const CELL: f64 = 6.0;
/// Boundary points closer than this many pixels to the last kept are dropped.
const SIMPLIFY: f64 = 0.8;
/// Colours of the alleged parties, in their sorted order; then grey.
const PALETTE: &[&str] = &["#b2182b", "#2166ac", "#1b7837", "#762a83", "#e08214"];

/// The map of the period's incidents in `data`, or `None` when it lists
/// none with a place.
pub fn draw(data: &Value, geo: &Geography) -> Option<Map> {
    let points: Vec<(&Value, f64, f64)> = data["items"]["incidents"]
        .as_array()?
        .iter()
        .filter(|i| i["period"] == "current")
        .filter_map(|i| Some((i, i["lon"].as_f64()?, i["lat"].as_f64()?)))
        .filter(|(_, lon, lat)| lon.is_finite() && lat.is_finite())
        .collect();
    if points.is_empty() {
        return None;
    }
    // The incidents' box, padded, at least four degrees across.
    let (mut w, mut s, mut e, mut n) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for (_, lon, lat) in &points {
        (w, s, e, n) = (w.min(*lon), s.min(*lat), e.max(*lon), n.max(*lat));
    }
    let pad = |lo: f64, hi: f64| {
        let span = (hi - lo).max(3.0) * 1.4;
        let mid = (lo + hi) / 2.0;
        (mid - span / 2.0, mid + span / 2.0)
    };
    let ((w, e), (s, n)) = (pad(w, e), pad(s, n));
    let (s, n) = (s.max(-85.0), n.min(85.0));
    // Equirectangular, true to scale at the box's middle latitude.
    let cos = ((s + n) / 2.0).to_radians().cos().max(0.1);
    let mut k = WIDTH / ((e - w) * cos);
    if (n - s) * k > MAX_HEIGHT {
        k = MAX_HEIGHT / (n - s);
    }
    let (width, height) = (((e - w) * cos * k).round(), ((n - s) * k).round());
    let x = |lon: f64| (lon - w) * cos * k;
    let y = |lat: f64| (n - lat) * k;

    let mut svg = String::new();
    let mut lines = 0;
    let inside = |p: &[f64; 2]| p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;
    for arc in geo.lines_within([w, s, e, n]) {
        // Only the stretches in the frame (with a point either side, so a
        // line leaves the frame at its edge), each simplified to the pixel.
        let mut d = String::new();
        let mut last: Option<(f64, f64)> = None;
        for (i, p) in arc.iter().enumerate() {
            let near =
                inside(p) || (i > 0 && inside(&arc[i - 1])) || arc.get(i + 1).is_some_and(&inside);
            if !near {
                last = None;
                continue;
            }
            let (px, py) = (x(p[0]), y(p[1]));
            let keep = match last {
                None => true,
                Some((lx, ly)) => i + 1 == arc.len() || (px - lx).hypot(py - ly) >= SIMPLIFY,
            };
            if keep {
                d.push_str(&format!(
                    "{}{:.1},{:.1}",
                    if last.is_none() { "M" } else { "L" },
                    px,
                    py
                ));
                last = Some((px, py));
            }
        }
        if !d.is_empty() {
            svg.push_str(&format!("<path d=\"{d}\"/>"));
            lines += 1;
        }
    }
    // Each country's name where most of a coarse grid over the frame lies
    // in it: the middle of its grid points.
    let mut named: BTreeMap<&str, (f64, f64, u32)> = BTreeMap::new();
    const GRID: u32 = 7;
    for gx in 0..GRID {
        for gy in 0..GRID {
            let lon = w + (e - w) * (f64::from(gx) + 0.5) / f64::from(GRID);
            let lat = s + (n - s) * (f64::from(gy) + 0.5) / f64::from(GRID);
            if let Some(c) = geo.country_at(lon, lat) {
                let acc = named.entry(c).or_insert((0.0, 0.0, 0));
                *acc = (acc.0 + x(lon), acc.1 + y(lat), acc.2 + 1);
            }
        }
    }
    let mut labels = String::new();
    for (name, (sx, sy, count)) in &named {
        if *count >= 3 {
            labels.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#666\" font-size=\"14\" letter-spacing=\"2\">{}</text>",
                sx / f64::from(*count),
                sy / f64::from(*count),
                esc(name)
            ));
        }
    }
    let boundaries = format!(
        "<g class=\"boundaries\" fill=\"none\" stroke=\"#777\" stroke-width=\"0.8\">{svg}</g>"
    );

    // Dots: incidents in one cell share one, coloured by the party alleged
    // (the cell's first incident's).
    let mut parties: Vec<String> = points
        .iter()
        .map(|(i, _, _)| cell(&i["alleged_party"]))
        .collect();
    parties.sort();
    parties.dedup();
    let colour = |p: &str| {
        parties
            .iter()
            .position(|q| q == p)
            .and_then(|i| PALETTE.get(i))
            .copied()
            .unwrap_or("#555")
    };
    let mut cells: BTreeMap<(i64, i64), Vec<&Value>> = BTreeMap::new();
    for (i, lon, lat) in &points {
        let key = (
            (x(*lon) / CELL).floor() as i64,
            (y(*lat) / CELL).floor() as i64,
        );
        cells.entry(key).or_default().push(i);
    }
    let mut dots = String::new();
    for ((cx, cy), items) in &cells {
        let r = 5.0 + 1.5 * (items.len() as f64).log2();
        let names: Vec<String> = items
            .iter()
            .take(10)
            .map(|i| {
                format!(
                    "{} ({}, {})",
                    cell(&i["id"]),
                    cell(&i["category"]),
                    cell(&i["place"])
                )
            })
            .collect();
        let more = if items.len() > 10 {
            format!(" and {} more", items.len() - 10)
        } else {
            String::new()
        };
        dots.push_str(&format!(
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{r:.1}\" fill=\"{}\" fill-opacity=\"0.8\" stroke=\"#fff\" stroke-width=\"0.8\"><title>{}{more}</title></circle>",
            (*cx as f64 + 0.5) * CELL,
            (*cy as f64 + 0.5) * CELL,
            colour(&cell(&items[0]["alleged_party"])),
            esc(&names.join("; ")),
        ));
    }
    let mut legend = String::new();
    for (i, p) in parties.iter().enumerate() {
        let ly = height + 16.0 + 16.0 * i as f64;
        legend.push_str(&format!(
            "<circle cx=\"8\" cy=\"{:.1}\" r=\"5\" fill=\"{}\"/><text x=\"18\" y=\"{:.1}\">alleged party: {}</text>",
            ly - 4.0,
            colour(p),
            ly,
            esc(p)
        ));
    }
    let total_height = height + 16.0 * parties.len() as f64 + 12.0;
    let alt = format!(
        "Map of the period's {} incidents over the Natural Earth boundaries ({} lines; {}), from {:.2}° to {:.2}° east and {:.2}° to {:.2}° north; {} dots, each an incident or several within {} pixels, coloured by the party alleged ({}).",
        points.len(),
        lines,
        named
            .iter()
            .filter(|(_, v)| v.2 >= 3)
            .map(|(k, _)| *k)
            .collect::<Vec<_>>()
            .join(", "),
        w,
        e,
        s,
        n,
        cells.len(),
        CELL,
        parties.join(", ")
    );
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{total_height}\" viewBox=\"0 0 {width} {total_height}\" font-family=\"Noto Sans, sans-serif\" font-size=\"12\"><title>Map of the period's incidents</title><desc>{}</desc><defs><clipPath id=\"map-frame\"><rect width=\"{width}\" height=\"{height}\"/></clipPath></defs><rect width=\"{width}\" height=\"{height}\" fill=\"#f4f1ea\" stroke=\"#999\"/><g clip-path=\"url(#map-frame)\">{labels}{boundaries}{dots}</g>{legend}</svg>",
        esc(&alt)
    );
    Some(Map { svg, alt })
}
