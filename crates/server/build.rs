//! Build-time assets: Natural Earth boundaries from the npm registry's
//! `world-atlas` package (public-domain data), the PDF reports' fonts
//! (TrueType, from `@expo-google-fonts/*`) and the web UI — our own files
//! under `web/app/` (with the interface's Fluent catalogues) plus Leaflet,
//! Chart.js, topojson-client, mammoth, docx, @fluent/bundle and the Noto fonts from npm —
//! copied into the binary so nothing is fetched at run time. Installs
//! `web/node_modules` from the lock file with `npm ci` when it is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

const FILES: &[&str] = &[
    "world-atlas/countries-10m.json",
    "world-atlas/countries-50m.json",
    // The PDF reports' fonts (SIL Open Font License), as TrueType: Typst
    // reads no WOFF2. Noto Sans for Latin scripts; SIL's Scheherazade New
    // for the Arabic scripts (Urdu, Pashto and Dari letters included):
    // Noto's Arabic fonts draw a letter's dots as glyphs of their own, which
    // a PDF's text then holds twice (`pdftotext` reads "جج" for "ج").
    "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
    "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
    "@expo-google-fonts/scheherazade-new/400Regular/ScheherazadeNew_400Regular.ttf",
    "@expo-google-fonts/scheherazade-new/700Bold/ScheherazadeNew_700Bold.ttf",
];

/// npm files served under `/assets/vendor/` (source in node_modules → name).
const VENDOR: &[(&str, &str)] = &[
    ("leaflet/dist/leaflet.js", "leaflet.js"),
    ("leaflet/dist/leaflet.css", "leaflet.css"),
    (
        "leaflet/dist/images/marker-icon.png",
        "images/marker-icon.png",
    ),
    (
        "leaflet/dist/images/marker-icon-2x.png",
        "images/marker-icon-2x.png",
    ),
    (
        "leaflet/dist/images/marker-shadow.png",
        "images/marker-shadow.png",
    ),
    ("leaflet/dist/images/layers.png", "images/layers.png"),
    ("leaflet/dist/images/layers-2x.png", "images/layers-2x.png"),
    ("chart.js/dist/chart.umd.min.js", "chart.umd.min.js"),
    (
        "topojson-client/dist/topojson-client.min.js",
        "topojson-client.min.js",
    ),
    ("world-atlas/countries-50m.json", "countries-50m.json"),
    // Loaded only when a draft is imported from or exported to .docx.
    ("mammoth/mammoth.browser.min.js", "mammoth.browser.min.js"),
    ("docx/dist/index.umd.cjs", "docx.umd.js"),
    // The interface's catalogues are read with Mozilla's Fluent.
    ("@fluent/bundle/index.js", "fluent-bundle.js"),
    // Fonts for the process's scripts (SIL Open Font License), fetched by a
    // page only when it holds a character in their unicode-range.
    (
        "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2",
        "fonts/noto-sans-latin-400.woff2",
    ),
    (
        "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2",
        "fonts/noto-sans-latin-700.woff2",
    ),
    (
        "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2",
        "fonts/noto-sans-latin-ext-400.woff2",
    ),
    (
        "@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2",
        "fonts/noto-sans-latin-ext-700.woff2",
    ),
    (
        "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2",
        "fonts/noto-naskh-arabic-400.woff2",
    ),
    (
        "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2",
        "fonts/noto-naskh-arabic-700.woff2",
    ),
    (
        "@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2",
        "fonts/noto-nastaliq-urdu-400.woff2",
    ),
    (
        "@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-700-normal.woff2",
        "fonts/noto-nastaliq-urdu-700.woff2",
    ),
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let web = manifest.join("../../web");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this"));
    println!(
        "cargo:rerun-if-changed={}",
        web.join("package-lock.json").display()
    );
    let modules = web.join("node_modules");
    if FILES
        .iter()
        .chain(VENDOR.iter().map(|(f, _)| f))
        .any(|f| !modules.join(f).exists())
    {
        npm_ci(&web);
    }
    write_web_assets(&web, &modules, &out);
    for f in FILES {
        let src = modules.join(f);
        let name = Path::new(f).file_name().expect("a file name");
        std::fs::copy(&src, out.join(name)).unwrap_or_else(|e| {
            panic!("cannot copy {}: {e}", src.display());
        });
        println!("cargo:rerun-if-changed={}", src.display());
    }
}

/// FNV-1a over the bytes: an asset's entity tag, so a browser revalidates
/// (304) instead of downloading again. Not a security boundary: the bytes
/// are the binary's own.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn npm_ci(web: &Path) {
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(web)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => panic!(
            "`npm ci` in {} failed ({s}); the web assets come from the npm registry",
            web.display()
        ),
        Err(e) => panic!(
            "cannot run npm ({e}): install Node.js and npm, which fetch the web assets at build time"
        ),
    }
}

/// `OUT_DIR/web_assets.rs`: a table of (URL path, bytes) for every file
/// of `web/app/` and the vendored npm files.
fn write_web_assets(web: &Path, modules: &Path, out: &Path) {
    let app = web.join("app");
    println!("cargo:rerun-if-changed={}", app.display());
    let mut rows: Vec<(String, PathBuf)> = Vec::new();
    let mut stack = vec![app.clone()];
    while let Some(dir) = stack.pop() {
        println!("cargo:rerun-if-changed={}", dir.display());
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        for e in entries {
            let path = e.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(&app).expect("under web/app");
                let url = format!("/assets/{}", rel.to_string_lossy().replace('\\', "/"));
                println!("cargo:rerun-if-changed={}", path.display());
                rows.push((url, path.canonicalize().expect("a file")));
            }
        }
    }
    for (src, name) in VENDOR {
        let path = modules.join(src);
        println!("cargo:rerun-if-changed={}", path.display());
        rows.push((
            format!("/assets/vendor/{name}"),
            path.canonicalize()
                .unwrap_or_else(|e| panic!("missing {}: {e}", path.display())),
        ));
    }
    rows.sort();
    let mut code = String::from(
        "/// (URL path, bytes, entity tag) of every built-in web asset.\npub static WEB_ASSETS: &[(&str, &[u8], &str)] = &[\n",
    );
    for (url, path) in rows {
        let bytes =
            std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        code.push_str(&format!(
            "    ({url:?}, include_bytes!({:?}), \"\\\"{:016x}\\\"\"),\n",
            path.display().to_string(),
            fnv1a(&bytes)
        ));
    }
    code.push_str("];\n");
    std::fs::write(out.join("web_assets.rs"), code).expect("write web_assets.rs");
}
