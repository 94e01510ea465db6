//! ACLED's CSV export, both ways. Import reads the 31-column layout by
//! header name (`inter1`/`inter2` as ACLED's text or its older numeric
//! codes), maps event and sub-event types onto the mechanism's categories,
//! and names the line and column of every bad value. Export writes the same
//! 31 columns: imported rows as they came, native reports mapped back.

use super::*;
use crate::wire::Checker;
use crate::{Reason, reason};

/// ACLED's export columns, in its order.
pub const COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// A row that cannot be imported; its words are [`RowError::reason`]'s.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct RowError {
    pub line: u64,
    pub column: String,
    /// What is wrong with the value (the CSV reader's own words for a
    /// malformed file).
    pub why: Reason,
}

impl RowError {
    /// The row's line and column, and what is wrong there.
    pub fn reason(&self) -> Reason {
        reason!(
            "import-row",
            "line {line}, column {column}: {why}",
            line = self.line,
            column = self.column,
            why = self.why
        )
        .nest("why", self.why.clone())
    }
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason().text)
    }
}

/// ACLED's older numeric actor codes.
fn inter_text(v: &str) -> Option<String> {
    let t = match v.trim() {
        "" => "",
        "0" => "",
        "1" => "State forces",
        "2" => "Rebel group",
        "3" => "Political militia",
        "4" => "Identity militia",
        "5" => "Rioters",
        "6" => "Protesters",
        "7" => "Civilians",
        "8" => "External/Other forces",
        s if s.chars().all(|c| c.is_ascii_digit()) => return None,
        s => return Some(s.to_owned()),
    };
    Some(t.to_owned())
}

/// The mechanism category of an ACLED event and sub-event type.
pub fn category_of(event_type: &str, sub_event_type: &str) -> &'static str {
    match (event_type, sub_event_type) {
        ("Battles", _) => "armed_clash",
        (_, "Air/drone strike") => "air_drone_strike",
        (_, "Shelling/artillery/missile attack") => "shelling",
        (_, "Remote explosive/landmine/IED" | "Suicide bomb" | "Grenade") => "ied",
        ("Violence against civilians", _) => "attack_on_civilians",
        (
            "Strategic developments",
            "Headquarters or base established" | "Non-violent transfer of territory",
        ) => "movement_of_forces",
        _ => "other",
    }
}

/// ACLED's (disorder type, event type, sub-event type) for a category.
pub fn acled_types(category: &str) -> (&'static str, &'static str, &'static str) {
    const PV: &str = "Political violence";
    const EX: &str = "Explosions/Remote violence";
    match category {
        "armed_clash" | "cross_border_raid" => (PV, "Battles", "Armed clash"),
        "air_drone_strike" => (PV, EX, "Air/drone strike"),
        "shelling" => (PV, EX, "Shelling/artillery/missile attack"),
        "ied" => (PV, EX, "Remote explosive/landmine/IED"),
        "attack_on_civilians" => (PV, "Violence against civilians", "Attack"),
        "movement_of_forces" => (
            "Strategic developments",
            "Strategic developments",
            "Headquarters or base established",
        ),
        _ => ("Strategic developments", "Strategic developments", "Other"),
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `YYYY-MM-DD` or ACLED's `D Month YYYY`.
fn event_date(v: &str) -> Option<String> {
    if crate::wire::valid_date(v) {
        return Some(v.to_owned());
    }
    let mut parts = v.split_whitespace();
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let m = MONTHS.iter().position(|x| x.eq_ignore_ascii_case(m))? + 1;
    let s = format!("{y:0>4}-{m:02}-{d:0>2}");
    crate::wire::valid_date(&s).then_some(s)
}

/// Parse an ACLED CSV. Returns the good rows (with their line numbers) and
/// every bad row's first error.
pub fn parse(bytes: &[u8]) -> (Vec<(u64, Incident)>, Vec<RowError>) {
    let mut good = Vec::new();
    let mut bad = Vec::new();
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            bad.push(RowError {
                line: 1,
                column: "(header)".into(),
                why: Reason::detail(e),
            });
            return (good, bad);
        }
    };
    let mut at = [usize::MAX; 31];
    for (k, name) in COLUMNS.iter().enumerate() {
        match header.iter().position(|h| h.trim() == *name) {
            Some(p) => at[k] = p,
            None => {
                bad.push(RowError {
                    line: 1,
                    column: (*name).into(),
                    why: reason!(
                        "import-no-column",
                        "the header has no {name} column: an ACLED export has these 31 columns: {columns}",
                        name = name,
                        columns = COLUMNS.join(",")
                    ),
                });
            }
        }
    }
    if !bad.is_empty() {
        return (good, bad);
    }
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                bad.push(RowError {
                    line,
                    column: "(row)".into(),
                    why: Reason::detail(&e),
                });
                // A CSV syntax error leaves the reader where it can go on.
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
                continue;
            }
        }
        let line = record.position().map_or(0, |p| p.line());
        let get = |k: usize| record.get(at[k]).unwrap_or("");
        match row(line, &get) {
            Ok(i) => good.push((line, i)),
            Err(e) => bad.push(e),
        }
    }
    (good, bad)
}

fn row<'r>(line: u64, get: &dyn Fn(usize) -> &'r str) -> Result<Incident, RowError> {
    let col = |k: usize| COLUMNS[k];
    let err = |k: usize, why: Reason| RowError {
        line,
        column: col(k).into(),
        why,
    };
    let c = Checker { kind: "ACLED row" };
    let text = |k: usize, v: &str| -> Result<String, RowError> {
        if v.chars().count() > 20_000 {
            return Err(err(
                k,
                reason!("import-value-too-long", "is longer than 20000 characters"),
            ));
        }
        Ok(v.trim().to_owned())
    };
    let id_raw = get(0).trim();
    let id = c
        .id(
            "event_id_cnty",
            format!("acled-{}", id_raw.to_ascii_lowercase()),
        )
        .map_err(|_| {
            err(
                0,
                reason!(
                    "import-event-id",
                    "{id_raw:?} is not an event id (letters and digits)",
                    id_raw = id_raw
                ),
            )
        })?;
    if id_raw.is_empty() {
        return Err(err(0, reason!("import-value-empty", "is empty")));
    }
    let date = event_date(get(1).trim()).ok_or_else(|| {
        err(
            1,
            reason!(
                "import-event-date",
                "{v:?} is not a date (YYYY-MM-DD)",
                v = get(1)
            ),
        )
    })?;
    if get(2).trim() != &date[..4] {
        return Err(err(
            2,
            reason!(
                "import-year",
                "{v:?} is not the year of event_date {date}",
                v = get(2),
                date = date
            ),
        ));
    }
    let time_precision = match get(3).trim() {
        "1" => TimePrecision::Day,
        "2" => TimePrecision::Week,
        "3" => TimePrecision::Month,
        v => {
            return Err(err(
                3,
                reason!("import-precision", "{v:?} is not 1, 2 or 3", v = v),
            ));
        }
    };
    let number = |k: usize, limit: f64| -> Result<i32, RowError> {
        let v = get(k).trim();
        let x: f64 = v.parse().map_err(|_| {
            err(
                k,
                reason!("import-not-number", "{v:?} is not a number", v = v),
            )
        })?;
        if !x.is_finite() || x.abs() > limit {
            return Err(err(
                k,
                reason!(
                    "import-coordinate-range",
                    "{v} is outside ±{limit}",
                    v = v,
                    limit = limit
                ),
            ));
        }
        Ok((x * 1e6).round() as i32)
    };
    let lat_e6 = number(22, 90.0)?;
    let lon_e6 = number(23, 180.0)?;
    let location_precision = match get(24).trim() {
        "1" => LocationPrecision::Exact,
        "2" => LocationPrecision::Near,
        "3" => LocationPrecision::Province,
        v => {
            return Err(err(
                24,
                reason!("import-precision", "{v:?} is not 1, 2 or 3", v = v),
            ));
        }
    };
    let fatalities: u32 = get(28).trim().parse().map_err(|_| {
        err(
            28,
            reason!(
                "import-not-whole-number",
                "{v:?} is not a whole number",
                v = get(28)
            ),
        )
    })?;
    let timestamp = get(30).trim();
    if !timestamp.is_empty() && !timestamp.chars().all(|c| c.is_ascii_digit()) {
        return Err(err(
            30,
            reason!(
                "import-timestamp",
                "{timestamp:?} is not a Unix time",
                timestamp = timestamp
            ),
        ));
    }
    let inter = |k: usize| {
        inter_text(get(k)).ok_or_else(|| {
            err(
                k,
                reason!(
                    "import-actor-type",
                    "{v:?} is not an ACLED actor type (text, or 0–8)",
                    v = get(k)
                ),
            )
        })
    };
    let event_type = text(5, get(5))?;
    let sub_event_type = text(6, get(6))?;
    if event_type.is_empty() {
        return Err(err(5, reason!("import-value-empty", "is empty")));
    }
    let actors: Vec<String> = [get(7), get(10)]
        .iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    let notes = text(27, get(27))?;
    let location = text(21, get(21))?;
    let occurred_unix = crate::export::unix_from_utc(&date).unwrap_or_default();
    let source = text(25, get(25))?;
    Ok(Incident {
        id,
        index: 0,
        reported_unix: 0,
        reporter_member: String::new(),
        reporter_participant: String::new(),
        channel: Channel::Public,
        occurred: date,
        occurred_unix,
        time_precision,
        lat_e6,
        lon_e6,
        location_precision,
        narrative: if notes.is_empty() {
            format!("{event_type}: {sub_event_type}")
        } else {
            notes
        },
        place: location,
        category: category_of(&event_type, &sub_event_type).to_owned(),
        actors,
        alleged_party: None,
        casualties: Casualties {
            best: fatalities,
            low: fatalities,
            high: fatalities,
        },
        source: if source.is_empty() {
            "ACLED".into()
        } else {
            source
        },
        reliability: Reliability::Probable,
        evidence: vec![],
        merged_into: None,
        batch: None,
        acled: Some(Box::new(AcledExtra {
            event_id_cnty: id_raw.to_owned(),
            disorder_type: text(4, get(4))?,
            inter1: inter(9)?,
            inter2: inter(12)?,
            event_type,
            sub_event_type,
            actor1: text(7, get(7))?,
            assoc_actor_1: text(8, get(8))?,
            actor2: text(10, get(10))?,
            assoc_actor_2: text(11, get(11))?,
            interaction: text(13, get(13))?,
            civilian_targeting: text(14, get(14))?,
            iso: text(15, get(15))?,
            region: text(16, get(16))?,
            country: text(17, get(17))?,
            admin1: text(18, get(18))?,
            admin2: text(19, get(19))?,
            admin3: text(20, get(20))?,
            source_scale: text(26, get(26))?,
            tags: text(29, get(29))?,
            timestamp: timestamp.to_owned(),
        })),
    })
}

/// Write incidents as ACLED's 31 columns. `country` names the country a
/// point lies in, for native reports.
pub fn write<'a>(
    incidents: impl Iterator<Item = &'a Incident>,
    country: impl Fn(&Incident) -> Option<String>,
) -> Vec<u8> {
    let mut out = header();
    write_rows(&mut out, incidents, country);
    out
}

/// The header line of the CSV: ACLED's 31 column names.
pub fn header() -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = w.write_record(COLUMNS);
    w.into_inner().unwrap_or_default()
}

/// Append one CSV line per incident to `out` (no header), so an export can
/// be written a part at a time.
pub fn write_rows<'a>(
    out: &mut Vec<u8>,
    incidents: impl Iterator<Item = &'a Incident>,
    country: impl Fn(&Incident) -> Option<String>,
) {
    let mut w = csv::Writer::from_writer(std::mem::take(out));
    for i in incidents {
        let year = i.occurred[..4].to_owned();
        let date = i.occurred[..10].to_owned();
        let tp = match i.time_precision {
            TimePrecision::Exact | TimePrecision::Hour | TimePrecision::Day => "1",
            TimePrecision::Week => "2",
            TimePrecision::Month => "3",
        };
        let gp = match i.location_precision {
            LocationPrecision::Exact => "1",
            LocationPrecision::Near | LocationPrecision::District => "2",
            LocationPrecision::Province => "3",
        };
        let lat = format!("{:.4}", i.lat());
        let lon = format!("{:.4}", i.lon());
        let fatalities = i.casualties.best.to_string();
        let record: [String; 31] = match &i.acled {
            Some(a) => {
                let a = a.as_ref().clone();
                [
                    a.event_id_cnty,
                    date,
                    year,
                    tp.into(),
                    a.disorder_type,
                    a.event_type,
                    a.sub_event_type,
                    a.actor1,
                    a.assoc_actor_1,
                    a.inter1,
                    a.actor2,
                    a.assoc_actor_2,
                    a.inter2,
                    a.interaction,
                    a.civilian_targeting,
                    a.iso,
                    a.region,
                    a.country,
                    a.admin1,
                    a.admin2,
                    a.admin3,
                    i.place.clone(),
                    lat,
                    lon,
                    gp.into(),
                    i.source.clone(),
                    a.source_scale,
                    i.narrative.clone(),
                    fatalities,
                    a.tags,
                    a.timestamp,
                ]
            }
            None => {
                let (d, e, s) = acled_types(&i.category);
                let actor = |n: usize| i.actors.get(n).cloned().unwrap_or_default();
                [
                    i.id.clone(),
                    date,
                    year,
                    tp.into(),
                    d.into(),
                    e.into(),
                    s.into(),
                    actor(0),
                    String::new(),
                    String::new(),
                    actor(1),
                    String::new(),
                    String::new(),
                    String::new(),
                    if i.category == "attack_on_civilians" {
                        "Civilian targeting".into()
                    } else {
                        String::new()
                    },
                    String::new(),
                    String::new(),
                    country(i).unwrap_or_default(),
                    String::new(),
                    String::new(),
                    String::new(),
                    i.place.clone(),
                    lat,
                    lon,
                    gp.into(),
                    i.source.clone(),
                    String::new(),
                    i.narrative.clone(),
                    fatalities,
                    format!("truce:{}", i.category),
                    i.occurred_unix.to_string(),
                ]
            }
        };
        let _ = w.write_record(&record);
    }
    *out = w.into_inner().unwrap_or_default();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv_with(rows: &[&str]) -> String {
        let mut s = COLUMNS.join(",");
        for r in rows {
            s.push('\n');
            s.push_str(r);
        }
        s.push('\n');
        s
    }

    const GOOD: &str = "PAK1,2025-11-02,2025,1,Political violence,Battles,Armed clash,Military Forces of X,,State forces,Unidentified Armed Group,,Rebel group,12,,586,Caucasus and Central Asia,Pakistan,Balochistan,Qilla Abdullah,,Chaman,30.9210,66.4597,1,Local media,National,Exchange of fire at the crossing.,2,,1762041600";

    #[test]
    fn a_good_row_and_the_numeric_inter_codes() {
        let old = GOOD
            .replace(",State forces,", ",1,")
            .replace(",Rebel group,", ",2,");
        let (good, bad) = parse(csv_with(&[GOOD, &old.replace("PAK1", "PAK2")]).as_bytes());
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(good.len(), 2);
        let (line, i) = &good[0];
        assert_eq!(*line, 2);
        assert_eq!(i.id, "acled-pak1");
        assert_eq!(i.category, "armed_clash");
        assert_eq!((i.lat_e6, i.lon_e6), (30_921_000, 66_459_700));
        assert_eq!(good[1].1.acled.as_ref().unwrap().inter1, "State forces");
        // Exported, an imported row comes back as it was.
        let out = write(good.iter().map(|(_, i)| i), |_| None);
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().nth(1).unwrap(), GOOD);
    }

    #[test]
    fn bad_rows_name_their_line_and_column() {
        let rows = [
            GOOD.to_owned(),
            GOOD.replace("PAK1", "PAK3").replace("30.9210", "north"),
            GOOD.replace("PAK1", "PAK4").replace(",2025,1,", ",2024,1,"),
            GOOD.replace("PAK1", "PAK5")
                .replace(",State forces,", ",42,"),
        ];
        let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
        let (good, bad) = parse(csv_with(&refs).as_bytes());
        assert_eq!(good.len(), 1);
        let got: Vec<(u64, &str)> = bad.iter().map(|e| (e.line, e.column.as_str())).collect();
        assert_eq!(got, vec![(3, "latitude"), (4, "year"), (5, "inter1")]);
        assert!(
            bad[0]
                .to_string()
                .starts_with("line 3, column latitude: \"north\"")
        );
    }

    #[test]
    fn a_missing_column_is_named() {
        let (_, bad) = parse(b"event_id_cnty,event_date\nX,2025-01-01\n");
        assert_eq!(bad[0].column, "year");
    }
}
