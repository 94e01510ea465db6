//! Assets built into the binary: Natural Earth boundaries from the npm
//! `world-atlas` package (see `build.rs`), parsed once, the frontier
//! between the parties' territories that the mechanism names, and the fonts
//! (with their typesetter) of the PDF reports.

use std::sync::{Arc, Mutex, OnceLock};
use truce_domain::ProcessState;
use truce_domain::Reason;
use truce_domain::geo::{Frontier, GeoError, Geography};

/// Natural Earth 1:10m countries (TopoJSON), for the border computation.
pub const COUNTRIES_10M: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/countries-10m.json"));
/// Natural Earth 1:50m countries (TopoJSON), light enough for a browser map.
pub const COUNTRIES_50M: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/countries-50m.json"));

/// The PDF reports' fonts: Noto Sans (Latin, Turkish) and Scheherazade New
/// (Arabic, Urdu, Pashto, Dari), regular and bold. (Noto's Arabic fonts draw
/// dots as separate glyphs, so a PDF's extracted text doubles letters.)
pub const REPORT_FONTS: &[&[u8]] = &[
    include_bytes!(concat!(env!("OUT_DIR"), "/NotoSans_400Regular.ttf")),
    include_bytes!(concat!(env!("OUT_DIR"), "/NotoSans_700Bold.ttf")),
    include_bytes!(concat!(env!("OUT_DIR"), "/ScheherazadeNew_400Regular.ttf")),
    include_bytes!(concat!(env!("OUT_DIR"), "/ScheherazadeNew_700Bold.ttf")),
];

/// The typesetter of PDF reports, with the built-in fonts, made once.
pub fn typesetter() -> &'static truce_pdf::Typesetter {
    static T: OnceLock<truce_pdf::Typesetter> = OnceLock::new();
    T.get_or_init(|| truce_pdf::Typesetter::new(REPORT_FONTS).expect("the built-in fonts load"))
}

/// The parsed 1:10m boundaries.
pub fn geography() -> Arc<Geography> {
    static G: OnceLock<Arc<Geography>> = OnceLock::new();
    G.get_or_init(|| {
        Arc::new(Geography::from_topojson(COUNTRIES_10M).expect("the built-in boundaries parse"))
    })
    .clone()
}

/// Check that a mechanism's territories name countries that share a border.
pub fn check_territories(territories: &[(String, String)]) -> Result<(), GeoError> {
    let g = geography();
    match territories {
        [] => Ok(()),
        [_, _] => Frontier::new(g, territories).map(|_| ()),
        more => {
            for (_, c) in more {
                g.contains(c, 0.0, 0.0)?;
            }
            Ok(())
        }
    }
}

/// The built-in boundaries, as the fold's rules consult them.
pub struct Boundaries;

impl truce_domain::fold::World for Boundaries {
    fn check_territories(&self, territories: &[(String, String)]) -> Result<(), Reason> {
        check_territories(territories).map_err(|e| e.reason())
    }
}

/// The frontier between the two parties' territories, if the mechanism names two.
pub fn frontier(state: &ProcessState) -> Option<Arc<Frontier>> {
    static CACHE: Mutex<Option<(u64, Arc<Frontier>)>> = Mutex::new(None);
    let m = state.monitor.mechanism.as_deref()?;
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((at, f)) = cache.as_ref()
        && *at == m.index
    {
        return Some(f.clone());
    }
    let f = Arc::new(Frontier::new(geography(), &m.territories).ok()?);
    *cache = Some((m.index, f.clone()));
    Some(f)
}
