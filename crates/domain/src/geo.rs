//! Geography: which country a WGS84 point lies in and how far it is from the
//! border between two countries, from Natural Earth boundaries in TopoJSON
//! (the `world-atlas` package's `countries-10m.json`, which the server
//! embeds at build time; this module only parses bytes it is given).
//!
//! Two countries' common border is the set of TopoJSON arcs both of their
//! outlines use, so it is exactly the line Natural Earth draws between them.
//! Distances use a local equirectangular projection around the point, which
//! is within a fraction of a percent of the great-circle distance at the
//! scale of a border region. Point-in-polygon tests index each country's
//! edges by latitude band, so a test touches tens of edges, not thousands.

use crate::{Reason, reason};
use std::collections::HashSet;
use thiserror::Error;

const EARTH_RADIUS_KM: f64 = 6371.0088;
/// Height of a latitude band in the edge index, in degrees.
const BAND: f64 = 0.25;

/// Why boundaries or a country are refused; its words are
/// [`GeoError::reason`]'s.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum GeoError {
    /// What is wrong with the topology (serde's words when it is no JSON).
    Format(Reason),
    UnknownCountry(String),
    NoBorder(String, String),
}

impl GeoError {
    /// What is wrong, in the catalogues' terms.
    pub fn reason(&self) -> Reason {
        match self {
            GeoError::Format(why) => reason!(
                "geo-not-topojson",
                "the boundaries are not TopoJSON: {why}",
                why = why
            )
            .nest("why", why.clone()),
            GeoError::UnknownCountry(name) => reason!(
                "geo-unknown-country",
                "no country named {name:?} in the boundaries",
                name = name
            ),
            GeoError::NoBorder(a, b) => reason!(
                "geo-no-border",
                "{a} and {b} share no border in the boundaries",
                a = a,
                b = b
            ),
        }
    }
}

impl std::fmt::Display for GeoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason().text)
    }
}

type Point = [f64; 2]; // [lon, lat]

#[derive(Debug, Clone)]
struct Country {
    id: String,
    name: String,
    bbox: [f64; 4],
    /// Edges bucketed by latitude band, from `band0`.
    band0: i64,
    bands: Vec<Vec<(Point, Point)>>,
    arcs: HashSet<usize>,
}

impl Country {
    fn contains(&self, p: Point) -> bool {
        let [minx, miny, maxx, maxy] = self.bbox;
        if p[0] < minx || p[0] > maxx || p[1] < miny || p[1] > maxy {
            return false;
        }
        let band = (p[1] / BAND).floor() as i64 - self.band0;
        let Some(edges) = usize::try_from(band).ok().and_then(|b| self.bands.get(b)) else {
            return false;
        };
        // Even-odd ray casting towards +x over every ring (holes included).
        let mut inside = false;
        for (a, b) in edges {
            if (a[1] > p[1]) != (b[1] > p[1]) {
                let x = a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1]);
                if x > p[0] {
                    inside = !inside;
                }
            }
        }
        inside
    }
}

/// Countries and their outlines.
#[derive(Debug, Clone)]
pub struct Geography {
    arcs: Vec<Vec<Point>>,
    countries: Vec<Country>,
}

/// The common border of two countries.
#[derive(Debug, Clone)]
pub struct Border {
    pub a: String,
    pub b: String,
    segments: Vec<(Point, Point)>,
}

fn num(v: &serde_json::Value, what: &str) -> Result<f64, GeoError> {
    v.as_f64().ok_or_else(|| {
        GeoError::Format(reason!(
            "geo-not-a-number",
            "{what} is not a number",
            what = what
        ))
    })
}

fn arc_index(v: &serde_json::Value) -> Result<(usize, bool), GeoError> {
    let i = v.as_i64().ok_or_else(|| {
        GeoError::Format(reason!(
            "geo-arc-reference",
            "an arc reference is not an integer"
        ))
    })?;
    Ok(if i < 0 {
        ((!i) as usize, true)
    } else {
        (i as usize, false)
    })
}

impl Geography {
    /// Parse a TopoJSON topology with a `countries` object of Polygons and
    /// MultiPolygons, each with a `name` property.
    pub fn from_topojson(bytes: &[u8]) -> Result<Self, GeoError> {
        let topo: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| GeoError::Format(Reason::detail(e)))?;
        let (scale, translate) = match topo.get("transform") {
            Some(t) => (
                [num(&t["scale"][0], "scale")?, num(&t["scale"][1], "scale")?],
                [
                    num(&t["translate"][0], "translate")?,
                    num(&t["translate"][1], "translate")?,
                ],
            ),
            None => ([1.0, 1.0], [0.0, 0.0]),
        };
        let quantized = topo.get("transform").is_some();
        let raw_arcs = topo["arcs"]
            .as_array()
            .ok_or_else(|| GeoError::Format(reason!("geo-no-arcs", "no arcs")))?;
        let mut arcs = Vec::with_capacity(raw_arcs.len());
        for arc in raw_arcs {
            let pts = arc.as_array().ok_or_else(|| {
                GeoError::Format(reason!("geo-arc-not-array", "an arc is not an array"))
            })?;
            let (mut x, mut y) = (0.0, 0.0);
            let mut out = Vec::with_capacity(pts.len());
            for p in pts {
                let (dx, dy) = (num(&p[0], "a position")?, num(&p[1], "a position")?);
                if quantized {
                    x += dx;
                    y += dy;
                } else {
                    (x, y) = (dx, dy);
                }
                out.push([x * scale[0] + translate[0], y * scale[1] + translate[1]]);
            }
            arcs.push(out);
        }
        let geometries = topo["objects"]["countries"]["geometries"]
            .as_array()
            .ok_or_else(|| {
                GeoError::Format(reason!(
                    "geo-no-geometries",
                    "no objects.countries.geometries"
                ))
            })?;
        let mut countries = Vec::new();
        for g in geometries {
            let polygons: Vec<&serde_json::Value> = match g["type"].as_str() {
                Some("Polygon") => vec![&g["arcs"]],
                Some("MultiPolygon") => g["arcs"]
                    .as_array()
                    .map(|a| a.iter().collect())
                    .unwrap_or_default(),
                _ => continue,
            };
            let mut rings = Vec::new();
            let mut used = HashSet::new();
            for poly in polygons {
                for ring in poly.as_array().into_iter().flatten() {
                    let mut pts: Vec<Point> = Vec::new();
                    for r in ring.as_array().into_iter().flatten() {
                        let (i, reversed) = arc_index(r)?;
                        let arc = arcs.get(i).ok_or_else(|| {
                            GeoError::Format(reason!(
                                "geo-no-such-arc",
                                "arc {i} does not exist",
                                i = i
                            ))
                        })?;
                        used.insert(i);
                        let seq: Vec<Point> = if reversed {
                            arc.iter().rev().copied().collect()
                        } else {
                            arc.clone()
                        };
                        let skip = usize::from(!pts.is_empty());
                        pts.extend(seq.into_iter().skip(skip));
                    }
                    rings.push(pts);
                }
            }
            let name = g["properties"]["name"].as_str().unwrap_or("").to_owned();
            let id = match &g["id"] {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) => n.to_string(),
                _ => String::new(),
            };
            countries.push(Country::new(id, name, &rings, used));
        }
        Ok(Self { arcs, countries })
    }

    fn country(&self, name_or_id: &str) -> Result<&Country, GeoError> {
        self.countries
            .iter()
            .find(|c| c.name == name_or_id || c.id == name_or_id)
            .ok_or_else(|| GeoError::UnknownCountry(name_or_id.into()))
    }

    /// The boundary lines (TopoJSON arcs: each border or coast once) with a
    /// point in `bbox` (`[min lon, min lat, max lon, max lat]`), for a map.
    pub fn lines_within(&self, bbox: [f64; 4]) -> impl Iterator<Item = &[[f64; 2]]> + '_ {
        self.arcs
            .iter()
            .filter(move |a| {
                a.iter().any(|p| {
                    p[0] >= bbox[0] && p[0] <= bbox[2] && p[1] >= bbox[1] && p[1] <= bbox[3]
                })
            })
            .map(Vec::as_slice)
    }

    /// The name of the country containing (lon, lat), if any.
    pub fn country_at(&self, lon: f64, lat: f64) -> Option<&str> {
        self.countries
            .iter()
            .find(|c| c.contains([lon, lat]))
            .map(|c| c.name.as_str())
    }

    /// Whether the country named (or with ISO numeric id) `name` contains the point.
    pub fn contains(&self, name: &str, lon: f64, lat: f64) -> Result<bool, GeoError> {
        Ok(self.country(name)?.contains([lon, lat]))
    }

    /// The common border of two countries (by name or ISO numeric id).
    pub fn border(&self, a: &str, b: &str) -> Result<Border, GeoError> {
        let (ca, cb) = (self.country(a)?, self.country(b)?);
        let mut shared: Vec<usize> = ca.arcs.intersection(&cb.arcs).copied().collect();
        shared.sort_unstable();
        let segments: Vec<(Point, Point)> = shared
            .iter()
            .flat_map(|&i| self.arcs[i].windows(2).map(|w| (w[0], w[1])))
            .collect();
        if segments.is_empty() {
            return Err(GeoError::NoBorder(ca.name.clone(), cb.name.clone()));
        }
        Ok(Border {
            a: ca.name.clone(),
            b: cb.name.clone(),
            segments,
        })
    }
}

impl Country {
    fn new(id: String, name: String, rings: &[Vec<Point>], arcs: HashSet<usize>) -> Self {
        let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for p in rings.iter().flatten() {
            bbox = [
                bbox[0].min(p[0]),
                bbox[1].min(p[1]),
                bbox[2].max(p[0]),
                bbox[3].max(p[1]),
            ];
        }
        let band0 = (bbox[1] / BAND).floor() as i64;
        let nbands = ((bbox[3] / BAND).floor() as i64 - band0 + 1).max(0) as usize;
        let mut bands = vec![Vec::new(); nbands];
        for ring in rings {
            for w in ring.windows(2) {
                let (a, b) = (w[0], w[1]);
                let lo = (a[1].min(b[1]) / BAND).floor() as i64 - band0;
                let hi = (a[1].max(b[1]) / BAND).floor() as i64 - band0;
                for band in lo.max(0)..=hi.min(nbands as i64 - 1) {
                    bands[band as usize].push((a, b));
                }
            }
        }
        Self {
            id,
            name,
            bbox,
            band0,
            bands,
            arcs,
        }
    }
}

impl Border {
    /// Distance in km from (lon, lat) to the nearest point of the border.
    pub fn distance_km(&self, lon: f64, lat: f64) -> f64 {
        let k = EARTH_RADIUS_KM * std::f64::consts::PI / 180.0;
        let kx = k * lat.to_radians().cos();
        let project = |q: &Point| ((q[0] - lon) * kx, (q[1] - lat) * k);
        let mut best = f64::MAX;
        for (a, b) in &self.segments {
            let (ax, ay) = project(a);
            let (bx, by) = project(b);
            let (dx, dy) = (bx - ax, by - ay);
            let len2 = dx * dx + dy * dy;
            let t = if len2 == 0.0 {
                0.0
            } else {
                (-(ax * dx + ay * dy) / len2).clamp(0.0, 1.0)
            };
            let (px, py) = (ax + t * dx, ay + t * dy);
            let d2 = px * px + py * py;
            if d2 < best {
                best = d2;
            }
        }
        best.sqrt()
    }

    pub fn segments(&self) -> impl Iterator<Item = [[f64; 2]; 2]> + '_ {
        self.segments.iter().map(|(a, b)| [*a, *b])
    }
}

/// Where a point stands relative to a border between two parties' territories.
#[derive(Debug, Clone, PartialEq)]
pub struct BorderPosition {
    /// The party whose territory holds the point, if either's does.
    pub side: Option<String>,
    /// The country holding the point, if any.
    pub country: Option<String>,
    pub distance_km: f64,
}

/// The parties' territories and the border between them.
#[derive(Debug, Clone)]
pub struct Frontier {
    geography: std::sync::Arc<Geography>,
    /// (party, country name) pairs.
    territories: Vec<(String, String)>,
    border: Border,
}

impl Frontier {
    /// `territories` maps two parties to their countries.
    pub fn new(
        geography: std::sync::Arc<Geography>,
        territories: &[(String, String)],
    ) -> Result<Self, GeoError> {
        let [(_, a), (_, b)] = territories else {
            return Err(GeoError::Format(reason!(
                "geo-frontier-two",
                "a frontier needs exactly two territories"
            )));
        };
        if geography.country(a)?.name == geography.country(b)?.name {
            return Err(GeoError::NoBorder(a.clone(), b.clone()));
        }
        let border = geography.border(a, b)?;
        let territories = territories
            .iter()
            .map(|(p, c)| Ok((p.clone(), geography.country(c)?.name.clone())))
            .collect::<Result<_, GeoError>>()?;
        Ok(Self {
            geography,
            territories,
            border,
        })
    }

    pub fn border(&self) -> &Border {
        &self.border
    }

    pub fn position(&self, lon: f64, lat: f64) -> BorderPosition {
        let side = self
            .territories
            .iter()
            .find(|(_, c)| self.geography.contains(c, lon, lat).unwrap_or(false))
            .map(|(p, _)| p.clone());
        let country = match &side {
            Some(p) => self
                .territories
                .iter()
                .find(|(q, _)| q == p)
                .map(|(_, c)| c.clone()),
            None => self.geography.country_at(lon, lat).map(str::to_owned),
        };
        BorderPosition {
            side,
            country,
            distance_km: self.border.distance_km(lon, lat),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two unit squares side by side sharing the arc x = 1, in plain
    /// (unquantized) TopoJSON.
    const TWO_SQUARES: &str = r#"{"type":"Topology","arcs":[
        [[1,0],[1,1]],
        [[1,1],[0,1],[0,0],[1,0]],
        [[1,0],[2,0],[2,1],[1,1]]],
      "objects":{"countries":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","id":"1","properties":{"name":"West"},"arcs":[[0,1]]},
        {"type":"Polygon","id":"2","properties":{"name":"East"},"arcs":[[2,-1]]}]}}}"#;

    #[test]
    fn sides_and_distance_on_two_squares() {
        let g = std::sync::Arc::new(Geography::from_topojson(TWO_SQUARES.as_bytes()).unwrap());
        assert_eq!(g.country_at(0.5, 0.5), Some("West"));
        assert_eq!(g.country_at(1.5, 0.5), Some("East"));
        assert_eq!(g.country_at(3.0, 0.5), None);
        let f = Frontier::new(g, &[("w".into(), "West".into()), ("e".into(), "1".into())]);
        assert!(
            f.is_err(),
            "a country given twice has no border with itself"
        );
        let g = std::sync::Arc::new(Geography::from_topojson(TWO_SQUARES.as_bytes()).unwrap());
        let f = Frontier::new(
            g,
            &[("w".into(), "West".into()), ("e".into(), "East".into())],
        )
        .unwrap();
        let p = f.position(0.5, 0.5);
        assert_eq!(p.side.as_deref(), Some("w"));
        // Half a degree of longitude at latitude 0.5°: about 55.6 km.
        assert!((p.distance_km - 55.59).abs() < 0.1, "{}", p.distance_km);
        assert_eq!(f.position(1.75, 0.5).side.as_deref(), Some("e"));
        let outside = f.position(5.0, 0.5);
        assert_eq!((outside.side, outside.country), (None, None));
    }

    #[test]
    fn malformed_topology_is_an_error() {
        assert!(matches!(
            Geography::from_topojson(b"{}"),
            Err(GeoError::Format(_))
        ));
        let g = Geography::from_topojson(TWO_SQUARES.as_bytes()).unwrap();
        assert!(matches!(
            g.border("West", "Nowhere"),
            Err(GeoError::UnknownCountry(_))
        ));
    }
}
