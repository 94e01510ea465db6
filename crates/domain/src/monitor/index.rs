//! The map index: incidents bucketed into quarter-degree cells, each cell's
//! incidents kept sorted by time, so "what happened in this box in this
//! window" touches only the cells in the box and, in each, only the window.

use std::collections::HashMap;

/// Cell size in microdegrees (0.25°).
const CELL: i32 = 250_000;

/// A box in microdegrees, and a time window in Unix seconds (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapQuery {
    pub min_lon: i32,
    pub min_lat: i32,
    pub max_lon: i32,
    pub max_lat: i32,
    pub from: i64,
    pub to: i64,
}

impl MapQuery {
    pub fn everything() -> Self {
        Self {
            min_lon: -180_000_000,
            min_lat: -90_000_000,
            max_lon: 180_000_000,
            max_lat: 90_000_000,
            from: i64::MIN,
            to: i64::MAX,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IncidentIndex {
    cells: HashMap<(i32, i32), Vec<(i64, u32)>>,
}

fn cell(lon: i32, lat: i32) -> (i32, i32) {
    (lon.div_euclid(CELL), lat.div_euclid(CELL))
}

impl IncidentIndex {
    /// Add incident number `n` (its position in the state's list).
    pub fn insert(&mut self, n: u32, lon: i32, lat: i32, t: i64) {
        let v = self.cells.entry(cell(lon, lat)).or_default();
        // Mostly in time order, so this is nearly always a push.
        let at = v.partition_point(|&(x, _)| x <= t);
        v.insert(at, (t, n));
    }

    /// Positions of the incidents inside `q`, each once, in no set order;
    /// `keep` filters by position (e.g. visibility) without a second pass.
    pub fn query(&self, q: &MapQuery, coords: impl Fn(u32) -> (i32, i32)) -> Vec<u32> {
        let (x0, y0) = cell(q.min_lon, q.min_lat);
        let (x1, y1) = cell(q.max_lon, q.max_lat);
        let span = (i64::from(x1 - x0) + 1) * (i64::from(y1 - y0) + 1);
        let mut out = Vec::new();
        let mut scan = |v: &Vec<(i64, u32)>| {
            let start = v.partition_point(|&(t, _)| t < q.from);
            for &(t, n) in &v[start..] {
                if t > q.to {
                    break;
                }
                let (lon, lat) = coords(n);
                if (q.min_lon..=q.max_lon).contains(&lon) && (q.min_lat..=q.max_lat).contains(&lat)
                {
                    out.push(n);
                }
            }
        };
        if span > self.cells.len() as i64 {
            for (&(x, y), v) in &self.cells {
                if (x0..=x1).contains(&x) && (y0..=y1).contains(&y) {
                    scan(v);
                }
            }
        } else {
            for x in x0..=x1 {
                for y in y0..=y1 {
                    if let Some(v) = self.cells.get(&(x, y)) {
                        scan(v);
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The index finds exactly what a linear scan finds.
        #[test]
        fn index_agrees_with_a_scan(
            points in proptest::collection::vec((-5_000_000i32..5_000_000, -5_000_000i32..5_000_000, 0i64..1000), 0..200),
            b in (-5_000_000i32..5_000_000, -5_000_000i32..5_000_000, 0i32..4_000_000, 0i32..4_000_000, 0i64..1000, 0i64..500),
        ) {
            let mut ix = IncidentIndex::default();
            for (n, &(lon, lat, t)) in points.iter().enumerate() {
                ix.insert(n as u32, lon, lat, t);
            }
            let q = MapQuery { min_lon: b.0, min_lat: b.1, max_lon: b.0 + b.2, max_lat: b.1 + b.3, from: b.4, to: b.4 + b.5 };
            let mut got = ix.query(&q, |n| (points[n as usize].0, points[n as usize].1));
            got.sort_unstable();
            let want: Vec<u32> = points.iter().enumerate().filter(|(_, p)| { let (lon, lat, t) = **p;
                (q.min_lon..=q.max_lon).contains(&lon) && (q.min_lat..=q.max_lat).contains(&lat) && (q.from..=q.to).contains(&t)
            }).map(|(n, _)| n as u32).collect();
            prop_assert_eq!(got, want);
        }
    }
}
