//! Build-time assets: Natural Earth boundaries from the npm registry's
//! `world-atlas` package (public-domain data), copied into the binary so
//! nothing is fetched at run time. Installs `web/node_modules` from the
//! lock file with `npm ci` when it is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

const FILES: &[&str] = &[
    "world-atlas/countries-10m.json",
    "world-atlas/countries-50m.json",
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
    if FILES.iter().any(|f| !modules.join(f).exists()) {
        npm_ci(&web);
    }
    for f in FILES {
        let src = modules.join(f);
        let name = Path::new(f).file_name().expect("a file name");
        std::fs::copy(&src, out.join(name)).unwrap_or_else(|e| {
            panic!("cannot copy {}: {e}", src.display());
        });
        println!("cargo:rerun-if-changed={}", src.display());
    }
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
