// Check Fluent catalogue fragments: parse errors, keys missing between
// English and the other languages, and t("id") calls with no English message.
// Usage: node web/tests/ftlcheck.cjs [js files...]
//   reads web/app/i18n/<lang>.ftl for every language. (CI runs the same
//   checks in Rust: crates/server/tests/catalogues.rs; this is the quick
//   one for a translator.)
const fs = require("fs");
const path = require("path");
const { FluentResource, FluentBundle } = require("../node_modules/@fluent/bundle/index.js");
const LANGS = ["en", "ur", "ps", "fa", "tr", "ar"];
const js = process.argv.slice(2);
const root = path.join(__dirname, "../app/i18n");
let bad = 0;
const keys = {};
for (const l of LANGS) {
  const f = path.join(root, `${l}.ftl`);
  if (!fs.existsSync(f)) { console.log(`MISSING FILE ${f}`); bad++; continue; }
  const text = fs.readFileSync(f, "utf8");
  const b = new FluentBundle(l, { useIsolating: false });
  const errs = b.addResource(new FluentResource(text));
  for (const e of errs) { console.log(`${l}: ${e.message}`); bad++; }
  // Junk (unparsable lines) is dropped silently by FluentResource: count ids.
  const ids = [...text.matchAll(/^([a-zA-Z][a-zA-Z0-9_-]*)\s*=/gm)].map((m) => m[1]);
  keys[l] = new Set(ids);
  for (const id of ids) {
    const m = b.getMessage(id);
    if (!m || !m.value) { console.log(`${l}: ${id} did not parse`); bad++; continue; }
    try { b.formatPattern(m.value, new Proxy({}, { get: () => "X" }), []); } catch (e) { console.log(`${l}: ${id}: ${e}`); bad++; }
  }
}
for (const l of LANGS.slice(1)) {
  if (!keys[l] || !keys.en) continue;
  for (const k of keys.en) if (!keys[l].has(k)) { console.log(`${l}: missing ${k}`); bad++; }
  for (const k of keys[l]) if (!keys.en.has(k)) { console.log(`${l}: extra ${k}`); bad++; }
}
for (const f of js) {
  const src = fs.readFileSync(f, "utf8");
  for (const m of src.matchAll(/\bt\(\s*"([^"]+)"/g)) {
    if (!keys.en || !keys.en.has(m[1])) { console.log(`${f}: t("${m[1]}") has no English message`); bad++; }
  }
}
console.log(bad ? `${bad} problem(s)` : "ok");
process.exit(bad ? 1 : 0);
